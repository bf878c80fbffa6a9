/**
 * Issue 18, items 5–8, eind-tot-eind op .xlsx-bestanden die deze test zelf schrijft (exceljs):
 * - levensloop: een gemiste stap in een door herstel gesloten dossier is voorbij (geen herinnering, geen
 *   --streng, geen volgende actie), tenzij het dossier nog kan herleven ("kan herleven tot …");
 * - onbekend: een dossier met alleen naam en eerste ziektedag is overal "onbekend", nooit "Niets te doen";
 * - de evaluatie uit een lijstkolom wordt in die kolom gekleurd; CSV-volgende actie is iets om te doen;
 * - statistiek: het aantal medewerkers per werkmap (bewaard door het taakvenster), nooit dagen na vandaag;
 * - en één test die alle oppervlakken langsloopt (scanner JSON en CSV, de gegevens van het taakvenster en de
 *   PW-functies) en dezelfde status en hetzelfde risico eist.
 */
import "../functions/stub";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { JsonDossier, JsonRapport } from "../../src/cli/rapport";
import { formatISO, formatNL, vandaag, type Dag } from "../../src/core/dagen";
import { MIJLPAAL_NAAM } from "../../src/core/mijlpalen";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister, type Cel } from "../../src/core/register";
import { DOSSIER_STATUS_TEKST } from "../../src/core/stand";
import { loonsanctieFn, teLaatFn, volgendeFn } from "../../src/functions/functions";
import { dossierKaart } from "../../src/taskpane/dossierkaart";
import { csvVelden, d } from "../helpers";
import { metInstellingen } from "./generatoren/instellingen";
import JSZip from "jszip";

const P = d("2026-11-25");
const PEIL = "2026-11-25";
const utc = (dag: Dag) => new Date(Date.UTC(1899, 11, 30) + dag * 86400000);
const nl = (dag: Dag) => formatNL(dag);

const KOP = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak", "Evaluaties"];
/** De rijen als dagnummers (zoals Excel ze in range.values geeft); de Evaluaties-cel is een lijst als tekst. */
const LEVENSLOOP: Cel[][] = [
  ["Herman Hersteld", "2001", P - 100, P - 40, null, null, null], // hersteld buiten het venster: voorbij
  ["Rita Recent", "2002", P - 100, P - 10, null, null, null], // hersteld, kan herleven tot P + 17
  ["Sam Ziek", "2003", P - 100, null, null, null, null], // nog ziek: te laat, nog in te halen
  ["Eva Lijst", "2004", P - 300, null, P - 280, P - 270, `${nl(P - 250)}; ${nl(P - 200)}`], // evaluatie 200 dagen geleden
];
const NAAM_KOP = ["Werknemer", "Eerste ziektedag"];
const ALLEEN_NAAM: Cel[][] = [["Wim Week44", P - 43 * 7 - 3]];

async function schrijf(bestand: string, kop: string[], rijen: Cel[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addRow(kop);
  for (const r of rijen) ws.addRow(r.map((w, i) => (typeof w === "number" && /ziektedag|datum|analyse|aanpak/i.test(kop[i]) ? utc(w) : w)));
  for (let c = 1; c <= kop.length; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  await wb.xlsx.writeFile(bestand);
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

let map: string;
const pad = (n: string) => path.join(map, n);

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-levensloop-"));
  await schrijf(pad("levensloop.xlsx"), KOP, LEVENSLOOP);
  await schrijf(pad("alleen-naam.xlsx"), NAAM_KOP, ALLEEN_NAAM);
  await schrijf(pad("alleen-hersteld.xlsx"), KOP, [LEVENSLOOP[0]]);
}, 60000);

describe("levensloop in rapport, JSON, CSV, agenda en --streng", () => {
  test("tekst: hersteld buiten het venster staat onder Voorbij; binnen het venster met 'kan herleven tot <datum>'", async () => {
    const r = await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL]);
    // Open zoals in het taakvenster: Rita (kan herleven), Sam en Eva; Herman niet.
    expect(r.out).toMatch(/\(4 dossiers, 3 open\)/);
    const [teLaat, voorbij] = [r.out.indexOf("Te laat, nog in te halen"), r.out.indexOf("Voorbij, niet meer in te halen")];
    expect(teLaat).toBeGreaterThan(0);
    expect(voorbij).toBeGreaterThan(teLaat);
    const deel = (van: number, tot: number) => r.out.slice(van, tot);
    expect(deel(teLaat, voorbij)).toMatch(new RegExp(`Rita Recent \\(rij 3\\)\\s+Probleemanalyse\\s+\\d+ dagen te laat — hersteld per ${nl(P - 10)}, kan herleven tot ${nl(P + 17)}`));
    expect(deel(teLaat, voorbij)).toMatch(/Sam Ziek \(rij 4\)\s+Probleemanalyse/);
    expect(deel(teLaat, voorbij)).not.toMatch(/Herman/);
    expect(deel(voorbij, r.out.length)).toMatch(/Herman Hersteld \(rij 2\)\s+Probleemanalyse/);
  });

  test("JSON: stand per dossier; een stap die voorbij is, is nooit de volgende actie", async () => {
    // Bewust versie 1 (--json-versie 1, nog één uitgave): deze toetsen vergelijken ook de lege velden (null, []).
    const j = JSON.parse((await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL, "--json-versie", "1"])).out) as JsonRapport;
    const per = new Map(j.bestanden[0].dossiers.map((x) => [x.werknemer, x]));
    expect(per.get("Herman Hersteld")!.stand).toMatchObject({ status: "voorbij", inTeHalen: [], voorbij: ["PA", "PVA"], kanHerlevenTot: null });
    expect(per.get("Herman Hersteld")!.volgendeActie).toBeNull();
    expect(per.get("Rita Recent")!.stand).toMatchObject({ status: "te-laat", inTeHalen: ["PA", "PVA"], kanHerlevenTot: formatISO(P + 17) });
    expect(per.get("Sam Ziek")!.stand.status).toBe("te-laat");
    expect(per.get("Sam Ziek")!.volgendeActie?.mijlpaal).toBe("PA");
  });

  test("CSV: volgende actie nooit een stap die voorbij is; status en kan_herleven_tot", async () => {
    const regels = (await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL, "--csv"])).out.replace("\uFEFF", "").trim().split("\r\n").map(csvVelden);
    const kop = regels[0];
    const van = (naam: string) => regels.find((x) => x[kop.indexOf("werknemer")] === naam)!;
    const v = (naam: string, k: string) => van(naam)[kop.indexOf(k)];
    expect([v("Herman Hersteld", "volgende_actie"), v("Herman Hersteld", "aantal_te_laat"), v("Herman Hersteld", "status")]).toEqual(["", "0", "voorbij: niets meer te doen"]);
    expect([v("Rita Recent", "volgende_actie"), v("Rita Recent", "kan_herleven_tot")]).toEqual(["Probleemanalyse", formatISO(P + 17)]);
    expect(v("Sam Ziek", "status")).toBe("te laat, nog in te halen");
  });

  test("--ics: geen herinnering voor een dossier dat voorbij is; wel voor wat kan herleven en wat nog ziek is", async () => {
    const ics = pad("agenda.ics");
    await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL, "--ics", ics]);
    const tekst = readFileSync(ics, "utf8");
    expect(tekst).not.toMatch(/Herman/);
    expect(tekst).toMatch(/Rita Recent/);
    expect(tekst).toMatch(/Sam Ziek/);
  });

  test("--streng faalt niet elke nacht op geschiedenis: alleen een hersteld dossier buiten het venster → exitcode 0", async () => {
    const r = await draai(["scan", pad("alleen-hersteld.xlsx"), "--peildatum", PEIL, "--streng"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Niets te doen: geen stap te laat of binnenkort\.\nVoorbij, niet meer in te halen/);
    expect(r.out).toMatch(/0 stappen te laat/);
    expect((await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL, "--streng"])).code).toBe(1);
    // Binnen het venster (peildatum eerder) telt dezelfde stap wel.
    expect((await draai(["scan", pad("alleen-hersteld.xlsx"), "--peildatum", formatISO(P - 30), "--streng"])).code).toBe(1);
  });
});

describe("onbekend: alleen naam en eerste ziektedag (week 44)", () => {
  test("tekst zegt wat niet te beoordelen is en welke kolommen het zouden vertellen, nooit 'Niets te doen'", async () => {
    const r = await draai(["scan", pad("alleen-naam.xlsx"), "--peildatum", PEIL]);
    expect(r.out).not.toMatch(/Niets te doen/);
    expect(r.out).toMatch(/Niet te beoordelen — loonsanctierisico onbekend \(1\):/);
    expect(r.out).toMatch(/Wim Week44 \(rij 2, week 44\): het register zegt niets over .*Probleemanalyse.*42e-weeksmelding bij UWV/);
    expect(r.out).toMatch(/Kolommen die het zouden vertellen: Ziekmelding arbodienst, Probleemanalyse, Plan van aanpak, Laatste evaluatie, 42e-weeksmelding\./);
  });
  test("JSON en CSV: risico onbekend (niet 'laag')", async () => {
    const j = JSON.parse((await draai(["scan", pad("alleen-naam.xlsx"), "--peildatum", PEIL, "--json-versie", "1"])).out) as JsonRapport;
    const wim = j.bestanden[0].dossiers[0];
    expect([wim.loonsanctie.risico, wim.stand.status]).toEqual(["onbekend", "onbekend"]);
    const regels = (await draai(["scan", pad("alleen-naam.xlsx"), "--peildatum", PEIL, "--csv"])).out.replace("\uFEFF", "").trim().split("\r\n").map(csvVelden);
    const kop = regels[0];
    const rij = regels.find((x) => x[kop.indexOf("werknemer")] === "Wim Week44")!;
    expect(rij[kop.indexOf("loonsanctie_risico")]).toBe("onbekend");
    expect(rij[kop.indexOf("melding")]).toMatch(/^niet te beoordelen: geen kolom Ziekmelding arbodienst, Probleemanalyse/);
  });
});

describe("de evaluatie uit de lijstkolom wordt op het blad gekleurd (gemarkeerde kopie)", () => {
  test("de kolom Evaluaties (G) krijgt opmaakregels; het rapport noemt de evaluatie te laat", async () => {
    const uit = pad("gekleurd");
    mkdirSync(uit, { recursive: true });
    const r = await draai(["scan", pad("levensloop.xlsx"), "--peildatum", PEIL, "--markeer", uit]);
    expect(r.out).toMatch(/Eva Lijst \(rij 5\)\s+Evaluatie plan van aanpak\s+\d+ dagen te laat/);
    const kopie = readdirSync(uit).find((f) => f.endsWith(".xlsx"))!;
    const zip = await JSZip.loadAsync(readFileSync(path.join(uit, kopie)));
    const blad = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(blad).toMatch(/<conditionalFormatting sqref="G2:G5">/);
  });
});

describe("statistiek: aantal medewerkers per werkmap, nooit dagen na vandaag", () => {
  test("de bewaarde instelling van het taakvenster gaat voor --medewerkers; een --tot in de toekomst wordt vandaag", async () => {
    const m = pad("klanten");
    mkdirSync(m, { recursive: true });
    const V = vandaag();
    const rijen: Cel[][] = [["Ann", "1", V - 40, V - 20, null, null, null], ["Bob", "2", V - 10, null, null, null, null]];
    await schrijf(path.join(m, "bakker.xlsx"), KOP, rijen);
    await schrijf(path.join(m, "slager.xlsx"), KOP, rijen);
    await metInstellingen(path.join(m, "bakker.xlsx"), { horizonDagen: 14, paTermijn: "einde-week-6", toonArboAdvies: true, medewerkers: 4 });
    const van = formatISO(V - 60);
    const json = async (tot: string) => JSON.parse((await draai(["statistiek", m, "--van", van, "--tot", tot, "--medewerkers", "50", "--json"])).out) as { bestanden: Record<string, unknown>[] };
    const toekomst = await json(formatISO(V + 200));
    const nu = await json(formatISO(V));
    const per = (j: typeof nu, naam: string) => j.bestanden.find((b) => String(b.bestand).endsWith(naam))!;
    expect([per(toekomst, "bakker.xlsx").medewerkers, per(toekomst, "bakker.xlsx").medewerkersBron]).toEqual([4, "werkmap"]);
    expect([per(toekomst, "slager.xlsx").medewerkers, per(toekomst, "slager.xlsx").medewerkersBron]).toEqual([50, "--medewerkers"]);
    for (const naam of ["bakker.xlsx", "slager.xlsx"]) {
      expect(per(toekomst, naam).tot).toBe(formatISO(V));
      expect(per(toekomst, naam).verzuimpercentage).toBe(per(nu, naam).verzuimpercentage);
      expect((per(toekomst, naam).opmerkingen as string[]).join(" ")).toMatch(/na vandaag .*geteld tot en met/);
    }
    const tekst = (await draai(["statistiek", m, "--van", van, "--tot", formatISO(V + 200), "--medewerkers", "50"])).out;
    expect(tekst).toMatch(/Aantal medewerkers uit de werkmap \(instelling van het taakvenster\): 4; --medewerkers 50 geldt alleen voor werkmappen zonder eigen aantal\./);
  });
});

describe("één status en één risico op elk oppervlak", () => {
  /** Wat elk oppervlak over een dossier zegt, in dezelfde woorden. */
  interface Oordeel {
    werknemer: string;
    status: string;
    risico: string;
    volgende: string | null;
    teLaat: number;
  }
  const bestanden: [string, string[], Cel[][]][] = [
    ["levensloop.xlsx", KOP, LEVENSLOOP],
    ["alleen-naam.xlsx", NAAM_KOP, ALLEEN_NAAM],
  ];

  test.each(bestanden)("%s: scanner (JSON en CSV), taakvenster en PW-functies zeggen hetzelfde", async (naam, kop, rijen) => {
    // Scanner, JSON.
    const j = JSON.parse((await draai(["scan", pad(naam), "--peildatum", PEIL, "--json-versie", "1"])).out) as JsonRapport;
    const uitJson = j.bestanden[0].dossiers.map(
      (x: JsonDossier): Oordeel => ({
        werknemer: x.werknemer!,
        status: DOSSIER_STATUS_TEKST[x.stand.status],
        risico: x.loonsanctie.risico,
        volgende: x.volgendeActie ? x.volgendeActie.naam : null,
        teLaat: x.stand.inTeHalen.length,
      }),
    );
    // Scanner, CSV.
    const regels = (await draai(["scan", pad(naam), "--peildatum", PEIL, "--csv"])).out.replace("\uFEFF", "").trim().split("\r\n").map(csvVelden);
    const k = regels[0];
    const uitCsv = regels
      .slice(1)
      .filter((x) => x[k.indexOf("werknemer")] !== "")
      .map(
        (x): Oordeel => ({
          werknemer: x[k.indexOf("werknemer")],
          status: x[k.indexOf("status")],
          risico: x[k.indexOf("loonsanctie_risico")],
          volgende: x[k.indexOf("volgende_actie")] || null,
          teLaat: Number(x[k.indexOf("aantal_te_laat")]),
        }),
      );
    // Taakvenster: dezelfde cellen door de kern (leesRegister → evalueerRegister), dan de kaart.
    const reg = leesRegister([kop, ...rijen], { blad: "Verzuim" })!;
    const uitPaneel = evalueerRegister(reg, P).evaluaties.map((e): Oordeel => {
      const kaart = dossierKaart(e);
      return {
        werknemer: e.dossier.werknemer!,
        status: DOSSIER_STATUS_TEKST[kaart.status],
        risico: kaart.risico,
        volgende: kaart.stand.volgende ? MIJLPAAL_NAAM[kaart.stand.volgende.code] : null,
        teLaat: kaart.stand.inTeHalen.length,
      };
    });
    // PW-functies op elke rij met de kopregel (lege cellen zoals Excel ze stuurt: 0).
    const K = [kop];
    const uitFuncties = rijen.map((r) => {
      const rij = [r.map((w) => (w === null ? 0 : w))];
      const v = volgendeFn(rij, K, P);
      return {
        werknemer: String(r[0]),
        risico: loonsanctieFn(rij, K, P),
        volgende: v.startsWith("Geen open actie") ? null : v.replace(/ uiterlijk .*$/, ""),
        teLaat: teLaatFn(rij, K, P),
      };
    });
    const sorteer = <T extends { werknemer: string }>(l: T[]) => [...l].sort((a, b) => a.werknemer.localeCompare(b.werknemer));
    expect(sorteer(uitCsv)).toEqual(sorteer(uitJson));
    expect(sorteer(uitPaneel)).toEqual(sorteer(uitJson));
    expect(sorteer(uitFuncties)).toEqual(sorteer(uitJson).map(({ werknemer, risico, volgende, teLaat }) => ({ werknemer, risico, volgende, teLaat })));
    // En de verwachting zelf, zodat "overal hetzelfde" niet "overal even fout" is.
    const verwacht: Record<string, [string, string]> = {
      "Herman Hersteld": ["voorbij: niets meer te doen", "geen"],
      "Rita Recent": ["te laat, nog in te halen", "geen"],
      "Sam Ziek": ["te laat, nog in te halen", "hoog"],
      "Wim Week44": ["onbekend: het register vertelt te weinig", "onbekend"],
    };
    const gezien = uitJson.filter((o) => verwacht[o.werknemer]);
    expect(gezien.length).toBe(naam === "levensloop.xlsx" ? 3 : 1);
    for (const o of gezien) expect([o.status, o.risico]).toEqual(verwacht[o.werknemer]);
  });
});
