/**
 * Wat elke mijlpaalregel over het dossier weet: de eerste ziektedag, de peildatum, de telling van
 * ziektedagen (met samentellen en WAZO), de herstel- en einddatums, en de gedane stappen. De regels
 * (arbo.ts … einde-wachttijd.ts) lezen de context en geven één mijlpaal; tijdlijn.ts zet ze achter elkaar.
 */
import { formatNL, type Dag } from "../dagen";
import type { Instellingen } from "../instellingen";
import { MIJLPAAL_NAAM, type MijlpaalCode, type Status } from "../mijlpalen";
import type { Probleem } from "../problemen";
import type { DossierInvoer, Mijlpaal, Signaal } from "../tijdlijn";
import type { Grenzen } from "./grenzen";

export interface Context {
  invoer: DossierInvoer;
  instellingen: Instellingen;
  /** Peildatum. */
  P: Dag;
  /** Eerste ziektedag van het (samengestelde) dossier: dag 1. */
  D: Dag;
  /** Getelde ziektedagen n → kalenderdatum (D + n, plus onderbrekingen en WAZO-verlof). */
  tel: (n: number) => Dag;
  /** Herstel op of vóór de peildatum, anders null. */
  herstel: Dag | null;
  /** Dagen vrijwillige verlenging (WIA art. 24). */
  V: number;
  /** Gedane stappen zoals ingevoerd (undefined = geen kolom: onbekend). */
  g: Partial<Record<MijlpaalCode, Dag | null>>;
  /** invoer.nvt, eenmaal gelezen (elke mijlpaal vraagt het; de vorm van de invoer wisselt per dossier). */
  nvt: Partial<Record<MijlpaalCode, boolean>> | undefined;
  grenzen: Grenzen;
  problemen: Probleem[];
  signalen: Signaal[];
}

/**
 * De reden van n.v.t. na herstel. Elke mijlpaal na het herstel van één dossier vraagt dezelfde tekst: de
 * laatste wordt onthouden (één tekst per dossier in plaats van één per mijlpaal).
 */
export function herstelReden(h: Dag): string {
  if (h !== laatsteHerstel) {
    laatsteHerstel = h;
    laatsteHerstelReden = `Hersteld per ${formatNL(h)}`;
  }
  return laatsteHerstelReden;
}
let laatsteHerstel: Dag = Number.NaN;
let laatsteHerstelReden = "";

export function isDag(x: unknown): x is Dag {
  return typeof x === "number" && Number.isInteger(x);
}

export function probleem(code: string, melding: string, veld: string, ernst: Probleem["ernst"] = "fout"): Probleem {
  return { code, melding, ernst, veld };
}

/**
 * Een gedane datum: alleen geldig op of vóór de peildatum, en niet vóór de eerste ziektedag. De waarde komt
 * met een vaste eigenschapsnaam binnen (c.g.PA, c.g.PVA …): sneller in het hete pad dan c.g[code].
 */
export function gedaanOp(c: Context, x: Dag | null | undefined, code: MijlpaalCode): Dag | null {
  if (x === null || x === undefined) return null;
  if (!isDag(x)) {
    c.problemen.push(probleem("ONGELDIGE_DATUM", `De datum bij ${MIJLPAAL_NAAM[code]} is geen geldige datum en is genegeerd.`, code));
    return null;
  }
  if (x < c.D) {
    c.problemen.push(probleem("DATUM_VOOR_ZIEKTE", `${MIJLPAAL_NAAM[code]} (${formatNL(x)}) ligt vóór de eerste ziektedag ${formatNL(c.D)}; genegeerd.`, code));
    return null;
  }
  return x <= c.P ? x : null;
}

/**
 * Status op de peildatum: gedaan / te laat gedaan; n.v.t. na herstel vóór de termijn; onbekend zonder
 * kolom (onbekend is nooit te laat); te laat; binnenkort (binnen de horizon of in het venster); gepland.
 */
export function bepaalStatus(c: Context, uiterlijk: Dag, vanaf: Dag | null, gedaan: Dag | null, bekend: boolean): Status {
  if (gedaan !== null) return gedaan <= uiterlijk ? "gedaan" : "te-laat-gedaan";
  if (c.herstel !== null && c.herstel <= uiterlijk) return "nvt";
  if (!bekend) return "onbekend";
  if (c.P > uiterlijk) return "te-laat";
  if (uiterlijk - c.P <= c.instellingen.horizonDagen || (vanaf !== null && c.P >= vanaf)) return "binnenkort";
  return "gepland";
}

/**
 * Een mijlpaal. `reden`: waarom de stap n.v.t. is (uit dienst, AOW, vervroegde IVA, uitzondering); een stap
 * die toch gedaan is, houdt zijn status gedaan / te laat gedaan, tenzij `reden` een uitzondering is die de stap
 * hoe dan ook overbodig maakt (`altijdNvt`).
 */
export function mijlpaal(
  c: Context,
  code: MijlpaalCode,
  uiterlijk: Dag,
  vanaf: Dag | null,
  gedaan: Dag | null,
  basis: Dag | null,
  reden: string | null = null,
  altijdNvt: boolean,
  /** Het register heeft een kolom voor de stap (c.g.X !== undefined). */
  bekend: boolean,
): Mijlpaal {
  let status: Status;
  let r: string | undefined = undefined;
  if (reden !== null && (altijdNvt || gedaan === null)) {
    status = "nvt";
    r = reden;
  } else if (gedaan === null && c.nvt?.[code] === true) {
    // "n.v.t." in de cel van het register: de gebruiker zegt dat de stap niet van toepassing is.
    status = "nvt";
    r = "n.v.t. volgens het register";
  } else {
    status = bepaalStatus(c, uiterlijk, vanaf, gedaan, bekend);
    if (status === "nvt" && c.herstel !== null) r = herstelReden(c.herstel);
  }
  return { code, uiterlijk, vanaf, gedaan, status, basis, reden: r };
}
