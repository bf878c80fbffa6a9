import { parseMijlpaal } from "../../src/core/mijlpalen";

describe("mijlpaalcodes en Nederlandse aliassen", () => {
  test.each([
    ["PVA", "PVA"], ["pva", "PVA"], ["PvA", "PVA"], ["plan van aanpak", "PVA"], ["Plan-van-aanpak", "PVA"],
    ["probleemanalyse", "PA"], ["42", "UWV42"], ["42e-weeksmelding", "UWV42"], ["Ziekmelding UWV", "UWV42"],
    ["eerstejaarsevaluatie", "EJE"], ["Eerstejaars­evaluatie", "EJE"], ["spoor 2", "SPOOR2"], ["Tweede spoor", "SPOOR2"],
    ["RIV", "WIA"], ["WIA-aanvraag", "WIA"], ["actueel oordeel", "AO"], ["eindevaluatie", "EINDEVAL"],
    ["einde wachttijd", "EWT"], ["104 weken", "EWT"], ["arbodienst", "ARBO"], ["Bijstelling PvA", "EVAL"],
  ])("%s → %s", (tekst, code) => {
    expect(parseMijlpaal(tekst)).toEqual({ ok: true, waarde: code });
  });
  test("onbekend geeft een Nederlandse melding met de geldige codes", () => {
    const r = parseMijlpaal("koffie");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.probleem.melding).toMatch(/geen bekende mijlpaal.*PVA/);
  });
});
