/**
 * Uitvoer met back-pressure: de scanner schrijft het rapport, de JSON of de CSV in stukken van ~64 kB en
 * wacht, als de afnemer (een pijp naar `jq`, `less`, een trage schijf) niet bijkomt, op 'drain' voordat hij
 * verder rekent. Zo groeit het geheugen nooit met de uitvoer: er staat hoogstens één stuk in de wachtrij.
 * Een gesloten pijp (`| head`) stopt het schrijven: wat daarna komt, wordt niet meer bewaard.
 */
import type { Writable } from "node:stream";

export interface Uitstroom {
  /** Schrijf `s`. Een belofte betekent: wacht hierop vóór u meer schrijft (de afnemer loopt achter). */
  schrijf(s: string): Promise<void> | undefined;
  /** Schrijf bytes (UTF-8) die al klaar zijn, zoals de werkers ze sturen: zonder ze eerst tekst te maken. */
  schrijfBytes(b: Uint8Array): Promise<void> | undefined;
  /** Schrijf de rest en wacht tot de afnemer het heeft (of weg is). */
  leeg(): Promise<void>;
  /** De afnemer is weg (pijp gesloten, fout): verder schrijven heeft geen zin. */
  readonly gesloten: boolean;
}

/** Stukken van minstens zoveel tekens: 50.000 dossiers zijn geen 50.000 schrijfopdrachten. */
const STUK = 1 << 16;

/** Naar een schrijfbare stroom (process.stdout, een bestand): wacht op 'drain' als write() nee zegt. */
export function uitstroomNaar(w: Writable): Uitstroom {
  let buf = "";
  let gesloten = false;
  const sluit = () => {
    gesloten = true;
    buf = "";
  };
  w.once("close", sluit);
  w.once("error", sluit);
  const wacht = (): Promise<void> =>
    new Promise((klaar) => {
      const af = () => {
        w.off("drain", af);
        w.off("close", af);
        w.off("error", af);
        klaar();
      };
      w.on("drain", af);
      w.on("close", af);
      w.on("error", af);
    });
  const weg = (bytes?: Uint8Array): Promise<void> | undefined => {
    const stuk = buf;
    buf = "";
    if (gesloten || w.destroyed || w.writableEnded) {
      gesloten = true;
      return undefined;
    }
    let ok = stuk ? w.write(stuk) : true;
    if (bytes) ok = w.write(bytes) && ok;
    return ok ? undefined : wacht();
  };
  return {
    get gesloten() {
      return gesloten;
    },
    schrijf(s) {
      if (gesloten) return undefined;
      buf += s;
      return buf.length >= STUK ? weg() : undefined;
    },
    schrijfBytes(b) {
      return gesloten ? undefined : weg(b);
    },
    async leeg() {
      if (buf) await weg();
      if (!gesloten && w.writableNeedDrain) await wacht();
    },
  };
}

/** Naar een functie (tests, een bestand via de schrijver: die schrijft synchroon, dus wacht vanzelf). */
export function uitstroomVia(out: (s: string) => void): Uitstroom {
  let buf = "";
  const dec = new TextDecoder();
  return {
    gesloten: false,
    schrijfBytes(b) {
      // Werkers sturen hele stukken tekst: geen teken wordt over twee stukken gesplitst.
      buf += dec.decode(b);
      if (buf.length >= STUK) {
        out(buf);
        buf = "";
      }
      return undefined;
    },
    schrijf(s) {
      buf += s;
      if (buf.length >= STUK) {
        out(buf);
        buf = "";
      }
      return undefined;
    },
    async leeg() {
      if (buf) out(buf);
      buf = "";
    },
  };
}
