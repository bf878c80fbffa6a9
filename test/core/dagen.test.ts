import {
  dagVan,
  datumVan,
  formatISO,
  formatLang,
  formatNL,
  naarExcelSerienummer,
  parseDatumOptie,
  parseTekstdatum,
  vandaag,
  vanExcelSerienummer,
  vanJsDatum,
  weekdag,
} from "../../src/core/dagen";
import { d } from "../helpers";

describe("Excel-serienummers, 1900-systeem", () => {
  test.each([
    ["serienummer 1 is 1 januari 1900 (maar 1900 wordt geweigerd)", 1, null],
    ["serienummer 60 is de fictieve 29-02-1900", 60, null],
    ["serienummer 61 is 1 maart 1900 (geweigerd: jaar 1900)", 61, null],
    ["serienummer 367 is 1 januari 1901", 367, "1901-01-01"],
    ["45658 is 1 januari 2025", 45658, "2025-01-01"],
    ["45719 is 3 maart 2025", 45719, "2025-03-03"],
    ["een tijdsdeel telt niet mee", 45719.99, "2025-03-03"],
    ["46022 is 31 december 2025", 46022, "2025-12-31"],
    ["45351 is 29 februari 2024", 45351, "2024-02-29"],
  ])("%s", (_naam, serie, verwacht) => {
    const r = vanExcelSerienummer(serie, "1900");
    if (verwacht === null) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.probleem.melding).toMatch(/1900/);
    } else {
      expect(r.ok && formatISO(r.waarde)).toBe(verwacht);
      expect(naarExcelSerienummer(d(verwacht), "1900")).toBe(Math.floor(serie));
    }
  });

  test("negatief, NaN en oneindig zijn geen datum", () => {
    for (const x of [-1, NaN, Infinity, 1e12]) expect(vanExcelSerienummer(x).ok).toBe(false);
  });
  test("omrekenen in de 1900-periode vóór de fictieve dag blijft consistent", () => {
    expect(naarExcelSerienummer(dagVan(1900, 1, 1))).toBe(1);
    expect(naarExcelSerienummer(dagVan(1900, 2, 28))).toBe(59);
    expect(naarExcelSerienummer(dagVan(1900, 3, 1))).toBe(61);
  });
});

describe("Excel-serienummers, 1904-systeem", () => {
  test.each([
    ["serienummer 0 is 1 januari 1904", 0, "1904-01-01"],
    ["44257 is 3 maart 2025", 44257, "2025-03-03"],
    ["1904 en 1900 verschillen 1462 dagen", 45719 - 1462, "2025-03-03"],
  ])("%s", (_n, serie, verwacht) => {
    const r = vanExcelSerienummer(serie, "1904");
    expect(r.ok && formatISO(r.waarde)).toBe(verwacht);
    expect(naarExcelSerienummer(d(verwacht), "1904")).toBe(serie);
  });
});

describe("Nederlandse tekstdatums", () => {
  test.each([
    ["3-3-2025", "2025-03-03"],
    ["03-03-2025", "2025-03-03"],
    ["3/3/2025", "2025-03-03"],
    ["3.3.2025", "2025-03-03"],
    ["3-3-25", "2025-03-03"],
    ["3 maart 2025", "2025-03-03"],
    ["3 Maart 2025", "2025-03-03"],
    ["3 mrt. 2025", "2025-03-03"],
    ["3 mrt 2025", "2025-03-03"],
    ["3-mrt-2025", "2025-03-03"],
    ["maandag 3 maart 2025", "2025-03-03"],
    ["ma 3 maart 2025", "2025-03-03"],
    ["12 oktober 2026", "2026-10-12"],
    ["1 okt 2026", "2026-10-01"],
    ["29 februari 2024", "2024-02-29"],
    ["2025-03-03", "2025-03-03"],
    ["2025-03-03T00:00:00.000Z", "2025-03-03"],
    ["  31-12-2025 ", "2025-12-31"],
  ])("%s", (tekst, verwacht) => {
    const r = parseTekstdatum(tekst);
    expect(r.ok && formatISO(r.waarde)).toBe(verwacht);
  });

  test.each([
    ["29-02-2025 bestaat niet", "29-02-2025", "ONMOGELIJKE_DATUM"],
    ["31 april", "31-04-2025", "ONMOGELIJKE_DATUM"],
    ["maand 13", "1-13-2025", "ONMOGELIJKE_DATUM"],
    ["een datum in 1900", "3-3-1900", "DATUM_1900"],
    ["tekst", "ziek", "GEEN_DATUM"],
    ["onbekende maand", "3 smarch 2025", "GEEN_DATUM"],
    ["leeg", "   ", "LEEG"],
  ])("%s wordt een probleem, geen exception", (_n, tekst, code) => {
    const r = parseTekstdatum(tekst);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.probleem.code).toBe(code);
      expect(r.probleem.melding.length).toBeGreaterThan(5);
    }
  });
});

describe("kalenderrekenen", () => {
  test("dagVan en datumVan zijn elkaars inverse over vier eeuwen", () => {
    for (let x = dagVan(1901, 1, 1); x < dagVan(2300, 1, 1); x += 37) {
      const k = datumVan(x);
      expect(dagVan(k.jaar, k.maand, k.dag)).toBe(x);
    }
  });
  test("weekdagen: 3 maart 2025 is een maandag, 1 januari 2026 een donderdag", () => {
    expect(weekdag(d("2025-03-03"))).toBe(1);
    expect(weekdag(d("2026-01-01"))).toBe(4);
    expect(weekdag(d("2024-12-29"))).toBe(7);
  });
  test("formatNL is gelijk met en zonder geheugen, ook buiten het onthouden bereik", () => {
    for (const x of [dagVan(1901, 1, 1), dagVan(1989, 12, 31), dagVan(1990, 1, 1), dagVan(2026, 11, 25), dagVan(2109, 12, 31), dagVan(2110, 1, 1)]) {
      const k = datumVan(x);
      const verwacht = `${String(k.dag).padStart(2, "0")}-${String(k.maand).padStart(2, "0")}-${k.jaar}`;
      expect([formatNL(x), formatNL(x)]).toEqual([verwacht, verwacht]);
    }
  });
  test("notaties", () => {
    expect(formatNL(d("2025-03-03"))).toBe("03-03-2025");
    expect(formatLang(d("2025-03-03"))).toBe("3 maart 2025");
  });
  test("JS Dates: exceljs-UTC en lokale datumkiezer geven dezelfde kalenderdag", () => {
    const utc = new Date(Date.UTC(2025, 2, 3));
    expect(vanJsDatum(utc, true)).toEqual({ ok: true, waarde: d("2025-03-03") });
    const lokaal = new Date(2025, 2, 3);
    expect(vanJsDatum(lokaal, false)).toEqual({ ok: true, waarde: d("2025-03-03") });
    expect(vanJsDatum(new Date(NaN), true).ok).toBe(false);
  });
  test("vandaag is de Nederlandse kalenderdatum, ongeacht de tijdzone van de machine", () => {
    // 23:30 UTC op 24 november is in Amsterdam al 25 november.
    expect(formatISO(vandaag(new Date(Date.UTC(2026, 10, 24, 23, 30))))).toBe("2026-11-25");
    // 22:30 UTC op 30 juni (zomertijd, UTC+2) is 1 juli in Amsterdam.
    expect(formatISO(vandaag(new Date(Date.UTC(2026, 5, 30, 22, 30))))).toBe("2026-07-01");
    expect(formatISO(vandaag(new Date(Date.UTC(2026, 5, 30, 21, 59))))).toBe("2026-06-30");
  });
});

describe("parseDatumOptie (--peildatum, --van, --tot)", () => {
  test.each([
    ["2026-11-25", "2026-11-25"],
    ["2026-1-5", "2026-01-05"],
    ["25-11-2026", "2026-11-25"],
    ["5-1-2026", "2026-01-05"],
    ["05-01-2026", "2026-01-05"],
    ["5/1/2026", "2026-01-05"],
    ["5.1.2026", "2026-01-05"],
    [" 25-11-2026 ", "2026-11-25"],
  ])("%s", (tekst, verwacht) => {
    const r = parseDatumOptie(tekst);
    expect(r.ok && formatISO(r.waarde)).toBe(verwacht);
  });

  test.each([
    ["jaar in twee cijfers", "5-1-26"],
    ["maandnaam", "3 maart 2026"],
    ["amerikaans met tijd", "2026-11-25T10:00"],
    ["gemengde scheidingstekens", "5-1/2026"],
    ["tekst", "morgen"],
  ])("%s wordt geweigerd met een voorbeeld", (_n, tekst) => {
    const r = parseDatumOptie(tekst);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.probleem.melding).toBe(`"${tekst}" is geen datum. Schrijf bijvoorbeeld 25-11-2026 of 2026-11-25.`);
  });

  test("een onmogelijke datum zegt dat", () => {
    const r = parseDatumOptie("31-02-2026");
    expect(!r.ok && r.probleem.melding).toBe('"31-02-2026" bestaat niet als datum. Schrijf bijvoorbeeld 25-11-2026 of 2026-11-25.');
  });
});
