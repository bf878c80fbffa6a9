/**
 * Een test verklaart hier welk programma buiten Node hij nodig heeft (scripts/hulpmiddelen.cjs):
 *
 *   const soffice = nodig("soffice");
 *   (soffice ? test : test.skip)("…", () => { … });
 *
 * Lokaal (CI niet gezet) geeft `nodig` null als het programma ontbreekt; de test wordt overgeslagen en de
 * jest-ronde meldt dat één keer met één Nederlandse regel (scripts/jest-wet.cjs). Onder CI=true gooit `nodig`
 * een fout met dezelfde installatieregel: het testbestand faalt, niets wordt stil overgeslagen.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const h = require("../scripts/hulpmiddelen.cjs") as {
  isCi(env?: NodeJS.ProcessEnv): boolean;
  zoek(naam: Hulpmiddel): string | null;
  ontbreektRegel(naam: Hulpmiddel, ci?: boolean, platform?: string): string;
  installeerRegel(naam: Hulpmiddel, platform?: string): string;
  ontbrekend(): Hulpmiddel[];
};

export type Hulpmiddel = "chromium" | "soffice" | "xmllint" | "pdftoppm" | "openpyxl" | "uno";

export class HulpmiddelOntbreekt extends Error {}

/** Pad of commando van het programma; null (lokaal) of een fout (CI=true) als het ontbreekt. */
export function nodig(naam: Hulpmiddel): string | null {
  const p = h.zoek(naam);
  if (p) return p;
  if (h.isCi()) throw new HulpmiddelOntbreekt(h.ontbreektRegel(naam, true));
  return null;
}

export const isCi = h.isCi;
export const ontbreektRegel = h.ontbreektRegel;
export const installeerRegel = h.installeerRegel;
