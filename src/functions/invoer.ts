/**
 * Argumenten zoals Excel ze echt stuurt, omgezet naar onze typen.
 *
 * - Datums komen als serienummer (1900-systeem), soms als tekst ("3-3-2025", "2025-03-03", "3 maart 2025").
 * - Een weggelaten optioneel argument komt als `null` (TypeScript-standaardwaarden gelden dus niet).
 * - Een lege cel komt als `0` (Windows/Mac) of `null` (web), of als "" uit een bereik: in een datum- of
 *   getalpositie betekent 0 "leeg".
 * Slechte invoer gooit een `FunctieFout` met een Nederlandse melding die het argument noemt.
 */
import { LAATSTE_DATUM, VROEGSTE_DATUM, parseTekstdatum, vanExcelSerienummer, type Dag } from "../core/dagen";
import { parseMijlpaal, type MijlpaalCode } from "../core/mijlpalen";
import { ongeldig } from "./fout";

/** Een 1×1-bereik wordt zijn ene waarde; een groter bereik in een enkele positie is een fout. */
export function eenWaarde(x: unknown, naam: string): unknown {
  if (!Array.isArray(x)) return x;
  const cellen = x.flat();
  if (cellen.length === 1) return cellen[0];
  return ongeldig(`${naam}: verwacht één cel of waarde, maar kreeg een bereik van ${cellen.length} cellen.`);
}

/** Leeg: weggelaten (null/undefined), een lege tekst, of 0 (lege cel op Windows/Mac). */
export function isLeeg(x: unknown): boolean {
  return x === null || x === undefined || x === 0 || (typeof x === "string" && x.trim() === "");
}

/** Een datum of `null` als het argument leeg is. */
export function leesDatum(x: unknown, naam: string): Dag | null {
  // Snel pad: een heel serienummer vanaf 1901 is in het 1900-systeem precies onze Dag.
  if (typeof x === "number" && Number.isInteger(x) && x >= VROEGSTE_DATUM && x <= LAATSTE_DATUM) return x;
  const w = eenWaarde(x, naam);
  if (isLeeg(w)) return null;
  if (typeof w === "number") {
    const r = vanExcelSerienummer(w);
    return r.ok ? r.waarde : ongeldig(`${naam}: ${r.probleem.melding}`);
  }
  if (typeof w === "string") {
    const t = w.trim();
    // Een serienummer als tekst ("45719") uit een tekstcel.
    if (/^\d+(?:[.,]\d+)?$/.test(t)) {
      const r = vanExcelSerienummer(Number(t.replace(",", ".")));
      return r.ok ? r.waarde : ongeldig(`${naam}: ${r.probleem.melding}`);
    }
    const r = parseTekstdatum(t);
    return r.ok ? r.waarde : ongeldig(`${naam}: ${r.probleem.melding}`);
  }
  if (typeof w === "boolean") return ongeldig(`${naam}: ${w ? "WAAR" : "ONWAAR"} is geen datum.`);
  return ongeldig(`${naam}: dit is geen datum.`);
}

/** Een verplichte datum. */
export function leesVerplichteDatum(x: unknown, naam: string): Dag {
  const d = leesDatum(x, naam);
  return d === null ? ongeldig(`${naam} ontbreekt: geef een datum op (bijvoorbeeld een cel met 3-3-2025).`) : d;
}

/** De peildatum: leeg = vandaag (`vandaag` wordt pas aangeroepen als het nodig is). */
export function leesPeildatum(x: unknown, vandaag: () => Dag): Dag {
  const d = leesDatum(x, "peildatum");
  return d === null ? vandaag() : d;
}

/** Een geheel getal ≥ 0 (bijvoorbeeld weken of dagen), of `null` als het argument leeg is. */
export function leesAantal(x: unknown, naam: string, eenheid: string): number | null {
  const w = eenWaarde(x, naam);
  if (isLeeg(w)) return null;
  let n: number;
  if (typeof w === "number") n = w;
  else if (typeof w === "string" && /^\s*\d+\s*$/.test(w)) n = Number(w);
  else return ongeldig(`${naam}: verwacht een aantal ${eenheid}, geen "${String(w)}".`);
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n)) {
    return ongeldig(`${naam}: verwacht een heel aantal ${eenheid} (0 of meer), geen ${String(w)}.`);
  }
  return n;
}

/**
 * Herkende mijlpaalteksten, zodat een kolom met duizenden `=PW.DEADLINE(B2;"PVA")` niet elke keer
 * normaliseert (begrensd: de tabel wordt geleegd als hij vol is).
 */
const MIJLPAAL_CACHE = new Map<string, MijlpaalCode>();
const MIJLPAAL_CACHE_MAX = 512;

/** Een mijlpaalcode of Nederlandse omschrijving ("PVA", "plan van aanpak", 42). */
export function leesMijlpaal(x: unknown): MijlpaalCode {
  const w = eenWaarde(x, "mijlpaal");
  if (typeof w === "string") {
    const c = MIJLPAAL_CACHE.get(w);
    if (c !== undefined) return c;
  }
  if (isLeeg(w)) return ongeldig('mijlpaal ontbreekt: geef bijvoorbeeld "PVA" of "plan van aanpak" op.');
  const r = parseMijlpaal(w);
  if (!r.ok) return ongeldig(`mijlpaal: ${r.probleem.melding}`);
  if (typeof w === "string") {
    if (MIJLPAAL_CACHE.size >= MIJLPAAL_CACHE_MAX) MIJLPAAL_CACHE.clear();
    MIJLPAAL_CACHE.set(w, r.waarde);
  }
  return r.waarde;
}
