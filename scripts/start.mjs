// `npm start` / `npm stop`: zoals de Office-sjablonen (yo office) het doen, met office-addin-debugging.
//  - Windows en macOS: ontwikkelserver op https://localhost:3000 (npm run dev-server, vertrouwde certificaten
//    van office-addin-dev-certs) en de invoegtoepassing in Excel op het bureaublad laden (sideloaden).
//  - Linux (en elk ander systeem zonder Excel op het bureaublad): Excel op het web. Eerst de
//    ontwikkelcertificaten vertrouwen (office-addin-dev-certs install, vraagt om sudo), dan
//    `office-addin-debugging start manifest.xml web --document <adres>`: die start de ontwikkelserver en opent
//    de werkmap in de browser met de invoegtoepassing erin. Het adres van een werkmap op OneDrive/SharePoint
//    geeft u mee met `npm start -- --document "https://…"` of PW_DOCUMENT; zonder adres zegt het wat te doen.
// Zie docs/taakvenster.md (Ontwikkelen: npm start). PW_START_TOON=1 toont alleen de opdrachten (voor de test).
// Gebruiksgegevens: de office-addin-hulpmiddelen in package-lock.json sturen niets (office-addin-usage-data
// is sinds 2.1.1/3.0.0 een lege schil; test/project/start.test.ts bewaakt dat).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const actie = process.argv[2] === "stop" ? "stop" : "start";
const platform = process.env.PW_PLATFORM || process.platform; // PW_PLATFORM: alleen voor de test
const bureaublad = platform === "win32" || platform === "darwin";

function argument(naam) {
  const i = process.argv.indexOf(naam);
  if (i >= 0) return process.argv[i + 1] ?? "";
  const los = process.argv.find((a) => a.startsWith(`${naam}=`));
  return los ? los.slice(naam.length + 1) : undefined;
}

function fout(regels) {
  console.error(regels.join("\n"));
  process.exit(1);
}

/** De opdrachten, in volgorde: [hulpmiddel, argumenten]. */
function opdrachten() {
  if (bureaublad) return [["office-addin-debugging", [actie, "manifest.xml"]]];
  if (actie === "stop") return [["office-addin-debugging", ["stop", "manifest.xml", "web"]]];
  const document = argument("--document") ?? process.env.PW_DOCUMENT ?? "";
  if (!document) {
    fout([
      `npm start: op dit systeem ("${platform}") is er geen Excel op het bureaublad; de invoegtoepassing start in Excel op het web.`,
      "Daarvoor is het adres van een werkmap nodig:",
      "  1. maak op office.com (OneDrive of SharePoint) een lege werkmap en kopieer het adres uit de adresbalk;",
      '  2. npm start -- --document "https://…"   (of zet PW_DOCUMENT op dat adres).',
      "Dan worden de ontwikkelcertificaten vertrouwd (eenmalig, vraagt om sudo), start de ontwikkelserver op",
      "https://localhost:3000 en opent de werkmap met de invoegtoepassing erin.",
      "Liever zonder ontwikkelserver? Bouw met uw eigen HTTPS-adres (PW_URL=https://uw-server/pad/ npm run build) en",
      "upload dist/manifest.xml via Invoegtoepassingen → Mijn invoegtoepassing uploaden. Zie docs/taakvenster.md.",
    ]);
  }
  let url;
  try {
    url = new URL(document);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== "https:") fout([`npm start: "${document}" is geen https-adres van een werkmap (bijvoorbeeld https://…sharepoint.com/…/Boek.xlsx?…).`]);
  return [
    ["office-addin-dev-certs", ["install"]],
    ["office-addin-debugging", ["start", "manifest.xml", "web", "--document", document]],
  ];
}

const lijst = opdrachten();
if (process.env.PW_START_TOON) {
  for (const [cmd, args] of lijst) console.log([cmd, ...args.map((a) => (/[\s&?]/.test(a) ? JSON.stringify(a) : a))].join(" "));
  process.exit(0);
}
for (const [cmd, args] of lijst) {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${cmd}.cmd` : cmd);
  const r = spawnSync(bin, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.error) fout([`npm ${actie}: ${cmd} kon niet starten; voer eerst npm ci uit.`]);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
