// Ontwikkelhulp: maak een afbeelding van een gemarkeerde kopie, om met eigen ogen te zien wat een
// gebruiker ziet. Zet een tijdelijke kopie op één pagina breed (liggend) — de kopie zelf blijft zoals
// de scanner hem schreef — en laat LibreOffice (dat de voorwaardelijke opmaak met VANDAAG() en de
// naam PW_T_1 zelf uitrekent) er een PDF van maken; pdftoppm maakt er PNG's van.
//   node scripts/render-markering.mjs uitvoer/voorbeeld-verzuimregister.xlsx test-output/markering
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const [invoer, uitMap = "test-output/markering", maxKolom] = process.argv.slice(2);
if (!invoer) {
  console.error("gebruik: node scripts/render-markering.mjs <gemarkeerde kopie.xlsx> [uitvoermap] [laatste zichtbare kolom, bv. 16]");
  process.exit(2);
}
const tmp = mkdtempSync(path.join(tmpdir(), "pw-render-"));
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(invoer);
for (const ws of wb.worksheets) {
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  // Alleen in deze tijdelijke kopie: kolommen na maxKolom verbergen, zodat de rest leesbaar blijft.
  if (maxKolom && ws.state === "visible") for (let c = Number(maxKolom) + 1; c <= ws.columnCount; c++) ws.getColumn(c).hidden = true;
}
const kopie = path.join(tmp, path.basename(invoer));
await wb.xlsx.writeFile(kopie);
execFileSync("libreoffice", ["--headless", "--convert-to", "pdf", "--outdir", tmp, kopie], { stdio: "ignore", timeout: 120000 });
mkdirSync(uitMap, { recursive: true });
const pdf = kopie.replace(/\.xlsx$/, ".pdf");
execFileSync("pdftoppm", ["-png", "-r", process.env.PW_DPI ?? "110", pdf, path.join(uitMap, "pagina")]);
console.log(readdirSync(uitMap).filter((f) => f.endsWith(".png")).map((f) => path.join(uitMap, f)).join("\n"));
