/**
 * De weergave "Verzuimcijfers dit jaar" van het taakvenster: de cijfers, de grafiek per maand, frequent verzuim
 * en het agendabestand (.ics). Lui geladen (eigen script cijfers.js, dynamische import in taskpane.ts) pas als
 * de gebruiker de weergave openklapt: de grafiek (src/core/grafiek.ts) en de agenda (src/core/agenda.ts) zijn
 * niet nodig om de dossiers te tonen en tellen zo niet mee in het script van de pagina.
 */
import { agendaItems, maakIcs } from "../core/agenda";
import { dagVan, formatNL, jaarVan, type Dag } from "../core/dagen";
import { verzuimPerMaandSvg } from "../core/grafiek";
import { berekenStatistiek, meldingenVan } from "../core/statistiek";
import type { WerkmapLezing } from "../office/werkmap";
import { $, aantal, el } from "./dom";

/** Verzuimcijfers van dit kalenderjaar tot de peildatum P (Nationale Verzuimstandaard; src/core/statistiek.ts). */
export function toonCijfers(l: WerkmapLezing, P: Dag): void {
  const van = dagVan(jaarVan(P), 1, 1);
  const n = l.instellingen.medewerkers ?? null;
  const s = berekenStatistiek(
    l.registers.flatMap((g) => meldingenVan(g.register)),
    { van, tot: P, medewerkers: n },
  );
  $("cijfers-uitleg").textContent =
    `${formatNL(van)} t/m ${formatNL(P)}, in kalenderdagen; elke rij is één ziekmelding.` +
    (n === null ? " Vul bij Instellingen het aantal medewerkers in voor het verzuimpercentage, de meldingsfrequentie en het nulverzuim." : ` ${n} medewerkers.`);
  const getal = (x: number | null, dec: number, eenheid = "") => (x === null ? "onbekend" : `${x.toLocaleString("nl-NL", { minimumFractionDigits: dec, maximumFractionDigits: dec })}${eenheid}`);
  const dl = $("cijfers");
  dl.replaceChildren();
  for (const [naam, waarde] of [
    ["Verzuimpercentage", getal(s.verzuimpercentage, 2, "%")],
    ["Meldingsfrequentie", s.meldingsfrequentie === null ? `onbekend (${aantal(s.meldingen, "ziekmelding", "ziekmeldingen")})` : `${getal(s.meldingsfrequentie, 2)} per medewerker per jaar`],
    ["Gemiddelde verzuimduur", s.gemiddeldeVerzuimduur === null ? "geen afgesloten meldingen" : `${getal(s.gemiddeldeVerzuimduur, 1)} dagen`],
    ["Nulverzuim", getal(s.nulverzuim, 1, "%")],
  ]) dl.append(el("dt", {}, naam), el("dd", {}, waarde));
  // De grafiek is tekst van onze eigen kern (alleen getallen en maandnamen), als SVG-element ingevoegd.
  const svg = new DOMParser().parseFromString(verzuimPerMaandSvg(s.perMaand), "image/svg+xml").documentElement;
  $("grafiek").replaceChildren(document.importNode(svg, true));
  const freq = $("frequent");
  freq.replaceChildren();
  for (const f of s.frequentVerzuim) freq.append(el("li", {}, `${f.werknemer}: ${f.meldingen} ziekmeldingen tussen ${formatNL(f.van)} en ${formatNL(f.tot)} — aanleiding voor een preventief gesprek`));
  if (!s.frequentVerzuim.length) freq.append(el("li", { class: "leeg" }, "Niemand met 3 of meer ziekmeldingen binnen 12 maanden."));
  // Herinneringen: een iCalendar-bestand met één afspraak per open stap (src/core/agenda.ts).
  const items = agendaItems(l.registers.flatMap((g) => g.evaluaties), { peildatum: P });
  const a = $<HTMLAnchorElement>("agenda");
  if (a.href.startsWith("blob:")) URL.revokeObjectURL(a.href);
  a.href = URL.createObjectURL(new Blob([maakIcs(items, { peildatum: P })], { type: "text/calendar" }));
  a.textContent = `Herinneringen voor uw agenda (.ics, ${aantal(items.length, "afspraak", "afspraken")})`;
}
