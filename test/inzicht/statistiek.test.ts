/**
 * Verzuimcijfers op een klein register, met de rekensom uitgeschreven (Nationale Verzuimstandaard / CBS).
 * Periode 01-01-2026 t/m 31-03-2026 = 90 kalenderdagen, 10 medewerkers.
 *
 *   A  ziek 20-12-2025, hersteld 10-01-2026 → laatste ziektedag 09-01: in de periode 1 t/m 9 jan = 9 dagen;
 *      afgesloten in de periode, hele lengte 20-12 t/m 09-01 = 21 dagen; begon vóór de periode.
 *   B  ziek 01-02-2026, hersteld 15-02 → 01 t/m 14 feb = 14 dagen; begon en eindigde in de periode (14 dagen).
 *   B  ziek 10-03-2026, loopt nog → 10 t/m 31 mrt = 22 dagen; begon in de periode.
 *      (23 dagen na het herstel: samengeteld voor de wachttijd, maar hier twee meldingen.)
 *   C  ziek 25-03-2026, hersteld 10-04 → 25 t/m 31 mrt = 7 dagen; begon in de periode, eindigt erna.
 *
 *   ziektedagen         9 + 14 + 22 + 7 = 52
 *   verzuimpercentage   52 / (10 × 90) × 100 = 5,777… → 5,78
 *   meldingsfrequentie  3 gestart / 10 × 365/90 = 1,2166… → 1,22 per jaar
 *   gemiddelde duur     (21 + 14) / 2 = 17,5 dagen
 *   nulverzuim          (10 − 3 werknemers met verzuim) / 10 = 70 %
 *   per maand           jan 9/(10×31) = 2,90 %; feb 14/(10×28) = 5,00 %; mrt (22+7)/(10×31) = 9,35 %
 */
import { leesRegister } from "../../src/core/register";
import type { Cel } from "../../src/core/register/cellen";
import { berekenStatistiek, meldingenVan } from "../../src/core/statistiek";
import { d } from "../helpers";

function register(rijen: Cel[][]) {
  const r = leesRegister([["Werknemer", "Eerste ziektedag", "Hersteldatum"], ...rijen], { tabel: "Verzuim", blad: "Verzuim" });
  if (!r) throw new Error("geen register");
  return r;
}

const reg = register([
  ["A", "2025-12-20", "2026-01-10"],
  ["B", "2026-02-01", "2026-02-15"],
  ["B", "2026-03-10", ""],
  ["C", "2026-03-25", "2026-04-10"],
]);
const s = berekenStatistiek(meldingenVan(reg), { van: d("2026-01-01"), tot: d("2026-03-31"), medewerkers: 10 });

describe("rekenvoorbeeld: 10 medewerkers, eerste kwartaal 2026", () => {
  test.each([
    ["kalenderdagen in de periode", s.dagen, 90],
    ["ziektedagen binnen de periode", s.ziektedagen, 52],
    ["verzuimpercentage", s.verzuimpercentage, 5.78],
    ["ziekmeldingen die in de periode beginnen", s.meldingen, 3],
    ["meldingsfrequentie per jaar", s.meldingsfrequentie, 1.22],
    ["meldingen die in de periode eindigen", s.afgeslotenMeldingen, 2],
    ["gemiddelde verzuimduur (hele lengte)", s.gemiddeldeVerzuimduur, 17.5],
    ["werknemers met verzuim", s.werknemersMetVerzuim, 3],
    ["nulverzuim", s.nulverzuim, 70],
  ])("%s", (_naam, echt, verwacht) => {
    expect(echt).toBe(verwacht);
  });

  test("per maand", () => {
    expect(s.perMaand.map((m) => [m.maand, m.ziektedagen, m.verzuimpercentage])).toEqual([
      [1, 9, 2.9],
      [2, 14, 5],
      [3, 29, 9.35],
    ]);
  });

  test("geen afdelingskolom: geen cijfers per afdeling", () => {
    expect(s.perAfdeling).toBeNull();
  });
});

describe("wat niet te berekenen is, staat er niet als getal", () => {
  test("zonder aantal medewerkers: geen percentage, frequentie of nulverzuim, wel een opmerking", () => {
    const z = berekenStatistiek(meldingenVan(reg), { van: d("2026-01-01"), tot: d("2026-03-31"), medewerkers: null });
    expect([z.verzuimpercentage, z.meldingsfrequentie, z.nulverzuim]).toEqual([null, null, null]);
    expect(z.gemiddeldeVerzuimduur).toBe(17.5);
    expect(z.opmerkingen.join(" ")).toMatch(/aantal medewerkers is niet opgegeven/);
  });
  test("meer zieke werknemers dan medewerkers: nulverzuim niet berekend", () => {
    const z = berekenStatistiek(meldingenVan(reg), { van: d("2026-01-01"), tot: d("2026-03-31"), medewerkers: 2 });
    expect(z.nulverzuim).toBeNull();
    expect(z.opmerkingen.join(" ")).toMatch(/3 verschillende werknemers/);
  });
  test("geen melding eindigt in de periode: geen gemiddelde duur", () => {
    const z = berekenStatistiek(meldingenVan(register([["A", "2026-03-01", ""]])), { van: d("2026-03-01"), tot: d("2026-03-31"), medewerkers: 5 });
    expect(z.gemiddeldeVerzuimduur).toBeNull();
    expect(z.verzuimpercentage).toBe(20); // 31 / (5 × 31)
  });
});

describe("frequent verzuim: 3 of meer ziekmeldingen binnen 12 maanden", () => {
  const r = register([
    ["D", "2025-06-01", "2025-06-04"],
    ["D", "2025-11-01", "2025-11-03"],
    ["D", "2026-02-01", "2026-02-02"], // 3 binnen 12 maanden (01-06-2025 + 12 mnd = 01-06-2026)
    ["E", "2025-01-05", "2025-01-07"],
    ["E", "2025-06-01", "2025-06-03"],
    ["E", "2026-02-01", "2026-02-03"], // 05-01-2025 + 12 mnd = 05-01-2026 < 01-02-2026: maar 2 binnen 12 maanden
    ["F", "2026-01-05", "2026-01-06"],
    ["F", "2026-02-09", "2026-02-10"],
    ["F", "2026-03-16", "2026-03-17"],
    ["F", "2026-03-30", ""], // 4 binnen 12 maanden
  ]);
  const f = berekenStatistiek(meldingenVan(r), { van: d("2026-01-01"), tot: d("2026-03-31"), medewerkers: 10 }).frequentVerzuim;
  test.each([
    ["F: vier meldingen, bovenaan", 0, { werknemer: "F", meldingen: 4 }],
    ["D: drie meldingen", 1, { werknemer: "D", meldingen: 3 }],
  ])("%s", (_naam, i, verwacht) => {
    expect(f[i]).toMatchObject(verwacht);
  });
  test("E: twee meldingen binnen twaalf maanden is geen signaal", () => {
    expect(f.map((x) => x.werknemer)).not.toContain("E");
  });
  test("alleen datums en namen: geen andere velden", () => {
    expect(Object.keys(f[0]).sort()).toEqual(["afdeling", "meldingen", "tot", "van", "werknemer"]);
  });
});

describe("per afdeling (kolom Afdeling)", () => {
  const r = leesRegister(
    [
      ["Werknemer", "Afdeling", "Eerste ziektedag", "Hersteldatum"],
      ["A", "Bakkerij", "2026-01-05", "2026-01-15"], // 10 dagen
      ["B", "Winkel", "2026-02-01", "2026-02-08"], // 7 dagen
      ["C", "Winkel", "2026-03-01", "2026-03-04"], // 3 dagen
    ],
    { tabel: "Verzuim", blad: "Verzuim" },
  )!;
  const s2 = berekenStatistiek(meldingenVan(r), { van: d("2026-01-01"), tot: d("2026-03-31"), medewerkers: 10, medewerkersPerAfdeling: { Bakkerij: 4, Winkel: 6 } });
  test.each([
    ["Bakkerij: 10 ziektedagen, 10 / (4 × 90) × 100 = 2,78%", "Bakkerij", { ziektedagen: 10, verzuimpercentage: 2.78, meldingen: 1 }],
    ["Winkel: 10 ziektedagen, 10 / (6 × 90) × 100 = 1,85%", "Winkel", { ziektedagen: 10, verzuimpercentage: 1.85, meldingen: 2, gemiddeldeVerzuimduur: 5 }],
  ])("%s", (_n, afdeling, verwacht) => {
    expect(s2.perAfdeling?.find((a) => a.afdeling === afdeling)).toMatchObject(verwacht);
  });
});
