/**
 * De gekleurde kopie van de scanner (`--markeer`): de werkmap openen (yauzl), de kleurplannen erin zetten met
 * de gedeelde code (src/pakket/markeer-kopie.ts, ook gebruikt door het taakvenster voor de deelkopie) en het
 * pakket weer schrijven (node:zlib comprimeert wat vervangen is).
 */
import type { MarkeringPlan } from "../../core/markering";
import { markeerPakket } from "../../pakket/markeer-kopie";
import { Pakket, PakketFout, type Teller } from "./opc";

export { PakketFout };

/**
 * Zet de kleurplannen in een kopie van de werkmap. `invoer` zijn de bytes van het .xlsx/.xlsm-bestand;
 * het resultaat de bytes van de kopie. Gooit `PakketFout` (Nederlandse melding) als het pakket niet aan te
 * vullen is.
 */
export async function markeerKopie(invoer: Uint8Array, plannen: readonly MarkeringPlan[], teller?: Teller): Promise<Buffer> {
  const pakket = await Pakket.laad(invoer);
  await markeerPakket(pakket, plannen, teller);
  return pakket.bytes();
}
