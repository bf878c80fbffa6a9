/**
 * De ene pakketlaag (src/cli/pakket/) onder lezer, gekleurde kopie en deelkopie: werkmappen die de lezer
 * accepteert, geven bij --markeer een kopie of een Nederlandse reden met exitcode 5 (nooit "onverwachte fout");
 * prioriteiten blijven geldig; een vergrendelde structuur krijgt geen bladen erbij; een kapotte koppeling telt
 * als onleesbaar; de deelkopie houdt het gevoeligheidslabel en laat met --werknemer niemand anders zien.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { Pakket } from "../../src/cli/pakket/opc";
import { handWerkmap } from "./generatoren/werkmappen";

jest.setTimeout(120_000);

const KOP = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Probleemanalyse", "Telefoon", "Opmerkingen"];
const t = (adres: string, s: string) => `<c r="${adres}" t="inlineStr"><is><t>${s}</t></is></c>`;
const kopRij = () => `<row r="1">${KOP.map((k, i) => t(`${"ABCDEF"[i]}1`, k)).join("")}</row>`;
const persoon = (r: number, naam: string, nr: string, tel: string, notitie: string) =>
  `<row r="${r}">${t(`A${r}`, naam)}${t(`B${r}`, nr)}<c r="C${r}"><v>46296</v></c><c r="D${r}"><v>46331</v></c>${t(`E${r}`, tel)}${t(`F${r}`, notitie)}</row>`;
const MENSEN = kopRij() + persoon(2, "Anna Jansen", "1001", "06-11112222", "Geheime notitie Anna") + persoon(3, "Bram de Vries", "1002", "06-33334444", "Geheime notitie Bram");

let map: string;
beforeAll(() => {
  map = mkdtempSync(path.join(tmpdir(), "pw-pakketlaag-"));
});

async function werkmap(naam: string, bewerk: Record<string, (x: string) => string> = {}, extra: { naam: string; inhoud: string }[] = []): Promise<string> {
  const zip = await JSZip.loadAsync(await handWerkmap({ sheetData: MENSEN, extra }));
  for (const [deel, f] of Object.entries(bewerk)) zip.file(deel, f((await zip.file(deel)?.async("string")) ?? ""));
  const pad = path.join(map, naam);
  writeFileSync(pad, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return pad;
}

async function scan(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["scan", ...args, "--peildatum", "2026-11-25", "--stil"], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

/** Alle onderdelen van een zip, uitgepakt, als één tekst (om te zoeken wat er nergens mag staan). */
function alleTekst(zip: Buffer): string {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = zip.readUInt32LE(eocd + 16);
  let uit = "";
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const methode = zip.readUInt16LE(p + 10);
    const grootte = zip.readUInt32LE(p + 20);
    const n = zip.readUInt16LE(p + 28);
    const lokaal = zip.readUInt32LE(p + 42);
    const start = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
    const data = zip.subarray(start, start + grootte);
    uit += zip.toString("utf8", p + 46, p + 46 + n) + "\n" + (methode === 8 ? inflateRawSync(data) : data).toString("utf8") + "\n";
    p += 46 + n + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return uit;
}

const SHEET = "xl/worksheets/blad1.xml";
const WB = "xl/workbook.xml";
const RELS = "xl/_rels/workbook.xml.rels";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("--markeer op randgevallen die de lezer accepteert: een kopie of een Nederlandse reden, nooit 'onverwachte fout'", () => {
  const gevallen: [string, Record<string, (x: string) => string>][] = [
    ["tekenverwijzing buiten Unicode in een cel", { [SHEET]: (x) => x.replace("Geheime notitie Anna", "&#x110000; &#99999999999;") }],
    ["tekenverwijzing buiten Unicode in een bladnaam", { [WB]: (x) => x.replace('name="Blad 1"', 'name="Blad &#x110000;"') }],
    ["styles-relatie naar een onderdeel dat ontbreekt", { [RELS]: (x) => x.replace("</Relationships>", `<Relationship Id="rIdS" Type="${R}/styles" Target="styles.xml"/></Relationships>`) }],
    ["cel in de laatste kolom (XFD) en de laatste rij", { [SHEET]: (x) => x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>') }],
    ["gedeelde tekst met een index die niet bestaat", { [SHEET]: (x) => x.replace("</sheetData>", '<row r="9"><c r="A9" t="s"><v>99999999</v></c></row></sheetData>') }],
  ];
  test.each(gevallen)("%s", async (naam, bewerk) => {
    const bestand = await werkmap(`${naam.replace(/\W+/g, "-")}.xlsx`, bewerk);
    const uit = path.join(map, `uit-${naam.replace(/\W+/g, "-")}`);
    const r = await scan([bestand, "--markeer", uit]);
    expect(r.out + r.err).not.toMatch(/onverwachte fout/);
    if (r.code === 0) {
      const kopie = readFileSync(path.join(uit, path.basename(bestand)));
      // De kopie is weer te lezen (door de lezer van de scanner) en heeft de kleuren.
      const p = await Pakket.open(kopie);
      expect(await p.tekst(SHEET)).toMatch(/conditionalFormatting/);
    } else {
      expect(r.code).toBe(5);
      expect(r.err).toMatch(/er is geen kopie gemaakt/);
    }
  });

  test("een regel van de gebruiker met prioriteit 2147483647: alle prioriteiten blijven binnen xsd:int, in dezelfde volgorde", async () => {
    const cf = '<conditionalFormatting sqref="A2:A3"><cfRule type="expression" dxfId="0" priority="2147483647"><formula>TRUE</formula></cfRule></conditionalFormatting>';
    const bestand = await werkmap("prioriteit.xlsx", { [SHEET]: (x) => x.replace("</sheetData>", `</sheetData>${cf}`) });
    const uit = path.join(map, "uit-prioriteit");
    const r = await scan([bestand, "--markeer", uit]);
    expect(r.code).toBe(0);
    const xml = (await (await Pakket.open(readFileSync(path.join(uit, "prioriteit.xlsx")))).tekst(SHEET))!;
    const prioriteiten = [...xml.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(prioriteiten.length).toBeGreaterThan(1);
    for (const p of prioriteiten) expect(p).toBeLessThanOrEqual(2147483647);
    // De regel van de gebruiker gaat nog steeds vóór (laagste getal), en geen twee regels delen een prioriteit.
    expect(Number(/priority="(\d+)"><formula>TRUE<\/formula>/.exec(xml)![1])).toBe(Math.min(...prioriteiten));
    expect(new Set(prioriteiten).size).toBe(prioriteiten.length);
  });

  test("lockStructure=\"1\": de kopie krijgt haar eigen bladen niet stil: de scanner zegt het (de beveiliging blijft)", async () => {
    const bestand = await werkmap("beveiligd.xlsx", { [WB]: (x) => x.replace(/<sheets>/, '<workbookProtection lockStructure="1"/><sheets>') });
    const uit = path.join(map, "uit-beveiligd");
    const r = await scan([bestand, "--markeer", uit]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Let op: .*structuur van deze werkmap is beveiligd.*Poortwachter legenda/);
    expect(await (await Pakket.open(readFileSync(path.join(uit, "beveiligd.xlsx")))).tekst(WB)).toMatch(/<workbookProtection lockStructure="1"\/>/);
    // Zonder beveiliging geen melding.
    const gewoon = await scan([await werkmap("onbeveiligd.xlsx"), "--markeer", path.join(map, "uit-onbeveiligd")]);
    expect(gewoon.out).not.toMatch(/structuur van deze werkmap is beveiligd/);
  });
});

test("een kapotte symbolische koppeling met de naam van een werkmap telt als onleesbaar (exitcode 4), niet als gelezen", async () => {
  const m = path.join(map, "koppeling");
  mkdirSync(m);
  writeFileSync(path.join(m, "goed.xlsx"), readFileSync(await werkmap("goed.xlsx")));
  symlinkSync(path.join(m, "bestaat-niet.xlsx"), path.join(m, "kapot.xlsx"));
  const r = await scan([m]);
  expect(r.code).toBe(4);
  expect(r.out).toMatch(/kapot\.xlsx/);
  expect(r.out).toMatch(/koppeling naar een bestand dat niet bestaat/);
});

describe("--deelkopie", () => {
  const LABEL =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_1234_Enabled"><vt:lpwstr>true</vt:lpwstr></property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_1234_Name"><vt:lpwstr>Vertrouwelijk - Medisch</vt:lpwstr></property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Casemanager"><vt:lpwstr>Interne Casemanager Z</vt:lpwstr></property></Properties>';
  const metLabel = {
    "[Content_Types].xml": (x: string) => x.replace("</Types>", '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
    "_rels/.rels": (x: string) => x.replace("</Relationships>", `<Relationship Id="rId7" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`),
    // Een verborgen blad van de gebruiker: mag nergens in de deelkopie terechtkomen.
    [WB]: (x: string) => x.replace("</sheets>", '<sheet name="Verborgen archief" sheetId="7" state="hidden" r:id="rIdH"/></sheets>'),
    [RELS]: (x: string) => x.replace("</Relationships>", `<Relationship Id="rIdH" Type="${R}/worksheet" Target="/xl/worksheets/verborgen.xml"/></Relationships>`),
  };
  const extra = [
    { naam: "docProps/custom.xml", inhoud: LABEL },
    { naam: "xl/worksheets/verborgen.xml", inhoud: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${t("A1", "Oud dossier Carla Carlsen").replace(/^/, '<row r="1">')}</row></sheetData></worksheet>` },
  ];

  test("houdt het gevoeligheidslabel (alleen de MSIP-eigenschappen) en zegt het", async () => {
    const bestand = await werkmap("label.xlsx", metLabel, extra);
    const uit = path.join(map, "delen-label");
    const r = await scan([bestand, "--deelkopie", uit]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/gevoeligheidslabel "Vertrouwelijk - Medisch" staat ook op de deelkopie/);
    const kopie = await Pakket.open(readFileSync(path.join(uit, "label (deelkopie).xlsx")));
    const custom = (await kopie.tekst("docProps/custom.xml"))!;
    expect(custom).toMatch(/MSIP_Label_1234_Name/);
    expect(custom).not.toMatch(/Casemanager/);
    expect(await kopie.tekst("_rels/.rels")).toMatch(/custom-properties" Target="docProps\/custom.xml"/);
    expect(await kopie.tekst("[Content_Types].xml")).toMatch(/PartName="\/docProps\/custom.xml"/);
  });

  test("--werknemer: alleen die ene werknemer; geen andere naam, geen weggelaten kolom en geen verborgen blad van de bron in de hele zip", async () => {
    const bestand = await werkmap("een.xlsx", metLabel, extra);
    const uit = path.join(map, "delen-een");
    const r = await scan([bestand, "--deelkopie", uit, "--werknemer", "1002"]);
    expect(r.code).toBe(0);
    const zip = readFileSync(path.join(uit, "een (deelkopie).xlsx"));
    const alles = alleTekst(zip);
    expect(alles).toContain("Bram de Vries");
    for (const verboden of ["Anna", "Jansen", "1001", "06-", "Geheime notitie", "Telefoon", "Opmerkingen", "Verborgen archief", "Carla", "Interne Casemanager"]) {
      expect([verboden, alles.includes(verboden)]).toEqual([verboden, false]);
    }
    // Alleen onze eigen bladen naast het register: het termijnblad van de kleuren (zeer verborgen) en de legenda.
    const p = await Pakket.open(zip);
    const bladen = [...(await p.tekst("xl/workbook.xml"))!.matchAll(/<sheet name="([^"]*)"[^>]*?(state="(\w+)")?[^>]*\/>/g)].map((m) => m[1]);
    for (const b of bladen) expect(b).toMatch(/^(Verzuim|Poortwachter legenda|PW_T_\d+)$/);
    // Op naam werkt ook (hoofdletters en spaties tellen niet).
    const r2 = await scan([bestand, "--deelkopie", path.join(map, "delen-naam"), "--werknemer", "  anna   JANSEN "]);
    expect(r2.code).toBe(0);
    expect(alleTekst(readFileSync(path.join(map, "delen-naam", "een (deelkopie).xlsx")))).not.toContain("Bram");
  });

  test("--werknemer die nergens staat: geen deelkopie, een Nederlandse reden en exitcode 5; zonder --deelkopie: exitcode 2", async () => {
    const bestand = await werkmap("niemand.xlsx");
    const r = await scan([bestand, "--deelkopie", path.join(map, "delen-niemand"), "--werknemer", "9999"]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/Werknemer "9999" staat in geen enkel register/);
    expect((await scan([bestand, "--werknemer", "1001"])).code).toBe(2);
  });
});
