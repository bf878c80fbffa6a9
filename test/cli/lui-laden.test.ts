/**
 * Alleen laden wat de opdracht gebruikt (issue 22): `scan` zonder --horizon of --pa-termijn laadt zod niet
 * (de validatie van instellingen), en ook de opdracht statistiek niet; exceljs alleen voor een deelkopie.
 * Draait bin/poortwachter.js op de gebouwde lib/ en leest welke modules geladen zijn (test/cli/hulp/modules.cjs).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "poortwachter.js");
const voorbeeld = path.join(root, "assets", "voorbeeld-verzuimregister.xlsx");
const map = mkdtempSync(path.join(tmpdir(), "pw-lui-"));
afterAll(() => rmSync(map, { recursive: true, force: true }));

function geladen(args: string[]): string[] {
  const f = path.join(map, `modules-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, ["-r", path.join(__dirname, "hulp", "modules.cjs"), bin, ...args], { cwd: root, env: { ...process.env, PW_MODULES_BESTAND: f } });
  expect(r.status).toBe(0);
  return readFileSync(f, "utf8").split("\n");
}

test("scan --json laadt geen zod, exceljs of de opdracht statistiek", () => {
  const m = geladen(["scan", voorbeeld, "--json", "--peildatum", "2026-11-25"]);
  expect(m.filter((x) => /[\\/]node_modules[\\/](zod|exceljs)[\\/]/.test(x) || /[\\/]cli[\\/]statistiek\.js$/.test(x))).toEqual([]);
});

test("met --horizon wordt de instelling wel met zod gevalideerd", () => {
  const m = geladen(["scan", voorbeeld, "--json", "--peildatum", "2026-11-25", "--horizon", "10"]);
  expect(m.some((x) => /[\\/]node_modules[\\/]zod[\\/]/.test(x))).toBe(true);
});

test("een register zonder maandnamen laadt de Nederlandse locale van date-fns niet", () => {
  // De locale (maandnamen voor "3 maart 2025") kost ~25 ms per proces; pas geladen bij de eerste maandnaam.
  const m = geladen(["scan", path.join(root, "test", "fixtures", "registers", "hr-export.xlsx"), "--json", "--peildatum", "2026-11-25"]);
  expect(m.some((x) => /[\\/]cli[\\/]main\.js$/.test(x))).toBe(true);
  expect(m.filter((x) => /date-fns[\\/]locale[\\/]nl/.test(x))).toEqual([]);
  // Het voorbeeld heeft een datum als "3 maart 2025": dan wel.
  expect(geladen(["scan", voorbeeld, "--json", "--peildatum", "2026-11-25"]).some((x) => /date-fns[\\/]locale[\\/]nl/.test(x))).toBe(true);
});
