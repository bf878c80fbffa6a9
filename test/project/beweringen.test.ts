/**
 * Wat de documentatie voor gebruikers belooft (help.html, docs/scanner.md, SECURITY.md, README.md), getoetst
 * tegen de code: elke genoemde optie bestaat, de exitcodes kloppen, geen netwerk in de broncode, de
 * Content-Security-Policy van de pagina's, en geen interne namen, systeemcodes of broncodepaden in teksten
 * die de gebruiker ziet.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { EXIT, HULP, main } from "../../src/cli/main";
import { HULP_STATISTIEK } from "../../src/cli/statistiek";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { LEGENDA_BLAD, MARKERING_PREFIX } from "../../src/core/markering";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";

const root = path.resolve(__dirname, "..", "..");
const lees = (f: string) => readFileSync(path.join(root, f), "utf8");
/** Tekst van een HTML-pagina zonder <style> en <script> (daar staan CSS-variabelen als --rand). */
const htmlTekst = (f: string) => lees(f).replace(/<style[\s\S]*?<\/style>/g, "").replace(/<script[\s\S]*?<\/script>/g, "");

function* bestanden(map: string, ext: RegExp): Generator<string> {
  for (const n of readdirSync(path.join(root, map))) {
    const p = path.join(map, n);
    if (statSync(path.join(root, p)).isDirectory()) yield* bestanden(p, ext);
    else if (ext.test(n)) yield p;
  }
}

async function draai(args: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(args, { out: () => undefined, err: (s) => void (err += s), isTTY: false });
  return { code, err };
}

describe("elke optie in de documentatie bestaat in de scanner", () => {
  const opties = new Set<string>();
  for (const f of ["docs/scanner.md", "docs/inzicht.md", "SECURITY.md", "README.md"]) for (const m of lees(f).matchAll(/(?<![\w-])--[a-z][a-z-]+/g)) opties.add(m[0]);
  for (const m of htmlTekst("src/help/help.html").matchAll(/(?<![\w-])--[a-z][a-z-]+/g)) opties.add(m[0]);
  // Geen opties van de scanner: npm en de ontwikkelhulpmiddelen (README, ontwikkelen), en --version (bin).
  const anders = new Set(["--version", "--document", "--prefix", "--offline", "--silent", "--mode", "--no-audit", "--no-fund", "--omit", "--prefer-offline", "--save-dev", "--global"]);

  test.each([...opties].filter((o) => !anders.has(o)).sort())("%s", async (optie) => {
    // Onbekend bij scan én bij statistiek = een optie die de documentatie verzint.
    const scan = await draai(["scan", optie]);
    const stat = await draai(["statistiek", optie]);
    const onbekend = (r: { err: string }) => r.err.includes(`onbekende optie ${optie}.`);
    expect(onbekend(scan) && onbekend(stat)).toBe(false);
  });

  test.each([
    ["scan", HULP, "docs/scanner.md"],
    ["statistiek", HULP_STATISTIEK, "docs/inzicht.md"],
  ])("elke optie van %s --help staat in %s", (_c, hulp, f) => {
    const doc = lees(f);
    for (const m of hulp.matchAll(/^\s+(--[a-z][a-z-]+)/gm)) expect([m[1], doc.includes(m[1])]).toEqual([m[1], true]);
  });
});

describe("exitcodes", () => {
  test("de tabel in docs/scanner.md noemt precies de exitcodes van de scanner", () => {
    const doc = lees("docs/scanner.md");
    const tabel = doc.slice(doc.indexOf("## Exitcodes"), doc.indexOf("\n## ", doc.indexOf("## Exitcodes") + 5));
    const codes = [...tabel.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  test("--help noemt elke exitcode", () => {
    const deel = HULP.slice(HULP.indexOf("Exitcodes:"));
    for (const c of Object.values(EXIT)) expect(deel).toMatch(new RegExp(`(^|[ ;:])${c} `, "m"));
  });
});

describe("SECURITY.md: geen netwerk, en waar de scanner schrijft", () => {
  test("geen netwerkcode in src/ (fetch, XMLHttpRequest, WebSocket, sendBeacon, node:http/https/net/tls/dgram)", () => {
    const verboden = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\s*\)/;
    const treffers: string[] = [];
    for (const f of bestanden("src", /\.ts$/)) {
      lees(f)
        .split("\n")
        .forEach((regel, i) => {
          if (verboden.test(regel) && !/^\s*(\*|\/\/)/.test(regel)) treffers.push(`${f}:${i + 1}: ${regel.trim()}`);
        });
    }
    expect(treffers).toEqual([]);
  });

  test("de runtime-bibliotheken van de scanner maken evenmin verbindingen", () => {
    const pkg = JSON.parse(lees("package.json")) as { dependencies: Record<string, string> };
    const verboden = /require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram)["']\s*\)|from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram)["']/;
    for (const dep of Object.keys(pkg.dependencies)) {
      const map = path.join("node_modules", dep);
      const treffers = [...bestanden(map, /\.(c|m)?js$/)].filter((f) => verboden.test(lees(f)));
      expect([dep, treffers]).toEqual([dep, []]);
    }
  });

  test("de CSP van het taakvenster staat alleen de eigen server en office.js van Microsoft toe; de hulppagina niets", () => {
    const csp = (f: string) => {
      const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(lees(f));
      expect(m).not.toBeNull();
      return new Map(m![1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as const));
    };
    const venster = csp("src/taskpane/taskpane.html");
    expect(venster.get("default-src")).toEqual(["'none'"]);
    expect(venster.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(venster.get("connect-src")).toEqual(["'self'"]);
    for (const [k, v] of venster) if (k !== "script-src") for (const bron of v) expect([k, bron]).not.toEqual([k, expect.stringMatching(/^https?:/)]);
    const hulp = csp("src/help/help.html");
    expect(hulp.get("default-src")).toEqual(["'none'"]);
    expect(lees("src/help/help.html")).not.toMatch(/<script/);
  });

  test("SECURITY.md noemt elke optie waarmee de scanner schrijft", () => {
    const sec = lees("SECURITY.md");
    for (const o of ["--markeer", "--deelkopie", "--uitvoer", "--ics", "--html"]) expect([o, sec.includes(o)]).toEqual([o, true]);
  });
});

describe("teksten voor de gebruiker (scanner, taakvenster, Office-laag)", () => {
  /** Elke tekst in de code met een spatie erin (een zin, geen sleutel of code), zonder XML-opmaak. */
  function zinnen(): { waar: string; tekst: string }[] {
    const uit: { waar: string; tekst: string }[] = [];
    for (const map of ["src/cli", "src/taskpane", "src/office", "src/functions"]) {
      for (const f of bestanden(map, /\.ts$/)) {
        const sf = ts.createSourceFile(f, lees(f), ts.ScriptTarget.Latest, true);
        const bezoek = (n: ts.Node): void => {
          if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
            const t = n.text;
            if (/\s/.test(t) && !/[<>]|="/.test(t)) uit.push({ waar: `${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, tekst: t });
          }
          ts.forEachChild(n, bezoek);
        };
        bezoek(sf);
      }
    }
    return uit;
  }
  const alle = zinnen();

  test("er zijn genoeg teksten om te toetsen", () => expect(alle.length).toBeGreaterThan(300));

  test.each([
    // EVAL en EINDEVAL zijn mijlpaalcodes die de gebruiker in =PW.DEADLINE typt.
    ["systeemcodes (ENOENT, ENOTDIR…)", /\bE(?!VAL\b|INDEVAL\b)[A-Z]{3,}\b/],
    // iCalendar is de naam van het agendaformaat.
    ["interne namen in camelCase (horizonDagen…)", /\b(?!iCalendar\b)[a-z]+[A-Z][a-z]\w*\b/],
    ["paden uit de broncode (docs/, assets/, src/)", /(^|[\s(])(docs|assets|src)\//],
  ])("geen %s", (_n, patroon) => {
    expect(alle.filter((z) => patroon.test(z.tekst)).map((z) => `${z.waar}: ${z.tekst.slice(0, 120)}`)).toEqual([]);
  });
});

describe("help.html tegen de code", () => {
  const html = htmlTekst("src/help/help.html");

  test("elke genoemde functie =PW.… bestaat (id in functions.ts)", () => {
    const ids = new Set([...lees("src/functions/functions.ts").matchAll(/@customfunction (\w+)/g)].map((m) => m[1]));
    const genoemd = [...html.matchAll(/PW\.([A-Z0-9]+)\(/g)].map((m) => m[1]);
    expect(genoemd.length).toBeGreaterThan(5);
    for (const f of genoemd) expect([f, ids.has(f)]).toEqual([f, true]);
  });

  test("de mijlpaalcodes zijn precies die van de kern", () => {
    const alinea = html.slice(html.indexOf("Mijlpalen noemt u"), html.indexOf("</p>", html.indexOf("Mijlpalen noemt u")));
    const codes = [...alinea.matchAll(/<code>([A-Z0-9]+)<\/code>/g)].map((m) => m[1]);
    expect(codes).toEqual([...MIJLPAAL_CODES]);
  });

  test("de uitkomsten van PW.STATUS zijn die van de functie", () => {
    const rij = /PW\.STATUS[\s\S]*?<td>(.*?)<\/td>\s*<\/tr>/.exec(html)![1];
    const genoemd = [...rij.matchAll(/<i>(.*?)<\/i>/g)].map((m) => m[1]).sort();
    const doc = /The status of one milestone on a date: (.+?)\.\n/.exec(lees("src/functions/functions.ts"))![1];
    const uitFunctie = doc.replace(/ \(within[^)]*\)/, "").replace(" or ", ", ").split(", ").sort();
    expect(genoemd).toEqual(uitFunctie);
  });

  test("standaard 'binnenkort', het verborgen blad en het legendablad kloppen", () => {
    expect(html).toContain(`(standaard ${STANDAARD_INSTELLINGEN.horizonDagen})`);
    expect(html).toContain(LEGENDA_BLAD);
    expect(html).toContain(`${MARKERING_PREFIX}…`);
  });

  test("geen paden uit de broncode op de hulppagina (de gebruiker heeft alleen de pagina)", () => {
    expect(html).not.toMatch(/(docs|assets|src)\/|\.md\b/);
  });
});
