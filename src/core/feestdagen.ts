/**
 * Werkdagen volgens de Algemene termijnenwet: geen zaterdag, zondag of algemeen erkende feestdag
 * (art. 3 lid 1): Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede
 * Kerstdag, Koningsdag en 5 mei. Pasen wordt berekend (anonieme Gregoriaanse rekenregel, Meeus/Jones/
 * Butcher): geen jaartabellen.
 */
import { dagVan, jaarVan, weekdag, type Dag } from "./dagen";

/** Paaszondag van een jaar (Gregoriaanse kalender). */
export function paaszondag(jaar: number): Dag {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return dagVan(jaar, maand, dag);
}

export interface Feestdag {
  dag: Dag;
  naam: string;
}

/** De feestdagen van de Algemene termijnenwet in een jaar, op datum gesorteerd. */
export function feestdagen(jaar: number): Feestdag[] {
  const pasen = paaszondag(jaar);
  const koningsdag = dagVan(jaar, 4, 27);
  const lijst: Feestdag[] = [
    { dag: dagVan(jaar, 1, 1), naam: "Nieuwjaarsdag" },
    { dag: pasen + 1, naam: "Tweede Paasdag" },
    // Koningsdag: 27 april, of 26 april als 27 april op een zondag valt (Wet van 2013, Stb. 2013, 111).
    { dag: weekdag(koningsdag) === 7 ? koningsdag - 1 : koningsdag, naam: "Koningsdag" },
    { dag: dagVan(jaar, 5, 5), naam: "Bevrijdingsdag" },
    { dag: pasen + 39, naam: "Hemelvaartsdag" },
    { dag: pasen + 50, naam: "Tweede Pinksterdag" },
    { dag: dagVan(jaar, 12, 25), naam: "Eerste Kerstdag" },
    { dag: dagVan(jaar, 12, 26), naam: "Tweede Kerstdag" },
  ];
  return lijst.sort((x, y) => x.dag - y.dag);
}

const cache = new Map<number, Set<Dag>>();

function feestdagSet(jaar: number): Set<Dag> {
  let set = cache.get(jaar);
  if (!set) {
    set = new Set(feestdagen(jaar).map((f) => f.dag));
    cache.set(jaar, set);
  }
  return set;
}

export function isFeestdag(d: Dag): boolean {
  return feestdagSet(jaarVan(d)).has(d);
}

export function isWerkdag(d: Dag): boolean {
  return weekdag(d) <= 5 && !isFeestdag(d);
}

/** De dag zelf als het een werkdag is, anders de eerstvolgende werkdag. */
export function volgendeWerkdag(d: Dag): Dag {
  let x = d;
  while (!isWerkdag(x)) x++;
  return x;
}

/** Naam van de feestdag op deze dag, of null. */
export function feestdagNaam(d: Dag): string | null {
  const f = feestdagen(jaarVan(d)).find((x) => x.dag === d);
  return f ? f.naam : null;
}
