/**
 * Het loonsanctierisico zoals taakvenster en `PW.LOONSANCTIE` het tonen. De beoordeling noemt een risico ook
 * als het alleen op onbekende gegevens berust (kolommen die het register niet heeft: "probleemanalyse
 * onbekend"); dan weet niemand het, en is het risico "onbekend" in plaats van "laag" of "hoog".
 */
import type { Beoordeling, LoonsanctieRisico } from "../core/beoordeling";

export function toonbaarRisico(b: Pick<Beoordeling, "loonsanctie">): LoonsanctieRisico | "onbekend" {
  const { risico, redenen } = b.loonsanctie;
  if (risico === "geen" || risico === "opgelegd") return risico;
  return redenen.length > 0 && redenen.every((r) => /onbekend/i.test(r)) ? "onbekend" : risico;
}
