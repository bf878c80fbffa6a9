/** Het gegenereerde voorbeeldregister (assets/) lezen zoals de scanner: elke fase komt voor op 25-11-2026. */
import path from "node:path";
import ExcelJS from "exceljs";
import { leesRegister, type Cel, type Register } from "../../src/core/register";
import { evalueerDossier } from "../../src/core/pipeline";
import { berekenTijdlijn, type Tijdlijn } from "../../src/core/tijdlijn";
import { formatISO } from "../../src/core/dagen";
import { d } from "../helpers";

let register: Register;
const tijdlijnen = new Map<string, Tijdlijn>();

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "../../assets/voorbeeld-verzuimregister.xlsx"));
  const ws = wb.getWorksheet("Verzuim")!;
  const waarden: Cel[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const rij: Cel[] = [];
    for (let c = 1; c <= ws.columnCount; c++) rij.push(ws.getCell(r, c).value as Cel);
    waarden.push(rij);
  }
  register = leesRegister(waarden, { blad: "Verzuim", tabel: "Verzuim" })!;
  for (const x of register.dossiers) {
    const t = berekenTijdlijn(x.invoer, d("2026-11-25"));
    if (t.ok) tijdlijnen.set(`${x.werknemer}@${x.rijen[x.rijen.length - 1]}`, t.tijdlijn);
  }
});
const van = (naam: string) => [...tijdlijnen.entries()].filter(([k]) => k.startsWith(naam + "@")).map(([, t]) => t);

test("kopregel onder titel en lege regel; de problemen staan op hun rij", () => {
  expect(register.koprij).toBe(3);
  expect(register.ontbrekend).toEqual([]);
  expect(register.problemen.map((p) => [p.code, p.kolom])).toEqual([
    ["ONMOGELIJKE_DATUM", "Hersteldatum"],
    ["FOUTWAARDE", "Probleemanalyse"],
    ["HERSTEL_VOOR_ZIEKTE", "Hersteldatum"],
    ["DUBBELE_RIJ", "Eerste ziektedag"],
  ]);
});

test.each([
  ["Fatima El Amrani", "PA", "te-laat"],
  ["Daan Jansen", "PVA", "binnenkort"],
  ["Lotte Visser", "UWV42", "te-laat"],
  ["Mohammed Yilmaz", "UWV42", "binnenkort"],
  ["Eva Smit", "SPOOR2", "te-laat"],
  ["Bram Mulder", "SPOOR2", "gedaan"],
  ["Noor Hendriks", "WIA", "binnenkort"],
  ["Kees van Dijk", "WIA", "te-laat"],
  ["Emma Peters", "UWV42", "nvt"],
  ["Milan Kok", "PVA", "gedaan"],
  ["Willem de Jong", "UWV42", "nvt"],
  ["Willem de Jong", "PA", "gepland"],
  ["Naomi Verbeek", "PA", "gedaan"],
  ["Peter Smits", "UWV42", "nvt"],
  ["Peter Smits", "EVAL", "te-laat"],
] as const)("%s: %s is %s", (naam, code, status) => {
  const [t] = van(naam);
  expect(t.mijlpalen[code].status).toBe(status);
});

test("samengesteld verzuim, twee aparte dossiers, verlenging en loonsanctie", () => {
  expect(van("Iris Koster").map((t) => t.samengeteldeDagen)).toEqual([21]);
  expect(van("Jesse Willems")).toHaveLength(2);
  expect(van("Anouk Bos")[0].verlengingDagen).toBe(182);
  expect(van("Ruben de Graaf")[0].loonsanctieDagen).toBeGreaterThan(0);
});

test("AOW, WAZO en uit dienst in het voorbeeld", () => {
  expect(formatISO(van("Willem de Jong")[0].laatsteDagLoondoorbetaling)).toBe("2026-12-13");
  expect(van("Naomi Verbeek")).toHaveLength(1);
  expect(van("Naomi Verbeek")[0].aantalPerioden).toBe(2);
  expect(van("Peter Smits")[0].mijlpalen.UWV42.reden).toMatch(/^Uit dienst per 01-12-2026: meld het einde/);
});

test("niet herstelbaar: tekortkoming zonder loonsanctierisico (UWV-toets stap 4)", () => {
  const ingrid = register.dossiers.find((x) => x.werknemer === "Ingrid Kramer")!;
  const r = evalueerDossier(ingrid, d("2026-11-25"));
  if (!r.ok) throw new Error("verwacht een evaluatie");
  expect(r.evaluatie.beoordeling.loonsanctie.risico).toBe("laag");
  expect(r.evaluatie.beoordeling.riv.oordeel).toMatch(/^Tekortkoming, maar niet herstelbaar/);
  expect(r.evaluatie.beoordeling.bevindingen.map((b) => b.code)).toContain("NIET_HERSTELBAAR");
});
