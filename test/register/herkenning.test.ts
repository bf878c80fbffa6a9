/**
 * Kolommen herkennen in de woorden van de gebruiker (issue 18): synoniemen, tikfouten en de inhoud van
 * datumkolommen, met de niet gebruikte koppen en "bedoelde u …?".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { naarExcelSerienummer } from "../../src/core/dagen";
import { leesRegister, synoniemenVan, TEMPLATE_KOLOMMEN, type Cel, type Register } from "../../src/core/register";
import { herkenKop, herkenKopTolerant, tikafstand, DUBBELZINNIGE_SYNONIEMEN } from "../../src/core/register/kolommen";
import { keurDatumkolom } from "../../src/core/register/inhoud";
import { kandidaatKoppen } from "../../src/core/register/koprij";
import { geenRegisterTekst, nietGebruiktRegel } from "../../src/core/register/uitleg";
import { d } from "../helpers";

const s = (iso: string) => naarExcelSerienummer(d(iso));

function lees(waarden: Cel[][], opties = {}): Register {
  const r = leesRegister(waarden, opties);
  if (!r) throw new Error("geen register herkend");
  return r;
}

describe("synoniemen in de woorden van de gebruiker", () => {
  test("geen synoniem hoort bij twee velden", () => {
    expect(DUBBELZINNIGE_SYNONIEMEN).toEqual([]);
  });
  test.each([
    ["42 weken UWV", "uwv42"],
    ["Melding UWV (42 weken)", "uwv42"],
    ["UWV melding", "uwv42"],
    ["Week 42", "uwv42"],
    // Uit het corpus (test/fixtures/registers): een thuiszorgsjabloon en een salarisexport, en een kapsalon.
    ["Datum ziekmelding 42e week", "uwv42"],
    ["Datum 42e week melding", "uwv42"],
    ["Arbo gebeld", "arbo"],
    ["Evaluatie", "laatsteEvaluatie"],
    ["Evaluatiegesprek", "laatsteEvaluatie"],
    ["Evaluaties", "evaluaties"],
    ["Melding arbo", "arbo"],
    ["Gemeld bij arbodienst", "arbo"],
    ["Arbodienst", "arbo"],
    ["Datum ziek", "eersteZiektedag"],
    ["Ziek gemeld op", "eersteZiektedag"],
    ["Ziekmelding", "eersteZiektedag"],
    ["Eerste verzuimdag", "eersteZiektedag"],
    ["Ziek per", "eersteZiektedag"],
    ["Begindatum verzuim", "eersteZiektedag"],
    ["Beter gemeld", "hersteldatum"],
    ["Hersteld per", "hersteldatum"],
    ["Datum hersteld", "hersteldatum"],
    ["Naam medewerker", "werknemer"],
    ["Werknemersnaam", "werknemer"],
    ["Pers.nr.", "personeelsnummer"],
    ["Persnummer", "personeelsnummer"],
    ["PA (week 6)", "pa"],
    ["PvA getekend", "pva"],
    // Vulwoorden die zeggen dat de stap gedaan is (gevonden door een nieuwe gebruiker: "PvA gemaakt").
    ["PvA gemaakt", "pva"],
    ["Probleemanalyse klaar", "pa"],
    // Gevonden met een register van een nieuwe gebruiker (openpyxl): "gereed" werd niet herkend, zonder "bedoelde u".
    ["Probleemanalyse gereed", "pa"],
    ["PA gereed", "pa"],
    ["Eerstejaarsevaluatie ondertekend", "eje"],
    ["42e week melding verzonden", "uwv42"],
    ["Datum RIV ingevuld", "wiaAanvraag"],
    ["Eerstejaarsevaluatie (week 52)", "eje"],
    ["RIV naar UWV", "wiaAanvraag"],
    ["Spoor 2 ingezet", "startSpoor2"],
  ])("%s → %s", (kop, veld) => {
    expect(herkenKop(kop)).toBe(veld);
  });
  test.each([
    // Dubbelzinnig: het woord "ziekmelding" alleen is de eerste ziektedag, met een instantie erbij de melding daar.
    ["Ziekmelding", "eersteZiektedag"],
    ["Ziekmelding arbodienst", "arbo"],
    ["Ziekmelding arbo", "arbo"],
    ["Ziekmelding bedrijfsarts", "arbo"],
    ["Ziekmelding UWV", "uwv42"],
    ["Ziekmelding bij UWV", "uwv42"],
    ["Ziek uit dienst", "uitDienstPer"],
    ["Datum ziekmelding", "eersteZiektedag"],
    ["Datum melding arbodienst", "arbo"],
  ])("dubbelzinnig woord: %s → %s", (kop, veld) => {
    expect(herkenKop(kop)).toBe(veld);
  });
  test.each(["Datum in dienst", "Geboortedatum", "Opmerking", "Functie", "Voornaam", "Achternaam", "Leidinggevende"])("%s is geen registerkolom en krijgt geen voorstel", (kop) => {
    expect(herkenKop(kop)).toBeNull();
    expect(herkenKopTolerant(kop)).toEqual({ soort: "geen" });
  });
});

describe("tikfouten", () => {
  test("Damerau-Levenshtein: verwisseling telt als één", () => {
    expect(tikafstand("ziekteag", "ziektedag", 2)).toBe(1);
    expect(tikafstand("abcd", "abdc", 2)).toBe(1);
    expect(tikafstand("arbo", "abro", 2)).toBe(1);
    expect(tikafstand("werknemer", "telefoonnummer", 2)).toBe(3);
  });
  test.each([
    ["Eerste ziekteag", "eersteZiektedag"],
    ["Eerste zietkedag", "eersteZiektedag"],
    ["Probleemanalsye", "pa"],
    ["Plan van aanpka", "pva"],
    ["Hersteldatun", "hersteldatum"],
    ["Werknmer", "werknemer"],
    ["Ziekmeldng", "eersteZiektedag"],
    ["42e-weeksmeldnig", "uwv42"],
  ])("duidelijke tikfout %s → gebruikt als %s", (kop, veld) => {
    expect(herkenKop(kop)).toBeNull();
    expect(herkenKopTolerant(kop)).toMatchObject({ soort: "tikfout", veld });
  });
  test("een korte kop met een tikfout is alleen een voorstel", () => {
    expect(herkenKopTolerant("Naaam")).toEqual({ soort: "voorstel", velden: ["werknemer"] });
    expect(herkenKopTolerant("Abro")).toEqual({ soort: "voorstel", velden: ["arbo"] });
  });
  test("even dicht bij twee velden: alleen een voorstel, met beide", () => {
    const h = herkenKopTolerant("Evaluatiee");
    expect(h.soort).toBe("voorstel");
    expect(h.soort === "voorstel" && [...h.velden].sort()).toEqual(["evaluaties", "laatsteEvaluatie"]);
  });
  test("cijfers zijn nooit een tikfout: Week 43 is niet Week 42, Evaluatie 2 niet Evaluatie", () => {
    expect(herkenKopTolerant("Week 43")).toEqual({ soort: "geen" });
    // Geen tikfout, dus nooit gebruikt; wel staat de bekende kop "Evaluatie" erin: alleen "bedoelde u …?".
    expect(herkenKopTolerant("Evaluatie 2")).toEqual({ soort: "voorstel", velden: ["laatsteEvaluatie"], binnenKop: true });
  });
  test.each([
    ["Begindatum", "eersteZiektedag"],
    ["Start", "eersteZiektedag"],
    ["Einddatum", "hersteldatum"],
    ["Laatste gesprek", "laatsteEvaluatie"],
  ])("een algemene kop (%s) is nooit zeker, wel een voorstel: %s", (kop, veld) => {
    expect(herkenKop(kop)).toBeNull();
    expect(herkenKopTolerant(kop)).toEqual({ soort: "voorstel", velden: [veld] });
  });
  test("een medische kop wordt nooit als tikfout gelezen", () => {
    expect(herkenKopTolerant("Diagnose")).toEqual({ soort: "geen" });
  });
  test("register met een tikfout in de verplichte kop: gebruikt en gemeld", () => {
    const r = lees([["Naam", "Eerste ziekteag", "PA"], ["Jan", s("2026-01-05"), ""]], { blad: "Verzuim" });
    expect(r.nietTeBeoordelen).toBeNull();
    expect(r.dossiers).toHaveLength(1);
    const p = r.problemen.find((x) => x.code === "KOP_TIKFOUT");
    expect(p).toMatchObject({ ernst: "waarschuwing", kolom: "Eerste ziekteag", kolomLetter: "B", rij: 1 });
    expect(p!.melding).toMatch(/"Eerste ziekteag" is gelezen als "Eerste ziektedag"/);
  });
  test("een onduidelijke kop: niet gebruikt, wel 'bedoelde u …?'", () => {
    const r = lees([["Naam", "Eerste ziektedag", "Abro", "Opmerking"], ["Jan", s("2026-01-05"), s("2026-01-06"), "x"]]);
    expect(r.kolommen.map((k) => k.veld)).toEqual(["werknemer", "eersteZiektedag"]);
    expect(r.nietGebruikt).toEqual([
      { kop: "Abro", kolom: 3, letter: "C", reden: "onbekend", bedoeldeU: ["Ziekmelding arbodienst"] },
      { kop: "Opmerking", kolom: 4, letter: "D", reden: "onbekend", bedoeldeU: [] },
    ]);
  });
});

describe("een bekende kop met woorden erbij: alleen 'bedoelde u …?'", () => {
  test.each([
    // Zoals werkgevers ze schrijven (gevonden met een register van een nieuwe gebruiker).
    ["Probleemanalyse afgerond door arbo", ["pa", "arbo"]],
    ["Plan van aanpak versie 2", ["pva"]],
    ["Hersteld gemeld via portaal", ["hersteldatum"]],
    ["Eerstejaarsevaluatie besproken", ["eje"]],
    ["Probleemanalyse door bedrijfsarts", ["pa"]],
    ["Evaluatie met leidinggevende", ["laatsteEvaluatie"]],
    ["PA week 6 gepland", ["pa"]],
    ["Datum (PvA) versie 2", ["pva"]],
    // Niet zonder meer de eerste ziektedag of de hersteldatum: een andere periode, een verwachting.
    ["Eerste ziektedag vorige periode", ["eersteZiektedag"]],
    ["Hersteldatum verwacht", ["hersteldatum"]],
    // Twee bekende koppen: beide, de langste (meest specifieke) eerst.
    ["Probleemanalyse en plan van aanpak", ["pa", "pva"]],
    ["PA en PvA", ["pva", "pa"]],
    // Een bekende kop binnen een langere telt niet apart: "Ziekmelding" is hier geen eerste ziektedag.
    ["Ziekmelding bij UWV via portaal", ["uwv42"]],
    ["Ziekmelding arbodienst versie 2", ["arbo"]],
    // Ten hoogste drie.
    ["Probleemanalyse, plan van aanpak, eerstejaarsevaluatie en 42e-weeksmelding", ["eje", "pa", "uwv42"]],
    // Een lange kop (meer dan 60 tekens, te lang voor tikfouten) met een bekende kop erin.
    ["Datum waarop de probleemanalyse door de bedrijfsarts is afgerond", ["pa"]],
  ])("%s → bedoelde u %j?", (kop, velden) => {
    expect(herkenKop(kop)).toBeNull();
    expect(herkenKopTolerant(kop)).toEqual({ soort: "voorstel", velden, binnenKop: true });
  });
  test.each([
    // Wat al herkend werd, blijft zo.
    ["Eerste ziektedag (volgens arbo)", "eersteZiektedag"],
    ["Datum 42e-weeksmelding UWV verstuurd", "uwv42"],
    ["PvA bijgesteld op", "laatsteEvaluatie"],
    ["Probleemanalyse gereed", "pa"],
  ])("%s blijft exact %s", (kop, veld) => {
    expect(herkenKopTolerant(kop)).toEqual({ soort: "exact", veld });
  });
  test("een tikfout blijft een tikfout", () => {
    expect(herkenKopTolerant("Probleemanalsye")).toMatchObject({ soort: "tikfout", veld: "pa" });
    expect(herkenKopTolerant("Naaam")).toEqual({ soort: "voorstel", velden: ["werknemer"] });
  });
  test.each([
    // Medisch: nooit een voorstel (isPrivacyKop gaat voor).
    "Diagnose eerste ziektedag",
    "Klachten bij eerste ziektedag",
    "Reden ziekte",
    "Ziekte en herstel",
    "Soort ziekmelding",
    // Koppen die geen registerkolom zijn, met een bekende kop erin.
    "Geboortedatum werknemer",
    "Telefoon werknemer",
    "E-mail werknemer",
    "Datum in dienst werknemer",
    "Opmerking PA",
    "Opmerking (PA)",
    "Status PvA",
    "Aantal dagen ziek",
    "Uren per week werknemer",
    "Achternaam werknemer",
    "Reden uit dienst",
    // Een naam of nummer van iets anders.
    "Naam leidinggevende",
    "Naam arbodienst",
    "Nummer dossier",
    // Geen bekende kop als geheel: "ziekte" is niet "ziek", "week 26" niet "week 52".
    "Ziekte eerste dag",
    "Evaluatie week 26",
    "Startdatum contract",
    // Een zin is geen kop: meer dan twaalf woorden, of langer dan 80 tekens.
    "Probleemanalyse: wie, wat, waar, wanneer, hoe, met wie en wat nu verder dan",
    "Vul hier de datum in waarop de bedrijfsarts de probleemanalyse met de werknemer heeft besproken",
    "Probleemanalyse " + "x".repeat(70),
  ])("%s: geen voorstel", (kop) => {
    expect(herkenKopTolerant(kop)).toEqual({ soort: "geen" });
  });
  test("een register: de kolom wordt niet gebruikt, wel met 'bedoelde u …?'", () => {
    const r = lees([
      ["Naam", "Eerste ziektedag", "Eerste ziektedag vorige periode", "Probleemanalyse afgerond door arbo", "Diagnose probleemanalyse"],
      ["Jan", s("2026-01-05"), s("2025-11-03"), s("2026-02-10"), "x"],
    ]);
    expect(r.kolommen.map((k) => k.veld)).toEqual(["werknemer", "eersteZiektedag"]);
    expect(r.nietGebruikt).toEqual([
      { kop: "Eerste ziektedag vorige periode", kolom: 3, letter: "C", reden: "onbekend", bedoeldeU: ["Eerste ziektedag"] },
      { kop: "Probleemanalyse afgerond door arbo", kolom: 4, letter: "D", reden: "onbekend", bedoeldeU: ["Probleemanalyse", "Ziekmelding arbodienst"] },
      { kop: "Diagnose probleemanalyse", kolom: 5, letter: "E", reden: "privacy", bedoeldeU: [] },
    ]);
    expect(nietGebruiktRegel(r.nietGebruikt)).toBe(
      'Niet gebruikte kolommen: "Eerste ziektedag vorige periode" (C, niet herkend; bedoelde u "Eerste ziektedag"?), ' +
        '"Probleemanalyse afgerond door arbo" (D, niet herkend; bedoelde u "Probleemanalyse" of "Ziekmelding arbodienst"?), ' +
        '"Diagnose probleemanalyse" (E, medische gegevens, nooit gelezen).',
    );
  });
  test("zonder eerste ziektedag: niet te beoordelen, met de kolom die bedoeld kan zijn", () => {
    const r = lees([["Naam", "Eerste ziektedag vorige periode", "PA"], ["Jan", s("2026-01-05"), ""]]);
    expect(r.dossiers).toEqual([]);
    expect(r.nietTeBeoordelen).toMatch(/Bedoelde u kolom "Eerste ziektedag vorige periode" \(B\)\? Geef die kolom dan de kop "Eerste ziektedag"\./);
  });
});

describe("de inhoud van datumkolommen", () => {
  const kop = ["Naam", "Ziekmelding", "Arbodienst", "Melding arbo", "PA"];
  const rijen: Cel[][] = [
    ["Anna", s("2026-01-05"), "ArboNed", s("2026-01-06"), s("2026-02-10")],
    ["Bert", s("2026-02-02"), "ArboNed", s("2026-02-03"), "n.v.t."],
    ["Cor", s("2026-03-02"), "Zorg van de Zaak", s("2026-03-03"), "volgt"],
  ];
  test("een arbodienstkolom met namen wordt niet gebruikt; de kolom met datums wel", () => {
    const r = lees([kop, ...rijen], { blad: "Verzuim 2026" });
    const arbo = r.kolommen.find((k) => k.veld === "arbo");
    expect(arbo?.kop).toBe("Melding arbo");
    const p = r.problemen.find((x) => x.code === "KOLOM_GEEN_DATUMS")!;
    expect(p).toMatchObject({ ernst: "waarschuwing", kolom: "Arbodienst", kolomLetter: "C", veld: "arbo" });
    expect(p.melding).toBe(
      'De kolom "Arbodienst" (C) op blad "Verzuim 2026" bevat geen datums maar tekst (3 van de 3 gevulde cellen, bijvoorbeeld in rij 2); niet gebruikt als Ziekmelding arbodienst. ' +
        "Zet de datum waarop de stap gedaan is in een eigen kolom (of n.v.t. als de stap niet hoeft); tot dan is deze stap onbekend.",
    );
    // De tekst in de cellen komt nooit in een melding (AVG: vrije tekst kan medisch zijn).
    expect(JSON.stringify(r.problemen)).not.toMatch(/ArboNed|Zorg van de Zaak/);
    expect(r.nietGebruikt).toContainEqual({ kop: "Arbodienst", kolom: 3, letter: "C", reden: "geen-datums", bedoeldeU: ["Ziekmelding arbodienst"] });
    // PA met datums, n.v.t. en "volgt" is een gewone datumkolom.
    expect(r.kolommen.some((k) => k.veld === "pa")).toBe(true);
  });
  test("zonder andere arbokolom is de stap onbekend, niet te laat", () => {
    const r = lees([kop.slice(0, 3), ...rijen.map((x) => x.slice(0, 3))]);
    expect(r.ontbrekend).toContain("arbo");
    expect(r.dossiers[0].invoer.gedaan?.ARBO).toBeUndefined();
  });
  test("getallen en ja/nee in een stapkolom", () => {
    const k1 = keurDatumkolom([["PA"], [3], [4], [s("2026-01-01")]], 0, 1, "1900", true);
    expect(k1).toMatchObject({ bruikbaar: false, soort: "getallen", anders: 2, gevuld: 3, voorbeeldGetal: 3 });
    const k2 = keurDatumkolom([["PA"], ["ja"], ["x"], [true], [s("2026-01-01")]], 0, 1, "1900", true);
    expect(k2).toMatchObject({ bruikbaar: false, soort: "janee", anders: 3 });
  });
  test("één verkeerde cel is een tikfout in de cel, geen verkeerde kolom", () => {
    expect(keurDatumkolom([["PA"], ["ArboNed"]], 0, 1, "1900", true).bruikbaar).toBe(true);
    expect(keurDatumkolom([["PA"], ["onzin"], ["onzin"], [s("2026-01-01")], [s("2026-01-02")]], 0, 1, "1900", true).bruikbaar).toBe(true);
  });
  test("tekstdatums, foutwaarden en een onmogelijke datum tellen als datum", () => {
    const k = keurDatumkolom([["PA"], ["3-3-2026"], ["3 maart 2026"], ["31-02-2026"], ["#N/A"], ["?"]], 0, 1, "1900", true);
    expect(k).toMatchObject({ bruikbaar: true, anders: 0, gevuld: 4 });
  });
  test("een eerste-ziektedagkolom zonder datums: niet te beoordelen, met de reden", () => {
    const r = lees([["Naam", "Ziek", "PA"], ["Jan", "ja", ""], ["Piet", "ja", ""], ["Kees", "nee", ""]]);
    expect(r.dossiers).toHaveLength(0);
    expect(r.nietTeBeoordelen).toMatch(/^Niet te beoordelen: de kolom "Ziek" \(B\) bevat geen datums\./);
    expect(r.problemen.find((p) => p.code === "KOLOM_GEEN_DATUMS")?.ernst).toBe("fout");
  });
});

describe("voornaam en achternaam", () => {
  test("samen de werknemer; perioden van één persoon worden samengeteld", () => {
    const r = lees([
      ["Voornaam", "Tussenvoegsel", "Achternaam", "Datum ziek", "Beter gemeld"],
      ["Jan", "de", "Vries", s("2026-01-05"), s("2026-01-20")],
      ["Jan", "de", "Vries", s("2026-02-02"), ""],
      ["Jan", "", "Bakker", s("2026-02-02"), ""],
    ]);
    expect(r.problemen.filter((p) => p.code === "KOLOM_ONTBREEKT")).toEqual([]);
    expect(r.kolommen.find((k) => k.veld === "werknemer")).toMatchObject({ kop: "Voornaam + Tussenvoegsel + Achternaam", letter: "C" });
    expect(r.dossiers.map((x) => [x.werknemer, x.rijen])).toEqual([
      ["Jan de Vries", [2, 3]],
      ["Jan Bakker", [4]],
    ]);
  });
  test("alleen een voornaam is geen werknemer: gemeld en niet gebruikt", () => {
    const r = lees([["Voornaam", "Eerste ziektedag", "PA"], ["Jan", s("2026-01-05"), ""]]);
    expect(r.problemen.some((p) => p.code === "KOLOM_ONTBREEKT" && p.veld === "werknemer")).toBe(true);
    expect(r.nietGebruikt.map((n) => n.kop)).toEqual(["Voornaam"]);
  });
});

describe("niet te beoordelen", () => {
  test("een kopregel zonder eerste ziektedag: de reden noemt de koppen en wat bedoeld kan zijn", () => {
    const r = lees([["Naam", "Ziekt", "PA", "Opmerking"], ["Jan", s("2026-01-05"), "", ""]]);
    expect(r.nietTeBeoordelen).toBe(
      'Niet te beoordelen: er is geen kolom "Eerste ziektedag" herkend. Bedoelde u kolom "Ziekt" (B)? Geef die kolom dan de kop "Eerste ziektedag". Gezien: "Naam", "Ziekt", "PA", "Opmerking".',
    );
  });
  test("een blad zonder herkende kopregel: de koppen die er wel staan", () => {
    expect(leesRegister([["Overzicht ziekte"], [], ["Voornaam", "Achternaam", "Begin", "Einde"], ["Jan", "Vries", s("2026-01-05"), ""]])).toBeNull();
    expect(kandidaatKoppen([["Overzicht ziekte"], [], ["Voornaam", "Achternaam", "Begin", "Einde"], ["Jan", "Vries", s("2026-01-05"), ""]])).toEqual({
      rij: 2,
      koppen: ["Voornaam", "Achternaam", "Begin", "Einde"],
    });
    expect(kandidaatKoppen([[1, 2], [3, 4]])).toBeNull();
  });
  test("een titel met een bekende kop erin ('bedoelde u …?') wint niet van de koppen eronder", () => {
    const rijen = [["Overzicht eerste ziektedag per medewerker"], ["Wie", "Dag 1", "Begin"], ["Jan", s("2026-01-05"), s("2026-01-05")]];
    expect(herkenKopTolerant("Overzicht eerste ziektedag per medewerker").soort).toBe("voorstel");
    expect(kandidaatKoppen(rijen)).toEqual({ rij: 1, koppen: ["Wie", "Dag 1", "Begin"] });
  });
});

describe("uitleg voor scanner en taakvenster", () => {
  test("niet gebruikte kolommen in één regel", () => {
    const r = lees([["Naam", "Eerste ziektedag", "Abro", "Opmerking", "Diagnose"], ["Jan", s("2026-01-05"), "", "", ""]]);
    expect(nietGebruiktRegel(r.nietGebruikt)).toBe(
      'Niet gebruikte kolommen: "Abro" (C, niet herkend; bedoelde u "Ziekmelding arbodienst"?), "Opmerking" (D, niet herkend), "Diagnose" (E, medische gegevens, nooit gelezen).',
    );
    expect(nietGebruiktRegel([])).toBeNull();
  });
  test("een werkmap zonder register: per blad de koppen, met bedoelde u", () => {
    const t = geenRegisterTekst([
      { blad: "Verzuim", koppen: ["Naaam", "Begin", "Eerste ziektdg"] },
      { blad: "Leeg", koppen: [] },
    ]);
    expect(t).toMatch(/^Niet te beoordelen: geen verzuimregister herkend\. Nodig is een kolom "Eerste ziektedag"/);
    expect(t).toMatch(/Blad "Verzuim": "Naaam" \(bedoelde u "Werknemer"\?\), "Begin" \(bedoelde u "Eerste ziektedag"\?\), "Eerste ziektdg" \(gelezen als "Eerste ziektedag"\)\. Staan uw gegevens/);
    // De uitweg: de kolommen zelf koppelen, in het taakvenster of met --kolommen.
    expect(t).toMatch(/kunt u zelf aangeven welke kolom wat is: in het taakvenster in Excel, of met --kolommen bij de scanner\.$/);
    expect(geenRegisterTekst([])).toMatch(/De werkmap bevat geen koppen/);
    expect(geenRegisterTekst([])).not.toMatch(/--kolommen/);
  });
});

describe("docs/kolommen.md", () => {
  test("de tabel noemt elk synoniem van elke kolom", () => {
    const tekst = readFileSync(path.join(__dirname, "../../docs/kolommen.md"), "utf8");
    for (const k of TEMPLATE_KOLOMMEN) {
      const regel = tekst.split("\n").find((r) => r.startsWith(`| ${k.kop} |`));
      expect([k.kop, regel !== undefined]).toEqual([k.kop, true]);
      for (const syn of synoniemenVan(k.veld)) expect([k.kop, regel!.includes(syn)]).toEqual([k.kop, true]);
    }
  });
});

describe("een personeelslijst is geen register", () => {
  test("alleen naam, nummer en afdeling: geen register (niet 'niet te beoordelen')", () => {
    expect(leesRegister([["Naam", "Personeelsnummer", "Afdeling", "Telefoon"], ["Jan", "1", "Winkel", "06"]])).toBeNull();
  });
  test("met iets dat op een datumkolom lijkt wel: dan is het niet te beoordelen, met de reden", () => {
    expect(lees([["Naam", "Afdeling", "Begindatum"], ["Jan", "Winkel", s("2026-01-05")]]).nietTeBeoordelen).toMatch(/Bedoelde u kolom "Begindatum" \(C\)\?/);
    expect(lees([["Naam", "PA"], ["Jan", ""]]).nietTeBeoordelen).toMatch(/^Niet te beoordelen: er is geen kolom "Eerste ziektedag" herkend\./);
  });
  test("een bekende kop met woorden erbij maakt er alleen een register van als hij op de eerste ziektedag wijst", () => {
    // Een personeelslijst naast het verzuimregister: "Evaluatie functioneren" is geen verzuimstap (wel "bedoelde u"
    // als het blad een register is), en het blad wordt niet "niet te beoordelen".
    expect(leesRegister([["Naam", "Personeelsnummer", "Afdeling", "Evaluatie functioneren"], ["Jan", "1", "Winkel", s("2026-03-01")]])).toBeNull();
    expect(lees([["Naam", "Afdeling", "Eerste ziektedag vorige periode"], ["Jan", "Winkel", s("2026-01-05")]]).nietTeBeoordelen).toMatch(
      /Bedoelde u kolom "Eerste ziektedag vorige periode" \(C\)\?/,
    );
  });
  test("... en er datums onder staan: een telling, contactlijst of verlofblad naast het register blijft erbuiten", () => {
    // Gevonden met werkmappen (openpyxl) met een register en een tweede blad: sinds e799f59 werd zo'n blad een
    // register dat 'niet te beoordelen' was (exitcode 6 met --streng), met "bedoelde u kolom "Ziek 2025"?".
    expect(leesRegister([["Naam", "Afdeling", "Ziek 2025", "Ziek 2026"], ["Jan", "Winkel", 12, 30], ["Piet", "Kantoor", 0, 4]])).toBeNull();
    expect(leesRegister([["Naam", "Afdeling", "Telefoon", "Ziekmelding bij leidinggevende"], ["Jan", "Winkel", "06-1", "K. Smit"]])).toBeNull();
    expect(leesRegister([["Naam", "Afdeling", "Ziekmelding tijdstip", "Ziek tijdens vakantie"], ["Jan", "Winkel", "voor 8:00", "ja"]])).toBeNull();
    // Een lege kolom op een ingevulde lijst zegt evenmin iets.
    expect(leesRegister([["Medewerker", "Afdeling", "Ziek tijdens vakantie"], ["Jan", "Winkel", ""], ["Piet", "Kantoor", null]])).toBeNull();
    // Zonder gegevens (een leeg sjabloon) of met datums blijft het voorstel.
    expect(lees([["Naam", "Afdeling", "Eerste ziektedag vorige periode"]]).nietTeBeoordelen).toMatch(/Bedoelde u kolom "Eerste ziektedag vorige periode" \(C\)\?/);
    expect(lees([["Naam", "Afdeling", "Ziek 2026"], ["Jan", "Winkel", s("2026-01-05")]]).nietTeBeoordelen).toMatch(/Bedoelde u kolom "Ziek 2026" \(C\)\?/);
  });
});

describe("een bekende kop met woorden erbij stelt een datumkolom alleen voor als er datums onder staan", () => {
  const reg = lees([
    ["Naam", "Eerste ziektedag", "Ziekmelding door", "Betermelding door", "Arbodienst contactpersoon", "Verwachte hersteldatum", "Plan van aanpak versie 2", "Medewerker afdeling"],
    ["Jan", s("2026-09-01"), "K. Smit", "", "mw. Dekker", s("2026-12-01"), s("2026-10-20"), "Winkel"],
    ["Piet", s("2026-10-01"), "K. Smit", "K. Smit", "mw. Dekker", "", "", "Kantoor"],
  ]);
  const bedoeld = (kop: string) => reg.nietGebruikt.find((n) => n.kop === kop)?.bedoeldeU;
  test("namen onder de kop: geen 'bedoelde u' (ook niet vooraf gekozen in het taakvenster)", () => {
    expect(bedoeld("Ziekmelding door")).toEqual([]);
    expect(bedoeld("Betermelding door")).toEqual([]);
    expect(bedoeld("Arbodienst contactpersoon")).toEqual([]);
  });
  test("datums onder de kop, of een tekstkolom: het voorstel blijft", () => {
    expect(bedoeld("Verwachte hersteldatum")).toEqual(["Hersteldatum"]);
    expect(bedoeld("Plan van aanpak versie 2")).toEqual(["Plan van aanpak"]);
    expect(bedoeld("Medewerker afdeling")).toEqual(["Werknemer", "Afdeling"]);
  });
});

describe("een bekende kop met een woord erbij is geen tikfout", () => {
  test.each(["Ziekmelding nr", "Ziekmelding ID", "Probleemanalyse s"])("%s: alleen 'bedoelde u …?'", (kop) => {
    const h = herkenKopTolerant(kop);
    expect(h.soort).toBe("voorstel");
  });
  test("een kolom met nummers van ziekmeldingen naast de eerste ziektedag: de echte kolom wordt gelezen", () => {
    // 45001 is ook een geldig serienummer (16-3-2023): als tikfout van "Ziekmelding" won deze kolom (eerste) van
    // "Eerste ziektedag", en kreeg Karin week 193 in plaats van week 13.
    const r = lees([
      ["Ziekmelding nr", "Naam", "Eerste ziektedag"],
      [45001, "Karin Bos", s("2026-09-01")],
      [45002, "Tom Jansen", s("2026-10-01")],
    ]);
    expect(r.kolommen.find((k) => k.veld === "eersteZiektedag")?.kop).toBe("Eerste ziektedag");
    expect(r.problemen.map((p) => p.code)).not.toContain("KOP_TIKFOUT");
    expect(r.nietGebruikt.find((n) => n.kop === "Ziekmelding nr")?.reden).toBe("onbekend");
  });
  test("een echte tikfout blijft een tikfout", () => {
    expect(herkenKopTolerant("Eerste ziektdag")).toEqual({ soort: "tikfout", veld: "eersteZiektedag", afstand: 1 });
    expect(herkenKopTolerant("Ziekmeldng")).toEqual({ soort: "tikfout", veld: "eersteZiektedag", afstand: 1 });
  });
});
