/**
 * Eind-tot-eind: de kleuren op het blad en het rapport zeggen hetzelfde, voor elke mijlpaalcel.
 *
 * De scanner markeert een kopie (voorwaardelijke opmaak met TODAY() en de verborgen termijnen), LibreOffice
 * rekent die opmaak zelf uit en schrijft HTML met per cel de toegepaste kleuren (`bgcolor` en
 * `<font color>`); daarnaast geeft de scanner JSON met de status van elke mijlpaal. LibreOffice rekent
 * TODAY() als de echte datum, dus de scanner draait met `--peildatum` = vandaag (in Nederland; soffice
 * krijgt dezelfde tijdzone). Twee werkmappen: het voorbeeldregister en een gegenereerd register met tekst,
 * foutwaarden, n.v.t. en datums buiten het venster in de mijlpaalcellen.
 *
 * Daarna doet de test wat een gebruiker doet (issue 20): in LibreOffice sorteren, een rij invoegen en een rij
 * verwijderen en rijen wegfilteren (UNO, sorteer-lo.py), en de rijen door een ander programma laten herschikken
 * (openpyxl, sorteer-openpyxl.py). Opnieuw laat LibreOffice de kleuren uitrekenen: elke persoon heeft in elke
 * mijlpaalkolom dezelfde kleur als vóór het sorteren, en de ingevoegde rij heeft geen kleur.
 *
 *   npx jest test/e2e/kleuren.test.ts
 */
import { verwachteKleur } from "../helpers";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { JsonDossier, JsonRapport } from "../../src/cli/rapport";
import { formatISO, naarExcelSerienummer, parseISO, vandaag, type Dag } from "../../src/core/dagen";
import { KLEURNAAM, LEGENDA_TITEL, type MarkeringSoort } from "../../src/core/markering";
import type { MijlpaalCode } from "../../src/core/mijlpalen";
import { herkenKop, MIJLPAAL_VELD } from "../../src/core/register";
import { kleurenPerPersoon, leesHtml, soortVan, type HtmlCel } from "../fixtures/lo-html";
import { pythonMetOpenpyxl } from "../fixtures/werkmappen/maak";
import { nodig } from "../hulpmiddel";

jest.setTimeout(240_000);

/** LibreOffice rekent de kleuren uit; zonder soffice slaat dit bestand lokaal over (test/hulpmiddel.ts). */
const SOFFICE = nodig("soffice");
/** Python met UNO: sorteren en filteren in LibreOffice zoals een gebruiker (sorteer-lo.py). */
const UNO = SOFFICE ? nodig("uno") : null;
const VOORBEELD = path.resolve(__dirname, "../../assets/voorbeeld-verzuimregister.xlsx");

/** Een register met wat gebruikers echt in mijlpaalcellen zetten, rond vandaag (P). */
async function maakTekstRegister(bestand: string, P: Dag): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  const kop = ["Werknemer", "Eerste ziektedag", "Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "WIA-aanvraag"];
  ws.addRow(kop);
  const datum = (x: Dag) => new Date(Date.UTC(1899, 11, 30) + naarExcelSerienummer(x) * 86_400_000);
  const inhoud = (D: Dag, i: number): ExcelJS.CellValue => {
    const keuzes: ExcelJS.CellValue[] = [
      null,
      "volgt",
      "aangevraagd",
      "n.v.t.",
      "?",
      { error: "#N/A" } as ExcelJS.CellErrorValue,
      "nvt",
      datum(D + 5),
      datum(P + 20), // in de toekomst: nog niet gedaan
      datum(D - 10), // vóór de eerste ziektedag: genegeerd
      formatNL(D + 3), // tekstdatum
      "niet van toepassing",
    ];
    return keuzes[i % keuzes.length];
  };
  // Eerste ziektedagen zo gekozen dat elke fase voorkomt: van net ziek tot bijna twee jaar.
  const leeftijden = [3, 10, 38, 41, 45, 60, 120, 290, 300, 320, 330, 360, 400, 600, 620, 640, 700];
  let n = 0;
  leeftijden.forEach((dagen, r) => {
    const D = P - dagen;
    const rij: ExcelJS.CellValue[] = [`Werknemer ${r + 1}`, datum(D)];
    for (let k = 0; k < kop.length - 2; k++) rij.push(inhoud(D, n++ * 5 + r));
    ws.addRow(rij);
  });
  for (const c of [2, 3, 4, 5, 6, 7, 8, 9, 10]) Object.assign(ws.getColumn(c), { numFmt: "dd-mm-yyyy", width: 16 });
  ws.getColumn(1).width = 14;
  await wb.xlsx.writeFile(bestand);
}

function formatNL(x: Dag): string {
  const [j, m, d] = formatISO(x).split("-");
  return `${d}-${m}-${j}`;
}

/** Scan met JSON en markeer; LibreOffice maakt van elke kopie HTML. */
async function scanEnRender(map: string, bestanden: string[], P: Dag): Promise<{ json: JsonRapport; html: Map<string, HtmlCel[][][]> }> {
  let out = "";
  const code = await main(["scan", ...bestanden, "--json", "--markeer", path.join(map, "uit"), "--peildatum", formatISO(P)], {
    out: (s) => (out += s),
    err: () => undefined,
    isTTY: false,
  });
  expect(code).toBe(0);
  const json = JSON.parse(out) as JsonRapport;
  const kopieen = bestanden.map((b) => path.join(map, "uit", path.basename(b)));
  const profiel = `file://${path.join(map, "lo-profiel")}`;
  execFileSync(SOFFICE!, [`-env:UserInstallation=${profiel}`, "--headless", "--convert-to", "html", "--outdir", path.join(map, "html"), ...kopieen], {
    stdio: "ignore",
    timeout: 180_000,
    // TODAY() in LibreOffice = de kalenderdatum in de tijdzone van het proces; de scanner rekent in Nederland.
    env: { ...process.env, TZ: "Europe/Amsterdam" },
  });
  const html = new Map<string, HtmlCel[][][]>();
  for (const b of bestanden) {
    html.set(path.basename(b), leesHtml(readFileSync(path.join(map, "html", path.basename(b).replace(/\.xlsx$/, ".html")), "utf8")));
  }
  return { json, html };
}

(SOFFICE ? describe : describe.skip)("LibreOffice: de kleur van elke mijlpaalcel = de status in de JSON, voor vandaag", () => {
  const map = mkdtempSync(path.join(tmpdir(), "pw-kleuren-"));
  let P: Dag = vandaag();
  let uitkomst: { json: JsonRapport; html: Map<string, HtmlCel[][][]> };

  beforeAll(async () => {
    mkdirSync(path.join(map, "in"));
    copyFileSync(VOORBEELD, path.join(map, "in", "voorbeeld.xlsx"));
    for (let poging = 0; poging < 2; poging++) {
      P = vandaag();
      await maakTekstRegister(path.join(map, "in", "tekst-in-cellen.xlsx"), P);
      uitkomst = await scanEnRender(map, [path.join(map, "in", "voorbeeld.xlsx"), path.join(map, "in", "tekst-in-cellen.xlsx")], P);
      if (vandaag() === P) break; // middernacht in Nederland tijdens de test: nog één keer
    }
  });

  test.each([["voorbeeld.xlsx"], ["tekst-in-cellen.xlsx"]])("%s", (bestand) => {
    const register = uitkomst.json.bestanden.find((b) => path.basename(b.bestand) === bestand)!;
    expect(register.dossiers.length).toBeGreaterThan(10);
    const tabellen = uitkomst.html.get(bestand)!;
    // Het register is de tabel met de kopregel; het legendablad staat er los van.
    const tabel = tabellen.find((t) => t.some((r) => r.some((c) => c.tekst === "Eerste ziektedag")))!;
    expect(tabellen.some((t) => t.some((r) => r.some((c) => /vólgende evaluatie is te laat/.test(c.tekst))))).toBe(true);
    const koprij = tabel.findIndex((r) => r.some((c) => c.tekst === "Eerste ziektedag"));
    const kolomVan = new Map<MijlpaalCode, number>();
    let naamKolom = -1;
    tabel[koprij].forEach((c, i) => {
      const veld = herkenKop(c.tekst);
      if (veld === "werknemer") naamKolom = i;
      const code = veld ? MIJLPAAL_VELD[veld] : undefined;
      if (code) kolomVan.set(code, i);
    });
    expect(kolomVan.size).toBeGreaterThanOrEqual(8);

    const verschillen: string[] = [];
    const gezien = new Map<string, number>();
    let vergeleken = 0;
    for (const dossier of register.dossiers as JsonDossier[]) {
      const rij = dossier.rijen[dossier.rijen.length - 1];
      const cellen = tabel[rij - 1];
      // De HTML-rij hoort bij de werkbladrij van het dossier: dezelfde werknemer.
      expect(cellen[naamKolom].tekst).toBe(dossier.werknemer);
      const D = naarExcelSerienummer((parseISO(dossier.eersteZiektedag) as { ok: true; waarde: Dag }).waarde);
      for (const [code, k] of kolomVan) {
        const cel = cellen[k];
        const status = dossier.mijlpalen[code].status;
        const celIsDatum = cel.waarde !== null && cel.waarde >= D && cel.waarde <= naarExcelSerienummer(P);
        const moet = verwachteKleur(status, code === "EVAL", celIsDatum);
        const is = soortVan(cel);
        vergeleken++;
        gezien.set(status, (gezien.get(status) ?? 0) + 1);
        if (is !== moet) verschillen.push(`rij ${rij} ${code} "${cel.tekst}": JSON ${status}, blad ${is ?? "geen kleur"} (verwacht ${moet ?? "geen kleur"})`);
      }
    }
    expect(verschillen).toEqual([]);
    expect(vergeleken).toBeGreaterThan(100);
    // De vergelijking dekt de kleuren die ertoe doen: rood, oranje, groen en grijs komen voor.
    for (const s of ["te-laat", "binnenkort", "gedaan", "nvt"]) expect(gezien.get(s) ?? 0).toBeGreaterThan(0);
  });

  const NIEUW = "Nieuw na het markeren";

  (UNO ? test.each : test.skip.each)([["voorbeeld.xlsx"], ["tekst-in-cellen.xlsx"]])(
    "%s: gesorteerd, ingevoegd, verwijderd en gefilterd in LibreOffice, herschikt door openpyxl: elke persoon dezelfde kleuren",
    (bestand) => {
      const register = uitkomst.json.bestanden.find((b) => path.basename(b.bestand) === bestand)!;
      const tabel = uitkomst.html.get(bestand)!.find((t) => t.some((r) => r.some((c) => c.tekst === "Eerste ziektedag")))!;
      const voor = kleurenPerPersoon(tabel);
      expect(voor.perPersoon.size).toBeGreaterThan(10);
      const kopie = path.join(map, "uit", bestand);
      const naam = bestand.replace(/\.xlsx$/, "");
      const lo = path.join(map, "gesorteerd", `${naam}-libreoffice.xlsx`);
      const py = path.join(map, "gesorteerd", `${naam}-openpyxl.xlsx`);
      mkdirSync(path.dirname(lo), { recursive: true });
      const env = { ...process.env, TZ: "Europe/Amsterdam" };
      const uno = JSON.parse(
        execFileSync(UNO!, [path.join(__dirname, "sorteer-lo.py"), SOFFICE!, path.join(map, "lo-uno"), kopie, lo, register.blad!, String(voor.koprij), String(voor.naamKolom), String(voor.dagKolom), NIEUW, String(naarExcelSerienummer(P) - 100)], { encoding: "utf8", timeout: 180_000, env }),
      ) as { verwijderd: string; verborgen: string[] };
      const openpyxl = pythonMetOpenpyxl();
      const metOpenpyxl = openpyxl !== null;
      if (openpyxl) execFileSync(openpyxl, [path.join(__dirname, "sorteer-openpyxl.py"), kopie, py, register.blad!, String(voor.koprij), String(voor.dagKolom)], { timeout: 60_000 });
      const uit = path.join(map, "gesorteerd-html");
      execFileSync(SOFFICE!, [`-env:UserInstallation=file://${path.join(map, "lo-profiel")}`, "--headless", "--convert-to", "html", "--outdir", uit, lo, ...(metOpenpyxl ? [py] : [])], { stdio: "ignore", timeout: 180_000, env });

      for (const [wie, xlsx] of [["LibreOffice", lo], ...(metOpenpyxl ? [["openpyxl", py]] : [])]) {
        const html = leesHtml(readFileSync(path.join(uit, path.basename(xlsx).replace(/\.xlsx$/, ".html")), "utf8"));
        const na = kleurenPerPersoon(html.find((t) => t.some((r) => r.some((c) => c.tekst === "Eerste ziektedag")))!);
        const verschillen: string[] = [];
        let vergeleken = 0;
        for (const [persoon, kleuren] of na.perPersoon) {
          if (persoon.startsWith(`${NIEUW} |`)) {
            // Een rij die na het markeren is toegevoegd, staat niet in de opzoektabel: geen kleur.
            expect([wie, persoon, kleuren]).toEqual([wie, persoon, kleuren.map(() => null)]);
            continue;
          }
          const moet = voor.perPersoon.get(persoon);
          if (!moet) {
            verschillen.push(`${wie}: ${persoon} stond niet in het origineel`);
            continue;
          }
          vergeleken++;
          if (JSON.stringify(kleuren) !== JSON.stringify(moet)) verschillen.push(`${wie}: ${persoon} ${JSON.stringify(moet)} → ${JSON.stringify(kleuren)}`);
        }
        expect(verschillen).toEqual([]);
        // Bijna iedereen is vergeleken (hooguit de verwijderde en de verborgen rijen niet) …
        expect(vergeleken).toBeGreaterThanOrEqual(voor.perPersoon.size - 1 - (wie === "LibreOffice" ? uno.verborgen.length : voor.perPersoon.size / 4));
        if (wie === "LibreOffice") {
          expect(na.perPersoon.has(`${NIEUW} | ${naarExcelSerienummer(P) - 100}`)).toBe(true);
          expect([...na.perPersoon.keys()].some((k) => k.startsWith(`${uno.verwijderd} |`))).toBe(uno.verwijderd === "" || [...voor.perPersoon.keys()].filter((k) => k.startsWith(`${uno.verwijderd} |`)).length > 1);
        }
        // … en op rijpositie zijn de kleuren anders: kleuren die bij de rij hoorden, zouden hier falen.
        expect(na.volgorde).not.toEqual(voor.volgorde);
      }
    },
  );

  test("het legendablad toont elke kleur als staal (de cel zelf in die kleur), zoals LibreOffice het tekent", () => {
    for (const bestand of ["voorbeeld.xlsx", "tekst-in-cellen.xlsx"]) {
      const legenda = uitkomst.html.get(bestand)!.find((t) => t.some((r) => r.some((c) => c.tekst === LEGENDA_TITEL)))!;
      for (const [soort, naam] of Object.entries(KLEURNAAM) as [MarkeringSoort, string][]) {
        const staal = legenda.flat().find((c) => c.tekst === naam)!;
        expect([bestand, naam, soortVan(staal)]).toEqual([bestand, naam, soort]);
      }
      expect(legenda.flat().some((c) => /sorteren, filteren en rijen invoegen/.test(c.tekst))).toBe(true);
      expect(legenda.flat().some((c) => /later is toegevoegd, blijft zonder kleur/.test(c.tekst))).toBe(true);
    }
  });

  test("tekst en foutwaarden in mijlpaalcellen: gemeld met rij en kolom, nooit groen", () => {
    const register = uitkomst.json.bestanden.find((b) => path.basename(b.bestand) === "tekst-in-cellen.xlsx")!;
    const meldingen = register.problemen.map((p) => `${p.rij} ${p.kolom} ${p.melding}`);
    expect(meldingen.some((m) => /de tekst in de cel is geen datum, dus de stap telt als niet gedaan/i.test(m))).toBe(true);
    expect(meldingen.some((m) => /foutwaarde #N\/B/.test(m))).toBe(true);
    const tabel = uitkomst.html.get("tekst-in-cellen.xlsx")!.find((t) => t.some((r) => r.some((c) => c.tekst === "Eerste ziektedag")))!;
    const tekstCellen = tabel.flat().filter((c) => ["volgt", "aangevraagd", "?", "#N/A"].includes(c.tekst));
    expect(tekstCellen.length).toBeGreaterThan(10);
    expect(tekstCellen.filter((c) => soortVan(c) === "gedaan")).toEqual([]);
  });
});
