/**
 * De bodem van de scanner (issue 22): een werkblad uit de zip stromend uitpakken (node:zlib) en de cellen
 * tokeniseren (waarde van elke <c>), zonder enige interpretatie. Los van de pakketlaag van de scanner, zodat
 * de bodem niet meeverandert met wat gemeten wordt. Geeft het aantal cellen.
 */
import { createInflateRaw } from "node:zlib";
import { Readable } from "node:stream";

/** Het begin en de lengte van de gecomprimeerde gegevens van `naam` in de zip, via de centrale map. */
function vind(buf: Buffer, naam: string): { start: number; lengte: number; methode: number } {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("geen zip");
  let p = buf.readUInt32LE(eocd + 16);
  const aantal = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < aantal; i++) {
    const n = buf.readUInt16LE(p + 28);
    const e = buf.readUInt16LE(p + 30);
    const c = buf.readUInt16LE(p + 32);
    if (buf.toString("utf8", p + 46, p + 46 + n) === naam) {
      const lokaal = buf.readUInt32LE(p + 42);
      const start = lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
      return { start, lengte: buf.readUInt32LE(p + 20), methode: buf.readUInt16LE(p + 10) };
    }
    p += 46 + n + e + c;
  }
  throw new Error(`${naam} niet in de zip`);
}

export async function bodem(buf: Buffer, naam = "xl/worksheets/sheet1.xml"): Promise<number> {
  const { start, lengte, methode } = vind(buf, naam);
  const data = buf.subarray(start, start + lengte);
  const bron = methode === 0 ? Readable.from([data]) : Readable.from([data]).pipe(createInflateRaw());
  const dec = new TextDecoder();
  const re = /<c [^>]*?(?:\/>|>(?:<v>([^<]*)<\/v>)?)/g;
  let rest = "";
  let n = 0;
  for await (const stuk of bron as AsyncIterable<Buffer>) {
    const s = rest + dec.decode(stuk, { stream: true });
    const eind = s.lastIndexOf("</c>");
    const deel = eind < 0 ? "" : s.slice(0, eind + 4);
    re.lastIndex = 0;
    while (re.exec(deel) !== null) n++;
    rest = eind < 0 ? s : s.slice(eind + 4);
  }
  return n;
}
