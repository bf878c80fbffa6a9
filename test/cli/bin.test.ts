/**
 * Het commando zelf (bin/poortwachter.js op de gebouwde lib/): wat een gebruiker in de terminal ziet als
 * de uitvoer in een pijp gaat die eerder sluit, of als er iets onverwachts misgaat.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
