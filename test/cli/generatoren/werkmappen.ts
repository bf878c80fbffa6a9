/**
 * Generatoren voor de leestests van de scanner: kleine, leesbare bronnen in plaats van ondoorzichtige
 * binaire bestanden. Elke test maakt zijn werkmappen zelf in een tijdelijke map:
 * - openpyxl (Python, `python3-openpyxl`): openpyxl_registers.py;
 * - LibreOffice (`soffice`, `libreoffice-calc-nogui`): een platte ODS (.fods) hieronder, omgezet naar
 *   .xlsx (LibreOffice schrijft `date1904="true"`), .ods en .xls;
 * - exceljs (in scanner.test.ts);
 * - met de hand (maakZip): zoals Google Sheets en Numbers schrijven — inline teksten, geen stijlen,
 *   absolute relatiedoelen, een voorvoegsel op de hoofdnaamruimte — en een .xlsm met vbaProject.bin.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { maakZip } from "../../../bench/hulp/zip-schrijven";
import { nodig } from "../../hulpmiddel";

/** Python met openpyxl en soffice (test/hulpmiddel.ts): lokaal null als ze ontbreken, onder CI=true verplicht. */
export const PYTHON = nodig("openpyxl");
export const SOFFICE = nodig("soffice");

export function openpyxlWerkmappen(map: string): void {
  const r = spawnSync(PYTHON!, [path.join(__dirname, "openpyxl_registers.py"), map], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Een platte ODS met een register; `nulDatum` 1904-01-01 maakt er na omzetten een 1904-werkmap van. */
export function fods(rijen: (string | { datum: string } | null)[][], nulDatum = "1899-12-30"): string {
  const cel = (w: string | { datum: string } | null) =>
    w === null
      ? "<table:table-cell/>"
      : typeof w === "string"
        ? `<table:table-cell office:value-type="string"><text:p>${esc(w)}</text:p></table:table-cell>`
        : `<table:table-cell office:value-type="date" office:date-value="${w.datum}" table:style-name="datum"><text:p>${w.datum}</text:p></table:table-cell>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="dmj"><number:day/><number:text>-</number:text><number:month/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="datum" style:family="table-cell" style:data-style-name="dmj"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:calculation-settings><table:null-date table:date-value="${nulDatum}"/></table:calculation-settings>
  <table:table table:name="Verzuim">
${rijen.map((r) => `   <table:table-row>${r.map(cel).join("")}</table:table-row>`).join("\n")}
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
`;
}

/** Zet bestanden om met LibreOffice (één aanroep per doelformaat; eigen profielmap, los van andere processen). */
export function sofficeOmzetten(bestanden: string[], formaat: string, uitMap: string): void {
  mkdirSync(uitMap, { recursive: true });
  const profiel = `file://${path.join(uitMap, ".lo-profiel")}`;
  const r = spawnSync(SOFFICE!, [`-env:UserInstallation=${profiel}`, "--headless", "--convert-to", formaat, "--outdir", uitMap, ...bestanden], {
    encoding: "utf8",
    timeout: 170_000,
  });
  for (const b of bestanden) {
    const doel = path.join(uitMap, path.basename(b).replace(/\.[^.]+$/, "." + formaat.split(":")[0]));
    if (!existsSync(doel)) throw new Error(`soffice maakte ${doel} niet: ${r.stderr} ${r.stdout}`);
  }
}

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface HandOpties {
  /** Voorvoegsel van de hoofdnaamruimte (`x:`), zoals de OpenXML SDK schrijft. */
  voorvoegsel?: string;
  date1904?: string;
  /** Werkbladcellen (sheetData-inhoud, zonder voorvoegsel: dat wordt ingevuld). */
  sheetData: string;
  sharedStrings?: string[];
  /** Extra onderdelen (bijv. xl/vbaProject.bin). */
  extra?: { naam: string; inhoud: string | Buffer }[];
  macro?: boolean;
  /** Tabel (ref) op het blad, met absoluut relatiedoel. */
  tabel?: { naam: string; ref: string; kolommen: string[] };
}

/** Een werkmap met de hand: alleen de onderdelen die een lezer nodig heeft, relatiedoelen absoluut. */
export async function handWerkmap(o: HandOpties): Promise<Buffer> {
  const p = o.voorvoegsel ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}` : "xmlns";
  const sheetData = o.sheetData.replace(/<(\/?)(row|c|v|is|t|f)\b/g, `<$1${p}$2`);
  const delen: { naam: string; inhoud: string | Buffer }[] = [
    {
      naam: "[Content_Types].xml",
      inhoud: `${XML}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.${o.macro ? "ms-excel.sheet.macroEnabled.main+xml" : "openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}"/></Types>`,
    },
    { naam: "_rels/.rels", inhoud: `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>` },
    {
      naam: "xl/workbook.xml",
      inhoud: `${XML}<${p}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}">${o.date1904 ? `<${p}workbookPr date1904="${o.date1904}"/>` : ""}<${p}sheets><${p}sheet name="Blad 1" sheetId="1" r:id="rId1"/><${p}sheet name="Grafiek" sheetId="2" r:id="rId9"/></${p}sheets></${p}workbook>`,
    },
    {
      naam: "xl/_rels/workbook.xml.rels",
      inhoud: `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/blad1.xml"/><Relationship Id="rId9" Type="${R}/chartsheet" Target="/xl/chartsheets/sheet1.xml"/>${o.sharedStrings ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="/xl/teksten.xml"/>` : ""}${o.macro ? `<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : ""}</Relationships>`,
    },
    {
      naam: "xl/worksheets/blad1.xml",
      inhoud: `${XML}<${p}worksheet ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><${p}sheetData>${sheetData}</${p}sheetData>${o.tabel ? `<${p}tableParts count="1"><${p}tablePart r:id="rT"/></${p}tableParts>` : ""}</${p}worksheet>`,
    },
    { naam: "xl/chartsheets/sheet1.xml", inhoud: `${XML}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>` },
  ];
  if (o.tabel) {
    delen.push({ naam: "xl/worksheets/_rels/blad1.xml.rels", inhoud: `${XML}<Relationships xmlns="${PR}"><Relationship Id="rT" Type="${R}/table" Target="/xl/tables/t1.xml"/></Relationships>` });
    delen.push({
      naam: "xl/tables/t1.xml",
      inhoud: `${XML}<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${o.tabel.naam}" displayName="${o.tabel.naam}" ref="${o.tabel.ref}"><tableColumns count="${o.tabel.kolommen.length}">${o.tabel.kolommen.map((k, i) => `<tableColumn id="${i + 1}" name="${esc(k)}"/>`).join("")}</tableColumns></table>`,
    });
  }
  if (o.sharedStrings) {
    delen.push({
      naam: "xl/teksten.xml",
      inhoud: `${XML}<${p}sst ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${o.sharedStrings.map((s) => (s.startsWith("<") ? `<${p}si>${s}</${p}si>` : `<${p}si><${p}t>${esc(s)}</${p}t></${p}si>`)).join("")}</${p}sst>`,
    });
  }
  delen.push(...(o.extra ?? []));
  return maakZip(delen);
}

export function schrijf(map: string, naam: string, inhoud: string | Buffer): string {
  const p = path.join(map, naam);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, inhoud);
  return p;
}

/**
 * Een werkmap met een live blad en een archiefblad, zoals kleine werkgevers die bijhouden: afgesloten
 * meldingen verplaatst naar "Archief 2025". Jan de Vries was ziek van 2-3-2026 tot 4-5-2026 (archief,
 * probleemanalyse nooit gedaan) en is weer ziek sinds 25-5-2026 (live blad): samen één dossier (gat 21 dagen,
 * BW 7:629 lid 10). Eva Kok staat op beide bladen met overlappende perioden.
 * `archiefNaam` voor een blad zonder archiefnaam; met exceljs (`maak` = "exceljs") of openpyxl.
 */
export const ARCHIEF_KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak"];
export const ARCHIEF_LIVE: (string | null)[][] = [
  ["Piet Bakker", "1002", "2026-05-01", null, "2026-06-01", null],
  ["Jan de Vries", "1001", "2026-05-25", null, null, null],
  ["Eva Kok", "1005", "2026-04-20", null, null, null],
];
export const ARCHIEF_OUD: (string | null)[][] = [
  ["Klaas Smit", "1003", "2025-09-01", "2025-10-01", "2025-09-20", null],
  ["Jan de Vries", "1001", "2026-03-02", "2026-05-04", null, null],
  ["Eva Kok", "1005", "2026-03-02", "2026-05-04", "2026-04-01", null],
];

export async function maakArchiefWerkmap(bestand: string, opties: { archiefNaam?: string; maak?: "exceljs" | "openpyxl" } = {}): Promise<void> {
  const naam = opties.archiefNaam ?? "Archief 2025";
  if (opties.maak === "openpyxl") {
    const script = `
import sys, json, datetime
from openpyxl import Workbook
koppen, live, oud, naam, uit = json.loads(sys.argv[1])
wb = Workbook()
def vul(ws, rijen):
    ws.append(koppen)
    for r in rijen:
        ws.append([datetime.date.fromisoformat(c) if c and len(c) == 10 and c[4] == "-" else c for c in r])
    for rij in ws.iter_rows(min_row=2, min_col=3):
        for c in rij:
            c.number_format = "DD-MM-YYYY"
ws = wb.active
ws.title = "Verzuim"
vul(ws, live)
vul(wb.create_sheet(naam), oud)
wb.save(uit)
`;
    const r = spawnSync(PYTHON!, ["-c", script, JSON.stringify([ARCHIEF_KOPPEN, ARCHIEF_LIVE, ARCHIEF_OUD, naam, bestand])], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
    return;
  }
  const wb = new ExcelJS.Workbook();
  const vul = (ws: ExcelJS.Worksheet, rijen: (string | null)[][]) => {
    ws.addRow(ARCHIEF_KOPPEN);
    for (const r of rijen) ws.addRow(r.map((c) => (c !== null && /^\d{4}-\d\d-\d\d$/.test(c) ? new Date(`${c}T00:00:00Z`) : c)));
    for (let c = 3; c <= ARCHIEF_KOPPEN.length; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  };
  vul(wb.addWorksheet("Verzuim"), ARCHIEF_LIVE);
  vul(wb.addWorksheet(naam), ARCHIEF_OUD);
  await wb.xlsx.writeFile(bestand);
}
