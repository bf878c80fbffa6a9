/**
 * De zip-laag onder het pakketmodel (./opc.ts): lezen met yauzl, schrijven met fflate (zie
 * docs/architectuur.md waarom deze twee en geen andere).
 *
 * Lezen gaat via de centrale map (yauzl, ook zip64): een onderdeel wordt pas uitgepakt als iemand het
 * vraagt, en dan in stukken (node:zlib), zodat het geheugen van de lezer niet van de grootte van het
 * werkblad afhangt. Schrijven: een onderdeel dat niet vervangen is, gaat met dezelfde gecomprimeerde bytes,
 * CRC, methode, datum, rechten en opmerking mee (niet opnieuw gecomprimeerd); een vervangen onderdeel houdt
 * zijn plek, datum en methode (STORE blijft STORE). Dezelfde invoer geeft dezelfde bytes (geen tijd van nu).
 */
import type { Readable } from "node:stream";
import * as yauzl from "yauzl";
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from "fflate";

/** Een fout in de zip-structuur (beschadigd, onbekende compressie, versleuteld); `soort` voor de melding. */
export class ZipFout extends Error {
  constructor(
    readonly soort: "beschadigd" | "versleuteld" | "methode" | "naam",
    melding: string,
  ) {
    super(melding);
  }
}

export interface ZipItem {
  /** Naam zoals in de zip (zonder `/` vooraan te normaliseren). */
  naam: string;
  /** 0 = STORE, 8 = DEFLATE, anders onbekend. */
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  uitgepakt: number;
  datum: Date;
  /** Unix-rechten (als de maker ze gaf), anders null. */
  modus: number | null;
  commentaar: string;
  map: boolean;
  entry: yauzl.Entry;
}

/** Onderdeelnamen in OPC zijn niet hoofdlettergevoelig; `\` telt als `/`, `/` vooraan telt niet. */
export function sleutel(naam: string): string {
  return naam.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function naamVan(e: yauzl.Entry): string {
  const raw = e.fileName as unknown as Buffer;
  // decodeStrings: false → de naam is een Buffer; UTF-8 (bit 11) of CP437 zoals de specificatie zegt. Zonder de
  // naamcontrole van yauzl: een vreemde naam ("../x") maakt de werkmap niet onleesbaar, hij wordt alleen niet gebruikt.
  // Niet strikt betekent ook: `\` wordt `/` (Windows-zips); de lezer en de kopie zien dus dezelfde namen, en de
  // kopie schrijft ze met `/` (test/cli/pakket-randgevallen.test.ts).
  return yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, raw, e.extraFields, false);
}

export class ZipLezer {
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

  /** De ruwe (gecomprimeerde) bytes van een onderdeel, zoals ze in de zip staan. */
  async ruweBytes(item: ZipItem): Promise<Buffer> {
    try {
      const s = await this.zip.openReadStreamPromise(item.entry, { decodeFileData: false });
      const delen: Buffer[] = [];
      for await (const stuk of s as AsyncIterable<Buffer>) delen.push(stuk);
      return Buffer.concat(delen);
    } catch (e) {
      throw new ZipFout("beschadigd", String((e as Error)?.message ?? e));
    }
  }

  /** Het hele onderdeel uitgepakt. */
  async bytes(item: ZipItem): Promise<Buffer> {
    const delen: Buffer[] = [];
    for await (const s of this.stukken(item)) delen.push(s);
    return Buffer.concat(delen);
  }
}

/** Eén onderdeel voor de schrijver: nieuwe inhoud, of de ruwe bytes van een onderdeel uit een `ZipLezer`. */
export interface ZipInvoer {
  naam: string;
  /** Nieuwe (uitgepakte) inhoud; of `ruw` om een bestaand onderdeel letterlijk over te nemen. */
  inhoud?: Buffer;
  ruw?: { lezer: ZipLezer; item: ZipItem };
  datum: Date;
  /** STORE (false) of DEFLATE (true, standaard) voor nieuwe inhoud. */
  comprimeer?: boolean;
  modus?: number | null;
  commentaar?: string;
}

/** DOS-datums kennen 1980 t/m 2099: daarbuiten (een onderdeel zonder datum) wordt het de grens. */
function dosDatum(d: Date): Date {
  const j = d.getFullYear();
  if (!Number.isFinite(j) || j < 1980) return new Date(1980, 0, 1);
  if (j > 2099) return new Date(2099, 11, 31, 23, 59, 58);
  return d;
}

/**
 * Schrijf een zip met deze onderdelen, in deze volgorde (fflate's streaming `Zip`). Een `ruw` onderdeel gaat
 * met zijn gecomprimeerde bytes, CRC en methode letterlijk mee (fflate's `ZipInputFile`: niets opnieuw
 * comprimeren); nieuwe inhoud wordt gecomprimeerd met DEFLATE niveau 6 (of STORE).
 */
export async function schrijfZip(onderdelen: readonly ZipInvoer[]): Promise<Buffer> {
  const delen: Uint8Array[] = [];
  let fout: Error | null = null;
  let klaar = false;
  const zip = new Zip((err, data, final) => {
    if (err) fout ??= err;
    else if (data) delen.push(data);
    if (final) klaar = true;
  });
  for (const o of onderdelen) {
    const attrs = { mtime: dosDatum(o.datum), ...(o.modus ? { attrs: o.modus << 16, os: 3 } : {}), ...(o.commentaar ? { comment: o.commentaar } : {}) };
    if (o.ruw) {
      const { lezer, item } = o.ruw;
      const bytes = await lezer.ruweBytes(item);
      const bestand: ZipInputFile = { filename: o.naam, size: item.uitgepakt, crc: item.entry.crc32, compression: item.methode, flag: (item.entry.generalPurposeBitFlag >> 1) & 3, ...attrs };
      zip.add(bestand);
      bestand.ondata!(null, bytes as Uint8Array<ArrayBuffer>, true);
    } else {
      const bestand = o.comprimeer === false ? new ZipPassThrough(o.naam) : new ZipDeflate(o.naam, { level: 6 });
      Object.assign(bestand, attrs);
      zip.add(bestand);
      bestand.push(o.inhoud ?? new Uint8Array(0), true);
    }
    if (fout) throw new ZipFout("naam", `${o.naam}: ${(fout as Error).message}`);
  }
  zip.end();
  if (fout || !klaar) throw new ZipFout("beschadigd", String((fout as Error | null)?.message ?? "onvolledig"));
  return Buffer.concat(delen);
}
