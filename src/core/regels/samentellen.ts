/**
 * Samentellen van ziekteperioden — één uitvoering, gebruikt door de engine (één dossier) en door de
 * registerlezer (rijen van een werknemer groeperen tot dossiers).
 *
 * Bron: BW 7:629 lid 10; Wet WIA art. 23. Perioden die elkaar opvolgen met een onderbreking van minder dan
 * vier weken tellen als één periode: gat = volgende eerste ziektedag − hersteldatum ≤ 27 dagen. Perioden die
 * direct vóór en na zwangerschaps- en bevallingsverlof (WAZO art. 3:1) liggen, tellen ook samen, hoe lang het
 * verlof ook is, tenzij de ziekte na het verlof een andere oorzaak heeft (een ja/nee-kolom; de oorzaak zelf
 * wordt nooit gevraagd). Een hersteldatum op de eerste verlofdag is "direct vóór" het verlof.
 * Geldig vanaf 2004-01-01 (104 weken; P_SAMENTELLEN_MAX_GAT_DAGEN in wet.ts).
 *
 * @example
 * // Domeinreferentie §3: ziek 2022-01-03 t/m 2022-07-03, hersteld 2022-07-04, ziek vanaf 2022-07-25:
 * // gat 21 dagen → samen; de 104 weken eindigen 21 dagen later.
 * // Ziek vanaf 2025-01-06, hersteld op 2025-08-01 (eerste verlofdag), verlof tot en met 2025-11-20,
 * // ziek vanaf 2025-11-21 → één dossier; de 104 weken eindigen op 2027-04-25.
 */
import type { Dag } from "../dagen";
import { P_SAMENTELLEN_MAX_GAT_DAGEN, waardeOp } from "../wet";

/** Een aaneengesloten reeks dagen (beide grenzen inbegrepen). */
export interface Interval {
  van: Dag;
  tot: Dag;
}

/** Hoe een periode aansluit op de keten ervoor. */
export type Aansluiting =
  /** De keten had geen hersteldatum: één doorlopende periode. */
  | "doorlopend"
  /** Begint op of vóór de hersteldatum van de keten: overlap. */
  | "overlap"
  /** Onderbreking van minder dan vier weken. */
  | "gat"
  /** Direct vóór en na WAZO-verlof. */
  | "wazo"
  /** Geen samentelling: een nieuw dossier. */
  | "nieuw";

/** De stand van een keten: de eerste ziektedag van de laatste periode en de (samengevoegde) hersteldatum. */
export interface Ketenstand {
  laatsteStart: Dag;
  herstel: Dag | null;
}

/** Ligt de onderbreking herstel … eersteZiektedag−1 direct om een WAZO-verlof heen? */
export function rondomVerlof(herstel: Dag, eersteZiektedag: Dag, wazo: readonly Interval[] | undefined): boolean {
  if (!wazo) return false;
  for (let i = 0; i < wazo.length; i++) {
    const w = wazo[i];
    if (herstel >= w.van && herstel <= w.tot + 1 && eersteZiektedag >= w.van && eersteZiektedag <= w.tot + 1) return true;
  }
  return false;
}

/**
 * Sluit een periode aan op een keten (BW 7:629 lid 10). `wazo`: de WAZO-verloven van de werknemer;
 * `andereOorzaak`: de ziekte na het verlof heeft volgens de bedrijfsarts een andere oorzaak.
 */
export function sluitAan(stand: Ketenstand, eersteZiektedag: Dag, wazo: readonly Interval[] | undefined, andereOorzaak: boolean, maxGat = maxGatOp(eersteZiektedag)): Aansluiting {
  const h = stand.herstel;
  if (h === null) return "doorlopend";
  if (eersteZiektedag <= h) return "overlap";
  if (eersteZiektedag - h <= maxGat) return "gat";
  if (!andereOorzaak && rondomVerlof(h, eersteZiektedag, wazo)) return "wazo";
  return "nieuw";
}

/** De hersteldatum van de keten nadat een periode met hersteldatum `h` is aangesloten. */
export function nieuwHerstel(stand: Ketenstand, aansluiting: Aansluiting, h: Dag | null): Dag | null {
  if (aansluiting === "doorlopend" || aansluiting === "overlap") return h === null || stand.herstel === null ? null : Math.max(h, stand.herstel);
  return h;
}

/** Grootste gat voor samentellen op een dag (gedateerde regel; nu overal 27 dagen). */
export function maxGatOp(dag: Dag): number {
  return waardeOp(P_SAMENTELLEN_MAX_GAT_DAGEN, dag);
}

/** Voeg pauzes (gaten en WAZO) samen tot een gesorteerde, disjuncte lijst. */
export function voegSamen(lijsten: Interval[]): Interval[] {
  if (lijsten.length <= 1) return lijsten;
  const s = [...lijsten].sort((a, b) => a.van - b.van);
  const uit: Interval[] = [{ ...s[0] }];
  for (let i = 1; i < s.length; i++) {
    const laatste = uit[uit.length - 1];
    if (s[i].van <= laatste.tot + 1) laatste.tot = Math.max(laatste.tot, s[i].tot);
    else uit.push({ ...s[i] });
  }
  return uit;
}

/**
 * Zet getelde ziektedagen om in een kalenderdatum: dag D + n, plus de lengte van elke onderbreking
 * (gat bij samentellen of WAZO-verlof) die vóór die datum begint. `pauzes` is gesorteerd en disjunct.
 */
export function telDagen(d: Dag, n: number, pauzes: readonly Interval[]): Dag {
  let x = d + n;
  for (let i = 0; i < pauzes.length; i++) {
    const p = pauzes[i];
    if (p.van <= x) x += p.tot - p.van + 1;
    else break;
  }
  return x;
}

/** Getelde ziektedagen van D tot en met P (pauzes niet meegeteld). */
export function getelDagenTot(d: Dag, p: Dag, pauzes: readonly Interval[]): number {
  let n = p - d + 1;
  for (let i = 0; i < pauzes.length; i++) {
    const q = pauzes[i];
    if (q.van > p) break;
    n -= Math.min(q.tot, p) - q.van + 1;
  }
  return n;
}
