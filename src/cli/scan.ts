/**
 * De scanner: één werkmap lezen (src/cli/lezen/), elk register evalueren met dezelfde kern als het
 * taakvenster, en desgewenst een gekleurde kopie schrijven. De invoer wordt nooit gewijzigd.
 */
import { INSTELLINGEN_SLEUTEL } from "../core/instellingen";
import type * as InstellingenLezen from "../core/instellingen-lezen";
import { invoegtoepassingEigenschappen } from "./lezen/instellingen";
import path from "node:path";
import type { Dag, Datumsysteem } from "../core/dagen";
import type { Instellingen } from "../core/instellingen";
import { kolomLetter, MarkeringPlanBouwer, type MarkeringPlan } from "../core/markering";
import { evalueerDossiers, type DossierEvaluatie } from "../core/pipeline";
import { MIJLPAAL_CODES } from "../core/mijlpalen";
import type { Probleem } from "../core/problemen";
import { geenRegisterTekst, kandidaatKoppen, leesRegisterDeel, voegBladenSamen, voegBlokMeldingenToe, type GezienBlad, type Register, type RegisterDeel } from "../core/register";
import { isVoorbij } from "../core/tijdlijn";
import { RegisterStroom } from "../core/register/stroom";
import type { DossierBron } from "../core/register/dossiers";
import { leesBestand, LeesFout, STANDAARD_LIMIETEN, type Blok, type Limieten } from "./lezen";
import { mbTekst } from "./lezen/fout";
import { markeerKopieStroom, PakketFout } from "./pakket/markeer-kopie";
import { ondertekend, structuurBeveiligd, type Teller } from "./pakket/opc";
import { KopieFout, schrijfKopie } from "./pakket/uitvoer";
import { schrijfDeelkopie, type DeelkopieUitslag } from "./deelkopie";
import { SchrijfFout, type Schrijver } from "./schrijven";

export interface RegisterUitslag {
  blad: string;
  tabel: string | null;
  register: Register;
  /** De beoordeelde dossiers; leeg als ze één voor één aan `ScanOpties.perDossier` zijn doorgegeven. */
  evaluaties: DossierEvaluatie[];
  problemen: Probleem[];
  /** Aantallen over alle dossiers (ook als de evaluaties zelf niet bewaard zijn): voor overzicht en exitcode. */
  telling: Telling;
}

/** Dossiers en open stappen (te laat, binnenkort) van een register. */
export interface Telling {
  dossiers: number;
  teLaat: number;
  binnenkort: number;
}

/**
 * Tel één dossier mee: elke stap die te laat en nog in te halen is, of binnenkort moet (onbekend telt nooit;
 * een stap die voorbij is — hersteld en niet meer te herleven, of de wachttijd is om — evenmin: dat is
 * geschiedenis, en laat `--streng` niet elke nacht falen).
 */
export function telDossier(t: Telling, e: DossierEvaluatie): void {
  t.dossiers++;
  const m = e.tijdlijn.mijlpalen;
  for (const c of MIJLPAAL_CODES) {
    const s = m[c].status;
    if (s === "te-laat") {
      if (!isVoorbij(e.tijdlijn, c)) t.teLaat++;
    }
    else if (s === "binnenkort") t.binnenkort++;
  }
}

export function telling(evaluaties: readonly DossierEvaluatie[]): Telling {
  const t: Telling = { dossiers: 0, teLaat: 0, binnenkort: 0 };
  for (const e of evaluaties) telDossier(t, e);
  return t;
}

export interface BestandUitslag {
  bestand: string;
  registers: RegisterUitslag[];
  /** Waarom het bestand niet (helemaal) gelezen kon worden. */
  fout: string | null;
  /** Het bestand kon niet gelezen worden (beschadigd, ander formaat, te groot…): telt voor exitcode 3/4. */
  onleesbaar?: boolean;
  /** Gelezen, maar geen blad met een herkenbare kopregel: niet te beoordelen (reden in `fout`; exitcode 6 met --streng). */
  nietTeBeoordelen?: boolean;
  /** Pad van de gemarkeerde kopie, als die geschreven is. */
  kopie: string | null;
  /** Deelkopieën (--deelkopie): per register het pad en de weggelaten kolommen. */
  deelkopieen?: DeelkopieUitslag[];
  /** Elke gevraagde uitvoer van dit bestand (kopie, deelkopie): geschreven (pad) of niet (reden); voor exitcode 5. */
  uitvoer?: UitvoerVerslag[];
}

/** Een gevraagde uitvoer: het pad als hij geschreven is, anders de reden (een eigen reden per uitvoer). */
export interface UitvoerVerslag {
  soort: "markeer" | "deelkopie" | "ics" | "uitvoer" | "html";
  pad: string | null;
  fout: string | null;
}

/** Voeg een melding toe aan `fout` zonder een eerdere melding te vervangen. */
function meld(u: BestandUitslag, melding: string): void {
  u.fout = u.fout ? `${u.fout} ${melding}` : melding;
}

export interface ScanOpties {
  peildatum: Dag;
  instellingen: Instellingen;
  /** Map voor gemarkeerde kopieën, of null. */
  markeerMap: string | null;
  /** Naam van de kopie (standaard de bestandsnaam), voor het geval twee invoerbestanden even heten. */
  kopieNaam?: string;
  /** Grenzen aan omvang en leestijd per bestand. */
  limieten?: Limieten;
  /** Map voor deelkopieën zonder interne en medische kolommen, of null. */
  deelkopieMap?: string | null;
  /** Koppen die de gebruiker als intern opgeeft (voor de deelkopie). */
  intern?: readonly string[];
  /** Koppen die de gebruiker wil delen (--deel-kolom). */
  deel?: readonly string[];
  /** Alleen deze werknemer in de deelkopie (--werknemer: personeelsnummer of naam). */
  werknemer?: string | null;
  /** De schrijver van deze run: kent de invoer (nooit overschrijven) en wat al geschreven is. */
  schrijver?: Schrijver;
  /**
   * Krijgt elk beoordeelde dossier zodra het klaar is (JSON en CSV schrijven zo per dossier weg). Dan
   * bewaart de uitslag de evaluaties niet: het geheugen blijft dat van één dossier, niet van het register.
   * Geeft hij een belofte (de uitvoer moet eerst weg: back-pressure), dan wacht de scan daarop.
   */
  perDossier?: (r: RegisterUitslag, e: DossierEvaluatie) => void | Promise<void>;
  /** Bij een stroom: een nieuw register begint (vóór zijn eerste dossier). */
  perRegister?: (r: RegisterUitslag) => void | Promise<void>;
  /**
   * Nee: de dossiers niet beoordelen (geen tijdlijnen, geen evaluaties, telling 0); alleen lezen. Voor
   * `statistiek`, dat alleen de ziekmeldingen telt.
   */
  beoordelen?: boolean;
}

export const FORMULE_ZONDER_WAARDE = "Formule zonder berekende waarde: open en bewaar het bestand in Excel.";
export const ONVERWACHTE_FOUT = "Het bestand kon door een onverwachte fout in de scanner niet gelezen worden; het is overgeslagen. Meld dit graag, zonder het bestand mee te sturen.";

/** Meer formules zonder waarde dan dit in één kolom: één melding voor de kolom i.p.v. één per cel. */
const FORMULES_PER_CEL_MAX = 10;

/**
 * Formules zonder opgeslagen uitkomst in de kolommen van het register: de lezer zag een lege cel (en
 * zei bij de eerste ziektedag "ontbreekt"); hier wordt dat de echte reden.
 */
function formuleProblemen(register: Register, blok: Blok): Probleem[] {
  if (blok.formulesZonderWaarde.length === 0) return [];
  const perKolom = new Map(register.kolommen.map((k) => [k.kolom, k]));
  const gevonden = new Map<number, number[]>();
  for (const f of blok.formulesZonderWaarde) {
    if (f.rij <= register.koprij || !perKolom.has(f.kolom)) continue;
    gevonden.set(f.kolom, [...(gevonden.get(f.kolom) ?? []), f.rij]);
  }
  const uit: Probleem[] = [];
  for (const [kolom, rijen] of gevonden) {
    const k = perKolom.get(kolom)!;
    const basis = { code: "FORMULE_ZONDER_WAARDE", ernst: "fout" as const, kolom: k.kop, kolomLetter: kolomLetter(kolom), veld: k.veld };
    if (rijen.length <= FORMULES_PER_CEL_MAX) {
      for (const rij of rijen) uit.push({ ...basis, rij, melding: FORMULE_ZONDER_WAARDE });
    } else {
      uit.push({
        ...basis,
        rij: rijen[0],
        melding: `${rijen.length} cellen (rij ${rijen[0]} t/m ${rijen[rijen.length - 1]}) bevatten een formule zonder berekende waarde: open en bewaar het bestand in Excel.`,
      });
    }
  }
  return uit;
}

const LOS: Blok = { blad: "", rijOffset: 1, kolomOffset: 1, waarden: [], formulesZonderWaarde: [] };

/**
 * De grens van --max-mb voor wat de kopie uitpakt (dezelfde als voor het lezen): een onderdeel dat de kopie wel
 * moet aanvullen en tot een zipbom uitpakt, stopt met een eigen reden. Onderdelen die de kopie niet nodig heeft,
 * worden niet uitgepakt (ze gaan met hun gecomprimeerde bytes mee).
 */
function kopieTeller(limieten: Limieten): Teller {
  let uitgepakt = 0;
  return {
    tel(bytes: number) {
      uitgepakt += bytes;
      if (uitgepakt > limieten.maxUitgepakt) {
        throw new PakketFout(
          `De werkmap pakt voor de gekleurde kopie uit tot meer dan ${mbTekst(limieten.maxUitgepakt)} (een zipbom of een onredelijk groot werkblad); er is geen kopie gemaakt. Verhoog zo nodig de grens met --max-mb.`,
        );
      }
    },
  };
}

export async function scanBestand(bestand: string, opties: ScanOpties): Promise<BestandUitslag> {
  const uitslag: BestandUitslag = { bestand, registers: [], fout: null, onleesbaar: false, kopie: null };
  try {
    return await scan(bestand, opties, uitslag);
  } catch (e) {
    // Een melding van de lezer is al Nederlands; al het andere is een fout van ons: nooit een JS-melding tonen.
    uitslag.registers = [];
    uitslag.fout = e instanceof LeesFout ? e.message : ONVERWACHTE_FOUT;
    uitslag.onleesbaar = true;
    return uitslag;
  }
}

/**
 * Lees blok i tot een register (met de formuleproblemen) en laat de ruwe celwaarden daarna los: bij
 * 50.000 rijen scheelt dat de helft van de geheugenpiek tijdens het doorrekenen.
 */
function leesBlok(blokken: Blok[], i: number, datumsysteem: Datumsysteem, gezien?: GezienBlad[], kolommen?: Readonly<Record<string, string>>, bewaarCellen = false): RegisterDeel | null {
  const blok = blokken[i];
  blokken[i] = LOS;
  const gestroomd = blok.gestroomd;
  blok.gestroomd = undefined;
  const deel = gestroomd ? gestroomd.deel : leesRegisterDeel(blok.waarden, {
    datumsysteem,
    rijOffset: blok.rijOffset,
    kolomOffset: blok.kolomOffset,
    blad: blok.blad || undefined,
    tabel: blok.tabel,
    jsDatumUtc: true,
    kolommen,
    // Zonder kopie zijn de cellen na het lezen van een rij niet meer nodig: niet cellen én rijen tegelijk houden.
    rijenLoslaten: !bewaarCellen,
  });
  if (!deel) {
    // Geen kopregel: onthoud wat er wel staat, voor de reden als de hele werkmap niet te beoordelen is.
    const k = kandidaatKoppen(gestroomd ? gestroomd.kopRijen : blok.waarden);
    if (k) gezien?.push({ blad: blok.blad, koppen: k.koppen });
    return null;
  }
  const register = deel.register;
  // Wat de lezer anders las dan Excel het toont (rijen onder een tabel die niet meegroeide): als waarschuwing.
  voegBlokMeldingenToe(register, blok);
  const formules = formuleProblemen(register, blok);
  if (formules.length) {
    // "De eerste ziektedag ontbreekt" op een cel met een formule zonder waarde: vervangen door de echte reden.
    const plek = new Set(formules.map((p) => `${p.rij}:${p.kolom}`));
    register.problemen = [...register.problemen.filter((p) => !(p.code === "GEEN_EERSTE_ZIEKTEDAG" && plek.has(`${p.rij}:${p.kolom}`))), ...formules].sort(
      (a, b) => (a.rij ?? 0) - (b.rij ?? 0),
    );
  }
  return deel;
}

/**
 * Alle blokken van een werkmap tot registers (bladen samengeteld). Een eigen, synchrone functie: zo blijven de
 * gelezen rijen (RegisterDeel) niet op de stapel van `scan` staan terwijl de dossiers doorgerekend worden
 * (bij 50.000 rijen 25 MB die anders tot het eind van het bestand bleef).
 */
function leesRegisters(
  blokken: Blok[],
  datumsysteem: Datumsysteem,
  peildatum: Dag,
  bewaarCellen: boolean,
  kolommen?: Readonly<Record<string, string>>,
  uitgesteld = false,
): { registers: Register[]; blokVan: (Blok | null)[]; gezien: GezienBlad[] } {
  const delen: RegisterDeel[] = [];
  const gezien: GezienBlad[] = [];
  const blokVan: (Blok | null)[] = [];
  for (let i = 0; i < blokken.length; i++) {
    const blok = bewaarCellen ? blokken[i] : null;
    const deel = leesBlok(blokken, i, datumsysteem, gezien, kolommen, bewaarCellen);
    if (!deel) continue;
    delen.push(deel);
    blokVan.push(blok);
  }
  // Zonder kopie en met beoordeling worden de dossiers pas gemaakt als ze beoordeeld worden (issue 22): de
  // statistiek en de kopieën hebben ze allemaal tegelijk nodig.
  return { registers: voegBladenSamen(delen, peildatum, { uitgesteld }), blokVan, gezien };
}

/** Een DossierBron waarvan de rijen losgelaten zijn: het aantal blijft bekend, een dossier maken kan niet meer. */
function losgelatenBron(aantal: number): DossierBron {
  return {
    aantal,
    maak: () => {
      throw new Error("De dossiers van dit register zijn al beoordeeld en losgelaten.");
    },
  };
}

async function scan(bestand: string, opties: ScanOpties, uitslag: BestandUitslag): Promise<BestandUitslag> {
  const kopie = !!(opties.markeerMap || opties.deelkopieMap);
  // De kolomkeuze: die van --kolommen (voor alle werkmappen), per kop overschreven door wat het taakvenster in
  // deze werkmap bewaarde (één keuze, beide hosts). Eén keer bepaald, ook als de stroom hem al vroeg.
  let keuze: Promise<Record<string, string> | undefined> | undefined;
  const kolomkeuzeVan = (bytes: Buffer | undefined) => (keuze ??= kolomkeuze(bytes, opties.instellingen.kolommen));
  // Zonder kopie worden bladen zonder tabel al tijdens het lezen rij voor rij tot register gelezen (issue 22): geen
  // matrix met alle cellen. Een kopie heeft de cellen nodig (het kleurplan en de deelkopie kijken wat er staat).
  const gelezen = await leesBestand(
    bestand,
    opties.limieten ?? STANDAARD_LIMIETEN,
    kopie ? undefined : async (bytes, blad, datumsysteem) => new RegisterStroom({ datumsysteem, blad: blad || undefined, jsDatumUtc: true, kolommen: await kolomkeuzeVan(bytes) }),
  );
  // De gelezen bytes blijven alleen bewaard voor een kopie: die wordt ervan gemaakt (één keer lezen).
  const bron = kopie ? gelezen.bytes! : null;
  const kolommen = await kolomkeuzeVan(gelezen.bytes);
  delete gelezen.bytes;
  const datumsysteem = gelezen.datumsysteem;
  const plannen: MarkeringPlan[] = [];
  // Eerst alle bladen lezen: één werknemer kan op meer bladen staan (een archief), en zijn perioden tellen
  // samen (voegBladenSamen). Alleen voor een gekleurde kopie of een deelkopie blijven de ruwe cellen bewaard
  // (het plan kijkt wat er in de cel staat); anders worden ze per blok losgelaten.
  // De dossiers uitgesteld (één voor één gemaakt) behalve voor de deelkopie en de statistiek, die ze allemaal
  // tegelijk nodig hebben; het kleurplan wordt dossier voor dossier gebouwd (MarkeringPlanBouwer).
  const { registers, blokVan, gezien } = leesRegisters(gelezen.blokken, datumsysteem, opties.peildatum, kopie, kolommen, !opties.deelkopieMap && opties.beoordelen !== false);
  for (let i = 0; i < registers.length; i++) {
    const register = registers[i];
    const blok = blokVan[i];
    blokVan[i] = null;
    const ru: RegisterUitslag = { blad: register.blad ?? "", tabel: register.tabel ?? null, register, evaluaties: [], problemen: [], telling: { dossiers: 0, teLaat: 0, binnenkort: 0 } };
    const stroom = opties.perDossier;
    if (stroom) await opties.perRegister?.(ru);
    // Het kleurplan (een archief is geschiedenis: niet gekleurd als werk) wordt dossier voor dossier gebouwd:
    // de tijdlijnen hoeven niet allemaal bewaard te worden tot het plan gemaakt is.
    const plan =
      opties.markeerMap && !register.archief
        ? new MarkeringPlanBouwer(register, {
            index: plannen.length + 1,
            datumsysteem,
            horizonDagen: opties.instellingen.horizonDagen,
            celInhoud: (rij, kolom) => blok!.waarden[rij - blok!.rijOffset]?.[kolom - blok!.kolomOffset],
          })
        : null;
    if (opties.beoordelen === false) ru.problemen = [...register.problemen];
    else {
      // Dossier voor dossier: vraagt de afnemer te wachten (een trage lezer van de uitvoer), dan wacht de
      // evaluatie mee; er wordt nooit uitvoer opgespaard.
      const stap = evalueerDossiers(register, opties.peildatum, opties.instellingen, plan ? (x) => plan.voegToe(x.dossier, x.tijdlijn) : false);
      for (let r = stap.next(); ; r = stap.next()) {
        if (r.done) {
          ru.problemen = r.value.problemen;
          break;
        }
        telDossier(ru.telling, r.value);
        if (!stroom) ru.evaluaties.push(r.value);
        else {
          const wacht = stroom(ru, r.value);
          if (wacht) await wacht;
        }
      }
    }
    uitslag.registers.push(ru);
    if (opties.deelkopieMap) {
      try {
        const dk = await schrijfDeelkopie(bestand, blok!, register, {
          map: opties.deelkopieMap,
          intern: opties.intern ?? [],
          deel: opties.deel,
          naam: opties.kopieNaam,
          schrijver: opties.schrijver,
          datumsysteem,
          peildatum: opties.peildatum,
          instellingen: opties.instellingen,
          werknemer: opties.werknemer,
          bron: bron!,
        });
        // Met --werknemer en niemand van die naam of dat nummer in dit register: geen deelkopie van dit register.
        if (dk) {
          (uitslag.deelkopieen ??= []).push(dk);
          (uitslag.uitvoer ??= []).push({ soort: "deelkopie", pad: dk.pad, fout: null });
        }
      } catch (e) {
        const reden = e instanceof SchrijfFout ? e.message : "De deelkopie kon door een onverwachte fout in de scanner niet gemaakt worden. Meld dit graag, zonder het bestand mee te sturen.";
        (uitslag.uitvoer ??= []).push({ soort: "deelkopie", pad: null, fout: reden });
        meld(uitslag, reden);
      }
    }
    if (plan) plannen.push(plan.klaar());
  }
  // Alles is beoordeeld: de gelezen rijen (de opslag achter de uitgestelde dossiers; bij 1.000.000 rijen ~130 MB)
  // zijn niet meer nodig. Het rapport wordt pas hierna geschreven (issue 22). Pas nu: een dossier kan rijen van
  // een ander blad van deze werkmap lezen.
  for (const r of registers) if (r.dossierBron) r.dossierBron = losgelatenBron(r.dossierBron.aantal);
  if (uitslag.registers.length === 0) {
    // Niet te beoordelen is een mislukking, geen "niets te doen": met de koppen die er wel staan.
    uitslag.fout = geenRegisterTekst(gezien);
    uitslag.nietTeBeoordelen = true;
    return uitslag;
  }
  if (opties.markeerMap) {
    if (gelezen.soort !== "xlsx") {
      uitslag.fout = "Van een CSV-bestand wordt geen gekleurde kopie gemaakt (alleen van .xlsx en .xlsm).";
      return uitslag;
    }
    const doel = path.resolve(opties.markeerMap, opties.kopieNaam ?? path.basename(bestand));
    try {
      // De bytes die gelezen zijn, niet het bestand van nu (dat kan intussen vervangen zijn).
      const invoer = bron!;
      // De kopie gaat stuk voor stuk naar schijf (nooit als geheel in het geheugen); wat niet aan te vullen is,
      // meldt markeerKopieStroom al vóór het schrijven.
      uitslag.kopie = (await schrijfKopie(bestand, doel, await markeerKopieStroom(invoer, plannen, kopieTeller(opties.limieten ?? STANDAARD_LIMIETEN)), opties.schrijver)).pad;
      (uitslag.uitvoer ??= []).push({ soort: "markeer", pad: uitslag.kopie, fout: null });
      if (plannen.length && (await structuurBeveiligd(invoer))) {
        meld(
          uitslag,
          "De structuur van deze werkmap is beveiligd (Controleren › Werkmap beveiligen); de gekleurde kopie heeft toch een zeer verborgen blad met de termijnen en het blad 'Poortwachter legenda' gekregen. De beveiliging zelf is ongewijzigd.",
        );
      }
      if (await ondertekend(invoer)) {
        meld(
          uitslag,
          "De werkmap is digitaal ondertekend. De gekleurde kopie is gewijzigd en heeft daarom geen handtekening (die zou ongeldig zijn); de invoer houdt haar handtekening. Onderteken de kopie zo nodig opnieuw.",
        );
      }
    } catch (e) {
      // Een kopie die niet lukt stopt de scan niet: de melding staat bij dit bestand, de rest gaat door.
      const reden = e instanceof KopieFout || e instanceof PakketFout ? e.message : "De gekleurde kopie kon door een onverwachte fout in de scanner niet gemaakt worden; de andere bestanden gaan door. Meld dit graag, zonder het bestand mee te sturen.";
      (uitslag.uitvoer ??= []).push({ soort: "markeer", pad: null, fout: reden });
      meld(uitslag, reden);
    }
  }
  return uitslag;
}

/** De kolomkeuze voor één werkmap: die van de opties, aangevuld en per kop overschreven door de bewaarde keuze in het bestand. */
async function kolomkeuze(bytes: Buffer | undefined, algemeen: Readonly<Record<string, string>> | undefined): Promise<Record<string, string> | undefined> {
  let bewaard: Record<string, string> | undefined;
  if (bytes && bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    try {
      const w = (await invoegtoepassingEigenschappen(bytes)).get(INSTELLINGEN_SLEUTEL);
      // zod (de validatie) pas laden als het taakvenster instellingen in de werkmap bewaarde.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (w !== undefined) bewaard = (require("../core/instellingen-lezen") as typeof InstellingenLezen).leesBewaardeInstellingen(w).instellingen.kolommen;
    } catch {
      // Een pakket dat de lezer wel las maar waarvan de instellingen onleesbaar zijn: dan alleen --kolommen.
    }
  }
  if (!bewaard) return algemeen ? { ...algemeen } : undefined;
  return { ...algemeen, ...bewaard };
}

