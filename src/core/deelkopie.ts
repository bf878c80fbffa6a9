/**
 * Een deelkopie van het register voor een klant of werknemer: zonder de kolommen die intern zijn (notities,
 * opmerkingen, wat de gebruiker als intern opgeeft) en nooit een kolom met medische gegevens. Deze module
 * kiest de kolommen en maakt het raster; de scanner schrijft er een nieuwe werkmap van (src/cli/deelkopie.ts),
 * zodat niets anders uit de oorspronkelijke werkmap meegaat (andere bladen, opmerkingen, eigenschappen).
 * Zuiver: geen I/O.
 */
import { naarExcelSerienummer, vanExcelSerienummer, type Datumsysteem } from "./dagen";
import { isPrivacyKop, normaliseerKop, VELD_SOORT, herkenKop } from "./register/kolommen";
import type { Cel } from "./register/cellen";

/** Woorden in een kop die op interne aantekeningen wijzen (genormaliseerd: kleine letters, zonder leestekens). */
export const INTERNE_WOORDEN: readonly string[] = [
  "opmerking",
  "notitie",
  "toelichting",
  "intern",
  "aantekening",
  "memo",
  "commentaar",
  "notes",
  "remark",
  "comment",
  "bijzonderhed",
  "gespreksverslag",
  "gespreksnotitie",
  "vertrouwelijk",
  "prive",
];

/** Is deze kop een interne kolom (notities, opmerkingen…)? Een herkende registerkolom is nooit intern. */
export function isInterneKop(kop: string): boolean {
  if (herkenKop(kop) !== null) return false;
  const n = normaliseerKop(kop);
  return n !== "" && INTERNE_WOORDEN.some((w) => n.includes(w));
}

export type WeglaatReden = "intern" | "medisch" | "opgegeven";

export interface DeelkopieKeuze {
  /** 0-based kolomindexen in het blok die in de deelkopie komen, in volgorde. */
  houden: number[];
  weggelaten: { kop: string; reden: WeglaatReden }[];
}

const REDEN_TEKST: Readonly<Record<WeglaatReden, string>> = {
  intern: "interne kolom",
  medisch: "medische gegevens",
  opgegeven: "door u als intern opgegeven",
};

export function redenTekst(r: WeglaatReden): string {
  return REDEN_TEKST[r];
}

/**
 * Welke kolommen gaan mee? Alles behalve: koppen met medische woorden (altijd), interne koppen, en de koppen
 * die de gebruiker als intern opgeeft (vergeleken zonder hoofdletters, spaties of leestekens).
 */
export function kiesDeelkolommen(koppen: readonly Cel[], extraIntern: readonly string[] = []): DeelkopieKeuze {
  const opgegeven = new Set(extraIntern.map((k) => normaliseerKop(k)).filter((k) => k !== ""));
  const houden: number[] = [];
  const weggelaten: DeelkopieKeuze["weggelaten"] = [];
  koppen.forEach((c, i) => {
    const kop = typeof c === "string" ? c.trim() : c === null || c === undefined ? "" : String(c);
    if (kop === "") return; // een kolom zonder kop hoort niet bij het register
    if (isPrivacyKop(kop)) weggelaten.push({ kop, reden: "medisch" });
    else if (opgegeven.has(normaliseerKop(kop))) weggelaten.push({ kop, reden: "opgegeven" });
    else if (isInterneKop(kop)) weggelaten.push({ kop, reden: "intern" });
    else houden.push(i);
  });
  return { houden, weggelaten };
}

/** Is deze kolom een datumkolom van het register (dan wordt het serienummer omgerekend naar het 1900-systeem)? */
function isDatumKolom(kop: Cel): boolean {
  if (typeof kop !== "string") return false;
  const veld = herkenKop(kop);
  if (veld === null) return false;
  const soort = VELD_SOORT[veld];
  return soort === "datum" || soort === "datumOfJanee";
}

/**
 * Het raster van de deelkopie: de koprij en de gegevensrijen, alleen de gekozen kolommen. Datums in
 * datumkolommen worden serienummers in het 1900-systeem (de nieuwe werkmap), ook uit een 1904-werkmap.
 */
export function deelkopieRaster(koprij: readonly Cel[], rijen: readonly (readonly Cel[])[], keuze: DeelkopieKeuze, systeem: Datumsysteem): Cel[][] {
  const datum = keuze.houden.map((i) => isDatumKolom(koprij[i]));
  const uit: Cel[][] = [keuze.houden.map((i) => koprij[i])];
  for (const rij of rijen) {
    uit.push(
      keuze.houden.map((i, k) => {
        const c = rij[i];
        if (datum[k] && typeof c === "number" && systeem === "1904") {
          const r = vanExcelSerienummer(c, "1904");
          return r.ok ? naarExcelSerienummer(r.waarde, "1900") : c;
        }
        return c === undefined ? null : c;
      }),
    );
  }
  return uit;
}
