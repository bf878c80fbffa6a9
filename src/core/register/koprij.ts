/**
 * De kopregel vinden: de rij (in de eerste 50) met de meeste herkende kolommen, met minstens twee herkende
 * kolommen waaronder de eerste ziektedag of de werknemer. De kopregel mag onder een titel en lege regels staan.
 * Een kop met een duidelijke tikfout telt mee (herkenKopTolerant), een achternaamkolom telt als werknemer.
 */
import type { Cel } from "./cellen";
import { herkenKopTolerant, naamDeelVan, normaliseerKop, type Veld } from "./kolommen";
import { maakToewijzing } from "./toewijzing";

/** De kolomkeuze van de gebruiker als opzoektabel (genormaliseerde kop → veld, of null = niet gebruiken). */
export type Toewijzing = ReadonlyMap<string, Veld | null>;

/** Hoeveel rijen boven in een blok naar de kopregel gezocht wordt. */
export const ZOEK_KOPRIJ_RIJEN = 50;

/** De tekst van een kopcel (getrimd), of null. */
export function celTekst(c: Cel): string | null {
  if (typeof c === "string") return c.trim() === "" ? null : c.trim();
  return null;
}

/**
 * Herkende velden in een rij (zonder privacykolommen). Een kop in de kolomkeuze van de gebruiker telt als het
 * veld dat hij koos (of niet, bij "niet gebruiken"): zo vindt de lezer ook een kopregel waarvan de gebruiker
 * een onherkenbare kop ("Dag 1") zelf aan de eerste ziektedag koppelde.
 */
export function scoreKoprij(rij: readonly Cel[], toewijzing?: Toewijzing): { aantal: number; d: boolean; w: boolean } {
  const gezien = new Set<Veld>();
  for (const c of rij) {
    const t = celTekst(c);
    if (t === null || t.length > 80) continue;
    if (toewijzing && toewijzing.size > 0) {
      const gekozen = toewijzing.get(normaliseerKop(t));
      if (gekozen !== undefined) {
        if (gekozen !== null) gezien.add(gekozen);
        continue;
      }
    }
    const h = herkenKopTolerant(t);
    if (h.soort === "exact" || h.soort === "tikfout") gezien.add(h.veld);
    else if (naamDeelVan(t) === "achternaam") gezien.add("werknemer");
  }
  return { aantal: gezien.size, d: gezien.has("eersteZiektedag"), w: gezien.has("werknemer") || gezien.has("personeelsnummer") };
}

/**
 * De kopregel in een blok: de rij (in de eerste 50) met de meeste herkende kolommen, met minstens twee
 * herkende kolommen waaronder de eerste ziektedag of de werknemer. Index in `waarden`, of null. `kolommen`: de
 * kolomkeuze van de gebruiker (instellingen of --kolommen), die meetelt als herkenning.
 */
export function vindKoprij(waarden: Cel[][], kolommen?: Readonly<Record<string, string>> | Toewijzing): number | null {
  const toewijzing = kolommen === undefined || kolommen instanceof Map ? (kolommen as Toewijzing | undefined) : maakToewijzing(kolommen as Readonly<Record<string, string>>).toewijzing;
  let beste: number | null = null;
  let besteAantal = 1;
  const n = Math.min(waarden.length, ZOEK_KOPRIJ_RIJEN);
  for (let i = 0; i < n; i++) {
    const rij = waarden[i];
    if (!Array.isArray(rij)) continue;
    const s = scoreKoprij(rij, toewijzing);
    if (s.aantal > besteAantal && (s.d || s.w)) {
      beste = i;
      besteAantal = s.aantal;
    }
  }
  return beste;
}

/**
 * De koppen die de gebruiker in een blok zonder herkende kopregel bedoelde: de rij (in de eerste 50) met de
 * meeste tekstcellen die op een kop lijken, of de eerste rij met tekst. Voor "gezien: …" in de melding dat
 * het blad niet te beoordelen is. Ten hoogste `max` koppen, elk ten hoogste 40 tekens.
 */
export function kandidaatKoppen(waarden: readonly (readonly Cel[] | undefined)[], max = 15): { rij: number; koppen: string[] } | null {
  let beste: { rij: number; koppen: string[]; score: number } | null = null;
  const n = Math.min(waarden.length, ZOEK_KOPRIJ_RIJEN);
  for (let i = 0; i < n; i++) {
    const rij = waarden[i];
    if (!Array.isArray(rij)) continue;
    const teksten: string[] = [];
    let score = 0;
    for (const c of rij) {
      const t = celTekst(c as Cel);
      if (t === null) continue;
      teksten.push(t.length > 40 ? t.slice(0, 39) + "…" : t);
      if (t.length > 80) continue;
      const h = herkenKopTolerant(t);
      score += h.soort === "geen" ? (naamDeelVan(t) !== null ? 2 : 0) : h.soort === "voorstel" ? 1 : 3;
    }
    if (teksten.length === 0) continue;
    // Bij gelijke score wint een rij met meer koppen van een titel (één cel, die ook een bekende kop kan bevatten).
    if (beste === null || score > beste.score || (score === beste.score && teksten.length >= 2 && beste.koppen.length < 2)) beste = { rij: i, koppen: teksten, score };
  }
  return beste && { rij: beste.rij, koppen: beste.koppen.slice(0, max) };
}
