/**
 * Eind-tot-eind: de productiebuild van het taakvenster in headless Chromium (playwright-core), met een
 * nagebootste Office/Excel-host (test/office/mockExcel.ts, als browserscript) die een voorbeeldregister
 * bevat. Klikt door het overzicht, een probleem en "Markeer termijnen", controleert de opgenomen
 * aanroepen en dat geen verzoek 127.0.0.1 verlaat (behalve het omgeleide office.js).
 * Toegankelijkheid: axe-core (van dezelfde oorsprong geserveerd, zodat de CSP van de pagina gewoon geldt)
 * in elke toestand, 0 ernstige of kritieke overtredingen; pijltjes in de werkbalk.
 * Schermafdrukken van elke toestand in test-output/taakvenster-*.png (overzicht, dossier, problemen, lege
 * toestand, onbekende stappen, donker thema, hoog contrast).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import ts from "typescript";
import { strFromU8, unzipSync } from "fflate";
import { chromium, type Browser, type Page } from "playwright-core";
import { vandaag } from "../../src/core/dagen";
import { nodig } from "../hulpmiddel";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..");
/** PW_DIST: een eigen build (`npx webpack --mode production --output-path MAP`) in plaats van de gedeelde dist/. */
const DIST = process.env.PW_DIST ? path.resolve(process.env.PW_DIST) : path.join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
/** De echte office.js uit het npm-pakket @microsoft/office-js (dezelfde bestanden als op Microsofts CDN). */
const OFFICE_JS_MAP = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const UIT = path.join(ROOT, "test-output");

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
    ["C. Bakker", 103, T - 400, "", T - 399, T - 370, T - 360, T - 100, T - 110, "", "", ""], // evaluatie en EJE te laat, spoor 2 binnenkort
    ["D. Smit", 104, T - 20, T - 5, T - 19, "", "", "", "", "", "", ""], // hersteld
    ["E. Visser", 105, "morgen", "", "", "", "", "", "", "", "", ""], // onleesbare datum → probleem
  ];
}

/** Alleen de twee verplichte kolommen: elke stap is onbekend, niets is te laat of gedaan. */
function alleenVerplicht(T: number): (string | number)[][] {
  return [
    ["Werknemer", "Eerste ziektedag"],
    ["F. de Boer", T - 500],
    ["G. Mulder", T - 60],
  ];
}

/** Een blad zonder herkenbare kopregel. */
function nietHerkend(): (string | number)[][] {
  return [
    ["Wie", "Ziek sinds", "Opmerking"],
    ["H. Peters", "maandag", "belt terug"],
  ];
}

interface Host {
  rijen: (string | number)[][];
  /** Office.context.officeTheme.bodyBackgroundColor, of weglaten. */
  thema?: string;
  /** Excel zonder ExcelApi 1.8 (geen Excel.createWorkbook): de deelkopie wordt een download. */
  zonderNieuweWerkmap?: boolean;
  tabel?: boolean;
  /** Een tweede blad "Archief 2025" met deze rijen (afgesloten meldingen). */
  archief?: (string | number)[][];
}

function stubScript(host: Host): string {
  const bron = readFileSync(path.join(ROOT, "test", "office", "mockExcel.ts"), "utf8");
  const js = ts.transpileModule(bron, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const rijen = host.rijen;
  const laatste = String.fromCharCode(64 + rijen[0].length);
  return `(function () {
  var exports = {}; var module = { exports: exports };
  ${js}
  var mock = exports;
  var staat = mock.nieuweStaat();
  var blad = mock.zetWaarden(staat, "Verzuim", "A1", ${JSON.stringify(rijen)});
  ${host.tabel === false ? "" : `blad.tabellen.push({ naam: "Verzuimregister", bereik: "A1:${laatste}${rijen.length}" });`}
  blad.cellen.set("1,14", { v: "Notitie van de gebruiker" });
  ${host.archief ? `mock.zetWaarden(staat, "Archief 2025", "A1", ${JSON.stringify(host.archief)});` : ""}
  staat.regels.push({ id: 1, blad: "Verzuim", bereik: "A2:A100", type: "Custom", formule: '=A2="x"', vulling: "#0000FF", tekst: null });
  var pw = { mock: mock, staat: staat, runs: [] };
  window.__pw = pw;
  window.Office = {
    HostType: { Excel: "Excel" },
    context: ${host.thema ? `{ officeTheme: { bodyBackgroundColor: ${JSON.stringify(host.thema)} } }` : host.zonderNieuweWerkmap ? '{ requirements: { isSetSupported: function (s, v) { return s === "ExcelApi" && Number(String(v).split(".")[1]) <= 7; } } }' : "{}"},
    onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; setTimeout(function () { cb && cb(info); }, 0); return Promise.resolve(info); },
  };
  // De functions-chunk (gedeelde runtime) registreert PW.*-functies.
  pw.functies = [];
  window.CustomFunctions = {
    associate: function (id) { pw.functies.push(id); },
    Error: function (code, bericht) { this.code = code; this.message = bericht; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  // Excel.createWorkbook (ExcelApi 1.8): de nieuwe werkmap opnemen (base64) in plaats van haar te openen.
  pw.nieuweWerkmappen = [];
  window.Excel = {
    createWorkbook: async function (b64) { pw.nieuweWerkmappen.push(b64); },
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
    if (p === "/__axe.min.js") {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" }).end(readFileSync(AXE));
      return;
    }
    if (!bestand.startsWith(DIST) || !existsSync(bestand)) {
      res.writeHead(404).end();
      return;
    }
    const type = bestand.endsWith(".html") ? "text/html" : bestand.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "Content-Type": `${type}; charset=utf-8` }).end(readFileSync(bestand));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Chromium (test/hulpmiddel.ts): lokaal overgeslagen als het ontbreekt, onder CI=true verplicht. */
const CHROMIUM = nodig("chromium");
(CHROMIUM ? describe : describe.skip)("taakvenster in headless Chromium", () => {
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
      executablePath: CHROMIUM!,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  interface Geopend {
    page: Page;
    verzoeken: string[];
    fouten: string[];
  }

  /** Open het taakvenster met deze nagebootste host; wacht tot de werkmap gelezen is. */
  async function openVenster(host: Host, media: Parameters<Page["emulateMedia"]>[0] = {}): Promise<Geopend> {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.emulateMedia(media);
    const verzoeken: string[] = [];
    const fouten: string[] = [];
    page.on("pageerror", (e) => fouten.push(String(e)));
    page.on("request", (r) => verzoeken.push(r.url()));
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: stubScript(host) });
      if (url.startsWith(basis + "/")) return route.continue();
      return route.abort();
    });
    await page.goto(`${basis}/taskpane.html`);
    await page.waitForFunction(() => /gelezen|gevonden/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    return { page, verzoeken, fouten };
  }

  /** axe-core in de pagina (zelfde oorsprong: de CSP blijft gelden); geeft de ernstige en kritieke overtredingen. */
  async function axe(page: Page): Promise<string[]> {
    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: `${basis}/__axe.min.js` });
    const v = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
        resultTypes: ["violations"],
      });
      return r.violations.map((x) => ({ id: x.id, impact: x.impact, doelen: x.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
    });
    return v.filter((x) => x.impact === "serious" || x.impact === "critical").map((x) => `${x.impact} ${x.id}: ${x.doelen.join(", ")}`);
  }

  async function schermafdruk(page: Page, naam: string) {
    mkdirSync(UIT, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(UIT, `taakvenster-${naam}.png`), fullPage: true });
  }

  test("overzicht, probleem selecteren, Markeer termijnen en Markering verwijderen", async () => {
    const T = vandaag();
    const { page, verzoeken, fouten } = await openVenster({ rijen: voorbeeld(T) });
    await page.waitForFunction(() => /dossiers? gelezen/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });

    // CSP staat in de pagina en noemt geen andere bronnen dan self en Microsofts CDN.
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp!.match(/https?:\/\/[^\s;']+/g)).toEqual(["https://appsforoffice.microsoft.com"]);

    // Tellers tellen dossiers, net als de filters: A en C te laat, 3 open (D hersteld, E onleesbaar).
    expect(await page.textContent("#n-open")).toBe("3");
    expect(await page.textContent("#n-te-laat")).toBe("2");
    const nBinnenkort = await page.textContent("#n-binnenkort");
    expect(await page.locator(".teller").allTextContents()).toEqual(["2dossiers met iets te laat", `${nBinnenkort}dossiers met iets binnenkort`, "3open dossiers"]);
    const namen = await page.locator(".dossier .naam").allTextContents();
    expect(namen.sort()).toEqual(["A. de Vries", "B. Jansen", "C. Bakker"]);

    // Elke te late stap staat op de kaart: C heeft er meer dan één (evaluatie en eerstejaarsevaluatie).
    const kaartC = page.locator(".dossier", { hasText: "C. Bakker" }).locator(".acties li");
    const regelsC = await kaartC.allTextContents();
    expect(regelsC.filter((r) => /te laat$/.test(r)).length).toBeGreaterThanOrEqual(2);
    expect(regelsC.join("\n")).toMatch(/Eerstejaarsevaluatie — uiterlijk \d{2}-\d{2}-\d{4}te laat/);
    expect(regelsC.join("\n")).toMatch(/Evaluatie plan van aanpak — uiterlijk \d{2}-\d{2}-\d{4}te laat/);

    await page.click('button.filter[data-filter="binnenkort"]');
    expect(await page.getAttribute('button.filter[data-filter="binnenkort"]', "aria-pressed")).toBe("true");
    // Binnenkort: B (PA op T+6) en A (plan van aanpak op D+55 = T+5); de teller telt precies de getoonde dossiers.
    const binnen = await page.locator(".dossier .naam").allTextContents();
    expect(binnen).toEqual(expect.arrayContaining(["A. de Vries", "B. Jansen"]));
    expect(String(binnen.length)).toBe(nBinnenkort);
    await page.click('button.filter[data-filter="te-laat"]');
    expect((await page.locator(".dossier .naam").allTextContents()).sort()).toEqual(["A. de Vries", "C. Bakker"]);
    await page.click('button.filter[data-filter="alle"]');

    // Verzuimcijfers van dit jaar (zonder aantal medewerkers: percentages onbekend), grafiek en agendabestand:
    // dichtgeklapt, en het script cijfers.js (grafiek, agenda) komt pas bij openklappen, één keer.
    expect(verzoeken.filter((u) => /cijfers\.js$/.test(u))).toEqual([]);
    expect(await page.locator("#cijfers-uitklap").getAttribute("open")).toBeNull();
    await page.click("#cijfers-uitklap summary");
    await page.waitForSelector("#cijfers dt", { timeout: 20_000 });
    expect(await page.locator("#cijfers-laden").isHidden()).toBe(true);
    const cijfers = await page.locator("#cijfers dt").allTextContents();
    expect(cijfers).toEqual(["Verzuimpercentage", "Meldingsfrequentie", "Gemiddelde verzuimduur", "Nulverzuim"]);
    expect(await page.locator("#cijfers dd").first().textContent()).toBe("onbekend");
    expect(await page.locator("#grafiek svg rect").count()).toBeGreaterThan(0);
    // Zoals een gebruiker: op de link klikken geeft een download (de CSP verbiedt fetch, niet downloaden).
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#agenda")]);
    expect(download.suggestedFilename()).toBe("poortwachter-herinneringen.ics");
    const ics = { tekst: readFileSync((await download.path())!, "utf8") };
    expect(ics.tekst).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.tekst).toMatch(/SUMMARY:C\. Bakker — /);
    expect(verzoeken.filter((u) => /cijfers\.js$/.test(u))).toHaveLength(1);
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "overzicht");

    // Dossier openklappen met het toetsenbord: tijdlijn, RIV, spoor 2, loonsanctie.
    const knop = page.locator(".dossier button.open-dicht", { hasText: "C. Bakker" });
    await knop.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".dossier button.open-dicht", { hasText: "C. Bakker" }).getAttribute("aria-expanded")).resolves.toBe("true");
    const tijdlijn = await page.locator(".details .tijdlijn li").allTextContents();
    expect(tijdlijn.join("\n")).toMatch(/Eerstejaarsevaluatie — uiterlijk \d{2}-\d{2}-\d{4}te laat/);
    // Het einde van de wachttijd staat er één keer, als datum (geen dubbele regel, geen statuslabel).
    const ewt = [...(await page.locator(".details").allTextContents()).join("\n").matchAll(/loondoorbetaling/gi)];
    expect(ewt.length).toBe(1);
    expect(tijdlijn.filter((r) => /^Laatste dag loondoorbetaling — \d{2}-\d{2}-\d{4}$/.test(r))).toHaveLength(1);
    expect(await page.locator(".details h3").allTextContents()).toEqual(["Tijdlijn", "Re-integratieverslag", "Spoor 2", expect.stringMatching(/^Loonsanctie /)]);
    // Het risico spreekt het oordeel niet tegen.
    const risico = (await page.locator(".details h3 .label").textContent()) ?? "";
    const rivOordeel = (await page.locator(".details .oordeel").first().textContent()) ?? "";
    if (/geen loonsanctie verwacht/i.test(rivOordeel)) expect(risico).not.toMatch(/laag|middel|hoog/);
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "dossier");

    // Problemen: de onleesbare datum en de privacykolom; klik selecteert de cel.
    const problemen = await page.locator("#problemen li").allTextContents();
    expect(problemen.join("\n")).toMatch(/rij 6/);
    expect(problemen.join("\n")).toMatch(/Diagnose/);
    await page.locator("#problemen").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(UIT, "taakvenster-problemen.png") });
    await page.locator("#problemen button", { hasText: "rij 6" }).first().click();
    await page.waitForFunction(() => /geselecteerd/.test(document.getElementById("status")?.textContent ?? ""));
    const selectie = await page.evaluate(() => (window as unknown as { __pw: { staat: { selectie: string } } }).__pw.staat.selectie);
    expect(selectie).toBe("Verzuim!C6");

    // Markeer termijnen: de schrijfkant (markeren.js) komt pas nu, lui geladen.
    expect(verzoeken.filter((u) => /markeren\.js$/.test(u))).toEqual([]);
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
    // De opzoektabel vanaf rij 2: per dossier sleutel, eerste ziektedag en per mijlpaalkolom termijn en begin van "binnenkort".
    expect(na.namen).toEqual([["PW_T_1", expect.stringMatching(/^='PW_T_1'!\$A\$2:\$[A-Z]+\$\d+$/)]]);
    // Het legendablad staat in de werkmap, voor wie haar opent zonder de invoegtoepassing.
    expect(na.bladen).toEqual([["Verzuim", "Visible"], ["PW_T_1", "VeryHidden"], ["Poortwachter legenda", "Visible"]]);
    expect(na.regels[0]).toEqual(["A2:A100", '=A2="x"', "#0000FF"]);
    const eigen = na.regels.slice(1);
    expect(eigen.length).toBeGreaterThanOrEqual(4 * 5);
    expect(eigen.every((r: string[]) => /INDEX\(PW_T_1,/.test(r[1]))).toBe(true);
    expect(eigen.some((r: string[]) => r[0] === "F2:F6" && /TODAY\(\)/.test(r[1]) && r[2] === "#FFC7CE")).toBe(true);
    expect(na.notitie).toEqual({ v: "Notitie van de gebruiker" });
    for (const r of na.runs) expect(r.log.some((l: string) => /^(values|formulas|wissen) Verzuim!/.test(l))).toBe(false);
    // De kopregel is gedeeld met de rijfuncties: er is (één keer) herberekend.
    expect(na.runs.flatMap((r: { log: string[] }) => r.log).filter((l: string) => /^herbereken Recalculate/.test(l))).toHaveLength(1);

    // Markering verwijderen: alleen het eigen werk verdwijnt.
    await page.click("#verwijder");
    await page.waitForFunction(() => /Markering verwijderd/.test(document.getElementById("status")?.textContent ?? ""));
    const eind = await page.evaluate(() => {
      const s = (window as unknown as { __pw: any }).__pw.staat; // eslint-disable-line @typescript-eslint/no-explicit-any
      return { namen: s.namen.size, bladen: s.bladen.map((b: { naam: string }) => b.naam), regels: s.regels.length };
    });
    expect(eind).toEqual({ namen: 0, bladen: ["Verzuim"], regels: 1 });
    expect(verzoeken.filter((u) => /markeren\.js$/.test(u))).toHaveLength(1);

    expect(fouten).toEqual([]);
    const extern = verzoeken.filter((u) => !u.startsWith(basis + "/") && u !== OFFICE_JS);
    expect(extern).toEqual([]);
    await page.close();
  });

  test("buiten Office, met de echte office.js (@microsoft/office-js): Nederlandse melding dat het in Excel werkt, geen fout", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    const fouten: string[] = [];
    const vanCdn: string[] = [];
    const extern: string[] = [];
    page.on("pageerror", (e) => fouten.push(String(e)));
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(CDN)) {
        // Elk bestand dat office.js van het CDN haalt, komt uit het npm-pakket: geen internet nodig.
        const bestand = path.join(OFFICE_JS_MAP, new URL(url).pathname.slice("/lib/1/hosted/".length));
        vanCdn.push(url.slice(CDN.length));
        if (bestand.startsWith(OFFICE_JS_MAP) && existsSync(bestand)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(bestand) });
        return route.fulfill({ status: 404, body: "" });
      }
      if (url.startsWith(basis + "/")) return route.continue();
      extern.push(url);
      return route.abort();
    });
    await page.goto(`${basis}/taskpane.html`);
    await page.waitForFunction(() => /alleen in Excel/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    expect(await page.textContent("#status")).toMatch(/^Poortwachter werkt alleen in Excel\. Open de werkmap in Excel/);
    // Het is echt office.js van Microsoft (niet de nabootsing): Office.onReady bestaat, er is geen host.
    const office = await page.evaluate(async () => {
      const o = (window as unknown as { Office: { onReady(): Promise<{ host: unknown }> } }).Office;
      const info = await o.onReady();
      return { host: info.host, nabootsing: "__pw" in window };
    });
    expect(office).toEqual({ host: null, nabootsing: false });
    expect(vanCdn[0]).toBe("office.js");
    expect(await page.locator("#markeer").isDisabled()).toBe(true);
    expect(fouten).toEqual([]);
    expect(extern).toEqual([]);
    await schermafdruk(page, "buiten-excel");
    await page.close();
  });

  test("werkbalk: één tabstop, pijltjes, Home en End (WAI-ARIA toolbar)", async () => {
    const { page } = await openVenster({ rijen: voorbeeld(vandaag()) });
    const tabindex = () => page.locator("#werkbalk button").evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).tabIndex));
    expect(await tabindex()).toEqual([0, -1, -1]);
    await page.focus("#vernieuwen");
    const actief = () => page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press("ArrowRight");
    expect(await actief()).toBe("markeer");
    expect(await tabindex()).toEqual([-1, 0, -1]);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await actief()).toBe("vernieuwen");
    await page.keyboard.press("ArrowLeft");
    expect(await actief()).toBe("verwijder");
    await page.keyboard.press("Home");
    expect(await actief()).toBe("vernieuwen");
    await page.keyboard.press("End");
    expect(await actief()).toBe("verwijder");
    // Tab verlaat de werkbalk (één tabstop): naar het eerste filter.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.filter)).toBe("te-laat");
    await page.close();
  });

  test("archiefblad: gelezen als archief, niet als werk, niet gekleurd; de periode telt samen met het live blad", async () => {
    const T = vandaag();
    const leeg = ["", "", "", "", "", "", "", ""];
    const { page, fouten } = await openVenster({
      rijen: [KOPPEN, ["J. de Vries", 201, T - 20, "", ...leeg]],
      archief: [KOPPEN, ["J. de Vries", 201, T - 100, T - 40, ...leeg], ["K. Smit", 202, T - 300, T - 250, ...leeg]],
    });
    expect(await page.textContent("#status")).toMatch(/1 dossier gelezen uit Verzuim; als archief gelezen: Archief 2025\./);
    expect((await page.locator("#meldingen li").allTextContents()).join("\n")).toMatch(/Blad 'Archief 2025' gelezen als archief: 2 afgesloten meldingen, gebruikt voor samentellen/);
    const lijst = (await page.locator("#dossiers").textContent()) ?? "";
    expect(lijst).toMatch(/J\. de Vries/);
    expect(lijst).not.toMatch(/K\. Smit/);
    // Samengeteld (gat 20 dagen): de probleemanalyse van de eerste periode (T-100) is te laat.
    expect(Number(await page.textContent("#n-te-laat"))).toBeGreaterThanOrEqual(1);
    await page.click("#markeer");
    await page.waitForFunction(() => /gemarkeerd/.test(document.getElementById("status")?.textContent ?? ""));
    const regels = await page.evaluate(() => (window as unknown as { __pw: { staat: { regels: { blad: string; formule: string }[] } } }).__pw.staat.regels);
    expect(regels.filter((r) => /INDEX\(PW_T_/.test(r.formule)).length).toBeGreaterThan(0);
    expect(regels.filter((r) => r.blad === "Archief 2025")).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("lege toestand: geen register, met uitleg en de koppen die wel gezien zijn", async () => {
    const { page, fouten } = await openVenster({ rijen: nietHerkend(), tabel: false });
    const tekst = (await page.locator("#dossiers").textContent()) ?? "";
    expect(tekst).toMatch(/Geen verzuimregister gevonden/);
    expect(tekst).toMatch(/“Werknemer”/);
    // Elke geziene kop met een keuzelijst (kolomkeuze), zoals bij een herkend register.
    for (const kop of ["Wie", "Ziek sinds", "Opmerking"]) expect(tekst).toMatch(new RegExp(`Verzuim: "${kop}"( \\([^)]*\\))? is kies…`));
    expect(await page.locator(".tellers").isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "leeg");
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("niet herkend blad: de gebruiker koppelt de kolommen zelf (kolomkeuze), Bewaar, en de dossiers verschijnen", async () => {
    const T = vandaag();
    // "Wie" en "Dag 1" herkent Poortwachter niet (test/cli/kolomkeuze.test.ts): zonder keuze geen register.
    const { page, fouten } = await openVenster({ rijen: [["Wie", "Dag 1", "PvA"], ["Anna", T - 100, T - 60], ["Bert", T - 100, ""]], tabel: false });
    expect(await page.locator("#dossiers").textContent()).toMatch(/Geen verzuimregister gevonden/);
    const lijst = (kop: string) => page.getByRole("combobox", { name: `Kolom "${kop}" op blad Verzuim gebruiken als` });
    await lijst("Wie").selectOption("Werknemer");
    await lijst("Dag 1").selectOption("Eerste ziektedag");
    await page.evaluate(() => document.getElementById("status")!.replaceChildren());
    await page.locator(".leeg-vak button", { hasText: "Bewaar" }).click();
    await page.waitForFunction(() => /2 dossiers gelezen/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    const namen = (await page.locator(".dossier button.open-dicht").allTextContents()).map((t) => t.replace(/week.*/, ""));
    expect(namen.sort()).toEqual(["Anna", "Bert"]);
    expect(await page.locator("#dossiers").textContent()).not.toMatch(/Geen verzuimregister gevonden/);
    // De keuze staat in de werkmap (met Vergeet); "PvA" wordt gewoon herkend.
    const meldingen = (await page.locator("#meldingen li").allTextContents()).join("\n");
    expect(meldingen).toMatch(/Uw kolomkeuze: "Wie" → Werknemer/);
    expect(meldingen).toMatch(/Uw kolomkeuze: "Dag 1" → Eerste ziektedag/);
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "kolomkeuze");
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("niet herkend blad: Bewaar zonder keuze zegt wat te doen en bewaart niets", async () => {
    const { page, fouten } = await openVenster({ rijen: nietHerkend(), tabel: false });
    const runs = await page.evaluate(() => (window as unknown as { __pw: { runs: unknown[] } }).__pw.runs.length);
    await page.locator(".leeg-vak button", { hasText: "Bewaar" }).click();
    expect(await page.textContent("#status")).toBe("Kies eerst waarvoor de kolom dient.");
    expect(await page.evaluate(() => (window as unknown as { __pw: { runs: unknown[] } }).__pw.runs.length)).toBe(runs);
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("alleen de verplichte kolommen: geen stap te laat of gedaan, onbekend neutraal en uitgelegd", async () => {
    const { page, fouten } = await openVenster({ rijen: alleenVerplicht(vandaag()) });
    expect(await page.textContent("#n-te-laat")).toBe("0");
    expect(await page.textContent("#n-binnenkort")).toBe("0");
    expect(await page.textContent("#n-open")).toBe("2");
    expect(await page.locator(".teller.nul").count()).toBe(2); // geen rood of oranje vlak bij 0
    expect(await page.locator("#meldingen li.neutraal").textContent()).toMatch(/geen kolom voor .*Probleemanalyse.*onbekend, nooit te laat/);
    await page.locator(".dossier button.open-dicht", { hasText: "F. de Boer" }).click();
    const tijdlijn = await page.locator(".details .tijdlijn li").allTextContents();
    expect(tijdlijn.join("\n")).not.toMatch(/te laat|gedaan/);
    expect(tijdlijn.filter((r) => /onbekend \(kolom ontbreekt\)$/.test(r)).length).toBeGreaterThanOrEqual(9);
    expect(await page.locator(".label.s-te-laat, .label.s-gedaan, .label.s-binnenkort").count()).toBe(0);
    // Geen risicowoord op grond van alleen onbekende gegevens.
    expect(await page.locator(".details h3 .label").textContent()).toBe("onbekend (gegevens ontbreken)");
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "onbekend");
    expect(fouten).toEqual([]);
    await page.close();
  });

  test.each([
    ["donker thema van Office", { thema: "#1f1f1f" }, {}, "donker"],
    ["donker via prefers-color-scheme", {}, { colorScheme: "dark" as const }, "donker-systeem"],
    ["hoog contrast (forced-colors)", {}, { forcedColors: "active" as const, colorScheme: "dark" as const }, "hoog-contrast"],
  ])("%s: leesbaar, 0 ernstige axe-overtredingen", async (_naam, host, media, bestand) => {
    const { page, fouten } = await openVenster({ rijen: voorbeeld(vandaag()), ...host }, media);
    await page.locator(".dossier button.open-dicht", { hasText: "C. Bakker" }).click();
    const achter = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    if (bestand !== "hoog-contrast") expect(achter).toBe("rgb(31, 31, 31)");
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, bestand);
    expect(fouten).toEqual([]);
    await page.close();
  });

  /** Alle onderdelen van een zip, uitgepakt, als één tekst (om te zoeken wat er nergens mag staan). */
  const zipTekst = (bytes: Uint8Array) =>
    Object.entries(unzipSync(bytes))
      .map(([n, b]) => `${n}\n${strFromU8(b)}`)
      .join("\n");

  test("Deelkopie voor deze werknemer: een nieuwe werkmap via Excel.createWorkbook met alleen deze werknemer, lui geladen, zonder netwerk", async () => {
    const T = vandaag();
    const { page, verzoeken, fouten } = await openVenster({ rijen: voorbeeld(T) });
    // Het script van de deelkopie (fflate, pakketlaag) is nog niet geladen.
    expect(verzoeken.filter((u) => /deelkopie/.test(u))).toEqual([]);
    await page.locator(".dossier button.open-dicht", { hasText: "A. de Vries" }).click();
    const knop = page.locator(".dossier .details button.deelkopie");
    await expect(knop.textContent()).resolves.toBe("Deelkopie voor deze werknemer");
    expect(await axe(page)).toEqual([]);
    await knop.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(UIT, "taakvenster-deelkopie.png") });
    await knop.click();
    await page.waitForFunction(() => /Deelkopie van .* geopend/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    const melding = (await page.textContent("#status")) ?? "";
    expect(melding).toMatch(/gevoeligheidslabel/);
    expect(melding).toMatch(/1 kolom weggelaten/); // Diagnose
    const b64 = await page.evaluate(() => (window as unknown as { __pw: { nieuweWerkmappen: string[] } }).__pw.nieuweWerkmappen);
    expect(b64).toHaveLength(1);
    const alles = zipTekst(Buffer.from(b64[0], "base64"));
    expect(alles).toContain("A. de Vries");
    for (const verboden of ["B. Jansen", "C. Bakker", "D. Smit", "E. Visser", "Diagnose", "Notitie van de gebruiker", "Archief"]) expect([verboden, alles.includes(verboden)]).toEqual([verboden, false]);
    expect(alles).toMatch(/<conditionalFormatting /);
    // Lui geladen van dezelfde oorsprong; niets anders dan 127.0.0.1 (en het omgeleide office.js).
    expect(verzoeken.filter((u) => /deelkopie\.js$/.test(u))).toHaveLength(1);
    expect(verzoeken.filter((u) => !u.startsWith(basis) && u !== OFFICE_JS)).toEqual([]);
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("Verzuimcijfers: laadt cijfers.js niet, dan een Nederlandse melding; dicht- en weer openklappen probeert opnieuw", async () => {
    const T = vandaag();
    const { page, verzoeken, fouten } = await openVenster({ rijen: voorbeeld(T) });
    await page.route("**/cijfers.js", (route) => route.abort());
    await page.click("#cijfers-uitklap summary");
    await page.waitForFunction(() => /konden niet worden geladen/.test(document.getElementById("cijfers-laden")?.textContent ?? ""), undefined, { timeout: 20_000 });
    expect(await page.locator("#cijfers dt").count()).toBe(0);
    expect(await page.locator("#cijfers-laden").isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.unroute("**/cijfers.js");
    await page.click("#cijfers-uitklap summary");
    await page.click("#cijfers-uitklap summary");
    await page.waitForSelector("#cijfers dt", { timeout: 20_000 });
    expect(await page.locator("#cijfers-laden").isHidden()).toBe(true);
    expect(await page.locator("#grafiek svg rect").count()).toBeGreaterThan(0);
    expect(await page.textContent("#agenda")).toMatch(/^Herinneringen voor uw agenda \(\.ics, \d+ afspra(ak|ken)\)$/);
    expect(verzoeken.filter((u) => /cijfers\.js$/.test(u))).toHaveLength(2);
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("laadt het script voor markeren of de deelkopie niet, dan een Nederlandse melding en geen wijziging in de werkmap", async () => {
    const T = vandaag();
    const { page, fouten } = await openVenster({ rijen: voorbeeld(T) });
    await page.route(/\/(markeren|deelkopie)\.js$/, (route) => route.abort());
    const regelsVoor = await page.evaluate(() => (window as unknown as { __pw: { staat: { regels: unknown[] } } }).__pw.staat.regels.length);
    await page.click("#markeer");
    await page.waitForFunction(() => /markering kon niet worden geladen/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __pw: { staat: { regels: unknown[] } } }).__pw.staat.regels.length)).toBe(regelsVoor);
    expect(await page.locator("#markeer").isDisabled()).toBe(false);
    await page.locator(".dossier button.open-dicht", { hasText: "A. de Vries" }).click();
    await page.locator(".dossier .details button.deelkopie").click();
    await page.waitForFunction(() => /deelkopie kon niet worden geladen/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __pw: { nieuweWerkmappen: string[] } }).__pw.nieuweWerkmappen)).toEqual([]);
    // Daarna wel te laden: opnieuw proberen werkt.
    await page.unroute(/\/(markeren|deelkopie)\.js$/);
    await page.click("#markeer");
    await page.waitForFunction(() => /Termijnen gemarkeerd/.test(document.getElementById("status")?.textContent ?? ""), undefined, { timeout: 20_000 });
    expect(fouten).toEqual([]);
    await page.close();
  });

  test("Deelkopie zonder ExcelApi 1.8: een downloadlink met het .xlsx-bestand en een Nederlandse uitleg", async () => {
    const T = vandaag();
    const { page, verzoeken, fouten } = await openVenster({ rijen: voorbeeld(T), zonderNieuweWerkmap: true });
    await page.locator(".dossier button.open-dicht", { hasText: "C. Bakker" }).click();
    await page.locator(".dossier .details button.deelkopie").click();
    await page.waitForSelector("#deelkopie-download", { timeout: 20_000 });
    expect((await page.textContent("#status")) ?? "").toMatch(/kan vanuit de invoegtoepassing geen nieuwe werkmap openen/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#deelkopie-download")]);
    expect(download.suggestedFilename()).toBe("C. Bakker (deelkopie).xlsx");
    const alles = zipTekst(readFileSync((await download.path())!));
    expect(alles).toContain("C. Bakker");
    expect(alles).not.toContain("A. de Vries");
    expect(await page.evaluate(() => (window as unknown as { __pw: { nieuweWerkmappen: string[] } }).__pw.nieuweWerkmappen)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await schermafdruk(page, "deelkopie-download");
    expect(verzoeken.filter((u) => !u.startsWith(basis) && u !== OFFICE_JS)).toEqual([]);
    expect(fouten).toEqual([]);
    await page.close();
  });
});
