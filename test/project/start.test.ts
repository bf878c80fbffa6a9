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

function start(platform: string, args: string[], env: Record<string, string> = {}) {
  const schoon = { ...process.env };
  delete schoon.PW_DOCUMENT;
  return spawnSync(process.execPath, [path.join(root, "scripts", "start.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...schoon, PW_PLATFORM: platform, ...env },
  });
}
const WERKMAP = "https://contoso-my.sharepoint.com/:x:/g/personal/p_contoso_nl/Boek.xlsx?e=abc";

describe("npm start zoals de Office-sjablonen (office-addin-debugging)", () => {
  test.each([["linux"], ["freebsd"]])("op %s zonder werkmapadres: Nederlandse uitleg hoe het met Excel op het web gaat, exitcode 1", (platform) => {
    const r = start(platform, ["start"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`op dit systeem ("${platform}") is er geen Excel op het bureaublad`);
    expect(r.stderr).toContain('npm start -- --document "https://…"');
    expect(r.stderr).toContain("Mijn invoegtoepassing uploaden");
  });

  test("op Linux met een werkmap: certificaten vertrouwen, dan ontwikkelserver en sideloaden in Excel op het web", () => {
    const r = start("linux", ["start", "--document", WERKMAP], { PW_START_TOON: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual(["office-addin-dev-certs install", `office-addin-debugging start manifest.xml web --document "${WERKMAP}"`]);
    // Ook via PW_DOCUMENT.
    expect(start("linux", ["start"], { PW_START_TOON: "1", PW_DOCUMENT: WERKMAP }).stdout).toContain(`web --document "${WERKMAP}"`);
  });

  test("een adres dat geen https is, wordt geweigerd", () => {
    const r = start("linux", ["start", "--document", "http://intranet/boek.xlsx"], { PW_START_TOON: "1" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("geen https-adres van een werkmap");
  });

  test.each([["win32"], ["darwin"]])("op %s: Excel op het bureaublad (start en stop)", (platform) => {
    expect(start(platform, ["start"], { PW_START_TOON: "1" }).stdout.trim()).toBe("office-addin-debugging start manifest.xml");
    expect(start(platform, ["stop"], { PW_START_TOON: "1" }).stdout.trim()).toBe("office-addin-debugging stop manifest.xml");
  });

  test("npm stop op Linux stopt de sessie op het web", () => {
    expect(start("linux", ["stop"], { PW_START_TOON: "1" }).stdout.trim()).toBe("office-addin-debugging stop manifest.xml web");
  });

  test("de hulpmiddelen zijn er en hun opdrachten bestaan (geen internet nodig)", () => {
    for (const [cmd, sub] of [["office-addin-debugging", "start"], ["office-addin-dev-certs", "install"]]) {
      const r = spawnSync(path.join(root, "node_modules", ".bin", cmd), ["--help"], { encoding: "utf8" });
      expect([cmd, r.status]).toEqual([cmd, 0]);
      expect(r.stdout).toContain(sub);
    }
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
