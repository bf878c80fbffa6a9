/**
 * Beide kernen op een map (issue 22): een scan over meer werkmappen rekent met twee werkers
 * (node:worker_threads) en schrijft precies dezelfde bytes als in één draad (--werkers 1), in elke vorm, ook
 * met een bestand dat niet gelezen kan worden. Draait bin/poortwachter.js op de gebouwde lib/ (de werker is
 * lib/src/cli/werker.js), zoals test/cli/bin.test.ts.
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { maakRegisterXlsx } from "../../bench/hulp/register-xlsx";
import { aantalWerkers } from "../../src/cli/werkers";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "poortwachter.js");
const tel = path.join(__dirname, "hulp", "werkers.cjs");
const map = mkdtempSync(path.join(tmpdir(), "pw-werkers-"));
const klanten = path.join(map, "klanten");

jest.setTimeout(120_000);
beforeAll(async () => {
  mkdirSync(path.join(klanten, "b"), { recursive: true });
  writeFileSync(path.join(klanten, "a-groot.xlsx"), await maakRegisterXlsx(4000));
  writeFileSync(path.join(klanten, "b", "klein.xlsx"), await maakRegisterXlsx(300));
  writeFileSync(path.join(klanten, "c-middel.xlsx"), await maakRegisterXlsx(1500));
  copyFileSync(path.join(root, "assets", "voorbeeld-verzuimregister.xlsx"), path.join(klanten, "d-voorbeeld.xlsx"));
  writeFileSync(path.join(klanten, "e-kapot.xlsx"), "geen zip");
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** `werkers`: hoeveel werkers er gestart zijn; `bezig`: hoeveel daarvan een bestand beoordeeld hebben. */
function draai(args: string[]): Promise<{ code: number | null; out: Buffer; werkers: number; bezig: number }> {
  const telBestand = path.join(map, `tel-${Math.random().toString(36).slice(2)}`);
  return new Promise((klaar) => {
    const p = spawn(process.execPath, ["-r", tel, bin, ...args], { cwd: root, stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, PW_WERKERS_BESTAND: telBestand } });
    const delen: Buffer[] = [];
    p.stdout.on("data", (d: Buffer) => delen.push(d));
    p.on("close", (code) => {
      const [werkers, bezig] = readFileSync(telBestand, "utf8").split(" ").map(Number);
      klaar({ code, out: Buffer.concat(delen), werkers, bezig });
    });
  });
}

test.each([
  ["rapport", []],
  ["JSON", ["--json"]],
  ["JSON versie 1", ["--json-versie", "1"]],
  ["CSV", ["--csv"]],
])("%s: twee werkers geven dezelfde bytes als één draad", async (_n, extra) => {
  const een = await draai(["scan", klanten, "--peildatum", "2026-11-25", "--stil", "--werkers", "1", ...extra]);
  const twee = await draai(["scan", klanten, "--peildatum", "2026-11-25", "--stil", "--werkers", "2", ...extra]);
  expect(een.werkers).toBe(0);
  expect(twee.werkers).toBe(2);
  expect(twee.bezig).toBe(2); // beide werkers hebben echt een bestand beoordeeld, niet één die alles deed
  expect(twee.code).toBe(4); // e-kapot.xlsx kon niet gelezen worden
  expect(een.code).toBe(4);
  expect(twee.out.length).toBeGreaterThan(100_000);
  expect(twee.out.equals(een.out)).toBe(true);
});

test("zonder --werkers rekent een map met twee werkers vanaf drie kernen, anders in één draad", async () => {
  const r = await draai(["scan", klanten, "--peildatum", "2026-11-25", "--stil", "--csv"]);
  expect(r.werkers).toBe(os.availableParallelism() >= 3 ? 2 : 0);
});

test("aantalWerkers: gevraagd aantal, anders 2 vanaf drie kernen; nooit meer dan er bestanden zijn", () => {
  expect(aantalWerkers(null, 8, 2)).toBe(1); // op twee kernen wonnen twee werkers niets (bench/map.ts)
  expect(aantalWerkers(null, 8, 1)).toBe(1);
  expect(aantalWerkers(null, 8, 3)).toBe(2);
  expect(aantalWerkers(null, 8, 16)).toBe(2);
  expect(aantalWerkers(null, 1, 16)).toBe(1);
  expect(aantalWerkers(2, 8, 2)).toBe(2); // --werkers 2 mag altijd
  expect(aantalWerkers(4, 3, 2)).toBe(3);
});

test("met --markeer blijft het één draad (één schrijver kent alle kopieën)", async () => {
  const r = await draai(["scan", klanten, "--peildatum", "2026-11-25", "--stil", "--csv", "--markeer", path.join(map, "uit")]);
  expect(r.werkers).toBe(0);
});
