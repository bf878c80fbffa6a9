/**
 * Een staafdiagram van het verzuim per maand als SVG-tekst: voor het HTML-rapport van de scanner en het
 * taakvenster. Zonder netwerk, lettertypen of scripts; toegankelijk met <title> en <desc> (de cijfers staan
 * ook in een tabel ernaast). Zuiver: alleen tekst.
 */
import { veiligeRegels } from "./tekst";
import type { MaandCijfer } from "./statistiek";

const MAANDEN_KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

export function maandLabel(m: Pick<MaandCijfer, "jaar" | "maand">): string {
  return `${MAANDEN_KORT[m.maand - 1]} ${String(m.jaar).slice(2)}`;
}

function xml(tekst: string): string {
  // Stuurtekens zijn in XML niet toegestaan (en horen niet in een rapport): zichtbaar gemaakt.
  return veiligeRegels(tekst).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const getal = (x: number, dec = 1) => x.toLocaleString("nl-NL", { minimumFractionDigits: dec, maximumFractionDigits: dec });

/**
 * Staven per maand: het verzuimpercentage als het aantal medewerkers bekend is, anders de ziektedagen.
 * Breedte schaalt met het aantal maanden; hoogte vast.
 */
export function verzuimPerMaandSvg(perMaand: readonly MaandCijfer[], titel = "Verzuim per maand"): string {
  const metPercentage = perMaand.length > 0 && perMaand.every((m) => m.verzuimpercentage !== null);
  const waarde = (m: MaandCijfer) => (metPercentage ? (m.verzuimpercentage as number) : m.ziektedagen);
  const eenheid = metPercentage ? "%" : " dagen";
  const max = Math.max(1, ...perMaand.map(waarde));
  const stap = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : Math.pow(10, Math.floor(Math.log10(max)));
  const top = Math.ceil(max / stap) * stap;
  const links = 44;
  const boven = 16;
  const hoogte = 160;
  const staaf = 28;
  const ruimte = 10;
  const breedte = links + perMaand.length * (staaf + ruimte) + ruimte;
  const y = (v: number) => boven + hoogte - (v / top) * hoogte;
  const delen: string[] = [];
  const beschrijving = perMaand.map((m) => `${maandLabel(m)}: ${getal(waarde(m), metPercentage ? 2 : 0)}${eenheid}`).join("; ");
  delen.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${breedte} ${boven + hoogte + 34}" width="${breedte}" height="${boven + hoogte + 34}" role="img" aria-labelledby="g-titel g-desc" font-family="Segoe UI, Arial, sans-serif" font-size="11">`,
    `<title id="g-titel">${xml(titel)}${metPercentage ? " (verzuimpercentage)" : " (ziektedagen)"}</title>`,
    `<desc id="g-desc">${xml(beschrijving)}</desc>`,
  );
  for (let v = 0; v <= top; v += stap) {
    delen.push(
      `<line x1="${links}" x2="${breedte}" y1="${y(v)}" y2="${y(v)}" stroke="#c8c8c8" stroke-width="1"/>`,
      `<text x="${links - 6}" y="${y(v) + 4}" text-anchor="end" fill="#444">${getal(v, 0)}${metPercentage ? "%" : ""}</text>`,
    );
  }
  perMaand.forEach((m, i) => {
    const x = links + ruimte + i * (staaf + ruimte);
    const v = waarde(m);
    delen.push(
      `<rect x="${x}" y="${y(v)}" width="${staaf}" height="${Math.max(0, boven + hoogte - y(v))}" fill="#2b579a"><title>${xml(`${maandLabel(m)}: ${getal(v, metPercentage ? 2 : 0)}${eenheid}, ${m.meldingen} ziekmelding${m.meldingen === 1 ? "" : "en"}`)}</title></rect>`,
      `<text x="${x + staaf / 2}" y="${boven + hoogte + 14}" text-anchor="middle" fill="#222">${xml(maandLabel(m))}</text>`,
    );
  });
  delen.push("</svg>");
  return delen.join("");
}
