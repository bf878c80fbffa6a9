/**
 * Beide kernen op een map (issue 22): een scan over meer werkmappen verdeelt de bestanden over werkers
 * (node:worker_threads). Elke werker leest en beoordeelt één werkmap tegelijk en maakt er dezelfde tekst van
 * als de scanner in één draad (rapport, JSON of CSV); de hoofddraad schrijft die tekst op de volgorde van de
 * bestanden, dus de uitvoer is byte voor byte dezelfde als zonder werkers. Wat een werker al af heeft terwijl
 * een eerder bestand nog loopt, wacht in het geheugen (hoogstens de uitvoer van één bestand per werker).
 *
 * Alleen voor de gewone scan (rapport, --json, --csv, eventueel --uitvoer): gekleurde kopieën, deelkopieën en
 * agenda's schrijven bestanden met één schrijver die alles van de run kent, en blijven in één draad.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Dag } from "../core/dagen";
import type { Instellingen } from "../core/instellingen";
import type { Limieten } from "./lezen";
import type { BestandOverzicht, Totalen } from "./rapport";

/** Welke uitvoer de werker maakt. */
export type Vorm = "tekst" | "csv" | "json1" | "json2";

/** Eén bestand voor een werker. */
export interface Taak {
  nr: number;
  bestand: string;
  /** Staan er al elementen vóór dit bestand in de JSON (de komma)? */
  eerste: boolean;
  peildatum: Dag;
  instellingen: Instellingen;
  limieten: Limieten;
  vorm: Vorm;
}

/** Wat een werker terugstuurt: stukken tekst, en aan het eind de tellingen van het bestand. */
export type Bericht =
  | { soort: "stuk"; nr: number; data: Uint8Array }
  | { soort: "klaar"; nr: number; overzicht: BestandOverzicht; totalen: Totalen; bronnen: [string, string][] };

/** Het gebouwde werkerbestand (lib/src/cli/werker.js), of null: onder ts-jest of zonder build één draad. */
export function werkerBestand(): string | null {
  if (!__filename.endsWith(".js")) return null;
  const p = path.join(__dirname, "werker.js");
  return existsSync(p) ? p : null;
}

/** Hoeveel kernen dit proces kan gebruiken. */
export function beschikbareKernen(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * Hoeveel werkers: het gevraagde aantal; anders twee vanaf drie kernen en één (geen werkers) op twee kernen of
 * minder. Eén draad is namelijk geen één kern: de opruimdraden van V8 (GC) en het uitpakken (threadpool) rekenen
 * ernaast, één draad houdt 1,35 kern bezig (bench/map.ts). Op twee kernen was een map van 8 × 10.000 rijen met
 * twee werkers niet sneller (wandtijd 0,95–1,26 × één draad, ook op een stille machine 1,0–1,14 ×) en kostte
 * hij 36–48 % meer CPU per bestand en 70 % meer geheugen (twee heaps); zelfs twee draden die alleen JSON maken
 * halen daar 0,75 × in plaats van 0,50 × (+12–23 % CPU).
 */
export function aantalWerkers(gevraagd: number | null, bestanden: number, kernen = beschikbareKernen()): number {
  return Math.max(1, Math.min(gevraagd ?? (kernen >= 3 ? 2 : 1), bestanden));
}

export interface Uitkomst {
  overzicht: BestandOverzicht;
  totalen: Totalen;
  bronnen: [string, string][];
}

/**
 * Scan `taken` met `n` werkers. `schrijf` krijgt de tekst (UTF-8) van elk bestand op volgorde van `nr` (en
 * wordt afgewacht: back-pressure), `klaar` de tellingen van elk bestand, ook op volgorde.
 */
export async function scanMetWerkers(
  bestand: string,
  taken: Taak[],
  n: number,
  schrijf: (data: Uint8Array) => Promise<void> | void,
  klaar: (nr: number, u: Uitkomst) => void,
): Promise<void> {
  const stukken = new Map<number, Uint8Array[]>();
  const uitkomsten = new Map<number, Uitkomst>();
  let volgende = 0; // het bestand dat nu geschreven wordt
  let wachtend = 0; // de volgende taak die nog uitgedeeld moet worden
  let wekker: (() => void) | null = null;
  let fout: Error | null = null;
  const wek = () => {
    const w = wekker;
    wekker = null;
    w?.();
  };
  const werkers: Worker[] = [];
  const geef = (w: Worker) => {
    if (wachtend < taken.length) w.postMessage(taken[wachtend++]);
  };
  for (let i = 0; i < n; i++) {
    const w = new Worker(bestand);
    werkers.push(w);
    w.on("message", (b: Bericht) => {
      if (b.soort === "stuk") {
        const lijst = stukken.get(b.nr);
        if (lijst) lijst.push(b.data);
        else stukken.set(b.nr, [b.data]);
      } else {
        uitkomsten.set(b.nr, { overzicht: b.overzicht, totalen: b.totalen, bronnen: b.bronnen });
        geef(w);
      }
      wek();
    });
    w.on("error", (e) => {
      fout = e instanceof Error ? e : new Error(String(e));
      wek();
    });
    geef(w);
  }
  try {
    while (volgende < taken.length) {
      if (fout) throw fout;
      const nr = taken[volgende].nr;
      const lijst = stukken.get(nr);
      if (lijst && lijst.length) {
        stukken.set(nr, []);
        for (const s of lijst) await schrijf(s);
        continue;
      }
      const u = uitkomsten.get(nr);
      if (u) {
        uitkomsten.delete(nr);
        stukken.delete(nr);
        klaar(nr, u);
        volgende++;
        continue;
      }
      await new Promise<void>((r) => (wekker = r));
    }
  } finally {
    await Promise.all(werkers.map((w) => w.terminate()));
  }
}
