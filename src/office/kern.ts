/**
 * De kernfuncties die de adapter gebruikt, als structurele typen volgens de afgesproken interfaces
 * (register-lezer en pipeline). Het taakvenster geeft de echte functies mee; zo blijft de adapter los
 * te testen en hangt hij niet aan de volgorde waarin de modules binnenkomen.
 */
import type { Dag } from "../core/dagen";
import type { RegisterDossier } from "../core/dossier";
import type { Instellingen } from "../core/instellingen";
import type { Probleem } from "../core/problemen";
import type { Mijlpaal, Tijdlijn } from "../core/tijdlijn";

export type Cel = string | number | boolean | Date | null | undefined;

export interface LeesOptiesLike {
  datumsysteem?: "1900" | "1904";
  rijOffset?: number;
  kolomOffset?: number;
  blad?: string;
  tabel?: string;
  jsDatumUtc?: boolean;
}

export interface RegisterLike {
  blad?: string;
  tabel?: string;
  koprij: number;
  eersteRij: number;
  laatsteRij: number;
  kolommen: { veld: string; kop: string; kolom: number; letter: string }[];
  dossiers: RegisterDossier[];
  problemen: Probleem[];
  ontbrekend: string[];
}

export interface BevindingLike {
  code: string;
  ernst: "info" | "waarschuwing" | "kritiek";
  tekst: string;
  bron: string;
}

export interface BeoordelingLike {
  riv: { uitkomst: string; oordeel: string; onderdelen: { code: string; naam: string; status: string; datum: Dag | null }[]; bevindingen: BevindingLike[] };
  spoor2: { uitkomst: string; oordeel: string; bevindingen: BevindingLike[] };
  loonsanctie: { risico: string; redenen: string[]; bevindingen: BevindingLike[] };
  bevindingen: BevindingLike[];
}

export interface EvaluatieLike {
  dossier: RegisterDossier;
  tijdlijn: Tijdlijn;
  beoordeling: BeoordelingLike;
  volgende: Mijlpaal | null;
}

export interface Kern {
  leesRegister(waarden: Cel[][], opties?: LeesOptiesLike): RegisterLike | null;
  evalueerDossier(dossier: RegisterDossier, peildatum: Dag, instellingen?: Instellingen): { ok: true; evaluatie: EvaluatieLike } | { ok: false; problemen: Probleem[] };
}
