/**
 * Onafhankelijk orakel voor de termijnen van de Wet verbetering poortwachter (issue 19, audit).
 *
 * Geschreven uit de wet en de domeinreferentie (../shared/poortwachter.md) alleen, zonder de engine
 * (src/core/regels, src/core/tijdlijn.ts, src/core/beoordeling) te lezen. Eigen dagrekening op dagnummers
 * (Excel-serienummer, 1900-systeem: 0 = 1899-12-30), eigen Pasen en eigen werkdagregel (Algemene
 * termijnenwet art. 3). De enige gedeelde gegevens zijn de dagen van art. 3 lid 3 (koninklijke besluiten),
 * die de test uit wet/gelijkgestelde_dagen.yaml leest: dat bestand is de wet zelf, als gegevens.
 *
 * Het orakel geeft per dossier twee soorten verwachtingen:
 * - `zeker`: wat de wet of de domeinreferentie met zekerheid zegt; de test vergelijkt die hard;
 * - `waarschijnlijk`: praktijk- of interpretatieregels (grensgevallen, "ongeveer", UWV-gewoonte); de test
 *   telt en rapporteert verschillen, maar laat ze niet falen.
 */

// ---------------------------------------------------------------------------------------------------------
// Dagrekening (eigen uitvoering, Howard Hinnant's days_from_civil)

/** Dagnummer (Excel 1900-systeem, geldig vanaf 1900-03-01) van een kalenderdatum. */
export function dag(j: number, m: number, d: number): number {
  const y = m <= 2 ? j - 1 : j;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const sinds1970 = era * 146097 + doe - 719468;
  return sinds1970 + 25569;
}

export function kalender(n: number): { j: number; m: number; d: number } {
  const z = n - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { j: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isoVan(n: number): string {
  const { j, m, d } = kalender(n);
  return `${j}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function uitIso(s: string): number {
  const [j, m, d] = s.split("-").map(Number);
  return dag(j, m, d);
}

/** 0 = zondag … 6 = zaterdag (dagnummer 0 = zaterdag 30-12-1899). */
export function weekdagVan(n: number): number {
  return (((n + 6) % 7) + 7) % 7;
}

/** Paaszondag (anonieme Gregoriaanse rekenwijze). */
export function pasen(j: number): number {
  const a = j % 19;
  const b = Math.floor(j / 100);
  const c = j % 100;
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
  const dg = ((h + l - 7 * m + 114) % 31) + 1;
  return dag(j, maand, dg);
}

/**
 * Algemene termijnenwet art. 3: lid 1 (Nieuwjaarsdag, Tweede Paasdag, de dag waarop de verjaardag van de
 * Koning wordt gevierd, 5 mei, Hemelvaartsdag, Tweede Pinksterdag, beide Kerstdagen), lid 2 (Goede Vrijdag)
 * en lid 3 (dagen bij koninklijk besluit gelijkgesteld; `gelijkgesteld`).
 */
export class Kalender {
  private readonly cache = new Map<number, Set<number>>();
  constructor(private readonly gelijkgesteld: ReadonlySet<number>) {}

  feestdagen(j: number): Set<number> {
    let s = this.cache.get(j);
    if (s) return s;
    const p = pasen(j);
    // Koningsdag 27 april vanaf 2014 (26 april als de 27e een zondag is: dan een zaterdag, geen werkdag);
    // tot en met 2013 Koninginnedag 30 april (29 april, een zaterdag, als de 30e een zondag is).
    const koning = j >= 2014 ? dag(j, 4, 27) : dag(j, 4, 30);
    s = new Set([dag(j, 1, 1), p - 2, p + 1, koning, dag(j, 5, 5), p + 39, p + 50, dag(j, 12, 25), dag(j, 12, 26)]);
    this.cache.set(j, s);
    return s;
  }

  isWerkdag(n: number): boolean {
    const w = weekdagVan(n);
    if (w === 0 || w === 6) return false;
    if (this.gelijkgesteld.has(n)) return false;
    return !this.feestdagen(kalender(n).j).has(n);
  }

  /** De dag zelf als het een werkdag is, anders de eerstvolgende werkdag. */
  werkdagOpOfNa(n: number): number {
    while (!this.isWerkdag(n)) n++;
    return n;
  }

  /** De dag zelf als het een werkdag is, anders de laatste werkdag ervoor. */
  werkdagOpOfVoor(n: number): number {
    while (!this.isWerkdag(n)) n--;
    return n;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Het dossier zoals het orakel het ziet

export interface OrakelDossier {
  /** Eerste ziektedag van de eerste periode (dag 1). */
  D: number;
  /** Verdere ziekteperioden van hetzelfde dossier: eerste fitte dag (hersteld) en de volgende eerste ziektedag. */
  onderbrekingen: { hersteld: number; weerZiek: number }[];
  /** WAZO-verlof tussen twee perioden: periode 1 hersteld op `van`, periode 2 begint op `tot + 1`. */
  wazo?: { van: number; tot: number };
  /** Volledig hersteld (eerste fitte dag) van de laatste periode. */
  hersteld?: number;
  pa?: number;
  eje?: number;
  spoor2?: number;
  wiaAanvraag?: number;
  verlengingWeken?: number;
  aow?: number;
  uitDienst?: number;
  ivaAanvraag?: number;
  ivaToegekend?: number;
  peildatum: number;
}

export type Verwachting = { is: string | null } | { niet: string };

export interface OrakelAntwoord {
  zeker: Record<string, Verwachting>;
  waarschijnlijk: Record<string, Verwachting>;
}

const W = 7;
export const WIA_OMSLAG = dag(2013, 7, 1); // Verzamelwet SZW 2013: art. 64 WIA, week 91 → 93, brief 87 → 89
export const AOW_WET = dag(2016, 1, 1); // Wet werken na de AOW-gerechtigde leeftijd (Stb. 2015, 376)
export const AOW_ZES_WEKEN = dag(2023, 7, 1); // 6 weken i.p.v. 13 bij ziekte op of na 1-7-2023
export const VLZ = dag(2004, 1, 1); // Wet verlenging loondoorbetalingsverplichting bij ziekte: 104 weken
export const ZEKER_VANAF = dag(2006, 1, 1); // vóór 2006: 13e-weeksmelding, WAO; het orakel zegt daar niets zeker

/** Pauzes (onderbrekingen en WAZO-verlof) als [eerste dag, lengte], op volgorde. */
function pauzes(x: OrakelDossier): { start: number; lengte: number }[] {
  const p = x.onderbrekingen.map((o) => ({ start: o.hersteld, lengte: o.weerZiek - o.hersteld }));
  if (x.wazo) p.push({ start: x.wazo.van, lengte: x.wazo.tot - x.wazo.van + 1 });
  return p.sort((a, b) => a.start - b.start);
}

/**
 * "D + n" in ziektedagen: de dag die n dagen na dag 1 valt als de pauzes niet meetellen (BW 7:629 lid 10;
 * WAZO schort de 104 weken op). `grens`: ligt de ongeschoven dag binnen 1 dag van een pauzegrens, dan is de
 * uitkomst een interpretatiekwestie (telt de eerste dag na week k mee?) en zegt het orakel niets zeker.
 */
function opTeller(x: OrakelDossier, n: number): { dag: number; grens: boolean } {
  let t = x.D + n;
  let grens = false;
  for (const p of pauzes(x)) {
    if (Math.abs(t - p.start) <= 1) grens = true;
    if (t >= p.start) t += p.lengte;
  }
  return { dag: t, grens };
}

export interface Termijnen {
  ARBO: number;
  PA: number;
  PVA: number;
  UWV42: number;
  EJE: { vanaf: number; uiterlijk: number };
  SPOOR2: number;
  AO: number;
  WIA: { vanaf: number; uiterlijk: number; oudRecht: boolean; omslagGrens: boolean };
  /** Laatste dag van de 104 weken (+ verlenging + te late WIA-aanvraag), zonder AOW/uit dienst/IVA. */
  EWT: number;
  /** Een van de duurtermijnen ligt op een pauzegrens. */
  grens: boolean;
}

export function termijnen(x: OrakelDossier, kal: Kalender): Termijnen {
  const V = (x.verlengingWeken ?? 0) * W;
  let grens = false;
  const t = (n: number): number => {
    const r = opTeller(x, n);
    grens ||= r.grens;
    return r.dag;
  };
  const D = x.D;
  // Regeling procesgang art. 2 lid 2 (PA uiterlijk in week 6) en art. 4 (PvA 2 weken na de PA, anders week 8).
  const PA = D + 6 * W - 1;
  const PVA = x.pa !== undefined ? x.pa + 2 * W : D + 8 * W - 1;
  // ZW art. 38 lid 2: uiterlijk de eerste werkdag na de 42e ziekteweek.
  const UWV42 = kal.werkdagOpOfNa(t(42 * W));
  const EJE = { vanaf: t(45 * W), uiterlijk: t(52 * W - 1) };
  const SPOOR2 = x.eje !== undefined ? Math.min(x.eje, EJE.uiterlijk) + 6 * W : t(58 * W - 1);
  // WIA art. 64 lid 2 en 3: tot 1-7-2013 brief na 87 weken, aanvraag uiterlijk einde week 91; daarna brief na
  // 88 weken (uiterlijk in week 89), aanvraag uiterlijk einde week 93 (11 weken vóór het einde). Gekozen op de
  // uiterste dag volgens het oude recht.
  const oudUiterlijk = t(91 * W - 1) + V;
  const oudRecht = oudUiterlijk < WIA_OMSLAG;
  const omslagGrens = Math.abs(oudUiterlijk - WIA_OMSLAG) <= 1;
  const WIA = oudRecht
    ? { vanaf: t(87 * W) + V, uiterlijk: oudUiterlijk, oudRecht, omslagGrens }
    : { vanaf: t(88 * W) + V, uiterlijk: t(93 * W - 1) + V, oudRecht, omslagGrens };
  const AO = oudRecht ? oudUiterlijk - 2 * W : t(91 * W - 1) + V;
  // BW 7:629 lid 1 (104 weken) + lid 11 onder a (te late aanvraag: verlengd met de duur van de vertraging).
  const L = x.wiaAanvraag !== undefined ? Math.max(0, x.wiaAanvraag - WIA.uiterlijk) : 0;
  const EWT = t(104 * W - 1) + V + L;
  return { ARBO: D + 6, PA, PVA, UWV42, EJE, SPOOR2, AO, WIA, EWT, grens };
}

/** Ziekteweek (1 = dag 1 t/m 7) van dag n, zonder pauzes. */
export function weekVan(D: number, n: number): number {
  return Math.floor((n - D) / W) + 1;
}

/** Het antwoord van het orakel op een dossier, als sleutels die de test ook uit de engine haalt. */
export function orakel(x: OrakelDossier, kal: Kalender): OrakelAntwoord {
  const zeker: Record<string, Verwachting> = {};
  const waarschijnlijk: Record<string, Verwachting> = {};
  const T = termijnen(x, kal);
  const D = x.D;
  const P = x.peildatum;
  const iso = (n: number) => isoVan(n);
  const samen = x.onderbrekingen.length > 0 || x.wazo !== undefined;
  const zekerDeel = D >= ZEKER_VANAF;
  const put = (zk: boolean, sleutel: string, v: Verwachting) => ((zk ? zeker : waarschijnlijk)[sleutel] = v);

  // AOW, uit dienst en een IVA-aanvraag hebben elk hun eigen einde (blokken hieronder).
  const bijzonder = x.aow !== undefined || x.uitDienst !== undefined || x.ivaAanvraag !== undefined;

  // --- termijnen (uiterlijk / vanaf): onafhankelijk van AOW, uit dienst en IVA -----------------------------
  // Bij samentellen en WAZO staan in de referentie alleen de duurtermijnen (UWV42 … EWT) met de verschuiving;
  // ARBO/PA/PVA na een onderbreking zijn een interpretatie.
  put(zekerDeel && !samen, "ARBO.uiterlijk", { is: iso(T.ARBO) });
  put(zekerDeel && !samen, "PA.uiterlijk", { is: iso(T.PA) });
  put(zekerDeel && !samen, "PVA.uiterlijk", { is: iso(T.PVA) });
  put(zekerDeel && !T.grens, "UWV42.uiterlijk", { is: iso(T.UWV42) });
  put(zekerDeel && !T.grens, "EJE.vanaf", { is: iso(T.EJE.vanaf) });
  put(zekerDeel && !T.grens, "EJE.uiterlijk", { is: iso(T.EJE.uiterlijk) });
  put(zekerDeel && !T.grens, "SPOOR2.uiterlijk", { is: iso(T.SPOOR2) });
  const wiaZeker = zekerDeel && !T.grens && !T.WIA.omslagGrens;
  put(wiaZeker, "WIA.vanaf", { is: iso(T.WIA.vanaf) });
  put(wiaZeker, "WIA.uiterlijk", { is: iso(T.WIA.uiterlijk) });
  // AO/EINDEVAL: de referentie noemt einde week 91 (nieuw recht); vóór 2013 is "2 weken vóór de aanvraag" praktijk.
  put(wiaZeker && !T.WIA.oudRecht, "AO.uiterlijk", { is: iso(T.AO) });
  put(wiaZeker && !T.WIA.oudRecht, "EINDEVAL.uiterlijk", { is: iso(T.AO) });

  // --- einde loondoorbetaling en wachttijd -----------------------------------------------------------------
  // Geen WIA-aanvraag en de termijn is op de peildatum voorbij: hoeveel dagen te laat is nog niet bekend. Het
  // orakel neemt "vandaag ingediend" aan; dat is een aanname (waarschijnlijk), geen regel van de wet.
  const wiaOpen = x.wiaAanvraag === undefined && P > T.WIA.uiterlijk;
  const EWTx = wiaOpen ? T.EWT + (P - T.WIA.uiterlijk) : T.EWT;
  const ewtZeker = D >= VLZ && !T.grens && !T.WIA.omslagGrens && !wiaOpen;
  if (!bijzonder && x.hersteld === undefined) {
    put(ewtZeker, "laatsteDagLoondoorbetaling", { is: iso(EWTx) });
    put(ewtZeker, "eindeWachttijd", { is: iso(EWTx) });
    put(ewtZeker, "ingangsdatumWia", { is: iso(EWTx + 1) });
    put(ewtZeker, "EWT.uiterlijk", { is: iso(EWTx) });
  }
  if (D < VLZ && !bijzonder && x.hersteld === undefined) {
    // Vóór 2004 was de loondoorbetaling 52 weken (BW 7:629 lid 1 oud); de referentie zegt hier niets over.
    waarschijnlijk["laatsteDagLoondoorbetaling(52 weken vóór 2004)"] = { is: iso(opTeller(x, 52 * W - 1).dag) };
  }

  // --- vervroegde IVA (WIA art. 23 lid 6 en 47; BW 7:629 lid 1 en 5) -------------------------------------
  if (x.ivaAanvraag !== undefined && x.aow === undefined && x.uitDienst === undefined && !samen && !x.verlengingWeken && x.wiaAanvraag === undefined) {
    const wk = weekVan(D, x.ivaAanvraag);
    const toegekend = x.ivaToegekend !== undefined && x.ivaToegekend <= P;
    const z = D >= ZEKER_VANAF;
    if (toegekend && wk >= 3 && wk <= 68) {
      put(z, "laatsteDagLoondoorbetaling", { is: iso(T.EWT) }); // loopt 104 weken door (BW 7:629 lid 1, lid 5)
      const start = Math.min(Math.max(x.ivaAanvraag + 10 * W, D + 13 * W), D + 78 * W);
      put(z, "eindeWachttijd", { is: iso(start - 1) });
      put(z, "ingangsdatumIva", { is: iso(start) });
      put(z, "WIA.status", { is: "nvt" });
      waarschijnlijk["EWT.uiterlijk"] = { is: iso(T.EWT) };
      waarschijnlijk["ingangsdatumWia"] = { is: iso(start) };
    } else if (toegekend && wk > 68) {
      put(z && !wiaOpen, "laatsteDagLoondoorbetaling", { is: iso(EWTx) });
      put(z && !wiaOpen, "eindeWachttijd", { is: iso(EWTx) });
      put(z, "WIA.status", { niet: "nvt" });
      waarschijnlijk["ingangsdatumIva"] = { is: null };
    } else if (toegekend) {
      // Vóór week 3 kan niet vervroegd worden aangevraagd; wat dan geldt zegt de referentie niet.
      waarschijnlijk["eindeWachttijd"] = { is: iso(EWTx) };
    } else {
      put(z && !wiaOpen, "laatsteDagLoondoorbetaling", { is: iso(EWTx) });
      put(z && !wiaOpen, "eindeWachttijd", { is: iso(EWTx) });
      put(z, "ingangsdatumIva", { is: null });
      put(z, "WIA.status", { niet: "nvt" });
    }
  }

  // --- AOW (BW 7:629 lid 2 onder b; BW 7:658a; Wet werken na de AOW-gerechtigde leeftijd) ---------------
  if (x.aow !== undefined && x.uitDienst === undefined && x.ivaAanvraag === undefined && !samen && !x.verlengingWeken && x.hersteld === undefined) {
    const A = x.aow;
    const weken = D >= AOW_ZES_WEKEN ? 6 : 13;
    if (A <= D && D >= AOW_WET) {
      put(true, "laatsteDagLoondoorbetaling", { is: iso(D + weken * W - 1) });
      put(true, "UWV42.status", { is: "nvt" });
      put(true, "WIA.status", { is: "nvt" });
      put(true, "SPOOR2.status", { is: "nvt" });
      put(true, "PVA.status", { is: "nvt" });
    } else if (A <= D) {
      // Vóór 2016 kende BW 7:629 geen AOW-regel: gewone 104 weken (referentie: "none before").
      put(!wiaOpen && D >= VLZ, "laatsteDagLoondoorbetaling", { is: iso(EWTx) });
    } else {
      // AOW-leeftijd tijdens de ziekte: vanaf de AOW-datum de termijn van lid 2 onder b, samen ten hoogste 104 weken.
      const duidelijk = (D >= AOW_ZES_WEKEN || (D >= AOW_WET && A < AOW_ZES_WEKEN)) && (A + weken * W - 1 < T.EWT || !wiaOpen);
      put(duidelijk, "laatsteDagLoondoorbetaling", { is: iso(Math.min(A + weken * W - 1, EWTx)) });
      if (D >= AOW_WET && A <= T.WIA.uiterlijk) put(true, "WIA.status", { is: "nvt" });
      if (D >= AOW_WET && A <= T.SPOOR2 - 1) put(true, "SPOOR2.status", { is: "nvt" });
      // Gemist vóór de AOW-datum blijft gemist (een latere toets kijkt terug).
      if (D >= AOW_WET && A > T.SPOOR2 + 1 && x.spoor2 === undefined && P > T.SPOOR2 && x.eje === undefined) {
        put(true, "SPOOR2.status", { is: "te-laat" });
      }
      if (D >= AOW_WET && A <= T.PVA) waarschijnlijk["PVA.status"] = { is: "nvt" };
    }
  }

  // --- ziek uit dienst (ZW art. 38, 38a, 39a) -------------------------------------------------------------
  // Alleen als het dienstverband vóór het einde van de 104 weken eindigt (daarna is er geen ziek uit dienst).
  if (x.uitDienst !== undefined && x.uitDienst - 1 < T.EWT && x.aow === undefined && x.ivaAanvraag === undefined && !samen && x.hersteld === undefined && zekerDeel) {
    const U = x.uitDienst;
    const laatste = U - 1;
    // Melding op de laatste werkdag van het dienstverband.
    put(kal.isWerkdag(laatste), "uitDienst.melding", { is: iso(kal.werkdagOpOfVoor(laatste)) });
    const dagen = U - D; // ziektedagen in dienst
    const riv = dagen < 6 * W ? "geen" : dagen < 10 * W ? "kort" : "volledig";
    const duidelijk = dagen <= 5 * W || (dagen >= 6 * W + 1 && dagen <= 9 * W) || dagen >= 10 * W + 1;
    put(duidelijk, "uitDienst.riv", { is: riv });
    put(true, "laatsteDagLoondoorbetaling", { is: iso(Math.min(laatste, T.EWT)) });
    if (U <= P) put(true, "risico", { niet: "geen" });
    // Stappen met een termijn na de laatste dag: n.v.t.; gemist vóór het einde: blijft te laat.
    const gedaan: Record<string, number | undefined> = { PA: x.pa, SPOOR2: x.spoor2, WIA: x.wiaAanvraag, EJE: x.eje };
    const stappen: [string, number][] = [
      ["PA", T.PA],
      ["PVA", T.PVA],
      ["UWV42", T.UWV42],
      ["EJE", T.EJE.uiterlijk],
      ["SPOOR2", T.SPOOR2],
      ["WIA", T.WIA.uiterlijk],
    ];
    for (const [code, uiterlijk] of stappen) {
      if (code === "PVA" && x.pa !== undefined) continue; // PvA hangt af van de PA-datum
      // Een stap die toch gedaan is, houdt gedaan / te laat gedaan (alleen de open stap wordt n.v.t.).
      if (uiterlijk >= U && gedaan[code] === undefined) put(true, `${code}.status`, { is: "nvt" });
      else if (uiterlijk < laatste && gedaan[code] === undefined && P > uiterlijk) put(true, `${code}.status`, { is: "te-laat" });
    }
  }

  // --- herstel: stappen waarvan het venster pas na het herstel begint, zijn n.v.t. -------------------------
  if (x.hersteld !== undefined && !bijzonder && zekerDeel && !T.grens) {
    const H = x.hersteld;
    if (H < T.EJE.vanaf && x.eje === undefined) put(true, "EJE.status", { is: "nvt" });
    if (H < T.WIA.vanaf && x.wiaAanvraag === undefined) put(true, "WIA.status", { is: "nvt" });
  }

  return { zeker, waarschijnlijk };
}
