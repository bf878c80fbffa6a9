/**
 * Het npm-pakket (issue 21): elke link in de meegeleverde documentatie (README, docs/, …) wijst naar een
 * bestand dat in het pakket zit, en `npm pack` op een schone kopie van de repository (de gecommitte
 * bestanden, met de node_modules van `npm ci`) geeft een .tgz dat in een andere map installeert (offline,
 * uit de npm-cache) en draait: `poortwachter --help` en een scan van het voorbeeldregister.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

jest.setTimeout(300_000);
const root = path.resolve(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function inhoud(): string[] {
  const uit = execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return (JSON.parse(uit) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
}

test("elke relatieve link in een meegeleverd .md-bestand wijst naar iets in het pakket", () => {
  const bestanden = inhoud();
  const set = new Set(bestanden);
  expect(bestanden).toEqual(expect.arrayContaining(["README.md", "docs/inzicht.md", "docs/scanner.md", "SECURITY.md", "bin/poortwachter.js"]));
  const kapot: string[] = [];
  for (const f of bestanden.filter((b) => b.endsWith(".md"))) {
    for (const m of readFileSync(path.join(root, f), "utf8").matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = m[1].split("#")[0];
      if (!link || /^[a-z]+:/i.test(m[1])) continue;
      const doel = path.posix.normalize(path.posix.join(path.posix.dirname(f), link));
      if (!set.has(doel) && !bestanden.some((b) => b.startsWith(`${doel}/`))) kapot.push(`${f} → ${m[1]}`);
    }
  }
  expect(kapot).toEqual([]);
});

test("geen bronkaarten of testbestanden in het pakket", () => {
  const bestanden = inhoud();
  expect(bestanden.filter((b) => /\.map$|^test\/|^src\//.test(b))).toEqual([]);
});

describe("npm pack op een schone kopie, installeren en draaien in een andere map", () => {
  const werk = mkdtempSync(path.join(tmpdir(), "pw-pakket-"));
  afterAll(() => rmSync(werk, { recursive: true, force: true }));

  test("pack → install (offline) → poortwachter --help en een scan", () => {
    const kopie = path.join(werk, "kloon");
    mkdirSync(kopie);
    // De gecommitte bestanden (zoals een clone; zonder lib/, dist/ en src/core/wet-gegevens.ts).
    execFileSync("sh", ["-c", `git archive HEAD | tar -x -C "${kopie}"`], { cwd: root });
    expect(existsSync(path.join(kopie, "lib"))).toBe(false);
    expect(existsSync(path.join(kopie, "src", "core", "wet-gegevens.ts"))).toBe(false);
    symlinkSync(path.join(root, "node_modules"), path.join(kopie, "node_modules"), "dir"); // = na `npm ci`
    const pack = spawnSync(npm, ["pack", "--pack-destination", werk], { cwd: kopie, encoding: "utf8" });
    expect([pack.status, pack.stderr.split("\n").filter((r) => /ERR|not found/.test(r))]).toEqual([0, []]);
    const tgz = readdirSync(werk).find((f) => f.endsWith(".tgz"))!;
    expect(tgz).toMatch(/^poortwachter-voor-excel-.*\.tgz$/);

    const elders = path.join(werk, "elders");
    mkdirSync(elders);
    writeFileSync(path.join(elders, "package.json"), JSON.stringify({ name: "elders", version: "1.0.0", private: true }));
    const inst = spawnSync(npm, ["install", "--offline", "--no-audit", "--no-fund", path.join(werk, tgz)], { cwd: elders, encoding: "utf8" });
    expect([inst.status, inst.stderr.split("\n").filter((r) => /ERR/.test(r))]).toEqual([0, []]);
    const bin = path.join(elders, "node_modules", ".bin", process.platform === "win32" ? "poortwachter.cmd" : "poortwachter");
    const help = spawnSync(bin, ["--help"], { cwd: elders, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("poortwachter scan");
    const scan = spawnSync(bin, ["scan", path.join(root, "assets", "voorbeeld-verzuimregister.xlsx"), "--peildatum", "2026-11-25"], { cwd: elders, encoding: "utf8" });
    expect([scan.status, scan.stderr]).toEqual([expect.any(Number), ""]);
    expect(scan.status === 0 || scan.status === 1).toBe(true);
    expect(scan.stdout).toMatch(/dossier/i);
    // De documentatie zit erbij, ook docs/inzicht.md.
    expect(existsSync(path.join(elders, "node_modules", "poortwachter-voor-excel", "docs", "inzicht.md"))).toBe(true);
  });
});

describe("wat een nieuwe gebruiker tegenkomt (issue 21)", () => {
  test("poortwachter --help noemt ook de opdracht statistiek", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { HULP } = require("../../src/cli/main") as { HULP: string };
    expect(HULP).toMatch(/^Gebruik: poortwachter scan /);
    expect(HULP).toContain("poortwachter statistiek <bestanden of mappen…>");
    expect(HULP).toContain("poortwachter statistiek --help");
  });

  test("het taakvenster zegt 'onbekend (1 ziekmelding)', niet '1 meldingen'", () => {
    // De verzuimcijfers staan sinds het lui laden in src/taskpane/cijfers.ts.
    const bron = readFileSync(path.join(root, "src", "taskpane", "cijfers.ts"), "utf8");
    expect(bron).not.toMatch(/\$\{s\.meldingen\} meldingen/);
    expect(bron).toContain('aantal(s.meldingen, "ziekmelding", "ziekmeldingen")');
  });
});
