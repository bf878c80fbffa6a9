/**
 * Aangepaste functies in de naamruimte PW. De metadata (functions.json) komt uit de JSDoc hieronder via
 * custom-functions-metadata-plugin; die voegt ook de CustomFunctions.associate-aanroepen toe.
 */
import { vanExcelSerienummer, vandaag } from "../core/dagen";
import { ziekteweekOp } from "../core/tijdlijn";

/**
 * De ziekteweek op de peildatum (week 1 = dag 1 t/m 7).
 * @customfunction WEEK
 * @param eerste_ziektedag De eerste ziektedag (datum).
 * @param [peildatum] De datum waarop u de week wilt weten; standaard vandaag.
 * @returns Het nummer van de ziekteweek.
 * @volatile
 */
export function week(eerste_ziektedag: number, peildatum?: number | null): number {
  const d = vanExcelSerienummer(eerste_ziektedag);
  if (!d.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, d.probleem.melding);
  let p = vandaag();
  if (peildatum !== null && peildatum !== undefined && peildatum !== 0) {
    const r = vanExcelSerienummer(peildatum);
    if (!r.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, r.probleem.melding);
    p = r.waarde;
  }
  return ziekteweekOp(d.waarde, p);
}
