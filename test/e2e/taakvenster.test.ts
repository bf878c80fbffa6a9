/**
 * Eind-tot-eind: de productiebuild van het taakvenster in headless Chromium (playwright-core), met een
 * nagebootste Office/Excel-host (test/office/mockExcel.ts, als browserscript) die een voorbeeldregister
 * bevat. Klikt door het overzicht, een probleem en "Markeer termijnen", controleert de opgenomen
 * aanroepen en dat geen verzoek 127.0.0.1 verlaat (behalve het omgeleide office.js), en bewaart een
 * schermafdruk in test-output/taskpane.png.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import ts from "typescript";
import { chromium, type Browser } from "playwright-core";
import { vandaag } from "../../src/core/dagen";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = "/usr/bin/chromium";

const KOPPEN = [
  "Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Ziekmelding arbodienst", "Probleemanalyse",
  "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "Diagnose",
];

/** Voorbeeldregister rond vandaag, zodat er iets te laat en iets binnenkort is. */
function voorbeeld(T: number): (string | number)[][] {
  return [
    KOPPEN,
    ["A. de Vries", 101, T - 50, "", T - 48, "", "", "", "", "", "", ""], // PA te laat (D+41 = T-9)
    ["B. Jansen", 102, T - 35, "", T - 34, "", "", "", "", "", "", ""], // PA binnenkort (T+6)
    ["C. Bakker", 103, T - 400, "", T - 399, T - 370, T - 360, T - 100, T - 110, "", "", ""], // EJE en spoor 2 te laat
    ["D. Smit", 104, T - 20, T - 5, T - 19, "", "", "", "", "", "", ""], // hersteld
    ["E. Visser", 105, "morgen", "", "", "", "", "", "", "", "", ""], // onleesbare datum → probleem
  ];
}

function stubScript(T: number): string {
  const bron = readFileSync(path.join(ROOT, "test", "office", "mockExcel.ts"), "utf8");
  const js = ts.transpileModule(bron, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const rijen = voorbeeld(T);
  return `(function () {
  var exports = {}; var module = { exports: exports };
  ${js}
  var mock = exports;
  var staat = mock.nieuweStaat();
  var blad = mock.zetWaarden(staat, "Verzuim", "A1", ${JSON.stringify(rijen)});
  blad.tabellen.push({ naam: "Verzuimregister", bereik: "A1:L${rijen.length}" });
  blad.cellen.set("1,14", { v: "Notitie van de gebruiker" });
  staat.regels.push({ id: 1, blad: "Verzuim", bereik: "A2:A100", type: "Custom", formule: '=A2="x"', vulling: "#0000FF", tekst: null });
  var pw = { mock: mock, staat: staat, runs: [] };
  window.__pw = pw;
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; setTimeout(function () { cb && cb(info); }, 0); return Promise.resolve(info); },
  };
  // De functions-chunk (gedeelde runtime) registreert PW.*-functies.
  pw.functies = [];
  window.CustomFunctions = {
    associate: function (id) { pw.functies.push(id); },
    Error: function (code, bericht) { this.code = code; this.message = bericht; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  window.Excel = {
    run: async function (fn) {
      var ctx = mock.maakContext(staat, { limietBytes: 5000000 });
      var r = await fn(ctx);
      pw.runs.push({ syncs: ctx.syncs, log: ctx.log.slice(), verzoek: ctx.verzoekBytes.slice() });
      return r;
    },
  };
})();`;
}

function serveer(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const bestand = path.join(DIST, path.normalize(p).replace(/^([/\\])+/, ""));
    if (!bestand.startsWith(DIST) || !existsSync(bestand)) {
      res.writeHead(404).end();
      return;
    }
    const type = bestand.endsWith(".html") ? "text/html" : bestand.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(readFileSync(bestand));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const heeftChromium = existsSync(CHROMIUM);
(heeftChromium ? describe : describe.skip)("taakvenster in headless Chromium", () => {
  let server: http.Server;
  let browser: Browser;
  let basis: string;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
    }
    server = await serveer();
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  test("overzicht, probleem selecteren, Markeer termijnen en Markering verwijderen", async () => {
    const T = vandaag();
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    const verzoeken: string[] = [];
    const fouten: string[] = [];
    page.on("pageerror", (e) => fouten.push(String(e)));
    page.on("request", (r) => verzoeken.push(r.url()));
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: stubScript(T) });
      if (url.startsWith(basis + "/")) return route.continue();
      return route.abort();
    });

    await page.goto(`${basis}/taskpane.html`);
    await page.waitForFunction(() => /dossiers? gelezen/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });

    // CSP staat in de pagina en noemt geen andere bronnen dan self en Microsofts CDN.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp!.match(/https?:\/\/[^\s;']+/g)).toEqual(["https://appsforoffice.microsoft.com"]);

    // Tellers en lijst: A te laat, B binnenkort, C te laat, D hersteld (niet open), E onleesbaar.
    expect(await page.textContent("#n-open")).toBe("3");
    expect(Number(await page.textContent("#n-te-laat"))).toBeGreaterThanOrEqual(2);
    expect(Number(await page.textContent("#n-binnenkort"))).toBeGreaterThanOrEqual(1);
    const namen = await page.locator(".dossier .naam").allTextContents();
    expect(namen.sort()).toEqual(["A. de Vries", "B. Jansen", "C. Bakker"]);

    await page.click('button.filter[data-filter="binnenkort"]');
    expect(await page.getAttribute('button.filter[data-filter="binnenkort"]', "aria-pressed")).toBe("true");
    // Binnenkort: B (PA op T+6) en A (plan van aanpak op D+55 = T+5).
    expect(await page.locator(".dossier .naam").allTextContents()).toEqual(expect.arrayContaining(["A. de Vries", "B. Jansen"]));
    await page.click('button.filter[data-filter="te-laat"]');
    expect((await page.locator(".dossier .naam").allTextContents()).sort()).toEqual(["A. de Vries", "C. Bakker"]);
    await page.click('button.filter[data-filter="alle"]');

    // Dossier openklappen met het toetsenbord: tijdlijn, RIV, spoor 2.
    const knop = page.locator(".dossier button.open-dicht", { hasText: "A. de Vries" });
    await knop.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".dossier button.open-dicht", { hasText: "A. de Vries" }).getAttribute("aria-expanded")).resolves.toBe("true");
    const tijdlijn = await page.locator(".details .tijdlijn li").allTextContents();
    expect(tijdlijn.join("\n")).toMatch(/Probleemanalyse — uiterlijk \d{2}-\d{2}-\d{4}te laat/);
    expect(await page.locator(".details h3").allTextContents()).toEqual(["Tijdlijn", "Re-integratieverslag", "Spoor 2", "Loonsanctierisico"]);

    // Problemen: de onleesbare datum en de privacykolom; klik selecteert de cel.
    const problemen = await page.locator("#problemen li").allTextContents();
    expect(problemen.join("\n")).toMatch(/rij 6/);
    expect(problemen.join("\n")).toMatch(/Diagnose/);
    await page.locator("#problemen button", { hasText: "rij 6" }).first().click();
    await page.waitForFunction(() => /geselecteerd/.test(document.getElementById("status")?.textContent ?? ""));
    const selectie = await page.evaluate(() => (window as unknown as { __pw: { staat: { selectie: string } } }).__pw.staat.selectie);
    expect(selectie).toBe("Verzuim!C6");

    // Markeer termijnen.
    await page.click("#markeer");
    await page.waitForFunction(() => /gemarkeerd/.test(document.getElementById("status")?.textContent ?? ""));
    const na = await page.evaluate(() => {
      const pw = (window as unknown as { __pw: any }).__pw; // eslint-disable-line @typescript-eslint/no-explicit-any
      const s = pw.staat;
      return {
        runs: pw.runs,
        namen: [...s.namen.entries()],
        bladen: s.bladen.map((b: { naam: string; zichtbaarheid: string }) => [b.naam, b.zichtbaarheid]),
        regels: s.regels.map((r: { bereik: string; formule: string; vulling: string }) => [r.bereik, r.formule, r.vulling]),
        notitie: s.bladen[0].cellen.get("1,14"),
      };
    });
    const markeerRun = na.runs[na.runs.length - 1];
    expect(markeerRun.syncs).toBeLessThanOrEqual(4);
    expect(na.namen).toEqual([["PW_T_1", "='PW_T_1'!$A$1:$V$6"]]); // mijlpaalkolommen t/m K, eerste ziektedag in L, begin "binnenkort" van WIA (K) in L+K = V
    expect(na.bladen).toEqual([["Verzuim", "Visible"], ["PW_T_0", "VeryHidden"], ["PW_T_1", "VeryHidden"]]);
    expect(na.regels[0]).toEqual(["A2:A100", '=A2="x"', "#0000FF"]);
    const eigen = na.regels.slice(1);
    expect(eigen.length).toBeGreaterThanOrEqual(4 * 5);
    expect(eigen.every((r: string[]) => /INDEX\(PW_T_1,/.test(r[1]))).toBe(true);
    expect(eigen.some((r: string[]) => r[0] === "F2:F6" && /TODAY\(\)/.test(r[1]) && r[2] === "#FFC7CE")).toBe(true);
    expect(na.notitie).toEqual({ v: "Notitie van de gebruiker" });
    expect(markeerRun.log.some((l: string) => /^(values|formulas|wissen) Verzuim!/.test(l))).toBe(false);

    await page.locator(".dossier button.open-dicht", { hasText: "A. de Vries" }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(path.join(ROOT, "test-output"), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, "test-output", "taskpane.png"), fullPage: true });

    // Markering verwijderen: alleen het eigen werk verdwijnt.
    await page.click("#verwijder");
    await page.waitForFunction(() => /Markering verwijderd/.test(document.getElementById("status")?.textContent ?? ""));
    const eind = await page.evaluate(() => {
      const s = (window as unknown as { __pw: any }).__pw.staat; // eslint-disable-line @typescript-eslint/no-explicit-any
      return { namen: s.namen.size, bladen: s.bladen.map((b: { naam: string }) => b.naam), regels: s.regels.length };
    });
    expect(eind).toEqual({ namen: 0, bladen: ["Verzuim"], regels: 1 });

    expect(fouten).toEqual([]);
    const extern = verzoeken.filter((u) => !u.startsWith(basis + "/") && u !== OFFICE_JS);
    expect(extern).toEqual([]);
    await page.close();
  });
});
