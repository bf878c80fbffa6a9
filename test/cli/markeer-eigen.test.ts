/**
 * Alleen wat van ons is, wordt vervangen (issue 10): een blad `PW_T_1`, een naam `PW_T_3` of een blad
 * "Poortwachter legenda" van de gebruiker blijft in de gekleurde kopie staan zoals het was; onze eigen
 * bladen en namen krijgen dan een vrij nummer. Dezelfde regel als de Office-adapter (test/office/werkmap.test.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { LEGENDA_BLAD, MARKERING_KENMERK } from "../../src/core/markering";
import { SOFFICE, sofficeOmzetten } from "./generatoren/werkmappen";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const stil = { out: () => undefined, err: () => undefined, isTTY: false };

let map: string;
let invoer: string;

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-eigen-"));
  invoer = path.join(map, "klant.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({
    name: "Verzuim",
    ref: "A1",
    headerRow: true,
    columns: ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak"].map((name) => ({ name })),
    rows: [
      ["Anna", utc("2026-10-01"), null, null],
      ["Bram", utc("2025-12-01"), utc("2026-01-05"), utc("2026-01-15")],
    ],
  });
  for (let c = 2; c <= 4; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  // Een regel van de gebruiker die toevallig INDEX(PW_T_3,…) gebruikt, met zijn eigen naam PW_T_3.
  ws.addConditionalFormatting({ ref: "A2:A3", rules: [{ type: "expression", priority: 1, formulae: ["INDEX(PW_T_3,1,1)=42"], style: { font: { bold: true } } }] });
  const notities = wb.addWorksheet("PW_T_1");
  notities.getCell("A1").value = "Mijn notities";
  notities.getCell("B2").value = 42;
  const legenda = wb.addWorksheet(LEGENDA_BLAD);
  legenda.getCell("A1").value = "Eigen uitleg van de gebruiker";
  wb.definedNames.add("'PW_T_1'!$B$2", "PW_T_3");
  await wb.xlsx.writeFile(invoer);
});

/** Een werkmap met één klein register op het blad Verzuim (Anna, eerste ziektedag 01-10-2026). */
function kleinRegister(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addRow(["Werknemer", "Eerste ziektedag", "Probleemanalyse"]);
  ws.addRow(["Anna", utc("2026-10-01"), null]);
  return { wb, ws };
}

async function markeer(bestand: string, uit: string): Promise<string> {
  const code = await main(["scan", bestand, "--peildatum", "2026-11-25", "--markeer", uit, "--stil"], stil);
  expect(code).toBe(0);
  return path.join(uit, path.basename(bestand));
}

describe("een blad en een naam van de gebruiker met het voorvoegsel van de invoegtoepassing", () => {
  let kopie: string;
  let zip: JSZip;
  let werkmap: string;
  beforeAll(async () => {
    kopie = await markeer(invoer, path.join(map, "uit"));
    zip = await JSZip.loadAsync(readFileSync(kopie));
    werkmap = await zip.file("xl/workbook.xml")!.async("string");
  });

  test("de bladen van de gebruiker blijven, zichtbaar en met hun inhoud; ons termijnblad krijgt een vrij nummer", async () => {
    const bladen = [...werkmap.matchAll(/<sheet [^>]*\/>/g)].map((m) => [/name="([^"]+)"/.exec(m[0])![1], /state="(\w+)"/.exec(m[0])?.[1] ?? "visible"]);
    expect(bladen).toEqual([
      ["Verzuim", "visible"],
      ["PW_T_1", "visible"],
      [LEGENDA_BLAD, "visible"],
      ["PW_T_2", "veryHidden"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(kopie) as unknown as ArrayBuffer);
    expect([wb.getWorksheet("PW_T_1")!.getCell("A1").value, wb.getWorksheet("PW_T_1")!.getCell("B2").value]).toEqual(["Mijn notities", 42]);
    expect(wb.getWorksheet(LEGENDA_BLAD)!.getCell("A1").value).toBe("Eigen uitleg van de gebruiker");
  });

  test("de naam van de gebruiker blijft; onze naam en regels gebruiken het vrije nummer; zijn regel blijft", async () => {
    const namen = [...werkmap.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
    expect(namen).toEqual(expect.arrayContaining([["PW_T_3", "'PW_T_1'!$B$2"], ["PW_T_2", expect.stringMatching(/^'?PW_T_2'?!\$A\$2:/)]]));
    expect(namen.map((n) => n[0])).not.toContain("PW_T_1");
    const blad = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(blad).toContain("INDEX(PW_T_3,1,1)=42");
    expect(blad).toMatch(/INDEX\(PW_T_2,MATCH\([^<]*INDEX\(PW_T_2,0,1\),0\),\d+\)/);
    expect(blad).not.toMatch(/INDEX\(PW_T_1,/);
  });

  test("nog eens markeren geeft precies hetzelfde bestand", async () => {
    const tweede = await markeer(kopie, path.join(map, "uit2"));
    expect(readFileSync(tweede).equals(readFileSync(kopie))).toBe(true);
  });
});

describe("onze eigen legenda wordt herkend, ook als Excel de titel als gedeelde tekst bewaarde", () => {
  test("nog eens markeren vervangt de legenda (geen tweede legenda, geen legenda overgeslagen)", async () => {
    const schoon = path.join(map, "schoon.xlsx");
    const { wb, ws } = kleinRegister();
    ws.getCell("A1").value = "Werknemer"; // gedeelde teksten bestaan dan al
    await wb.xlsx.writeFile(schoon);
    const kopie = await markeer(schoon, path.join(map, "uit-legenda"));
    const zip = await JSZip.loadAsync(readFileSync(kopie));
    const werkmap = await zip.file("xl/workbook.xml")!.async("string");
    const rel = /<sheet [^>]*name="Poortwachter legenda"[^>]*r:id="(\w+)"/.exec(werkmap)![1];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const doel = new RegExp(`Id="${rel}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rel}"`).exec(rels)!;
    const legendaPad = "xl/" + (doel[1] ?? doel[2]).replace(/^\/?xl\//, "");
    // Zoals Excel bewaart: de titel als gedeelde tekst in plaats van inline.
    const blad = await zip.file(legendaPad)!.async("string");
    const gedeeld = await zip.file("xl/sharedStrings.xml")!.async("string");
    const n = (gedeeld.match(/<si>/g) ?? []).length;
    const titel = /<c r="A1" t="inlineStr"><is><t[^>]*>([^<]*)<\/t><\/is><\/c>/.exec(blad)!;
    zip.file(legendaPad, blad.replace(titel[0], `<c r="A1" t="s"><v>${n}</v></c>`));
    zip.file("xl/sharedStrings.xml", gedeeld.replace(/<\/sst>$/, `<si><t>${titel[1]}</t></si></sst>`).replace(/uniqueCount="\d+"/, `uniqueCount="${n + 1}"`).replace(/ count="\d+"/, ` count="${n + 1}"`));
    const alsExcel = path.join(map, "als-excel.xlsx");
    writeFileSync(alsExcel, await zip.generateAsync({ type: "nodebuffer" }));
    const opnieuw = await markeer(alsExcel, path.join(map, "uit-legenda2"));
    const nieuw = await JSZip.loadAsync(readFileSync(opnieuw));
    const bladen = [...(await nieuw.file("xl/workbook.xml")!.async("string")).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(bladen).toEqual(["Verzuim", LEGENDA_BLAD, "PW_T_1"]);
    expect(await nieuw.file(legendaPad)!.async("string")).toContain('<c r="A1" t="inlineStr">');
  });
});

/** Bladnamen met hun staat, namen met hun bereik (en localSheetId) en de formules van de opmaakregels op blad 1. */
async function inhoud(bestand: string) {
  const zip = await JSZip.loadAsync(readFileSync(bestand));
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const blad1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return {
    bladen: [...wb.matchAll(/<sheet [^>]*\/>/g)].map((m) => [/name="([^"]+)"/.exec(m[0])![1], /state="(\w+)"/.exec(m[0])?.[1] ?? "visible"]),
    namen: [...wb.matchAll(/<definedName ([^>]*)>([^<]*)</g)].map((m) => [/name="([^"]+)"/.exec(m[1])![1], /localSheetId="(\d+)"/.exec(m[1])?.[1] ?? null, m[2].replace(/&apos;/g, "'")]),
    regels: [...blad1.matchAll(/<formula>([^<]*)<\/formula>/g)].map((m) => m[1].replace(/&quot;/g, '"')),
    zip,
  };
}

describe("een naam op bladniveau (PW_T_1 op het registerblad) gaat vóór een werkmapnaam", () => {
  test("het nummer is bezet: ons blad en onze naam krijgen PW_T_2; de regel en de naam van de gebruiker blijven", async () => {
    const bestand = path.join(map, "lokaal.xlsx");
    const { wb, ws } = kleinRegister();
    ws.addConditionalFormatting({ ref: "A2:A3", rules: [{ type: "expression", priority: 1, formulae: ["INDEX(PW_T_1,1,1)=1"], style: { font: { bold: true } } }] });
    wb.addWorksheet("Data").getCell("B2").value = 1;
    await wb.xlsx.writeFile(bestand);
    // exceljs schrijft geen namen op bladniveau: zet er een in zoals Excel hem schrijft.
    const zip = await JSZip.loadAsync(readFileSync(bestand));
    const x = await zip.file("xl/workbook.xml")!.async("string");
    const naam = '<definedName name="PW_T_1" localSheetId="0">Data!$B$2</definedName>';
    zip.file("xl/workbook.xml", /<definedNames>/.test(x) ? x.replace("<definedNames>", `<definedNames>${naam}`) : x.replace("</sheets>", `</sheets><definedNames>${naam}</definedNames>`));
    writeFileSync(bestand, await zip.generateAsync({ type: "nodebuffer" }));

    const kopie = await markeer(bestand, path.join(map, "uit-lokaal"));
    const k = await inhoud(kopie);
    expect(k.namen).toEqual(expect.arrayContaining([["PW_T_1", "0", "Data!$B$2"], ["PW_T_2", null, expect.stringMatching(/^'?PW_T_2'?!/)]]));
    expect(k.bladen.map((b) => b[0])).toEqual(["Verzuim", "Data", LEGENDA_BLAD, "PW_T_2"]);
    expect(k.regels).toContain("INDEX(PW_T_1,1,1)=1");
    expect(k.regels.filter((r) => r.includes("INDEX(PW_T_2,")).length).toBeGreaterThan(0);
    expect(k.regels.filter((r) => /INDEX\(PW_T_1,ROW/.test(r))).toEqual([]);
  });
});

describe("het termijnblad draagt het kenmerk in A1 en blijft van ons als een ander programma het 'verborgen' maakt", () => {
  const kopieMet = async (naam: string) => {
    const bestand = path.join(map, `${naam}.xlsx`);
    const { wb } = kleinRegister();
    await wb.xlsx.writeFile(bestand);
    return markeer(bestand, path.join(map, `uit-${naam}`));
  };

  test("state=hidden (zoals LibreOffice veryHidden bewaart): nog eens markeren geeft één termijnblad, weer zeer verborgen, zonder oude regels", async () => {
    const kopie = await kopieMet("verborgen");
    const eerst = await inhoud(kopie);
    const a1 = await eerst.zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(a1).toContain(`<c r="A1" t="inlineStr"><is><t>${MARKERING_KENMERK}</t></is></c>`);
    const wbXml = await eerst.zip.file("xl/workbook.xml")!.async("string");
    eerst.zip.file("xl/workbook.xml", wbXml.replace('state="veryHidden"', 'state="hidden"'));
    const verborgen = path.join(map, "als-libreoffice.xlsx");
    writeFileSync(verborgen, await eerst.zip.generateAsync({ type: "nodebuffer" }));
    const opnieuw = await inhoud(await markeer(verborgen, path.join(map, "uit-verborgen2")));
    expect(opnieuw.bladen).toEqual([["Verzuim", "visible"], [LEGENDA_BLAD, "visible"], ["PW_T_1", "veryHidden"]]);
    expect(opnieuw.regels).toEqual(eerst.regels);
  });

  (SOFFICE ? test : test.skip)("echt opgeslagen in LibreOffice en opnieuw gemarkeerd: één termijnblad, één legenda, dezelfde regels", async () => {
    const kopie = await kopieMet("lo");
    const eerst = await inhoud(kopie);
    const lo = path.join(map, "lo-opgeslagen");
    sofficeOmzetten([kopie], "xlsx", lo);
    const opnieuw = await inhoud(await markeer(path.join(lo, path.basename(kopie)), path.join(map, "uit-lo2")));
    expect(opnieuw.bladen.map((b) => b[0]).sort()).toEqual(["PW_T_1", LEGENDA_BLAD, "Verzuim"].sort());
    expect(opnieuw.bladen.find((b) => b[0] === "PW_T_1")![1]).toBe("veryHidden");
    expect(opnieuw.namen.filter((n) => String(n[0]).startsWith("PW_T_")).map((n) => n[0])).toEqual(["PW_T_1"]);
    expect(opnieuw.regels.filter((r) => r.includes("INDEX(PW_T_")).length).toBe(eerst.regels.filter((r) => r.includes("INDEX(PW_T_")).length);
  }, 180_000);
});

describe("een zichtbaar blad van de gebruiker dat PW_T_1 heet, wordt gewoon gelezen", () => {
  test("scan --json vindt het register erop", async () => {
    const bestand = path.join(map, "register-op-pw.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("PW_T_1");
    ws.addRow(["Werknemer", "Eerste ziektedag"]);
    ws.addRow(["Anna", utc("2026-10-01")]);
    await wb.xlsx.writeFile(bestand);
    let out = "";
    await main(["scan", bestand, "--json", "--peildatum", "2026-11-25"], { ...stil, out: (s) => void (out += s) });
    const j = JSON.parse(out) as { bestanden: { blad: string; dossiers: unknown[] }[] };
    expect(j.bestanden.map((b) => [b.blad, b.dossiers.length])).toEqual([["PW_T_1", 1]]);
  });
});
