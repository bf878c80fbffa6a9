/**
 * veiligeRegel/veiligeRegels slaan gewone tekst over zonder reguliere expressies (een snelle toets per teken).
 * Die toets mag niets missen: op willekeurige tekst uit een lastig alfabet (stuurtekens, richtingstekens,
 * surrogaten, heel en los) is de uitkomst gelijk aan die van alleen de expressies.
 */
import { veiligeRegel, veiligeRegels } from "../../src/core/tekst";
import { rng } from "../../bench/hulp/rng";

const STUUR = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const STUUR_BEHALVE_REGELEINDE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LOSSE_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/g;
const zichtbaar = (c: string) => {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return "\u2421";
  return `<U+${n.toString(16).toUpperCase().padStart(4, "0")}>`;
};
const byte = (c: string) => `<0x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}>`;

const ALFABET = [
  "a", "Z", " ", "é", "ë", "€", "–", "✓", "\n", "\r", "\t", "\u001b", "\u007f", "\u0085", "\u009b", "\u00a0", "\u061c", "\u200d", "\u200e", "\u200f",
  "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\u206a", "😀", "\ud800\udc80", "\udc80", "\udcff", "\udd00", "\ud83d", "\ue000",
];

test("gelijk aan alleen de reguliere expressies, ook op lastige tekst", () => {
  const r = rng(22);
  for (let i = 0; i < 20000; i++) {
    let s = "";
    const n = Math.floor(r() * 8);
    for (let j = 0; j < n; j++) s += r() < 0.6 ? "x" : ALFABET[Math.floor(r() * ALFABET.length)];
    expect(veiligeRegel(s)).toBe(s.replace(STUUR, zichtbaar).replace(LOSSE_BYTE, byte));
    expect(veiligeRegels(s)).toBe(s.replace(STUUR_BEHALVE_REGELEINDE, zichtbaar).replace(LOSSE_BYTE, byte));
  }
});

test("gewone tekst komt ongewijzigd terug", () => {
  expect(veiligeRegels("Jan de Vriës — 12 weken\nvolgende regel")).toBe("Jan de Vriës — 12 weken\nvolgende regel");
  expect(veiligeRegel("a\nb")).toBe("a␊b");
});
