/**
 * Office.js-adapter: registers vinden en lezen, het kleurplan toepassen en weer verwijderen, instellingen
 * in de werkmap.
 *
 * Rondes (`context.sync()`): nooit één per rij of cel, wel één per stuk van ten hoogste ~4 MB, want Excel
 * op het web weigert een verzoek of antwoord boven 5 MB (en een lezing boven 5 miljoen cellen):
 *  - lezen:      ronde 1 structuur (bladen, tabellen, namen, instelling, datumsysteem via
 *                `functions.date`), ronde 2 per blad het gebruikte bereik, de adressen van zijn tabellen
 *                en (ExcelApi 1.13) zijn samengevoegde cellen (+ A1 van eigen bladen,
 *                + voorwaardelijke opmaak als we gaan markeren), daarna de waarden in rijstukken, gebundeld
 *                per ronde onder LEES_BUDGET_BYTES; de blokken kiest de kern (blokkenVanBlad),
 *                zoals in de scanner. Totaal 2 + leesrondes. Lezen schrijft niets: de werkmap
 *                blijft "niet gewijzigd".
 *  - markeren:   lezen + schrijfrondes (waarden in stukken onder SCHRIJF_BUDGET_BYTES per ronde).
 *  - verwijderen: 2 rondes lezen (zonder waarden) + 1 ronde verwijderen. Totaal 3.
 * Het aantal rondes groeit dus alleen met het aantal stukken (omvang / budget).
 *
 * Wat van de invoegtoepassing is, is aantoonbaar van ons; een blad of naam van de gebruiker die toevallig
 * met MARKERING_PREFIX ("PW_T_") begint, blijft staan:
 *  - een blad `PW_T_<n>` is van ons als het VeryHidden (of Hidden, na LibreOffice) is én in A1
 *    MARKERING_KENMERK staat (oudere markeringen: A1 leeg en een naam `PW_T_<n>` die naar dit blad wijst;
 *    het oude kladblad `PW_T_0` met `=DATE(1904,1,1)` in A1);
 *  - het legendablad is van ons als LEGENDA_TITEL in A1 staat;
 *  - namen op bladniveau zijn altijd van de gebruiker (hun nummer is bezet);
 *  - een naam `PW_T_<n>` is van ons als hij naar een eigen blad wijst;
 *  - een opmaakregel is van ons als zijn formule `INDEX(PW_T_<n>,` bevat met een eigen naam of met een naam
 *    die niet bestaat (een wees); met een naam van de gebruiker blijft hij staan.
 * Nieuwe bladen en namen krijgen een nummer dat de gebruiker nog niet gebruikt. Geen waarde, formule of
 * opmaak van de gebruiker verandert (nooit conditionalFormats.clearAll()).
 */
import type { Dag } from "../core/dagen";
import type { Datumsysteem } from "../core/dagen";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "../core/instellingen";
import { leesInstellingen } from "../core/instellingen-lezen";
import {
  bladUitFormule,
  LEGENDA_BLAD,
  LEGENDA_TITEL,
  naamInRegel,
  naamSleutel,
  isEigenNaam,
  kolomLetter,
  leesBereik,
  MARKERING_KENMERK,
  MARKERING_PREFIX,
  type MarkeringPlan,
} from "../core/markering";
import type { Probleem } from "../core/problemen";
import type { Tijdlijn } from "../core/tijdlijn";
import { evalueerRegister, type DossierEvaluatie } from "../core/pipeline";
import {
  bladUitRaster,
  blokkenVanBlad,
  kandidaatKoppen,
  leesRegisterDeel,
  vindKoprij,
  voegBladenSamen,
  voegBlokMeldingenToe,
  // In zoveel bovenste rijen zoekt de lezer de kopregel (vindKoprij), net als de scanner: pas daarna weten we of een
  // blok een register is.
  ZOEK_KOPRIJ_RIJEN,
  type BladTabel,
  type Blok,
  type Cel,
  type Rechthoek,
  type Register,
  type RegisterDeel,
} from "../core/register";
import { deelInstellingen, INSTELLINGEN_SLEUTEL } from "./gedeeld";

export { INSTELLINGEN_SLEUTEL } from "./gedeeld";
/** Ruim onder de 5 MB per verzoek van Excel op het web (JSON-omvang van de geschreven waarden). */
export const SCHRIJF_BUDGET_BYTES = 4_000_000;
/** Ruim onder de 5 MB per antwoord: zoveel bytes (geschat) aan gelezen waarden per ronde. */
export const LEES_BUDGET_BYTES = 4_000_000;
/** Ruim onder de 5 miljoen cellen per lezing (Excel op het web). */
export const LEES_BUDGET_CELLEN = 1_000_000;
/** Hoogstens zoveel cellen per afzonderlijke bereikschrijving. */
export const STUK_RIJEN = 20_000;
/** Eerste schatting (bytes JSON per cel) zolang er van een blok nog niets gelezen is: ruim. */
const SCHATTING_PER_CEL = 24;
/** Gemeten bytes per rij × deze factor = schatting voor de volgende stukken (rijen verschillen). */
const VEILIGHEID = 1.5;
/** Zo vaak opnieuw met een half budget als Excel een antwoord of verzoek te groot vindt. */
const MAX_HALVERINGEN = 8;

/** ExcelApi-versie die de invoegtoepassing nodig heeft (ook in manifest.xml, `<Requirements>`). */
export const VEREISTE_EXCELAPI = "1.7";
/** Wijzigingen op werkbladniveau (`worksheets.onChanged`): optioneel. */
export const EXCELAPI_BLADGEBEURTENISSEN = "1.9";

/**
 * Ondersteunt deze Excel de ExcelApi-versie? Buiten Office (tests in Node) is er geen `Office` en nemen we
 * aan van wel; de nabootsing kan alles.
 */
export function ondersteunt(versie: string): boolean {
  const req = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?(naam: string, versie?: string): boolean } } } }).Office?.context
    ?.requirements;
  if (!req?.isSetSupported) return true;
  return req.isSetSupported("ExcelApi", versie);
}

/** Nederlandse melding als deze Excel te oud is voor de invoegtoepassing, anders null. */
export function controleerOndersteuning(): string | null {
  if (ondersteunt(VEREISTE_EXCELAPI)) return null;
  return (
    `Deze versie van Excel kan Poortwachter niet uitvoeren: nodig is ExcelApi ${VEREISTE_EXCELAPI} ` +
    "(Microsoft 365, Excel 2021 of nieuwer, of Excel op het web)."
  );
}

/** Een fout met een Nederlandse melding voor de gebruiker (het taakvenster toont haar zoals ze is). */
export class WerkmapFout extends Error {}

/** Gooit een WerkmapFout met de Nederlandse melding als deze Excel te oud is (ook voor markeren.ts). */
export function vereisOndersteuning(): void {
  const m = controleerOndersteuning();
  if (m) throw new WerkmapFout(m);
}

/**
 * Wat het taakvenster toont als een bewerking mislukt: een eigen melding zoals ze is, een bekende fout van
 * Excel in het Nederlands, anders een algemene Nederlandse melding met de foutcode (nooit een JavaScript-
 * melding als "Cannot read properties of undefined").
 */
export function foutTekst(e: unknown): string {
  if (e instanceof WerkmapFout) return e.message;
  if (isTeGroot(e)) return "Het verzoek aan Excel is te groot. Verplaats afgesloten meldingen naar een archiefblad (bijvoorbeeld 'Archief 2025'): dat blad wordt alleen gelezen voor samentellen en verzuimcijfers en niet gekleurd. Probeer het daarna opnieuw.";
  const code = typeof (e as { code?: unknown } | null)?.code === "string" ? (e as { code: string }).code : null;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.";
    case "AccessDenied":
      return "Excel staat dit niet toe: is de werkmap of het blad beveiligd? Hef de beveiliging op en probeer het opnieuw.";
    case "ItemNotFound":
      return "Een blad, tabel of naam bestaat niet meer (intussen gewijzigd?). Klik op Vernieuwen en probeer het opnieuw.";
    case "Conflict":
    case "ActivityLimitReached":
    case "RequestAborted":
      return "Excel was bezig of de werkmap veranderde tegelijk. Probeer het over een paar seconden opnieuw.";
  }
  return code
    ? `Excel meldde een fout (${code}). Probeer het opnieuw; blijft het misgaan, meld het dan met deze code.`
    : "Er ging iets mis in de invoegtoepassing. Probeer het opnieuw; blijft het misgaan, meld het dan.";
}

export interface GevondenRegister {
  /** Volgnummer in de werkmap (1, 2, …). */
  index: number;
  register: Register;
  evaluaties: DossierEvaluatie[];
  /** Problemen uit de lezer plus dossiers die niet te beoordelen waren. */
  problemen: Probleem[];
  /** Per dossier de tijdlijn (null als het dossier niet te beoordelen was), voor het kleurplan. */
  items: { dossier: DossierEvaluatie["dossier"]; tijdlijn: Tijdlijn | null }[];
}

export interface WerkmapLezing {
  datumsysteem: Datumsysteem;
  instellingen: Instellingen;
  /** Nederlandse meldingen over de werkmap zelf (instellingen, datumsysteem). */
  meldingen: string[];
  registers: GevondenRegister[];
  /** Er staat een markering van de invoegtoepassing in de werkmap. */
  gemarkeerd: boolean;
  /** Blokken zonder herkend register: de koppen die wel gezien zijn (voor de uitleg in het taakvenster). */
  nietHerkend: { blad: string; koppen: string[] }[];
  syncs: number;
}

export interface MarkeerResultaat {
  lezing: WerkmapLezing;
  plannen: MarkeringPlan[];
  regels: number;
  cellen: number;
  schrijfRondes: number;
  syncs: number;
}

export interface VerwijderResultaat {
  regels: number;
  namen: number;
  bladen: number;
  syncs: number;
}

/** "'Blad 1'!B3:K20" → rij- en kolomoffset (1-based) van de linkerbovencel. */
export function ontleedAdres(adres: string): { rij: number; kolom: number } | null {
  const r = leesBereik(adres);
  return r ? { rij: r.boven, kolom: r.links } : null;
}



/** Is dit een fout van Excel op het web omdat een verzoek of antwoord te groot is? */
export function isTeGroot(e: unknown): boolean {
  const x = e as { code?: unknown; message?: unknown } | null;
  const tekst = `${x?.code ?? ""} ${x?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|OperationCellsExceedLimit|RangeExceedsLimit/i.test(tekst);
}

/** Omvang in bytes van tekst als UTF-8 (zo telt de 5 MB-grens; "é" is 2 bytes, "€" 3, "😀" 4). */
export function utf8Bytes(tekst: string): number {
  let n = tekst.length;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < tekst.length) {
      n += 2; // surrogaatpaar: 2 tekens, 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/** Telt de syncs van één bewerking (ook voor markeren.ts). */
export function teller() {
  let n = 0;
  return {
    tel() {
      n++;
    },
    get aantal() {
      return n;
    },
  };
}

/** Leest de werkmap: registers, instellingen, datumsysteem. Schrijft niets. 2 + leesrondes syncs. */
export async function leesWerkmap(context: Excel.RequestContext, peildatum: Dag): Promise<WerkmapLezing> {
  vereisOndersteuning();
  const t = teller();
  const r = await leesIntern(context, peildatum, t, false);
  return r.lezing;
}

export interface InterneLezing {
  lezing: WerkmapLezing;
  /**
   * Per register (index) de celwaarden zoals gelezen, voor het kleurplan (MarkeringOpties.celInhoud). Alleen
   * intern: de lezing die het taakvenster bewaart, houdt de waarden van het hele blad niet vast.
   */
  celInhoud: Map<number, (rij: number, kolom: number) => unknown>;
  eigenRegels: Excel.ConditionalFormat[];
  eigenNamen: Excel.NamedItem[];
  eigenBladen: Excel.Worksheet[];
  /** Ons legendablad (naam LEGENDA_BLAD en LEGENDA_TITEL in A1), of null. */
  eigenLegenda: Excel.Worksheet | null;
  /** Een blad van de gebruiker heet zelf LEGENDA_BLAD: dan schrijven we geen legenda. */
  legendaBezet: boolean;
  /** Namen (hoofdletters) van bladen en werkmapnamen die van de gebruiker zijn: daar blijven we af. */
  bezet: Set<string>;
}

/** Het gebruikte bereik van een blad, dat in rijstukken gelezen wordt. */
interface Leesblok {
  blad: string;
  boven: number;
  links: number;
  onder: number;
  rechts: number;
  /** Gelezen rijen, op volgorde. */
  rijen: Cel[][];
  /** Eerste nog niet gelezen rij (werkbladrij). */
  volgende: number;
  /** Geschatte bytes per rij voor het volgende stuk. */
  bytesPerRij: number;
  /** Geen kopregel in de bovenste rijen: geen register, de rest niet lezen. */
  overgeslagen: boolean;
  /** Mag het lezen na de bovenste rijen stoppen? Alleen op een blad zonder tabel (één blok, zoals in de scanner). */
  magOverslaan: boolean;
}

interface Leesstuk {
  blok: Leesblok;
  van: number;
  tot: number;
  bereik: Excel.Range;
}

/**
 * Leest de blokken in rijstukken. Per ronde worden stukken gebundeld tot de geschatte omvang van het
 * antwoord LEES_BUDGET_BYTES (en LEES_BUDGET_CELLEN) bereikt; de schatting per blok komt uit wat er al
 * gelezen is. Weigert Excel toch (te groot), dan opnieuw met een half budget. Een blok zonder kopregel in
 * de bovenste rijen wordt na zijn eerste stuk niet verder gelezen (een groot gegevensblad kost zo
 * hoogstens één budget).
 */
async function leesInStukken(context: Excel.RequestContext, blokken: Leesblok[], t: ReturnType<typeof teller>, kolommen?: Readonly<Record<string, string>>): Promise<void> {
  const bladen = context.workbook.worksheets;
  let budget = LEES_BUDGET_BYTES;
  let halveringen = 0;
  const open = () => blokken.filter((b) => !b.overgeslagen && b.volgende <= b.onder);
  for (let rest = open(); rest.length > 0; rest = open()) {
    const stukken: Leesstuk[] = [];
    let bytes = 0;
    let cellen = 0;
    vullen: for (const b of rest) {
      const breedte = b.rechts - b.links + 1;
      let van = b.volgende;
      while (van <= b.onder) {
        const pastBytes = Math.floor((budget - bytes) / b.bytesPerRij);
        const pastCellen = Math.floor((LEES_BUDGET_CELLEN - cellen) / breedte);
        let n = Math.min(b.onder - van + 1, pastBytes, pastCellen);
        if (n < 1) {
          if (stukken.length > 0) break vullen;
          n = 1; // één rij moet altijd kunnen
        }
        const adres = `${kolomLetter(b.links)}${van}:${kolomLetter(b.rechts)}${van + n - 1}`;
        const bereik = bladen.getItem(b.blad).getRange(adres);
        bereik.load("values");
        stukken.push({ blok: b, van, tot: van + n - 1, bereik });
        bytes += n * b.bytesPerRij;
        cellen += n * breedte;
        van += n;
        // Nog geen kopregel gezocht: eerst dit stuk bekijken (misschien is het blok geen register).
        if (b.magOverslaan && b.rijen.length < ZOEK_KOPRIJ_RIJEN) break;
      }
    }
    try {
      t.tel();
      // Eén sync per bundel stukken (5 MB-grens per antwoord): het aantal rondes volgt uit omvang / budget.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isTeGroot(e)) throw e;
      if (halveringen >= MAX_HALVERINGEN) {
        throw new WerkmapFout("Het register is te groot om in Excel te lezen, ook in kleine stukken. Controleer deze werkmap met de scanner (poortwachter scan); een archiefblad helpt hier niet, want ook dat wordt gelezen.");
      }
      halveringen++;
      budget = Math.floor(budget / 2);
      continue;
    }
    for (const s of stukken) {
      const b = s.blok;
      const waarden = s.bereik.values as Cel[][];
      const rijen = s.tot - s.van + 1;
      const gemeten = utf8Bytes(JSON.stringify(waarden)) / rijen;
      b.bytesPerRij = Math.max(16, Math.ceil(gemeten * VEILIGHEID));
      for (const rij of waarden) b.rijen.push(rij);
      b.volgende = s.tot + 1;
      const alles = b.volgende > b.onder;
      if (b.magOverslaan && !b.overgeslagen && (b.rijen.length >= ZOEK_KOPRIJ_RIJEN || alles) && b.rijen.length - rijen < ZOEK_KOPRIJ_RIJEN) {
        if (vindKoprij(b.rijen, kolommen) === null) b.overgeslagen = true;
      }
    }
  }
}

/** De lezing met wat de schrijfkant nodig heeft (eigen regels, namen, bladen); markeren.ts schrijft ermee. */
export async function leesIntern(
  context: Excel.RequestContext,
  peildatum: Dag,
  t: ReturnType<typeof teller>,
  metOpmaak: boolean,
  metWaarden = true,
): Promise<InterneLezing> {
  const wb = context.workbook;
  // Ronde 1: structuur, instellingen en het datumsysteem (DATE(1904,1,1) is 0 in het 1904-systeem, 1462 in
  // het 1900-systeem), zonder iets in de werkmap te schrijven.
  const bladen = wb.worksheets;
  bladen.load("items/name,items/visibility");
  const tabellen = wb.tables;
  tabellen.load("items/name,items/worksheet/name,items/showHeaders,items/showTotals");
  const namen = wb.names;
  namen.load("items/name,items/formula");
  const instItem = wb.settings.getItemOrNullObject(INSTELLINGEN_SLEUTEL);
  instItem.load("value");
  const proef = metWaarden && ondersteunt("1.2") ? wb.functions.date(1904, 1, 1) : null;
  proef?.load("value,error");
  t.tel();
  await context.sync();

  const meldingen: string[] = [];
  let instellingen: Instellingen = STANDAARD_INSTELLINGEN;
  if (!instItem.isNullObject) {
    let ruw: unknown = instItem.value;
    if (typeof ruw === "string") {
      try {
        ruw = JSON.parse(ruw);
      } catch {
        meldingen.push("De bewaarde instellingen zijn onleesbaar; de standaardinstellingen gelden.");
        ruw = {};
      }
    }
    const li = leesInstellingen(ruw);
    instellingen = li.instellingen;
    deelInstellingen(instellingen); // ook voor de PW-functies in de gedeelde runtime
    meldingen.push(...li.meldingen);
  }

  let datumsysteem: Datumsysteem = "1900";
  if (metWaarden) {
    const v = proef && !proef.error ? proef.value : null;
    if (v === 0) datumsysteem = "1904";
    else if (v !== 1462) meldingen.push("Het datumsysteem van de werkmap kon niet worden vastgesteld; aangenomen: 1900.");
  }

  // Kandidaten voor eigen bladen: naam PW_T_<n> en VeryHidden (dat kan de gebruiker niet via het lint), of
  // Hidden: zo bewaart LibreOffice een zeer verborgen blad. Van ons alleen met kenmerk of eigen naam (hieronder).
  const kandidaten = bladen.items.filter((b) => isEigenNaam(b.name) && (b.visibility === "VeryHidden" || b.visibility === "Hidden"));
  const kandidaatNamen = new Set(kandidaten.map((b) => naamSleutel(b.name)));
  const gebruikersBladen = bladen.items.filter((b) => !kandidaatNamen.has(naamSleutel(b.name)));

  // Ronde 2: per blad van de gebruiker het gebruikte bereik (alleen waarden), de adressen van zijn tabellen en
  // (ExcelApi 1.13) zijn samengevoegde cellen; A1 van de kandidaat-eigen bladen, opmaakregels van de
  // gebruikersbladen. Welke blokken daaruit volgen, beslist de kern (blokkenVanBlad), zoals in de scanner.
  const perBlad: { blad: string; bereik: Excel.Range; tabellen: { naam: string; bereik: Excel.Range; kop: boolean; totaal: boolean }[]; samengevoegd: Excel.RangeAreas | null }[] = [];
  if (metWaarden) {
    for (const b of gebruikersBladen) {
      // Het legendablad (van ons, of van de gebruiker met die naam) is geen register.
      if (naamSleutel(b.name) === naamSleutel(LEGENDA_BLAD)) continue;
      const bereik = b.getUsedRangeOrNullObject(true);
      bereik.load("address");
      const tabs = tabellen.items
        .filter((tab) => tab.worksheet.name === b.name)
        .map((tab) => {
          const r = tab.getRange();
          r.load("address");
          return { naam: tab.name, bereik: r, kop: tab.showHeaders, totaal: tab.showTotals };
        });
      // Samengevoegde cellen: ExcelApi 1.13 (boven de manifest); zonder blijft een samengevoegde naam in de
      // bovenste rij staan (zoals Excel hem bewaart), met evenveel syncs.
      const samengevoegd = ondersteunt("1.13") ? b.getRange().getMergedAreasOrNullObject() : null;
      samengevoegd?.load("address");
      perBlad.push({ blad: b.name, bereik, tabellen: tabs, samengevoegd });
    }
  }
  const a1 = kandidaten.map((b) => {
    const cel = b.getRange("A1");
    cel.load("values,formulas");
    return { blad: b, cel };
  });
  // Namen op bladniveau zijn altijd van de gebruiker (wij maken alleen werkmapnamen), en gaan op hun blad vóór
  // een werkmapnaam met dezelfde naam: hun nummer is dus bezet, en een regel die zo'n naam gebruikt is niet van ons.
  const bladNamen = bladen.items.map((b) => {
    const n = b.names;
    n.load("items/name");
    return n;
  });
  // Het legendablad: van ons als A1 onze titel bevat (zoals in de scanner, src/pakket/markeer-kopie.ts).
  const legendaBlad = bladen.items.find((b) => naamSleutel(b.name) === naamSleutel(LEGENDA_BLAD)) ?? null;
  const legendaA1 = legendaBlad?.getRange("A1") ?? null;
  legendaA1?.load("values");
  const opmaak: Excel.ConditionalFormatCollection[] = [];
  if (metOpmaak) {
    for (const b of gebruikersBladen) {
      const cfs = b.getRange().conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      opmaak.push(cfs);
    }
  }
  t.tel();
  await context.sync();

  // Welke bladen, namen en regels zijn van ons?
  const naamNaarBlad = new Map<string, string>();
  for (const n of namen.items) {
    const blad = bladUitFormule(n.formula);
    if (blad !== null) naamNaarBlad.set(naamSleutel(n.name), naamSleutel(blad));
  }
  const eigenBladen: Excel.Worksheet[] = [];
  for (const { blad, cel } of a1) {
    const w = cel.values?.[0]?.[0];
    const f = cel.formulas?.[0]?.[0];
    const oudeMarkering = (w === "" || w === null) && naamNaarBlad.get(naamSleutel(blad.name)) === naamSleutel(blad.name);
    const oudKladblad = blad.name === `${MARKERING_PREFIX}0` && typeof f === "string" && f.replace(/\s/g, "").toUpperCase() === "=DATE(1904,1,1)";
    if (w === MARKERING_KENMERK || oudeMarkering || oudKladblad) eigenBladen.push(blad);
  }
  const eigenBladSleutels = new Set(eigenBladen.map((b) => naamSleutel(b.name)));
  const eigenLegenda = legendaBlad && legendaA1?.values?.[0]?.[0] === LEGENDA_TITEL ? legendaBlad : null;
  const eigenNamen = namen.items.filter((n) => isEigenNaam(n.name) && eigenBladSleutels.has(naamNaarBlad.get(naamSleutel(n.name)) ?? ""));
  const eigenNaamSleutels = new Set(eigenNamen.map((n) => naamSleutel(n.name)));
  const lokaleNaamSleutels = new Set(bladNamen.flatMap((c) => c.items.map((n) => naamSleutel(n.name))));
  // Tabelnamen delen de naamruimte met werkmapnamen: een tabel van de gebruiker die PW_T_1 heet, is bezet, en een
  // regel met INDEX(PW_T_1,…) is dan van hem (zoals in de scanner).
  const tabelNaamSleutels = new Set(tabellen.items.map((tab) => naamSleutel(tab.name)));
  const alleNaamSleutels = new Set([...namen.items.map((n) => naamSleutel(n.name)), ...lokaleNaamSleutels, ...tabelNaamSleutels]);
  const bezet = new Set<string>(tabelNaamSleutels);
  for (const b of bladen.items) if (!eigenBladSleutels.has(naamSleutel(b.name))) bezet.add(naamSleutel(b.name));
  for (const n of namen.items) if (!eigenNaamSleutels.has(naamSleutel(n.name))) bezet.add(naamSleutel(n.name));
  for (const k of lokaleNaamSleutels) bezet.add(k);

  const eigenRegels: Excel.ConditionalFormat[] = [];
  for (const cfs of opmaak) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      const c = cf.customOrNullObject;
      if (c.isNullObject) continue;
      // Van ons: met een eigen naam, of met een naam die niet (meer) bestaat (een wees, bijvoorbeeld van een
      // gekopieerd blad); alleen een regel met een naam van de gebruiker blijft staan (zoals in de scanner).
      const naam = naamInRegel(c.rule.formula);
      const k = naam === null ? null : naamSleutel(naam);
      if (k !== null && !lokaleNaamSleutels.has(k) && !tabelNaamSleutels.has(k) && (eigenNaamSleutels.has(k) || !alleNaamSleutels.has(k))) eigenRegels.push(cf);
    }
  }

  // Ronde 3 en verder: de waarden van de gebruikte bereiken, in rijstukken.
  const blokken: Leesblok[] = [];
  const bladVan: (typeof perBlad)[number][] = [];
  for (const pb of perBlad) {
    if (pb.bereik.isNullObject) continue;
    const r = leesBereik(pb.bereik.address);
    if (!r) continue;
    const breedte = r.rechts - r.links + 1;
    blokken.push({ blad: pb.blad, ...r, rijen: [], volgende: r.boven, bytesPerRij: breedte * SCHATTING_PER_CEL, overgeslagen: false, magOverslaan: pb.tabellen.length === 0 });
    bladVan.push(pb);
  }
  await leesInStukken(context, blokken, t, instellingen.kolommen);

  const registers: GevondenRegister[] = [];
  const nietHerkend: WerkmapLezing["nietHerkend"] = [];
  const celInhoud: InterneLezing["celInhoud"] = new Map();
  // Eerst alle blokken lezen, dan samen groeperen: één werknemer kan op meer bladen staan (een archiefblad),
  // en zijn perioden tellen samen (voegBladenSamen, zoals in de scanner).
  const delen: RegisterDeel[] = [];
  const deelBlok: Blok[] = [];
  blokken.forEach((lb, i) => {
    // Een blad zonder tabel en zonder kopregel bovenaan is na zijn eerste stuk overgeslagen: het telt als niet herkend.
    if (lb.overgeslagen) {
      const koppen = gezieneKoppen(lb.rijen);
      if (koppen.length) nietHerkend.push({ blad: lb.blad, koppen });
      return;
    }
    const pb = bladVan[i];
    const samengevoegd = ondersteunt("1.13") && pb.samengevoegd !== null && !pb.samengevoegd.isNullObject ? leesBereiken(pb.samengevoegd.address) : [];
    const tabs: BladTabel[] = [];
    for (const tab of pb.tabellen) {
      const r = leesBereik(tab.bereik.address);
      if (!r) continue;
      const refOnder = r.onder;
      // Zoals in de scanner: de totaalrij (één rij in Excel) hoort niet bij de gegevens.
      if (tab.totaal && r.onder - 1 >= r.boven) r.onder -= 1;
      tabs.push({ naam: tab.naam, r, refOnder, kopRijen: tab.kop ? 1 : 0 });
    }
    for (const blok of blokkenVanBlad(lb.blad, bladUitRaster(lb.rijen, lb.boven, lb.links, samengevoegd), tabs)) {
      const deel = leesRegisterDeel(blok.waarden, {
        rijOffset: blok.rijOffset,
        kolomOffset: blok.kolomOffset,
        datumsysteem,
        blad: blok.blad,
        tabel: blok.tabel,
        jsDatumUtc: false,
        kolommen: instellingen.kolommen,
      });
      if (!deel) {
        const koppen = gezieneKoppen(blok.waarden);
        if (koppen.length) nietHerkend.push({ blad: blok.blad, koppen });
        continue;
      }
      voegBlokMeldingenToe(deel.register, blok);
      delen.push(deel);
      deelBlok.push(blok);
    }
  });
  voegBladenSamen(delen, peildatum).forEach((reg, i) => {
    const blok = deelBlok[i];
    // Een archief geeft geen evaluaties en geen items (evalueerRegister): het wordt niet als werk getoond of gekleurd.
    const { evaluaties, items, problemen } = evalueerRegister(reg, peildatum, instellingen);
    const waarden = blok.waarden;
    celInhoud.set(registers.length + 1, (rij, kolom) => waarden[rij - blok.rijOffset]?.[kolom - blok.kolomOffset]);
    registers.push({ index: registers.length + 1, register: { ...reg, blad: reg.blad ?? blok.blad }, evaluaties, problemen, items });
  });

  return {
    lezing: { datumsysteem, instellingen, meldingen, registers, gemarkeerd: eigenNamen.length > 0, nietHerkend, syncs: t.aantal },
    celInhoud,
    eigenRegels,
    eigenNamen,
    eigenBladen,
    eigenLegenda,
    legendaBezet: legendaBlad !== null && eigenLegenda === null,
    bezet,
  };
}


/**
 * De bereiken van `RangeAreas.address` ("Blad1!A3:A4, Blad1!B3:B4"; een bladnaam tussen aanhalingstekens mag een
 * komma bevatten).
 */
export function leesBereiken(adres: string): Rechthoek[] {
  const uit: Rechthoek[] = [];
  let binnen = false;
  let begin = 0;
  for (let i = 0; i <= adres.length; i++) {
    const c = adres[i];
    if (c === "'") binnen = !binnen;
    else if ((c === "," && !binnen) || i === adres.length) {
      const r = leesBereik(adres.slice(begin, i).trim());
      if (r) uit.push(r);
      begin = i + 1;
    }
  }
  return uit;
}

/** De koppen in een blok zonder herkende kopregel: wat de gebruiker als koppen bedoelde (de kern kiest de rij, zoals in de scanner). */
function gezieneKoppen(waarden: Cel[][]): string[] {
  return kandidaatKoppen(waarden, 12)?.koppen ?? [];
}

/** Bewaart de instellingen in de werkmap (iedereen die het bestand opent, ziet dezelfde uitkomst). */
export async function bewaarInstellingen(context: Excel.RequestContext, instellingen: Instellingen): Promise<void> {
  vereisOndersteuning();
  context.workbook.settings.add(INSTELLINGEN_SLEUTEL, JSON.stringify(instellingen));
  // De PW-functies rekenen met dezelfde instellingen (gedeelde runtime): volledig herberekenen, zodat
  // ook niet-vluchtige functies als PW.DEADLINE de nieuwe conventie tonen.
  deelInstellingen(instellingen);
  context.application.calculate("Full" as Excel.CalculationType); // = Excel.CalculationType.full
  await context.sync();
}

/** Selecteert een cel (klik op een probleem). Eén sync. */
export async function selecteerCel(context: Excel.RequestContext, blad: string, adres: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(blad);
  ws.activate();
  ws.getRange(adres).select();
  await context.sync();
}

/** Roept `fn` pas aan als er `ms` milliseconden geen nieuwe aanroep kwam. */
export function vertraag(fn: () => void, ms: number, klok: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis) {
  let h: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (h !== null) klok.clearTimeout(h);
    h = klok.setTimeout(() => {
      h = null;
      fn();
    }, ms);
  };
}

/**
 * Luistert naar wijzigingen in tabellen en werkbladen; `opWijziging` wordt vertraagd aangeroepen.
 * Wijzigingen op de eigen (VeryHidden) bladen PW_T_… en tijdens `stil()` tellen niet. Wijzigingen op
 * werkbladniveau alleen waar Excel ze kent (ExcelApi 1.9); anders alleen tabellen. Eén sync.
 */
export async function luisterNaarWijzigingen(
  context: Excel.RequestContext,
  opWijziging: () => void,
  ms = 800,
): Promise<{ stil: (aan: boolean) => void }> {
  let stil = false;
  const later = vertraag(() => {
    if (!stil) opWijziging();
  }, ms);
  const wb = context.workbook;
  wb.tables.onChanged.add(async () => {
    if (!stil) later();
  });
  const eigenIds = new Set<string>();
  const alle = wb.worksheets;
  alle.load("items/id,items/name,items/visibility");
  if (ondersteunt(EXCELAPI_BLADGEBEURTENISSEN)) {
    wb.worksheets.onChanged.add(async (e) => {
      if (!stil && !eigenIds.has(e.worksheetId)) later();
    });
  }
  await context.sync();
  for (const b of alle.items) if (isEigenNaam(b.name) && b.visibility === "VeryHidden") eigenIds.add(b.id);
  return { stil: (aan) => (stil = aan) };
}

/**
 * Herberekent de vluchtige formules (de PW-rijfuncties), bijvoorbeeld nadat het taakvenster de kopregels
 * van de registers heeft gedeeld (src/functions/kopregels.ts). Eén sync; schrijft niets.
 */
export async function herbereken(context: Excel.RequestContext): Promise<void> {
  context.application.calculate("Recalculate" as Excel.CalculationType); // = Excel.CalculationType.recalculate
  await context.sync();
}
