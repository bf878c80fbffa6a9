// Controleert manifest.xml (en de gebouwde dist/manifest.xml) offline tegen de XML-schema's in
// ../shared/manifest-schema/ (office-addin-manifest validate vraagt een online dienst).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const kandidaten = [process.env.PW_MANIFEST_SCHEMA, path.join(root, "..", "shared", "manifest-schema"), path.join(root, "manifest-schema")].filter(Boolean);
const schemaMap = kandidaten.find((p) => existsSync(path.join(p, "OfficeAppManifestV1_1.xsd")));
if (!schemaMap) {
  console.error("Manifestschema's niet gevonden (verwacht ../shared/manifest-schema of PW_MANIFEST_SCHEMA).");
  process.exit(1);
}
const schema = path.join(schemaMap, "OfficeAppManifestV1_1.xsd");
const bestanden = ["manifest.xml", "dist/manifest.xml"].map((f) => path.join(root, f)).filter((f) => existsSync(f));
let fouten = 0;
for (const f of bestanden) {
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, f], { stdio: "pipe" });
    console.log(`manifest geldig: ${path.relative(root, f)}`);
  } catch (e) {
    fouten++;
    console.error(`manifest ongeldig: ${path.relative(root, f)}\n${e.stderr?.toString() ?? e.message}`);
  }
}
process.exit(fouten ? 1 : 0);
