/** Eind-tot-eind: `poortwachter statistiek` en `poortwachter scan --ics` op echte .xlsx-bestanden (exceljs schrijft ze). */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { main } from "../../src/cli/main";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
let map: string;

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-inzicht-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({
    name: "Verzuim",
    ref: "A1",
    headerRow: true,
    columns: ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak"].map((name) => ({ name })),
    rows: [
      // Zelfde rekenvoorbeeld als test/inzicht/statistiek.test.ts (52 ziektedagen, 3 meldingen, 2 afgesloten).
      ["A", utc("2025-12-20"), utc("2026-01-10"), utc("2025-12-28"), utc("2026-01-05")],
      ["B", utc("2026-02-01"), utc("2026-02-15"), null, null],
      ["B", utc("2026-03-10"), null, null, null],
      ["C", utc("2026-03-25"), utc("2026-04-10"), null, null],
    ],
  });
  for (let c = 2; c <= 5; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  await wb.xlsx.writeFile(path.join(map, "klant.xlsx"));
});

describe("poortwachter statistiek", () => {
  test("JSON met de velden uit het issue, dezelfde getallen als de rekensom", async () => {
    const r = await draai(["statistiek", path.join(map, "klant.xlsx"), "--van", "2026-01-01", "--tot", "2026-03-31", "--medewerkers", "10", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.bestanden[0]).toMatchObject({ verzuimpercentage: 5.78, meldingsfrequentie: 1.22, gemiddeldeVerzuimduur: 17.5, nulverzuim: 70, frequentVerzuim: [] });
  });

  test("tekst in het Nederlands met decimale komma; HTML met grafiek zonder externe bronnen", async () => {
    const html = path.join(map, "cijfers.html");
    const r = await draai(["statistiek", path.join(map, "klant.xlsx"), "--van", "2026-01-01", "--tot", "2026-03-31", "--medewerkers", "10", "--html", html]);
    expect(r.out).toMatch(/Verzuimpercentage: +5,78%/);
    expect(r.out).toMatch(/Nulverzuim: +70,0%/);
    const h = readFileSync(html, "utf8");
    expect(h).toMatch(/<svg[^>]+role="img"/);
    expect(h).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(h).toMatch(/default-src 'none'/);
  });

  test.each([
    ["tot vóór van", ["--van", "2026-03-01", "--tot", "2026-01-01"], /--tot ligt vóór --van/],
    ["geen getal", ["--medewerkers", "tien"], /heel getal/],
    ["ongeldige datum", ["--van", "2026-02-30"], /--van/],
  ])("verkeerde opties (%s): exitcode 2 met een Nederlandse melding", async (_n, extra, melding) => {
    const r = await draai(["statistiek", path.join(map, "klant.xlsx"), ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(melding);
  });
});

describe("poortwachter scan --ics", () => {
  test("een geldig agendabestand met een afspraak per open stap", async () => {
    const ics = path.join(map, "herinneringen.ics");
    const r = await draai(["scan", path.join(map, "klant.xlsx"), "--peildatum", "2026-03-31", "--ics", ics]);
    expect(r.code).toBe(0);
    const comp = new ICAL.Component(ICAL.parse(readFileSync(ics, "utf8")));
    const samenvattingen = comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).summary);
    // B (samengeteld, loopt) en C (hersteld 10-04, na de peildatum): PA en PvA open; A is hersteld.
    expect(samenvattingen).toEqual(expect.arrayContaining([expect.stringMatching(/^B — Probleemanalyse/), expect.stringMatching(/^C — Probleemanalyse/)]));
    expect(samenvattingen.some((s) => s.startsWith("A — "))).toBe(false);
    expect(r.out).toMatch(/Agenda: \d+ herinneringen/);
  });

  test.each([["--json"], ["--csv"]])("met %s (dossiers per stuk geschreven) hetzelfde agendabestand als met het rapport", async (vorm) => {
    const rapport = path.join(map, "rapport.ics");
    const stroom = path.join(map, `stroom${vorm}.ics`);
    await draai(["scan", path.join(map, "klant.xlsx"), "--peildatum", "2026-03-31", "--ics", rapport]);
    const r = await draai(["scan", path.join(map, "klant.xlsx"), "--peildatum", "2026-03-31", "--ics", stroom, vorm]);
    expect(r.code).toBe(0);
    expect(readFileSync(stroom, "utf8")).toBe(readFileSync(rapport, "utf8"));
    expect(readFileSync(stroom, "utf8")).toMatch(/BEGIN:VEVENT/);
  });
});
