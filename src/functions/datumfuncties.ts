/**
 * De datumfuncties (zonder register): PW.DEADLINE, PW.VANAF, PW.WEEK, PW.STATUS, PW.EINDEWACHTTIJD
 * met losse argumenten. Alles rekent via de engine (`berekenTijdlijn`), zodat cellen, taakvenster en
 * scanner dezelfde termijnen geven; de bronnen van de termijnen staan in src/core/wet.ts en MIJLPAAL_BRON.
 * Uitkomsten zijn Excel-serienummers in het 1900-systeem (de functie kent het datumsysteem van de
 * werkmap niet; zie docs/functies.md).
 */
import { formatNL, naarExcelSerienummer, type Dag } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode } from "../core/mijlpalen";
import { berekenTijdlijn, ziekteweekOp, type DossierInvoer, type Tijdlijn } from "../core/tijdlijn";
import { gedeeldeInstellingen } from "../office/gedeeld";
import { BRON, P_SAMENTELLEN_MAX_GAT_DAGEN, naWeek, waardeOp } from "../core/wet";
import {
  ejeReferentie,
  eindeWachttijd,
  uiterlijkArbo,
  uiterlijkEvaluatie,
  uiterlijkPa,
  uiterlijkPva,
  uiterlijkSpoor2,
  uiterlijkUwv42,
  vensterEje,
  wiaTermijnen,
  zonderOnderbreking,
} from "../core/regels/termijnen";
import { ongeldig } from "./fout";
import { leesAantal, leesDatum, leesMijlpaal, leesPeildatum, leesVerplichteDatum } from "./invoer";

/**
 * De "vorige stap" waarvan een termijn afhangt: PA-datum voor PVA (Regeling art. 4), EJE-datum voor
 * SPOOR2 (UWV Professioneel kader), laatste evaluatie voor EVAL (UWV Werkwijzer).
 */
export const VORIGE_STAP: Partial<Record<MijlpaalCode, MijlpaalCode>> = { PVA: "PA", SPOOR2: "EJE", EVAL: "EVAL" };

/** Tijdlijn of #WAARDE! met de melding van het eerste echte probleem (waarschuwingen laten we door). */
export function tijdlijnOf(invoer: DossierInvoer, peildatum: Dag): Tijdlijn {
  const r = berekenTijdlijn(invoer, peildatum, gedeeldeInstellingen());
  if (!r.ok) return ongeldig(r.problemen[0]?.melding ?? "Geen geldige invoer.");
  const t = r.tijdlijn;
  for (let i = 0; i < t.problemen.length; i++) if (t.problemen[i].ernst === "fout") ongeldig(t.problemen[i].melding);
  return t;
}

function vorigeStap(code: MijlpaalCode, x: unknown): Dag | null {
  const vorige = leesDatum(x, "datum_vorige_stap");
  if (vorige !== null && VORIGE_STAP[code] === undefined) {
    ongeldig(`datum_vorige_stap: ${MIJLPAAL_NAAM[code]} hangt niet af van een vorige stap; laat dit argument leeg (alleen bij PVA, SPOOR2 en EVAL).`);
  }
  return vorige;
}

function verlengingWeken(x: unknown): number | null {
  return leesAantal(x, "verlenging_weken", "weken");
}

/**
 * De termijn van één mijlpaal via de volledige engine: de referentie voor `termijn` hieronder
 * (test/functions vergelijkt ze over duizenden combinaties).
 */
export function termijnViaEngine(code: MijlpaalCode, D: Dag, vorige: Dag | null, verlenging: number | null): Dag {
  const invoer: DossierInvoer = { eersteZiektedag: D, vrijwilligeVerlengingWeken: verlenging };
  if (vorige !== null) invoer.gedaan = { [VORIGE_STAP[code] as MijlpaalCode]: vorige };
  // Peildatum = de vorige stap (of D): zo telt die stap mee en speelt "vandaag" geen rol.
  return tijdlijnOf(invoer, vorige !== null && vorige > D ? vorige : D).mijlpalen[code].uiterlijk;
}

/**
 * De termijn van één mijlpaal zonder samentellen of WAZO, met precies de termijnfuncties van de engine
 * (src/core/regels/termijnen.ts, die de wet uit wet/*.yaml lezen) en de gedeelde instellingen: een kolom vol
 * PW.DEADLINE moet snel zijn (doel: 100.000 aanroepen < 0,1 s), zonder een tweede uitvoering van de wet.
 * Bronnen per regel: MIJLPAAL_BRON in src/core/tijdlijn.ts.
 */
export function termijn(code: MijlpaalCode, D: Dag, vorige: Dag | null, verlenging: number | null): Dag {
  // De gewone aanroep (geen vorige stap, geen verlenging) hangt alleen af van D, de mijlpaal en de instelling
  // voor de probleemanalyse: eenmaal uitrekenen per combinatie. Een kolom vol PW.DEADLINE herhaalt dezelfde
  // eerste ziektedagen, en Excel rekent bij elke wijziging opnieuw. De wet blijft gegevens (termijnen.ts).
  if (vorige === null && verlenging === null && Number.isInteger(D)) {
    const pa = code === "PA" ? gedeeldeInstellingen().paTermijn : null;
    const sleutel = D * 32 + CODE_NR[code] * 2 + (pa === "zes-weken-na" ? 1 : 0);
    const bekend = TERMIJN_CACHE.get(sleutel);
    if (bekend !== undefined) return bekend;
    const t = berekenTermijn(code, D, null, null);
    if (TERMIJN_CACHE.size >= TERMIJN_CACHE_MAX) TERMIJN_CACHE.clear();
    TERMIJN_CACHE.set(sleutel, t);
    return t;
  }
  return berekenTermijn(code, D, vorige, verlenging);
}

const CODE_NR = Object.fromEntries(MIJLPAAL_CODES.map((c, i) => [c, i])) as Record<MijlpaalCode, number>;
const TERMIJN_CACHE = new Map<number, Dag>();
const TERMIJN_CACHE_MAX = 200_000;

function berekenTermijn(code: MijlpaalCode, D: Dag, vorige: Dag | null, verlenging: number | null): Dag {
  if (vorige !== null && vorige < D) {
    ongeldig(`${MIJLPAAL_NAAM[VORIGE_STAP[code] as MijlpaalCode]} (${formatNL(vorige)}) ligt vóór de eerste ziektedag ${formatNL(D)}; genegeerd.`);
  }
  const V = naWeek(verlenging ?? 0);
  const tel = zonderOnderbreking(D);
  switch (code) {
    case "ARBO":
      return uiterlijkArbo(D);
    case "PA":
      return uiterlijkPa(D, gedeeldeInstellingen().paTermijn);
    case "PVA":
      return uiterlijkPva(D, vorige);
    case "EVAL":
      return uiterlijkEvaluatie(D, vorige ?? uiterlijkPva(D, null));
    case "UWV42":
      return uiterlijkUwv42(D, tel);
    case "EJE":
      return vensterEje(D, tel).uiterlijk;
    case "SPOOR2":
      return uiterlijkSpoor2(D, ejeReferentie(vensterEje(D, tel), vorige));
    case "AO":
    case "EINDEVAL":
      return wiaTermijnen(D, tel, V).aoUiterlijk;
    case "WIA":
      return wiaTermijnen(D, tel, V).uiterlijk;
    case "EWT":
      return eindeWachttijd(D, tel, V);
  }
}

/** PW.DEADLINE: de uiterste datum van een mijlpaal als serienummer. */
export function deadline(eersteZiektedag: unknown, mijlpaal: unknown, vorige: unknown, verlenging: unknown): number {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  const code = leesMijlpaal(mijlpaal);
  return naarExcelSerienummer(termijn(code, D, vorigeStap(code, vorige), verlengingWeken(verlenging)));
}

/** PW.VANAF: het begin van het venster (EJE: week 46; WIA: na 88 weken), anders de eerste ziektedag. */
export function vanaf(eersteZiektedag: unknown, mijlpaal: unknown, verlenging: unknown): number {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  const code = leesMijlpaal(mijlpaal);
  const t = tijdlijnOf({ eersteZiektedag: D, vrijwilligeVerlengingWeken: verlengingWeken(verlenging) }, D);
  return naarExcelSerienummer(t.mijlpalen[code].vanaf ?? D);
}

/** PW.WEEK: de ziekteweek op de peildatum (week 1 = dag 1 t/m 7); 0 vóór de eerste ziektedag. */
export function week(eersteZiektedag: unknown, peildatum: unknown, vandaag: () => Dag): number {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  return ziekteweekOp(D, leesPeildatum(peildatum, vandaag));
}

/**
 * Verwijst een argument naar een cel? Met `@requiresParameterAddresses` geeft Excel per argument het adres;
 * zonder die gegevens (oudere Excel) geldt: weggelaten komt als null, een lege cel als 0 (Windows/Mac) of "".
 */
export function verwijstNaarCel(waarde: unknown, adres: unknown): boolean {
  if (typeof adres === "string") return adres !== "";
  return waarde !== null && waarde !== undefined;
}

/**
 * PW.STATUS: de status van één mijlpaal op de peildatum, als Nederlandse tekst.
 * `gedaanBekend`: datum_gedaan verwijst naar een cel (leeg = niet gedaan) of bevat een datum. Weggelaten:
 * niemand weet of de stap gedaan is, dus "onbekend" — nooit "te laat" (zoals een ontbrekende kolom).
 */
export function status(
  eersteZiektedag: unknown,
  mijlpaal: unknown,
  gedaan: unknown,
  vorige: unknown,
  peildatum: unknown,
  vandaag: () => Dag,
  gedaanBekend = true,
): string {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  const code = leesMijlpaal(mijlpaal);
  const klaar = leesDatum(gedaan, "datum_gedaan");
  const v = vorigeStap(code, vorige);
  const P = leesPeildatum(peildatum, vandaag);
  const g: Partial<Record<MijlpaalCode, Dag | null>> = {};
  if (v !== null) g[VORIGE_STAP[code] as MijlpaalCode] = v;
  // EVAL is terugkerend: een gedane evaluatie wordt de basis voor de volgende (de status gaat over die).
  // Een cel die leeg is betekent "niet gedaan"; een weggelaten argument laat de stap onbekend (undefined).
  if (klaar !== null) g[code] = code === "EVAL" && v !== null ? Math.max(v, klaar) : klaar;
  else if (gedaanBekend) g[code] = null;
  if (code === "EWT" && klaar !== null) ongeldig("datum_gedaan: het einde van de wachttijd is een datum, geen stap; laat dit argument leeg.");
  const t = tijdlijnOf({ eersteZiektedag: D, gedaan: g }, P);
  const m = t.mijlpalen[code];
  return STATUS_TEKST[m.status];
}

/** PW.ZIEKTEDAGEN met een datum: de ziektedagen tot en met de peildatum (dag 1 = de eerste ziektedag); 0 ervoor. */
export function ziektedagen(eersteZiektedag: unknown, peildatum: unknown, vandaag: () => Dag): number {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  const P = leesPeildatum(peildatum, vandaag);
  if (P < D) return 0;
  return tijdlijnOf({ eersteZiektedag: D }, P).ziektedagen;
}

/**
 * PW.EINDEWACHTTIJD met losse argumenten: de laatste dag van de loondoorbetaling (BW 7:629 lid 1),
 * verlengd met vrijwillige verlenging (WIA art. 24), loonsanctie (WIA art. 25) en samentellen
 * (BW 7:629 lid 10: `onderbreking_dagen` hersteld tussen samengetelde perioden, ten hoogste 27).
 * Zonder datum van de WIA-aanvraag wordt geen te late aanvraag aangenomen.
 */
export function eindeWachttijdDatums(
  eersteZiektedag: unknown,
  verlenging: unknown,
  loonsanctieTot: unknown,
  onderbreking: unknown,
  wiaAanvraag: unknown,
): number {
  const D = leesVerplichteDatum(eersteZiektedag, "eerste_ziektedag");
  const invoer: DossierInvoer = { eersteZiektedag: D, vrijwilligeVerlengingWeken: verlengingWeken(verlenging) };
  const ls = leesDatum(loonsanctieTot, "loonsanctie_tot");
  if (ls !== null) invoer.loonsanctieTot = ls;
  const gat = leesAantal(onderbreking, "onderbreking_dagen", "dagen");
  const maxGat = waardeOp(P_SAMENTELLEN_MAX_GAT_DAGEN, D);
  if (gat !== null && gat > maxGat) {
    ongeldig(
      `onderbreking_dagen: bij ${gat} dagen hersteld tellen de perioden niet samen (ten hoogste ${maxGat}; ${BRON.BW_629_LID10}); gebruik de eerste ziektedag van de nieuwe periode.`,
    );
  }
  if (gat !== null && gat > 0) {
    // Model: periode 1 is dag D, hersteld op D+1, weer ziek op D+1+gat. De engine schuift de
    // duurafhankelijke termijnen dan precies `gat` dagen op, zoals de domeinreferentie §3 zegt.
    invoer.eerderePerioden = [{ eersteZiektedag: D, hersteldatum: D + 1 }];
    invoer.eersteZiektedag = D + 1 + gat;
  }
  const wia = leesDatum(wiaAanvraag, "datum_wia_aanvraag");
  if (wia !== null) invoer.gedaan = { WIA: wia };
  const t = tijdlijnOf(invoer, wia !== null && wia > invoer.eersteZiektedag ? wia : invoer.eersteZiektedag);
  return naarExcelSerienummer(t.laatsteDagLoondoorbetaling);
}

/** Uitleg bij een mijlpaal voor teksten: "Plan van aanpak uiterlijk 27-04-2025". */
export function mijlpaalTekst(code: MijlpaalCode, uiterlijk: Dag): string {
  return `${MIJLPAAL_NAAM[code]} uiterlijk ${formatNL(uiterlijk)}`;
}
