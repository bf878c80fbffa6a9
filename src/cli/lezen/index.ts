/**
 * Eén bestand van schijf lezen tot blokken celwaarden, welk formaat het ook is: .xlsx/.xlsm (eigen
 * streaming-lezer), .csv, en voor wat niet gelezen wordt (.xls, .xlsb, .ods, Numbers, versleuteld)
 * een Nederlandse reden. Gooit alleen `LeesFout`.
 */
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { leesCsv } from "./csv";
import { Bewaker, LeesFout, mbTekst, type Limieten } from "./fout";
import { leesXlsx, type GelezenWerkmap, type StroomMaker } from "./xlsx";
import { systeemReden } from "../systeemcodes";
import { fsPad } from "../bestandsnaam";

export { LeesFout, STANDAARD_LIMIETEN, type Limieten } from "./fout";
export type { Blok, GelezenWerkmap, StroomMaker } from "./xlsx";

/** Extensies die de scanner in een map oppakt (ook wat hij niet kan lezen: dat wordt met reden gemeld). */
export const WERKMAP_EXTENSIES = /\.(xlsx|xlsm|xltx|xltm|csv|xls|xlsb|ods|fods|numbers)$/i;

/** Lees het bestand zelf (geen FIFO of apparaat: die zouden de scan laten hangen). */
async function leesBytes(pad: string, limieten: Limieten): Promise<Buffer> {
  let h: fs.FileHandle;
  try {
    h = await fs.open(fsPad(pad), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new LeesFout(systeemFout(e));
  }
  try {
    const st = await h.stat();
    if (!st.isFile()) throw new LeesFout("Dit is geen gewoon bestand (maar een map, pijp of apparaat); overgeslagen.");
    if (st.size > limieten.maxBytes) {
      throw new LeesFout(`Het bestand is groter dan ${mbTekst(limieten.maxBytes)} (${mbTekst(st.size)}); het is niet gelezen. Verhoog zo nodig de grens met --max-mb.`);
    }
    return await h.readFile();
  } catch (e) {
    throw e instanceof LeesFout ? e : new LeesFout(systeemFout(e));
  } finally {
    await h.close().catch(() => undefined);
  }
}

/** Een fout van het besturingssysteem bij het lezen, als Nederlandse zin (tabel in systeemcodes.ts). */
export function systeemFout(e: unknown): string {
  const r = systeemReden(e, "lezen");
  return `${r.charAt(0).toUpperCase()}${r.slice(1)}.`;
}

const OLE = 0xe011cfd0;

function bevatUtf16(buf: Buffer, woord: string): boolean {
  return buf.indexOf(Buffer.from(woord, "utf16le")) >= 0;
}

/**
 * Alleen voor tests: wordt aangeroepen nadat de bytes van een bestand gelezen zijn (zo kan een test het bestand
 * midden in de scan vervangen en bewijzen dat de kopie van de gelezen bytes komt, niet van het nieuwe bestand).
 */
export const leesHaken: { naLezen?: (pad: string) => void | Promise<void> } = {};

/**
 * Lees een bestand één keer. Het resultaat draagt de gelezen bytes (`bytes`): de gekleurde kopie en de deelkopie
 * worden daarvan gemaakt, nooit van een tweede keer lezen (een bestand dat tijdens de scan vervangen wordt, zou
 * anders een kopie geven met de nieuwe cellen en de termijnen van de oude).
 */
/**
 * De namen in de map van een OLE-container (Compound File Binary, [MS-CFB]): de kop geeft de sectorgrootte, de
 * FAT-sectoren (de eerste 109 in de kop) en de eerste sector van de map; elke vermelding is 128 bytes met een
 * UTF-16-naam. Een container die niet klopt geeft een lege lijst (dan beslist de tekst in het bestand).
 */
export function cfbNamen(buf: Buffer): string[] {
  try {
    if (buf.length < 512) return [];
    const sector = 1 << buf.readUInt16LE(30);
    if (sector !== 512 && sector !== 4096) return [];
    const fatSectoren: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = buf.readUInt32LE(76 + i * 4);
      if (s >= 0xfffffffa) break;
      fatSectoren.push(s);
    }
    // Sector s begint na de kop, die één hele sector beslaat (bij 4096 bytes opgevuld).
    const start = (s: number) => (s + 1) * sector;
    const volgende = (s: number): number => {
      const perSector = sector / 4;
      const f = fatSectoren[Math.floor(s / perSector)];
      if (f === undefined) return 0xfffffffe;
      const plek = start(f) + (s % perSector) * 4;
      return plek + 4 <= buf.length ? buf.readUInt32LE(plek) : 0xfffffffe;
    };
    const namen: string[] = [];
    const gezien = new Set<number>();
    for (let s = buf.readUInt32LE(48); s < 0xfffffffa && !gezien.has(s) && gezien.size < 10_000; s = volgende(s)) {
      gezien.add(s);
      const begin = start(s);
      for (let e = begin; e + 128 <= Math.min(begin + sector, buf.length); e += 128) {
        const lengte = buf.readUInt16LE(e + 64);
        const soort = buf[e + 66];
        if (lengte < 2 || lengte > 64 || soort === 0) continue;
        namen.push(buf.toString("utf16le", e, e + lengte - 2));
      }
    }
    return namen;
  } catch {
    return [];
  }
}

/**
 * `stroom` (de scanner zonder kopie): een blad zonder tabel wordt rij voor rij tot register gelezen (zie
 * StroomMaker); de functie krijgt de gelezen bytes mee (voor de kolomkeuze die in de werkmap bewaard is).
 */
export async function leesBestand(
  pad: string,
  limieten: Limieten,
  stroom?: (bytes: Buffer, ...r: Parameters<StroomMaker>) => ReturnType<StroomMaker>,
): Promise<GelezenWerkmap & { bytes?: Buffer }> {
  const buf = await leesBytes(pad, limieten);
  await leesHaken.naLezen?.(pad);
  return { ...(await leesInhoud(buf, pad, limieten, stroom && ((blad, ds) => stroom(buf, blad, ds)))), bytes: buf };
}

async function leesInhoud(buf: Buffer, pad: string, limieten: Limieten, stroom?: StroomMaker): Promise<GelezenWerkmap> {
  const bewaker = new Bewaker(limieten);
  const ext = path.extname(pad).toLowerCase();
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    return leesXlsx(buf, bewaker, stroom);
  }
  if (buf.length >= 8 && buf.readUInt32LE(0) === OLE) {
    // Een OLE-container (CFB) is óf een versleutelde .xlsx (stromen EncryptionInfo en EncryptedPackage), óf een
    // oude .xls (stroom Workbook of Book), ook als die de extensie .xlsx kreeg. Eerst de map van de container;
    // lukt die niet, dan de namen ergens in het bestand.
    const stromen = cfbNamen(buf).map((n) => n.toLowerCase());
    const heeft = (naam: string) => (stromen.length ? stromen.includes(naam.toLowerCase()) : bevatUtf16(buf, naam));
    const ooxml = /^\.(xlsx|xlsm|xltx|xltm)$/.test(ext);
    if (heeft("EncryptedPackage") || heeft("EncryptionInfo")) {
      // Excel bewaart een werkmap met een wachtwoord als OLE-bestand met de gewone extensie.
      throw new LeesFout("Het bestand is beveiligd met een wachtwoord; sla het op zonder wachtwoord (Bestand › Info › Werkmap beveiligen).");
    }
    if (heeft("Workbook") || heeft("Book")) {
      throw new LeesFout(
        ooxml
          ? `Dit is het oude Excel-formaat (.xls, Excel 97-2003), ook al heet het bestand ${ext}; de scanner leest het niet. Open het in Excel en sla het op als .xlsx (Excel-werkmap).`
          : "Dit is een oud Excel-bestand (.xls, Excel 97-2003); de scanner leest het niet. Open het in Excel en sla het op als .xlsx.",
      );
    }
    if (ooxml) throw new LeesFout("Het bestand is beveiligd met een wachtwoord; sla het op zonder wachtwoord (Bestand › Info › Werkmap beveiligen).");
    throw new LeesFout("Dit is een oud Excel-bestand (.xls, Excel 97-2003); de scanner leest het niet. Open het in Excel en sla het op als .xlsx.");
  }
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    // Leeg of alleen witruimte (ook met BOM): net als een lege .xlsx onleesbaar, niet "geen register".
    if (buf.length === 0) throw new LeesFout("Het bestand is leeg (0 bytes).");
    if (/^(\uFEFF)?\s*$/.test(buf.subarray(0, 4096).toString("utf8")) && buf.length <= 4096) throw new LeesFout("Het CSV-bestand is leeg (geen regels met gegevens).");
    return leesCsv(buf);
  }
  if (ext === ".fods") throw new LeesFout("Dit is een OpenDocument-rekenblad (.fods); sla het in LibreOffice op als .xlsx.");
  if (ext === ".xls" && /^\s*</.test(buf.subarray(0, 200).toString("latin1"))) {
    throw new LeesFout("Dit is een HTML- of XML-bestand met de extensie .xls (geen echte werkmap); open het in Excel en sla het op als .xlsx.");
  }
  if (buf.length === 0) throw new LeesFout("Het bestand is leeg (0 bytes).");
  throw new LeesFout("Het bestand is geen Excel-werkmap (.xlsx) of CSV; het is niet gelezen.");
}
