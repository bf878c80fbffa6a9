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
import { GELIJKGESTELD, GELIJKGESTELD_BESLUITEN, GELIJKGESTELD_NIET_NAGEZOCHT } from "./wet-gegevens";

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

/** Een besluit op grond van art. 3 lid 3: de jaren en de gelijkgestelde dagen. */
export interface GelijkstellingsBesluit {
  /** De jaren waarvoor het besluit de dagen aanwijst. */
  jaren: readonly number[];
  /** ISO-datums van de gelijkgestelde dagen. */
  dagen: readonly string[];
}

/**
 * Bij koninklijk besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3), uit wet/gelijkgestelde_dagen.yaml: elk
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
export const GELIJKGESTELDE_DAGEN: readonly GelijkstellingsBesluit[] = GELIJKGESTELD;

/** De besluiten met hun titel en vindplaats (documentatie en tests; niet in de bundel). */
export function gelijkstellingsBesluiten(): (GelijkstellingsBesluit & { besluit: string; referentie: string })[] {
  return GELIJKGESTELD.map((b, i) => ({ ...b, ...GELIJKGESTELD_BESLUITEN[i] }));
}

/**
 * Jaren vóór 2029 waarvoor wel een besluit bestaat of bestond, maar de tekst niet is nagezocht: de termijn kan
 * daar een of meer dagen later liggen dan de engine rekent (zie hierboven).
 */
export const ONGEVERIFIEERDE_JAREN: readonly number[] = GELIJKGESTELD_NIET_NAGEZOCHT;

/**
 * Kan een werkdagtermijn in dit jaar nog opschuiven doordat een besluit over gelijkgestelde dagen ontbreekt
 * (nog niet gepubliceerd, of niet nagezocht)? Vóór 2004 rekent de engine niet (de wachttijd van 104 weken
 * begon in 2004).
 */
export function gelijkstellingOnzeker(jaar: number): boolean {
  if (jaar < 2004) return false;
  // Elke tijdlijn vraagt dit (de 42e-weeksmelding): per jaar eenmaal door de besluiten zoeken.
  let uit = onzeker.get(jaar);
  if (uit === undefined) onzeker.set(jaar, (uit = ONGEVERIFIEERDE_JAREN.includes(jaar) || !heeftGelijkstellingsbesluit(jaar)));
  return uit;
}
const onzeker = new Map<number, boolean>();

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

/**
 * Per dag of het een werkdag is, eenmaal uitgerekend (0 = nog niet, 1 = werkdag, 2 = geen werkdag): de
 * 42e-weeksmelding en PW.DEADLINE vragen het voor elk dossier, en het jaar van een dag uitrekenen kost meer
 * dan de opzoeking zelf. Dezelfde uitkomst als weekdag + feestdagen (de feestdagen blijven gegevens).
 */
const WERKDAG_CACHE_DAGEN = 150_000; // tot in het jaar 2310
const werkdagCache = new Uint8Array(WERKDAG_CACHE_DAGEN);

export function isWerkdag(d: Dag): boolean {
  if (d >= 0 && d < WERKDAG_CACHE_DAGEN && Number.isInteger(d)) {
    const c = werkdagCache[d];
    if (c !== 0) return c === 1;
    const w = weekdag(d) <= 5 && !isFeestdag(d);
    werkdagCache[d] = w ? 1 : 2;
    return w;
  }
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
