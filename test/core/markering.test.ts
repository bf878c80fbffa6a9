import type { RegisterDossier } from "../../src/core/dossier";
import {
  binnenkortVanaf,
  isEigenNaam,
  isEigenRegel,
  kolomLetter,
  leesBereik,
  LEGENDA_BLAD,
  maakMarkeringPlan,
  type MarkeringPlan,
  type MarkeringSoort,
} from "../../src/core/markering";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister, type Cel } from "../../src/core/register";
import { berekenTijdlijn, type DossierInvoer } from "../../src/core/tijdlijn";
import { naarExcelSerienummer } from "../../src/core/dagen";
import { d, verwachteKleur } from "../helpers";

/** Een foutwaarde in een cel (zoals #N/A): ISNUMBER is onwaar, elke andere bewerking geeft een fout. */
class Fout {
  constructor(readonly naam: string) {}
}

/**
 * Rekent een regel van het plan uit zoals Excel dat doet, voor één cel: een kleine vertaler voor precies de
 * functies die het plan gebruikt (AND, OR, NOT, IF, ISNUMBER, INDEX/ROW/COLUMN, TODAY, vergelijkingen).
 * `blad(kolom)` = de waarde in het verborgen blad op de rij van de cel ("" als leeg), `c` = de cel van de
 * gebruiker ("" als leeg, een getal, tekst of een Fout), `t` = TODAY().
 */
function evalueer(plan: MarkeringPlan, formule: string, bereik: string, rij: number, c: unknown, t: number): boolean {
  const linksBoven = bereik.split(":")[0];
  const kolom = leesBereik(linksBoven)!.links;
  const hulp = (k: number) => {
    const kol = plan.kolommen.find((x) => x.kolom === k);
    return kol ? kol.waarden[rij - kol.eersteRij] : "";
  };
  const js = formule
    .slice(1)
    .replace(/INDEX\(PW_T_\d+,ROW\([A-Z]+\d+\),COLUMN\([A-Z]+\d+\)\+(\d+)\)/g, (_m, n: string) => `hulp(${kolom + Number(n)})`)
    .replace(/INDEX\(PW_T_\d+,ROW\([A-Z]+\d+\),COLUMN\([A-Z]+\d+\)\)/g, `hulp(${kolom})`)
    .replace(/INDEX\(PW_T_\d+,ROW\([A-Z]+\d+\),(\d+)\)/g, (_m, n: string) => `hulp(${n})`)
    .replace(new RegExp(`\\b${linksBoven}\\b`, "g"), "c")
    .replace(/TODAY\(\)/g, "t")
    .replace(/\bAND\(/g, "and(")
    .replace(/\bOR\(/g, "or(")
    .replace(/\bNOT\(/g, "not(")
    .replace(/\bIF\(/g, "als(")
    .replace(/ISNUMBER\(/g, "isnum(")
    .replace(/\bFALSE\b/g, "false")
    .replace(/<>/g, "!==")
    .replace(/([^<>!=])=([^=])/g, "$1===$2");
  // Een lege cel is in een vergelijking met een getal 0 en met tekst "" (Excel); tekst is groter dan elk getal.
  const f = new Function("hulp", "c", "t", "and", "or", "not", "als", "isnum", `return ${js};`);
  const r = f(
    hulp,
    c,
    t,
    (...a: unknown[]) => (a.some((x) => x instanceof Fout) ? new Fout("#WAARDE!") : a.every(Boolean)),
    (...a: unknown[]) => (a.some((x) => x instanceof Fout) ? new Fout("#WAARDE!") : a.some(Boolean)),
    (x: unknown) => (x instanceof Fout ? x : !x),
    (v: unknown, a: unknown, b: unknown) => (v ? a : b),
    (x: unknown) => typeof x === "number",
  );
  return r === true; // een fout in een opmaakregel = geen opmaak
}

/** De soort markering die Excel een cel geeft (de regels sluiten elkaar uit), of null. */
function soortOp(plan: MarkeringPlan, rij: number, kolom: number, c: unknown, t: number): MarkeringSoort | null {
  const letter = kolomLetter(kolom);
  const raak = plan.regels.filter((r) => {
    const b = leesBereik(r.bereik)!;
    return b.links === kolom && rij >= b.boven && rij <= b.onder && evalueer(plan, r.formule, `${letter}${b.boven}:${letter}${b.onder}`, rij, c, t);
  });
  expect(raak.length).toBeLessThanOrEqual(1);
  return raak.length ? raak[0].soort : null;
}


function dossier(rij: number, kolommen: Record<string, number>): RegisterDossier {
  return { rijen: [rij], rij, kolommen, werknemer: "A", personeelsnummer: null, invoer: { eersteZiektedag: 0 }, gegevens: {} };
}

function kleurOp(invoer: DossierInvoer, code: "PA" | "EVAL" | "UWV42" | "EJE", cel: number | string, vandaag: string): string | null {
  // De kolom bestaat (anders is er geen cel om te kleuren): leeg = null, niet onbekend.
  const t = berekenTijdlijn({ ...invoer, gedaan: { [code]: null, ...invoer.gedaan } }, d(vandaag));
  if (!t.ok) throw new Error("geen tijdlijn");
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 5 }, [{ dossier: dossier(5, { [code]: 6 }), tijdlijn: t.tijdlijn }], {
    index: 1,
    datumsysteem: "1900",
    horizonDagen: 14,
  });
  return soortOp(plan, 5, 6, cel, naarExcelSerienummer(d(vandaag)));
}

describe("kleuren op het blad volgen de status van de engine", () => {
  const D = d("2026-10-01"); // PA uiterlijk 11-11-2026
  const pa = naarExcelSerienummer(d("2026-11-02"));
  test.each([
    ["PA niet gedaan, termijn verstreken: rood", {}, "PA", "", "2026-11-12", "te-laat"],
    ["PA niet gedaan, termijn vandaag: oranje", {}, "PA", "", "2026-11-11", "binnenkort"],
    ["PA niet gedaan, over 14 dagen: oranje", {}, "PA", "", "2026-10-28", "binnenkort"],
    ["PA niet gedaan, over 15 dagen: geen kleur", {}, "PA", "", "2026-10-27", null],
    ["PA ingevuld: groen", { PA: d("2026-11-02") }, "PA", pa, "2026-11-25", "gedaan"],
    ["tekst \"volgt\" in de PA-cel, termijn verstreken: rood (geen datum)", {}, "PA", "volgt", "2026-11-12", "te-laat"],
    ["tekst \"aangevraagd\" in de PA-cel, termijn nabij: oranje", {}, "PA", "aangevraagd", "2026-11-01", "binnenkort"],
    ["datum in de toekomst in de PA-cel: nog niet gedaan, rood", {}, "PA", naarExcelSerienummer(d("2026-12-01")), "2026-11-12", "te-laat"],
    ["datum vóór de eerste ziektedag in de PA-cel: niet gedaan, rood", {}, "PA", naarExcelSerienummer(d("2026-09-01")), "2026-11-12", "te-laat"],
    ["hersteld vóór de 42e week: grijs", { hersteld: true }, "UWV42", "", "2026-11-25", "nvt"],
    ["EJE: venster open (week 46), termijn over 48 dagen: oranje, net als het rapport", {}, "EJE", "", "2027-08-12", "binnenkort"],
    ["EJE: een dag vóór het venster: geen kleur", {}, "EJE", "", "2027-08-11", null],
    ["laatste evaluatie ingevuld maar de volgende is te laat: rode tekst, geen rode vulling", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-12-20", "volgende-te-laat"],
    ["laatste evaluatie ingevuld, volgende binnenkort: oranje tekst", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-12-10", "volgende-binnenkort"],
    ["laatste evaluatie ingevuld, volgende ver weg: groen", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-11-06", "gedaan"],
    ["nog geen evaluatie, de eerste is te laat: rode vulling", { PVA: d("2026-11-01") }, "EVAL", "", "2026-12-20", "te-laat"],
  ] as const)("%s", (_n, gedaan, code, cel, vandaag, kleur) => {
    const { hersteld, ...g } = gedaan as Record<string, number | boolean>;
    const invoer: DossierInvoer = { eersteZiektedag: D, gedaan: g as DossierInvoer["gedaan"], hersteldatum: hersteld ? d("2026-11-01") : null };
    expect(kleurOp(invoer, code, cel, vandaag)).toBe(kleur);
  });
  test("de kleur schuift mee met TODAY() zonder dat het plan verandert", () => {
    const invoer: DossierInvoer = { eersteZiektedag: D };
    expect(kleurOp(invoer, "PA", "", "2026-10-20")).toBe(null);
  });
  test("binnenkort: één definitie voor engine en blad", () => {
    for (const vandaag of ["2027-08-01", "2027-08-13", "2027-09-20", "2027-09-29"]) {
      const t = berekenTijdlijn({ eersteZiektedag: D, gedaan: { EJE: null } }, d(vandaag));
      if (!t.ok) throw new Error("geen tijdlijn");
      const m = t.tijdlijn.mijlpalen.EJE;
      const open = t.tijdlijn.peildatum <= m.uiterlijk;
      expect(m.status === "binnenkort").toBe(open && t.tijdlijn.peildatum >= binnenkortVanaf(m, 14));
    }
  });
});

/**
 * Het hele pad zoals de scanner het loopt: cellen → lezer → engine → kleurplan, en dan elke mijlpaalcel
 * uitgerekend als Excel. Voor elke cel moet de kleur overeenkomen met de status in het rapport.
 */
describe("blad en rapport zijn het voor elke cel eens (lezer → engine → plan)", () => {
  const KOP = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "Actueel oordeel", "Eindevaluatie", "WIA-aanvraag"];
  const STAP_KOLOM: Record<string, number> = { ARBO: 4, PA: 5, PVA: 6, EVAL: 7, UWV42: 8, EJE: 9, SPOOR2: 10, AO: 11, EINDEVAL: 12, WIA: 13 };
  const P = d("2026-11-25");
  const serie = (x: number) => naarExcelSerienummer(x);
  // Deterministische pseudo-willekeur: elke run dezelfde gevallen.
  let zaad = 12345;
  const kans = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
  const soorten = (D: number): Cel[] => [
    "",
    serie(D + 3),
    serie(D + 60),
    serie(P + 10), // toekomst
    serie(D - 20), // vóór de eerste ziektedag
    "volgt",
    "aangevraagd",
    "?",
    "#N/A",
    "n.v.t.",
    "nvt",
    "12-11-2026", // tekstdatum
  ];
  const rijen: Cel[][] = [KOP];
  for (let i = 0; i < 300; i++) {
    const D = P - Math.floor(kans() * 800);
    const rij: Cel[] = [`Werknemer ${i}`, serie(D), kans() < 0.1 ? serie(D + 30) : ""];
    for (let k = 0; k < 10; k++) {
      const keuzes = soorten(D);
      rij.push(keuzes[Math.floor(kans() * keuzes.length)]);
    }
    rijen.push(rij);
  }
  const waarden = rijen.map((r) => r.map((c) => (c === "#N/A" ? c : c)));
  const register = leesRegister(waarden, { blad: "Verzuim" })!;
  const { evaluaties, items } = evalueerRegister(register, P);
  const plan = maakMarkeringPlan(register, items, {
    index: 1,
    datumsysteem: "1900",
    horizonDagen: 14,
    celInhoud: (rij, kolom) => waarden[rij - 1]?.[kolom - 1],
  });
  test("300 rijen × 10 mijlpaalcellen: dezelfde uitkomst", () => {
    let vergeleken = 0;
    const verschillen: string[] = [];
    for (const e of evaluaties) {
      const rij = e.dossier.rij!;
      for (const code of MIJLPAAL_CODES) {
        if (code === "EWT") continue;
        const kolom = STAP_KOLOM[code];
        const ruw = waarden[rij - 1][kolom - 1];
        const c = ruw === "#N/A" ? new Fout("#N/A") : ruw === "" ? "" : ruw;
        const status = e.tijdlijn.mijlpalen[code].status;
        const isDatum = typeof c === "number" && c >= serie(e.tijdlijn.eersteZiektedag) && c <= serie(P);
        const verwacht = verwachteKleur(status, code === "EVAL", isDatum);
        const kreeg = soortOp(plan, rij, kolom, c, serie(P));
        vergeleken++;
        if (kreeg !== verwacht) verschillen.push(`rij ${rij} ${code} cel ${String(ruw)}: status ${status}, blad ${kreeg}`);
      }
    }
    expect(verschillen).toEqual([]);
    expect(vergeleken).toBe(3000);
  });
  test("tekst en foutwaarden in een mijlpaalcel worden gemeld met rij en kolom", () => {
    const meldingen = register.problemen.filter((p) => p.code === "GEEN_DATUM" || p.code === "FOUTWAARDE");
    expect(meldingen.length).toBeGreaterThan(100);
    expect(meldingen.every((p) => typeof p.rij === "number" && typeof p.kolom === "string")).toBe(true);
    expect(meldingen.some((p) => /de tekst in de cel is geen datum, dus de stap telt als niet gedaan/i.test(p.melding))).toBe(true);
    expect(meldingen.some((p) => /foutwaarde #N\/B/.test(p.melding))).toBe(true);
  });
  test("elke status komt voor (de vergelijking is niet leeg)", () => {
    const gezien = new Set(evaluaties.flatMap((e) => MIJLPAAL_CODES.map((c) => e.tijdlijn.mijlpalen[c].status)));
    for (const s of ["gedaan", "te-laat-gedaan", "te-laat", "binnenkort", "gepland", "nvt"]) expect(gezien).toContain(s);
  });
});

describe("plan", () => {
  const t = berekenTijdlijn({ eersteZiektedag: d("2026-10-01"), gedaan: { PA: null, PVA: null } }, d("2026-11-25"));
  const items = [
    { dossier: dossier(5, { PA: 6, PVA: 7 }), tijdlijn: t.ok ? t.tijdlijn : null },
    { dossier: dossier(7, { PA: 6, PVA: 7 }), tijdlijn: null },
  ];
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 8 }, items, { index: 2, datumsysteem: "1904", horizonDagen: 10 });
  test("verborgen blad en naam dragen het voorvoegsel", () => {
    expect(plan.verborgenBlad).toBe("PW_T_2");
    // mijlpaalkolommen F en G, daarna de hulpkolom met de eerste ziektedag (H)
    expect(plan.naamVerwijzing).toBe("='PW_T_2'!$A$1:$H$8");
    expect(isEigenNaam(plan.naam)).toBe(true);
    expect(isEigenNaam("Verzuim")).toBe(false);
    expect(isEigenNaam(LEGENDA_BLAD)).toBe(true);
    expect(plan.legenda?.regels.map((r) => r.uitleg).join(" ")).toMatch(/Binnenkort: de termijn verloopt binnen 10 dagen/);
  });
  test("waarden staan op dezelfde rijen als het register, in het datumsysteem van de werkmap", () => {
    expect(plan.kolommen.map((k) => k.kolom)).toEqual([6, 7, 8]);
    expect(plan.kolommen[2].waarden).toEqual([naarExcelSerienummer(d("2026-10-01"), "1904"), "", "", ""]);
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
