// `npm run bench`: bouwt de node-bibliotheek en draait elk bestand in lib/bench/ (uit bench/*.ts).
// Elke benchmark drukt zijn eigen cijfer en doel af; er wordt niets geassert.
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const b = spawnSync("npx", ["tsc", "-p", "tsconfig.node.json"], { stdio: "inherit" });
if (b.status !== 0) process.exit(b.status ?? 1);
const map = path.join(root, "lib", "bench");
const filter = process.argv[2];
const bestanden = existsSync(map) ? readdirSync(map).filter((f) => f.endsWith(".js") && (!filter || f.includes(filter))).sort() : [];
for (const f of bestanden) {
  console.log(`\n=== ${f.replace(/\.js$/, "")} ===`);
  const r = spawnSync("node", ["--expose-gc", path.join(map, f)], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
