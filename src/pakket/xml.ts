/**
 * De enige XML-laag van de scanner, voor de lezer (src/cli/lezen), de gekleurde kopie en de deelkopie.
 *
 * Een kleine XML-tokenizer om in een onderdeel van een werkmap elementgrenzen te vinden zonder het
 * onderdeel opnieuw te serialiseren: wat we niet wijzigen blijft teken voor teken staan. Daarnaast de
 * hulpjes van de streaming-lezer op tagtekst (`tagAttributen`, `elementen`): dezelfde ontsleuteling,
 * dezelfde decoder (UTF-8/UTF-16) en dezelfde OOXML-tekstregels.
 *
 * Genoeg voor SpreadsheetML (goedgevormde XML): start- en eindtags, lege elementen, commentaar,
 * verwerkingsinstructies, CDATA en een DOCTYPE zonder interne subset. Attribuutwaarden mogen `>`
 * bevatten. Geen validatie: een onderdeel dat hier niet klopt geeft een `XmlFout`.
 */

export class XmlFout extends Error {}

export interface Element {
  /** Naam zoals in het bestand, met voorvoegsel ("x:sheetData"). */
  naam: string;
  /** Naam zonder voorvoegsel ("sheetData"). */
  lokaal: string;
  /** Voorvoegsel met dubbele punt ("x:"), of "". */
  voorvoegsel: string;
  /** Index van de "<" van de starttag. */
  begin: number;
  /** Index net na de ">" van de starttag. */
  startEinde: number;
  /** Index van de "<" van de eindtag (gelijk aan `startEinde` bij een leeg element `<a/>`). */
  inhoudEinde: number;
  /** Index net na het element. */
  einde: number;
  leeg: boolean;
}

const NAAM_EINDE = /[\s/>]/g;

/** Einde (index net na ">") van de tag die op `i` begint; aanhalingstekens in attribuutwaarden tellen mee. */
function tagEinde(xml: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const c = xml.charCodeAt(j);
    if (Number.isNaN(c)) throw new XmlFout(`onafgesloten tag op positie ${i}`);
    if (c === 62 /* > */) return j + 1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const k = xml.indexOf(c === 34 ? '"' : "'", j + 1);
      if (k < 0) throw new XmlFout(`onafgesloten attribuutwaarde op positie ${j}`);
      j = k + 1;
    } else j++;
  }
}

/** Sla commentaar, PI, CDATA of DOCTYPE over die op `i` beginnen; -1 als daar een gewone tag staat. */
function overslaan(xml: string, i: number): number {
  const c = xml.charCodeAt(i + 1);
  if (c === 63 /* ? */) return zoek(xml, "?>", i) + 2;
  if (c === 33 /* ! */) {
    if (xml.startsWith("<!--", i)) return zoek(xml, "-->", i) + 3;
    if (xml.startsWith("<![CDATA[", i)) return zoek(xml, "]]>", i) + 3;
    return tagEinde(xml, i); // <!DOCTYPE …> zonder interne subset
  }
  return -1;
}

function zoek(xml: string, s: string, van: number): number {
  const k = xml.indexOf(s, van);
  if (k < 0) throw new XmlFout(`"${s}" ontbreekt na positie ${van}`);
  return k;
}

function naamOp(xml: string, i: number): string {
  NAAM_EINDE.lastIndex = i;
  const m = NAAM_EINDE.exec(xml);
  return xml.slice(i, m ? m.index : xml.length);
}

/** Het element waarvan de starttag op `begin` staat, met zijn grenzen. */
export function elementOp(xml: string, begin: number): Element {
  const naam = naamOp(xml, begin + 1);
  const startEinde = tagEinde(xml, begin);
  const dp = naam.indexOf(":");
  const basis = { naam, lokaal: naam.slice(dp + 1), voorvoegsel: dp >= 0 ? naam.slice(0, dp + 1) : "", begin, startEinde };
  if (xml.charCodeAt(startEinde - 2) === 47 /* / */) return { ...basis, inhoudEinde: startEinde, einde: startEinde, leeg: true };
  let diepte = 1;
  let i = startEinde;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) throw new XmlFout(`<${naam}> wordt niet afgesloten`);
    const o = overslaan(xml, i);
    if (o >= 0) {
      i = o;
      continue;
    }
    const e = tagEinde(xml, i);
    if (xml.charCodeAt(i + 1) === 47) {
      if (--diepte === 0) return { ...basis, inhoudEinde: i, einde: e, leeg: false };
    } else if (xml.charCodeAt(e - 2) !== 47) diepte++;
    i = e;
  }
}

/** Het wortelelement van een document. */
export function wortel(xml: string): Element {
  let i = 0;
  for (;;) {
    i = xml.indexOf("<", i);
    if (i < 0) throw new XmlFout("geen wortelelement");
    const o = overslaan(xml, i);
    if (o < 0) return elementOp(xml, i);
    i = o;
  }
}

/** De directe kinderen van een element, in volgorde. */
export function kinderen(xml: string, ouder: Element): Element[] {
  const uit: Element[] = [];
  let i = ouder.startEinde;
  while (i < ouder.inhoudEinde) {
    i = xml.indexOf("<", i);
    if (i < 0 || i >= ouder.inhoudEinde) break;
    const o = overslaan(xml, i);
    if (o >= 0) {
      i = o;
      continue;
    }
    const kind = elementOp(xml, i);
    uit.push(kind);
    i = kind.einde;
  }
  return uit;
}

export function kindenMet(xml: string, ouder: Element, lokaal: string): Element[] {
  return kinderen(xml, ouder).filter((k) => k.lokaal === lokaal);
}

const ATTRIBUUT = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** De attributen van de starttag (waarden ontsleuteld), op naam zoals in het bestand ("r:id"). */
export function attributen(xml: string, el: Element): Map<string, string> {
  const tag = xml.slice(el.begin + 1 + el.naam.length, el.startEinde);
  const uit = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUUT)) uit.set(m[1], ontsleutel(m[3] ?? m[4]));
  return uit;
}

/** Attribuut op lokale naam, ongeacht voorvoegsel (voor r:id). */
export function attribuutLokaal(attrs: Map<string, string>, lokaal: string): { naam: string; waarde: string } | null {
  for (const [naam, waarde] of attrs) if (naam === lokaal || naam.endsWith(`:${lokaal}`)) return { naam, waarde };
  return null;
}

/** De tekstinhoud van een element (ontsleuteld; CDATA letterlijk). */
export function tekst(xml: string, el: Element): string {
  const ruw = xml.slice(el.startEinde, el.inhoudEinde);
  let uit = "";
  let i = 0;
  for (;;) {
    const c = ruw.indexOf("<![CDATA[", i);
    if (c < 0) return uit + ontsleutel(ruw.slice(i).replace(/<[^>]*>/g, ""));
    uit += ontsleutel(ruw.slice(i, c).replace(/<[^>]*>/g, ""));
    const e = ruw.indexOf("]]>", c);
    uit += ruw.slice(c + 9, e);
    i = e + 3;
  }
}

const ENTITEITEN: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * XML-entiteiten (&amp; &#10; &#x41;) in tekst of een attribuutwaarde. Een tekenverwijzing buiten Unicode
 * (`&#x110000;`, een zeer groot getal) blijft letterlijk staan: String.fromCodePoint zou een RangeError geven.
 */
export function ontsleutel(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITEITEN[e];
    const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** Versleutel tekst voor een element of een attribuutwaarde tussen dubbele aanhalingstekens. */
export function versleutel(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/** De namespace-URI die bij een voorvoegsel hoort, zoals gedeclareerd op het element (alleen daar). */
export function namespaceVan(attrs: Map<string, string>, voorvoegsel: string): string | null {
  return attrs.get(voorvoegsel ? `xmlns:${voorvoegsel.replace(/:$/, "")}` : "xmlns") ?? null;
}

/** Vervangingen op (begin, einde)-paren in één keer toepassen, van achter naar voor. */
export interface Vervanging {
  begin: number;
  einde: number;
  tekst: string;
}

export function pasToe(xml: string, vervangingen: Vervanging[]): string {
  const v = [...vervangingen].sort((a, b) => a.begin - b.begin || a.einde - b.einde);
  for (let i = 1; i < v.length; i++) if (v[i].begin < v[i - 1].einde) throw new XmlFout("overlappende wijzigingen");
  let uit = "";
  let pos = 0;
  for (const r of v) {
    uit += xml.slice(pos, r.begin) + r.tekst;
    pos = r.einde;
  }
  return uit + xml.slice(pos);
}

// ---- Hulpjes op tagtekst (voor de streaming-lezer) -----------------------------------------------

/**
 * Een decoder voor een XML-onderdeel, gekozen op de eerste bytes: UTF-16 (LE of BE, met BOM) of UTF-8.
 * Zonder deze keuze leest een UTF-16-onderdeel als onzin en verdwijnt het register zonder melding.
 */
export function xmlDecoder(begin: Uint8Array): InstanceType<typeof TextDecoder> {
  if (begin.length >= 2 && begin[0] === 0xff && begin[1] === 0xfe) return new TextDecoder("utf-16le");
  if (begin.length >= 2 && begin[0] === 0xfe && begin[1] === 0xff) return new TextDecoder("utf-16be");
  // Zonder BOM, maar wel UTF-16: "<" gevolgd door een nulbyte (LE) of andersom (BE).
  if (begin.length >= 2 && begin[0] === 0x3c && begin[1] === 0) return new TextDecoder("utf-16le");
  if (begin.length >= 2 && begin[0] === 0 && begin[1] === 0x3c) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

/** Is dit onderdeel UTF-16 (met of zonder BOM)? */
export function isUtf16(begin: Uint8Array): boolean {
  return xmlDecoder(begin).encoding.startsWith("utf-16");
}

/** Tekst uit een OOXML-tekstknoop: entiteiten en `_x000D_`-escapes (ECMA-376 22.9.2.19); CDATA letterlijk. */
export function ooxmlTekst(s: string): string {
  if (s.indexOf("<![CDATA[") >= 0) {
    // Buiten CDATA gewone tekst; binnen CDATA staat alles er letterlijk (geen entiteiten).
    let uit = "";
    let i = 0;
    for (;;) {
      const a = s.indexOf("<![CDATA[", i);
      if (a < 0) return uit + ooxmlTekst(s.slice(i));
      const e = s.indexOf("]]>", a + 9);
      uit += ooxmlTekst(s.slice(i, a)) + s.slice(a + 9, e < 0 ? s.length : e);
      if (e < 0) return uit;
      i = e + 3;
    }
  }
  const t = ontsleutel(s);
  if (t.indexOf("_x") < 0) return t;
  return t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Alle attributen van één begintag (de tekst tussen de tagnaam en `>`). Voorvoegsels blijven staan. */
export function tagAttributen(tag: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const m of tag.matchAll(ATTRIBUUT)) uit[m[1]] = ontsleutel(m[3] ?? m[4] ?? "");
  return uit;
}

/** Eén attribuut uit een tagtekst, of null. */
export function attribuut(tag: string, naam: string): string | null {
  const re = new RegExp(`(?:^|\\s)${naam.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? ontsleutel(m[1] ?? m[2] ?? "") : null;
}

/** Alle begintags met deze lokale naam (met of zonder voorvoegsel), als attribuutobjecten. */
export function elementen(xml: string, lokaal: string): Record<string, string>[] {
  // Attribuutwaarden tussen aanhalingstekens mogen ">" bevatten (een bladnaam "Verzuim > 2026").
  const re = new RegExp(`<(?:[\\w.-]+:)?${lokaal}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, "g");
  const uit: Record<string, string>[] = [];
  for (const m of xml.matchAll(re)) uit.push(tagAttributen(m[1]));
  return uit;
}

/** xsd:boolean: "1" en "true" (ook "True") zijn waar. */
export function isWaar(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.trim().toLowerCase();
  return t === "1" || t === "true";
}
