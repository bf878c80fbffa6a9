/**
 * Typen van de beoordeling: wat UWV bij de RIV-toets zal vinden, per dossier.
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

/**
 * `nvt`: er komt geen RIV-toets, omdat er geen WIA-aanvraag hoeft te komen (bijvoorbeeld: de werknemer bereikt
 * tijdens de ziekte de AOW-leeftijd; de WIA eindigt daar). De tijdlijn beslist dat (mijlpaal WIA n.v.t.).
 */
export type RivUitkomst = "akkoord" | "onvolledig" | "risico" | "nog-niet-aan-de-orde" | "nvt" | "onbekend";

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

/** Een datum als dd-mm-jjjj voor een bevinding of oordeel. */
export const datumNL = (d: Dag): string => formatNL(d);

/** Hoe ver een termijn weg is, in woorden voor een oordeel: "vandaag", "morgen", "over 10 dagen". */
export function overDagen(uiterlijk: Dag, peildatum: Dag): string {
  const n = uiterlijk - peildatum;
  return n <= 0 ? "vandaag" : n === 1 ? "morgen" : `over ${n} dagen`;
}

/** Een punt: bevinding met gewicht en reden (zie Punt). */
export function punt(code: string, ernst: BevindingErnst, tekst: string, bron: string, gewicht: Punt["gewicht"], reden: string | null = null): Punt {
  return { bevinding: { code, ernst, tekst, bron }, gewicht, reden };
}
