/**
 * Uitvoer van de scanner: het leesbare Nederlandse rapport, het JSON-contract (docs/scanner-json.md) en
 * CSV. Zuiver: krijgt uitslagen, geeft tekst.
 */
import { formatISO, formatNL, type Dag } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode, type Status } from "../core/mijlpalen";
import type { DossierEvaluatie } from "../core/pipeline";
import { beschrijfProbleem, type Probleem } from "../core/problemen";
import { archiefTekst } from "../core/register";
import { DOSSIER_STATUS_TEKST, dossierStand, geenKolomVoor, toonbaarRisico, type DossierStatus } from "../core/stand";
import { isVoorbij, kanHerlevenTot } from "../core/tijdlijn";
import { nietGebruiktRegel, type NietGebruikteKolom, type Register } from "../core/register";
import { telDossier, type BestandUitslag, type RegisterUitslag, type Telling } from "./scan";
import { BRONNEN } from "../core/wet-gegevens";
import { veiligeRegel, veiligeRegels } from "../core/tekst";
import type { JsonBevindingV2, JsonCodeV2, JsonDossierV2, JsonRapportV2, JsonRegisterV2 } from "./scanner-json";
import { Tekstnummers } from "./tekstnummers";
import { Int32Lijst } from "../core/int32lijst";
import { Regelvoorraad } from "./compact";

type NietGebruiktReden = NietGebruikteKolom["reden"];

/** De status in de CSV van een register of bestand dat niet te beoordelen is. */
export const NIET_TE_BEOORDELEN = "niet te beoordelen";

export const JSON_SCHEMA_VERSIE = 1;

// ---- JSON ----------------------------------------------------------------------------------------

export interface JsonMijlpaal {
  uiterlijk: string;
  vanaf: string | null;
  gedaan: string | null;
  status: Status;
}

export interface JsonDossier {
  rijen: number[];
  /** Samengetelde perioden op een ander blad (bijvoorbeeld een archief), alleen als die er zijn. */
  elders?: { blad: string; rij: number | null; eersteZiektedag: string }[];
  werknemer: string | null;
  personeelsnummer: string | null;
  eersteZiektedag: string;
  samengeteldeDagen: number;
  ziekteweek: number | null;
  hersteldatum: string | null;
  laatsteDagLoondoorbetaling: string;
  ingangsdatumWia: string;
  /** Laatste dag van de wachttijd (bij vervroegde IVA de verkorte wachttijd; de loondoorbetaling loopt door). */
  eindeWachttijd: string;
  /** Ingangsdatum van een toegekende vervroegde IVA, of null. */
  ingangsdatumIva: string | null;
  /** Ziek uit dienst: melding bij UWV op de laatste werkdag (met status) en welk re-integratieverslag UWV vraagt. */
  uitDienst: { per: string; melding: string; meldingStatus: Status; riv: string } | null;
  volgendeActie: { mijlpaal: MijlpaalCode; naam: string; uiterlijk: string; status: Status } | null;
  mijlpalen: Record<MijlpaalCode, JsonMijlpaal>;
  riv: { uitkomst: string; oordeel: string; bevindingen: { code: string; ernst: string; tekst: string; bron: string }[] };
  spoor2: { uitkomst: string; oordeel: string };
  /** Het getoonde risico (toonbaarRisico): ook "onbekend" als het register te weinig vertelt. */
  loonsanctie: { risico: string; redenen: string[] };
  signalen: { code: string; ernst: string; tekst: string }[];
  /**
   * De stand van het dossier (src/core/stand.ts), op elk oppervlak dezelfde: status in één woord, te late
   * stappen die nog in te halen zijn en die voorbij zijn (geschiedenis), tot wanneer een hersteld dossier kan
   * herleven, en welke stappen niet te beoordelen zijn met de kolommen die het zouden vertellen.
   */
  stand: {
    status: DossierStatus;
    inTeHalen: MijlpaalCode[];
    voorbij: MijlpaalCode[];
    kanHerlevenTot: string | null;
    onbekend: { stappen: MijlpaalCode[]; kolommen: string[] };
  };
}

export interface JsonRegister {
  bestand: string;
  blad: string | null;
  tabel: string | null;
  /** Alleen bij een archiefblad (alleen afgesloten meldingen): gelezen voor samentellen en verzuimcijfers, geen dossiers als werk. */
  archief?: { meldingen: number; melding: string };
  dossiers: JsonDossier[];
  problemen: { rij: number | null; kolom: string | null; melding: string }[];
  /** Alleen bij een bestand dat niet gelezen kon worden (de reden staat in `problemen[0].melding`). */
  onleesbaar?: true;
  /**
   * Alleen als het register of het bestand niet te beoordelen is (geen bruikbare kolom Eerste ziektedag, of
   * geen herkenbare kopregel): de reden, met de koppen die er wel staan. Telt voor exitcode 6 met --streng.
   */
  nietTeBeoordelen?: string;
  /** Alleen als er koppen zijn die niet gebruikt worden: kop, kolomletter, reden en "bedoelde u …?". */
  nietGebruikteKolommen?: JsonNietGebruikt[];
}

export interface JsonNietGebruikt {
  kop: string;
  kolom: string;
  reden: NietGebruiktReden;
  bedoeldeU: string[];
}

/** De kolominformatie van een register in JSON (alleen de velden die iets zeggen). */
function kolommenJson(reg: Register): Pick<JsonRegister, "nietTeBeoordelen" | "nietGebruikteKolommen"> {
  return {
    ...(reg.nietTeBeoordelen ? { nietTeBeoordelen: reg.nietTeBeoordelen } : {}),
    ...(reg.nietGebruikt?.length ? { nietGebruikteKolommen: reg.nietGebruikt.map((k) => ({ kop: k.kop, kolom: k.letter, reden: k.reden, bedoeldeU: k.bedoeldeU })) } : {}),
  };
}

/** Een bestand in een map dat bewust niet gescand is (geen werkmap, slotbestand, pijp, al gescand…). */
export interface Overgeslagen {
  bestand: string;
  reden: string;
}

export interface JsonRapport {
  versie: number;
  peildatum: string;
  bestanden: JsonRegister[];
  overgeslagen?: Overgeslagen[];
}

const iso = (d: Dag | null | undefined) => (d === null || d === undefined ? null : formatISO(d));

export function dossierJson(e: DossierEvaluatie): JsonDossier {
  const t = e.tijdlijn;
  const mijlpalen = {} as Record<MijlpaalCode, JsonMijlpaal>;
  for (const c of MIJLPAAL_CODES) {
    const m = t.mijlpalen[c];
    mijlpalen[c] = { uiterlijk: formatISO(m.uiterlijk), vanaf: iso(m.vanaf), gedaan: iso(m.gedaan), status: m.status };
  }
  const b = e.beoordeling;
  const st = dossierStand(e);
  return {
    rijen: e.dossier.rijen,
    ...(e.dossier.elders ? { elders: e.dossier.elders.map((x) => ({ blad: x.blad, rij: x.rij, eersteZiektedag: formatISO(x.eersteZiektedag) })) } : {}),
    werknemer: e.dossier.werknemer,
    personeelsnummer: e.dossier.personeelsnummer,
    eersteZiektedag: formatISO(t.eersteZiektedag),
    samengeteldeDagen: t.samengeteldeDagen,
    ziekteweek: t.ziekteweek,
    hersteldatum: iso(t.hersteldatum),
    laatsteDagLoondoorbetaling: formatISO(t.laatsteDagLoondoorbetaling),
    ingangsdatumWia: formatISO(t.ingangsdatumWia),
    eindeWachttijd: formatISO(t.eindeWachttijd),
    ingangsdatumIva: iso(t.ingangsdatumIva),
    uitDienst: t.uitDienst === null ? null : { per: formatISO(t.uitDienst.per), melding: formatISO(t.uitDienst.melding.uiterlijk), meldingStatus: t.uitDienst.melding.status, riv: t.uitDienst.riv },
    volgendeActie: e.volgende
      ? { mijlpaal: e.volgende.code, naam: MIJLPAAL_NAAM[e.volgende.code], uiterlijk: formatISO(e.volgende.uiterlijk), status: e.volgende.status }
      : null,
    mijlpalen,
    riv: {
      uitkomst: b.riv.uitkomst,
      oordeel: b.riv.oordeel,
      bevindingen: b.riv.bevindingen.map((f) => ({ code: f.code, ernst: f.ernst, tekst: f.tekst, bron: f.bron })),
    },
    spoor2: { uitkomst: b.spoor2.uitkomst, oordeel: b.spoor2.oordeel },
    loonsanctie: { risico: st.risico, redenen: b.loonsanctie.redenen },
    signalen: [
      ...t.signalen.map((s) => ({ code: s.code, ernst: s.ernst, tekst: s.tekst })),
      ...b.bevindingen.map((f) => ({ code: f.code, ernst: f.ernst, tekst: f.tekst })),
    ],
    stand: { status: st.status, inTeHalen: st.inTeHalen, voorbij: st.voorbij, kanHerlevenTot: iso(st.kanHerlevenTot), onbekend: st.onbekend },
  };
}

/** `archief` van een register in de JSON (leeg voor een gewoon register). */
function archiefJson(r: RegisterUitslag): Pick<JsonRegister, "archief"> {
  const a = r.register.archief;
  return a ? { archief: { meldingen: a.meldingen, melding: archiefTekst(r.register) ?? "" } } : {};
}

/** De elementen van `bestanden[]` voor één gescand bestand (één per register, of één met de reden). */
export function bestandJson(u: BestandUitslag): JsonRegister[] {
  const bestanden: JsonRegister[] = [];
  if (u.fout !== null && u.registers.length === 0) {
    return [
      {
        bestand: u.bestand,
        blad: null,
        tabel: null,
        dossiers: [],
        problemen: [{ rij: null, kolom: null, melding: u.fout }],
        ...(u.onleesbaar ? { onleesbaar: true as const } : {}),
        ...(u.nietTeBeoordelen ? { nietTeBeoordelen: u.fout } : {}),
      },
    ];
  }
  for (const r of u.registers) {
    bestanden.push({
      bestand: u.bestand,
      blad: r.blad || null,
      tabel: r.tabel,
      ...archiefJson(r),
      dossiers: r.evaluaties.map(dossierJson),
      problemen: r.problemen.map((p) => ({ rij: p.rij ?? null, kolom: p.kolom ?? null, melding: p.melding })),
      ...kolommenJson(r.register),
    });
  }
  if (u.fout !== null) bestanden.push({ bestand: u.bestand, blad: null, tabel: null, dossiers: [], problemen: [{ rij: null, kolom: null, melding: u.fout }] });
  return bestanden;
}

export function rapportJson(peildatum: Dag, uitslagen: BestandUitslag[], overgeslagen: Overgeslagen[] = []): JsonRapport {
  return {
    versie: JSON_SCHEMA_VERSIE,
    peildatum: formatISO(peildatum),
    bestanden: uitslagen.flatMap(bestandJson),
    ...(overgeslagen.length ? { overgeslagen } : {}),
  };
}

const inspring = (s: string, n: number) => s.replace(/\n/g, "\n" + " ".repeat(n));


/** Grootte van een stuk uitvoer (tekens): groot genoeg voor weinig schrijfacties, klein genoeg voor het geheugen. */
const STUK = 1 << 16;

/**
 * De delen aaneen in stukken van ~64 kB: een stuk gaat weg zodra het de grens haalt; wat overblijft, is de
 * terugkeerwaarde. Eén mechanisme voor JSON, CSV en rapport (issue 22: nooit de hele uitvoer als één tekst).
 */
function* inStukken(delen: Iterable<string>): Generator<string, string> {
  let stuk = "";
  for (const d of delen) {
    stuk += d;
    if (stuk.length >= STUK) {
      yield stuk;
      stuk = "";
    }
  }
  return stuk;
}

/**
 * Kop en dossiers van de registers van `u` die nog niet gestroomd zijn en het sluiten van het laatste register,
 * in stukken (inStukken); geeft wat nog niet weg is terug. Gedeeld door JSON versie 1 en 2.
 */
function* resterendeRegisters(
  u: BestandUitslag,
  overslaan: (r: RegisterUitslag) => boolean,
  register: (r: RegisterUitslag) => string,
  dossier: (e: DossierEvaluatie) => string,
  sluit: () => string | Iterable<string>,
): Generator<string, string> {
  const registers = u.fout !== null && u.registers.length === 0 ? [] : u.registers;
  function* delen(): Generator<string> {
    for (const r of registers) {
      if (overslaan(r)) continue;
      yield register(r);
      for (const e of r.evaluaties) yield dossier(e);
    }
    const slot = sluit();
    if (typeof slot === "string") yield slot;
    else yield* slot;
  }
  return yield* inStukken(delen());
}
/**
 * Hetzelfde JSON-document in stukken, zodat de scanner het per dossier kan schrijven en niets hoeft te
 * bewaren: begin, dan per register `register` en per dossier `dossier` (terwijl de scanner rekent), dan
 * per bestand `stukken` (sluit de registers met hun problemen), dan eind. Zonder stroom geeft `stukken`
 * ook de registers en dossiers zelf. Aaneen gelezen is het geldige JSON (= rapportJson).
 */
export class JsonStroom {
  private eerste = true;
  /** Het register waarvan de kop geschreven is en dat nog gesloten moet worden, en zijn aantal dossiers. */
  private open: RegisterUitslag | null = null;
  private inOpen = 0;
  private readonly gesloten = new Set<RegisterUitslag>();
  constructor(private readonly peildatum: Dag) {}
  /** Er staan al elementen in `bestanden` (een werker schrijft een bestand dat niet het eerste is). */
  nietEerste(): void {
    this.eerste = false;
  }
  begin(): string {
    return `{\n  "versie": ${JSON_SCHEMA_VERSIE},\n  "peildatum": "${formatISO(this.peildatum)}",\n  "bestanden": [`;
  }
  /** Sluit het open register (met zijn problemen) en schrijft de kop van `r`. */
  register(bestand: string, r: RegisterUitslag): string {
    const kop = { bestand, blad: r.blad || null, tabel: r.tabel, ...archiefJson(r) };
    const s = this.sluit() + (this.eerste ? "\n    " : ",\n    ") + inspring(JSON.stringify(kop, null, 2).replace(/\n}$/, ","), 4) + '\n      "dossiers": [';
    this.eerste = false;
    this.open = r;
    this.inOpen = 0;
    return s;
  }
  /** Eén dossier van het open register, op één regel (een half zo groot document en geen inspringen per regel). */
  dossier(e: DossierEvaluatie): string {
    return (this.inOpen++ ? ",\n        " : "\n        ") + JSON.stringify(dossierJson(e));
  }
  private sluit(): string {
    const r = this.open;
    if (r === null) return "";
    this.open = null;
    this.gesloten.add(r);
    const problemen = r.problemen.map((p) => ({ rij: p.rij ?? null, kolom: p.kolom ?? null, melding: p.melding }));
    const kolommen = Object.entries(kolommenJson(r.register))
      .map(([k, v]) => `,\n      ${JSON.stringify(k)}: ${inspring(JSON.stringify(v, null, 2), 6)}`)
      .join("");
    return (this.inOpen ? "\n      ]" : "]") + ',\n      "problemen": ' + inspring(JSON.stringify(problemen, null, 2), 6) + kolommen + "\n    }";
  }
  stuk(u: BestandUitslag): string {
    return [...this.stukken(u)].join("");
  }
  /**
   * De rest van bestand `u`: registers die niet gestroomd zijn (kop en dossiers, per 64 kB een stuk), het
   * sluiten van het laatste register en het bestand zelf als het niet (helemaal) gelezen kon worden. Een
   * register dat half gestroomd was toen het bestand alsnog mislukte, wordt gesloten: de JSON blijft geldig.
   */
  *stukken(u: BestandUitslag): Generator<string> {
    let stuk = yield* resterendeRegisters(
      u,
      (r) => this.gesloten.has(r) || this.open === r,
      (r) => this.register(u.bestand, r),
      (e) => this.dossier(e),
      () => this.sluit(),
    );
    this.gesloten.clear();
    if (u.fout !== null) {
      const [r] = bestandJson({ ...u, registers: [] });
      stuk += (this.eerste ? "\n    " : ",\n    ") + inspring(JSON.stringify(r, null, 2), 4);
      this.eerste = false;
    }
    if (stuk) yield stuk;
  }
  eind(overgeslagen: Overgeslagen[] = []): string {
    const og = overgeslagen.length ? `,\n  "overgeslagen": ${inspring(JSON.stringify(overgeslagen, null, 2), 2)}` : "";
    return `${this.eerste ? "" : "\n  "}]${og}\n}\n`;
  }
}

// ---- JSON versie 2 ---------------------------------------------------------------------------------

/** De id van elke bron in src/core/wet-gegevens.ts (BRONNEN): de sleutel, bijvoorbeeld "WIA_25". */
const BRON_ID = new Map<string, string>(Object.entries(BRONNEN).map(([id, tekst]) => [tekst, id]));

/**
 * De id van een bron: de sleutel in BRONNEN, anders (een bron die niet in die tabel staat) "BRON_" en een
 * vaste hash van de tekst. Zo is de id overal dezelfde, ook als twee werkers elk een deel schrijven.
 */
export function bronId(tekst: string): string {
  const id = BRON_ID.get(tekst);
  if (id !== undefined) return id;
  let h = 0x811c9dc5;
  for (let i = 0; i < tekst.length; i++) h = Math.imul(h ^ tekst.charCodeAt(i), 0x01000193) >>> 0;
  const nieuw = `BRON_${h.toString(16).toUpperCase().padStart(8, "0")}`;
  BRON_ID.set(tekst, nieuw);
  return nieuw;
}

/** Alleen wat een waarde heeft: null, undefined en lege lijsten vallen weg. */
function alleenGevuld<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    const v = o[k];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k];
  }
  return o;
}

/**
 * Wat een register in versie 2 deelt: de bronnen (id → tekst, voor het hele document) en per code de ernst,
 * bron en tekst die een bevinding met die code het eerst had in dit register (`codes` van het register). Een
 * bevinding laat elk veld weg dat gelijk is aan dat van haar code: een vaste uitleg (zoals DEUGDELIJKE_GROND)
 * staat zo één keer per register in plaats van in elk dossier, en de ernst en bron (per code bijna altijd
 * dezelfde) ook.
 */
export interface GedeeldV2 {
  bronnen: Map<string, string>;
  codes: Map<string, JsonCodeV2>;
  /** De redenen van een loonsanctie in dit register (`redenen` van het register): tekst → nummer (0, 1, …). */
  redenen: Tekstnummers;
}

/** De redenen van een loonsanctie als nummers in `redenen` van het register; een nieuwe reden krijgt het volgende. */
function redenenV2(lijst: readonly string[], g: GedeeldV2): number[] | undefined {
  if (lijst.length === 0) return undefined;
  return lijst.map((r) => g.redenen.nummer(r));
}

/** De bevindingen als v2: alleen `code`, plus `ernst`, `bron` (id) en `tekst` waar ze afwijken van `codes[code]`. */
function bevindingenV2(lijst: readonly { code: string; ernst: string; tekst: string; bron: string }[], g: GedeeldV2): JsonBevindingV2[] | undefined {
  if (lijst.length === 0) return undefined;
  return lijst.map((f) => {
    const id = bronId(f.bron);
    if (!g.bronnen.has(id)) g.bronnen.set(id, f.bron);
    const ernst = f.ernst as JsonCodeV2["ernst"];
    let vast = g.codes.get(f.code);
    if (vast === undefined) g.codes.set(f.code, (vast = { ernst, bron: id, tekst: f.tekst }));
    return {
      code: f.code,
      ernst: ernst === vast.ernst ? undefined : ernst,
      tekst: f.tekst === vast.tekst ? undefined : f.tekst,
      bron: id === vast.bron ? undefined : id,
    };
  });
}

/** Eén dossier in versie 2 (docs/scanner-json.md, src/cli/scanner-json.ts). */
export function dossierJsonV2(e: DossierEvaluatie, g: GedeeldV2): JsonDossierV2 {
  const t = e.tijdlijn;
  const mijlpalen = {} as JsonDossierV2["mijlpalen"];
  for (const c of MIJLPAAL_CODES) {
    const m = t.mijlpalen[c];
    // Een stap die niet van toepassing is: alleen de status (en `gedaan` als die er is); de termijn zegt niets.
    // EWT: `uiterlijk` ontbreekt als hij gelijk is aan eindeWachttijd (altijd, tot nu toe).
    const uiterlijk = m.status === "nvt" || (c === "EWT" && m.uiterlijk === t.eindeWachttijd) ? undefined : formatISO(m.uiterlijk);
    mijlpalen[c] = { uiterlijk, vanaf: m.status === "nvt" ? undefined : (iso(m.vanaf) ?? undefined), gedaan: iso(m.gedaan) ?? undefined, status: m.status };
  }
  const b = e.beoordeling;
  const st = dossierStand(e);
  const d = e.dossier;
  const onbekend = st.onbekend.stappen.length || st.onbekend.kolommen.length ? { stappen: gevuld(st.onbekend.stappen), kolommen: gevuld(st.onbekend.kolommen) } : undefined;
  // JSON.stringify laat velden met undefined weg: zo staat er geen leeg veld in het document.
  return {
    rijen: d.rijen,
    elders: d.elders?.length ? d.elders.map((x) => ({ blad: x.blad, rij: x.rij ?? undefined, eersteZiektedag: formatISO(x.eersteZiektedag) })) : undefined,
    werknemer: d.werknemer ?? undefined,
    personeelsnummer: d.personeelsnummer ?? undefined,
    eersteZiektedag: formatISO(t.eersteZiektedag),
    samengeteldeDagen: t.samengeteldeDagen || undefined,
    ziekteweek: t.ziekteweek ?? undefined,
    hersteldatum: iso(t.hersteldatum) ?? undefined,
    laatsteDagLoondoorbetaling: formatISO(t.laatsteDagLoondoorbetaling),
    // ingangsdatumWia staat er niet: altijd eindeWachttijd + 1 (tijdlijn.ts). eindeWachttijd ontbreekt als hij
    // gelijk is aan laatsteDagLoondoorbetaling (docs/scanner-json.md).
    eindeWachttijd: t.eindeWachttijd === t.laatsteDagLoondoorbetaling ? undefined : formatISO(t.eindeWachttijd),
    ingangsdatumIva: iso(t.ingangsdatumIva) ?? undefined,
    uitDienst: t.uitDienst === null ? undefined : { per: formatISO(t.uitDienst.per), melding: formatISO(t.uitDienst.melding.uiterlijk), meldingStatus: t.uitDienst.melding.status, riv: t.uitDienst.riv },
    // Alleen de code: volgendeActie is de mijlpaal zelf, met uiterlijk en status onder mijlpalen[code].
    volgendeActie: e.volgende?.code,
    mijlpalen,
    // De zin van het oordeel herhaalt uitkomst, bevindingen, loonsanctie.redenen en datums van het dossier; hij
    // staat alleen in het tekstrapport en de CSV. Behalve bij nvt/uitzondering: dan is hij de reden.
    riv: { uitkomst: b.riv.uitkomst, oordeel: OORDEEL_MET_REDEN.has(b.riv.uitkomst) ? b.riv.oordeel : undefined, bevindingen: bevindingenV2(b.riv.bevindingen, g) },
    spoor2: { uitkomst: b.spoor2.uitkomst, oordeel: OORDEEL_MET_REDEN.has(b.spoor2.uitkomst) ? b.spoor2.oordeel : undefined, bevindingen: bevindingenV2(b.spoor2.bevindingen, g) },
    loonsanctie: { risico: st.risico, redenen: redenenV2(b.loonsanctie.redenen, g), bevindingen: bevindingenV2(b.loonsanctie.bevindingen, g) },
    signalen: bevindingenV2(t.signalen, g),
    stand: { status: st.status, inTeHalen: gevuld(st.inTeHalen), voorbij: gevuld(st.voorbij), kanHerlevenTot: iso(st.kanHerlevenTot) ?? undefined, onbekend },
  };
}

/** Uitkomsten waarbij het oordeel in versie 2 blijft staan: de reden staat nergens anders in het dossier. */
const OORDEEL_MET_REDEN: ReadonlySet<string> = new Set(["nvt", "uitzondering"]);

const gevuld = <T>(xs: readonly T[]): T[] | undefined => (xs.length ? (xs as T[]) : undefined);

/** De kop van een register in versie 2 (zonder dossiers en problemen). */
function registerKopV2(bestand: string, r: RegisterUitslag | null): Partial<JsonRegisterV2> {
  if (r === null) return { bestand };
  return alleenGevuld({ bestand, blad: r.blad || undefined, tabel: r.tabel ?? undefined, ...archiefJson(r) });
}

/**
 * Versie 2 van het document in stukken, met dezelfde aanroepen als JsonStroom (begin, register, dossier,
 * stukken, eind). Elk register staat op een paar regels, elk dossier op één. `bronnen` komt als laatste:
 * pas aan het eind is bekend welke bronnen het document noemt.
 */
export class JsonStroomV2 {
  private eerste = true;
  private open: RegisterUitslag | null = null;
  private inOpen = 0;
  private readonly gesloten = new Set<RegisterUitslag>();
  /** Elke bron die het document tot nu toe noemt (id → tekst) en de codetabel van het open register. */
  private readonly gedeeld: GedeeldV2 = { bronnen: new Map(), codes: new Map(), redenen: new Tekstnummers() };
  get bronnen(): ReadonlyMap<string, string> {
    return this.gedeeld.bronnen;
  }
  /** Er staan al elementen in `bestanden` (een werker schrijft een bestand dat niet het eerste is). */
  nietEerste(): void {
    this.eerste = false;
  }
  /** Bronnen die een werker in zijn deel noemde (id → tekst): ze komen in `bronnen` onderaan. */
  voegBronnenToe(bronnen: Iterable<[string, string]>): void {
    for (const [id, tekst] of bronnen) this.gedeeld.bronnen.set(id, tekst);
  }
  constructor(private readonly peildatum: Dag) {}
  begin(): string {
    return `{\n  "versie": 2,\n  "peildatum": "${formatISO(this.peildatum)}",\n  "bestanden": [`;
  }
  /** Sluit het open register en schrijft de kop van `r` (de dossiers volgen; zonder dossiers geen sleutel). */
  register(bestand: string, r: RegisterUitslag): string {
    const kop = JSON.stringify(registerKopV2(bestand, r));
    const s = this.sluit() + (this.eerste ? "\n    " : ",\n    ") + kop.slice(0, -1);
    this.eerste = false;
    this.open = r;
    this.inOpen = 0;
    return s;
  }
  dossier(e: DossierEvaluatie): string {
    return (this.inOpen++ ? ",\n        " : ',\n      "dossiers": [\n        ') + JSON.stringify(dossierJsonV2(e, this.gedeeld));
  }
  private sluit(): string {
    return [...this.sluitStukken()].join("");
  }
  /**
   * Sluit het open register: codes, redenen, problemen en kolommen, in delen (elk probleem een eigen deel: bij
   * 1.000.000 rijen 334.000 stuks, als één JSON-tekst ~80 MB plus zijn UTF-8, issue 22); aaneen precies
   * `JSON.stringify` van de lijst.
   */
  private *sluitStukken(): Generator<string> {
    const r = this.open;
    if (r === null) return;
    this.open = null;
    this.gesloten.add(r);
    const veld = (k: string, v: unknown) => `,\n      ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
    let stuk = this.inOpen ? "\n      ]" : "";
    if (this.gedeeld.codes.size) stuk += veld("codes", Object.fromEntries(this.gedeeld.codes));
    // De nummers zijn 0, 1, … in volgorde van eerste gebruik. Eén tekst per deel (bij 1.000.000 rijen ruim een
    // half miljoen redenen); aaneen precies `JSON.stringify` van de lijst.
    this.gedeeld.codes.clear();
    if (this.gedeeld.redenen.size) {
      yield stuk + `,\n      ${JSON.stringify("redenen")}: [`;
      let i = 0;
      for (const reden of this.gedeeld.redenen) yield (i++ ? "," : "") + JSON.stringify(reden);
      stuk = "]";
    }
    this.gedeeld.redenen.clear();
    if (r.problemen.length) {
      yield stuk + `,\n      ${JSON.stringify("problemen")}: [`;
      // Elk probleem een eigen deel: wie dit leest (resterendeRegisters), maakt er stukken van.
      for (let i = 0; i < r.problemen.length; i++) {
        const p = r.problemen[i];
        yield (i ? "," : "") + JSON.stringify(alleenGevuld({ rij: p.rij ?? undefined, kolom: p.kolom ?? undefined, melding: p.melding }));
      }
      stuk = "]";
    }
    for (const [k, v] of Object.entries(kolommenJsonV2(r.register))) stuk += veld(k, v);
    yield stuk + "\n    }";
  }
  /** De rest van bestand `u` (zie JsonStroom.stukken). */
  *stukken(u: BestandUitslag): Generator<string> {
    let stuk = yield* resterendeRegisters(
      u,
      (r) => this.gesloten.has(r) || this.open === r,
      (r) => this.register(u.bestand, r),
      (e) => this.dossier(e),
      () => this.sluitStukken(),
    );
    this.gesloten.clear();
    if (u.fout !== null) {
      const el = alleenGevuld({
        bestand: u.bestand,
        problemen: [{ melding: u.fout }],
        onleesbaar: u.onleesbaar ? (true as const) : undefined,
        nietTeBeoordelen: u.nietTeBeoordelen && u.registers.length === 0 ? u.fout : undefined,
      });
      stuk += (this.eerste ? "\n    " : ",\n    ") + JSON.stringify(el);
      this.eerste = false;
    }
    if (stuk) yield stuk;
  }
  /** Het einde: overgeslagen, uitvoer (elk alleen als er iets is) en de bronnen. */
  eind(overgeslagen: Overgeslagen[] = [], uitvoer: { soort: string; bestand: string | null; pad: string | null; fout: string | null }[] = []): string {
    const delen: string[] = [];
    if (overgeslagen.length) delen.push(`"overgeslagen": ${inspring(JSON.stringify(overgeslagen, null, 2), 2)}`);
    if (uitvoer.length) delen.push(`"uitvoer": ${inspring(JSON.stringify(uitvoer.map((x) => alleenGevuld({ ...x })), null, 2), 2)}`);
    if (this.gedeeld.bronnen.size) {
      const bronnen = Object.fromEntries([...this.gedeeld.bronnen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      delen.push(`"bronnen": ${inspring(JSON.stringify(bronnen, null, 2), 2)}`);
    }
    return `${this.eerste ? "" : "\n  "}]${delen.map((d) => `,\n  ${d}`).join("")}\n}\n`;
  }
}

/** De kolominformatie van een register in versie 2 (bedoeldeU alleen als er iets bedoeld kan zijn). */
function kolommenJsonV2(reg: Register): Pick<JsonRegisterV2, "nietTeBeoordelen" | "nietGebruikteKolommen"> {
  return {
    ...(reg.nietTeBeoordelen ? { nietTeBeoordelen: reg.nietTeBeoordelen } : {}),
    ...(reg.nietGebruikt?.length
      ? { nietGebruikteKolommen: reg.nietGebruikt.map((k) => alleenGevuld({ kop: k.kop, kolom: k.letter, reden: k.reden, bedoeldeU: k.bedoeldeU })) }
      : {}),
  };
}

/** Het hele document in versie 2 (voor tests en kleine aantallen; de scanner schrijft het in stukken). */
export function rapportJsonV2(peildatum: Dag, uitslagen: BestandUitslag[], overgeslagen: Overgeslagen[] = []): JsonRapportV2 {
  const j = new JsonStroomV2(peildatum);
  let s = j.begin();
  for (const u of uitslagen) for (const stuk of j.stukken(u)) s += stuk;
  return JSON.parse(s + j.eind(overgeslagen)) as JsonRapportV2;
}

// ---- Tekst ---------------------------------------------------------------------------------------

/**
 * Wat er met een open stap moet gebeuren, in de volgorde van het rapport:
 * - `deze-week`: de termijn valt vandaag of in de komende 7 dagen;
 * - `te-laat`: te laat, maar nog in te halen (doen kan nog en beperkt de schade);
 * - `binnenkort`: de termijn valt binnen de horizon of het venster is open, later dan deze week;
 * - `voorbij`: te laat en niet meer te herstellen (de wachttijd is voorbij, de stap is achterhaald, of de
 *   werknemer is hersteld en het dossier kan niet meer herleven: isVoorbij in src/core/tijdlijn.ts).
 */
export type ActieGroep = "deze-week" | "te-laat" | "binnenkort" | "voorbij";

export interface Actie {
  bestand: string;
  blad: string;
  rij: number;
  werknemer: string;
  code: MijlpaalCode;
  uiterlijk: Dag;
  status: Status;
  groep: ActieGroep;
  /** Hersteld, maar het dossier kan herleven tot en met deze dag (dan blijft een te late stap in te halen). */
  herstel?: { per: Dag; herlevenTot: Dag } | undefined;
}

/** Alleen deze statussen vragen iets van de gebruiker; onbekend (geen kolom) is nooit een actie. */
const OPEN: ReadonlySet<Status> = new Set(["te-laat", "binnenkort"]);
const DEZE_WEEK_DAGEN = 7;
/** Te laat maar nog in te halen: eerst wat elke dag geld of een boete kost (BW 7:629, WIA art. 64 lid 8; ZW art. 38a). */
const ZWAAR: Readonly<Partial<Record<MijlpaalCode, number>>> = { WIA: 0, UWV42: 1, SPOOR2: 2 };

function naamVan(e: DossierEvaluatie): string {
  // Uit een cel: nooit stuurtekens of regeleinden in het rapport (src/core/tekst.ts).
  return veiligeRegel(e.dossier.werknemer ?? (e.dossier.personeelsnummer ? `personeelsnr. ${e.dossier.personeelsnummer}` : "(onbekend)"));
}

function groepVan(e: DossierEvaluatie, code: MijlpaalCode, status: Status, uiterlijk: Dag): ActieGroep {
  const t = e.tijdlijn;
  if (status === "binnenkort") return uiterlijk - t.peildatum <= DEZE_WEEK_DAGEN ? "deze-week" : "binnenkort";
  // Wachttijd om, stap achterhaald, of hersteld en niet meer te herleven: geschiedenis (één regel in de kern).
  return isVoorbij(t, code) ? "voorbij" : "te-laat";
}

const GROEP_NR: Readonly<Record<ActieGroep, number>> = { "deze-week": 0, "te-laat": 1, binnenkort: 2, voorbij: 3 };
const GROEPEN: readonly ActieGroep[] = ["deze-week", "te-laat", "binnenkort", "voorbij"];
const CODE_NR: ReadonlyMap<MijlpaalCode, number> = new Map(MIJLPAAL_CODES.map((c, i) => [c, i]));

/** Alle acties die te laat zijn of binnenkort moeten, in de volgorde "wat doe ik vandaag?". */
export function acties(bestand: string, r: RegisterUitslag): Actie[] {
  const uit: Actie[] = [];
  for (const e of r.evaluaties) actiesVan(bestand, r.blad, e, uit);
  return sorteerActies(uit);
}

/** De open stappen van één dossier als acties (bij `uit` gevoegd). */
function actiesVan(bestand: string, blad: string, e: DossierEvaluatie, uit: Actie[]): void {
  for (const c of MIJLPAAL_CODES) {
    const m = e.tijdlijn.mijlpalen[c];
    if (!OPEN.has(m.status)) continue;
    const h = e.tijdlijn.hersteldatum;
    const tot = kanHerlevenTot(e.tijdlijn);
    uit.push({
      bestand,
      blad,
      rij: e.dossier.rijen[e.dossier.rijen.length - 1],
      werknemer: naamVan(e),
      code: c,
      uiterlijk: m.uiterlijk,
      status: m.status,
      groep: groepVan(e, c, m.status, m.uiterlijk),
      herstel: h !== null && tot !== null ? { per: h, herlevenTot: tot } : undefined,
    });
  }
}

function sorteerActies(uit: Actie[]): Actie[] {
  return uit.sort(
    (a, b) =>
      GROEP_NR[a.groep] - GROEP_NR[b.groep] ||
      (a.groep === "te-laat" ? (ZWAAR[a.code] ?? 9) - (ZWAAR[b.code] ?? 9) || b.uiterlijk - a.uiterlijk : 0) ||
      (a.groep === "voorbij" ? b.uiterlijk - a.uiterlijk : a.uiterlijk - b.uiterlijk) ||
      a.rij - b.rij,
  );
}

function dagenTekst(uiterlijk: Dag, peildatum: Dag): string {
  const n = uiterlijk - peildatum;
  if (n < 0) return `${-n} ${-n === 1 ? "dag" : "dagen"} te laat`;
  if (n === 0) return "vandaag";
  if (n === 1) return "morgen";
  return `over ${n} dagen`;
}

/** "1 dossier", "2 dossiers". */
export function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length);
}

export interface Totalen {
  bestanden: number;
  nietGelezen: number;
  registers: number;
  dossiers: number;
  teLaat: number;
  binnenkort: number;
  problemen: number;
  /** Bestanden en registers die niet te beoordelen zijn (exitcode 6 met --streng). */
  nietTeBeoordelen: number;
}

export function nieuweTotalen(): Totalen {
  return { bestanden: 0, nietGelezen: 0, registers: 0, dossiers: 0, teLaat: 0, binnenkort: 0, problemen: 0, nietTeBeoordelen: 0 };
}

/** Tel één bestand op bij de totalen (de scanner bewaart alleen dit, niet de uitslagen zelf). */
export function telOp(t: Totalen, u: BestandUitslag, o: BestandOverzicht = overzichtVan(u)): void {
  t.bestanden++;
  if (u.onleesbaar) t.nietGelezen++;
  if (u.nietTeBeoordelen) t.nietTeBeoordelen++;
  for (const r of u.registers) {
    t.registers++;
    t.problemen += r.problemen.length;
    if (r.register.nietTeBeoordelen) t.nietTeBeoordelen++;
  }
  t.dossiers += o.dossiers;
  t.teLaat += o.teLaat;
  t.binnenkort += o.binnenkort;
}

/** Tel de totalen van één bestand (van een werker) op bij `t`. */
export function telOpTotalen(t: Totalen, d: Totalen): void {
  for (const k of Object.keys(t) as (keyof Totalen)[]) t[k] += d[k];
}

export function rapportKop(peildatum: Dag): string {
  return `Poortwachter-scan — peildatum ${formatNL(peildatum)}\n\n`;
}

/**
 * Het rapport van één register, dossier voor dossier opgebouwd: van elk dossier blijft alleen over wat het
 * rapport moet sorteren of later toont (de open stappen als korte acties en een paar kant-en-klare regels),
 * nooit de evaluatie zelf. Zo blijft het geheugen vlak, hoeveel dossiers een register ook heeft.
 */
export class RapportRegister {
  private dossiers = 0;
  private open = 0;
  /**
   * De open stappen als kleine getallen in plaats van een object per actie (bij 100.000 rijen 243.000 acties):
   * per actie drie getallen (dossier in `wie`, groep + stap, uiterste datum); per dossier met acties één record.
   */
  private readonly pak = new Int32Lijst();
  private readonly wie: Pick<Actie, "werknemer" | "rij" | "herstel">[] = [];
  private readonly tijdelijk: Actie[] = [];
  private readonly loonsancties = new Regelvoorraad();
  private readonly beoordeeld = new Regelvoorraad();
  private readonly onbekendeDossiers = new Regelvoorraad();
  private readonly onbekend = new Set<MijlpaalCode>();
  constructor(
    private readonly bestand: string,
    private readonly r: Pick<RegisterUitslag, "blad">,
  ) {}

  dossier(e: DossierEvaluatie): void {
    this.dossiers++;
    const st = dossierStand(e);
    // Open: nog ziek, of hersteld met een stap die nog in te halen is (kan herleven) — zoals het taakvenster.
    if (e.tijdlijn.hersteldatum === null || st.inTeHalen.length > 0) this.open++;
    const t = this.tijdelijk;
    t.length = 0;
    actiesVan(this.bestand, this.r.blad, e, t);
    if (t.length) {
      const d = this.wie.length;
      this.wie.push({ werknemer: t[0].werknemer, rij: t[0].rij, herstel: t[0].herstel });
      for (const x of t) {
        this.pak.push(d);
        this.pak.push(GROEP_NR[x.groep] * 16 + CODE_NR.get(x.code)!);
        this.pak.push(x.uiterlijk);
      }
    }
    const rij = e.dossier.rijen[e.dossier.rijen.length - 1];
    if (e.tijdlijn.loonsanctieDagen > 0) {
      const s = e.tijdlijn.signalen.find((x) => x.code === "LOONSANCTIE");
      this.loonsancties.push(`  ${" ".repeat(10)}  ${pad(`${naamVan(e)} (rij ${rij})`, 30)} ${s ? s.tekst : "Loonsanctie opgelegd."}`);
    }
    const risico = toonbaarRisico(e);
    if (e.beoordeling.riv.uitkomst !== "nog-niet-aan-de-orde" || e.beoordeling.spoor2.uitkomst === "te-laat" || !["geen", "onbekend"].includes(risico)) {
      const regels = [
        `  ${naamVan(e)} (rij ${rij}, week ${e.tijdlijn.ziekteweek ?? "–"})`,
        `    RIV: ${e.beoordeling.riv.oordeel}`,
        `    Spoor 2: ${e.beoordeling.spoor2.oordeel}`,
      ];
      if (risico !== "geen") regels.push(`    Loonsanctie: ${risico}${e.beoordeling.loonsanctie.redenen.length ? " — " + e.beoordeling.loonsanctie.redenen.join("; ") : ""}`);
      this.beoordeeld.push(regels.join("\n"));
    }
    // Dossiers waarover het register te weinig vertelt: nooit "niets te doen" (toonbaarRisico, src/core/stand.ts).
    if (st.risico === "onbekend") {
      const wat = st.onbekend.stappen.length ? st.onbekend.stappen.map((c) => MIJLPAAL_NAAM[c]).join(", ") : "de stappen waarvan de termijn verstreken is";
      let regel = `  ${naamVan(e)} (rij ${rij}, week ${e.tijdlijn.ziekteweek ?? "–"}): het register zegt niets over ${wat}.`;
      if (st.onbekend.kolommen.length) regel += `\n    Kolommen die het zouden vertellen: ${st.onbekend.kolommen.join(", ")}.`;
      this.onbekendeDossiers.push(regel);
    }
    for (const c of MIJLPAAL_CODES) if (geenKolomVoor(e, c)) this.onbekend.add(c);
  }

  private groep(i: number): ActieGroep {
    return GROEPEN[this.pak.get(i * 3 + 1) >> 4];
  }

  /** Actie i weer als object (alleen om haar regel te schrijven). */
  private actie(i: number): Actie {
    const w = this.wie[this.pak.get(i * 3)];
    const groep = this.groep(i);
    return {
      bestand: this.bestand,
      blad: this.r.blad,
      rij: w.rij,
      werknemer: w.werknemer,
      code: MIJLPAAL_CODES[this.pak.get(i * 3 + 1) & 15],
      uiterlijk: this.pak.get(i * 3 + 2),
      // Open is te laat of binnenkort; binnenkort valt in de groepen deze week en binnenkort.
      status: groep === "deze-week" || groep === "binnenkort" ? "binnenkort" : "te-laat",
      groep,
      herstel: w.herstel,
    };
  }

  /** De nummers van de acties in de volgorde van sorteerActies (dezelfde sleutels, bij gelijkheid de volgorde van toevoegen). */
  private gesorteerd(): number[] {
    const p = this.pak.waarden;
    const n = p.length / 3;
    const idx: number[] = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const rijVan = (i: number) => this.wie[p[i * 3]].rij;
    return idx.sort((x, y) => {
      const gx = p[x * 3 + 1] >> 4;
      const gy = p[y * 3 + 1] >> 4;
      if (gx !== gy) return gx - gy;
      const ux = p[x * 3 + 2];
      const uy = p[y * 3 + 2];
      if (gx === GROEP_NR["te-laat"]) {
        const z = (ZWAAR[MIJLPAAL_CODES[p[x * 3 + 1] & 15]] ?? 9) - (ZWAAR[MIJLPAAL_CODES[p[y * 3 + 1] & 15]] ?? 9);
        if (z !== 0) return z;
        if (ux !== uy) return uy - ux;
      }
      if (ux !== uy) return gx === GROEP_NR.voorbij ? uy - ux : ux - uy;
      return rijVan(x) - rijVan(y) || x - y;
    });
  }

  /** De regels van het register (zie `rapportBestand`), één voor één: ook de tekst staat nooit in zijn geheel in het geheugen. */
  *regels(bestand: string, r: RegisterUitslag, peildatum: Dag, horizon: number): Generator<string> {
    const waar = [r.blad && `blad ${r.blad}`, r.tabel && `tabel ${r.tabel}`].filter(Boolean).join(", ");
    yield `== ${bestand}${waar ? ` — ${waar}` : ""} (${aantal(this.dossiers, "dossier", "dossiers")}, ${this.open} open) ==`;
    const a = this.gesorteerd();
    const koppen: [ActieGroep, string][] = [
      ["deze-week", "Vandaag en deze week"],
      ["te-laat", "Te laat, nog in te halen"],
      ["binnenkort", `Binnenkort, na deze week — termijn binnen ${horizon} dagen of venster open`],
      ["voorbij", "Voorbij, niet meer in te halen (geschiedenis: geen herinnering, telt niet als te laat)"],
    ];
    const onbekendeDossiers = this.onbekendeDossiers.length;
    // Niet te beoordelen (geen bruikbare eerste ziektedag): een mislukking met de reden, nooit "niets te doen".
    if (r.register.nietTeBeoordelen) yield r.register.nietTeBeoordelen;
    // Alleen geschiedenis (voorbij) is geen werk: dan ook "niets te doen", met de geschiedenis eronder.
    else if (a.every((i) => this.groep(i) === "voorbij") && this.loonsancties.length === 0) {
      yield (
        onbekendeDossiers
          ? `Geen stap te laat of binnenkort voor zover het register het laat zien; maar ${aantal(onbekendeDossiers, "dossier is", "dossiers zijn")} niet te beoordelen (zie hieronder).`
          : "Niets te doen: geen stap te laat of binnenkort."
      );
    }
    for (const [g, kop] of koppen) {
      const lijst = a.filter((i) => this.groep(i) === g);
      const extra = g === "voorbij" ? this.loonsancties.length : 0;
      if (lijst.length + extra === 0) continue;
      yield `${kop} (${lijst.length + extra}):`;
      for (const i of lijst) yield actieRegel(this.actie(i), peildatum);
      if (g === "voorbij") yield* this.loonsancties;
    }
    if (this.beoordeeld.length) {
      yield "RIV, spoor 2 en loonsanctie:";
      yield* this.beoordeeld;
    }
    if (onbekendeDossiers) {
      yield `Niet te beoordelen — loonsanctierisico onbekend (${onbekendeDossiers}):`;
      yield* this.onbekendeDossiers;
    }
    const onbekend = MIJLPAAL_CODES.filter((c) => this.onbekend.has(c));
    if (onbekend.length) {
      yield (
        `Onbekend — het register heeft geen kolom voor: ${onbekend.map((c) => MIJLPAAL_NAAM[c]).join(", ")}. ` +
          "Deze stappen heten nooit te laat of gedaan; voeg de kolom toe om ze te volgen."
      );
    }
    if (r.problemen.length) {
      yield `Problemen in het register (${r.problemen.length}):`;
      for (const p of r.problemen) yield `  ${p.ernst === "waarschuwing" ? "let op: " : ""}${beschrijfProbleem(p)}`;
    }
    const ongebruikt = nietGebruiktRegel(r.register.nietGebruikt ?? []);
    if (ongebruikt) yield ongebruikt;
    yield "";
  }
}

/**
 * Het rapport van één bestand, per register in de volgorde "wat doe ik vandaag?": vandaag en deze week, te
 * laat maar nog in te halen, binnenkort (later), en wat voorbij is en niet meer te herstellen; daarna RIV,
 * spoor 2 en loonsanctie, stappen die onbekend zijn (geen kolom) en de problemen in het register.
 * `verzameld`: de registers die de scanner al dossier voor dossier opbouwde (dan zijn de evaluaties niet bewaard).
 */
export function rapportBestand(peildatum: Dag, horizon: number, u: BestandUitslag, verzameld?: ReadonlyMap<RegisterUitslag, RapportRegister>): string {
  return [...rapportBestandStukken(peildatum, horizon, u, verzameld)].join("");
}

/** Het rapport van `rapportBestand` in stukken van ~64 kB (de scanner schrijft ze één voor één weg). */
export function* rapportBestandStukken(peildatum: Dag, horizon: number, u: BestandUitslag, verzameld?: ReadonlyMap<RegisterUitslag, RapportRegister>): Generator<string> {
  function* regels(): Generator<string> {
    // Wat uit de werkmap komt (cellen, bladnamen, kolomkoppen) kan stuurtekens bevatten: zichtbaar maken.
    for (const regel of rapportRegels(peildatum, horizon, u, verzameld)) yield veiligeRegels(regel) + "\n";
  }
  const rest = yield* inStukken(regels());
  if (rest) yield rest;
}

function* rapportRegels(peildatum: Dag, horizon: number, u: BestandUitslag, verzameld?: ReadonlyMap<RegisterUitslag, RapportRegister>): Generator<string> {
  // Een bestandsnaam kan een regeleinde of stuurteken bevatten: één regel, zichtbaar gemaakt.
  const bestand = veiligeRegel(u.bestand);
  if (u.registers.length === 0) {
    yield `== ${bestand} ==`;
    yield u.nietTeBeoordelen ? `  ${u.fout}` : `  Niet gescand: ${u.fout ?? "geen register"}`;
    yield "";
    return;
  }
  for (const r of u.registers) {
    if (r.register.archief) {
      const waar = [r.blad && `blad ${r.blad}`, r.tabel && `tabel ${r.tabel}`].filter(Boolean).join(", ");
      // Geschiedenis: geen werk, wel zeggen hoe het blad gelezen is (en wat er niet klopt).
      yield `== ${bestand} — ${waar} (archief) ==`;
      yield archiefTekst(r.register) ?? "";
      if (r.problemen.length) {
        yield `Problemen in het archief (${r.problemen.length}):`;
        for (const p of r.problemen) yield `  ${p.ernst === "waarschuwing" ? "let op: " : ""}${beschrijfProbleem(p)}`;
      }
      yield "";
      continue;
    }
    let rr = verzameld?.get(r);
    if (!rr) {
      rr = new RapportRegister(u.bestand, r);
      for (const e of r.evaluaties) rr.dossier(e);
    }
    yield* rr.regels(bestand, r, peildatum, horizon);
  }
  if (u.fout !== null) yield* [`  Let op: ${u.fout}`, ""];
  if (u.kopie) yield* [`  Gemarkeerde kopie: ${veiligeRegel(u.kopie)}`, ""];
}

function actieRegel(x: Actie, peildatum: Dag): string {
  const herstel = x.herstel && x.status === "te-laat" ? ` — hersteld per ${formatNL(x.herstel.per)}, kan herleven tot ${formatNL(x.herstel.herlevenTot)}` : "";
  return `  ${formatNL(x.uiterlijk)}  ${pad(`${x.werknemer} (rij ${x.rij})`, 30)} ${pad(MIJLPAAL_NAAM[x.code], 40)} ${dagenTekst(x.uiterlijk, peildatum)}${herstel}`;
}

export function rapportSamenvatting(t: Totalen): string {
  return (
    `Samenvatting: ${aantal(t.bestanden, "bestand", "bestanden")}, ${aantal(t.registers, "register", "registers")}, ` +
    `${aantal(t.dossiers, "dossier", "dossiers")}, ${aantal(t.teLaat, "stap", "stappen")} te laat, ${t.binnenkort} binnenkort, ` +
    `${aantal(t.problemen, "probleem", "problemen")}` +
    (t.nietGelezen ? `, ${t.nietGelezen} niet gelezen` : "") +
    (t.nietTeBeoordelen ? `, ${t.nietTeBeoordelen} niet te beoordelen` : "") +
    ".\n"
  );
}

/** Wat het slotoverzicht van één bestand nodig heeft (de scanner bewaart alleen dit per bestand). */
export interface BestandOverzicht {
  bestand: string;
  dossiers: number;
  teLaat: number;
  binnenkort: number;
  /** De reden als het bestand niet gelezen kon worden. */
  onleesbaar: string | null;
  /** Een andere opmerking (geen register, geen kopie). */
  opmerking: string | null;
  /** Gelezen, maar geen register herkend: de reden staat in `opmerking`. */
  nietTeBeoordelen?: boolean;
}

export function overzichtVan(u: BestandUitslag): BestandOverzicht {
  const o: BestandOverzicht = { bestand: u.bestand, dossiers: 0, teLaat: 0, binnenkort: 0, onleesbaar: u.onleesbaar ? u.fout : null, opmerking: u.onleesbaar ? null : u.fout, nietTeBeoordelen: !!u.nietTeBeoordelen };
  for (const r of u.registers) {
    o.dossiers += r.telling.dossiers;
    o.teLaat += r.telling.teLaat;
    o.binnenkort += r.telling.binnenkort;
  }
  return o;
}

/**
 * Het slotoverzicht van een scan over meer bestanden: per bestand dossiers, te laat, binnenkort, of
 * waarom het niet gelezen is; daarna wat in de mappen bewust is overgeslagen. Niets verdwijnt stil.
 */
export function rapportOverzicht(regels: readonly BestandOverzicht[], overgeslagen: readonly Overgeslagen[]): string {
  const uit: string[] = ["Overzicht per bestand:"];
  regels = regels.map((r) => ({ ...r, bestand: veiligeRegel(r.bestand) }));
  overgeslagen = overgeslagen.map((o) => ({ ...o, bestand: veiligeRegel(o.bestand) }));
  const breed = Math.min(60, Math.max(8, ...regels.map((r) => r.bestand.length)));
  for (const r of regels) {
    if (r.onleesbaar !== null) uit.push(`  ${pad(r.bestand, breed + 1)} NIET GELEZEN: ${r.onleesbaar}`);
    else if (r.nietTeBeoordelen && r.opmerking) uit.push(`  ${pad(r.bestand, breed + 1)} NIET TE BEOORDELEN: ${r.opmerking.replace(/^Niet te beoordelen: /, "")}`);
    else uit.push(`  ${pad(r.bestand, breed + 1)} ${r.dossiers} dossiers, ${r.teLaat} te laat, ${r.binnenkort} binnenkort${r.opmerking ? ` — ${r.opmerking}` : ""}`);
  }
  const onleesbaar = regels.filter((r) => r.onleesbaar !== null).length;
  if (onleesbaar) uit.push(`  ${onleesbaar} van de ${regels.length} bestanden konden niet gelezen worden.`);
  if (overgeslagen.length) {
    // Gewone bestanden die geen werkmap zijn (pdf, docx…) per extensie; de rest (pijpen, kringen, slotbestanden) per bestand.
    const perExt = new Map<string, number>();
    const apart: Overgeslagen[] = [];
    for (const o of overgeslagen) {
      if (o.reden === GEEN_WERKMAP) {
        const m = /\.([^./\\]+)$/.exec(o.bestand);
        const ext = m ? "." + m[1].toLowerCase() : "zonder extensie";
        perExt.set(ext, (perExt.get(ext) ?? 0) + 1);
      } else apart.push(o);
    }
    uit.push("Overgeslagen:");
    if (perExt.size) {
      const n = [...perExt.values()].reduce((a, b) => a + b, 0);
      uit.push(`  ${n} ${n === 1 ? "bestand dat geen werkmap is" : "bestanden die geen werkmap zijn"} (${[...perExt].map(([e, k]) => `${e}: ${k}`).join(", ")})`);
    }
    for (const o of apart) uit.push(`  ${o.bestand}: ${o.reden}`);
  }
  return veiligeRegels(uit.join("\n")) + "\n";
}

/** De reden voor een gewoon bestand dat geen werkmap of CSV is (in het overzicht per extensie geteld). */
export const GEEN_WERKMAP = "geen werkmap of CSV";

// ---- CSV -----------------------------------------------------------------------------------------

/**
 * Eén CSV-veld. Tekst die Excel als formule zou uitvoeren (begint met = + - @, tab of CR) krijgt een
 * apostrof ervoor (OWASP, "CSV Injection"): een werknemersnaam of bestandsnaam uit een klantmap mag
 * nooit een formule worden. Getallen van de scanner zelf blijven getallen.
 */
export function csvVeld(v: string | number | null): string {
  if (v === null) return "";
  // Geen stuurtekens (ESC, CR…) uit cellen of bestandsnamen in het bestand; een regeleinde mag (tussen aanhalingstekens).
  let s = typeof v === "string" ? veiligeRegels(v) : String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[";\n\r\t']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV met ";" als scheidingsteken (zoals Nederlandse Excel verwacht), één regel per dossier. */
const CSV_KOP = [
    "bestand", "blad", "tabel", "rij", "werknemer", "personeelsnummer", "eerste_ziektedag", "ziekteweek",
    "volgende_actie", "volgende_uiterlijk", "volgende_status", "aantal_te_laat", "aantal_binnenkort",
    "riv_oordeel", "spoor2_oordeel", "loonsanctie_risico", "laatste_dag_loondoorbetaling", "melding",
    "status", "kan_herleven_tot",
].join(";");
/** Het aantal kolommen van de CSV (regels voor problemen en onleesbare bestanden vullen aan tot deze breedte). */
const CSV_KOLOMMEN = CSV_KOP.split(";").length;
const MELDING_KOLOM = CSV_KOP.split(";").indexOf("melding");
const STATUS_KOLOM = CSV_KOP.split(";").indexOf("status");

/** De kop, met een UTF-8-BOM ervoor: zonder BOM leest Nederlandse Excel é en ë verkeerd. */
export function csvKop(): string {
  return "\uFEFF" + CSV_KOP + "\r\n";
}

/**
 * De CSV-regel (met regeleinde) van één dossier. `volgende_actie` is altijd iets om te doen (nooit een stap
 * die voorbij is); `aantal_te_laat` telt wat nog in te halen is; `loonsanctie_risico` en `status` zijn die
 * van het rapport en het taakvenster (src/core/stand.ts).
 */
export function csvDossier(bestand: string, r: RegisterUitslag, e: DossierEvaluatie): string {
  const t = e.tijdlijn;
  const open: Telling = { dossiers: 0, teLaat: 0, binnenkort: 0 };
  telDossier(open, e);
  const st = dossierStand(e);
  const melding = st.risico === "onbekend" && st.onbekend.kolommen.length ? `niet te beoordelen: geen kolom ${st.onbekend.kolommen.join(", ")}` : null;
  return (
    [
      bestand, r.blad, r.tabel, e.dossier.rijen[e.dossier.rijen.length - 1], e.dossier.werknemer, e.dossier.personeelsnummer,
      formatISO(t.eersteZiektedag), t.ziekteweek, e.volgende ? MIJLPAAL_NAAM[e.volgende.code] : null,
      e.volgende ? formatISO(e.volgende.uiterlijk) : null, e.volgende ? STATUS_TEKST[e.volgende.status] : null,
      open.teLaat, open.binnenkort,
      e.beoordeling.riv.oordeel, e.beoordeling.spoor2.oordeel, st.risico, formatISO(t.laatsteDagLoondoorbetaling), melding,
      DOSSIER_STATUS_TEKST[st.status], st.kanHerlevenTot === null ? null : formatISO(st.kanHerlevenTot),
    ]
      .map((v) => csvVeld(v as string | number | null))
      .join(";") + "\r\n"
  );
}

/** Een regel met alleen bestand, blad, tabel, rij, de melding en de status (voor problemen en onleesbare bestanden). */
function csvMeldingRegel(bestand: string, blad: string | null, tabel: string | null, rij: number | null, melding: string, status: string): string {
  const velden: (string | number | null)[] = new Array<string | number | null>(CSV_KOLOMMEN).fill(null);
  velden[0] = bestand;
  velden[1] = blad;
  velden[2] = tabel;
  velden[3] = rij;
  velden[MELDING_KOLOM] = melding;
  velden[STATUS_KOLOM] = status;
  return velden.map(csvVeld).join(";") + "\r\n";
}

/** De CSV-regel van een probleem in het register: status "probleem", met rij en de melding (met kolom). */
export function csvProbleem(bestand: string, r: Pick<RegisterUitslag, "blad" | "tabel">, p: Probleem): string {
  return csvMeldingRegel(bestand, r.blad || null, r.tabel, p.rij ?? null, beschrijfProbleem({ ...p, rij: undefined }), p.ernst === "waarschuwing" ? "let op" : "probleem");
}

/**
 * De CSV-regels van één bestand: de dossiers die niet al met csvDossier gestroomd zijn, dan per register elk
 * probleem (status "probleem" of "let op", met rij en melding), en de reden als het bestand niet gelezen is.
 */
export function csvBestand(u: BestandUitslag): string {
  return [...csvBestandStukken(u)].join("");
}

/**
 * De regels van `csvBestand` in stukken van ~64 kB (de scanner schrijft ze één voor één weg): bij 1.000.000 rijen
 * zijn er 334.000 problemen, als één tekst ~85 MB plus zijn UTF-8 (issue 22).
 */
export function* csvBestandStukken(u: BestandUitslag): Generator<string> {
  function* regels(): Generator<string> {
    for (const r of u.registers) for (const e of r.evaluaties) yield csvDossier(u.bestand, r, e);
    for (const r of u.registers) for (const p of r.problemen) yield csvProbleem(u.bestand, r, p);
  }
  let uit = yield* inStukken(regels());
  // Een register dat niet te beoordelen is en de koppen die niet gebruikt zijn: elk een eigen regel.
  for (const r of u.registers) {
    if (r.register.nietTeBeoordelen) uit += csvMeldingRegel(u.bestand, r.blad || null, r.tabel, r.register.koprij, r.register.nietTeBeoordelen, NIET_TE_BEOORDELEN);
    const ongebruikt = nietGebruiktRegel(r.register.nietGebruikt ?? []);
    if (ongebruikt) uit += csvMeldingRegel(u.bestand, r.blad || null, r.tabel, r.register.koprij, ongebruikt, "kolommen");
  }
  // Een bestand dat niet (helemaal) gelezen is: een regel met alleen het bestand en de reden.
  if (u.fout !== null) uit += csvMeldingRegel(u.bestand, null, null, null, u.fout, u.onleesbaar ? "niet gelezen" : u.nietTeBeoordelen ? NIET_TE_BEOORDELEN : "let op");
  if (uit) yield uit;
}
