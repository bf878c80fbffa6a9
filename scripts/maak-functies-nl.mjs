// Bouwstap: leidt dist/functions.nl-NL.json af uit dist/functions.json (custom-functions-metadata-plugin)
// met de Nederlandse namen en beschrijvingen uit src/functions/nl-NL.json. Zelfde ids, types en opties;
// alleen `name` en `description` (van functie, parameters en resultaat) worden vertaald.
// Ontbreekt een vertaling voor een id of parameter, of staat er een id in de tabel dat niet (meer) bestaat,
// dan is dat een fout: de build faalt.
//
// Gebruik: in webpack.config.js (processAssets) via `maakNlMetadata`, of los:
//   node scripts/maak-functies-nl.mjs [dist/functions.json] [dist/functions.nl-NL.json]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const TABEL_PAD = path.join(root, "src", "functions", "nl-NL.json");

/** @returns {{ json: string, fouten: string[] }} */
export function maakNlMetadata(engelsJson, tabel = JSON.parse(readFileSync(TABEL_PAD, "utf8"))) {
  const fouten = [];
  const meta = typeof engelsJson === "string" ? JSON.parse(engelsJson) : engelsJson;
  const vertalingen = tabel.functies ?? {};
  const gezien = new Set();
  const functies = (meta.functions ?? []).map((f) => {
    gezien.add(f.id);
    const v = vertalingen[f.id];
    if (!v) {
      fouten.push(`functie ${f.id}: geen Nederlandse vertaling in src/functions/nl-NL.json`);
      return f;
    }
    if (!v.name || !v.description) fouten.push(`functie ${f.id}: name en description zijn verplicht`);
    const parameters = (f.parameters ?? []).map((p) => {
      const pv = v.parameters?.[p.name];
      if (!pv || !pv.name || !pv.description) {
        fouten.push(`functie ${f.id}, parameter ${p.name}: geen Nederlandse naam en beschrijving`);
        return p;
      }
      return { ...p, name: pv.name, description: pv.description };
    });
    for (const naam of Object.keys(v.parameters ?? {})) {
      if (!(f.parameters ?? []).some((p) => p.name === naam)) fouten.push(`functie ${f.id}: vertaling voor onbekende parameter ${naam}`);
    }
    const uit = { ...f, name: v.name, description: v.description, parameters };
    if (f.result && v.result?.description) uit.result = { ...f.result, description: v.result.description };
    return uit;
  });
  for (const id of Object.keys(vertalingen)) if (!gezien.has(id)) fouten.push(`vertaling voor onbekend id ${id} (ids nooit wijzigen)`);
  const namen = new Map();
  for (const f of functies) {
    const n = String(f.name).toUpperCase();
    if (namen.has(n)) fouten.push(`Nederlandse naam ${f.name} dubbel (${namen.get(n)} en ${f.id})`);
    namen.set(n, f.id);
  }
  return { json: JSON.stringify({ ...meta, functions: functies }, null, 4), fouten };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bron = process.argv[2] ?? path.join(root, "dist", "functions.json");
  const doel = process.argv[3] ?? path.join(root, "dist", "functions.nl-NL.json");
  const { json, fouten } = maakNlMetadata(readFileSync(bron, "utf8"));
  if (fouten.length) {
    console.error("functions.nl-NL.json niet gemaakt:\n  " + fouten.join("\n  "));
    process.exit(1);
  }
  writeFileSync(doel, json);
  console.log(`${path.relative(root, doel)} gemaakt`);
}
