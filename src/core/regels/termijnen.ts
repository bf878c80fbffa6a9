/**
 * De termijnen van de mijlpalen als kleine zuivere functies: één plek waar elke termijn uit de wet (wet/*.yaml,
 * via waardeOp) wordt berekend. De mijlpaalregels (spoor1.ts, eerste-jaar.ts, spoor2.ts, tweede-jaar.ts) en
 * `PW.DEADLINE` (src/functions/datumfuncties.ts) rekenen allebei hiermee, zodat een gewijzigd YAML-bestand de
 * engine en de functies gelijk verschuift.
 *
 * `tel(n)` zet n getelde ziektedagen om in een kalenderdatum (D + n plus onderbrekingen bij samentellen en
 * WAZO-verlof); zonder onderbrekingen is dat `zonderOnderbreking(D)`. `V` = dagen vrijwillige verlenging.
 * De parameters worden gekozen op de eerste ziektedag D, behalve waar het YAML-bestand iets anders zegt.
 */
import type { Dag } from "../dagen";
import { volgendeWerkdag } from "../feestdagen";
import type { PaTermijn } from "../instellingen";
import {
  P_AO_VOOR_AANVRAAG_WEKEN,
  P_ARBO_ADVIES_DAGEN,
  P_EJE_WEKEN,
  P_EVALUATIE_INTERVAL_WEKEN,
  P_PA_WEKEN,
  P_PVA_NA_PA_WEKEN,
  P_PVA_WEKEN,
  P_SPOOR2_NA_EJE_WEKEN,
  P_UWV42_WEKEN,
  P_WACHTTIJD_WEKEN,
  P_WIA_AANVRAAG_VOOR_EINDE_WEKEN,
  P_WIA_BRIEF_NA_WEKEN,
  eindeWeek,
  naWeek,
  waardeOp,
} from "../wet";

export type Teller = (n: number) => Dag;

/** Tellen zonder onderbrekingen: n ziektedagen na D. */
export function zonderOnderbreking(D: Dag): Teller {
  return (n) => D + n;
}

/** ARBO — ziekmelding bij de arbodienst (advies, wet/arbo_advies.yaml). */
export function uiterlijkArbo(D: Dag): Dag {
  return D + waardeOp(P_ARBO_ADVIES_DAGEN, D);
}

/** PA — probleemanalyse uiterlijk in week k (UWV), of k weken na D bij de letterlijke lezing (wet/probleemanalyse.yaml). */
export function uiterlijkPa(D: Dag, paTermijn: PaTermijn): Dag {
  const k = waardeOp(P_PA_WEKEN, D);
  return D + (paTermijn === "zes-weken-na" ? naWeek(k) : eindeWeek(k));
}

/** PVA — binnen zoveel weken na de probleemanalyse, zonder PA-datum uiterlijk in week k. */
export function uiterlijkPva(D: Dag, pa: Dag | null): Dag {
  return pa !== null ? pa + naWeek(waardeOp(P_PVA_NA_PA_WEKEN, D)) : D + eindeWeek(waardeOp(P_PVA_WEKEN, D));
}

/** EVAL — de volgende evaluatie zoveel weken na `basis` (laatste evaluatie, of het plan van aanpak). */
export function uiterlijkEvaluatie(D: Dag, basis: Dag): Dag {
  return basis + naWeek(waardeOp(P_EVALUATIE_INTERVAL_WEKEN, D));
}

/** UWV42 — eerste werkdag na de 42e ziekteweek (wet/melding_42e_week.yaml; werkdag: Algemene termijnenwet). */
export function uiterlijkUwv42(D: Dag, tel: Teller): Dag {
  return volgendeWerkdag(tel(naWeek(waardeOp(P_UWV42_WEKEN, D))));
}

/** EJE — venster van de eerstejaarsevaluatie (wet/eerstejaarsevaluatie.yaml). */
export function vensterEje(D: Dag, tel: Teller): { vanaf: Dag; uiterlijk: Dag } {
  const w = waardeOp(P_EJE_WEKEN, D);
  return { vanaf: tel(naWeek(w.vanWeek - 1)), uiterlijk: tel(eindeWeek(w.totWeek)) };
}

/**
 * De eerstejaarsevaluatie waar spoor 2 vanaf telt: de gedane EJE (in het venster) als die vóór de uiterste dag
 * lag, anders de uiterste dag; een "EJE" vóór het venster is een gewone evaluatie en telt niet.
 */
export function ejeReferentie(venster: { vanaf: Dag; uiterlijk: Dag }, ingevuld: Dag | null): Dag {
  return ingevuld !== null && ingevuld >= venster.vanaf ? Math.min(ingevuld, venster.uiterlijk) : venster.uiterlijk;
}

/** SPOOR2 — uiterlijk gestart zoveel weken na de eerstejaarsevaluatie (`ejeRef`, zie ejeReferentie). */
export function uiterlijkSpoor2(D: Dag, ejeRef: Dag): Dag {
  return ejeRef + naWeek(waardeOp(P_SPOOR2_NA_EJE_WEKEN, D));
}

export interface WiaTermijnen {
  /** De week waarin de aanvraag uiterlijk moet (93 sinds 2013-07-01, daarvoor 91). */
  aanvraagWeek: number;
  /** Uiterste dag van de WIA-aanvraag. */
  uiterlijk: Dag;
  /** Vanaf de brief van UWV. */
  vanaf: Dag;
  /** Na zoveel weken stuurt UWV de brief (88 sinds 2013-07-01, daarvoor 20 maanden ≈ 87). */
  briefNaWeken: number;
  /** Uiterste dag van het actueel oordeel en de eindevaluatie. */
  aoUiterlijk: Dag;
}

/**
 * WIA — aanvraag uiterlijk zoveel weken vóór het einde van de wachttijd (wet/wia_aanvraag_voor_einde_wachttijd.yaml),
 * vanaf de brief van UWV (wet/wia_brief.yaml); actueel oordeel en eindevaluatie zoveel weken ervóór
 * (wet/actueel_oordeel_voor_wia_aanvraag.yaml). De regel wordt gekozen op de uiterste dag volgens de oudste rij
 * (tot 2013: einde week 91): een termijn die op 1-7-2013 nog niet verstreken was, valt onder de nieuwe regel.
 */
export function wiaTermijnen(D: Dag, tel: Teller, V: number): WiaTermijnen {
  const wachttijd = waardeOp(P_WACHTTIJD_WEKEN, D);
  const oudste = P_WIA_AANVRAAG_VOOR_EINDE_WEKEN.waarden[0].waarde;
  const peil = tel(eindeWeek(wachttijd - oudste) + V);
  const aanvraagWeek = wachttijd - waardeOp(P_WIA_AANVRAAG_VOOR_EINDE_WEKEN, peil);
  const briefNaWeken = waardeOp(P_WIA_BRIEF_NA_WEKEN, peil);
  return {
    aanvraagWeek,
    uiterlijk: tel(eindeWeek(aanvraagWeek) + V),
    vanaf: tel(naWeek(briefNaWeken) + V),
    briefNaWeken,
    aoUiterlijk: tel(eindeWeek(aanvraagWeek - waardeOp(P_AO_VOOR_AANVRAAG_WEKEN, D)) + V),
  };
}

/** EWT — laatste dag van de wachttijd van 104 weken (wet/wachttijd.yaml) plus vrijwillige verlenging. */
export function eindeWachttijd(D: Dag, tel: Teller, V: number): Dag {
  return tel(eindeWeek(waardeOp(P_WACHTTIJD_WEKEN, D)) + V);
}
