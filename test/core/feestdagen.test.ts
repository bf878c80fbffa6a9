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
  test.each([
    ["2025-04-18", "Goede Vrijdag"], // art. 3 lid 2: door de wet zelf gelijkgesteld
    ["2026-04-03", "Goede Vrijdag"],
    ["2013-04-30", "Koninginnedag"], // vóór 2014: 30 april
    ["2006-04-29", "Koninginnedag"], // 30 april 2006 was een zondag
    ["2014-04-26", "Koningsdag"], // 27 april 2014 was een zondag
    ["2026-01-02", "Gelijkgestelde dag (koninklijk besluit)"], // art. 3 lid 3
    ["2026-05-15", "Gelijkgestelde dag (koninklijk besluit)"],
    ["2024-12-27", "Gelijkgestelde dag (koninklijk besluit)"],
    ["2018-12-24", "Gelijkgestelde dag (koninklijk besluit)"],
  ])("%s is %s (geen werkdag)", (datum, naam) => {
    expect(feestdagNaam(d(datum))).toBe(naam);
    expect(isWerkdag(d(datum))).toBe(false);
  });
  test.each([
    ["2012-04-27", "vóór 2014 is 27 april een gewone dag"],
    ["2014-04-30", "vanaf 2014 is 30 april een gewone dag"],
    ["2029-05-11", "vrijdag na Hemelvaart 2029: nog geen besluit gepubliceerd"],
  ])("%s is een werkdag: %s", (datum) => {
    expect(isWerkdag(d(datum))).toBe(true);
  });
});

describe("volgende werkdag", () => {
  test.each([
    ["een werkdag blijft staan", "2025-12-22", "2025-12-22"],
    ["zaterdag naar maandag", "2025-03-08", "2025-03-10"],
    ["Eerste Kerstdag (donderdag) naar maandag 29 december", "2025-12-25", "2025-12-29"],
    ["Tweede Paasdag naar dinsdag", "2026-04-06", "2026-04-07"],
    ["Paaszondag over Tweede Paasdag heen", "2026-04-05", "2026-04-07"],
    ["Nieuwjaarsdag 2026 (donderdag) over de gelijkgestelde vrijdag naar maandag", "2026-01-01", "2026-01-05"],
    ["Witte Donderdag over Goede Vrijdag en Pasen naar dinsdag", "2026-04-03", "2026-04-07"],
    ["oudejaarsdag is een werkdag", "2025-12-31", "2025-12-31"],
    ["Hemelvaartsdag 2026 over de gelijkgestelde vrijdag naar maandag", "2026-05-14", "2026-05-18"],
    ["Hemelvaartsdag 2029 naar vrijdag (geen besluit voor 2029)", "2029-05-10", "2029-05-11"],
  ])("%s", (_n, van, naar) => {
    expect(formatISO(volgendeWerkdag(d(van)))).toBe(naar);
  });
});
