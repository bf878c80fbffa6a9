/**
 * De rijfuncties: een rij van het verzuimregister (`Verzuim[@]`) met eventueel de kopregel
 * (`Verzuim[#Kopteksten]`). Zonder koppen-argument zoekt de functie de kopregel van het register op het blad
 * van de rij (src/functions/kopregels.ts, via het adres van het argument); is die niet bekend, dan #WAARDE!
 * met een Nederlandse melding: nooit een aangenomen kolomvolgorde, want dan kan de ene datumkolom
 * stilzwijgend als de andere gelezen worden.
 * Lezen met `leesRij` (src/core/register), rekenen en beoordelen met `evalueerDossier` (src/core/pipeline),
 * dus precies zoals het taakvenster en de scanner. Een stap zonder kolom is "onbekend", nooit te laat.
 */
import { formatNL, naarExcelSerienummer, type Dag } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type Status } from "../core/mijlpalen";
import { evalueerDossier, type DossierEvaluatie } from "../core/pipeline";
import { beschrijfProbleem, type Probleem } from "../core/problemen";
import { leesRij, type Cel } from "../core/register";
import { berekenTijdlijn, isOpenStap, kanHerlevenTot, type DossierInvoer } from "../core/tijdlijn";
import { FunctieFout, ongeldig } from "./fout";
import { leesAantal, leesDatum, leesPeildatum } from "./invoer";
import { kopregelVoor } from "./kopregels";
import { toonbaarRisico } from "./risico";
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

/** Melding als de kopregel niet te vinden is (ten hoogste 250 tekens: Excel kort langere meldingen af). */
export const KOPPEN_ONBEKEND =
  "Kopregel van het register niet gevonden: geef hem op, bijvoorbeeld =PW.RIVSTATUS(Verzuim[@];Verzuim[#Kopteksten]), of open het taakvenster Poortwachter zodat het register op dit blad gelezen wordt.";

/** Het adres van het eerste (rij-)argument, als Excel het meegaf (`@requiresParameterAddresses`). */
export function rijAdres(invocation: unknown): string | undefined {
  const a = (invocation as { parameterAddresses?: unknown } | null | undefined)?.parameterAddresses;
  return Array.isArray(a) && typeof a[0] === "string" && a[0] !== "" ? a[0] : undefined;
}

/**
 * De kopregel: het koppen-argument als dat is opgegeven, anders de bekende kopregel van het register op
 * het blad van de rij (via `adres`). `overslaan`: zoveel bovenste rijen van het argument zijn de kopregel
 * (of liggen erboven). Niet te vinden: #WAARDE! (nooit raden).
 */
export function koppenVoor(x: unknown, adres: string | undefined): { koppen: Cel[]; overslaan: number } {
  if (!(x === null || x === undefined || x === 0 || x === "")) {
    const rijen = rijenVan(x, "koppen");
    if (rijen.length !== 1) return ongeldig(`koppen: verwacht één kopregel, maar kreeg ${rijen.length} rijen.`);
    if (!isLegeRij(rijen[0])) return { koppen: rijen[0], overslaan: 0 };
  }
  const gevonden = kopregelVoor(adres);
  return gevonden ?? ongeldig(KOPPEN_ONBEKEND);
}

/** Lees en evalueer één registerrij; elk echt probleem wordt #WAARDE! met een Nederlandse melding. */
export function evalueerRij(rij: Cel[], koppen: Cel[], P: Dag, voorvoegsel = ""): DossierEvaluatie {
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

function eenRij(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres: string | undefined): DossierEvaluatie {
  const rijen = rijenVan(rij, "rij");
  if (rijen.length !== 1) ongeldig(`rij: verwacht één rij van het register, maar kreeg ${rijen.length} rijen (gebruik bijvoorbeeld Verzuim[@]).`);
  if (isLegeRij(rijen[0])) ongeldig("rij: de rij is leeg.");
  const k = koppenVoor(koppen, adres);
  if (k.overslaan > 0) ongeldig("rij: dit is de kopregel van het register; geef een rij met gegevens, bijvoorbeeld Verzuim[@].");
  return evalueerRij(rijen[0], k.koppen, leesPeildatum(peildatum, vandaag));
}

/** PW.VOLGENDE: "Plan van aanpak uiterlijk 27-04-2025 (binnenkort)". */
export function volgende(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): string {
  const e = eenRij(rij, koppen, peildatum, vandaag, adres);
  const m = e.volgende;
  if (m === null) {
    const h = e.tijdlijn.hersteldatum;
    return h !== null ? `Geen open actie: hersteld per ${formatNL(h)}` : "Geen open actie";
  }
  const herleven = kanHerlevenTot(e.tijdlijn);
  const h = e.tijdlijn.hersteldatum;
  return `${MIJLPAAL_NAAM[m.code]} uiterlijk ${formatNL(m.uiterlijk)} (${STATUS_TEKST[m.status]})${h !== null && herleven !== null ? `; hersteld per ${formatNL(h)}, kan herleven tot ${formatNL(herleven)}` : ""}`;
}

/** PW.VOLGENDEDATUM: de termijn van de eerstvolgende actie; #N/B als er niets open staat. */
export function volgendeDatum(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): number {
  const e = eenRij(rij, koppen, peildatum, vandaag, adres);
  if (e.volgende === null) throw new FunctieFout("Geen open actie in dit dossier.", "notAvailable");
  return naarExcelSerienummer(e.volgende.uiterlijk);
}

/** PW.RIVSTATUS: het oordeel over het re-integratieverslag. */
export function rivStatus(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): string {
  return eenRij(rij, koppen, peildatum, vandaag, adres).beoordeling.riv.oordeel;
}

/** PW.SPOOR2: het oordeel over spoor 2. */
export function spoor2(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): string {
  return eenRij(rij, koppen, peildatum, vandaag, adres).beoordeling.spoor2.oordeel;
}

/**
 * PW.LOONSANCTIE: het loonsanctierisico (geen, laag, middel, hoog of opgelegd; onbekend als het register te
 * weinig vertelt). Dezelfde functie als de scanner en het taakvenster (toonbaarRisico, src/core/stand.ts).
 */
export function loonsanctie(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): string {
  return toonbaarRisico(eenRij(rij, koppen, peildatum, vandaag, adres));
}

/** Telt over alle rijen de mijlpalen met deze status; lege rijen en rijen boven de kopregel tellen niet. */
function telStatus(status: Status, rijen: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres: string | undefined): number {
  const lijst = rijenVan(rijen, "rijen");
  const k = koppenVoor(koppen, adres);
  const P = leesPeildatum(peildatum, vandaag);
  let n = 0;
  for (let i = k.overslaan; i < lijst.length; i++) {
    if (isLegeRij(lijst[i])) continue;
    const e = evalueerRij(lijst[i], k.koppen, P, lijst.length > 1 ? `rij ${i + 1} van het bereik: ` : "");
    // Een te late stap die voorbij is (hersteld en kan niet meer herleven, of de wachttijd is om) is
    // geschiedenis, geen werk: hij telt niet mee, net als in de scanner (isOpenStap, src/core/tijdlijn.ts).
    for (const code of MIJLPAAL_CODES) if (e.tijdlijn.mijlpalen[code].status === status && isOpenStap(e.tijdlijn, code)) n++;
  }
  return n;
}

/**
 * PW.TELAAT: het aantal mijlpalen dat te laat is (niet gedaan, termijn verstreken) en nog in te halen, over
 * alle rijen. Een stap waarvoor het register geen kolom heeft is onbekend en telt niet mee; een stap die
 * voorbij is (hersteld buiten het venster van samentellen, of de wachttijd is om) evenmin.
 */
export function teLaat(rijen: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): number {
  return telStatus("te-laat", rijen, koppen, peildatum, vandaag, adres);
}

/** PW.BINNENKORT: het aantal mijlpalen dat binnenkort moet (binnen de horizon van de instellingen, of in hun venster). */
export function binnenkort(rijen: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): number {
  return telStatus("binnenkort", rijen, koppen, peildatum, vandaag, adres);
}

/** PW.ZIEKTEDAGEN met een registerrij: de getelde ziektedagen tot en met de peildatum (met samentellen en WAZO). */
export function ziektedagenRij(rij: Cel[], koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): number {
  const k = koppenVoor(koppen, adres);
  return evalueerRij(rij, k.koppen, leesPeildatum(peildatum, vandaag)).tijdlijn.ziektedagen;
}

export const MIJLPALEN_KOPPEN = ["Mijlpaal", "Code", "Vanaf", "Uiterlijk", "Gedaan", "Status"] as const;

/** PW.MIJLPALEN: een tabel (spill) met alle mijlpalen van de rij; datums als serienummer, leeg = "". */
export function mijlpalen(rij: unknown, koppen: unknown, peildatum: unknown, vandaag: () => Dag, adres?: string): (string | number)[][] {
  const t = eenRij(rij, koppen, peildatum, vandaag, adres).tijdlijn;
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
  adres?: string,
): number {
  if (leesAantal(onderbreking, "onderbreking_dagen", "dagen") !== null) {
    ongeldig("onderbreking_dagen: bij een registerrij komt het samentellen uit het register (eerdere perioden); laat dit argument leeg.");
  }
  const P = leesPeildatum(peildatum, vandaag);
  const e = evalueerRij(rij, koppenVoor(koppen, adres).koppen, P);
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
