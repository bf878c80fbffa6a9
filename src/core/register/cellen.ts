/**
 * Eén cel lezen, zoals Office.js (`range.values`) en exceljs hem geven: getal (datumserienummer), JS Date,
 * tekst, boolean, of leeg (`""`, `null`, `undefined`, en in een datumkolom ook `0`).
 * Elke functie geeft een waarde of een Nederlandse melding; nooit een exception. De datumlogica zelf zit
 * in src/core/dagen.ts (vanExcelSerienummer, parseTekstdatum, vanJsDatum).
 */
import { dagVan, formatNL, parseTekstdatum, vanExcelSerienummer, vanJsDatum, type Dag, type Datumsysteem } from "../dagen";
import type { Spoor2Uitzondering } from "../tijdlijn";
import { normaliseerKop } from "./kolommen";

export type Cel = string | number | boolean | Date | null | undefined;

/** Uitkomst van het lezen van één cel: `null` = leeg, `fout` = een melding (zonder plek). */
export type CelUitkomst<T> = { ok: true; waarde: T | null } | { ok: false; code: string; melding: string };

const LEEG = { ok: true as const, waarde: null };

function mis(code: string, melding: string): { ok: false; code: string; melding: string } {
  return { ok: false, code, melding };
}

/** Excel-foutwaarden in het Engels en Nederlands (#N/A, #WAARDE!, #VERW!, …). */
const FOUTWAARDE = /^#(?:N\/?A|NB|WAARDE!|VALUE!|VERW!|REF!|DEEL\/0!|DIV\/0!|NAAM\?|NAME\?|GETAL!|NUM!|LEEG!|NULL!|SPILL!|OVERLOOP!|CALC!|BEREKENEN!|BEZIG|BUSY!?|GETTING_DATA|UNKNOWN!?|FIELD!|CONNECT!|BLOCKED!|PYTHON!)/i;

export function isFoutwaarde(tekst: string): boolean {
  return tekst.length > 1 && tekst.charCodeAt(0) === 35 /* # */ && FOUTWAARDE.test(tekst);
}

/** Maandnamen en -afkortingen: een tekstdatum ("3 maart 2025") is geen vrije tekst. */
const MAANDNAAM = /\b(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|march|mrt|mar|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi;

/**
 * Vrije tekst (letters, anders dan maandnamen) wordt nooit in een melding herhaald: een cel in een
 * datum- of ja/nee-kolom kan medische woorden bevatten ("griep", "burn-out"), en meldingen komen in
 * rapporten, JSON en CSV terecht (AVG). Cijfers, leestekens en tekstdatums worden wel getoond.
 */
export function isVrijeTekst(tekst: string): boolean {
  return /\p{L}/u.test(tekst.replace(MAANDNAAM, ""));
}

/** Een tekstcel in een melding: tussen aanhalingstekens, of "de tekst in de cel" als het vrije tekst is. */
export function tekstInMelding(tekst: string): string {
  return isVrijeTekst(tekst) ? "de tekst in de cel" : `"${toonCel(tekst)}"`;
}

/** Korte weergave van een celwaarde in een melding. */
export function toonCel(cel: Cel): string {
  if (cel instanceof Date) return Number.isFinite(cel.getTime()) ? cel.toISOString().slice(0, 10) : "ongeldige datum";
  if (typeof cel === "boolean") return cel ? "WAAR" : "ONWAAR";
  const s = String(cel);
  return s.length > 40 ? s.slice(0, 37) + "…" : s;
}

/** Engelse foutnamen (zo staan ze in het bestand; exceljs geeft ze zo) → de namen in Nederlandse Excel. */
const FOUT_NL: Readonly<Record<string, string>> = {
  "#N/A": "#N/B",
  "#VALUE!": "#WAARDE!",
  "#REF!": "#VERW!",
  "#DIV/0!": "#DEEL/0!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENEN!",
  "#BUSY!": "#BEZIG!",
};

/** De foutwaarde zoals een Nederlandse gebruiker hem in Excel ziet: #N/A → #N/B. */
export function foutwaardeNL(tekst: string): string {
  const t = tekst.trim().toUpperCase();
  return FOUT_NL[t] ?? tekst.trim();
}

function foutwaardeMelding(tekst: string) {
  return mis("FOUTWAARDE", `de cel bevat de foutwaarde ${foutwaardeNL(tekst)}; vul een waarde in of herstel de formule.`);
}

/**
 * Woorden in een mijlpaalcel die "niet van toepassing" betekenen: de stap krijgt de status n.v.t.
 * Vergeleken zonder hoofdletters, spaties en leestekens: "n.v.t.", "nvt", "N.V.T", "niet van toepassing".
 */
export const NVT_WOORDEN: readonly string[] = ["n.v.t.", "nvt", "niet van toepassing"];
const NVT: ReadonlySet<string> = new Set(NVT_WOORDEN.map((w) => w.toLowerCase().replace(/[^a-z]/g, "")));

export function isNvtWoord(tekst: string): boolean {
  return tekst.length <= 30 && NVT.has(tekst.toLowerCase().replace(/[^a-z]/g, ""));
}

/**
 * Een mijlpaalcel (de datum waarop een stap gedaan is). Een datum, leeg, of een n.v.t.-woord (→ "nvt").
 * "ja", "x", "gedaan" of een vinkje → "zonderDatum": gedaan, maar op een onbekende dag (de stap is onbekend,
 * zoals in de PW-functies, nooit te laat).
 * Tekst ("volgt", "aangevraagd", "?") en foutwaarden zijn geen datum van uitvoering: een melding, en de stap
 * telt als niet gedaan — precies wat de kleuren op het blad ook laten zien (ISNUMBER in markering.ts).
 */
export function leesStapDatum(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<Dag | "nvt" | "zonderDatum"> {
  if (typeof cel === "string") {
    const t = cel.trim();
    if (isNvtWoord(t)) return { ok: true, waarde: "nvt" };
    // "ja", "x", "gedaan", een vinkje: de stap is gedaan, maar wanneer zegt de cel niet (onbekend, niet te laat).
    if (JA.has(t.toLowerCase())) return { ok: true, waarde: "zonderDatum" };
    if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) {
      return mis("FOUTWAARDE", `de cel bevat de foutwaarde ${foutwaardeNL(t)}; dat is geen datum, dus de stap telt als niet gedaan. Herstel de formule of vul de datum in.`);
    }
  }
  const r = leesDatum(cel, systeem, jsDatumUtc);
  if (r.ok) return r;
  if (typeof cel === "string" && r.code === "GEEN_DATUM") {
    return mis("GEEN_DATUM", `${tekstInMelding(cel.trim())} is geen datum, dus de stap telt als niet gedaan. Vul de datum in waarop de stap gedaan is, of "n.v.t." als de stap niet hoeft.`);
  }
  return r;
}

/**
 * Haalt een woord-waarde uit de gedane datums van een dossier en geeft de stappen die hem hadden:
 * - "nvt" (n.v.t.-woorden): de stap krijgt `nvt` (DossierInvoer.nvt) en geldt niet als datum (null);
 * - "zonderDatum" ("ja", "x" in een mijlpaalcel): de stap krijgt geen datum (undefined = onbekend voor de
 *   engine) en staat in DossierInvoer.zonderDatum.
 * Geeft undefined als er geen zijn (het gewone geval).
 */
function scheid(gedaan: Record<string, unknown>, woord: "nvt" | "zonderDatum", wordt: null | undefined): Record<string, boolean> | undefined {
  let uit: Record<string, boolean> | undefined;
  for (const code in gedaan) {
    if (gedaan[code] === woord) {
      (uit ??= {})[code] = true;
      gedaan[code] = wordt;
    }
  }
  return uit;
}

export const scheidNvt = (gedaan: Record<string, unknown>) => scheid(gedaan, "nvt", null);
export const scheidZonderDatum = (gedaan: Record<string, unknown>) => scheid(gedaan, "zonderDatum", undefined);

/**
 * Datums in een verzuimregister liggen tussen 1980 en 2100 (ook AOW-datums). Daarbuiten is het vrijwel
 * altijd een tikfout of een getal dat als datum wordt gelezen (45 → 14-02-1900).
 */
export const REGISTER_VROEGSTE: Dag = dagVan(1980, 1, 1);
export const REGISTER_LAATSTE: Dag = dagVan(2100, 12, 31);

/** Een datumcel → Dag. 0, "" en null zijn leeg; datums buiten 1980–2100 zijn een probleem. */
export function leesDatum(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<Dag> {
  const r = leesDatumRuw(cel, systeem, jsDatumUtc);
  if (r.ok && r.waarde !== null && (r.waarde < REGISTER_VROEGSTE || r.waarde > REGISTER_LAATSTE)) {
    return mis(
      "DATUM_BEREIK",
      `${formatNL(r.waarde)} ligt niet tussen 1980 en 2100: waarschijnlijk een tikfout${typeof cel === "number" ? " of een getal in plaats van een datum" : ""}.`,
    );
  }
  return r;
}

function leesDatumRuw(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<Dag> {
  if (cel === null || cel === undefined) return LEEG;
  if (typeof cel === "number") {
    if (cel === 0) return LEEG;
    if (!Number.isFinite(cel)) return mis("GEEN_DATUM", `${String(cel)} is geen datum.`);
    const r = vanExcelSerienummer(cel, systeem);
    return r.ok ? { ok: true, waarde: r.waarde } : mis(r.probleem.code, r.probleem.melding);
  }
  if (typeof cel === "string") {
    const t = cel.trim();
    if (t === "") return LEEG;
    if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return foutwaardeMelding(t);
    const r = parseTekstdatum(t.length > 60 ? t.slice(0, 60) : t);
    if (r.ok) return { ok: true, waarde: r.waarde };
    // parseTekstdatum herhaalt de invoer; vrije tekst niet (zie isVrijeTekst).
    return isVrijeTekst(t) ? mis(r.probleem.code, "de tekst in de cel is geen datum (verwacht bijvoorbeeld 3-3-2025 of 3 maart 2025).") : mis(r.probleem.code, r.probleem.melding);
  }
  if (cel instanceof Date) {
    const r = vanJsDatum(cel, jsDatumUtc);
    return r.ok ? { ok: true, waarde: r.waarde } : mis(r.probleem.code, r.probleem.melding);
  }
  if (typeof cel === "boolean") return mis("GEEN_DATUM", `${cel ? "WAAR" : "ONWAAR"} is geen datum.`);
  return mis("GEEN_DATUM", "de waarde in de cel is geen datum.");
}

/** Een cel met één of meer datums, gescheiden door ; , of een regeleinde. Oplopend, zonder dubbele. */
export function leesDatums(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<Dag[]> {
  if (typeof cel !== "string") {
    const r = leesDatum(cel, systeem, jsDatumUtc);
    if (!r.ok) return r;
    return { ok: true, waarde: r.waarde === null ? null : [r.waarde] };
  }
  const t = cel.trim();
  if (t === "") return LEEG;
  if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return foutwaardeMelding(t);
  const delen = t.split(/[;,\n\r]+/);
  const uit: Dag[] = [];
  for (const deel of delen) {
    if (deel.trim() === "") continue;
    const r = leesDatum(deel, systeem, jsDatumUtc);
    if (!r.ok) return r;
    if (r.waarde !== null) uit.push(r.waarde);
  }
  if (uit.length === 0) return LEEG;
  uit.sort((a, b) => a - b);
  return { ok: true, waarde: uit.filter((x, i) => i === 0 || x !== uit[i - 1]) };
}

const JA: ReadonlySet<string> = new Set(["ja", "j", "x", "waar", "true", "yes", "y", "1", "v", "ok", "aanwezig", "gedaan", "✓", "✔"]);
const NEE: ReadonlySet<string> = new Set(["nee", "n", "onwaar", "false", "no", "0", "-", "geen", "ontbreekt", "niet"]);

/** ja/nee/x/waar/onwaar/true/false/1/0, een echte boolean, of een datum (= ja, op die dag). */
export function leesJaNee(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<boolean> {
  if (cel === null || cel === undefined) return LEEG;
  if (typeof cel === "boolean") return { ok: true, waarde: cel };
  if (typeof cel === "number") {
    if (cel === 0) return { ok: true, waarde: false };
    if (cel === 1) return { ok: true, waarde: true };
    const d = leesDatum(cel, systeem, jsDatumUtc);
    if (d.ok) return { ok: true, waarde: true };
    return mis("GEEN_JA_NEE", `${toonCel(cel)} is geen ja/nee (verwacht ja, nee, x, 1, 0 of een datum).`);
  }
  if (typeof cel === "string") {
    const t = cel.trim();
    if (t === "") return LEEG;
    if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return foutwaardeMelding(t);
    const n = t.toLowerCase();
    if (JA.has(n)) return { ok: true, waarde: true };
    if (NEE.has(n)) return { ok: true, waarde: false };
    const d = leesDatum(t, systeem, jsDatumUtc);
    if (d.ok && d.waarde !== null) return { ok: true, waarde: true };
    return mis("GEEN_JA_NEE", `${tekstInMelding(cel)} is geen ja/nee (verwacht ja, nee, x, 1, 0 of een datum).`);
  }
  if (cel instanceof Date) {
    const d = leesDatum(cel, systeem, jsDatumUtc);
    return d.ok ? { ok: true, waarde: true } : d;
  }
  return mis("GEEN_JA_NEE", `${toonCel(cel)} is geen ja/nee.`);
}

/** Datum (bijv. van de visie van de werknemer) of ja/nee. */
export function leesDatumOfJaNee(cel: Cel, systeem: Datumsysteem, jsDatumUtc: boolean): CelUitkomst<Dag | boolean> {
  if (typeof cel === "number" && (cel === 0 || cel === 1)) return { ok: true, waarde: cel === 1 };
  if (typeof cel === "boolean") return { ok: true, waarde: cel };
  if (typeof cel === "string") {
    const n = cel.trim().toLowerCase();
    if (JA.has(n)) return { ok: true, waarde: true };
    if (NEE.has(n)) return { ok: true, waarde: false };
  }
  const d = leesDatum(cel, systeem, jsDatumUtc);
  if (d.ok) return d;
  return mis("GEEN_DATUM_OF_JA_NEE", `${d.melding.replace(/\.$/, "")}; verwacht een datum of ja/nee.`);
}

/** Tekst (naam, personeelsnummer). Getallen worden tekst ("1234"); booleans en foutwaarden zijn fouten. */
export function leesTekst(cel: Cel): CelUitkomst<string> {
  if (cel === null || cel === undefined) return LEEG;
  if (typeof cel === "string") {
    const t = cel.trim();
    if (t === "") return LEEG;
    if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return foutwaardeMelding(t);
    return { ok: true, waarde: t };
  }
  if (typeof cel === "number") {
    if (!Number.isFinite(cel)) return mis("GEEN_TEKST", `${String(cel)} is geen geldige waarde.`);
    return { ok: true, waarde: String(cel) };
  }
  if (typeof cel === "boolean") return mis("GEEN_TEKST", `${cel ? "WAAR" : "ONWAAR"} is geen naam of nummer.`);
  if (cel instanceof Date) return mis("GEEN_TEKST", `een datum (${toonCel(cel)}) is geen naam of nummer.`);
  return mis("GEEN_TEKST", `${toonCel(cel)} is geen naam of nummer.`);
}

/** Vrijwillige verlenging in hele weken: 13, "13", "13 weken", "13 wk". 0 en leeg = geen verlenging. */
export function leesWeken(cel: Cel): CelUitkomst<number> {
  if (cel === null || cel === undefined) return LEEG;
  let n: number;
  if (typeof cel === "number") {
    n = cel;
  } else if (typeof cel === "string") {
    const t = cel.trim();
    if (t === "") return LEEG;
    if (t.charCodeAt(0) === 35 && isFoutwaarde(t)) return foutwaardeMelding(t);
    const m = /^(\d{1,4})(?:[.,]0+)?\s*(?:w|wk|wkn|week|weken)?\.?$/i.exec(t);
    if (!m) return mis("GEEN_WEKEN", `${tekstInMelding(t)} is geen aantal weken (verwacht een heel getal, bijvoorbeeld 13).`);
    n = Number(m[1]);
  } else if (typeof cel === "boolean") {
    return mis("GEEN_WEKEN", `${cel ? "WAAR" : "ONWAAR"} is geen aantal weken.`);
  } else {
    return mis("GEEN_WEKEN", `een datum (${toonCel(cel)}) is geen aantal weken.`);
  }
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) {
    return mis("GEEN_WEKEN", `${toonCel(cel)} is geen aantal weken (verwacht een heel getal, bijvoorbeeld 13).`);
  }
  if (n > 520) return mis("WEKEN_BEREIK", `${n} weken verlenging is niet aannemelijk (meer dan 10 jaar).`);
  return n === 0 ? LEEG : { ok: true, waarde: n };
}

/** Herken de uitzondering op spoor 2 in vrije tekst. `null` = geen uitzondering ("nee", "-"). */
export function herkenUitzondering(tekst: string): Spoor2Uitzondering | null | "onbekend" {
  const n = normaliseerKop(tekst);
  if (n === "" || n === "nee" || n === "geen" || n === "nvt" || n === "n" || n === "0" || n === "geenuitzondering") return null;
  if (n.includes("aow")) return "aow";
  if (n.includes("marginaal") || n.includes("marginale") || n.includes("geenbenutbare") || n.includes("geenmogelijkheden")) return "marginaal";
  if (n.includes("perspectief") || n.includes("terugkeer") || n.includes("eigenwerkgever") || n.includes("eigenwerk") || n.includes("eigenfunctie")) return "perspectief";
  return "onbekend";
}
