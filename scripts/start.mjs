// `npm start` / `npm stop`: de invoegtoepassing in de bureaubladversie van Excel laden of weghalen
// (office-addin-debugging: ontwikkelserver op https://localhost:3000 met vertrouwde certificaten, sideloaden).
// Dat kan alleen op Windows en macOS; elders eindigt het met een duidelijke Nederlandse melding en exitcode 1.
// Gebruiksgegevens: de office-addin-hulpmiddelen in package-lock.json sturen niets (office-addin-usage-data
// is sinds 2.1.1/3.0.0 een lege schil; test/project/telemetrie.test.ts bewaakt dat).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const actie = process.argv[2] === "stop" ? "stop" : "start";
const platform = process.env.PW_PLATFORM || process.platform; // PW_PLATFORM: alleen voor de test

if (platform !== "win32" && platform !== "darwin") {
  console.error(
    [
      `npm ${actie}: Excel op het bureaublad bestaat alleen voor Windows en macOS; dit systeem is "${platform}".`,
      "Gebruik Excel op het web:",
      "  1. bouw met uw eigen HTTPS-adres:  PW_URL=https://uw-server/pad/ npm run build",
      "  2. zet de map dist/ op die server;",
      "  3. laad dist/manifest.xml in Excel op het web via Invoegtoepassingen → Mijn invoegtoepassing uploaden.",
      "Zie docs/taakvenster.md (Installeren).",
    ].join("\n"),
  );
  process.exit(1);
}

const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
const r = spawnSync(bin, [actie, "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
if (r.error) {
  console.error(`npm ${actie}: office-addin-debugging kon niet starten (${r.error.message}); voer eerst npm ci uit.`);
  process.exit(1);
}
process.exit(r.status ?? 1);
