/**
 * Tekst van buiten (werknemersnamen en andere cellen, blad- en bestandsnamen) veilig in een rapport: geen
 * stuurtekens. Een `ESC[2K` in een cel wist anders regels van het rapport in de terminal, een regeleinde in een
 * bestandsnaam splitst een regel, een richtingsteken (U+202E) draait tekst om. Eén plek voor tekstrapport,
 * CSV, agenda (ICS) en HTML.
 *
 * Een stuurteken wordt zichtbaar, niet weggelaten (zo ziet u dat er iets vreemds in de cel staat):
 * C0-tekens als hun symbool (ESC → ␛, regeleinde → ␊, tab → ␉), DEL als ␡, C1-tekens en richtingstekens als
 * `<U+009B>`; een byte van een bestandsnaam die geen UTF-8 was als `<0xE9>`.
 */

// C0 (behalve wat `regels` mag houden), DEL, C1, en de Unicode-richtings- en opmaaktekens die tekst omdraaien
// of verbergen (LRM/RLM, ALM, LRE…RLO, LRI…PDI), plus regel- en alineascheiding.
const STUUR = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const STUUR_BEHALVE_REGELEINDE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function zichtbaar(c: string): string {
  const n = c.charCodeAt(0);
  if (n < 0x20) return String.fromCharCode(0x2400 + n);
  if (n === 0x7f) return "\u2421";
  return `<U+${n.toString(16).toUpperCase().padStart(4, "0")}>`;
}

// Een byte van een bestandsnaam die geen UTF-8 was, bewaard als losse surrogaat (src/cli/bestandsnaam.ts).
const LOSSE_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/g;
const byte = (c: string) => `<0x${(c.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}>`;

/**
 * Staat er iets in `s` dat STUUR(_BEHALVE_REGELEINDE) of LOSSE_BYTE raakt? Gewone tekst (bijna alles) gaat zo
 * zonder twee reguliere expressies terug: in het CSV- en tekstrapport was dat ~6 % van de CPU (issue 22).
 */
function heeftStuur(s: string, regeleindeMag: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c === 10 && regeleindeMag) continue;
      return true;
    }
    if (c <= 0x9f || c === 0x61c || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xdc80 && c <= 0xdcff)) {
      return true;
    }
  }
  return false;
}

/** Eén regel tekst van buiten: elk stuurteken (ook een regeleinde) wordt zichtbaar gemaakt. */
export function veiligeRegel(s: string): string {
  if (!heeftStuur(s, false)) return s;
  return s.replace(STUUR, zichtbaar).replace(LOSSE_BYTE, byte);
}

/**
 * Tekst die uit meer regels mag bestaan (een rapport dat de scanner zelf opbouwt): regeleinden blijven, elk
 * ander stuurteken (ook CR) wordt zichtbaar.
 */
export function veiligeRegels(s: string): string {
  if (!heeftStuur(s, true)) return s;
  return s.replace(STUUR_BEHALVE_REGELEINDE, zichtbaar).replace(LOSSE_BYTE, byte);
}
