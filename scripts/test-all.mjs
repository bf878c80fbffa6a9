// `npm test`: lint, typecontrole, productiebuild, manifestcontrole en alle jest-tests, die laatste twee
// keer: onder twee tijdzones (America/Los_Angeles en Pacific/Kiritimati: UTC−8 en UTC+14), zodat geen
// uitkomst van de tijdzone van de machine afhangt, en op twee Node-hoofdversies: de eerste ronde op de
// Node waarmee `npm test` draait, de tweede op een andere LTS uit package.json "engines" (standaard 22,
// of 20 als u al op 22 draait; kies met PW_NODE_TWEEDE=24). Die tweede Node komt als npm-pakket `node`
// uit het register in node_modules/.cache/pw-node-<versie> (één keer ophalen; `npm ci` wist hem).
// Lukt het ophalen niet, dan telt dat als mislukte stap; PW_NODE_TWEEDE=uit slaat de tweede Node bewust over.
// Programma's buiten Node (LibreOffice, Chromium, xmllint, pdftoppm, openpyxl; scripts/hulpmiddelen.cjs): lokaal
// (CI niet gezet) wordt niets geïnstalleerd; wat ontbreekt wordt overgeslagen met één regel per programma en de
// ronde blijft groen. Onder CI=true (.ci/run) zijn ze verplicht: scripts/systeem-pakketten.sh installeert ze als
// root met apt-get, anders faalt de ronde.
// Eindigt met één regel "Tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const { isCi, ontbrekend, ontbreektRegel, zoek } = createRequire(import.meta.url)("./hulpmiddelen.cjs");
const ci = isCi();
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

/** Pad naar een Node van de gevraagde hoofdversie (npm-pakket `node`), of null met een melding. */
function tweedeNode(hoofd) {
  const prefix = path.join(root, "node_modules", ".cache", `pw-node-${hoofd}`);
  const bin = path.join(prefix, "node_modules", ".bin", process.platform === "win32" ? "node.cmd" : "node");
  if (!existsSync(bin)) {
    console.log(`\n=== Node ${hoofd} ophalen (npm-pakket node@${hoofd}) ===`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const r = spawnSync(npm, ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--prefer-offline", `node@${hoofd}`], { stdio: "inherit", shell: process.platform === "win32" });
    if (r.status !== 0 || !existsSync(bin)) {
      console.log(`--- Node ${hoofd} kon niet worden opgehaald (geen verbinding met het npm-register?)`);
      return null;
    }
  }
  const v = spawnSync(bin, ["--version"], { encoding: "utf8", shell: process.platform === "win32" });
  if (v.status !== 0 || !v.stdout.startsWith(`v${hoofd}.`)) {
    console.log(`--- ${bin} is geen Node ${hoofd} (${v.stdout?.trim() || v.error?.message})`);
    return null;
  }
  return bin;
}

function jest(zone, node = null) {
  const label = node ? `, Node ${spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim()}` : `, Node ${process.version}`;
  const uit = path.join(root, "test-output", `jest-${zone.replace(/\W/g, "_")}.json`);
  mkdirSync(path.dirname(uit), { recursive: true });
  rmSync(uit, { force: true });
  const args = ["--ci", "--json", `--outputFile=${uit}`];
  const ok = node
    ? stap(`jest (TZ=${zone}${label})`, node, [path.join(root, "node_modules", "jest", "bin", "jest.js"), ...args], { TZ: zone })
    : stap(`jest (TZ=${zone}${label})`, npx, ["jest", ...args], { TZ: zone });
  try {
    const r = JSON.parse(readFileSync(uit, "utf8"));
    geslaagd += r.numPassedTests;
    mislukt += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) mislukt++; // bv. een testbestand dat niet compileert
  } catch {
    mislukt++;
  }
}

/** Een stap die lokaal overslaat als een programma ontbreekt (onder CI=true draait hij en faalt hij dan). */
const tenzij = (hulpmiddel, stap) => (ci || zoek(hulpmiddel) ? [stap] : (console.log(`\n${ontbreektRegel(hulpmiddel)}`), []));
const stappen = [
  ...(ci && process.platform === "linux" ? [["systeempakketten (CI=true: installeren met apt-get)", "bash", ["scripts/systeem-pakketten.sh"]]] : []),
  ["de wet (wet/*.yaml: zod-toets, docs/regels.md actueel)", "node", ["scripts/wet.mjs", "--controleer"]],
  ["de wet → src/core/wet-gegevens.ts", "node", ["scripts/wet.mjs"]],
  ["lint (eslint + office-addins-regels)", npx, ["eslint", "."]],
  ["typecontrole (tsc --noEmit)", npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["build (webpack productie + node-bibliotheek)", "npm", ["run", "--silent", "build"]],
  ...tenzij("xmllint", ["manifestcontrole (xmllint, offline schema's)", "node", ["scripts/validate-manifest.mjs"]]),
];
if (!ci) {
  const weg = ontbrekend();
  console.log(weg.length ? `\nLokaal (CI niet gezet) overgeslagen, zonder de ronde te laten falen:\n${weg.map((n) => "  " + ontbreektRegel(n)).join("\n")}` : "\nAlle programma's voor de tests zijn aanwezig.");
}
for (const [naam, cmd, args] of stappen) {
  if (stap(naam, cmd, args)) geslaagd++;
  else mislukt++;
}
jest("America/Los_Angeles");
const huidig = Number(process.versions.node.split(".")[0]);
const gevraagd = process.env.PW_NODE_TWEEDE ?? (huidig === 22 ? "20" : "22");
const node2 = gevraagd === "uit" ? null : tweedeNode(gevraagd);
if (node2) jest("Pacific/Kiritimati", node2);
else {
  console.log(`\n--- tweede Node-versie ${gevraagd === "uit" ? "overgeslagen (PW_NODE_TWEEDE=uit)" : "niet beschikbaar"}: jest onder Pacific/Kiritimati op Node ${process.version}`);
  if (gevraagd !== "uit") mislukt++;
  jest("Pacific/Kiritimati");
}

console.log(`\nTests: ${geslaagd} passed, ${mislukt} failed`);
process.exit(mislukt ? 1 : 0);
