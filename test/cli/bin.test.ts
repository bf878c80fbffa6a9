/**
 * Het commando zelf (bin/poortwachter.js op de gebouwde lib/): wat een gebruiker in de terminal ziet als
 * de uitvoer in een pijp gaat die eerder sluit, of als er iets onverwachts misgaat.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { maakRegisterXlsx } from "../../bench/hulp/register-xlsx";
import { main } from "../../src/cli/main";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "poortwachter.js");
// Groot genoeg dat elke uitvoer (ook het rapport) meer is dan één schrijfopdracht van 64 kB.
const map = mkdtempSync(path.join(tmpdir(), "pw-bin-"));
const register = path.join(map, "register.xlsx");
beforeAll(async () => writeFileSync(register, await maakRegisterXlsx(3000)));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Start de scanner, lees `bytes` tekens van stdout en sluit dan de pijp (zoals `| head -c`). */
function leesEnSluit(args: string[], bytes: number): Promise<{ code: number | null; stderr: string; gelezen: string }> {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let gelezen = "";
    let stderr = "";
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    p.stdout.on("data", (d: Buffer) => {
      gelezen += d.toString();
      if (gelezen.length >= bytes) p.stdout.destroy();
    });
    p.on("close", (code) => klaar({ code, stderr, gelezen }));
  });
}

describe("poortwachter in een pijp die eerder sluit (| head)", () => {
  test.each([
    ["rapport", ["scan", register, "--peildatum", "2026-11-25"]],
    ["JSON", ["scan", register, "--json", "--peildatum", "2026-11-25"]],
    ["CSV", ["scan", register, "--csv", "--peildatum", "2026-11-25"]],
  ])("%s: stopt stil, zonder EPIPE of stacktrace", async (_n, args) => {
    const r = await leesEnSluit(args, 10);
    expect(r.gelezen.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
    expect(r.code).toBe(0);
  });
});

describe("fouten in de opdracht in het Nederlands (nooit de Engelse melding van node:util)", () => {
  test.each([
    ["onbekende optie", ["scan", "x.xlsx", "--foo"], /^poortwachter: onbekende optie --foo\./],
    ["optie zonder waarde", ["scan", "x.xlsx", "--peildatum"], /^poortwachter: de optie --peildatum verwacht een waarde\./],
    ["waarde bij een schakelaar", ["scan", "x.xlsx", "--json=ja"], /^poortwachter: de optie --json heeft geen waarde\./],
    ["statistiek: onbekende optie", ["statistiek", "x.xlsx", "--peildatum", "2026-01-01"], /^poortwachter statistiek: onbekende optie --peildatum\./],
  ])("%s", async (_n, args, melding) => {
    let err = "";
    const code = await main(args, { out: () => undefined, err: (s) => void (err += s), isTTY: false });
    expect(code).toBe(2);
    expect(err).toMatch(melding);
    expect(err).not.toMatch(/Unknown|Option|argument/);
  });
});

/** Draait bin/poortwachter.js en geeft exitcode, stdout en stderr. */
function draaiBin(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    p.on("close", (code) => klaar({ code, out, err }));
  });
}

describe("geen interne namen of systeemcodes voor de gebruiker (de echte bin)", () => {
  // Een bestand waar een map verwacht wordt, een map waar een bestand verwacht wordt, iets wat niet bestaat.
  const bestand = () => path.join(map, "gewoon.txt");
  const klein = path.join(map, "klein.xlsx");
  beforeAll(async () => {
    writeFileSync(bestand(), "geen werkmap\n");
    writeFileSync(klein, await maakRegisterXlsx(20));
  });

  test.each([
    ["pad bestaat niet", () => ["scan", path.join(map, "bestaat-niet.xlsx")], 2, /bestaat-niet\.xlsx: bestaat niet\./],
    ["pad onder een bestand", () => ["scan", path.join(bestand(), "register.xlsx")], 2, /gewoon\.txt\/register\.xlsx: bestaat niet: een deel van het pad is een bestand in plaats van een map\./],
    ["een bestaand en een ontbrekend pad", () => ["scan", klein, path.join(map, "weg"), "--peildatum", "25-11-2026"], 4, /weg: bestaat niet\./],
    ["--markeer onder een bestand", () => ["scan", klein, "--markeer", path.join(bestand(), "uit"), "--peildatum", "2026-11-25"], 5, /gewoon\.txt/],
    ["--uitvoer is een map", () => ["scan", klein, "--uitvoer", map, "--peildatum", "2026-11-25"], 5, /map/],
    ["--ics onder een bestand", () => ["scan", klein, "--ics", path.join(bestand(), "a.ics"), "--peildatum", "2026-11-25"], 5, /agendabestand/],
    ["--horizon geen getal", () => ["scan", klein, "--horizon", "veel"], 2, /^poortwachter: --horizon: moet een heel aantal dagen zijn/],
    ["--pa-termijn onbekend", () => ["scan", klein, "--pa-termijn", "week7"], 2, /^poortwachter: --pa-termijn: moet "einde-week-6" of "zes-weken-na" zijn/],
    ["--peildatum onleesbaar", () => ["scan", klein, "--peildatum", "11/25/2026"], 2, /"11\/25\/2026" bestaat niet als datum\. Schrijf bijvoorbeeld 25-11-2026 of 2026-11-25\./],
    ["statistiek: pad bestaat niet", () => ["statistiek", path.join(map, "weg.xlsx"), "--van", "1-1-2026", "--tot", "31-3-2026"], 2, /weg\.xlsx: bestaat niet\./],
    ["statistiek: pad onder een bestand", () => ["statistiek", path.join(bestand(), "x.xlsx")], 2, /een deel van het pad is een bestand/],
    ["statistiek: --html onder een bestand", () => ["statistiek", klein, "--html", path.join(bestand(), "r.html"), "--van", "1-1-2026", "--tot", "31-3-2026", "--medewerkers", "10"], 5, /HTML/],
  ])("%s", async (_n, args, code, melding) => {
    const r = await draaiBin(args());
    const tekst = (r.err + r.out).split(map).join("<map>");
    expect(tekst).toMatch(melding);
    expect(r.code).toBe(code);
    expect(tekst).not.toMatch(/\bE[A-Z]{3,}\b/); // ENOENT, ENOTDIR, EISDIR…
    expect(tekst).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // horizonDagen, paTermijn…
    expect(tekst).not.toMatch(/Error|at .*\.js:\d+/);
  }, 30_000);

  test("--peildatum als dd-mm-jjjj en d-m-jjjj rekent hetzelfde als jjjj-mm-dd", async () => {
    const iso = await draaiBin(["scan", klein, "--json", "--peildatum", "2026-01-05"]);
    const nl = await draaiBin(["scan", klein, "--json", "--peildatum", "05-01-2026"]);
    const kort = await draaiBin(["scan", klein, "--json", "--peildatum", "5-1-2026"]);
    expect(iso.code).toBe(0);
    expect(JSON.parse(iso.out).peildatum).toBe("2026-01-05");
    expect(nl.out).toBe(iso.out);
    expect(kort.out).toBe(iso.out);
  }, 30_000);
});

describe("verwijzingen naar documentatie die de gebruiker heeft", () => {
  /** Elk absoluut pad naar een .md-bestand in de tekst. */
  const paden = (tekst: string) => [...tekst.matchAll(/(\/\S+\.md)\b/g)].map((m) => m[1]);

  test.each([["scan"], ["statistiek"]])("%s --help noemt alleen meegeleverde bestanden die bestaan", async (commando) => {
    const r = await draaiBin([commando, "--help"]);
    expect(r.code).toBe(0);
    expect(paden(r.out).length).toBeGreaterThan(0);
    for (const p of paden(r.out)) expect(existsSync(p)).toBe(true);
    expect(r.out).not.toMatch(/(^|\s)docs\//m);
  });

  test("geen register herkend: het rapport zegt welke koppen er staan en waar de herkende koppen beschreven zijn", async () => {
    const csv = path.join(map, "boodschappen.csv");
    writeFileSync(csv, "Boodschappen;Aantal\nmelk;2\n");
    const r = await draaiBin(["scan", csv, "--peildatum", "2026-11-25"]);
    expect(r.out).toMatch(/"Boodschappen", "Aantal"/);
    const m = /Welke kolomkoppen herkend worden: (\S+)\n/.exec(r.out);
    expect(m).not.toBeNull();
    expect(existsSync(m![1])).toBe(true);
    expect(path.basename(m![1])).toBe("kolommen.md");
  }, 30_000);
});
