/**
 * Herinneringen als iCalendar-bestand (RFC 5545): één gebeurtenis van een hele dag per open stap
 * (te laat maar nog in te halen, binnenkort of gepland) van elk dossier, om te importeren in Outlook of
 * Google Agenda. Een stap die voorbij is (isVoorbij: hersteld en niet meer te herleven, of de wachttijd is
 * om) krijgt geen herinnering.
 *
 * - De UID is stabiel per dossier en stap (een hash van personeelsnummer/naam en de eerste ziektedag van het
 *   dossier, plus de mijlpaalcode), zodat opnieuw importeren de gebeurtenis bijwerkt in plaats van verdubbelt.
 * - Een stap die te laat is, staat op de peildatum (zodat hij zichtbaar is) met de termijn in de titel; een
 *   open stap staat op zijn uiterste datum.
 * - Samenvatting "naam — stap"; in de beschrijving de termijn en de wettelijke bron; geen medische gegevens.
 *
 * Zelf geschreven in plaats van een bibliotheek: we schrijven alleen gebeurtenissen van een hele dag
 * (DTSTART;VALUE=DATE), en de gangbare pakketten vragen Node 22+ (ical-generator 11) of trekken een
 * validatiebibliotheek mee (ics → yup). De syntaxis wordt in de tests gecontroleerd met ical.js (Mozilla).
 * Zuiver: geen I/O; de aanroeper schrijft de tekst weg.
 */
import { veiligeRegels } from "./tekst";
import { datumVan, formatNL, type Dag } from "./dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode } from "./mijlpalen";
import type { DossierEvaluatie } from "./pipeline";
import { isVoorbij, MIJLPAAL_BRON } from "./tijdlijn";

const OPEN = new Set(["te-laat", "binnenkort", "gepland"]);

/** FNV-1a, 64 bits als twee 32-bits helften: een korte, stabiele id zonder namen in de UID. */
export function stabieleHash(tekst: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

function datumIcs(d: Dag): string {
  const k = datumVan(d);
  return `${String(k.jaar).padStart(4, "0")}${String(k.maand).padStart(2, "0")}${String(k.dag).padStart(2, "0")}`;
}

/**
 * Tekstwaarde volgens RFC 5545 §3.3.11: \ ; , en regeleinden ontsnappen. Andere stuurtekens (uit een cel of
 * bestandsnaam) zijn in een TEXT-waarde niet toegestaan: zichtbaar gemaakt (src/core/tekst.ts).
 */
export function ontsnap(tekst: string): string {
  return veiligeRegels(tekst.replace(/\r\n|\r/g, "\n")).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Vouw een regel op 75 octetten (RFC 5545 §3.1), zonder een UTF-8-teken te splitsen. */
export function vouw(regel: string): string {
  const delen: string[] = [];
  let huidig = "";
  let octetten = 0;
  for (const teken of regel) {
    const n = new TextEncoder().encode(teken).length;
    const max = delen.length === 0 ? 75 : 74; // vervolgregels beginnen met een spatie
    if (octetten + n > max) {
      delen.push(huidig);
      huidig = "";
      octetten = 0;
    }
    huidig += teken;
    octetten += n;
  }
  delen.push(huidig);
  return delen.join("\r\n ");
}

export interface AgendaOpties {
  peildatum: Dag;
  /** Naam van de agenda (bijvoorbeeld de bestandsnaam van het register). */
  naam?: string;
}

/** Eén open stap als gebeurtenis. */
export interface AgendaItem {
  uid: string;
  datum: Dag;
  samenvatting: string;
  beschrijving: string;
}

/** De open stappen van de dossiers als agenda-items (te laat, binnenkort of gepland; niet onbekend of n.v.t.). */
export function agendaItems(evaluaties: readonly DossierEvaluatie[], opties: AgendaOpties): AgendaItem[] {
  const uit: AgendaItem[] = [];
  for (const e of evaluaties) {
    const d = e.dossier;
    const naam = d.werknemer ?? d.personeelsnummer ?? "werknemer";
    const sleutel = `${d.personeelsnummer ?? ""}|${d.werknemer ?? ""}|${e.tijdlijn.eersteZiektedag}`;
    const id = stabieleHash(sleutel);
    for (const code of MIJLPAAL_CODES) {
      if (code === "EWT") continue;
      const m = e.tijdlijn.mijlpalen[code as MijlpaalCode];
      // Een te late stap die voorbij is (hersteld en niet meer te herleven, wachttijd om) is geen herinnering.
      if (!OPEN.has(m.status) || isVoorbij(e.tijdlijn, code)) continue;
      const laat = m.status === "te-laat";
      uit.push({
        uid: `${id}-${code.toLowerCase()}@poortwachter-voor-excel`,
        datum: laat ? opties.peildatum : m.uiterlijk,
        samenvatting: `${naam} — ${MIJLPAAL_NAAM[code]}${laat ? ` (te laat sinds ${formatNL(m.uiterlijk + 1)})` : ""}`,
        beschrijving:
          `${MIJLPAAL_NAAM[code]}: ${STATUS_TEKST[m.status]}, uiterlijk ${formatNL(m.uiterlijk)}` +
          (m.vanaf !== null ? ` (vanaf ${formatNL(m.vanaf)})` : "") +
          `.\nEerste ziektedag ${formatNL(e.tijdlijn.eersteZiektedag)}.\nBron: ${MIJLPAAL_BRON[code]}.`,
      });
    }
  }
  return uit.sort((a, b) => a.datum - b.datum || a.uid.localeCompare(b.uid));
}

/** Het iCalendar-bestand (tekst met CRLF-regeleinden). */
export function maakIcs(items: readonly AgendaItem[], opties: AgendaOpties): string {
  // DTSTAMP: de peildatum om middernacht UTC, zodat dezelfde invoer hetzelfde bestand geeft.
  const stempel = `${datumIcs(opties.peildatum)}T000000Z`;
  const regels = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Poortwachter voor Excel//Herinneringen//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${ontsnap(`Poortwachter${opties.naam ? ` — ${opties.naam}` : ""}`)}`,
  ];
  for (const it of items) {
    regels.push(
      "BEGIN:VEVENT",
      `UID:${it.uid}`,
      `DTSTAMP:${stempel}`,
      `DTSTART;VALUE=DATE:${datumIcs(it.datum)}`,
      `DTEND;VALUE=DATE:${datumIcs(it.datum + 1)}`,
      `SUMMARY:${ontsnap(it.samenvatting)}`,
      `DESCRIPTION:${ontsnap(it.beschrijving)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  regels.push("END:VCALENDAR");
  return regels.map(vouw).join("\r\n") + "\r\n";
}
