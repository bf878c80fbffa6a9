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
 *
 * Row functions take a register row and optionally its header row. Without headers they need to know where
 * the row is: `@requiresParameterAddresses` gives the address of the row argument, and the header row of
 * the register on that sheet comes from src/functions/kopregels.ts (filled by the task pane). When it is not
 * known they answer #VALUE! instead of assuming the template's column order. A step whose column the
 * register lacks is "onbekend" (unknown), never "te laat".
 */
import { vandaag } from "../core/dagen";
import { deadline, eindeWachttijdDatums, status, vanaf, verwijstNaarCel, week, ziektedagen } from "./datumfuncties";
import { alsExcelFout, ongeldig, veilig } from "./fout";
import { meldingsfrequentie, verzuimduur, verzuimpercentage } from "./statistiekfuncties";
import { binnenkort, eindeWachttijdRij, loonsanctie, mijlpalen, rijAdres, rijenVan, rivStatus, spoor2, teLaat, volgende, volgendeDatum, ziektedagenRij } from "./rijfuncties";

/**
 * The deadline of a milestone as an Excel date: PA, PVA, EVAL, UWV42, EJE, SPOOR2, AO, EINDEVAL, WIA, EWT or ARBO.
 * @customfunction DEADLINE DEADLINE
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_day The first day of sickness (a date).
 * @param milestone The milestone code or Dutch name, e.g. "PVA" or "plan van aanpak".
 * @param [previous_step] The date the deadline depends on: the PA date for PVA, the EJE date for SPOOR2, the last evaluation for EVAL.
 * @param [extension_weeks] Voluntary extension of the waiting period in weeks (moves AO, EINDEVAL, WIA and EWT).
 * @returns The deadline as a date serial number.
 */
export function deadlineFn(first_sick_day: unknown, milestone: unknown, previous_step?: unknown, extension_weeks?: unknown): number {
  // Geen veilig(() => …): een kolom vol PW.DEADLINE maakte per aanroep een sluiting (koud, vóór de JIT, telt dat).
  try {
    return deadline(first_sick_day, milestone, previous_step, extension_weeks);
  } catch (e) {
    return alsExcelFout(e);
  }
}

/**
 * The start of a milestone's window as an Excel date (EJE: week 46; WIA: after 88 weeks); for other milestones the first day of sickness.
 * @customfunction VANAF WINDOWSTART
 * @helpurl https://localhost:3000/help.html#functies
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
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_day The first day of sickness (a date).
 * @param [as_of] The date to evaluate on; empty means today.
 * @returns The week number.
 * @volatile
 */
export function weekFn(first_sick_day: unknown, as_of?: unknown): number {
  return veilig(() => week(first_sick_day, as_of, vandaag));
}

/**
 * The status of one milestone on a date: gedaan, te laat gedaan, te laat, binnenkort (within the horizon of the settings), gepland, n.v.t. or onbekend.
 * @customfunction STATUS STATUS
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_day The first day of sickness (a date).
 * @param milestone The milestone code or Dutch name, e.g. "PVA".
 * @param [date_done] The cell with the date the milestone was done; an empty cell means not done, an omitted argument means unknown.
 * @param [previous_step] The PA date for PVA, the EJE date for SPOOR2, the last evaluation for EVAL.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the addresses of the arguments.
 * @returns The status as Dutch text.
 * @volatile
 * @requiresParameterAddresses
 */
export function statusFn(
  first_sick_day: unknown,
  milestone: unknown,
  date_done?: unknown,
  previous_step?: unknown,
  as_of?: unknown,
  invocation?: CustomFunctions.Invocation,
): string {
  return veilig(() => status(first_sick_day, milestone, date_done, previous_step, as_of, vandaag, verwijstNaarCel(date_done, invocation?.parameterAddresses?.[2])));
}

/**
 * The last day of continued wage payment (end of the 104-week waiting period), including voluntary extension, wage sanction and combined sick periods. Give a date, or a register row.
 * @customfunction EINDEWACHTTIJD WAITINGPERIODEND
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_day_or_row The first day of sickness of the (combined) case, or a row of the register such as Verzuim[@].
 * @param [extension_weeks] Voluntary extension in weeks (at least 13).
 * @param [sanction_until] Last day of a wage sanction (loonsanctie) imposed by UWV.
 * @param [gap_days] Days recovered between combined sick periods (at most 27); these move the end. Only with a date.
 * @param [wia_application] Date the WIA application was filed; a late application extends the wage payment.
 * @param [headers] With a row: the register's header row, such as Verzuim[#Headers]; empty means the header row of the register on the row's sheet.
 * @param [as_of] With a row: the date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the addresses of the arguments.
 * @returns The last day of wage payment as a date serial number; WIA can start the next day.
 * @volatile
 * @requiresParameterAddresses
 */
export function eindeWachttijdFn(
  first_sick_day_or_row: unknown[][],
  extension_weeks?: unknown,
  sanction_until?: unknown,
  gap_days?: unknown,
  wia_application?: unknown,
  headers?: unknown[][],
  as_of?: unknown,
  invocation?: CustomFunctions.Invocation,
): number {
  return veilig(() => {
    const rijen = Array.isArray(first_sick_day_or_row) ? rijenVan(first_sick_day_or_row, "eerste_ziektedag_of_rij") : null;
    if (rijen !== null && (rijen.length > 1 || rijen[0].length > 1)) {
      if (rijen.length > 1) ongeldig(`eerste_ziektedag_of_rij: verwacht één rij van het register, maar kreeg ${rijen.length} rijen.`);
      return eindeWachttijdRij(rijen[0], headers, extension_weeks, sanction_until, gap_days, wia_application, as_of, vandaag, rijAdres(invocation));
    }
    return eindeWachttijdDatums(first_sick_day_or_row, extension_weeks, sanction_until, gap_days, wia_application);
  });
}

/**
 * The next action of a register row with its deadline and status, e.g. "Plan van aanpak uiterlijk 27-04-2025 (binnenkort)".
 * @customfunction VOLGENDE NEXTACTION
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row, such as Verzuim[#Headers]; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The next action as Dutch text.
 * @volatile
 * @requiresParameterAddresses
 */
export function volgendeFn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): string {
  return veilig(() => volgende(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The deadline of the next action of a register row, as an Excel date; #N/A when nothing is open.
 * @customfunction VOLGENDEDATUM NEXTDATE
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The deadline as a date serial number.
 * @volatile
 * @requiresParameterAddresses
 */
export function volgendeDatumFn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): number {
  return veilig(() => volgendeDatum(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The verdict on the reintegration report (RIV) of a register row: complete, incomplete and what is missing, or not yet due.
 * @customfunction RIVSTATUS RIVSTATUS
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The RIV verdict as Dutch text.
 * @volatile
 * @requiresParameterAddresses
 */
export function rivStatusFn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): string {
  return veilig(() => rivStatus(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The verdict on track 2 (spoor 2) of a register row: started on time, late, not started, exception or not yet due.
 * @customfunction SPOOR2 TRACK2
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The track-2 verdict as Dutch text.
 * @volatile
 * @requiresParameterAddresses
 */
export function spoor2Fn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): string {
  return veilig(() => spoor2(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The risk of a wage sanction (loonsanctie) for a register row: geen, laag, middel, hoog or opgelegd; onbekend when only missing columns decide it.
 * @customfunction LOONSANCTIE SANCTIONRISK
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The risk as Dutch text.
 * @volatile
 * @requiresParameterAddresses
 */
export function loonsanctieFn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): string {
  return veilig(() => loonsanctie(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The number of overdue milestones (not done, deadline passed) in one or more register rows; empty rows and unknown steps (no column) are not counted.
 * @customfunction TELAAT OVERDUE
 * @helpurl https://localhost:3000/help.html#functies
 * @param rows One or more rows of the register, such as Verzuim[@] or the whole Verzuim table.
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The number of overdue milestones.
 * @volatile
 * @requiresParameterAddresses
 */
export function teLaatFn(rows: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): number {
  return veilig(() => teLaat(rows, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * All milestones of a register row as a table that spills: name, code, window start, deadline, date done and status.
 * @customfunction MIJLPALEN MILESTONES
 * @helpurl https://localhost:3000/help.html#functies
 * @param row A row of the register, such as Verzuim[@].
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns A table of 12 rows and 6 columns; dates as serial numbers.
 * @volatile
 * @requiresParameterAddresses
 */
export function mijlpalenFn(row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): unknown[][] {
  return veilig(() => mijlpalen(row, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The number of milestones due soon (within the horizon of the settings, or in their window) in one or more register rows; empty rows and unknown steps are not counted.
 * @customfunction BINNENKORT DUESOON
 * @helpurl https://localhost:3000/help.html#functies
 * @param rows One or more rows of the register, such as Verzuim[@] or the whole Verzuim table.
 * @param [headers] The register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The number of milestones due soon.
 * @volatile
 * @requiresParameterAddresses
 */
export function binnenkortFn(rows: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): number {
  return veilig(() => binnenkort(rows, headers, as_of, vandaag, rijAdres(invocation)));
}

/**
 * The number of days of sickness up to and including a date (the first day of sickness is day 1); with a register row, combined sick periods and pregnancy leave are counted as the waiting period counts them.
 * @customfunction ZIEKTEDAGEN SICKDAYS
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_day_or_row The first day of sickness, or a row of the register such as Verzuim[@].
 * @param [headers] With a row: the register's header row; empty means the header row of the register on the row's sheet.
 * @param [as_of] The date to evaluate on; empty means today.
 * @param [invocation] Supplied by Excel: the address of the row argument.
 * @returns The number of days; 0 before the first day of sickness.
 * @volatile
 * @requiresParameterAddresses
 */
export function ziektedagenFn(first_sick_day_or_row: unknown[][], headers?: unknown[][], as_of?: unknown, invocation?: CustomFunctions.Invocation): number {
  return veilig(() => {
    const rijen = Array.isArray(first_sick_day_or_row) ? rijenVan(first_sick_day_or_row, "eerste_ziektedag_of_rij") : null;
    if (rijen !== null && (rijen.length > 1 || rijen[0].length > 1)) {
      if (rijen.length > 1) ongeldig(`eerste_ziektedag_of_rij: verwacht één rij van het register, maar kreeg ${rijen.length} rijen.`);
      return ziektedagenRij(rijen[0], headers, as_of, vandaag, rijAdres(invocation));
    }
    return ziektedagen(first_sick_day_or_row, as_of, vandaag);
  });
}

/**
 * The absence rate over a period (Nationale Verzuimstandaard, calendar days): sick days inside the period / (employees × days) × 100. Each row is one sick report.
 * @customfunction VERZUIMPERCENTAGE ABSENCERATE
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_days The column of first sick days, such as Verzuim[Eerste ziektedag].
 * @param recovery_dates The column of recovery dates (first day fully recovered), same length; empty cells mean still sick.
 * @param from The first day of the period.
 * @param to The last day of the period.
 * @param employees The average number of employees in the period.
 * @returns The absence rate in percent (e.g. 5.78).
 */
export function verzuimpercentageFn(first_sick_days: unknown[][], recovery_dates: unknown[][], from: unknown, to: unknown, employees: unknown): number {
  return veilig(() => verzuimpercentage(first_sick_days, recovery_dates, from, to, employees));
}

/**
 * The frequency of sick reports: reports starting in the period per employee, per year (Nationale Verzuimstandaard).
 * @customfunction MELDINGSFREQUENTIE REPORTFREQUENCY
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_days The column of first sick days, such as Verzuim[Eerste ziektedag].
 * @param from The first day of the period.
 * @param to The last day of the period.
 * @param employees The average number of employees in the period.
 * @returns Sick reports per employee per year.
 */
export function meldingsfrequentieFn(first_sick_days: unknown[][], from: unknown, to: unknown, employees: unknown): number {
  return veilig(() => meldingsfrequentie(first_sick_days, from, to, employees));
}

/**
 * The average length in calendar days of the sick reports that ended in the period, counting their whole length (Nationale Verzuimstandaard).
 * @customfunction VERZUIMDUUR ABSENCEDURATION
 * @helpurl https://localhost:3000/help.html#functies
 * @param first_sick_days The column of first sick days, such as Verzuim[Eerste ziektedag].
 * @param recovery_dates The column of recovery dates (first day fully recovered), same length.
 * @param from The first day of the period.
 * @param to The last day of the period.
 * @returns The average length in days.
 */
export function verzuimduurFn(first_sick_days: unknown[][], recovery_dates: unknown[][], from: unknown, to: unknown): number {
  return veilig(() => verzuimduur(first_sick_days, recovery_dates, from, to));
}
