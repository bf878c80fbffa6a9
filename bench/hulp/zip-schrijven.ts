/**
 * Een minimale zip-schrijver (deflate, node:zlib) voor gegenereerde testwerkmappen: de benchmark en de
 * tests maken er .xlsx-bestanden mee zoals andere programma's ze schrijven (gedeelde of inline teksten,
 * absolute relatiedoelen, date1904="true"…), zonder een bibliotheek die zelf keuzes maakt.
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

export interface ZipInvoer {
  naam: string;
  /** Inhoud in één keer, of in stukken (voor werkbladen van honderden MB). */
  inhoud: string | Buffer | Iterable<string>;
  /** Niet comprimeren (methode 0). */
  opgeslagen?: boolean;
}

async function comprimeer(stukken: Iterable<string>): Promise<{ data: Buffer; crc: number; grootte: number }> {
  const d = createDeflateRaw({ level: 6 });
  const uit: Buffer[] = [];
  d.on("data", (b: Buffer) => uit.push(b));
  const klaar = new Promise<void>((ok, nee) => {
    d.on("end", ok);
    d.on("error", nee);
  });
  let crc = 0;
  let grootte = 0;
  let buffer = "";
  const schrijf = async (s: string) => {
    const b = Buffer.from(s, "utf8");
    crc = crc32(b, crc);
    grootte += b.length;
    if (!d.write(b)) await new Promise((ok) => d.once("drain", ok));
  };
  for (const s of stukken) {
    buffer += s;
    if (buffer.length > 1 << 20) {
      await schrijf(buffer);
      buffer = "";
    }
  }
  if (buffer) await schrijf(buffer);
  d.end();
  await klaar;
  return { data: Buffer.concat(uit), crc: crc >>> 0, grootte };
}

export async function maakZip(invoer: ZipInvoer[]): Promise<Buffer> {
  const delen: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const e of invoer) {
    let data: Buffer;
    let crc: number;
    let grootte: number;
    if (typeof e.inhoud === "string" || Buffer.isBuffer(e.inhoud)) {
      const ruw = Buffer.isBuffer(e.inhoud) ? e.inhoud : Buffer.from(e.inhoud, "utf8");
      crc = crc32(ruw) >>> 0;
      grootte = ruw.length;
      data = e.opgeslagen ? ruw : deflateRawSync(ruw);
    } else {
      ({ data, crc, grootte } = await comprimeer(e.inhoud));
    }
    const naam = Buffer.from(e.naam, "utf8");
    const methode = e.opgeslagen ? 0 : 8;
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0);
    lokaal.writeUInt16LE(20, 4);
    lokaal.writeUInt16LE(0x800, 6);
    lokaal.writeUInt16LE(methode, 8);
    lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(data.length, 18);
    lokaal.writeUInt32LE(grootte, 22);
    lokaal.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(methode, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(offset, 42);
    centraal.push(c, naam);
    delen.push(lokaal, naam, data);
    offset += 30 + naam.length + data.length;
  }
  const cd = Buffer.concat(centraal);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(invoer.length, 8);
  eocd.writeUInt16LE(invoer.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...delen, cd, eocd]);
}
