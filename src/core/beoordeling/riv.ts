/**
 * RIV-volledigheid: welke onderdelen van het re-integratieverslag er op de peildatum zijn, en welke
 * ontbreken of te laat zijn (Regeling procesgang art. 6; Wet WIA art. 65; domeinreferentie §4).
 * Welke onderdelen nodig zijn, hangt af van het stadium: vóór week 46 is de EJE "nog-niet-nodig",
 * actueel oordeel en eindevaluatie pas rond de WIA-aanvraag, spoor-2-onderdelen pas als spoor 2 geldt.
 * Een ontbrekende kolom geeft "onbekend", nooit "ontbreekt".
 */
import type { Dag } from "../dagen";
import type { DossierGegevens, Onbekend } from "../dossier";
import type { MijlpaalCode } from "../mijlpalen";
import type { DossierInvoer, Mijlpaal, Tijdlijn } from "../tijdlijn";
import { BRON, DAGEN_PER_WEEK, P_AO_ACTUEEL_MAX_DAGEN, P_AO_VOOR_AANVRAAG_WEKEN, P_EVALUATIE_INTERVAL_WEKEN, P_REINTEGRATIEVISIE, ingangsdag, naWeek, regelOp, waardeOp } from "../wet";
import type { Spoor2Analyse } from "./spoor2";
import { isDag, punt, type Punt, type RivOnderdeel, datumNL } from "./typen";

export interface RivAnalyse {
  onderdelen: RivOnderdeel[];
  punten: Punt[];
  /** Korte namen van de onderdelen die ontbreken, te laat of onbekend zijn, in de volgorde van het RIV. */
  ontbreekt: string[];
  teLaat: string[];
  onbekend: string[];
}

/** De onderdelen, in de volgorde van het RIV; `kort` is de naam in een oordeel. */
export const RIV_ONDERDELEN = [
  { code: "PA", naam: "Probleemanalyse", kort: "probleemanalyse" },
  { code: "PVA", naam: "Plan van aanpak", kort: "plan van aanpak" },
  { code: "EVAL", naam: "Evaluaties plan van aanpak", kort: "evaluaties plan van aanpak" },
  { code: "EJE", naam: "Eerstejaarsevaluatie", kort: "eerstejaarsevaluatie" },
  { code: "AD", naam: "Arbeidsdeskundig rapport", kort: "arbeidsdeskundig rapport" },
  { code: "PLAN2", naam: "Re-integratieplan spoor 2", kort: "re-integratieplan spoor 2" },
  { code: "PERSOONSPROFIEL", naam: "Persoonsprofiel (spoor 2)", kort: "persoonsprofiel" },
  { code: "ZOEKPROFIEL", naam: "Zoekprofiel (spoor 2)", kort: "zoekprofiel" },
  { code: "RAPPORTAGEMOMENTEN", naam: "Rapportagemomenten (spoor 2)", kort: "rapportagemomenten" },
  { code: "VOORTGANG2", naam: "Voortgangsrapportage spoor 2", kort: "voortgangsrapportage spoor 2" },
  { code: "EIND2", naam: "Eindrapportage spoor 2", kort: "eindrapportage spoor 2" },
  { code: "AO", naam: "Actueel oordeel bedrijfsarts", kort: "actueel oordeel" },
  { code: "EINDEVAL", naam: "Eindevaluatie", kort: "eindevaluatie" },
  { code: "VISIE", naam: "Visie werknemer", kort: "visie werknemer" },
] as const;

export type RivCode = (typeof RIV_ONDERDELEN)[number]["code"];

/** Per code: naam en korte naam. */
const INFO = new Map<string, { naam: string; kort: string }>(RIV_ONDERDELEN.map((o) => [o.code, { naam: o.naam, kort: o.kort }]));

/** Hoeveel evaluatiegaten afzonderlijk genoemd worden; de rest wordt samengevat. */
const MAX_GATEN_GENOEMD = 3;

class Verzamelaar implements RivAnalyse {
  onderdelen: RivOnderdeel[] = [];
  punten: Punt[] = [];
  ontbreekt: string[] = [];
  teLaat: string[] = [];
  onbekend: string[] = [];
  /** Stappen die het register "gedaan" noemt zonder datum ("ja", "x"): onbekend, maar de kolom bestaat. */
  constructor(private readonly zonderDatum: Partial<Record<string, boolean>> | undefined) {}

  /** Zet het onderdeel; analyseerRiv roept dit in de volgorde van RIV_ONDERDELEN aan. */
  zet(code: RivCode, status: RivOnderdeel["status"], datum: Dag | null): void {
    const info = INFO.get(code) as { naam: string; kort: string };
    this.onderdelen.push({ code, naam: info.naam, status, datum });
    if (status === "ontbreekt") this.ontbreekt.push(info.kort);
    else if (status === "te-laat") this.teLaat.push(info.kort);
    else if (status === "onbekend") this.onbekend.push(info.kort);
  }

  /** Standaardbevindingen bij een status: ontbreekt (zwaar: kritiek, anders waarschuwing), te laat, onbekend. */
  meld(code: RivCode, status: RivOnderdeel["status"], datum: Dag | null, uiterlijk: Dag | null, bron: string, zwaar: boolean): void {
    const { naam, kort } = INFO.get(code) as { naam: string; kort: string };
    if (status === "ontbreekt") {
      const tekst = uiterlijk !== null ? `${naam} ontbreekt; uiterlijk was ${datumNL(uiterlijk)}.` : `${naam} ontbreekt.`;
      this.punten.push(punt(`RIV_${code}_ONTBREEKT`, zwaar ? "kritiek" : "waarschuwing", tekst, bron, zwaar ? "hoog" : "middel", `${kort} ontbreekt`));
    } else if (status === "te-laat" && datum !== null) {
      const wanneer = uiterlijk !== null ? `op ${datumNL(datum)}; uiterlijk ${datumNL(uiterlijk)}` : `op ${datumNL(datum)}`;
      this.punten.push(punt(`RIV_${code}_TE_LAAT`, "waarschuwing", `${naam} te laat: ${wanneer}.`, bron, "middel", `${kort} te laat (${wanneer})`));
    } else if (status === "onbekend") {
      const na = uiterlijk !== null ? `; uiterlijk ${datumNL(uiterlijk)}` : "";
      const waarom = this.zonderDatum?.[code] ? "het register noemt het gedaan, maar zonder datum" : "het register heeft er geen kolom voor";
      this.punten.push(punt(`RIV_${code}_ONBEKEND`, "info", `${naam}: ${waarom}, dus niet te controleren${na}.`, bron, "laag", `${kort} onbekend`));
    }
  }
}

/** "a", "a en b", "a, b en c". */
function opsomming(namen: readonly string[]): string {
  return namen.length > 1 ? `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}` : (namen[0] ?? "");
}

/** Wat vóór de RIV-fase al ontbreekt of te laat is: "ontbreekt nu al: probleemanalyse en plan van aanpak". */
export function nuAlTekst(riv: RivAnalyse): string {
  const zinnen: string[] = [];
  if (riv.ontbreekt.length) zinnen.push(`ontbreekt nu al: ${opsomming(riv.ontbreekt)}`);
  if (riv.teLaat.length) zinnen.push(`nu al te laat: ${opsomming(riv.teLaat)}`);
  return zinnen.join("; ");
}

/** "ontbreekt a, b; te laat: c" voor een oordeel ("" als niets ontbreekt of te laat is). */
export function tekortTekst(riv: RivAnalyse): string {
  const delen: string[] = [];
  if (riv.ontbreekt.length) delen.push(`ontbreekt ${riv.ontbreekt.join(", ")}`);
  if (riv.teLaat.length) delen.push(`te laat: ${riv.teLaat.join(", ")}`);
  return delen.join("; ");
}

/** De korte namen van de onbekende onderdelen ("" als er geen zijn). */
export function onbekendTekst(riv: RivAnalyse): string {
  return riv.onbekend.join(", ");
}

/** Onderdeel dat een mijlpaal van de tijdlijn is (PA, PVA, EJE, AO, EINDEVAL). */
/** `m` = t.mijlpalen[code]; `bekend` = het register heeft een kolom voor de datum (invoer.gedaan[code] !== undefined). */
function mijlpaalOnderdeel(v: Verzamelaar, code: RivCode & MijlpaalCode, m: Mijlpaal, bekend: boolean, bron: string, P: Dag): void {
  let status: RivOnderdeel["status"];
  switch (m.status) {
    case "gedaan":
      status = "aanwezig";
      break;
    case "te-laat-gedaan":
      status = "te-laat";
      break;
    case "te-laat":
      status = bekend ? "ontbreekt" : "onbekend";
      break;
    case "nvt":
      status = "nvt";
      break;
    case "onbekend":
      // Geen kolom: pas als de termijn verstreken is hoort het er te zijn, en dan is het onbekend.
      status = P > m.uiterlijk ? "onbekend" : "nog-niet-nodig";
      break;
    default:
      status = "nog-niet-nodig";
  }
  v.zet(code, status, m.gedaan);
  v.meld(code, status, m.gedaan, m.uiterlijk, bron, true);
}

/**
 * Onderdeel uit de gegevens: datum of ja/nee. `nodig` = het hoort er op de peildatum te zijn;
 * `uiterlijk` (optioneel) maakt een latere datum "te-laat".
 */
function gegevensOnderdeel(
  v: Verzamelaar,
  code: RivCode,
  waarde: Onbekend<Dag | boolean>,
  P: Dag,
  nodig: boolean,
  nvt: boolean,
  uiterlijk: Dag | null,
  bron: string,
  melden = true,
): void {
  let status: RivOnderdeel["status"];
  let datum: Dag | null = null;
  if (nvt) status = "nvt";
  else if (waarde === true || (isDag(waarde) && waarde <= P)) {
    datum = isDag(waarde) ? waarde : null;
    status = datum !== null && uiterlijk !== null && datum > uiterlijk ? "te-laat" : "aanwezig";
  } else if (!nodig) status = "nog-niet-nodig";
  else if (waarde === undefined) status = "onbekend";
  else status = "ontbreekt";
  v.zet(code, status, datum);
  if (melden) v.meld(code, status, datum, uiterlijk, bron, false);
}

/**
 * Evaluaties van het plan van aanpak: ten minste elke 6 weken is praktijk (UWV Werkwijzer), geen wettelijke
 * termijn. Een lang gat is een signaal om te handelen, geen onvolledig re-integratieverslag
 * (UWV Professioneel kader; domeinreferentie §4): het gat telt niet mee in het loonsanctierisico en maakt
 * het onderdeel niet "te laat". Met de volledige lijst (gegevens.evaluaties) wordt elk gat > 42 dagen
 * gemeld; met alleen de laatste evaluatie alleen het gat van de laatste (of het plan van aanpak) tot de
 * peildatum: tussenliggende evaluaties zijn onbekend. De eerstejaarsevaluatie telt als evaluatiemoment.
 * Is er nooit geëvalueerd terwijl dat had gemoeten, dan ontbreekt het onderdeel (Regeling procesgang
 * art. 4: het plan wordt regelmatig geëvalueerd en zo nodig bijgesteld).
 */
function evaluaties(v: Verzamelaar, invoer: DossierInvoer, gegevens: DossierGegevens, t: Tijdlijn): void {
  const P = t.peildatum;
  const D = t.eersteZiektedag;
  const intervalWeken = waardeOp(P_EVALUATIE_INTERVAL_WEKEN, D);
  const interval = naWeek(intervalWeken);
  const pva = t.mijlpalen.PVA;
  const einde = Math.min(P, t.hersteldatum !== null ? t.hersteldatum - 1 : P, t.mijlpalen.EWT.uiterlijk);
  const compleet = Array.isArray(gegevens.evaluaties);
  const laatste = invoer.gedaan ? invoer.gedaan.EVAL : undefined;
  if (!compleet && laatste === undefined) {
    const basis = pva.gedaan ?? pva.uiterlijk;
    const status = einde > basis + interval ? "onbekend" : "nog-niet-nodig";
    v.zet("EVAL", status, null);
    v.meld("EVAL", status, null, null, BRON.UWV_WERKWIJZER, false);
    return;
  }
  // Evaluatiemomenten binnen het dossier, oplopend.
  const momenten: Dag[] = [];
  const voeg = (x: unknown) => {
    if (isDag(x) && x >= D && x <= einde) momenten.push(x);
  };
  if (compleet) for (const x of gegevens.evaluaties as Dag[]) voeg(x);
  else voeg(laatste);
  voeg(t.mijlpalen.EJE.gedaan);
  momenten.sort((a, b) => a - b);

  let vorige: Dag | null = pva.gedaan;
  if (vorige === null && momenten.length > 0) vorige = momenten[0];
  if (vorige === null) {
    // Geen plan van aanpak en geen evaluatie.
    const status = einde > pva.uiterlijk + interval ? "ontbreekt" : "nog-niet-nodig";
    v.zet("EVAL", status, null);
    if (status === "ontbreekt") {
      v.punten.push(
        punt(
          "RIV_EVAL_ONTBREEKT",
          "waarschuwing",
          `Geen evaluatie van het plan van aanpak bekend; ten minste elke ${intervalWeken} weken.`,
          BRON.UWV_WERKWIJZER,
          "middel",
          "evaluaties plan van aanpak ontbreken",
        ),
      );
    }
    return;
  }
  const signaal = " Een signaal om bij te sturen; het maakt het re-integratieverslag niet onvolledig.";
  let gaten = 0;
  let geevalueerd = false;
  for (const x of momenten) {
    if (x <= vorige) continue;
    geevalueerd = true;
    if (compleet && x - vorige > interval) {
      gaten++;
      if (gaten <= MAX_GATEN_GENOEMD) {
        const dagen = x - vorige;
        const weken = Math.floor(dagen / DAGEN_PER_WEEK);
        v.punten.push(
          punt(
            "EVAL_GAT",
            "waarschuwing",
            `Plan van aanpak ${dagen} dagen (${weken} weken) niet geëvalueerd: van ${datumNL(vorige)} tot ${datumNL(x)}; ten minste elke ${intervalWeken} weken.${signaal}`,
            BRON.UWV_WERKWIJZER,
            null,
            `${weken} weken zonder evaluatie (${datumNL(vorige)} – ${datumNL(x)})`,
          ),
        );
      }
    }
    vorige = x;
  }
  if (gaten > MAX_GATEN_GENOEMD) {
    v.punten.push(punt("EVAL_GAT", "waarschuwing", `Nog ${gaten - MAX_GATEN_GENOEMD} andere perioden van meer dan ${intervalWeken} weken zonder evaluatie.`, BRON.UWV_WERKWIJZER, null));
  }
  let open = false;
  if (einde - vorige > interval) {
    open = true;
    const sinds = !geevalueerd ? `het plan van aanpak (${datumNL(vorige)})` : datumNL(vorige);
    const tekst =
      einde === P
        ? `Sinds ${sinds} geen evaluatie van het plan van aanpak; uiterlijk was ${datumNL(vorige + interval)}.${signaal}`
        : `Van ${datumNL(vorige)} tot ${datumNL(einde)} geen evaluatie van het plan van aanpak; uiterlijk was ${datumNL(vorige + interval)}.${signaal}`;
    v.punten.push(punt("EVAL_GAT", "waarschuwing", tekst, BRON.UWV_WERKWIJZER, null, `geen evaluatie sinds ${datumNL(vorige)}`));
  }
  // Geëvalueerd (ook met gaten): het onderdeel is er. Nooit geëvalueerd en de termijn voorbij: ontbreekt.
  const status: RivOnderdeel["status"] = geevalueerd ? "aanwezig" : open ? "ontbreekt" : "nog-niet-nodig";
  v.zet("EVAL", status, geevalueerd ? vorige : null);
  if (status === "ontbreekt") {
    v.punten.push(
      punt(
        "RIV_EVAL_ONTBREEKT",
        "waarschuwing",
        `Het plan van aanpak is sinds ${datumNL(pva.gedaan ?? vorige)} nooit geëvalueerd; ten minste elke ${intervalWeken} weken.`,
        BRON.REGELING_ART4,
        "middel",
        "evaluaties plan van aanpak ontbreken",
      ),
    );
  }
}

/**
 * Het actueel oordeel van de bedrijfsarts hoort kort vóór de WIA-aanvraag te liggen (ongeveer 2 weken;
 * Wet WIA art. 65). Ligt het langer dan wet/actueel_oordeel_houdbaar.yaml vóór de aanvraag (of, zonder aanvraag in de
 * WIA-fase, vóór de peildatum), dan waarschuwt Poortwachter: geen loonsanctiegrond, wel een reden voor een
 * nieuw oordeel.
 */
function actueelOordeel(v: Verzamelaar, t: Tijdlijn, rivFase: boolean): void {
  const ao = t.mijlpalen.AO.gedaan;
  const wia = t.mijlpalen.WIA;
  if (ao === null || wia.status === "nvt") return;
  const tegen = wia.gedaan ?? (rivFase ? t.peildatum : null);
  const maxDagen = waardeOp(P_AO_ACTUEEL_MAX_DAGEN, t.eersteZiektedag);
  if (tegen === null || tegen - ao <= maxDagen) return;
  const wat = wia.gedaan !== null ? `de WIA-aanvraag van ${datumNL(wia.gedaan)}` : `vandaag (${datumNL(t.peildatum)})`;
  v.punten.push(
    punt(
      "RIV_AO_NIET_ACTUEEL",
      "waarschuwing",
      `Actueel oordeel van de bedrijfsarts van ${datumNL(ao)} ligt ${tegen - ao} dagen vóór ${wat}: meer dan ${maxDagen} dagen. Het hoort kort (ongeveer ${waardeOp(P_AO_VOOR_AANVRAAG_WEKEN, t.eersteZiektedag)} weken) vóór de aanvraag te liggen; vraag zo nodig een nieuw oordeel.`,
      BRON.WIA_65,
      null,
    ),
  );
}

/**
 * Vanaf 1-7-2023 horen de re-integratievisie van werkgever en werknemer in het plan van aanpak, zijn
 * bijstellingen en de eerstejaarsevaluatie (Regeling procesgang art. 4). Een herinnering bij het
 * samenstellen van het RIV; geen loonsanctiegrond, dus zonder gewicht.
 */
function reintegratievisie(v: Verzamelaar, t: Tijdlijn, rivFase: boolean): void {
  if (!rivFase) return;
  const pva = t.mijlpalen.PVA.gedaan;
  const eje = t.mijlpalen.EJE.gedaan;
  const laatste = Math.max(pva ?? -Infinity, eje ?? -Infinity, t.mijlpalen.EJE.uiterlijk);
  // Gekozen op de datum van het laatste stuk (wet als gedateerde gegevens: P_REINTEGRATIEVISIE in wet.ts).
  const regel = regelOp(P_REINTEGRATIEVISIE, laatste);
  if (!regel.waarde) return;
  const REINTEGRATIEVISIE_VANAF = ingangsdag(regel);
  v.punten.push(
    punt(
      "REINTEGRATIEVISIE",
      "info",
      `Vanaf ${datumNL(REINTEGRATIEVISIE_VANAF)} bevatten het plan van aanpak, zijn bijstellingen en de eerstejaarsevaluatie de re-integratievisie van werkgever en werknemer. Dat hoort bij die stukken; het is geen apart onderdeel van het re-integratieverslag en geen grond voor een loonsanctie.`,
      BRON.REGELING_ART4,
      null,
    ),
  );
}

export function analyseerRiv(invoer: DossierInvoer, gegevens: DossierGegevens, t: Tijdlijn, spoor2: Spoor2Analyse): RivAnalyse {
  const v = new Verzamelaar(invoer.zonderDatum);
  const P = t.peildatum;
  const gedaan = invoer.gedaan;
  const wia = t.mijlpalen.WIA;
  // Geen WIA-aanvraag nodig (de tijdlijn zegt WIA n.v.t., bijvoorbeeld AOW-leeftijd tijdens de ziekte): geen RIV.
  const geenAanvraag = wia.status === "nvt" && wia.gedaan === null;
  // Het RIV gaat mee met de WIA-aanvraag: onderdelen "bij de aanvraag" zijn nodig zodra die is ingediend of te laat is.
  const aanvraagIn = wia.gedaan !== null;
  const rivMoment = aanvraagIn ? (wia.gedaan as Dag) : wia.uiterlijk;
  const rivNodig = !geenAanvraag && (aanvraagIn || P > wia.uiterlijk);
  const rivFase = !geenAanvraag && (aanvraagIn || (wia.vanaf !== null && P >= wia.vanaf) || P > wia.uiterlijk);
  const herstelVoorRiv = t.hersteldatum !== null && t.hersteldatum <= rivMoment && !aanvraagIn;

  mijlpaalOnderdeel(v, "PA", t.mijlpalen.PA, gedaan !== undefined && gedaan.PA !== undefined, BRON.REGELING_ART2_LID2, P);
  mijlpaalOnderdeel(v, "PVA", t.mijlpalen.PVA, gedaan !== undefined && gedaan.PVA !== undefined, BRON.REGELING_ART4, P);
  evaluaties(v, invoer, gegevens, t);
  mijlpaalOnderdeel(v, "EJE", t.mijlpalen.EJE, gedaan !== undefined && gedaan.EJE !== undefined, BRON.REGELING_ART4, P);

  // Arbeidsdeskundig rapport: geen vast onderdeel van het RIV (alleen de bedrijfsarts/arbodienst is verplicht;
  // UWV Professioneel kader). Wel nodig als spoor 2 achterwege bleef omdat er genoeg mogelijkheden bij de eigen
  // werkgever waren (uitzondering perspectief, spoor 2 niet gestart): dan onderbouwt een arbeidsdeskundige dat.
  const s2nvt = spoor2.nvt;
  const adNodig = !s2nvt && spoor2.uitzondering === "perspectief" && spoor2.gestart === null && rivNodig;
  const ad = gegevens.arbeidsdeskundigOnderzoek;
  if (adNodig || (isDag(ad) && ad <= P)) gegevensOnderdeel(v, "AD", ad, P, adNodig, false, null, BRON.UWV_PROF_KADER);
  else v.zet("AD", "nvt", null);

  // Spoor-2-onderdelen: pas nodig als spoor 2 geldt en zijn termijn voorbij is.
  const s2nodig = spoor2.vereist && P > spoor2.uiterlijk;
  const plan = gegevens.reintegratieplanSpoor2;
  gegevensOnderdeel(v, "PLAN2", plan, P, s2nodig, s2nvt, null, BRON.UWV_PROF_KADER);
  // Ontbreekt het plan zelf, dan ontbreken de profielen ook, zonder aparte bevinding.
  const planWeg = plan === null || (isDag(plan) && plan > P);
  gegevensOnderdeel(v, "PERSOONSPROFIEL", gegevens.persoonsprofiel, P, s2nodig, s2nvt, null, BRON.UWV_PROF_KADER, !planWeg);
  gegevensOnderdeel(v, "ZOEKPROFIEL", gegevens.zoekprofiel, P, s2nodig, s2nvt, null, BRON.UWV_PROF_KADER, !planWeg);
  gegevensOnderdeel(v, "RAPPORTAGEMOMENTEN", gegevens.rapportagemomenten, P, s2nodig, s2nvt, null, BRON.UWV_PROF_KADER, !planWeg);
  const rapportNodig = rivNodig && (spoor2.vereist || spoor2.gestart !== null);
  gegevensOnderdeel(v, "VOORTGANG2", gegevens.voortgangsrapportageSpoor2, P, rapportNodig, s2nvt, null, BRON.REGELING_ART6);
  gegevensOnderdeel(v, "EIND2", gegevens.eindrapportageSpoor2, P, rapportNodig, s2nvt, null, BRON.REGELING_ART6);

  mijlpaalOnderdeel(v, "AO", t.mijlpalen.AO, gedaan !== undefined && gedaan.AO !== undefined, BRON.WIA_65, P);
  mijlpaalOnderdeel(v, "EINDEVAL", t.mijlpalen.EINDEVAL, gedaan !== undefined && gedaan.EINDEVAL !== undefined, BRON.REGELING_ART6, P);
  gegevensOnderdeel(v, "VISIE", gegevens.visieWerknemer, P, rivNodig, herstelVoorRiv || geenAanvraag, null, BRON.REGELING_ART6);
  actueelOordeel(v, t, rivFase);
  reintegratievisie(v, t, rivFase);
  return v;
}
