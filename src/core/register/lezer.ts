/**
 * De registerlezer: een kopregel plus een 2-D blok celwaarden (precies zoals Office.js `range.values` en
 * exceljs ze geven) → dossiers en problemen. Host-neutraal en zuiver: geen Office, geen bestanden.
 *
 * - De kopregel mag onder een titel en lege regels staan (vindKoprij).
 * - Elke slechte cel wordt een `Probleem` met rij, kolomkop, kolomletter en een Nederlandse melding; de
 *   andere cellen en rijen gaan door. Een rij zonder geldige eerste ziektedag wordt overgeslagen.
 * - Rijen van dezelfde werknemer (personeelsnummer, anders de genormaliseerde naam) worden ketens van
 *   samengetelde perioden (BW 7:629 lid 10: onderbreking ≤ 27 dagen); perioden die niet samentellen,
 *   worden aparte dossiers. Dubbele rijen (zelfde werknemer, zelfde eerste ziektedag) worden gemeld.
 * - Kolommen met medische gegevens worden gemeld (AVG) en nooit gelezen.
 */
import type { Dag, Datumsysteem } from "../dagen";
import { formatNL } from "../dagen";
import type { DossierGegevens, RegisterDossier } from "../dossier";
import { kolomLetter } from "../markering";
import type { MijlpaalCode } from "../mijlpalen";
import type { Ernst, Probleem } from "../problemen";
import type { DossierInvoer, Interval } from "../tijdlijn";
import { BRON, SAMENTELLEN_MAX_GAT_DAGEN } from "../wet";
import {
  herkenUitzondering,
  leesDatum,
  leesDatumOfJaNee,
  leesDatums,
  leesJaNee,
  leesTekst,
  leesWeken,
  REGISTER_LAATSTE,
  REGISTER_VROEGSTE,
  type Cel,
  type CelUitkomst,
} from "./cellen";
import { MIJLPAAL_VELD, TEMPLATE_KOLOMMEN, VELDEN, VELD_SOORT, herkenKop, isPrivacyKop, normaliseerKop, type Veld, type VeldSoort } from "./kolommen";

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
}

export interface KolomInfo {
  veld: Veld;
  /** De kop zoals de gebruiker hem schreef. */
  kop: string;
  /** 0-based index in het blok. */
  index: number;
  /** 1-based werkbladkolom. */
  kolom: number;
  letter: string;
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
  dossiers: RegisterDossier[];
  problemen: Probleem[];
  /** Optionele kolommen die ontbreken: de afhankelijke controles zeggen "onbekend". */
  ontbrekend: Veld[];
}

/** Hoeveel rijen boven in een blok naar de kopregel gezocht wordt. */
const ZOEK_KOPRIJ_RIJEN = 50;

// ---- Kolomkaart ---------------------------------------------------------------------------------

interface Kaart {
  kolommen: KolomInfo[];
  perVeld: Map<Veld, KolomInfo>;
  /** Parallel aan `kolommen`: hoe de cel gelezen wordt, en de index van het veld (V). */
  soorten: VeldSoort[];
  veldIndex: number[];
  /** Per veld (index V): heeft het register deze kolom? */
  aanwezig: boolean[];
  /** Kolom (1-based) van elk veld en elke mijlpaalcode: gedeeld door alle dossiers van het register. */
  kolomVan: Readonly<Record<string, number>>;
  problemen: Probleem[];
}

function celTekst(c: Cel): string | null {
  if (typeof c === "string") return c.trim() === "" ? null : c.trim();
  return null;
}

/** Herkende velden in een rij (zonder privacykolommen). */
function scoreKoprij(rij: readonly Cel[]): { aantal: number; d: boolean; w: boolean } {
  const gezien = new Set<Veld>();
  for (const c of rij) {
    const t = celTekst(c);
    if (t === null || t.length > 80) continue;
    const v = herkenKop(t);
    if (v !== null) gezien.add(v);
  }
  return { aantal: gezien.size, d: gezien.has("eersteZiektedag"), w: gezien.has("werknemer") || gezien.has("personeelsnummer") };
}

/**
 * De kopregel in een blok: de rij (in de eerste 50) met de meeste herkende kolommen, met minstens twee
 * herkende kolommen waaronder de eerste ziektedag of de werknemer. Index in `waarden`, of null.
 */
export function vindKoprij(waarden: Cel[][]): number | null {
  let beste: number | null = null;
  let besteAantal = 1;
  const n = Math.min(waarden.length, ZOEK_KOPRIJ_RIJEN);
  for (let i = 0; i < n; i++) {
    const rij = waarden[i];
    if (!Array.isArray(rij)) continue;
    const s = scoreKoprij(rij);
    if (s.aantal > besteAantal && (s.d || s.w)) {
      beste = i;
      besteAantal = s.aantal;
    }
  }
  return beste;
}

/** Index van elk veld in `GelezenRij.waarden`. */
const V = Object.fromEntries(VELDEN.map((v, i) => [v, i])) as Record<Veld, number>;

function maakKaart(koppen: readonly Cel[], kolomOffset: number, koprij: number | undefined): Kaart {
  const kolommen: KolomInfo[] = [];
  const perVeld = new Map<Veld, KolomInfo>();
  const problemen: Probleem[] = [];
  for (let i = 0; i < koppen.length; i++) {
    const kop = celTekst(koppen[i]);
    if (kop === null) continue;
    const kolom = kolomOffset + i;
    const letter = kolomLetter(kolom);
    if (isPrivacyKop(kop)) {
      problemen.push({
        code: "PRIVACY_KOLOM",
        ernst: "waarschuwing",
        melding:
          `De kolom "${kop}" lijkt medische gegevens te bevatten (diagnose, klachten, oorzaak). De AVG verbiedt de werkgever die vast te leggen, ` +
          `ook met toestemming van de werknemer; verwijder de kolom. Poortwachter leest deze kolom niet. Bron: ${BRON.AP_ZIEKE_WERKNEMER}.`,
        rij: koprij,
        kolom: kop,
        kolomLetter: letter,
      });
      continue;
    }
    const veld = herkenKop(kop);
    if (veld === null) continue;
    const al = perVeld.get(veld);
    if (al) {
      problemen.push({
        code: "DUBBELE_KOLOM",
        ernst: "waarschuwing",
        melding: `De kolom "${kop}" betekent hetzelfde als kolom "${al.kop}" (${al.letter}); alleen kolom ${al.letter} wordt gelezen.`,
        rij: koprij,
        kolom: kop,
        kolomLetter: letter,
      });
      continue;
    }
    const info: KolomInfo = { veld, kop, index: i, kolom, letter };
    kolommen.push(info);
    perVeld.set(veld, info);
  }
  const kolomVan: Record<string, number> = {};
  for (const k of kolommen) {
    kolomVan[k.veld] = k.kolom;
    const code = MIJLPAAL_VELD[k.veld];
    if (code) kolomVan[code] = k.kolom;
  }
  return {
    kolommen,
    perVeld,
    soorten: kolommen.map((k) => VELD_SOORT[k.veld]),
    veldIndex: kolommen.map((k) => V[k.veld]),
    aanwezig: VELDEN.map((v) => perVeld.has(v)),
    kolomVan: Object.freeze(kolomVan),
    problemen,
  };
}

// ---- Rijen lezen --------------------------------------------------------------------------------

interface Instelling {
  systeem: Datumsysteem;
  utc: boolean;
}

/** Eén gelezen rij: per herkend veld de waarde (null = leeg of onleesbaar). */
interface GelezenRij {
  rij: number | undefined;
  /** Volgorde in het blok (voor stabiel sorteren). */
  volgnummer: number;
  /** Per veld (index V[veld]) de waarde; undefined = geen kolom. */
  waarden: unknown[];
  D: Dag;
  h: Dag | null;
  sleutel: string | null;
}

function celProbleem(code: string, melding: string, rij: number | undefined, info: KolomInfo, ernst: Ernst = "fout"): Probleem {
  return {
    code,
    ernst,
    melding: melding.charAt(0).toUpperCase() + melding.slice(1),
    rij,
    kolom: info.kop,
    kolomLetter: info.letter,
    veld: info.veld,
  };
}

const SNEL_VAN = REGISTER_VROEGSTE;
const SNEL_TOT = REGISTER_LAATSTE;

function leesCel(soort: VeldSoort, cel: Cel, inst: Instelling): CelUitkomst<unknown> {
  switch (soort) {
    case "datum":
      // Snel pad: een geheel serienummer in het normale bereik (het gewone geval).
      if (typeof cel === "number" && inst.systeem === "1900" && cel >= SNEL_VAN && cel <= SNEL_TOT && cel === Math.floor(cel)) {
        return { ok: true, waarde: cel };
      }
      return leesDatum(cel, inst.systeem, inst.utc);
    case "datums":
      return leesDatums(cel, inst.systeem, inst.utc);
    case "janee":
      return leesJaNee(cel, inst.systeem, inst.utc);
    case "datumOfJanee":
      return leesDatumOfJaNee(cel, inst.systeem, inst.utc);
    case "weken":
      return leesWeken(cel);
    case "tekst":
    case "uitzondering":
      return leesTekst(cel);
  }
}

function isLeeg(c: Cel): boolean {
  return c === null || c === undefined || c === "" || (typeof c === "string" && c.trim() === "");
}

/** Van/tot-paren die samen één periode vormen: [van, tot, naam in de melding, gevolg]. */
const VAN_TOT_PAREN: readonly [Veld, Veld, string, string][] = [
  ["arbeidstherapieVan", "arbeidstherapieTot", "arbeidstherapie", "beide zijn genegeerd"],
  ["wazoVan", "wazoTot", "WAZO-verlof", "het verlof is genegeerd"],
  ["geenBenutbareMogelijkhedenVan", "geenBenutbareMogelijkhedenTot", "geen benutbare mogelijkheden", "beide zijn genegeerd"],
];

/**
 * Lees één rij. Geeft null voor een lege rij of een rij zonder geldige eerste ziektedag (met probleem).
 * `heeftKolom(veld)` via kaart.perVeld.
 */
function leesEenRij(rij: readonly Cel[], kaart: Kaart, rijNummer: number | undefined, volgnummer: number, inst: Instelling, problemen: Probleem[]): GelezenRij | null {
  const kolommen = kaart.kolommen;
  // Lege rij: alle herkende cellen leeg (0 telt hier ook als leeg: Excel geeft 0 voor lege cellen).
  let inhoud = false;
  for (let k = 0; k < kolommen.length; k++) {
    const c = rij[kolommen[k].index];
    if (!isLeeg(c) && c !== 0) {
      inhoud = true;
      break;
    }
  }
  if (!inhoud) return null;

  const waarden: unknown[] = new Array(VELDEN.length);
  const dInfo = kaart.perVeld.get("eersteZiektedag");
  const snel = inst.systeem === "1900";
  let dFout = false;
  for (let k = 0; k < kolommen.length; k++) {
    const info = kolommen[k];
    const c = rij[info.index];
    const soort = kaart.soorten[k];
    // Snel pad zonder allocatie: een geheel serienummer in het normale bereik, of een lege cel.
    if (soort === "datum" && typeof c === "number" && snel && c >= SNEL_VAN && c <= SNEL_TOT && c === Math.floor(c)) {
      waarden[kaart.veldIndex[k]] = c;
      continue;
    }
    if (c === "" || c === null || c === undefined) {
      waarden[kaart.veldIndex[k]] = null;
      continue;
    }
    const r = leesCel(soort, c, inst);
    if (r.ok) {
      waarden[kaart.veldIndex[k]] = r.waarde;
    } else {
      waarden[kaart.veldIndex[k]] = null;
      if (info === dInfo) {
        dFout = true;
        problemen.push(celProbleem(r.code, `${r.melding.replace(/\.$/, "")}; de rij is overgeslagen.`, rijNummer, info));
      } else {
        problemen.push(celProbleem(r.code, r.melding, rijNummer, info));
      }
    }
  }
  if (!dInfo) return null;
  // Een herhaalde kopregel midden in het blok: stil overslaan.
  const dCel = rij[dInfo.index];
  if (typeof dCel === "string" && herkenKop(dCel) === "eersteZiektedag") return null;

  const D = waarden[V.eersteZiektedag] as Dag | null | undefined;
  if (D === null || D === undefined) {
    if (!dFout) {
      problemen.push(celProbleem("GEEN_EERSTE_ZIEKTEDAG", "de eerste ziektedag ontbreekt; de rij is overgeslagen.", rijNummer, dInfo));
    }
    return null;
  }

  // Omgekeerde datums.
  let h = (waarden[V.hersteldatum] ?? null) as Dag | null;
  if (h !== null && h <= D) {
    const info = kaart.perVeld.get("hersteldatum")!;
    problemen.push(
      celProbleem(
        "HERSTEL_VOOR_ZIEKTE",
        `de hersteldatum ${formatNL(h)} ligt niet na de eerste ziektedag ${formatNL(D)}; de hersteldatum is genegeerd.`,
        rijNummer,
        info,
      ),
    );
    h = null;
    waarden[V.hersteldatum] = null;
  }
  // Van/tot-paren: een "tot" vóór "van" maakt beide onbruikbaar.
  for (const [vanVeld, totVeld, naam, gevolg] of VAN_TOT_PAREN) {
    const van = waarden[V[vanVeld]];
    const tot = waarden[V[totVeld]];
    if (typeof van === "number" && typeof tot === "number" && tot < van) {
      problemen.push(
        celProbleem("DATUMS_OMGEKEERD", `${naam} tot ${formatNL(tot)} ligt vóór ${naam} van ${formatNL(van)}; ${gevolg}.`, rijNummer, kaart.perVeld.get(totVeld)!),
      );
      waarden[V[vanVeld]] = null;
      waarden[V[totVeld]] = null;
    }
  }
  const wVan = waarden[V.wazoVan] as Dag | null | undefined;
  const wTot = waarden[V.wazoTot] as Dag | null | undefined;
  if ((typeof wVan === "number") !== (typeof wTot === "number") && kaart.perVeld.has("wazoVan") && kaart.perVeld.has("wazoTot")) {
    const leeg = typeof wVan === "number" ? "wazoTot" : "wazoVan";
    problemen.push(
      celProbleem("WAZO_ONVOLLEDIG", "vul bij WAZO-verlof zowel de begin- als de einddatum in; het verlof is nu niet meegeteld.", rijNummer, kaart.perVeld.get(leeg)!, "waarschuwing"),
    );
  }

  // Uitzondering spoor 2 (vrije tekst).
  const uTekst = waarden[V.uitzonderingSpoor2];
  if (typeof uTekst === "string") {
    if (herkenUitzondering(uTekst) === "onbekend") {
      problemen.push(
        celProbleem(
          "UITZONDERING_ONBEKEND",
          // De tekst zelf niet herhalen: vrije tekst kan medische gegevens bevatten (isVrijeTekst).
          `de tekst in de cel is geen herkende uitzondering op spoor 2 (verwacht: perspectief op terugkeer, marginale mogelijkheden of AOW); er is gerekend zonder uitzondering.`,
          rijNummer,
          kaart.perVeld.get("uitzonderingSpoor2")!,
          "waarschuwing",
        ),
      );
    }
  }

  const pnr = waarden[V.personeelsnummer];
  const naam = waarden[V.werknemer];
  let sleutel: string | null = null;
  if (typeof pnr === "string") sleutel = "p:" + pnr.toLowerCase().replace(/\s+/g, "");
  else if (typeof naam === "string") {
    const n = normaliseerKop(naam);
    sleutel = n === "" ? null : "n:" + n;
  }
  if (sleutel === null && (kaart.perVeld.has("werknemer") || kaart.perVeld.has("personeelsnummer"))) {
    const info = kaart.perVeld.get("werknemer") ?? kaart.perVeld.get("personeelsnummer")!;
    problemen.push(celProbleem("GEEN_WERKNEMER", "de rij heeft geen werknemer of personeelsnummer; ze is apart beoordeeld.", rijNummer, info, "waarschuwing"));
  }
  return { rij: rijNummer, volgnummer, waarden, D, h, sleutel };
}

// ---- Van rijen naar dossiers --------------------------------------------------------------------


const MIJLPAAL_VELDEN = Object.entries(MIJLPAAL_VELD) as [Veld, MijlpaalCode][];

/** De waarde van een veld (index V) in de keten: uit de huidige rij, anders de laatste ingevulde eerdere rij. */
function ketenWaarde(keten: readonly GelezenRij[], veld: Veld | number): unknown {
  const idx = typeof veld === "number" ? veld : V[veld];
  for (let i = keten.length - 1; i >= 0; i--) {
    const w = keten[i].waarden[idx];
    if (w !== null && w !== undefined) return w;
  }
  return null;
}

/** Eén keten (gesorteerd op eerste ziektedag; de laatste is de huidige periode) → RegisterDossier. */
function maakDossier(keten: readonly GelezenRij[], kaart: Kaart): RegisterDossier {
  const cur = keten[keten.length - 1];
  const aanwezig = kaart.aanwezig;
  // Waarde van een veld: undefined als de kolom ontbreekt (onbekend), anders uit de keten (of null).
  const w = (v: Veld): unknown => (aanwezig[V[v]] ? ketenWaarde(keten, V[v]) : undefined);
  // Objecten als één literal met vaste sleutels (ontbrekende kolom = undefined): in V8 veel sneller dan
  // sleutel voor sleutel opbouwen, en dezelfde betekenis (undefined = onbekend).
  const gedaan: Partial<Record<MijlpaalCode, Dag | null>> = {
    ARBO: w("arbo") as Dag | null | undefined,
    PA: w("pa") as Dag | null | undefined,
    PVA: w("pva") as Dag | null | undefined,
    EVAL: w("laatsteEvaluatie") as Dag | null | undefined,
    UWV42: w("uwv42") as Dag | null | undefined,
    EJE: w("eje") as Dag | null | undefined,
    SPOOR2: w("startSpoor2") as Dag | null | undefined,
    AO: w("ao") as Dag | null | undefined,
    EINDEVAL: w("eindevaluatie") as Dag | null | undefined,
    WIA: w("wiaAanvraag") as Dag | null | undefined,
  };

  let evaluaties: Dag[] | null | undefined;
  if (aanwezig[V.evaluaties]) {
    const alle: Dag[] = [];
    for (const r of keten) {
      const e = r.waarden[V.evaluaties] as Dag[] | null | undefined;
      if (e) alle.push(...e);
    }
    alle.sort((a, b) => a - b);
    evaluaties = alle.length ? alle.filter((x, i) => i === 0 || x !== alle[i - 1]) : null;
    // De laatste evaluatie volgt ook uit de lijst (als die later is dan de kolom "Laatste evaluatie").
    if (alle.length) {
      const laatste = alle[alle.length - 1];
      const ev = gedaan.EVAL;
      if (ev === null || ev === undefined || laatste > ev) gedaan.EVAL = laatste;
    } else if (!aanwezig[V.laatsteEvaluatie]) {
      gedaan.EVAL = null;
    }
  }
  const gegevens: DossierGegevens = {
    evaluaties,
    arbeidsdeskundigOnderzoek: w("arbeidsdeskundigOnderzoek") as DossierGegevens["arbeidsdeskundigOnderzoek"],
    reintegratieplanSpoor2: w("reintegratieplanSpoor2") as DossierGegevens["reintegratieplanSpoor2"],
    persoonsprofiel: w("persoonsprofiel") as DossierGegevens["persoonsprofiel"],
    zoekprofiel: w("zoekprofiel") as DossierGegevens["zoekprofiel"],
    rapportagemomenten: w("rapportagemomenten") as DossierGegevens["rapportagemomenten"],
    voortgangsrapportageSpoor2: w("voortgangsrapportageSpoor2") as DossierGegevens["voortgangsrapportageSpoor2"],
    eindrapportageSpoor2: w("eindrapportageSpoor2") as DossierGegevens["eindrapportageSpoor2"],
    visieWerknemer: w("visieWerknemer") as DossierGegevens["visieWerknemer"],
    bevredigendResultaat: w("bevredigendResultaat") as DossierGegevens["bevredigendResultaat"],
    uitzonderingSpoor2Tekst: w("uitzonderingSpoor2") as DossierGegevens["uitzonderingSpoor2Tekst"],
    belastbaarVanaf: w("belastbaarVanaf") as DossierGegevens["belastbaarVanaf"],
    arbeidstherapieVan: w("arbeidstherapieVan") as DossierGegevens["arbeidstherapieVan"],
    arbeidstherapieTot: w("arbeidstherapieTot") as DossierGegevens["arbeidstherapieTot"],
    arbeidstherapieOnderbouwd: w("arbeidstherapieOnderbouwd") as DossierGegevens["arbeidstherapieOnderbouwd"],
    aowDatum: w("aowDatum") as DossierGegevens["aowDatum"],
    geenBenutbareMogelijkhedenVan: w("geenBenutbareMogelijkhedenVan") as DossierGegevens["geenBenutbareMogelijkhedenVan"],
    geenBenutbareMogelijkhedenTot: w("geenBenutbareMogelijkhedenTot") as DossierGegevens["geenBenutbareMogelijkhedenTot"],
  };

  let spoor2Uitzondering: DossierInvoer["spoor2Uitzondering"] = undefined;
  if (aanwezig[V.uitzonderingSpoor2]) {
    const t = gegevens.uitzonderingSpoor2Tekst;
    const u = typeof t === "string" ? herkenUitzondering(t) : null;
    spoor2Uitzondering = u === "onbekend" ? null : u;
  }
  let wazo: Interval[] | undefined;
  if (aanwezig[V.wazoVan] && aanwezig[V.wazoTot]) {
    wazo = [];
    for (const r of keten) {
      const van = r.waarden[V.wazoVan];
      const tot = r.waarden[V.wazoTot];
      if (typeof van === "number" && typeof tot === "number" && !wazo.some((x) => x.van === van && x.tot === tot)) wazo.push({ van, tot });
    }
  }
  const invoer: DossierInvoer = {
    eersteZiektedag: cur.D,
    hersteldatum: aanwezig[V.hersteldatum] ? cur.h : undefined,
    eerderePerioden: keten.length > 1 ? keten.slice(0, -1).map((r) => ({ eersteZiektedag: r.D, hersteldatum: r.h })) : undefined,
    gedaan,
    vrijwilligeVerlengingWeken: w("vrijwilligeVerlengingWeken") as number | null | undefined,
    loonsanctieTot: w("loonsanctieTot") as Dag | null | undefined,
    bekortingsbesluit: w("bekortingsbesluit") as Dag | null | undefined,
    wazo,
    spoor2Uitzondering,
    bevredigendResultaat: gegevens.bevredigendResultaat,
  };

  const rijen: number[] = [];
  for (const r of keten) if (r.rij !== undefined) rijen.push(r.rij);
  return {
    rijen,
    werknemer: (ketenWaarde(keten, V.werknemer) as string | null) ?? null,
    personeelsnummer: (ketenWaarde(keten, V.personeelsnummer) as string | null) ?? null,
    invoer,
    gegevens,
    rij: cur.rij ?? null,
    kolommen: kaart.kolomVan,
  };
}

/**
 * Groepeer rijen per werknemer, meld dubbele rijen, en splits elke werknemer in ketens van perioden die
 * samentellen (gat ≤ wet.SAMENTELLEN_MAX_GAT_DAGEN; BW 7:629 lid 10, WIA art. 23).
 */
function groepeer(rijen: GelezenRij[], kaart: Kaart, problemen: Probleem[]): RegisterDossier[] {
  const groepen = new Map<string, GelezenRij[]>();
  const ketens: GelezenRij[][] = [];
  for (const r of rijen) {
    if (r.sleutel === null) {
      ketens.push([r]);
      continue;
    }
    const g = groepen.get(r.sleutel);
    if (g) g.push(r);
    else groepen.set(r.sleutel, [r]);
  }
  const dInfo = kaart.perVeld.get("eersteZiektedag")!;
  for (const g of groepen.values()) {
    if (g.length === 1) {
      ketens.push(g);
      continue;
    }
    g.sort((a, b) => a.D - b.D || a.volgnummer - b.volgnummer);
    let keten: GelezenRij[] = [];
    let herstel: Dag | null = null;
    let vorige: GelezenRij | null = null;
    for (const r of g) {
      if (vorige !== null && vorige.D === r.D) {
        // Zelfde werknemer, zelfde eerste ziektedag: dubbele rij. De eerste (in het werkblad) telt.
        const [eerste, dubbel] = vorige.volgnummer < r.volgnummer ? [vorige, r] : [r, vorige];
        problemen.push(
          celProbleem(
            "DUBBELE_RIJ",
            `deze rij is een dubbele van rij ${eerste.rij ?? "?"} (zelfde werknemer, eerste ziektedag ${formatNL(r.D)}); alleen rij ${eerste.rij ?? "?"} is gebruikt.`,
            dubbel.rij,
            dInfo,
            "waarschuwing",
          ),
        );
        if (dubbel === vorige) {
          keten[keten.length - 1] = r;
          herstel = r.h;
          vorige = r;
        }
        continue;
      }
      // Zelfde regels als de engine (tijdlijn.ts bouwKeten): overlap of een lopende periode loopt door,
      // een gat van ten hoogste 27 dagen telt samen, een groter gat begint een nieuw dossier.
      if (keten.length === 0) {
        keten.push(r);
        herstel = r.h;
      } else if (herstel === null || r.D <= herstel) {
        keten.push(r);
        herstel = r.h === null || herstel === null ? null : Math.max(r.h, herstel);
      } else if (r.D - herstel <= SAMENTELLEN_MAX_GAT_DAGEN) {
        keten.push(r);
        herstel = r.h;
      } else {
        ketens.push(keten);
        keten = [r];
        herstel = r.h;
      }
      vorige = r;
    }
    if (keten.length) ketens.push(keten);
  }
  ketens.sort((a, b) => a[a.length - 1].volgnummer - b[b.length - 1].volgnummer);
  return ketens.map((k) => maakDossier(k, kaart));
}

// ---- Publieke functies --------------------------------------------------------------------------

function ontbrekendeVelden(kaart: Kaart): Veld[] {
  return VELDEN.filter((v) => !kaart.perVeld.has(v));
}

function vereisteKolommen(kaart: Kaart, koprij: number | undefined): Probleem[] {
  const p: Probleem[] = [];
  if (!kaart.perVeld.has("eersteZiektedag")) {
    p.push({
      code: "KOLOM_ONTBREEKT",
      ernst: "fout",
      melding: 'De verplichte kolom "Eerste ziektedag" ontbreekt (ook herkend: Ziekmelding, Datum ziekmelding, 1e ziektedag). Er kan niets beoordeeld worden.',
      rij: koprij,
      veld: "eersteZiektedag",
    });
  }
  if (!kaart.perVeld.has("werknemer") && !kaart.perVeld.has("personeelsnummer")) {
    p.push({
      code: "KOLOM_ONTBREEKT",
      ernst: "fout",
      melding: 'De verplichte kolom "Werknemer" (of "Personeelsnummer") ontbreekt: rijen van dezelfde werknemer kunnen niet samengeteld worden; elke rij is apart beoordeeld.',
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
  if (!Array.isArray(waarden)) return null;
  // Een Excel-tabel heeft zijn koprij bovenaan: dan hoeft er niet gezocht te worden.
  const bovenaan = opties.tabel !== undefined && Array.isArray(waarden[0]) ? scoreKoprij(waarden[0]) : null;
  const k = bovenaan && bovenaan.aantal > 1 && (bovenaan.d || bovenaan.w) ? 0 : vindKoprij(waarden);
  if (k === null) return null;
  const rijOffset = opties.rijOffset ?? 1;
  const kolomOffset = opties.kolomOffset ?? 1;
  const inst: Instelling = { systeem: opties.datumsysteem ?? "1900", utc: opties.jsDatumUtc ?? true };
  const koprij = rijOffset + k;
  const kaart = maakKaart(waarden[k], kolomOffset, koprij);
  const problemen: Probleem[] = [...kaart.problemen, ...vereisteKolommen(kaart, koprij)];

  const gelezen: GelezenRij[] = [];
  let laatsteRij = koprij;
  if (kaart.perVeld.has("eersteZiektedag")) {
    for (let i = k + 1; i < waarden.length; i++) {
      const rij = waarden[i];
      if (!Array.isArray(rij)) continue;
      const nummer = rijOffset + i;
      const aantalVoor = problemen.length;
      const r = leesEenRij(rij, kaart, nummer, i, inst, problemen);
      if (r) gelezen.push(r);
      if (r || problemen.length > aantalVoor) laatsteRij = nummer;
    }
  }
  const dossiers = kaart.perVeld.has("eersteZiektedag") ? groepeer(gelezen, kaart, problemen) : [];
  problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
  return {
    blad: opties.blad,
    tabel: opties.tabel,
    koprij,
    eersteRij: koprij + 1,
    laatsteRij,
    kolommen: kaart.kolommen,
    dossiers,
    problemen,
    ontbrekend: ontbrekendeVelden(kaart),
  };
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
    kaart = maakKaart(Array.isArray(koppen) ? koppen : [], kolomOffset, undefined);
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
  return { ...p, rij, kolom: info.kop, kolomLetter: info.letter };
}
