/**
 * De eerste weken (spoor 1): ziekmelding bij de arbodienst, probleemanalyse, plan van aanpak en de
 * evaluaties. Deze termijnen tellen vanaf de eerste ziektedag D (geen verschuiving door samentellen).
 */
import { formatNL, type Dag } from "../dagen";
import type { Mijlpaal } from "../tijdlijn";
import { uiterlijkArbo, uiterlijkEvaluatie, uiterlijkPa, uiterlijkPva } from "./termijnen";
import { gedaanOp, mijlpaal, type Context } from "./context";
import { nvtNaGrens } from "./grenzen";

/**
 * ARBO — ziekmelding bij de bedrijfsarts/arbodienst. Regeling procesgang art. 2 lid 1 zegt alleen "tijdig";
 * één week (D+6) is praktijk en wordt als advies getoond (instelling toonArboAdvies). Geldig vanaf 2002-04-01.
 *
 * @example
 * // D = 2025-03-03 → advies uiterlijk 2025-03-09.
 */
export function regelArbo(c: Context): Mijlpaal {
  const uiterlijk = uiterlijkArbo(c.D);
  const toon = c.instellingen.toonArboAdvies;
  const reden = toon ? nvtNaGrens(c.grenzen, uiterlijk) : "Advies, geen wettelijke termijn (niet getoond)";
  return mijlpaal(c, "ARBO", uiterlijk, null, gedaanOp(c, c.g.ARBO, "ARBO"), null, reden, !toon, c.g.ARBO !== undefined);
}

/**
 * PA — probleemanalyse uiterlijk in de 6e ziekteweek: D+41 (UWV), of D+42 bij de letterlijke lezing
 * "binnen zes weken" (instelling paTermijn). Regeling procesgang art. 2 lid 2. Geldig vanaf 2002-04-01.
 *
 * @example
 * // D = 2024-01-01 → 2024-02-11; D = 2025-03-03 → 2025-04-13 (domeinreferentie §7).
 */
export function regelPa(c: Context, pa: Dag | null): Mijlpaal {
  const uiterlijk = uiterlijkPa(c.D, c.instellingen.paTermijn);
  return mijlpaal(c, "PA", uiterlijk, null, pa, null, nvtNaGrens(c.grenzen, uiterlijk), false, c.g.PA !== undefined);
}

/**
 * PVA — plan van aanpak binnen 2 weken na de probleemanalyse; zonder PA-datum uiterlijk in week 8 (D+55).
 * Regeling procesgang art. 4; UWV. Vanaf 2023-07-01 hoort de re-integratievisie erbij (P_REINTEGRATIEVISIE).
 * N.v.t. als de werknemer op de termijn AOW-gerechtigd is (BW 7:658a; zie pvaAow).
 *
 * @example
 * // D = 2025-03-03, PA 2025-03-23 → 2025-04-06; zonder PA-datum → 2025-04-27.
 */
export function regelPva(c: Context, pa: Dag | null, pva: Dag | null): Mijlpaal {
  const uiterlijk = uiterlijkPva(c.D, pa);
  return mijlpaal(c, "PVA", uiterlijk, null, pva, pa, nvtNaGrens(c.grenzen, uiterlijk) ?? pvaAow(c, uiterlijk), false, c.g.PVA !== undefined);
}

/**
 * Geen plan van aanpak voor een werknemer die op de termijn AOW-gerechtigd is (BW 7:658a, zoals gewijzigd door de
 * Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376), ook bij ziekte die vóór 1-7-2023 begon (dertien
 * weken loondoorbetaling): n.v.t. met reden. Valt de termijn vóór de AOW-datum, dan geldt hij gewoon.
 */
function pvaAow(c: Context, uiterlijk: Dag): string | null {
  const aow = c.grenzen.aow;
  if (aow === null || aow > uiterlijk) return null;
  return `AOW-gerechtigd sinds ${formatNL(aow)}: geen plan van aanpak nodig`;
}

/**
 * EVAL — de volgende evaluatie uiterlijk 6 weken na de laatste (of na het plan van aanpak / de
 * eerstejaarsevaluatie). UWV Werkwijzer: praktijk, geen wettelijke dagtelling. Een "eerstejaarsevaluatie"
 * vóór week 46 telt hier als evaluatie. N.v.t. na het einde van de wachttijd.
 *
 * @example
 * // Plan van aanpak 2025-04-20, geen evaluatie → volgende evaluatie uiterlijk 2025-06-01.
 */
export function regelEvaluatie(c: Context, basis: Dag | null, pvaUiterlijk: Dag, eindeWachttijd: Dag): Mijlpaal {
  const uiterlijk = uiterlijkEvaluatie(c.D, basis ?? pvaUiterlijk);
  const reden = uiterlijk > eindeWachttijd ? "Na het einde van de wachttijd" : nvtNaGrens(c.grenzen, uiterlijk);
  return mijlpaal(c, "EVAL", uiterlijk, null, null, basis, reden, true, c.g.EVAL !== undefined);
}
