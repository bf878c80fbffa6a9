/**
 * Het eerste ziektejaar: de 42e-weeksmelding bij UWV en de eerstejaarsevaluatie. Deze termijnen tellen
 * ziektedagen: onderbrekingen bij samentellen en WAZO-verlof schuiven ze op.
 */
import type { Dag } from "../dagen";
import type { Mijlpaal } from "../tijdlijn";
import { uiterlijkUwv42, vensterEje } from "./termijnen";
import { mijlpaal, type Context } from "./context";
import { nvtNaGrens } from "./grenzen";

/**
 * UWV42 — 42e-weeksmelding: uiterlijk de eerste werkdag na de 42e ziekteweek (Ziektewet art. 38 lid 2),
 * werkdag volgens de Algemene termijnenwet (feestdagen.ts). Te laat geeft een boete (ZW art. 38a), geen
 * langere loondoorbetaling (sinds 2008-11-01). N.v.t. als de loondoorbetaling vóór de termijn eindigt
 * (AOW, vervroegde IVA) of de werknemer dan uit dienst is. Geldig vanaf 2006-01-01 (P_UWV42_WEKEN).
 *
 * @example
 * // D = 2024-01-01 → 2024-10-21; D = 2026-01-01 → 2026-10-22 (domeinreferentie §7).
 */
export function regelUwv42(c: Context, gedaan: Dag | null): Mijlpaal {
  const uiterlijk = uiterlijkUwv42(c.D, c.tel);
  return mijlpaal(c, "UWV42", uiterlijk, null, gedaan, null, nvtNaGrens(c.grenzen, uiterlijk), false, c.g.UWV42 !== undefined);
}

/**
 * EJE — eerstejaarsevaluatie in de weken 46 t/m 52 (Regeling procesgang art. 4): venster D+315 … D+363
 * (+ onderbrekingen). Een evaluatie vóór week 46 is een gewone evaluatie, niet de eerstejaarsevaluatie: ze
 * telt niet als gedaan en trekt de spoor-2-termijn niet naar voren (UWV Professioneel kader). Vanaf
 * 2023-07-01 hoort de re-integratievisie erbij.
 *
 * @example
 * // D = 2025-03-03 → venster 2026-01-12 … 2026-03-01 (domeinreferentie §7).
 * // EJE ingevuld op 2025-12-01 (week 40) → telt als evaluatie; EJE nog open.
 */
export function regelEje(c: Context, ingevuld: Dag | null): Mijlpaal {
  const { uiterlijk, vanaf } = vensterEje(c.D, c.tel);
  const ejeDag = ingevuld !== null && ingevuld < vanaf ? null : ingevuld;
  return mijlpaal(c, "EJE", uiterlijk, vanaf, ejeDag, null, nvtNaGrens(c.grenzen, uiterlijk), false, c.g.EJE !== undefined);
}

/**
 * Een "eerstejaarsevaluatie" vóór het venster (`ingevuld` zoals aan regelEje gegeven, `eje` diens mijlpaal): die
 * datum, anders null. Zo'n evaluatie is niet gedaan als EJE (eje.gedaan is dan null).
 */
export function ejeTeVroeg(eje: Mijlpaal, ingevuld: Dag | null): Dag | null {
  return ingevuld !== null && eje.gedaan === null ? ingevuld : null;
}
