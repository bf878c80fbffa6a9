/**
 * Wat het taakvenster per dossier toont, zonder DOM: status, loonsanctierisico, de stappen op de kaart en de
 * regel eronder. taskpane.ts tekent dit; de tests vergelijken het met de scanner en de PW-functies. Alles
 * komt uit de kern (dossierStand in src/core/stand.ts), zodat elk oppervlak hetzelfde zegt.
 */
import { formatNL } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode, type Status } from "../core/mijlpalen";
import type { DossierEvaluatie } from "../core/pipeline";
import { dossierStand, isZonderDatum, type DossierStand, type DossierStatus, type ToonbaarRisico } from "../core/stand";
import { isOpenStap, isVoorbij } from "../core/tijdlijn";

export interface KaartStap {
  code: MijlpaalCode;
  /** Klasse voor de kleur van het label (s-<soort>). */
  soort: Status | "voorbij";
  tekst: string;
}

export interface DossierKaart {
  status: DossierStatus;
  risico: ToonbaarRisico;
  /** Label van het risico: soort (kleur) en tekst. */
  risicoLabel: { soort: string; tekst: string };
  /** Het dossier hoort in het overzicht (niet hersteld, of hersteld met een stap die nog in te halen is). */
  open: boolean;
  teLaat: boolean;
  binnenkort: boolean;
  /** De stappen op de kaart: alles wat te laat (in te halen) is of binnenkort moet, anders de volgende actie. */
  acties: MijlpaalCode[];
  /** De regel als er geen actie is, of een toelichting (herleven, niet te beoordelen); null als er niets te zeggen is. */
  toelichting: string | null;
  stand: DossierStand;
}

/** Tekst bij een status; een onbekende stap zegt waarom, een te late stap die voorbij is zegt dat. */
export function stapLabel(e: DossierEvaluatie, c: MijlpaalCode): KaartStap {
  const s = e.tijdlijn.mijlpalen[c].status;
  if (s === "te-laat" && isVoorbij(e.tijdlijn, c)) return { code: c, soort: "voorbij", tekst: "voorbij, niet meer in te halen" };
  if (s === "onbekend") return { code: c, soort: s, tekst: isZonderDatum(e, c) ? "onbekend (gedaan, datum ontbreekt)" : "onbekend (kolom ontbreekt)" };
  return { code: c, soort: s, tekst: STATUS_TEKST[s] };
}

/**
 * Het loonsanctierisico zoals het taakvenster het toont: nooit een risicowoord dat het oordeel over het
 * re-integratieverslag tegenspreekt ("geen loonsanctie verwacht" naast "laag").
 */
export function risicoLabel(e: Pick<DossierEvaluatie, "beoordeling">, r: ToonbaarRisico): { soort: string; tekst: string } {
  if (r === "opgelegd") return { soort: "te-laat", tekst: "loonsanctie opgelegd" };
  if (r === "geen") return { soort: "gedaan", tekst: "geen risico gevonden" };
  // Het register vertelt te weinig: geen risicowoord, want niemand weet het.
  if (r === "onbekend") return { soort: "onbekend", tekst: "onbekend (gegevens ontbreken)" };
  if (/geen loonsanctie verwacht/i.test(e.beoordeling.riv.oordeel)) return { soort: "nvt", tekst: "geen loonsanctie verwacht" };
  return { soort: r === "hoog" ? "te-laat" : r === "middel" ? "binnenkort" : "gepland", tekst: `risico ${r}` };
}

/** De kaart van één dossier. */
export function dossierKaart(e: DossierEvaluatie): DossierKaart {
  const t = e.tijdlijn;
  const st = dossierStand(e);
  const urgent = MIJLPAAL_CODES.filter((c) => (t.mijlpalen[c].status === "te-laat" || t.mijlpalen[c].status === "binnenkort") && isOpenStap(t, c)).sort(
    (a, b) => t.mijlpalen[a].uiterlijk - t.mijlpalen[b].uiterlijk,
  );
  const acties = urgent.length ? urgent : st.volgende ? [st.volgende.code] : [];
  let toelichting: string | null = null;
  if (t.hersteldatum !== null && st.kanHerlevenTot !== null && st.inTeHalen.length) {
    toelichting = `Hersteld per ${formatNL(t.hersteldatum)}; kan herleven tot ${formatNL(st.kanHerlevenTot)}: wordt de werknemer uiterlijk dan opnieuw ziek, dan telt de periode samen en blijft de te late stap in te halen.`;
  } else if (st.risico === "onbekend") {
    const wat = st.onbekend.stappen.map((c) => MIJLPAAL_NAAM[c]).join(", ");
    toelichting = `Niet te beoordelen: het register zegt niets over ${wat || "de stappen waarvan de termijn verstreken is"}${st.onbekend.kolommen.length ? `. Kolommen die het zouden vertellen: ${st.onbekend.kolommen.join(", ")}` : ""}.`;
  } else if (acties.length === 0) {
    toelichting = t.hersteldatum !== null ? `Geen open actie: hersteld per ${formatNL(t.hersteldatum)}` : "Geen open actie";
  }
  return {
    status: st.status,
    risico: st.risico,
    risicoLabel: risicoLabel(e, st.risico),
    open: t.hersteldatum === null || st.inTeHalen.length > 0,
    teLaat: st.inTeHalen.length > 0,
    binnenkort: MIJLPAAL_CODES.some((c) => t.mijlpalen[c].status === "binnenkort" && isOpenStap(t, c)),
    acties,
    toelichting,
    stand: st,
  };
}
