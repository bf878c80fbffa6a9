/**
 * Compacte lijsten voor wat de scanner tot het eind van een register moet bewaren (issue 22): het tekstrapport
 * schrijft de open stappen gesorteerd, en pas daarna de RIV-blokken, de loonsancties en de onbekende dossiers.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { Int32Lijst } from "../core/int32lijst";

/** Blokken van zoveel bytes. */
const BLOK = 1 << 16;
/** Zolang er minder dan zoveel bytes bewaard zijn, blijven de blokken zoals ze zijn (geen extra rekenwerk). */
const STANDAARD_DREMPEL = 64 << 20;

/**
 * Regels die het rapport pas aan het eind schrijft, bewaard als UTF-8 in blokken van 64 kB in plaats van als losse
 * strings: een regel met — of – is in V8 een tekst van twee bytes per teken, plus een object per regel. Bij 100.000
 * rijen (43.000 blokken) scheelt dat tientallen MB. Wordt het meer dan `drempel` bytes (bij 1.000.000 rijen zijn de
 * RIV-blokken samen ~250 MB), dan wordt elk vol blok gecomprimeerd (deflate, niveau 1; de tekst herhaalt zich
 * sterk) en pas bij het schrijven weer uitgepakt, één blok tegelijk.
 */
export class Regelvoorraad {
  private readonly blokken: Buffer[] = [];
  /** Per blok: het aantal regels erin en of het gecomprimeerd is. */
  private readonly regelsIn: number[] = [];
  private readonly ingepakt: boolean[] = [];
  /** Per regel haar lengte in bytes, in volgorde. */
  private readonly lengtes = new Int32Lijst();
  private blok: Buffer | null = null;
  private pos = 0;
  private bytes = 0;

  constructor(private readonly drempel = STANDAARD_DREMPEL) {}

  get length(): number {
    return this.lengtes.length;
  }

  push(regel: string): void {
    const n = Buffer.byteLength(regel, "utf8");
    if (this.blok === null || this.pos + n > this.blok.length) {
      this.sluitBlok();
      this.blok = Buffer.allocUnsafe(Math.max(BLOK, n));
      this.blokken.push(this.blok);
      this.regelsIn.push(0);
      this.ingepakt.push(false);
      this.pos = 0;
    }
    this.blok.write(regel, this.pos, "utf8");
    this.lengtes.push(n);
    this.regelsIn[this.regelsIn.length - 1]++;
    this.pos += n;
    this.bytes += n;
  }

  /** Het open blok is vol: boven de drempel gecomprimeerd, anders ingekort tot wat erin staat. */
  private sluitBlok(): void {
    const b = this.blokken.length - 1;
    if (this.blok === null || b < 0) return;
    const gebruikt = this.blok.subarray(0, this.pos);
    if (this.bytes > this.drempel) {
      this.blokken[b] = deflateRawSync(gebruikt, { level: 1 });
      this.ingepakt[b] = true;
    }
    this.blok = null;
  }

  *[Symbol.iterator](): Generator<string> {
    let r = 0;
    for (let b = 0; b < this.blokken.length; b++) {
      const blok = this.ingepakt[b] ? inflateRawSync(this.blokken[b]) : this.blokken[b];
      let pos = 0;
      for (let i = 0; i < this.regelsIn[b]; i++, r++) {
        const n = this.lengtes.get(r);
        yield blok.toString("utf8", pos, pos + n);
        pos += n;
      }
    }
  }
}
