/**
 * Werkdagen volgens de Algemene termijnenwet (BWBR0002448): geen zaterdag, zondag of algemeen erkende
 * feestdag.
 *
 * - art. 3 lid 1: Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede
 *   Kerstdag, de dag waarop de verjaardag van de Koning wordt gevierd, en 5 mei.
 * - art. 3 lid 2: Goede Vrijdag is daarmee gelijkgesteld (door de wet zelf).
 * - art. 3 lid 3: dagen die bij koninklijk besluit gelijkgesteld zijn, gepubliceerd in de Staatscourant,
 *   telkens voor een paar jaar (GELIJKGESTELDE_DAGEN hieronder, met hun besluit). Een jaar zonder
 *   gepubliceerd besluit heeft hier geen gelijkgestelde dagen; docs/regels.md zegt welke jaren dat zijn.
 *
 * Pasen wordt berekend (anonieme Gregoriaanse rekenregel, Meeus/Jones/Butcher): geen jaartabellen.
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

/** Een besluit op grond van art. 3 lid 3: de gelijkgestelde dagen en waar het besluit staat. */
export interface GelijkstellingsBesluit {
  /** De jaren waarvoor het besluit de dagen aanwijst. */
  jaren: readonly number[];
  /** ISO-datums van de gelijkgestelde dagen. */
  dagen: readonly string[];
  bron: string;
}

/**
 * Bij koninklijk besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3), als gedateerde gegevens.
 * Jaren die hier niet staan hebben geen (bekend) besluit: 2020–2022 (besluit niet geraadpleegd) en 2029 en
 * later (nog niet gepubliceerd). Zie docs/regels.md.
 */
export const GELIJKGESTELDE_DAGEN: readonly GelijkstellingsBesluit[] = [
  {
    jaren: [2017, 2018, 2019],
    dagen: ["2017-04-28", "2017-05-26", "2018-05-11", "2018-12-24", "2018-12-31", "2019-05-31", "2019-12-27"],
    bron: "Besluit van 31 oktober 2016, Stcrt. 2016, 58653",
  },
  {
    jaren: [2023, 2024, 2025],
    dagen: ["2023-04-28", "2023-05-19", "2024-05-10", "2024-12-27", "2025-05-30"],
    bron: "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag (Staatscourant)",
  },
  {
    jaren: [2026, 2027, 2028],
    dagen: ["2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"],
    bron: "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag (Staatscourant)",
  },
];

/** Jaren waarvoor een gelijkstellingsbesluit is opgenomen. */
export function heeftGelijkstellingsbesluit(jaar: number): boolean {
  return GELIJKGESTELDE_DAGEN.some((b) => b.jaren.includes(jaar));
}

/**
 * De dag waarop de verjaardag van de Koning(in) wordt gevierd (art. 3 lid 1):
 * - vanaf 2014 Koningsdag, 27 april; 26 april als 27 april een zondag is (Wet van 2013, Stb. 2013, 111);
 * - 1980–2013 Koninginnedag, 30 april; 29 april als 30 april een zondag is (zo gevierd in 1989, 1995, 2006);
 * - vóór 1980 Koninginnedag, 30 april; 1 mei als 30 april een zondag is.
 */
export function koningsdag(jaar: number): { dag: Dag; naam: string } {
  if (jaar >= 2014) {
    const k = dagVan(jaar, 4, 27);
    return { dag: weekdag(k) === 7 ? k - 1 : k, naam: "Koningsdag" };
  }
  const k = dagVan(jaar, 4, 30);
  if (weekdag(k) !== 7) return { dag: k, naam: "Koninginnedag" };
  return { dag: jaar >= 1980 ? k - 1 : k + 1, naam: "Koninginnedag" };
}

/** De feestdagen en gelijkgestelde dagen van de Algemene termijnenwet in een jaar, op datum gesorteerd. */
export function feestdagen(jaar: number): Feestdag[] {
  const pasen = paaszondag(jaar);
  const kd = koningsdag(jaar);
  const lijst: Feestdag[] = [
    { dag: dagVan(jaar, 1, 1), naam: "Nieuwjaarsdag" },
    { dag: pasen - 2, naam: "Goede Vrijdag" },
    { dag: pasen + 1, naam: "Tweede Paasdag" },
    { dag: kd.dag, naam: kd.naam },
    { dag: dagVan(jaar, 5, 5), naam: "Bevrijdingsdag" },
    { dag: pasen + 39, naam: "Hemelvaartsdag" },
    { dag: pasen + 50, naam: "Tweede Pinksterdag" },
    { dag: dagVan(jaar, 12, 25), naam: "Eerste Kerstdag" },
    { dag: dagVan(jaar, 12, 26), naam: "Tweede Kerstdag" },
  ];
  for (const b of GELIJKGESTELDE_DAGEN) {
    for (const iso of b.dagen) {
      if (Number(iso.slice(0, 4)) !== jaar) continue;
      const dag = dagVan(jaar, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      if (!lijst.some((f) => f.dag === dag)) lijst.push({ dag, naam: "Gelijkgestelde dag (koninklijk besluit)" });
    }
  }
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

/** De dag zelf als het een werkdag is, anders de eerstvolgende werkdag (Algemene termijnenwet art. 1). */
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
