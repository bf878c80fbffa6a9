/**
 * De keten van het dossier: welke ziekteperioden samentellen (samentellen.ts, BW 7:629 lid 10), welke
 * WAZO-verloven geldig zijn, en de vrijwillige verlenging (WIA art. 24). De eerste stap van de pijplijn.
 */
import { formatNL, type Dag } from "../dagen";
import type { MijlpaalCode } from "../mijlpalen";
import type { Probleem } from "../problemen";
import type { DossierInvoer, Periode } from "../tijdlijn";
import { P_VERLENGING_MIN_WEKEN, waardeOp } from "../wet";
import { isDag, probleem } from "./context";
import { maxGatOp, nieuwHerstel, sluitAan, type Interval } from "./samentellen";

export const GEEN_GEDAAN: Partial<Record<MijlpaalCode, Dag | null>> = Object.freeze({});
/** Gedeelde lege lijst voor het snelle pad (wordt nooit gewijzigd). */
const GEEN_PAUZES: Interval[] = [];

export interface Keten {
  start: Dag;
  laatsteStart: Dag;
  herstel: Dag | null;
  gaten: Interval[];
  aantal: number;
  /** Een schakel van de keten loopt over een WAZO-verlof. */
  overVerlof: boolean;
}

function schoonHerstel(eersteZiektedag: Dag, h: Dag | null | undefined, problemen: Probleem[]): Dag | null {
  if (h === null || h === undefined) return null;
  if (!isDag(h)) {
    problemen.push(probleem("ONGELDIGE_DATUM", "De hersteldatum is geen geldige datum en is genegeerd.", "hersteldatum"));
    return null;
  }
  if (h <= eersteZiektedag) {
    problemen.push(
      probleem("HERSTEL_VOOR_ZIEKTE", `De hersteldatum ${formatNL(h)} ligt niet na de eerste ziektedag ${formatNL(eersteZiektedag)}; de hersteldatum is genegeerd.`, "hersteldatum"),
    );
    return null;
  }
  return h;
}

/**
 * De keten van samengetelde perioden die het dossier vormt (regels/samentellen.ts: BW 7:629 lid 10, ook over
 * WAZO-verlof). Perioden die na de peildatum beginnen, zijn op de peildatum nog niet gebeurd en tellen niet mee.
 */
export function bouwKeten(invoer: DossierInvoer, peildatum: Dag, wazo: readonly Interval[] | undefined, problemen: Probleem[]): Keten {
  const eerder = invoer.eerderePerioden;
  if (!eerder || eerder.length === 0) {
    // Het gewone geval (één periode): geen Periode-object voor de huidige periode (issue 22: minder afval per tijdlijn).
    const D = invoer.eersteZiektedag;
    return { start: D, laatsteStart: D, herstel: schoonHerstel(D, invoer.hersteldatum, problemen), gaten: GEEN_PAUZES, aantal: 1, overVerlof: false };
  }
  const huidig: Periode = { eersteZiektedag: invoer.eersteZiektedag, hersteldatum: invoer.hersteldatum ?? null, andereOorzaakNaVerlof: invoer.andereOorzaakNaVerlof ?? null };
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
  const maxGat = maxGatOp(perioden[0].eersteZiektedag);

  let keten: Keten | null = null;
  for (const p of perioden) {
    const herstel = schoonHerstel(p.eersteZiektedag, p.hersteldatum, problemen);
    if (keten === null) {
      keten = { start: p.eersteZiektedag, laatsteStart: p.eersteZiektedag, herstel, gaten: [], aantal: 1, overVerlof: false };
      continue;
    }
    const a = sluitAan(keten, p.eersteZiektedag, wazo, p.andereOorzaakNaVerlof === true, maxGat);
    if (a === "nieuw") {
      keten = { start: p.eersteZiektedag, laatsteStart: p.eersteZiektedag, herstel, gaten: [], aantal: 1, overVerlof: false };
      continue;
    }
    if (a === "doorlopend" && p.eersteZiektedag !== keten.laatsteStart) {
      problemen.push(
        probleem(
          "PERIODE_ZONDER_HERSTEL",
          `De ziekteperiode vanaf ${formatNL(keten.laatsteStart)} heeft geen hersteldatum, maar er volgt een nieuwe periode op ${formatNL(p.eersteZiektedag)}: behandeld als één doorlopende periode.`,
          "hersteldatum",
          "waarschuwing",
        ),
      );
    }
    if (a === "gat") keten.gaten.push({ van: keten.herstel as Dag, tot: p.eersteZiektedag - 1 });
    if (a === "wazo") keten.overVerlof = true;
    keten.herstel = nieuwHerstel(keten, a, herstel);
    keten.laatsteStart = p.eersteZiektedag;
    keten.aantal++;
  }
  return keten as Keten;
}

/** Geldige WAZO-verloven (met probleem voor een ongeldige). */
export function schoonWazo(invoer: DossierInvoer, problemen: Probleem[]): Interval[] | undefined {
  const w = invoer.wazo;
  if (!w || w.length === 0) return undefined;
  const uit: Interval[] = [];
  for (const x of w) {
    if (!isDag(x.van) || !isDag(x.tot) || x.tot < x.van) {
      problemen.push(probleem("ONGELDIG_WAZO", "Een WAZO-verlof heeft geen geldige begin- en einddatum en is genegeerd.", "wazo"));
      continue;
    }
    uit.push(x);
  }
  return uit;
}

/** Vrijwillige verlenging in weken (WIA art. 24 lid 1: ten minste 13 weken). */
export function verlenging(invoer: DossierInvoer, problemen: Probleem[]): number {
  const vv = invoer.vrijwilligeVerlengingWeken;
  if (vv === null || vv === undefined || vv === 0) return 0;
  if (typeof vv !== "number" || !Number.isFinite(vv) || vv < 0 || !Number.isInteger(vv)) {
    problemen.push(probleem("ONGELDIGE_VERLENGING", "De vrijwillige verlenging moet een heel aantal weken zijn; genegeerd.", "vrijwilligeVerlengingWeken"));
    return 0;
  }
  const minimum = isDag(invoer.eersteZiektedag) ? waardeOp(P_VERLENGING_MIN_WEKEN, invoer.eersteZiektedag) : P_VERLENGING_MIN_WEKEN.waarden[0].waarde;
  if (vv < minimum) {
    problemen.push(
      probleem("VERLENGING_TE_KORT", `Een vrijwillige verlenging is ten minste ${minimum} weken; ${vv} weken is toch meegerekend.`, "vrijwilligeVerlengingWeken", "waarschuwing"),
    );
  }
  return vv;
}

