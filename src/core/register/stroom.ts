/**
 * Een register rij voor rij lezen, zoals de scanner de XML van een werkblad doorloopt (issue 22): zonder eerst
 * alle cellen van het blad als matrix vast te houden. Het resultaat is precies dat van leesRegisterDeel op het
 * hele blok; alleen het moment waarop een rij gelezen wordt, verschilt.
 *
 * Wat de lezer over een blok beslist, hangt af van het begin ervan en van weinig cellen:
 * - de kopregel staat in de eerste ZOEK_KOPRIJ_RIJEN rijen (koprij.ts);
 * - de inhoud van een datumkolom wordt gekeurd op haar eerste KEUR_MAX_CELLEN gevulde cellen (inhoud.ts).
 * De rijen worden bewaard tot elke te keuren kolom zoveel gevulde cellen had, of tot BEWAAR_MAX rijen. Dan wordt de
 * kolomkaart gemaakt: de bewaarde rijen worden gelezen en losgelaten, en elke volgende rij wordt meteen gelezen.
 * Een kolom die dan nog te weinig gevulde cellen had (een datum die zelden ingevuld is), is voorlopig gekeurd: van
 * zo'n kolom worden de eerste KEUR_MAX_CELLEN gevulde cellen bewaard (niet de rijen), en aan het eind wordt de kaart
 * opnieuw gemaakt. Is die anders (de kolom blijkt toch vooral tekst), dan zegt de stroom `opnieuw`: de rijen zijn
 * met de verkeerde kaart gelezen, en de scanner leest het blad dan als geheel. Gelijk: het resultaat is precies dat
 * van leesRegisterDeel op het hele blok.
 *
 * Zuiver: geen Office, DOM of bestanden.
 */
import type { Cel } from "./cellen";
import { telBijKeuring, KEUR_MAX_CELLEN } from "./inhoud";
import { maakKaart } from "./kaart";
import { herkenKopTolerant, VELD_SOORT } from "./kolommen";
import { vindKoprij, ZOEK_KOPRIJ_RIJEN } from "./koprij";
import { beginDeel, deelKaart, leesRijIn, sluitDeel, type DeelInWording, type LeesOpties, type RegisterDeel } from "./lezer";
import { maakToewijzing } from "./toewijzing";

const LEGE_RIJ: Cel[] = [];

/** Zoveel rijen worden hooguit bewaard voordat de kaart (voorlopig) gemaakt wordt. */
export const BEWAAR_MAX = 2_000;

/** Een rij kwam niet na de vorige (een werkblad met rijen in de verkeerde volgorde): lees het blok dan als geheel. */
export class StroomNietOplopend extends Error {}

/** Het resultaat van een stroom: het gelezen deel (null zonder kopregel) en de eerste rijen, voor "gezien: …". */
export interface GestroomdDeel {
  deel: RegisterDeel | null;
  /** De eerste ZOEK_KOPRIJ_RIJEN rijen van het blok (alleen als er geen kopregel is: kandidaatKoppen). */
  kopRijen: Cel[][];
}

export class RegisterStroom {
  /** Werkbladrij van de eerste rij (0: nog geen rij). */
  private rijOffset = 0;
  private laatste = 0;
  /** De rijen tot de kaart gemaakt is; index = rij − rijOffset. */
  private buffer: Cel[][] = [];
  /** undefined: nog geen kaart; null: geen kopregel (of een personeelslijst). */
  private deel: DeelInWording | null | undefined = undefined;
  private kopregel: number | null | undefined = undefined;
  /** De te keuren kolommen (index in de rij) en per kolom het aantal gevulde cellen tot nu toe. */
  private keuren: number[] = [];
  private gevuld: number[] = [];
  private geteld = 0;
  /** Van de te keuren kolommen alleen de gevulde cellen die voor de keuring tellen (index = rij − rijOffset). */
  private keuring: Cel[][] = [];
  /** Kolommen (index in `keuren`) die bij het maken van de kaart nog te weinig gevulde cellen hadden. */
  private voorlopig: number[] = [];
  private verwacht = 0;
  /** Het grootste aantal rijen dat tegelijk bewaard werd (voor tests en metingen). */
  maxBewaard = 0;

  /** `opties.kolomOffset` en `opties.rijOffset` worden genegeerd: rijen komen met hun eigen nummer, cellen op kolom − 1. */
  constructor(private readonly opties: LeesOpties) {}

  /** Het verwachte aantal rijen (de dimensie van het blad), als hint voor de opslag. */
  verwachtRijen(n: number): void {
    if (Number.isFinite(n) && n > 0) this.verwacht = Math.min(n, 1_048_576);
  }

  /**
   * Rij `nummer` (1-based werkbladrij, oplopend, alleen rijen met minstens één gevulde cel) met haar cellen op
   * index kolom − 1. De lijst mag na de aanroep niet meer veranderen (hij kan bewaard worden).
   */
  rij(nummer: number, cellen: Cel[]): void {
    if (this.rijOffset === 0) this.rijOffset = nummer;
    if (nummer <= this.laatste) throw new StroomNietOplopend(`rij ${nummer} na rij ${this.laatste}`);
    this.laatste = nummer;
    const i = nummer - this.rijOffset;
    const d = this.deel;
    if (d !== undefined) {
      // Ook zonder eerste ziektedag (de rijen worden dan niet gelezen) tellen de cellen voor de meldingen over kolommen.
      if (d !== null && this.voorlopig.length) this.bewaarKeuring(i, cellen);
      if (d !== null && d.leest) leesRijIn(d, cellen, i);
      else if (i < ZOEK_KOPRIJ_RIJEN) this.bewaar(i, cellen);
      return;
    }
    this.bewaar(i, cellen);
    this.probeer();
  }

  /**
   * Klaar: het deel, met de kolommen ten opzichte van `kolomOffset` (de eerste gevulde kolom van het blok); of
   * "opnieuw" als de voorlopige keuring niet klopte (lees het blok dan als geheel).
   */
  einde(kolomOffset = 1): GestroomdDeel | "opnieuw" {
    if (this.deel === undefined) this.maakKaart(true);
    const kopRijen = this.buffer.slice(0, ZOEK_KOPRIJ_RIJEN);
    this.buffer = [];
    const d = this.deel;
    if (!d) return { deel: null, kopRijen };
    if (this.voorlopig.length && !this.bevestig(d, kopRijen[d.k])) return "opnieuw";
    const deel = sluitDeel(d);
    // Gelezen met kolom 1 als begin; het blok begint bij kolomOffset (zoals leesRegisterDeel op het blok het geeft).
    const verschuif = kolomOffset - 1;
    if (verschuif > 0) {
      for (const k of deel.kaart.kolommen) {
        k.index -= verschuif;
        if (k.delen) k.delen = k.delen.map((x) => x - verschuif);
      }
    }
    return { deel, kopRijen };
  }

  private bewaar(i: number, cellen: Cel[]): void {
    while (this.buffer.length < i) this.buffer.push(LEGE_RIJ);
    this.buffer.push(cellen);
    if (this.buffer.length > this.maxBewaard) this.maxBewaard = this.buffer.length;
  }

  /** Van een rij de cellen die nog voor de keuring van een voorlopig gekeurde kolom tellen. */
  private bewaarKeuring(i: number, cellen: readonly Cel[]): void {
    const systeem = this.opties.datumsysteem ?? "1900";
    const utc = this.opties.jsDatumUtc ?? true;
    for (let j = 0; j < this.voorlopig.length; j++) {
      const v = this.voorlopig[j];
      if (this.gevuld[v] >= KEUR_MAX_CELLEN) continue;
      const kol = this.keuren[v];
      const c = cellen[kol];
      if (c === undefined || !telBijKeuring(c, systeem, utc)) continue;
      this.gevuld[v]++;
      (this.keuring[i] ??= [])[kol] = c;
    }
  }

  /** Kopregel en te keuren kolommen bekend? Genoeg gevulde cellen of genoeg rijen? Dan de kaart. */
  private probeer(): void {
    if (this.kopregel === undefined) {
      if (this.buffer.length < ZOEK_KOPRIJ_RIJEN) return;
      const keuze = maakToewijzing(this.opties.kolommen);
      const k = vindKoprij(this.buffer, keuze.toewijzing);
      this.kopregel = k;
      if (k === null) {
        this.deel = null;
        return;
      }
      // Welke kolommen gekeurd worden: de herkende datumkolommen, (voorzichtig) elke dubbele kolom, en een kop die
      // een bekende kop alleen bevat (zijn "bedoelde u …?" hangt af van de datums eronder, kaart.ts voorstelVelden).
      const kaart = maakKaart(this.buffer[k], 1, undefined, { waarden: LEGE_BUFFER, vanaf: 0, rijOffset: 0, systeem: "1900", utc: true, toewijzing: keuze.toewijzing });
      const keuren = new Set<number>();
      for (const c of kaart.kolommen) if (VELD_SOORT[c.veld] === "datum" || VELD_SOORT[c.veld] === "datums") keuren.add(c.index);
      for (const n of kaart.nietGebruikt) {
        if (n.reden === "dubbel") keuren.add(n.kolom - 1);
        else if (n.reden === "onbekend" && n.bedoeldeU.length) {
          const h = herkenKopTolerant(n.kop);
          if (h.soort === "voorstel" && h.binnenKop) keuren.add(n.kolom - 1);
        }
      }
      this.keuren = [...keuren];
      this.gevuld = this.keuren.map(() => 0);
      this.geteld = k + 1;
    }
    const systeem = this.opties.datumsysteem ?? "1900";
    const utc = this.opties.jsDatumUtc ?? true;
    let open = 0;
    for (let j = 0; j < this.keuren.length; j++) {
      const kol = this.keuren[j];
      let n = this.gevuld[j];
      for (let i = this.geteld; i < this.buffer.length && n < KEUR_MAX_CELLEN; i++) {
        const c = this.buffer[i][kol];
        if (c !== undefined && telBijKeuring(c, systeem, utc)) {
          n++;
          (this.keuring[i] ??= [])[kol] = c;
        }
      }
      this.gevuld[j] = n;
      if (n < KEUR_MAX_CELLEN) open++;
    }
    this.geteld = this.buffer.length;
    if (open === 0 || this.buffer.length >= BEWAAR_MAX) this.maakKaart(open === 0);
  }

  /**
   * De kaart uit de bewaarde rijen; de rijen onder de kopregel lezen en loslaten. `definitief`: alle te keuren
   * kolommen hadden genoeg gevulde cellen, of alle rijen zijn er (het eind van het blok).
   */
  private maakKaart(definitief: boolean): void {
    const d = this.rijOffset === 0 ? null : beginDeel(this.buffer, this.leesOpties(), Math.max(this.buffer.length, this.verwacht));
    this.deel = d;
    if (d) {
      if (!definitief) this.voorlopig = this.keuren.map((_, j) => j).filter((j) => this.gevuld[j] < KEUR_MAX_CELLEN);
      if (d.leest) for (let i = d.k + 1; i < this.buffer.length; i++) leesRijIn(d, this.buffer[i], i);
    }
    if (!this.voorlopig.length) this.keuring = [];
    this.buffer.length = Math.min(this.buffer.length, ZOEK_KOPRIJ_RIJEN);
  }

  /**
   * Aan het eind: de kaart opnieuw uit alle cellen die voor de keuring tellen. Dezelfde kolommen → de rijen zijn
   * goed gelezen; de meldingen over kolommen (met hun tellingen) komen dan van de definitieve kaart.
   */
  private bevestig(d: DeelInWording, kop: Cel[] | undefined): boolean {
    if (kop === undefined) return false;
    const kaart = deelKaart(kop, d.k, this.keuring, this.leesOpties());
    this.keuring = [];
    const oud = d.kaart;
    const zelfde =
      kaart.kolommen.length === oud.kolommen.length &&
      kaart.kolommen.every((k, j) => k.veld === oud.kolommen[j].veld && k.index === oud.kolommen[j].index && k.kop === oud.kolommen[j].kop) &&
      JSON.stringify(kaart.nietGebruikt) === JSON.stringify(oud.nietGebruikt) &&
      kaart.problemen.length === oud.problemen.length;
    if (!zelfde) return false;
    d.problemen.splice(0, kaart.problemen.length, ...kaart.problemen);
    return true;
  }

  private leesOpties(): LeesOpties {
    return { ...this.opties, rijOffset: this.rijOffset, kolomOffset: 1 };
  }
}

const LEGE_BUFFER: Cel[][] = [];
