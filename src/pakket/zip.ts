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
    readonly soort: "beschadigd" | "versleuteld" | "methode" | "naam" | "te groot",
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
  /** Dezelfde ruwe bytes in stukken (als de bron dat kan: de kopie houdt ze dan niet als geheel vast). */
  ruweStukken?(item: BronItem): AsyncGenerator<Uint8Array>;
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
 * Comprimeert een `StukBron` stuk voor stuk en geeft de gecomprimeerde stukken meteen door aan `uit` (de
 * scanner: een node:zlib-stroom), zodat noch de inhoud noch het gecomprimeerde geheel in het geheugen staat.
 * Geeft de CRC-32 en grootte van de inhoud. Een fout van `uit` (schijf vol) stopt het comprimeren.
 */
export type StroomComprimeerder = (inhoud: StukBron, uit: (b: Uint8Array) => void) => Promise<{ crc: number; grootte: number }>;

/**
 * Schrijf een zip met deze onderdelen en geef hem als één blok bytes (zie `schrijfZipNaar`; het taakvenster en
 * de toetsen). Dezelfde bytes als `schrijfZipNaar` aaneen.
 */
export async function schrijfZip(onderdelen: readonly ZipInvoer[], comprimeer?: Comprimeerder): Promise<Uint8Array> {
  const delen: Uint8Array[] = [];
  await schrijfZipNaar(onderdelen, (b) => delen.push(b), comprimeer);
  return plak(delen);
}

/**
 * Schrijf een zip met deze onderdelen, in deze volgorde (fflate's streaming `Zip`), stuk voor stuk naar `uit`
 * zodra een stuk klaar is: per onderdeel de lokale kop, de gecomprimeerde bytes en de data descriptor, aan het
 * eind de centrale map (fflate's indeling: de CRC en groottes staan in de data descriptor en de centrale map).
 * Een `ruw` onderdeel gaat met zijn gecomprimeerde bytes, CRC en methode letterlijk mee (fflate's
 * `ZipInputFile`: niets opnieuw comprimeren; met `ruweStukken` van de bron in stukken). Nieuwe inhoud: met een
 * `comprimeer` eerst daarmee (alle onderdelen tegelijk) en dan als voorgecomprimeerde bytes; met `stroom` gaat
 * een `StukBron` in plaats daarvan pas op zijn beurt, stuk voor stuk, door `stroom` naar `uit`; zonder beide
 * comprimeert fflate (DEFLATE niveau 6). Of STORE. Welke weg ook: dezelfde bytes.
 *
 * fflate schrijft geen zip64: een onderdeel of een zip van 4 GB of meer, of meer dan 65.535 onderdelen, wordt
 * geweigerd (`ZipFout` "te groot") in plaats van stil een kapot bestand te geven.
 */
export async function schrijfZipNaar(onderdelen: readonly ZipInvoer[], uit: (b: Uint8Array) => void, comprimeer?: Comprimeerder, stroom?: StroomComprimeerder): Promise<void> {
  if (onderdelen.length > 0xffff) throw new ZipFout("te groot", `meer dan 65.535 onderdelen`);
  const gestroomd = (o: ZipInvoer) => !!stroom && !o.ruw && o.comprimeer !== false && !!o.inhoud && isStukBron(o.inhoud);
  const gecomprimeerd = await Promise.all(
    onderdelen.map((o) => (comprimeer && !o.ruw && o.comprimeer !== false && !gestroomd(o) ? comprimeer(o.inhoud ?? new Uint8Array(0)) : null)),
  );
  let fout: Error | null = null;
  let klaar = false;
  let positie = 0;
  const zip = new Zip((err, data, final) => {
    if (err) fout ??= err;
    else if (data && data.length) {
      positie += data.length;
      uit(data);
    }
    if (final) klaar = true;
  });
  const GRENS = 0xffffffff;
  const teGroot = (naam: string) => new ZipFout("te groot", `${naam}: 4 GB of meer (zip64 schrijft de kopie niet)`);
  for (const [i, o] of onderdelen.entries()) {
    // De lokale kop van dit onderdeel moet onder 4 GB beginnen (de centrale map noemt zijn positie in 32 bits).
    if (positie >= GRENS) throw teGroot(o.naam);
    const attrs = { mtime: dosDatum(o.datum), ...(o.modus ? { attrs: o.modus << 16, os: 3 } : {}), ...(o.commentaar ? { comment: o.commentaar } : {}) };
    const g = gecomprimeerd[i];
    if (o.ruw) {
      const { lezer, item } = o.ruw;
      if (item.gecomprimeerd >= GRENS || item.uitgepakt >= GRENS) throw teGroot(o.naam);
      const bestand: ZipInputFile = { filename: o.naam, size: item.uitgepakt, crc: item.crc, compression: item.methode, flag: item.vlag, ...attrs };
      zip.add(bestand);
      if (lezer.ruweStukken) {
        for await (const s of lezer.ruweStukken(item)) bestand.ondata!(null, s as Uint8Array<ArrayBuffer>, false);
        bestand.ondata!(null, new Uint8Array(0), true);
      } else bestand.ondata!(null, (await lezer.ruweBytes(item)) as Uint8Array<ArrayBuffer>, true);
    } else if (gestroomd(o)) {
      // flag 0: DEFLATE "normaal", zoals Excel en fflate het bij niveau 6 opgeven. CRC en grootte zijn pas aan
      // het eind bekend: fflate schrijft ze in de data descriptor en de centrale map, niet in de lokale kop.
      const bestand: ZipInputFile = { filename: o.naam, size: 0, crc: 0, compression: 8, flag: 0, ...attrs };
      zip.add(bestand);
      let n = 0;
      const r = await stroom!(o.inhoud as StukBron, (b) => {
        n += b.length;
        if (n >= GRENS) throw teGroot(o.naam);
        bestand.ondata!(null, b as Uint8Array<ArrayBuffer>, false);
      });
      if (r.grootte >= GRENS) throw teGroot(o.naam);
      bestand.crc = r.crc;
      bestand.size = r.grootte;
      bestand.ondata!(null, new Uint8Array(0), true);
    } else if (g) {
      if (g.bytes.length >= GRENS || g.grootte >= GRENS) throw teGroot(o.naam);
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
  // De centrale map zelf moet ook onder 4 GB beginnen.
  if (positie >= GRENS) throw new ZipFout("te groot", `de zip is 4 GB of groter (zip64 schrijft de kopie niet)`);
  zip.end();
  if (fout || !klaar) throw new ZipFout("beschadigd", String((fout as Error | null)?.message ?? "onvolledig"));
}
