/**
 * Een verzuimregister als .xlsx van willekeurige grootte, zonder bibliotheek: de kolommen van het sjabloon (TEMPLATE_KOLOMMEN, nu 42),
 * gedeelde teksten zoals Excel ze schrijft, datums als serienummers met een datumnotatie. Het werkblad
 * wordt in stukken gemaakt en gecomprimeerd, zodat ook 500.000 rijen passen.
 */
import { dagVan, naarExcelSerienummer } from "../../src/core/dagen";
import { TEMPLATE_KOLOMMEN } from "../../src/core/register";
import { rng } from "./rng";
import { maakZip } from "./zip-schrijven";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function kolomLetter(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rijen met waarden per kolom (index in TEMPLATE_KOLOMMEN): getal = datum, tekst = tekst. */
function* registerRijen(n: number, teksten: Map<string, number>): Generator<string> {
  const r = rng(11);
  const kol = new Map(TEMPLATE_KOLOMMEN.map((k, i) => [k.veld, i + 1]));
  const start = dagVan(2022, 1, 1);
  const sst = (s: string) => {
    let i = teksten.get(s);
    if (i === undefined) teksten.set(s, (i = teksten.size));
    return i;
  };
  yield `<row r="1"><c r="A1" t="s"><v>${sst("Verzuimregister")}</v></c></row>`;
  yield `<row r="3">${TEMPLATE_KOLOMMEN.map((k, i) => `<c r="${kolomLetter(i + 1)}3" t="s"><v>${sst(k.kop)}</v></c>`).join("")}</row>`;
  for (let i = 0; i < n; i++) {
    const rij = 4 + i;
    const cellen: [number, string][] = [];
    const datum = (veld: string, d: number) => cellen.push([kol.get(veld as never)!, `s="1"><v>${naarExcelSerienummer(d)}</v>`]);
    const nummer = Math.floor(r() * n * 0.8);
    const D = start + Math.floor(r() * 1780);
    cellen.push([1, `t="s"><v>${sst(`Werknemer ${nummer}`)}</v>`]);
    cellen.push([2, `><v>${nummer}</v>`]);
    datum("eersteZiektedag", D);
    if (r() < 0.3) datum("hersteldatum", D + 1 + Math.floor(r() * 600));
    if (r() < 0.9) datum("arbo", D + Math.floor(r() * 10));
    if (r() < 0.8) datum("pa", D + 20 + Math.floor(r() * 30));
    if (r() < 0.7) datum("pva", D + 50 + Math.floor(r() * 21));
    if (r() < 0.5) datum("laatsteEvaluatie", D + 80 + Math.floor(r() * 200));
    if (r() < 0.5) datum("uwv42", D + 280 + Math.floor(r() * 30));
    if (r() < 0.4) datum("eje", D + 310 + Math.floor(r() * 60));
    if (r() < 0.2) datum("startSpoor2", D + 380 + Math.floor(r() * 60));
    if (r() < 0.1) cellen.push([kol.get("persoonsprofiel")!, `t="s"><v>${sst(r() < 0.5 ? "ja" : "nee")}</v>`]);
    if (r() < 0.05) cellen.push([kol.get("visieWerknemer")!, `t="s"><v>${sst("ja")}</v>`]);
    cellen.sort((a, b) => a[0] - b[0]);
    yield `<row r="${rij}">${cellen.map(([k, x]) => `<c r="${kolomLetter(k)}${rij}" ${x}</c>`).join("")}</row>`;
  }
}

/** Een .xlsx-register met `n` rijen (kop op rij 3, gegevens vanaf rij 4), als Buffer. */
export async function maakRegisterXlsx(n: number): Promise<Buffer> {
  const teksten = new Map<string, number>();
  const rijen = registerRijen(n, teksten);
  const blad = (function* () {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    yield* rijen;
    yield "</sheetData></worksheet>";
  })();
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return maakZip([
    {
      naam: "[Content_Types].xml",
      inhoud: `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    { naam: "_rels/.rels", inhoud: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      naam: "xl/workbook.xml",
      inhoud: `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="Verzuim" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      naam: "xl/_rels/workbook.xml.rels",
      inhoud: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      naam: "xl/styles.xml",
      inhoud: `${xml}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    },
    { naam: "xl/worksheets/sheet1.xml", inhoud: blad },
    {
      naam: "xl/sharedStrings.xml",
      // Een generator: pas na het werkblad uitgevoerd, dus als alle teksten bekend zijn.
      inhoud: (function* () {
        yield `${xml}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${teksten.size}" uniqueCount="${teksten.size}">`;
        for (const s of teksten.keys()) yield `<si><t>${esc(s)}</t></si>`;
        yield "</sst>";
      })(),
    },
  ]);
}
