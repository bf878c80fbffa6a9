/**
 * `npm start` op een platform zonder Excel voor het bureaublad, en de belofte "geen telemetrie" voor de
 * office-addin-hulpmiddelen: elke geïnstalleerde office-addin-usage-data moet een lege schil zijn (de
 * versies sinds OfficeDev/Office-Addin-Scripts#993 sturen niets). Komt er via een update een versie
 * binnen die weer kan versturen, dan faalt deze test.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

describe("npm start", () => {
  test.each([["linux"], ["freebsd"]])("op %s: Nederlandse melding met de weg via Excel op het web, exitcode 1", (platform) => {
    const r = spawnSync(process.execPath, [path.join(root, "scripts", "start.mjs"), "start"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PW_PLATFORM: platform },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`alleen voor Windows en macOS; dit systeem is "${platform}"`);
    expect(r.stderr).toContain("PW_URL=https://");
    expect(r.stderr).toContain("Mijn invoegtoepassing uploaden");
  });
});

/** Alle mappen node_modules/…/office-addin-usage-data, ook geneste kopieën. */
function kopieen(map: string, uit: string[] = []): string[] {
  for (const naam of readdirSync(map)) {
    if (naam.startsWith(".")) continue;
    const p = path.join(map, naam);
    if (naam.startsWith("@")) {
      kopieen(p, uit);
      continue;
    }
    if (naam === "office-addin-usage-data") uit.push(p);
    const genest = path.join(p, "node_modules");
    try {
      if (statSync(genest).isDirectory()) kopieen(genest, uit);
    } catch {
      /* geen geneste node_modules */
    }
  }
  return uit;
}

describe("geen gebruiksgegevens van de office-addin-hulpmiddelen", () => {
  const alle = kopieen(path.join(root, "node_modules"));

  test("office-addin-usage-data is geïnstalleerd (anders test dit niets)", () => {
    expect(alle.length).toBeGreaterThan(0);
  });

  test.each(alle.map((p) => [path.relative(root, p)]))("%s: geen Application Insights en nooit 'aan'", (rel) => {
    const map = path.join(root, rel);
    const pkg = JSON.parse(readFileSync(path.join(map, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {}).filter((d) => /applicationinsights/i.test(d))).toEqual([]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(map) as { OfficeAddinUsageData: new (o: object) => { isUsageDataOn(): boolean } };
    const gebruik = new lib.OfficeAddinUsageData({ projectName: "poortwachter", usageDataLevel: "on", raisePrompt: false, instrumentationKey: "x" });
    expect(gebruik.isUsageDataOn()).toBe(false);
  });
});
