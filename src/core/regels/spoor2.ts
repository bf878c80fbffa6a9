/**
 * Spoor 2: één beslissing of het nodig is, waarom niet, en wanneer het uiterlijk moet starten. De tijdlijn
 * (mijlpaal SPOOR2: status en reden) en de beoordeling gebruiken dezelfde uitkomst.
 */
import { datumVan, dagVan, dagenInMaand, formatNL, type Dag } from "../dagen";
import type { Spoor2Uitzondering } from "../tijdlijn";
import { herstelReden } from "./context";
import { BRON, P_BELASTBAAR_WEKEN, P_SPOOR2_AOW_BINNEN_JAREN, P_SPOOR2_PERSPECTIEF_MAANDEN, naWeek, waardeOp, type Bron } from "../wet";
import { uiterlijkSpoor2 } from "./termijnen";

/** Kalendermaanden optellen; een dag die niet bestaat wordt de laatste dag van de maand. */
export function plusMaanden(d: Dag, maanden: number): Dag {
  const k = datumVan(d);
  const totaal = k.jaar * 12 + (k.maand - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  return dagVan(jaar, maand, Math.min(k.dag, dagenInMaand(jaar, maand)));
}

/** Wat de spoor-2-beslissing over het dossier moet weten. */
export interface Spoor2Feiten {
  P: Dag;
  /** Eerstejaarsevaluatie (op of vóór de peildatum, in het venster), of null. */
  ejeDag: Dag | null;
  /** Uiterste datum van de eerstejaarsevaluatie (einde week 52 + onderbrekingen). */
  ejeUiterlijk: Dag;
  uitzondering: Spoor2Uitzondering | null;
  bevredigendResultaat: boolean | null;
  /** Belastbaarheid die pas later ontstaat (op of vóór de peildatum), of null. */
  belastbaarVanaf: Dag | null;
  /** AOW-datum, of null als onbekend. */
  aow: Dag | null;
  /** Laatste dag van de wachttijd (104 weken + verlenging, zonder loonsanctie). */
  eindeWachttijd: Dag;
  herstel: Dag | null;
  uitDienst: Dag | null;
  uitDienstReden: string | null;
  ivaToegekend: Dag | null;
  /** Laatste dag loondoorbetaling door een vroegere grens (AOW, IVA) en waarom, of null. */
  eindeLoon: Dag;
  eindeLoonReden: string | null;
  /** Eerste ziektedag: daarop wordt de wet gekozen (wet/spoor2_*.yaml, wet/belastbaar_na_eerstejaarsevaluatie.yaml). */
  eersteZiektedag: Dag;
}

export type Spoor2Grond = "eje" | "week52" | "perspectief" | "belastbaar";

export interface Spoor2Besluit {
  /** Spoor 2 is nodig (de termijn geldt). */
  nodig: boolean;
  /** Waarom spoor 2 niet nodig is (kort, Nederlands), of null als het nodig is. */
  reden: string | null;
  /** Een uitzondering (bevredigend resultaat, marginaal, AOW binnen een jaar) maakt ook een gestart spoor 2 n.v.t. */
  uitzondering: boolean;
  /** Uiterste startdatum. */
  uiterlijk: Dag;
  grond: Spoor2Grond;
  /** Belastbaarheid na de EJE: plan van aanpak bijgesteld uiterlijk op deze dag (B + 2 weken), anders null. */
  planBijgesteldUiterlijk: Dag | null;
  /** De uitzondering AOW staat in het register, maar de AOW-datum valt meer dan een jaar na de wachttijd. */
  aowUitzonderingGeldtNiet: boolean;
  bron: Bron;
}

/**
 * Is spoor 2 nodig, en zo ja, wanneer uiterlijk gestart? (BW 7:658a; UWV Professioneel kader; domeinreferentie §5)
 *
 * - Termijn: 6 weken na de eerstejaarsevaluatie (of na week 52 zonder EJE-datum). Concreet perspectief op
 *   terugkeer bij de eigen werkgever binnen 3 maanden na de EJE: uiterlijk 3 maanden na de EJE.
 *   Belastbaarheid die pas na de EJE ontstaat (B, of bij marginale mogelijkheden): plan bijgesteld B+14,
 *   activiteiten gestart B+56, tenzij perspectief.
 * - Niet nodig (reden): hersteld vóór de termijn; uit dienst vóór de termijn; vervroegde IVA toegekend;
 *   AOW-leeftijd bereikt uiterlijk op de termijn (BW 7:658a lid 1; een termijn vóór de AOW-datum blijft gelden,
 *   ook als de peildatum erna ligt) of loondoorbetaling eindigt
 *   eerder; bevredigend resultaat; langdurig marginale mogelijkheden; AOW-leeftijd binnen 1 jaar na het einde
 *   van de wachttijd met instemming van beide (AOW-datum later → de uitzondering geldt niet).
 *
 * @example
 * // D = 2025-03-03, geen EJE-datum → uiterlijk 2026-04-12.
 * // EJE 2026-02-02 → uiterlijk 2026-03-16. Belastbaar vanaf 2026-05-01 → plan 2026-05-15, start 2026-06-26.
 */
export function beslisSpoor2(f: Spoor2Feiten): Spoor2Besluit {
  return beslis(f.P, f.ejeDag, f.ejeUiterlijk, f.uitzondering, f.bevredigendResultaat, f.belastbaarVanaf, f.aow, f.eindeWachttijd, f.herstel, f.uitDienst, f.uitDienstReden, f.ivaToegekend, f.eindeLoon, f.eindeLoonReden, f.eersteZiektedag);
}

/** Dezelfde beslissing met losse argumenten (de engine roept haar zo aan: geen extra object per dossier). */
export function beslis(
  P: Dag,
  ejeDag: Dag | null,
  ejeUiterlijk: Dag,
  uitzondering: Spoor2Uitzondering | null,
  bevredigendResultaat: boolean | null,
  belastbaarVanaf: Dag | null,
  aow: Dag | null,
  eindeWachttijd: Dag,
  herstel: Dag | null,
  uitDienst: Dag | null,
  uitDienstReden: string | null,
  ivaToegekend: Dag | null,
  eindeLoon: Dag,
  eindeLoonReden: string | null,
  D: Dag,
): Spoor2Besluit {
  const ejeRef = ejeDag !== null ? Math.min(ejeDag, ejeUiterlijk) : ejeUiterlijk;
  let uiterlijk = uiterlijkSpoor2(D, ejeRef);
  let grond: Spoor2Grond = ejeDag !== null ? "eje" : "week52";
  let uitz = uitzondering;
  let aowUitzonderingGeldtNiet = false;
  let planBijgesteldUiterlijk: Dag | null = null;
  if (uitz === "aow" && aow !== null && aow > plusMaanden(eindeWachttijd, 12 * waardeOp(P_SPOOR2_AOW_BINNEN_JAREN, D))) {
    aowUitzonderingGeldtNiet = true;
    uitz = null;
  }
  if (uitz === "perspectief") {
    const p = plusMaanden(ejeRef, waardeOp(P_SPOOR2_PERSPECTIEF_MAANDEN, D));
    if (p > uiterlijk) {
      uiterlijk = p;
      grond = "perspectief";
    }
  }
  const B = belastbaarVanaf !== null && belastbaarVanaf <= P ? belastbaarVanaf : null;
  const achtWeken = B !== null && (B > ejeRef || uitz === "marginaal") && uitz !== "perspectief" && uitz !== "aow";
  if (achtWeken) {
    const b = B as Dag;
    const w = waardeOp(P_BELASTBAAR_WEKEN, D);
    planBijgesteldUiterlijk = b + naWeek(w.plan);
    if (b + naWeek(w.activiteit) > uiterlijk) {
      uiterlijk = b + naWeek(w.activiteit);
      grond = "belastbaar";
    }
  }
  let reden: string | null = null;
  let altijd = false;
  let bron: Bron = BRON.UWV_PROF_KADER;
  if (herstel !== null && herstel <= uiterlijk) {
    reden = herstelReden(herstel);
  } else if (uitDienst !== null && uitDienst <= uiterlijk) {
    reden = uitDienstReden;
    bron = BRON.ZW_38_UIT_DIENST;
  } else if (ivaToegekend !== null) {
    reden = `Vervroegde IVA toegekend op ${formatNL(ivaToegekend)}: geen spoor 2`;
    altijd = true;
    bron = BRON.WIA_47;
  } else if (aow !== null && aow <= uiterlijk) {
    // De AOW-uitzondering werkt vanaf de AOW-datum (BW 7:658a lid 1): viel de termijn ervóór, dan blijft een
    // gemist spoor 2 gemist, ook als de peildatum na de AOW-datum ligt (een latere toets kijkt terug).
    reden = `AOW-leeftijd op ${formatNL(aow)}: geen spoor 2 (geen re-integratie bij een andere werkgever)`;
    altijd = true;
    bron = BRON.BW_658A_AOW;
  } else if (eindeLoonReden !== null && eindeLoon < uiterlijk) {
    reden = eindeLoonReden;
    bron = BRON.BW_629_LID2_AOW;
  } else if (bevredigendResultaat === true) {
    reden = "Bevredigend resultaat: spoor 2 niet nodig";
    altijd = true;
  } else if (uitz === "marginaal" && !achtWeken) {
    reden = "Langdurig marginale mogelijkheden: spoor 2 niet nodig";
    altijd = true;
  } else if (uitz === "aow") {
    reden =
      aow === null
        ? `Uitzondering AOW-leeftijd (AOW-datum onbekend: geldt alleen binnen ${waardeOp(P_SPOOR2_AOW_BINNEN_JAREN, D)} jaar na de wachttijd, met instemming)`
        : `AOW-leeftijd binnen ${waardeOp(P_SPOOR2_AOW_BINNEN_JAREN, D)} jaar na de wachttijd, met instemming van beide: spoor 2 niet nodig`;
    altijd = true;
  }
  return { nodig: reden === null, reden, uitzondering: altijd, uiterlijk, grond, planBijgesteldUiterlijk, aowUitzonderingGeldtNiet, bron };
}
