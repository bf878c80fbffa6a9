/** Kleine XML-hulpjes voor de lezers: attributen, entiteiten, CDATA en de `_xHHHH_`-escapes van OOXML. */

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

const ENTITEIT: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML-entiteiten (&amp; &#10; &#x41;) in tekst of een attribuutwaarde. */
export function ontsnap(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITEIT[e] ?? m;
  });
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
  const t = ontsnap(s);
  if (t.indexOf("_x") < 0) return t;
  return t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Alle attributen van één begintag (de tekst tussen de tagnaam en `>`). Voorvoegsels blijven staan. */
export function attributen(tag: string): Record<string, string> {
  const uit: Record<string, string> = {};
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) uit[m[1]] = ontsnap(m[2] ?? m[3] ?? "");
  return uit;
}

/** Eén attribuut uit een tagtekst, of null. */
export function attribuut(tag: string, naam: string): string | null {
  const re = new RegExp(`(?:^|\\s)${naam.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? ontsnap(m[1] ?? m[2] ?? "") : null;
}

/** Alle begintags met deze lokale naam (met of zonder voorvoegsel), als attribuutobjecten. */
export function elementen(xml: string, lokaal: string): Record<string, string>[] {
  // Attribuutwaarden tussen aanhalingstekens mogen ">" bevatten (een bladnaam "Verzuim > 2026").
  const re = new RegExp(`<(?:[\\w.-]+:)?${lokaal}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, "g");
  const uit: Record<string, string>[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) uit.push(attributen(m[1]));
  return uit;
}

/** xsd:boolean: "1" en "true" (ook "True") zijn waar. */
export function isWaar(v: string | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  const t = v.trim().toLowerCase();
  return t === "1" || t === "true";
}
