/**
 * PW.DEADLINE rekent een gewone termijn (geen vorige stap, geen verlenging) eenmaal per eerste ziektedag,
 * mijlpaal en instelling uit (issue 22). Uit de cache komt precies wat de engine zegt, ook na een gewijzigde
 * instelling voor de probleemanalyse.
 */
import { dagVan } from "../../src/core/dagen";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { deelInstellingen } from "../../src/office/gedeeld";
import { termijn, termijnViaEngine } from "../../src/functions/datumfuncties";

afterEach(() => deelInstellingen(STANDAARD_INSTELLINGEN));

test("elke mijlpaal, 800 eerste ziektedagen, twee keer gevraagd: dezelfde termijn als de engine", () => {
  const start = dagVan(2012, 6, 1);
  for (let ronde = 0; ronde < 2; ronde++) {
    for (let D = start; D < start + 800 * 5; D += 5) {
      for (const c of MIJLPAAL_CODES) {
        if (termijn(c, D, null, null) !== termijnViaEngine(c, D, null, null)) throw new Error(`${c} ${D}`);
      }
    }
  }
});

test("een andere instelling voor de probleemanalyse geeft een andere PA-termijn, ook als de oude in de cache staat", () => {
  const D = dagVan(2026, 3, 2);
  const standaard = termijn("PA", D, null, null);
  deelInstellingen({ ...STANDAARD_INSTELLINGEN, paTermijn: "zes-weken-na" });
  expect(termijn("PA", D, null, null)).toBe(standaard + 1);
  deelInstellingen(STANDAARD_INSTELLINGEN);
  expect(termijn("PA", D, null, null)).toBe(standaard);
});
