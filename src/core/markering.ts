/**
 * Het kleurplan voor "Markeer termijnen", gedeeld door het taakvenster (Office.js) en de scanner (src/pakket, src/cli/pakket).
 *
 * Excel rekent geen aangepaste functies uit in voorwaardelijke opmaak, en de kleuren moeten ook zonder de
 * invoegtoepassing elke dag kloppen. Daarom:
 *  1. de berekende termijnen komen als gewone getallen (datumserienummers) in een verborgen blad dat van de
 *     invoegtoepassing is (`PW_T_<n>`): een opzoektabel met één rij per dossier, in kolom A de sleutel van
 *     zijn registerrij (eerste ziektedag en personeelsnummer, of anders de werknemer), in B de eerste
 *     ziektedag van de engine, dan per mijlpaalkolom de termijn en de dag waarop "binnenkort" begint;
 *  2. een werkmapnaam `PW_T_<n>` verwijst naar die tabel (namen werken in voorwaardelijke opmaak in elke
 *     Excel-versie, directe verwijzingen naar een ander blad niet);
 *  3. per mijlpaalkolom regels met `TODAY()` die de rij opzoeken met MATCH op de eigen sleutelcellen van de
 *     rij (nooit op het rijnummer: sorteren, filteren, invoegen en verwijderen laten de kleur bij de persoon)
 *     en hetzelfde toetsen als de engine: staat er een datum in de cel (ISNUMBER, niet vóór de eerste
 *     ziektedag en niet na vandaag), dan is de stap gedaan; tekst, een foutwaarde of een datum in de toekomst
 *     is geen datum van uitvoering en de stap blijft open. `TODAY()` is vluchtig, dus de kleuren schuiven
 *     elke dag mee. Een rij die niet in de tabel staat (later toegevoegd) krijgt geen kleur.
 * De regels sluiten elkaar uit, zodat hun volgorde en "stoppen indien waar" er niet toe doen.
 * Zuiver: geen Office en geen I/O; de adapters voeren het plan uit (formule, kleuren, volgorde, legenda).
 */
import { naarExcelSerienummer, type Dag, type Datumsysteem } from "./dagen";
import { plekVan, type RegisterDossier } from "./dossier";
import { MIJLPAAL_CODES, type MijlpaalCode } from "./mijlpalen";
import type { Mijlpaal, Tijdlijn } from "./tijdlijn";

export const MARKERING_PREFIX = "PW_T_";
/**
 * Kenmerk in cel A1 van elk verborgen blad van de invoegtoepassing (rij 1 is nooit een gegevensrij): zo is
 * een blad `PW_T_<n>` aantoonbaar van ons en blijft een eigen blad van de gebruiker met zo'n naam staan.
 */
export const MARKERING_KENMERK = "Poortwachter-markering: termijnen voor de kleuren. Niet wijzigen.";

/** Het zichtbare legendablad dat de invoegtoepassing naast de gemarkeerde registers zet (nooit in cellen van de gebruiker). */
export const LEGENDA_BLAD = "Poortwachter legenda";
/** De titel in A1 van het legendablad: daaraan herkennen de hosts hun eigen legenda. */
export const LEGENDA_TITEL = "Poortwachter: betekenis van de kleuren in de mijlpaalkolommen";

/**
 * Soorten markering. `volgende-te-laat` en `volgende-binnenkort` gelden alleen voor de kolom "Laatste
 * evaluatie" met een ingevulde datum: die datum klopt, maar de vólgende evaluatie is te laat of binnenkort.
 * Die cel krijgt daarom geen rode of oranje vulling (dat leest als "deze datum is fout") maar gekleurde,
 * vette tekst.
 */
export type MarkeringSoort = "nvt" | "gedaan" | "te-laat" | "binnenkort" | "volgende-te-laat" | "volgende-binnenkort";

export interface MarkeringStijl {
  /** Vulkleur, of null: de vulling van de gebruiker blijft staan. */
  vulling: string | null;
  tekst: string;
  vet: boolean;
}

/** Excels eigen stijlen voor voorwaardelijke opmaak: lichte vulling met donkere tekst (goed leesbaar). */
export const MARKERING_KLEUREN: Readonly<Record<MarkeringSoort, MarkeringStijl>> = {
  "te-laat": { vulling: "#FFC7CE", tekst: "#9C0006", vet: false },
  binnenkort: { vulling: "#FFEB9C", tekst: "#9C5700", vet: false },
  gedaan: { vulling: "#C6EFCE", tekst: "#006100", vet: false },
  nvt: { vulling: "#E7E6E6", tekst: "#595959", vet: false },
  "volgende-te-laat": { vulling: null, tekst: "#C00000", vet: true },
  "volgende-binnenkort": { vulling: null, tekst: "#9C5700", vet: true },
};

/** De uitleg per soort, zoals de legenda (in de kopie en in het taakvenster) hem toont. */
export const MARKERING_UITLEG: Readonly<Record<MarkeringSoort, string>> = {
  "te-laat": "Te laat: de termijn is verstreken en er staat geen datum in de cel.",
  binnenkort: "Binnenkort: de termijn verloopt binnen de horizon, of het venster (eerstejaarsevaluatie, WIA-aanvraag) is open.",
  gedaan: "Gedaan: er staat een datum in de cel (ook als die te laat was).",
  nvt: "N.v.t.: de stap hoeft niet (hersteld, uitzondering, of \"n.v.t.\" in de cel).",
  "volgende-te-laat": "Laatste evaluatie in rode vette tekst: de datum klopt, maar de vólgende evaluatie is te laat.",
  "volgende-binnenkort": "Laatste evaluatie in oranje vette tekst: de datum klopt; de vólgende evaluatie moet binnenkort.",
};

export interface MarkeringRegel {
  soort: MarkeringSoort;
  /** A1-bereik op het registerblad, bijvoorbeeld "F5:F30". */
  bereik: string;
  /** Engelse formule met ",", relatief aan de linkerbovencel van het bereik, met "=" ervoor. */
  formule: string;
  /** Prioriteit (1 = eerst); de regels sluiten elkaar uit, dus de volgorde verandert geen kleur. */
  volgorde: number;
  /** De opmaak: vulling (of null = geen), tekstkleur, vet. */
  stijl: MarkeringStijl;
}

export interface MarkeringKolom {
  /** Kolom in het verborgen blad, 1-based. */
  kolom: number;
  eersteRij: number;
  /** Eén waarde per tabelrij (dossier): sleutel, serienummer, "nvt", "gedaan", of "" (geen markering). */
  waarden: (number | string)[];
}

/** Een zichtbaar legendablad van de invoegtoepassing: per regel een voorbeeldcel met zijn stijl en de uitleg. */
export interface MarkeringLegenda {
  blad: string;
  titel: string;
  regels: { voorbeeld: string; stijl: MarkeringStijl | null; uitleg: string }[];
}

export interface MarkeringPlan {
  blad: string;
  verborgenBlad: string;
  naam: string;
  naamVerwijzing: string;
  kolommen: MarkeringKolom[];
  regels: MarkeringRegel[];
  /** De cellen die een rij herkenbaar maken (de sleutel), of null als het register geen eerste ziektedag heeft. */
  sleutel?: SleutelKolommen | null;
  /** Aantal dossiers in de opzoektabel (rijen op het verborgen blad). */
  dossiers?: number;
  /** Het legendablad dat de host naast het register zet (één per werkmap, ook bij meer registers). */
  legenda?: MarkeringLegenda;
}

export interface MarkeringOpties {
  /** Volgnummer van het register in de werkmap (1, 2, …): bepaalt de naam van het verborgen blad. */
  index: number;
  datumsysteem: Datumsysteem;
  horizonDagen: number;
  /**
   * De inhoud van een cel van het registerblad (rij, kolom 1-based), zoals de lezer hem kreeg. Met deze
   * functie weet het plan of een gedane stap uit een echte datum in die cel komt; zo niet (een tekstdatum,
   * of een datum uit een eerdere rij van een samengesteld dossier), dan legt het plan "gedaan" vast. En de
   * sleutel van elke rij komt uit deze cellen, precies zoals de regelformule hem uit het blad leest; zonder
   * deze functie neemt het plan de gelezen waarden van het dossier (minder precies, bijvoorbeeld bij
   * aparte naamkolommen).
   */
  celInhoud?: (rij: number, kolom: number) => unknown;
}

/** Kolomnummer (1-based) → letters: 1 → A, 27 → AA. */
export function kolomLetter(kolom: number): string {
  let n = kolom;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Een A1-bereik ("B3", "$B$3:$Q$40", "Blad1!A1:C5") → de rechthoek (1-based), of null als het geen bereik is. */
export function leesBereik(adres: string): { boven: number; links: number; onder: number; rechts: number } | null {
  const deel = adres.slice(adres.lastIndexOf("!") + 1).trim();
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(deel);
  if (!m) return null;
  const kol = (s: string) => [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const a = { r: +m[2], c: kol(m[1]) };
  const b = m[3] ? { r: +m[4], c: kol(m[3]) } : a;
  return { boven: Math.min(a.r, b.r), links: Math.min(a.c, b.c), onder: Math.max(a.r, b.r), rechts: Math.max(a.c, b.c) };
}

/** Bladnaam tussen enkele aanhalingstekens voor een verwijzing ('Blad 1'!A1). */
export function bladVerwijzing(blad: string): string {
  return `'${blad.replace(/'/g, "''")}'`;
}

/**
 * Eén definitie van "binnenkort", voor de engine (tijdlijn.ts, bepaalStatus) en het blad: een open stap is
 * binnenkort vanaf deze dag tot en met zijn termijn — `horizon` dagen vóór de termijn, of eerder als het
 * venster van de stap (EJE: week 46; WIA: de UWV-brief na 88 weken) dan al open is.
 */
export function binnenkortVanaf(m: Pick<Mijlpaal, "uiterlijk" | "vanaf">, horizon: number): Dag {
  return m.vanaf === null ? m.uiterlijk - horizon : Math.min(m.uiterlijk - horizon, m.vanaf);
}

/** Heeft de cel een echte datum (getal of datumcel), zoals Excels ISNUMBER hem ziet? */
function isEchteDatum(x: unknown): boolean {
  return (typeof x === "number" && Number.isFinite(x)) || x instanceof Date;
}

const MARKEERBAAR: readonly MijlpaalCode[] = MIJLPAAL_CODES.filter((c) => c !== "EWT");
const GEDAAN_STATUS = new Set(["gedaan", "te-laat-gedaan"]);

/**
 * De cellen van een registerrij die samen de sleutel van het dossier vormen (kolomnummers, 1-based): de
 * eerste ziektedag, en het personeelsnummer of (als dat leeg is of ontbreekt) de werknemer. Met de eerste
 * ziektedag erbij, omdat één werknemer meer rijen kan hebben (eerdere ziekteperioden, samentellen): alleen de
 * rij van de huidige periode is het dossier.
 */
export interface SleutelKolommen {
  eersteZiektedag: number;
  personeelsnummer?: number;
  werknemer?: number;
}

/** Kolom A van het verborgen blad: de sleutel; kolom B: de eerste ziektedag die de engine gebruikte. */
export const SLEUTEL_KOLOM = 1;
export const ZIEKTEDAG_KOLOM = 2;
/** De eerste tabelrij op het verborgen blad (A1 draagt het kenmerk). */
export const TABEL_EERSTE_RIJ = 2;
/** Excel: MATCH geeft #WAARDE! voor een zoekwaarde langer dan 255 tekens. */
const MAX_SLEUTEL = 255;

/** Wat Excel van een cel maakt met `cel&""`, of null als dat niet zeker hetzelfde is in Excel en LibreOffice. */
function celTekst(x: unknown): string | null {
  if (x === null || x === undefined) return "";
  if (typeof x === "string") return x;
  // Een geheel getal wordt in elke taalinstelling dezelfde cijfers; een breuk niet ("1,5" of "1.5").
  if (typeof x === "number") return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : null;
  return null;
}

/** De eerste ziektedag zoals de sleutelformule hem maakt: een getal (datum) als geheel serienummer, anders de tekst. */
function dagTekst(x: unknown, systeem: Datumsysteem): string | null {
  if (x instanceof Date) {
    if (Number.isNaN(x.getTime())) return null;
    x = x.getTime() / 86_400_000 + 25569 - (systeem === "1904" ? 1462 : 0);
  }
  if (typeof x === "number") return Number.isFinite(x) && Math.abs(x) < 1e15 ? String(Math.floor(x)) : null;
  return celTekst(x);
}

/** Jokertekens van MATCH (Excel en LibreOffice) onschadelijk maken: ~ * ? krijgen een ~ ervoor. */
export function zonderJokers(s: string): string {
  return s.replace(/[~*?]/g, (c) => `~${c}`);
}

/**
 * De sleutel van een rij, precies zoals `sleutelFormule` hem in Excel en LibreOffice uitrekent:
 * "<eerste ziektedag>|<personeelsnummer, of anders de werknemer>". Null als de rij geen betrouwbare sleutel
 * heeft (een foutwaarde, een gebroken getal, een te lange tekst): zo'n rij krijgt geen kleur, nooit een
 * verkeerde.
 */
export function rijSleutel(cel: (kolom: number) => unknown, k: SleutelKolommen, systeem: Datumsysteem): string | null {
  const dag = dagTekst(cel(k.eersteZiektedag), systeem);
  if (dag === null || dag === "") return null;
  let id = "";
  if (k.personeelsnummer !== undefined) {
    const p = celTekst(cel(k.personeelsnummer));
    if (p === null) return null;
    id = p;
  }
  if (id === "" && k.werknemer !== undefined) {
    const n = celTekst(cel(k.werknemer));
    if (n === null) return null;
    id = n;
  }
  const s = `${dag}|${id}`;
  // Office.js leest een tekst die met = + - @ begint als formule; zulke eerste ziektedagen zijn toch geen datum.
  if (/^[=+\-@]/.test(s) || zonderJokers(s).length > MAX_SLEUTEL) return null;
  return s;
}

/**
 * De sleutel van de rij van `cel` als formule (rij relatief, kolom absoluut, dus goed in elke rij van het
 * bereik en na invoegen, verwijderen en sorteren): `IF(ISNUMBER(D),INT(D)&"",D&"")&"|"&IF(P&""<>"",P&"",N&"")`,
 * met de jokertekens onschadelijk gemaakt voor MATCH.
 */
export function sleutelFormule(k: SleutelKolommen, rij: number): string {
  const ref = (kolom: number) => `$${kolomLetter(kolom)}${rij}`;
  const D = ref(k.eersteZiektedag);
  const P = k.personeelsnummer !== undefined ? ref(k.personeelsnummer) : null;
  const N = k.werknemer !== undefined ? ref(k.werknemer) : null;
  const id = P && N ? `IF(${P}&""<>"",${P}&"",${N}&"")` : P ? `${P}&""` : N ? `${N}&""` : `""`;
  const s = `IF(ISNUMBER(${D}),INT(${D})&"",${D}&"")&"|"&${id}`;
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${s},"~","~~"),"*","~*"),"?","~?")`;
}

/** Per gekleurde registerkolom: de kolommen in de tabel van het verborgen blad. */
interface TabelKolommen {
  code: MijlpaalCode;
  /** Termijn (serienummer), "nvt" of "gedaan". */
  termijn: number;
  /** De dag waarop "binnenkort" begint (binnenkortVanaf: de horizon, of eerder als het venster al open is). */
  binnenkort: number;
  /** Alleen EJE: de vroegste datum die als eerstejaarsevaluatie telt (het venster, niet vóór de eerste ziektedag). */
  gedaanVanaf: number | null;
}

/**
 * Stelt het kleurplan op voor één register. Dossiers zonder tijdlijn (onleesbare rijen) krijgen geen kleur.
 *
 * Het verborgen blad is een opzoektabel met één rij per dossier: in A de sleutel van zijn rij (rijSleutel),
 * in B de eerste ziektedag van de engine (bij samentellen die van de eerste periode), dan per gekleurde
 * registerkolom de termijn en het begin van "binnenkort" (en voor de EJE het begin van het venster). De regels
 * zoeken de rij op met MATCH op de eigen sleutelcellen: de kleur hoort bij de persoon, niet bij de plek.
 */
export function maakMarkeringPlan(
  register: { blad?: string; eersteRij: number; laatsteRij: number },
  items: readonly { dossier: RegisterDossier; tijdlijn: Tijdlijn | null }[],
  opties: MarkeringOpties,
): MarkeringPlan {
  const b = new MarkeringPlanBouwer(register, opties);
  for (const { dossier, tijdlijn } of items) b.voegToe(dossier, tijdlijn);
  return b.klaar();
}

/**
 * De waarden van de tabelrijen, compact (issue 22: bij 100.000 rijen waren het 63.000 Maps met elk ~11 objecten,
 * ~70 MB): per rij vanaf `begin[i]` groepjes van vier getallen (registerkolom, termijn, begin van "binnenkort",
 * begin van het EJE-venster). Een termijn is een serienummer, of NVT / GEDAAN; GEEN = leeg.
 */
const GEEN = -2147483648;
const NVT = -1;
const GEDAAN = -2;

class PlanWaarden {
  private data = new Int32Array(1024);
  private lengte = 0;
  readonly begin: number[] = [];
  readonly einde: number[] = [];
  /** Begin een nieuwe rij (die van het dossier dat nu toegevoegd wordt). */
  nieuweRij(): void {
    this.begin.push(this.lengte);
    this.einde.push(this.lengte);
  }
  /** Zet de waarden van `kolom` in de laatste rij (een tweede keer dezelfde kolom overschrijft, zoals een Map). */
  zet(kolom: number, termijn: number, binnenkort: number, gedaanVanaf: number): void {
    const r = this.begin.length - 1;
    let p = this.begin[r];
    while (p < this.einde[r] && this.data[p] !== kolom) p += 4;
    if (p === this.einde[r]) {
      if (this.lengte + 4 > this.data.length) {
        const d = new Int32Array(this.data.length * 2);
        d.set(this.data);
        this.data = d;
      }
      p = this.lengte;
      this.lengte += 4;
      this.einde[r] = this.lengte;
    }
    this.data[p] = kolom;
    this.data[p + 1] = termijn;
    this.data[p + 2] = binnenkort;
    this.data[p + 3] = gedaanVanaf;
  }
  /** Laat de laatste rij vallen (het dossier krijgt geen tabelrij). */
  vergeetRij(): void {
    this.lengte = this.begin.pop()!;
    this.einde.pop();
  }
  /** Waarde `veld` (1 termijn, 2 binnenkort, 3 gedaanVanaf) van `kolom` in rij r, of undefined zonder. */
  waarde(r: number, kolom: number, veld: 1 | 2 | 3): number | undefined {
    for (let p = this.begin[r]; p < this.einde[r]; p += 4) if (this.data[p] === kolom) return this.data[p + veld];
    return undefined;
  }
}

/** Een waarde in de tabel van het verborgen blad: serienummer, "nvt", "gedaan" of "" (leeg). */
function tabelWaarde(w: number | undefined): number | string {
  return w === undefined || w === GEEN ? "" : w === NVT ? "nvt" : w === GEDAAN ? "gedaan" : w;
}

/**
 * maakMarkeringPlan dossier voor dossier: `voegToe` per dossier (op registervolgorde, ook de dossiers zonder
 * tijdlijn), dan `klaar`. Zo hoeft de scanner de tijdlijnen niet allemaal vast te houden tot het plan gemaakt
 * wordt (issue 22); de bouwer bewaart per dossier alleen de sleutel en de termijnen van zijn rij.
 */
export class MarkeringPlanBouwer {
  private readonly naam: string;
  private readonly serie: (d: Dag) => number;
  /** De sleutelkolommen: uit de kolomkaart van het eerste dossier (één kaart per register, gedeeld door de dossiers). */
  private kaart: Readonly<Record<string, number>> | null = null;
  private sleutelKolommen: SleutelKolommen | null = null;
  /** Per tabelrij de sleutel, de eerste ziektedag en (in `waarden`) de termijnen. */
  private readonly sleutels: string[] = [];
  private readonly ziektedagen: number[] = [];
  private readonly waarden = new PlanWaarden();
  private readonly perSleutel = new Map<string, number>();
  private readonly dubbel = new Set<string>();
  private readonly perKolom = new Map<number, MijlpaalCode>();

  constructor(
    private readonly register: { blad?: string; eersteRij: number; laatsteRij: number },
    private readonly opties: MarkeringOpties,
  ) {
    this.naam = `${MARKERING_PREFIX}${opties.index}`;
    this.serie = (d: Dag) => naarExcelSerienummer(d, opties.datumsysteem);
  }

  voegToe(dossier: RegisterDossier, tijdlijn: Tijdlijn | null): void {
    if (this.kaart === null && dossier.kolommen) {
      const kaart = (this.kaart = dossier.kolommen);
      this.sleutelKolommen =
        kaart.eersteZiektedag === undefined
          ? null
          : {
              eersteZiektedag: kaart.eersteZiektedag,
              ...(kaart.personeelsnummer !== undefined ? { personeelsnummer: kaart.personeelsnummer } : {}),
              ...(kaart.werknemer !== undefined ? { werknemer: kaart.werknemer } : {}),
            };
    }
    const { opties, register, serie, sleutelKolommen, perKolom } = this;
    const eersteRij = register.eersteRij;
    // Twee verschillende dossiers met dezelfde sleutel (MATCH kent geen hoofdletters) krijgen allebei geen
    // kleur: liever geen kleur dan die van een ander.
    const celVan = (kolom: number): unknown => {
      if (opties.celInhoud) return opties.celInhoud(dossier.rij!, kolom);
      // Zonder de cellen: de gelezen waarden (de eerste ziektedag van de huidige periode).
      if (kolom === sleutelKolommen?.eersteZiektedag) return serie(dossier.invoer.eersteZiektedag);
      if (kolom === sleutelKolommen?.personeelsnummer) return dossier.personeelsnummer;
      if (kolom === sleutelKolommen?.werknemer) return dossier.werknemer;
      return undefined;
    };
    if (!tijdlijn || !sleutelKolommen || dossier.rij === null) return;
    if (dossier.rij < eersteRij || dossier.rij > register.laatsteRij) return;
    const waarden = this.waarden;
    waarden.nieuweRij();
    for (const code of MARKEERBAAR) {
      // De evaluatie wordt gekleurd in de kolom waaruit het rapport haar las: "Laatste evaluatie", of zonder
      // die kolom de lijst "Evaluaties" (de register-lezer leidt de laatste evaluatie dan uit de lijst af).
      const plek = plekVan(dossier, code) ?? (code === "EVAL" ? plekVan(dossier, "evaluaties") : undefined);
      if (!plek) continue;
      if (!perKolom.has(plek.kolom)) perKolom.set(plek.kolom, code);
      const m = tijdlijn.mijlpalen[code];
      if (m.status === "onbekend") continue; // zonder kolom geen cel; en nooit een oordeel over wat onbekend is
      if (m.status === "nvt") waarden.zet(plek.kolom, NVT, GEEN, GEEN);
      else if (GEDAAN_STATUS.has(m.status) && opties.celInhoud && !isEchteDatum(opties.celInhoud(plek.rij, plek.kolom))) waarden.zet(plek.kolom, GEDAAN, GEEN, GEEN);
      else
        waarden.zet(
          plek.kolom,
          serie(m.uiterlijk),
          // "binnenkort" op het blad = dezelfde functie als de status van de engine.
          serie(binnenkortVanaf(m, opties.horizonDagen)),
          // Een EJE vóór het venster (week 46) is een gewone evaluatie, geen eerstejaarsevaluatie (Regeling
          // procesgang art. 4): zoals in de engine (regels/eerste-jaar.ts) telt zij dan niet als gedaan.
          code === "EJE" && m.vanaf !== null ? serie(Math.max(m.vanaf, tijdlijn.eersteZiektedag)) : GEEN,
        );
    }
    const sleutel = rijSleutel(celVan, sleutelKolommen, opties.datumsysteem);
    const hoofd = sleutel === null ? null : sleutel.toLocaleUpperCase();
    if (sleutel === null || hoofd === null || this.perSleutel.has(hoofd)) {
      if (hoofd !== null) this.dubbel.add(hoofd);
      waarden.vergeetRij();
      return;
    }
    this.perSleutel.set(hoofd, this.sleutels.length);
    this.sleutels.push(sleutel);
    this.ziektedagen.push(serie(tijdlijn.eersteZiektedag));
  }

  klaar(): MarkeringPlan {
    const { naam, register, opties, sleutels, ziektedagen, waarden, dubbel, perKolom, sleutelKolommen } = this;
    const eersteRij = register.eersteRij;
    // De tabelrijen: nummers in `sleutels`, zonder de sleutels die dubbel bleken.
    const tabel: number[] = [];
    for (let r = 0; r < sleutels.length; r++) if (!dubbel.has(sleutels[r].toLocaleUpperCase())) tabel.push(r);

    // De tabelkolommen: A sleutel, B eerste ziektedag, dan per registerkolom (van links naar rechts) termijn en
    // begin van "binnenkort", en voor de EJE het begin van het venster.
    const kolomNummers = [...perKolom.keys()].sort((a, b) => a - b);
    const indeling = new Map<number, TabelKolommen>();
    let volgende = ZIEKTEDAG_KOLOM + 1;
    for (const kolom of kolomNummers) {
      const code = perKolom.get(kolom)!;
      const eje = code === "EJE" && tabel.some((r) => (waarden.waarde(r, kolom, 3) ?? GEEN) !== GEEN);
      indeling.set(kolom, { code, termijn: volgende, binnenkort: volgende + 1, gedaanVanaf: eje ? volgende + 2 : null });
      volgende += eje ? 3 : 2;
    }
    const laatsteKolom = volgende - 1;
    const kolommen: MarkeringKolom[] = [];
    if (tabel.length && kolomNummers.length) {
      const kol = (kolom: number, waarden: (number | string)[]) => kolommen.push({ kolom, eersteRij: TABEL_EERSTE_RIJ, waarden });
      kol(SLEUTEL_KOLOM, tabel.map((r) => sleutels[r]));
      kol(ZIEKTEDAG_KOLOM, tabel.map((r) => ziektedagen[r]));
      for (const kolom of kolomNummers) {
        const t = indeling.get(kolom)!;
        kol(t.termijn, tabel.map((r) => tabelWaarde(waarden.waarde(r, kolom, 1))));
        kol(t.binnenkort, tabel.map((r) => tabelWaarde(waarden.waarde(r, kolom, 2))));
        if (t.gedaanVanaf !== null) kol(t.gedaanVanaf, tabel.map((r) => tabelWaarde(waarden.waarde(r, kolom, 3))));
      }
    }

    const regels: MarkeringRegel[] = [];
    if (kolommen.length && register.laatsteRij >= eersteRij) {
      for (const kolom of kolomNummers) {
        const letter = kolomLetter(kolom);
        const cel = `${letter}${eersteRij}`;
        const bereik = `${cel}:${letter}${register.laatsteRij}`;
        const t = indeling.get(kolom)!;
        regels.push(...regelsVoorKolom(naam, cel, bereik, t, sleutelFormule(sleutelKolommen!, eersteRij)));
      }
    }
    const tabelEinde = TABEL_EERSTE_RIJ + Math.max(tabel.length, 1) - 1;
    return {
      blad: register.blad ?? "",
      verborgenBlad: naam,
      naam,
      naamVerwijzing: `=${bladVerwijzing(naam)}!$A$${TABEL_EERSTE_RIJ}:$${kolomLetter(Math.max(laatsteKolom, ZIEKTEDAG_KOLOM))}$${tabelEinde}`,
      kolommen,
      regels,
      sleutel: sleutelKolommen,
      dossiers: tabel.length,
      legenda: maakLegenda(opties.horizonDagen),
    };
  }
}

/** Kleurnamen op het legendablad: de tekst in de kleurstaal (de cel heeft zelf die kleur). */
export const KLEURNAAM: Readonly<Record<MarkeringSoort, string>> = {
  "te-laat": "Rood",
  binnenkort: "Oranje",
  gedaan: "Groen",
  nvt: "Grijs",
  "volgende-te-laat": "Rode tekst",
  "volgende-binnenkort": "Oranje tekst",
};

/** Rij (1-based) van de eerste kleur op het legendablad; erboven de titel, een lege rij en de kopjes. */
const LEGENDA_EERSTE_KLEUR = 4;

/**
 * De cellen van het legendablad, in beide hosts hetzelfde: A1 de titel, rij 3 de kopjes, dan per regel in A de
 * kleurstaal (de kleurnaam; de host geeft de cel die kleur, zie `legendaStalen`) en in B de uitleg; een
 * toelichting heeft A leeg.
 */
export function legendaRaster(legenda: MarkeringLegenda): string[][] {
  return [
    [legenda.titel, ""],
    ["", ""],
    ["Kleur", "Betekenis"],
    ...legenda.regels.map((r) => [r.voorbeeld, r.uitleg]),
  ];
}

/** De kleurstalen van het legendablad: cel (A1-adres in legendaRaster) en stijl, zoals de regels op het register. */
export function legendaStalen(legenda: MarkeringLegenda): { adres: string; stijl: MarkeringStijl }[] {
  const uit: { adres: string; stijl: MarkeringStijl }[] = [];
  legenda.regels.forEach((r, i) => {
    if (r.stijl) uit.push({ adres: `A${LEGENDA_EERSTE_KLEUR + i}`, stijl: r.stijl });
  });
  return uit;
}

/**
 * De legenda: elke kleur met haar betekenis, in de woorden van het rapport, voor wie de werkmap opent zonder
 * Poortwachter (een klant, een collega): wat de kleur zegt, dat ze bij de persoon horen en wat er met een
 * nieuwe rij gebeurt.
 */
export function maakLegenda(horizon: number): MarkeringLegenda {
  const soorten: MarkeringSoort[] = ["te-laat", "binnenkort", "gedaan", "nvt", "volgende-te-laat", "volgende-binnenkort"];
  const toelichting = (uitleg: string) => ({ voorbeeld: "", stijl: null, uitleg });
  return {
    blad: LEGENDA_BLAD,
    titel: LEGENDA_TITEL,
    regels: [
      ...soorten.map((s) => ({
        voorbeeld: KLEURNAAM[s],
        stijl: MARKERING_KLEUREN[s],
        uitleg: s === "binnenkort" ? MARKERING_UITLEG[s].replace("de horizon", `${horizon} dagen`) : MARKERING_UITLEG[s],
      })),
      {
        voorbeeld: "Geen kleur",
        stijl: null,
        uitleg: "Geen kleur: nog niet aan de orde, of niet te beoordelen (ook een rij die later is toegevoegd).",
      },
      toelichting(""),
      // Korte regels (past in kolom B, ook afgedrukt): wie de werkmap zonder Poortwachter opent, leest hier alles.
      toelichting("Tekst of een foutwaarde in een mijlpaalcel (\"volgt\", \"?\", #N/B) is geen datum: de stap blijft open."),
      toelichting("De kleuren rekenen met de datum van vandaag: ze kloppen elke dag, ook zonder Poortwachter."),
      toelichting("De kleuren horen bij de persoon: u kunt sorteren, filteren en rijen invoegen of verwijderen."),
      toelichting("Een rij wordt herkend aan de eerste ziektedag en het personeelsnummer (zonder personeelsnummer: de naam)."),
      toelichting("Vult u in een rode of oranje cel een datum in (vandaag of eerder), dan telt de stap als gedaan."),
      toelichting("Termijnen die van zo'n nieuwe datum afhangen, schuiven pas mee als de termijnen opnieuw berekend zijn."),
      toelichting("Een rij die later is toegevoegd, blijft zonder kleur tot de termijnen opnieuw berekend zijn."),
      toelichting("Dat geldt ook als u de eerste ziektedag, de naam of het personeelsnummer van een rij wijzigt."),
      toelichting("Opnieuw berekenen doet wie het verzuimregister met Poortwachter bijhoudt."),
    ],
  };
}

/**
 * De regels voor één kolom. `R` zoekt de rij van het dossier in de tabel op met de sleutel uit de eigen cellen
 * van de rij (MATCH, exact); `M` is de termijn, `S` het begin van "binnenkort", `D` de eerste ziektedag (voor
 * de EJE: het begin van het venster). Een rij waarvan de sleutel niet in de tabel staat (toegevoegd na het
 * markeren, of sleutel gewijzigd) geeft #N/B en krijgt dus geen kleur, in Excel en in LibreOffice.
 * Gedaan (`K`) betekent precies wat de engine leest: een getal in de cel, niet vóór D en niet na vandaag.
 * Tekst en foutwaarden in de cel zijn geen getal: de stap is open (IF voorkomt dat een foutwaarde de regel breekt).
 * Voor EVAL (de volgende evaluatie) hoort de kleur bij de vólgende evaluatie: met een ingevulde laatste
 * evaluatie gekleurde tekst in plaats van een vulling, en groen zolang de volgende nog niet binnenkort is.
 */
function regelsVoorKolom(naam: string, cel: string, bereik: string, t: TabelKolommen, sleutel: string): MarkeringRegel[] {
  const R = `MATCH(${sleutel},INDEX(${naam},0,${SLEUTEL_KOLOM}),0)`;
  const L = (kolom: number) => `INDEX(${naam},${R},${kolom})`;
  const M = L(t.termijn);
  const S = L(t.binnenkort);
  const D = L(t.gedaanVanaf ?? ZIEKTEDAG_KOLOM);
  const K = `IF(ISNUMBER(${cel}),AND(${cel}>=${D},${cel}<TODAY()+1),FALSE)`;
  const binnen = `TODAY()>=${S}`;
  const regel = (soort: MarkeringSoort, volgorde: number, formule: string): MarkeringRegel => ({ soort, bereik, volgorde, formule, stijl: MARKERING_KLEUREN[soort] });
  if (t.code === "EVAL") {
    return [
      regel("nvt", 1, `=${M}="nvt"`),
      regel("te-laat", 2, `=AND(ISNUMBER(${M}),NOT(${K}),${M}<TODAY())`),
      regel("binnenkort", 3, `=AND(ISNUMBER(${M}),NOT(${K}),${M}>=TODAY(),${binnen})`),
      regel("volgende-te-laat", 4, `=AND(ISNUMBER(${M}),${K},${M}<TODAY())`),
      regel("volgende-binnenkort", 5, `=AND(ISNUMBER(${M}),${K},${M}>=TODAY(),${binnen})`),
      regel("gedaan", 6, `=AND(ISNUMBER(${M}),${K},${M}>=TODAY(),NOT(${binnen}))`),
    ];
  }
  return [
    regel("nvt", 1, `=${M}="nvt"`),
    regel("te-laat", 2, `=AND(ISNUMBER(${M}),NOT(${K}),${M}<TODAY())`),
    regel("binnenkort", 3, `=AND(ISNUMBER(${M}),NOT(${K}),${M}>=TODAY(),${binnen})`),
    regel("gedaan", 4, `=OR(${M}="gedaan",AND(ISNUMBER(${M}),${K}))`),
  ];
}

/** Excel vergelijkt blad- en werkmapnamen zonder hoofdlettergevoeligheid. */
export const naamSleutel = (naam: string) => naam.toLocaleUpperCase();

/** Het blad waar een naamformule naar wijst: "='PW_T_1'!$A$1:$K$9" → "PW_T_1"; null zonder blad. */
export function bladUitFormule(formule: unknown): string | null {
  if (typeof formule !== "string") return null;
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(formule.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** De naam in een eigen opmaakregel: "=INDEX(PW_T_2,ROW(D4),…)" → "PW_T_2". */
export function naamInRegel(formule: string | null | undefined): string | null {
  if (typeof formule !== "string") return null;
  const m = new RegExp(`INDEX\\((${MARKERING_PREFIX}\\d+),`, "i").exec(formule);
  return m ? m[1] : null;
}

/** Volgnummers voor de verborgen bladen en namen: 1, 2, … maar geen nummer waarvan de gebruiker de naam al heeft. */
export function vrijeNummers(aantal: number, bezet: ReadonlySet<string>): number[] {
  const uit: number[] = [];
  for (let n = 1; uit.length < aantal; n++) if (!bezet.has(naamSleutel(`${MARKERING_PREFIX}${n}`))) uit.push(n);
  return uit;
}

/**
 * Hetzelfde plan onder een ander volgnummer (blad, naam, verwijzing en elke regelformule): voor een werkmap
 * waarin de gebruiker `PW_T_<n>` al gebruikt voor een eigen blad of naam.
 */
export function hernummerPlan(plan: MarkeringPlan, index: number): MarkeringPlan {
  const nieuw = `${MARKERING_PREFIX}${index}`;
  if (plan.naam === nieuw) return plan;
  const re = new RegExp(`\\b${plan.naam}(?!\\d)`, "g");
  return {
    ...plan,
    verborgenBlad: nieuw,
    naam: nieuw,
    naamVerwijzing: plan.naamVerwijzing.replace(re, nieuw),
    regels: plan.regels.map((r) => ({ ...r, formule: r.formule.replace(re, nieuw) })),
  };
}

/** Is dit een regel die de invoegtoepassing zelf heeft toegevoegd? (voor "Markering verwijderen") */
export function isEigenRegel(formule: string | null | undefined): boolean {
  return typeof formule === "string" && new RegExp(`INDEX\\(${MARKERING_PREFIX}\\d+,`).test(formule);
}

/** Is dit een blad of naam van de invoegtoepassing (verborgen termijnblad, naam, of het legendablad)? */
export function isEigenNaam(naam: string | null | undefined): boolean {
  return typeof naam === "string" && (naam === LEGENDA_BLAD || new RegExp(`^${MARKERING_PREFIX}\\d+$`).test(naam));
}
