/**
 * De kolomkeuze van de gebruiker: een kop die Poortwachter niet (of verkeerd) herkent, koppelt de gebruiker zelf
 * aan een stap, of zet hem op "niet gebruiken". De keuze staat in de instellingen van de werkmap (`kolommen`,
 * het taakvenster bewaart haar en de scanner leest haar uit het bestand) en kan voor alle klanten samen met
 * `poortwachter scan --kolommen BESTAND` worden meegegeven. Eén keuze, beide hosts. Zuiver.
 *
 * Vorm: { "<kop zoals in het register>": "<kop van het sjabloon of een synoniem>" | "niet gebruiken" }, bijvoorbeeld
 * { "Afspraken werkhervatting": "Plan van aanpak", "Arbodienst": "niet gebruiken" }.
 */
import { TEMPLATE_KOLOMMEN, herkenKop, kopVan, normaliseerKop, type Veld } from "./kolommen";

export const NIET_GEBRUIKEN = "niet gebruiken";

/** De kolomkeuze als opzoektabel (genormaliseerde kop → veld of null), met een Nederlandse melding per onbruikbare regel. */
export function maakToewijzing(kolommen: Readonly<Record<string, string>> | undefined): { toewijzing: Map<string, Veld | null>; meldingen: string[] } {
  const toewijzing = new Map<string, Veld | null>();
  const meldingen: string[] = [];
  if (!kolommen) return { toewijzing, meldingen };
  for (const [kop, doel] of Object.entries(kolommen)) {
    const sleutel = normaliseerKop(kop);
    if (sleutel === "") continue;
    const d = normaliseerKop(String(doel));
    if (d === normaliseerKop(NIET_GEBRUIKEN)) {
      toewijzing.set(sleutel, null);
      continue;
    }
    const veld = herkenKop(String(doel));
    if (veld === null) {
      meldingen.push(`Kolomkeuze "${kop}": "${doel}" is geen kolom van het register; gebruik een kop van het sjabloon (bijvoorbeeld "Plan van aanpak") of "${NIET_GEBRUIKEN}". Deze keuze is overgeslagen.`);
      continue;
    }
    toewijzing.set(sleutel, veld);
  }
  return { toewijzing, meldingen };
}

/** De kolomkeuze als tekst voor een gebruiker: "Afspraken werkhervatting → Plan van aanpak". */
export function toewijzingTekst(kop: string, veld: Veld | null): string {
  return `${kop} → ${veld === null ? NIET_GEBRUIKEN : kopVan(veld)}`;
}

/** De keuzes die het taakvenster aanbiedt: "niet gebruiken" en elke kop van het sjabloon. */
export function keuzeOpties(): string[] {
  return [NIET_GEBRUIKEN, ...TEMPLATE_KOLOMMEN.map((k) => k.kop)];
}

/**
 * De kolomkeuze na één wijziging in het taakvenster: kop → doel, of de keuze voor die kop vergeten (doel null).
 * Geeft een nieuw object (de bewaarde instellingen blijven ongemoeid tot de gebruiker bewaart).
 */
export function wijzigKeuze(kolommen: Readonly<Record<string, string>> | undefined, kop: string, doel: string | null): Record<string, string> | undefined {
  const uit: Record<string, string> = {};
  const sleutel = normaliseerKop(kop);
  for (const [k, v] of Object.entries(kolommen ?? {})) if (normaliseerKop(k) !== sleutel) uit[k] = v;
  if (doel !== null) uit[kop] = doel;
  return Object.keys(uit).length ? uit : undefined;
}

