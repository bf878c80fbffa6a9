/**
 * Waar de gekleurde kopie komt en hoe hij veilig geschreven wordt.
 *
 * - De kopie houdt de mapstructuur onder de gescande map: twee klanten met elk een `verzuim.xlsx`
 *   blijven in de uitvoermap uit elkaar (`klant-a/verzuim.xlsx`, `klant-b/verzuim.xlsx`).
 * - De invoer wordt nooit overschreven, ook niet als de uitvoermap dezelfde map is onder een andere naam
 *   (symbolische koppeling, `..`, andere hoofdletters, UNC-pad of netwerkschijf): we vergelijken
 *   mappen op bestandsidentiteit (apparaat + inode), niet op hun naam.
 * - Een bestaand bestand wordt nooit overschreven: we schrijven met O_EXCL ("wx") en wijken uit naar
 *   `naam (2).xlsx`, `naam (3).xlsx`, …; is het bestaande bestand al precies deze kopie, dan blijft het staan.
 */
import { promises as fs, type BigIntStats } from "node:fs";
import path from "node:path";

export class KopieFout extends Error {}

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

function waarom(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "geen schrijfrechten";
    case "EROFS":
      return "de map is alleen-lezen";
    case "EBUSY":
    case "ETXTBSY":
      return "het bestand is in gebruik (open in Excel?)";
    case "ENOSPC":
      return "de schijf is vol";
    case "ENAMETOOLONG":
      return "het pad is te lang";
    case "ENOTDIR":
    case "EEXIST":
      return "een deel van het pad is een bestand in plaats van een map";
    default:
      return code ? `systeemfout ${code}` : "onbekende fout";
  }
}

/** "verzuim.xlsx", 2 → "verzuim (2).xlsx". */
function metVolgnummer(doel: string, n: number): string {
  if (n === 1) return doel;
  const ext = path.extname(doel);
  return `${doel.slice(0, doel.length - ext.length)} (${n})${ext}`;
}

/**
 * Schrijf de kopie van `invoer` naar `doel` (of `doel (2)…` als `doel` al bestaat). Geeft het pad dat
 * geschreven is en, als dat niet `doel` is, een melding daarover. Gooit `KopieFout` met een Nederlandse
 * melding als de kopie niet geschreven kan of mag worden; de invoer blijft altijd onaangeroerd.
 */
export async function schrijfKopie(invoer: string, doel: string, bytes: Uint8Array): Promise<{ pad: string; melding: string | null }> {
  const map = path.dirname(doel);
  const invoerStat = await stat(invoer);
  if (zelfde(await stat(map), await stat(path.dirname(invoer)))) {
    throw new KopieFout(
      `De uitvoermap ${map} is de map van het invoerbestand (ook als de naam anders is geschreven): de invoer wordt nooit overschreven. Kies een andere map voor --markeer.`,
    );
  }
  try {
    await fs.mkdir(map, { recursive: true });
  } catch (e) {
    throw new KopieFout(`De gekleurde kopie kan niet geschreven worden: de map ${map} kan niet gemaakt worden (${waarom(e)}).`);
  }
  const nieuw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let n = 1; n <= 1000; n++) {
    const pad = metVolgnummer(doel, n);
    try {
      await fs.writeFile(pad, nieuw, { flag: "wx" });
      return { pad, melding: n === 1 ? null : melding(doel, pad) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        // "wx" maakte het bestand zelf aan: een half geschreven kopie ruimen we op.
        if ((e as NodeJS.ErrnoException).code !== "EACCES" && (e as NodeJS.ErrnoException).code !== "EPERM") await fs.unlink(pad).catch(() => undefined);
        throw new KopieFout(`De gekleurde kopie ${pad} kan niet geschreven worden: ${waarom(e)}.`);
      }
    }
    // Er staat al iets. De invoer zelf (harde koppeling) of een ander bestand: nooit overschrijven.
    // Is het precies deze kopie (nog eens gescand), dan is er niets te doen.
    const bestaand = await stat(pad);
    if (!bestaand?.isFile() || zelfde(bestaand, invoerStat)) continue;
    const inhoud = await fs.readFile(pad).catch(() => null);
    if (inhoud && inhoud.equals(nieuw)) return { pad, melding: n === 1 ? null : melding(doel, pad) };
  }
  throw new KopieFout(`De gekleurde kopie kan niet geschreven worden: ${doel} en 1000 genummerde varianten bestaan al.`);
}

function melding(doel: string, pad: string): string {
  return `${path.basename(doel)} bestond al in de uitvoermap en is niet overschreven; de kopie staat in ${path.basename(pad)}.`;
}
