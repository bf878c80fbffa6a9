/**
 * Issue 23: een digitaal ondertekende werkmap (de kopie zonder handtekening, en het rapport zegt het), zip-namen
 * met `\` (gelezen én gekopieerd), en een OLE-container: versleutelde .xlsx of oude .xls (ook met de extensie
 * .xlsx). Met de hand gebouwde zips (fflate) en OLE-containers; sha256 van elke invoer vóór en na.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { cfbNamen, leesBestand, LeesFout, STANDAARD_LIMIETEN } from "../../src/cli/lezen";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function register(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({ name: "Verzuim", ref: "A1", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: [["Anna", "1001", utc("2026-10-01"), null, null], ["Bram", "1002", utc("2026-11-10"), null, null]] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const tekst = (b: Uint8Array) => Buffer.from(b).toString("utf8");

describe("digitaal ondertekende werkmap", () => {
  it("de kopie heeft geen handtekening (onderdelen, relatie en inhoudstypen weg) en het rapport zegt het", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-sig-"));
    const delen = unzipSync(await register());
    delen["_xmlsignatures/origin.sigs"] = new Uint8Array(0);
    delen["_xmlsignatures/sig1.xml"] = strToU8('<?xml version="1.0"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>');
    delen["_xmlsignatures/_rels/origin.sigs.rels"] = strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>',
    );
    delen["_rels/.rels"] = strToU8(
      tekst(delen["_rels/.rels"]).replace(
        "</Relationships>",
        '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
      ),
    );
    delen["[Content_Types].xml"] = strToU8(
      tekst(delen["[Content_Types].xml"]).replace(
        "</Types>",
        '<Default Extension="sigs" ContentType="application/vnd.openxmlformats-package.digital-signature-origin"/><Override PartName="/_xmlsignatures/sig1.xml" ContentType="application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml"/></Types>',
      ),
    );
    const invoer = path.join(map, "ondertekend.xlsx");
    writeFileSync(invoer, zipSync(delen));
    const voor = sha(invoer);
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", path.join(map, "uit"), "--stil"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/digitaal ondertekend\. De gekleurde kopie is gewijzigd en heeft daarom geen handtekening/);
    const kopie = unzipSync(readFileSync(path.join(map, "uit", "ondertekend.xlsx")));
    expect(Object.keys(kopie).filter((n) => n.startsWith("_xmlsignatures"))).toEqual([]);
    expect(tekst(kopie["_rels/.rels"])).not.toMatch(/digital-signature|_xmlsignatures/);
    expect(tekst(kopie["_rels/.rels"])).toMatch(/officeDocument/);
    expect(tekst(kopie["[Content_Types].xml"])).not.toMatch(/_xmlsignatures/);
    // De kopie zelf is weer gewoon leesbaar.
    expect((await leesBestand(path.join(map, "uit", "ondertekend.xlsx"), STANDAARD_LIMIETEN)).blokken.length).toBeGreaterThan(0);
    expect(sha(invoer)).toBe(voor);
  });
});

describe("zip-namen met een backslash", () => {
  it("worden gelezen en gekopieerd (de kopie krijgt namen met /), met de juiste reden en dossiers", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-bs-"));
    const delen = unzipSync(await register());
    const scheef: Record<string, Uint8Array> = {};
    for (const [n, b] of Object.entries(delen)) scheef[n.startsWith("xl/") ? n.replace(/\//g, "\\") : n] = b;
    const invoer = path.join(map, "scheef.xlsx");
    writeFileSync(invoer, zipSync(scheef));
    expect(Object.keys(unzipSync(readFileSync(invoer))).some((n) => n.includes("\\"))).toBe(true);
    const voor = sha(invoer);
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", path.join(map, "uit"), "--json", "--stil"]);
    const json = JSON.parse(r.out) as { bestanden: { dossiers?: unknown[] }[]; uitvoer?: { soort: string; pad?: string; fout?: string }[] };
    expect(json.bestanden[0].dossiers).toHaveLength(2);
    expect(json.uitvoer?.find((u) => u.soort === "markeer")?.fout).toBeUndefined();
    expect(r.code).toBe(0);
    const kopie = unzipSync(readFileSync(path.join(map, "uit", "scheef.xlsx")));
    expect(Object.keys(kopie).filter((n) => n.includes("\\"))).toEqual([]);
    expect(Object.keys(kopie)).toContain("xl/workbook.xml");
    expect(tekst(kopie["xl/workbook.xml"])).toMatch(/definedName name="PW_T_1"/);
    expect(sha(invoer)).toBe(voor);
  });
});

/** Een kleine OLE-container ([MS-CFB], sectoren van 512): sector 0 de FAT, sector 1 de map met deze stromen. */
function cfb(stromen: string[]): Buffer {
  const kop = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(kop, 0);
  kop.writeUInt16LE(0x3e, 24);
  kop.writeUInt16LE(3, 26);
  kop.writeUInt16LE(0xfffe, 28);
  kop.writeUInt16LE(9, 30);
  kop.writeUInt16LE(6, 32);
  kop.writeUInt32LE(1, 44); // één FAT-sector
  kop.writeUInt32LE(1, 48); // de map begint in sector 1
  kop.writeUInt32LE(4096, 56);
  kop.writeUInt32LE(0xfffffffe, 60);
  kop.writeUInt32LE(0xfffffffe, 68);
  for (let i = 0; i < 109; i++) kop.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512, 0);
  ["Root Entry", ...stromen].forEach((naam, i) => {
    const e = i * 128;
    dir.write(naam, e, "utf16le");
    dir.writeUInt16LE((naam.length + 1) * 2, e + 64);
    dir[e + 66] = i === 0 ? 5 : 2;
    dir.writeUInt32LE(0xfffffffe, e + 116);
  });
  return Buffer.concat([kop, fat, dir]);
}

describe("OLE-container: versleuteld of oud .xls", () => {
  const reden = async (bestand: string) => {
    try {
      await leesBestand(bestand, STANDAARD_LIMIETEN);
      return "gelezen";
    } catch (e) {
      expect(e).toBeInstanceOf(LeesFout);
      return (e as Error).message;
    }
  };

  it("de map van de container wordt gelezen", () => {
    expect(cfbNamen(cfb(["EncryptionInfo", "EncryptedPackage"]))).toEqual(["Root Entry", "EncryptionInfo", "EncryptedPackage"]);
  });

  it.each([
    ["versleutelde .xlsx (EncryptionInfo)", "geheim.xlsx", ["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"], /beveiligd met een wachtwoord/],
    ["oude .xls opgeslagen als .xlsx", "oud.xlsx", ["Workbook", "\u0005SummaryInformation"], /oude Excel-formaat \(\.xls, Excel 97-2003\), ook al heet het bestand \.xlsx.*sla het op als \.xlsx/],
    ["oude .xls (Excel 5, stroom Book)", "heel-oud.xlsx", ["Book"], /oude Excel-formaat \(\.xls/],
    ["oude .xls met de extensie .xls", "oud.xls", ["Workbook"], /oud Excel-bestand \(\.xls/],
  ])("%s", async (_, naam, stromen, verwacht) => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-ole-"));
    const bestand = path.join(map, naam);
    writeFileSync(bestand, cfb(stromen));
    const voor = sha(bestand);
    const r = await reden(bestand);
    expect(r).toMatch(verwacht);
    if (!/wachtwoord/.test(verwacht.source)) expect(r).not.toMatch(/wachtwoord/);
    expect(sha(bestand)).toBe(voor);
  });
});
