/**
 * Verzuimcijfers als formule: `=PW.VERZUIMPERCENTAGE(Verzuim[Eerste ziektedag];Verzuim[Hersteldatum];van;tot;medewerkers)`
 * en zo voort. Dezelfde berekening als de scanner (`berekenCijfers` in src/core/statistiek.ts; definities
 * in docs/inzicht.md). Elke rij van de bereiken is één ziekmelding; lege rijen tellen niet.
 */
import type { Dag } from "../core/dagen";
import { berekenCijfers, type Cijfers, type Melding } from "../core/statistiek";
import { ongeldig } from "./fout";
import { isLeeg, leesAantal, leesDatum, leesVerplichteDatum } from "./invoer";

/** Een kolom als lijst (een bereik van één kolom of één rij, of één waarde). */
function kolom(x: unknown): unknown[] {
  if (!Array.isArray(x)) return [x];
  return (x as unknown[][]).flat();
}

function meldingen(eersteZiektedagen: unknown, hersteldatums: unknown): Melding[] {
  const starts = kolom(eersteZiektedagen);
  const hersteld = hersteldatums === null || hersteldatums === undefined ? [] : kolom(hersteldatums);
  if (hersteld.length > 0 && hersteld.length !== starts.length) {
    ongeldig(`hersteldatums: het bereik heeft ${hersteld.length} cellen, de eerste ziektedagen ${starts.length}; kies even lange kolommen.`);
  }
  const uit: Melding[] = [];
  starts.forEach((s, i) => {
    if (isLeeg(s)) return;
    const van = leesDatum(s, `eerste_ziektedagen (rij ${i + 1})`) as Dag;
    const h = hersteld.length ? leesDatum(hersteld[i], `hersteldatums (rij ${i + 1})`) : null;
    if (h !== null && h <= van) ongeldig(`hersteldatums (rij ${i + 1}): de hersteldatum ligt niet na de eerste ziektedag.`);
    uit.push({ sleutel: String(i), werknemer: String(i), afdeling: null, eersteZiektedag: van, laatsteZiektedag: h === null ? null : h - 1, wazo: [], rij: null });
  });
  return uit;
}

function periode(van: unknown, tot: unknown): { van: Dag; tot: Dag } {
  const a = leesVerplichteDatum(van, "van");
  const b = leesVerplichteDatum(tot, "tot");
  if (b < a) ongeldig("tot ligt vóór van.");
  return { van: a, tot: b };
}

function medewerkersVan(x: unknown): number {
  const n = leesAantal(x, "medewerkers", "medewerkers");
  return n === null || n === 0 ? ongeldig("medewerkers ontbreekt: geef het gemiddelde aantal medewerkers in de periode op.") : n;
}

function cijfers(eersteZiektedagen: unknown, hersteldatums: unknown, van: unknown, tot: unknown, medewerkers: number | null): Cijfers {
  const p = periode(van, tot);
  return berekenCijfers(meldingen(eersteZiektedagen, hersteldatums), p.van, p.tot, medewerkers);
}

/** PW.VERZUIMPERCENTAGE: ziektedagen in de periode / (medewerkers × dagen) × 100. */
export function verzuimpercentage(eersteZiektedagen: unknown, hersteldatums: unknown, van: unknown, tot: unknown, medewerkers: unknown): number {
  return cijfers(eersteZiektedagen, hersteldatums, van, tot, medewerkersVan(medewerkers)).verzuimpercentage as number;
}

/** PW.MELDINGSFREQUENTIE: ziekmeldingen die in de periode beginnen per medewerker, per jaar. */
export function meldingsfrequentie(eersteZiektedagen: unknown, van: unknown, tot: unknown, medewerkers: unknown): number {
  return cijfers(eersteZiektedagen, null, van, tot, medewerkersVan(medewerkers)).meldingsfrequentie as number;
}

/** PW.VERZUIMDUUR: gemiddelde lengte (kalenderdagen) van de meldingen die in de periode eindigen. */
export function verzuimduur(eersteZiektedagen: unknown, hersteldatums: unknown, van: unknown, tot: unknown): number {
  const c = cijfers(eersteZiektedagen, hersteldatums, van, tot, null);
  if (c.gemiddeldeVerzuimduur === null) return ongeldig("Geen enkele ziekmelding eindigt in deze periode: er is geen gemiddelde duur.");
  return c.gemiddeldeVerzuimduur;
}
