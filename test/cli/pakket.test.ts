/**
 * Het scannerpakket zoals een salarisadministratie het krijgt: `npm pack` (met de prepack-build van
 * lib/), installeren in een lege prefix zonder netwerk (de afhankelijkheden komen uit de npm-cache), en
 * `poortwachter` draaien vanuit een andere map. Controleert ook dat alleen runtime-bestanden in het
 * pakket zitten en dat ontwikkelgereedschap niet mee-installeert.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let werk: string;
let bestanden: string[] = [];
let bin: string;

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: "utf8", timeout: 240_000, env: { ...process.env, npm_config_update_notifier: "false" } });
}

beforeAll(() => {
  werk = mkdtempSync(path.join(tmpdir(), "pw-pakket-"));
  const pack = run(npm, ["pack", "--json", "--pack-destination", werk], root);
  if (pack.status !== 0) throw new Error(`npm pack mislukt:\n${pack.stderr}`);
  // De JSON staat achter de uitvoer van het prepack-script.
  const json = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  bestanden = json[0].files.map((f) => f.path).sort();
  const tgz = path.join(werk, path.basename(json[0].filename));
  const prefix = path.join(werk, "prefix");
  // Eerst echt offline; is de metadata van een afhankelijkheid nog nooit opgehaald (verse cache), dan
  // mag npm die ene keer het register vragen (--prefer-offline: de cache gaat voor).
  let inst = run(npm, ["install", "-g", tgz, "--prefix", prefix, "--offline", "--no-audit", "--no-fund"], werk);
  if (inst.status !== 0 && /ENOTCACHED/.test(inst.stderr)) {
    inst = run(npm, ["install", "-g", tgz, "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund"], werk);
  }
  if (inst.status !== 0) throw new Error(`npm install -g mislukt:\n${inst.stderr}`);
  bin = process.platform === "win32" ? path.join(prefix, "poortwachter.cmd") : path.join(prefix, "bin", "poortwachter");
}, 300_000);

afterAll(() => {
  if (werk) rmSync(werk, { recursive: true, force: true });
});

describe("het pakket (npm pack)", () => {
  test("bevat alleen wat de scanner nodig heeft: bin, lib/src/core, lib/src/pakket en lib/src/cli, documentatie", () => {
    // De documentatie gaat helemaal mee (docs/, wet/, SECURITY.md, CONTRIBUTING.md), zodat elke link erin bestaat.
    const toegestaan = [/^bin\/poortwachter\.js$/, /^lib\/src\/(core|pakket|cli)\/.+\.js$/, /^docs\/[a-z-]+\.md$/, /^docs\/[a-z-]+\.schema\.json$/, /^wet\/[a-z0-9_]+\.yaml$/, /^wet\/README\.md$/, /^(README|CHANGELOG|SECURITY|CONTRIBUTING)\.md$/, /^LICENSE$/, /^package\.json$/];
    const vreemd = bestanden.filter((f) => !toegestaan.some((re) => re.test(f)));
    expect(vreemd).toEqual([]);
    for (const nodig of ["bin/poortwachter.js", "lib/src/cli/main.js", "lib/src/core/index.js", "README.md", "LICENSE", "package.json"]) {
      expect(bestanden).toContain(nodig);
    }
  });

  test("README noemt de bibliotheken die npm install -g echt installeert, en hoeveel pakketten dat zijn", () => {
    const modules = path.join(path.dirname(path.dirname(bin)), process.platform === "win32" ? "" : "lib", "node_modules", "poortwachter-voor-excel", "node_modules");
    // Alle pakketten onder de installatie, ook geneste node_modules.
    const tel = (map: string): number =>
      !existsSync(map)
        ? 0
        : readdirSync(map)
            .filter((n) => !n.startsWith("."))
            .flatMap((n) => (n.startsWith("@") ? readdirSync(path.join(map, n)).map((m) => path.join(n, m)) : [n]))
            .reduce((som, n) => som + 1 + tel(path.join(map, n, "node_modules")), 0);
    const readme = readFileSync(path.join(root, "README.md"), "utf8").replace(/\s+/g, " ");
    const m = /cache, zonder internet, als ze daar al staan\): (.+?) \(de `dependencies` in package\.json\) en wat die zelf gebruiken, samen (\d+) pakketten\./.exec(readme);
    expect(m).not.toBeNull();
    const genoemd = m![1].split(/, | en /);
    expect(genoemd.sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(Number(m![2])).toBe(tel(modules));
  });

  test("installeert geen ontwikkelgereedschap mee (devDependencies blijven buiten de installatie)", () => {
    const modules = path.join(path.dirname(path.dirname(bin)), process.platform === "win32" ? "" : "lib", "node_modules", "poortwachter-voor-excel", "node_modules");
    const geinstalleerd = existsSync(modules) ? readdirSync(modules).filter((n) => !n.startsWith(".")).flatMap((n) => (n.startsWith("@") ? readdirSync(path.join(modules, n)).map((m) => `${n}/${m}`) : [n])) : [];
    for (const dep of Object.keys(pkg.dependencies)) expect(geinstalleerd).toContain(dep);
    // Pakketversies die het lockfile als alleen-voor-ontwikkeling markeert ("dev": true), zoals typescript,
    // jest en webpack; naam@versie, want een runtime-afhankelijkheid kan een andere versie van hetzelfde pakket trekken.
    const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean; version?: string }> };
    const naamVersie = (p: string, v?: string) => `${p.slice(p.lastIndexOf("node_modules/") + "node_modules/".length)}@${v}`;
    const runtime = new Set(Object.entries(lock.packages).filter(([p, i]) => p && !i.dev).map(([p, i]) => naamVersie(p, i.version)));
    const ontwikkel = new Set(Object.entries(lock.packages).filter(([p, i]) => p && i.dev).map(([p, i]) => naamVersie(p, i.version)).filter((nv) => !runtime.has(nv)));
    expect(ontwikkel.size).toBeGreaterThan(100);
    const mee = geinstalleerd
      .map((n) => `${n}@${(JSON.parse(readFileSync(path.join(modules, n, "package.json"), "utf8")) as { version: string }).version}`)
      .filter((nv) => ontwikkel.has(nv));
    expect(mee).toEqual([]);
  });

  test("poortwachter --version vanuit een andere map", () => {
    const r = run(bin, ["--version"], werk);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  test("poortwachter scan op het voorbeeldregister vanuit een andere map: rapport en exitcode 0", () => {
    const elders = path.join(werk, "elders");
    mkdirSync(elders);
    const r = run(bin, ["scan", path.join(root, "assets", "voorbeeld-verzuimregister.xlsx"), "--peildatum", "2026-11-25", "--json"], elders);
    if (r.status !== 0) console.error(r.stderr);
    expect({ status: r.status, fout: r.error?.message }).toEqual({ status: 0, fout: undefined });
    const rapport = JSON.parse(r.stdout) as { versie: number; bestanden: { blad: string; dossiers: unknown[] }[] };
    expect(rapport.versie).toBe(2);
    expect(rapport.bestanden).toHaveLength(1);
    expect(rapport.bestanden[0].blad).toBe("Verzuim");
    expect(rapport.bestanden[0].dossiers.length).toBeGreaterThan(20);
  });

  test("poortwachter zonder opdracht: Nederlandse gebruikstekst en exitcode 2", () => {
    const r = run(bin, [], werk);
    expect(r.status).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/Gebruik: poortwachter scan/);
  });
});
