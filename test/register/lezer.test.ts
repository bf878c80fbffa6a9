import { formatISO, naarExcelSerienummer } from "../../src/core/dagen";
import { plekVan } from "../../src/core/dossier";
import { berekenTijdlijn } from "../../src/core/tijdlijn";
import {
  TEMPLATE_KOLOMMEN,
  herkenKop,
  isPrivacyKop,
  leesRegister,
  leesRij,
  plaatsProbleem,
  vindKoprij,
  MIJLPAAL_VELD,
  type Cel,
  type Register,
  type Veld,
} from "../../src/core/register";
import type { MijlpaalCode } from "../../src/core/mijlpalen";
import { DUBBELZINNIGE_SYNONIEMEN } from "../../src/core/register/kolommen";
import { d } from "../helpers";

const s = (iso: string) => naarExcelSerienummer(d(iso));

function lees(waarden: Cel[][], opties = {}): Register {
  const r = leesRegister(waarden, opties);
  if (!r) throw new Error("geen register herkend");
  return r;
}

describe("koppen herkennen", () => {
  test("geen synoniem hoort bij twee velden", () => {
    expect(DUBBELZINNIGE_SYNONIEMEN).toEqual([]);
  });
  test("elke sjabloonkop wordt zijn eigen veld", () => {
    for (const k of TEMPLATE_KOLOMMEN) expect([k.kop, herkenKop(k.kop)]).toEqual([k.kop, k.veld]);
  });
  test.each([
    ["Naam", "werknemer"],
    ["  NAAM  ", "werknemer"],
    ["Pers.nr.", "personeelsnummer"],
    ["Ziekmelding", "eersteZiektedag"],
    ["Datum ziekmelding", "eersteZiektedag"],
    ["1e ziektedag", "eersteZiektedag"],
    ["Eerste Ziektedag (dd-mm-jjjj)", "eersteZiektedag"],
    ["Hersteld per", "hersteldatum"],
    ["Betermelding", "hersteldatum"],
    ["Datum PA", "pa"],
    ["P.A.", "pa"],
    ["PvA opgesteld op", "pva"],
    ["Bijstelling PvA", "laatsteEvaluatie"],
    ["Ziekmelding UWV", "uwv42"],
    ["42-wekenmelding", "uwv42"],
    ["42e weeksmelding", "uwv42"],
    ["EJE", "eje"],
    ["Spoor 2", "startSpoor2"],
    ["Tweede spoor", "startSpoor2"],
    ["Ziekmelding arbodienst", "arbo"],
    ["AO", "ao"],
    ["Éindevaluatie", "eindevaluatie"],
    ["WIA-aanvraag", "wiaAanvraag"],
    ["Vrijwillige verlenging (weken)", "vrijwilligeVerlengingWeken"],
    ["Loonsanctie tot", "loonsanctieTot"],
    ["Bevredigend resultaat", "bevredigendResultaat"],
    ["Andere oorzaak na verlof", "andereOorzaakNaVerlof"],
    ["Uit dienst per", "uitDienstPer"],
    ["Datum uit dienst", "uitDienstPer"],
    ["Vervroegde IVA aangevraagd", "ivaAanvraag"],
    ["IVA toegekend", "ivaToegekend"],
    ["Afdeling", "afdeling"],
    ["Opmerkingen", null],
  ])("%s → %s", (kop, veld) => {
    expect(herkenKop(kop)).toBe(veld);
  });
  test.each([
    ["Diagnose", true],
    ["Klachten", true],
    ["Ziekteoorzaak", true],
    ["Reden verzuim", true],
    ["Ziekte", true],
    ["Medische gegevens", true],
    ["Eerste ziektedag", false],
    ["Reden geen spoor 2", false],
    ["Andere oorzaak na verlof", false], // ja/nee-oordeel van de bedrijfsarts, geen oorzaak
    ["Oorzaak na verlof", true],
    // Gevonden bij het proberen als nieuwe gebruiker: een HR-export met "Afwezigheidsreden".
    ["Afwezigheidsreden", true],
    ["Reden van verzuim", true],
    ["Reden", true],
    ["Reden uit dienst", false],
    ["Werknemer", false],
  ])("privacykop %s → %s", (kop, verwacht) => {
    expect(isPrivacyKop(kop)).toBe(verwacht);
  });
});

describe("de kopregel vinden", () => {
  test("onder een titel en een lege regel", () => {
    const w: Cel[][] = [["Verzuimregister 2026", null, null], [null, null, null], ["Naam", "Ziekmelding", "PA"], ["Jan", s("2026-01-05"), ""]];
    expect(vindKoprij(w)).toBe(2);
    const r = lees(w, { rijOffset: 3 });
    expect([r.koprij, r.eersteRij, r.laatsteRij]).toEqual([5, 6, 6]);
    expect(r.dossiers).toHaveLength(1);
    expect(r.dossiers[0].rijen).toEqual([6]);
  });
  test("geen register: null", () => {
    expect(leesRegister([["Omzet", "Kosten"], [1, 2]])).toBeNull();
    expect(leesRegister([])).toBeNull();
  });
  test("verplichte kolom ontbreekt: probleem, geen dossiers", () => {
    const r = lees([["Naam", "PA", "PvA"], ["Jan", s("2026-01-05"), ""]]);
    expect(r.dossiers).toEqual([]);
    expect(r.problemen.map((p) => p.code)).toEqual(["KOLOM_ONTBREEKT"]);
  });
  test("kolomOffset geeft letters en kolomnummers", () => {
    const r = lees([["Naam", "Ziekmelding", "Hersteld"], ["Jan", s("2026-01-05"), "31-02-2026"]], { kolomOffset: 3, rijOffset: 4 });
    expect(r.kolommen.map((k) => `${k.veld}:${k.kolom}:${k.letter}`)).toEqual(["werknemer:3:C", "eersteZiektedag:4:D", "hersteldatum:5:E"]);
    expect(r.problemen).toEqual([
      expect.objectContaining({ code: "ONMOGELIJKE_DATUM", rij: 5, kolom: "Hersteld", kolomLetter: "E", melding: '"31-02-2026" bestaat niet als datum.' }),
    ]);
  });
  test("ontbrekende optionele kolommen staan in ontbrekend en blijven undefined in het dossier", () => {
    const r = lees([["Naam", "Ziekmelding", "PA"], ["Jan", s("2026-01-05"), ""]]);
    expect(r.ontbrekend).toContain("pva");
    expect(r.ontbrekend).not.toContain("pa");
    const dos = r.dossiers[0];
    expect(dos.invoer.gedaan).toEqual({ PA: null });
    expect(dos.invoer.hersteldatum).toBeUndefined();
    expect(dos.gegevens.persoonsprofiel).toBeUndefined();
  });
});

describe("cellen", () => {
  const kop: Cel[] = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "PA", "Persoonsprofiel", "Vrijwillige verlenging", "Evaluaties"];
  test.each<[string, Cel, string | null]>([
    ["serienummer", s("2026-03-03"), "2026-03-03"],
    ["serienummer met tijd", s("2026-03-03") + 0.75, "2026-03-03"],
    ["Date (UTC middernacht)", new Date(Date.UTC(2026, 2, 3)), "2026-03-03"],
    ["tekst 3-3-2026", "3-3-2026", "2026-03-03"],
    ["tekst 03-03-2026", "03-03-2026", "2026-03-03"],
    ["tekst 3 maart 2026", "3 maart 2026", "2026-03-03"],
    ["ISO", "2026-03-03", "2026-03-03"],
    ["leeg ''", "", null],
    ["leeg null", null, null],
    ["leeg 0", 0, null],
    ["spaties", "   ", null],
  ])("PA-datum als %s", (_naam, cel, verwacht) => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", cel, "", "", ""]]);
    expect(r.problemen).toEqual([]);
    const pa = r.dossiers[0].invoer.gedaan!.PA;
    expect(pa === null || pa === undefined ? null : formatISO(pa)).toBe(verwacht);
  });

  test("1904-systeem: serienummer 0 is leeg, 44000 is 4 jaar later dan in 1900", () => {
    const r = lees([kop, ["Jan", 44000, "", 0, "", "", ""]], { datumsysteem: "1904" });
    expect(formatISO(r.dossiers[0].invoer.eersteZiektedag)).toBe(formatISO(44000 + 1462));
    expect(r.dossiers[0].invoer.gedaan!.PA).toBeNull();
  });

  test.each<[string, Cel, string, RegExp]>([
    ["#N/A", "#N/A", "FOUTWAARDE", /foutwaarde #N\/B/],
    ["#WAARDE!", "#WAARDE!", "FOUTWAARDE", /foutwaarde #WAARDE!/],
    ["boolean", true, "GEEN_DATUM", /WAAR is geen datum/],
    ["31-02-2026", "31-02-2026", "ONMOGELIJKE_DATUM", /bestaat niet als datum/],
    ["negatief", -5, "DATUM_1900", /vóór het jaar 1900/],
    ["te groot", 1e12, "DATUM_BEREIK", /te groot/],
    ["klein getal", 12, "DATUM_1900", /getal in plaats van een datum/],
    ["getal 1901", 400, "DATUM_BEREIK", /03-02-1901 ligt niet tussen 1980 en 2100/],
    ["jaar 2202", "3-3-2202", "DATUM_BEREIK", /03-03-2202 ligt niet tussen 1980 en 2100: waarschijnlijk een tikfout\./],
    ["onzin", "gisteren", "GEEN_DATUM", /geen datum/],
    ["NaN", NaN, "GEEN_DATUM", /geen datum/],
    ["ongeldige Date", new Date("x"), "GEEN_DATUM", /Ongeldige datum/],
  ])("slechte PA-cel %s → probleem met rij en kolom; de rij gaat door", (_n, cel, code, melding) => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", cel, "", "", ""], ["Piet", s("2026-02-02"), "", "", "", "", ""]]);
    expect(r.dossiers).toHaveLength(2);
    expect(r.dossiers[0].invoer.gedaan!.PA).toBeNull();
    expect(r.problemen).toHaveLength(1);
    expect(r.problemen[0]).toMatchObject({ code, rij: 2, kolom: "PA", kolomLetter: "D", veld: "pa", ernst: "fout" });
    expect(r.problemen[0].melding).toMatch(melding);
  });

  test("slechte eerste ziektedag: rij overgeslagen met probleem", () => {
    const r = lees([kop, ["Jan", "#N/A", "", "", "", "", ""], ["Piet", "", "", s("2026-03-01"), "", "", ""], ["Kees", s("2026-01-05")]]);
    expect(r.dossiers.map((x) => x.werknemer)).toEqual(["Kees"]);
    expect(r.problemen.map((p) => [p.rij, p.code, p.kolom])).toEqual([
      [2, "FOUTWAARDE", "Eerste ziektedag"],
      [3, "GEEN_EERSTE_ZIEKTEDAG", "Eerste ziektedag"],
    ]);
    expect(r.problemen[0].melding).toMatch(/de rij is overgeslagen/);
  });

  test("hersteldatum vóór de eerste ziektedag: probleem, genegeerd", () => {
    const r = lees([kop, ["Jan", s("2026-03-10"), s("2026-03-01"), "", "", "", ""]]);
    expect(r.dossiers[0].invoer.hersteldatum).toBeNull();
    expect(r.problemen[0]).toMatchObject({ code: "HERSTEL_VOOR_ZIEKTE", rij: 2, kolom: "Hersteldatum", kolomLetter: "C" });
    expect(r.problemen[0].melding).toBe("De hersteldatum 01-03-2026 ligt niet na de eerste ziektedag 10-03-2026; de hersteldatum is genegeerd.");
  });

  test.each<[Cel, boolean | null]>([
    ["ja", true],
    ["Nee", false],
    ["x", true],
    ["X", true],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["WAAR", true],
    ["", null],
    [null, null],
    ["12-05-2026", true],
  ])("ja/nee %p → %p", (cel, verwacht) => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", "", cel, "", ""]]);
    expect(r.problemen).toEqual([]);
    expect(r.dossiers[0].gegevens.persoonsprofiel).toBe(verwacht);
  });

  test("ja/nee: onzin is een probleem", () => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", "", "misschien", "", ""]]);
    expect(r.problemen[0]).toMatchObject({ code: "GEEN_JA_NEE", kolom: "Persoonsprofiel" });
  });

  test.each<[Cel, number | null, string | null]>([
    [13, 13, null],
    ["13", 13, null],
    ["26 weken", 26, null],
    [0, null, null],
    ["", null, null],
    [13.5, null, "GEEN_WEKEN"],
    [-13, null, "GEEN_WEKEN"],
    ["dertien", null, "GEEN_WEKEN"],
    [100000, null, "WEKEN_BEREIK"],
  ])("verlenging %p → %p", (cel, verwacht, code) => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", "", "", cel, ""]]);
    expect(r.problemen.map((p) => p.code)).toEqual(code ? [code] : []);
    expect(r.dossiers[0].invoer.vrijwilligeVerlengingWeken).toBe(verwacht);
  });

  test("evaluaties: meerdere datums gescheiden door ; , en regeleinde; de laatste is EVAL", () => {
    const r = lees([kop, ["Jan", s("2026-01-05"), "", "", "", "", "1-4-2026; 12-05-2026,\n2026-03-01"]]);
    expect(r.problemen).toEqual([]);
    expect(r.dossiers[0].gegevens.evaluaties!.map(formatISO)).toEqual(["2026-03-01", "2026-04-01", "2026-05-12"]);
    expect(formatISO(r.dossiers[0].invoer.gedaan!.EVAL!)).toBe("2026-05-12");
  });
});

describe("privacy", () => {
  test("een kolom Diagnose wordt gemeld en nooit gelezen", () => {
    const r = lees([["Naam", "Diagnose", "Ziekmelding"], ["Jan", "#N/A", s("2026-01-05")]], { rijOffset: 3 });
    expect(r.problemen).toHaveLength(1);
    expect(r.problemen[0]).toMatchObject({ code: "PRIVACY_KOLOM", ernst: "waarschuwing", rij: 3, kolom: "Diagnose", kolomLetter: "B" });
    expect(r.problemen[0].melding).toMatch(/AVG/);
    expect(JSON.stringify(r.dossiers)).not.toContain("#N/A");
    expect(r.kolommen.map((k) => k.kop)).toEqual(["Naam", "Ziekmelding"]);
  });
});

describe("uitzondering spoor 2 en WAZO", () => {
  const kop: Cel[] = ["Naam", "Ziekmelding", "Uitzondering spoor 2", "WAZO van", "WAZO tot"];
  test.each<[string, string | null, string | null]>([
    ["Concreet perspectief op terugkeer", "perspectief", null],
    ["marginale mogelijkheden", "marginaal", null],
    ["AOW binnen een jaar", "aow", null],
    ["nee", null, null],
    ["iets anders", null, "UITZONDERING_ONBEKEND"],
  ])("%s → %s", (tekst, verwacht, code) => {
    const r = lees([kop, ["Jan", s("2025-06-02"), tekst, "", ""]]);
    expect(r.dossiers[0].invoer.spoor2Uitzondering).toBe(verwacht);
    expect(r.dossiers[0].gegevens.uitzonderingSpoor2Tekst).toBe(tekst);
    expect(r.problemen.map((p) => p.code)).toEqual(code ? [code] : []);
  });
  test("WAZO van/tot → invoer.wazo; omgekeerd of half ingevuld is een probleem", () => {
    const r = lees([
      kop,
      ["Jan", s("2026-01-05"), "", s("2026-03-02"), s("2026-06-21")],
      ["Piet", s("2026-01-05"), "", s("2026-06-21"), s("2026-03-02")],
      ["Kees", s("2026-01-05"), "", s("2026-03-02"), ""],
    ]);
    expect(r.dossiers[0].invoer.wazo).toEqual([{ van: d("2026-03-02"), tot: d("2026-06-21") }]);
    expect(r.dossiers[1].invoer.wazo).toEqual([]);
    expect(r.problemen.map((p) => [p.rij, p.code, p.kolom])).toEqual([
      [3, "DATUMS_OMGEKEERD", "WAZO tot"],
      [4, "WAZO_ONVOLLEDIG", "WAZO tot"],
    ]);
  });
});

describe("groeperen en samentellen", () => {
  const kop: Cel[] = ["Naam", "Personeelsnummer", "Ziekmelding", "Hersteld", "PA", "42e-weeksmelding"];
  test("gat van 21 dagen: één dossier met de eerdere periode; PA uit de eerdere rij", () => {
    const r = lees([
      kop,
      ["Jan", 101, s("2026-05-25"), "", "", ""],
      ["Jan", 101, s("2026-03-02"), s("2026-05-04"), s("2026-04-01"), ""],
    ]);
    expect(r.dossiers).toHaveLength(1);
    const x = r.dossiers[0];
    expect(x.rijen).toEqual([3, 2]);
    expect(formatISO(x.invoer.eersteZiektedag)).toBe("2026-05-25");
    expect(x.invoer.eerderePerioden).toEqual([{ eersteZiektedag: d("2026-03-02"), hersteldatum: d("2026-05-04") }]);
    expect(formatISO(x.invoer.gedaan!.PA!)).toBe("2026-04-01");
    expect(plekVan(x, "PA")).toEqual({ rij: 2, kolom: 5 });
    expect(plekVan(x, "UWV42")).toEqual({ rij: 2, kolom: 6 });
    const t = berekenTijdlijn(x.invoer, d("2026-11-25"));
    expect(t.ok && t.tijdlijn.samengeteldeDagen).toBe(21);
  });
  test.each([
    [27, 1],
    [28, 2],
  ])("gat van %i dagen → %i dossier(s)", (gat, aantal) => {
    const herstel = d("2026-03-02");
    const r = lees([kop, ["Jan", "", s("2026-01-05"), s("2026-03-02"), "", ""], ["Jan", "", naarExcelSerienummer(herstel + gat), "", "", ""]]);
    expect(r.dossiers).toHaveLength(aantal);
  });
  test("zelfde naam met andere spelling/hoofdletters groepeert; personeelsnummer gaat voor de naam", () => {
    const r = lees([
      kop,
      ["Jan de Vries", "", s("2026-01-05"), s("2026-02-01"), "", ""],
      ["jan de  vries", "", s("2026-02-10"), "", "", ""],
      ["Jan de Vries", 7, s("2026-02-10"), "", "", ""],
    ]);
    expect(r.dossiers.map((x) => x.rijen)).toEqual([[2, 3], [4]]);
  });
  test("dubbele rij wordt gemeld en één keer geteld", () => {
    const r = lees([kop, ["Jan", 1, s("2026-01-05"), "", "", ""], ["Piet", 2, s("2026-01-05"), "", "", ""], ["Jan", 1, s("2026-01-05"), "", "", ""]]);
    expect(r.dossiers).toHaveLength(2);
    expect(r.problemen.map((p) => [p.rij, p.code])).toEqual([[4, "DUBBELE_RIJ"]]);
    expect(r.problemen[0].melding).toMatch(/dubbele van rij 2/);
  });
});

describe("leesRij (aangepaste functies)", () => {
  test("sjabloonvolgorde zonder koppen", () => {
    const rij: Cel[] = ["Jan", "12", s("2026-01-05"), 0, 0, s("2026-02-10")];
    const r = leesRij(rij, null);
    expect(r.problemen).toEqual([]);
    expect(r.dossier!.werknemer).toBe("Jan");
    expect(r.dossier!.personeelsnummer).toBe("12");
    expect(formatISO(r.dossier!.invoer.gedaan!.PA!)).toBe("2026-02-10");
    expect(r.dossier!.invoer.gedaan!.ARBO).toBeNull();
  });
  test("met eigen koppen en een rijnummer", () => {
    const r = leesRij(["Jan", "31-02-2026"], ["Naam", "Ziekmelding"], { rijOffset: 9 });
    expect(r.dossier).toBeNull();
    expect(r.problemen[0]).toMatchObject({ code: "ONMOGELIJKE_DATUM", rij: 9, kolom: "Ziekmelding", kolomLetter: "B" });
  });
  test("lege rij", () => {
    expect(leesRij([], null).problemen.map((p) => p.code)).toEqual(["LEGE_RIJ"]);
  });
});

describe("plaatsProbleem", () => {
  test("een engineprobleem met veld PA komt op de PA-cel van de huidige rij", () => {
    const r = lees([["Naam", "Ziekmelding", "Probleemanalyse"], ["Jan", s("2026-03-10"), s("2026-03-01")]], { rijOffset: 5 });
    const x = r.dossiers[0];
    const t = berekenTijdlijn(x.invoer, d("2026-11-25"));
    if (!t.ok) throw new Error("geen tijdlijn");
    const p = t.tijdlijn.problemen.find((q) => q.code === "DATUM_VOOR_ZIEKTE")!;
    expect(plaatsProbleem(p, x, r)).toMatchObject({ rij: 6, kolom: "Probleemanalyse", kolomLetter: "C" });
  });
});

describe("elke mijlpaalkolom komt in invoer.gedaan onder zijn code (MIJLPAAL_VELD)", () => {
  const velden = Object.keys(MIJLPAAL_VELD) as Veld[];
  const koppen = ["Werknemer", "Eerste ziektedag", ...velden.map((v) => TEMPLATE_KOLOMMEN.find((k) => k.veld === v)!.kop)];
  const rij = ["A", d("2025-01-06"), ...velden.map((_, i) => d("2025-01-06") + 10 + i)];
  const x = leesRegister([koppen, rij])!.dossiers[0];
  test.each(velden.map((v, i) => [v, MIJLPAAL_VELD[v]!, i]))("%s → gedaan.%s", (_v, code, i) => {
    expect(x.invoer.gedaan?.[code as MijlpaalCode]).toBe(d("2025-01-06") + 10 + (i as number));
  });
});

describe("omgekeerde van/tot-datums", () => {
  test.each([
    ["arbeidstherapie", "Arbeidstherapie van", "Arbeidstherapie tot"],
    ["WAZO-verlof", "WAZO-verlof van", "WAZO-verlof tot"],
    ["geen benutbare mogelijkheden", "Geen benutbare mogelijkheden van", "Geen benutbare mogelijkheden tot"],
  ])("%s tot vóór van: probleem op de tot-kolom, beide genegeerd", (naam, van, tot) => {
    const reg = leesRegister([["Werknemer", "Eerste ziektedag", van, tot], ["A", d("2025-01-06"), d("2025-03-01"), d("2025-02-01")]])!;
    const p = reg.problemen.find((x) => x.code === "DATUMS_OMGEKEERD");
    expect(p).toMatchObject({ rij: 2, kolom: tot });
    expect(p?.melding.toLowerCase()).toContain(`${naam} tot 01-02-2025 ligt vóór ${naam} van 01-03-2025`.toLowerCase());
  });
});
