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
import { BRON, DAGEN_PER_WEEK, EVALUATIE_INTERVAL_WEKEN, naWeek } from "../wet";
import type { Spoor2Analyse } from "./spoor2";
import { GEEN_DAG, DAG_BITS, GedeeldePunten, cacheDag, isDag, type Punt, type RivOnderdeel, datumNL } from "./typen";

export interface RivAnalyse {
  onderdelen: RivOnderdeel[];
  punten: Punt[];
  /** Welke onderdelen ontbreken, te laat of onbekend zijn: bit i = RIV_ONDERDELEN[i] (zie tekortTekst, onbekendTekst). */
  ontbreekt: number;
  teLaat: number;
  onbekend: number;
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

/** Per code: plaats in RIV_ONDERDELEN, naam en korte naam (tabel bij het laden, geen Object.fromEntries). */
interface OnderdeelInfo {
  i: number;
  naam: string;
  kort: string;
}
const INFO = new Map<string, OnderdeelInfo>();
for (let i = 0; i < RIV_ONDERDELEN.length; i++) INFO.set(RIV_ONDERDELEN[i].code, { i, naam: RIV_ONDERDELEN[i].naam, kort: RIV_ONDERDELEN[i].kort });

const STATUS_NR: Readonly<Record<RivOnderdeel["status"], number>> = { aanwezig: 0, "te-laat": 1, ontbreekt: 2, "nog-niet-nodig": 3, nvt: 4, onbekend: 5 };

/** Hoeveel evaluatiegaten afzonderlijk genoemd worden; de rest wordt samengevat. */
const MAX_GATEN_GENOEMD = 3;

/**
 * Gedeelde, bevroren onderdelen en punten (performance, issue 4): een register van 50.000 rijen noemt steeds
 * dezelfde combinaties van onderdeel, status en datum. Eén object per combinatie in plaats van één per dossier
 * scheelt het grootste deel van het geheugen (en de garbage collection) van de beoordeling. Deterministisch
 * (alleen een geheugensteun), dus zuiver; bevroren omdat dossiers ze delen. Datums buiten [0, 2^17) niet in de cache.
 */
const CACHE_MAX = 50_000;
const ONDERDEEL_CACHE = new Map<number, RivOnderdeel>();
/** Standaardmeldingen: soort = (onderdeel, ontbreekt zwaar/licht, te laat, onbekend); a = datum, b = uiterlijk. */
const MELDINGEN = new GedeeldePunten(RIV_ONDERDELEN.length * 4);
const MELDINGEN_TE_LAAT = new GedeeldePunten(RIV_ONDERDELEN.length * 4);
/** Evaluatiegaten: soort 0 = gat tussen twee momenten, 1-3 = open gat (zie evaluaties). */
const GATEN = new GedeeldePunten(4);

function maakOnderdeel(code: string, naam: string, status: RivOnderdeel["status"], datum: Dag | null): RivOnderdeel {
  return Object.freeze({ code, naam, status, datum });
}

class Verzamelaar implements RivAnalyse {
  // Precies één onderdeel per code, op de plaats van RIV_ONDERDELEN (analyseerRiv zet ze in die volgorde).
  onderdelen: RivOnderdeel[] = new Array<RivOnderdeel>(RIV_ONDERDELEN.length);
  punten: Punt[] = [];
  ontbreekt = 0;
  teLaat = 0;
  onbekend = 0;

  zet(code: RivCode, status: RivOnderdeel["status"], datum: Dag | null): void {
    const info = INFO.get(code) as OnderdeelInfo;
    const d = cacheDag(datum);
    let o: RivOnderdeel | undefined;
    if (d < 0) o = maakOnderdeel(code, info.naam, status, datum);
    else {
      const sleutel = (info.i * 8 + STATUS_NR[status]) * DAG_BITS + d;
      o = ONDERDEEL_CACHE.get(sleutel);
      if (o === undefined) {
        if (ONDERDEEL_CACHE.size >= CACHE_MAX) ONDERDEEL_CACHE.clear();
        o = maakOnderdeel(code, info.naam, status, datum);
        ONDERDEEL_CACHE.set(sleutel, o);
      }
    }
    this.onderdelen[info.i] = o;
    if (status === "ontbreekt") this.ontbreekt |= 1 << info.i;
    else if (status === "te-laat") this.teLaat |= 1 << info.i;
    else if (status === "onbekend") this.onbekend |= 1 << info.i;
  }

  punt(code: string, ernst: Punt["bevinding"]["ernst"], tekst: string, bron: string, gewicht: Punt["gewicht"], reden: string | null): void {
    this.punten.push({ bevinding: { code, ernst, tekst, bron }, gewicht, reden });
  }

  /** Standaardbevindingen bij een status: ontbreekt (kritiek), te laat (waarschuwing), onbekend (info). */
  meld(code: RivCode, status: RivOnderdeel["status"], datum: Dag | null, uiterlijk: Dag | null, bron: string, zwaar: boolean): void {
    let soort: number;
    if (status === "ontbreekt") soort = zwaar ? 0 : 1;
    else if (status === "te-laat" && datum !== null) soort = 2;
    else if (status === "onbekend") soort = 3;
    else return;
    const info = INFO.get(code) as OnderdeelInfo;
    const d1 = soort === 2 ? cacheDag(datum) : GEEN_DAG;
    const d2 = cacheDag(uiterlijk);
    const soortNr = info.i * 4 + soort;
    // "Te laat" noemt twee datums en heeft veel meer combinaties: een eigen cache, zodat het de rest niet verdringt.
    const cache = soort === 2 ? MELDINGEN_TE_LAAT : MELDINGEN;
    let p = cache.haal(soortNr, d1, d2);
    if (p === undefined || p.bevinding.bron !== bron) p = cache.bewaar(soortNr, d1, d2, maakMeldPunt(code, info, soort, datum, uiterlijk, bron));
    this.punten.push(p);
  }
}

/** De korte namen van de onderdelen in `masker`, in RIV-volgorde, met ", " ertussen. */
function namen(masker: number): string {
  let uit = "";
  for (let i = 0; i < RIV_ONDERDELEN.length; i++) if (masker & (1 << i)) uit = uit ? `${uit}, ${RIV_ONDERDELEN[i].kort}` : RIV_ONDERDELEN[i].kort;
  return uit;
}

/** "a", "a en b", "a, b en c". */
function opsomming(masker: number): string {
  const delen: string[] = [];
  for (let i = 0; i < RIV_ONDERDELEN.length; i++) if (masker & (1 << i)) delen.push(RIV_ONDERDELEN[i].kort);
  return delen.length > 1 ? `${delen.slice(0, -1).join(", ")} en ${delen[delen.length - 1]}` : (delen[0] ?? "");
}

/** Wat vóór de RIV-fase al ontbreekt of te laat is: "ontbreekt nu al: probleemanalyse en plan van aanpak". */
export function nuAlTekst(riv: RivAnalyse): string {
  const zinnen: string[] = [];
  if (riv.ontbreekt) zinnen.push(`ontbreekt nu al: ${opsomming(riv.ontbreekt)}`);
  if (riv.teLaat) zinnen.push(`nu al te laat: ${opsomming(riv.teLaat)}`);
  return zinnen.join("; ");
}

const TEKORT_CACHE = new Map<number, string>();
const ONBEKEND_CACHE = new Map<number, string>();

/** "ontbreekt a, b; te laat: c" voor een oordeel ("" als niets ontbreekt of te laat is); gedeeld per combinatie. */
export function tekortTekst(riv: RivAnalyse): string {
  if (riv.ontbreekt === 0 && riv.teLaat === 0) return "";
  const sleutel = riv.ontbreekt * (1 << RIV_ONDERDELEN.length) + riv.teLaat;
  let s = TEKORT_CACHE.get(sleutel);
  if (s === undefined) {
    const delen: string[] = [];
    if (riv.ontbreekt) delen.push(`ontbreekt ${namen(riv.ontbreekt)}`);
    if (riv.teLaat) delen.push(`te laat: ${namen(riv.teLaat)}`);
    s = delen.join("; ");
    if (TEKORT_CACHE.size >= CACHE_MAX) TEKORT_CACHE.clear();
    TEKORT_CACHE.set(sleutel, s);
  }
  return s;
}

/** De korte namen van de onbekende onderdelen ("" als er geen zijn); gedeeld per combinatie. */
export function onbekendTekst(riv: RivAnalyse): string {
  if (riv.onbekend === 0) return "";
  let s = ONBEKEND_CACHE.get(riv.onbekend);
  if (s === undefined) {
    s = namen(riv.onbekend);
    if (ONBEKEND_CACHE.size >= CACHE_MAX) ONBEKEND_CACHE.clear();
    ONBEKEND_CACHE.set(riv.onbekend, s);
  }
  return s;
}

function maakMeldPunt(code: RivCode, info: OnderdeelInfo, soort: number, datum: Dag | null, uiterlijk: Dag | null, bron: string): Punt {
  const naam = info.naam;
  const kort = info.kort;
  if (soort <= 1) {
    const tekst = uiterlijk !== null ? `${naam} ontbreekt; uiterlijk was ${datumNL(uiterlijk)}.` : `${naam} ontbreekt.`;
    const zwaar = soort === 0;
    return { bevinding: { code: `RIV_${code}_ONTBREEKT`, ernst: zwaar ? "kritiek" : "waarschuwing", tekst, bron }, gewicht: zwaar ? "hoog" : "middel", reden: `${kort} ontbreekt` };
  }
  if (soort === 2) {
    const wanneer = uiterlijk !== null ? `op ${datumNL(datum as Dag)}; uiterlijk ${datumNL(uiterlijk)}` : `op ${datumNL(datum as Dag)}`;
    return { bevinding: { code: `RIV_${code}_TE_LAAT`, ernst: "waarschuwing", tekst: `${naam} te laat: ${wanneer}.`, bron }, gewicht: "middel", reden: `${kort} te laat (${wanneer})` };
  }
  const na = uiterlijk !== null ? `; uiterlijk ${datumNL(uiterlijk)}` : "";
  return {
    bevinding: { code: `RIV_${code}_ONBEKEND`, ernst: "info", tekst: `${naam}: het register heeft er geen kolom voor, dus niet te controleren${na}.`, bron },
    gewicht: "laag",
    reden: `${kort} onbekend`,
  };
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
 * Evaluaties van het plan van aanpak: ten minste elke 6 weken (UWV Werkwijzer). Met de volledige lijst
 * (gegevens.evaluaties) wordt elk gat > 42 dagen gemeld; met alleen de laatste evaluatie alleen het gat
 * van de laatste (of het plan van aanpak) tot de peildatum: tussenliggende evaluaties zijn onbekend.
 * De eerstejaarsevaluatie telt als evaluatiemoment.
 */
function evaluaties(v: Verzamelaar, invoer: DossierInvoer, gegevens: DossierGegevens, t: Tijdlijn): void {
  const P = t.peildatum;
  const D = t.eersteZiektedag;
  const interval = naWeek(EVALUATIE_INTERVAL_WEKEN);
  const pva = t.mijlpalen.PVA;
  const einde = Math.min(P, t.hersteldatum !== null ? t.hersteldatum - 1 : P, t.mijlpalen.EWT.uiterlijk);
  const compleet = Array.isArray(gegevens.evaluaties);
  const laatste = invoer.gedaan ? invoer.gedaan.EVAL : undefined;
  if (!compleet && laatste === undefined) {
    const basis = pva.gedaan ?? pva.uiterlijk;
    const status = einde > basis + interval ? "onbekend" : "nog-niet-nodig";
    v.zet("EVAL", status, null);
    if (status === "onbekend") v.meld("EVAL", status, null, null, BRON.UWV_WERKWIJZER, false);
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
      v.punt("RIV_EVAL_ONTBREEKT", "waarschuwing", `Geen evaluatie van het plan van aanpak bekend; ten minste elke ${EVALUATIE_INTERVAL_WEKEN} weken.`, BRON.UWV_WERKWIJZER, "middel", "evaluaties plan van aanpak ontbreken");
    }
    return;
  }
  const start = vorige;
  let gaten = 0;
  let geevalueerd = false;
  for (const x of momenten) {
    if (x <= vorige) continue;
    geevalueerd = true;
    if (compleet && x - vorige > interval) {
      gaten++;
      if (gaten <= MAX_GATEN_GENOEMD) {
        const a = cacheDag(vorige);
        const b = cacheDag(x);
        let p = GATEN.haal(0, a, b);
        if (p === undefined) {
          const dagen = x - vorige;
          p = GATEN.bewaar(0, a, b, {
            bevinding: {
              code: "EVAL_GAT",
              ernst: "waarschuwing",
              tekst: `Plan van aanpak ${dagen} dagen (${Math.floor(dagen / DAGEN_PER_WEEK)} weken) niet geëvalueerd: van ${datumNL(vorige)} tot ${datumNL(x)}; ten minste elke ${EVALUATIE_INTERVAL_WEKEN} weken.`,
              bron: BRON.UWV_WERKWIJZER,
            },
            gewicht: "middel",
            reden: `${Math.floor(dagen / DAGEN_PER_WEEK)} weken zonder evaluatie (${datumNL(vorige)} – ${datumNL(x)})`,
          });
        }
        v.punten.push(p);
      }
    }
    vorige = x;
  }
  if (gaten > MAX_GATEN_GENOEMD) {
    v.punt("EVAL_GAT", "waarschuwing", `Nog ${gaten - MAX_GATEN_GENOEMD} andere perioden van meer dan ${EVALUATIE_INTERVAL_WEKEN} weken zonder evaluatie.`, BRON.UWV_WERKWIJZER, "middel", null);
  }
  let open = false;
  if (einde - vorige > interval) {
    open = true;
    gaten++;
    // Soort 1: sinds het plan van aanpak, 2: sinds een evaluatie (beide tot de peildatum), 3: van … tot het einde.
    const soort = einde === P ? (vorige === start && !geevalueerd ? 1 : 2) : 3;
    const a = cacheDag(vorige);
    const b = soort === 3 ? cacheDag(einde) : GEEN_DAG;
    let p = GATEN.haal(soort, a, b);
    if (p === undefined) {
      const sinds = soort === 1 ? `het plan van aanpak (${datumNL(vorige)})` : datumNL(vorige);
      const tekst =
        soort !== 3
          ? `Sinds ${sinds} geen evaluatie van het plan van aanpak; uiterlijk was ${datumNL(vorige + interval)}.`
          : `Van ${datumNL(vorige)} tot ${datumNL(einde)} geen evaluatie van het plan van aanpak; uiterlijk was ${datumNL(vorige + interval)}.`;
      p = GATEN.bewaar(soort, a, b, { bevinding: { code: "EVAL_GAT", ernst: "waarschuwing", tekst, bron: BRON.UWV_WERKWIJZER }, gewicht: "middel", reden: `geen evaluatie sinds ${datumNL(vorige)}` });
    }
    v.punten.push(p);
  }
  const laatsteMoment = geevalueerd ? vorige : null;
  const status: RivOnderdeel["status"] = gaten === 0 ? (geevalueerd ? "aanwezig" : "nog-niet-nodig") : open && !geevalueerd ? "ontbreekt" : "te-laat";
  v.zet("EVAL", status, laatsteMoment);
}

export function analyseerRiv(invoer: DossierInvoer, gegevens: DossierGegevens, t: Tijdlijn, spoor2: Spoor2Analyse): RivAnalyse {
  const v = new Verzamelaar();
  const P = t.peildatum;
  const gedaan = invoer.gedaan;
  const wia = t.mijlpalen.WIA;
  // Het RIV gaat mee met de WIA-aanvraag: onderdelen "bij de aanvraag" zijn nodig zodra die is ingediend of te laat is.
  const aanvraagIn = wia.gedaan !== null;
  const rivMoment = aanvraagIn ? (wia.gedaan as Dag) : wia.uiterlijk;
  const rivNodig = aanvraagIn || P > wia.uiterlijk;
  const herstelVoorRiv = t.hersteldatum !== null && t.hersteldatum <= rivMoment && !aanvraagIn;

  mijlpaalOnderdeel(v, "PA", t.mijlpalen.PA, gedaan !== undefined && gedaan.PA !== undefined, BRON.REGELING_ART2_LID2, t.peildatum);
  mijlpaalOnderdeel(v, "PVA", t.mijlpalen.PVA, gedaan !== undefined && gedaan.PVA !== undefined, BRON.REGELING_ART4, t.peildatum);
  evaluaties(v, invoer, gegevens, t);
  mijlpaalOnderdeel(v, "EJE", t.mijlpalen.EJE, gedaan !== undefined && gedaan.EJE !== undefined, BRON.REGELING_ART4, t.peildatum);

  // Spoor-2-onderdelen: pas nodig als spoor 2 geldt en zijn termijn voorbij is.
  const s2nvt = spoor2.nvt;
  const s2nodig = spoor2.vereist && P > spoor2.uiterlijk;
  gegevensOnderdeel(v, "AD", gegevens.arbeidsdeskundigOnderzoek, P, s2nodig, s2nvt, spoor2.uiterlijk, BRON.REGELING_ART6);
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

  mijlpaalOnderdeel(v, "AO", t.mijlpalen.AO, gedaan !== undefined && gedaan.AO !== undefined, BRON.WIA_65, t.peildatum);
  mijlpaalOnderdeel(v, "EINDEVAL", t.mijlpalen.EINDEVAL, gedaan !== undefined && gedaan.EINDEVAL !== undefined, BRON.REGELING_ART6, t.peildatum);
  gegevensOnderdeel(v, "VISIE", gegevens.visieWerknemer, P, rivNodig, herstelVoorRiv, null, BRON.REGELING_ART6);
  return v;
}
