/**
 * Kalenderdagen als gehele getallen.
 *
 * Een `Dag` is het aantal dagen sinds 30-12-1899. Voor datums vanaf 01-03-1900 is dat precies het
 * Excel-serienummer in het 1900-systeem, zodat waarden uit Excel zonder omrekening binnenkomen.
 * Er wordt nergens met tijdstippen (Date-objecten met een tijdzone) gerekend: de rekenkunde is
 * zuiver op gehele getallen (algoritmes van H. Hinnant, "chrono-compatible low-level date algorithms"),
 * dus geen uitkomst hangt af van de tijdzone van de machine. Omrekenen naar en van Date gebeurt
 * alleen aan de randen (vanJsDatum, vandaag).
 */
import type * as NlLocale from "date-fns/locale/nl";
import { fout, ok, type Resultaat } from "./problemen";

export type Dag = number;

/** Dagnummer van 01-01-1970 (Unix-epoch) in ons stelsel. */
const EPOCH_1970 = 25569;
/** 1904-systeem: serienummer 0 = 01-01-1904 = dag 1462. */
export const VERSCHUIVING_1904 = 1462;
/** Excel-serienummer 60 is de fictieve 29-02-1900 (Lotus-compatibiliteit). */
export const FICTIEVE_29_FEB_1900 = 60;

export type Datumsysteem = "1900" | "1904";

export interface KalenderDatum {
  jaar: number;
  maand: number; // 1..12
  dag: number; // 1..31
}

/** Dagnummer van een kalenderdatum (proleptisch Gregoriaans). */
export function dagVan(jaar: number, maand: number, dag: number): Dag {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (maand + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + EPOCH_1970;
}

/** Kalenderdatum van een dagnummer. */
export function datumVan(d: Dag): KalenderDatum {
  const z = d - EPOCH_1970 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return { jaar: yoe + era * 400 + (maand <= 2 ? 1 : 0), maand, dag };
}

/** Het jaar van een dagnummer (sneller pad voor feestdagcontrole). */
export function jaarVan(d: Dag): number {
  // Zonder datumVan (dat een object maakt): een schatting en hoogstens een stap bij; zelfde uitkomst.
  if (!Number.isInteger(d)) return datumVan(d).jaar;
  let j = 1900 + Math.floor(d / 365.2425);
  while (dagVan(j, 1, 1) > d) j--;
  while (dagVan(j + 1, 1, 1) <= d) j++;
  return j;
}

/** ISO-weekdag: 1 = maandag … 7 = zondag. Dag 0 (30-12-1899) was een zaterdag. */
export function weekdag(d: Dag): number {
  return ((((d + 5) % 7) + 7) % 7) + 1;
}

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function tweeCijfers(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** Onthouden notaties voor 1990–2109: meldingen noemen steeds dezelfde datums. */
const NL_CACHE_VAN = 32874; // 01-01-1990
const NL_CACHE: string[] = [];

/** dd-mm-jjjj, de Nederlandse notatie. */
export function formatNL(d: Dag): string {
  const i = d - NL_CACHE_VAN;
  if (i >= 0 && i < 43830) {
    const c = NL_CACHE[i];
    if (c !== undefined) return c;
  }
  const k = datumVan(d);
  const s = `${tweeCijfers(k.dag)}-${tweeCijfers(k.maand)}-${k.jaar}`;
  if (i >= 0 && i < 43830) NL_CACHE[i] = s;
  return s;
}

/** jjjj-mm-dd (ISO 8601), voor JSON en uitwisseling. */
export function formatISO(d: Dag): string {
  const k = datumVan(d);
  return `${k.jaar}-${tweeCijfers(k.maand)}-${tweeCijfers(k.dag)}`;
}

/** "3 maart 2025" — maandnamen uit de Nederlandse locale van date-fns. */
export function formatLang(d: Dag): string {
  const k = datumVan(d);
  return `${k.dag} ${maanden().namen[k.maand - 1]} ${k.jaar}`;
}

let maandTabel: { namen: readonly string[]; opzoek: ReadonlyMap<string, number> } | null = null;

/**
 * Volledige Nederlandse maandnamen (januari…december) uit date-fns' `nl`-locale, en maandnaam of afkorting
 * (zonder punt, kleine letters) → maandnummer. Pas geladen bij de eerste maandnaam: de locale kost ~25 ms per
 * proces, en de meeste scans zien geen enkele (issue 22).
 */
function maanden(): { namen: readonly string[]; opzoek: ReadonlyMap<string, number> } {
  if (maandTabel) return maandTabel;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nl } = require("date-fns/locale/nl") as typeof NlLocale;
  const namen = Array.from({ length: 12 }, (_, i) => String(nl.localize.month(i as 0, { width: "wide" })));
  const m = new Map<string, number>();
  namen.forEach((naam, i) => {
    m.set(naam, i + 1);
    m.set(naam.slice(0, 3), i + 1);
    const kort = String(nl.localize.month(i as 0, { width: "abbreviated" })).replace(/\./g, "");
    m.set(kort, i + 1);
  });
  // Gangbare varianten in registers.
  m.set("mrt", 3);
  m.set("maa", 3);
  m.set("sept", 9);
  m.set("okt", 10);
  m.set("mei", 5);
  maandTabel = { namen, opzoek: m };
  return maandTabel;
}

/** Ruime grenzen voor wat als datum geaccepteerd wordt (alles in 1900 is vrijwel altijd een fout). */
export const VROEGSTE_DATUM: Dag = dagVan(1901, 1, 1);
export const LAATSTE_DATUM: Dag = dagVan(9999, 12, 31);

function geldigeKalenderdatum(j: number, m: number, d: number): boolean {
  return Number.isInteger(j) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= dagenInMaand(j, m);
}

/**
 * Excel-serienummer → Dag.
 * 1900-systeem: serienummer 1 = 01-01-1900, 60 = de fictieve 29-02-1900, 61 = 01-03-1900.
 * 1904-systeem: serienummer 0 = 01-01-1904. Een tijdsdeel (breuk) wordt genegeerd.
 */
export function vanExcelSerienummer(serie: number, systeem: Datumsysteem = "1900"): Resultaat<Dag> {
  if (typeof serie !== "number" || !Number.isFinite(serie)) {
    return fout("GEEN_DATUM", `${String(serie)} is geen datum.`);
  }
  const heel = Math.floor(serie);
  let d: Dag;
  if (systeem === "1904") {
    d = heel + VERSCHUIVING_1904;
  } else {
    if (heel === FICTIEVE_29_FEB_1900) {
      return fout("DATUM_1900", "Serienummer 60 is 29-02-1900, een datum die niet bestaat (fout uit Excels 1900-systeem).");
    }
    d = heel < FICTIEVE_29_FEB_1900 ? heel + 1 : heel;
  }
  if (d < VROEGSTE_DATUM) {
    const tekst = d >= dagVan(1899, 12, 31) ? formatNL(d) : String(serie);
    return fout("DATUM_1900", `${tekst} ligt in of vóór het jaar 1900: waarschijnlijk een getal in plaats van een datum.`);
  }
  if (d > LAATSTE_DATUM) {
    return fout("DATUM_BEREIK", `${serie} is te groot voor een datum.`);
  }
  return ok(d);
}

/** Dag → Excel-serienummer in het gegeven datumsysteem. */
export function naarExcelSerienummer(d: Dag, systeem: Datumsysteem = "1900"): number {
  if (systeem === "1904") return d - VERSCHUIVING_1904;
  return d <= FICTIEVE_29_FEB_1900 ? d - 1 : d;
}

/**
 * Tekstdatum → Dag. Nederlandse volgorde dag-maand-jaar: "3-3-2025", "03-03-2025", "3/3/2025",
 * "3.3.2025", "3 maart 2025", "3 mrt. 2025", "ma 3 maart 2025"; ISO "2025-03-03" (eventueel met tijd).
 * Twee cijfers voor het jaar worden 20xx (00–79) of 19xx (80–99).
 */
export function parseTekstdatum(invoer: string): Resultaat<Dag> {
  const tekst = invoer.trim().toLowerCase().normalize("NFKC");
  if (tekst === "") return fout("LEEG", "Er staat geen datum.");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(tekst);
  if (m) return bouw(+m[1], +m[2], +m[3], invoer);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(tekst);
  if (m) return bouw(jaarVanTekst(m[3]), +m[2], +m[1], invoer);
  // "3 maart 2025", "maandag 3 maart 2025", "3 mrt. 2025", "3-mrt-2025"
  m = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})$/.exec(tekst);
  if (m) {
    const maand = maanden().opzoek.get(m[2]);
    if (maand === undefined) return fout("GEEN_DATUM", `"${invoer}" is geen datum: onbekende maand "${m[2]}".`);
    return bouw(jaarVanTekst(m[3]), maand, +m[1], invoer);
  }
  return fout("GEEN_DATUM", `"${invoer}" is geen datum (verwacht bijvoorbeeld 3-3-2025 of 3 maart 2025).`);
}

function jaarVanTekst(s: string): number {
  const n = +s;
  if (s.length === 4) return n;
  return n < 80 ? 2000 + n : 1900 + n;
}

function bouw(j: number, m: number, d: number, invoer: string): Resultaat<Dag> {
  if (!geldigeKalenderdatum(j, m, d)) {
    return fout("ONMOGELIJKE_DATUM", `"${invoer}" bestaat niet als datum.`);
  }
  const dag = dagVan(j, m, d);
  if (dag < VROEGSTE_DATUM) {
    return fout("DATUM_1900", `"${invoer}" ligt in of vóór het jaar 1900.`);
  }
  return ok(dag);
}

/**
 * Datum in een opdrachtregeloptie (--peildatum, --van, --tot) → Dag: jjjj-mm-dd of dd-mm-jjjj (ook d-m-jjjj,
 * met - / of . ertussen). Alleen cijfers en een jaar van vier cijfers, zodat "1-2-26" of "3 maart" nooit
 * stilletjes iets anders betekent; de ontleding zelf is die van parseTekstdatum (dezelfde als in cellen).
 */
export function parseDatumOptie(tekst: string): Resultaat<Dag> {
  const t = tekst.trim();
  const vorm = /^\d{4}-\d{1,2}-\d{1,2}$/.test(t) || /^\d{1,2}([-/.])\d{1,2}\1\d{4}$/.test(t);
  const voorbeeld = "Schrijf bijvoorbeeld 25-11-2026 of 2026-11-25.";
  if (!vorm) return fout("GEEN_DATUM", `"${tekst}" is geen datum. ${voorbeeld}`);
  const r = parseTekstdatum(t);
  return r.ok ? r : fout(r.probleem.code, `${r.probleem.melding} ${voorbeeld}`);
}

/** ISO jjjj-mm-dd → Dag (streng: alleen dit formaat). */
export function parseISO(tekst: string): Resultaat<Dag> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst.trim());
  if (!m) return fout("GEEN_DATUM", `"${tekst}" is geen datum in de vorm JJJJ-MM-DD.`);
  return bouw(+m[1], +m[2], +m[3], tekst);
}

/**
 * JS Date → Dag. `utc: true` voor Dates die een kalenderdatum als middernacht UTC dragen (exceljs);
 * anders telt de lokale kalenderdatum (een Date uit een datumkiezer in de browser).
 */
export function vanJsDatum(datum: Date, utc: boolean): Resultaat<Dag> {
  const t = datum.getTime();
  if (!Number.isFinite(t)) return fout("GEEN_DATUM", "Ongeldige datum.");
  const d = utc
    ? dagVan(datum.getUTCFullYear(), datum.getUTCMonth() + 1, datum.getUTCDate())
    : dagVan(datum.getFullYear(), datum.getMonth() + 1, datum.getDate());
  if (d < VROEGSTE_DATUM) return fout("DATUM_1900", `${formatNL(d)} ligt in of vóór het jaar 1900.`);
  return ok(d);
}

/** Dag → Date op middernacht UTC (voor exceljs, dat datums als UTC schrijft). */
export function naarUtcDatum(d: Dag): Date {
  return new Date((d - EPOCH_1970) * 86400000);
}

let NL_DATUM: Intl.DateTimeFormat | null = null;

/**
 * Vandaag als kalenderdatum in Nederland (Europe/Amsterdam): de Wet verbetering poortwachter telt
 * Nederlandse kalenderdagen, ook als de computer in een andere tijdzone staat.
 */
export function vandaag(nu: Date = new Date()): Dag {
  // Pas hier gemaakt: een DateTimeFormat met tijdzone kost ~45 ms (ICU), en met --peildatum is hij niet nodig.
  const delen = (NL_DATUM ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" })).formatToParts(nu);
  const waarde = (type: string) => Number(delen.find((p) => p.type === type)?.value);
  return dagVan(waarde("year"), waarde("month"), waarde("day"));
}

