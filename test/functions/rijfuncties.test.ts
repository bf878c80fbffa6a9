import { fout } from "./stub";
import { formatISO } from "../../src/core/dagen";
import { evalueerDossier } from "../../src/core/pipeline";
import { TEMPLATE_KOLOMMEN, leesRij, type Cel, type Veld } from "../../src/core/register";
import {
  binnenkortFn,
  eindeWachttijdFn,
  loonsanctieFn,
  mijlpalenFn,
  rivStatusFn,
  spoor2Fn,
  teLaatFn,
  volgendeDatumFn,
  volgendeFn,
  ziektedagenFn,
} from "../../src/functions/functions";
import { deelKopregels, kopregelVoor, ontleedParameterAdres } from "../../src/functions/kopregels";
import { KOPPEN_ONBEKEND } from "../../src/functions/rijfuncties";
import { d } from "../helpers";

type Waarden = Partial<Record<Veld, Cel>>;
/** Een registerrij in de kolomvolgorde van het sjabloon; lege cellen zoals Excel ze stuurt. */
function rij(w: Waarden, leeg: Cel = 0): unknown[][] {
  return [TEMPLATE_KOLOMMEN.map((k) => (w[k.veld] === undefined ? leeg : w[k.veld]))];
}
const koppen = (): unknown[][] => [TEMPLATE_KOLOMMEN.map((k) => k.kop)];
const iso = (serie: number) => formatISO(serie);
/** Een weggelaten bereik-argument: Excel stuurt null. */
const geen = null as unknown as unknown[][];
const K = koppen();

const PEIL = d("2025-05-01");
// Eerste ziektedag 03-03-2025; arbodienst en probleemanalyse gedaan, plan van aanpak nog niet.
const basis: Waarden = { werknemer: "A. de Vries", eersteZiektedag: d("2025-03-03"), arbo: d("2025-03-05"), pa: d("2025-03-20") };

describe("PW.VOLGENDE en PW.VOLGENDEDATUM", () => {
  test.each([
    ["lege cellen als 0 (Windows/Mac)", 0],
    ["lege cellen als null (web)", null],
    ["lege cellen als lege tekst", ""],
  ])("%s: plan van aanpak uiterlijk PA + 14 = 03-04-2025, te laat", (_naam, leeg) => {
    expect(volgendeFn(rij(basis, leeg), K, PEIL)).toBe("Plan van aanpak uiterlijk 03-04-2025 (te laat)");
    expect(iso(volgendeDatumFn(rij(basis, leeg), K, PEIL))).toBe("2025-04-03");
  });

  test("met de kopregel en kolommen in een andere volgorde", () => {
    const volgorde = TEMPLATE_KOLOMMEN.map((_, i) => i).reverse();
    const r = rij(basis)[0];
    const k = koppen()[0];
    expect(volgendeFn([volgorde.map((i) => r[i])], [volgorde.map((i) => k[i])], PEIL)).toBe("Plan van aanpak uiterlijk 03-04-2025 (te laat)");
  });

  test("tekstdatums in de rij", () => {
    expect(volgendeFn(rij({ ...basis, eersteZiektedag: "3-3-2025", pa: "20-03-2025" }), koppen(), PEIL)).toBe("Plan van aanpak uiterlijk 03-04-2025 (te laat)");
  });

  test("na herstel staat niets meer open", () => {
    const r = rij({ werknemer: "B", eersteZiektedag: d("2025-03-03"), hersteldatum: d("2025-03-05") });
    expect(volgendeFn(r, K, PEIL)).toBe("Geen open actie: hersteld per 05-03-2025");
    const e = fout(() => volgendeDatumFn(r, K, PEIL));
    expect(e.code).toBe("#N/A");
  });

  test("peildatum weggelaten: vandaag (de uitkomst is een tekst met een datum)", () => {
    expect(volgendeFn(rij(basis), K, null)).toMatch(/uiterlijk \d{2}-\d{2}-\d{4} \(/);
  });
});

describe("oordelen komen uit de gedeelde pijplijn (zelfde als taakvenster en scanner)", () => {
  const dossier = rij({ ...basis, pva: d("2025-04-01"), uwv42: d("2025-12-15"), eje: d("2026-02-15") });
  const peil = d("2026-05-01");
  const verwacht = () => {
    const r = leesRij(dossier[0] as Cel[], K[0] as Cel[]);
    const e = evalueerDossier(r.dossier!, peil);
    if (!e.ok) throw new Error("dossier ongeldig");
    return e.evaluatie.beoordeling;
  };
  test("PW.RIVSTATUS", () => expect(rivStatusFn(dossier, K, peil)).toBe(verwacht().riv.oordeel));
  test("PW.SPOOR2: niet gestart, 6 weken na de EJE verstreken", () => {
    const o = spoor2Fn(dossier, K, peil);
    expect(o).toBe(verwacht().spoor2.oordeel);
    expect(o).toMatch(/^Niet gestart/);
  });
  test("PW.LOONSANCTIE", () => {
    const o = loonsanctieFn(dossier, K, peil);
    expect(["geen", "laag", "middel", "hoog", "opgelegd"]).toContain(o);
    expect(o).toBe(verwacht().loonsanctie.risico); // alle kolommen bekend: het risico van de beoordeling zelf
  });
  test("PW.SPOOR2 vroeg in het dossier: nog niet aan de orde", () => {
    expect(spoor2Fn(rij(basis), K, PEIL)).toMatch(/^Gepland: spoor 2 starten uiterlijk 12-04-2026, over \d+ dagen$/);
  });
});

describe("PW.TELAAT", () => {
  test("telt te late mijlpalen over alle rijen en slaat lege rijen over", () => {
    const niets = rij({ werknemer: "C", eersteZiektedag: d("2025-03-03") })[0]; // ARBO, PA, PVA te laat
    const netjes = rij({ werknemer: "D", eersteZiektedag: d("2025-03-03"), arbo: d("2025-03-04"), pa: d("2025-04-01"), pva: d("2025-04-10") })[0];
    const leeg = rij({})[0];
    expect(teLaatFn([niets, netjes, leeg], K, PEIL)).toBe(3);
    expect(teLaatFn([netjes], K, PEIL)).toBe(0);
    expect(teLaatFn([niets, niets], K, PEIL)).toBe(6);
  });
  test("een slechte rij noemt haar plaats in het bereik", () => {
    const goed = rij(basis)[0];
    const slecht = rij({ werknemer: "E", eersteZiektedag: "gisteren" })[0];
    expect(fout(() => teLaatFn([goed, slecht], K, PEIL)).message).toMatch(/^rij 2 van het bereik: /);
  });
});

describe("een stapkolom met tekst in plaats van een datum", () => {
  // De lezer keurt een hele kolom (inhoud.ts): staat er tekst in ("ArboNed" onder "Arbodienst", "ja hoor"), dan is
  // de kolom geen datumkolom en de stap onbekend. Een functie ziet één rij en beslist met die ene cel hetzelfde,
  // zodat functie, scanner en taakvenster dezelfde status geven (geen #WAARDE! waar de scanner "onbekend" zegt).
  test.each([
    ["pva", "ja hoor", "PVA"],
    ["arbo", "ArboNed", "ARBO"],
  ] as [Veld, string, string][])("%s = %s → stap onbekend, de rest gaat door", (veld, tekst, code) => {
    const t = mijlpalenFn(rij({ ...basis, [veld]: tekst }), K, PEIL) as (string | number)[][];
    expect(t.find((r) => r[1] === code)![5]).toBe("onbekend");
    expect(t.find((r) => r[1] === "PA")![5]).toBe("gedaan");
  });

  test("de eerste ziektedag als tekst blijft een fout met de kolom erbij", () => {
    expect(fout(() => volgendeFn(rij({ werknemer: "A", eersteZiektedag: "ArboNed" }), K, PEIL)).message).toMatch(/Eerste ziektedag/);
  });
});

describe("PW.MIJLPALEN", () => {
  test("een tabel van 12 × 6 met kopregel, serienummers en statussen", () => {
    const t = mijlpalenFn(rij(basis), K, PEIL) as (string | number)[][];
    expect(t).toHaveLength(12);
    expect(t[0]).toEqual(["Mijlpaal", "Code", "Vanaf", "Uiterlijk", "Gedaan", "Status"]);
    const pva = t.find((r) => r[1] === "PVA")!;
    expect(pva[0]).toBe("Plan van aanpak");
    expect(iso(pva[3] as number)).toBe("2025-04-03");
    expect(pva[4]).toBe("");
    expect(pva[5]).toBe("te laat");
    const pa = t.find((r) => r[1] === "PA")!;
    expect(iso(pa[4] as number)).toBe("2025-03-20");
    expect(pa[5]).toBe("gedaan");
    const eje = t.find((r) => r[1] === "EJE")!;
    expect(iso(eje[2] as number)).toBe("2026-01-12");
  });
});

describe("PW.EINDEWACHTTIJD met een registerrij", () => {
  test.each([
    ["zonder bijzonderheden", {}, [], "2026-01-01", "2027-02-28"],
    ["verlenging uit de rij", { vrijwilligeVerlengingWeken: 13 }, [], "2026-01-01", "2027-05-30"],
    ["verlenging als argument overschrijft de rij", { vrijwilligeVerlengingWeken: 20 }, [13], "2026-01-01", "2027-05-30"],
    ["loonsanctie uit de rij", { loonsanctieTot: d("2027-08-31") }, [], "2026-01-01", "2027-08-31"],
    ["WIA-aanvraag 10 dagen te laat uit de rij", { wiaAanvraag: d("2026-12-23") }, [], "2027-01-15", "2027-03-10"],
    ["WIA-aanvraag na de peildatum telt nog niet: 2 dagen te laat op de peildatum", { wiaAanvraag: d("2026-12-23") }, [], "2026-12-15", "2027-03-02"],
  ])("%s", (_naam, extra, args, peil, verwacht) => {
    const a = args as unknown[];
    expect(iso(eindeWachttijdFn(rij({ ...basis, ...(extra as Waarden) }), a[0], null, null, null, K, d(peil as string)))).toBe(verwacht);
  });
  test("onderbreking_dagen bij een rij → #WAARDE!", () => {
    expect(fout(() => eindeWachttijdFn(rij(basis), null, null, 10)).message).toMatch(/komt het samentellen uit het register/);
  });
});

describe("slechte rijen → #WAARDE! met Nederlandse melding", () => {
  test.each([
    ["geen rij", () => volgendeFn(null as unknown as unknown[][], K, PEIL), /rij ontbreekt/],
    ["lege rij", () => volgendeFn(rij({}), K, PEIL), /rij: de rij is leeg/],
    ["twee rijen", () => rivStatusFn([rij(basis)[0], rij(basis)[0]], K, PEIL), /verwacht één rij/],
    ["geen eerste ziektedag", () => volgendeFn(rij({ werknemer: "F", pa: d("2025-03-20") }), K, PEIL), /ziektedag/i],
    ["kopregel zonder eerste ziektedag", () => volgendeFn([["x", 1]], [["Naam", "Iets"]], PEIL), /Eerste ziektedag/],
    // Een bekende kop met woorden erbij wordt niet zonder meer gebruikt; de melding zegt welke kolom bedoeld kan zijn.
    [
      "eerste ziektedag met woorden erbij",
      () => volgendeFn([["x", d("2025-03-03")]], [["Naam", "Eerste ziektedag vorige periode"]], PEIL),
      /Bedoelde u kolom "Eerste ziektedag vorige periode" \(B\)\?/,
    ],
    ["slechte peildatum", () => spoor2Fn(rij(basis), K, "morgen"), /^peildatum: /],
  ])("%s", (_naam, f, melding) => {
    const e = fout(f);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(melding);
  });
});

/** Zoals Excel de functie aanroept met `@requiresParameterAddresses`: het adres van elk argument. */
const aanroep = (...adressen: string[]) => ({ parameterAddresses: adressen }) as unknown as CustomFunctions.Invocation;

/**
 * Het eigen register van een gebruiker (blad "Eigen register", kopregel op rij 3 vanaf kolom B) in een
 * andere volgorde dan het sjabloon: plan van aanpak vóór probleemanalyse, geen kolom voor de arbodienst.
 */
const EIGEN_KOPPEN = ["Naam", "1e ziektedag", "Plan van aanpak", "Probleemanalyse", "42e-weeksmelding"];
const eigenRij = (pva: Cel, pa: Cel): unknown[][] => [["A. de Vries", d("2025-03-03"), pva, pa, 0]];
const EIGEN_BLAD = { blad: "Eigen register", koprij: 3, koppen: EIGEN_KOPPEN.map((kop, i) => ({ kolom: 2 + i, kop })) };

describe("rijfuncties zonder koppen-argument: de kopregel van het register op het blad van de rij", () => {
  beforeEach(() => deelKopregels([EIGEN_BLAD]));
  afterAll(() => deelKopregels([]));

  test("leest de kolomvolgorde van de gebruiker, niet die van het sjabloon", () => {
    // PVA gedaan op 01-04, PA op 20-03: in de volgorde van het sjabloon zou de PVA-datum als arbodienst gelezen worden.
    const r = eigenRij(d("2025-04-01"), d("2025-03-20"));
    const metKoppen = mijlpalenFn(r, [EIGEN_KOPPEN], PEIL) as (string | number)[][];
    const viaAdres = mijlpalenFn(r, geen, PEIL, aanroep("'Eigen register'!B7:F7")) as (string | number)[][];
    expect(viaAdres).toEqual(metKoppen);
    const pva = viaAdres.find((x) => x[1] === "PVA")!;
    expect(iso(pva[4] as number)).toBe("2025-04-01");
    expect(viaAdres.find((x) => x[1] === "ARBO")![5]).toBe("onbekend");
    expect(rivStatusFn(r, geen, PEIL, aanroep("'Eigen register'!B7:F7"))).toBe(rivStatusFn(r, [EIGEN_KOPPEN], PEIL));
  });

  test.each([
    ["geen adres (oudere Excel)", undefined],
    ["een ander blad", "Blad2!B7:F7"],
    ["een rij boven de kopregel", "'Eigen register'!B2:F2"],
    ["kolommen naast het register", "'Eigen register'!H7:L7"],
    ["een berekende matrix zonder adres", ""],
  ])("niet te vinden (%s) → #WAARDE! met Nederlandse melding, nooit de volgorde van het sjabloon", (_naam, adres) => {
    const r = eigenRij(d("2025-04-01"), d("2025-03-20"));
    const e = fout(() => volgendeFn(r, geen, PEIL, adres === undefined ? undefined : aanroep(adres)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(KOPPEN_ONBEKEND);
    expect(e.message.length).toBeLessThanOrEqual(250);
  });

  test("een deel van de rij (zonder de eigen formulekolom): de koppen van precies die kolommen", () => {
    // =PW.MIJLPALEN(Verzuim[@[1e ziektedag]:[Probleemanalyse]]) → kolommen C t/m E.
    const t = mijlpalenFn([[d("2025-03-03"), d("2025-04-01"), d("2025-03-20")]], geen, PEIL, aanroep("'Eigen register'!C7:E7")) as (string | number)[][];
    expect(iso(t.find((x) => x[1] === "PVA")![4] as number)).toBe("2025-04-01");
    expect(iso(t.find((x) => x[1] === "PA")![4] as number)).toBe("2025-03-20");
    expect(t.find((x) => x[1] === "UWV42")![5]).toBe("onbekend"); // kolom F valt buiten het argument
  });

  test("zonder kopregels in de runtime (taakvenster heeft nog niet gelezen) → #WAARDE!", () => {
    deelKopregels([]);
    expect(fout(() => rivStatusFn(eigenRij(0, 0), geen, PEIL, aanroep("'Eigen register'!B7:F7"))).message).toBe(KOPPEN_ONBEKEND);
  });

  test("het koppen-argument gaat voor de bekende kopregel", () => {
    const r = [[d("2025-03-03"), "A", 0, 0, 0]];
    expect(volgendeFn(r, [["Eerste ziektedag", "Werknemer", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie"]], PEIL, aanroep("'Eigen register'!B7:F7"))).toMatch(
      /^Probleemanalyse uiterlijk 13-04-2025 \(te laat\)$/,
    );
  });

  test("PW.TELAAT en PW.BINNENKORT over het hele bereik inclusief de kopregel: de kopregel telt niet mee", () => {
    const bereik = [EIGEN_KOPPEN, ...eigenRij(0, 0), ...eigenRij(d("2025-04-01"), d("2025-03-20"))];
    // Rij 1: PA en PVA te laat (arbodienst onbekend: geen kolom); rij 2: niets te laat.
    expect(teLaatFn(bereik, geen, PEIL, aanroep("'Eigen register'!B3:F5"))).toBe(2);
    // Een maand eerder: rij 1 heeft PA binnenkort (13-04); de 42e-weeksmelding is nog ver.
    expect(binnenkortFn(bereik, geen, d("2025-04-05"), aanroep("'Eigen register'!B3:F5"))).toBe(1);
  });
});

describe("onbekend is niet te laat: een register met alleen de twee verplichte kolommen", () => {
  const K2 = [["Werknemer", "Eerste ziektedag"]];
  const r = [["A. de Vries", d("2024-01-01")]];
  const peil = d("2026-06-01"); // ruim na elke termijn
  test("geen enkele stap te laat of binnenkort; alle stappen onbekend, behalve het einde van de wachttijd", () => {
    expect(teLaatFn(r, K2, peil)).toBe(0);
    expect(binnenkortFn(r, K2, peil)).toBe(0);
    const t = mijlpalenFn(r, K2, peil) as (string | number)[][];
    const statussen = Object.fromEntries(t.slice(1).map((x) => [x[1], x[5]]));
    for (const c of ["ARBO", "PA", "PVA", "EVAL", "UWV42", "EJE", "SPOOR2", "AO", "EINDEVAL", "WIA"]) expect([c, statussen[c]]).toEqual([c, "onbekend"]);
    expect(volgendeFn(r, K2, peil)).not.toMatch(/te laat/);
    // Geen risicowoord op grond van alleen ontbrekende kolommen.
    expect(loonsanctieFn(r, K2, peil)).toBe("onbekend");
  });
});

describe("PW.ZIEKTEDAGEN", () => {
  test.each([
    ["de eerste ziektedag is dag 1", "2025-03-03", "2025-03-03", 1],
    ["een week later: dag 8 (week 2)", "2025-03-03", "2025-03-10", 8],
    ["vóór de eerste ziektedag: 0", "2025-03-03", "2025-03-01", 0],
    ["over een jaargrens", "2024-12-30", "2025-01-02", 4],
  ])("%s", (_naam, D, P, n) => {
    expect(ziektedagenFn([[d(D)]], geen, d(P))).toBe(n);
  });
  test("met een registerrij: hersteld telt tot de hersteldatum", () => {
    const r = rij({ werknemer: "B", eersteZiektedag: d("2025-03-03"), hersteldatum: d("2025-03-13") });
    expect(ziektedagenFn(r, K, d("2025-05-01"))).toBe(10);
  });
});

describe("adres van een argument (parameterAddresses) ontleden", () => {
  test.each([
    ["Verzuim!A5:L5", { blad: "Verzuim", boven: 5, links: 1, onder: 5, rechts: 12 }],
    ["'Latest Prices'!F6", { blad: "Latest Prices", boven: 6, links: 6, onder: 6, rechts: 6 }],
    ["'Bob''s Region'!$B$3:$D$9", { blad: "Bob's Region", boven: 3, links: 2, onder: 9, rechts: 4 }],
    ["Blad1!AA10:AB12", { blad: "Blad1", boven: 10, links: 27, onder: 12, rechts: 28 }],
    ["A5:L5", null],
    ["[Map1.xlsx]Blad1!A1", null],
    ["", null],
    ["#VERW!", null],
  ])("%s", (adres, verwacht) => {
    expect(ontleedParameterAdres(adres)).toEqual(verwacht);
  });
  test("bladnamen zijn niet hoofdlettergevoelig, zoals in Excel", () => {
    deelKopregels([EIGEN_BLAD]);
    expect(kopregelVoor("'EIGEN REGISTER'!B4:F4")?.koppen).toEqual(EIGEN_KOPPEN);
    deelKopregels([]);
  });
});
