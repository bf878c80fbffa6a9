/**
 * Issue 23, "de lezer buiten tabellen": een register als gewoon bereik naast een kleine opzoektabel, rijen onder
 * een tabel die niet meegroeide, een tabel zonder kopregel (koppen erboven getypt), en een naam samengevoegd over
 * twee ziekteperioden. Werkmappen van exceljs; sha256 van elke invoer vóór en na.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { main } from "../../src/cli/main";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rij = (naam: string, nr: number, iso = "2026-10-01"): ExcelJS.CellValue[] => [naam, String(nr), utc(iso), null, null];

interface Json {
  bestanden: { blad?: string; tabel?: string; dossiers?: { werknemer?: string; rijen: number[] }[]; problemen?: { rij?: number; melding: string }[]; nietTeBeoordelen?: string }[];
}

let map: string;
beforeAll(() => {
  map = mkdtempSync(path.join(tmpdir(), "pw-buiten-"));
});

async function scan(naam: string, bouw: (ws: ExcelJS.Worksheet) => void): Promise<{ code: number; json: Json; tekst: string; bestand: string }> {
  const wb = new ExcelJS.Workbook();
  bouw(wb.addWorksheet("Verzuim"));
  const bestand = path.join(map, naam);
  await wb.xlsx.writeFile(bestand);
  const voor = createHash("sha256").update(readFileSync(bestand)).digest("hex");
  let out = "";
  const code = await main(["scan", bestand, "--peildatum", "2026-12-01", "--json", "--stil"], { out: (s) => (out += s), err: () => undefined, isTTY: false });
  let tekst = "";
  await main(["scan", bestand, "--peildatum", "2026-12-01", "--stil"], { out: (s) => (tekst += s), err: () => undefined, isTTY: false });
  expect(createHash("sha256").update(readFileSync(bestand)).digest("hex")).toBe(voor);
  return { code, json: JSON.parse(out) as Json, tekst, bestand };
}

const namen = (j: Json) => j.bestanden.flatMap((b) => (b.dossiers ?? []).map((d) => d.werknemer ?? "(onbekend)"));

describe("de lezer buiten tabellen", () => {
  it("een register als gewoon bereik naast een kleine opzoektabel wordt gelezen", async () => {
    const { code, json } = await scan("naast-opzoektabel.xlsx", (ws) => {
      ws.getRow(1).values = KOPPEN;
      ws.getRow(2).values = rij("Anna", 1001);
      ws.getRow(3).values = rij("Bram", 1002);
      ws.getRow(4).values = rij("Cor", 1003);
      ws.addTable({ name: "Redenen", ref: "H1", headerRow: true, columns: [{ name: "Code" }, { name: "Reden" }], rows: [["Z", "Ziek"], ["H", "Hersteld"]] });
    });
    expect(code).toBe(0);
    expect(namen(json)).toEqual(["Anna", "Bram", "Cor"]);
    expect(json.bestanden.find((b) => b.dossiers)?.tabel).toBeUndefined();
  });

  it("17 rijen onder een tabel die niet meegroeide worden gelezen, en het rapport zegt welke", async () => {
    const { json, tekst } = await scan("onder-tabel.xlsx", (ws) => {
      ws.addTable({ name: "Verzuim", ref: "A1", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: [rij("Anna", 1001), rij("Bram", 1002)] });
      for (let i = 0; i < 17; i++) ws.getRow(4 + i).values = rij(`Extra ${i + 1}`, 2001 + i, "2026-11-02");
    });
    expect(namen(json)).toHaveLength(19);
    expect(namen(json)).toContain("Extra 17");
    const b = json.bestanden.find((x) => x.tabel === "Verzuim")!;
    expect(b.problemen?.some((p) => p.rij === 4 && /17 rijen direct onder tabel Verzuim \(rij 4–20\) horen in Excel niet bij de tabel/.test(p.melding))).toBe(true);
    expect(tekst).toMatch(/17 rijen direct onder tabel Verzuim \(rij 4–20\)/);
  });

  it("een tabel zonder kopregel met de koppen er vlak boven getypt", async () => {
    const { code, json } = await scan("zonder-kopregel.xlsx", (ws) => {
      ws.getRow(1).values = KOPPEN;
      ws.addTable({ name: "Gegevens", ref: "A2", headerRow: false, columns: KOPPEN.map((name) => ({ name })), rows: [rij("Anna", 1001), rij("Bram", 1002)] });
    });
    const delen = unzipSync(readFileSync(path.join(map, "zonder-kopregel.xlsx")));
    const tabel = Buffer.from(delen[Object.keys(delen).find((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))!]).toString("utf8");
    expect(tabel).toMatch(/headerRowCount="0"/); // de werkmap is echt een tabel zonder kopregel
    expect(code).toBe(0);
    expect(namen(json)).toEqual(["Anna", "Bram"]);
  });

  it("een naam samengevoegd over twee ziekteperioden: beide perioden van die werknemer", async () => {
    const { json } = await scan("samengevoegd.xlsx", (ws) => {
      ws.getRow(1).values = ["Verzuimregister", null, null, null, null];
      ws.mergeCells("A1:E1"); // een titel over de kolommen blijft een titel
      ws.getRow(2).values = KOPPEN;
      ws.getRow(3).values = rij("Anna", 1001, "2026-03-02");
      ws.getRow(4).values = [null, null, utc("2026-10-01"), null, null];
      ws.mergeCells("A3:A4");
      ws.mergeCells("B3:B4");
      ws.getRow(5).values = rij("Bram", 1002);
    });
    expect(namen(json)).not.toContain("(onbekend)");
    const anna = json.bestanden.flatMap((b) => b.dossiers ?? []).filter((d) => d.werknemer === "Anna");
    expect(anna.flatMap((d) => d.rijen).sort()).toEqual([3, 4]);
  });
});
