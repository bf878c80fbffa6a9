/**
 * Verzuimcijfers over een periode volgens de Nationale Verzuimstandaard ("Standaard berekening van
 * ziekteverzuim", Vernet/Verzuimstandaard) en de CBS-begrippen:
 *
 * - **verzuimpercentage** = ziekte-kalenderdagen binnen de periode / (medewerkers × kalenderdagen in de periode)
 *   × 100. CBS: "het totaal aantal ziektedagen van de werknemers, in procenten van het totaal aantal
 *   beschikbare (werk-/kalender)dagen van de werknemers in de verslagperiode". Zonder kolom voor de
 *   deeltijdfactor weegt iedereen even zwaar.
 * - **meldingsfrequentie** = ziekmeldingen die in de periode beginnen / gemiddeld aantal medewerkers,
 *   omgerekend naar een jaar (× 365 / dagen in de periode). CBS: "omgerekend naar jaarbasis".
 * - **gemiddelde verzuimduur** = gemiddelde lengte in kalenderdagen van de meldingen die in de periode
 *   eindigen, met hun hele lengte (ook de dagen vóór de periode). CBS: "vanaf de eerste verzuimkalenderdag
 *   tot en met de laatste (inclusief weekenden)".
 * - **nulverzuim** = het deel van de medewerkers zonder één ziektedag in de periode, in procenten.
 *
 * Elke rij van het register is één melding. Samentellen (BW 7:629 lid 10) is voor de wachttijd, niet voor
 * deze cijfers: twee meldingen met drie weken ertussen zijn hier twee meldingen. WAZO-verlof is geen verzuim
 * en telt niet mee (CBS: "exclusief zwangerschaps- en bevallingsverlof").
 *
 * Zuiver: geen Office, DOM of I/O. Geen medische gegevens: alleen datums, naam/personeelsnummer en afdeling.
 */
import { dagVan, datumVan, dagenInMaand, formatNL, type Dag } from "./dagen";
import type { Interval } from "./tijdlijn";
import type { Register } from "./register";
import { plusMaanden } from "./tijdlijn";

/** Drempel voor frequent verzuim: zoveel ziekmeldingen binnen 12 maanden is een signaal voor een gesprek. */
export const FREQUENT_VERZUIM_MELDINGEN = 3;
export const FREQUENT_VERZUIM_MAANDEN = 12;

/** Eén ziekmelding (één rij van het register). */
export interface Melding {
  /** Wie: personeelsnummer als dat er is, anders de naam. */
  sleutel: string;
  /** Zoals te tonen: naam (of personeelsnummer). */
  werknemer: string;
  afdeling: string | null;
  eersteZiektedag: Dag;
  /** Laatste ziektedag (de dag vóór de hersteldatum), of null als de melding nog loopt. */
  laatsteZiektedag: Dag | null;
  /** WAZO-verlof binnen de melding: geen verzuimdagen. */
  wazo: readonly Interval[];
  /** Werkbladrij, als bekend. */
  rij: number | null;
  /** Het blad van die rij, als bekend (een samengetelde periode kan op een ander blad staan, zoals een archief). */
  blad?: string;
}

export interface Cijfers {
  /** Kalenderdagen in de periode. */
  dagen: number;
  /** Aantal medewerkers (gegeven), of null als onbekend. */
  medewerkers: number | null;
  /** Ziekte-kalenderdagen binnen de periode. */
  ziektedagen: number;
  verzuimpercentage: number | null;
  /** Ziekmeldingen die in de periode beginnen. */
  meldingen: number;
  meldingsfrequentie: number | null;
  /** Meldingen die in de periode eindigen (hersteld). */
  afgeslotenMeldingen: number;
  gemiddeldeVerzuimduur: number | null;
  /** Verschillende werknemers met ten minste één ziektedag in de periode. */
  werknemersMetVerzuim: number;
  nulverzuim: number | null;
}

export interface FrequentVerzuim {
  werknemer: string;
  afdeling: string | null;
  /** Het grootste aantal ziekmeldingen binnen 12 maanden (venster dat in de periode eindigt). */
  meldingen: number;
  /** Eerste ziektedag van de eerste en de laatste melding in dat venster. */
  van: Dag;
  tot: Dag;
}

export interface MaandCijfer {
  jaar: number;
  maand: number;
  ziektedagen: number;
  verzuimpercentage: number | null;
  meldingen: number;
}

export interface Statistiek extends Cijfers {
  van: Dag;
  tot: Dag;
  perAfdeling: ({ afdeling: string } & Cijfers)[] | null;
  perMaand: MaandCijfer[];
  frequentVerzuim: FrequentVerzuim[];
  /** Uitleg bij wat niet te berekenen was (Nederlands). */
  opmerkingen: string[];
}

export interface StatistiekOpties {
  van: Dag;
  tot: Dag;
  /** Aantal medewerkers (gemiddeld over de periode), of null als onbekend. */
  medewerkers: number | null;
  /** Aantal medewerkers per afdeling (optioneel). */
  medewerkersPerAfdeling?: Readonly<Record<string, number>>;
  /**
   * Vandaag (of de peildatum): dagen daarna tellen nooit mee. Een `tot` later dan deze dag wordt ingekort tot
   * deze dag, met een opmerking; anders zou een open melding de toekomst als ziek tellen (en de noemer ook).
   */
  peildatum?: Dag;
}

/** Ziektedagen van een melding binnen [van, tot], zonder WAZO-verlof. */
function ziektedagenBinnen(m: Melding, van: Dag, tot: Dag): number {
  const a = Math.max(m.eersteZiektedag, van);
  const b = Math.min(m.laatsteZiektedag ?? tot, tot);
  if (b < a) return 0;
  let n = b - a + 1;
  for (const w of m.wazo) {
    const wa = Math.max(w.van, a);
    const wb = Math.min(w.tot, b);
    if (wb >= wa) n -= wb - wa + 1;
  }
  return n;
}

/** Hele lengte van een afgesloten melding in kalenderdagen (zonder WAZO-verlof). */
function lengte(m: Melding): number {
  return ziektedagenBinnen(m, m.eersteZiektedag, m.laatsteZiektedag as Dag);
}

const rond = (x: number, decimalen: number) => Math.round(x * 10 ** decimalen) / 10 ** decimalen;

/** De cijfers van een groep meldingen over [van, tot] bij `medewerkers` medewerkers. */
export function berekenCijfers(meldingen: readonly Melding[], van: Dag, tot: Dag, medewerkers: number | null): Cijfers {
  const dagen = tot - van + 1;
  let ziektedagen = 0;
  let gestart = 0;
  let afgesloten = 0;
  let duur = 0;
  const ziek = new Set<string>();
  for (const m of meldingen) {
    const z = ziektedagenBinnen(m, van, tot);
    ziektedagen += z;
    if (z > 0) ziek.add(m.sleutel);
    if (m.eersteZiektedag >= van && m.eersteZiektedag <= tot) gestart++;
    if (m.laatsteZiektedag !== null && m.laatsteZiektedag >= van && m.laatsteZiektedag <= tot) {
      afgesloten++;
      duur += lengte(m);
    }
  }
  const n = medewerkers !== null && medewerkers > 0 ? medewerkers : null;
  return {
    dagen,
    medewerkers,
    ziektedagen,
    verzuimpercentage: n === null ? null : rond((ziektedagen / (n * dagen)) * 100, 2),
    meldingen: gestart,
    meldingsfrequentie: n === null ? null : rond((gestart / n) * (365 / dagen), 2),
    afgeslotenMeldingen: afgesloten,
    gemiddeldeVerzuimduur: afgesloten === 0 ? null : rond(duur / afgesloten, 1),
    werknemersMetVerzuim: ziek.size,
    nulverzuim: n === null || ziek.size > n ? null : rond(((n - ziek.size) / n) * 100, 1),
  };
}

/**
 * Frequent verzuim: werknemers met ten minste drie ziekmeldingen binnen twaalf maanden, in een venster dat
 * in de periode eindigt (de derde melding valt in de periode). Een signaal voor een preventief gesprek,
 * zonder iets over de oorzaak.
 */
export function frequentVerzuim(meldingen: readonly Melding[], van: Dag, tot: Dag): FrequentVerzuim[] {
  const perWerknemer = new Map<string, Melding[]>();
  for (const m of meldingen) {
    const lijst = perWerknemer.get(m.sleutel);
    if (lijst) lijst.push(m);
    else perWerknemer.set(m.sleutel, [m]);
  }
  const uit: FrequentVerzuim[] = [];
  for (const lijst of perWerknemer.values()) {
    const starts = [...new Set(lijst.map((m) => m.eersteZiektedag))].sort((a, b) => a - b);
    let beste: FrequentVerzuim | null = null;
    for (let j = 0; j < starts.length; j++) {
      if (starts[j] < van || starts[j] > tot) continue;
      // Meldingen in de twaalf maanden tot en met starts[j].
      let i = j;
      while (i > 0 && plusMaanden(starts[i - 1], FREQUENT_VERZUIM_MAANDEN) > starts[j]) i--;
      const aantal = j - i + 1;
      if (aantal >= FREQUENT_VERZUIM_MELDINGEN && (beste === null || aantal > beste.meldingen)) {
        beste = { werknemer: lijst[0].werknemer, afdeling: lijst[lijst.length - 1].afdeling, meldingen: aantal, van: starts[i], tot: starts[j] };
      }
    }
    if (beste) uit.push(beste);
  }
  return uit.sort((a, b) => b.meldingen - a.meldingen || a.werknemer.localeCompare(b.werknemer, "nl"));
}

/** Alle verzuimcijfers over een periode, per afdeling en per maand, met frequent verzuim. */
export function berekenStatistiek(meldingen: readonly Melding[], opties: StatistiekOpties): Statistiek {
  const { van } = opties;
  const P = opties.peildatum;
  const tot = P !== undefined && opties.tot > P ? Math.max(P, van) : opties.tot;
  const opmerkingen: string[] = [];
  if (tot !== opties.tot) {
    opmerkingen.push(
      `De periode liep tot ${formatNL(opties.tot)}, na vandaag (${formatNL(P as Dag)}): geteld tot en met ${formatNL(tot)}; dagen na vandaag tellen niet als ziek en niet mee in het verzuimpercentage.`,
    );
  }
  const totaal = berekenCijfers(meldingen, van, tot, opties.medewerkers);
  if (opties.medewerkers === null) {
    opmerkingen.push("Het aantal medewerkers is niet opgegeven: verzuimpercentage, meldingsfrequentie en nulverzuim zijn niet te berekenen.");
  } else if (totaal.werknemersMetVerzuim > opties.medewerkers) {
    opmerkingen.push(
      `Er zijn ${totaal.werknemersMetVerzuim} verschillende werknemers met verzuim, meer dan de ${opties.medewerkers} opgegeven medewerkers: controleer het aantal; nulverzuim is niet berekend.`,
    );
  }
  let perAfdeling: Statistiek["perAfdeling"] = null;
  if (meldingen.some((m) => m.afdeling !== null)) {
    const groepen = new Map<string, Melding[]>();
    for (const m of meldingen) {
      const a = m.afdeling ?? "(geen afdeling)";
      const g = groepen.get(a);
      if (g) g.push(m);
      else groepen.set(a, [m]);
    }
    perAfdeling = [...groepen.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "nl"))
      .map(([afdeling, groep]) => ({ afdeling, ...berekenCijfers(groep, van, tot, opties.medewerkersPerAfdeling?.[afdeling] ?? null) }));
    if (!opties.medewerkersPerAfdeling) {
      opmerkingen.push("Per afdeling: zonder het aantal medewerkers per afdeling (--per-afdeling) staan alleen de ziektedagen, meldingen en verzuimduur er.");
    }
  }
  const perMaand: MaandCijfer[] = [];
  const start = datumVan(van);
  for (let j = start.jaar, mnd = start.maand; dagVan(j, mnd, 1) <= tot; mnd === 12 ? ((j += 1), (mnd = 1)) : (mnd += 1)) {
    const a = Math.max(dagVan(j, mnd, 1), van);
    const b = Math.min(dagVan(j, mnd, dagenInMaand(j, mnd)), tot);
    const c = berekenCijfers(meldingen, a, b, opties.medewerkers);
    perMaand.push({ jaar: j, maand: mnd, ziektedagen: c.ziektedagen, verzuimpercentage: c.verzuimpercentage, meldingen: c.meldingen });
  }
  return { van, tot, ...totaal, perAfdeling, perMaand, frequentVerzuim: frequentVerzuim(meldingen, van, tot), opmerkingen };
}

/**
 * De meldingen van een gelezen register: elke periode (rij) van elk dossier is één melding. De hersteldatum
 * is de eerste dag volledig hersteld, dus de laatste ziektedag is de dag ervoor. Geef de registers van alle
 * bladen, ook een archief (register/werkmap.ts): samengetelde perioden op een ander blad staan in `elders`
 * en tellen één keer, bij het dossier waar ze horen.
 */
export function meldingenVan(register: Register): Melding[] {
  const uit: Melding[] = [];
  const blad = register.blad;
  for (const d of register.dossiers) {
    const werknemer = d.werknemer ?? d.personeelsnummer ?? "(zonder naam)";
    const sleutel = d.personeelsnummer ?? d.werknemer ?? `rij ${d.rij ?? "?"}`;
    const afdeling = d.gegevens.afdeling ?? null;
    const wazo = d.invoer.wazo ?? [];
    const perioden = [...(d.invoer.eerderePerioden ?? []), { eersteZiektedag: d.invoer.eersteZiektedag, hersteldatum: d.invoer.hersteldatum ?? null }]
      .filter((p) => Number.isInteger(p.eersteZiektedag))
      .sort((a, b) => a.eersteZiektedag - b.eersteZiektedag);
    // Waar elke periode staat: perioden op een ander blad (archief) in `elders`, de rest op volgorde in `rijen`.
    const elders = d.elders ?? [];
    let eigen = 0;
    perioden.forEach((p, i) => {
      const h = p.hersteldatum;
      let laatste = typeof h === "number" && h > p.eersteZiektedag ? h - 1 : null;
      // Een eerdere rij zonder hersteldatum loopt tot de volgende melding (zo telt geen dag dubbel).
      const volgende = perioden[i + 1];
      if (volgende && (laatste === null || laatste >= volgende.eersteZiektedag)) laatste = volgende.eersteZiektedag - 1;
      const ander = elders.find((e) => e.eersteZiektedag === p.eersteZiektedag);
      const plek = ander ? { rij: ander.rij, blad: ander.blad } : { rij: d.rijen[eigen++] ?? null, ...(blad !== undefined ? { blad } : {}) };
      uit.push({ sleutel, werknemer, afdeling, eersteZiektedag: p.eersteZiektedag, laatsteZiektedag: laatste, wazo, ...plek });
    });
  }
  return uit;
}
