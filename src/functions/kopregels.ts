/**
 * De kopregels van de registers in de werkmap, voor de rijfuncties zonder `koppen`-argument
 * (`=PW.RIVSTATUS(Verzuim[@])`). Excel geeft een rijfunctie met `@requiresParameterAddresses` het adres van
 * haar rij-argument ("Verzuim!A5:L5"); de kopregel van de tabel of het register op dat blad komt uit deze
 * tabel, die het taakvenster vult zodra het de werkmap leest (bij het openen van de gedeelde runtime, na
 * elke wijziging en na "Vernieuwen"). Is er geen kopregel bekend, dan raadt de functie niet: #WAARDE!.
 *
 * Taakvenster en functies zijn twee webpack-bundels met elk hun eigen modules in één runtime: de tabel
 * staat daarom op `globalThis` (zoals de instellingen in src/office/gedeeld.ts).
 */
import { leesBereik } from "../core/markering";
import type { Cel } from "../core/register";

/** Eén register zoals het taakvenster het las: blad, rij van de kopregel en de herkende koppen per kolom. */
export interface BekendeKopregel {
  blad: string;
  /** 1-based werkbladrij van de kopregel. */
  koprij: number;
  /** Herkende kolommen: 1-based werkbladkolom en de kop zoals de gebruiker hem schreef. */
  koppen: readonly { kolom: number; kop: string }[];
}

const GLOBAAL = "__poortwachterKopregels";
type MetKopregels = { [GLOBAAL]?: { sleutel: string; regels: readonly BekendeKopregel[] } };

/** Leg de kopregels vast (na het lezen van de werkmap). Geeft true als ze veranderd zijn (dan herberekenen). */
export function deelKopregels(regels: readonly BekendeKopregel[]): boolean {
  const sleutel = JSON.stringify(regels.map((r) => [r.blad.toLowerCase(), r.koprij, r.koppen.map((k) => [k.kolom, k.kop])]));
  const g = globalThis as MetKopregels;
  if (g[GLOBAAL]?.sleutel === sleutel) return false;
  g[GLOBAAL] = { sleutel, regels };
  return true;
}

/** "Verzuim!A5:L5", "'Bob''s Region'!A5:L5" → blad en rechthoek; null als het geen bladadres is. */
export function ontleedParameterAdres(adres: unknown): { blad: string; boven: number; links: number; onder: number; rechts: number } | null {
  if (typeof adres !== "string") return null;
  const uitroep = adres.lastIndexOf("!");
  if (uitroep <= 0) return null;
  let blad = adres.slice(0, uitroep).trim();
  if (blad.startsWith("'") && blad.endsWith("'") && blad.length >= 2) blad = blad.slice(1, -1).replace(/''/g, "'");
  // Een verwijzing naar een andere werkmap ("[Map1.xlsx]Blad1") kennen we niet.
  if (blad === "" || blad.startsWith("[")) return null;
  const r = leesBereik(adres.slice(uitroep + 1));
  return r ? { blad, ...r } : null;
}

export interface GevondenKoppen {
  /** De koppen voor precies de kolommen van het argument (null = geen herkende kolom). */
  koppen: Cel[];
  /** Zoveel rijen boven in het argument horen niet bij het register (de kopregel zelf of erboven). */
  overslaan: number;
}

/**
 * De kopregel voor een bereik-argument op een blad: het register op dat blad waarvan de kopregel boven het
 * bereik ligt (of erin) en waarvan de kolommen het bereik raken; bij meer dan één het dichtstbijzijnde.
 * Null als er geen is, of als geen enkele kolom van het bereik een herkende kop heeft.
 */
export function kopregelVoor(adres: unknown): GevondenKoppen | null {
  const plek = ontleedParameterAdres(adres);
  if (!plek) return null;
  const regels = (globalThis as MetKopregels)[GLOBAAL]?.regels ?? [];
  const blad = plek.blad.toLowerCase();
  let beste: BekendeKopregel | null = null;
  for (const r of regels) {
    if (r.blad.toLowerCase() !== blad || r.koprij >= plek.onder) continue;
    if (!r.koppen.some((k) => k.kolom >= plek.links && k.kolom <= plek.rechts)) continue;
    if (!beste || r.koprij > beste.koprij) beste = r;
  }
  if (!beste) return null;
  const perKolom = new Map(beste.koppen.map((k) => [k.kolom, k.kop]));
  const koppen: Cel[] = [];
  for (let c = plek.links; c <= plek.rechts; c++) koppen.push(perKolom.get(c) ?? null);
  return { koppen, overslaan: Math.max(0, beste.koprij - plek.boven + 1) };
}
