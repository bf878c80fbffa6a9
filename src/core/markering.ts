/**
 * Het kleurplan voor "Markeer termijnen", gedeeld door het taakvenster (Office.js) en de scanner (exceljs).
 *
 * Excel rekent geen aangepaste functies uit in voorwaardelijke opmaak, en de kleuren moeten ook zonder de
 * invoegtoepassing elke dag kloppen. Daarom:
 *  1. de berekende termijnen komen als gewone getallen (datumserienummers) in een verborgen blad dat van de
 *     invoegtoepassing is (`PW_T_<n>`), op precies dezelfde adressen als de mijlpaalcellen in het register;
 *     rechts daarvan per rij de eerste ziektedag van het dossier en, voor stappen met een venster (EJE, WIA),
 *     de dag waarop "binnenkort" begint;
 *  2. een werkmapnaam `PW_T_<n>` verwijst naar dat blad (namen werken in voorwaardelijke opmaak in elke
 *     Excel-versie, directe verwijzingen naar een ander blad niet);
 *  3. per mijlpaalkolom regels met `TODAY()` die hetzelfde toetsen als de engine: staat er een datum in de cel
 *     (ISNUMBER, niet vóór de eerste ziektedag en niet na vandaag), dan is de stap gedaan; tekst, een
 *     foutwaarde of een datum in de toekomst is geen datum van uitvoering en de stap blijft open.
 *     `TODAY()` is vluchtig, dus de kleuren schuiven elke dag mee.
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
  gedaan: "Gedaan: er staat een datum in de cel (ook als die te laat was; dat staat in het rapport).",
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
  /** Eén waarde per rij: serienummer, "nvt", "gedaan", of "" (geen markering). */
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
   * of een datum uit een eerdere rij van een samengesteld dossier), dan legt het plan "gedaan" vast.
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

/** Stelt het kleurplan op voor één register. Dossiers zonder tijdlijn (onleesbare rijen) krijgen geen kleur. */
export function maakMarkeringPlan(
  register: { blad?: string; eersteRij: number; laatsteRij: number },
  items: readonly { dossier: RegisterDossier; tijdlijn: Tijdlijn | null }[],
  opties: MarkeringOpties,
): MarkeringPlan {
  const naam = `${MARKERING_PREFIX}${opties.index}`;
  const eersteRij = register.eersteRij;
  const aantal = Math.max(0, register.laatsteRij - eersteRij + 1);
  const serie = (d: Dag) => naarExcelSerienummer(d, opties.datumsysteem);
  const perKolom = new Map<number, { code: MijlpaalCode; waarden: (number | string)[]; vanaf: (number | string)[] | null }>();
  const ziektedag = new Array<number | string>(aantal).fill("");

  for (const { dossier, tijdlijn } of items) {
    if (!tijdlijn) continue;
    for (const code of MARKEERBAAR) {
      // De evaluatie wordt gekleurd in de kolom waaruit het rapport haar las: "Laatste evaluatie", of zonder
      // die kolom de lijst "Evaluaties" (de register-lezer leidt de laatste evaluatie dan uit de lijst af).
      const plek = plekVan(dossier, code) ?? (code === "EVAL" ? plekVan(dossier, "evaluaties") : undefined);
      if (!plek || plek.rij < eersteRij || plek.rij > register.laatsteRij) continue;
      const i = plek.rij - eersteRij;
      let k = perKolom.get(plek.kolom);
      if (!k) {
        k = { code, waarden: new Array<number | string>(aantal).fill(""), vanaf: null };
        perKolom.set(plek.kolom, k);
      }
      const m = tijdlijn.mijlpalen[code];
      ziektedag[i] = serie(tijdlijn.eersteZiektedag);
      let w: number | string;
      if (m.status === "onbekend") continue; // zonder kolom geen cel; en nooit een oordeel over wat onbekend is
      if (m.status === "nvt") w = "nvt";
      else if (GEDAAN_STATUS.has(m.status) && opties.celInhoud && !isEchteDatum(opties.celInhoud(plek.rij, plek.kolom))) w = "gedaan";
      else w = serie(m.uiterlijk);
      k.waarden[i] = w;
      if (m.vanaf !== null) {
        k.vanaf ??= new Array<number | string>(aantal).fill("");
        // Het begin van het venster: "binnenkort" op het blad = binnen de horizon óf het venster is open
        // (binnenkortVanaf); voor de EJE telt een datum vóór het venster niet als eerstejaarsevaluatie.
        k.vanaf[i] = serie(m.vanaf);
      }
    }
  }

  const kolomNummers = [...perKolom.keys()].sort((a, b) => a - b);
  const breedte = kolomNummers.length ? kolomNummers[kolomNummers.length - 1] : 0;
  // Hulpkolommen rechts van het register in het verborgen blad: de eerste ziektedag, dan per kolom k het
  // begin van "binnenkort" in kolom breedte + 1 + k.
  const ziektedagKolom = breedte + 1;
  const kolommen: MarkeringKolom[] = kolomNummers.map((kolom) => ({ kolom, eersteRij, waarden: perKolom.get(kolom)!.waarden }));
  let laatsteKolom = breedte;
  if (kolomNummers.length) {
    kolommen.push({ kolom: ziektedagKolom, eersteRij, waarden: ziektedag });
    laatsteKolom = ziektedagKolom;
    for (const kolom of kolomNummers) {
      const v = perKolom.get(kolom)!.vanaf;
      if (!v) continue;
      kolommen.push({ kolom: ziektedagKolom + kolom, eersteRij, waarden: v });
      laatsteKolom = Math.max(laatsteKolom, ziektedagKolom + kolom);
    }
  }
  const regels: MarkeringRegel[] = [];
  if (aantal > 0) {
    for (const kolom of kolomNummers) {
      const letter = kolomLetter(kolom);
      const cel = `${letter}${eersteRij}`;
      const bereik = `${cel}:${letter}${register.laatsteRij}`;
      const k = perKolom.get(kolom)!;
      regels.push(...regelsVoorKolom(naam, cel, bereik, k.code === "EVAL", opties.horizonDagen, ziektedagKolom, k.vanaf ? ziektedagKolom : null, k.code === "EJE"));
    }
  }
  const laatsteRij = Math.max(register.laatsteRij, 1);
  return {
    blad: register.blad ?? "",
    verborgenBlad: naam,
    naam,
    naamVerwijzing: `=${bladVerwijzing(naam)}!$A$1:$${kolomLetter(Math.max(laatsteKolom, 1))}$${laatsteRij}`,
    kolommen,
    regels,
    legenda: maakLegenda(opties.horizonDagen),
  };
}

/** Kleurnamen op het legendablad (het blad zelf heeft geen opmaak nodig: het noemt de kleur). */
export const KLEURNAAM: Readonly<Record<MarkeringSoort, string>> = {
  "te-laat": "Rood",
  binnenkort: "Oranje",
  gedaan: "Groen",
  nvt: "Grijs",
  "volgende-te-laat": "Rode tekst",
  "volgende-binnenkort": "Oranje tekst",
};

/**
 * De cellen van het legendablad, in beide hosts hetzelfde: A1 de titel, rij 2 leeg, dan per regel in A de
 * kleurnaam (leeg bij een toelichting) en in B de uitleg. Alleen tekst, geen opmaak.
 */
export function legendaRaster(legenda: MarkeringLegenda): string[][] {
  const soorten = Object.keys(MARKERING_KLEUREN) as MarkeringSoort[];
  return [
    [legenda.titel, ""],
    ["", ""],
    ...legenda.regels.map((r) => {
      const soort = soorten.find((s) => MARKERING_KLEUREN[s] === r.stijl);
      return [soort ? KLEURNAAM[soort] : "", r.uitleg];
    }),
  ];
}

/** De legenda: elke kleur met haar betekenis, in de woorden van het rapport. */
export function maakLegenda(horizon: number): MarkeringLegenda {
  const soorten: MarkeringSoort[] = ["te-laat", "binnenkort", "gedaan", "nvt", "volgende-te-laat", "volgende-binnenkort"];
  return {
    blad: LEGENDA_BLAD,
    titel: LEGENDA_TITEL,
    regels: [
      ...soorten.map((s) => ({
        voorbeeld: s.startsWith("volgende") ? "01-01-2026" : s === "nvt" ? "n.v.t." : s === "gedaan" ? "01-01-2026" : "",
        stijl: MARKERING_KLEUREN[s],
        uitleg: s === "binnenkort" ? MARKERING_UITLEG[s].replace("de horizon", `${horizon} dagen`) : MARKERING_UITLEG[s],
      })),
      {
        voorbeeld: "",
        stijl: null,
        uitleg:
          "Geen kleur: nog niet aan de orde, of onbekend. Tekst of een foutwaarde in een mijlpaalcel (\"volgt\", \"?\", #N/B) is geen datum: de stap blijft open en het rapport meldt de cel.",
      },
      {
        voorbeeld: "",
        stijl: null,
        uitleg:
          "De kleuren rekenen met VANDAAG() en kloppen dus elke dag, ook zonder de invoegtoepassing. Na nieuwe rijen of een nieuwe ziekteperiode: markeer opnieuw.",
      },
    ],
  };
}

/**
 * De regels voor één kolom. `M` is de termijn uit het verborgen blad op hetzelfde adres, `D` de eerste
 * ziektedag van het dossier (hulpkolom), `S` het begin van "binnenkort" voor stappen met een venster.
 * Gedaan (`K`) betekent precies wat de engine leest: een getal in de cel, niet vóór D en niet na vandaag.
 * Tekst en foutwaarden in de cel zijn geen getal: de stap is open (IF voorkomt dat een foutwaarde de regel breekt).
 * Voor EVAL (de volgende evaluatie) hoort de kleur bij de vólgende evaluatie: met een ingevulde laatste
 * evaluatie gekleurde tekst in plaats van een vulling, en groen zolang de volgende nog niet binnenkort is.
 */
function regelsVoorKolom(
  naam: string,
  cel: string,
  bereik: string,
  herhalend: boolean,
  horizon: number,
  ziektedagKolom: number,
  vanafBasis: number | null,
  nietVoorVenster = false,
): MarkeringRegel[] {
  const M = `INDEX(${naam},ROW(${cel}),COLUMN(${cel}))`;
  const D = `INDEX(${naam},ROW(${cel}),${ziektedagKolom})`;
  const V = vanafBasis === null ? null : `INDEX(${naam},ROW(${cel}),COLUMN(${cel})+${vanafBasis})`;
  // Een EJE vóór week 46 is een gewone evaluatie, geen eerstejaarsevaluatie (Regeling procesgang art. 4):
  // zoals in de engine (regels/eerste-jaar.ts) telt zij dan niet als gedaan.
  const K = nietVoorVenster && V !== null ? `IF(ISNUMBER(${cel}),AND(${cel}>=${D},${cel}>=${V},${cel}<TODAY()+1),FALSE)` : `IF(ISNUMBER(${cel}),AND(${cel}>=${D},${cel}<TODAY()+1),FALSE)`;
  // binnenkortVanaf: binnen de horizon, of het venster van de stap is open.
  const binnen = V === null ? `${M}-TODAY()<=${horizon}` : `OR(${M}-TODAY()<=${horizon},TODAY()>=${V})`;
  const regel = (soort: MarkeringSoort, volgorde: number, formule: string): MarkeringRegel => ({ soort, bereik, volgorde, formule, stijl: MARKERING_KLEUREN[soort] });
  if (herhalend) {
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
