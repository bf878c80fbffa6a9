/**
 * Office.js-adapter: registers vinden en lezen, het kleurplan toepassen en weer verwijderen, instellingen
 * in de werkmap. Elke bewerking kost een vast aantal `context.sync()`-rondes, ongeacht het aantal rijen:
 *
 *  - lezen:      ronde 1 structuur (bladen, tabellen, namen, instelling), ronde 2 waarden van alle
 *                kandidaatbereiken (+ voorwaardelijke opmaak van de gebruikersbladen als we gaan markeren,
 *                + de 1904-test in het eigen kladblad). Totaal 2.
 *  - markeren:   lezen (2) + schrijfrondes. Excel op het web weigert een verzoek boven 5 MB; de waarden
 *                worden daarom in stukken geschreven en de stukken in rondes van ten hoogste
 *                SCHRIJF_BUDGET_BYTES gebundeld: schrijfrondes = max(1, ceil(omvang / budget)). Voor
 *                50.000 rijen × 10 mijlpaalkolommen (≈ 4,5 MB) zijn dat er 2, totaal 4.
 *  - verwijderen: ronde 1 structuur, ronde 2 opmaakregels laden, ronde 3 verwijderen. Totaal 3.
 * Er staat nooit een sync in een lus (eslint office-addins/no-context-sync-in-loop).
 *
 * Wat de invoegtoepassing toevoegt, begint met MARKERING_PREFIX ("PW_T_"): de veryHidden-bladen, de
 * werkmapnamen en (via de naam in de formule) de opmaakregels. Verwijderen raakt alleen die aan; geen
 * waarde, formule of opmaak van de gebruiker wordt veranderd (nooit conditionalFormats.clearAll()).
 */
import type { Dag } from "../core/dagen";
import type { Datumsysteem } from "../core/dagen";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "../core/instellingen";
import { leesInstellingen } from "../core/instellingen-lezen";
import { isEigenNaam, isEigenRegel, kolomLetter, leesBereik, maakMarkeringPlan, MARKERING_KLEUREN, MARKERING_PREFIX, type MarkeringPlan } from "../core/markering";
import type { Probleem } from "../core/problemen";
import type { Tijdlijn } from "../core/tijdlijn";
import { evalueerRegister, type DossierEvaluatie } from "../core/pipeline";
import { leesRegister, type Cel, type Register } from "../core/register";
import { deelInstellingen, INSTELLINGEN_SLEUTEL } from "./gedeeld";

export { INSTELLINGEN_SLEUTEL } from "./gedeeld";
/** Het kladblad van de invoegtoepassing (veryHidden) voor de 1904-test. */
export const KLADBLAD = `${MARKERING_PREFIX}0`;
/** Ruim onder de 5 MB per verzoek van Excel op het web (JSON-omvang van de geschreven waarden). */
export const SCHRIJF_BUDGET_BYTES = 4_000_000;
/** Hoogstens zoveel cellen per afzonderlijke bereikschrijving. */
export const STUK_RIJEN = 20_000;

export interface GevondenRegister {
  /** Volgnummer in de werkmap (1, 2, …): bepaalt het verborgen blad PW_T_<n>. */
  index: number;
  register: Register;
  evaluaties: DossierEvaluatie[];
  /** Problemen uit de lezer plus dossiers die niet te beoordelen waren. */
  problemen: Probleem[];
  /** Per dossier de tijdlijn (null als het dossier niet te beoordelen was), voor het kleurplan. */
  items: { dossier: DossierEvaluatie["dossier"]; tijdlijn: Tijdlijn | null }[];
}

export interface WerkmapLezing {
  datumsysteem: Datumsysteem;
  instellingen: Instellingen;
  /** Nederlandse meldingen over de werkmap zelf (instellingen, datumsysteem). */
  meldingen: string[];
  registers: GevondenRegister[];
  /** Er staat een markering van de invoegtoepassing in de werkmap. */
  gemarkeerd: boolean;
  syncs: number;
}

export interface MarkeerResultaat {
  lezing: WerkmapLezing;
  plannen: MarkeringPlan[];
  regels: number;
  cellen: number;
  schrijfRondes: number;
  syncs: number;
}

export interface VerwijderResultaat {
  regels: number;
  namen: number;
  bladen: number;
  syncs: number;
}

interface Blok {
  blad: string;
  tabel?: string;
  bereik: Excel.Range;
}

/** "'Blad 1'!B3:K20" → rij- en kolomoffset (1-based) van de linkerbovencel. */
export function ontleedAdres(adres: string): { rij: number; kolom: number } | null {
  const r = leesBereik(adres);
  return r ? { rij: r.boven, kolom: r.links } : null;
}

/** Telt de syncs van één bewerking. */
function teller() {
  let n = 0;
  return {
    tel() {
      n++;
    },
    get aantal() {
      return n;
    },
  };
}

/** Leest de werkmap: registers, instellingen, datumsysteem. Twee syncs. */
export async function leesWerkmap(context: Excel.RequestContext, peildatum: Dag): Promise<WerkmapLezing> {
  const t = teller();
  const r = await leesIntern(context, peildatum, t, false);
  return r.lezing;
}

interface InterneLezing {
  lezing: WerkmapLezing;
  /**
   * Per register (index) de celwaarden zoals gelezen, voor het kleurplan (MarkeringOpties.celInhoud). Alleen
   * intern: de lezing die het taakvenster bewaart, houdt de waarden van het hele blad niet vast.
   */
  celInhoud: Map<number, (rij: number, kolom: number) => unknown>;
  eigenRegels: Excel.ConditionalFormat[];
  eigenNamen: Excel.NamedItem[];
  eigenBladen: Excel.Worksheet[];
}

async function leesIntern(
  context: Excel.RequestContext,
  peildatum: Dag,
  t: ReturnType<typeof teller>,
  metOpmaak: boolean,
  metWaarden = true,
): Promise<InterneLezing> {
  const wb = context.workbook;
  // Ronde 1: structuur.
  const bladen = wb.worksheets;
  bladen.load("items/name,items/visibility");
  const tabellen = wb.tables;
  tabellen.load("items/name,items/worksheet/name");
  const namen = wb.names;
  namen.load("items/name");
  const instItem = wb.settings.getItemOrNullObject(INSTELLINGEN_SLEUTEL);
  instItem.load("value");
  t.tel();
    await context.sync();

  const meldingen: string[] = [];
  let instellingen: Instellingen = STANDAARD_INSTELLINGEN;
  if (!instItem.isNullObject) {
    let ruw: unknown = instItem.value;
    if (typeof ruw === "string") {
      try {
        ruw = JSON.parse(ruw);
      } catch {
        meldingen.push("De bewaarde instellingen zijn onleesbaar; de standaardinstellingen gelden.");
        ruw = {};
      }
    }
    const li = leesInstellingen(ruw);
    instellingen = li.instellingen;
    deelInstellingen(instellingen); // ook voor de PW-functies in de gedeelde runtime
    meldingen.push(...li.meldingen);
  }

  const eigenBladen = bladen.items.filter((b) => isEigenNaam(b.name));
  const gebruikersBladen = bladen.items.filter((b) => !isEigenNaam(b.name));
  const eigenNamen = namen.items.filter((n) => isEigenNaam(n.name));
  const kladBestaat = eigenBladen.some((b) => b.name === KLADBLAD);

  // Ronde 2: waarden van tabellen en (op bladen zonder tabel) van het gebruikte bereik, opmaakregels, 1904-test.
  const wachtrij = (metKlad: boolean) => {
    const blokken: Blok[] = [];
    if (metWaarden) {
      const metTabel = new Set<string>();
      for (const tab of tabellen.items) {
        const blad = tab.worksheet.name;
        if (isEigenNaam(blad)) continue;
        metTabel.add(blad);
        const bereik = tab.getRange();
        bereik.load("address,values");
        blokken.push({ blad, tabel: tab.name, bereik });
      }
      for (const b of gebruikersBladen) {
        if (metTabel.has(b.name)) continue;
        const bereik = b.getUsedRangeOrNullObject(true);
        bereik.load("address,values");
        blokken.push({ blad: b.name, bereik });
      }
    }
    const opmaak: Excel.ConditionalFormatCollection[] = [];
    if (metOpmaak) {
      for (const b of gebruikersBladen) {
        const cfs = b.getRange().conditionalFormats;
        cfs.load("items/type,items/customOrNullObject/rule/formula");
        opmaak.push(cfs);
      }
    }
    let kladCel: Excel.Range | null = null;
    if (metKlad) {
      const klad = kladBestaat ? bladen.getItem(KLADBLAD) : bladen.add(KLADBLAD);
      klad.visibility = "VeryHidden";
      kladCel = klad.getRange("A1");
      kladCel.formulas = [["=DATE(1904,1,1)"]];
      kladCel.load("values");
    }
    return { blokken, opmaak, kladCel };
  };

  let w = wachtrij(metWaarden);
  try {
    t.tel();
    await context.sync();
  } catch (e) {
    if (!metWaarden) throw e;
    // Bijvoorbeeld een beveiligde werkmapstructuur: geen kladblad mogelijk. Opnieuw, zonder 1904-test.
    meldingen.push("Het datumsysteem van de werkmap kon niet worden vastgesteld (werkmap beveiligd?); aangenomen: 1900.");
    w = wachtrij(false);
    t.tel();
    await context.sync();
  }

  let datumsysteem: Datumsysteem = "1900";
  if (w.kladCel) {
    const v = w.kladCel.values?.[0]?.[0];
    if (v === 0) datumsysteem = "1904";
  }

  const eigenRegels: Excel.ConditionalFormat[] = [];
  for (const cfs of w.opmaak) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      const c = cf.customOrNullObject;
      if (c.isNullObject) continue;
      if (isEigenRegel(c.rule.formula)) eigenRegels.push(cf);
    }
  }

  const registers: GevondenRegister[] = [];
  const celInhoud: InterneLezing["celInhoud"] = new Map();
  for (const blok of w.blokken) {
    if (blok.bereik.isNullObject) continue;
    const plek = ontleedAdres(blok.bereik.address);
    if (!plek) continue;
    const reg = leesRegister(blok.bereik.values as Cel[][], {
      rijOffset: plek.rij,
      kolomOffset: plek.kolom,
      datumsysteem,
      blad: blok.blad,
      tabel: blok.tabel,
      jsDatumUtc: false,
    });
    if (!reg) continue;
    const { evaluaties, items, problemen } = evalueerRegister(reg, peildatum, instellingen);
    const waarden = blok.bereik.values as Cel[][];
    celInhoud.set(registers.length + 1, (rij, kolom) => waarden[rij - plek.rij]?.[kolom - plek.kolom]);
    registers.push({ index: registers.length + 1, register: { ...reg, blad: reg.blad ?? blok.blad }, evaluaties, problemen, items });
  }

  return {
    lezing: { datumsysteem, instellingen, meldingen, registers, gemarkeerd: eigenNamen.length > 0, syncs: t.aantal },
    celInhoud,
    eigenRegels,
    eigenNamen,
    eigenBladen,
  };
}


interface Schrijf {
  blad: string;
  adres: string;
  waarden: (number | string)[][];
  bytes: number;
}

/** Verdeelt de kolomwaarden van de plannen in stukken en bundelt die in schrijfrondes onder het budget. */
export function verdeelSchrijfwerk(plannen: readonly MarkeringPlan[], budget = SCHRIJF_BUDGET_BYTES, stukRijen = STUK_RIJEN): Schrijf[][] {
  const stukken: Schrijf[] = [];
  for (const plan of plannen) {
    for (const k of plan.kolommen) {
      const letter = kolomLetter(k.kolom);
      for (let start = 0; start < k.waarden.length; start += stukRijen) {
        const deel = k.waarden.slice(start, start + stukRijen);
        const van = k.eersteRij + start;
        const tot = van + deel.length - 1;
        const waarden = deel.map((v) => [v]);
        const adres = `${letter}${van}:${letter}${tot}`;
        stukken.push({ blad: plan.verborgenBlad, adres, waarden, bytes: JSON.stringify(waarden).length + adres.length + 200 });
      }
    }
  }
  const rondes: Schrijf[][] = [[]];
  let omvang = 0;
  for (const s of stukken) {
    const huidige = rondes[rondes.length - 1];
    if (huidige.length > 0 && omvang + s.bytes > budget) {
      rondes.push([s]);
      omvang = s.bytes;
    } else {
      huidige.push(s);
      omvang += s.bytes;
    }
  }
  return rondes;
}

/**
 * "Markeer termijnen": verwijdert eerst wat de invoegtoepassing eerder toevoegde en past dan het kleurplan
 * toe. Tweemaal draaien geeft dezelfde werkmap.
 */
export async function markeerTermijnen(context: Excel.RequestContext, peildatum: Dag): Promise<MarkeerResultaat> {
  const t = teller();
  const intern = await leesIntern(context, peildatum, t, true);
  const { lezing } = intern;
  const plannen = lezing.registers.map((g) =>
    maakMarkeringPlan(g.register, g.items, {
      index: g.index,
      datumsysteem: lezing.datumsysteem,
      horizonDagen: lezing.instellingen.horizonDagen,
      celInhoud: intern.celInhoud.get(g.index),
    }),
  );
  const rondes = verdeelSchrijfwerk(plannen);
  const wb = context.workbook;
  const nodig = new Set(plannen.map((p) => p.verborgenBlad));
  nodig.add(KLADBLAD);

  // Eerste schrijfronde: eigen regels, namen en overbodige eigen bladen weg; eigen bladen leeg of nieuw.
  const verborgen = new Map<string, Excel.Worksheet>();
  const bestaand = new Map(intern.eigenBladen.map((b) => [b.name, b]));
  let regels = 0;
  let cellen = 0;
  for (let i = 0; i < rondes.length; i++) {
    context.application.suspendApiCalculationUntilNextSync();
    if (i === 0) {
      for (const cf of intern.eigenRegels) cf.delete();
      for (const n of intern.eigenNamen) n.delete();
      for (const [naam, blad] of bestaand) {
        if (naam === KLADBLAD) continue;
        if (nodig.has(naam)) {
          blad.getRange().clear();
          verborgen.set(naam, blad);
        } else {
          blad.delete();
        }
      }
      for (const p of plannen) {
        if (verborgen.has(p.verborgenBlad)) continue;
        const blad = wb.worksheets.add(p.verborgenBlad);
        blad.visibility = "VeryHidden";
        verborgen.set(p.verborgenBlad, blad);
      }
    }
    for (const s of rondes[i]) {
      verborgen.get(s.blad)!.getRange(s.adres).values = s.waarden;
      cellen += s.waarden.length;
    }
    if (i === rondes.length - 1) {
      for (const p of plannen) {
        wb.names.add(p.naam, p.naamVerwijzing);
        const blad = wb.worksheets.getItem(p.blad);
        for (const regel of p.regels) {
          const cf = blad.getRange(regel.bereik).conditionalFormats.add("Custom");
          cf.custom.rule.formula = regel.formule;
          const kleur = regel.stijl ?? MARKERING_KLEUREN[regel.soort];
          if (kleur.vulling) cf.custom.format.fill.color = kleur.vulling;
          cf.custom.format.font.color = kleur.tekst;
          if (kleur.vet) cf.custom.format.font.bold = true;
          regels++;
        }
      }
    }
    t.tel();
    // Eén sync per schrijfronde (5 MB-grens per verzoek); het aantal rondes hangt van de omvang af, niet
    // van een lus over rijen of cellen: 1 tot en met 2 voor 50.000 rijen × 10 kolommen.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return { lezing: { ...lezing, gemarkeerd: plannen.length > 0, syncs: t.aantal }, plannen, regels, cellen, schrijfRondes: rondes.length, syncs: t.aantal };
}

/** "Markering verwijderen": precies de eigen regels, namen en bladen. Drie syncs. */
export async function verwijderMarkering(context: Excel.RequestContext): Promise<VerwijderResultaat> {
  const t = teller();
  const intern = await leesIntern(context, 0, t, true, false);
  for (const cf of intern.eigenRegels) cf.delete();
  for (const n of intern.eigenNamen) n.delete();
  for (const b of intern.eigenBladen) b.delete();
  t.tel();
  await context.sync();
  return { regels: intern.eigenRegels.length, namen: intern.eigenNamen.length, bladen: intern.eigenBladen.length, syncs: t.aantal };
}

/** Bewaart de instellingen in de werkmap (iedereen die het bestand opent, ziet dezelfde uitkomst). */
export async function bewaarInstellingen(context: Excel.RequestContext, instellingen: Instellingen): Promise<void> {
  context.workbook.settings.add(INSTELLINGEN_SLEUTEL, JSON.stringify(instellingen));
  // De PW-functies rekenen met dezelfde instellingen (gedeelde runtime): volledig herberekenen, zodat
  // ook niet-vluchtige functies als PW.DEADLINE de nieuwe conventie tonen.
  deelInstellingen(instellingen);
  context.application.calculate("Full" as Excel.CalculationType); // = Excel.CalculationType.full
  await context.sync();
}

/** Selecteert een cel (klik op een probleem). Eén sync. */
export async function selecteerCel(context: Excel.RequestContext, blad: string, adres: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(blad);
  ws.activate();
  ws.getRange(adres).select();
  await context.sync();
}

/** Roept `fn` pas aan als er `ms` milliseconden geen nieuwe aanroep kwam. */
export function vertraag(fn: () => void, ms: number, klok: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis) {
  let h: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (h !== null) klok.clearTimeout(h);
    h = klok.setTimeout(() => {
      h = null;
      fn();
    }, ms);
  };
}

/**
 * Luistert naar wijzigingen in tabellen en werkbladen; `opWijziging` wordt vertraagd aangeroepen.
 * Wijzigingen op de eigen bladen (PW_T_…) en tijdens `stil()` tellen niet. Eén sync.
 */
export async function luisterNaarWijzigingen(
  context: Excel.RequestContext,
  opWijziging: () => void,
  ms = 800,
): Promise<{ stil: (aan: boolean) => void }> {
  let stil = false;
  const later = vertraag(() => {
    if (!stil) opWijziging();
  }, ms);
  const wb = context.workbook;
  wb.tables.onChanged.add(async () => {
    if (!stil) later();
  });
  const bladen = wb.worksheets as Excel.WorksheetCollection & { onChanged?: OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs> };
  const eigenIds = new Set<string>();
  const alle = wb.worksheets;
  alle.load("items/id,items/name");
  if (bladen.onChanged) {
    bladen.onChanged.add(async (e) => {
      if (!stil && !eigenIds.has(e.worksheetId)) later();
    });
  }
  await context.sync();
  for (const b of alle.items) if (isEigenNaam(b.name)) eigenIds.add(b.id);
  return { stil: (aan) => (stil = aan) };
}
