/**
 * Issue 23, "tekst van buiten blijft op zijn plek": stuurtekens in een werknemersnaam (ESC[2K wist regels in de
 * terminal) of in een bestandsnaam (een regeleinde splitst een regel) komen zichtbaar en onschadelijk in het
 * tekstrapport, de CSV, de agenda en op stderr; een bestandsnaam die geen UTF-8 is, wordt gescand en genoemd.
 * Van elke invoer de sha256 vóór en na.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { fsPad, naamUitBytes } from "../../src/cli/bestandsnaam";
import { veiligeRegel, veiligeRegels } from "../../src/core/tekst";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ESC = "\u001b";

async function register(namen: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({ name: "Verzuim", ref: "A1", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: namen.map((n, i) => [n, String(1001 + i), utc("2026-10-01"), null, null]) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: true });
  return { code, out, err };
}

const sha = (f: string | Buffer) => createHash("sha256").update(readFileSync(f)).digest("hex");
/** Elk stuurteken behalve regeleinde (en de \r van de voortgang op een terminal). */
const STUUR = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("veiligeRegel en veiligeRegels (src/core/tekst.ts)", () => {
  it("maken stuurtekens zichtbaar; veiligeRegels houdt regeleinden", () => {
    expect(veiligeRegel(`Anna${ESC}[2K\nB\u202Eob\u0085\u007f`)).toBe("Anna\u241b[2K\u240aB<U+202E>ob<U+0085>\u2421");
    expect(veiligeRegels(`regel 1\nregel ${ESC}[1A2\r`)).toBe("regel 1\nregel \u241b[1A2\u240d");
    expect(veiligeRegel("Zoë Ñúñez 🙂")).toBe("Zoë Ñúñez 🙂");
  });

  it("een byte die geen UTF-8 is, gaat heen en terug (surrogateescape) en wordt in een rapport <0xE9>", () => {
    const bytes = Buffer.from([0x6c, 0x6f, 0x6f, 0x6e, 0xe9, 0x2e, 0x78, 0x6c, 0x73, 0x78]);
    const naam = naamUitBytes(bytes);
    expect(Buffer.isBuffer(fsPad(naam)) && (fsPad(naam) as Buffer).equals(bytes)).toBe(true);
    expect(fsPad("gewoon é.xlsx")).toBe("gewoon é.xlsx");
    expect(naamUitBytes(Buffer.from("𐂀 é.xlsx"))).toBe("𐂀 é.xlsx");
    expect(veiligeRegel(naam)).toBe("loon<0xE9>.xlsx");
    expect(veiligeRegel("𐂀")).toBe("𐂀"); // U+10080 is een geldig paar met een lage surrogaat in DC80…DCFF
  });
});

describe("stuurtekens in namen en bestandsnamen", () => {
  let map: string;
  let invoer: string;
  let voor: string;
  beforeAll(async () => {
    map = mkdtempSync(path.join(tmpdir(), "pw-stuur-"));
    mkdirSync(path.join(map, "in"));
    // Zoals Excel een ESC in een cel bewaart: _x001B_ in de XML.
    invoer = path.join(map, "in", `re\ngister${ESC}[31m.xlsx`);
    writeFileSync(invoer, await register(["Anna_x001B_[2K_x001B_[1A", "Bram\u202Eneb", "Cor"]));
    voor = sha(invoer);
    // Een slotbestand van Excel wordt overgeslagen en op stderr genoemd.
    writeFileSync(path.join(map, "in", `~$slot${ESC}[2K\n.xlsx`), "x");
  });
  afterAll(() => expect(sha(invoer)).toBe(voor));

  it("tekstrapport en stderr: geen stuurteken, elke regel heel; de naam en bestandsnaam zichtbaar", async () => {
    const r = await draai(["scan", path.join(map, "in"), "--peildatum", "2026-12-01"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(STUUR);
    expect(r.err.replace(/\r/g, "")).not.toMatch(STUUR);
    expect(r.out).toContain("Anna\u241b[2K\u241b[1A");
    expect(r.out).toContain("Bram<U+202E>neb");
    expect(r.out).toMatch(/^== .*re\u240agister\u241b\[31m\.xlsx — blad Verzuim/m);
    expect(r.err).toContain("~$slot\u241b[2K\u240a.xlsx: Excel-slotbestand");
  });

  it("CSV en agenda (ICS): geen stuurteken", async () => {
    const csv = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--csv"]);
    expect(csv.out).not.toMatch(STUUR);
    expect(csv.out).toContain("Anna\u241b[2K");
    const ics = path.join(map, "herinneringen.ics");
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--ics", ics]);
    expect(r.code).toBe(0);
    const agenda = readFileSync(ics, "utf8").replace(/\r\n/g, "\n");
    expect(agenda).not.toMatch(STUUR);
    expect(agenda.replace(/\n /g, "")).toContain("Anna\u241b[2K");
  });

  it("een bestandsnaam die geen UTF-8 is (Latin-1), wordt gescand en genoemd", async () => {
    const m = mkdtempSync(path.join(tmpdir(), "pw-latin1-"));
    const pad = Buffer.concat([Buffer.from(m + "/"), Buffer.from([0x6c, 0x6f, 0x6f, 0x6e, 0xe9, 0x2e, 0x78, 0x6c, 0x73, 0x78])]);
    writeFileSync(pad, await register(["Anna", "Bram"]));
    const v = sha(pad);
    const r = await draai(["scan", m, "--peildatum", "2026-12-01"]);
    expect(r.out + r.err).not.toMatch(/symbolische koppeling/);
    expect(r.out).toMatch(/== .*loon<0xE9>\.xlsx — blad Verzuim, tabel Verzuim \(2 dossiers/);
    expect(r.code).toBe(0);
    expect(sha(pad)).toBe(v);
  });
});
