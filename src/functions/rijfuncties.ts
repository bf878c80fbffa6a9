/**
 * De rijfuncties: een rij van het verzuimregister (`Verzuim[@]`) met eventueel de kopregel
 * (`Verzuim[#Kopteksten]`); zonder koppen geldt de kolomvolgorde van het sjabloon (TEMPLATE_KOLOMMEN).
 * Lezen met `leesRij` (src/core/register), rekenen en beoordelen met `evalueerDossier` (src/core/pipeline),
 * dus precies zoals het taakvenster en de scanner.
 */
import { formatNL, naarExcelSerienummer, type Dag } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST } from "../core/mijlpalen";
import { evalueerDossier, type DossierEvaluatie } from "../core/pipeline";
import { beschrijfProbleem, type Probleem } from "../core/problemen";
import { leesRij, type Cel } from "../core/register";
import { berekenTijdlijn, type DossierInvoer } from "../core/tijdlijn";
import { FunctieFout, ongeldig } from "./fout";
import { leesAantal, leesDatum, leesPeildatum } from "./invoer";
import { gedeeldeInstellingen } from "../office/gedeeld";

/** Melding zonder rijnummer en kolomletter: die zijn binnen een functie-argument niet bekend. */
function melding(p: Probleem, voorvoegsel = ""): string {
  return voorvoegsel + beschrijfProbleem({ ...p, rij: undefined, kolomLetter: undefined });
}

/** Een cel uit een bereik: lege cellen komen als 0 (Windows/Mac), null (web) of "". */
function cel(x: unknown): Cel {
  if (x === 0 || x === "" || x === undefined) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean" || x === null) return x;
  return String(x);
}

function isLegeRij(rij: readonly unknown[]): boolean {
  return rij.every((x) => cel(x) === null || (typeof x === "string" && x.trim() === ""));
}

/** De rijen van een bereik-argument (2-D), elk als Cel[]. */
export function rijenVan(x: unknown, naam: string): Cel[][] {
  if (x === null || x === undefined) return ongeldig(`${naam} ontbreekt: geef een rij van het register op, bijvoorbeeld Verzuim[@].`);
  const rijen = Array.isArray(x) ? (x.length && !Array.isArray(x[0]) ? [x] : (x as unknown[][])) : [[x]];
  return rijen.map((r) => (Array.isArray(r) ? r.map(cel) : [cel(r)]));
}

/** De kopregel, of null (leeg/weggelaten: de kolomvolgorde van het sjabloon). */
export function koppenVan(x: unknown): Cel[] | null {
  if (x === null || x === undefined || x === 0 || x === "") return null;
  const rijen = rijenVan(x, "koppen");
  if (rijen.length !== 1) return ongeldig(`koppen: verwacht één kopregel, maar kreeg ${rijen.length} rijen.`);
  return isLegeRij(rijen[0]) ? null : rijen[0];
}

/** Lees en evalueer één registerrij; elk echt probleem wordt #WAARDE! met een Nederlandse melding. */
export function evalueerRij(rij: Cel[], koppen: Cel[] | null, P: Dag, voorvoegsel = ""): DossierEvaluatie {
  const r = leesRij(rij, koppen);
  if (r.dossier === null) {
    const p = r.problemen.find((x) => x.ernst === "fout") ?? r.problemen[0];
    return ongeldig(p ? melding(p, voorvoegsel) : `${voorvoegsel}De rij is geen registerrij: er is geen eerste ziektedag.`);
  }
  const fout = r.problemen.find((x) => x.ernst === "fout");
  if (fout) ongeldig(melding(fout, voorvoegsel));
  const e = evalueerDossier(r.dossier, P, gedeeldeInstellingen());
  if (!e.ok) return ongeldig(melding(e.problemen[0], voorvoegsel));
  const tf = e.evaluatie.tijdlijn.problemen.find((x) => x.ernst === "fout");
  if (tf) ongeldig(melding(tf, voorvoegsel));
  return e.evaluatie;
}

function eenRij(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): DossierEvaluatie {
  const rijen = rijenVan(rij, "rij");
  if (rijen.length !== 1) ongeldig(`rij: verwacht één rij van het register, maar kreeg ${rijen.length} rijen (gebruik bijvoorbeeld Verzuim[@]).`);
  if (isLegeRij(rijen[0])) ongeldig("rij: de rij is leeg.");
  return evalueerRij(rijen[0], koppenVan(koppen), leesPeildatum(peildatum, vandaag));
}

/** PW.VOLGENDE: "Plan van aanpak uiterlijk 27-04-2025 (binnenkort)". */
export function volgende(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): string {
  const e = eenRij(rij, koppen, peildatum, vandaag);
  const m = e.volgende;
  if (m === null) {
    const h = e.tijdlijn.hersteldatum;
    return h !== null ? `Geen open actie: hersteld per ${formatNL(h)}` : "Geen open actie";
  }
  return `${MIJLPAAL_NAAM[m.code]} uiterlijk ${formatNL(m.uiterlijk)} (${STATUS_TEKST[m.status]})`;
}

/** PW.VOLGENDEDATUM: de termijn van de eerstvolgende actie; #N/B als er niets open staat. */
export function volgendeDatum(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): number {
  const e = eenRij(rij, koppen, peildatum, vandaag);
  if (e.volgende === null) throw new FunctieFout("Geen open actie in dit dossier.", "notAvailable");
  return naarExcelSerienummer(e.volgende.uiterlijk);
}

/** PW.RIVSTATUS: het oordeel over het re-integratieverslag. */
export function rivStatus(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): string {
  return eenRij(rij, koppen, peildatum, vandaag).beoordeling.riv.oordeel;
}

/** PW.SPOOR2: het oordeel over spoor 2. */
export function spoor2(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): string {
  return eenRij(rij, koppen, peildatum, vandaag).beoordeling.spoor2.oordeel;
}

/** PW.LOONSANCTIE: het loonsanctierisico (geen, laag, middel, hoog of opgelegd). */
export function loonsanctie(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): string {
  return eenRij(rij, koppen, peildatum, vandaag).beoordeling.loonsanctie.risico;
}

/** PW.TELAAT: het aantal mijlpalen dat te laat is (niet gedaan, termijn verstreken), over alle rijen. */
export function teLaat(rijen: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): number {
  const lijst = rijenVan(rijen, "rijen");
  const k = koppenVan(koppen);
  const P = leesPeildatum(peildatum, vandaag);
  let n = 0;
  for (let i = 0; i < lijst.length; i++) {
    if (isLegeRij(lijst[i])) continue;
    const e = evalueerRij(lijst[i], k, P, lijst.length > 1 ? `rij ${i + 1} van het bereik: ` : "");
    for (const code of MIJLPAAL_CODES) if (e.tijdlijn.mijlpalen[code].status === "te-laat") n++;
  }
  return n;
}

export const MIJLPALEN_KOPPEN = ["Mijlpaal", "Code", "Vanaf", "Uiterlijk", "Gedaan", "Status"] as const;

/** PW.MIJLPALEN: een tabel (spill) met alle mijlpalen van de rij; datums als serienummer, leeg = "". */
export function mijlpalen(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag): (string | number)[][] {
  const t = eenRij(rij, koppen, peildatum, vandaag).tijdlijn;
  const datum = (d: Dag | null) => (d === null ? "" : naarExcelSerienummer(d));
  const uit: (string | number)[][] = [[...MIJLPALEN_KOPPEN]];
  for (const code of MIJLPAAL_CODES) {
    const m = t.mijlpalen[code];
    uit.push([MIJLPAAL_NAAM[code], code, datum(m.vanaf), datum(m.uiterlijk), datum(m.gedaan), STATUS_TEKST[m.status]]);
  }
  return uit;
}

/**
 * PW.EINDEWACHTTIJD met een registerrij: de laatste dag van de loondoorbetaling met samentellen, WAZO,
 * verlenging, te late WIA-aanvraag en loonsanctie uit de rij (engine: BW 7:629 lid 1, WIA art. 24/25/64).
 * Losse argumenten overschrijven de rij.
 */
export function eindeWachttijdRij(
  rij: Cel[],
  koppen: unknown,
  verlenging: unknown,
  loonsanctieTot: unknown,
  onderbreking: unknown,
  wiaAanvraag: unknown,
  peildatum: unknown,
  vandaag: () => Dag,
): number {
  if (leesAantal(onderbreking, "onderbreking_dagen", "dagen") !== null) {
    ongeldig("onderbreking_dagen: bij een registerrij komt het samentellen uit het register (eerdere perioden); laat dit argument leeg.");
  }
  const P = leesPeildatum(peildatum, vandaag);
  const e = evalueerRij(rij, koppenVan(koppen), P);
  const invoer: DossierInvoer = { ...e.dossier.invoer };
  const vv = leesAantal(verlenging, "verlenging_weken", "weken");
  if (vv !== null) invoer.vrijwilligeVerlengingWeken = vv;
  const ls = leesDatum(loonsanctieTot, "loonsanctie_tot");
  if (ls !== null) invoer.loonsanctieTot = ls;
  const wia = leesDatum(wiaAanvraag, "datum_wia_aanvraag");
  if (wia !== null) invoer.gedaan = { ...invoer.gedaan, WIA: wia };
  if (vv === null && ls === null && wia === null) return naarExcelSerienummer(e.tijdlijn.laatsteDagLoondoorbetaling);
  const r = berekenTijdlijn(invoer, P, gedeeldeInstellingen());
  if (!r.ok) return ongeldig(melding(r.problemen[0]));
  const f = r.tijdlijn.problemen.find((x) => x.ernst === "fout");
  if (f) ongeldig(melding(f));
  return naarExcelSerienummer(r.tijdlijn.laatsteDagLoondoorbetaling);
}
