/**
 * De registerlezer: een kopregel plus een 2-D blok celwaarden (precies zoals Office.js `range.values` en
 * exceljs ze geven) → dossiers en problemen. Host-neutraal en zuiver: geen Office, geen bestanden.
 *
 * De stappen, elk in een eigen bestand:
 * - koprij.ts — de kopregel vinden (mag onder een titel en lege regels staan);
 * - kaart.ts — kolommen herkennen (kolommen.ts), privacykolommen melden (AVG) en nooit lezen;
 * - rij.ts — cellen lezen; elke slechte cel wordt een `Probleem` met rij, kolomkop, kolomletter en een
 *   Nederlandse melding, de andere cellen en rijen gaan door;
 * - dossiers.ts — rijen per werknemer groeperen tot dossiers met de samentelregel van de engine.
 */
import type { Datumsysteem } from "../dagen";
import type { RegisterDossier } from "../dossier";
import type { Probleem } from "../problemen";
import type { Cel } from "./cellen";
import { alleDossiers, groepeer, maakDossier, MIJLPAAL_VELDEN, type DossierBron } from "./dossiers";
import { maakKaart, type Kaart, type KolomInfo, type NietGebruikteKolom } from "./kaart";
import { maakToewijzing } from "./toewijzing";
import { herkenKopTolerant, kopVan, TEMPLATE_KOLOMMEN, VELDEN, VELD_SOORT, type Veld } from "./kolommen";
import { scoreKoprij, vindKoprij } from "./koprij";
import { RijOpslag } from "./opslag";
import { leesEenRij, type Instelling } from "./rij";

export { vindKoprij } from "./koprij";
export type { DossierBron } from "./dossiers";
export type { KolomInfo, NietGebruikteKolom } from "./kaart";

export interface LeesOpties {
  /** Datumsysteem van de werkmap; standaard "1900". */
  datumsysteem?: Datumsysteem;
  /** Werkbladrij (1-based) van waarden[0]; standaard 1. */
  rijOffset?: number;
  /** Werkbladkolom (1-based) van waarden[r][0]; standaard 1. */
  kolomOffset?: number;
  blad?: string;
  tabel?: string;
  /** Date-cellen dragen de datum op middernacht UTC (exceljs: true); standaard true. */
  jsDatumUtc?: boolean;
  /** De kolomkeuze van de gebruiker (kop → kop van het sjabloon of "niet gebruiken"; zie toewijzing.ts). */
  kolommen?: Readonly<Record<string, string>>;
  /**
   * Elke rij van `waarden` loslaten (op een lege lijst zetten) zodra ze gelezen is: de scanner heeft de ruwe
   * cellen daarna niet meer nodig, zodat het geheugen niet de cellen én de gelezen rijen tegelijk houdt (issue 22).
   * Alleen voor wie de cellen niet meer gebruikt; standaard niet.
   */
  rijenLoslaten?: boolean;
}


export interface Register {
  blad?: string;
  tabel?: string;
  /** 1-based werkbladrij van de kopregel. */
  koprij: number;
  /** 1-based werkbladrijen van het gegevensblok (laatsteRij < eersteRij als er geen gegevens zijn). */
  eersteRij: number;
  laatsteRij: number;
  kolommen: KolomInfo[];
  /** De dossiers op registervolgorde; leeg als ze nog in `dossierBron` wachten. */
  dossiers: RegisterDossier[];
  /**
   * Alleen als erom gevraagd is (voegBladenSamen met `uitgesteld`, de scanner zonder kopie): de dossiers worden
   * één voor één gemaakt als ze beoordeeld worden (evalueerDossiers), zodat ze nooit allemaal tegelijk in het
   * geheugen staan (issue 22). `dossiers` is dan leeg.
   */
  dossierBron?: DossierBron;
  problemen: Probleem[];
  /** Optionele kolommen die ontbreken: de afhankelijke controles zeggen "onbekend". */
  ontbrekend: Veld[];
  /** Koppen die niet gebruikt worden (onbekend, geen datums, dubbel, medisch), met "bedoelde u …?" waar het kan. */
  nietGebruikt: NietGebruikteKolom[];
  /**
   * Waarom het register niet te beoordelen is (geen bruikbare kolom Eerste ziektedag), of null. Een register
   * dat niet te beoordelen is, is een mislukking: nooit "niets te doen" (scanner: exitcode 5 met --streng).
   */
  nietTeBeoordelen: string | null;
  /**
   * Gezet als het blad een archief is (werkmap.ts, leesWerkmap): alleen afgesloten meldingen. Gelezen voor
   * samentellen en verzuimcijfers, nooit als werk te doen getoond of gekleurd.
   */
  archief?: ArchiefInfo;
}

export interface ArchiefInfo {
  /** Aantal afgesloten meldingen (rijen) op het blad. */
  meldingen: number;
  /** De naam van het blad wijst op een archief ("Archief…", "Historie", "Oud", "Afgesloten"). */
  naamHint: boolean;
}

// ---- Publieke functies --------------------------------------------------------------------------

function ontbrekendeVelden(kaart: Kaart): Veld[] {
  return VELDEN.filter((v) => !kaart.perVeld.has(v));
}

/** "Bedoelde u …?" voor een veld: de niet gebruikte koppen die er dichtbij liggen. */
function bedoeldVoor(kaart: Kaart, veld: Veld): string {
  const kop = TEMPLATE_KOLOMMEN.find((k) => k.veld === veld)!.kop;
  const dichtbij = kaart.nietGebruikt.filter((n) => n.reden === "onbekend" && n.bedoeldeU.includes(kop));
  return dichtbij.length ? ` Bedoelde u ${dichtbij.map((n) => `kolom "${n.kop}" (${n.letter})`).join(" of ")}? Geef die kolom dan de kop "${kop}".` : "";
}

/**
 * Geen eerste ziektedag, alleen tekstkolommen (naam, nummer, afdeling) en niets dat op een datumkolom lijkt. Een
 * kop die een bekende kop alleen bevat, met andere woorden erbij ("Evaluatie functioneren" op een personeelslijst),
 * maakt van een blad pas een register als hij op de eerste ziektedag wijst ("Eerste ziektedag vorige periode").
 */
function isPersoneelslijst(kaart: Kaart): boolean {
  if (kaart.perVeld.has("eersteZiektedag")) return false;
  if (kaart.kolommen.some((k) => VELD_SOORT[k.veld] !== "tekst")) return false;
  const eersteZiektedag = kopVan("eersteZiektedag");
  const lijktDatum = (n: NietGebruikteKolom) => {
    if (!n.bedoeldeU.some((b) => b !== "Werknemer" && b !== "Personeelsnummer" && b !== "Afdeling")) return false;
    const h = herkenKopTolerant(n.kop);
    return !(h.soort === "voorstel" && h.binnenKop) || n.bedoeldeU.includes(eersteZiektedag);
  };
  return !kaart.nietGebruikt.some((n) => n.reden === "geen-datums" || lijktDatum(n));
}

/** De reden dat een register niet te beoordelen is: de kolom Eerste ziektedag ontbreekt of bevat geen datums. */
function nietTeBeoordelenReden(kaart: Kaart): string | null {
  if (kaart.perVeld.has("eersteZiektedag")) return null;
  const geenDatums = kaart.nietGebruikt.find((n) => n.reden === "geen-datums" && n.bedoeldeU.includes("Eerste ziektedag"));
  const gezien = [...kaart.kolommen, ...kaart.nietGebruikt].sort((a, b) => a.kolom - b.kolom).map((k) => k.kop);
  const waarom = geenDatums ? `de kolom "${geenDatums.kop}" (${geenDatums.letter}) bevat geen datums` : 'er is geen kolom "Eerste ziektedag" herkend';
  return `Niet te beoordelen: ${waarom}.${bedoeldVoor(kaart, "eersteZiektedag")} Gezien: ${gezien.map((k) => `"${k}"`).join(", ") || "geen koppen"}.`;
}

function vereisteKolommen(kaart: Kaart, koprij: number | undefined): Probleem[] {
  const p: Probleem[] = [];
  if (!kaart.perVeld.has("eersteZiektedag")) {
    p.push({
      code: "KOLOM_ONTBREEKT",
      ernst: "fout",
      melding:
        'De verplichte kolom "Eerste ziektedag" ontbreekt of bevat geen datums (ook herkend: Ziekmelding, Datum ziek, Ziek gemeld op, Eerste verzuimdag, 1e ziektedag). Er kan niets beoordeeld worden.' +
        bedoeldVoor(kaart, "eersteZiektedag"),
      rij: koprij,
      veld: "eersteZiektedag",
    });
  }
  if (!kaart.perVeld.has("werknemer") && !kaart.perVeld.has("personeelsnummer")) {
    p.push({
      code: "KOLOM_ONTBREEKT",
      ernst: "fout",
      melding:
        'De verplichte kolom "Werknemer" (of "Personeelsnummer", of "Voornaam" en "Achternaam") ontbreekt: rijen van dezelfde werknemer kunnen niet samengeteld worden; elke rij is apart beoordeeld.' +
        bedoeldVoor(kaart, "werknemer"),
      rij: koprij,
      veld: "werknemer",
    });
  }
  return p;
}

/**
 * Lees een register uit een blok celwaarden (de gebruikte range van een blad of een Excel-tabel inclusief
 * kopregel). Null als er geen kopregel herkend wordt.
 */
export function leesRegister(waarden: Cel[][], opties: LeesOpties = {}): Register | null {
  const deel = leesRegisterDeel(waarden, opties);
  if (!deel) return null;
  const r = deel.register;
  r.dossiers = deel.kaart.perVeld.has("eersteZiektedag") ? alleDossiers(groepeer(deel.gelezen, deel.kaart, r.problemen)) : [];
  r.problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
  return r;
}

/**
 * Een gelezen blok vóór het groeperen tot dossiers: het register (nog zonder dossiers), de kolomkaart en de
 * gelezen rijen. Zo kunnen de rijen van alle bladen van een werkmap samen gegroepeerd worden (werkmap.ts).
 */
export interface RegisterDeel {
  register: Register;
  kaart: Kaart;
  /** De gelezen rijen, compact (opslag.ts). */
  gelezen: RijOpslag;
}

const LOS: Cel[] = [];

/** Lees een blok tot rijen (zonder dossiers): de eerste helft van leesRegister. Null zonder kopregel. */
export function leesRegisterDeel(waarden: Cel[][], opties: LeesOpties = {}): RegisterDeel | null {
  if (!Array.isArray(waarden)) return null;
  const b = beginDeel(waarden, opties, waarden.length);
  if (!b) return null;
  const loslaten = opties.rijenLoslaten === true;
  if (b.leest) {
    for (let i = b.k + 1; i < waarden.length; i++) {
      const rij = waarden[i];
      if (!Array.isArray(rij)) continue;
      leesRijIn(b, rij, i);
      if (loslaten) waarden[i] = LOS;
    }
  }
  return sluitDeel(b);
}

/**
 * Een blok in wording: de kopregel en de kolomkaart zijn bekend, de rijen eronder worden één voor één gelezen
 * (leesRijIn). Gedeeld door leesRegisterDeel (een heel blok) en RegisterStroom (stroom.ts: rij voor rij uit de
 * XML van een werkblad, zonder eerst alle cellen vast te houden).
 */
export interface DeelInWording {
  /** Index van de kopregel in het blok. */
  k: number;
  kaart: Kaart;
  problemen: Probleem[];
  inst: Instelling;
  rijOffset: number;
  koprij: number;
  /** Heeft de kaart een eerste ziektedag? Zonder worden de rijen niet gelezen. */
  leest: boolean;
  gelezen: RijOpslag;
  laatsteRij: number;
  opties: LeesOpties;
}

/**
 * Kopregel en kolomkaart van een blok (de koprij in de eerste rijen, de inhoud van de datumkolommen in de eerste
 * KEUR_MAX_CELLEN gevulde cellen). Null zonder kopregel of voor een personeelslijst.
 */
export function beginDeel(waarden: Cel[][], opties: LeesOpties, rijenGeschat: number, keuring: readonly (readonly Cel[] | undefined)[] = waarden): DeelInWording | null {
  // Een Excel-tabel heeft zijn koprij bovenaan: dan hoeft er niet gezocht te worden.
  const keuze = maakToewijzing(opties.kolommen);
  const bovenaan = opties.tabel !== undefined && Array.isArray(waarden[0]) ? scoreKoprij(waarden[0], keuze.toewijzing) : null;
  const k = bovenaan && bovenaan.aantal > 1 && (bovenaan.d || bovenaan.w) ? 0 : vindKoprij(waarden, keuze.toewijzing);
  if (k === null) return null;
  const rijOffset = opties.rijOffset ?? 1;
  const inst: Instelling = { systeem: opties.datumsysteem ?? "1900", utc: opties.jsDatumUtc ?? true };
  const koprij = rijOffset + k;
  const kaart = deelKaart(waarden[k], k, keuring, opties);
  // Alleen namen, nummers en afdelingen, geen enkele datumkolom of iets dat op een eerste ziektedag lijkt: een
  // personeelslijst, geen verzuimregister (anders zou elke lijst met "Naam" en "Afdeling" niet te beoordelen heten).
  if (isPersoneelslijst(kaart)) return null;
  const problemen: Probleem[] = [...kaart.problemen, ...vereisteKolommen(kaart, koprij)];
  return {
    k,
    kaart,
    problemen,
    inst,
    rijOffset,
    koprij,
    leest: kaart.perVeld.has("eersteZiektedag"),
    gelezen: new RijOpslag(Math.max(0, rijenGeschat - k - 1)),
    laatsteRij: koprij,
    opties,
  };
}

/**
 * De kolomkaart van de kopregel (index k in het blok) met de kolomkeuze van de gebruiker. `keuring`: de rijen van
 * het blok waarin de inhoud van de datumkolommen gekeurd wordt (alleen de eerste KEUR_MAX_CELLEN gevulde cellen
 * per kolom tellen; stroom.ts geeft alleen die).
 */
export function deelKaart(kop: readonly Cel[], k: number, keuring: readonly (readonly Cel[] | undefined)[], opties: LeesOpties): Kaart {
  const keuze = maakToewijzing(opties.kolommen);
  const rijOffset = opties.rijOffset ?? 1;
  const koprij = rijOffset + k;
  const kaart = maakKaart(kop, opties.kolomOffset ?? 1, koprij, {
    waarden: keuring,
    vanaf: k + 1,
    rijOffset,
    systeem: opties.datumsysteem ?? "1900",
    utc: opties.jsDatumUtc ?? true,
    blad: opties.blad,
    toewijzing: keuze.toewijzing,
  });
  for (const melding of keuze.meldingen) kaart.problemen.push({ code: "KOLOMKEUZE", ernst: "waarschuwing", melding, rij: koprij });
  return kaart;
}

/** Lees rij i van het blok (i > k) in: een gelezen rij naar de opslag, een slechte cel als probleem. */
export function leesRijIn(b: DeelInWording, rij: readonly Cel[], i: number): void {
  const nummer = b.rijOffset + i;
  const aantalVoor = b.problemen.length;
  const r = leesEenRij(rij, b.kaart, nummer, i, b.inst, b.problemen);
  if (r) b.gelezen.voegToe(r);
  if (r || b.problemen.length > aantalVoor) b.laatsteRij = nummer;
}

/** Het gelezen blok als RegisterDeel (nog zonder dossiers). */
export function sluitDeel(b: DeelInWording): RegisterDeel {
  const { kaart, opties } = b;
  b.gelezen.sluit();
  const register: Register = {
    blad: opties.blad,
    tabel: opties.tabel,
    koprij: b.koprij,
    eersteRij: b.koprij + 1,
    laatsteRij: b.laatsteRij,
    kolommen: kaart.kolommen,
    dossiers: [],
    problemen: b.problemen,
    ontbrekend: ontbrekendeVelden(kaart),
    nietGebruikt: kaart.nietGebruikt,
    nietTeBeoordelen: nietTeBeoordelenReden(kaart),
  };
  return { register, kaart, gelezen: b.gelezen };
}

const TEMPLATE_KOPPEN: readonly string[] = TEMPLATE_KOLOMMEN.map((k) => k.kop);
const templateKaarten = new Map<number, Kaart>();

/**
 * Eén rij voor de aangepaste functies. `koppen` null = de kolomvolgorde van het sjabloon.
 * `opties.rijOffset` is de werkbladrij van de rij (voor meldingen), als bekend.
 */
export function leesRij(rij: Cel[], koppen: Cel[] | null, opties: LeesOpties = {}): { dossier: RegisterDossier | null; problemen: Probleem[] } {
  const kolomOffset = opties.kolomOffset ?? 1;
  let kaart: Kaart;
  if (koppen === null || koppen === undefined) {
    let t = templateKaarten.get(kolomOffset);
    if (!t) {
      t = maakKaart(TEMPLATE_KOPPEN, kolomOffset, undefined);
      templateKaarten.set(kolomOffset, t);
    }
    kaart = t;
  } else {
    // De inhoud van de ene rij keuren zoals de lezer een hele kolom keurt (inhoud.ts): een stapkolom met tekst
    // ("ArboNed") is geen datumkolom; de stap is dan onbekend, zoals in scanner en taakvenster.
    const enkel = Array.isArray(rij) ? rij : [];
    kaart = maakKaart(Array.isArray(koppen) ? koppen : [], kolomOffset, undefined, {
      waarden: [enkel],
      vanaf: 0,
      rijOffset: opties.rijOffset ?? 0,
      systeem: opties.datumsysteem ?? "1900",
      utc: opties.jsDatumUtc ?? true,
      enkeleRij: true,
    });
  }
  const problemen: Probleem[] = [...kaart.problemen];
  if (!kaart.perVeld.has("eersteZiektedag")) {
    problemen.push(...vereisteKolommen(kaart, undefined).filter((p) => p.veld === "eersteZiektedag"));
    return { dossier: null, problemen };
  }
  const inst: Instelling = { systeem: opties.datumsysteem ?? "1900", utc: opties.jsDatumUtc ?? true };
  const r = leesEenRij(Array.isArray(rij) ? rij : [], kaart, opties.rijOffset, 0, inst, problemen);
  if (!r) {
    if (problemen.length === kaart.problemen.length) {
      problemen.push({ code: "LEGE_RIJ", ernst: "fout", melding: "De rij is leeg: er is geen eerste ziektedag.", rij: opties.rijOffset, veld: "eersteZiektedag" });
    }
    return { dossier: null, problemen };
  }
  return { dossier: maakDossier([r], kaart), problemen };
}

/** Velden van de engine die niet zelf een kolom zijn → de kolom waar ze vandaan komen. */
const ENGINE_VELD: Readonly<Record<string, Veld>> = (() => {
  const m: Record<string, Veld> = { wazo: "wazoVan", eerderePerioden: "eersteZiektedag", EWT: "loonsanctieTot" };
  for (const [veld, code] of MIJLPAAL_VELDEN) m[code] = veld;
  return m;
})();

/**
 * Zet een probleem van de engine of de beoordeling (met `veld`, zonder plek) op de cel in het register:
 * de huidige rij van het dossier en de kolom van het veld.
 */
/** Per veld de (eerste) kolom van het register, voor plaatsProbleem over een heel register. */
export function kolomPerVeld(register: Register): Map<Veld, KolomInfo> {
  const m = new Map<Veld, KolomInfo>();
  for (const k of register.kolommen) if (!m.has(k.veld)) m.set(k.veld, k);
  return m;
}

/** `kolommen` (optioneel, uit kolomPerVeld(register)) spaart het zoeken per probleem bij een heel register. */
export function plaatsProbleem(p: Probleem, dossier: RegisterDossier, register: Register, kolommen?: ReadonlyMap<Veld, KolomInfo>): Probleem {
  if (p.rij !== undefined && p.kolom !== undefined) return p;
  const veld: Veld | undefined = p.veld === undefined ? undefined : (ENGINE_VELD[p.veld] ?? (VELD_SOORT[p.veld as Veld] ? (p.veld as Veld) : undefined));
  const info = veld === undefined ? undefined : kolommen !== undefined ? kolommen.get(veld) : register.kolommen.find((k) => k.veld === veld);
  const rij = p.rij ?? dossier.rij ?? dossier.rijen[dossier.rijen.length - 1];
  if (!info) return { ...p, rij };
  return { code: p.code, melding: p.melding, ernst: p.ernst, rij, kolom: info.kop, kolomLetter: info.letter, ...(p.veld === undefined ? {} : { veld: p.veld }) };
}
