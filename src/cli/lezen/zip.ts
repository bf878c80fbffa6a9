/**
 * Een zip-bestand (OPC-pakket: .xlsx, .xlsm, .ods) lezen zonder het geheel uit te pakken: de centrale
 * map geeft per onderdeel waar het staat; een onderdeel wordt in stukken uitgepakt (node:zlib, streaming),
 * zodat het geheugen bij het grootste onderdeel (het werkblad) niet van zijn grootte afhangt.
 */
import { xmlDecoder } from "./xml";
import { createInflateRaw } from "node:zlib";
import { Bewaker, LeesFout } from "./fout";

export interface ZipOnderdeel {
  naam: string;
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  uitgepakt: number;
  /** Positie van de lokale kop. */
  kop: number;
}

const BESCHADIGD = "Het bestand is beschadigd of onvolledig (de zip-structuur klopt niet); open en bewaar het opnieuw in Excel.";

export class Zip {
  private readonly perNaam = new Map<string, ZipOnderdeel>();

  constructor(
    private readonly buf: Buffer,
    private readonly bewaker: Bewaker,
  ) {
    for (const o of leesCentraleMap(buf)) this.perNaam.set(normaliseer(o.naam), o);
  }

  namen(): string[] {
    return [...this.perNaam.values()].map((o) => o.naam);
  }

  heeft(naam: string): boolean {
    return this.perNaam.has(normaliseer(naam));
  }

  /** Ruwe (gecomprimeerde) gegevens van een onderdeel. */
  private gegevens(o: ZipOnderdeel): Buffer {
    const b = this.buf;
    if (o.kop + 30 > b.length || b.readUInt32LE(o.kop) !== 0x04034b50) throw new LeesFout(BESCHADIGD);
    const start = o.kop + 30 + b.readUInt16LE(o.kop + 26) + b.readUInt16LE(o.kop + 28);
    if (start + o.gecomprimeerd > b.length) throw new LeesFout(BESCHADIGD);
    return b.subarray(start, start + o.gecomprimeerd);
  }

  private onderdeel(naam: string): ZipOnderdeel | null {
    const o = this.perNaam.get(normaliseer(naam));
    if (!o) return null;
    if (o.versleuteld) throw new LeesFout("Het bestand is versleuteld; sla het op zonder wachtwoord.");
    if (o.methode !== 0 && o.methode !== 8) throw new LeesFout(`Het bestand gebruikt een onbekende compressiemethode (${o.methode}); sla het opnieuw op als .xlsx.`);
    return o;
  }

  /** Een onderdeel in stukken (Buffers), of null als het niet bestaat. Stoppen mag: de rest wordt niet uitgepakt. */
  async *stukken(naam: string): AsyncGenerator<Buffer> {
    const o = this.onderdeel(naam);
    if (!o) return;
    const data = this.gegevens(o);
    if (o.methode === 0) {
      for (let i = 0; i < data.length; i += 1 << 20) {
        const s = data.subarray(i, Math.min(data.length, i + (1 << 20)));
        this.bewaker.tel(s.length);
        yield s;
      }
      return;
    }
    const inflate = createInflateRaw({ chunkSize: 1 << 18 });
    inflate.end(data);
    try {
      for await (const s of inflate as AsyncIterable<Buffer>) {
        this.bewaker.tel(s.length);
        yield s;
      }
    } catch (e) {
      if (e instanceof LeesFout) throw e;
      throw new LeesFout(BESCHADIGD);
    } finally {
      inflate.destroy();
    }
  }

  /** Een onderdeel als tekst (voor kleine onderdelen: workbook.xml, relaties, tabellen), of null. */
  async tekst(naam: string): Promise<string | null> {
    if (!this.heeft(naam)) return null;
    let dec: ReturnType<typeof xmlDecoder> | null = null;
    let uit = "";
    for await (const s of this.stukken(naam)) uit += (dec ??= xmlDecoder(s)).decode(s, { stream: true });
    return uit + (dec?.decode() ?? "");
  }
}

function normaliseer(naam: string): string {
  return naam.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** De centrale map van een zip (ook zip64). */
function leesCentraleMap(b: Buffer): ZipOnderdeel[] {
  const min = Math.max(0, b.length - 65557);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new LeesFout(BESCHADIGD);
  let aantal = b.readUInt16LE(eocd + 10);
  let offset = b.readUInt32LE(eocd + 16);
  if (aantal === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || b.readUInt32LE(loc) !== 0x07064b50) throw new LeesFout(BESCHADIGD);
    const z = Number(b.readBigUInt64LE(loc + 8));
    if (z + 56 > b.length || b.readUInt32LE(z) !== 0x06064b50) throw new LeesFout(BESCHADIGD);
    aantal = Number(b.readBigUInt64LE(z + 32));
    offset = Number(b.readBigUInt64LE(z + 48));
  }
  const uit: ZipOnderdeel[] = [];
  let p = offset;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw new LeesFout(BESCHADIGD);
    const vlag = b.readUInt16LE(p + 8);
    const methode = b.readUInt16LE(p + 10);
    let gecomprimeerd = b.readUInt32LE(p + 20);
    let uitgepakt = b.readUInt32LE(p + 24);
    const naamLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentaarLen = b.readUInt16LE(p + 32);
    let kop = b.readUInt32LE(p + 42);
    if (p + 46 + naamLen + extraLen > b.length) throw new LeesFout(BESCHADIGD);
    const naam = b.toString(vlag & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + naamLen);
    // Zip64: de echte maten staan in het extra veld 0x0001, in deze volgorde, alleen waar de kop 0xFFFFFFFF heeft.
    let e = p + 46 + naamLen;
    const eEind = e + extraLen;
    while (e + 4 <= eEind) {
      const id = b.readUInt16LE(e);
      const len = b.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uitgepakt === 0xffffffff && q + 8 <= e + 4 + len) {
          uitgepakt = Number(b.readBigUInt64LE(q));
          q += 8;
        }
        if (gecomprimeerd === 0xffffffff && q + 8 <= e + 4 + len) {
          gecomprimeerd = Number(b.readBigUInt64LE(q));
          q += 8;
        }
        if (kop === 0xffffffff && q + 8 <= e + 4 + len) kop = Number(b.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    uit.push({ naam, methode, versleuteld: (vlag & 1) === 1, gecomprimeerd, uitgepakt, kop });
    p += 46 + naamLen + extraLen + commentaarLen;
  }
  return uit;
}
