/**
 * Typen van de beoordeling (issue 3): wat UWV bij de RIV-toets zal vinden, per dossier.
 * Zuiver: alleen typen en kleine hulpfuncties.
 */
import { formatNL, type Dag } from "../dagen";

export type BevindingErnst = "info" | "waarschuwing" | "kritiek";

export interface Bevinding {
  /** Stabiele code, bijvoorbeeld `SPOOR2_TE_LAAT` of `RIV_AO_ONTBREEKT`. */
  code: string;
  ernst: BevindingErnst;
  /** Nederlandse tekst; datums als dd-mm-jjjj. */
  tekst: string;
  /** De bron van de regel (BRON in wet.ts). */
  bron: string;
}

export type RivUitkomst = "akkoord" | "onvolledig" | "risico" | "nog-niet-aan-de-orde" | "onbekend";

export type RivStatus = "aanwezig" | "te-laat" | "ontbreekt" | "nog-niet-nodig" | "nvt" | "onbekend";

export interface RivOnderdeel {
  code: string;
  naam: string;
  status: RivStatus;
  /** Datum waarop het onderdeel er was (gedaan/opgesteld), of null. */
  datum: Dag | null;
}

export type Spoor2Uitkomst = "op-tijd" | "te-laat" | "niet-gestart" | "nog-niet-aan-de-orde" | "uitzondering" | "nvt" | "onbekend";

export type LoonsanctieRisico = "geen" | "laag" | "middel" | "hoog" | "opgelegd";

export interface Beoordeling {
  riv: { uitkomst: RivUitkomst; oordeel: string; onderdelen: RivOnderdeel[]; bevindingen: Bevinding[] };
  spoor2: { uitkomst: Spoor2Uitkomst; oordeel: string; bevindingen: Bevinding[] };
  loonsanctie: { risico: LoonsanctieRisico; redenen: string[]; bevindingen: Bevinding[] };
  /** Alle bevindingen hierboven, de ernstigste eerst. */
  bevindingen: Bevinding[];
}

/**
 * Intern: een bevinding met het gewicht dat zij in het loonsanctierisico heeft (null = telt niet mee)
 * en een korte reden voor het oordeel ("spoor 2 gestart op …, uiterlijk …").
 */
export interface Punt {
  bevinding: Bevinding;
  gewicht: "hoog" | "middel" | "laag" | null;
  reden: string | null;
}

export const ERNST_RANG: Readonly<Record<BevindingErnst, number>> = { kritiek: 0, waarschuwing: 1, info: 2 };

/** Sorteer bevindingen, ernstigste eerst; gelijke ernst houdt de volgorde (Array.prototype.sort is stabiel). */
export function sorteerBevindingen(lijst: Bevinding[]): Bevinding[] {
  return lijst.sort((a, b) => ERNST_RANG[a.ernst] - ERNST_RANG[b.ernst]);
}

export function isDag(x: unknown): x is Dag {
  return typeof x === "number" && Number.isInteger(x);
}

/**
 * formatNL met een kleine cache: een register van 50.000 rijen noemt steeds dezelfde paar duizend datums,
 * en elke bevinding noemt er een of twee. Deterministisch (alleen een geheugensteun), dus zuiver.
 */
const DATUM_CACHE = new Map<Dag, string>();
const DATUM_CACHE_MAX = 20_000;
export function datumNL(d: Dag): string {
  let s = DATUM_CACHE.get(d);
  if (s === undefined) {
    if (DATUM_CACHE.size >= DATUM_CACHE_MAX) DATUM_CACHE.clear();
    s = formatNL(d);
    DATUM_CACHE.set(d, s);
  }
  return s;
}

/**
 * Gedeelde, bevroren punten (performance, issue 4): een register van 50.000 rijen geeft steeds dezelfde
 * bevindingen met dezelfde datums. Eén bevroren object per combinatie in plaats van één per dossier scheelt het
 * grootste deel van het geheugen (en de garbage collection) van de beoordeling. Deterministisch (alleen een
 * geheugensteun), dus zuiver. Eén cache per plek in de code; de sleutel is (soort, a, b) met a en b kleine
 * gehele getallen (meestal datums, zie cacheDag). Wie -1 als a of b meegeeft, slaat de cache over.
 */
export const DAG_BITS = 131072; // 2^17: Excel-serienummers tot ver na 2300
/** Sleutelwaarde voor "geen datum" (null). */
export const GEEN_DAG = DAG_BITS - 1;
const PUNTEN_MAX = 50_000;

/** Een datum als sleutel voor GedeeldePunten: null wordt GEEN_DAG, een ongewone waarde -1 (niet cachen). */
export function cacheDag(d: Dag | null): number {
  return d === null ? GEEN_DAG : d >= 0 && d < GEEN_DAG && Number.isInteger(d) ? d : -1;
}

export class GedeeldePunten {
  private readonly soorten: Map<number, Map<number, Punt>>[] = [];
  private aantal = 0;

  constructor(soorten: number) {
    for (let i = 0; i < soorten; i++) this.soorten.push(new Map());
  }

  /** Het gedeelde punt voor (soort, a, b), of undefined. */
  haal(soort: number, a: number, b: number): Punt | undefined {
    if (a < 0 || b < 0) return undefined;
    const perA = this.soorten[soort].get(a);
    return perA === undefined ? undefined : perA.get(b);
  }

  /** Bevries `p` (en zijn bevinding), bewaar het onder (soort, a, b) en geef het terug. */
  bewaar(soort: number, a: number, b: number, p: Punt): Punt {
    Object.freeze(p.bevinding);
    Object.freeze(p);
    if (a < 0 || b < 0) return p;
    if (this.aantal >= PUNTEN_MAX) {
      for (const m of this.soorten) m.clear();
      this.aantal = 0;
    }
    const m = this.soorten[soort];
    let perA = m.get(a);
    if (perA === undefined) {
      perA = new Map();
      m.set(a, perA);
    }
    perA.set(b, p);
    this.aantal++;
    return p;
  }
}
