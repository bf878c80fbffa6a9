/**
 * Ziek uit dienst: wat de werkgever nog moet doen als het dienstverband tijdens de ziekte eindigt
 * (domeinreferentie, "Ziek uit dienst"; Ziektewet art. 38, 38a en 39a).
 *
 * - De melding bij UWV (of, als eigenrisicodrager Ziektewet, bij de verzekeraar) op de laatste werkdag van het
 *   dienstverband: UWV vraagt die dag, niet eerder. Te laat: boete (ZW art. 38a).
 * - Een re-integratieverslag voor UWV: geen als het dienstverband binnen 6 weken na de eerste ziektedag eindigt,
 *   een kort verslag bij een einde in de weken 6 tot 10, een volledig verslag vanaf 10 weken
 *   (P_UIT_DIENST_RIV_WEKEN).
 * - Stappen die vóór het einde te laat waren, blijven te laat; UWV kan de Ziektewet-uitkering (ten hoogste
 *   P_ZW_VERHAAL_MAX_WEKEN weken) verhalen op de werkgever die zijn re-integratieverplichtingen niet nakwam
 *   (ZW art. 39a). De beoordeling weegt dat mee in het risico.
 */
import type { Dag } from "../dagen";
import { vorigeWerkdag } from "../feestdagen";
import type { Status } from "../mijlpalen";
import { DAGEN_PER_WEEK, P_UIT_DIENST_RIV_WEKEN, naWeek, waardeOp } from "../wet";
import type { Context } from "./context";

export type UitDienstRiv = "geen" | "kort" | "volledig";

export interface UitDienst {
  /** Eerste dag uit dienst. */
  per: Dag;
  /** Melding ziek uit dienst bij UWV: op de laatste werkdag van het dienstverband (vanaf = uiterlijk). */
  melding: { uiterlijk: Dag; status: Status };
  /** Welk re-integratieverslag UWV van deze werkgever vraagt. */
  riv: UitDienstRiv;
  /** Weken ziekte in dienst waarop `riv` berust (volledige weken). */
  weken: number;
}

/**
 * De taken bij ziek uit dienst, of null als er geen einde van het dienstverband tijdens de loondoorbetaling is.
 * De melding heeft geen eigen kolom in het register: haar status volgt de datum (gepland, binnenkort, te laat);
 * n.v.t. als de werknemer vóór de laatste dag hersteld is.
 *
 * @example
 * // Ziek 2025-03-03, uit dienst per 2025-10-01 (woensdag): melding op dinsdag 2025-09-30; volledig RIV.
 * // Uit dienst per 2025-04-01: 4 weken ziek in dienst → geen RIV.
 */
export function regelUitDienst(c: Context): UitDienst | null {
  const gr = c.grenzen;
  const per = gr.uitDienst;
  if (per === null || per - 1 > gr.eindeLoon) return null;
  const uiterlijk = vorigeWerkdag(per - 1);
  let status: Status;
  if (c.herstel !== null && c.herstel <= per - 1) status = "nvt";
  else if (c.P > uiterlijk) status = "te-laat";
  else if (uiterlijk - c.P <= c.instellingen.horizonDagen) status = "binnenkort";
  else status = "gepland";
  const grens = waardeOp(P_UIT_DIENST_RIV_WEKEN, c.D);
  const dagenInDienst = per - c.D;
  const riv: UitDienstRiv = dagenInDienst < naWeek(grens.kortVanaf) ? "geen" : dagenInDienst < naWeek(grens.volledigVanaf) ? "kort" : "volledig";
  return { per, melding: { uiterlijk, status }, riv, weken: Math.floor(dagenInDienst / DAGEN_PER_WEEK) };
}
