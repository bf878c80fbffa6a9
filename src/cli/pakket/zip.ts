/**
 * De zip-laag van de scanner onder het pakketmodel (src/pakket/opc.ts): lezen met yauzl (hier, alleen Node),
 * schrijven met fflate (src/pakket/zip.ts, gedeeld met het taakvenster); een vervangen onderdeel comprimeert
 * node:zlib (native, in de threadpool) en fflate krijgt het als voorgecomprimeerde bytes met CRC (zie
 * docs/architectuur.md waarom deze en geen andere).
 *
 * Lezen gaat via de centrale map (yauzl, ook zip64): een onderdeel wordt pas uitgepakt als iemand het
 * vraagt, en dan in stukken (node:zlib), zodat het geheugen van de lezer niet van de grootte van het
 * werkblad afhangt. Schrijven: een onderdeel dat niet vervangen is, gaat met dezelfde gecomprimeerde bytes,
 * CRC, methode, datum, rechten en opmerking mee (niet opnieuw gecomprimeerd); een vervangen onderdeel houdt
 * zijn plek, datum en methode (STORE blijft STORE). Dezelfde invoer geeft dezelfde bytes (geen tijd van nu).
 */
import type { Readable } from "node:stream";
import { once } from "node:events";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import * as yauzl from "yauzl";
import {
  isStukBron,
  NIVEAU,
  schrijfZip as schrijfZipMet,
  schrijfZipNaar as schrijfZipNaarMet,
  sleutel,
  ZipFout,
  type BronItem,
  type Gecomprimeerd,
  type Inhoud,
  type PakketBron,
  type StukBron,
  type ZipInvoer,
} from "../../pakket/zip";

export { sleutel, ZipFout, type Gecomprimeerd, type ZipInvoer };

export interface ZipItem extends BronItem {
  entry: yauzl.Entry;
}

function naamVan(e: yauzl.Entry): string {
  const raw = e.fileName as unknown as Buffer;
  // decodeStrings: false → de naam is een Buffer; UTF-8 (bit 11) of CP437 zoals de specificatie zegt. Zonder de
  // naamcontrole van yauzl: een vreemde naam ("../x") maakt de werkmap niet onleesbaar, hij wordt alleen niet gebruikt.
  // Niet strikt betekent ook: `\` wordt `/` (Windows-zips); de lezer en de kopie zien dus dezelfde namen, en de
  // kopie schrijft ze met `/` (test/cli/pakket-randgevallen.test.ts).
  return yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, raw, e.extraFields, false);
}

export class ZipLezer implements PakketBron {
  private readonly perSleutel = new Map<string, ZipItem>();
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly items: ZipItem[],
  ) {
    for (const i of items) if (!i.map) this.perSleutel.set(sleutel(i.naam), i);
  }

  /** Lees de centrale map (ook zip64). Gooit `ZipFout` als het geen (heel) zip-bestand is. */
  static async open(buf: Buffer): Promise<ZipLezer> {
    try {
      const zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
      const items: ZipItem[] = [];
      for await (const e of zip.eachEntry()) {
        const naam = naamVan(e);
        const unix = e.versionMadeBy >> 8 === 3 ? e.externalFileAttributes >>> 16 : 0;
        items.push({
          naam,
          methode: e.compressionMethod,
          versleuteld: e.isEncrypted(),
          gecomprimeerd: e.compressedSize,
          uitgepakt: e.uncompressedSize,
          crc: e.crc32,
          vlag: (e.generalPurposeBitFlag >> 1) & 3,
          datum: e.getLastModDate({ forceDosFormat: true }),
          modus: unix & 0o777 ? unix : null,
          commentaar: (e.fileComment as unknown as Buffer).toString("latin1"),
          map: naam.endsWith("/"),
          entry: e,
        });
      }
      return new ZipLezer(zip, items);
    } catch (e) {
      throw e instanceof ZipFout ? e : new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    }
  }

  namen(): string[] {
    return this.items.filter((i) => !i.map).map((i) => i.naam);
  }

  zoek(naam: string): ZipItem | null {
    return this.perSleutel.get(sleutel(naam)) ?? null;
  }

  private async stroom(item: ZipItem): Promise<Readable> {
    if (item.versleuteld) throw new ZipFout("versleuteld", "versleuteld onderdeel");
    if (item.methode !== 0 && item.methode !== 8) throw new ZipFout("methode", `compressiemethode ${item.methode}`);
    try {
      return await this.zip.openReadStreamPromise(item.entry);
    } catch (e) {
      throw new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    }
  }

  /** Het onderdeel uitgepakt, in stukken. Stoppen mag: de rest wordt dan niet uitgepakt. */
  async *stukken(item: ZipItem): AsyncGenerator<Buffer> {
    const s = await this.stroom(item);
    try {
      for await (const stuk of s as AsyncIterable<Buffer>) yield stuk;
    } catch (e) {
      throw e instanceof ZipFout ? e : new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    } finally {
      s.destroy();
    }
  }

  /** De ruwe (gecomprimeerde) bytes van een onderdeel, zoals ze in de zip staan, in stukken. */
  async *ruweStukken(item: ZipItem): AsyncGenerator<Buffer> {
    let s: Readable;
    try {
      s = await this.zip.openReadStreamPromise(item.entry, { decodeFileData: false });
    } catch (e) {
      throw new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    }
    try {
      for await (const stuk of s as AsyncIterable<Buffer>) yield stuk;
    } catch (e) {
      throw new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    } finally {
      s.destroy();
    }
  }

  /** De ruwe (gecomprimeerde) bytes van een onderdeel, zoals ze in de zip staan. */
  async ruweBytes(item: ZipItem): Promise<Buffer> {
    const delen: Buffer[] = [];
    for await (const stuk of this.ruweStukken(item)) delen.push(stuk);
    return Buffer.concat(delen);
  }

  /** Het hele onderdeel uitgepakt. */
  async bytes(item: ZipItem): Promise<Buffer> {
    const delen: Buffer[] = [];
    for await (const s of this.stukken(item)) delen.push(s);
    return Buffer.concat(delen);
  }
}

// CRC-32 (IEEE, zoals zip hem wil): zlib.crc32 als Node hem heeft (≥ 20.15 / 22.2), anders een tabel.
let crcTabel: Int32Array | null = null;
function crcMetTabel(data: Uint8Array, vorige = 0): number {
  if (!crcTabel) {
    crcTabel = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTabel[n] = c;
    }
  }
  let c = vorige ^ -1;
  for (let i = 0; i < data.length; i++) c = crcTabel[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
const nativeCrc = (zlib as { crc32?: (d: Uint8Array, vorige?: number) => number }).crc32;
/**
 * CRC-32 van de inhoud; `vorige`: de CRC van wat ervoor kwam (in stukken rekenen); `tabel` dwingt de
 * tabelversie af (voor de test die beide vergelijkt).
 */
export function crc32(data: Uint8Array, tabel = false, vorige = 0): number {
  return !tabel && nativeCrc ? nativeCrc(data, vorige) >>> 0 : crcMetTabel(data, vorige);
}

/** Zo groot zijn de stukken die zlib teruggeeft (de standaard is 16 kB; de bytes zelf hangen er niet van af). */
const STUK = 64 * 1024;

/**
 * Comprimeer een `StukBron` met een node:zlib-stroom en geef elk gecomprimeerd stuk meteen aan `uit`: de inhoud
 * staat nooit als geheel in het geheugen, het gecomprimeerde ook niet. zlib geeft bij hetzelfde niveau dezelfde
 * bytes, hoe de invoer ook in stukken komt. Gooit `uit` (schijf vol), dan stopt het comprimeren met die fout.
 */
export async function comprimeerNaar(inhoud: StukBron, uit: (b: Uint8Array) => void): Promise<{ crc: number; grootte: number }> {
  const d = zlib.createDeflateRaw({ level: NIVEAU, chunkSize: STUK });
  d.on("data", (b: Buffer) => {
    try {
      uit(b);
    } catch (e) {
      d.destroy(e as Error); // het wachten hieronder (drain/end) eindigt met deze fout
    }
  });
  const klaar = once(d, "end");
  klaar.catch(() => undefined); // wie eerder stopt, wacht er niet meer op
  let crc = 0;
  let grootte = 0;
  try {
    for await (const s of inhoud.stukken()) {
      crc = crc32(s, false, crc);
      grootte += s.length;
      if (d.destroyed) break;
      if (!d.write(s)) await once(d, "drain");
    }
    d.end();
    await klaar;
  } catch (e) {
    d.destroy();
    throw e;
  }
  return { crc, grootte };
}

const deflateRaw = promisify(zlib.deflateRaw) as (b: Uint8Array, o: zlib.ZlibOptions) => Promise<Buffer>;

/**
 * Comprimeer nieuwe inhoud met node:zlib (native; meerdere onderdelen tegelijk in de threadpool). Een `StukBron`
 * gaat stuk voor stuk door een deflate-stroom (`comprimeerNaar`), zodat hij nooit als geheel in het geheugen staat.
 */
export async function comprimeer(inhoud: Inhoud): Promise<Gecomprimeerd> {
  if (!isStukBron(inhoud)) return { bytes: await deflateRaw(inhoud, { level: NIVEAU }), crc: crc32(inhoud), grootte: inhoud.length };
  const uit: Buffer[] = [];
  const { crc, grootte } = await comprimeerNaar(inhoud, (b) => uit.push(b as Buffer));
  return { bytes: Buffer.concat(uit), crc, grootte };
}

/** `schrijfZip` van de gedeelde laag met node:zlib als comprimeerder (de scanner). */
export async function schrijfZip(onderdelen: readonly ZipInvoer[]): Promise<Buffer> {
  const b = await schrijfZipMet(onderdelen, comprimeer);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** `schrijfZipNaar` van de gedeelde laag met node:zlib: een `StukBron` gaat in stukken naar `uit`. */
export function schrijfZipNaar(onderdelen: readonly ZipInvoer[], uit: (b: Uint8Array) => void): Promise<void> {
  return schrijfZipNaarMet(onderdelen, uit, comprimeer, comprimeerNaar);
}
