/**
 * Alle termijnen en drempels van de Wet verbetering poortwachter op één plek, elk met zijn bron.
 * Termijnen in dagen tellen vanaf de eerste ziektedag D = dag 1 (zie docs/regels.md §1):
 * "uiterlijk in week k" = D + 7k − 1; "de eerste dag na week k" = D + 7k.
 *
 * Bronnen (hoger gaat voor): wet (BW 7:629, Wet WIA, Ziektewet) > Regeling procesgang eerste en
 * tweede ziektejaar (BWBR0013540) > Beleidsregels beoordelingskader poortwachter (BWBR0014375) >
 * UWV Werkwijzer Poortwachter / Professioneel kader.
 */

export const DAGEN_PER_WEEK = 7;

/** Bronvermeldingen, zoals OpenFisca's `reference`: één tekst per regel. */
export const BRON = {
  REGELING_ART2_LID1: "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 1 (BWBR0013540)",
  REGELING_ART2_LID2: "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2 (BWBR0013540)",
  REGELING_ART4: "Regeling procesgang eerste en tweede ziektejaar, art. 4 (BWBR0013540)",
  REGELING_ART6: "Regeling procesgang eerste en tweede ziektejaar, art. 6 (BWBR0013540)",
  UWV_WERKWIJZER: "UWV Werkwijzer Poortwachter",
  UWV_PROF_KADER: "UWV Professioneel kader beoordeling re-integratie-inspanningen",
  ZW_38: "Ziektewet art. 38 lid 2 (42e-weeksmelding, uiterlijk eerste werkdag na week 42)",
  ZW_38A: "Ziektewet art. 38a (sanctie bij te late ziekmelding)",
  ZW_38_UIT_DIENST: "Ziektewet art. 38 (ziek uit dienst: melding bij UWV; bij eigenrisicodragerschap Ziektewet bij de eigen verzuimregeling of verzekeraar)",
  WIA_23: "Wet WIA art. 23 (wachttijd, samentellen)",
  WIA_24: "Wet WIA art. 24 lid 1 (verlenging wachttijd: vrijwillig of loonsanctie)",
  WIA_25: "Wet WIA art. 25 (loonsanctie, ten hoogste 52 weken)",
  WIA_47: "Wet WIA art. 23 en 47 (vervroegde IVA: aanvraag in week 13–68, wachttijd verkort; UWV)",
  WIA_64: "Wet WIA art. 64 lid 2 en 3 (brief van UWV uiterlijk in week 89; aanvraag uiterlijk 11 weken voor einde wachttijd)",
  WIA_65: "Wet WIA art. 65 (re-integratieverslag bij de aanvraag)",
  WIA_64_LID8:
    "BW art. 7:629 lid 11 onder a (te late WIA-aanvraag verlengt de loondoorbetaling met de duur van de vertraging); Wet WIA art. 64 lid 6 (een late brief van UWV: aanvraag binnen 4 weken na ontvangst is tijdig)",
  BW_629_LID1: "BW art. 7:629 lid 1 (loondoorbetaling 104 weken)",
  BW_629_LID2_AOW:
    "BW art. 7:629 lid 2 onder b (AOW-gerechtigde: zes weken; bij AOW-leeftijd tijdens ziekte zes weken vanaf de AOW-datum, samen ten hoogste 104 weken); Wet werken na de AOW-gerechtigde leeftijd art. VIIIa (dertien weken bij ziekte vóór 1-7-2023, Stb. 2023, 169)",
  BW_629_LID10: "BW art. 7:629 lid 10 (samentellen bij onderbreking korter dan vier weken)",
  BW_629_LID10_WAZO:
    "BW art. 7:629 lid 10 (perioden direct vóór en na zwangerschaps- en bevallingsverlof tellen samen, tenzij andere oorzaak); Wet arbeid en zorg art. 3:1",
  BW_658A: "BW art. 7:658a (re-integratieverplichtingen werkgever, spoor 1 en spoor 2)",
  BW_658A_AOW: "BW art. 7:658a lid 1 (geen re-integratie bij een andere werkgever voor de AOW-gerechtigde werknemer)",
  ALG_TERMIJNENWET: "Algemene termijnenwet art. 1 en 3 (werkdag: geen zaterdag, zondag, feestdag, Goede Vrijdag of bij besluit gelijkgestelde dag)",
  BELEIDSREGELS: "Beleidsregels beoordelingskader poortwachter (BWBR0014375)",
  AP_ZIEKE_WERKNEMER: "Autoriteit Persoonsgegevens, beleidsregels 'De zieke werknemer' (AVG art. 9)",
} as const;

export type Bron = (typeof BRON)[keyof typeof BRON];

// ---- Spoor 1: eerste weken -------------------------------------------------------------------

/** Ziekmelding bij de arbodienst: de Regeling zegt alleen "tijdig"; één week is praktijk (advies). */
export const ARBO_ADVIES_DAGEN = 6; // D+6: uiterlijk op dag 7
/** Probleemanalyse uiterlijk in de 6e ziekteweek. Regeling art. 2 lid 2. */
export const PA_WEKEN = 6;
/** Plan van aanpak binnen 2 weken na de probleemanalyse. Regeling art. 4; UWV. */
export const PVA_NA_PA_WEKEN = 2;
/** Zonder PA-datum: plan van aanpak uiterlijk in week 8. */
export const PVA_WEKEN = 8;
/** Evaluatie van het plan van aanpak ten minste elke 6 weken. UWV Werkwijzer (praktijk). */
export const EVALUATIE_INTERVAL_WEKEN = 6;

// ---- Eerste ziektejaar -----------------------------------------------------------------------

/** 42e-weeksmelding: uiterlijk de eerste werkdag na de 42e ziekteweek. ZW art. 38. */
export const UWV42_WEKEN = 42;
/** Eerstejaarsevaluatie in de weken 46 t/m 52. Regeling art. 4. */
export const EJE_VAN_WEEK = 46;
export const EJE_TOT_WEEK = 52;
/** Spoor 2 uiterlijk 6 weken na de eerstejaarsevaluatie. UWV Professioneel kader. */
export const SPOOR2_NA_EJE_WEKEN = 6;

// ---- Tweede ziektejaar -----------------------------------------------------------------------

/** De wachttijd: 104 weken. BW 7:629 lid 1; WIA art. 23. */
export const WACHTTIJD_WEKEN = 104;
/** WIA-aanvraag uiterlijk 11 weken voor het einde van de wachttijd (= einde week 93). WIA art. 64. */
export const WIA_AANVRAAG_VOOR_EINDE_WEKEN = 11;
/** UWV stuurt na 88 weken de brief over de WIA-aanvraag; vanaf dan kan de aanvraag worden ingediend. */
export const WIA_VANAF_WEKEN = 88;
/** Actueel oordeel en eindevaluatie: uiterlijk week 91, ongeveer 2 weken voor de aanvraag. */
export const AO_WEKEN = 91;

/** Vrijwillige verlenging: ten minste 13 weken, geen maximum. WIA art. 24 lid 1. */
export const VERLENGING_MIN_WEKEN = 13;
/** Loonsanctie: ten hoogste 52 weken. WIA art. 25. */
export const LOONSANCTIE_MAX_WEKEN = 52;
/** Bekortingsverzoek: de loonsanctie eindigt 6 weken na UWV's beslissing. WIA art. 25 lid 3. */
export const BEKORTING_NA_BESLUIT_WEKEN = 6;

// ---- Samentellen -----------------------------------------------------------------------------

/** Perioden met een onderbreking van minder dan vier weken tellen samen: gat ≤ 27 dagen. BW 7:629 lid 10. */
export const SAMENTELLEN_MAX_GAT_DAGEN = 4 * DAGEN_PER_WEEK - 1;

// ---- Spoor 2 (beoordeling, zie src/core/beoordeling) ------------------------------------------

/** Uitzondering spoor 2: concreet perspectief op terugkeer binnen 3 maanden na de EJE. */
export const SPOOR2_PERSPECTIEF_MAANDEN = 3;
/** Uitzondering spoor 2: AOW-leeftijd binnen 1 jaar na het einde van de wachttijd. */
export const SPOOR2_AOW_BINNEN_JAREN = 1;
/** Belastbaarheid na de EJE: plan bijgesteld binnen 2 weken, activiteiten binnen 8 weken. */
export const BELASTBAAR_PLAN_WEKEN = 2;
export const BELASTBAAR_ACTIVITEIT_WEKEN = 8;
/** Arbeidstherapie langer dan 42 dagen vraagt een onderbouwing van de bedrijfsarts. */
export const ARBEIDSTHERAPIE_MAX_DAGEN = 42;
/** Een benutbare mogelijkheid ontbreekt ≥ 3 maanden aaneen: tekortkoming niet herstelbaar. */
export const NIET_HERSTELBAAR_MAANDEN = 3;
/** Bevredigend resultaat: loonwaarde boven 65% van het oorspronkelijke loon. */
export const BEVREDIGEND_LOONWAARDE_PROCENT = 65;
/**
 * Het actueel oordeel van de bedrijfsarts hoort kort vóór de WIA-aanvraag te liggen: de domeinreferentie
 * noemt ongeveer 2 weken (uiterlijk einde week 91, aanvraag uiterlijk einde week 93; Wet WIA art. 65,
 * Regeling procesgang art. 6). Ligt het meer dan 6 weken (het ritme van de evaluaties, UWV Werkwijzer
 * Poortwachter) vóór de aanvraag, dan is het waarschijnlijk niet meer actueel: een waarschuwing, geen
 * loonsanctiegrond. Zes weken is onze keuze, geen wettelijke termijn.
 */
export const AO_ACTUEEL_MAX_DAGEN = 42;

// ---- Weergave --------------------------------------------------------------------------------

/** Standaard waarschuwingshorizon: een termijn binnen zoveel dagen is "binnenkort". */
export const STANDAARD_HORIZON_DAGEN = 14;

/** "Uiterlijk in week k": de laatste dag van week k, als verschil ten opzichte van D. */
export function eindeWeek(k: number): number {
  return DAGEN_PER_WEEK * k - 1;
}

/** "Na k weken": de eerste dag na week k, als verschil ten opzichte van D. */
export function naWeek(k: number): number {
  return DAGEN_PER_WEEK * k;
}

// ---- De wet als gedateerde gegevens -------------------------------------------------------------
//
// Zoals OpenFisca's parameters: een waarde per ingangsdatum, met de wetsversie als `referentie`. De engine
// kiest de waarde die gold op de datum die voor het dossier telt (per regel gedocumenteerd: meestal de
// eerste ziektedag). Een nieuwe of voorgestelde regel (bijvoorbeeld een kortere loondoorbetaling voor
// kleine werkgevers) is een extra rij met een `voorwaarde` op een kenmerk van het dossier, geen nieuw
// codepad. Dit bestand blijft zonder afhankelijkheden (de functiebundel laadt het); daarom rekent het
// datums zelf om.

/** Kenmerken van een dossier waarop een regel kan verschillen (nu nog geen; een voorstel voegt ze hier toe). */
export interface Kenmerken {
  /** Voorbeeld voor een voorgestelde regel: werkgever met minder dan 25 werknemers. */
  kleineWerkgever?: boolean;
}

export interface ParameterWaarde<T> {
  /** Ingangsdatum (ISO, jjjj-mm-dd). */
  vanaf: string;
  waarde: T;
  /** Wetsversie of besluit waaruit de waarde komt (link naar wetten.overheid.nl of officielebekendmakingen.nl). */
  referentie: string;
  /** Alleen voor dossiers met deze kenmerken (leeg = iedereen). */
  voorwaarde?: Partial<Kenmerken>;
}

export interface Parameter<T> {
  naam: string;
  bron: Bron;
  /** Oplopend op ingangsdatum. */
  waarden: readonly ParameterWaarde<T>[];
  /** De ingangsdatums als dagnummers (parallel aan `waarden`; eenmaal omgerekend door maakParameter). */
  dagen: readonly number[];
}

/** Een parameter met zijn ingangsdatums omgerekend. */
export function maakParameter<T>(naam: string, bron: Bron, waarden: readonly ParameterWaarde<T>[]): Parameter<T> {
  return { naam, bron, waarden, dagen: waarden.map((w) => isoDag(w.vanaf)) };
}

/** Dagnummer (zelfde stelsel als dagen.ts: Excel-serienummer 1900) van een ISO-datum. */
function isoDag(iso: string): number {
  const jaar = Number(iso.slice(0, 4));
  const maand = Number(iso.slice(5, 7));
  const dag = Number(iso.slice(8, 10));
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((maand + 9) % 12) + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + 25569;
}

function past(v: Partial<Kenmerken> | undefined, k: Kenmerken | undefined): boolean {
  if (v === undefined) return true;
  for (const sleutel of Object.keys(v) as (keyof Kenmerken)[]) if ((k?.[sleutel] ?? false) !== v[sleutel]) return false;
  return true;
}

/** De regel die gold op `dag` (voor een dossier met `kenmerken`): de laatste passende rij met vanaf ≤ dag. */
export function regelOp<T>(p: Parameter<T>, dag: number, kenmerken?: Kenmerken): ParameterWaarde<T> {
  const w = p.waarden;
  if (w.length === 1) return w[0];
  const vanaf = p.dagen;
  let gekozen = w[0];
  for (let i = 0; i < w.length; i++) if (vanaf[i] <= dag && past(w[i].voorwaarde, kenmerken)) gekozen = w[i];
  return gekozen;
}

/** De waarde die gold op `dag`. */
export function waardeOp<T>(p: Parameter<T>, dag: number, kenmerken?: Kenmerken): T {
  return regelOp(p, dag, kenmerken).waarde;
}

/** De ingangsdatum van een rij als dagnummer (voor regels die een datum van de wet zelf nodig hebben). */
export function ingangsdag(w: ParameterWaarde<unknown>): number {
  return isoDag(w.vanaf);
}

const WETTEN = "https://wetten.overheid.nl/";
const BW7_629 = (g: string) => `${WETTEN}jci1.3:c:BWBR0005290&boek=7&titeldeel=10&afdeling=5&artikel=629&g=${g}`;
const WIA = (art: string, g: string) => `${WETTEN}jci1.3:c:BWBR0019057&artikel=${art}&g=${g}`;
const ZW = (art: string, g: string) => `${WETTEN}jci1.3:c:BWBR0001888&artikel=${art}&g=${g}`;
const REGELING = (art: string, g: string) => `${WETTEN}jci1.3:c:BWBR0013540&artikel=${art}&g=${g}`;

/** Duur van de wachttijd (loondoorbetaling bij ziekte). Gekozen op de eerste ziektedag. */
export const P_WACHTTIJD_WEKEN: Parameter<number> = maakParameter("wachttijd in weken", BRON.BW_629_LID1, [{ vanaf: "2004-01-01", waarde: 104, referentie: BW7_629("2004-01-01") + " (Wet verlenging loondoorbetalingsverplichting bij ziekte, Stb. 2003, 555)" }]);

/**
 * WIA-aanvraag uiterlijk zoveel weken vóór het einde van de wachttijd: 13 (einde week 91) tot 1-7-2013,
 * daarna 11 (einde week 93; Verzamelwet SZW 2013, Stb. 2013, 236). Gekozen op de oude uiterste dag (einde
 * week 91): een termijn die op 1-7-2013 nog niet verstreken was, valt onder de nieuwe regel.
 */
export const P_WIA_AANVRAAG_VOOR_EINDE_WEKEN: Parameter<number> = maakParameter("WIA-aanvraag: weken vóór het einde van de wachttijd", BRON.WIA_64, [
  { vanaf: "2005-12-29", waarde: 13, referentie: WIA("64", "2006-01-01") },
  { vanaf: "2013-07-01", waarde: 11, referentie: WIA("64", "2013-07-01") + " (Verzamelwet SZW 2013, Stb. 2013, 236)" },
]);

/**
 * UWV's brief over de WIA-aanvraag: vóór 1-7-2013 uiterlijk 20 maanden (± 87 weken) na het begin van de
 * wachttijd, daarna na 88 weken en uiterlijk in week 89 (art. 64 lid 2). De aanvraag kan vanaf de brief.
 * Gekozen zoals de aanvraagtermijn.
 */
export const P_WIA_BRIEF_NA_WEKEN: Parameter<number> = maakParameter("UWV-brief WIA-aanvraag: na zoveel weken", BRON.WIA_64, [
  { vanaf: "2005-12-29", waarde: 87, referentie: WIA("64", "2006-01-01") + " (20 maanden)" },
  { vanaf: "2013-07-01", waarde: 88, referentie: WIA("64", "2013-07-01") },
]);

/**
 * Loondoorbetaling van een werknemer die op of na de AOW-datum ziek wordt, of vanaf de AOW-datum als de
 * ziekte eerder begon: 104 weken (geen aparte regel) tot 2016, 13 weken van 1-1-2016 (Wet werken na de
 * AOW-gerechtigde leeftijd, overgangsrecht art. VIIIa), 6 weken voor wie op of na 1-7-2023 ziek wordt
 * (Besluit van 12 mei 2023, Stb. 2023, 169). Gekozen op de eerste ziektedag.
 */
export const P_AOW_LOONDOORBETALING_WEKEN: Parameter<number> = maakParameter("loondoorbetaling AOW-gerechtigde in weken", BRON.BW_629_LID2_AOW, [
  { vanaf: "2004-01-01", waarde: 104, referentie: BW7_629("2015-12-31") },
  { vanaf: "2016-01-01", waarde: 13, referentie: BW7_629("2016-01-01") + " (Stb. 2015, 376, art. VIIIa)" },
  { vanaf: "2023-07-01", waarde: 6, referentie: BW7_629("2023-07-01") + " (Stb. 2023, 169)" },
]);

/** Re-integratievisie van werkgever en werknemer in PvA, bijstellingen en EJE. Gekozen op de datum van het stuk. */
export const P_REINTEGRATIEVISIE: Parameter<boolean> = maakParameter("re-integratievisie verplicht in plan van aanpak en eerstejaarsevaluatie", BRON.REGELING_ART4, [
  { vanaf: "2002-04-01", waarde: false, referentie: REGELING("4", "2002-04-01") },
  { vanaf: "2023-07-01", waarde: true, referentie: REGELING("4", "2023-07-01") },
]);

/** 42e-weeksmelding. Ongewijzigd in de periode die de engine rekent. */
export const P_UWV42_WEKEN: Parameter<number> = maakParameter("42e-weeksmelding na zoveel weken", BRON.ZW_38, [{ vanaf: "2006-01-01", waarde: 42, referentie: ZW("38", "2006-01-01") }]);

/** Samentellen: onderbreking van minder dan vier weken (gat ≤ 27 dagen). */
export const P_SAMENTELLEN_MAX_GAT_DAGEN: Parameter<number> = maakParameter("samentellen: grootste gat in dagen", BRON.BW_629_LID10, [{ vanaf: "2004-01-01", waarde: 27, referentie: BW7_629("2004-01-01") }]);

/** Loonsanctie ten hoogste 52 weken. */
export const P_LOONSANCTIE_MAX_WEKEN: Parameter<number> = maakParameter("loonsanctie ten hoogste", BRON.WIA_25, [{ vanaf: "2005-12-29", waarde: 52, referentie: WIA("25", "2006-01-01") }]);

/** Vervroegde IVA: aanvraag vanaf week 13 tot en met week 68; IVA niet eerder dan 10 weken na de aanvraag, wachttijd ten hoogste 78 weken. */
export const P_IVA_VENSTER: Parameter<{ vanWeek: number; totWeek: number; naAanvraagWeken: number; maxWachttijdWeken: number }> = maakParameter("vervroegde IVA", BRON.WIA_47, [{ vanaf: "2005-12-29", waarde: { vanWeek: 13, totWeek: 68, naAanvraagWeken: 10, maxWachttijdWeken: 78 }, referentie: WIA("23", "2006-01-01") }]);

// Drempels die in de periode die de engine rekent niet veranderden: één rij, met de ingangsdatum van de
// wet die de verplichting invoerde (Wet verbetering poortwachter: 2002-04-01; Wet WIA: 2005-12-29) en de
// vindplaats. De engine leest hiervoor de benoemde constanten bovenaan; deze rijen documenteren ze.
const UWV_KADER = "https://www.uwv.nl/werkgevers/ziekte-en-arbeidsongeschiktheid/werknemer-ziek (UWV Professioneel kader beoordeling re-integratie-inspanningen)";
const rij = <T>(naam: string, bron: Bron, vanaf: string, waarde: T, referentie: string): Parameter<T> => maakParameter(naam, bron, [{ vanaf, waarde, referentie }]);
export const P_ARBO_ADVIES_DAGEN = rij("ziekmelding arbodienst (advies)", BRON.REGELING_ART2_LID1, "2002-04-01", ARBO_ADVIES_DAGEN, REGELING("2", "2002-04-01"));
export const P_PA_WEKEN = rij("probleemanalyse uiterlijk in week", BRON.REGELING_ART2_LID2, "2002-04-01", PA_WEKEN, REGELING("2", "2002-04-01"));
export const P_PVA_NA_PA_WEKEN = rij("plan van aanpak weken na de probleemanalyse", BRON.REGELING_ART4, "2002-04-01", PVA_NA_PA_WEKEN, REGELING("4", "2002-04-01"));
export const P_PVA_WEKEN = rij("plan van aanpak zonder PA-datum uiterlijk in week", BRON.REGELING_ART4, "2002-04-01", PVA_WEKEN, REGELING("4", "2002-04-01"));
export const P_EVALUATIE_INTERVAL_WEKEN = rij("evaluatie plan van aanpak elke zoveel weken", BRON.UWV_WERKWIJZER, "2002-04-01", EVALUATIE_INTERVAL_WEKEN, UWV_KADER);
export const P_EJE_WEKEN = rij("eerstejaarsevaluatie in de weken", BRON.REGELING_ART4, "2002-04-01", { van: EJE_VAN_WEEK, tot: EJE_TOT_WEEK }, REGELING("4", "2002-04-01"));
export const P_SPOOR2_NA_EJE_WEKEN = rij("spoor 2 uiterlijk weken na de EJE", BRON.UWV_PROF_KADER, "2002-04-01", SPOOR2_NA_EJE_WEKEN, UWV_KADER);
export const P_AO_WEKEN = rij("actueel oordeel uiterlijk in week", BRON.WIA_65, "2013-07-01", AO_WEKEN, WIA("65", "2013-07-01"));
export const P_VERLENGING_MIN_WEKEN = rij("vrijwillige verlenging ten minste", BRON.WIA_24, "2005-12-29", VERLENGING_MIN_WEKEN, WIA("24", "2006-01-01"));
export const P_BEKORTING_NA_BESLUIT_WEKEN = rij("loonsanctie eindigt na bekortingsbesluit", BRON.WIA_25, "2005-12-29", BEKORTING_NA_BESLUIT_WEKEN, WIA("25", "2006-01-01"));
export const P_SPOOR2_PERSPECTIEF_MAANDEN = rij("spoor 2: perspectief binnen maanden na de EJE", BRON.UWV_PROF_KADER, "2002-04-01", SPOOR2_PERSPECTIEF_MAANDEN, UWV_KADER);
export const P_SPOOR2_AOW_BINNEN_JAREN = rij("spoor 2: AOW binnen jaren na de wachttijd", BRON.UWV_PROF_KADER, "2002-04-01", SPOOR2_AOW_BINNEN_JAREN, UWV_KADER);
export const P_BELASTBAAR_WEKEN = rij("belastbaar na de EJE: plan / activiteiten binnen weken", BRON.UWV_PROF_KADER, "2002-04-01", { plan: BELASTBAAR_PLAN_WEKEN, activiteit: BELASTBAAR_ACTIVITEIT_WEKEN }, UWV_KADER);
export const P_ARBEIDSTHERAPIE_MAX_DAGEN = rij("arbeidstherapie zonder onderbouwing ten hoogste", BRON.UWV_PROF_KADER, "2002-04-01", ARBEIDSTHERAPIE_MAX_DAGEN, UWV_KADER);
export const P_NIET_HERSTELBAAR_MAANDEN = rij("niet herstelbaar: geen benutbare mogelijkheden ten minste", BRON.UWV_PROF_KADER, "2002-04-01", NIET_HERSTELBAAR_MAANDEN, UWV_KADER);
export const P_BEVREDIGEND_LOONWAARDE_PROCENT = rij("bevredigend resultaat: loonwaarde boven", BRON.BELEIDSREGELS, "2002-04-01", BEVREDIGEND_LOONWAARDE_PROCENT, `${WETTEN}jci1.3:c:BWBR0014375`);

/** Alle gedateerde parameters (voor documentatie en tests). */
export const PARAMETERS: readonly Parameter<unknown>[] = [
  P_ARBO_ADVIES_DAGEN,
  P_PA_WEKEN,
  P_PVA_NA_PA_WEKEN,
  P_PVA_WEKEN,
  P_EVALUATIE_INTERVAL_WEKEN,
  P_EJE_WEKEN,
  P_SPOOR2_NA_EJE_WEKEN,
  P_AO_WEKEN,
  P_VERLENGING_MIN_WEKEN,
  P_BEKORTING_NA_BESLUIT_WEKEN,
  P_SPOOR2_PERSPECTIEF_MAANDEN,
  P_SPOOR2_AOW_BINNEN_JAREN,
  P_BELASTBAAR_WEKEN,
  P_ARBEIDSTHERAPIE_MAX_DAGEN,
  P_NIET_HERSTELBAAR_MAANDEN,
  P_BEVREDIGEND_LOONWAARDE_PROCENT,
  P_WACHTTIJD_WEKEN,
  P_WIA_AANVRAAG_VOOR_EINDE_WEKEN,
  P_WIA_BRIEF_NA_WEKEN,
  P_AOW_LOONDOORBETALING_WEKEN,
  P_REINTEGRATIEVISIE,
  P_UWV42_WEKEN,
  P_SAMENTELLEN_MAX_GAT_DAGEN,
  P_LOONSANCTIE_MAX_WEKEN,
  P_IVA_VENSTER,
];
