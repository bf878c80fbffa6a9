/**
 * Het pakketmodel (OPC) van een .xlsx/.xlsm, één voor de lezer (src/cli/lezen), de gekleurde kopie
 * (./markeer-kopie.ts) en de deelkopie (./deelkopie.ts) — in de scanner én in het taakvenster: hier staat geen
 * node:-module. Een bestaande werkmap openen (yauzl) doet de scanner (src/cli/pakket/opc.ts, `Pakket.open`);
 * het taakvenster bouwt alleen nieuwe werkmappen in het geheugen (`Pakket.leeg`).
 *  - `Pakket`: onderdelen vinden (niet hoofdlettergevoelig), in stukken lezen (streaming), vervangen,
 *    toevoegen, verwijderen en het geheel weer schrijven (de zip-laag: ./zip.ts, met de comprimeerder van de
 *    gastheer);
 *  - `relsPad`, `doelPad`, `leesRelaties`: onderdeelnamen en relaties oplossen;
 *  - `Inhoudstypen`: [Content_Types].xml aanvullen (of nieuw maken) zonder de rest opnieuw te serialiseren.
 *
 * Een onderdeel dat niet vervangen is, gaat met dezelfde inhoud, plek, datum, rechten en compressiemethode
 * mee. Een vervangen of nieuw onderdeel krijgt de datum van het oorspronkelijke onderdeel (of van de
 * werkmap): dezelfde invoer geeft dezelfde bytes.
 */
import { isUtf16, kinderen, attributen, pasToe, versleutel, wortel, xmlDecoder, type Element, type Vervanging } from "./xml";
import { isStukBron, plak, schrijfZipNaar, sleutel, stukkenVan, ZipFout, type BronItem, type Comprimeerder, type Inhoud, type PakketBron, type StroomComprimeerder, type StukBron, type ZipInvoer } from "./zip";

export { ZipFout, type Inhoud, type StukBron };

export class PakketFout extends Error {}

/** Een onderdeel groter dan dit (uitgepakt) kan niet als één tekst aangevuld worden (V8 kent ~512 MB per string). */
export const MAX_TEKST_BYTES = 400 * 1024 * 1024;

/** Wie de uitgepakte omvang en de tijd bewaakt (de lezer: `Bewaker`). */
export interface Teller {
  tel(bytes: number): void;
}

interface Vervangen {
  naam: string;
  inhoud: Inhoud;
  datum: Date;
}

export class Pakket {
  /** Vervangen en nieuwe onderdelen, op sleutel. */
  private readonly nieuw = new Map<string, Vervangen>();
  private readonly weg = new Set<string>();
  /** Telt alles wat uitgepakt wordt als een onderdeel zonder eigen teller gelezen wordt (de kopie: --max-mb). */
  teller: Teller | null = null;

  /** `zip`: de bestaande werkmap (de scanner: `ZipLezer`), of null voor een nieuw pakket. */
  protected constructor(private readonly zip: PakketBron | null) {}

  /** Een leeg pakket (voor een nieuwe werkmap). */
  static leeg(): Pakket {
    return new Pakket(null);
  }

  private item(naam: string): BronItem | null {
    const k = sleutel(naam);
    if (this.weg.has(k)) return null;
    return this.zip?.zoek(naam) ?? null;
  }

  /** Onderdeelnamen in de volgorde van het bestand (zonder mappen), dan de nieuwe. */
  namen(): string[] {
    const oud = (this.zip?.namen() ?? []).filter((n) => !this.weg.has(sleutel(n)));
    const bekend = new Set(oud.map(sleutel));
    return [...oud, ...[...this.nieuw.values()].filter((n) => !bekend.has(sleutel(n.naam))).map((n) => n.naam)];
  }

  /** De naam zoals die in het pakket staat (onderdeelnamen in OPC zijn niet hoofdlettergevoelig), of null. */
  zoek(naam: string): string | null {
    const n = this.nieuw.get(sleutel(naam));
    if (n) return n.naam;
    return this.item(naam)?.naam ?? null;
  }

  heeft(naam: string): boolean {
    return this.zoek(naam) !== null;
  }

  /** Uitgepakte grootte zoals de zip hem opgeeft (yauzl controleert hem bij het lezen), of null. */
  grootte(naam: string): number | null {
    const n = this.nieuw.get(sleutel(naam));
    if (n) return isStukBron(n.inhoud) ? (n.inhoud.grootte ?? null) : n.inhoud.length;
    return this.item(naam)?.uitgepakt ?? null;
  }

  /** Een onderdeel in stukken, of niets als het niet bestaat. Stoppen mag: de rest wordt niet uitgepakt. */
  async *stukken(naam: string, teller: Teller | undefined = this.teller ?? undefined): AsyncGenerator<Uint8Array> {
    const n = this.nieuw.get(sleutel(naam));
    if (n) {
      for await (const s of stukkenVan(n.inhoud)) {
        teller?.tel(s.length);
        yield s;
      }
      return;
    }
    const item = this.item(naam);
    if (!item || !this.zip) return;
    for await (const s of this.zip.stukken(item)) {
      teller?.tel(s.length);
      yield s;
    }
  }

  /** Het hele onderdeel (bytes), of null. */
  async inhoud(naam: string, teller?: Teller): Promise<Uint8Array | null> {
    if (!this.heeft(naam)) return null;
    const delen: Uint8Array[] = [];
    for await (const s of this.stukken(naam, teller)) delen.push(s);
    return plak(delen);
  }

  /** Een onderdeel als tekst, UTF-8 of UTF-16 (voor lezen), of null. */
  async tekst(naam: string, teller?: Teller): Promise<string | null> {
    if (!this.heeft(naam)) return null;
    let dec: ReturnType<typeof xmlDecoder> | null = null;
    let uit = "";
    for await (const s of this.stukken(naam, teller)) uit += (dec ??= xmlDecoder(s)).decode(s, { stream: true });
    return uit + (dec?.decode() ?? "");
  }

  /**
   * Een onderdeel als tekst om aan te vullen (UTF-8), of null. Gooit `PakketFout` bij UTF-16 (dat schrijven we niet
   * terug) en bij een onderdeel dat te groot is om als één tekst te bewerken.
   */
  async leesTekst(naam: string): Promise<string | null> {
    const echt = this.zoek(naam);
    if (!echt) return null;
    const grootte = this.grootte(echt) ?? 0;
    if (grootte > MAX_TEKST_BYTES) {
      throw new PakketFout(
        `Het onderdeel ${echt} is uitgepakt ${Math.round(grootte / 1024 / 1024).toLocaleString("nl-NL")} MB; zo groot kan de scanner het niet aanvullen. Er is geen kopie gemaakt.`,
      );
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await this.inhoud(echt);
    } catch (e) {
      if (e instanceof ZipFout) throw new PakketFout(zipReden(e, echt));
      throw e;
    }
    if (bytes === null) return null;
    if (isUtf16(bytes)) throw new PakketFout(`Het onderdeel ${echt} is in UTF-16 opgeslagen; dat kan de scanner niet aanvullen.`);
    return new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  }

  datumVan(naam: string): Date | null {
    const n = this.nieuw.get(sleutel(naam));
    if (n) return n.datum;
    return this.item(naam)?.datum ?? null;
  }

  /**
   * Vervang (of maak) een onderdeel. Een bestaand onderdeel houdt zijn plek, datum en rechten. Een `StukBron`
   * wordt pas bij het schrijven (`bytes`) gelezen.
   */
  schrijf(naam: string, inhoud: string | Inhoud, datum: Date): void {
    const echt = this.zoek(naam) ?? naam;
    const oud = this.item(echt);
    const bytes = typeof inhoud === "string" ? new TextEncoder().encode(inhoud) : isStukBron(inhoud) ? inhoud : new Uint8Array(inhoud);
    this.nieuw.set(sleutel(echt), { naam: echt, inhoud: bytes, datum: oud?.datum ?? datum });
  }

  /**
   * De uitgepakte bytes `van` tot `tot` van een onderdeel zoals het nu is, als `StukBron`: pas bij het lezen uitgepakt
   * (stuk voor stuk, de rest niet), dus zonder het onderdeel in het geheugen te houden. Ook na `schrijf` of
   * `verwijder` van dat onderdeel blijven het de bytes van nu. Zonder teller: de bytes zijn al eens gelezen.
   */
  deel(naam: string, van: number, tot: number): StukBron {
    const n = this.nieuw.get(sleutel(naam));
    const item = n ? null : this.item(naam);
    const zip = this.zip;
    const bron: Inhoud | null = n ? n.inhoud : null;
    return {
      grootte: tot - van,
      async *stukken() {
        let pos = 0;
        const stukken = bron ? stukkenVan(bron) : item && zip ? zip.stukken(item) : null;
        if (stukken) {
          for await (const s of stukken) {
            const a = Math.max(van - pos, 0);
            const b = Math.min(tot - pos, s.length);
            if (a < b) yield a === 0 && b === s.length ? s : s.subarray(a, b);
            pos += s.length;
            if (pos >= tot) break;
          }
        }
        if (pos < tot) throw new ZipFout("beschadigd", `${naam}: korter dan eerder gelezen`);
      },
    };
  }

  verwijder(naam: string): void {
    const k = sleutel(naam);
    this.nieuw.delete(k);
    if (this.zip?.zoek(naam)) this.weg.add(k);
  }

  /** Het pakket als zip-bestand; nieuwe inhoud comprimeert `comprimeer` (de scanner: node:zlib), anders fflate. */
  async bytes(comprimeer?: Comprimeerder): Promise<Uint8Array> {
    const delen: Uint8Array[] = [];
    await this.zipNaar((b) => delen.push(b), comprimeer);
    return plak(delen);
  }

  /**
   * Het pakket als zip-bestand, stuk voor stuk naar `uit` (zie `schrijfZipNaar`): met `stroom` gaat een
   * `StukBron` (een groot werkblad) gecomprimeerd in stukken door zonder ooit als geheel in het geheugen te staan.
   * Dezelfde bytes als `bytes`. Gooit `PakketFout`; wat al naar `uit` ging, is dan een half bestand.
   */
  schrijfNaar(uit: (b: Uint8Array) => void, comprimeer?: Comprimeerder, stroom?: StroomComprimeerder): Promise<void> {
    return this.zipNaar(uit, comprimeer, stroom);
  }

  /** `schrijfNaar` zelf (niet te overschrijven: `bytes` zonder comprimeerder blijft fflate, ook in een subklasse). */
  private async zipNaar(uit: (b: Uint8Array) => void, comprimeer?: Comprimeerder, stroom?: StroomComprimeerder): Promise<void> {
    const onderdelen: ZipInvoer[] = [];
    const gedaan = new Set<string>();
    for (const item of this.zip?.items ?? []) {
      const k = sleutel(item.naam);
      if (item.map || this.weg.has(k) || gedaan.has(k)) continue;
      gedaan.add(k);
      const n = this.nieuw.get(k);
      const meta = { naam: item.naam, datum: item.datum, comprimeer: item.methode !== 0, modus: item.modus, commentaar: item.commentaar };
      onderdelen.push(n ? { ...meta, inhoud: n.inhoud } : { ...meta, ruw: { lezer: this.zip!, item } });
    }
    for (const [k, n] of this.nieuw) if (!gedaan.has(k)) onderdelen.push({ naam: n.naam, inhoud: n.inhoud, datum: n.datum });
    try {
      await schrijfZipNaar(onderdelen, uit, comprimeer, stroom);
    } catch (e) {
      if (e instanceof ZipFout) throw new PakketFout(zipReden(e, e.message.split(":")[0]));
      throw e;
    }
  }
}

/** Een Nederlandse reden voor een zipfout in een onderdeel (voor de kopie). */
export function zipReden(e: ZipFout, onderdeel: string): string {
  switch (e.soort) {
    case "versleuteld":
      return `Het onderdeel ${onderdeel} is versleuteld; er is geen kopie gemaakt.`;
    case "te groot":
      return "De kopie wordt te groot voor een zip-bestand zonder zip64 (een onderdeel of het geheel 4 GB of meer, of meer dan 65.535 onderdelen); er is geen kopie gemaakt.";
    case "methode":
      return `Het onderdeel ${onderdeel} gebruikt een onbekende compressiemethode; sla de werkmap opnieuw op als .xlsx. Er is geen kopie gemaakt.`;
    default:
      return `Het onderdeel ${onderdeel} is beschadigd (de zip-structuur klopt niet); er is geen kopie gemaakt.`;
  }
}

// ---- Onderdeelnamen en relaties -----------------------------------------------------------------

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (het pakket) → "_rels/.rels". */
export function relsPad(onderdeel: string): string {
  const i = onderdeel.lastIndexOf("/");
  return `${onderdeel.slice(0, i + 1)}_rels/${onderdeel.slice(i + 1)}.rels`;
}

/**
 * Een relatiedoel (relatief aan het brononderdeel, of absoluut "/xl/…", met %-codering of `\`) →
 * onderdeelnaam zonder "/" vooraan.
 */
export function doelPad(bron: string, doel: string): string {
  let d = doel;
  try {
    d = decodeURIComponent(doel);
  } catch {
    /* laat staan */
  }
  d = d.replace(/\\/g, "/");
  const delen = d.startsWith("/") ? [] : bron.split("/").slice(0, -1);
  for (const s of d.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") delen.pop();
    else delen.push(s);
  }
  return delen.join("/");
}

export interface Relatie {
  el: Element;
  id: string;
  type: string;
  /** Onderdeelnaam van het doel (null bij een externe relatie). */
  doel: string | null;
  target: string;
}

/** De relaties in een .rels-onderdeel (gooit `XmlFout` als het geen goedgevormde XML is). */
export function leesRelaties(xml: string, bron: string): { wortel: Element; relaties: Relatie[] } {
  const w = wortel(xml);
  const relaties: Relatie[] = [];
  for (const el of kinderen(xml, w)) {
    if (el.lokaal !== "Relationship") continue;
    const a = attributen(xml, el);
    const target = a.get("Target") ?? "";
    relaties.push({ el, id: a.get("Id") ?? "", type: a.get("Type") ?? "", target, doel: a.get("TargetMode") === "External" ? null : doelPad(bron, target) });
  }
  return { wortel: w, relaties };
}

/** Heeft deze relatie dit soort type (".../officeDocument/2006/relationships/worksheet" is "worksheet")? */
export const isRelatieType = (type: string, soort: string): boolean => type.endsWith(`/${soort}`);

// ---- [Content_Types].xml ------------------------------------------------------------------------

export const CT_PAD = "[Content_Types].xml";
const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";

/**
 * [Content_Types].xml aanvullen: Overrides en Defaults erbij of eraf, op elementgrenzen (de rest blijft teken
 * voor teken staan). `Inhoudstypen.nieuw()` voor een nieuw pakket.
 */
export class Inhoudstypen {
  readonly wijzigingen: Vervanging[] = [];
  private readonly w: Element;
  private readonly p: string;
  private readonly overrides: { el: Element | null; pad: string }[];
  private readonly defaults: Set<string>;
  private readonly erbij: string[] = [];

  constructor(readonly xml: string) {
    this.w = wortel(xml);
    this.p = this.w.voorvoegsel;
    const kids = kinderen(xml, this.w);
    this.overrides = kids.filter((k) => k.lokaal === "Override").map((el) => ({ el, pad: (attributen(xml, el).get("PartName") ?? "").replace(/^\//, "") }));
    this.defaults = new Set(kids.filter((k) => k.lokaal === "Default").map((el) => (attributen(xml, el).get("Extension") ?? "").toLowerCase()));
  }

  static nieuw(): Inhoudstypen {
    return new Inhoudstypen(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS_CT}"></Types>`);
  }

  heeftOverride(pad: string): boolean {
    return this.overrides.some((o) => o.pad.toLowerCase() === pad.toLowerCase());
  }

  /** Voeg een Override toe (als die er nog niet is). */
  override(pad: string, type: string): void {
    if (this.heeftOverride(pad)) return;
    this.overrides.push({ el: null, pad });
    this.erbij.push(`<${this.p}Override PartName="/${versleutel(pad)}" ContentType="${versleutel(type)}"/>`);
  }

  /** Voeg een Default voor een extensie toe (als die er nog niet is). */
  standaard(extensie: string, type: string): void {
    if (this.defaults.has(extensie.toLowerCase())) return;
    this.defaults.add(extensie.toLowerCase());
    this.erbij.push(`<${this.p}Default Extension="${versleutel(extensie)}" ContentType="${versleutel(type)}"/>`);
  }

  /** Haal de Override van dit onderdeel weg. */
  verwijder(pad: string): void {
    const i = this.overrides.findIndex((o) => o.pad.toLowerCase() === pad.toLowerCase());
    if (i < 0) return;
    const o = this.overrides[i];
    this.overrides.splice(i, 1);
    if (o.el) this.wijzigingen.push({ begin: o.el.begin, einde: o.el.einde, tekst: "" });
    else this.erbij.splice(this.erbij.findIndex((x) => x.includes(`PartName="/${versleutel(pad)}"`)), 1);
  }

  resultaat(): string {
    const w = [...this.wijzigingen];
    if (this.w.leeg && this.erbij.length) {
      // <Types …/>: het hele element vervangen door een met inhoud.
      const start = this.xml.slice(this.w.begin, this.w.startEinde).replace(/\s*\/>$/, ">");
      w.push({ begin: this.w.begin, einde: this.w.einde, tekst: `${start}${this.erbij.join("")}</${this.w.naam}>` });
      return pasToe(this.xml, w);
    }
    // Defaults vóór Overrides is de gewoonte (Excel), maar de volgorde is vrij (xsd:choice): alles achteraan.
    if (this.erbij.length) w.push({ begin: this.w.inhoudEinde, einde: this.w.inhoudEinde, tekst: this.erbij.join("") });
    return w.length ? pasToe(this.xml, w) : this.xml;
  }
}

/** Hoort dit onderdeel bij een digitale handtekening (alles onder _xmlsignatures/)? */
export const isHandtekening = (naam: string): boolean => sleutel(naam).startsWith("_xmlsignatures/");
