/**
 * Het kleurplan voor "Markeer termijnen", gedeeld door het taakvenster (Office.js) en de scanner (exceljs).
 *
 * Excel rekent geen aangepaste functies uit in voorwaardelijke opmaak, en de kleuren moeten ook zonder de
 * invoegtoepassing elke dag kloppen. Daarom:
 *  1. de berekende termijnen komen als gewone getallen (datumserienummers) in een verborgen blad dat van de
 *     invoegtoepassing is (`PW_T_<n>`), op precies dezelfde adressen als de mijlpaalcellen in het register;
 *  2. een werkmapnaam `PW_T_<n>` verwijst naar dat blad (namen werken in voorwaardelijke opmaak in elke
 *     Excel-versie, directe verwijzingen naar een ander blad niet);
 *  3. per mijlpaalkolom vier regels met `TODAY()`: grijs (n.v.t.), rood (te laat), oranje (binnenkort),
 *     groen (gedaan). `TODAY()` is vluchtig, dus de kleuren schuiven elke dag mee.
 * De regels sluiten elkaar uit, zodat hun volgorde en "stoppen indien waar" er niet toe doen.
 * Zuiver: geen Office en geen I/O; de adapters voeren het plan uit.
 */
import { naarExcelSerienummer, type Datumsysteem } from "./dagen";
import { plekVan, type RegisterDossier } from "./dossier";
import { MIJLPAAL_CODES, type MijlpaalCode } from "./mijlpalen";
import type { Tijdlijn } from "./tijdlijn";

export const MARKERING_PREFIX = "PW_T_";
/**
 * Kenmerk in cel A1 van elk verborgen blad van de invoegtoepassing (rij 1 is nooit een gegevensrij): zo is
 * een blad `PW_T_<n>` aantoonbaar van ons en blijft een eigen blad van de gebruiker met zo'n naam staan.
 */
export const MARKERING_KENMERK = "Poortwachter-markering: termijnen voor de kleuren. Niet wijzigen.";

export type MarkeringSoort = "nvt" | "gedaan" | "te-laat" | "binnenkort";

/** Excels eigen stijlen voor voorwaardelijke opmaak: lichte vulling met donkere tekst (goed leesbaar). */
export const MARKERING_KLEUREN: Readonly<Record<MarkeringSoort, { vulling: string; tekst: string }>> = {
  "te-laat": { vulling: "#FFC7CE", tekst: "#9C0006" },
  binnenkort: { vulling: "#FFEB9C", tekst: "#9C5700" },
  gedaan: { vulling: "#C6EFCE", tekst: "#006100" },
  nvt: { vulling: "#E7E6E6", tekst: "#595959" },
};

export interface MarkeringRegel {
  soort: MarkeringSoort;
  /** A1-bereik op het registerblad, bijvoorbeeld "F5:F30". */
  bereik: string;
  /** Engelse formule met ",", relatief aan de linkerbovencel van het bereik, met "=" ervoor. */
  formule: string;
  volgorde: number;
}

export interface MarkeringKolom {
  /** Kolom in het werkblad, 1-based. */
  kolom: number;
  eersteRij: number;
  /** Eén waarde per rij: termijn als serienummer, "nvt", of "" (geen markering). */
  waarden: (number | string)[];
}

export interface MarkeringPlan {
  blad: string;
  verborgenBlad: string;
  naam: string;
  naamVerwijzing: string;
  kolommen: MarkeringKolom[];
  regels: MarkeringRegel[];
}

export interface MarkeringOpties {
  /** Volgnummer van het register in de werkmap (1, 2, …): bepaalt de naam van het verborgen blad. */
  index: number;
  datumsysteem: Datumsysteem;
  horizonDagen: number;
}

/** Kolomnummer (1-based) → letters: 1 → A, 27 → AA. */
export function kolomLetter(kolom: number): string {
  let n = kolom;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Een A1-bereik ("B3", "$B$3:$Q$40", "Blad1!A1:C5") → de rechthoek (1-based), of null als het geen bereik is. */
export function leesBereik(adres: string): { boven: number; links: number; onder: number; rechts: number } | null {
  const deel = adres.slice(adres.lastIndexOf("!") + 1).trim();
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(deel);
  if (!m) return null;
  const kol = (s: string) => [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const a = { r: +m[2], c: kol(m[1]) };
  const b = m[3] ? { r: +m[4], c: kol(m[3]) } : a;
  return { boven: Math.min(a.r, b.r), links: Math.min(a.c, b.c), onder: Math.max(a.r, b.r), rechts: Math.max(a.c, b.c) };
}

/** Bladnaam tussen enkele aanhalingstekens voor een verwijzing ('Blad 1'!A1). */
export function bladVerwijzing(blad: string): string {
  return `'${blad.replace(/'/g, "''")}'`;
}

const MARKEERBAAR: readonly MijlpaalCode[] = MIJLPAAL_CODES.filter((c) => c !== "EWT");

/** Stelt het kleurplan op voor één register. Dossiers zonder tijdlijn (onleesbare rijen) krijgen geen kleur. */
export function maakMarkeringPlan(
  register: { blad?: string; eersteRij: number; laatsteRij: number },
  items: readonly { dossier: RegisterDossier; tijdlijn: Tijdlijn | null }[],
  opties: MarkeringOpties,
): MarkeringPlan {
  const naam = `${MARKERING_PREFIX}${opties.index}`;
  const eersteRij = register.eersteRij;
  const aantal = Math.max(0, register.laatsteRij - eersteRij + 1);
  const perKolom = new Map<number, { code: MijlpaalCode; waarden: (number | string)[] }>();

  for (const { dossier, tijdlijn } of items) {
    if (!tijdlijn) continue;
    for (const code of MARKEERBAAR) {
      const plek = plekVan(dossier, code);
      if (!plek || plek.rij < eersteRij || plek.rij > register.laatsteRij) continue;
      let k = perKolom.get(plek.kolom);
      if (!k) {
        k = { code, waarden: new Array<number | string>(aantal).fill("") };
        perKolom.set(plek.kolom, k);
      }
      const m = tijdlijn.mijlpalen[code];
      k.waarden[plek.rij - eersteRij] = m.status === "nvt" ? "nvt" : naarExcelSerienummer(m.uiterlijk, opties.datumsysteem);
    }
  }

  const kolomNummers = [...perKolom.keys()].sort((a, b) => a - b);
  const kolommen: MarkeringKolom[] = kolomNummers.map((kolom) => ({ kolom, eersteRij, waarden: perKolom.get(kolom)!.waarden }));
  const regels: MarkeringRegel[] = [];
  if (aantal > 0) {
    for (const kolom of kolomNummers) {
      const letter = kolomLetter(kolom);
      const cel = `${letter}${eersteRij}`;
      const bereik = `${cel}:${letter}${register.laatsteRij}`;
      regels.push(...regelsVoorKolom(naam, cel, bereik, perKolom.get(kolom)!.code === "EVAL", opties.horizonDagen));
    }
  }
  const laatsteKolom = kolomNummers.length ? kolomNummers[kolomNummers.length - 1] : 1;
  const laatsteRij = Math.max(register.laatsteRij, 1);
  return {
    blad: register.blad ?? "",
    verborgenBlad: naam,
    naam,
    naamVerwijzing: `=${bladVerwijzing(naam)}!$A$1:$${kolomLetter(laatsteKolom)}$${laatsteRij}`,
    kolommen,
    regels,
  };
}

/**
 * De vier regels voor één kolom. `m` is de termijn uit het verborgen blad op hetzelfde adres.
 * Voor EVAL (de volgende evaluatie) telt alleen de termijn: een ingevulde "laatste evaluatie" is groen
 * zolang de volgende nog niet binnenkort of te laat is.
 */
function regelsVoorKolom(naam: string, cel: string, bereik: string, herhalend: boolean, horizon: number): MarkeringRegel[] {
  const m = `INDEX(${naam},ROW(${cel}),COLUMN(${cel}))`;
  const leeg = herhalend ? "" : `,${cel}=""`;
  return [
    { soort: "nvt", bereik, volgorde: 1, formule: `=${m}="nvt"` },
    { soort: "te-laat", bereik, volgorde: 2, formule: `=AND(ISNUMBER(${m})${leeg},${m}<TODAY())` },
    { soort: "binnenkort", bereik, volgorde: 3, formule: `=AND(ISNUMBER(${m})${leeg},${m}>=TODAY(),${m}-TODAY()<=${horizon})` },
    {
      soort: "gedaan",
      bereik,
      volgorde: 4,
      formule: herhalend ? `=AND(ISNUMBER(${m}),${cel}<>"",${m}-TODAY()>${horizon})` : `=AND(ISNUMBER(${m}),${cel}<>"")`,
    },
  ];
}

/** Is dit een regel die de invoegtoepassing zelf heeft toegevoegd? (voor "Markering verwijderen") */
export function isEigenRegel(formule: string | null | undefined): boolean {
  return typeof formule === "string" && new RegExp(`INDEX\\(${MARKERING_PREFIX}\\d+,`).test(formule);
}

/** Is dit een blad of naam van de invoegtoepassing? */
export function isEigenNaam(naam: string | null | undefined): boolean {
  return typeof naam === "string" && new RegExp(`^${MARKERING_PREFIX}\\d+$`).test(naam);
}
