/**
 * Inhoud van een kolom keuren: een kolom met een datumkop ("Arbodienst", "Ziekmelding") wordt alleen als
 * datumkolom gebruikt als de meeste gevulde cellen datums zijn (of tekst die een datum is, "n.v.t.", of een
 * woord als "volgt" dat zegt dat de stap nog moet). Staat er vooral tekst in ("ArboNed"), getallen of
 * ja/nee, dan is de kop een toeval: de kolom wordt niet gebruikt, met een melding. Zuiver.
 */
import { isFoutwaarde, isNvtWoord, leesDatum, type Cel } from "./cellen";
import type { Datumsysteem } from "../dagen";

/** Zoveel gevulde cellen per kolom worden bekeken (de eerste; genoeg voor een oordeel, ook bij 50.000 rijen). */
export const KEUR_MAX_CELLEN = 200;

/** Zoveel cellen die geen datum zijn, moeten er minstens zijn om een kolom niet te gebruiken. */
export const MIN_ANDERS = 2;

/** Woorden die zeggen dat een stap nog moet of loopt: passen in een datumkolom (de stap telt als niet gedaan). */
const NOG_NIET: ReadonlySet<string> = new Set(["volgt", "gepland", "nogniet", "nognietgedaan", "open", "aangevraagd", "nb", "onbekend", "loopt", "wacht", "afspraak", "afspraakgepland", "inbehandeling", "tbd", "pm"]);

export type AndersSoort = "tekst" | "getallen" | "janee";

export interface Keuring {
  /** Gevulde cellen bekeken (foutwaarden tellen niet). */
  gevuld: number;
  /** Daarvan geen datum, n.v.t. of "nog niet"-woord. */
  anders: number;
  /** Wat er vooral in plaats van datums staat. */
  soort: AndersSoort;
  /** Index (in het blok) van de eerste cel die geen datum is, of -1. */
  eersteAnders: number;
  /** Het eerste getal dat geen datum is (getallen mogen in een melding; tekst niet, zie isVrijeTekst). */
  voorbeeldGetal: number | null;
  /**
   * De kolom wordt als datumkolom gebruikt, tenzij meer dan de helft van de gevulde cellen iets anders is én
   * dat minstens twee cellen zijn: één verkeerde cel is een tikfout in die cel (met een eigen melding), geen
   * verkeerde kolom.
   */
  bruikbaar: boolean;
}

const JANEE = /^(?:ja|nee|j|n|x|v|ok|waar|onwaar|true|false|yes|no|gedaan|✓|✔)$/i;

function soortVan(cel: Cel, systeem: Datumsysteem, utc: boolean): "leeg" | "past" | AndersSoort {
  if (cel === null || cel === undefined || cel === "" || cel === 0) return "leeg";
  if (typeof cel === "boolean") return "janee";
  if (typeof cel === "number") {
    if (cel === 1) return "janee";
    const r = leesDatum(cel, systeem, utc);
    return r.ok ? "past" : "getallen";
  }
  if (cel instanceof Date) return "past";
  if (typeof cel !== "string") return "tekst";
  const t = cel.trim();
  if (t === "") return "leeg";
  if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return "leeg";
  if (isNvtWoord(t)) return "past";
  const woorden = t.toLowerCase().replace(/[^a-z]/g, "");
  if (woorden === "" && t.length <= 3) return "past"; // "?", "-", "…"
  if (NOG_NIET.has(woorden)) return "past";
  if (JANEE.test(t)) return "janee";
  // Eén of meer datums (de evaluatiekolom): het eerste deel telt.
  const eerste = t.split(/[;,\n\r]+/)[0].trim();
  const d = leesDatum(eerste, systeem, utc);
  if (d.ok || d.code === "DATUM_BEREIK" || d.code === "ONMOGELIJKE_DATUM" || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(eerste)) return "past";
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return "getallen";
  return "tekst";
}

/** Telt de cel mee als gevulde cel bij het keuren van een kolom (keurDatumkolom)? */
export function telBijKeuring(cel: Cel, systeem: Datumsysteem, utc: boolean): boolean {
  return soortVan(cel, systeem, utc) !== "leeg";
}

/** Keur kolom `index` in de rijen `vanaf` en verder van `waarden`. */
export function keurDatumkolom(waarden: readonly (readonly Cel[] | undefined)[], index: number, vanaf: number, systeem: Datumsysteem, utc: boolean, minAnders = MIN_ANDERS): Keuring {
  let gevuld = 0;
  let anders = 0;
  let eersteAnders = -1;
  let voorbeeldGetal: number | null = null;
  const per: Record<AndersSoort, number> = { tekst: 0, getallen: 0, janee: 0 };
  for (let i = vanaf; i < waarden.length && gevuld < KEUR_MAX_CELLEN; i++) {
    const rij = waarden[i];
    if (!Array.isArray(rij)) continue;
    const s = soortVan(rij[index] as Cel, systeem, utc);
    if (s === "leeg") continue;
    gevuld++;
    if (s === "past") continue;
    anders++;
    per[s]++;
    if (eersteAnders < 0) eersteAnders = i;
    if (s === "getallen" && voorbeeldGetal === null) {
      const c = rij[index];
      voorbeeldGetal = typeof c === "number" ? c : Number(String(c).replace(",", "."));
    }
  }
  const soort: AndersSoort = per.tekst >= per.getallen && per.tekst >= per.janee ? "tekst" : per.getallen >= per.janee ? "getallen" : "janee";
  return { gevuld, anders, soort, eersteAnders, voorbeeldGetal, bruikbaar: anders < minAnders || anders * 2 <= gevuld };
}
