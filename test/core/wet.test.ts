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
    // Een rij met een voorwaarde zet het snelle pad van waardeOp uit (issue 22).
    expect(p.voorwaardelijk).toBe(true);
  });

  test("waardeOp zonder voorwaarden (snel pad, issue 22) kiest op elke dag 1995–2060 dezelfde rij als regelOp", () => {
    for (const p of alleParameters()) {
      expect(p.voorwaardelijk).toBe(false);
      for (let dag = d("1995-01-01"); dag <= d("2060-12-31"); dag += 3) expect(waardeOp(p, dag)).toBe(regelOp(p, dag).waarde);
      // Precies op en rond elke ingangsdatum.
      for (const x of p.dagen) for (const dag of [x - 1, x, x + 1]) expect(waardeOp(p, dag)).toBe(regelOp(p, dag).waarde);
    }
    // Zonder de voorwaarde gaat het snelle pad over de dag alleen: 104 tot 2016, 13 tot juli 2023, dan 6.
    const p = P_AOW_LOONDOORBETALING_WEKEN;
    expect(p.voorwaardelijk).toBe(false);
    expect([waardeOp(p, d("2015-12-31")), waardeOp(p, d("2016-01-01")), waardeOp(p, d("2023-07-01")), waardeOp(p, d("1990-01-01"))]).toEqual([104, 13, 6, 104]);
  });
});
