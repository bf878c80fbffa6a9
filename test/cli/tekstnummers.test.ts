/**
 * Tekstnummers (src/cli/tekstnummers.ts): de redenen van JSON v2 compact genummerd. Zelfde nummers als een
 * Map van tekst → nummer, ook na groeien van de tabel, over blokgrenzen, met lange en niet-ASCII teksten en
 * met teksten die niet als UTF-8 te bewaren zijn (losse surrogaten).
 */
import { Tekstnummers } from "../../src/cli/tekstnummers";
import { rng } from "../../bench/hulp/rng";

test("dezelfde nummers en teksten als een Map, voor 60.000 teksten met herhalingen", () => {
  const r = rng(5);
  const t = new Tekstnummers();
  const m = new Map<string, number>();
  const soorten = ["", "ø", "—", "é", "𝄞", "\uD800", "\uDC00x", "\uD800\uDC00", "a".repeat(70000), "x\n\"y\"\\"];
  for (let i = 0; i < 60000; i++) {
    const s = r() < 0.1 ? soorten[Math.floor(r() * soorten.length)] : `plan van aanpak te laat (op ${Math.floor(r() * 30000)}; uiterlijk ${i % 97})`;
    let verwacht = m.get(s);
    if (verwacht === undefined) m.set(s, (verwacht = m.size));
    expect(t.nummer(s)).toBe(verwacht);
  }
  expect(t.size).toBe(m.size);
  expect([...t]).toEqual([...m.keys()]);
  // Een losse surrogaat komt ongeschonden terug (UTF-8 zou er U+FFFD van maken) en is niet gelijk aan een andere.
  expect(t.tekst(m.get("\uD800")!)).toBe("\uD800");
  expect(m.get("\uD800")).not.toBe(m.get("\uDC00x"));
});

test("clear(): het volgende register begint weer bij 0", () => {
  const t = new Tekstnummers();
  expect([t.nummer("a"), t.nummer("b"), t.nummer("a"), t.nummer("\uD800")]).toEqual([0, 1, 0, 2]);
  t.clear();
  expect(t.size).toBe(0);
  expect([t.nummer("b"), t.nummer("\uD800"), t.nummer("b")]).toEqual([0, 1, 0]);
  expect([...t]).toEqual(["b", "\uD800"]);
});
