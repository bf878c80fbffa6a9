/**
 * De kopregel vinden: de rij (in de eerste 50) met de meeste herkende kolommen, met minstens twee herkende
 * kolommen waaronder de eerste ziektedag of de werknemer. De kopregel mag onder een titel en lege regels staan.
 */
import type { Cel } from "./cellen";
import { herkenKop, type Veld } from "./kolommen";

/** Hoeveel rijen boven in een blok naar de kopregel gezocht wordt. */
const ZOEK_KOPRIJ_RIJEN = 50;

/** De tekst van een kopcel (getrimd), of null. */
export function celTekst(c: Cel): string | null {
  if (typeof c === "string") return c.trim() === "" ? null : c.trim();
  return null;
}

/** Herkende velden in een rij (zonder privacykolommen). */
export function scoreKoprij(rij: readonly Cel[]): { aantal: number; d: boolean; w: boolean } {
  const gezien = new Set<Veld>();
  for (const c of rij) {
    const t = celTekst(c);
    if (t === null || t.length > 80) continue;
    const v = herkenKop(t);
    if (v !== null) gezien.add(v);
  }
  return { aantal: gezien.size, d: gezien.has("eersteZiektedag"), w: gezien.has("werknemer") || gezien.has("personeelsnummer") };
}

/**
 * De kopregel in een blok: de rij (in de eerste 50) met de meeste herkende kolommen, met minstens twee
 * herkende kolommen waaronder de eerste ziektedag of de werknemer. Index in `waarden`, of null.
 */
export function vindKoprij(waarden: Cel[][]): number | null {
  let beste: number | null = null;
  let besteAantal = 1;
  const n = Math.min(waarden.length, ZOEK_KOPRIJ_RIJEN);
  for (let i = 0; i < n; i++) {
    const rij = waarden[i];
    if (!Array.isArray(rij)) continue;
    const s = scoreKoprij(rij);
    if (s.aantal > besteAantal && (s.d || s.w)) {
      beste = i;
      besteAantal = s.aantal;
    }
  }
  return beste;
}
