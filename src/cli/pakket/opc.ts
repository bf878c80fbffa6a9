/**
 * Het pakketmodel van de scanner: het gedeelde model (src/pakket/opc.ts) met een bestaande werkmap als bron
 * (`ZipLezer`, yauzl: alleen Node) en node:zlib als comprimeerder voor wat de kopie vervangt. Het taakvenster
 * gebruikt het gedeelde model zonder deze module.
 */
import { isHandtekening, isRelatieType, leesRelaties, Pakket as PakketModel, PakketFout } from "../../pakket/opc";
import { comprimeer, comprimeerNaar, ZipLezer } from "./zip";

export * from "../../pakket/opc";

const BESCHADIGD_KOPIE = "De werkmap is geen geldig zip-bestand (beschadigd?); er is geen kopie gemaakt.";

export class Pakket extends PakketModel {
  /** Open een bestaand pakket. Gooit `ZipFout` (de lezer en de kopie maken daar elk hun eigen melding van). */
  static async open(bytes: Uint8Array): Promise<Pakket> {
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new Pakket(await ZipLezer.open(buf));
  }

  /** Zoals `open`, maar met een `PakketFout` voor de kopie. */
  static async laad(bytes: Uint8Array): Promise<Pakket> {
    try {
      return await Pakket.open(bytes);
    } catch {
      throw new PakketFout(BESCHADIGD_KOPIE);
    }
  }

  /** Het pakket als zip-bestand; wat vervangen of nieuw is, comprimeert node:zlib. */
  override async bytes(): Promise<Buffer> {
    const b = await super.bytes(comprimeer);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }

  /** Het pakket als zip-bestand, stuk voor stuk naar `uit`; een groot werkblad gaat in stukken door node:zlib. */
  override schrijfNaar(uit: (b: Uint8Array) => void): Promise<void> {
    return super.schrijfNaar(uit, comprimeer, comprimeerNaar);
  }
}

/** Een pakket (gedeeld model, bijvoorbeeld een nieuwe werkmap) als zip-bestand met node:zlib. */
export async function pakketBytes(p: PakketModel): Promise<Buffer> {
  const b = await p.bytes(comprimeer);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Is de werkmap digitaal ondertekend? Dan zegt de scanner dat de kopie zonder handtekening is. */
export async function ondertekend(bytes: Uint8Array): Promise<boolean> {
  try {
    return (await Pakket.open(bytes)).namen().some(isHandtekening);
  } catch {
    return false;
  }
}

/**
 * Is de structuur van de werkmap beveiligd (`<workbookProtection lockStructure="1">`, Controleren › Werkmap
 * beveiligen)? Dan zegt de scanner erbij dat de gekleurde kopie toch eigen bladen kreeg.
 */
export async function structuurBeveiligd(bytes: Uint8Array): Promise<boolean> {
  try {
    const p = await Pakket.open(bytes);
    const rels = await p.tekst("_rels/.rels");
    const wb = rels ? leesRelaties(rels, "").relaties.find((r) => isRelatieType(r.type, "officeDocument") && r.doel)?.doel : null;
    const xml = wb ? await p.tekst(wb) : null;
    const tag = xml ? /<(?:[\w.-]+:)?workbookProtection\b([^>]*)>/.exec(xml)?.[1] : undefined;
    return tag !== undefined && /\blockStructure\s*=\s*["'](1|true)["']/i.test(tag);
  } catch {
    return false;
  }
}
