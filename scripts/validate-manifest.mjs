// `npm run validate`: controleert manifest.xml, de gebouwde dist/manifest.xml (als die er is) en een
// proef-uitrol (manifest.xml met een voorbeeldadres, zoals `PW_URL=https://… npm run build` hem maakt)
// offline tegen de XML-schema's in vendor/office-manifest-schema/ (herkomst: README.md daar).
// `office-addin-manifest validate` stuurt de manifest naar een onlinedienst; dat doen we niet.
// Nodig: xmllint (Debian: libxml2-utils).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const { productieAdres, zetAdres } = require("./adres.js");
const { installeerRegel } = require("./hulpmiddelen.cjs");

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaMap = process.env.PW_MANIFEST_SCHEMA || path.join(root, "vendor", "office-manifest-schema");
const schema = path.join(schemaMap, "OfficeAppManifestV1_1.xsd");
if (!existsSync(schema)) {
  console.error(`Manifestschema niet gevonden: ${path.relative(root, schema)}`);
  process.exit(1);
}

const tijdelijk = mkdtempSync(path.join(tmpdir(), "pw-manifest-"));
const proefAdres = productieAdres("https://intranet.voorbeeld.nl/poortwachter/");
const proef = path.join(tijdelijk, "manifest-uitrol.xml");
writeFileSync(proef, zetAdres(readFileSync(path.join(root, "manifest.xml"), "utf8"), proefAdres));

const bestanden = [
  [path.join(root, "manifest.xml"), "manifest.xml"],
  [path.join(root, "dist", "manifest.xml"), "dist/manifest.xml"],
  [proef, `manifest.xml met PW_URL=${proefAdres.basis}`],
].filter(([f]) => existsSync(f));

let fouten = 0;
for (const [f, naam] of bestanden) {
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, f], { stdio: "pipe" });
  } catch (e) {
    fouten++;
    if (e.code === "ENOENT") {
      console.error(`xmllint ontbreekt; installeer met: ${installeerRegel("xmllint")}`);
      break;
    }
    console.error(`manifest ongeldig: ${naam}\n${e.stderr?.toString() ?? e.message}`);
    continue;
  }
  // Een uitrol mag alleen zijn eigen adres noemen (plus Microsofts eigen namespaces).
  const tekst = readFileSync(f, "utf8");
  const vreemd = naam.startsWith("manifest.xml met")
    ? [...tekst.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith(proefAdres.oorsprong) && !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"))
    : [];
  if (vreemd.length) {
    fouten++;
    console.error(`manifest noemt andere adressen dan ${proefAdres.oorsprong}: ${naam}: ${vreemd.join(", ")}`);
    continue;
  }
  console.log(`manifest geldig: ${naam}`);
}
rmSync(tijdelijk, { recursive: true, force: true });
process.exit(fouten ? 1 : 0);
