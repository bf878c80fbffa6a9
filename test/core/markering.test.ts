import type { RegisterDossier } from "../../src/core/dossier";
import { isEigenNaam, isEigenRegel, kolomLetter, leesBereik, maakMarkeringPlan, type MarkeringRegel } from "../../src/core/markering";
import { berekenTijdlijn, type DossierInvoer } from "../../src/core/tijdlijn";
import { naarExcelSerienummer } from "../../src/core/dagen";
import { d } from "../helpers";

/**
 * Rekent een regel van het plan uit zoals Excel dat doet, voor één cel: `m` = waarde in het verborgen
 * blad, `c` = de cel van de gebruiker ("" als leeg), `t` = TODAY(). Een kleine vertaler voor precies de
 * functies die het plan gebruikt (AND, ISNUMBER, INDEX/ROW/COLUMN, TODAY, vergelijkingen).
 */
function evalueer(regel: MarkeringRegel, m: number | string, c: number | string, t: number): boolean {
  const linksBoven = regel.bereik.split(":")[0];
  const js = regel.formule
    .slice(1)
    .replace(/INDEX\(PW_T_\d+,ROW\([A-Z]+\d+\),COLUMN\([A-Z]+\d+\)\)/g, "m")
    .replace(new RegExp(`\\b${linksBoven}\\b`, "g"), "c")
    .replace(/TODAY\(\)/g, "t")
    .replace(/AND\(/g, "and(")
    .replace(/ISNUMBER\(/g, "isnum(")
    .replace(/<>/g, "!==")
    .replace(/([^<>!=])=([^=])/g, "$1===$2");
  const f = new Function("m", "c", "t", "and", "isnum", `return ${js};`);
  return f(m, c, t, (...a: boolean[]) => a.every(Boolean), (x: unknown) => typeof x === "number");
}

function dossier(rij: number, kolommen: Record<string, number>): RegisterDossier {
  return { rijen: [rij], rij, kolommen, werknemer: "A", personeelsnummer: null, invoer: { eersteZiektedag: 0 }, gegevens: {} };
}

function kleurOp(invoer: DossierInvoer, code: "PA" | "EVAL" | "UWV42", cel: number | string, vandaag: string): string | null {
  const t = berekenTijdlijn(invoer, d(vandaag));
  if (!t.ok) throw new Error("geen tijdlijn");
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 5 }, [{ dossier: dossier(5, { [code]: 6 }), tijdlijn: t.tijdlijn }], {
    index: 1,
    datumsysteem: "1900",
    horizonDagen: 14,
  });
  const m = plan.kolommen[0].waarden[0];
  const raak = plan.regels.filter((r) => evalueer(r, m, cel, naarExcelSerienummer(d(vandaag))));
  expect(raak.length).toBeLessThanOrEqual(1); // de regels sluiten elkaar uit
  return raak.length ? raak[0].soort : null;
}

describe("kleuren op het blad volgen de status van de engine", () => {
  const D = d("2026-10-01"); // PA uiterlijk 11-11-2026
  test.each([
    ["PA niet gedaan, termijn verstreken: rood", {}, "PA", "", "2026-11-12", "te-laat"],
    ["PA niet gedaan, termijn vandaag: oranje", {}, "PA", "", "2026-11-11", "binnenkort"],
    ["PA niet gedaan, over 14 dagen: oranje", {}, "PA", "", "2026-10-28", "binnenkort"],
    ["PA niet gedaan, over 15 dagen: geen kleur", {}, "PA", "", "2026-10-27", null],
    ["PA ingevuld: groen", { PA: d("2026-11-02") }, "PA", 46000, "2026-11-25", "gedaan"],
    ["hersteld vóór de 42e week: grijs", { hersteld: true }, "UWV42", "", "2026-11-25", "nvt"],
    ["laatste evaluatie ingevuld maar de volgende is te laat: rood", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", 46000, "2026-12-20", "te-laat"],
    ["laatste evaluatie ingevuld, volgende ver weg: groen", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", 46000, "2026-11-06", "gedaan"],
  ] as const)("%s", (_n, gedaan, code, cel, vandaag, kleur) => {
    const { hersteld, ...g } = gedaan as Record<string, number | boolean>;
    const invoer: DossierInvoer = { eersteZiektedag: D, gedaan: g as DossierInvoer["gedaan"], hersteldatum: hersteld ? d("2026-11-01") : null };
    expect(kleurOp(invoer, code, cel, vandaag)).toBe(kleur);
  });
  test("de kleur schuift mee met TODAY() zonder dat het plan verandert", () => {
    const invoer: DossierInvoer = { eersteZiektedag: D };
    expect(kleurOp(invoer, "PA", "", "2026-10-20")).toBe(null);
  });
});

describe("plan", () => {
  const t = berekenTijdlijn({ eersteZiektedag: d("2026-10-01") }, d("2026-11-25"));
  const items = [
    { dossier: dossier(5, { PA: 6, PVA: 7 }), tijdlijn: t.ok ? t.tijdlijn : null },
    { dossier: dossier(7, { PA: 6, PVA: 7 }), tijdlijn: null },
  ];
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 8 }, items, { index: 2, datumsysteem: "1904", horizonDagen: 10 });
  test("verborgen blad en naam dragen het voorvoegsel", () => {
    expect(plan.verborgenBlad).toBe("PW_T_2");
    expect(plan.naamVerwijzing).toBe("='PW_T_2'!$A$1:$G$8");
    expect(isEigenNaam(plan.naam)).toBe(true);
    expect(isEigenNaam("Verzuim")).toBe(false);
  });
  test("waarden staan op dezelfde rijen als het register, in het datumsysteem van de werkmap", () => {
    expect(plan.kolommen.map((k) => k.kolom)).toEqual([6, 7]);
    expect(plan.kolommen[0].waarden).toEqual([naarExcelSerienummer(d("2026-11-11"), "1904"), "", "", ""]);
  });
  test("vier regels per kolom, allemaal herkenbaar als eigen regel", () => {
    expect(plan.regels).toHaveLength(8);
    expect(plan.regels.every((r) => isEigenRegel(r.formule))).toBe(true);
    expect(plan.regels[0].bereik).toBe("F5:F8");
    expect(plan.regels.find((r) => r.soort === "binnenkort")?.formule).toContain("<=10");
    expect(isEigenRegel("=A1>TODAY()")).toBe(false);
  });
  test.each([
    [1, "A"], [26, "Z"], [27, "AA"], [52, "AZ"], [703, "AAA"],
  ])("kolom %i heet %s", (n, l) => expect(kolomLetter(n)).toBe(l));
});

describe("A1-bereiken lezen (taakvenster en scanner)", () => {
  test.each([
    ["B3", { boven: 3, links: 2, onder: 3, rechts: 2 }],
    ["$A$3:$AK$31", { boven: 3, links: 1, onder: 31, rechts: 37 }],
    ["Verzuim!C6", { boven: 6, links: 3, onder: 6, rechts: 3 }],
    ["'Blad 1'!c5:a1", { boven: 1, links: 1, onder: 5, rechts: 3 }],
    ["geen bereik", null],
  ])("%s", (adres, verwacht) => expect(leesBereik(adres)).toEqual(verwacht));
});
