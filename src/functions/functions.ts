/**
 * Custom functions in the PW namespace. custom-functions-metadata-plugin reads the JSDoc below into
 * dist/functions.json (en-US) and appends the CustomFunctions.associate calls; scripts/maak-functies-nl.mjs
 * derives dist/functions.nl-NL.json (Dutch names and descriptions) from src/functions/nl-NL.json.
 *
 * The ids after `@customfunction` are permanent: never change one once released (Excel stores formulas
 * by id). The logic lives in the helper modules; every function runs inside `veilig`, so bad input
 * becomes #VALUE! (#WAARDE!) with a Dutch message and no other exception escapes.
 *
 * TODAY-dependent functions are @volatile and take an optional `as_of` date (empty = today in the
 * Netherlands), so a status does not go stale overnight.
 */
import { vandaag } from "../core/dagen";
import { deadline, eindeWachttijdDatums, status, vanaf, week } from "./datumfuncties";
import { veilig } from "./fout";

/**
 * The deadline of a milestone as an Excel date: PA, PVA, EVAL, UWV42, EJE, SPOOR2, AO, EINDEVAL, WIA, EWT or ARBO.
 * @customfunction DEADLINE DEADLINE
 * @param first_sick_day The first day of sickness (a date).
 * @param milestone The milestone code or Dutch name, e.g. "PVA" or "plan van aanpak".
 * @param [previous_step] The date the deadline depends on: the PA date for PVA, the EJE date for SPOOR2, the last evaluation for EVAL.
 * @param [extension_weeks] Voluntary extension of the waiting period in weeks (moves AO, EINDEVAL, WIA and EWT).
 * @returns The deadline as a date serial number.
 */
export function deadlineFn(first_sick_day: unknown, milestone: unknown, previous_step?: unknown, extension_weeks?: unknown): number {
  return veilig(() => deadline(first_sick_day, milestone, previous_step, extension_weeks));
}

/**
 * The start of a milestone's window as an Excel date (EJE: week 46; WIA: after 88 weeks); for other milestones the first day of sickness.
 * @customfunction VANAF WINDOWSTART
 * @param first_sick_day The first day of sickness (a date).
 * @param milestone The milestone code or Dutch name, e.g. "EJE" or "WIA".
 * @param [extension_weeks] Voluntary extension of the waiting period in weeks (moves the WIA window).
 * @returns The first day of the window as a date serial number.
 */
export function vanafFn(first_sick_day: unknown, milestone: unknown, extension_weeks?: unknown): number {
  return veilig(() => vanaf(first_sick_day, milestone, extension_weeks));
}

/**
 * The current week of sickness (week 1 = days 1 to 7); 0 before the first day of sickness.
 * @customfunction WEEK WEEK
 * @param first_sick_day The first day of sickness (a date).
 * @param [as_of] The date to evaluate on; empty means today.
 * @returns The week number.
 * @volatile
 */
export function weekFn(first_sick_day: unknown, as_of?: unknown): number {
  return veilig(() => week(first_sick_day, as_of, vandaag));
}

/**
 * The status of one milestone on a date: gedaan, te laat gedaan, te laat, binnenkort (within 14 days), gepland or n.v.t.
 * @customfunction STATUS STATUS
 * @param first_sick_day The first day of sickness (a date).
 * @param milestone The milestone code or Dutch name, e.g. "PVA".
 * @param [date_done] The date the milestone was done; empty means not done.
 * @param [previous_step] The PA date for PVA, the EJE date for SPOOR2, the last evaluation for EVAL.
 * @param [as_of] The date to evaluate on; empty means today.
 * @returns The status as Dutch text.
 * @volatile
 */
export function statusFn(first_sick_day: unknown, milestone: unknown, date_done?: unknown, previous_step?: unknown, as_of?: unknown): string {
  return veilig(() => status(first_sick_day, milestone, date_done, previous_step, as_of, vandaag));
}

/**
 * The last day of continued wage payment (end of the 104-week waiting period), including voluntary extension, wage sanction and combined sick periods.
 * @customfunction EINDEWACHTTIJD WAITINGPERIODEND
 * @param first_sick_day The first day of sickness of the (combined) case.
 * @param [extension_weeks] Voluntary extension in weeks (at least 13).
 * @param [sanction_until] Last day of a wage sanction (loonsanctie) imposed by UWV.
 * @param [gap_days] Days recovered between combined sick periods (at most 27); these move the end.
 * @param [wia_application] Date the WIA application was filed; a late application extends the wage payment.
 * @returns The last day of wage payment as a date serial number; WIA can start the next day.
 */
export function eindeWachttijdFn(
  first_sick_day: unknown,
  extension_weeks?: unknown,
  sanction_until?: unknown,
  gap_days?: unknown,
  wia_application?: unknown,
): number {
  return veilig(() => eindeWachttijdDatums(first_sick_day, extension_weeks, sanction_until, gap_days, wia_application));
}
