/**
 * Een kleine XML-tokenizer om in een onderdeel van een werkmap elementgrenzen te vinden zonder het
 * onderdeel opnieuw te serialiseren: wat we niet wijzigen blijft teken voor teken staan.
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

export function ontsleutel(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITEITEN[e],
  );
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
