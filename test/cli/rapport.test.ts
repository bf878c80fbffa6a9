import { JsonStroom, rapportJson } from "../../src/cli/rapport";
import type { BestandUitslag } from "../../src/cli/scan";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister } from "../../src/core/register";
import { d } from "../helpers";

function uitslag(bestand: string, fout: string | null, rijen: unknown[][] | null): BestandUitslag {
  if (!rijen) return { bestand, registers: [], fout, kopie: null };
  const register = leesRegister([["Werknemer", "Eerste ziektedag", "Probleemanalyse"], ...(rijen as never[])], { blad: "Verzuim" })!;
  const { evaluaties, problemen } = evalueerRegister(register, d("2026-11-25"));
  return { bestand, registers: [{ blad: "Verzuim", tabel: null, register, evaluaties, problemen }], fout, kopie: null };
}

describe("JSON in stukken is hetzelfde document als in één keer", () => {
  test.each([
    ["geen bestanden", []],
    ["één bestand met een register", [uitslag("a.xlsx", null, [["A", d("2026-10-01"), null]])]],
    [
      "register, onleesbaar bestand en een rij met een fout",
      [uitslag("a.xlsx", null, [["A", d("2026-10-01"), null], ["B", "morgen", null]]), uitslag("kapot.xlsx", "Het bestand is geen .xlsx-werkmap.", null)],
    ],
  ])("%s", (_n, uitslagen) => {
    const s = new JsonStroom(d("2026-11-25"));
    const tekst = s.begin() + (uitslagen as BestandUitslag[]).map((u) => s.stuk(u)).join("") + s.eind();
    expect(JSON.parse(tekst)).toEqual(rapportJson(d("2026-11-25"), uitslagen as BestandUitslag[]));
  });
});
