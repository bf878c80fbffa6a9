/**
 * Leesfouten van de scanner: altijd een Nederlandse melding voor de gebruiker, nooit een JavaScript-
 * melding of stacktrace. Alles wat de lezers gooien en geen `LeesFout` is, is een fout van ons; de
 * scanner vertaalt die naar een algemene Nederlandse melding (zie scan.ts).
 */
export class LeesFout extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = "LeesFout";
  }
}

/** Grenzen per bestand: tijd en omvang (tegen zipbommen en bestanden die de machine vullen). */
export interface Limieten {
  /** Grootste bestand op schijf, in bytes. */
  maxBytes: number;
  /** Grootste uitgepakte inhoud (alle gelezen onderdelen samen), in bytes. */
  maxUitgepakt: number;
  /** Uiterste leestijd per bestand, in milliseconden. */
  maxMs: number;
}

export const STANDAARD_LIMIETEN: Limieten = {
  maxBytes: 200 * 1024 * 1024,
  maxUitgepakt: 200 * 40 * 1024 * 1024,
  maxMs: 120_000,
};

export function mbTekst(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024).toLocaleString("nl-NL")} MB`;
}

/** Bewaakt de leestijd en de uitgepakte omvang van één bestand. */
export class Bewaker {
  private readonly start = Date.now();
  private uitgepakt = 0;
  constructor(readonly limieten: Limieten) {}
  tel(bytes: number): void {
    this.uitgepakt += bytes;
    if (this.uitgepakt > this.limieten.maxUitgepakt) {
      throw new LeesFout(
        `Het bestand pakt uit tot meer dan ${mbTekst(this.limieten.maxUitgepakt)} (een zipbom of een onredelijk groot werkblad); het is niet gelezen. ` +
          `Verhoog zo nodig de grens met --max-mb.`,
      );
    }
    this.tijd();
  }
  tijd(): void {
    if (Date.now() - this.start > this.limieten.maxMs) {
      throw new LeesFout(
        `Het lezen duurde langer dan ${(this.limieten.maxMs / 1000).toLocaleString("nl-NL")} seconden; het bestand is overgeslagen. Verhoog zo nodig de grens met --max-seconden.`,
      );
    }
  }
}
