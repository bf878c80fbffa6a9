import { StubFout, fout } from "./stub";
import { formatISO, vandaag } from "../../src/core/dagen";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";
import { ziekteweekOp } from "../../src/core/tijdlijn";
import { VORIGE_STAP, termijn, termijnViaEngine } from "../../src/functions/datumfuncties";
import { FunctieFout, alsExcelFout, veilig } from "../../src/functions/fout";
import { deadlineFn, eindeWachttijdFn, statusFn, vanafFn, weekFn, ziektedagenFn } from "../../src/functions/functions";
import { d } from "../helpers";

/** Serienummer (1900-systeem) van een ISO-datum; voor datums na 1-3-1900 gelijk aan de Dag. */
const s = (iso: string) => d(iso);
const iso = (serie: number) => formatISO(serie);

describe("PW.DEADLINE: rekenvoorbeelden uit de domeinreferentie §7", () => {
  test.each([
    // D,          mijlpaal, uiterlijk
    ["2024-01-01", "PA", "2024-02-11"],
    ["2024-01-01", "PVA", "2024-02-25"],
    ["2024-01-01", "UWV42", "2024-10-21"],
    ["2024-01-01", "EJE", "2024-12-29"],
    ["2024-01-01", "SPOOR2", "2025-02-09"],
    ["2024-01-01", "WIA", "2025-10-12"],
    ["2024-01-01", "EWT", "2025-12-28"],
    ["2025-03-03", "PA", "2025-04-13"],
    ["2025-03-03", "PVA", "2025-04-27"],
    ["2025-03-03", "UWV42", "2025-12-22"],
    ["2025-03-03", "EJE", "2026-03-01"],
    ["2025-03-03", "SPOOR2", "2026-04-12"],
    ["2025-03-03", "WIA", "2026-12-13"],
    ["2025-03-03", "EWT", "2027-02-28"],
    ["2026-01-01", "PA", "2026-02-11"],
    ["2026-01-01", "PVA", "2026-02-25"],
    ["2026-01-01", "UWV42", "2026-10-22"],
    ["2026-01-01", "EJE", "2026-12-30"],
    ["2026-01-01", "SPOOR2", "2027-02-10"],
    ["2026-01-01", "WIA", "2027-10-13"],
    ["2026-01-01", "EWT", "2027-12-29"],
    ["2025-03-03", "ARBO", "2025-03-09"],
    ["2025-03-03", "plan van aanpak", "2025-04-27"],
    ["2025-03-03", "42e-weeksmelding", "2025-12-22"],
    ["2025-03-03", "eindevaluatie", "2026-11-29"],
    ["2025-03-03", "AO", "2026-11-29"],
  ])("D = %s, %s → %s", (D, m, verwacht) => {
    expect(iso(deadlineFn(s(D), m, null, null))).toBe(verwacht);
  });

  test.each([
    // D,          mijlpaal, vorige stap,  uiterlijk
    ["2025-03-03", "PVA", "2025-03-23", "2025-04-06"], // PA + 14 (Regeling art. 4)
    ["2025-03-03", "SPOOR2", "2026-02-01", "2026-03-15"], // EJE + 42 (UWV Professioneel kader)
    ["2025-03-03", "SPOOR2", "2026-04-01", "2026-04-12"], // EJE na week 52: vanaf einde week 52
    ["2025-03-03", "EVAL", "2025-06-01", "2025-07-13"], // laatste evaluatie + 42
  ])("D = %s, %s met vorige stap %s → %s", (D, m, vorige, verwacht) => {
    expect(iso(deadlineFn(s(D), m, s(vorige), null))).toBe(verwacht);
  });

  test("vrijwillige verlenging 13 weken bij D = 03-03-2025: WIA 14-03-2027, EWT 30-05-2027, UWV42 schuift niet", () => {
    expect(iso(deadlineFn(s("2025-03-03"), "WIA", null, 13))).toBe("2027-03-14");
    expect(iso(deadlineFn(s("2025-03-03"), "EWT", null, 13))).toBe("2027-05-30");
    expect(iso(deadlineFn(s("2025-03-03"), "UWV42", null, 13))).toBe("2025-12-22");
  });
});

describe("invoer zoals Excel die stuurt", () => {
  const D = s("2025-03-03");
  test.each([
    ["serienummer", D],
    ["serienummer met tijd", D + 0.75],
    ["tekst d-m-jjjj", "3-3-2025"],
    ["tekst dd-mm-jjjj", "03-03-2025"],
    ["tekst ISO", "2025-03-03"],
    ["tekst met maandnaam", "3 maart 2025"],
    ["serienummer als tekst", String(D)],
    ["1×1-bereik", [[D]]],
  ])("eerste ziektedag als %s", (_naam, waarde) => {
    expect(iso(deadlineFn(waarde, "PVA", null, null))).toBe("2025-04-27");
  });

  test.each([
    ["weggelaten (undefined)", undefined],
    ["null (web, weggelaten)", null],
    ["0 (lege cel op Windows/Mac)", 0],
    ["lege tekst", ""],
    ["spaties", "  "],
    ["1×1-bereik met lege cel", [[null]]],
  ])("optionele vorige stap %s telt als leeg", (_naam, waarde) => {
    expect(iso(deadlineFn(D, "PVA", waarde, waarde))).toBe("2025-04-27");
  });

  test.each([
    ["ontbrekende eerste ziektedag (null)", () => deadlineFn(null, "PVA"), /eerste_ziektedag ontbreekt/],
    ["lege cel als eerste ziektedag (0)", () => deadlineFn(0, "PVA"), /eerste_ziektedag ontbreekt/],
    ["tekst die geen datum is", () => deadlineFn("morgen", "PVA"), /eerste_ziektedag: "morgen" is geen datum/],
    ["onmogelijke datum", () => deadlineFn("31-2-2025", "PVA"), /bestaat niet als datum/],
    ["WAAR", () => deadlineFn(true, "PVA"), /WAAR is geen datum/],
    ["klein getal (geen datum)", () => deadlineFn(45, "PVA"), /1900/],
    ["fictieve 29-02-1900", () => deadlineFn(60, "PVA"), /29-02-1900/],
    ["bereik van meer cellen", () => deadlineFn([[D, D]], "PVA"), /bereik van 2 cellen/],
    ["onbekende mijlpaal", () => deadlineFn(D, "XYZ"), /"XYZ" is geen bekende mijlpaal/],
    ["ontbrekende mijlpaal", () => deadlineFn(D, null), /mijlpaal ontbreekt/],
    ["vorige stap bij een mijlpaal zonder vorige stap", () => deadlineFn(D, "UWV42", D + 10), /hangt niet af van een vorige stap/],
    ["vorige stap vóór de eerste ziektedag", () => deadlineFn(D, "PVA", D - 10), /ligt vóór de eerste ziektedag/],
    ["negatieve verlenging", () => deadlineFn(D, "EWT", null, -1), /verlenging_weken: verwacht een heel aantal weken/],
    ["gebroken verlenging", () => deadlineFn(D, "EWT", null, 2.5), /heel aantal weken/],
    ["tekst als verlenging", () => deadlineFn(D, "EWT", null, "veel"), /verlenging_weken: verwacht een aantal weken/],
  ])("%s → #WAARDE! met Nederlandse melding", (_naam, f, melding) => {
    const e = fout(f);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(melding);
  });

  test("PW.DEADLINE vangt zelf af (geen sluiting per aanroep, issue 22): dezelfde omzetting als veilig", () => {
    const fouten = [new FunctieFout("niet beschikbaar", "notAvailable"), new TypeError("x is undefined"), new StubFout("#REF!", "al een Excel-fout")];
    for (const e of fouten) {
      const via = fout(() => alsExcelFout(e));
      const viaVeilig = fout(() =>
        veilig(() => {
          throw e;
        }),
      );
      expect([via.code, via.message]).toEqual([viaVeilig.code, viaVeilig.message]);
    }
    expect(fout(() => alsExcelFout(fouten[0])).code).toBe("#N/A");
    expect(fout(() => alsExcelFout(fouten[1])).message).toMatch(/^Interne fout in de PW-functie \(x is undefined\)/);
    expect(fout(() => alsExcelFout(fouten[2]))).toBe(fouten[2]);
  });
});

describe("PW.VANAF", () => {
  test.each([
    ["2024-01-01", "EJE", "2024-11-11"],
    ["2024-01-01", "WIA", "2025-09-08"],
    ["2025-03-03", "EJE", "2026-01-12"],
    ["2025-03-03", "WIA", "2026-11-09"],
    ["2025-03-03", "PVA", "2025-03-03"],
  ])("D = %s, %s begint op %s", (D, m, verwacht) => {
    expect(iso(vanafFn(s(D), m, null))).toBe(verwacht);
  });
  test("met verlenging schuift het WIA-venster", () => {
    expect(iso(vanafFn(s("2025-03-03"), "WIA", 13))).toBe("2027-02-08");
  });
});

describe("PW.WEEK", () => {
  const D = s("2025-03-03");
  test.each([
    ["dag 1", 0, 1],
    ["dag 7", 6, 1],
    ["dag 8", 7, 2],
    ["einde week 42", 293, 42],
    ["vóór de eerste ziektedag", -1, 0],
  ])("%s (D + %i) → juiste week", (_naam, plus, verwacht) => {
    expect(weekFn(D, D + plus)).toBe(verwacht);
  });
  test.each([[null], [undefined], [0], [""]])("peildatum %p = vandaag", (leeg) => {
    expect(weekFn(D, leeg)).toBe(ziekteweekOp(D, vandaag()));
  });
  test("tekstdatum als peildatum", () => {
    expect(weekFn("3-3-2025", "10-3-2025")).toBe(2);
  });
  test("slechte peildatum → #WAARDE!", () => {
    expect(fout(() => weekFn(D, "gisteren")).message).toMatch(/^peildatum: /);
  });
});

/** Zoals Excel de functie aanroept met `@requiresParameterAddresses`: het adres van elk argument. */
const aanroep = (...adressen: string[]) => ({ parameterAddresses: adressen }) as unknown as CustomFunctions.Invocation;

describe("PW.STATUS", () => {
  const D = s("2025-03-03"); // PVA uiterlijk 27-04-2025
  test.each([
    ["niet gedaan, ver voor de termijn", "PVA", null, null, "2025-03-10", "gepland"],
    ["niet gedaan, binnen 14 dagen", "PVA", null, null, "2025-04-20", "binnenkort"],
    ["niet gedaan, termijn verstreken", "PVA", null, null, "2025-04-28", "te laat"],
    ["op tijd gedaan", "PVA", "2025-04-20", null, "2025-05-10", "gedaan"],
    ["te laat gedaan", "PVA", "2025-05-01", null, "2025-05-10", "te laat gedaan"],
    ["gedaan na de peildatum telt nog niet", "PVA", "2025-05-01", null, "2025-04-15", "binnenkort"],
    ["PVA na vroege PA: termijn PA + 14", "PVA", null, "2025-03-23", "2025-04-07", "te laat"],
    ["EJE in het venster", "EJE", null, null, "2026-01-20", "binnenkort"],
    ["evaluatie: 6 weken na de laatste", "EVAL", null, "2025-06-01", "2025-07-14", "te laat"],
    ["evaluatie gedaan wordt de nieuwe basis", "EVAL", "2025-07-10", "2025-06-01", "2025-07-14", "gepland"],
  ])("%s (%s)", (_naam, m, gedaan, vorige, peil, verwacht) => {
    // datum_gedaan verwijst naar een cel (leeg of met een datum), zoals in een register.
    const cel = aanroep("Blad1!C2", "", "Blad1!F2", vorige === null ? "" : "Blad1!E2", "");
    expect(statusFn(D, m, gedaan === null ? null : s(gedaan), vorige === null ? null : s(vorige), s(peil), cel)).toBe(verwacht);
  });
  test.each([
    // hoe datum_gedaan binnenkomt,                          waarde, adressen (null = Excel gaf geen adressen), status
    ["weggelaten, met adressen", null, ["Blad1!C2", "", "", "", ""], "onbekend"],
    ["weggelaten, adres ontbreekt in de lijst", null, ["Blad1!C2"], "onbekend"],
    ["weggelaten, zonder adressen (oudere Excel)", null, null, "onbekend"],
    ["lege cel, met adres", null, ["Blad1!C2", "", "Blad1!F2", "", ""], "te laat"],
    ["lege cel als 0, zonder adressen (Windows/Mac)", 0, null, "te laat"],
    ["lege cel als lege tekst, zonder adressen", "", null, "te laat"],
    ["datum, zonder adressen", "2025-04-20", null, "gedaan"],
  ])("PVA ná de termijn, datum_gedaan %s → %s", (_naam, waarde, adressen, verwacht) => {
    const gedaan = typeof waarde === "string" && waarde !== "" ? s(waarde) : waarde;
    const inv = adressen === null ? undefined : aanroep(...(adressen as string[]));
    expect(statusFn(D, "PVA", gedaan, null, s("2025-05-10"), inv)).toBe(verwacht);
  });
  test("datum gedaan bij EWT → #WAARDE!", () => {
    expect(fout(() => statusFn(D, "EWT", D + 800, null, null)).message).toMatch(/geen stap/);
  });
});

describe("PW.EINDEWACHTTIJD met losse argumenten", () => {
  test.each([
    ["alleen eerste ziektedag", "2024-01-01", null, null, null, null, "2025-12-28"],
    ["vrijwillige verlenging 13 weken", "2025-03-03", 13, null, null, null, "2027-05-30"],
    ["samentellen: 21 dagen hersteld (publiek voorbeeld)", "2022-01-03", null, null, 21, null, "2024-01-21"],
    ["samentellen: 27 dagen (grens)", "2022-01-03", null, null, 27, null, "2024-01-27"],
    ["loonsanctie tot 31-08-2027", "2025-03-03", null, "2027-08-31", null, null, "2027-08-31"],
    ["WIA-aanvraag 10 dagen te laat", "2025-03-03", null, null, null, "2026-12-23", "2027-03-10"],
    ["WIA-aanvraag op tijd", "2025-03-03", null, null, null, "2026-12-01", "2027-02-28"],
  ])("%s", (_naam, D, vv, ls, gat, wia, verwacht) => {
    const datum = (x: string | null) => (x === null ? null : s(x));
    expect(iso(eindeWachttijdFn([[s(D)]], vv, datum(ls), gat, datum(wia)))).toBe(verwacht);
  });
  test.each([
    ["onderbreking van 28 dagen telt niet samen", () => eindeWachttijdFn([[s("2022-01-03")]], null, null, 28), /tellen de perioden niet samen/],
    ["loonsanctie eindigt vóór het einde van de wachttijd", () => eindeWachttijdFn([[s("2025-03-03")]], null, s("2027-01-01")), /eindigt niet na het einde van de wachttijd/],
    ["loonsanctie langer dan 52 weken", () => eindeWachttijdFn([[s("2025-03-03")]], null, s("2029-01-01")), /ten hoogste 52 weken/],
  ])("%s → #WAARDE!", (_naam, f, melding) => {
    expect(fout(f).message).toMatch(melding);
  });
});

describe("geen enkele invoer laat een kale JS-fout ontsnappen", () => {
  const rare: unknown[] = [undefined, null, NaN, Infinity, -1, 1e12, {}, [], [[]], [[1, 2], [3, 4]], "x", "", true, false, 45719, "3-3-2025", "PVA", 13];
  const functies: [string, (...a: unknown[]) => unknown][] = [
    ["DEADLINE", deadlineFn as (...a: unknown[]) => unknown],
    ["VANAF", vanafFn as (...a: unknown[]) => unknown],
    ["WEEK", weekFn as (...a: unknown[]) => unknown],
    ["STATUS", statusFn as (...a: unknown[]) => unknown],
    ["EINDEWACHTTIJD", eindeWachttijdFn as (...a: unknown[]) => unknown],
    ["ZIEKTEDAGEN", ziektedagenFn as (...a: unknown[]) => unknown],
  ];
  test.each(functies)("%s", (_id, f) => {
    let waarden = 0;
    let fouten = 0;
    for (const a of rare)
      for (const b of rare)
        for (const c of [null, 0, "x", 45800]) {
          try {
            const r = f(a, b, c, c, c);
            expect(["number", "string"]).toContain(typeof r);
            if (typeof r === "number") expect(Number.isFinite(r)).toBe(true);
            waarden++;
          } catch (e) {
            expect(e).toBeInstanceOf(StubFout);
            expect((e as StubFout).message).not.toBe("");
            fouten++;
          }
        }
    expect(waarden).toBeGreaterThan(0);
    expect(fouten).toBeGreaterThan(0);
  });
});

describe("de snelle termijn van PW.DEADLINE is gelijk aan de engine", () => {
  test("alle mijlpalen × 2.000 eerste ziektedagen van 1995 tot 2060 × vorige stap × verlenging", () => {
    let verschillen: string[] = [];
    let n = 0;
    const start = d("1995-01-01");
    const span = d("2060-12-31") - start;
    for (let i = 0; i < 2000; i++) {
      const D = start + ((i * 7919 + 13) % span);
      for (const code of MIJLPAAL_CODES) {
        const vorigen = VORIGE_STAP[code] ? [null, D, D + 17, D + 200, D + 400] : [null];
        for (const vorige of vorigen)
          for (const vv of [null, 13, 40]) {
            n++;
            const snel = termijn(code, D, vorige, vv);
            const engine = termijnViaEngine(code, D, vorige, vv);
            if (snel !== engine) verschillen.push(`${code} D=${iso(D)} vorige=${vorige === null ? "-" : iso(vorige)} vv=${vv}: ${iso(snel)} ≠ ${iso(engine)}`);
          }
      }
    }
    verschillen = verschillen.slice(0, 10);
    expect(verschillen).toEqual([]);
    expect(n).toBeGreaterThan(40_000);
  });
});
