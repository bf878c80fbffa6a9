/**
 * De compacte opslag van gelezen rijen (opslag.ts) en de uitgestelde dossiers (voegBladenSamen met
 * `uitgesteld`, zoals de scanner zonder kopie): dezelfde rijen, dezelfde dossiers, dezelfde problemen.
 */
import { naarExcelSerienummer } from "../../src/core/dagen";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegisterDeel, voegBladenSamen, type Cel, type RegisterDeel } from "../../src/core/register";
import { alleDossiers } from "../../src/core/register/dossiers";
import { RijOpslag } from "../../src/core/register/opslag";
import type { GelezenRij } from "../../src/core/register/rij";
import { rng } from "../../bench/hulp/rng";
import { d } from "../helpers";

const s = (iso: string) => naarExcelSerienummer(d(iso));
const P = d("2026-06-10");

describe("RijOpslag", () => {
  test("elke soort waarde komt ongewijzigd terug, ook na groeien voorbij de beginmaat", () => {
    const o = new RijOpslag();
    const rijen: GelezenRij[] = [];
    const soorten: unknown[] = [45000, 0, 1, 2.5, -3, -0, 2 ** 31, 0x3fffffff, 0x40000000, true, false, "Jan de Vries", "zonderDatum", "", [45000, 45010], null, undefined];
    // 12.000 rijen: de paren lopen over meer blokken van 65.536 getallen.
    for (let i = 0; i < 12000; i++) {
      const waarden: unknown[] = [];
      const lengte = i % 23;
      for (let v = 0; v < lengte; v++) waarden[v] = soorten[(i * 7 + v * 3) % soorten.length];
      // Zoals de lezer: na de laatste ingevulde waarde afgekapt.
      while (waarden.length && (waarden[waarden.length - 1] === null || waarden[waarden.length - 1] === undefined)) waarden.length--;
      const r: GelezenRij = {
        rij: i % 5 === 0 ? undefined : i + 2,
        volgnummer: i,
        waarden,
        D: 45000 + (i % 400),
        h: i % 3 === 0 ? null : 45500 + i,
        sleutel: i % 7 === 0 ? null : `p:${i % 50}`,
      };
      rijen.push(r);
      o.voegToe(r);
    }
    expect(o.aantal).toBe(12000);
    const terug = o.alle();
    for (let i = 0; i < rijen.length; i++) {
      // null en undefined betekenen beide leeg: de opslag geeft null.
      const verwacht = { ...rijen[i], waarden: Array.from(rijen[i].waarden, (x) => (x === undefined ? null : x)) };
      expect(terug[i]).toEqual(verwacht);
      // -0 blijft -0 (toEqual ziet het verschil niet).
      for (let v = 0; v < rijen[i].waarden.length; v++) expect(Object.is(terug[i].waarden[v], rijen[i].waarden[v] ?? null)).toBe(true);
      expect(o.waarde(i, 2)).toEqual(rijen[i].waarden[2] ?? null);
    }
    // Elke sleutel één keer, in volgorde van eerste voorkomen.
    expect(o.sleutels.length).toBe(new Set(rijen.map((r) => r.sleutel).filter((x) => x !== null)).size);
    expect(o.sleutels[0]).toBe("p:1");
  });
});

const kop: Cel[] = ["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "WAZO-verlof van", "WAZO-verlof tot", "Uit dienst per"];

/** Een register met herhaalde werknemers, dubbele rijen, rijen zonder werknemer, WAZO en gaten rond de 28 dagen. */
function register(n: number, zaad: number): Cel[][] {
  const r = rng(zaad);
  const rijen: Cel[][] = [kop];
  for (let i = 0; i < n; i++) {
    const wie = Math.floor(r() * n * 0.3);
    const start = s("2024-01-01") + Math.floor(r() * 900);
    const herstel = r() < 0.6 ? start + 3 + Math.floor(r() * 60) : "";
    const wazo = r() < 0.05 ? [start + 10, start + 120] : ["", ""];
    const naam = r() < 0.03 ? "" : `Werknemer ${wie}`;
    rijen.push([naam, r() < 0.5 && naam ? wie : "", start, herstel, r() < 0.5 ? start + 40 : "", ...wazo, r() < 0.02 ? start + 200 : ""]);
    if (r() < 0.02) rijen.push(rijen[rijen.length - 1].slice());
  }
  return rijen;
}

function delen(...bladen: [Cel[][], string][]): RegisterDeel[] {
  return bladen.map(([w, blad]) => leesRegisterDeel(w, { blad })!);
}

test("na sluit(): de sleutels blijven leesbaar, de opzoektabel is los en er kan niets meer bij", () => {
  const o = new RijOpslag();
  const rij = (i: number, sleutel: string | null): GelezenRij => ({ rij: i + 2, volgnummer: i, waarden: [`W${i}`], D: 45000 + i, h: null, sleutel });
  ["p:1", "p:2", "p:1", null].forEach((k, i) => o.voegToe(rij(i, k)));
  o.sluit();
  expect([0, 1, 2, 3].map((i) => [o.sleutel(i), o.sleutelNummer(i)])).toEqual([["p:1", 0], ["p:2", 1], ["p:1", 0], [null, -1]]);
  expect((o as unknown as { sleutelIds: unknown }).sleutelIds).toBeNull();
  expect(() => o.voegToe(rij(4, "p:3"))).toThrow("gesloten");
});

describe("uitgestelde dossiers (scanner zonder kopie)", () => {
  test.each([1, 2, 3])("één blad (zaad %i): dezelfde dossiers, problemen en evaluatie als alles tegelijk", (zaad) => {
    const w = register(600, zaad);
    const [gewoon] = voegBladenSamen(delen([w, "Verzuim"]), P);
    const [uit] = voegBladenSamen(delen([w, "Verzuim"]), P, { uitgesteld: true });
    expect(uit.dossiers).toEqual([]);
    expect(uit.dossierBron!.aantal).toBe(gewoon.dossiers.length);
    expect(alleDossiers(uit.dossierBron!)).toEqual(gewoon.dossiers);
    expect(uit.problemen).toEqual(gewoon.problemen);
    expect(gewoon.problemen.some((p) => p.code === "DUBBELE_RIJ")).toBe(true);
    expect(gewoon.dossiers.some((x) => x.invoer.eerderePerioden?.length)).toBe(true);
    const a = evalueerRegister(gewoon, P);
    const b = evalueerRegister(uit, P);
    expect(b.evaluaties).toEqual(a.evaluaties);
    expect(b.problemen).toEqual(a.problemen);
  });

  test("meer bladen: de werknemers op één blad uit de opslag, de gedeelde over de bladen, zoals voorheen", () => {
    const w = register(400, 9);
    const archief: Cel[][] = [kop, ...w.slice(1, 120).map((r) => [...r.slice(0, 3), typeof r[2] === "number" ? (r[2] as number) + 5 : "", ...r.slice(4)])];
    const [live, arch] = voegBladenSamen(delen([w.slice(0, 1).concat(w.slice(120)), "Verzuim"], [archief, "Archief 2024"]), P, { uitgesteld: true });
    const [live2, arch2] = voegBladenSamen(delen([w.slice(0, 1).concat(w.slice(120)), "Verzuim"], [archief, "Archief 2024"]), P);
    // Over bladen worden de dossiers meteen gemaakt (de ketens lopen over bladen).
    expect(live.dossierBron).toBeUndefined();
    expect(live.dossiers).toEqual(live2.dossiers);
    expect(arch.dossiers).toEqual(arch2.dossiers);
    expect(live.dossiers.some((x) => x.elders?.length)).toBe(true);
    expect(live.problemen).toEqual(live2.problemen);
  });
});
