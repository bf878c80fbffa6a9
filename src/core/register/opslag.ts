/**
 * Gelezen rijen compact bewaard (issue 22). Een register moet al zijn rijen vasthouden tot ze per werknemer
 * gegroepeerd zijn (een werknemer kan overal staan); als losse objecten (GelezenRij met een lijst waarden) kostte
 * dat ~420–560 bytes per rij, bij 1.000.000 rijen meer dan een halve gigabyte. Hier staat elke rij in getypte
 * lijsten: eerste ziektedag, hersteldatum, rijnummer, volgnummer en werknemer als getallen, en alleen de
 * ingevulde waarden als paren (veldindex, code). Een geheel getal (een datum als serienummer) is zijn eigen code;
 * ja/nee zijn vaste codes; al het andere (tekst, een lijst datums) staat in een gewone lijst en de code wijst
 * ernaar. Een rij wordt pas weer een GelezenRij (`rij(i)`) als haar dossier gemaakt wordt.
 *
 * Zuiver: geen Office, DOM of bestanden.
 */
import type { Dag } from "../dagen";
import type { GelezenRij } from "./rij";

/** Geen hersteldatum, geen rijnummer of geen werknemer. */
const GEEN = -2147483648;
const WAAR = -1;
const ONWAAR = -2;
/** Codes onder deze grens wijzen naar `overig`: code = OVERIG - index. */
const OVERIG = -3;
/** Gehele getallen tot hier zijn hun eigen code (een serienummer is hooguit 2.958.465). */
const MAX_DIRECT = 0x3fffffff;

/** Een lijst per rij groeit met de helft (de lezer geeft vooraf het aantal rijen van het blok op). */
function groter(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(n, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/** De paren staan in blokken van zoveel getallen: groeien zonder kopiëren en zonder loze ruimte. */
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
  /** Per rij waar haar paren beginnen: blok << BLOK_BITS | plek in het blok. */
  private begin: Int32Array<ArrayBuffer>;
  /** Per rij het aantal paren en de lengte van haar lijst waarden (allebei hooguit het aantal velden). */
  private paren: Uint8Array<ArrayBuffer>;
  private lengte: Uint8Array<ArrayBuffer>;
  private blokken: Int32Array[] = [new Int32Array(BLOK)];
  private vrij = 0;
  private overig: unknown[] = [];
  /** Elke sleutel (werknemer) één keer, in volgorde van eerste voorkomen; sleutelIds geeft het nummer. */
  readonly sleutels: string[] = [];
  /** Sleutel → nummer, alleen zolang er rijen bijkomen (sluit() laat hem los: bij 800.000 werknemers ~29 MB). */
  private sleutelIds: Map<string, number> | null = new Map<string, number>();

  /** `capaciteit`: het verwachte aantal rijen (meer mag). */
  constructor(capaciteit = 256) {
    const n = Math.max(16, capaciteit);
    this.d = new Int32Array(n);
    this.h = new Int32Array(n);
    this.nummer = new Int32Array(n);
    this.volg = new Int32Array(n);
    this.sleutelId = new Int32Array(n);
    this.begin = new Int32Array(n);
    this.paren = new Uint8Array(n);
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
      p.set(this.paren);
      this.paren = p;
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
    if (w.length > 255) throw new RangeError("te veel velden in een rij");
    this.lengte[i] = w.length;
    if (this.vrij + 2 * w.length > BLOK) {
      this.blokken.push(new Int32Array(BLOK));
      this.vrij = 0;
    }
    const b = this.blokken.length - 1;
    const blok = this.blokken[b];
    const p0 = this.vrij;
    let p = p0;
    for (let v = 0; v < w.length; v++) {
      const x = w[v];
      if (x === null || x === undefined) continue;
      blok[p] = v;
      blok[p + 1] = this.code(x);
      p += 2;
    }
    this.begin[i] = (b << BLOK_BITS) | p0;
    this.paren[i] = (p - p0) >> 1;
    this.vrij = p;
    this.aantal = i + 1;
  }

  /** Alle rijen zijn toegevoegd: de opzoektabel van de sleutels is niet meer nodig (issue 22). */
  sluit(): void {
    this.sleutelIds = null;
  }

  private code(x: unknown): number {
    if (typeof x === "number" && x >= 0 && x <= MAX_DIRECT && Math.floor(x) === x && !Object.is(x, -0)) return x;
    if (x === true) return WAAR;
    if (x === false) return ONWAAR;
    this.overig.push(x);
    return OVERIG - (this.overig.length - 1);
  }

  private waardeVan(code: number): unknown {
    if (code >= 0) return code;
    if (code === WAAR) return true;
    if (code === ONWAAR) return false;
    return this.overig[OVERIG - code];
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
    const eind = p0 + 2 * this.paren[i];
    for (let p = p0; p < eind; p += 2) if (blok[p] === v) return this.waardeVan(blok[p + 1]);
    return null;
  }

  /** Rij i weer als GelezenRij (een nieuw object; de opslag verandert niet). */
  rij(i: number): GelezenRij {
    const waarden: unknown[] = new Array(this.lengte[i]).fill(null);
    const blok = this.blokken[this.begin[i] >>> BLOK_BITS];
    const p0 = this.begin[i] & (BLOK - 1);
    const eind = p0 + 2 * this.paren[i];
    for (let p = p0; p < eind; p += 2) waarden[blok[p]] = this.waardeVan(blok[p + 1]);
    return { rij: this.rijNummer(i), volgnummer: this.volg[i], waarden, D: this.d[i], h: this.herstel(i), sleutel: this.sleutel(i) };
  }

  /** Alle rijen als GelezenRij (voor wie ze allemaal tegelijk nodig heeft; kost het geheugen dat de opslag spaart). */
  alle(): GelezenRij[] {
    const uit: GelezenRij[] = new Array(this.aantal);
    for (let i = 0; i < this.aantal; i++) uit[i] = this.rij(i);
    return uit;
  }
}
