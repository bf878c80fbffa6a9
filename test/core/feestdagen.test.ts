import { formatISO } from "../../src/core/dagen";
import { feestdagNaam, isWerkdag, paaszondag, volgendeWerkdag } from "../../src/core/feestdagen";
import { d } from "../helpers";

describe("Pasen wordt berekend, niet opgezocht", () => {
  test.each([
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Pasen %i valt op %s", (jaar, verwacht) => {
    expect(formatISO(paaszondag(jaar))).toBe(verwacht);
  });
});

describe("feestdagen van de Algemene termijnenwet", () => {
  test.each([
    ["2025-01-01", "Nieuwjaarsdag"],
    ["2025-04-21", "Tweede Paasdag"],
    ["2025-04-26", "Koningsdag"], // 27 april 2025 is een zondag
    ["2026-04-27", "Koningsdag"],
    ["2025-05-05", "Bevrijdingsdag"],
    ["2025-05-29", "Hemelvaartsdag"],
    ["2025-06-09", "Tweede Pinksterdag"],
    ["2025-12-25", "Eerste Kerstdag"],
    ["2025-12-26", "Tweede Kerstdag"],
  ])("%s is %s", (datum, naam) => {
    expect(feestdagNaam(d(datum))).toBe(naam);
    expect(isWerkdag(d(datum))).toBe(false);
  });
  test("Goede Vrijdag is geen feestdag in de Algemene termijnenwet", () => {
    expect(isWerkdag(d("2025-04-18"))).toBe(true);
  });
});

describe("volgende werkdag", () => {
  test.each([
    ["een werkdag blijft staan", "2025-12-22", "2025-12-22"],
    ["zaterdag naar maandag", "2025-03-08", "2025-03-10"],
    ["Eerste Kerstdag (donderdag) naar maandag 29 december", "2025-12-25", "2025-12-29"],
    ["Tweede Paasdag naar dinsdag", "2026-04-06", "2026-04-07"],
    ["Paaszondag over Tweede Paasdag heen", "2026-04-05", "2026-04-07"],
    ["Nieuwjaarsdag (donderdag) naar vrijdag", "2026-01-01", "2026-01-02"],
    ["oudejaarsdag is een werkdag", "2025-12-31", "2025-12-31"],
    ["Hemelvaartsdag naar vrijdag", "2026-05-14", "2026-05-15"],
  ])("%s", (_n, van, naar) => {
    expect(formatISO(volgendeWerkdag(d(van)))).toBe(naar);
  });
});
