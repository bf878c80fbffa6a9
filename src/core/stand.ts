/**
 * De stand van één dossier zoals elk oppervlak hem toont: het rapport, de JSON en CSV van de scanner, het
 * taakvenster en de PW-functies. Eén plek beslist:
 * - het loonsanctierisico dat getoond wordt, met "onbekend" als het register te weinig vertelt
 *   (`toonbaarRisico`);
 * - welke stappen niet te beoordelen zijn, en welke kolommen het zouden vertellen (`onbekendeStappen`);
 * - de status van het dossier in één woord (`dossierStand`), met wat voorbij is (geschiedenis) apart van
 *   wat nog in te halen is (`isVoorbij` in tijdlijn.ts) en de datum tot wanneer een hersteld dossier kan
 *   herleven (`kanHerlevenTot`).
 * Zuiver: geen Office, DOM of I/O.
 */
import type { Beoordeling, LoonsanctieRisico } from "./beoordeling";
import type { Dag } from "./dagen";
import { MIJLPAAL_CODES, type MijlpaalCode } from "./mijlpalen";
import { isOpenStap, isVoorbij, kanHerlevenTot, volgendeActie, type Mijlpaal, type Tijdlijn } from "./tijdlijn";

export type ToonbaarRisico = LoonsanctieRisico | "onbekend";

/** De kop van het sjabloon die de stap zou vertellen (docs/kolommen.md). */
export const KOLOM_VOOR_STAP: Readonly<Record<Exclude<MijlpaalCode, "EWT">, string>> = {
  ARBO: "Ziekmelding arbodienst",
  PA: "Probleemanalyse",
  PVA: "Plan van aanpak",
  EVAL: "Laatste evaluatie",
  UWV42: "42e-weeksmelding",
  EJE: "Eerstejaarsevaluatie",
  SPOOR2: "Start spoor 2",
  AO: "Actueel oordeel",
  EINDEVAL: "Eindevaluatie",
  WIA: "WIA-aanvraag",
};

/**
 * De stappen die het register niet kan laten zien terwijl hun termijn verstreken is: het register heeft er
 * geen kolom voor (status onbekend). Daarover kan niemand zeggen of ze op tijd waren.
 */
export function onbekendeStappen(t: Tijdlijn): Exclude<MijlpaalCode, "EWT">[] {
  const uit: Exclude<MijlpaalCode, "EWT">[] = [];
  for (const code of MIJLPAAL_CODES) {
    if (code === "EWT") continue;
    const m = t.mijlpalen[code];
    if (m.status === "onbekend" && t.peildatum > m.uiterlijk) uit.push(code);
  }
  return uit;
}

/**
 * Het loonsanctierisico dat elk oppervlak toont. "onbekend" als niemand het kan weten:
 * - het risico berust alleen op gegevens die het register niet heeft ("probleemanalyse onbekend"), of
 * - de beoordeling vond geen tekort, maar over geen enkele stap waarvan de termijn verstreken is vertelt
 *   het register iets (alleen naam en eerste ziektedag, bijvoorbeeld).
 * Een bekend oordeel blijft staan: opgelegd, en "geen" omdat de werknemer hersteld is, een bevredigend
 * resultaat bereikte of geen WIA-aanvraag nodig is (die redenen staan in `redenen`).
 */
export function toonbaarRisico(e: { tijdlijn?: Tijdlijn; beoordeling: Pick<Beoordeling, "loonsanctie"> }): ToonbaarRisico {
  const { risico, redenen } = e.beoordeling.loonsanctie;
  if (risico === "opgelegd") return risico;
  if (risico === "geen") {
    if (redenen.length > 0 || !e.tijdlijn) return risico;
    return nietsBekend(e.tijdlijn) ? "onbekend" : risico;
  }
  return redenen.length > 0 && redenen.every((r) => /onbekend/i.test(r)) ? "onbekend" : risico;
}

/** Er is minstens één stap met een verstreken termijn, en van geen daarvan vertelt het register iets. */
function nietsBekend(t: Tijdlijn): boolean {
  let verstreken = 0;
  for (const code of MIJLPAAL_CODES) {
    if (code === "EWT") continue;
    const m = t.mijlpalen[code];
    if (t.peildatum <= m.uiterlijk || m.status === "nvt") continue;
    if (m.status !== "onbekend") return false;
    verstreken++;
  }
  return verstreken > 0;
}

/**
 * De status van een dossier in één woord, op elk oppervlak hetzelfde:
 * - `te-laat`: een stap is te laat en nog in te halen;
 * - `binnenkort`: een stap moet binnen de horizon (of het venster is open);
 * - `onbekend`: het loonsanctierisico is onbekend (het register vertelt te weinig);
 * - `voorbij`: alleen stappen die voorbij zijn (geschiedenis), niets meer te doen;
 * - `hersteld`: hersteld, niets open;
 * - `op-schema`: niets te laat of binnenkort, en het register vertelt genoeg.
 */
export type DossierStatus = "te-laat" | "binnenkort" | "onbekend" | "voorbij" | "hersteld" | "op-schema";

export interface DossierStand {
  status: DossierStatus;
  risico: ToonbaarRisico;
  /** De eerstvolgende actie (nooit een stap die voorbij is), of null. */
  volgende: Mijlpaal | null;
  /** Hersteld, maar kan nog herleven tot en met deze dag (samentellen, BW 7:629 lid 10); anders null. */
  kanHerlevenTot: Dag | null;
  /** Te late stappen die nog in te halen zijn, en die voorbij zijn. */
  inTeHalen: MijlpaalCode[];
  voorbij: MijlpaalCode[];
  /** Stappen met een verstreken termijn die het register niet laat zien, en de kolommen die het zouden vertellen. */
  onbekend: { stappen: MijlpaalCode[]; kolommen: string[] };
}

/** Een dossier met zijn invoer (DossierEvaluatie): genoeg om te weten welke stappen gedaan zijn zonder datum. */
interface MetInvoer {
  dossier?: { invoer: { zonderDatum?: Partial<Record<MijlpaalCode, boolean>> } };
}

/**
 * De stap is onbekend omdat de cel "ja"/"x" zegt zonder datum (de kolom bestaat wél), niet omdat het register
 * geen kolom heeft. Meldingen als "geen kolom voor …" slaan zo'n stap over.
 */
export function isZonderDatum(e: MetInvoer, code: MijlpaalCode): boolean {
  return e.dossier?.invoer.zonderDatum?.[code] === true;
}

/** De stap is onbekend omdat het register er geen kolom voor heeft (niet: "ja" zonder datum). */
export function geenKolomVoor(e: MetInvoer & { tijdlijn: Tijdlijn }, code: MijlpaalCode): boolean {
  return e.tijdlijn.mijlpalen[code].status === "onbekend" && !isZonderDatum(e, code);
}

/** De stand van één beoordeeld dossier (evalueerDossier). */
export function dossierStand(e: MetInvoer & { tijdlijn: Tijdlijn; beoordeling: Pick<Beoordeling, "loonsanctie"> }): DossierStand {
  const t = e.tijdlijn;
  const inTeHalen: MijlpaalCode[] = [];
  const voorbij: MijlpaalCode[] = [];
  let binnenkort = false;
  for (const code of MIJLPAAL_CODES) {
    const s = t.mijlpalen[code].status;
    if (s === "te-laat") (isVoorbij(t, code) ? voorbij : inTeHalen).push(code);
    else if (s === "binnenkort" && isOpenStap(t, code)) binnenkort = true;
  }
  const risico = toonbaarRisico(e);
  const stappen = onbekendeStappen(t);
  const status: DossierStatus =
    inTeHalen.length > 0
      ? "te-laat"
      : binnenkort
        ? "binnenkort"
        : risico === "onbekend"
          ? "onbekend"
          : voorbij.length > 0
            ? "voorbij"
            : t.hersteldatum !== null
              ? "hersteld"
              : "op-schema";
  return {
    status,
    risico,
    volgende: volgendeActie(t),
    kanHerlevenTot: kanHerlevenTot(t),
    inTeHalen,
    voorbij,
    onbekend: {
      stappen,
      kolommen: stappen.map((c) => {
        const kop = KOLOM_VOOR_STAP[c as Exclude<MijlpaalCode, "EWT">];
        return isZonderDatum(e, c) ? `${kop} (een datum in plaats van het vinkje)` : kop;
      }),
    },
  };
}

/** De status in woorden, voor rapport, CSV en taakvenster. */
export const DOSSIER_STATUS_TEKST: Readonly<Record<DossierStatus, string>> = {
  "te-laat": "te laat, nog in te halen",
  binnenkort: "binnenkort",
  onbekend: "onbekend: het register vertelt te weinig",
  voorbij: "voorbij: niets meer te doen",
  hersteld: "hersteld",
  "op-schema": "op schema",
};
