/**
 * Grenzen die een dossier eerder laten eindigen dan na 104 weken, of die stappen van de werkgever n.v.t.
 * maken: de AOW-leeftijd, ziek uit dienst en een toegekende vervroegde IVA. Ze worden berekend vóór de
 * mijlpalen, want elke mijlpaal vraagt: ligt mijn termijn nog binnen de loondoorbetaling en het dienstverband?
 */
import { formatNL, type Dag } from "../dagen";
import {
  BRON,
  P_AOW_LOONDOORBETALING_WEKEN,
  P_IVA_VENSTER,
  P_WACHTTIJD_WEKEN,
  eindeWeek,
  naWeek,
  waardeOp,
  type Bron,
} from "../wet";
import type { DossierInvoer } from "../tijdlijn";
import { isDag, probleem } from "./context";
import type { Probleem } from "../problemen";

export interface Grenzen {
  /**
   * Laatste dag van de wachttijd: 104 weken (+ vrijwillige verlenging), zonder te late aanvraag of loonsanctie;
   * bij een toegekende vervroegde IVA de verkorte wachttijd (de dag vóór de ingang van de IVA).
   */
  eindeWachttijd: Dag;
  /**
   * Laatste dag van de loondoorbetaling door de vroegste grens (AOW), anders het einde van de 104 weken (+
   * verlenging). Een vervroegde IVA verandert deze dag niet (BW 7:629 lid 1 en 5).
   */
  eindeLoon: Dag;
  /** Waarom de loondoorbetaling eerder eindigt, of null. */
  eindeLoonReden: string | null;
  eindeLoonBron: Bron | null;
  /** AOW-datum (eerste dag AOW-gerechtigd), als bekend. */
  aow: Dag | null;
  /** Werknemer was op de eerste ziektedag al AOW-gerechtigd. */
  ziekNaAow: boolean;
  /** Geen WIA (en dus geen aanvraag, RIV of actueel oordeel): waarom, of null. */
  geenWia: string | null;
  /** Eerste dag uit dienst, of null. */
  uitDienst: Dag | null;
  uitDienstReden: string | null;
  /** Vervroegde IVA toegekend (beslisdatum op of vóór de peildatum, aanvraag uiterlijk in week 68), of null. */
  ivaToegekend: Dag | null;
  /** Ingangsdatum van de vervroegde IVA (eerste dag na de verkorte wachttijd), of null. */
  ivaIngang: Dag | null;
  /** Waarom stappen na de verkorte wachttijd n.v.t. zijn (vervroegde IVA), of null. */
  ivaReden: string | null;
  /** Een IVA is toegekend op een aanvraag na week 68: geen vervroegde aanvraag (WIA art. 23 lid 6); de tekst, of null. */
  ivaNietVervroegd: string | null;
}

/** Wat de werkgever nog moet doen bij ziek uit dienst (Ziektewet art. 38). */
export const UIT_DIENST_TAAK = "meld het einde van het dienstverband bij UWV (ziek uit dienst), of als eigenrisicodrager Ziektewet bij uw verzekeraar of verzuimdienstverlener";

function datum(x: Dag | null | undefined, veld: string, problemen: Probleem[]): Dag | null {
  if (x === null || x === undefined) return null;
  if (!isDag(x)) {
    problemen.push(probleem("ONGELDIGE_DATUM", `De datum bij ${veld} is geen geldige datum en is genegeerd.`, veld));
    return null;
  }
  return x;
}

/**
 * AOW-leeftijd (BW 7:629 lid 2 onder b; Wet werken na de AOW-gerechtigde leeftijd).
 * - Ziek op of na de AOW-datum: loondoorbetaling zes weken (dertien bij ziekte vóór 1-7-2023): laatste dag
 *   D+41 (D+90). Geen 42e-weeksmelding, geen WIA, geen spoor 2.
 * - AOW-leeftijd tijdens de ziekte: vanaf de AOW-datum nog zes (dertien) weken, "voor zover het totale
 *   tijdvak niet meer bedraagt dan 104 weken": laatste dag = min(AOW-datum + 6 weken − 1, einde 104 weken).
 *   Geen WIA-aanvraag en geen RIV-toets als de AOW-datum uiterlijk op de eerste dag na de wachttijd valt
 *   (de WIA eindigt op de AOW-leeftijd); geen spoor 2 vanaf de AOW-datum (BW 7:658a lid 1).
 * Gekozen op de eerste ziektedag (P_AOW_LOONDOORBETALING_WEKEN: 104 → 13 op 2016-01-01 → 6 op 2023-07-01).
 *
 * @example
 * // Ziek 2025-03-03, AOW-datum 2024-10-01: laatste dag loondoorbetaling 2025-04-13 (D+41).
 * // Ziek 2023-03-01, AOW-datum 2022-12-01: dertien weken, laatste dag 2023-05-30 (D+90).
 * // Ziek 2025-03-03, AOW-datum 2026-01-15: laatste dag 2026-02-25 (AOW-datum + 41).
 *
 * Vervroegde IVA (Wet WIA art. 23 lid 6, 47; P_IVA_VENSTER): aanvraag in week 3 t/m 68 en toegekend → de
 * verkorte wachttijd eindigt de dag vóór de IVA ingaat: 10 weken na de aanvraag, niet vóór 13 weken wachttijd
 * (dus tussen week 13 en week 78). Re-integratieverplichtingen en het RIV eindigen daar, de loondoorbetaling
 * niet: de werkgever betaalt 104 weken door en mag de IVA-uitkering in mindering brengen (BW 7:629 lid 1 en 5).
 * Een aanvraag na week 68 is geen vervroegde aanvraag: gewone wachttijd en WIA-aanvraag.
 *
 * Ziek uit dienst: stappen van de werkgever vanaf de eerste dag uit dienst zijn n.v.t.; de wachttijd loopt
 * door onder de Ziektewet.
 */
export function bepaalGrenzen(invoer: DossierInvoer, D: Dag, P: Dag, V: number, tel: (n: number) => Dag, problemen: Probleem[]): Grenzen {
  let eindeWachttijd = tel(eindeWeek(waardeOp(P_WACHTTIJD_WEKEN, D)) + V);
  let eindeLoon = eindeWachttijd;
  let eindeLoonReden: string | null = null;
  let eindeLoonBron: Bron | null = null;
  let geenWia: string | null = null;

  const aow = datum(invoer.aowDatum, "aowDatum", problemen);
  let ziekNaAow = false;
  if (aow !== null) {
    const weken = waardeOp(P_AOW_LOONDOORBETALING_WEKEN, D);
    ziekNaAow = aow <= D;
    const eind = ziekNaAow ? tel(naWeek(weken) - 1) : aow + naWeek(weken) - 1;
    if (eind < eindeLoon) {
      eindeLoon = eind;
      eindeLoonReden = ziekNaAow
        ? `Ziek na de AOW-datum (${formatNL(aow)}): loondoorbetaling ${weken} weken, tot en met ${formatNL(eind)}`
        : `AOW-leeftijd op ${formatNL(aow)}: loondoorbetaling nog ${weken} weken, tot en met ${formatNL(eind)}`;
      eindeLoonBron = BRON.BW_629_LID2_AOW;
    }
    if (aow <= eindeWachttijd + 1) geenWia = `AOW-leeftijd op ${formatNL(aow)}: geen WIA, dus geen WIA-aanvraag of re-integratieverslag`;
  }

  const ivaAanvraag = datum(invoer.ivaAanvraag, "ivaAanvraag", problemen);
  let ivaToegekend = datum(invoer.ivaToegekend, "ivaToegekend", problemen);
  if (ivaToegekend !== null && ivaToegekend > P) ivaToegekend = null;
  let ivaIngang: Dag | null = null;
  let ivaReden: string | null = null;
  let ivaNietVervroegd: string | null = null;
  if (ivaToegekend !== null) {
    const iva = waardeOp(P_IVA_VENSTER, D);
    const laatsteAanvraagDag = tel(eindeWeek(iva.totWeek));
    if (ivaAanvraag !== null && ivaAanvraag > laatsteAanvraagDag) {
      // WIA art. 23 lid 6: na week 68 geen vervroegde aanvraag; de gewone wachttijd en WIA-aanvraag gelden.
      ivaNietVervroegd = `De IVA is aangevraagd op ${formatNL(ivaAanvraag)}, na week ${iva.totWeek} (${formatNL(laatsteAanvraagDag)}): dat is geen vervroegde aanvraag. De wachttijd wordt niet verkort; de gewone WIA-aanvraag met re-integratieverslag blijft nodig`;
      ivaToegekend = null;
    } else {
      const min = tel(eindeWeek(iva.minWachttijdWeken));
      const max = tel(eindeWeek(iva.maxWachttijdWeken));
      // Zonder aanvraagdatum: de laatst mogelijke dag (week 78).
      const eind = ivaAanvraag !== null ? Math.min(Math.max(ivaAanvraag + naWeek(iva.naAanvraagWeken) - 1, min), max) : max;
      if (eind < eindeWachttijd) {
        eindeWachttijd = eind;
        ivaIngang = eind + 1;
        ivaReden = `Vervroegde IVA toegekend, met ingang van ${formatNL(eind + 1)}: de verkorte wachttijd eindigt op ${formatNL(eind)}; daarna geen re-integratieverplichtingen meer`;
      }
      geenWia ??= `Vervroegde IVA toegekend op ${formatNL(ivaToegekend)}: geen WIA-aanvraag of re-integratieverslag meer nodig`;
    }
  }

  let uitDienst = datum(invoer.uitDienstPer, "uitDienstPer", problemen);
  if (uitDienst !== null && uitDienst <= D) {
    problemen.push(probleem("UIT_DIENST_VOOR_ZIEKTE", `Uit dienst per ${formatNL(uitDienst)} ligt niet na de eerste ziektedag ${formatNL(D)}; genegeerd.`, "uitDienstPer", "waarschuwing"));
    uitDienst = null;
  }
  const uitDienstReden = uitDienst === null ? null : `Uit dienst per ${formatNL(uitDienst)}: ${UIT_DIENST_TAAK}`;
  return { eindeWachttijd, eindeLoon, eindeLoonReden, eindeLoonBron, aow, ziekNaAow, geenWia, uitDienst, uitDienstReden, ivaToegekend, ivaIngang, ivaReden, ivaNietVervroegd };
}

/**
 * Een termijn valt na het einde van de loondoorbetaling, na het dienstverband of na de verkorte wachttijd van
 * een vervroegde IVA: waarom n.v.t., of null.
 */
export function nvtNaGrens(gr: Grenzen, uiterlijk: Dag): string | null {
  if (gr.uitDienst !== null && uiterlijk >= gr.uitDienst) return gr.uitDienstReden;
  if (gr.eindeLoonReden !== null && uiterlijk > gr.eindeLoon) return gr.eindeLoonReden;
  if (gr.ivaReden !== null && uiterlijk > gr.eindeWachttijd) return gr.ivaReden;
  return null;
}

