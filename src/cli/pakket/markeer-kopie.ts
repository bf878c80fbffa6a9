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
  const delen: Uint8Array[] = [];
  await (await markeerKopieStroom(invoer, plannen, teller))((b) => delen.push(b));
  return Buffer.concat(delen);
}

/**
 * Zoals `markeerKopie`, maar de kopie komt pas bij het schrijven, stuk voor stuk: het geeft een functie die de
 * bytes van de kopie in stukken aan `uit` geeft (de schrijver zet ze meteen op schijf), zodat de hele kopie nooit
 * in het geheugen staat. Wat niet aan te vullen is, gooit `PakketFout` al hier, vóór er iets geschreven wordt; een
 * fout tijdens het schrijven (een onderdeel dat bij het tweede lezen beschadigd blijkt, --max-mb) gooit de
 * functie zelf, en de schrijver ruimt het halve bestand op.
 */
export async function markeerKopieStroom(invoer: Uint8Array, plannen: readonly MarkeringPlan[], teller?: Teller): Promise<(uit: (b: Uint8Array) => void) => Promise<void>> {
  const pakket = await Pakket.laad(invoer);
  await markeerPakket(pakket, plannen, teller);
  return (uit) => pakket.schrijfNaar(uit);
}
