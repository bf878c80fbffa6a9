// Genereert assets/verzuimregister-sjabloon.xlsx (leeg sjabloon met uitleg) en
// assets/voorbeeld-verzuimregister.xlsx (voorbeeld met ~25 verzonnen werknemers) uit fixtures/voorbeeld.mjs.
// De kolomkoppen komen uit de registerlezer zelf (TEMPLATE_KOLOMMEN), dus eerst compileren:
//   npx tsc -p tsconfig.node.json && node scripts/maak-voorbeelden.mjs
// Deterministisch: vaste documentdatums; daarna leest het script beide bestanden terug en controleert
// het met de lezer dat het sjabloon herkend wordt en het voorbeeld de bedoelde problemen geeft.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import ExcelJS from "exceljs";
import { RIJEN, TABEL, TITEL, VANDAAG } from "../fixtures/voorbeeld.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const { TEMPLATE_KOLOMMEN, leesRegister, synoniemenVan, VELD_SOORT } = require(path.join(root, "lib/src/core/register/index.js"));

const VAST = new Date(Date.UTC(2026, 10, 25, 9, 0, 0));
const DATUMNOTATIE = "dd-mm-yyyy";
const KOPRIJ = 3;

function werkmap() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Poortwachter voor Excel";
  wb.lastModifiedBy = "Poortwachter voor Excel";
  wb.created = VAST;
  wb.modified = VAST;
  return wb;
}

function utc(iso) {
  const [j, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(j, m - 1, d));
}

function celWaarde(veld, w) {
  if (w === undefined || w === null) return null;
  if (typeof w === "object" && "tekst" in w) return w.tekst;
  if (typeof w === "string" && /^\d{4}-\d{2}-\d{2}$/.test(w)) return utc(w);
  return w;
}

function registerBlad(wb, naam, titel, rijen, extraKolommen) {
  const ws = wb.addWorksheet(naam, { views: [{ state: "frozen", ySplit: KOPRIJ, xSplit: 1 }] });
  ws.getCell("A1").value = titel;
  ws.getCell("A1").font = { bold: true, size: 14 };
  const kolommen = [...TEMPLATE_KOLOMMEN.map((k) => ({ name: k.kop, filterButton: true })), ...extraKolommen.map((k) => ({ name: k, filterButton: true }))];
  ws.addTable({
    name: TABEL,
    ref: `A${KOPRIJ}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: kolommen,
    rows: rijen.length ? rijen : [kolommen.map(() => null)],
  });
  TEMPLATE_KOLOMMEN.forEach((k, i) => {
    const kol = ws.getColumn(i + 1);
    const soort = VELD_SOORT[k.veld];
    kol.width = Math.max(12, Math.min(30, k.kop.length + 4));
    if (soort === "datum") kol.numFmt = DATUMNOTATIE;
  });
  ws.getColumn(1).width = 22;
  extraKolommen.forEach((_, j) => (ws.getColumn(TEMPLATE_KOLOMMEN.length + 1 + j).width = 60));
  // Datumcellen in de tabel krijgen de notatie ook per cel (kolomnotatie geldt niet voor bestaande cellen).
  for (let r = KOPRIJ + 1; r <= KOPRIJ + Math.max(1, rijen.length); r++) {
    TEMPLATE_KOLOMMEN.forEach((k, i) => {
      if (VELD_SOORT[k.veld] === "datum") ws.getCell(r, i + 1).numFmt = DATUMNOTATIE;
    });
  }
  return ws;
}

const SOORT_TEKST = {
  tekst: "tekst",
  datum: "datum (dd-mm-jjjj)",
  datums: "één of meer datums, gescheiden door ; of , of een nieuwe regel",
  janee: "ja/nee (ja, nee, x, 1, 0 of een datum)",
  datumOfJanee: "datum of ja/nee",
  weken: "heel aantal weken",
  uitzondering: "tekst: perspectief op terugkeer, marginale mogelijkheden of AOW",
};

async function maakSjabloon(bestand) {
  const wb = werkmap();
  registerBlad(wb, "Register", "Verzuimregister", [], []);
  const uitleg = wb.addWorksheet("Uitleg");
  uitleg.columns = [
    { header: "Kolom", key: "kop", width: 32 },
    { header: "Verplicht", key: "verplicht", width: 12 },
    { header: "Wat vult u in", key: "soort", width: 48 },
    { header: "Ook herkend als kop", key: "synoniemen", width: 90 },
  ];
  uitleg.getRow(1).font = { bold: true };
  for (const k of TEMPLATE_KOLOMMEN) {
    const verplicht = k.veld === "eersteZiektedag" ? "ja" : k.veld === "werknemer" || k.veld === "personeelsnummer" ? "ja (één van beide)" : "nee";
    uitleg.addRow({ kop: k.kop, verplicht, soort: SOORT_TEKST[VELD_SOORT[k.veld]], synoniemen: synoniemenVan(k.veld).join(", ") });
  }
  uitleg.addRow({});
  for (const regel of [
    "Eén rij per ziekteperiode. Een nieuwe ziekmelding van dezelfde werknemer is een nieuwe rij; perioden met minder dan vier weken herstel ertussen worden samengeteld (BW 7:629 lid 10).",
    "Hersteldatum = de eerste dag dat de werknemer volledig hersteld is. Laat leeg zolang de werknemer ziek is.",
    "Mijlpaalkolommen: vul de datum in waarop de stap gedaan is. Leeg = nog niet gedaan.",
    "Ontbreekt een kolom, dan zegt Poortwachter bij de controles die ervan afhangen 'onbekend'.",
    "Privacy (AVG): leg GEEN diagnose, klachten of oorzaak van het verzuim vast, ook niet met toestemming. Kolommen als 'Diagnose' of 'Reden verzuim' worden gemeld en niet gelezen.",
  ]) {
    uitleg.addRow({ kop: regel });
  }
  await wb.xlsx.writeFile(bestand);
}

async function maakVoorbeeld(bestand) {
  const wb = werkmap();
  // Verzonnen afdelingen, zodat de verzuimcijfers per afdeling iets laten zien (poortwachter statistiek).
  const afdelingen = ["Bakkerij", "Winkel", "Bezorging"];
  const rijen = RIJEN.map((r, i) => [...TEMPLATE_KOLOMMEN.map((k) => celWaarde(k.veld, k.veld === "afdeling" ? (r.afdeling ?? afdelingen[i % 3]) : r[k.veld])), r.situatie]);
  registerBlad(wb, "Verzuim", `${TITEL} — stand ${VANDAAG.split("-").reverse().join("-")}`, rijen, ["Opmerking"]);
  await wb.xlsx.writeFile(bestand);
}

/** Lees een blad terug zoals de scanner het doet: waarden als 2-D blok, exceljs-datums als UTC. */
async function leesTerug(bestand) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  const ws = wb.worksheets[0];
  const waarden = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const rij = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getCell(r, c).value;
      rij.push(v && typeof v === "object" && !(v instanceof Date) ? (v.result ?? v.text ?? null) : v);
    }
    waarden.push(rij);
  }
  return leesRegister(waarden, { blad: ws.name, jsDatumUtc: true });
}

const sjabloon = path.join(root, "assets", "verzuimregister-sjabloon.xlsx");
const voorbeeld = path.join(root, "assets", "voorbeeld-verzuimregister.xlsx");
await maakSjabloon(sjabloon);
await maakVoorbeeld(voorbeeld);

const s = await leesTerug(sjabloon);
if (!s || s.koprij !== KOPRIJ || s.ontbrekend.length !== 0 || s.dossiers.length !== 0) throw new Error("sjabloon wordt niet goed herkend");
const v = await leesTerug(voorbeeld);
if (!v || v.koprij !== KOPRIJ) throw new Error("voorbeeld wordt niet herkend");
const codes = v.problemen.map((p) => p.code).sort();
const verwacht = ["DUBBELE_RIJ", "FOUTWAARDE", "HERSTEL_VOOR_ZIEKTE", "ONMOGELIJKE_DATUM"];
if (JSON.stringify(codes) !== JSON.stringify(verwacht)) throw new Error(`voorbeeld geeft problemen ${codes.join(", ")}, verwacht ${verwacht.join(", ")}`);
console.log(`sjabloon: ${path.relative(root, sjabloon)} (${TEMPLATE_KOLOMMEN.length} kolommen)`);
console.log(`voorbeeld: ${path.relative(root, voorbeeld)} (${RIJEN.length} rijen, ${v.dossiers.length} dossiers, ${v.problemen.length} problemen)`);
