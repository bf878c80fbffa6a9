/**
 * Een CSV-register lezen: zoals Nederlandse Excel het bewaart (`;`, Windows-1252 of UTF-8 met BOM) of
 * met `,` of tab. De cellen blijven tekst; de registerlezer herkent datums (3-10-2026, 2026-10-03) en
 * ja/nee zelf. Het resultaat is één blok, zoals het gebruikte bereik van een blad zonder tabel.
 */
import type { Cel } from "../../core/register";
import { LeesFout } from "./fout";
import { MAX_RIJEN, type GelezenWerkmap } from "./xlsx";

/** Bytes → tekst: UTF-8 (met of zonder BOM), UTF-16 met BOM, anders Windows-1252 (Excel "CSV"). */
export function decodeerTekst(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const zonderBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(zonderBom);
  } catch {
    return new TextDecoder("windows-1252").decode(buf);
  }
}

/** Het scheidingsteken: `sep=X` op de eerste regel, anders het teken dat in de eerste regels het vaakst buiten aanhalingstekens staat. */
function kiesScheiding(tekst: string): { teken: string; start: number } {
  const sep = /^sep=(.)\r?\n/i.exec(tekst);
  if (sep) return { teken: sep[1], start: sep[0].length };
  const tel: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let regels = 0;
  let inQuote = false;
  for (let i = 0; i < tekst.length && regels < 30; i++) {
    const c = tekst[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === "\n") regels++;
    else if (!inQuote && c in tel) tel[c]++;
  }
  const teken = [";", "\t", ","].reduce((a, b) => (tel[b] > tel[a] ? b : a), ";");
  return { teken, start: 0 };
}

/** Meer regels dan een Excel-werkblad rijen heeft (MAX_RIJEN): zo'n bestand opent ook Excel niet helemaal. */
const TE_VEEL_REGELS =
  "Het CSV-bestand heeft meer dan 1.048.576 regels, meer dan een Excel-werkblad kan bevatten; het is niet gelezen. Splits het bestand of verplaats afgesloten dossiers naar een archief.";

/** RFC 4180 met een vrij scheidingsteken; aanhalingstekens verdubbeld; regeleinden binnen aanhalingstekens. */
export function parseCsv(tekst: string): Cel[][] {
  const { teken, start } = kiesScheiding(tekst);
  const rijen: Cel[][] = [];
  let rij: Cel[] = [];
  let veld = "";
  let gequoot = false;
  let i = start;
  const n = tekst.length;
  const sluitVeld = () => {
    const t = gequoot ? veld : veld.trim();
    rij.push(t === "" ? null : t);
    veld = "";
    gequoot = false;
  };
  while (i < n) {
    const c = tekst.charCodeAt(i);
    if (c === 34 /* " */ && veld.trim() === "" && !gequoot) {
      // Veld tussen aanhalingstekens.
      let j = i + 1;
      let w = "";
      for (;;) {
        const q = tekst.indexOf('"', j);
        if (q < 0) throw new LeesFout("Het CSV-bestand is niet geldig: een aanhalingsteken wordt niet gesloten.");
        w += tekst.slice(j, q);
        if (tekst.charCodeAt(q + 1) === 34) {
          w += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      veld = w;
      gequoot = true;
      // Tekst na het sluitende aanhalingsteken tot het scheidingsteken hoort er nog bij (soepel, zoals Excel).
      while (i < n && tekst[i] !== teken && tekst[i] !== "\n" && tekst[i] !== "\r") veld += tekst[i++];
      continue;
    }
    if (tekst[i] === teken) {
      sluitVeld();
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      sluitVeld();
      if (rijen.length >= MAX_RIJEN) throw new LeesFout(TE_VEEL_REGELS);
      rijen.push(rij.every((x) => x === null) ? [] : rij);
      rij = [];
      i += c === 13 && tekst.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    veld += tekst[i++];
  }
  if (veld !== "" || gequoot || rij.length) {
    sluitVeld();
    rijen.push(rij.every((x) => x === null) ? [] : rij);
  }
  return rijen;
}

export function leesCsv(buf: Buffer): GelezenWerkmap {
  const tekst = decodeerTekst(buf);
  if (tekst.indexOf("\u0000") >= 0) throw new LeesFout("Het bestand is geen tekstbestand (CSV); het is niet gelezen.");
  const waarden = parseCsv(tekst);
  return { soort: "csv", datumsysteem: "1900", blokken: [{ blad: "", rijOffset: 1, kolomOffset: 1, waarden, formulesZonderWaarde: [] }] };
}
