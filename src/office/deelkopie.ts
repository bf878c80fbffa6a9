/**
 * De deelkopie voor één werknemer vanuit het taakvenster (issue 20), de Office-kant: de kopregel en de rijen
 * van die werknemer lezen, en de nieuwe werkmap openen. De werkmap zelf maakt de gedeelde pakketlaag
 * (src/pakket/deelkopie.ts, dezelfde als `scan --deelkopie --werknemer`), lui geladen door het taakvenster.
 * Er gaat niets de werkmap uit behalve naar de nieuwe werkmap die de gebruiker vraagt: geen netwerk.
 */
import { kolomLetter } from "../core/markering";
import type { RegisterDossier } from "../core/dossier";
import type { Cel, Register } from "../core/register";
import { ondersteunt } from "./werkmap";

/** `Excel.createWorkbook(base64)` (een nieuwe werkmap openen met inhoud) vraagt ExcelApi 1.8. */
export const EXCELAPI_NIEUWE_WERKMAP = "1.8";

export interface DeelkopieBron {
  /** De kopregel van het register (0-based kolommen vanaf de linkerkolom van het register). */
  koprij: Cel[];
  /** De rijen van de werknemer, in dezelfde kolommen. */
  rijen: Cel[][];
  /** De kolommen (0-based) die het register gebruikt: alleen die gaan mee (kiesDeelkolommen in de kern). */
  registerKolommen: Set<number>;
}

/**
 * De kolommen van het register in het werkblad: van de linkerkolom van het blok tot de laatste kolom met een
 * kop die het register kent (gebruikt of niet gebruikt). Kolommen verder rechts zonder kop gaan nooit mee.
 */
export function registerKolombereik(r: Register): { links: number; rechts: number } {
  const k0 = r.kolommen[0];
  const links = k0 ? k0.kolom - k0.index : 1;
  let rechts = links;
  for (const k of r.kolommen) rechts = Math.max(rechts, k.kolom, ...(k.delen ?? []).map((d) => links + d));
  for (const k of r.nietGebruikt ?? []) rechts = Math.max(rechts, k.kolom);
  return { links, rechts };
}

const vergelijk = (s: string | null) => (s ?? "").normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Alle werkbladrijen van deze werknemer in het register, zoals `scan --werknemer`: op personeelsnummer, en
 * zonder nummer op naam (hoofdletters en dubbele spaties tellen niet). Ook de rijen van een eerdere periode die
 * niet samentelt (een eigen dossier).
 */
export function rijenVanWerknemer(register: Register, dossier: RegisterDossier): number[] {
  const nummer = vergelijk(dossier.personeelsnummer);
  const naam = vergelijk(dossier.werknemer);
  const zelfde = (d: RegisterDossier) => (nummer ? vergelijk(d.personeelsnummer) === nummer : naam !== "" && vergelijk(d.werknemer) === naam);
  const rijen = new Set<number>(dossier.rijen);
  for (const d of register.dossiers) if (zelfde(d)) for (const r of d.rijen) rijen.add(r);
  return [...rijen].sort((a, b) => a - b);
}

/** Leest de kopregel en deze werkbladrijen (1-based) van het register. Eén sync. */
export async function leesDeelkopieBron(context: Excel.RequestContext, register: Register, rijen: readonly number[]): Promise<DeelkopieBron> {
  const { links, rechts } = registerKolombereik(register);
  const blad = register.blad ? context.workbook.worksheets.getItem(register.blad) : context.workbook.worksheets.getActiveWorksheet();
  const rij = (n: number) => {
    const b = blad.getRange(`${kolomLetter(links)}${n}:${kolomLetter(rechts)}${n}`);
    b.load("values");
    return b;
  };
  const kop = rij(register.koprij);
  const gegevens = rijen.map(rij);
  await context.sync();
  const registerKolommen = new Set(register.kolommen.flatMap((c) => [c.kolom - links, ...(c.delen ?? [])]));
  return { koprij: (kop.values[0] ?? []) as Cel[], rijen: gegevens.map((b) => (b.values[0] ?? []) as Cel[]), registerKolommen };
}

/** Bytes als base64 (in stukken: String.fromCharCode met te veel argumenten loopt vast). */
export function naarBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Open de bytes als nieuwe werkmap in Excel (`Excel.createWorkbook`, ExcelApi 1.8). Geeft false als deze Excel
 * dat niet kan (dan biedt het taakvenster het bestand als download aan).
 */
export async function openNieuweWerkmap(bytes: Uint8Array): Promise<boolean> {
  if (ondersteunt(EXCELAPI_NIEUWE_WERKMAP)) {
    await Excel.createWorkbook(naarBase64(bytes));
    return true;
  }
  return false;
}
