/**
 * Issue 18, "hoe we het weten": het corpus van registers in de woorden van de gebruiker
 * (test/fixtures/registers/, gemaakt door maak.py met openpyxl en LibreOffice; zie README.md daar).
 *
 * Per werkmap:
 * 1. het tekstrapport van de scanner (met --streng, peildatum 25-11-2026) is gelijk aan het vastgelegde
 *    rapport in test/fixtures/registers/rapporten/ (PW_GOUDEN_BIJWERKEN=1 schrijft ze opnieuw; lees dan het
 *    verschil na: het rapport moet de waarheid over het register vertellen);
 * 2. elk oppervlak zegt per dossier hetzelfde: de JSON en de CSV van de scanner, het taakvenster
 *    (dossierKaart op de lezing van de Office-adapter, via de opnemende mock met de cellen van de werkmap) en
 *    de PW-rijfuncties (de rij en de kopregel als argumenten): dezelfde status per mijlpaal, hetzelfde
 *    loonsanctierisico (of onbekend), dezelfde volgende actie en dezelfde stand van het dossier.
 *
 * Waar een rijfunctie het register niet kan zien, wordt ze niet vergeleken, en de test zegt waarom
 * (docs/functies.md, Beperkingen): een dossier met meer perioden (samentellen, ook over bladen) en een
 * werkmap in het 1904-datumsysteem.
 */
import "../functions/stub";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { main, EXIT } from "../../src/cli/main";
import { leesBestand, STANDAARD_LIMIETEN } from "../../src/cli/lezen";
import type { JsonDossierV2, JsonRapportV2 } from "../../src/cli/scanner-json";
import { formatISO } from "../../src/core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode, type Status } from "../../src/core/mijlpalen";
import { DOSSIER_STATUS_TEKST, type DossierStatus } from "../../src/core/stand";
import { loonsanctieFn, mijlpalenFn, teLaatFn, volgendeFn } from "../../src/functions/functions";
import { leesWerkmap } from "../../src/office/werkmap";
import { dossierKaart } from "../../src/taskpane/dossierkaart";
import { csvVelden, d } from "../helpers";
import { maakContext, nieuweStaat, zetWaarden, type Waarde } from "../office/mockExcel";

const ROOT = path.resolve(__dirname, "..", "..");
const MAP = path.join(ROOT, "test", "fixtures", "registers");
const GOUDEN = path.join(MAP, "rapporten");
const PEIL = "2026-11-25";
const P = d(PEIL);
const BIJWERKEN = process.env.PW_GOUDEN_BIJWERKEN === "1";

const CORPUS = readdirSync(MAP)
  .filter((f) => /\.(xlsx|csv)$/i.test(f))
  .sort();

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

/** Het pad zoals de gebruiker het typt (relatief aan de repository), zodat het rapport op elke machine gelijk is. */
const rel = (f: string) => path.relative(ROOT, path.join(MAP, f)).split(path.sep).join("/");
/** Het meegeleverde document staat in de map van het pakket: die verschilt per machine. */
const normaliseer = (tekst: string) => tekst.split(ROOT + path.sep).join("<pakket>/").split(ROOT).join("<pakket>");

/** Wat één oppervlak over één dossier zegt, in dezelfde woorden. */
interface Oordeel {
  /** Status per mijlpaal (alleen waar het oppervlak ze toont). */
  mijlpalen?: Partial<Record<MijlpaalCode, Status>>;
  risico: string;
  /** De volgende actie (naam van de stap), of null. */
  volgende: string | null;
  /** De stand van het dossier in woorden (DOSSIER_STATUS_TEKST); de functies tonen hem niet. */
  stand?: string;
  /** Aantal stappen te laat en nog in te halen (PW.TELAAT, aantal_te_laat). */
  teLaat: number;
}

const STATUS_UIT_TEKST = new Map(Object.entries(STATUS_TEKST).map(([s, t]) => [t, s as Status]));

interface Lezing {
  rapport: { code: number; tekst: string };
  json: JsonRapportV2;
  /** Per dossier (sleutel blad|rijen): JSON, CSV, taakvenster en functies. */
  dossiers: Map<string, { json: JsonDossierV2; uit: Record<string, Oordeel | string> }>;
}

const lezingen = new Map<string, Lezing>();

/** Sleutel van een dossier: blad en rijen (de CSV noemt alleen de rij van de huidige periode). */
const sleutel = (blad: string, rijen: readonly number[]) => `${blad}|${[...rijen].sort((a, b) => a - b).join(",")}`;

async function lees(bestand: string): Promise<Lezing> {
  const pad = rel(bestand);
  const csvBlad = path.basename(bestand, path.extname(bestand)); // zo noemt Excel het blad van een geopende CSV
  const tekst = await draai(["scan", pad, "--peildatum", PEIL, "--streng"]);
  const json = JSON.parse((await draai(["scan", pad, "--peildatum", PEIL, "--json"])).out) as JsonRapportV2;
  const csv = (await draai(["scan", pad, "--peildatum", PEIL, "--csv"])).out.replace(/^\uFEFF/, "").trim().split("\r\n").map(csvVelden);
  const dossiers: Lezing["dossiers"] = new Map();

  // Scanner, JSON.
  for (const reg of json.bestanden) {
    for (const x of reg.dossiers ?? []) {
      const mijlpalen = Object.fromEntries(MIJLPAAL_CODES.map((c) => [c, x.mijlpalen[c].status])) as Record<MijlpaalCode, Status>;
      dossiers.set(sleutel(reg.blad || csvBlad, x.rijen), {
        json: x,
        uit: {
          json: {
            mijlpalen,
            risico: x.loonsanctie.risico,
            volgende: x.volgendeActie ? MIJLPAAL_NAAM[x.volgendeActie] : null,
            stand: DOSSIER_STATUS_TEKST[x.stand.status as DossierStatus],
            teLaat: x.stand.inTeHalen?.length ?? 0,
          },
        },
      });
    }
  }
  const vind = (blad: string, rij: number) => [...dossiers.entries()].find(([k, v]) => k.startsWith(blad + "|") && v.json.rijen.includes(rij))?.[1];

  // Scanner, CSV: één regel per dossier (met werknemer of eerste ziektedag), plus regels voor problemen.
  const k = csv[0];
  const veld = (r: string[], n: string) => r[k.indexOf(n)];
  for (const r of csv.slice(1)) {
    if (veld(r, "eerste_ziektedag") === "") continue;
    const doel = vind(veld(r, "blad") || csvBlad, Number(veld(r, "rij")));
    if (!doel) throw new Error(`${bestand}: CSV-regel zonder dossier in de JSON: ${r.join(";")}`);
    doel.uit.csv = {
      risico: veld(r, "loonsanctie_risico"),
      volgende: veld(r, "volgende_actie") || null,
      stand: veld(r, "status"),
      teLaat: Number(veld(r, "aantal_te_laat")),
    };
  }

  // Het taakvenster: de cellen van de werkmap in de opnemende mock (zoals range.values ze geeft: datums als
  // serienummer in het datumsysteem van de werkmap, tekst als tekst, lege cellen leeg), gelezen door de
  // Office-adapter; dan de kaart van elk dossier.
  const gelezen = await leesBestand(path.join(MAP, bestand), STANDAARD_LIMIETEN);
  const staat = nieuweStaat();
  staat.datum1904 = gelezen.datumsysteem === "1904";
  const cellen = new Map<string, Waarde | null>(); // "blad!rij,kolom" → waarde, voor de rijfuncties
  // Eerst alle blokken samenvoegen tot één raster per blad: het blok buiten de tabellen laat de cellen van een
  // tabel leeg (ook in een gedeelde rij, zoals een kopregel met ernaast "Laatst bijgewerkt"), dus een lege cel
  // overschrijft nooit een gevulde.
  const perBlad = new Map<string, { cellen: Map<string, Waarde>; boven: number; links: number; onder: number; rechts: number; tabellen: { naam: string; bereik: string }[] }>();
  for (const b of gelezen.blokken) {
    const blad = b.blad || csvBlad;
    const breedte = Math.max(0, ...b.waarden.map((r) => r.length));
    let g = perBlad.get(blad);
    if (!g) perBlad.set(blad, (g = { cellen: new Map(), boven: b.rijOffset, links: b.kolomOffset, onder: b.rijOffset, rechts: b.kolomOffset, tabellen: [] }));
    g.boven = Math.min(g.boven, b.rijOffset);
    g.links = Math.min(g.links, b.kolomOffset);
    g.onder = Math.max(g.onder, b.rijOffset + b.waarden.length - 1);
    g.rechts = Math.max(g.rechts, b.kolomOffset + breedte - 1);
    if (b.tabel) g.tabellen.push({ naam: b.tabel, bereik: `${kolomLetter(b.kolomOffset)}${b.rijOffset}:${kolomLetter(b.kolomOffset + breedte - 1)}${b.rijOffset + b.waarden.length - 1}` });
    b.waarden.forEach((r, i) =>
      r.forEach((w, j) => {
        if (w !== null && w !== undefined && w !== "") g.cellen.set(`${b.rijOffset + i},${b.kolomOffset + j}`, w as Waarde);
      }),
    );
  }
  for (const [blad, g] of perBlad) {
    const waarden = Array.from({ length: g.onder - g.boven + 1 }, (_, i) => Array.from({ length: g.rechts - g.links + 1 }, (_, j) => g.cellen.get(`${g.boven + i},${g.links + j}`) ?? ""));
    const mb = zetWaarden(staat, blad, `${kolomLetter(g.links)}${g.boven}`, waarden);
    mb.tabellen.push(...g.tabellen);
    waarden.forEach((r, i) => r.forEach((w, j) => cellen.set(`${blad}!${g.boven + i},${g.links + j}`, w === "" ? null : w)));
  }
  const lezing = await leesWerkmap(maakContext(staat) as unknown as Excel.RequestContext, P);
  for (const g of lezing.registers) {
    for (const e of g.evaluaties) {
      const doel = dossiers.get(sleutel(g.register.blad || csvBlad, e.dossier.rijen));
      if (!doel) throw new Error(`${bestand}: het taakvenster toont een dossier dat de scanner niet noemt: ${g.register.blad} rij ${e.dossier.rij}`);
      const kaart = dossierKaart(e);
      doel.uit.taakvenster = {
        mijlpalen: Object.fromEntries(MIJLPAAL_CODES.map((c) => [c, e.tijdlijn.mijlpalen[c].status])) as Record<MijlpaalCode, Status>,
        risico: kaart.risico,
        volgende: kaart.stand.volgende ? MIJLPAAL_NAAM[kaart.stand.volgende.code] : null,
        stand: DOSSIER_STATUS_TEKST[kaart.status],
        teLaat: kaart.stand.inTeHalen.length,
      };
    }

    // De rijfuncties: de rij en de kopregel van het register als argumenten, zoals Excel ze stuurt (lege
    // cel = 0). Alleen waar een functie het dossier kan zien.
    const reg = g.register;
    const kolommen = reg.kolommen.map((c) => c.kolom);
    const links = Math.min(...kolommen);
    const rechts = Math.max(...kolommen);
    const rij = (n: number) => [Array.from({ length: rechts - links + 1 }, (_, j) => cellen.get(`${reg.blad || csvBlad}!${n},${links + j}`) ?? 0)];
    const koppen = rij(reg.koprij);
    for (const e of g.evaluaties) {
      const doel = dossiers.get(sleutel(reg.blad || csvBlad, e.dossier.rijen))!;
      const waarom =
        lezing.datumsysteem === "1904"
          ? "1904-datumsysteem: een functie weet niet in welk datumsysteem de werkmap staat"
          : e.dossier.rijen.length > 1 || e.dossier.elders?.length
            ? "meer perioden: een functie ziet alleen haar eigen rij"
            : null;
      if (waarom) {
        doel.uit.functies = waarom;
        continue;
      }
      if (e.dossier.rij === null) throw new Error(`${bestand}: dossier zonder rij`);
      const r = rij(e.dossier.rij);
      const tabel = vang(() => mijlpalenFn(r, koppen, P));
      const v = vang(() => volgendeFn(r, koppen, P));
      doel.uit.functies = {
        mijlpalen: Array.isArray(tabel)
          ? (Object.fromEntries(tabel.slice(1).map((x) => [x[1], STATUS_UIT_TEKST.get(String(x[5]))])) as Record<MijlpaalCode, Status>)
          : undefined,
        risico: String(vang(() => loonsanctieFn(r, koppen, P))),
        volgende: typeof v === "string" && !v.startsWith("Geen open actie") && !v.startsWith("#") ? v.replace(/ uiterlijk .*$/, "") : typeof v === "string" && v.startsWith("#") ? v : null,
        teLaat: vang(() => teLaatFn(r, koppen, P)) as number,
      };
    }
  }
  return { rapport: { code: tekst.code, tekst: normaliseer(tekst.out) + (tekst.err ? `\n[stderr]\n${normaliseer(tekst.err)}` : "") }, json, dossiers };
}

/** Een functie-uitkomst, of de fout zoals Excel hem in de cel zou tonen. */
function vang(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    const x = e as { code?: string; message?: string };
    return `#${x.code ?? "FOUT"}: ${x.message ?? String(e)}`;
  }
}

function kolomLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

beforeAll(async () => {
  for (const f of CORPUS) lezingen.set(f, await lees(f));
}, 120_000);

test("het corpus heeft minstens 15 registers, elk met een vastgelegd rapport", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(15);
  if (BIJWERKEN) return;
  const zonder = CORPUS.filter((f) => !existsSync(path.join(GOUDEN, `${f}.txt`)));
  expect(zonder).toEqual([]);
});

describe.each(CORPUS)("%s", (bestand) => {
  test("het tekstrapport is het vastgelegde rapport", () => {
    const l = lezingen.get(bestand)!;
    const gezien = `${l.rapport.tekst.trimEnd()}\n\n[exitcode met --streng: ${l.rapport.code}]\n`;
    const doel = path.join(GOUDEN, `${bestand}.txt`);
    if (BIJWERKEN) {
      mkdirSync(GOUDEN, { recursive: true });
      writeFileSync(doel, gezien);
    }
    expect(gezien).toBe(readFileSync(doel, "utf8"));
  });

  test("JSON, CSV, taakvenster en PW-functies zeggen per dossier hetzelfde", () => {
    const l = lezingen.get(bestand)!;
    for (const [k, { uit }] of l.dossiers) {
      const json = uit.json as Oordeel;
      // Elk oppervlak heeft het dossier gezien; de functies alleen waar ze kunnen (anders de reden).
      expect({ dossier: k, oppervlakken: Object.keys(uit).sort() }).toEqual({ dossier: k, oppervlakken: ["csv", "functies", "json", "taakvenster"] });
      expect({ dossier: k, csv: uit.csv }).toEqual({ dossier: k, csv: { risico: json.risico, volgende: json.volgende, stand: json.stand, teLaat: json.teLaat } });
      expect({ dossier: k, taakvenster: uit.taakvenster }).toEqual({ dossier: k, taakvenster: json });
      if (typeof uit.functies === "string") {
        expect(uit.functies).toMatch(/^(1904-datumsysteem|meer perioden): /);
        continue;
      }
      const { stand: _stand, ...zonderStand } = json;
      // Ook een kolom "Arbodienst" met de naam van de arbodienst: de functie keurt haar ene cel zoals de lezer de
      // hele kolom (geen datum → geen stapkolom, de arbomelding is onbekend), dus geen uitzondering meer.
      expect({ dossier: k, functies: uit.functies }).toEqual({ dossier: k, functies: zonderStand });
    }
  });
});

test("wat het corpus moet laten zien, staat er (niet alleen overal hetzelfde, maar ook waar)", () => {
  const dossier = (bestand: string, naam: string) => {
    const l = lezingen.get(bestand)!;
    const x = [...l.dossiers.values()].find((v) => v.json.werknemer === naam);
    if (!x) throw new Error(`${naam} niet gevonden in ${bestand}`);
    return x.json;
  };
  // Week 44 met alleen naam en eerste ziektedag: onbekend, nooit "laag" of "niets te doen".
  expect([dossier("week44-alleen-naam.xlsx", "Wim Week44").loonsanctie.risico, dossier("week44-alleen-naam.xlsx", "Wim Week44").stand.status]).toEqual(["onbekend", "onbekend"]);
  // "42 weken UWV" is de 42e-weeksmelding: Karin (week 44) is te laat.
  expect(dossier("bakkerij-eigen-woorden.xlsx", "Karin Bos").mijlpalen.UWV42.status).toBe("te-laat");
  // Een kolom Arbodienst met namen is geen stap.
  expect(dossier("installatie-arbodienst.xlsx", "Tom Hendriks").mijlpalen.ARBO.status).toBe("onbekend");
  // Hersteld met een gemiste stap: voorbij buiten het venster, kan herleven erbinnen.
  expect(dossier("hersteld-gemiste-stap.xlsx", "Herman Hersteld").stand).toMatchObject({ status: "voorbij" });
  expect(dossier("hersteld-gemiste-stap.xlsx", "Rita Recent").stand).toMatchObject({ status: "te-laat", kanHerlevenTot: "2026-12-13" });
  // Archief 2025: Jans eerdere periode telt samen; zijn probleemanalyse was te laat.
  const jan = dossier("archief-2025.xlsx", "Jan de Vries");
  expect([jan.eersteZiektedag, jan.mijlpalen.PA.status, jan.elders?.[0].blad]).toEqual(["2025-11-03", "te-laat-gedaan", "Archief 2025"]);
  // 1904: de datums zijn niet vier jaar verschoven.
  expect(dossier("mac-1904.xlsx", "Guus Maas").eersteZiektedag).toBe("2026-09-28");
  // Tekstdatums, gesorteerde rijen en Voornaam/Achternaam.
  expect(dossier("tekstdatums.xlsx", "Kees Wolters").eersteZiektedag).toBe("2026-10-14");
  expect(dossier("gesorteerd-op-naam.xlsx", "Bram Aalders")).toMatchObject({ eersteZiektedag: "2026-09-14", rijen: [3, 2] }); // perioden op volgorde van datum
  expect(dossier("kapsalon-voornaam-achternaam.xlsx", "Sanne van Dijk").rijen).toEqual([2, 4]);
  // De 42e-weeksmelding van het thuiszorgsjabloon ("Datum ziekmelding 42e week") is gelezen.
  expect(dossier("thuiszorg-libreoffice.xlsx", "Hans Koster").mijlpalen.UWV42).toMatchObject({ gedaan: "2026-10-26" });
  // Niet te beoordelen: exitcode 6 met --streng, en geen dossiers.
  const niet = lezingen.get("niet-te-beoordelen.xlsx")!;
  expect([niet.rapport.code, niet.dossiers.size]).toEqual([EXIT.NIET_TE_BEOORDELEN, 0]);
  // De tabel wordt als tabel gelezen; het blad van een CSV heeft geen naam.
  expect(lezingen.get("tabel-kinderopvang.xlsx")!.json.bestanden[0].tabel).toBe("Verzuim");
  // Elk dossier met één periode is ook door de functies vergeleken, behalve in de 1904-werkmap.
  const vergeleken = [...lezingen.values()].flatMap((l) => [...l.dossiers.values()]).filter((v) => typeof v.uit.functies !== "string").length;
  expect(vergeleken).toBeGreaterThanOrEqual(35);
  expect(formatISO(P)).toBe(PEIL);
});
