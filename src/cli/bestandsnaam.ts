/**
 * Bestandsnamen die geen geldige UTF-8 zijn (een map van een oud Windows- of Mac-systeem: "loon\xE9.xlsx" in
 * Latin-1). Node maakt van zo'n naam een tekst met U+FFFD, en dat pad bestaat dan niet ("symbolische koppeling
 * naar iets dat niet bestaat"). Daarom leest de scanner mappen als bytes en bewaart elke byte die geen UTF-8 is
 * als een losse surrogaat U+DC80…U+DCFF (zoals Python's "surrogateescape"): de naam blijft een gewone tekst
 * (ook tussen werkers), en `fsPad` maakt er voor het bestandssysteem weer precies de oorspronkelijke bytes van.
 * In een rapport toont src/core/tekst.ts zo'n byte als `<0xE9>`.
 */

const STRIKT = new TextDecoder("utf-8", { fatal: true });
const LOS = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** De naam (bytes uit `readdir` met encoding "buffer") als tekst; ongeldige bytes als losse surrogaat. */
export function naamUitBytes(b: Buffer): string {
  try {
    return STRIKT.decode(b);
  } catch {
    /* niet (helemaal) UTF-8: byte voor byte hieronder */
  }
  let uit = "";
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n > 0 && i + n <= b.length) {
      try {
        uit += STRIKT.decode(b.subarray(i, i + n));
        i += n;
        continue;
      } catch {
        /* geen geldige reeks: deze byte apart */
      }
    }
    uit += String.fromCharCode(0xdc00 + c);
    i++;
  }
  return uit;
}

/** Het pad voor het bestandssysteem: ongewijzigd, of (met bewaarde bytes) als Buffer met de echte bytes. */
export function fsPad(pad: string): string | Buffer {
  if (!LOS.test(pad)) return pad;
  const delen: Buffer[] = [];
  let tekst = "";
  for (let i = 0; i < pad.length; i++) {
    const c = pad.charCodeAt(i);
    const vorige = i > 0 ? pad.charCodeAt(i - 1) : 0;
    if (c >= 0xdc80 && c <= 0xdcff && !(vorige >= 0xd800 && vorige <= 0xdbff)) {
      delen.push(Buffer.from(tekst, "utf8"), Buffer.from([c - 0xdc00]));
      tekst = "";
    } else tekst += pad[i];
  }
  delen.push(Buffer.from(tekst, "utf8"));
  return Buffer.concat(delen);
}
