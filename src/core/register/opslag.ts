/**
 * Gelezen rijen compact bewaard (issue 22). Een register moet al zijn rijen vasthouden tot ze per werknemer
 * gegroepeerd zijn (een werknemer kan overal staan); als losse objecten (GelezenRij met een lijst waarden) kostte
 * dat ~420–560 bytes per rij, bij 1.000.000 rijen meer dan een halve gigabyte. Hier staat elke rij in getypte
 * lijsten: eerste ziektedag, hersteldatum, rijnummer, volgnummer en werknemer als getallen, en alleen de
 * ingevulde waarden, elk in één Int32 ("vak"): bovenaan de veldindex (6 bits, hooguit MAX_VELDEN velden), dan
 * een soort (3 bits) en onderaan een getal van 23 bits (0 … 8.388.607):
 * - GETAL: een geheel getal (een datum als serienummer) is dat getal zelf;
 * - CIJFERS: tekst die precies de gewone schrijfwijze van een geheel getal ≥ 0 is (String(n) === tekst, zoals
 *   een personeelsnummer "123456") staat als dat getal en komt terug als String(n); er blijft geen string over;
 * - OVERIG: al het andere (andere tekst, een lijst datums, 2 ** 31, -0, een breuk) staat in een gewone lijst en
 *   het getal wijst ernaar;
 * - JANEE: ja/nee als 1/0.
 * Past het getal niet in 23 bits (een negatief of groot getal, een lang nummer, meer dan 8 miljoen overige
 * waarden), dan staat de soort met de bit LANG en het getal in het volgende vak (elke Int32). Een rij telt zo
 * hooguit 2 × MAX_VELDEN = 128 vakken. Een rij wordt pas weer een GelezenRij (`rij(i)`) als haar dossier gemaakt
 * wordt; elke waarde komt identiek terug.
 *
 * Zuiver: geen Office, DOM of bestanden.
 */
import type { Dag } from "../dagen";
import type { GelezenRij } from "./rij";

/** Geen hersteldatum, geen rijnummer of geen werknemer. */
const GEEN = -2147483648;

/** Een vak: veldindex << VELD_SCHUIF | soort << SOORT_SCHUIF | getal. */
const VELD_SCHUIF = 26;
const SOORT_SCHUIF = 23;
/** Het grootste getal dat in het vak zelf past. */
export const MAX_IN_VAK = (1 << SOORT_SCHUIF) - 1;
/** Zoveel velden kan een rij hebben (6 bits; VELDEN telt er 42). */
export const MAX_VELDEN = 1 << (32 - VELD_SCHUIF);
const GETAL = 0;
const CIJFERS = 1;
const OVERIG = 2;
const JANEE = 3;
/** Bit in de soort: het getal staat in het volgende vak. */
const LANG = 4;

/** n als de tekst de gewone schrijfwijze van een geheel getal 0 … 2 ** 31 - 1 is (String(n) === t), anders -1. */
export function cijfersAlsGetal(t: string): number {
  const n = t.length;
  if (n === 0 || n > 10) return -1;
  let c = t.charCodeAt(0);
  // Geen voorloopnul ("0123"), behalve "0" zelf.
  if (c < 48 || c > 57 || (c === 48 && n > 1)) return -1;
  let g = c - 48;
  for (let k = 1; k < n; k++) {
    c = t.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    g = g * 10 + (c - 48);
  }
  return g <= 0x7fffffff ? g : -1;
}

/** Een lijst per rij groeit met de helft (de lezer geeft vooraf het aantal rijen van het blok op). */
function groter(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(n, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/** De vakken staan in blokken van zoveel getallen: groeien zonder kopiëren en zonder loze ruimte. */
const BLOK_BITS = 16;
const BLOK = 1 << BLOK_BITS;

export class RijOpslag {
  /** Aantal bewaarde rijen. */
  aantal = 0;
  private d: Int32Array<ArrayBuffer>;
  private h: Int32Array<ArrayBuffer>;
  private nummer: Int32Array<ArrayBuffer>;
  private volg: Int32Array<ArrayBuffer>;
  private sleutelId: Int32Array<ArrayBuffer>;
  /** Per rij waar haar vakken beginnen: blok << BLOK_BITS | plek in het blok. */
  private begin: Int32Array<ArrayBuffer>;
  /** Per rij het aantal vakken (hooguit 2 × MAX_VELDEN = 128) en de lengte van haar lijst waarden (hooguit MAX_VELDEN). */
  private vakken: Uint8Array<ArrayBuffer>;
  private lengte: Uint8Array<ArrayBuffer>;
  private blokken: Int32Array[] = [new Int32Array(BLOK)];
  private vrij = 0;
  private overig: unknown[] = [];
  /** Elke sleutel (werknemer) één keer, in volgorde van eerste voorkomen; sleutelIds geeft het nummer. */
  readonly sleutels: string[] = [];
  /** Sleutel → nummer, alleen zolang er rijen bijkomen (sluit() laat hem los: bij 800.000 werknemers ~29 MB). */
  private sleutelIds: Map<string, number> | null = new Map<string, number>();

  /** Het grootste getal dat in het vak zelf staat; daarboven het volgende vak (alleen een toets kiest minder). */
  private readonly inVak: number;

  /**
   * `capaciteit`: het verwachte aantal rijen (meer mag). `inVak`: alleen voor toetsen, om het volgende vak
   * (ook voor de lijst overige waarden) te bereiken zonder miljoenen waarden; 0 … MAX_IN_VAK.
   */
  constructor(capaciteit = 256, inVak = MAX_IN_VAK) {
    if (!Number.isInteger(inVak) || inVak < 0 || inVak > MAX_IN_VAK) throw new RangeError(`RijOpslag: inVak moet 0 … ${MAX_IN_VAK} zijn`);
    this.inVak = inVak;
    const n = Math.max(16, capaciteit);
    this.d = new Int32Array(n);
    this.h = new Int32Array(n);
    this.nummer = new Int32Array(n);
    this.volg = new Int32Array(n);
    this.sleutelId = new Int32Array(n);
    this.begin = new Int32Array(n);
    this.vakken = new Uint8Array(n);
    this.lengte = new Uint8Array(n);
  }

  voegToe(r: GelezenRij): void {
    const i = this.aantal;
    if (i === this.d.length) {
      const n = i + 1;
      this.d = groter(this.d, n);
      this.h = groter(this.h, n);
      this.nummer = groter(this.nummer, n);
      this.volg = groter(this.volg, n);
      this.sleutelId = groter(this.sleutelId, n);
      this.begin = groter(this.begin, n);
      const p = new Uint8Array(this.d.length);
      p.set(this.vakken);
      this.vakken = p;
      const l = new Uint8Array(this.d.length);
      l.set(this.lengte);
      this.lengte = l;
    }
    this.d[i] = r.D;
    this.h[i] = r.h === null ? GEEN : r.h;
    this.nummer[i] = r.rij === undefined ? GEEN : r.rij;
    this.volg[i] = r.volgnummer;
    if (r.sleutel === null) this.sleutelId[i] = GEEN;
    else {
      const ids = this.sleutelIds;
      if (ids === null) throw new Error("RijOpslag: gesloten");
      let id = ids.get(r.sleutel);
      if (id === undefined) {
        id = this.sleutels.length;
        this.sleutels.push(r.sleutel);
        ids.set(r.sleutel, id);
      }
      this.sleutelId[i] = id;
    }
    const w = r.waarden;
    if (w.length > MAX_VELDEN) throw new RangeError(`RijOpslag: een rij heeft ${w.length} velden, hooguit ${MAX_VELDEN}`);
    this.lengte[i] = w.length;
    // Ruimte voor het ergste geval (elke waarde twee vakken): een rij staat in één blok.
    if (this.vrij + 2 * w.length > BLOK) {
      this.blokken.push(new Int32Array(BLOK));
      this.vrij = 0;
    }
    const b = this.blokken.length - 1;
    const blok = this.blokken[b];
    const p0 = this.vrij;
    let p = p0;
    const inVak = this.inVak;
    for (let v = 0; v < w.length; v++) {
      const x = w[v];
      if (x === null || x === undefined) continue;
      let soort: number;
      let g: number;
      if (typeof x === "number" && (x | 0) === x && !(x === 0 && 1 / x < 0)) {
        soort = GETAL;
        g = x;
      } else if (x === true || x === false) {
        soort = JANEE;
        g = x ? 1 : 0;
      } else if (typeof x === "string" && (g = cijfersAlsGetal(x)) >= 0) {
        soort = CIJFERS;
      } else {
        soort = OVERIG;
        g = this.overig.length;
        this.overig.push(x);
      }
      if (g >= 0 && g <= inVak) blok[p++] = (v << VELD_SCHUIF) | (soort << SOORT_SCHUIF) | g;
      else {
        blok[p++] = (v << VELD_SCHUIF) | ((soort | LANG) << SOORT_SCHUIF);
        blok[p++] = g;
      }
    }
    this.begin[i] = (b << BLOK_BITS) | p0;
    this.vakken[i] = p - p0;
    this.vrij = p;
    this.aantal = i + 1;
  }

  /** Alle rijen zijn toegevoegd: de opzoektabel van de sleutels is niet meer nodig (issue 22). */
  sluit(): void {
    this.sleutelIds = null;
  }

  /** De waarde van een vak met soort `soort` (zonder LANG) en getal g. */
  private waardeVan(soort: number, g: number): unknown {
    switch (soort) {
      case GETAL:
        return g;
      case CIJFERS:
        return String(g);
      case OVERIG:
        return this.overig[g];
      default:
        return g === 1;
    }
  }

  /** De eerste ziektedag van rij i. */
  dag(i: number): Dag {
    return this.d[i];
  }

  /** De hersteldatum van rij i, of null. */
  herstel(i: number): Dag | null {
    const h = this.h[i];
    return h === GEEN ? null : h;
  }

  /** De werkbladrij van rij i, of undefined. */
  rijNummer(i: number): number | undefined {
    const n = this.nummer[i];
    return n === GEEN ? undefined : n;
  }

  volgnummer(i: number): number {
    return this.volg[i];
  }

  /** Het nummer van de werknemer van rij i in `sleutels`, of -1 zonder werknemer. */
  sleutelNummer(i: number): number {
    const s = this.sleutelId[i];
    return s === GEEN ? -1 : s;
  }

  sleutel(i: number): string | null {
    const s = this.sleutelId[i];
    return s === GEEN ? null : this.sleutels[s];
  }

  /** De waarde van veld v (index V[veld]) in rij i, of null. */
  waarde(i: number, v: number): unknown {
    const blok = this.blokken[this.begin[i] >>> BLOK_BITS];
    const p0 = this.begin[i] & (BLOK - 1);
    const eind = p0 + this.vakken[i];
    for (let p = p0; p < eind; p++) {
      const k = blok[p];
      const soort = (k >>> SOORT_SCHUIF) & 7;
      if (k >>> VELD_SCHUIF === v) return this.waardeVan(soort & 3, soort & LANG ? blok[p + 1] : k & MAX_IN_VAK);
      if (soort & LANG) p++;
    }
    return null;
  }

  /** Rij i weer als GelezenRij (een nieuw object; de opslag verandert niet). */
  rij(i: number): GelezenRij {
    const waarden: unknown[] = new Array(this.lengte[i]).fill(null);
    const blok = this.blokken[this.begin[i] >>> BLOK_BITS];
    const p0 = this.begin[i] & (BLOK - 1);
    const eind = p0 + this.vakken[i];
    for (let p = p0; p < eind; p++) {
      const k = blok[p];
      const soort = (k >>> SOORT_SCHUIF) & 7;
      waarden[k >>> VELD_SCHUIF] = this.waardeVan(soort & 3, soort & LANG ? blok[++p] : k & MAX_IN_VAK);
    }
    return { rij: this.rijNummer(i), volgnummer: this.volg[i], waarden, D: this.d[i], h: this.herstel(i), sleutel: this.sleutel(i) };
  }

  /** Alle rijen als GelezenRij (voor wie ze allemaal tegelijk nodig heeft; kost het geheugen dat de opslag spaart). */
  alle(): GelezenRij[] {
    const uit: GelezenRij[] = new Array(this.aantal);
    for (let i = 0; i < this.aantal; i++) uit[i] = this.rij(i);
    return uit;
  }
}
