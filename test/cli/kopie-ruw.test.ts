/**
 * Issue 23: de gekleurde kopie pakt geen onderdelen uit die ze niet nodig heeft (een draaitabelcache gaat met
 * zijn gecomprimeerde bytes mee), de zipbomgrens geldt ook voor de kopie, en een tabel die PW_T_1 heet is een
 * bezette naam. Met de hand gebouwde zips (fflate), sha256 van elke invoer vóór en na.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { ZipLezer } from "../../src/cli/pakket/zip";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function register(extra?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({ name: "Verzuim", ref: "A1", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: [["Anna", "1001", utc("2026-10-01"), null, null], ["Bram", "1002", utc("2026-11-10"), null, null]] });
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

/** Een werkmap met een draaitabelcache van `mb` MB uitgepakt (sterk comprimeerbaar: op schijf klein). */
function metDraaitabelcache(bytes: Buffer, mb: number): Buffer {
  const delen = unzipSync(bytes);
  const rij = '<r><s v="Afdeling Noord"/><n v="12"/><x v="3"/></r>';
  const n = Math.ceil((mb * 1024 * 1024) / rij.length);
  delen["xl/pivotCache/pivotCacheRecords1.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}">${rij.repeat(n)}</pivotCacheRecords>`,
  );
  const ct = Buffer.from(delen["[Content_Types].xml"]).toString("utf8");
  delen["[Content_Types].xml"] = strToU8(
    ct.replace("</Types>", '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/></Types>'),
  );
  return Buffer.from(zipSync(delen, { level: 9 }));
}

async function ruw(bestand: string, naam: string): Promise<Buffer> {
  const z = await ZipLezer.open(readFileSync(bestand));
  return z.ruweBytes(z.zoek(naam)!);
}

describe("de kopie pakt niet uit wat ze niet nodig heeft", () => {
  it("een draaitabelcache van 60 MB onder een grens van 40 MB uitgepakt: de kopie lukt en de cache gaat met dezelfde gecomprimeerde bytes mee", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-ruw-"));
    const invoer = path.join(map, "draaitabel.xlsx");
    writeFileSync(invoer, metDraaitabelcache(await register(), 60));
    expect(statSync(invoer).size).toBeLessThan(1024 * 1024);
    const voor = sha(invoer);
    // --max-mb 1: het bestand mag 1 MB zijn en 40 MB uitpakken; de cache alleen is al 60 MB.
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", path.join(map, "uit"), "--max-mb", "1", "--stil"]);
    expect(r.out).not.toMatch(/onverwachte fout|geen kopie/);
    expect(r.code).toBe(0);
    const kopie = path.join(map, "uit", "draaitabel.xlsx");
    expect((await ruw(kopie, "xl/pivotCache/pivotCacheRecords1.xml")).equals(await ruw(invoer, "xl/pivotCache/pivotCacheRecords1.xml"))).toBe(true);
    expect(statSync(kopie).size).toBeLessThan(statSync(invoer).size + 64 * 1024);
    expect(sha(invoer)).toBe(voor);
  });

  it("een onderdeel dat de kopie wel doorzoekt (een draaitabel) en boven de grens uitpakt: een eigen reden, exitcode 5, geen onverwachte fout", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-ruw-"));
    const invoer = path.join(map, "bom.xlsx");
    const delen = unzipSync(await register());
    // Een "draaitabel" die tot 60 MB uitpakt: de lezer leest hem niet, de kopie zoekt er dxf-stijlen in.
    delen["xl/pivotTables/pivotTable1.xml"] = strToU8(`<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<format dxfId=\"0\"/>".repeat(3_500_000)}</pivotTableDefinition>`);
    writeFileSync(invoer, zipSync(delen, { level: 9 }));
    expect(statSync(invoer).size).toBeLessThan(1024 * 1024);
    const voor = sha(invoer);
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", path.join(map, "uit"), "--max-mb", "1", "--stil"]);
    expect(r.out).not.toMatch(/onverwachte fout/);
    expect(r.out).toMatch(/pakt voor de gekleurde kopie uit tot meer dan 40 MB/);
    expect(r.code).toBe(5);
    expect(sha(invoer)).toBe(voor);
  });
});

describe("een tabel die PW_T_1 heet is een bezette naam", () => {
  it("de kopie neemt PW_T_2 voor het verborgen blad en de naam; de tabel PW_T_1 blijft", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-tabelnaam-"));
    const invoer = path.join(map, "tabelnaam.xlsx");
    writeFileSync(
      invoer,
      await register((wb) => {
        const ws = wb.addWorksheet("Opzoek");
        ws.addTable({ name: "PW_T_1", ref: "A1", headerRow: true, columns: [{ name: "Code" }, { name: "Omschrijving" }], rows: [["Z", "Ziek"], ["H", "Hersteld"]] });
      }),
    );
    const voor = sha(invoer);
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", path.join(map, "uit"), "--stil"]);
    expect(r.code).toBe(0);
    const delen = unzipSync(readFileSync(path.join(map, "uit", "tabelnaam.xlsx")));
    const wbXml = Buffer.from(delen["xl/workbook.xml"]).toString("utf8");
    expect(wbXml).not.toMatch(/definedName name="PW_T_1"/);
    expect(wbXml).not.toMatch(/<sheet name="PW_T_1"/);
    expect(wbXml).toMatch(/definedName name="PW_T_2"/);
    expect(wbXml).toMatch(/<sheet name="PW_T_2"[^>]*state="veryHidden"/);
    const tabellen = Object.keys(delen).filter((n) => /^xl\/tables\//.test(n)).map((n) => Buffer.from(delen[n]).toString("utf8"));
    expect(tabellen.some((t) => /displayName="PW_T_1"/.test(t))).toBe(true);
    const blad = Object.keys(delen).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => Buffer.from(delen[n]).toString("utf8")).join("");
    expect(blad).toMatch(/INDEX\(PW_T_2,/);
    expect(blad).not.toMatch(/INDEX\(PW_T_1,/);
    expect(sha(invoer)).toBe(voor);
  });
});
