/**
 * De instellingen die het taakvenster in een werkmap bewaarde, uit het pakket gelezen (de instellingen van
 * een invoegtoepassing reizen mee in het bestand: xl/webextensions/webextension*.xml, eigenschap
 * INSTELLINGEN_SLEUTEL). Zo gebruikt de scanner per werkmap hetzelfde aantal medewerkers als het taakvenster.
 */
import { readFile } from "node:fs/promises";
import { INSTELLINGEN_SLEUTEL, type Instellingen } from "../../core/instellingen";
import type * as InstellingenLezen from "../../core/instellingen-lezen";
import { Pakket } from "../pakket/opc";
import { elementen } from "../../pakket/xml";
import { Bewaker, STANDAARD_LIMIETEN } from "./fout";

/** Alle eigenschappen van de invoegtoepassingen in een .xlsx-pakket (naam → ruwe waarde). */
export async function invoegtoepassingEigenschappen(buf: Buffer): Promise<Map<string, string>> {
  const uit = new Map<string, string>();
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) return uit;
  const pakket = await Pakket.open(buf);
  const bewaker = new Bewaker(STANDAARD_LIMIETEN);
  for (const naam of pakket.namen().filter((n) => /^\/?xl\/webextensions\/webextension\d*\.xml$/i.test(n)).sort()) {
    const xml = await pakket.tekst(naam, bewaker);
    if (!xml) continue;
    for (const p of elementen(xml, "property")) if (p.name !== undefined && p.value !== undefined && !uit.has(p.name)) uit.set(p.name, p.value);
  }
  return uit;
}

/** De bewaarde instellingen van een werkmap, of null als het taakvenster er geen bewaarde (of het bestand geen .xlsx is). */
export async function bewaardeInstellingen(pad: string): Promise<{ instellingen: Instellingen; meldingen: string[] } | null> {
  try {
    const w = (await invoegtoepassingEigenschappen(await readFile(pad))).get(INSTELLINGEN_SLEUTEL);
    // zod (de validatie) pas laden als er bewaarde instellingen zijn.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return w === undefined ? null : (require("../../core/instellingen-lezen") as typeof InstellingenLezen).leesBewaardeInstellingen(w);
  } catch {
    return null; // een bestand dat de lezer niet kan openen, meldt de scan zelf
  }
}
