/**
 * Instellingen die taakvenster en functies delen. Beide draaien in één gedeelde runtime (manifest
 * `<Runtimes>`), maar webpack maakt er twee bundels van, elk met zijn eigen modules: de gedeelde toestand
 * staat daarom op `globalThis`. Het taakvenster zet hem bij het lezen en bewaren van de werkmap; zolang
 * het niet geopend is, lezen de functies de instellingen die in de werkmap zijn bewaard
 * (`Office.context.document.settings`, dezelfde opslag als `workbook.settings`).
 */
import { INSTELLINGEN_SLEUTEL, STANDAARD_INSTELLINGEN, type Instellingen } from "../core/instellingen";
import { leesInstellingen } from "../core/instellingen-lezen";

/** Sleutel in de instellingen van de werkmap (JSON-tekst); één definitie in de kern, ook voor de scanner. */
export { INSTELLINGEN_SLEUTEL };
const GLOBAAL = "__poortwachterInstellingen";

type MetInstellingen = { [GLOBAAL]?: Instellingen };

/** Leg de instellingen vast voor de functies (na lezen of bewaren in het taakvenster). */
export function deelInstellingen(instellingen: Instellingen): void {
  (globalThis as MetInstellingen)[GLOBAAL] = instellingen;
}

/** De instellingen die nu gelden: van het taakvenster, anders uit de werkmap, anders de standaard. */
export function gedeeldeInstellingen(): Instellingen {
  const g = (globalThis as MetInstellingen)[GLOBAAL];
  if (g) return g;
  const uitWerkmap = uitDocument();
  if (uitWerkmap) {
    deelInstellingen(uitWerkmap);
    return uitWerkmap;
  }
  return STANDAARD_INSTELLINGEN;
}

function uitDocument(): Instellingen | null {
  try {
    // Via globalThis: deze module draait ook buiten Office (Node: tests, benchmarks).
    const office = (globalThis as { Office?: { context?: { document?: { settings?: { get(sleutel: string): unknown } } } } }).Office;
    const tekst = office?.context?.document?.settings?.get(INSTELLINGEN_SLEUTEL);
    if (typeof tekst !== "string") return null;
    return leesInstellingen(JSON.parse(tekst)).instellingen;
  } catch {
    return null; // geen Office-context (tests, Node) of onleesbare JSON: de standaard geldt
  }
}
