/**
 * De lezer van de scanner op echte werkmappen van verschillende schrijvers (openpyxl, LibreOffice,
 * met de hand zoals Google Sheets/Numbers, CSV van Nederlandse Excel), eind-tot-eind door `main`.
 * De bestanden worden hier gemaakt (test/cli/generatoren/); zonder python3-openpyxl of soffice worden
 * alleen die gevallen overgeslagen, met een melding.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { leesBestand, STANDAARD_LIMIETEN } from "../../src/cli/lezen";
import { main } from "../../src/cli/main";
import type { JsonRapport, JsonRegister } from "../../src/cli/rapport";
import { fods, handWerkmap, openpyxlWerkmappen, PYTHON, schrijf, SOFFICE, sofficeOmzetten } from "./generatoren/werkmappen";
import { maakZip } from "../../bench/hulp/zip-schrijven";

const metPython = PYTHON ? test : test.skip;
const metSoffice = SOFFICE ? test : test.skip;

let map: string;
let rapport: JsonRapport;
let exitcode: number;
const vind = (naam: string): JsonRegister[] => rapport.bestanden.filter((b) => path.basename(b.bestand) === naam);
const dossier = (naam: string, werknemer: string) => vind(naam).flatMap((b) => b.dossiers).find((d) => d.werknemer === werknemer);

/** Rijen van het register in de hand- en LibreOffice-werkmappen: Anna heeft haar probleemanalyse te laat. */
const KOP = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-lezen-"));
  if (PYTHON) openpyxlWerkmappen(map);
  if (SOFFICE) {
    const bron = schrijf(path.join(map, "bron"), "libreoffice-1904.fods", fods([[...KOP], ["Anna de Vries", "1001", { datum: "2026-10-01" }, null, null], ["Bram Jansen", "1002", { datum: "2026-11-20" }, null, null]], "1904-01-01"));
    sofficeOmzetten([bron], "xlsx", map);
    const oud = schrijf(path.join(map, "bron"), "oud-excel.fods", fods([[...KOP], ["Anna de Vries", "1001", { datum: "2026-10-01" }, null, null]]));
    sofficeOmzetten([oud], "xls", map);
  }
  // Zoals Google Sheets: inline teksten, geen stijlen, absolute doelen, date1904="true", voorvoegsel x:, een grafiekblad.
  schrijf(
    map,
    "google-achtig.xlsx",
    await handWerkmap({
      voorvoegsel: "x:",
      date1904: "true",
      tabel: { naam: "Verzuim", ref: "A1:E3", kolommen: KOP },
      sheetData:
        `<row r="1">${KOP.map((k, i) => `<c r="${"ABCDE"[i]}1" t="inlineStr"><is><t>${k}</t></is></c>`).join("")}</row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>Anna de Vries</t></is></c><c r="B2" t="inlineStr"><is><t>1001</t></is></c><c r="C2"><v>44834</v></c></row>` +
        `<row r="3"><c r="A3" t="inlineStr"><is><t>Bram Jansen</t></is></c><c r="B3"><v>1002</v></c><c r="C3" t="d"><v>2026-11-20T00:00:00</v></c><c r="D3" t="e"><v>#N/A</v></c></row>`,
    }),
  );
  // Zoals Numbers: cellen zonder r-adres, gedeelde teksten met rich text en fonetische hulp.
  schrijf(
    map,
    "numbers-achtig.xlsx",
    await handWerkmap({
      sharedStrings: [...KOP, "<r><t>Anna </t></r><r><rPr><b/></rPr><t>de Vries</t></r><rPh sb=\"0\" eb=\"1\"><t>ア</t></rPh>", "Bram Jansen"],
      sheetData:
        `<row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c><c t="s"><v>4</v></c></row>` +
        `<row><c t="s"><v>5</v></c><c><v>1001</v></c><c><v>46296</v></c></row>` +
        `<row><c t="s"><v>6</v></c><c><v>1002</v></c><c><v>46346</v></c></row>` +
        `<row r="6"><c t="inlineStr"><is><t>Regel_x000D_&amp;twee</t></is></c><c t="b"><v>1</v></c><c t="str"><v>&lt;tekst&gt;</v></c><c r="H6" t="b"><v>0</v></c></row>`,
    }),
  );
  schrijf(
    map,
    "met-macro.xlsm",
    await handWerkmap({
      macro: true,
      sharedStrings: [...KOP, "Anna de Vries"],
      extra: [{ naam: "xl/vbaProject.bin", inhoud: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]) }],
      sheetData: `<row r="1">${KOP.map((_, i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("")}</row><row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>1001</v></c><c r="C2"><v>46296</v></c><c r="D2"><f>C2+100</f></c></row>`,
    }),
  );
  // CSV zoals Nederlandse Excel (Windows-1252, ;) en met komma's en UTF-8-BOM.
  schrijf(map, "excel-puntkomma.csv", Buffer.from(`${KOP.join(";")}\r\nJosé Öztürk;1001;1-10-2026;;\r\n"Bram; Jansen";1002;20-11-2026;;\r\n`, "latin1"));
  schrijf(map, "komma.csv", "\uFEFF" + `${KOP.join(",")}\n"Anna de Vries",1001,2026-10-01,,\n"Jansen, Bram",1002,2026-11-20,,\n`);
  schrijf(
    map,
    "rekenblad.ods",
    await maakZip([
      { naam: "mimetype", inhoud: "application/vnd.oasis.opendocument.spreadsheet", opgeslagen: true },
      { naam: "content.xml", inhoud: '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
    ]),
  );
  schrijf(map, "binair.xlsb", await maakZip([{ naam: "[Content_Types].xml", inhoud: "<Types/>" }, { naam: "xl/workbook.bin", inhoud: Buffer.alloc(16) }]));
  schrijf(map, "appel.numbers", await maakZip([{ naam: "Index/Document.iwa", inhoud: Buffer.alloc(16) }]));
  // Een werkmap met een wachtwoord: een OLE-container met de stroom EncryptedPackage.
  schrijf(map, "beveiligd.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]));

  let out = "";
  exitcode = await main(["scan", map, "--peildatum", "2026-11-25", "--json-versie", "1", "--stil"], { out: (s) => (out += s), err: () => undefined, isTTY: false });
  rapport = JSON.parse(out) as JsonRapport;
}, 300_000);

describe("registers van verschillende schrijvers: Anna (eerste ziektedag 1-10-2026) heeft haar probleemanalyse te laat", () => {
  const gevallen: [string, string, typeof test][] = [
    ["openpyxl: tabel zonder stijl, opmerking, grafiek, validatie op hele kolom, absolute doelen", "openpyxl-tabel.xlsx", metPython],
    ["openpyxl: blad zonder tabel met een waarde in XFD1048576", "openpyxl-xfd.xlsx", metPython],
    ['openpyxl: 1904-systeem (date1904="1")', "openpyxl-1904.xlsx", metPython],
    ['LibreOffice: 1904-systeem (date1904="true")', "libreoffice-1904.xlsx", metSoffice],
    ['met de hand (Google Sheets): inline teksten, voorvoegsel x:, date1904="true", grafiekblad', "google-achtig.xlsx", test],
    ["met de hand (Numbers): cellen zonder adres, rich text met fonetische hulp", "numbers-achtig.xlsx", test],
    ["met de hand: .xlsm met vbaProject.bin", "met-macro.xlsm", test],
    ["CSV: komma, UTF-8 met BOM, ISO-datums", "komma.csv", test],
  ];
  for (const [naam, bestand, t] of gevallen) {
    t(naam, () => {
      const anna = dossier(bestand, "Anna de Vries");
      expect(anna?.eersteZiektedag).toBe("2026-10-01");
      expect(anna?.mijlpalen.PA.status).toBe("te-laat");
    });
  }
  test("CSV van Nederlandse Excel: ; en Windows-1252 (é, ö), ; binnen aanhalingstekens", () => {
    expect(dossier("excel-puntkomma.csv", "José Öztürk")?.eersteZiektedag).toBe("2026-10-01");
    expect(dossier("excel-puntkomma.csv", "Bram; Jansen")?.eersteZiektedag).toBe("2026-11-20");
  });
});

describe("bijzondere cellen", () => {
  metPython("formule zonder berekende waarde als eerste ziektedag: de echte reden, niet 'ontbreekt'", () => {
    const p = vind("openpyxl-tabel.xlsx")[0].problemen.filter((x) => x.rij === 6);
    expect(p.map((x) => [x.kolom, x.melding])).toEqual([["Eerste ziektedag", expect.stringMatching(/^Formule zonder berekende waarde: open en bewaar het bestand in Excel/)]]);
  });
  metPython("formule zonder berekende waarde in een mijlpaalkolom wordt gemeld", () => {
    const p = vind("openpyxl-tabel.xlsx")[0].problemen.find((x) => x.rij === 7 && x.kolom === "Probleemanalyse");
    expect(p?.melding).toMatch(/formule zonder berekende waarde/i);
  });
  test("foutwaarde #N/A wordt als foutwaarde gemeld", () => {
    const p = vind("google-achtig.xlsx")[0].problemen.find((x) => x.rij === 3 && x.kolom === "Hersteldatum");
    expect(p?.melding).toMatch(/#N\/B/); // de naam in Nederlandse Excel
  });
  test("tabel via absoluut relatiedoel: naam van de tabel; grafiekblad genegeerd", () => {
    expect(vind("google-achtig.xlsx").map((b) => [b.blad, b.tabel])).toEqual([["Blad 1", "Verzuim"]]);
  });
  test("de lezer geeft precies de celwaarden: gedeeld, inline, rich text zonder fonetiek, getal, datum (t=d) als serienummer, foutwaarde", async () => {
    const g = await leesBestand(path.join(map, "google-achtig.xlsx"), STANDAARD_LIMIETEN);
    expect(g.datumsysteem).toBe("1904");
    expect(g.blokken[0].waarden.slice(1)).toEqual([
      ["Anna de Vries", "1001", 44834],
      ["Bram Jansen", 1002, 46346 - 1462, "#N/A"],
    ]);

    const n = await leesBestand(path.join(map, "numbers-achtig.xlsx"), STANDAARD_LIMIETEN);
    expect(n.blokken[0]).toMatchObject({ rijOffset: 2, kolomOffset: 1 });
    expect(n.blokken[0].waarden[1]).toEqual(["Anna de Vries", 1001, 46296]);
    expect(n.blokken[0].waarden[3]).toEqual([]); // lege rij 5
    expect(n.blokken[0].waarden[4]).toEqual(["Regel\r&twee", true, "<tekst>", undefined, undefined, undefined, undefined, false]);
    const m = await leesBestand(path.join(map, "met-macro.xlsm"), STANDAARD_LIMIETEN);
    expect(m.blokken[0].formulesZonderWaarde).toEqual([{ rij: 2, kolom: 4 }]);
  });
});

describe("wat niet gelezen wordt, staat er met de reden", () => {
  const gevallen: [string, string, RegExp, typeof test][] = [
    ["OpenDocument (.ods)", "rekenblad.ods", /OpenDocument.*\.ods.*\.xlsx/, test],
    ["oud Excel (.xls, door LibreOffice geschreven)", "oud-excel.xls", /oud Excel-bestand \(\.xls/, metSoffice],
    ["beveiligd met een wachtwoord", "beveiligd.xlsx", /wachtwoord/, test],
    ["binaire werkmap (.xlsb)", "binair.xlsb", /binaire Excel-werkmap \(\.xlsb\)/, test],
    ["Apple Numbers", "appel.numbers", /Numbers-bestand/, test],
  ];
  for (const [naam, bestand, reden, t] of gevallen) {
    t(naam, () => {
      expect(vind(bestand)).toEqual([{ bestand: path.join(map, bestand), blad: null, tabel: null, dossiers: [], onleesbaar: true, problemen: [{ rij: null, kolom: null, melding: expect.stringMatching(reden) }] }]);
    });
  }
  test("exitcode 4: een deel van de bestanden kon niet gelezen worden", () => {
    expect(exitcode).toBe(4);
  });
});
