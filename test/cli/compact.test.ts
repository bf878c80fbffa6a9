/**
 * De compacte lijsten van het tekstrapport (src/cli/compact.ts): Regelvoorraad geeft elke regel ongewijzigd terug,
 * met en zonder compressie van volle blokken, en Int32Lijst groeit zonder iets te verliezen.
 */
import { Regelvoorraad } from "../../src/cli/compact";
import { Int32Lijst } from "../../src/core/int32lijst";
import { rng } from "../../bench/hulp/rng";

function regels(n: number): string[] {
  const r = rng(3);
  const soorten = ["", "—", "  Jan de Vries (rij 7, week 12)\n    RIV: Risico loonsanctie — spoor 2 niet gestart", "é𝄞ø", "x".repeat(70000)];
  return Array.from({ length: n }, (_, i) => (r() < 0.2 ? soorten[Math.floor(r() * soorten.length)] : `  Werknemer ${i} (rij ${i + 4}, week ${i % 104}) — ${"spoor 2 ".repeat(i % 9)}`));
}

test.each([
  ["zonder compressie", Infinity],
  ["elk vol blok gecomprimeerd", 0],
  ["compressie vanaf 1 MB", 1 << 20],
])("Regelvoorraad %s: dezelfde regels in dezelfde volgorde", (_n, drempel) => {
  const lijst = regels(20000);
  const v = new Regelvoorraad(drempel);
  lijst.slice(0, 7000).forEach((x) => v.push(x));
  // Tussendoor lezen (het open blok is nog niet vol) en daarna verder vullen.
  expect([...v]).toEqual(lijst.slice(0, 7000));
  lijst.slice(7000).forEach((x) => v.push(x));
  expect(v.length).toBe(lijst.length);
  expect([...v]).toEqual(lijst);
  expect([...v]).toEqual(lijst);
});

test("gecomprimeerd kost veel minder dan de tekst zelf", () => {
  const v = new Regelvoorraad(0);
  const w = new Regelvoorraad(Infinity);
  for (const x of regels(20000).filter((x) => x.length < 1000)) {
    v.push(x);
    w.push(x);
  }
  const grootte = (x: Regelvoorraad) => (x as unknown as { blokken: Buffer[] }).blokken.reduce((s, b) => s + b.length, 0);
  expect(grootte(v) * 4).toBeLessThan(grootte(w));
});

test("Int32Lijst: groeit voorbij de beginmaat, waarden als venster", () => {
  const l = new Int32Lijst();
  for (let i = 0; i < 5000; i++) l.push(i * 7 - 2000);
  expect(l.length).toBe(5000);
  expect(l.get(4999)).toBe(4999 * 7 - 2000);
  expect(Array.from(l.waarden)).toEqual(Array.from({ length: 5000 }, (_, i) => i * 7 - 2000));
});
