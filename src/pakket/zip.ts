/**
 * De schrijvende kant van de zip-laag, gedeeld door de scanner en het taakvenster (geen node:-modules: fflate
 * werkt ook in de browser). Het lezen (yauzl, node:zlib) staat in src/cli/pakket/zip.ts en levert een
 * `PakketBron`; het taakvenster leest geen zips, het bouwt een nieuwe werkmap in het geheugen.
 *
 * Een onderdeel dat niet vervangen is, gaat met dezelfde gecomprimeerde bytes, CRC, methode, datum, rechten en
 * opmerking mee (niet opnieuw gecomprimeerd); een vervangen onderdeel houdt zijn plek, datum en methode (STORE
 * blijft STORE). Nieuwe inhoud comprimeert de gastheer: de scanner met node:zlib (een `Comprimeerder`), het
 * taakvenster met fflate. Dezelfde invoer geeft dezelfde bytes (geen tijd van nu).
 */
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

/** Onderdeelnamen in OPC zijn niet hoofdlettergevoelig; `\` telt als `/`, `/` vooraan telt niet. */
export function sleutel(naam: string): string {
  return naam.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** Eén onderdeel van een bestaande zip, zoals de lezer het kent. */
export interface BronItem {
  /** Naam zoals in de zip (zonder `/` vooraan te normaliseren). */
  naam: string;
  /** 0 = STORE, 8 = DEFLATE, anders onbekend. */
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  uitgepakt: number;
  /** CRC-32 van de uitgepakte inhoud, zoals in de zip. */
  crc: number;
  /** De compressiebits (1–2) van de algemene vlag, zoals in de zip. */
  vlag: number;
  datum: Date;
  /** Unix-rechten (als de maker ze gaf), anders null. */
  modus: number | null;
  commentaar: string;
  map: boolean;
}

/** Een bestaande zip waaruit het pakketmodel leest (de scanner: `ZipLezer` met yauzl). */
export interface PakketBron {
  readonly items: readonly BronItem[];
  namen(): string[];
  zoek(naam: string): BronItem | null;
  /** Het onderdeel uitgepakt, in stukken. */
  stukken(item: BronItem): AsyncGenerator<Uint8Array>;
  /** De ruwe (gecomprimeerde) bytes van een onderdeel, zoals ze in de zip staan. */
  ruweBytes(item: BronItem): Promise<Uint8Array>;
}

/** Een onderdeel dat al gecomprimeerd is (DEFLATE, zonder zlib-kop) met de CRC-32 en grootte van de inhoud. */
export interface Gecomprimeerd {
  bytes: Uint8Array;
  crc: number;
  grootte: number;
}

/**
 * Inhoud die pas bij het schrijven stuk voor stuk gemaakt of gelezen wordt, zodat een groot onderdeel (een
 * werkblad van 100.000 rijen, het verborgen blad met de termijnen) nooit als één geheel in het geheugen staat.
 * `stukken()` mag vaker aangeroepen worden en geeft dan elke keer dezelfde bytes.
 */
export interface StukBron {
  stukken(): AsyncIterable<Uint8Array>;
  /** De uitgepakte grootte als die vooraf bekend is. */
  readonly grootte?: number;
}

/** Nieuwe inhoud voor een onderdeel: bytes, of een `StukBron`. */
export type Inhoud = Uint8Array | StukBron;

export const isStukBron = (i: Inhoud): i is StukBron => typeof (i as Partial<StukBron>).stukken === "function";

/** De stukken van inhoud (bytes: één stuk). */
export async function* stukkenVan(i: Inhoud): AsyncGenerator<Uint8Array> {
  if (isStukBron(i)) yield* i.stukken();
  else yield i;
}

/** Inhoud als één blok bytes (voor wie het geheel nodig heeft, zoals fflate in het taakvenster). */
export async function verzamel(i: Inhoud): Promise<Uint8Array> {
  if (!isStukBron(i)) return i;
  const delen: Uint8Array[] = [];
  for await (const s of i.stukken()) delen.push(s);
  return plak(delen);
}

/** Delen achter elkaar als één `StukBron`. */
export function aaneen(delen: readonly Inhoud[]): StukBron {
  let grootte: number | undefined = 0;
  for (const d of delen) grootte = grootte === undefined ? undefined : isStukBron(d) ? (d.grootte === undefined ? undefined : grootte + d.grootte) : grootte + d.length;
  return {
    grootte,
    async *stukken() {
      for (const d of delen) yield* stukkenVan(d);
    },
  };
}

/** Comprimeert nieuwe inhoud (de scanner: node:zlib). Zonder comprimeerder comprimeert fflate zelf. */
export type Comprimeerder = (inhoud: Inhoud) => Promise<Gecomprimeerd>;

/** Eén onderdeel voor de schrijver: nieuwe inhoud, of de ruwe bytes van een onderdeel uit een `PakketBron`. */
export interface ZipInvoer {
  naam: string;
  /** Nieuwe (uitgepakte) inhoud; of `ruw` om een bestaand onderdeel letterlijk over te nemen. */
  inhoud?: Inhoud;
  ruw?: { lezer: PakketBron; item: BronItem };
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

/** Zoals Excel: DEFLATE met het standaardniveau van zlib (6). */
export const NIVEAU = 6;

/** Plak stukken aan elkaar (zonder Buffer: ook in de browser). */
export function plak(delen: readonly Uint8Array[]): Uint8Array {
  if (delen.length === 1) return delen[0];
  let n = 0;
  for (const d of delen) n += d.length;
  const uit = new Uint8Array(n);
  let i = 0;
  for (const d of delen) {
    uit.set(d, i);
    i += d.length;
  }
  return uit;
}

/**
 * Schrijf een zip met deze onderdelen, in deze volgorde (fflate's streaming `Zip`). Een `ruw` onderdeel gaat
 * met zijn gecomprimeerde bytes, CRC en methode letterlijk mee (fflate's `ZipInputFile`: niets opnieuw
 * comprimeren). Nieuwe inhoud: met een `comprimeer` eerst daarmee (alle onderdelen tegelijk) en dan op dezelfde
 * manier als voorgecomprimeerde bytes; zonder comprimeert fflate (DEFLATE niveau 6). Of STORE.
 */
export async function schrijfZip(onderdelen: readonly ZipInvoer[], comprimeer?: Comprimeerder): Promise<Uint8Array> {
  const gecomprimeerd = await Promise.all(
    onderdelen.map((o) => (comprimeer && !o.ruw && o.comprimeer !== false ? comprimeer(o.inhoud ?? new Uint8Array(0)) : null)),
  );
  const delen: Uint8Array[] = [];
  let fout: Error | null = null;
  let klaar = false;
  const zip = new Zip((err, data, final) => {
    if (err) fout ??= err;
    else if (data) delen.push(data);
    if (final) klaar = true;
  });
  for (const [i, o] of onderdelen.entries()) {
    const attrs = { mtime: dosDatum(o.datum), ...(o.modus ? { attrs: o.modus << 16, os: 3 } : {}), ...(o.commentaar ? { comment: o.commentaar } : {}) };
    const g = gecomprimeerd[i];
    if (o.ruw) {
      const { lezer, item } = o.ruw;
      const bytes = await lezer.ruweBytes(item);
      const bestand: ZipInputFile = { filename: o.naam, size: item.uitgepakt, crc: item.crc, compression: item.methode, flag: item.vlag, ...attrs };
      zip.add(bestand);
      bestand.ondata!(null, bytes as Uint8Array<ArrayBuffer>, true);
    } else if (g) {
      // flag 0: DEFLATE "normaal", zoals Excel en fflate het bij niveau 6 opgeven.
      const bestand: ZipInputFile = { filename: o.naam, size: g.grootte, crc: g.crc, compression: 8, flag: 0, ...attrs };
      zip.add(bestand);
      bestand.ondata!(null, g.bytes as Uint8Array<ArrayBuffer>, true);
    } else {
      // fflate comprimeert elk stuk als eigen blokken: in één keer, zodat dezelfde inhoud dezelfde bytes geeft.
      const inhoud = await verzamel(o.inhoud ?? new Uint8Array(0));
      const bestand = o.comprimeer === false ? new ZipPassThrough(o.naam) : new ZipDeflate(o.naam, { level: NIVEAU });
      Object.assign(bestand, attrs);
      zip.add(bestand);
      bestand.push(inhoud, true);
    }
    if (fout) throw new ZipFout("naam", `${o.naam}: ${(fout as Error).message}`);
  }
  zip.end();
  if (fout || !klaar) throw new ZipFout("beschadigd", String((fout as Error | null)?.message ?? "onvolledig"));
  return plak(delen);
}
