/**
 * Een groeiende lijst van gehele getallen (32 bits): 4 bytes per getal, geen 8 zoals een JavaScript-lijst. Voor de
 * ketens van de dossiers (register/dossiers.ts) en de acties en regellengtes van het tekstrapport (src/cli).
 * Zuiver: geen Office, DOM of bestanden.
 */
export class Int32Lijst {
  private a = new Int32Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }

  get(i: number): number {
    return this.a[i];
  }

  /** De getallen als Int32Array (een venster, geen kopie: geldig tot de volgende push). */
  get waarden(): Int32Array {
    return this.a.subarray(0, this.length);
  }
}
