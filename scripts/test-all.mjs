// `npm test`: lint, typecontrole, productiebuild, manifestcontrole en alle jest-tests, die laatste
// onder twee tijdzones (America/Los_Angeles en Pacific/Kiritimati: UTC−8 en UTC+14), zodat geen
// uitkomst van de tijdzone van de machine afhangt. Eindigt met één regel "Tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
let geslaagd = 0;
let mislukt = 0;

function stap(naam, cmd, args, env = {}) {
  const start = Date.now();
  console.log(`\n=== ${naam} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`--- ${naam}: ${ok ? "geslaagd" : "MISLUKT"} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return ok;
}

function jest(zone, extra = []) {
  const uit = path.join(root, "test-output", `jest-${zone.replace(/\W/g, "_")}.json`);
  mkdirSync(path.dirname(uit), { recursive: true });
  rmSync(uit, { force: true });
  const ok = stap(`jest (TZ=${zone})`, npx, ["jest", "--ci", "--json", `--outputFile=${uit}`, ...extra], { TZ: zone });
  try {
    const r = JSON.parse(readFileSync(uit, "utf8"));
    geslaagd += r.numPassedTests;
    mislukt += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) mislukt++; // bv. een testbestand dat niet compileert
  } catch {
    mislukt++;
  }
}

const stappen = [
  ["systeempakketten", "bash", ["scripts/systeem-pakketten.sh"]],
  ["lint (eslint + office-addins-regels)", npx, ["eslint", "."]],
  ["typecontrole (tsc --noEmit)", npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["build (webpack productie + node-bibliotheek)", "npm", ["run", "--silent", "build"]],
  ["manifestcontrole (xmllint, offline schema's)", "node", ["scripts/validate-manifest.mjs"]],
];
for (const [naam, cmd, args] of stappen) {
  if (stap(naam, cmd, args)) geslaagd++;
  else mislukt++;
}
jest("America/Los_Angeles");
jest("Pacific/Kiritimati");

console.log(`\nTests: ${geslaagd} passed, ${mislukt} failed`);
process.exit(mislukt ? 1 : 0);
