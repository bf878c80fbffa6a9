/**
 * De wet, zoals de engine haar leest. De waarden zelf staan in `wet/*.yaml` (één bestand per parameter: waarden
 * per ingangsdatum, elk met een referentie naar de wetsversie, zoals OpenFisca's `parameters/`);
 * `scripts/wet.mjs` toetst ze met zod en maakt er `wet-gegevens.ts` van. Hier staan alleen de typen, de keuze
 * van de waarde op een datum (`waardeOp`) en voor elk bestand één `P_…`-parameter. Een regel leest de wet alleen
 * via `waardeOp(P_…, dag)`; een kale constante van de wet in de code is een fout (test/core/wet-gegevens.test.ts).
 *
 * Een parameter toevoegen: maak `wet/<naam>.yaml` (zie wet/README.md), draai `npm run wet` en exporteer hier
 * `export const P_NAAM = parameter<T>(WET.<naam>)`.
 *
 * Termijnen in dagen tellen vanaf de eerste ziektedag D = dag 1 (zie docs/regels.md §1):
 * "uiterlijk in week k" = D + 7k − 1; "de eerste dag na week k" = D + 7k.
 */
import { BRONNEN, WET, WET_VINDPLAATS } from "./wet-gegevens";

/** Een week heeft zeven dagen (kalenderrekenen, geen wetsparameter). */
export const DAGEN_PER_WEEK = 7;

/** Bronvermeldingen (wet/_bronnen.yaml): één tekst per regel. */
export const BRON = BRONNEN;

export type Bron = (typeof BRON)[keyof typeof BRON];

/** Standaard waarschuwingshorizon: een termijn binnen zoveel dagen is "binnenkort" (een instelling, geen wet). */
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
// Een waarde per ingangsdatum, met de wetsversie als `referentie`. De engine kiest de waarde die gold op de
// datum die voor het dossier telt (`gekozenOp` in het YAML-bestand: meestal de eerste ziektedag). Een nieuwe
// of voorgestelde regel (bijvoorbeeld een kortere loondoorbetaling voor kleine werkgevers) is een extra rij
// met een `voorwaarde` op een kenmerk van het dossier, geen nieuw codepad. Dit bestand blijft zonder
// afhankelijkheden (de functiebundel laadt het); daarom rekent het datums zelf om.

export interface Kenmerken {
  /** Voorbeeld voor een voorgestelde regel: werkgever met minder dan 25 werknemers. */
  kleineWerkgever?: boolean;
}

export interface ParameterWaarde<T> {
  /** Ingangsdatum (ISO, jjjj-mm-dd). */
  vanaf: string;
  waarde: T;
  /** Alleen voor dossiers met deze kenmerken (leeg = iedereen). */
  voorwaarde?: Partial<Kenmerken>;
}

/** Een parameter zoals de engine hem leest: de bron en de waarden per ingangsdatum. */
export interface Parameter<T> {
  /** De naam van het bestand in wet/ (zonder .yaml). */
  id: string;
  bron: Bron;
  /** Oplopend op ingangsdatum. */
  waarden: readonly ParameterWaarde<T>[];
  /** De ingangsdatums als dagnummers (parallel aan `waarden`; eenmaal omgerekend). */
  dagen: readonly number[];
  /**
   * false als geen rij een `voorwaarde` heeft (eenmaal bepaald): dan hangt de keuze alleen van de dag af en
   * slaat `waardeOp` het toetsen van kenmerken over. Ontbreekt het, dan toetst `waardeOp` elke rij.
   */
  voorwaardelijk?: boolean;
}

/** Een parameter met wat een lezer erover wil weten (documentatie en tests; niet in de bundel). */
export interface BeschrevenParameter<T> extends Parameter<T> {
  naam: string;
  eenheid: string;
  /** Op welke datum de waarde gekozen wordt (eerste ziektedag, datum van het stuk …). */
  gekozenOp: string;
  /** wet, regeling, beleid, praktijk of keuze (van ons). */
  zekerheid: string;
  /** Per rij (parallel aan `waarden`) de wetsversie of het besluit: link naar wetten.overheid.nl, Stb. of Stcrt. */
  referenties: readonly string[];
}

interface Gegevens {
  id: string;
  bron: string;
  waarden: readonly { vanaf: string; waarde: unknown; voorwaarde?: Partial<Kenmerken> }[];
}

/** Een parameter uit wet/<id>.yaml, met zijn ingangsdatums omgerekend. */
export function parameter<T>(g: Gegevens): Parameter<T> {
  const waarden = g.waarden as readonly ParameterWaarde<T>[];
  return {
    id: g.id,
    bron: g.bron as Bron,
    waarden,
    dagen: waarden.map((w) => isoDag(w.vanaf)),
    voorwaardelijk: waarden.some((w) => w.voorwaarde !== undefined),
  };
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

/**
 * De waarde die gold op `dag`. Zonder voorwaarden (de gewone parameter) is dat de laatste rij met vanaf ≤ dag,
 * anders de eerste: van achteren zoeken geeft dezelfde rij als regelOp, zonder kenmerken te toetsen (dit staat
 * in het hete pad van elke tijdlijn en van PW.DEADLINE).
 */
export function waardeOp<T>(p: Parameter<T>, dag: number, kenmerken?: Kenmerken): T {
  const w = p.waarden;
  if (p.voorwaardelijk === false) {
    const vanaf = p.dagen;
    for (let i = w.length - 1; i > 0; i--) if (vanaf[i] <= dag) return w[i].waarde;
    return w[0].waarde;
  }
  return regelOp(p, dag, kenmerken).waarde;
}

/** De ingangsdatum van een rij als dagnummer (voor regels die een datum van de wet zelf nodig hebben). */
export function ingangsdag(w: ParameterWaarde<unknown>): number {
  return isoDag(w.vanaf);
}

type Weken = number;

/** Ziekmelding bij de arbodienst: dagen na de eerste ziektedag (advies; de Regeling zegt "tijdig"). */
export const P_ARBO_ADVIES_DAGEN = parameter<number>(WET.arbo_advies);
/** Probleemanalyse uiterlijk in week … (Regeling art. 2 lid 2). */
export const P_PA_WEKEN = parameter<Weken>(WET.probleemanalyse);
/** Plan van aanpak binnen … weken na de probleemanalyse (Regeling art. 4). */
export const P_PVA_NA_PA_WEKEN = parameter<Weken>(WET.plan_van_aanpak_na_probleemanalyse);
/** Zonder PA-datum: plan van aanpak uiterlijk in week … */
export const P_PVA_WEKEN = parameter<Weken>(WET.plan_van_aanpak_zonder_probleemanalyse);
/** Evaluatie van het plan van aanpak ten minste elke … weken (UWV Werkwijzer, praktijk). */
export const P_EVALUATIE_INTERVAL_WEKEN = parameter<Weken>(WET.evaluatie_interval);
/** 42e-weeksmelding na … weken (ZW art. 38). */
export const P_UWV42_WEKEN = parameter<Weken>(WET.melding_42e_week);
/** Eerstejaarsevaluatie in de weken van … tot en met … (Regeling art. 4). */
export const P_EJE_WEKEN = parameter<{ vanWeek: Weken; totWeek: Weken }>(WET.eerstejaarsevaluatie);
/** Spoor 2 uiterlijk … weken na de eerstejaarsevaluatie (UWV Professioneel kader). */
export const P_SPOOR2_NA_EJE_WEKEN = parameter<Weken>(WET.spoor2_na_eerstejaarsevaluatie);
/** De wachttijd (BW 7:629 lid 1; WIA art. 23). */
export const P_WACHTTIJD_WEKEN = parameter<Weken>(WET.wachttijd);
/** WIA-aanvraag uiterlijk … weken vóór het einde van de wachttijd (WIA art. 64); gekozen op de uiterste dag volgens de oudste rij. */
export const P_WIA_AANVRAAG_VOOR_EINDE_WEKEN = parameter<Weken>(WET.wia_aanvraag_voor_einde_wachttijd);
/** UWV's brief over de WIA-aanvraag na … weken; gekozen zoals de aanvraagtermijn. */
export const P_WIA_BRIEF_NA_WEKEN = parameter<Weken>(WET.wia_brief);
/** Actueel oordeel en eindevaluatie … weken vóór de uiterste dag van de WIA-aanvraag. */
export const P_AO_VOOR_AANVRAAG_WEKEN = parameter<Weken>(WET.actueel_oordeel_voor_wia_aanvraag);
/** Actueel oordeel ten hoogste … dagen vóór de aanvraag (onze keuze; waarschuwing). */
export const P_AO_ACTUEEL_MAX_DAGEN = parameter<number>(WET.actueel_oordeel_houdbaar);
/** Vrijwillige verlenging ten minste … weken (WIA art. 24). */
export const P_VERLENGING_MIN_WEKEN = parameter<Weken>(WET.vrijwillige_verlenging_minimum);
/** Loonsanctie ten hoogste … weken (WIA art. 25). */
export const P_LOONSANCTIE_MAX_WEKEN = parameter<Weken>(WET.loonsanctie_maximum);
/** De loonsanctie eindigt … weken na UWV's besluit op een bekortingsverzoek (WIA art. 25). */
export const P_BEKORTING_NA_BESLUIT_WEKEN = parameter<Weken>(WET.bekortingsverzoek);
/** Samentellen: onderbreking van ten hoogste … dagen (BW 7:629 lid 10). */
export const P_SAMENTELLEN_MAX_GAT_DAGEN = parameter<number>(WET.samentellen);
/** Spoor 2: perspectief op terugkeer binnen … maanden na de EJE. */
export const P_SPOOR2_PERSPECTIEF_MAANDEN = parameter<number>(WET.spoor2_perspectief);
/** Spoor 2: AOW-leeftijd binnen … jaar na het einde van de wachttijd. */
export const P_SPOOR2_AOW_BINNEN_JAREN = parameter<number>(WET.spoor2_aow);
/** Belastbaar na de EJE: plan bijgesteld binnen …, activiteiten binnen … weken. */
export const P_BELASTBAAR_WEKEN = parameter<{ plan: Weken; activiteit: Weken }>(WET.belastbaar_na_eerstejaarsevaluatie);
/** Arbeidstherapie zonder onderbouwing ten hoogste … dagen. */
export const P_ARBEIDSTHERAPIE_MAX_DAGEN = parameter<number>(WET.arbeidstherapie);
/** Niet herstelbaar: geen benutbare mogelijkheden ten minste … maanden aaneen. */
export const P_NIET_HERSTELBAAR_MAANDEN = parameter<number>(WET.niet_herstelbaar);
/** Bevredigend resultaat: loonwaarde boven … procent. */
export const P_BEVREDIGEND_LOONWAARDE_PROCENT = parameter<number>(WET.bevredigend_resultaat);
/** Loondoorbetaling van een AOW-gerechtigde (BW 7:629 lid 2 onder b): 104 → 13 (2016) → 6 weken (2023-07-01). */
export const P_AOW_LOONDOORBETALING_WEKEN = parameter<Weken>(WET.aow_loondoorbetaling);
/** Re-integratievisie verplicht in PvA en EJE (vanaf 2023-07-01); gekozen op de datum van het stuk. */
export const P_REINTEGRATIEVISIE = parameter<boolean>(WET.reintegratievisie);
/** Vervroegde IVA (WIA art. 23 lid 6, 47): aanvraagvenster, start na de aanvraag, grenzen van de verkorte wachttijd. */
export const P_IVA_VENSTER = parameter<{ vanWeek: Weken; totWeek: Weken; naAanvraagWeken: Weken; minWachttijdWeken: Weken; maxWachttijdWeken: Weken }>(WET.vervroegde_iva);
/** Ziek uit dienst: re-integratieverslag kort vanaf … weken, volledig vanaf … weken. */
export const P_UIT_DIENST_RIV_WEKEN = parameter<{ kortVanaf: Weken; volledigVanaf: Weken }>(WET.uit_dienst_reintegratieverslag);
/** Ziek uit dienst: verhaal van Ziektewet-uitkering ten hoogste … weken (ZW art. 39a). */
export const P_ZW_VERHAAL_MAX_WEKEN = parameter<Weken>(WET.ziektewet_verhaal);

/** WIA-aanvraag na een late brief van UWV: tijdig binnen … weken na ontvangst (WIA art. 64 lid 6). */
export const P_WIA_NA_LATE_BRIEF_WEKEN = parameter<Weken>(WET.wia_aanvraag_na_late_brief);

/** Alle gedateerde parameters met hun beschrijving en referenties (voor documentatie en tests): één per bestand in wet/. */
export function alleParameters(): BeschrevenParameter<unknown>[] {
  return Object.values(WET).map((g) => ({ ...parameter<unknown>(g), ...WET_VINDPLAATS[g.id as keyof typeof WET_VINDPLAATS] }));
}
