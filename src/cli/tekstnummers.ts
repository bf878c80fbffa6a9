/**
 * Teksten die elk één keer een nummer krijgen (0, 1, … in volgorde van eerste gebruik), compact bewaard: de
 * redenen van een loonsanctie in JSON v2 (`redenen` van een register, een dossier noemt ze met hun nummer).
 * Een reden draagt een datum ("plan van aanpak te laat (op 04-07-2023; uiterlijk 27-06-2023)"), dus bijna elk
 * dossier voegt er een toe: bij 200.000 rijen 120.000, bij 1.000.000 rijen ruim een half miljoen. Als Map van
 * strings kostte dat per tekst een samengestelde V8-string met zijn delen plus een Map-plaats (~180 bytes, bij
 * 1.000.000 rijen ~80 MB levend tot het register dicht is; issue 22). Hier: de tekst als UTF-8 in blokken van
 * 64 kB, drie getallen voor zijn plek en een eigen hashtabel in een Int32Array (~70 bytes per tekst).
 */

/** Een losse surrogaat (geen geldige UTF-16) overleeft UTF-8 niet: zo'n tekst wordt als string bewaard. */
const LOS_SURROGAAT =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const BLOK = 1 << 16;

export class Tekstnummers {
  private readonly blokken: Buffer[] = [];
  private blok: Buffer | null = null;
  private pos = 0;
  /** Per tekst: blok, begin en eind in dat blok. */
  private plek = new Int32Array(3 * 256);
  /** Per tekst haar hash (om de tabel te laten groeien zonder de teksten te lezen). */
  private hashes = new Int32Array(256);
  /** Open adressering: nummer + 1, 0 is leeg. Altijd hooguit half vol. */
  private tabel = new Int32Array(512);
  private n = 0;
  /** Werkruimte: de gevraagde tekst als UTF-8. */
  private kras = Buffer.allocUnsafe(1024);
  /** Teksten die niet als UTF-8 te bewaren zijn (losse surrogaten): nummer → tekst, en terug. */
  private readonly vreemd = new Map<number, string>();
  private readonly vreemdNummer = new Map<string, number>();

  get size(): number {
    return this.n;
  }

  /** Het nummer van `t`; een nieuwe tekst krijgt het volgende nummer. */
  nummer(t: string): number {
    if (3 * t.length > this.kras.length)
      this.kras = Buffer.allocUnsafe(3 * t.length);
    const kras = this.kras;
    const lengte = kras.write(t, 0, "utf8");
    // FNV-1a over de bytes. Een losse surrogaat wordt bij het schrijven U+FFFD (EF BF BD): alleen dan kijken of
    // de tekst er een had (een echte U+FFFD mag gewoon).
    let h = 0x811c9dc5;
    let ef = false;
    for (let i = 0; i < lengte; i++) {
      const c = kras[i];
      h = Math.imul(h ^ c, 0x01000193);
      if (c === 0xef) ef = true;
    }
    h |= 0;
    if (ef && LOS_SURROGAAT.test(t)) return this.vreemdNummerVan(t);
    const masker = this.tabel.length - 1;
    let i = h & masker;
    for (
      let x = this.tabel[i];
      x !== 0;
      i = (i + 1) & masker, x = this.tabel[i]
    ) {
      if (this.hashes[x - 1] === h && this.gelijk(x - 1, lengte)) return x - 1;
    }
    const k = this.n;
    this.bewaar(lengte, h);
    this.tabel[i] = k + 1;
    if (2 * this.n > this.tabel.length) this.groei();
    return k;
  }

  /** Is tekst k gelijk aan de eerste `lengte` bytes van de werkruimte? */
  private gelijk(k: number, lengte: number): boolean {
    const begin = this.plek[3 * k + 1];
    if (this.plek[3 * k + 2] - begin !== lengte) return false;
    const blok = this.blokken[this.plek[3 * k]];
    const kras = this.kras;
    for (let i = 0; i < lengte; i++)
      if (blok[begin + i] !== kras[i]) return false;
    return true;
  }

  private vreemdNummerVan(t: string): number {
    let k = this.vreemdNummer.get(t);
    if (k === undefined) {
      k = this.n;
      this.bewaar(0, 0);
      this.vreemd.set(k, t);
      this.vreemdNummer.set(t, k);
    }
    return k;
  }

  /** De eerste `lengte` bytes van de werkruimte achter in het open blok. */
  private bewaar(lengte: number, h: number): void {
    if (this.blok === null || this.pos + lengte > this.blok.length) {
      this.blok = Buffer.allocUnsafe(Math.max(BLOK, lengte));
      this.blokken.push(this.blok);
      this.pos = 0;
    }
    this.kras.copy(this.blok, this.pos, 0, lengte);
    const k = this.n;
    if (3 * k + 3 > this.plek.length) {
      const p = new Int32Array(this.plek.length * 2);
      p.set(this.plek);
      this.plek = p;
      const hs = new Int32Array(this.hashes.length * 2);
      hs.set(this.hashes);
      this.hashes = hs;
    }
    this.plek[3 * k] = this.blokken.length - 1;
    this.plek[3 * k + 1] = this.pos;
    this.plek[3 * k + 2] = this.pos + lengte;
    this.hashes[k] = h;
    this.pos += lengte;
    this.n = k + 1;
  }

  private groei(): void {
    const tabel = new Int32Array(this.tabel.length * 2);
    const masker = tabel.length - 1;
    for (let k = 0; k < this.n; k++) {
      if (this.vreemd.size && this.vreemd.has(k)) continue;
      let i = this.hashes[k] & masker;
      while (tabel[i] !== 0) i = (i + 1) & masker;
      tabel[i] = k + 1;
    }
    this.tabel = tabel;
  }

  /** Tekst nummer k. */
  tekst(k: number): string {
    const v = this.vreemd.get(k);
    if (v !== undefined) return v;
    return this.blokken[this.plek[3 * k]].toString(
      "utf8",
      this.plek[3 * k + 1],
      this.plek[3 * k + 2],
    );
  }

  /** De teksten in volgorde van hun nummer. */
  *[Symbol.iterator](): Generator<string> {
    for (let k = 0; k < this.n; k++) yield this.tekst(k);
  }

  /** Alles weg (het volgende register begint weer bij 0). */
  clear(): void {
    this.blokken.length = 0;
    this.vreemd.clear();
    this.vreemdNummer.clear();
    this.blok = null;
    this.pos = 0;
    this.plek = new Int32Array(3 * 256);
    this.hashes = new Int32Array(256);
    this.tabel = new Int32Array(512);
    this.n = 0;
  }
}
