import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { leesInstellingen } from "../../src/core/instellingen-lezen";

describe("instellingen uit de werkmap of van de opdrachtregel", () => {
  test.each([
    ["leeg geeft de standaard", {}, STANDAARD_INSTELLINGEN, 0],
    ["null geeft de standaard", null, STANDAARD_INSTELLINGEN, 0],
    ["horizon 30", { horizonDagen: 30 }, { ...STANDAARD_INSTELLINGEN, horizonDagen: 30 }, 0],
    ["letterlijke PA-termijn", { paTermijn: "zes-weken-na" }, { ...STANDAARD_INSTELLINGEN, paTermijn: "zes-weken-na" }, 0],
    ["negatieve horizon valt terug, de rest blijft", { horizonDagen: -1, paTermijn: "zes-weken-na" }, { ...STANDAARD_INSTELLINGEN, paTermijn: "zes-weken-na" }, 1],
    ["onbekende conventie valt terug", { paTermijn: "week 7" }, STANDAARD_INSTELLINGEN, 1],
    ["geen object", "onzin", STANDAARD_INSTELLINGEN, 1],
  ])("%s", (_n, invoer, verwacht, meldingen) => {
    const r = leesInstellingen(invoer);
    expect(r.instellingen).toEqual(verwacht);
    expect(r.meldingen).toHaveLength(meldingen);
    if (meldingen) expect(r.meldingen[0]).toMatch(/^De instelling.* ongeldig/);
    // Nooit de interne veldnaam (horizonDagen, paTermijn…) in een melding.
    for (const m of r.meldingen) expect(m).not.toMatch(/[a-z][A-Z]/);
  });

  test.each([
    ["horizon buiten bereik", { horizonDagen: 400 }, 'De instelling "Binnenkort = binnen zoveel dagen" is ongeldig: moet 0 t/m 365 dagen zijn'],
    ["horizon geen heel getal", { horizonDagen: 3.5 }, 'De instelling "Binnenkort = binnen zoveel dagen" is ongeldig: moet een heel aantal dagen zijn (0 t/m 365)'],
    ["onbekende conventie", { paTermijn: "week 7" }, 'De instelling "Termijn probleemanalyse" is ongeldig: moet "einde-week-6" of "zes-weken-na" zijn'],
    ["geen waar/onwaar", { toonArboAdvies: 1 }, 'De instelling "Ziekmelding bij de arbodienst tonen" is ongeldig: moet waar of onwaar zijn'],
  ])("Nederlandse melding: %s", (_n, invoer, melding) => {
    expect(leesInstellingen(invoer).meldingen).toEqual([melding]);
  });

  test("de scanner noemt zijn eigen optie", () => {
    expect(leesInstellingen({ horizonDagen: NaN }, { horizonDagen: "--horizon" }).meldingen).toEqual(["--horizon: moet een heel aantal dagen zijn (0 t/m 365)"]);
  });
});
