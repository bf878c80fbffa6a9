/**
 * De gekleurde kopie van de scanner (`--markeer`): het kleurplan (src/core/markering.ts) wordt in het
 * pakket van de werkmap gezet door alleen deze onderdelen aan te vullen:
 *  - het registerblad: `<conditionalFormatting>` op zijn vaste plek in CT_Worksheet;
 *  - xl/styles.xml: de dxf-stijlen (vulling en tekstkleur) achteraan in `<dxfs>`;
 *  - een nieuw, zeer verborgen werkblad met de termijnen, plus `<sheet state="veryHidden">` in de
 *    werkmap, de relatie in de werkmaprelaties en een Override in [Content_Types].xml;
 *  - de werkmapnaam die naar dat blad wijst (`<definedNames>`).
 * Elk ander onderdeel (grafieken, draaitabellen, opmerkingen, afbeeldingen, macro's, aangepaste XML,
 * instellingen van invoegtoepassingen, …) gaat met dezelfde gecomprimeerde bytes mee. In de onderdelen die
 * we wel aanvullen blijft elke tekst van de gebruiker teken voor teken staan: we voegen in op
 * elementgrenzen (./xml.ts) en serialiseren niets opnieuw.
 *
 * Idempotent: eerst verdwijnt wat de invoegtoepassing eerder toevoegde, en alleen dat (dezelfde regel als
 * de Office-adapter, src/office/werkmap.ts): een verborgen blad `PW_T_<n>` (zeer verborgen, of verborgen na
 * opslaan in LibreOffice) met MARKERING_KENMERK in A1 of waar de werkmapnaam `PW_T_<n>` naar wijst; die naam;
 * regels met `INDEX(PW_T_<n>,` tenzij `PW_T_<n>` een naam van de gebruiker is (ook op bladniveau); het
 * legendablad met LEGENDA_TITEL in A1; en de dxf-stijlen achteraan die alleen door eigen regels gebruikt
 * werden. Een blad of naam van de gebruiker die toevallig zo heet, blijft staan: de eigen bladen en namen
 * krijgen dan een vrij nummer. Daarna komt het nieuwe plan op dezelfde plekken. Een gemarkeerde kopie nog eens
 * markeren geeft dezelfde bytes.
 */
import {
  bladUitFormule,
  hernummerPlan,
  isEigenNaam,
  isEigenRegel,
  kolomLetter,
  LEGENDA_BLAD,
  LEGENDA_TITEL,
  legendaRaster,
  legendaStalen,
  MARKERING_KENMERK,
  MARKERING_KLEUREN,
  naamInRegel,
  naamSleutel,
  vrijeNummers,
  type MarkeringLegenda,
  type MarkeringPlan,
  type MarkeringRegel,
  type MarkeringStijl,
} from "../core/markering";
import { isHandtekening, leesRelaties, MAX_TEKST_BYTES, Pakket, PakketFout, relsPad, zipReden, ZipFout, type Relatie, type StukBron, type Teller } from "./opc";
import {
  attributen,
  attribuutLokaal,
  isUtf16,
  kinderen,
  namespaceVan,
  ontsleutel,
  pasToe,
  tekst,
  versleutel,
  wortel,
  XmlFout,
  type Element,
  type Vervanging,
} from "./xml";
import { aaneen, plak } from "./zip";

export { PakketFout };

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WERKBLAD = `${NS_REL}/worksheet`;
const REL_STIJLEN = `${NS_REL}/styles`;
const CT_WERKBLAD = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STIJLEN = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const XML_KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Wat in CT_Worksheet na `conditionalFormatting` komt (ECMA-376 deel 1, §18.3.1.99). */
const NA_OPMAAK = new Set([
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
  // mc:AlternateContent staat na sheetData alleen om oleObjects/controls heen.
  "AlternateContent",
]);
/** Wat in CT_Workbook na `definedNames` komt (§18.2.27). */
const NA_NAMEN = new Set([
  "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst", "AlternateContent",
]);
/** Wat in CT_Stylesheet na `dxfs` komt (§18.8.39). */
const NA_DXFS = new Set(["tableStyles", "colors", "extLst"]);

/**
 * Een onderdeel dat we misschien aanvullen: de oorspronkelijke tekst en de wijzigingen erop. Bij een werkblad
 * met `skelet` is `xml` het blad zonder de inhoud van <sheetData> (die staat op `skelet.knip`, tussen de
 * begin- en eindtag) en komt die inhoud bij het schrijven ongewijzigd uit `skelet.midden`.
 */
class Onderdeel {
  readonly wijzigingen: Vervanging[] = [];
  constructor(
    readonly naam: string,
    readonly xml: string,
    readonly skelet?: { knip: number; midden: StukBron },
  ) {}
  resultaat(): string {
    return this.wijzigingen.length ? pasToe(this.xml, this.wijzigingen) : this.xml;
  }
  /** Het resultaat in delen: zonder skelet één, met skelet wat vóór en wat na de inhoud van <sheetData> komt. */
  resultaatDelen(): string[] {
    if (!this.skelet) return [this.resultaat()];
    const k = this.skelet.knip;
    const voor = this.wijzigingen.filter((w) => w.einde <= k);
    const na = this.wijzigingen.filter((w) => w.einde > k);
    if (na.some((w) => w.begin < k)) throw new Error(`${this.naam}: wijziging in <sheetData>`);
    return [pasToe(this.xml.slice(0, k), voor), pasToe(this.xml.slice(k), na.map((w) => ({ ...w, begin: w.begin - k, einde: w.einde - k })))];
  }
  /** De nieuwe inhoud uit de delen van `resultaatDelen` (met skelet: de rijen ertussen, uit de invoer). */
  inhoud(delen: readonly string[]): string | StukBron {
    if (!this.skelet) return delen.join("");
    const enc = new TextEncoder();
    return aaneen([enc.encode(delen[0]), this.skelet.midden, enc.encode(delen[1])]);
  }
}

const isType = (type: string, soort: string) => type.endsWith(`/${soort}`);
const gelijkPad = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/** "#FFC7CE" → "FFFFC7CE" (ARGB zoals SpreadsheetML het wil). */
function argb(kleur: string): string {
  const hex = kleur.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

type RegelMetOpmaak = MarkeringRegel & { vulling?: unknown; tekst?: unknown; stopIfTrue?: unknown };

/** De dxf van een regel: kleuren uit de regel zelf als het plan ze meegeeft, anders uit MARKERING_KLEUREN. */
function dxfVoor(r: RegelMetOpmaak, p: string): string {
  const stijl = (r.stijl as MarkeringStijl | undefined) ?? (MARKERING_KLEUREN as Record<string, MarkeringStijl | undefined>)[r.soort];
  const vulling = typeof r.vulling === "string" ? r.vulling : stijl?.vulling;
  const letter = typeof r.tekst === "string" ? r.tekst : stijl?.tekst;
  const vet = stijl?.vet ? `<${p}b/>` : "";
  const font = letter ? `<${p}font>${vet}<${p}color rgb="${argb(letter)}"/></${p}font>` : "";
  const fill = vulling
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(vulling)}"/><${p}bgColor rgb="${argb(vulling)}"/></${p}patternFill></${p}fill>`
    : "";
  return `<${p}dxf>${font}${fill}</${p}dxf>`;
}

interface Blad {
  el: Element;
  naam: string;
  /** state="veryHidden" of "hidden" (LibreOffice bewaart veryHidden als hidden): alleen zo'n blad kan een eigen termijnblad zijn. */
  verborgen: boolean;
  index: number;
  sheetId: number;
  idAttr: { naam: string; waarde: string } | null;
  pad: string | null;
}

/**
 * Zet de kleurplannen in het pakket van een werkmap (een kopie: de scanner opent haar met `Pakket.laad`, het
 * taakvenster bouwt een nieuwe met nieuwe-werkmap.ts). Het pakket wordt aangevuld; `pakket.bytes()` geeft daarna
 * de kopie. Plannen voor een blad dat niet (meer) bestaat worden overgeslagen. Gooit `PakketFout` (Nederlandse
 * melding) als het pakket niet aan te vullen is.
 */
export async function markeerPakket(pakket: Pakket, plannen: readonly MarkeringPlan[], teller?: Teller, opties: MarkeerOpties = {}): Promise<void> {
  try {
    await markeer(pakket, plannen, teller, opties);
  } catch (e) {
    if (e instanceof XmlFout) throw new PakketFout(`De werkmap bevat een onderdeel dat geen geldige XML is (${e.message}); er is geen kopie gemaakt.`);
    throw e;
  }
}

/** Voor de toets: `heelBlad` leest elk werkblad als één tekst (de weg zonder skelet), om de twee te vergelijken. */
export interface MarkeerOpties {
  heelBlad?: boolean;
}

async function markeer(pakket: Pakket, plannen: readonly MarkeringPlan[], teller: Teller | undefined, opties: MarkeerOpties): Promise<void> {
  pakket.teller = teller ?? null;
  const lees = async (naam: string): Promise<Onderdeel> => {
    const xml = await pakket.leesTekst(naam);
    if (xml === null) throw new PakketFout(`Het onderdeel ${naam} ontbreekt in de werkmap; er is geen kopie gemaakt.`);
    return new Onderdeel(pakket.zoek(naam)!, xml);
  };

  const ct = await lees("[Content_Types].xml");
  const pakketRels = leesRelaties((await lees("_rels/.rels")).xml, "");
  const wbPad = pakketRels.relaties.find((r) => isType(r.type, "officeDocument") && r.doel)?.doel;
  if (!wbPad) throw new PakketFout("De werkmap mist haar hoofdonderdeel (het pakket zegt niet waar de werkmap staat); er is geen kopie gemaakt.");
  const wb = await lees(wbPad);
  const wbDir = wb.naam.slice(0, wb.naam.lastIndexOf("/") + 1);
  const wbRels = await lees(relsPad(wb.naam));
  const { wortel: relsWortel, relaties } = leesRelaties(wbRels.xml, wb.naam);
  const datum = pakket.datumVan(wb.naam) ?? new Date(Date.UTC(1980, 0, 1));

  // ---- De werkmap: bladen, namen, weergaven -------------------------------------------------------
  const wbWortel = wortel(wb.xml);
  const p = wbWortel.voorvoegsel;
  const wbAttrs = attributen(wb.xml, wbWortel);
  const nsMain = namespaceVan(wbAttrs, p) ?? NS_MAIN;
  const wbKinderen = kinderen(wb.xml, wbWortel);
  const sheetsEl = wbKinderen.find((k) => k.lokaal === "sheets");
  if (!sheetsEl) throw new PakketFout("De werkmap heeft geen bladenlijst; er is geen kopie gemaakt.");
  const bladen: Blad[] = kinderen(wb.xml, sheetsEl)
    .filter((k) => k.lokaal === "sheet")
    .map((el, index) => {
      const a = attributen(wb.xml, el);
      const idAttr = attribuutLokaal(new Map([...a].filter(([n]) => n.includes(":") && !n.startsWith("xmlns"))), "id");
      const rel = idAttr ? relaties.find((r) => r.id === idAttr.waarde) : undefined;
      return { el, naam: a.get("name") ?? "", verborgen: a.get("state") === "veryHidden" || a.get("state") === "hidden", index, sheetId: Number(a.get("sheetId") ?? 0), idAttr, pad: rel?.doel ?? null };
    });
  const idAttrNaam = bladen.find((b) => b.idAttr)?.idAttr?.naam ?? "r:id";
  const idPrefix = idAttrNaam.slice(0, idAttrNaam.indexOf(":"));
  // Het voorvoegsel van r:id is bijna altijd op de wortel gedeclareerd; zo niet, dan op ons element zelf.
  const idNsDecl = wbAttrs.has(`xmlns:${idPrefix}`) ? "" : ` xmlns:${idPrefix}="${NS_REL}"`;

  // ---- Wat is van ons? ---------------------------------------------------------------------------
  const namenEl = wbKinderen.find((k) => k.lokaal === "definedNames");
  const alleNamen = (namenEl && !namenEl.leeg ? kinderen(wb.xml, namenEl).filter((k) => k.lokaal === "definedName") : []).map((el) => {
    const a = attributen(wb.xml, el);
    return { el, naam: a.get("name") ?? "", lokaal: a.get("localSheetId") !== undefined, blad: bladUitFormule(tekst(wb.xml, el)) };
  });
  // Wij maken alleen werkmapnamen; een naam op bladniveau is altijd van de gebruiker (en gaat op zijn blad
  // vóór een werkmapnaam met dezelfde naam: dat nummer is dus ook bezet).
  const werkmapNamen = alleNamen.filter((n) => !n.lokaal);
  const gedeeld = gedeeldeTekstenLezer(pakket, relaties);
  const a1Van = async (b: Blad): Promise<string | null> => {
    const xml = b.pad ? await pakket.leesTekst(b.pad) : null;
    return xml === null ? null : a1Tekst(xml, gedeeld);
  };
  const eigen: Blad[] = [];
  for (const b of bladen) {
    if (!b.pad) continue;
    if (naamSleutel(b.naam) === naamSleutel(LEGENDA_BLAD)) {
      if ((await a1Van(b)) === LEGENDA_TITEL) eigen.push(b);
    } else if (isEigenNaam(b.naam) && b.verborgen) {
      const metNaam = werkmapNamen.some((n) => naamSleutel(n.naam) === naamSleutel(b.naam) && n.blad !== null && naamSleutel(n.blad) === naamSleutel(b.naam));
      if (metNaam || (await a1Van(b)) === MARKERING_KENMERK) eigen.push(b);
    }
  }
  const isEigen = new Set(eigen);
  const eigenBladSleutels = new Set(eigen.map((b) => naamSleutel(b.naam)));
  // Een eigen werkmapnaam PW_T_<n> wijst naar het eigen blad PW_T_<n>.
  const eigenNaamSleutels = new Set(
    werkmapNamen
      .filter((n) => isEigenNaam(n.naam) && n.blad !== null && naamSleutel(n.blad) === naamSleutel(n.naam) && eigenBladSleutels.has(naamSleutel(n.naam)))
      .map((n) => naamSleutel(n.naam)),
  );
  // Een opmaakregel van ons: INDEX(PW_T_<n>,…) met een eigen naam, of een naam die niet (meer) bestaat (een
  // wees, bijvoorbeeld van een gekopieerd blad). Alleen een regel met een naam van de gebruiker blijft staan.
  const gebruikersNamen = new Set(alleNamen.filter((n) => n.lokaal || !eigenNaamSleutels.has(naamSleutel(n.naam))).map((n) => naamSleutel(n.naam)));
  // Tabelnamen delen de naamruimte met werkmapnamen: een tabel van de gebruiker die PW_T_1 heet, is bezet (en een
  // regel met INDEX(PW_T_1,…) is dan van hem). Tabellen zijn klein; alleen hun begintag wordt gelezen.
  for (const naam of pakket.namen()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(naam)) continue;
    const kop = /<(?:[\w.-]+:)?table\b[^>]*>/.exec((await pakket.leesTekst(naam)) ?? "")?.[0] ?? "";
    for (const m of kop.matchAll(/\s(?:name|displayName)\s*=\s*"([^"]*)"/g)) gebruikersNamen.add(naamSleutel(ontsleutel(m[1])));
  }
  const isEigenRegelHier = (formule: string) => isEigenRegel(formule) && !gebruikersNamen.has(naamSleutel(naamInRegel(formule) ?? ""));
  // Bezet door de gebruiker: zijn bladen en werkmapnamen; daar krijgen onze bladen en namen een ander nummer.
  const bezet = new Set<string>([
    ...bladen.filter((b) => !isEigen.has(b)).map((b) => naamSleutel(b.naam)),
    ...gebruikersNamen,
  ]);
  const nummers = vrijeNummers(plannen.length, bezet);
  const genummerd = plannen.map((pl, i) => hernummerPlan(pl, nummers[i]));

  const zoekBlad = (naam: string) =>
    bladen.find((b) => !isEigen.has(b) && b.naam === naam) ?? bladen.find((b) => !isEigen.has(b) && b.naam.toLowerCase() === naam.toLowerCase());
  const geldig = genummerd.filter((pl) => zoekBlad(pl.blad));
  const gewenst = new Map<string, MarkeringPlan>();
  for (const pl of geldig) if (!gewenst.has(pl.verborgenBlad)) gewenst.set(pl.verborgenBlad, pl);

  // Het zichtbare legendablad van de invoegtoepassing (één per werkmap): de betekenis van de kleuren. Heeft
  // de gebruiker zelf een blad met die naam, dan blijft dat staan en komt er geen legenda.
  const legendaNaamBezet = bezet.has(naamSleutel(LEGENDA_BLAD));
  const legenda = legendaNaamBezet ? null : (geldig.find((pl) => pl.legenda)?.legenda ?? null);

  const hergebruikt = new Map<string, Blad>();
  const weg: Blad[] = [];
  for (const b of eigen) {
    if ((gewenst.has(b.naam) || (legenda !== null && b.naam === legenda.blad)) && !hergebruikt.has(b.naam) && b.pad) hergebruikt.set(b.naam, b);
    else weg.push(b);
  }
  const wegIndex = new Set(weg.map((b) => b.index));
  const nieuweIndex = (oud: number) => oud - weg.filter((b) => b.index < oud).length;

  // ---- Werkbladen van de gebruiker: eigen regels eruit, nieuwe erin ------------------------------
  const perBlad = new Map<Blad, MarkeringRegel[]>();
  for (const pl of geldig) {
    const b = zoekBlad(pl.blad)!;
    perBlad.set(b, [...(perBlad.get(b) ?? []), ...pl.regels]);
  }
  const eigenDxf = new Set<number>();
  const gebruikDxf = new Map<number, number>();
  const telGebruik = (xml: string, teken: 1 | -1) => {
    for (const m of xml.matchAll(/\bdxfId="(\d+)"/g)) gebruikDxf.set(+m[1], (gebruikDxf.get(+m[1]) ?? 0) + teken);
  };
  // De kleurstalen op ons legendablad gebruiken dxf-stijlen van ons (zoals de eigen regels): die gaan mee weg.
  for (const b of eigen) {
    if (naamSleutel(b.naam) !== naamSleutel(LEGENDA_BLAD) || !b.pad) continue;
    for (const m of (await pakket.leesTekst(b.pad))?.matchAll(/\bdxfId="(\d+)"/g) ?? []) eigenDxf.add(+m[1]);
  }
  const bladOnderdelen: { blad: Blad; xml: Onderdeel; wortel: Element; invoegen: number; maxPrioriteit: number }[] = [];
  const gelezen = new Set<string>();
  /**
   * Wat een werkblad van de gebruiker ons zegt: de eigen regels (die gaan eruit), de hoogste prioriteit en waar
   * onze regels komen. Eerst alles berekend, pas daarna toegepast: gooit het een `XmlFout` op een skelet, dan
   * leest de aanroeper het hele blad en begint opnieuw.
   */
  const bekijkBlad = (o: Onderdeel) => {
    const xml = o.xml;
    const wijzigingen: Vervanging[] = [];
    const eigenIds: number[] = [];
    const eraf: string[] = [];
    const w = wortel(xml);
    const top = kinderen(xml, w);
    let laatsteOpmaak: Element | null = null;
    let maxPrioriteit = 0;
    for (const cf of top.filter((k) => k.lokaal === "conditionalFormatting")) {
      const regels = kinderen(xml, cf).filter((k) => k.lokaal === "cfRule");
      const eigenRegels = regels.filter((r) => {
        const f = kinderen(xml, r).find((k) => k.lokaal === "formula");
        return f !== undefined && isEigenRegelHier(tekst(xml, f));
      });
      for (const r of eigenRegels) {
        const deel = xml.slice(r.begin, r.startEinde);
        const id = /\bdxfId="(\d+)"/.exec(deel);
        if (id) eigenIds.push(+id[1]);
        eraf.push(deel);
      }
      for (const r of regels) {
        if (eigenRegels.includes(r)) continue;
        const pr = /\bpriority="(\d+)"/.exec(xml.slice(r.begin, r.startEinde));
        if (pr) maxPrioriteit = Math.max(maxPrioriteit, +pr[1]);
      }
      if (eigenRegels.length === 0) laatsteOpmaak = cf;
      else if (eigenRegels.length === regels.length) wijzigingen.push({ begin: cf.begin, einde: cf.einde, tekst: "" });
      else {
        for (const r of eigenRegels) wijzigingen.push({ begin: r.begin, einde: r.einde, tekst: "" });
        laatsteOpmaak = cf;
      }
    }
    // Regels in de uitbreiding (x14:cfRule) delen de prioriteiten met de gewone regels.
    const ext = top.find((k) => k.lokaal === "extLst");
    if (ext) for (const m of xml.slice(ext.begin, ext.einde).matchAll(/<[\w.-]*:?cfRule\b[^>]*?\bpriority="(\d+)"/g)) maxPrioriteit = Math.max(maxPrioriteit, +m[1]);
    const sheetData = top.findIndex((k) => k.lokaal === "sheetData");
    const na = top.find((k, i) => i > sheetData && NA_OPMAAK.has(k.lokaal));
    const invoegen = laatsteOpmaak ? laatsteOpmaak.einde : na ? na.begin : w.inhoudEinde;
    return { w, wijzigingen, eigenIds, eraf, invoegen, maxPrioriteit };
  };
  for (const blad of bladen) {
    if (isEigen.has(blad) || !blad.pad) continue;
    const rel = relaties.find((r) => blad.idAttr && r.id === blad.idAttr.waarde);
    if (!rel || !isType(rel.type, "worksheet")) continue;
    // Een groot blad niet als één tekst: alleen wat buiten <sheetData> staat (het skelet), de rijen gaan bij het
    // schrijven ongewijzigd van de invoer naar de kopie (issue 22). Kan dat niet, dan het hele blad, zoals vroeger.
    let o = opties.heelBlad ? await leesHeelBlad(pakket, blad.pad, true) : await leesWerkblad(pakket, blad.pad);
    if (o === null) continue;
    let b: ReturnType<typeof bekijkBlad>;
    try {
      b = bekijkBlad(o);
    } catch (e) {
      if (!(e instanceof XmlFout) || !o.skelet) throw e;
      o = await leesHeelBlad(pakket, blad.pad, false);
      if (o === null) continue;
      b = bekijkBlad(o);
    }
    gelezen.add(o.naam.toLowerCase());
    telGebruik(o.xml, 1);
    for (const id of b.eigenIds) eigenDxf.add(id);
    for (const deel of b.eraf) telGebruik(deel, -1);
    o.wijzigingen.push(...b.wijzigingen);
    if (b.w.leeg) continue; // een leeg <worksheet/> heeft geen sheetData: geen register, niets te doen
    bladOnderdelen.push({ blad, xml: o, wortel: b.w, invoegen: b.invoegen, maxPrioriteit: b.maxPrioriteit });
  }

  // Wie gebruikt de dxf-stijlen nog meer? Tabellen, draaitabellen, slicers, tabelstijlen (in styles.xml).
  const stijlRel = relaties.find((r) => isType(r.type, "styles") && r.doel);
  const stijlPad = stijlRel?.doel ?? null;
  // Onderdelen die nooit een dxf-stijl gebruiken (draaitabelcaches, externe koppelingen, verbindingen…) worden niet
  // uitgepakt: ze gaan met hun gecomprimeerde bytes mee. De rest wordt in stukken doorzocht, binnen de grenzen van
  // de teller (--max-mb): een draaitabelcache van 600 MB kost zo niets, een zipbom stopt met een melding.
  for (const naam of pakket.namen()) {
    const klein = naam.toLowerCase();
    if (!klein.endsWith(".xml") || gelezen.has(klein) || gelijkPad(naam, stijlPad)) continue;
    if (/(^|\/)(sharedstrings|theme\d*|calcchain|connections|volatiledependencies)\.xml$|^(docprops|customxml|_xmlsignatures)\/|\/(drawings|charts|chartsheets|media|theme|worksheets|pivotcache|externallinks|querytables|richdata|persons|threadedcomments|ctrlprops|webextensions|model|diagrams)\/|(^|\/)comments\d*\.xml$/.test(klein)) continue;
    await telDxfInStukken(pakket, naam, (stuk) => telGebruik(stuk, 1));
  }

  // ---- Stijlen: de dxf's --------------------------------------------------------------------------
  const stijl = stijlPad ? await pakket.leesTekst(stijlPad).then((x) => (x === null ? null : new Onderdeel(pakket.zoek(stijlPad)!, x))) : null;
  const stijlNaam = stijl?.naam ?? `${wbDir}styles.xml`;
  const stijlXml = stijl?.xml ?? `${XML_KOP}<styleSheet xmlns="${nsMain}"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const stijlOnderdeel = stijl ?? new Onderdeel(stijlNaam, stijlXml);
  const stWortel = wortel(stijlOnderdeel.xml);
  const sp = stWortel.voorvoegsel;
  const stKinderen = kinderen(stijlOnderdeel.xml, stWortel);
  const dxfsEl = stKinderen.find((k) => k.lokaal === "dxfs");
  if (!stijl) telGebruik(stijlOnderdeel.xml, 1);
  else for (const m of (stijl.xml.slice(0, dxfsEl?.begin ?? 0) + stijl.xml.slice(dxfsEl?.einde ?? 0)).matchAll(/\bdxfId="(\d+)"/g)) gebruikDxf.set(+m[1], (gebruikDxf.get(+m[1]) ?? 0) + 1);
  const dxfLijst = dxfsEl ? kinderen(stijlOnderdeel.xml, dxfsEl).filter((k) => k.lokaal === "dxf") : [];
  let behouden = dxfLijst.length;
  while (behouden > 0 && eigenDxf.has(behouden - 1) && (gebruikDxf.get(behouden - 1) ?? 0) <= 0) behouden--;

  const nieuweDxf: string[] = [];
  const dxfIndex = (r: MarkeringRegel): number => {
    const x = dxfVoor(r as RegelMetOpmaak, sp);
    let i = nieuweDxf.indexOf(x);
    if (i < 0) i = nieuweDxf.push(x) - 1;
    return behouden + i;
  };

  // ---- De regels per blad -------------------------------------------------------------------------
  for (const b of bladOnderdelen) {
    const regels = perBlad.get(b.blad) ?? [];
    if (regels.length) {
      const bp = b.wortel.voorvoegsel;
      const perBereik = new Map<string, MarkeringRegel[]>();
      for (const r of regels) perBereik.set(r.bereik, [...(perBereik.get(r.bereik) ?? []), r]);
      let prioriteit = b.maxPrioriteit;
      let uit = "";
      for (const [bereik, groep] of perBereik) {
        uit += `<${bp}conditionalFormatting sqref="${versleutel(bereik.replace(/\$/g, ""))}">`;
        for (const r of [...groep].sort((x, y) => x.volgorde - y.volgorde)) {
          const stop = (r as RegelMetOpmaak).stopIfTrue === true ? ' stopIfTrue="1"' : "";
          uit += `<${bp}cfRule type="expression" dxfId="${dxfIndex(r)}" priority="${++prioriteit}"${stop}><${bp}formula>${versleutel(r.formule.replace(/^=/, ""))}</${bp}formula></${bp}cfRule>`;
        }
        uit += `</${bp}conditionalFormatting>`;
      }
      b.xml.wijzigingen.push({ begin: b.invoegen, einde: b.invoegen, tekst: uit });
    }
  }

  // De kleurstalen van de legenda: elke staal een regel die altijd geldt (TRUE), met de dxf van zijn kleur.
  // Zo toont het legendablad precies de opmaak die de regels op het register geven, zonder eigen celstijlen.
  const stalen = legenda ? legendaStalen(legenda).map((st) => ({ adres: st.adres, dxf: dxfIndex({ soort: "te-laat", stijl: st.stijl } as MarkeringRegel) })) : [];

  const gewijzigd: Onderdeel[] = bladOnderdelen.map((b) => b.xml);

  // dxfs: alleen aanraken als er iets verandert.
  if (behouden < dxfLijst.length || nieuweDxf.length) {
    const sx = stijlOnderdeel.xml;
    const aantal = behouden + nieuweDxf.length;
    if (dxfsEl && !dxfsEl.leeg) {
      const start = sx.slice(dxfsEl.begin, dxfsEl.startEinde);
      const nieuweStart = /\bcount="\d*"/.test(start) ? start.replace(/\bcount="\d*"/, `count="${aantal}"`) : start.replace(/(\/?>)$/, ` count="${aantal}"$1`);
      stijlOnderdeel.wijzigingen.push({ begin: dxfsEl.begin, einde: dxfsEl.startEinde, tekst: nieuweStart });
      const van = behouden < dxfLijst.length ? dxfLijst[behouden].begin : dxfsEl.inhoudEinde;
      stijlOnderdeel.wijzigingen.push({ begin: van, einde: dxfsEl.inhoudEinde, tekst: nieuweDxf.join("") });
    } else {
      const blok = `<${sp}dxfs count="${aantal}">${nieuweDxf.join("")}</${sp}dxfs>`;
      if (dxfsEl) stijlOnderdeel.wijzigingen.push({ begin: dxfsEl.begin, einde: dxfsEl.einde, tekst: blok });
      else {
        const na = stKinderen.find((k) => NA_DXFS.has(k.lokaal));
        const plek = na ? na.begin : stWortel.inhoudEinde;
        stijlOnderdeel.wijzigingen.push({ begin: plek, einde: plek, tekst: blok });
      }
    }
    gewijzigd.push(stijlOnderdeel);
  }

  // ---- Verborgen bladen, relaties, inhoudstypen, namen --------------------------------------------
  const ctWortel = wortel(ct.xml);
  const cp = ctWortel.voorvoegsel;
  const overrides = kinderen(ct.xml, ctWortel).filter((k) => k.lokaal === "Override");
  const wegOverrides = new Set<Element>();
  const overrideVan = (pad: string) => overrides.find((o) => !wegOverrides.has(o) && gelijkPad(attributen(ct.xml, o).get("PartName")?.replace(/^\//, "") ?? null, pad));
  const ctNieuw: string[] = [];
  const rp = relsWortel.voorvoegsel;
  const relNieuw: string[] = [];
  const relIds = new Set(relaties.map((r) => r.id));
  const vrijeRelId = () => {
    let n = 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  const werkbladType = relaties.find((r) => isType(r.type, "worksheet"))?.type ?? REL_WERKBLAD;

  for (const b of weg) {
    wb.wijzigingen.push({ begin: b.el.begin, einde: b.el.einde, tekst: "" });
    const rel = relaties.find((r) => b.idAttr && r.id === b.idAttr.waarde);
    if (rel) wbRels.wijzigingen.push({ begin: rel.el.begin, einde: rel.el.einde, tekst: "" });
    if (b.pad && !bladen.some((x) => x !== b && gelijkPad(x.pad, b.pad))) {
      const o = overrideVan(b.pad);
      if (o) {
        ct.wijzigingen.push({ begin: o.begin, einde: o.einde, tekst: "" });
        wegOverrides.add(o);
      }
      pakket.verwijder(b.pad);
      pakket.verwijder(relsPad(b.pad));
    }
  }

  const gereserveerd = new Set<string>();
  const padInGebruik = (pad: string) => pakket.zoek(pad) !== null || gereserveerd.has(pad.toLowerCase());
  let volgendSheetId = Math.max(0, ...bladen.filter((b) => !wegIndex.has(b.index)).map((b) => b.sheetId)) + 1;
  const nieuweBladen: string[] = [];
  const verborgenOnderdelen: { naam: string; inhoud: string | StukBron }[] = [];
  const toeTeVoegen: { naam: string; zichtbaar: boolean; inhoud: () => Iterable<string> }[] = [...gewenst].map(([naam, plan]) => ({
    naam,
    zichtbaar: false,
    inhoud: () => verborgenBlad(plan, nsMain),
  }));
  // Het legendablad vóór de verborgen bladen: dan ligt zijn plek (onderdeel, sheetId) vast, hoeveel registers er
  // ook komen en gaan, en geeft nog eens markeren met minder plannen dezelfde kopie als meteen.
  if (legenda !== null) toeTeVoegen.unshift({ naam: legenda.blad, zichtbaar: true, inhoud: () => [legendaBlad(legenda, nsMain, stalen)] });
  for (const { naam, zichtbaar, inhoud: maakInhoud } of toeTeVoegen) {
    const oud = hergebruikt.get(naam);
    let pad: string;
    let relId: string;
    let sheetId: number;
    if (oud) {
      pad = pakket.zoek(oud.pad!) ?? oud.pad!;
      relId = oud.idAttr!.waarde;
      sheetId = oud.sheetId;
    } else {
      let k = 1;
      while (padInGebruik(`${wbDir}worksheets/sheet${k}.xml`)) k++;
      pad = `${wbDir}worksheets/sheet${k}.xml`;
      gereserveerd.add(pad.toLowerCase());
      relId = vrijeRelId();
      sheetId = volgendSheetId++;
      relNieuw.push(`<${rp}Relationship Id="${relId}" Type="${versleutel(werkbladType)}" Target="${versleutel(pad.slice(wbDir.length))}"/>`);
    }
    const el = `<${p}sheet name="${versleutel(naam)}" sheetId="${sheetId}"${zichtbaar ? "" : ' state="veryHidden"'} ${idAttrNaam}="${versleutel(relId)}"${idNsDecl}/>`;
    if (oud) {
      if (wb.xml.slice(oud.el.begin, oud.el.einde) !== el) wb.wijzigingen.push({ begin: oud.el.begin, einde: oud.el.einde, tekst: el });
    } else nieuweBladen.push(el);
    if (!overrideVan(pad)) ctNieuw.push(`<${cp}Override PartName="/${versleutel(pad)}" ContentType="${CT_WERKBLAD}"/>`);
    // Het blad wordt pas bij het schrijven gemaakt, stuk voor stuk: het verborgen blad is bij 100.000 rijen 45 MB
    // XML, en zo staat het nooit als één tekst of één blok bytes in het geheugen (issue 22). Nog eens markeren:
    // alleen schrijven wat anders is (dan blijft een gemarkeerde kopie dezelfde bytes), ook stuk voor stuk vergeleken.
    if (!oud || !(await zelfdeTekst(pakket, pad, maakInhoud()))) verborgenOnderdelen.push({ naam: pad, inhoud: tekstBron(maakInhoud) });
  }
  if (nieuweBladen.length) wb.wijzigingen.push({ begin: sheetsEl.inhoudEinde, einde: sheetsEl.inhoudEinde, tekst: nieuweBladen.join("") });

  if (!stijl && (nieuweDxf.length > 0)) {
    const relId = vrijeRelId();
    const stijlType = werkbladType.replace(/\/worksheet$/, "/styles");
    relNieuw.push(`<${rp}Relationship Id="${relId}" Type="${versleutel(stijlType || REL_STIJLEN)}" Target="${versleutel(stijlNaam.slice(wbDir.length))}"/>`);
    if (!overrideVan(stijlNaam)) ctNieuw.push(`<${cp}Override PartName="/${versleutel(stijlNaam)}" ContentType="${CT_STIJLEN}"/>`);
  }
  if (relNieuw.length) wbRels.wijzigingen.push({ begin: relsWortel.inhoudEinde, einde: relsWortel.inhoudEinde, tekst: relNieuw.join("") });
  if (ctNieuw.length) ct.wijzigingen.push({ begin: ctWortel.inhoudEinde, einde: ctWortel.inhoudEinde, tekst: ctNieuw.join("") });

  // Namen: eigen (werkmapbrede) namen weg, namen van verwijderde bladen weg, localSheetId bijwerken.
  const nieuweNamen = [...gewenst.values()].map((pl) => `<${p}definedName name="${versleutel(pl.naam)}">${versleutel(pl.naamVerwijzing.replace(/^=/, ""))}</${p}definedName>`);
  let overgebleven = 0;
  if (namenEl && !namenEl.leeg) {
    for (const n of kinderen(wb.xml, namenEl).filter((k) => k.lokaal === "definedName")) {
      const a = attributen(wb.xml, n);
      const lokaal = a.get("localSheetId");
      if (lokaal === undefined ? eigenNaamSleutels.has(naamSleutel(a.get("name") ?? "")) : wegIndex.has(+lokaal)) {
        wb.wijzigingen.push({ begin: n.begin, einde: n.einde, tekst: "" });
        continue;
      }
      overgebleven++;
      if (lokaal !== undefined && nieuweIndex(+lokaal) !== +lokaal) {
        const start = wb.xml.slice(n.begin, n.startEinde).replace(/\blocalSheetId="\d+"/, `localSheetId="${nieuweIndex(+lokaal)}"`);
        wb.wijzigingen.push({ begin: n.begin, einde: n.startEinde, tekst: start });
      }
    }
    if (overgebleven === 0 && nieuweNamen.length === 0) wb.wijzigingen.push({ begin: namenEl.begin, einde: namenEl.einde, tekst: "" });
    else if (nieuweNamen.length) wb.wijzigingen.push({ begin: namenEl.inhoudEinde, einde: namenEl.inhoudEinde, tekst: nieuweNamen.join("") });
  } else if (nieuweNamen.length) {
    const blok = `<${p}definedNames>${nieuweNamen.join("")}</${p}definedNames>`;
    if (namenEl) wb.wijzigingen.push({ begin: namenEl.begin, einde: namenEl.einde, tekst: blok });
    else {
      const na = wbKinderen.find((k) => k.begin > sheetsEl.begin && NA_NAMEN.has(k.lokaal));
      const plek = na ? na.begin : wbWortel.inhoudEinde;
      wb.wijzigingen.push({ begin: plek, einde: plek, tekst: blok });
    }
  }
  // activeTab/firstSheet tellen bladen op volgorde: een verwijderd blad ervoor schuift ze op.
  if (weg.length) {
    const views = wbKinderen.find((k) => k.lokaal === "bookViews");
    for (const v of views ? kinderen(wb.xml, views).filter((k) => k.lokaal === "workbookView") : []) {
      const start = wb.xml.slice(v.begin, v.startEinde);
      const nieuw = start.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (_m, a: string, n: string) => `${a}="${wegIndex.has(+n) ? 0 : nieuweIndex(+n)}"`);
      if (nieuw !== start) wb.wijzigingen.push({ begin: v.begin, einde: v.startEinde, tekst: nieuw });
    }
  }

  // ---- Digitale handtekening ---------------------------------------------------------------------
  // Een handtekening geldt voor de onderdelen zoals ze waren; de kopie is gewijzigd (Excel zou haar ongeldig
  // noemen). De kopie krijgt dus geen handtekening: de onderdelen onder _xmlsignatures/, hun relatie vanuit het
  // pakket en hun inhoudstypen gaan eruit. De invoer houdt de hare; het rapport zegt het (`ondertekend`).
  const handtekening = pakket.namen().filter((n) => isHandtekening(n));
  const pakketRelsOnderdeel = handtekening.length ? await lees("_rels/.rels") : null;
  if (pakketRelsOnderdeel) {
    for (const r of leesRelaties(pakketRelsOnderdeel.xml, "").relaties) {
      if (isType(r.type, "origin") || (r.doel !== null && isHandtekening(r.doel))) pakketRelsOnderdeel.wijzigingen.push({ begin: r.el.begin, einde: r.el.einde, tekst: "" });
    }
    for (const o of overrides) {
      if (wegOverrides.has(o) || !isHandtekening(attributen(ct.xml, o).get("PartName") ?? "")) continue;
      wegOverrides.add(o);
      ct.wijzigingen.push({ begin: o.begin, einde: o.einde, tekst: "" });
    }
    for (const n of handtekening) pakket.verwijder(n);
  }

  // ---- Schrijven: alleen wat echt anders is -----------------------------------------------------
  for (const o of [ct, wb, wbRels, ...gewijzigd, ...(pakketRelsOnderdeel ? [pakketRelsOnderdeel] : [])]) {
    const delen = geldigePrioriteiten(o.resultaatDelen());
    if (delen.join("") !== o.xml || (o === stijlOnderdeel && !stijl)) pakket.schrijf(o.naam, o.inhoud(delen), datum);
  }
  for (const o of verborgenOnderdelen) pakket.schrijf(o.naam, o.inhoud, datum);
  pakket.teller = null;
}


/**
 * Het zichtbare legendablad (legendaRaster: titel, kopjes, per kleur een staal en de uitleg). De stalen krijgen
 * hun kleur van een opmaakregel met TRUE en de dxf van die kleur (`stalen`).
 */
function legendaBlad(legenda: MarkeringLegenda, ns: string, stalen: readonly { adres: string; dxf: number }[]): string {
  const cel = (adres: string, tekst: string) => `<c r="${adres}" t="inlineStr"><is><t xml:space="preserve">${versleutel(tekst)}</t></is></c>`;
  const raster = legendaRaster(legenda);
  let data = "";
  raster.forEach((rij, i) => {
    const cellen = rij.map((w, k) => (w ? cel(`${"AB"[k]}${i + 1}`, w) : "")).join("");
    if (cellen) data += `<row r="${i + 1}">${cellen}</row>`;
  });
  const opmaak = stalen
    .map((st, i) => `<conditionalFormatting sqref="${st.adres}"><cfRule type="expression" dxfId="${st.dxf}" priority="${i + 1}"><formula>TRUE</formula></cfRule></conditionalFormatting>`)
    .join("");
  // Afdrukken: liggend en op één pagina breed (anders valt de uitleg in kolom B op een eigen pagina).
  return (
    `${XML_KOP}<worksheet xmlns="${versleutel(ns)}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:B${raster.length}"/>` +
    `<cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="110" customWidth="1"/></cols><sheetData>${data}</sheetData>${opmaak}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

/**
 * Tekst in delen als `StukBron`: de delen worden pas bij het lezen gemaakt (`maak`, elke keer opnieuw) en per
 * ~64 KB als UTF-8 gegeven. Een deel is een hele rij of meer, dus een teken valt nooit over een grens.
 */
function tekstBron(maak: () => Iterable<string>): StukBron {
  return {
    async *stukken() {
      const enc = new TextEncoder();
      let buf = "";
      for (const d of maak()) {
        buf += d;
        if (buf.length >= 65536) {
          yield enc.encode(buf);
          buf = "";
        }
      }
      if (buf) yield enc.encode(buf);
    },
  };
}

/**
 * Is het onderdeel als tekst (zoals `leesTekst` het geeft) precies deze delen achter elkaar? Stuk voor stuk gelezen
 * en vergeleken, nooit als één tekst; het hele onderdeel wordt gelezen (en geteld), zoals `leesTekst` doet. Wat
 * `leesTekst` niet kan lezen (te groot, UTF-16, beschadigd) geeft dezelfde melding.
 */
async function zelfdeTekst(pakket: Pakket, pad: string, delen: Iterable<string>): Promise<boolean> {
  const naam = pakket.zoek(pad);
  if (naam === null) return false;
  if ((pakket.grootte(naam) ?? 0) > MAX_TEKST_BYTES) await pakket.leesTekst(naam); // gooit de melding
  const dec = new TextDecoder("utf-8", { ignoreBOM: false });
  const gen = delen[Symbol.iterator]();
  let deel = "";
  let j = 0;
  let gelijk = true;
  const vergelijk = (t: string) => {
    let i = 0;
    while (gelijk && i < t.length) {
      if (j >= deel.length) {
        const n = gen.next();
        if (n.done) gelijk = false;
        else [deel, j] = [n.value, 0];
        continue;
      }
      const k = Math.min(t.length - i, deel.length - j);
      if (t.slice(i, i + k) !== deel.slice(j, j + k)) gelijk = false;
      i += k;
      j += k;
    }
  };
  let begin = new Uint8Array(0);
  try {
    for await (const stuk of pakket.stukken(naam)) {
      if (begin.length < 2) begin = plak([begin, stuk]).slice(0, 2);
      if (gelijk) vergelijk(dec.decode(stuk, { stream: true }));
    }
  } catch (e) {
    if (e instanceof ZipFout) throw new PakketFout(zipReden(e, naam));
    throw e;
  }
  if (isUtf16(begin)) {
    // De melding van leesTekst (zonder nog eens te tellen: het onderdeel is al gelezen).
    const teller = pakket.teller;
    pakket.teller = null;
    try {
      await pakket.leesTekst(naam);
    } finally {
      pakket.teller = teller;
    }
  }
  if (gelijk) vergelijk(dec.decode());
  if (!gelijk || j < deel.length) return false;
  for (let n = gen.next(); !n.done; n = gen.next()) if (n.value !== "") return false;
  return true;
}

/**
 * Het verborgen blad: de opzoektabel van het plan (sleutels, termijnen als serienummers, "nvt"/"gedaan"), vanaf rij 2,
 * in delen (het begin, een rij per deel, het einde).
 */
function* verborgenBlad(plan: MarkeringPlan, ns: string): Generator<string> {
  // Rij voor rij uit de kolommen (op kolomnummer), zonder tussenobject per cel: bij 100.000 rijen heeft de tabel
  // ruim een miljoen cellen, en een object per cel plus één string die cel voor cel groeit kostte honderden MB
  // (issue 22). Elke rij wordt één string, die meteen weg kan (zie `tekstBron`).
  const kolommen = [...plan.kolommen].sort((a, b) => a.kolom - b.kolom);
  const leeg = (w: number | string | null | undefined) => w === "" || w === null || w === undefined;
  let minR = Infinity;
  let maxR = 0;
  let maxK = 0;
  for (const k of kolommen) {
    k.waarden.forEach((w, i) => {
      const r = k.eersteRij + i;
      if (leeg(w) || r < 2) return; // rij 1 is de kopregel van het register (en hier het kenmerk)
      if (r < minR) minR = r;
      if (r > maxR) maxR = r;
      if (k.kolom > maxK) maxK = k.kolom;
    });
  }
  const letters = kolommen.map((k) => kolomLetter(k.kolom));
  // A1 draagt het kenmerk (zoals de Office-adapter het schrijft): zo blijft het blad herkenbaar als van ons,
  // ook als een ander programma het van zeer verborgen naar verborgen zet. De termijnen beginnen op rij 2 of later.
  const dim = maxR ? `A1:${kolomLetter(maxK)}${maxR}` : "A1";
  yield `${XML_KOP}<worksheet xmlns="${versleutel(ns)}"><dimension ref="${dim}"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${versleutel(MARKERING_KENMERK)}</t></is></c></row>`;
  for (let r = minR; r <= maxR; r++) {
    let rij = "";
    for (let j = 0; j < kolommen.length; j++) {
      const k = kolommen[j];
      const w = k.waarden[r - k.eersteRij];
      if (leeg(w)) continue;
      const adres = `${letters[j]}${r}`;
      rij +=
        typeof w === "number" && Number.isFinite(w)
          ? `<c r="${adres}"><v>${w}</v></c>`
          : `<c r="${adres}" t="inlineStr"><is><t>${versleutel(String(w))}</t></is></c>`;
    }
    if (rij !== "") yield `<row r="${r}">${rij}</row>`;
  }
  yield "</sheetData></worksheet>";
}

/**
 * Leest gedeelde teksten op aanvraag (alleen als een A1 die nodig heeft): het onderdeel uit de werkmaprelaties,
 * de k-de `<si>` als platte tekst (rich text aaneen).
 */
function gedeeldeTekstenLezer(pakket: Pakket, relaties: readonly Relatie[]): (k: number) => Promise<string | null> {
  let lijst: string[] | null = null;
  return async (k) => {
    if (lijst === null) {
      lijst = [];
      const pad = relaties.find((r) => isType(r.type, "sharedStrings") && r.doel)?.doel;
      const xml = pad ? await pakket.leesTekst(pad) : null;
      if (xml) {
        const w = wortel(xml);
        for (const si of kinderen(xml, w)) if (si.lokaal === "si") lijst.push(tekst(xml, si));
      }
    }
    return lijst[k] ?? null;
  };
}

/** De tekst in A1 van een werkblad (inline, gedeeld of formuletekst), of null. */
async function a1Tekst(xml: string, gedeeld: (k: number) => Promise<string | null>): Promise<string | null> {
  const m = /<(?:[\w.-]+:)?c\b([^>]*?)\br="A1"([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/.exec(xml);
  if (!m || m[3] === undefined) return null;
  const t = /\bt="(\w+)"/.exec(m[1] + m[2])?.[1];
  const inhoud = m[3];
  if (t === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(inhoud);
    return is ? ontsleutel(is[1].replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "").replace(/<[^>]*>/g, "")) : null;
  }
  const v = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(inhoud);
  if (!v) return null;
  if (t === "s") return gedeeld(Number(v[1]));
  return t === "str" ? ontsleutel(v[1]) : null;
}

/** De hoogste prioriteit die Excel in een opmaakregel accepteert (xsd:int). */
const MAX_PRIORITEIT = 2147483647;

/**
 * Staat er een prioriteit boven xsd:int in een werkblad (onze regels komen na de hoogste van de gebruiker, en die
 * kan 2147483647 zijn), dan krijgen alle regels van het blad (ook die in de uitbreiding, x14) opnieuw 1, 2, 3, …
 * in dezelfde volgorde: de onderlinge voorrang blijft, elke prioriteit is weer geldig. Anders verandert er niets.
 * `delen`: het onderdeel in delen (een skelet: vóór en na de rijen); een regel ligt altijd binnen één deel.
 */
function geldigePrioriteiten(delen: readonly string[]): string[] {
  const re = /(<[\w.-]*:?cfRule\b[^>]*?\bpriority=")(\d+)(")/g;
  let te = false;
  for (const xml of delen) for (const m of xml.matchAll(re)) if (Number(m[2]) > MAX_PRIORITEIT) te = true;
  if (!te) return [...delen];
  const rang = new Map([...new Set(delen.flatMap((xml) => [...xml.matchAll(re)].map((m) => Number(m[2]))))].sort((a, b) => a - b).map((w, i) => [w, i + 1]));
  return delen.map((xml) => xml.replace(re, (_m, a: string, w: string, z: string) => `${a}${rang.get(Number(w))}${z}`));
}

/**
 * Zoek `dxfId="n"` in een onderdeel zonder het als één tekst te laden: stuk voor stuk (ASCII volstaat, de
 * naam en het getal zijn ASCII), met een staart van 40 tekens zodat een treffer op de grens van twee stukken
 * precies één keer telt (een treffer telt in de ronde waarin hij vóór de grens begint).
 */
async function telDxfInStukken(pakket: Pakket, naam: string, tel: (treffer: string) => void): Promise<void> {
  let rest = "";
  // windows-1252 (WHATWG's "latin1"): één teken per byte, in Node en in de browser.
  const dec = new TextDecoder("latin1");
  for await (const stuk of pakket.stukken(naam)) {
    const t = rest + dec.decode(stuk);
    const grens = Math.max(0, t.length - 40);
    for (const m of t.matchAll(/\bdxfId="\d+"/g)) if (m.index < grens) tel(m[0]);
    rest = t.slice(grens);
  }
  for (const m of rest.matchAll(/\bdxfId="\d+"/g)) tel(m[0]);
}

/** Een werkblad van de gebruiker om aan te vullen: als skelet als dat kan, anders als één tekst; null als het ontbreekt. */
async function leesWerkblad(pakket: Pakket, pad: string): Promise<Onderdeel | null> {
  const naam = pakket.zoek(pad);
  if (naam === null) return null;
  const sk = await leesSkelet(pakket, naam);
  if (typeof sk !== "string") return new Onderdeel(naam, sk.xml, { knip: sk.knip, midden: sk.midden });
  return leesHeelBlad(pakket, naam, sk === "ongelezen");
}

/** Het hele werkblad als één tekst (zoals vroeger). `tellen`: false als de teller het blad al gezien heeft. */
async function leesHeelBlad(pakket: Pakket, pad: string, tellen: boolean): Promise<Onderdeel | null> {
  const teller = pakket.teller;
  if (!tellen) pakket.teller = null;
  try {
    const xml = await pakket.leesTekst(pad);
    return xml === null ? null : new Onderdeel(pakket.zoek(pad)!, xml);
  } finally {
    pakket.teller = teller;
  }
}

/** Hoeveel kop (vóór <sheetData>) we hooguit verzamelen; daarna het hele blad zoals vroeger. */
const MAX_KOP = 4 * 1024 * 1024;
const SHEETDATA = /<(?:[\w.-]+:)?sheetData(?=[\s/>])/g;
const TAGTEKEN = /[>"']/g;

/**
 * Lees een werkblad in stukken en houd alleen het skelet: alles vóór de inhoud van <sheetData> (tot en met de
 * begintag) en alles vanaf de eindtag, als tekst; de inhoud zelf (de rijen, het grootste deel) blijft in de invoer en
 * wordt bij het schrijven opnieuw uitgepakt (`pakket.deel`). De grenzen vinden we zoals ./xml.ts ze vindt (tags met
 * aanhalingstekens, diepte), zodat het skelet dezelfde elementen geeft als het hele blad en de kopie dezelfde bytes.
 * Geeft "terug" (het blad is gelezen en geteld, maar moet als één tekst) als de rijen iets bevatten waar het skelet
 * niet voor instaat: commentaar, CDATA of een verwerkingsinstructie, `dxfId` of `cfRule`, ongeldige UTF-8; of als
 * er geen (niet-lege) <sheetData> is, het blad UTF-16 is of het skelet niet klopt. "ongelezen": te groot om als tekst
 * te bewerken (de melding komt van `leesTekst`).
 */
export async function leesSkelet(pakket: Pakket, naam: string): Promise<{ xml: string; knip: number; midden: StukBron } | "terug" | "ongelezen"> {
  if ((pakket.grootte(naam) ?? 0) > MAX_TEKST_BYTES) return "ongelezen";
  const latin1 = new TextDecoder("latin1");
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let mislukt = false;
  let fase: "kop" | "rijen" | "staart" = "kop";
  let pos = 0; // waar het huidige stuk begint (bytes, uitgepakt)
  const kop: Uint8Array[] = [];
  let kopTekst = "";
  let zoekVanaf = 0;
  let van = -1;
  let tot = -1;
  // De tokenizer van de rijen (zoals elementOp in ./xml.ts).
  let diepte = 1;
  let inTag = false;
  let eersteTeken = false;
  let eindTag = false;
  let aanhaling = "";
  let vorige = 0;
  let tagBegin = 0;
  let tagStukken: { stuk: Uint8Array; pos: number }[] = [];
  let rest = "";
  const staart: Uint8Array[] = [];
  // Geldige UTF-8 vanaf `van` tot het eind (de staart ook: dan valt de grens op een teken); anders zou de kopie
  // vervangingstekens krijgen waar het hele blad als tekst ze zou geven.
  const utf8Geldig = (b?: Uint8Array) => {
    try {
      if (b) utf8.decode(b, { stream: true });
      else utf8.decode();
    } catch {
      mislukt = true;
    }
  };
  try {
    for await (const stuk of pakket.stukken(naam)) {
      const hier = pos;
      pos += stuk.length;
      if (mislukt) continue;
      let i = 0;
      let t = "";
      if (fase === "kop") {
        kop.push(stuk);
        kopTekst += latin1.decode(stuk);
        if (kopTekst.length >= 2 && isUtf16(Uint8Array.of(kopTekst.charCodeAt(0) & 0xff, kopTekst.charCodeAt(1) & 0xff))) {
          mislukt = true;
          continue;
        }
        SHEETDATA.lastIndex = zoekVanaf;
        const m = SHEETDATA.exec(kopTekst);
        const e = m ? tagEindeIn(kopTekst, m.index) : -1;
        if (!m || e < 0) {
          const lt = kopTekst.lastIndexOf("<");
          zoekVanaf = m ? m.index : lt >= zoekVanaf ? lt : kopTekst.length;
          if (kopTekst.length > MAX_KOP) mislukt = true;
          continue;
        }
        if (kopTekst.charCodeAt(e - 2) === 47 /* / */) {
          mislukt = true; // <sheetData/>: niets te sparen
          continue;
        }
        van = e;
        fase = "rijen";
        t = kopTekst.slice(hier);
        i = van - hier;
        kopTekst = "";
      } else if (fase === "rijen") t = latin1.decode(stuk);
      if (fase === "staart") {
        staart.push(stuk);
        utf8Geldig(stuk);
        continue;
      }
      utf8Geldig(i ? stuk.subarray(i) : stuk);
      const begin = i;
      tagStukken = inTag ? [...tagStukken, { stuk, pos: hier }] : [];
      while (i < t.length) {
        if (!inTag) {
          const k = t.indexOf("<", i);
          if (k < 0) break;
          inTag = true;
          eersteTeken = true;
          tagBegin = hier + k;
          tagStukken = [{ stuk, pos: hier }];
          vorige = 60; /* < */
          i = k + 1;
          continue;
        }
        if (eersteTeken) {
          const c = t.charCodeAt(i);
          if (c === 63 /* ? */ || c === 33 /* ! */) {
            mislukt = true;
            break;
          }
          eindTag = c === 47;
          eersteTeken = false;
        }
        if (aanhaling) {
          const k = t.indexOf(aanhaling, i);
          if (k < 0) {
            i = t.length;
            break;
          }
          aanhaling = "";
          vorige = t.charCodeAt(k);
          i = k + 1;
          continue;
        }
        TAGTEKEN.lastIndex = i;
        const m = TAGTEKEN.exec(t);
        if (!m) {
          vorige = t.charCodeAt(t.length - 1);
          i = t.length;
          break;
        }
        const k = m.index;
        if (m[0] !== ">") {
          aanhaling = m[0];
          i = k + 1;
          continue;
        }
        const voor = k > i ? t.charCodeAt(k - 1) : vorige;
        inTag = false;
        i = k + 1;
        if (eindTag) {
          if (--diepte === 0) {
            tot = tagBegin;
            break;
          }
        } else if (voor !== 47 /* / */) diepte++;
      }
      if (mislukt) continue;
      // dxfId en cfRule horen niet in de rijen (ze tellen mee voor de stijlen en de prioriteiten): dan het hele blad.
      const rijen = rest + t.slice(begin, tot >= 0 ? Math.max(begin, tot - hier) : t.length);
      if (rijen.includes("dxfId") || rijen.includes("cfRule")) {
        mislukt = true;
        continue;
      }
      rest = rijen.slice(-6);
      if (tot >= 0) {
        fase = "staart";
        for (const [j, d] of tagStukken.entries()) staart.push(j === 0 ? d.stuk.subarray(tot - d.pos) : d.stuk);
        tagStukken = [];
      }
    }
    utf8Geldig();
    if (mislukt || fase !== "staart") return "terug";
  } catch (e) {
    if (e instanceof ZipFout) throw new PakketFout(zipReden(e, naam));
    throw e;
  }
  const kopXml = new TextDecoder("utf-8", { ignoreBOM: false }).decode(plak(kop).subarray(0, van));
  const xml = kopXml + new TextDecoder("utf-8").decode(plak(staart));
  const knip = kopXml.length;
  try {
    const w = wortel(xml);
    const sd = kinderen(xml, w).find((k) => k.lokaal === "sheetData");
    if (!sd || sd.startEinde !== knip || sd.inhoudEinde !== knip) return "terug";
  } catch (e) {
    if (e instanceof XmlFout) return "terug";
    throw e;
  }
  return { xml, knip, midden: pakket.deel(naam, van, tot) };
}

/** Einde (net na ">") van de tag die op `i` begint, met aanhalingstekens zoals ./xml.ts; -1 als hij nog niet af is. */
function tagEindeIn(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    TAGTEKEN.lastIndex = j;
    const m = TAGTEKEN.exec(s);
    if (!m) return -1;
    if (m[0] === ">") return m.index + 1;
    const k = s.indexOf(m[0], m.index + 1);
    if (k < 0) return -1;
    j = k + 1;
  }
}
