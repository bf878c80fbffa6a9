/**
 * De gebouwde invoegtoepassing als uitrol: hoeveel script de taakvensterpagina laadt (één kopie van de
 * kern, ≤ 72 KB gzip), de hulppagina in dist/, de adressen in de manifest en de helpUrl van de functies,
 * en het zetten van een productieadres (PW_URL) zonder dat er een localhost-adres overblijft.
 * Bouwt eerst als dist/ ontbreekt (zoals dist.test.ts).
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productieAdres, zetAdres } = require("../../scripts/adres.js") as {
  productieAdres: (u?: string) => { basis: string; oorsprong: string } | null;
  zetAdres: (tekst: string, adres: { basis: string; oorsprong: string } | null) => string;
};

const root = path.resolve(__dirname, "..", "..");
// PW_DIST: een eigen build (`npx webpack --mode production --output-path MAP`) in plaats van de gedeelde dist/.
const dist = process.env.PW_DIST ? path.resolve(process.env.PW_DIST) : path.join(root, "dist");
const GRENS_GZIP = 72 * 1024;

const modulesBestand = path.join(root, "bouwverslag", "dist-modules.json");

beforeAll(() => {
  // Een dist/ van vóór het moduleoverzicht (of met bronkaarten) opnieuw bouwen.
  if (!existsSync(path.join(dist, "taskpane.html")) || !existsSync(path.join(dist, "help.html")) || !existsSync(modulesBestand) || existsSync(path.join(dist, "taskpane.js.map"))) {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit", timeout: 300_000 });
  }
}, 320_000);

const lees = (f: string) => readFileSync(path.join(dist, f), "utf8");
function scriptsVanPagina(): string[] {
  return [...lees("taskpane.html").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}
/** Alle https-adressen in de manifest, behalve XML-namespaces. */
const adressenIn = (xml: string) => [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);

describe("de taakvensterpagina", () => {
  test(`laadt samen hoogstens ${GRENS_GZIP / 1024} KB gzip aan eigen script`, () => {
    const scripts = scriptsVanPagina();
    expect(scripts).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    const gzip = scripts.reduce((som, f) => som + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(GRENS_GZIP);
  });

  test("bevat elke bronmodule één keer: geen bestand uit src/ of node_modules/ in twee scripts (moduleoverzicht van de build)", () => {
    const overzicht = JSON.parse(readFileSync(modulesBestand, "utf8")) as Record<string, string[]>;
    const waar = new Map<string, string[]>();
    for (const f of scriptsVanPagina()) {
      expect(overzicht[f]).toBeDefined();
      for (const bron of overzicht[f]) waar.set(bron, [...(waar.get(bron) ?? []), f]);
    }
    const kern = [...waar.keys()].filter((b) => b.startsWith("src/core/"));
    expect(kern.length).toBeGreaterThan(10);
    expect([...waar].filter(([, fs]) => fs.length > 1)).toEqual([]);
  });
});

describe("de deelkopie (issue 20) is een eigen, lui geladen script", () => {
  test("deelkopie.js bevat de pakketlaag en fflate; de pagina laadt geen van beide vooraf", () => {
    const overzicht = JSON.parse(readFileSync(modulesBestand, "utf8")) as Record<string, string[]>;
    expect(overzicht["deelkopie.js"]).toEqual(expect.arrayContaining(["src/pakket/deelkopie.ts", "src/pakket/opc.ts", "src/pakket/zip.ts", expect.stringMatching(/^node_modules\/fflate\//)]));
    expect(scriptsVanPagina()).not.toContain("deelkopie.js");
    for (const f of scriptsVanPagina()) expect([f, overzicht[f].filter((b) => b.startsWith("src/pakket/") || b.includes("fflate"))]).toEqual([f, []]);
    // Geen Node in het script voor de browser.
    expect(lees("deelkopie.js")).not.toMatch(/require\("(node:)?(zlib|fs|stream)"\)|\bBuffer\./);
  });
});

describe("lui geladen delen van het taakvenster: verzuimcijfers, markeren, deelkopie", () => {
  test("cijfers.js bevat de weergave, de grafiek en de agenda; geen script van de pagina (ook functions.js niet) bevat ze", () => {
    const overzicht = JSON.parse(readFileSync(modulesBestand, "utf8")) as Record<string, string[]>;
    const lui = ["src/taskpane/cijfers.ts", "src/core/grafiek.ts", "src/core/agenda.ts"];
    expect(overzicht["cijfers.js"]).toEqual(expect.arrayContaining(lui));
    expect(scriptsVanPagina()).not.toContain("cijfers.js");
    for (const f of scriptsVanPagina()) expect([f, overzicht[f].filter((b) => lui.includes(b))]).toEqual([f, []]);
  });

  test("markeren.js bevat de schrijfkant (Markeer termijnen, Markering verwijderen); deelkopie.js ook het lezen van de rijen en de knopafhandeling; de pagina laadt geen van drie vooraf", () => {
    const overzicht = JSON.parse(readFileSync(modulesBestand, "utf8")) as Record<string, string[]>;
    expect(overzicht["markeren.js"]).toContain("src/office/markeren.ts");
    expect(overzicht["deelkopie.js"]).toEqual(expect.arrayContaining(["src/office/deelkopie.ts", "src/taskpane/deelkopie.ts"]));
    const lui = ["src/office/markeren.ts", "src/office/deelkopie.ts", "src/taskpane/deelkopie.ts"];
    expect(scriptsVanPagina()).not.toContain("markeren.js");
    for (const f of scriptsVanPagina()) expect([f, overzicht[f].filter((b) => lui.includes(b))]).toEqual([f, []]);
  });
});

describe("geen bronkaarten in een productiebuild", () => {
  test("dist/ bevat geen .map-bestanden en geen verwijzing ernaar (sourceMappingURL)", () => {
    const bestanden = readdirSync(dist, { recursive: true }).map(String);
    expect(bestanden.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of bestanden.filter((x) => x.endsWith(".js"))) expect(lees(f)).not.toMatch(/sourceMappingURL/);
  });
});

describe("hulp en adressen in de build", () => {
  test("help.html staat in dist/, is Nederlands en behandelt beginnen, kleuren, kolommen, functies en privacy", () => {
    const html = lees("help.html");
    expect(html).toMatch(/<html lang="?nl"?>/);
    for (const id of ["beginnen", "kleuren", "kolommen", "functies", "privacy"]) expect(html).toMatch(new RegExp(`id="?${id}[" >]`));
    expect(html).not.toMatch(/<script/);
    // Elke lokale link (het sjabloon) bestaat in dist/.
    const links = [...html.matchAll(/href="?([^"\s>#]+)/g)].map((m) => m[1]).filter((h) => !/^https?:/.test(h));
    expect(links).toContain("verzuimregister-sjabloon.xlsx");
    for (const h of links) expect([h, existsSync(path.join(dist, h))]).toEqual([h, true]);
  });

  test("SupportUrl en LearnMoreUrl wijzen naar de hulppagina; elk adres in de manifest is een bestand in dist/", () => {
    const xml = lees("manifest.xml");
    expect(xml).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"\/>/);
    expect(xml).toMatch(/<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help\.html#beginnen"\/>/);
    for (const url of adressenIn(xml)) {
      if (url === "https://localhost:3000") continue; // AppDomain
      const bestand = new URL(url).pathname.slice(1);
      expect([url, existsSync(path.join(dist, bestand))]).toEqual([url, true]);
    }
  });

  test("elke functie heeft een helpUrl naar de hulppagina (Engels en Nederlands)", () => {
    for (const f of ["functions.json", "functions.nl-NL.json"]) {
      const meta = JSON.parse(lees(f)) as { functions: { id: string; helpUrl?: string }[] };
      for (const fn of meta.functions) expect([f, fn.id, fn.helpUrl]).toEqual([f, fn.id, "https://localhost:3000/help.html#functies"]);
    }
  });
});

describe("productieadres (PW_URL)", () => {
  test.each([
    ["pad zonder slash", "https://intranet.voorbeeld.nl/poortwachter", "https://intranet.voorbeeld.nl/poortwachter/", "https://intranet.voorbeeld.nl"],
    ["pad met slash", "https://intranet.voorbeeld.nl/poortwachter/", "https://intranet.voorbeeld.nl/poortwachter/", "https://intranet.voorbeeld.nl"],
    ["alleen domein, met poort", "https://pw.voorbeeld.nl:8443", "https://pw.voorbeeld.nl:8443/", "https://pw.voorbeeld.nl:8443"],
  ])("%s: de manifest noemt alleen dat adres, AppDomain is de oorsprong", (_n, pwUrl, basis, oorsprong) => {
    const adres = productieAdres(pwUrl)!;
    expect(adres).toEqual({ basis, oorsprong });
    const xml = zetAdres(lees("manifest.xml"), adres);
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain(`<AppDomain>${oorsprong}</AppDomain>`);
    for (const url of adressenIn(xml)) if (url !== oorsprong) expect(url.startsWith(basis)).toBe(true);
    expect(zetAdres(lees("functions.json"), adres)).toContain(`"${basis}help.html#functies"`);
  });

  test.each([
    ["http", "http://intranet.voorbeeld.nl/", /moet met https:\/\/ beginnen/],
    ["geen adres", "intranet", /geen geldig adres/],
    ["met query", "https://intranet.voorbeeld.nl/?x=1", /mag geen/],
  ])("onbruikbaar adres (%s) geeft een Nederlandse melding", (_n, pwUrl, melding) => {
    expect(() => productieAdres(pwUrl)).toThrow(melding);
  });

  test("geen PW_URL: ontwikkeladres blijft", () => {
    expect(productieAdres(undefined)).toBeNull();
    expect(productieAdres("")).toBeNull();
  });
});
