/**
 * Welke blokken celwaarden op een blad een register kunnen zijn: één beslissing voor scanner en taakvenster.
 * De scanner (src/cli/lezen/xlsx.ts) en de Office-adapter (src/office/werkmap.ts) lezen elk op hun manier de
 * cellen, de tabellen en de samengevoegde cellen van een blad; deze functie beslist daarna, voor beide gelijk:
 *  - per Excel-tabel één blok; een tabel zonder kopregel met de koppen er vlak boven krijgt die rij erbij;
 *  - rijen die direct onder een tabel getypt zijn (de tabel groeide niet mee) horen bij de tabel, met een melding;
 *  - wat buiten de tabellen staat (een register als gewoon bereik naast een opzoektabel) is een eigen blok;
 *  - zonder tabel is het gebruikte bereik één blok;
 *  - een samenvoeging over meer rijen (een naam over twee ziekteperioden) geeft elke rij de waarde linksboven.
 *
 * Zuiver: geen Office, DOM of bestanden.
 */
import type { Cel } from "./cellen";
import type { Register } from "./lezer";
import type { GestroomdDeel } from "./stroom";

export interface Rechthoek {
  boven: number;
  links: number;
  onder: number;
  rechts: number;
}

export interface Blok {
  blad: string;
  tabel?: string;
  /** Werkbladrij (1-based) van waarden[0]. */
  rijOffset: number;
  /** Werkbladkolom (1-based) van waarden[r][0]. */
  kolomOffset: number;
  /** Rijen mogen korter zijn dan het blok breed is (wat ontbreekt is leeg). */
  waarden: Cel[][];
  /** Cellen (1-based rij en kolom) met een formule zonder opgeslagen uitkomst (alleen de scanner ziet ze). */
  formulesZonderWaarde: { rij: number; kolom: number }[];
  /** Wat anders gelezen is dan Excel het toont (rijen onder een tabel die niet meegroeide), voor het rapport. */
  meldingen?: { rij?: number; melding: string }[];
  /**
   * Het blok is al tijdens het lezen van het werkblad rij voor rij tot een register gelezen (stroom.ts, alleen de
   * scanner zonder kopie): `waarden` is dan leeg.
   */
  gestroomd?: GestroomdDeel;
}

/** Een Excel-tabel op het blad. */
export interface BladTabel {
  naam: string;
  /** De gegevens (en de kopregel), zonder totaalrij. */
  r: Rechthoek;
  /** De laatste rij van de tabel zoals Excel hem kent (met totaalrij). */
  refOnder: number;
  /** Aantal kopregels (0 = een tabel zonder kopregel). */
  kopRijen: number;
}

/** De cellen van één blad, zoals een host ze gelezen heeft. */
export interface BladCellen {
  /** Per werkbladrij (1-based) de cellen, kolom k op index k-1; undefined = een lege rij. */
  rijen: (Cel[] | undefined)[];
  /** Grenzen van de niet-lege cellen (maxRij 0 = een leeg blad). */
  minRij: number;
  maxRij: number;
  minKol: number;
  maxKol: number;
  /** Samengevoegde cellen. */
  samengevoegd: Rechthoek[];
  /** Formules zonder opgeslagen uitkomst (de scanner); de Office-adapter krijgt de berekende waarde. */
  formules: { rij: number; kolom: number }[];
}

const LEGE_RIJ: Cel[] = [];
const isLeeg = (c: Cel | undefined) => c === undefined || c === null || c === "";

/**
 * Een rechthoek celwaarden (zoals Excel ze geeft: `range.values`, lege cellen `""`) vanaf (rijOffset,
 * kolomOffset) als BladCellen; de grenzen zijn die van de niet-lege cellen, zoals in de scanner.
 */
export function bladUitRaster(waarden: readonly (readonly Cel[])[], rijOffset: number, kolomOffset: number, samengevoegd: Rechthoek[] = []): BladCellen {
  const blad: BladCellen = { rijen: [], minRij: Infinity, maxRij: 0, minKol: Infinity, maxKol: 0, samengevoegd, formules: [] };
  for (let i = 0; i < waarden.length; i++) {
    const bron = waarden[i];
    let eerste = -1;
    let laatste = -1;
    for (let j = 0; j < bron.length; j++) {
      if (isLeeg(bron[j])) continue;
      if (eerste < 0) eerste = j;
      laatste = j;
    }
    if (eerste < 0) continue;
    const r = rijOffset + i;
    const a: Cel[] = kolomOffset === 1 ? (bron as Cel[]) : new Array<Cel>(kolomOffset - 1 + bron.length);
    if (kolomOffset !== 1) for (let j = 0; j < bron.length; j++) a[kolomOffset - 1 + j] = bron[j];
    blad.rijen[r] = a;
    if (r < blad.minRij) blad.minRij = r;
    blad.maxRij = r;
    blad.minKol = Math.min(blad.minKol, kolomOffset + eerste);
    blad.maxKol = Math.max(blad.maxKol, kolomOffset + laatste);
  }
  return blad;
}

/**
 * Samengevoegde cellen over meer rijen (een naam over twee ziekteperioden) krijgen in elke rij de waarde van de
 * cel linksboven, zoals de gebruiker ze ziet. Alleen horizontaal samengevoegd (een titel of een kop over meer
 * kolommen) blijft zoals Excel het bewaart: de waarde in de eerste kolom.
 */
function vulSamengevoegd(blad: BladCellen): void {
  let budget = 2_000_000; // een samenvoeging over het hele blad kost niet meer dan dit aantal cellen
  for (const m of blad.samengevoegd) {
    if (m.boven === m.onder) continue;
    const w = blad.rijen[m.boven]?.[m.links - 1];
    if (isLeeg(w)) continue;
    for (let r = m.boven; r <= Math.min(m.onder, blad.maxRij); r++) {
      for (let k = m.links; k <= Math.min(m.rechts, blad.maxKol); k++) {
        if (r === m.boven && k === m.links) continue;
        if (--budget < 0) return;
        let a = blad.rijen[r];
        if (a === undefined) blad.rijen[r] = a = [];
        if (isLeeg(a[k - 1])) a[k - 1] = w!;
      }
    }
  }
}

/**
 * Blokken van één blad: per tabel één, en wat buiten de tabellen staat als eigen blok (een register als gewoon
 * bereik naast een opzoektabel); zonder tabel het gebruikte bereik. Een tabel zonder kopregel met de koppen er
 * vlak boven krijgt die rij erbij; rijen die direct onder een tabel getypt zijn (de tabel groeide niet mee) worden
 * met de tabel gelezen, met een melding. Vult de samengevoegde cellen in `blad` in.
 */
/** Het gebruikte bereik van een blad: de grenzen van de niet-lege cellen, of null voor een leeg blad. */
export function gebruiktBereik(blad: Pick<BladCellen, "minRij" | "maxRij" | "minKol" | "maxKol">): Rechthoek | null {
  return blad.maxRij === 0 ? null : { boven: blad.minRij, links: blad.minKol, onder: blad.maxRij, rechts: blad.maxKol };
}

/** De formules zonder opgeslagen uitkomst binnen r. */
export function formulesBinnen(blad: Pick<BladCellen, "formules">, r: Rechthoek): { rij: number; kolom: number }[] {
  return blad.formules.filter((f) => f.rij >= r.boven && f.rij <= r.onder && f.kolom >= r.links && f.kolom <= r.rechts);
}

export function blokkenVanBlad(naam: string, blad: BladCellen, tabellen: readonly BladTabel[]): Blok[] {
  vulSamengevoegd(blad);
  const uit: Blok[] = [];
  const maak = (r: Rechthoek): Cel[][] => {
    const w: Cel[][] = new Array(Math.max(0, r.onder - r.boven + 1));
    for (let i = r.boven; i <= r.onder; i++) {
      const a = blad.rijen[i];
      w[i - r.boven] = a === undefined ? LEGE_RIJ : r.links === 1 && a.length <= r.rechts ? a : a.slice(r.links - 1, r.rechts);
    }
    return w;
  };
  const formulesIn = (r: Rechthoek) => formulesBinnen(blad, r);
  if (tabellen.length === 0) {
    const r = gebruiktBereik(blad);
    if (r === null) return uit;
    uit.push({ blad: naam, rijOffset: r.boven, kolomOffset: r.links, waarden: maak(r), formulesZonderWaarde: formulesIn(r) });
    return uit;
  }
  const rijHeeftIets = (i: number, links: number, rechts: number) => {
    const a = blad.rijen[i];
    if (a === undefined) return false;
    for (let k = links; k <= Math.min(rechts, a.length); k++) if (!isLeeg(a[k - 1])) return true;
    return false;
  };
  const inAndereTabel = (t: BladTabel, rij: number) => tabellen.some((x) => x !== t && rij >= x.r.boven && rij <= x.refOnder && x.r.links <= t.r.rechts && x.r.rechts >= t.r.links);
  const bezet: Rechthoek[] = [];
  for (const t of tabellen) {
    const r = { ...t.r };
    const meldingen: { rij?: number; melding: string }[] = [];
    if (t.kopRijen === 0 && r.boven > 1 && rijHeeftIets(r.boven - 1, r.links, r.rechts) && !inAndereTabel(t, r.boven - 1)) r.boven--;
    let onder = t.refOnder;
    while (onder < blad.maxRij && rijHeeftIets(onder + 1, r.links, r.rechts) && !inAndereTabel(t, onder + 1)) onder++;
    if (onder > t.refOnder) {
      const n = onder - t.refOnder;
      const rijen = n === 1 ? `rij ${onder}` : `rij ${t.refOnder + 1}–${onder}`;
      meldingen.push({
        rij: t.refOnder + 1,
        melding: `${n === 1 ? "1 rij" : `${n} rijen`} direct onder tabel ${t.naam} (${rijen}) ${n === 1 ? "hoort" : "horen"} in Excel niet bij de tabel (de tabel groeide niet mee); ${n === 1 ? "die is" : "ze zijn"} wel gelezen. Vergroot de tabel (Tabelontwerp › Formaat van tabel wijzigen), dan tellen filters, formules en kleuren ze ook mee.`,
      });
      r.onder = onder;
    }
    bezet.push({ ...r, onder: Math.max(r.onder, t.refOnder) });
    uit.push({ blad: naam, tabel: t.naam, rijOffset: r.boven, kolomOffset: r.links, waarden: maak(r), formulesZonderWaarde: formulesIn(r), ...(meldingen.length ? { meldingen } : {}) });
  }
  // Wat buiten de tabellen staat: een eigen blok (cellen in een tabel leeg), als er iets staat.
  const inTabel = (rij: number, kol: number) => bezet.some((b) => rij >= b.boven && rij <= b.onder && kol >= b.links && kol <= b.rechts);
  let rest: Rechthoek | null = null;
  for (let i = blad.minRij; i <= blad.maxRij; i++) {
    const a = blad.rijen[i];
    if (a === undefined) continue;
    for (let k = 1; k <= a.length; k++) {
      if (isLeeg(a[k - 1]) || inTabel(i, k)) continue;
      if (rest === null) rest = { boven: i, links: k, onder: i, rechts: k };
      else {
        rest.onder = i;
        if (k < rest.links) rest.links = k;
        if (k > rest.rechts) rest.rechts = k;
      }
    }
  }
  if (rest !== null) {
    const r = rest;
    const waarden: Cel[][] = [];
    for (let i = r.boven; i <= r.onder; i++) {
      const a = blad.rijen[i];
      const rij: Cel[] = a === undefined ? [] : a.slice(r.links - 1, r.rechts);
      for (let k = 0; k < rij.length; k++) if (inTabel(i, r.links + k)) rij[k] = null;
      waarden.push(rij);
    }
    uit.push({ blad: naam, rijOffset: r.boven, kolomOffset: r.links, waarden, formulesZonderWaarde: formulesIn(r).filter((f) => !inTabel(f.rij, f.kolom)) });
  }
  return uit;
}

/** De meldingen van een blok (rijen onder een tabel) als waarschuwingen bij het register, op rijvolgorde. */
export function voegBlokMeldingenToe(register: Register, blok: Pick<Blok, "meldingen">): void {
  if (!blok.meldingen?.length) return;
  for (const m of blok.meldingen) register.problemen.push({ code: "RIJEN_BUITEN_TABEL", ernst: "waarschuwing", melding: m.melding, ...(m.rij !== undefined ? { rij: m.rij } : {}) });
  register.problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
}
