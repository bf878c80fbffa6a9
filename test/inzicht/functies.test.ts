/** De verzuimcijfers als formule: zoals Excel de bereiken stuurt (2-D, serienummers, lege cellen als 0 of null). */
import { meldingsfrequentie, verzuimduur, verzuimpercentage } from "../../src/functions/statistiekfuncties";
import { d } from "../helpers";

// Hetzelfde rekenvoorbeeld als test/inzicht/statistiek.test.ts (10 medewerkers, 01-01 t/m 31-03-2026).
const starts = [[d("2025-12-20")], [d("2026-02-01")], [d("2026-03-10")], [d("2026-03-25")], [0]];
const hersteld = [[d("2026-01-10")], [d("2026-02-15")], [null], [d("2026-04-10")], [0]];
const van = d("2026-01-01");
const tot = d("2026-03-31");

describe("PW.VERZUIMPERCENTAGE, PW.MELDINGSFREQUENTIE, PW.VERZUIMDUUR", () => {
  test.each([
    ["verzuimpercentage 52 / (10 × 90) × 100", () => verzuimpercentage(starts, hersteld, van, tot, 10), 5.78],
    ["meldingsfrequentie 3 / 10 × 365/90", () => meldingsfrequentie(starts, van, tot, 10), 1.22],
    ["gemiddelde verzuimduur (21 + 14) / 2", () => verzuimduur(starts, hersteld, van, tot), 17.5],
  ])("%s", (_n, f, verwacht) => {
    expect(f()).toBe(verwacht);
  });

  test.each([
    ["ongelijke bereiken", () => verzuimpercentage(starts, hersteld.slice(1), van, tot, 10), /even lange kolommen/],
    ["geen medewerkers", () => verzuimpercentage(starts, hersteld, van, tot, null), /medewerkers ontbreekt/],
    ["tot vóór van", () => verzuimduur(starts, hersteld, tot, van), /tot ligt vóór van/],
    ["tekst in een datumcel", () => verzuimpercentage([["volgt"]], [[null]], van, tot, 10), /eerste_ziektedagen \(rij 1\)/],
  ])("%s: Nederlandse melding", (_n, f, melding) => {
    expect(f).toThrow(melding);
  });
});
