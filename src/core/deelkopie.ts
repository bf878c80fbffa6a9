/**
 * Een deelkopie van het register voor een klant of werknemer. De kolommen worden gekozen met een lijst van wat
 * WEL mee mag (allow-list): alleen de herkende kolommen van het register (werknemer, personeelsnummer, eerste
 * ziektedag, hersteldatum, de stappen en hun datums, afdeling… — zie register/kolommen.ts) en de kolommen die
 * de gebruiker zelf noemt (--deel-kolom). Al het andere blijft intern: contactgegevens (Telefoon,
 * Leidinggevende), vrije tekst, en kolommen die op gezondheid wijzen (Soort verzuim, Gezondheidssituatie…).
 * Een kolom met medische gegevens gaat nooit mee, ook niet als hij genoemd wordt. Deze module kiest de
 * kolommen en maakt het raster; de scanner schrijft er een nieuwe werkmap van (src/cli/deelkopie.ts), zodat
 * niets anders uit de oorspronkelijke werkmap meegaat (andere bladen, opmerkingen, eigenschappen).
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

/**
 * Woorden die op gezondheid of de aard van het verzuim wijzen zonder een medische kop te zijn ("Soort verzuim",
 * "Psychisch of fysiek", "Zwangerschapsgerelateerd"): nooit vanzelf in de deelkopie (wel als u ze noemt).
 */
export const GEVOELIGE_WOORDEN: readonly string[] = [
  "verzuimsoort",
  "soortverzuim",
  "typeverzuim",
  "verzuimtype",
  "aardverzuim",
  "gezondheid",
  "psychisch",
  "fysiek",
  "lichamelijk",
  "geestelijk",
  "zwanger",
  "bevalling",
  "burnout",
  "overspannen",
  "beperking",
  "handicap",
  "arbeidsongeval",
  "bedrijfsongeval",
];

/** Is deze kop een interne kolom (notities, opmerkingen…)? Een herkende registerkolom is nooit intern. */
export function isInterneKop(kop: string): boolean {
  if (herkenKop(kop) !== null) return false;
  const n = normaliseerKop(kop);
  return n !== "" && INTERNE_WOORDEN.some((w) => n.includes(w));
}

/** Wijst deze kop op gezondheid of de aard van het verzuim (zonder een herkende registerkolom te zijn)? */
export function isGevoeligeKop(kop: string): boolean {
  if (herkenKop(kop) !== null) return false;
  const n = normaliseerKop(kop);
  return n !== "" && GEVOELIGE_WOORDEN.some((w) => n.includes(w));
}

export type WeglaatReden = "medisch" | "gevoelig" | "intern" | "niet-herkend" | "opgegeven";

export interface DeelkopieKeuze {
  /** 0-based kolomindexen in het blok die in de deelkopie komen, in volgorde. */
  houden: number[];
  weggelaten: { kop: string; reden: WeglaatReden }[];
  /** Kolommen die met --deel-kolom genoemd zijn maar niet in het register staan (koppen zoals opgegeven). */
  nietGevonden: string[];
}

const REDEN_TEKST: Readonly<Record<WeglaatReden, string>> = {
  medisch: "medische gegevens; gaat nooit mee",
  gevoelig: "kan op gezondheid wijzen",
  intern: "interne kolom",
  "niet-herkend": "geen kolom van het register",
  opgegeven: "door u als intern opgegeven",
};

export function redenTekst(r: WeglaatReden): string {
  return REDEN_TEKST[r];
}

export interface DeelkopieKolomOpties {
  /** Koppen die de gebruiker als intern opgeeft (--intern): gaan nooit mee, ook een registerkolom niet. */
  intern?: readonly string[];
  /** Koppen die de gebruiker wel wil delen (--deel-kolom), ook al zijn ze geen registerkolom. */
  deel?: readonly string[];
  /**
   * De kolommen (0-based, zoals `koppen`) die het gelezen register werkelijk gebruikt. Zonder deze lijst telt
   * elke kop die herkend wordt; mét telt alleen wat het register las (een tweede kolom met een herkenbare kop,
   * zoals "Toelichting probleemanalyse" naast "Probleemanalyse", is dan geen registerkolom).
   */
  registerKolommen?: ReadonlySet<number>;
}

/**
 * Welke kolommen gaan mee? Alleen herkende registerkolommen en de kolommen die de gebruiker noemt (koppen
 * vergeleken zonder hoofdletters, spaties of leestekens). Nooit: een kolom met medische gegevens, een kolom
 * die de gebruiker als intern opgeeft. Zonder te noemen ook niet: gevoelige, interne en onbekende kolommen.
 * (Een lijst van koppen als tweede argument is `intern`, zoals voorheen.)
 */
export function kiesDeelkolommen(koppen: readonly Cel[], opties: DeelkopieKolomOpties | readonly string[] = {}): DeelkopieKeuze {
  const o: DeelkopieKolomOpties = Array.isArray(opties) ? { intern: opties as readonly string[] } : (opties as DeelkopieKolomOpties);
  const set = (l: readonly string[] | undefined) => new Set((l ?? []).map((k) => normaliseerKop(k)).filter((k) => k !== ""));
  const opgegeven = set(o.intern);
  const deel = set(o.deel);
  const houden: number[] = [];
  const weggelaten: DeelkopieKeuze["weggelaten"] = [];
  const gevonden = new Set<string>();
  koppen.forEach((c, i) => {
    const kop = typeof c === "string" ? c.trim() : c === null || c === undefined ? "" : String(c);
    if (kop === "") return; // een kolom zonder kop hoort niet bij het register
    const n = normaliseerKop(kop);
    if (deel.has(n)) gevonden.add(n);
    if (isPrivacyKop(kop)) weggelaten.push({ kop, reden: "medisch" });
    else if (opgegeven.has(n)) weggelaten.push({ kop, reden: "opgegeven" });
    else if (deel.has(n) || (o.registerKolommen ? o.registerKolommen.has(i) : herkenKop(kop) !== null)) houden.push(i);
    else if (isGevoeligeKop(kop)) weggelaten.push({ kop, reden: "gevoelig" });
    else if (isInterneKop(kop)) weggelaten.push({ kop, reden: "intern" });
    else weggelaten.push({ kop, reden: "niet-herkend" });
  });
  const nietGevonden = (o.deel ?? []).filter((k) => normaliseerKop(k) !== "" && !gevonden.has(normaliseerKop(k)));
  return { houden, weggelaten, nietGevonden };
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
