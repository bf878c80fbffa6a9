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
  WIA_23: "Wet WIA art. 23 (wachttijd, samentellen)",
  WIA_24: "Wet WIA art. 24 lid 1 (verlenging wachttijd: vrijwillig of loonsanctie)",
  WIA_25: "Wet WIA art. 25 (loonsanctie, ten hoogste 52 weken)",
  WIA_64: "Wet WIA art. 64 (aanvraag uiterlijk 11 weken voor einde wachttijd)",
  WIA_65: "Wet WIA art. 65 (re-integratieverslag bij de aanvraag)",
  WIA_64_LID8: "Wet WIA art. 64 lid 8 / BW 7:629 lid 12 (te late aanvraag verlengt de loondoorbetaling)",
  BW_629_LID1: "BW art. 7:629 lid 1 (loondoorbetaling 104 weken)",
  BW_629_LID10: "BW art. 7:629 lid 10 (samentellen bij onderbreking korter dan vier weken)",
  BW_629_LID10_WAZO: "BW art. 7:629 lid 10 / Wet arbeid en zorg hfst. 3 (WAZO-verlof schort de 104 weken op)",
  BW_658A: "BW art. 7:658a (re-integratieverplichtingen werkgever, spoor 1 en spoor 2)",
  ALG_TERMIJNENWET: "Algemene termijnenwet art. 1 en 3 (werkdag: geen zaterdag, zondag of feestdag)",
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
