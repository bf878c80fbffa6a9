/**
 * Een .xlsx/.xlsm-werkmap lezen zonder exceljs: de onderdelen worden via hun relaties gevonden (het
 * pakketmodel van ../pakket/opc.ts, dezelfde als voor de kopieën), het werkblad wordt in stukken uitgepakt
 * en getokeniseerd (geen DOM, geen opmaak, geen formules
 * doorrekenen). Het resultaat is per Excel-tabel, en per blad zonder tabel het gebruikte bereik, een blok
 * celwaarden zoals de registerlezer het wil (`Cel[][]`): tekst, getal (datums als serienummer), boolean,
 * foutwaarde als tekst (`#N/A`), of leeg.
 *
 * Waarom zelf en niet exceljs (../../shared/office-notes.md): exceljs laadt de hele werkmap als objecten,
 * zoekt onderdelen op vaste namen (opmerkingen en grafieken van openpyxl laten het vastlopen), leest
 * `date1904="true"` als het 1900-systeem, vouwt validaties op hele kolommen per cel uit en loopt vast op
 * één waarde in XFD1048576. Hier kosten geheugen en tijd alleen wat er in de cellen staat.
 */
import type { Datumsysteem } from "../../core/dagen";
import { isEigenNaam, LEGENDA_BLAD, leesBereik } from "../../core/markering";
import type { Cel } from "../../core/register";
import { blokkenVanBlad, formulesBinnen, gebruiktBereik, type BladTabel as Tabel, type Blok } from "../../core/register/blokken";
import { StroomNietOplopend, type RegisterStroom } from "../../core/register/stroom";
import { Bewaker, LeesFout } from "./fout";
import { isRelatieType, leesRelaties, Pakket, relsPad, ZipFout } from "../pakket/opc";
import { attribuut, elementen, isWaar, ooxmlTekst, XmlFout, xmlDecoder } from "../../pakket/xml";

export type { Blok };

/**
 * Een blad zonder Excel-tabel kan rij voor rij tot register gelezen worden terwijl de XML doorlopen wordt (de scanner
 * zonder kopie): dan geen matrix met alle cellen (issue 22). Geeft de maker null, dan wordt het blad als geheel gelezen.
 */
export type StroomMaker = (blad: string, datumsysteem: Datumsysteem) => Promise<RegisterStroom | null>;

export interface GelezenWerkmap {
  soort: "xlsx" | "csv";
  datumsysteem: Datumsysteem;
  blokken: Blok[];
}

type Rechthoek = { boven: number; links: number; onder: number; rechts: number };

// ---- Relaties ------------------------------------------------------------------------------------

interface Relatie {
  id: string;
  type: string;
  doel: string;
}

/** De interne relaties van een onderdeel (het gedeelde pakketmodel: ../pakket/opc.ts). */
async function relaties(zip: Pakket, onderdeel: string, bewaker: Bewaker): Promise<Relatie[]> {
  const xml = await zip.tekst(relsPad(onderdeel), bewaker);
  if (xml === null) return [];
  return leesRelaties(xml, onderdeel)
    .relaties.filter((r) => r.id && r.target && r.doel !== null)
    .map((r) => ({ id: r.id, type: r.type, doel: r.doel! }));
}

const isType = (r: Relatie, soort: string) => isRelatieType(r.type, soort);

// ---- Tekst in stukken ----------------------------------------------------------------------------

/** Loopt een XML-onderdeel in stukken door; `verwerk` geeft de index terug tot waar de tekst af is. */
async function stroomXml(zip: Pakket, onderdeel: string, bewaker: Bewaker, verwerk: (s: string, laatste: boolean) => number | "klaar"): Promise<boolean> {
  if (!zip.heeft(onderdeel)) return false;
  let dec: ReturnType<typeof xmlDecoder> | null = null;
  let rest = "";
  for await (const stuk of zip.stukken(onderdeel, bewaker)) {
    const s = rest + (dec ??= xmlDecoder(stuk)).decode(stuk, { stream: true });
    const tot = verwerk(s, false);
    if (tot === "klaar") return true;
    rest = s.slice(tot);
  }
  const s = rest + (dec?.decode() ?? "");
  if (s) verwerk(s, true);
  return true;
}

function voorvoegsel(s: string, wortel: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${wortel}[\\s>/]`).exec(s);
  return m?.[1] ?? "";
}

/** Tekst van een `<si>` of `<is>`: alle `<t>` samen (rich text), zonder fonetische hulp (`<rPh>`). */
function tekstVan(inhoud: string): string {
  let s = inhoud;
  if (s.indexOf("rPh") >= 0) s = s.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  // Snel pad: één <t>…</t>.
  const re = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  let uit = "";
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) if (m[1]) uit += m[1];
  return ooxmlTekst(uit);
}

async function leesGedeeldeTeksten(zip: Pakket, onderdeel: string | null, bewaker: Bewaker): Promise<string[]> {
  const uit: string[] = [];
  if (!onderdeel) return uit;
  let p: string | null = null;
  await stroomXml(zip, onderdeel, bewaker, (s) => {
    if (p === null) {
      const i = s.search(/<([\w.-]+:)?sst[\s>]/);
      if (i < 0) return Math.max(0, s.length - 200);
      p = voorvoegsel(s.slice(i), "sst");
    }
    const open = `<${p}si`;
    const sluit = `</${p}si>`;
    let i = 0;
    for (;;) {
      const a = s.indexOf(open, i);
      if (a < 0) return Math.max(i, s.length - open.length);
      const gt = s.indexOf(">", a);
      if (gt < 0) return a;
      const na = s.charCodeAt(a + open.length);
      if (na !== 62 /* > */ && na !== 32 && na !== 47 /* / */ && na !== 9 && na !== 10 && na !== 13) {
        i = a + 1;
        continue;
      }
      if (s.charCodeAt(gt - 1) === 47) {
        uit.push("");
        i = gt + 1;
        continue;
      }
      const e = s.indexOf(sluit, gt);
      if (e < 0) return a;
      uit.push(tekstVan(s.slice(gt + 1, e)));
      i = e + sluit.length;
      if ((uit.length & 0xfff) === 0) bewaker.tijd();
    }
  });
  return uit;
}

// ---- Werkblad ------------------------------------------------------------------------------------

function kolomNummer(s: string, van: number, tot: number): number {
  let n = 0;
  for (let i = van; i < tot; i++) n = n * 26 + ((s.charCodeAt(i) | 32) - 96);
  return n;
}

/** ISO-datum of -datumtijd (`t="d"`) → serienummer in het datumsysteem van de werkmap. */
function isoNaarSerienummer(v: string, systeem: Datumsysteem): Cel {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(v.trim());
  if (!m) return v;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const serie = ms / 86400000 + 25569;
  return systeem === "1904" ? serie - 1462 : serie;
}

interface GelezenBlad {
  rijen: (Cel[] | undefined)[];
  minRij: number;
  maxRij: number;
  minKol: number;
  maxKol: number;
  formules: { rij: number; kolom: number }[];
  /** Samengevoegde cellen (mergeCells), na sheetData gelezen. */
  samengevoegd: Rechthoek[];
}

function binnen(filter: Rechthoek[] | null, rij: number, kol: number): boolean {
  if (filter === null) return true;
  for (const r of filter) if (rij >= r.boven && rij <= r.onder && kol >= r.links && kol <= r.rechts) return true;
  return false;
}

/** Elementen die in een werkblad na mergeCells komen: daar stopt het zoeken naar samengevoegde cellen. */
const NA_SAMENGEVOEGD = new Set(["phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "drawing", "legacyDrawing", "tableParts", "extLst"]);

const IS_NAAMEINDE = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** De grenzen van een Excel-werkblad (1.048.576 rijen, 16.384 kolommen: XFD). */
export const MAX_RIJEN = 1_048_576;
export const MAX_KOLOMMEN = 16_384;
const BUITEN_EXCEL =
  "Het werkblad heeft cellen buiten wat Excel toestaat (meer dan 1.048.576 rijen of 16.384 kolommen): het bestand is beschadigd of niet door een rekenprogramma gemaakt; het is niet gelezen.";

/**
 * Lees de cellen van een werkblad. Met `stroom` gaat elke rij (met minstens één gevulde cel) na haar laatste cel
 * naar de stroom en blijft ze niet in `rijen` (die blijft leeg); de grenzen, formules en samenvoegingen wel.
 */
async function leesBlad(zip: Pakket, onderdeel: string, sst: string[], filter: Rechthoek[] | null, systeem: Datumsysteem, bewaker: Bewaker, stroom: RegisterStroom | null = null): Promise<GelezenBlad> {
  const blad: GelezenBlad = { rijen: [], minRij: Infinity, maxRij: 0, minKol: Infinity, maxKol: 0, formules: [], samengevoegd: [] };
  let huidig: Cel[] | null = null;
  let huidigNr = 0;
  let naData = false;
  let p: string | null = null;
  let cOpen = "";
  let cSluit = "";
  let rOpen = "";
  let vOpen = "";
  let vSluit = "";
  let fOpen = "";
  let isOpen = "";
  let einde = "";
  let rij = 0;
  let kol = 0;
  let teller = 0;

  const zet = (r: number, k: number, w: Cel) => {
    if (r > MAX_RIJEN || k > MAX_KOLOMMEN) throw new LeesFout(BUITEN_EXCEL);
    if (!binnen(filter, r, k)) return;
    if (stroom !== null) {
      if (r !== huidigNr) {
        if (huidig !== null) stroom.rij(huidigNr, huidig);
        huidig = [];
        huidigNr = r;
      }
      huidig![k - 1] = w;
    } else {
      let a = blad.rijen[r];
      if (a === undefined) blad.rijen[r] = a = [];
      a[k - 1] = w;
    }
    if (r < blad.minRij) blad.minRij = r;
    if (r > blad.maxRij) blad.maxRij = r;
    if (k < blad.minKol) blad.minKol = k;
    if (k > blad.maxKol) blad.maxKol = k;
  };

  const cel = (attrs: string, inhoud: string | null) => {
    // Adres: r="AB12"; zonder r volgt de cel op de vorige.
    let ri = attrs.indexOf(' r="') + 4;
    let adres = attrs;
    if (ri < 4) {
      const m = /\sr\s*=\s*["']([A-Za-z]+\d*)["']/.exec(attrs);
      adres = m ? m[1] : "";
      ri = 0;
    }
    if (adres !== "") {
      let j = ri;
      while (j < adres.length && adres.charCodeAt(j) >= 65) j++;
      kol = kolomNummer(adres, ri, j);
      let k = j;
      while (k < adres.length && adres.charCodeAt(k) >= 48 && adres.charCodeAt(k) <= 57) k++;
      if (k > j) rij = +adres.slice(j, k);
    } else {
      kol++;
    }
    if (inhoud === null) return;
    const ti = attrs.indexOf(' t="');
    const t = ti >= 0 ? attrs.slice(ti + 4, attrs.indexOf('"', ti + 4)) : attrs.indexOf("t") < 0 ? "n" : (attribuut(attrs, "t") ?? "n");
    let v: string | null = null;
    const vi = inhoud.indexOf(vOpen);
    if (vi >= 0) {
      const ve = inhoud.indexOf(vSluit, vi);
      v = inhoud.slice(vi + vOpen.length, ve < 0 ? inhoud.length : ve);
    } else {
      const m = /<(?:[\w.-]+:)?v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(inhoud);
      if (m) v = m[1] ?? "";
    }
    // <v><![CDATA[46296]]></v>: de waarde staat letterlijk in de CDATA.
    if (v !== null && v.indexOf("<![CDATA[") >= 0) v = ooxmlTekst(v);
    if (t === "inlineStr") {
      const ii = inhoud.indexOf(isOpen);
      const w = ii >= 0 ? tekstVan(inhoud.slice(ii)) : v !== null ? ooxmlTekst(v) : "";
      if (w !== "") zet(rij, kol, w);
      return;
    }
    if (v === null || (v === "" && t !== "str")) {
      if (inhoud.indexOf(fOpen) >= 0 && binnen(filter, rij, kol)) blad.formules.push({ rij, kolom: kol });
      return;
    }
    let w: Cel;
    switch (t) {
      case "s":
        w = sst[+v] ?? null;
        break;
      case "str":
      case "e":
        w = ooxmlTekst(v);
        break;
      case "b":
        w = v.trim() === "1" || v.trim().toLowerCase() === "true";
        break;
      case "d":
        w = isoNaarSerienummer(v, systeem);
        break;
      default: {
        const n = +v;
        w = v.trim() !== "" && Number.isFinite(n) ? n : ooxmlTekst(v);
      }
    }
    if (w !== null && w !== "") zet(rij, kol, w);
  };

  /**
   * Snel pad voor de gewone cel `<c r="B7" s="1" t="s"><v>12</v></c>`: adres, type en een geheel getal
   * direct uit de tekst, zonder deelstrings. Geeft false voor al het andere (dan leest `cel` de cel).
   */
  const snel = (s: string, a0: number, a1: number, e: number): boolean => {
    const v0 = a1 + 1 + vOpen.length;
    const v1 = e - vSluit.length;
    if (v1 < v0 || !s.startsWith(vOpen, a1 + 1) || !s.startsWith(vSluit, v1) || s.lastIndexOf("<", v1 - 1) > a1 + 1) return false;
    let r0 = -1;
    let t = 110; // "n"
    for (let j = a0; j < a1 - 3; j++) {
      if (s.charCodeAt(j) !== 32 || s.charCodeAt(j + 2) !== 61 || s.charCodeAt(j + 3) !== 34) continue;
      const c = s.charCodeAt(j + 1);
      if (c === 114) r0 = j + 4; // r="
      else if (c === 116) {
        // t="s" (gedeeld), t="n" of een ander type: dat laatste via `cel`.
        const t0 = s.charCodeAt(j + 4);
        if ((t0 !== 115 && t0 !== 110) || s.charCodeAt(j + 5) !== 34) return false;
        t = t0;
      }
    }
    if (r0 < 0) return false;
    let j = r0;
    let k = 0;
    for (let c = s.charCodeAt(j); c >= 65 && c <= 90; c = s.charCodeAt(++j)) k = k * 26 + c - 64;
    let r = 0;
    const rs = j;
    for (let c = s.charCodeAt(j); c >= 48 && c <= 57; c = s.charCodeAt(++j)) r = r * 10 + c - 48;
    if (k === 0 || j === rs || s.charCodeAt(j) !== 34) return false;
    let n = 0;
    for (let q = v0; q < v1; q++) {
      const c = s.charCodeAt(q);
      if (c < 48 || c > 57) return false; // geen geheel getal: via `cel`
      n = n * 10 + c - 48;
    }
    rij = r;
    kol = k;
    const w = t === 115 ? (sst[n] ?? null) : n;
    if (w !== null && w !== "") zet(rij, kol, w);
    return true;
  };

  /**
   * Na sheetData: de samengevoegde cellen (`<mergeCell ref="A5:A6"/>`). Ze staan vóór de opmaakregels en
   * validaties (de volgorde van het schema); daar stopt het lezen.
   */
  const naDataVerwerk = (s: string, van: number): number | "klaar" => {
    let i = van;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return s.length;
      const gt = s.indexOf(">", lt);
      if (gt < 0) return lt;
      const tag = s.slice(lt, gt + 1);
      const naam = /^<\/?(?:[\w.-]+:)?([\w.-]+)/.exec(tag)?.[1] ?? "";
      if (tag.startsWith("</") ? naam === "mergeCells" || naam === "worksheet" : NA_SAMENGEVOEGD.has(naam)) return "klaar";
      if (naam === "mergeCell" && !tag.startsWith("</")) {
        const r = leesBereik(attribuut(tag, "ref") ?? "");
        if (r && r.onder <= MAX_RIJEN && r.rechts <= MAX_KOLOMMEN) blad.samengevoegd.push(r);
      }
      i = gt + 1;
    }
  };

  await stroomXml(zip, onderdeel, bewaker, (s) => {
    if (naData) return naDataVerwerk(s, 0);
    if (p === null) {
      // Het voorvoegsel van sheetData (en dus van rijen en cellen): dat kan een ander zijn dan dat van de
      // wortel (<worksheet xmlns=…> met <x:sheetData> erin).
      const i = s.search(/<([\w.-]+:)?sheetData[\s>/]/);
      if (i < 0) return Math.max(0, s.length - 200);
      p = voorvoegsel(s.slice(i), "sheetData");
      if (stroom !== null) {
        // De dimensie (<dimension ref="A1:AP100001"/>, vóór sheetData) als schatting van het aantal rijen.
        const dim = /<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*["']([^"']*)["']/.exec(s.slice(0, i));
        const r = dim ? leesBereik(dim[1]) : null;
        if (r) stroom.verwachtRijen(r.onder - r.boven + 1);
      }
      cOpen = `<${p}c`;
      cSluit = `</${p}c>`;
      rOpen = `<${p}row`;
      vOpen = `<${p}v>`;
      vSluit = `</${p}v>`;
      fOpen = `<${p}f`;
      isOpen = `<${p}is`;
      einde = `</${p}sheetData>`;
    }
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return s.length;
      if (lt + 24 > s.length) return lt; // te weinig tekst om de tag te herkennen: wacht op het volgende stuk
      if (s.charCodeAt(lt + 1) === 33 /* ! */ && s.startsWith("<!--", lt)) {
        // Commentaar: wat erin staat, is geen cel.
        const e = s.indexOf("-->", lt + 4);
        if (e < 0) return lt;
        i = e + 3;
        continue;
      }
      if (s.startsWith(cOpen, lt) && IS_NAAMEINDE(s.charCodeAt(lt + cOpen.length))) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        if (s.charCodeAt(gt - 1) === 47) {
          cel(s.slice(lt + cOpen.length, gt - 1), null);
          i = gt + 1;
          continue;
        }
        const e = s.indexOf(cSluit, gt);
        if (e < 0) return lt;
        if (!snel(s, lt + cOpen.length, gt, e)) cel(s.slice(lt + cOpen.length, gt), s.slice(gt + 1, e));
        i = e + cSluit.length;
        if ((++teller & 0xffff) === 0) bewaker.tijd();
        continue;
      }
      if (s.startsWith(rOpen, lt) && IS_NAAMEINDE(s.charCodeAt(lt + rOpen.length))) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        const r = /\sr\s*=\s*["'](\d+)["']/.exec(s.slice(lt, gt));
        rij = r ? +r[1] : rij + 1;
        // Een "werkblad" met meer rijen dan Excel kent (een zipbom van lege rijen zonder adres): stoppen
        // voordat het geheugen vol loopt, met een melding.
        if (rij > MAX_RIJEN) throw new LeesFout(BUITEN_EXCEL);
        kol = 0;
        i = gt + 1;
        continue;
      }
      if (s.startsWith(einde, lt)) {
        naData = true;
        return naDataVerwerk(s, lt + einde.length);
      }
      if (s.startsWith(`<${p}sheetData`, lt) && /^<[\w.:-]*sheetData\s*\/>/.test(s.slice(lt, lt + 40))) return "klaar";
      i = lt + 1;
    }
  });
  if (stroom !== null && huidig !== null) stroom.rij(huidigNr, huidig);
  return blad;
}

/**
 * Een blad zonder tabel rij voor rij tot register lezen (stroom.ts). Null als dat niet kan en het blad als geheel
 * gelezen moet worden: rijen in de verkeerde volgorde, cellen die over meer rijen samengevoegd zijn (die vullen
 * achteraf rijen die de stroom al las; de samenvoegingen staan pas na de cellen), of een voorlopig gekeurde kolom
 * die anders bleek.
 */
async function stroomBlad(zip: Pakket, onderdeel: string, naam: string, sst: string[], systeem: Datumsysteem, bewaker: Bewaker, stroom: RegisterStroom): Promise<Blok[] | null> {
  let blad: GelezenBlad;
  try {
    blad = await leesBlad(zip, onderdeel, sst, null, systeem, bewaker, stroom);
  } catch (e) {
    if (e instanceof StroomNietOplopend) return null;
    throw e;
  }
  if (blad.samengevoegd.some((m) => m.boven < m.onder)) return null;
  // Het blok is het gebruikte bereik (zoals blokkenVanBlad zonder tabellen), met de formules zonder waarde erin.
  const r = gebruiktBereik(blad);
  if (r === null) return [];
  const formules = formulesBinnen(blad, r);
  // Een kolom die voorlopig gekeurd was, blijkt anders (zie stroom.ts): dan het blad als geheel.
  const gestroomd = stroom.einde(r.links);
  if (gestroomd === "opnieuw") return null;
  return [{ blad: naam, rijOffset: r.boven, kolomOffset: r.links, waarden: [], formulesZonderWaarde: formules, gestroomd }];
}

// ---- Werkmap -------------------------------------------------------------------------------------

// Welke blokken een blad geeft (tabellen, rijen eronder, wat erbuiten staat, samengevoegde cellen) beslist de
// kern, voor scanner en taakvenster gelijk: blokkenVanBlad in ../../core/register/blokken.ts.

const BESCHADIGD = "Het bestand is beschadigd of onvolledig (de zip-structuur klopt niet); open en bewaar het opnieuw in Excel.";

/** Een fout van de zip- of XML-laag als Nederlandse leesfout. */
function alsLeesFout(e: unknown): unknown {
  if (e instanceof ZipFout) {
    if (e.soort === "versleuteld") return new LeesFout("Het bestand is versleuteld; sla het op zonder wachtwoord.");
    if (e.soort === "methode") return new LeesFout(`Het bestand gebruikt een onbekende compressiemethode (${e.message.replace(/\D+/g, "")}); sla het opnieuw op als .xlsx.`);
    return new LeesFout(BESCHADIGD);
  }
  if (e instanceof XmlFout) return new LeesFout("Het bestand is beschadigd: een relatieonderdeel is geen geldige XML. Open het in Excel (dat biedt herstel aan) en sla het opnieuw op.");
  return e;
}

export async function leesXlsx(buf: Buffer, bewaker: Bewaker, stroom?: StroomMaker): Promise<GelezenWerkmap> {
  try {
    return await lees(buf, bewaker, stroom);
  } catch (e) {
    throw alsLeesFout(e);
  }
}

async function lees(buf: Buffer, bewaker: Bewaker, maakStroom?: StroomMaker): Promise<GelezenWerkmap> {
  const zip = await Pakket.open(buf);
  if (zip.heeft("mimetype") && zip.heeft("content.xml")) {
    throw new LeesFout("Dit is een OpenDocument-rekenblad (.ods); de scanner leest alleen .xlsx. Sla het in LibreOffice op als Excel 2007-365 (.xlsx).");
  }
  if (zip.heeft("Index/Document.iwa")) {
    throw new LeesFout("Dit is een Apple Numbers-bestand; exporteer het in Numbers naar Excel (.xlsx).");
  }
  const hoofd = (await relaties(zip, "", bewaker)).find((r) => isType(r, "officeDocument"))?.doel ?? "xl/workbook.xml";
  if (/\.bin$/i.test(hoofd) || zip.heeft("xl/workbook.bin")) {
    throw new LeesFout("Dit is een binaire Excel-werkmap (.xlsb); sla het in Excel op als .xlsx.");
  }
  const wbXml = await zip.tekst(hoofd, bewaker);
  if (wbXml === null) throw new LeesFout("Het bestand is geen Excel-werkmap (het werkmaponderdeel ontbreekt).");
  const pr = elementen(wbXml, "workbookPr")[0];
  const datumsysteem: Datumsysteem = pr && isWaar(pr.date1904) ? "1904" : "1900";
  const rels = await relaties(zip, hoofd, bewaker);
  const perId = new Map(rels.map((r) => [r.id, r]));
  const sstRel = rels.find((r) => isType(r, "sharedStrings"));
  // Wat de werkmap noemt maar niet in het pakket zit: het bestand is beschadigd (zie onder).
  const ontbreekt: string[] = [];
  if (sstRel && !zip.heeft(sstRel.doel)) ontbreekt.push("de gedeelde teksten");
  const zonderRelaties = !zip.heeft(relsPad(hoofd));
  if (zonderRelaties) ontbreekt.push("het relatieonderdeel van de werkmap");
  const sst = await leesGedeeldeTeksten(zip, sstRel?.doel ?? (zip.heeft("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null), bewaker);

  const blokken: Blok[] = [];
  for (const sh of elementen(wbXml, "sheet")) {
    const naam = sh.name ?? "";
    // Onze eigen bladen (het verborgen termijnblad, het legendablad) zijn geen register; een zichtbaar blad van
    // de gebruiker dat toevallig PW_T_1 heet wel (zoals in de Office-adapter).
    if (isEigenNaam(naam) && (naam === LEGENDA_BLAD || sh.state === "veryHidden" || sh.state === "hidden")) continue;
    const idSleutel = Object.keys(sh).find((k) => /^[\w.-]+:id$/.test(k));
    const rel = idSleutel ? perId.get(sh[idSleutel]) : undefined;
    if (!rel && idSleutel && !zonderRelaties) ontbreekt.push(`de relatie van blad "${naam}"`);
    if (!rel || !isType(rel, "worksheet")) continue; // grafiekbladen, dialoogbladen, macrobladen
    if (!zip.heeft(rel.doel)) {
      ontbreekt.push(`het blad "${naam}"`);
      continue;
    }
    const tabellen: Tabel[] = [];
    for (const tr of (await relaties(zip, rel.doel, bewaker)).filter((r) => isType(r, "table"))) {
      const xml = await zip.tekst(tr.doel, bewaker);
      const t = xml ? elementen(xml, "table")[0] : undefined;
      const r = t ? leesBereik(t.ref ?? "") : null;
      if (!t || !r) continue;
      const refOnder = r.onder;
      const totalen = Number(t.totalsRowCount ?? 0);
      if (totalen > 0 && r.onder - totalen >= r.boven) r.onder -= totalen;
      const kopRijen = Number(t.headerRowCount ?? 1);
      tabellen.push({ naam: t.displayName ?? t.name ?? "", r, refOnder, kopRijen: Number.isFinite(kopRijen) ? kopRijen : 1 });
    }
    // Zonder tabel en als de scanner erom vraagt: rij voor rij tot register, zonder alle cellen vast te houden.
    const stroom = tabellen.length === 0 && maakStroom ? await maakStroom(naam, datumsysteem) : null;
    const gestroomd = stroom ? await stroomBlad(zip, rel.doel, naam, sst, datumsysteem, bewaker, stroom) : null;
    if (gestroomd) {
      blokken.push(...gestroomd);
      continue;
    }
    // Het hele blad: ook wat buiten de tabellen staat (een tweede register, rijen onder een tabel).
    const blad = await leesBlad(zip, rel.doel, sst, null, datumsysteem, bewaker);
    blokken.push(...blokkenVanBlad(naam, blad, tabellen));
  }
  // Zonder één leesbaar blad en met ontbrekende onderdelen is "geen register" misleidend: het bestand is kapot.
  if (ontbreekt.length && !blokken.some((b) => b.waarden.length > 0 || b.gestroomd)) {
    const wat = ontbreekt.slice(0, 3);
    const lijst = wat.length > 1 ? `${wat.slice(0, -1).join(", ")} en ${wat[wat.length - 1]}` : wat[0];
    throw new LeesFout(`Het bestand is beschadigd: ${lijst} ${wat.length > 1 ? "ontbreken" : "ontbreekt"} in het pakket. Open het in Excel (dat biedt herstel aan) en sla het opnieuw op.`);
  }
  return { soort: "xlsx", datumsysteem, blokken };
}

