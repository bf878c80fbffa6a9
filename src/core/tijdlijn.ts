/**
 * De tijdlijn-engine: voor één dossier en een peildatum elke mijlpaal van de Wet verbetering
 * poortwachter met zijn termijn, of hij gedaan is, zijn status en (bij n.v.t.) de reden. Zuiver: geen
 * Office, DOM of I/O.
 *
 * De engine leest als de wet: elke mijlpaal is één kleine regel in src/core/regels/ met zijn bron,
 * ingangsdatums en een voorbeeld uit de domeinreferentie; `berekenTijdlijn` zet ze achter elkaar:
 *   keten (samentellen, WAZO) → grenzen (AOW, uit dienst, vervroegde IVA) → ARBO, PA, PVA → UWV42, EJE →
 *   SPOOR2 (beslisSpoor2) → WIA, AO, EINDEVAL → EWT → EVAL → signalen.
 * Rekenregels en bronnen: docs/regels.md; de wet als gedateerde gegevens: src/core/wet.ts.
 */
import type { Dag } from "./dagen";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";
import { MIJLPAAL_CODES, type MijlpaalCode, type Status } from "./mijlpalen";
import type { Probleem } from "./problemen";
import { gedaanOp, isDag, probleem, type Context } from "./regels/context";
import { ejeTeVroeg, regelEje, regelUwv42 } from "./regels/eerste-jaar";
import { bepaalGrenzen } from "./regels/grenzen";
import { voegSignalenToe } from "./regels/signalen";
import { bouwKeten, GEEN_GEDAAN, schoonWazo, verlenging } from "./regels/keten";
import { getelDagenTot, maxGatOp, telDagen, voegSamen, type Interval } from "./regels/samentellen";
import { beslis, type Spoor2Besluit } from "./regels/spoor2";
import { regelArbo, regelEvaluatie, regelPa, regelPva } from "./regels/spoor1";
import { loonsanctieDagen, regelActueelOordeel, regelEindevaluatie, regelEindeWachttijd, regelWia, teLaatAanvraagDagen } from "./regels/tweede-jaar";
import { wiaTermijnen } from "./regels/termijnen";
import { regelUitDienst, type UitDienst } from "./regels/uit-dienst";
import { BRON, DAGEN_PER_WEEK, naWeek, type Bron } from "./wet";

export type { Interval } from "./regels/samentellen";
export type { UitDienst, UitDienstRiv } from "./regels/uit-dienst";
export { beslisSpoor2, plusMaanden, type Spoor2Besluit, type Spoor2Feiten, type Spoor2Grond } from "./regels/spoor2";

// ---- Invoer ------------------------------------------------------------------------------------

export interface Periode {
  eersteZiektedag: Dag;
  /** Eerste dag volledig hersteld (betermelding), of null als de periode nog loopt. */
  hersteldatum?: Dag | null;
  /** Ziekte na WAZO-verlof heeft volgens de bedrijfsarts een andere oorzaak: niet samentellen over het verlof. */
  andereOorzaakNaVerlof?: boolean | null;
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
  /**
   * Mijlpalen die volgens het register gedaan zijn, maar zonder datum ("ja", "x", "gedaan" in de datumkolom).
   * De engine kent voor die stap geen datum (`gedaan` is undefined: onbekend, nooit te laat of op tijd); de
   * oppervlakken zeggen dat er een datum ontbreekt in plaats van een kolom.
   */
  zonderDatum?: Partial<Record<MijlpaalCode, boolean>>;
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
  /** De huidige periode volgt op WAZO-verlof maar heeft een andere oorzaak (BW 7:629 lid 10, slot). */
  andereOorzaakNaVerlof?: boolean | null;
  /** AOW-datum: eerste dag waarop de werknemer AOW-gerechtigd is (BW 7:629 lid 2 onder b). */
  aowDatum?: Dag | null;
  /** Eerste dag uit dienst (ziek uit dienst): stappen van de werkgever daarna zijn n.v.t. */
  uitDienstPer?: Dag | null;
  /** Aanvraag vervroegde IVA (Wet WIA art. 23, 47). */
  ivaAanvraag?: Dag | null;
  /** Datum van de toekenning van de vervroegde IVA (leeg = niet of nog niet toegekend). */
  ivaToegekend?: Dag | null;
  /** Belastbaarheid die pas na de eerstejaarsevaluatie ontstaat (spoor 2: B+14 / B+56). */
  belastbaarVanaf?: Dag | null;
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
  /**
   * Bij status "nvt": waarom, kort en in het Nederlands, zodat elk oppervlak (blad, taakvenster, functies,
   * scanner) hetzelfde kan tonen ("Hersteld per 01-06-2025", "Uit dienst per …: meld …", "AOW-leeftijd op
   * …", "Bevredigend resultaat: spoor 2 niet nodig"). Anders undefined.
   */
  reden?: string | undefined;
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
  /**
   * Laatste dag loondoorbetaling door deze werkgever (eerder bij AOW of uit dienst). Een vervroegde IVA
   * verandert haar niet: de werkgever betaalt 104 weken door en mag de IVA-uitkering in mindering brengen (BW
   * 7:629 lid 1 en 5).
   */
  laatsteDagLoondoorbetaling: Dag;
  /**
   * Eerste dag na de wachttijd (de WIA kan dan ingaan; zie `geenWia`). Bij een toegekende vervroegde IVA de
   * ingangsdatum van de IVA (na de verkorte wachttijd), dus vóór het einde van de loondoorbetaling.
   */
  ingangsdatumWia: Dag;
  /** Laatste dag van de wachttijd: ingangsdatumWia − 1 (bij vervroegde IVA de verkorte wachttijd). */
  eindeWachttijd: Dag;
  /** Ingangsdatum van een toegekende vervroegde IVA, of null. */
  ingangsdatumIva: Dag | null;
  /** Ziek uit dienst: de melding bij UWV op de laatste werkdag en het re-integratieverslag, of null. */
  uitDienst: UitDienst | null;
  /** Waarom er geen WIA volgt (AOW-leeftijd, vervroegde IVA al toegekend), of null. */
  geenWia: string | null;
  /** De ene beslissing over spoor 2 (ook gebruikt door de beoordeling): nodig, reden, termijn en grond. */
  spoor2: Spoor2Besluit;
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

/**
 * De gedane stappen in één vaste vorm (elke code een eigenschap, undefined = geen kolom, zoals ontbrekend). De
 * invoer heeft per register (en in de bench per dossier) andere sleutels; elke regel leest c.g.X een of twee
 * keer, en op een vaste vorm is dat een snelle opzoeking in plaats van een megamorfe (issue 22).
 */
function vasteVorm(g: Partial<Record<MijlpaalCode, Dag | null>>): Partial<Record<MijlpaalCode, Dag | null>> {
  return { ARBO: g.ARBO, PA: g.PA, PVA: g.PVA, EVAL: g.EVAL, UWV42: g.UWV42, EJE: g.EJE, SPOOR2: g.SPOOR2, AO: g.AO, EINDEVAL: g.EINDEVAL, WIA: g.WIA, EWT: g.EWT };
}

/** De latere van twee (mogelijk ontbrekende) datums. */
function laatste(a: Dag | null, b: Dag | null): Dag | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

// ---- De pijplijn ------------------------------------------------------------------------------

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
  const wazoInvoer = schoonWazo(invoer, problemen);
  const keten = bouwKeten(invoer, P, wazoInvoer, problemen);
  const D = keten.start;

  // Pauzes: gaten tussen samengetelde perioden en WAZO-verlof binnen het dossier.
  let pauzes: Interval[] = keten.gaten;
  let wazoDagen = 0;
  if (wazoInvoer && wazoInvoer.length) {
    const wazo: Interval[] = [];
    for (const w of wazoInvoer) {
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
  const verlengingWeken = verlenging(invoer, problemen);
  const V = naWeek(verlengingWeken);
  const c: Context = {
    invoer,
    instellingen,
    P,
    D,
    tel,
    herstel,
    V,
    g: vasteVorm(invoer.gedaan ?? GEEN_GEDAAN),
    nvt: invoer.nvt,
    grenzen: bepaalGrenzen(invoer, D, P, V, tel, problemen),
    problemen,
    signalen: [],
  };

  const arbo = regelArbo(c);
  const paDag = gedaanOp(c, c.g.PA, "PA");
  const pa = regelPa(c, paDag);
  const pvaDag = gedaanOp(c, c.g.PVA, "PVA");
  const pva = regelPva(c, paDag, pvaDag);
  const uwv42 = regelUwv42(c, gedaanOp(c, c.g.UWV42, "UWV42"));
  // Losse waarden in plaats van objecten met meerdere uitkomsten per regel: minder afval per tijdlijn (issue 22).
  const ejeIngevuld = gedaanOp(c, c.g.EJE, "EJE");
  const eje = regelEje(c, ejeIngevuld);
  const ejeDag = eje.gedaan;
  const teVroeg = ejeTeVroeg(eje, ejeIngevuld);

  const gr = c.grenzen;
  const b = invoer.belastbaarVanaf;
  const spoor2Besluit = beslis(
    P,
    ejeDag,
    eje.uiterlijk,
    invoer.spoor2Uitzondering ?? null,
    invoer.bevredigendResultaat ?? null,
    isDag(b) ? b : null,
    gr.aow,
    gr.eindeWachttijd,
    herstel,
    gr.uitDienst,
    gr.uitDienstReden,
    gr.ivaToegekend,
    gr.eindeLoon,
    gr.eindeLoonReden,
    D,
  );
  const spoor2 = mijlpaalSpoor2(c, spoor2Besluit, gedaanOp(c, c.g.SPOOR2, "SPOOR2"), ejeDag);

  const wiaDag = gedaanOp(c, c.g.WIA, "WIA");
  const wiaT = wiaTermijnen(D, c.tel, V);
  const wia = regelWia(c, wiaDag, wiaT);
  const ao = regelActueelOordeel(c, gedaanOp(c, c.g.AO, "AO"), wiaT);
  const eindeval = regelEindevaluatie(c, gedaanOp(c, c.g.EINDEVAL, "EINDEVAL"), wiaT);
  const L = teLaatAanvraagDagen(c, wia, wiaDag);
  const S = loonsanctieDagen(c, L);
  const ewt = regelEindeWachttijd(c, L, S);
  const ewtDag = ewt.uiterlijk;
  // Een te vroege "eerstejaarsevaluatie" telt als gewone evaluatie.
  const evalBasis = laatste(laatste(laatste(gedaanOp(c, c.g.EVAL, "EVAL"), pvaDag), ejeDag), teVroeg);
  const evaluatie = regelEvaluatie(c, evalBasis, pva.uiterlijk, ewtDag);


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

  const uitDienst = gr.uitDienst;
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
    laatsteDagLoondoorbetaling: uitDienst !== null && uitDienst - 1 < ewtDag ? uitDienst - 1 : ewtDag,
    ingangsdatumWia: gr.ivaIngang ?? ewtDag + 1,
    eindeWachttijd: gr.ivaIngang !== null ? gr.ivaIngang - 1 : ewtDag,
    ingangsdatumIva: gr.ivaIngang,
    uitDienst: regelUitDienst(c),
    geenWia: gr.geenWia,
    spoor2: spoor2Besluit,
    mijlpalen: { ARBO: arbo, PA: pa, PVA: pva, EVAL: evaluatie, UWV42: uwv42, EJE: eje, SPOOR2: spoor2, AO: ao, EINDEVAL: eindeval, WIA: wia, EWT: ewt },
    signalen: c.signalen,
    problemen,
  };
  voegSignalenToe(c, tijdlijn, teVroeg, wiaDag, keten.overVerlof, maxGatOp(D));
  return { ok: true, tijdlijn };
}

/** SPOOR2 — de mijlpaal volgt de ene beslissing (regels/spoor2.ts): termijn, n.v.t. en reden. */
function mijlpaalSpoor2(c: Context, b: Spoor2Besluit, gedaan: Dag | null, ejeDag: Dag | null): Mijlpaal {
  let status: Status;
  let reden: string | undefined = undefined;
  if (b.reden !== null && (b.uitzondering || gedaan === null)) {
    status = "nvt";
    reden = b.reden;
  } else if (gedaan !== null) {
    status = gedaan <= b.uiterlijk ? "gedaan" : "te-laat-gedaan";
  } else {
    const bekend = c.g.SPOOR2 !== undefined;
    const P = c.P;
    status = !bekend ? "onbekend" : P > b.uiterlijk ? "te-laat" : b.uiterlijk - P <= c.instellingen.horizonDagen ? "binnenkort" : "gepland";
  }
  return { code: "SPOOR2", uiterlijk: b.uiterlijk, vanaf: null, gedaan, status, basis: ejeDag, reden };
}

/** De ziekteweek op een dag, zonder samentellen: dag 1–7 = week 1. Vóór de eerste ziektedag: 0. */
export function ziekteweekOp(eersteZiektedag: Dag, peildatum: Dag): number {
  if (peildatum < eersteZiektedag) return 0;
  return Math.floor((peildatum - eersteZiektedag) / DAGEN_PER_WEEK) + 1;
}

const ACTIEVE_STATUS: ReadonlySet<Status> = new Set(["te-laat", "binnenkort", "gepland"]);

/**
 * Tot en met welke dag een hersteld dossier kan herleven: wordt de werknemer uiterlijk dan opnieuw ziek, dan
 * telt de nieuwe periode samen met deze (onderbreking van minder dan vier weken: BW 7:629 lid 10;
 * regels/samentellen.ts). Null als het dossier niet hersteld is, of als dat venster op de peildatum voorbij is.
 */
export function kanHerlevenTot(t: Tijdlijn): Dag | null {
  const h = t.hersteldatum;
  if (h === null) return null;
  const tot = h + maxGatOp(h);
  return t.peildatum <= tot ? tot : null;
}

/**
 * Hoort een te late stap bij de geschiedenis ("voorbij") in plaats van bij het werk dat nog in te halen is?
 * - de wachttijd is voorbij (of de loondoorbetaling eindigde eerder: AOW, uit dienst, vervroegde IVA): UWV
 *   heeft al beslist of neemt het over; wat toen ontbrak, is niet meer in te halen;
 * - de ziekmelding bij de arbodienst is achterhaald zodra de bedrijfsarts de probleemanalyse deed;
 * - het dossier is gesloten door herstel en kan niet meer herleven (kanHerlevenTot): de gemiste stap hoeft
 *   niet meer. Binnen het venster kan het dossier herleven en blijft de stap in te halen.
 * Alleen voor status "te-laat"; elke andere status is nooit voorbij.
 */
export function isVoorbij(t: Tijdlijn, code: MijlpaalCode): boolean {
  if (t.mijlpalen[code].status !== "te-laat") return false;
  // Wachttijd om (ook de verkorte bij een toegekende vervroegde IVA) of de loondoorbetaling geëindigd (AOW,
  // uit dienst): wat toen ontbrak, haalt de werkgever niet meer in.
  if (t.peildatum > Math.min(t.laatsteDagLoondoorbetaling, t.eindeWachttijd)) return true;
  if (code === "ARBO" && t.mijlpalen.PA.gedaan !== null) return true;
  return t.hersteldatum !== null && kanHerlevenTot(t) === null;
}

/** Een stap die iets van de gebruiker vraagt: te laat maar nog in te halen, binnenkort of gepland. */
export function isOpenStap(t: Tijdlijn, code: MijlpaalCode): boolean {
  return ACTIEVE_STATUS.has(t.mijlpalen[code].status) && !isVoorbij(t, code);
}

/**
 * De eerstvolgende actie: de open mijlpaal (te laat maar nog in te halen, binnenkort of gepland) met de
 * vroegste termijn; een stap die voorbij is (isVoorbij) is nooit de volgende actie.
 * EWT is geen actie maar een datum en telt alleen als er niets anders open staat.
 */
export function volgendeActie(t: Tijdlijn): Mijlpaal | null {
  let beste: Mijlpaal | null = null;
  for (const code of MIJLPAAL_CODES) {
    if (code === "EWT") continue;
    const m = t.mijlpalen[code];
    if (!isOpenStap(t, code)) continue;
    if (beste === null || m.uiterlijk < beste.uiterlijk) beste = m;
  }
  if (beste === null && ACTIEVE_STATUS.has(t.mijlpalen.EWT.status)) beste = t.mijlpalen.EWT;
  return beste;
}
