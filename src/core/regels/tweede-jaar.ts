/**
 * Het tweede ziektejaar: actueel oordeel, eindevaluatie, WIA-aanvraag met re-integratieverslag en het
 * einde van de wachttijd. Vrijwillige verlenging (V) schuift deze termijnen, niets eerders.
 */
import { formatNL, type Dag } from "../dagen";
import type { Mijlpaal } from "../tijdlijn";
import { P_BEKORTING_NA_BESLUIT_WEKEN, P_LOONSANCTIE_MAX_WEKEN, naWeek, waardeOp } from "../wet";
import { wiaTermijnen, type WiaTermijnen } from "./termijnen";
import { isDag, mijlpaal, probleem, type Context } from "./context";
import { nvtNaGrens } from "./grenzen";

/** N.v.t. voor de WIA-stappen: geen WIA (AOW, vervroegde IVA), uit dienst of na het einde van de loondoorbetaling. */
function wiaNvt(c: Context, uiterlijk: Dag): string | null {
  return nvtNaGrens(c.grenzen, uiterlijk) ?? c.grenzen.geenWia;
}

/**
 * AO — actueel oordeel van de bedrijfsarts, uiterlijk einde week 91 (+ verlenging), ongeveer twee weken vóór
 * de aanvraag; onderdeel van het re-integratieverslag (Wet WIA art. 65). Geldig vanaf 2013-07-01 (daarvoor
 * week 89, twee weken vóór de aanvraag in week 91).
 *
 * @example
 * // D = 2025-03-03 → 2026-11-29.
 */
export function regelActueelOordeel(c: Context, gedaan: Dag | null, w: WiaTermijnen): Mijlpaal {
  const uiterlijk = w.aoUiterlijk;
  return mijlpaal(c, "AO", uiterlijk, null, gedaan, null, wiaNvt(c, uiterlijk), false, c.g.AO !== undefined);
}

/**
 * EINDEVAL — eindevaluatie, met het actueel oordeel vóór de aanvraag (Regeling procesgang art. 6).
 *
 * @example
 * // D = 2025-03-03 → 2026-11-29.
 */
export function regelEindevaluatie(c: Context, gedaan: Dag | null, w: WiaTermijnen): Mijlpaal {
  const uiterlijk = w.aoUiterlijk;
  return mijlpaal(c, "EINDEVAL", uiterlijk, null, gedaan, null, wiaNvt(c, uiterlijk), false, c.g.EINDEVAL !== undefined);
}

/**
 * WIA — aanvraag met re-integratieverslag (Wet WIA art. 64 en 65): uiterlijk 11 weken vóór het einde van de
 * wachttijd (einde week 93; 13 weken = week 91 vóór 2013-07-01, P_WIA_AANVRAAG_VOOR_EINDE_WEKEN). Het venster
 * opent met de brief van UWV na 88 weken (uiterlijk in week 89, art. 64 lid 2): vanaf = D + 7·88.
 * Kwam de brief later, dan is een aanvraag binnen 4 weken na ontvangst tijdig (art. 64 lid 6).
 * N.v.t. zonder WIA: AOW-leeftijd uiterlijk op de eerste dag na de wachttijd, of vervroegde IVA toegekend.
 *
 * @example
 * // D = 2025-03-03 → vanaf 2026-11-09, uiterlijk 2026-12-13; met 13 weken verlenging uiterlijk 2027-03-14.
 */
export function regelWia(c: Context, gedaan: Dag | null, w: WiaTermijnen = wiaTermijnen(c.D, c.tel, c.V)): Mijlpaal {
  return mijlpaal(c, "WIA", w.uiterlijk, w.vanaf, gedaan, null, wiaNvt(c, w.uiterlijk), false, c.g.WIA !== undefined);
}

/**
 * EWT — laatste dag van de loondoorbetaling: 104 weken (BW 7:629 lid 1), + vrijwillige verlenging (WIA art.
 * 24), + de dagen dat de WIA-aanvraag te laat is (BW 7:629 lid 11 onder a), + loonsanctie (WIA art. 25, ten
 * hoogste 52 weken; bekorting: 6 weken na UWV's besluit). Eerder bij AOW (BW 7:629 lid 2) of vervroegde IVA.
 *
 * @example
 * // D = 2025-03-03 → 2027-02-28; met 13 weken verlenging 2027-05-30. WIA-aanvraag 10 dagen te laat → +10.
 */
export function regelEindeWachttijd(c: Context, L: number, S: number): Mijlpaal {
  const dag = c.grenzen.eindeLoon + L + S;
  return mijlpaal(c, "EWT", dag, null, c.P > dag ? dag : null, null, null, false, true);
}

/** Dagen dat de WIA-aanvraag te laat is (BW 7:629 lid 11 onder a): verlengt de loondoorbetaling (EWT). */
export function teLaatAanvraagDagen(c: Context, wia: Mijlpaal, wiaDag: Dag | null): number {
  let L = 0;
  if (wia.status !== "nvt") {
    if (wiaDag !== null && wiaDag > wia.uiterlijk) L = wiaDag - wia.uiterlijk;
    else if (wiaDag === null && c.g.WIA !== undefined && c.herstel === null && c.P > wia.uiterlijk) L = c.P - wia.uiterlijk;
  }
  return L;
}

/**
 * Dagen loonsanctie na het einde van de wachttijd plus de te late aanvraag (WIA art. 25, ten hoogste 52 weken;
 * bekorting: 6 weken na UWV's besluit), met een probleem bij een ongeldige of te korte loonsanctie.
 */
export function loonsanctieDagen(c: Context, L: number): number {
  const basis = c.grenzen.eindeLoon;
  let S = 0;
  const lsTot = c.invoer.loonsanctieTot;
  if (lsTot !== null && lsTot !== undefined) {
    if (!isDag(lsTot)) {
      c.problemen.push(probleem("ONGELDIGE_DATUM", "De datum 'loonsanctie tot' is geen geldige datum en is genegeerd.", "loonsanctieTot"));
    } else if (lsTot <= basis + L) {
      c.problemen.push(
        probleem("LOONSANCTIE_VOOR_EWT", `De loonsanctie tot ${formatNL(lsTot)} eindigt niet na het einde van de wachttijd (${formatNL(basis + L)}); genegeerd.`, "loonsanctieTot"),
      );
    } else {
      let eind = lsTot;
      const besluit = c.invoer.bekortingsbesluit;
      if (isDag(besluit)) eind = Math.min(eind, Math.max(besluit + naWeek(waardeOp(P_BEKORTING_NA_BESLUIT_WEKEN, c.D)), basis + L));
      S = eind - (basis + L);
      const maxWeken = waardeOp(P_LOONSANCTIE_MAX_WEKEN, c.D);
      if (S > naWeek(maxWeken)) {
        c.problemen.push(
          probleem(
            "LOONSANCTIE_TE_LANG",
            `Een loonsanctie duurt ten hoogste ${maxWeken} weken; tot ${formatNL(lsTot)} is langer. Gerekend met ${maxWeken} weken.`,
            "loonsanctieTot",
          ),
        );
        S = naWeek(maxWeken);
      }
    }
  }
  return S;
}
