/**
 * Werkdagen volgens de Algemene termijnenwet (BWBR0002448): geen zaterdag, zondag of algemeen erkende
 * feestdag.
 *
 * - art. 3 lid 1: Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede
 *   Kerstdag, de dag waarop de verjaardag van de Koning wordt gevierd, en 5 mei.
 * - art. 3 lid 2: Goede Vrijdag is daarmee gelijkgesteld (door de wet zelf).
 * - art. 3 lid 3: dagen die bij koninklijk besluit gelijkgesteld zijn, gepubliceerd in de Staatscourant,
 *   telkens voor een paar jaar (GELIJKGESTELDE_DAGEN hieronder, met hun besluit). Een jaar zonder
 *   (nagezocht) besluit heeft hier geen gelijkgestelde dagen; gelijkstellingOnzeker zegt welke jaren dat zijn,
 *   zodat de 42e-weeksmelding erbij zegt dat haar datum nog kan opschuiven.
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
 * Bij koninklijk besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3), als gedateerde gegevens: elk
 * besluit met de dagen uit zijn artikel 1 en zijn vindplaats. De tekst van de besluiten 2003–2016 is nagelezen in
 * het Basiswettenbestand (BWBR-nummers hieronder, via de markdown-kopie statengeneraal/laws-markdown); het besluit
 * voor 2017–2019 op wetten.overheid.nl (BWBR0038666); de besluiten voor 2023–2025 en 2026–2028 alleen aan hun
 * titel (zoals geciteerd op sterfgeval.nl, 4-10-2025), niet aan de Staatscourant zelf.
 *
 * Niet nagezocht (geen primaire bron gevonden), dus hier zonder gelijkgestelde dagen en met de waarschuwing dat
 * de datum kan opschuiven (ONGEVERIFIEERDE_JAREN): 2004 (een besluit van vóór 2003, niet gevonden) en 2020–2022
 * (het besluit voor die jaren is niet gevonden; een secundaire bron noemt vrijdag 27 mei 2022). Vanaf 2029 is nog
 * geen besluit gepubliceerd.
 */
export const GELIJKGESTELDE_DAGEN: readonly GelijkstellingsBesluit[] = [
  {
    jaren: [2005, 2006, 2007],
    dagen: ["2005-05-06", "2006-05-26", "2007-05-18", "2007-12-27", "2007-12-28", "2007-12-31"],
    bron: "Besluit van 26 november 2003, nr. 03.004876, houdende gelijkstelling van 6 mei 2005, 26 mei 2006, 18 mei 2007, 27, 28 en 31 december 2007 met een algemeen erkende feestdag (Staatscourant; BWBR0015963)",
  },
  {
    jaren: [2007, 2008, 2009, 2010],
    dagen: ["2007-12-24", "2008-05-02", "2009-01-02", "2009-05-01", "2009-05-04", "2009-05-22", "2010-05-14"],
    bron: "Besluit van 27 september 2007, nr. 07.003139, houdende gelijkstelling van 24 december 2007, 2 mei 2008, 22 mei 2009 en 14 mei 2010 met een algemeen erkende feestdag; art. 1 noemt ook 2 januari, 1 en 4 mei 2009 (Staatscourant; BWBR0022669)",
  },
  {
    jaren: [2011, 2012, 2013],
    dagen: ["2011-05-06", "2011-06-03", "2012-05-18", "2012-12-24", "2012-12-31", "2013-04-29", "2013-05-10", "2013-12-27"],
    bron: "Besluit van 7 juni 2010, nr. 10.001566, houdende gelijkstelling van 6 mei en 3 juni 2011, 18 mei, 24 en 31 december 2012 en 29 april, 10 mei en 27 december 2013 met een algemeen erkende feestdag (Staatscourant; BWBR0027755)",
  },
  {
    jaren: [2014, 2015, 2016],
    dagen: ["2014-05-30", "2015-01-02", "2015-05-04", "2015-05-15", "2016-05-06"],
    bron: "Besluit van 17 juni 2013, nr. 13.001210, houdende gelijkstelling van 30 mei 2014, 2 januari, 4 en 15 mei 2015 en 6 mei 2016 met een algemeen erkende feestdag (Staatscourant; BWBR0033679)",
  },
  {
    jaren: [2017, 2018, 2019],
    dagen: ["2017-04-28", "2017-05-26", "2018-05-11", "2018-12-24", "2018-12-31", "2019-05-31", "2019-12-27"],
    bron: "Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en 26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een algemeen erkende feestdag (Stcrt. 2016, 58653; BWBR0038666)",
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

/**
 * Jaren vóór 2029 waarvoor wel een besluit bestaat of bestond, maar de tekst niet is nagezocht: de termijn kan
 * daar een of meer dagen later liggen dan de engine rekent (zie hierboven).
 */
export const ONGEVERIFIEERDE_JAREN: readonly number[] = [2004, 2020, 2021, 2022];

/**
 * Kan een werkdagtermijn in dit jaar nog opschuiven doordat een besluit over gelijkgestelde dagen ontbreekt
 * (nog niet gepubliceerd, of niet nagezocht)? Vóór 2004 rekent de engine niet (de wachttijd van 104 weken
 * begon in 2004).
 */
export function gelijkstellingOnzeker(jaar: number): boolean {
  if (jaar < 2004) return false;
  return ONGEVERIFIEERDE_JAREN.includes(jaar) || !heeftGelijkstellingsbesluit(jaar);
}

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

/** De dag zelf als het een werkdag is, anders de laatste werkdag ervóór (terugrekenen: Atw art. 1 lid 2). */
export function vorigeWerkdag(d: Dag): Dag {
  let x = d;
  while (!isWerkdag(x)) x--;
  return x;
}

/** Naam van de feestdag op deze dag, of null. */
export function feestdagNaam(d: Dag): string | null {
  const f = feestdagen(jaarVan(d)).find((x) => x.dag === d);
  return f ? f.naam : null;
}
