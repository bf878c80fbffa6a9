/**
 * Taakvenster en functies delen hun instellingen (gedeelde runtime): wat het taakvenster in de werkmap
 * bewaart, geldt ook voor =PW.DEADLINE en =PW.STATUS.
 */
import "./stub";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { naarExcelSerienummer } from "../../src/core/dagen";
import { deelInstellingen, gedeeldeInstellingen, INSTELLINGEN_SLEUTEL } from "../../src/office/gedeeld";
import { deadlineFn as deadline, statusFn } from "../../src/functions/functions";
import { d } from "../helpers";

const D = naarExcelSerienummer(d("2026-10-01")); // PA uiterlijk 11-11-2026 (einde week 6)

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__poortwachterInstellingen;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("gedeelde instellingen", () => {
  test("zonder taakvenster en zonder Office: de standaard", () => {
    expect(gedeeldeInstellingen()).toEqual(STANDAARD_INSTELLINGEN);
    expect(deadline(D, "PA", null)).toBe(naarExcelSerienummer(d("2026-11-11")));
  });
  test("PA-conventie uit het taakvenster geldt voor PW.DEADLINE", () => {
    deelInstellingen({ ...STANDAARD_INSTELLINGEN, paTermijn: "zes-weken-na" });
    expect(deadline(D, "PA", null)).toBe(naarExcelSerienummer(d("2026-11-12")));
  });
  test("horizon uit het taakvenster geldt voor PW.STATUS", () => {
    const peil = naarExcelSerienummer(d("2026-10-20")); // 22 dagen voor de PA-termijn
    expect(statusFn(D, "PA", 0, null, peil)).toBe("gepland");
    deelInstellingen({ ...STANDAARD_INSTELLINGEN, horizonDagen: 30 });
    expect(statusFn(D, "PA", 0, null, peil)).toBe("binnenkort");
  });
  test("zonder taakvenster: de instellingen die in de werkmap bewaard zijn", () => {
    (globalThis as Record<string, unknown>).Office = {
      context: { document: { settings: { get: (k: string) => (k === INSTELLINGEN_SLEUTEL ? JSON.stringify({ horizonDagen: 30 }) : null) } } },
    };
    expect(gedeeldeInstellingen().horizonDagen).toBe(30);
  });
  test("onleesbare instellingen in de werkmap: de standaard", () => {
    (globalThis as Record<string, unknown>).Office = { context: { document: { settings: { get: () => "{kapot" } } } };
    expect(gedeeldeInstellingen()).toEqual(STANDAARD_INSTELLINGEN);
  });
});
