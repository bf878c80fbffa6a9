/**
 * De tijdlijn-engine: voor één dossier en een peildatum elke mijlpaal van de Wet verbetering
 * poortwachter met zijn termijn, of hij gedaan is, en zijn status. Zuiver: geen Office, DOM of I/O.
 *
 * Rekenregels: docs/regels.md (samenvatting van ../shared/poortwachter.md, met bronnen per regel).
 * Duurafhankelijke termijnen (UWV42, EJE, SPOOR2, AO, EINDEVAL, WIA, EWT) tellen ziektedagen: een
 * onderbreking bij samentellen (BW 7:629 lid 10) en WAZO-verlof tellen niet mee en schuiven alle latere
 * termijnen op. Termijnen uit de eerste weken (ARBO, PA, PVA) rekenen vanaf de eerste ziektedag D.
 */
import { datumVan, dagVan, dagenInMaand, formatNL, type Dag } from "./dagen";
import { volgendeWerkdag } from "./feestdagen";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, type MijlpaalCode, type Status } from "./mijlpalen";
import type { Probleem } from "./problemen";
import {
  AO_WEKEN,
  ARBO_ADVIES_DAGEN,
  BEKORTING_NA_BESLUIT_WEKEN,
  BRON,
  DAGEN_PER_WEEK,
  EJE_TOT_WEEK,
  EJE_VAN_WEEK,
  EVALUATIE_INTERVAL_WEKEN,
  LOONSANCTIE_MAX_WEKEN,
  PA_WEKEN,
  PVA_NA_PA_WEKEN,
  PVA_WEKEN,
  SAMENTELLEN_MAX_GAT_DAGEN,
  SPOOR2_NA_EJE_WEKEN,
  SPOOR2_PERSPECTIEF_MAANDEN,
  UWV42_WEKEN,
  VERLENGING_MIN_WEKEN,
  WACHTTIJD_WEKEN,
  WIA_AANVRAAG_VOOR_EINDE_WEKEN,
  WIA_VANAF_WEKEN,
  eindeWeek,
  naWeek,
  type Bron,
} from "./wet";

// ---- Invoer ------------------------------------------------------------------------------------

export interface Periode {
  eersteZiektedag: Dag;
  /** Eerste dag volledig hersteld (betermelding), of null als de periode nog loopt. */
  hersteldatum?: Dag | null;
}

/** Een aaneengesloten reeks dagen (beide grenzen inbegrepen). */
export interface Interval {
  van: Dag;
  tot: Dag;
}

/** Uitzonderingen waardoor spoor 2 later of niet hoeft (domeinreferentie §5). */
export type Spoor2Uitzondering = "perspectief" | "marginaal" | "aow";

export interface DossierInvoer {
  eersteZiektedag: Dag;
  hersteldatum?: Dag | null;
  /** Eerdere ziekteperioden van dezelfde werknemer; samengeteld bij een gat van ten hoogste 27 dagen. */
  eerderePerioden?: readonly Periode[];
  /** Datum waarop een mijlpaal gedaan is. Voor EVAL: de laatste evaluatie van het plan van aanpak. */
  gedaan?: Partial<Record<MijlpaalCode, Dag | null>>;
  /** Mijlpalen die volgens het register niet van toepassing zijn ("n.v.t." in de cel): status nvt. */
  nvt?: Partial<Record<MijlpaalCode, boolean>>;
  /** Vrijwillige verlenging van de wachttijd, in weken (ten minste 13). */
  vrijwilligeVerlengingWeken?: number | null;
  /** Laatste dag van de loonsanctie (verlengde loondoorbetalingsverplichting). */
  loonsanctieTot?: Dag | null;
  /** Datum van UWV's beslissing op een bekortingsverzoek: de loonsanctie eindigt 6 weken later. */
  bekortingsbesluit?: Dag | null;
  /** Zwangerschaps- en bevallingsverlof (WAZO) tijdens de ziekte: schort de wachttijd op. */
  wazo?: readonly Interval[];
  spoor2Uitzondering?: Spoor2Uitzondering | null;
  /**
   * Bevredigend resultaat bereikt (UWV-toets stap 1: structureel passend werk): spoor 2 is dan niet meer
   * nodig. Beleidsregels beoordelingskader poortwachter; UWV Professioneel kader.
   */
  bevredigendResultaat?: boolean | null;
}

// ---- Uitvoer -----------------------------------------------------------------------------------

export interface Mijlpaal {
  code: MijlpaalCode;
  /** Uiterste datum. */
  uiterlijk: Dag;
  /** Begin van het venster (EJE, WIA), anders null. */
  vanaf: Dag | null;
  /** Datum gedaan (op of vóór de peildatum), anders null. */
  gedaan: Dag | null;
  status: Status;
  /** De datum waarvan de termijn is afgeleid (PA-datum voor PVA, EJE-datum voor SPOOR2…), of null. */
  basis: Dag | null;
}

export type SignaalErnst = "info" | "waarschuwing" | "kritiek";

export interface Signaal {
  code: string;
  ernst: SignaalErnst;
  tekst: string;
  bron: Bron;
  mijlpaal?: MijlpaalCode;
}

export interface Tijdlijn {
  peildatum: Dag;
  /** Eerste ziektedag van het (samengestelde) dossier: dag 1. */
  eersteZiektedag: Dag;
  /** Eerste ziektedag van de laatste periode (gelijk aan eersteZiektedag zonder samentellen). */
  laatstePeriodeStart: Dag;
  /** Herstel op of vóór de peildatum (eerste dag volledig hersteld), anders null. */
  hersteldatum: Dag | null;
  /** Dagen onderbreking tussen samengetelde perioden (de g van de domeinreferentie). */
  samengeteldeDagen: number;
  /** Aantal samengetelde perioden (1 = geen samentelling). */
  aantalPerioden: number;
  /** WAZO-dagen die de wachttijd opschorten. */
  wazoDagen: number;
  /** De ziekteweek op de peildatum (1 = eerste week), of null als de werknemer dan niet ziek is. */
  ziekteweek: number | null;
  /** Getelde ziektedagen tot en met de peildatum. */
  ziektedagen: number;
  verlengingDagen: number;
  /** Dagen dat de WIA-aanvraag te laat is (verlengt de loondoorbetaling). */
  teLaatAanvraagDagen: number;
  loonsanctieDagen: number;
  laatsteDagLoondoorbetaling: Dag;
  ingangsdatumWia: Dag;
  mijlpalen: Record<MijlpaalCode, Mijlpaal>;
  signalen: Signaal[];
  problemen: Probleem[];
}

export type TijdlijnResultaat = { ok: true; tijdlijn: Tijdlijn } | { ok: false; problemen: Probleem[] };

/** De bron van elke mijlpaaltermijn (voor documentatie en uitleg in de interface). */
export const MIJLPAAL_BRON: Readonly<Record<MijlpaalCode, Bron>> = {
  ARBO: BRON.REGELING_ART2_LID1,
  PA: BRON.REGELING_ART2_LID2,
  PVA: BRON.REGELING_ART4,
  EVAL: BRON.UWV_WERKWIJZER,
  UWV42: BRON.ZW_38,
  EJE: BRON.REGELING_ART4,
  SPOOR2: BRON.UWV_PROF_KADER,
  AO: BRON.WIA_65,
  EINDEVAL: BRON.REGELING_ART6,
  WIA: BRON.WIA_64,
  EWT: BRON.BW_629_LID1,
};

// ---- Hulpfuncties ------------------------------------------------------------------------------

function isDag(x: unknown): x is Dag {
  return typeof x === "number" && Number.isInteger(x);
}

/** Kalendermaanden optellen; een dag die niet bestaat wordt de laatste dag van de maand. */
export function plusMaanden(d: Dag, maanden: number): Dag {
  const k = datumVan(d);
  const totaal = k.jaar * 12 + (k.maand - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  return dagVan(jaar, maand, Math.min(k.dag, dagenInMaand(jaar, maand)));
}

/**
 * Zet getelde ziektedagen om in een kalenderdatum: dag D + n, plus de lengte van elke onderbreking
 * (gat bij samentellen of WAZO-verlof) die vóór die datum begint. `pauzes` is gesorteerd en disjunct.
 */
function telDagen(d: Dag, n: number, pauzes: readonly Interval[]): Dag {
  let x = d + n;
  for (let i = 0; i < pauzes.length; i++) {
    const p = pauzes[i];
    if (p.van <= x) x += p.tot - p.van + 1;
    else break;
  }
  return x;
}

/** Getelde ziektedagen van D tot en met P (pauzes niet meegeteld). */
function getelDagenTot(d: Dag, p: Dag, pauzes: readonly Interval[]): number {
  let n = p - d + 1;
  for (let i = 0; i < pauzes.length; i++) {
    const q = pauzes[i];
    if (q.van > p) break;
    n -= Math.min(q.tot, p) - q.van + 1;
  }
  return n;
}

function probleem(code: string, melding: string, veld: string, ernst: Probleem["ernst"] = "fout"): Probleem {
  return { code, melding, ernst, veld };
}

/** De latere van twee (mogelijk ontbrekende) datums. */
function laatste(a: Dag | null, b: Dag | null): Dag | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Een gedane datum: alleen geldig op of vóór de peildatum, en niet vóór de eerste ziektedag. */
function gedaanOp(x: Dag | null | undefined, code: MijlpaalCode, D: Dag, P: Dag, problemen: Probleem[]): Dag | null {
  if (x === null || x === undefined) return null;
  if (!isDag(x)) {
    problemen.push(probleem("ONGELDIGE_DATUM", `De datum bij ${MIJLPAAL_NAAM[code]} is geen geldige datum en is genegeerd.`, code));
    return null;
  }
  if (x < D) {
    problemen.push(probleem("DATUM_VOOR_ZIEKTE", `${MIJLPAAL_NAAM[code]} (${formatNL(x)}) ligt vóór de eerste ziektedag ${formatNL(D)}; genegeerd.`, code));
    return null;
  }
  return x <= P ? x : null;
}

function bepaalStatus(uiterlijk: Dag, vanaf: Dag | null, gedaan: Dag | null, p: Dag, horizon: number, herstel: Dag | null, bekend: boolean): Status {
  if (gedaan !== null) return gedaan <= uiterlijk ? "gedaan" : "te-laat-gedaan";
  if (herstel !== null && herstel <= uiterlijk) return "nvt";
  // Zonder kolom in het register is niet te zien of de stap gedaan is: onbekend, nooit te laat.
  if (!bekend) return "onbekend";
  if (p > uiterlijk) return "te-laat";
  if (uiterlijk - p <= horizon || (vanaf !== null && p >= vanaf)) return "binnenkort";
  return "gepland";
}

// ---- Samentellen -------------------------------------------------------------------------------

const GEEN_GEDAAN: Partial<Record<MijlpaalCode, Dag | null>> = Object.freeze({});

/** Gedeelde lege lijst voor het snelle pad (wordt nooit gewijzigd). */
const GEEN_PAUZES: Interval[] = [];

interface Keten {
  start: Dag;
  laatsteStart: Dag;
  herstel: Dag | null;
  gaten: Interval[];
  aantal: number;
}

/**
 * Bouw de keten van samengetelde perioden die het dossier vormt (BW 7:629 lid 10; WIA art. 23).
 * Perioden die na de peildatum beginnen, zijn op de peildatum nog niet gebeurd en tellen niet mee.
 */
function bouwKeten(invoer: DossierInvoer, peildatum: Dag, problemen: Probleem[]): Keten {
  const huidig: Periode = { eersteZiektedag: invoer.eersteZiektedag, hersteldatum: invoer.hersteldatum ?? null };
  const eerder = invoer.eerderePerioden;
  if (!eerder || eerder.length === 0) {
    return { start: huidig.eersteZiektedag, laatsteStart: huidig.eersteZiektedag, herstel: schoonHerstel(huidig, problemen), gaten: GEEN_PAUZES, aantal: 1 };
  }
  const alle: Periode[] = [];
  for (const p of eerder) {
    if (!isDag(p.eersteZiektedag)) {
      problemen.push(probleem("ONGELDIGE_PERIODE", "Een eerdere ziekteperiode heeft geen geldige eerste ziektedag en is overgeslagen.", "eerderePerioden"));
      continue;
    }
    alle.push(p);
  }
  alle.push(huidig);
  alle.sort((a, b) => a.eersteZiektedag - b.eersteZiektedag);
  let perioden = alle.filter((p) => p.eersteZiektedag <= peildatum);
  if (perioden.length === 0) perioden = alle;

  let keten: Keten | null = null;
  for (const p of perioden) {
    const herstel = schoonHerstel(p, problemen);
    if (keten === null) {
      keten = { start: p.eersteZiektedag, laatsteStart: p.eersteZiektedag, herstel, gaten: [], aantal: 1 };
      continue;
    }
    if (keten.herstel === null || p.eersteZiektedag <= keten.herstel) {
      // Overlap of een eerdere periode zonder hersteldatum: één doorlopende periode.
      if (keten.herstel === null && p.eersteZiektedag !== keten.laatsteStart) {
        problemen.push(
          probleem(
            "PERIODE_ZONDER_HERSTEL",
            `De ziekteperiode vanaf ${formatNL(keten.laatsteStart)} heeft geen hersteldatum, maar er volgt een nieuwe periode op ${formatNL(p.eersteZiektedag)}: behandeld als één doorlopende periode.`,
            "hersteldatum",
            "waarschuwing",
          ),
        );
      }
      keten.herstel = herstel === null || keten.herstel === null ? null : Math.max(herstel, keten.herstel);
      keten.laatsteStart = p.eersteZiektedag;
      keten.aantal++;
      continue;
    }
    const gat = p.eersteZiektedag - keten.herstel; // dagen hersteld tussen de perioden
    if (gat <= SAMENTELLEN_MAX_GAT_DAGEN) {
      keten.gaten.push({ van: keten.herstel, tot: p.eersteZiektedag - 1 });
      keten.herstel = herstel;
      keten.laatsteStart = p.eersteZiektedag;
      keten.aantal++;
    } else {
      keten = { start: p.eersteZiektedag, laatsteStart: p.eersteZiektedag, herstel, gaten: [], aantal: 1 };
    }
  }
  return keten as Keten;
}

function schoonHerstel(p: Periode, problemen: Probleem[]): Dag | null {
  const h = p.hersteldatum;
  if (h === null || h === undefined) return null;
  if (!isDag(h)) {
    problemen.push(probleem("ONGELDIGE_DATUM", "De hersteldatum is geen geldige datum en is genegeerd.", "hersteldatum"));
    return null;
  }
  if (h <= p.eersteZiektedag) {
    problemen.push(
      probleem(
        "HERSTEL_VOOR_ZIEKTE",
        `De hersteldatum ${formatNL(h)} ligt niet na de eerste ziektedag ${formatNL(p.eersteZiektedag)}; de hersteldatum is genegeerd.`,
        "hersteldatum",
      ),
    );
    return null;
  }
  return h;
}

/** Voeg pauzes (gaten en WAZO) samen tot een gesorteerde, disjuncte lijst. */
function voegSamen(lijsten: Interval[]): Interval[] {
  if (lijsten.length <= 1) return lijsten;
  const s = [...lijsten].sort((a, b) => a.van - b.van);
  const uit: Interval[] = [{ ...s[0] }];
  for (let i = 1; i < s.length; i++) {
    const laatste = uit[uit.length - 1];
    if (s[i].van <= laatste.tot + 1) laatste.tot = Math.max(laatste.tot, s[i].tot);
    else uit.push({ ...s[i] });
  }
  return uit;
}

// ---- De engine ---------------------------------------------------------------------------------

/**
 * Bereken de tijdlijn van één dossier op peildatum `peildatum`.
 * Onmogelijke invoer geeft getypeerde problemen (nooit een exception); zonder geldige eerste
 * ziektedag is er geen tijdlijn.
 */
export function berekenTijdlijn(invoer: DossierInvoer, peildatum: Dag, instellingen: Instellingen = STANDAARD_INSTELLINGEN): TijdlijnResultaat {
  const problemen: Probleem[] = [];
  if (!isDag(invoer.eersteZiektedag)) {
    return { ok: false, problemen: [probleem("GEEN_EERSTE_ZIEKTEDAG", "Er is geen geldige eerste ziektedag.", "eersteZiektedag")] };
  }
  if (!isDag(peildatum)) {
    return { ok: false, problemen: [probleem("GEEN_PEILDATUM", "Er is geen geldige peildatum.", "peildatum")] };
  }
  const P = peildatum;
  const horizon = instellingen.horizonDagen;
  const keten = bouwKeten(invoer, P, problemen);
  const D = keten.start;

  // Pauzes: gaten tussen samengetelde perioden en WAZO-verlof binnen het dossier.
  let pauzes: Interval[] = keten.gaten;
  let wazoDagen = 0;
  if (invoer.wazo && invoer.wazo.length) {
    const wazo: Interval[] = [];
    for (const w of invoer.wazo) {
      if (!isDag(w.van) || !isDag(w.tot) || w.tot < w.van) {
        problemen.push(probleem("ONGELDIG_WAZO", "Een WAZO-verlof heeft geen geldige begin- en einddatum en is genegeerd.", "wazo"));
        continue;
      }
      if (w.tot < D) continue;
      const v = { van: Math.max(w.van, D), tot: w.tot };
      wazoDagen += v.tot - v.van + 1;
      wazo.push(v);
    }
    if (wazo.length) pauzes = voegSamen([...keten.gaten, ...wazo]);
  }
  let samengeteld = 0;
  for (const gat of keten.gaten) samengeteld += gat.tot - gat.van + 1;
  const tel = pauzes.length === 0 ? (n: number) => D + n : (n: number) => telDagen(D, n, pauzes);

  // Herstel telt op de peildatum alleen als het dan al gebeurd is.
  const herstel = keten.herstel !== null && keten.herstel <= P ? keten.herstel : null;

  // Gedane mijlpalen: alleen datums op of vóór de peildatum, en niet vóór het dossier.
  // Vaste eigenschapsnamen (g.PA, g.PVA, …) in plaats van g[code]: sneller in het hete pad.
  const g = invoer.gedaan ?? GEEN_GEDAAN;
  const gedaan = (x: Dag | null | undefined, code: MijlpaalCode): Dag | null => (x === null || x === undefined ? null : gedaanOp(x, code, D, P, problemen));

  const signalen: Signaal[] = [];
  const nvtCel = invoer.nvt;
  // Een stap is bekend als het register er een kolom voor heeft: g[code] is dan een datum of null (leeg).
  // undefined = de kolom ontbreekt (dossier.ts: drie toestanden).
  const zet = (code: MijlpaalCode, uiterlijk: Dag, vanaf: Dag | null, klaar: Dag | null, basis: Dag | null, nvt = false, bekend = g[code] !== undefined): Mijlpaal => ({
    code,
    uiterlijk,
    vanaf,
    gedaan: klaar,
    status: nvt || (nvtCel !== undefined && nvtCel[code] === true) ? "nvt" : bepaalStatus(uiterlijk, vanaf, klaar, P, horizon, herstel, bekend),
    basis,
  });

  // ARBO — ziekmelding bij de arbodienst: advies (één week), Regeling art. 2 lid 1 zegt "tijdig".
  const arbo = zet("ARBO", D + ARBO_ADVIES_DAGEN, null, gedaan(g.ARBO, "ARBO"), null, !instellingen.toonArboAdvies);

  // PA — probleemanalyse uiterlijk in week 6 (Regeling art. 2 lid 2). Conventie: D+41 of D+42.
  const paDag = gedaan(g.PA, "PA");
  const pa = zet("PA", D + (instellingen.paTermijn === "zes-weken-na" ? naWeek(PA_WEKEN) : eindeWeek(PA_WEKEN)), null, paDag, null);

  // PVA — plan van aanpak binnen 2 weken na de PA (Regeling art. 4), zonder PA-datum einde week 8.
  const pvaDag = gedaan(g.PVA, "PVA");
  const pva = zet("PVA", paDag !== null ? paDag + naWeek(PVA_NA_PA_WEKEN) : D + eindeWeek(PVA_WEKEN), null, pvaDag, paDag);

  // UWV42 — uiterlijk de eerste werkdag na week 42 (ZW art. 38); Algemene termijnenwet voor werkdagen.
  const uwv42 = zet("UWV42", volgendeWerkdag(tel(naWeek(UWV42_WEKEN))), null, gedaan(g.UWV42, "UWV42"), null);

  // EJE — eerstejaarsevaluatie in de weken 46–52 (Regeling art. 4).
  const ejeDag = gedaan(g.EJE, "EJE");
  const eje = zet("EJE", tel(eindeWeek(EJE_TOT_WEEK)), tel(naWeek(EJE_VAN_WEEK - 1)), ejeDag, null);

  // EVAL — volgende evaluatie uiterlijk 6 weken na de laatste (of na het plan van aanpak / de EJE).
  const evalBasis = laatste(laatste(gedaan(g.EVAL, "EVAL"), pvaDag), ejeDag);
  const evalUiterlijk = (evalBasis ?? pva.uiterlijk) + naWeek(EVALUATIE_INTERVAL_WEKEN);

  // SPOOR2 — uiterlijk 6 weken na de EJE (UWV Professioneel kader); uitzonderingen domeinreferentie §5.
  const ejeRef = ejeDag !== null ? Math.min(ejeDag, eje.uiterlijk) : eje.uiterlijk;
  const uitz = invoer.spoor2Uitzondering ?? null;
  const spoor2Uiterlijk =
    uitz === "perspectief"
      ? Math.max(ejeRef + naWeek(SPOOR2_NA_EJE_WEKEN), plusMaanden(ejeRef, SPOOR2_PERSPECTIEF_MAANDEN))
      : ejeRef + naWeek(SPOOR2_NA_EJE_WEKEN);
  const spoor2 = zet("SPOOR2", spoor2Uiterlijk, null, gedaan(g.SPOOR2, "SPOOR2"), ejeDag, uitz === "marginaal" || uitz === "aow" || invoer.bevredigendResultaat === true);

  // Vrijwillige verlenging (WIA art. 24): schuift AO, EINDEVAL, WIA en EWT, niets eerders.
  let verlengingWeken = 0;
  const vv = invoer.vrijwilligeVerlengingWeken;
  if (vv !== null && vv !== undefined && vv !== 0) {
    if (typeof vv !== "number" || !Number.isFinite(vv) || vv < 0 || !Number.isInteger(vv)) {
      problemen.push(probleem("ONGELDIGE_VERLENGING", "De vrijwillige verlenging moet een heel aantal weken zijn; genegeerd.", "vrijwilligeVerlengingWeken"));
    } else {
      verlengingWeken = vv;
      if (vv < VERLENGING_MIN_WEKEN) {
        problemen.push(
          probleem(
            "VERLENGING_TE_KORT",
            `Een vrijwillige verlenging is ten minste ${VERLENGING_MIN_WEKEN} weken; ${vv} weken is toch meegerekend.`,
            "vrijwilligeVerlengingWeken",
            "waarschuwing",
          ),
        );
      }
    }
  }
  const V = naWeek(verlengingWeken);

  // AO en EINDEVAL — uiterlijk einde week 91 (+ verlenging).
  const ao = zet("AO", tel(eindeWeek(AO_WEKEN) + V), null, gedaan(g.AO, "AO"), null);
  const eindeval = zet("EINDEVAL", tel(eindeWeek(AO_WEKEN) + V), null, gedaan(g.EINDEVAL, "EINDEVAL"), null);

  // WIA — vanaf de UWV-brief na 88 weken tot einde week 93 (WIA art. 64).
  const wiaDag = gedaan(g.WIA, "WIA");
  const wia = zet("WIA", tel(eindeWeek(WACHTTIJD_WEKEN - WIA_AANVRAAG_VOOR_EINDE_WEKEN) + V), tel(naWeek(WIA_VANAF_WEKEN) + V), wiaDag, null);

  // EWT — laatste dag van de 104 weken (BW 7:629 lid 1), + verlenging, te late aanvraag, loonsanctie.
  const ewtBasis = tel(eindeWeek(WACHTTIJD_WEKEN) + V);
  let L = 0;
  if (wiaDag !== null && wiaDag > wia.uiterlijk) L = wiaDag - wia.uiterlijk;
  else if (wiaDag === null && g.WIA !== undefined && herstel === null && P > wia.uiterlijk) L = P - wia.uiterlijk;
  let S = 0;
  const lsTot = invoer.loonsanctieTot;
  if (lsTot !== null && lsTot !== undefined) {
    if (!isDag(lsTot)) {
      problemen.push(probleem("ONGELDIGE_DATUM", "De datum 'loonsanctie tot' is geen geldige datum en is genegeerd.", "loonsanctieTot"));
    } else if (lsTot <= ewtBasis + L) {
      problemen.push(
        probleem(
          "LOONSANCTIE_VOOR_EWT",
          `De loonsanctie tot ${formatNL(lsTot)} eindigt niet na het einde van de wachttijd (${formatNL(ewtBasis + L)}); genegeerd.`,
          "loonsanctieTot",
        ),
      );
    } else {
      let eind = lsTot;
      const besluit = invoer.bekortingsbesluit;
      if (isDag(besluit)) eind = Math.min(eind, Math.max(besluit + naWeek(BEKORTING_NA_BESLUIT_WEKEN), ewtBasis + L));
      S = eind - (ewtBasis + L);
      const max = naWeek(LOONSANCTIE_MAX_WEKEN);
      if (S > max) {
        problemen.push(
          probleem(
            "LOONSANCTIE_TE_LANG",
            `Een loonsanctie duurt ten hoogste ${LOONSANCTIE_MAX_WEKEN} weken; tot ${formatNL(lsTot)} is langer. Gerekend met ${LOONSANCTIE_MAX_WEKEN} weken.`,
            "loonsanctieTot",
          ),
        );
        S = max;
      }
    }
  }
  const ewtDag = ewtBasis + L + S;
  const ewt = zet("EWT", ewtDag, null, P > ewtDag ? ewtDag : null, null, false, true);

  // EVAL is nvt na het einde van de wachttijd.
  const evaluatie = zet("EVAL", evalUiterlijk, null, null, evalBasis, evalUiterlijk > ewtDag);

  // ---- Signalen --------------------------------------------------------------------------------
  if (uwv42.status === "te-laat" || uwv42.status === "te-laat-gedaan") {
    signalen.push({
      code: "UWV42_TE_LAAT",
      ernst: "kritiek",
      tekst:
        (uwv42.status === "te-laat"
          ? `42e-weeksmelding niet gedaan; uiterlijk was ${formatNL(uwv42.uiterlijk)}.`
          : `42e-weeksmelding te laat gedaan op ${formatNL(uwv42.gedaan as Dag)} (uiterlijk ${formatNL(uwv42.uiterlijk)}).`) +
        " UWV kan een boete opleggen; de loondoorbetaling wordt er niet langer door.",
      bron: BRON.ZW_38A,
      mijlpaal: "UWV42",
    });
  }
  if (L > 0 && ewt.status !== "nvt") {
    signalen.push({
      code: "WIA_TE_LAAT",
      ernst: "kritiek",
      tekst: `WIA-aanvraag ${L} dagen te laat (uiterlijk ${formatNL(wia.uiterlijk)}): de loondoorbetaling loopt ${L} dagen langer, tot ${formatNL(ewtDag)}.`,
      bron: BRON.WIA_64_LID8,
      mijlpaal: "WIA",
    });
  }
  if (S > 0) {
    signalen.push({
      code: "LOONSANCTIE",
      ernst: "kritiek",
      tekst: `Loonsanctie: loondoorbetaling tot en met ${formatNL(ewtDag)} (${Math.ceil(S / DAGEN_PER_WEEK)} weken extra). WIA gaat in op ${formatNL(ewtDag + 1)}.`,
      bron: BRON.WIA_25,
      mijlpaal: "EWT",
    });
  }
  if (verlengingWeken > 0) {
    signalen.push({
      code: "VRIJWILLIGE_VERLENGING",
      ernst: "info",
      tekst: `Vrijwillige verlenging van ${verlengingWeken} weken: laatste dag loondoorbetaling ${formatNL(ewtDag)}.`,
      bron: BRON.WIA_24,
      mijlpaal: "EWT",
    });
  }
  if (samengeteld > 0 || keten.aantal > 1) {
    signalen.push({
      code: "SAMENGETELD",
      ernst: "info",
      tekst: `${keten.aantal} ziekteperioden samengeteld vanaf ${formatNL(D)}; ${samengeteld} dagen onderbreking schuiven de termijnen op.`,
      bron: BRON.BW_629_LID10,
    });
  }
  if (wazoDagen > 0) {
    signalen.push({
      code: "WAZO",
      ernst: "info",
      tekst: `${wazoDagen} dagen WAZO-verlof schorten de wachttijd op; latere termijnen schuiven even lang op.`,
      bron: BRON.BW_629_LID10_WAZO,
    });
  }
  if (ejeDag !== null && eje.vanaf !== null && ejeDag < eje.vanaf) {
    signalen.push({
      code: "EJE_TE_VROEG",
      ernst: "waarschuwing",
      tekst: `Eerstejaarsevaluatie op ${formatNL(ejeDag)} ligt vóór week ${EJE_VAN_WEEK} (${formatNL(eje.vanaf)}); UWV verwacht haar in de weken ${EJE_VAN_WEEK}–${EJE_TOT_WEEK}.`,
      bron: BRON.REGELING_ART4,
      mijlpaal: "EJE",
    });
  }
  if (wiaDag !== null && wia.vanaf !== null && wiaDag < wia.vanaf) {
    signalen.push({
      code: "WIA_TE_VROEG",
      ernst: "waarschuwing",
      tekst: `WIA-aanvraag op ${formatNL(wiaDag)} ligt vóór de brief van UWV na ${WIA_VANAF_WEKEN} weken (${formatNL(wia.vanaf)}); controleer of UWV haar in behandeling neemt.`,
      bron: BRON.WIA_64,
      mijlpaal: "WIA",
    });
  }
  if (herstel !== null) {
    signalen.push({
      code: "HERSTELD",
      ernst: "info",
      tekst: `Hersteld per ${formatNL(herstel)}: latere mijlpalen zijn n.v.t. Een nieuwe ziekmelding vóór ${formatNL(herstel + SAMENTELLEN_MAX_GAT_DAGEN + 1)} telt samen met dit dossier.`,
      bron: BRON.BW_629_LID10,
    });
  }

  // Ziekteweek op de peildatum: alleen als de werknemer dan ziek is.
  let ziektedagen = 0;
  let ziekteweek: number | null = null;
  if (P >= D) {
    ziektedagen = pauzes.length === 0 ? P - D + 1 : getelDagenTot(D, P, pauzes);
    let inPauze = false;
    for (const q of pauzes) if (q.van <= P && P <= q.tot) inPauze = true;
    if (herstel !== null) ziektedagen = pauzes.length === 0 ? herstel - D : getelDagenTot(D, herstel - 1, pauzes);
    else if (!inPauze) ziekteweek = Math.floor((ziektedagen - 1) / DAGEN_PER_WEEK) + 1;
  }

  const tijdlijn: Tijdlijn = {
    peildatum: P,
    eersteZiektedag: D,
    laatstePeriodeStart: keten.laatsteStart,
    hersteldatum: herstel,
    samengeteldeDagen: samengeteld,
    aantalPerioden: keten.aantal,
    wazoDagen,
    ziekteweek,
    ziektedagen,
    verlengingDagen: V,
    teLaatAanvraagDagen: L,
    loonsanctieDagen: S,
    laatsteDagLoondoorbetaling: ewtDag,
    ingangsdatumWia: ewtDag + 1,
    mijlpalen: { ARBO: arbo, PA: pa, PVA: pva, EVAL: evaluatie, UWV42: uwv42, EJE: eje, SPOOR2: spoor2, AO: ao, EINDEVAL: eindeval, WIA: wia, EWT: ewt },
    signalen,
    problemen,
  };
  return { ok: true, tijdlijn };
}

/** De ziekteweek op een dag, zonder samentellen: dag 1–7 = week 1. Vóór de eerste ziektedag: 0. */
export function ziekteweekOp(eersteZiektedag: Dag, peildatum: Dag): number {
  if (peildatum < eersteZiektedag) return 0;
  return Math.floor((peildatum - eersteZiektedag) / DAGEN_PER_WEEK) + 1;
}

const ACTIEVE_STATUS: ReadonlySet<Status> = new Set(["te-laat", "binnenkort", "gepland"]);

/**
 * De eerstvolgende actie: de open mijlpaal (te laat, binnenkort of gepland) met de vroegste termijn.
 * EWT is geen actie maar een datum en telt alleen als er niets anders open staat.
 */
export function volgendeActie(t: Tijdlijn): Mijlpaal | null {
  let beste: Mijlpaal | null = null;
  for (const code of MIJLPAAL_CODES) {
    if (code === "EWT") continue;
    const m = t.mijlpalen[code];
    if (!ACTIEVE_STATUS.has(m.status)) continue;
    if (beste === null || m.uiterlijk < beste.uiterlijk) beste = m;
  }
  if (beste === null && ACTIEVE_STATUS.has(t.mijlpalen.EWT.status)) beste = t.mijlpalen.EWT;
  return beste;
}
