import type { RegisterDossier } from "../../src/core/dossier";
import { kolomLetter } from "../../src/core/markering";
import { evalueerDossier } from "../../src/core/pipeline";
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

  test("geen geldige eerste ziektedag: probleem op rij en kolom van het dossier, geen exception", () => {
    const r = evalueerDossier(dossier({ eersteZiektedag: Number.NaN }), d("2025-04-20"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problemen[0]).toMatchObject({ code: "GEEN_EERSTE_ZIEKTEDAG", rij: 7, kolomLetter: "C" });
  });

  test("niet-fatale problemen van de engine krijgen rij en kolomletter", () => {
    const r = evalueerDossier(dossier({ hersteldatum: d("2025-03-01") }), d("2025-04-20"));
    if (!r.ok) throw new Error("verwacht ok");
    expect(r.evaluatie.tijdlijn.problemen[0]).toMatchObject({ code: "HERSTEL_VOOR_ZIEKTE", rij: 7, kolom: "D", kolomLetter: "D" });
  });

  test("probleem bij een mijlpaal zonder plek: alleen de rij", () => {
    const r = evalueerDossier(dossier({ gedaan: { EJE: d("2024-01-01") } }), d("2025-04-20"));
    if (!r.ok) throw new Error("verwacht ok");
    const p = r.evaluatie.tijdlijn.problemen.find((x) => x.code === "DATUM_VOOR_ZIEKTE");
    expect(p).toMatchObject({ rij: 7 });
    expect(p?.kolomLetter).toBeUndefined();
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
