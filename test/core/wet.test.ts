import { formatISO } from "../../src/core/dagen";
import { alleParameters, parameter, P_AOW_LOONDOORBETALING_WEKEN, P_WIA_AANVRAAG_VOOR_EINDE_WEKEN, regelOp, waardeOp, ingangsdag, type Parameter } from "../../src/core/wet";
import { d } from "../helpers";

describe("de wet als gedateerde gegevens", () => {
  test.each(alleParameters().map((p) => [p.naam, p] as const))("%s: oplopende ingangsdatums, elk met een referentie naar de wetsversie", (_n, p) => {
    expect(p.waarden.length).toBeGreaterThan(0);
    expect(p.referenties.length).toBe(p.waarden.length);
    for (const w of p.waarden) expect(formatISO(ingangsdag(w))).toBe(w.vanaf);
    for (const referentie of p.referenties) {
      expect(referentie).toMatch(/^https:\/\/(wetten\.overheid\.nl\/jci1\.3:c:BWBR\d+|www\.uwv\.nl\/)/);
    }
    for (let i = 1; i < p.waarden.length; i++) expect(ingangsdag(p.waarden[i])).toBeGreaterThan(ingangsdag(p.waarden[i - 1]));
    expect(p.bron.length).toBeGreaterThan(10);
  });

  test.each([
    ["AOW: ziek 30-06-2023 → 13 weken", P_AOW_LOONDOORBETALING_WEKEN, "2023-06-30", 13],
    ["AOW: ziek 01-07-2023 → 6 weken", P_AOW_LOONDOORBETALING_WEKEN, "2023-07-01", 6],
    ["AOW: ziek in 2015 → geen aparte regel (104 weken)", P_AOW_LOONDOORBETALING_WEKEN, "2015-06-01", 104],
    ["WIA-aanvraag: 30-06-2013 → 13 weken vóór het einde", P_WIA_AANVRAAG_VOOR_EINDE_WEKEN, "2013-06-30", 13],
    ["WIA-aanvraag: 01-07-2013 → 11 weken vóór het einde", P_WIA_AANVRAAG_VOOR_EINDE_WEKEN, "2013-07-01", 11],
  ] as [string, Parameter<number>, string, number][])("%s", (_n, p, dag, verwacht) => {
    expect(waardeOp(p, d(dag))).toBe(verwacht);
  });

  test("een voorgestelde regel voor kleine werkgevers is een rij met een voorwaarde, geen nieuw codepad", () => {
    const p = parameter<number>({
      ...P_AOW_LOONDOORBETALING_WEKEN,
      id: "voorbeeld",
      waarden: [
        { vanaf: "2004-01-01", waarde: 104 },
        { vanaf: "2028-01-01", waarde: 52, voorwaarde: { kleineWerkgever: true } },
      ],
    });
    expect(waardeOp(p, d("2029-01-01"))).toBe(104);
    expect(waardeOp(p, d("2029-01-01"), { kleineWerkgever: true })).toBe(52);
    expect(waardeOp(p, d("2027-01-01"), { kleineWerkgever: true })).toBe(104);
    expect(regelOp(p, d("2029-01-01"), { kleineWerkgever: true }).vanaf).toBe("2028-01-01");
  });
});
