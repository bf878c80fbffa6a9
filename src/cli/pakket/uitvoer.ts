/**
 * Waar de gekleurde kopie komt en hoe hij veilig geschreven wordt.
 *
 * - De kopie houdt de mapstructuur onder de gescande map: twee klanten met elk een `verzuim.xlsx`
 *   blijven in de uitvoermap uit elkaar (`klant-a/verzuim.xlsx`, `klant-b/verzuim.xlsx`).
 * - De invoer wordt nooit overschreven, ook niet als de uitvoermap dezelfde map is onder een andere naam
 *   (symbolische koppeling, `..`, andere hoofdletters, UNC-pad of netwerkschijf): we vergelijken
 *   mappen op bestandsidentiteit (apparaat + inode), niet op hun naam.
 * - Een bestaand bestand wordt nooit overschreven (behalve met --overschrijf): de schrijver (../schrijven.ts)
 *   wijkt uit naar `naam (2).xlsx`, `naam (3).xlsx`, …; is het bestaande bestand al precies deze kopie, dan
 *   blijft het staan. Het schrijven zelf (tijdelijk bestand, koppelen, opruimen, meldingen) doet de schrijver.
 */
import { promises as fs, type BigIntStats } from "node:fs";
import path from "node:path";
import { SchrijfFout as KopieFout, Schrijver, type Geschreven } from "../schrijven";

/** Een kopie die niet geschreven kan of mag worden (een `SchrijfFout` van de schrijver). */
export { KopieFout };

/**
 * Relatief pad van de kopie binnen de uitvoermap. `wortels` zijn de paden die de gebruiker opgaf
 * (bestanden of mappen): een bestand in een opgegeven map houdt zijn submappen daaronder; een los
 * opgegeven bestand komt direct in de uitvoermap.
 */
export function kopieNaamVoor(bestand: string, wortels: readonly string[]): string {
  const abs = path.resolve(bestand);
  let beste: string | null = null;
  for (const w of wortels) {
    const rel = path.relative(path.resolve(w), abs);
    if (!rel || rel.split(path.sep)[0] === ".." || path.isAbsolute(rel)) continue;
    if (beste === null || rel.length < beste.length) beste = rel;
  }
  return beste ?? path.basename(abs);
}

async function stat(p: string): Promise<BigIntStats | null> {
  try {
    return await fs.stat(p, { bigint: true });
  } catch {
    return null;
  }
}

const zelfde = (a: BigIntStats | null, b: BigIntStats | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** Zijn twee paden hetzelfde bestand of dezelfde map (ook via een andere naam)? */
export async function zelfdeBestand(a: string, b: string): Promise<boolean> {
  return zelfde(await stat(a), await stat(b));
}

/**
 * Schrijf de kopie van `invoer` naar `doel` (of `doel (2)…` als `doel` al bestaat). Geeft het pad dat
 * geschreven is en, als dat niet `doel` is, een melding daarover. Gooit `KopieFout` met een Nederlandse
 * melding als de kopie niet geschreven kan of mag worden; de invoer blijft altijd onaangeroerd.
 *
 * `kopie` zijn de bytes, of een functie die ze stuk voor stuk geeft (`markeerKopieStroom`): die stukken gaan
 * meteen naar het tijdelijke bestand. Gooit die functie (`PakketFout`), dan is er geen kopie en geen tijdelijk
 * bestand, en gaat haar fout door.
 */
export async function schrijfKopie(
  invoer: string,
  doel: string,
  kopie: Uint8Array | ((uit: (b: Uint8Array) => void) => Promise<void>),
  schrijver?: Schrijver,
): Promise<Geschreven> {
  const map = path.dirname(doel);
  if (zelfde(await stat(map), await stat(path.dirname(invoer)))) {
    throw new KopieFout(
      `De uitvoermap ${map} is de map van het invoerbestand (ook als de naam anders is geschreven): de invoer wordt nooit overschreven. Kies een andere map voor --markeer.`,
      doel,
    );
  }
  if (!schrijver) {
    schrijver = new Schrijver();
    await schrijver.bescherm(invoer);
  }
  // Bestaat de naam al: "naam (2).xlsx" (de invoer, een koppeling of iets van een ander blijft staan);
  // staat precies deze kopie er al (nog eens gescand), dan blijft die staan.
  const opties = { wat: "de gekleurde kopie", nummeren: true, gelijkIsGoed: true };
  return typeof kopie === "function" ? schrijver.schrijfMet(doel, kopie, opties) : schrijver.schrijf(doel, kopie, opties);
}
