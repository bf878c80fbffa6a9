import type { RegisterDossier } from "../../src/core/dossier";
import { kolomLetter } from "../../src/core/markering";
import { evalueerDossier, evalueerRegister } from "../../src/core/pipeline";
import { leesRegister } from "../../src/core/register";
import { d } from "../helpers";

function dossier(invoer: Partial<RegisterDossier["invoer"]>, extra: Partial<RegisterDossier> = {}): RegisterDossier {
  return {
    rijen: [7],
    werknemer: "J. Jansen",
    personeelsnummer: "12",
    invoer: { eersteZiektedag: d("2025-03-03"), ...invoer } as RegisterDossier["invoer"],
    gegevens: {},
    rij: 7,
    kolommen: { eersteZiektedag: 3, hersteldatum: 4, PA: 28 },
    ...extra,
  };
}

describe("evalueerDossier", () => {
  test("tijdlijn, beoordeling en volgende actie van één dossier", () => {
    const r = evalueerDossier(dossier({ gedaan: { ARBO: d("2025-03-04"), PA: null, PVA: null } }), d("2025-04-20"));
    if (!r.ok) throw new Error("verwacht ok");
    expect(r.evaluatie.tijdlijn.mijlpalen.PA.status).toBe("te-laat");
    expect(r.evaluatie.volgende?.code).toBe("PA");
    expect(r.evaluatie.beoordeling.riv.onderdelen.find((o) => o.code === "PA")?.status).toBe("ontbreekt");
    expect(r.evaluatie.beoordeling.loonsanctie.risico).toBe("hoog");
    expect(r.evaluatie.dossier.werknemer).toBe("J. Jansen");
  });

  test("geen geldige eerste ziektedag: getypeerd probleem, geen exception", () => {
    const r = evalueerDossier(dossier({ eersteZiektedag: Number.NaN }), d("2025-04-20"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen[0]).toMatchObject({ code: "GEEN_EERSTE_ZIEKTEDAG", veld: "eersteZiektedag" });
  });

  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("kolomLetter(%i) = %s", (n, letter) => {
    expect(kolomLetter(n)).toBe(letter);
  });
});

describe("lezer → evalueerDossier: ontbrekende kolom is onbekend, lege cel is ontbreekt", () => {
  const koppen = ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "Start spoor 2", "Actueel oordeel", "Eindevaluatie", "WIA-aanvraag"];
  const rij = ["A. de Vries", d("2025-03-03"), d("2025-04-01"), d("2025-04-10"), null, null, d("2026-11-25"), d("2026-12-01")];
  const reg = leesRegister([["Verzuimregister"], koppen, rij]);

  test("register herkend, één dossier op rij 3", () => {
    expect(reg?.dossiers.length).toBe(1);
    expect(reg?.dossiers[0].rijen).toEqual([3]);
  });

  test.each([
    ["kolom EJE bestaat niet: onbekend", "EJE", "onbekend"],
    ["kolom actueel oordeel leeg: ontbreekt", "AO", "ontbreekt"],
    ["eindevaluatie ingevuld: aanwezig", "EINDEVAL", "aanwezig"],
    ["kolom visie werknemer bestaat niet: onbekend", "VISIE", "onbekend"],
  ])("%s", (_n, code, status) => {
    const r = evalueerDossier(reg!.dossiers[0], d("2026-12-20"));
    if (!r.ok) throw new Error("verwacht ok");
    expect(r.evaluatie.beoordeling.riv.onderdelen.find((o) => o.code === code)?.status).toBe(status);
  });

  test("start spoor 2 leeg na de termijn: niet gestart, hoog risico", () => {
    const r = evalueerDossier(reg!.dossiers[0], d("2026-12-20"));
    if (!r.ok) throw new Error("verwacht ok");
    expect(r.evaluatie.beoordeling.spoor2.uitkomst).toBe("niet-gestart");
    expect(r.evaluatie.beoordeling.riv.uitkomst).toBe("risico");
    expect(r.evaluatie.beoordeling.loonsanctie.risico).toBe("hoog");
  });
});

describe("evalueerRegister: problemen van lezer en engine op hun rij en kolom", () => {
  const koppen = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Eerstejaarsevaluatie"];
  const reg = leesRegister([
    koppen,
    ["A. de Vries", d("2025-03-03"), null, d("2025-04-01"), d("2024-01-01")],
    ["B. Bakker", "morgen", null, null, null],
    ["C. Smit", d("2025-03-03"), null, null, null],
  ])!;
  const r = evalueerRegister(reg, d("2025-04-20"));

  test("elk leesbaar dossier wordt beoordeeld; items volgen de dossiers", () => {
    expect(r.evaluaties.map((e) => e.dossier.werknemer)).toEqual(["A. de Vries", "C. Smit"]);
    expect(r.items.map((i) => i.tijdlijn !== null)).toEqual([true, true]);
  });
  test.each([
    ["celprobleem van de lezer", "GEEN_DATUM", 3, "Eerste ziektedag", "B"],
    ["probleem van de engine bij een mijlpaal", "DATUM_VOOR_ZIEKTE", 2, "Eerstejaarsevaluatie", "E"],
  ])("%s: %s op rij %i, kolom %s (%s)", (_n, code, rij, kolom, letter) => {
    expect(r.problemen.find((p) => p.code === code)).toMatchObject({ rij, kolom, kolomLetter: letter });
  });
  test("problemen op rijvolgorde", () => {
    const rijen = r.problemen.map((p) => p.rij ?? 0);
    expect(rijen).toEqual([...rijen].sort((a, b) => a - b));
  });
});
