/**
 * Issue 23, "lees elke invoer één keer en weet wat van ons is": de kopie komt van de gelezen bytes (ook als het
 * bestand midden in de scan vervangen wordt), en een uitvoermap in de gescande map (direct of via een symbolische
 * koppeling) wordt nooit gescand. Van elke invoer de sha256 vóór en na.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { leesBestand, leesHaken, STANDAARD_LIMIETEN } from "../../src/cli/lezen";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function maakRegister(bestand: string, namen: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({ name: "Verzuim", ref: "A1", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: namen.map((n, i) => [n, String(1000 + i), utc("2026-10-01"), null, null]) });
  await wb.xlsx.writeFile(bestand);
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

async function namenIn(bestand: string): Promise<string[]> {
  const w = await leesBestand(bestand, STANDAARD_LIMIETEN);
  return w.blokken.filter((b) => b.blad === "Verzuim").flatMap((b) => b.waarden.slice(1).map((r) => String(r[0])));
}

describe("één keer lezen: de kopie komt van de gelezen bytes", () => {
  afterEach(() => {
    delete leesHaken.naLezen;
  });

  it("een bestand dat midden in de scan vervangen wordt, geeft een kopie met de oude cellen (geen nieuwe cellen met oude termijnen)", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-eenmaal-"));
    const invoer = path.join(map, "register.xlsx");
    const vervanger = path.join(map, "vervanger.xlsx");
    await maakRegister(invoer, ["Anna Oud", "Bram Oud"]);
    await maakRegister(vervanger, ["Xander Nieuw", "Yvonne Nieuw", "Zeger Nieuw"]);
    const nieuweBytes = readFileSync(vervanger);
    const voor = sha(invoer);
    let vervangen = 0;
    leesHaken.naLezen = (p) => {
      if (path.resolve(p) !== path.resolve(invoer)) return;
      writeFileSync(invoer, nieuweBytes); // het bestand wordt vervangen nadat het gelezen is
      vervangen++;
    };
    const uit = path.join(map, "uit");
    const deel = path.join(map, "deel");
    const r = await draai(["scan", invoer, "--peildatum", "2026-12-01", "--markeer", uit, "--deelkopie", deel, "--json"]);
    expect(vervangen).toBe(1);
    expect(r.code).not.toBe(5);
    expect(sha(invoer)).not.toBe(voor); // de test heeft het bestand echt vervangen
    const kopie = path.join(uit, "register.xlsx");
    expect(await namenIn(kopie)).toEqual(["Anna Oud", "Bram Oud"]);
    const json = JSON.parse(r.out) as { bestanden: { dossiers?: { werknemer?: string }[] }[] };
    expect(json.bestanden[0].dossiers!.map((d) => d.werknemer)).toEqual(["Anna Oud", "Bram Oud"]);
    const deelkopie = readdirSync(deel, { recursive: true }).map(String).find((f) => f.endsWith(".xlsx"))!;
    expect(await namenIn(path.join(deel, deelkopie))).toEqual(["Anna Oud", "Bram Oud"]);
    expect(sha(vervanger)).toBe(createHash("sha256").update(nieuweBytes).digest("hex"));
  });
});

describe("een uitvoermap in de gescande map wordt niet gescand (apparaat en inode)", () => {
  const dossiers = (out: string) => (JSON.parse(out) as { bestanden: { bestand: string; dossiers?: unknown[] }[] }).bestanden.reduce((n, b) => n + (b.dossiers?.length ?? 0), 0);

  it.each([
    ["direct in de map", (map: string) => ({ markeer: path.join(map, "scan", "kopie"), deel: path.join(map, "scan", "deel") })],
    ["via een symbolische koppeling in de map", (map: string) => {
      mkdirSync(path.join(map, "elders"));
      symlinkSync(path.join(map, "elders"), path.join(map, "scan", "koppeling"));
      symlinkSync(path.join(map, "elders"), path.join(map, "scan", "koppeling2"));
      return { markeer: path.join(map, "scan", "koppeling"), deel: path.join(map, "elders") };
    }],
  ])("%s: drie keer scannen blijft 3 dossiers", async (_, kies) => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-uitmap-"));
    mkdirSync(path.join(map, "scan"));
    const invoer = path.join(map, "scan", "register.xlsx");
    await maakRegister(invoer, ["Anna", "Bram", "Cor"]);
    const voor = sha(invoer);
    const { markeer, deel } = kies(map);
    const tellingen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await draai(["scan", path.join(map, "scan"), "--peildatum", "2026-12-01", "--markeer", markeer, "--deelkopie", deel, "--json", "--overschrijf", "--stil"]);
      expect(r.err).toBe("");
      tellingen.push(dossiers(r.out));
      const bestanden = (JSON.parse(r.out) as { bestanden: { bestand: string }[] }).bestanden.map((b) => b.bestand);
      expect(bestanden).toEqual([invoer]);
    }
    expect(tellingen).toEqual([3, 3, 3]);
    expect(sha(invoer)).toBe(voor);
  });
});
