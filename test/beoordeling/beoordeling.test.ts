import { beoordeel, type Beoordeling } from "../../src/core/beoordeling";
import { formatISO, type Dag } from "../../src/core/dagen";
import type { DossierGegevens } from "../../src/core/dossier";
import { berekenTijdlijn, type DossierInvoer } from "../../src/core/tijdlijn";
import { d } from "../helpers";

/**
 * Basisdossier: ziek vanaf 03-03-2025 (WIA 09-11-2026 … 13-12-2026, AO/eindevaluatie uiterlijk 29-11-2026,
 * EWT 28-02-2027), alles op tijd, beoordeeld op 20-12-2026 (na de WIA-aanvraag).
 */
const D = d("2025-03-03");
const PVA = d("2025-04-10");
const EJE = d("2026-02-15");

function evaluatieLijst(van: Dag, tot: Dag, stap: number): Dag[] {
  const uit: Dag[] = [];
  for (let x = van + stap; x <= tot; x += stap) uit.push(x);
  return uit;
}

interface Geval {
  invoer: DossierInvoer & { gedaan: NonNullable<DossierInvoer["gedaan"]> };
  gegevens: DossierGegevens;
  peildatum: Dag;
}

function basis(): Geval {
  const peildatum = d("2026-12-20");
  const evaluaties = evaluatieLijst(PVA, peildatum, 40);
  return {
    peildatum,
    invoer: {
      eersteZiektedag: D,
      hersteldatum: null,
      gedaan: {
        ARBO: d("2025-03-04"),
        PA: d("2025-04-01"),
        PVA,
        EVAL: evaluaties[evaluaties.length - 1],
        UWV42: d("2025-12-15"),
        EJE,
        SPOOR2: d("2026-03-20"),
        AO: d("2026-11-20"),
        EINDEVAL: d("2026-11-25"),
        WIA: d("2026-12-01"),
      },
    },
    gegevens: {
      evaluaties,
      arbeidsdeskundigOnderzoek: d("2026-02-01"),
      reintegratieplanSpoor2: d("2026-03-25"),
      persoonsprofiel: true,
      zoekprofiel: true,
      rapportagemomenten: true,
      voortgangsrapportageSpoor2: d("2026-10-01"),
      eindrapportageSpoor2: d("2026-11-15"),
      visieWerknemer: true,
      bevredigendResultaat: null,
    },
  };
}

function run(g: Geval): Beoordeling {
  // Zoals de registerlezer (register/dossiers.ts): AOW-datum en belastbaarheid gaan ook naar de engine,
  // die het ene besluit over spoor 2 neemt.
  const invoer = { ...g.invoer, aowDatum: g.gegevens.aowDatum, belastbaarVanaf: g.gegevens.belastbaarVanaf, bevredigendResultaat: g.invoer.bevredigendResultaat ?? g.gegevens.bevredigendResultaat };
  const r = berekenTijdlijn(invoer, g.peildatum);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.melding).join("; "));
  return beoordeel(invoer, g.gegevens, r.tijdlijn);
}

function geval(wijzig: (g: Geval) => void): Beoordeling {
  const g = basis();
  wijzig(g);
  return run(g);
}

const codes = (b: Beoordeling) => b.bevindingen.map((x) => x.code);
const onderdeel = (b: Beoordeling, code: string) => b.riv.onderdelen.find((o) => o.code === code)?.status;

describe("RIV-toets in UWV's volgorde (domeinreferentie §4)", () => {
  test.each<[string, (g: Geval) => void, Beoordeling["riv"]["uitkomst"], string, Beoordeling["loonsanctie"]["risico"]]>([
    ["compleet en op tijd: akkoord", () => {}, "akkoord", "Akkoord: re-integratieverslag compleet en op tijd", "geen"],
    ["stap 1: bevredigend resultaat, dan telt niets anders (AO ontbreekt)", (g) => { g.gegevens.bevredigendResultaat = true; g.invoer.gedaan.AO = null; }, "akkoord", "Akkoord: bevredigend resultaat", "geen"],
    ["stap 1: bevredigend resultaat gaat ook vóór een niet gestart spoor 2", (g) => { g.gegevens.bevredigendResultaat = true; g.invoer.gedaan.SPOOR2 = null; }, "akkoord", "Akkoord: bevredigend resultaat", "geen"],
    ["bevredigend resultaat leeg: gewoon toetsen", (g) => { g.gegevens.bevredigendResultaat = null; g.invoer.gedaan.AO = null; }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel", "hoog"],
    ["stap 2: AO en eindevaluatie ontbreken", (g) => { g.invoer.gedaan.AO = null; g.invoer.gedaan.EINDEVAL = null; }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel, eindevaluatie", "hoog"],
    ["stap 2: probleemanalyse te laat gedaan", (g) => { g.invoer.gedaan.PA = d("2025-04-20"); }, "onvolledig", "Onvolledig: te laat: probleemanalyse", "middel"],
    ["stap 2: visie werknemer ontbreekt bij de aanvraag", (g) => { g.gegevens.visieWerknemer = false; }, "onvolledig", "Onvolledig: ontbreekt visie werknemer", "middel"],
    ["stap 2: zoekprofiel ontbreekt in het spoor-2-plan", (g) => { g.gegevens.zoekprofiel = false; }, "onvolledig", "Onvolledig: ontbreekt zoekprofiel", "middel"],
    ["stap 2: arbeidstherapie 60 dagen zonder onderbouwing", (g) => { g.gegevens.arbeidstherapieVan = d("2026-05-01"); g.gegevens.arbeidstherapieTot = d("2026-06-29"); g.gegevens.arbeidstherapieOnderbouwd = false; }, "risico", "Risico loonsanctie: arbeidstherapie 60 dagen zonder onderbouwing", "middel"],
    // Stap 4 kijkt naar het moment van de beoordeling (de peildatum 20-12-2026): nog ten minste 3 maanden, dus tot en met 19-03-2027.
    ["stap 4: niet herstelbaar (geen benutbare mogelijkheden, naar verwachting nog 3 maanden)", (g) => { g.invoer.gedaan.AO = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-12-01"); g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-03-19"); }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel", "laag"],
    ["stap 4: herstelbaar (naar verwachting één dag minder dan 3 maanden)", (g) => { g.invoer.gedaan.AO = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-12-01"); g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-03-18"); }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel", "hoog"],
    // Vroeger verlaagde een voorbije periode van 3 maanden het risico; UWV oordeelt op het moment van de beoordeling.
    ["stap 4: een voorbije periode van 3 maanden maakt niets onherstelbaar", (g) => { g.invoer.gedaan.AO = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-06-01"); g.gegevens.geenBenutbareMogelijkhedenTot = d("2026-08-31"); }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel", "hoog"],
    ["stap 4: lopende periode zonder einddatum: verwachting onbekend, risico blijft", (g) => { g.invoer.gedaan.AO = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-06-01"); g.gegevens.geenBenutbareMogelijkhedenTot = null; }, "onvolledig", "Onvolledig: ontbreekt actueel oordeel", "hoog"],
    ["kolom actueel oordeel ontbreekt: onbekend, nooit ontbreekt", (g) => { delete g.invoer.gedaan.AO; }, "onbekend", "Onbekend: geen gegevens over actueel oordeel", "laag"],
    ["vóór de WIA-fase, alles op tijd: nog niet aan de orde", (g) => { g.peildatum = d("2026-06-01"); }, "nog-niet-aan-de-orde", "Gepland: re-integratieverslag bij de WIA-aanvraag, vanaf 09-11-2026", "geen"],
    ["hersteld na een gemiste spoor-2-termijn: geen aanvraag, dus geen toets en geen risico", (g) => { g.invoer.hersteldatum = d("2026-06-01"); g.invoer.gedaan.WIA = null; g.invoer.gedaan.SPOOR2 = null; g.invoer.gedaan.AO = null; }, "nog-niet-aan-de-orde", "Niet nodig: hersteld per 01-06-2026, dus geen WIA-aanvraag en geen RIV-toets", "geen"],
    ["hersteld vóór de WIA-aanvraag: nog niet aan de orde, geen risico", (g) => { g.invoer.hersteldatum = d("2026-05-01"); g.invoer.gedaan.WIA = null; g.invoer.gedaan.AO = null; }, "nog-niet-aan-de-orde", "Niet nodig: hersteld per 01-05-2026, dus geen WIA-aanvraag en geen RIV-toets", "geen"],
  ])("%s", (_naam, wijzig, uitkomst, oordeel, risico) => {
    const b = geval(wijzig);
    expect(b.riv.uitkomst).toBe(uitkomst);
    expect(b.riv.oordeel).toBe(oordeel);
    expect(b.loonsanctie.risico).toBe(risico);
  });

  test("stap 3 en 4 worden genoemd bij een tekort; stap 4 staat als reden bovenaan", () => {
    const b = geval((g) => {
      g.invoer.gedaan.AO = null;
      g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-06-01");
      g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-06-30"); // verwacht einde volgens de bedrijfsarts
    });
    expect(codes(b)).toEqual(expect.arrayContaining(["DEUGDELIJKE_GROND", "NIET_HERSTELBAAR"]));
    expect(b.loonsanctie.redenen[0]).toBe("tekortkoming niet herstelbaar: geen benutbare mogelijkheden sinds 01-06-2026, naar verwachting tot en met 30-06-2027 (nog 3 maanden of langer)");
    expect(b.loonsanctie.redenen).toContain("actueel oordeel ontbreekt");
  });

  test("compleet dossier: geen bevindingen behalve informatie", () => {
    const b = geval(() => {});
    expect(b.bevindingen.filter((x) => x.ernst !== "info")).toEqual([]);
    expect(b.riv.onderdelen.every((o) => o.status === "aanwezig")).toBe(true);
  });
});

describe("RIV-onderdelen per stadium", () => {
  test.each<[string, (g: Geval) => void, string, string]>([
    ["week 2: probleemanalyse nog niet nodig", (g) => { g.peildatum = D + 10; }, "PA", "nog-niet-nodig"],
    ["week 8 zonder probleemanalyse: ontbreekt", (g) => { g.peildatum = D + 52; g.invoer.gedaan.PA = null; }, "PA", "ontbreekt"],
    ["week 40: eerstejaarsevaluatie nog niet nodig", (g) => { g.peildatum = D + 280; g.invoer.gedaan.EJE = null; }, "EJE", "nog-niet-nodig"],
    ["week 53 zonder EJE: ontbreekt", (g) => { g.peildatum = D + 365; g.invoer.gedaan.EJE = null; }, "EJE", "ontbreekt"],
    ["week 60: actueel oordeel nog niet nodig", (g) => { g.peildatum = D + 420; g.invoer.gedaan.AO = null; }, "AO", "nog-niet-nodig"],
    ["week 60: eindevaluatie nog niet nodig", (g) => { g.peildatum = D + 420; g.invoer.gedaan.EINDEVAL = null; }, "EINDEVAL", "nog-niet-nodig"],
    ["na week 91 zonder eindevaluatie: ontbreekt", (g) => { g.invoer.gedaan.EINDEVAL = null; }, "EINDEVAL", "ontbreekt"],
    ["EJE te laat gedaan (week 53)", (g) => { g.invoer.gedaan.EJE = D + 365; }, "EJE", "te-laat"],
    ["spoor-2-plan vóór de spoor-2-termijn: nog niet nodig", (g) => { g.peildatum = d("2026-03-01"); g.gegevens.reintegratieplanSpoor2 = null; }, "PLAN2", "nog-niet-nodig"],
    ["spoor-2-plan na de termijn leeg: ontbreekt", (g) => { g.gegevens.reintegratieplanSpoor2 = null; }, "PLAN2", "ontbreekt"],
    ["spoor-2-plan ontbreekt: persoonsprofiel ook", (g) => { g.gegevens.reintegratieplanSpoor2 = null; g.gegevens.persoonsprofiel = null; }, "PERSOONSPROFIEL", "ontbreekt"],
    ["kolom rapportagemomenten ontbreekt: onbekend", (g) => { delete g.gegevens.rapportagemomenten; }, "RAPPORTAGEMOMENTEN", "onbekend"],
    // Het arbeidsdeskundig rapport is geen vast RIV-onderdeel (UWV Professioneel kader): er is geen termijn, dus geen "te laat".
    ["arbeidsdeskundig rapport na de spoor-2-termijn: aanwezig, geen termijn", (g) => { g.gegevens.arbeidsdeskundigOnderzoek = d("2026-04-15"); }, "AD", "aanwezig"],
    ["geen arbeidsdeskundig rapport bij spoor 2: niet vereist", (g) => { g.gegevens.arbeidsdeskundigOnderzoek = null; }, "AD", "nvt"],
    ["geen kolom arbeidsdeskundig rapport: niet vereist, niet onbekend", (g) => { delete g.gegevens.arbeidsdeskundigOnderzoek; }, "AD", "nvt"],
    ["spoor 2 achterwege door perspectief bij de eigen werkgever: arbeidsdeskundig rapport nodig", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.arbeidsdeskundigOnderzoek = null; }, "AD", "ontbreekt"],
    ["eindrapportage spoor 2 vóór de aanvraag: nog niet nodig", (g) => { g.peildatum = d("2026-10-15"); g.gegevens.eindrapportageSpoor2 = null; }, "EIND2", "nog-niet-nodig"],
    ["voortgangsrapportage spoor 2 leeg bij de aanvraag: ontbreekt", (g) => { g.gegevens.voortgangsrapportageSpoor2 = null; }, "VOORTGANG2", "ontbreekt"],
    ["spoor-2-onderdelen n.v.t. bij uitzondering marginaal", (g) => { g.invoer.spoor2Uitzondering = "marginaal"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.reintegratieplanSpoor2 = null; }, "PLAN2", "nvt"],
    ["visie werknemer vóór de aanvraag: nog niet nodig", (g) => { g.peildatum = d("2026-11-01"); g.invoer.gedaan.WIA = null; g.gegevens.visieWerknemer = null; }, "VISIE", "nog-niet-nodig"],
    ["visie werknemer als datum: aanwezig", (g) => { g.gegevens.visieWerknemer = d("2026-11-28"); }, "VISIE", "aanwezig"],
    ["datum na de peildatum telt nog niet: ontbreekt", (g) => { g.gegevens.visieWerknemer = d("2027-01-05"); }, "VISIE", "ontbreekt"],
  ])("%s", (_naam, wijzig, code, status) => {
    expect(onderdeel(geval(wijzig), code)).toBe(status);
  });

  test("een vers dossier met een gemiste probleemanalyse: nog niet aan de orde, maar het tekort staat er al", () => {
    const b = geval((g) => {
      g.peildatum = D + 52;
      g.invoer.gedaan.PA = null;
    });
    expect(b.riv.uitkomst).toBe("nog-niet-aan-de-orde");
    expect(b.riv.oordeel).toBe("Gepland: re-integratieverslag bij de WIA-aanvraag, vanaf 09-11-2026; ontbreekt nu al: probleemanalyse");
    expect(codes(b)).toContain("RIV_PA_ONTBREEKT");
    expect(b.bevindingen.find((x) => x.code === "RIV_PA_ONTBREEKT")?.tekst).toBe("Probleemanalyse ontbreekt; uiterlijk was 13-04-2025.");
    expect(b.loonsanctie.risico).toBe("hoog");
  });

  test("alle kolommen weg (undefined): nergens 'ontbreekt'", () => {
    for (const P of [D + 10, D + 100, D + 400, D + 700, D + 900]) {
      const invoer: DossierInvoer = { eersteZiektedag: D, gedaan: {} };
      const r = berekenTijdlijn(invoer, P);
      if (!r.ok) throw new Error("tijdlijn");
      const b = beoordeel(invoer, {}, r.tijdlijn);
      expect(b.riv.onderdelen.filter((o) => o.status === "ontbreekt")).toEqual([]);
      expect(["nog-niet-aan-de-orde", "onbekend"]).toContain(b.riv.uitkomst);
    }
  });
});

describe("evaluaties van het plan van aanpak: ten minste elke 6 weken", () => {
  test.each<[string, (g: Geval) => void, string, string[]]>([
    ["elke 40 dagen: geen gat", () => {}, "aanwezig", []],
    ["elke 42 dagen: precies op de grens, geen gat", (g) => { g.gegevens.evaluaties = evaluatieLijst(PVA, g.peildatum, 42); g.invoer.gedaan.EVAL = null; }, "aanwezig", []],
    // Een gat is een signaal, geen onvolledig RIV (UWV Professioneel kader): het onderdeel is er, het gat wordt gemeld.
    ["één gat van 60 dagen in de volledige lijst", (g) => { g.gegevens.evaluaties = [PVA + 40, PVA + 100, ...evaluatieLijst(PVA + 100, g.peildatum, 40)]; }, "aanwezig", ["EVAL_GAT"]],
    ["volledige lijst leeg: sinds het plan van aanpak niets", (g) => { g.gegevens.evaluaties = []; g.invoer.gedaan.EJE = null; g.gegevens.reintegratieplanSpoor2 = null; g.peildatum = PVA + 60; }, "ontbreekt", ["EVAL_GAT", "RIV_EVAL_ONTBREEKT"]],
    ["alleen laatste evaluatie, recent: geen gat (tussenliggende onbekend)", (g) => { g.gegevens.evaluaties = undefined; g.invoer.gedaan.EVAL = g.peildatum - 20; }, "aanwezig", []],
    ["alleen laatste evaluatie, 80 dagen geleden: open gat (signaal)", (g) => { g.gegevens.evaluaties = undefined; g.invoer.gedaan.EVAL = g.peildatum - 80; }, "aanwezig", ["EVAL_GAT"]],
    ["geen evaluatiegegevens: onbekend", (g) => { g.gegevens.evaluaties = undefined; delete g.invoer.gedaan.EVAL; }, "onbekend", ["RIV_EVAL_ONBEKEND"]],
    ["plan van aanpak recent: nog niet nodig", (g) => { g.peildatum = PVA + 30; g.gegevens.evaluaties = []; }, "nog-niet-nodig", []],
  ])("%s", (_naam, wijzig, status, verwacht) => {
    const b = geval(wijzig);
    expect(onderdeel(b, "EVAL")).toBe(status);
    expect(codes(b).filter((c) => c.startsWith("EVAL_GAT") || c.startsWith("RIV_EVAL"))).toEqual(verwacht);
  });

  test("het gat noemt beide datums en de duur", () => {
    const b = geval((g) => {
      g.gegevens.evaluaties = [PVA + 40, PVA + 100, ...evaluatieLijst(PVA + 100, g.peildatum, 40)];
    });
    expect(b.bevindingen.find((x) => x.code === "EVAL_GAT")?.tekst).toBe(
      "Plan van aanpak 60 dagen (8 weken) niet geëvalueerd: van 20-05-2025 tot 19-07-2025; ten minste elke 6 weken. Een signaal om bij te sturen; het maakt het re-integratieverslag niet onvolledig.",
    );
  });

  test("na herstel loopt er geen gat meer door", () => {
    const b = geval((g) => {
      g.gegevens.evaluaties = [PVA + 30];
      g.invoer.hersteldatum = PVA + 60;
      g.peildatum = PVA + 300;
    });
    expect(codes(b).filter((c) => c.startsWith("EVAL_GAT"))).toEqual([]);
  });
});

describe("spoor 2 (domeinreferentie §5)", () => {
  // D = 19-12-2025 zonder EJE-datum: spoor 2 uiterlijk D+405 = 28-01-2027.
  const D2 = d("2025-12-19");
  const laat = (gedaan: DossierInvoer["gedaan"], gegevens: DossierGegevens = {}, P = d("2027-06-01")): Geval => ({
    invoer: { eersteZiektedag: D2, gedaan: { ...gedaan } },
    gegevens,
    peildatum: P,
  });

  test("voorbeeld: spoor 2 te laat gestart, zonder eerstejaarsevaluatie", () => {
    const b = run(laat({ EJE: null, SPOOR2: d("2027-05-12") }));
    expect(formatISO(D2 + 405)).toBe("2027-01-28");
    expect(b.spoor2.uitkomst).toBe("te-laat");
    expect(b.riv.uitkomst).toBe("risico");
    expect(b.riv.oordeel).toBe("Risico loonsanctie: spoor 2 gestart op 12-05-2027, uiterlijk 28-01-2027; ontbreekt eerstejaarsevaluatie");
    expect(b.bevindingen[0].code).toBe("SPOOR2_TE_LAAT");
    expect(b.loonsanctie.risico).toBe("hoog");
    expect(b.loonsanctie.redenen[0]).toBe("spoor 2 gestart op 12-05-2027, uiterlijk 28-01-2027");
  });

  test.each<[string, (g: Geval) => void, Beoordeling["spoor2"]["uitkomst"], string | null]>([
    ["op tijd: 6 weken na de EJE", () => {}, "op-tijd", null],
    ["precies op de termijn (EJE + 42)", (g) => { g.invoer.gedaan.SPOOR2 = EJE + 42; }, "op-tijd", null],
    ["één dag te laat", (g) => { g.invoer.gedaan.SPOOR2 = EJE + 43; }, "te-laat", "SPOOR2_TE_LAAT"],
    ["niet gestart na de termijn", (g) => { g.invoer.gedaan.SPOOR2 = null; }, "niet-gestart", "SPOOR2_NIET_GESTART"],
    ["kolom start spoor 2 ontbreekt na de termijn: onbekend", (g) => { delete g.invoer.gedaan.SPOOR2; }, "onbekend", "SPOOR2_ONBEKEND"],
    ["vóór de termijn, niet gestart: nog niet aan de orde", (g) => { g.peildatum = EJE + 10; g.invoer.gedaan.SPOOR2 = null; g.gegevens.arbeidsdeskundigOnderzoek = null; }, "nog-niet-aan-de-orde", null],
    ["binnen de horizon: waarschuwing", (g) => { g.peildatum = EJE + 35; g.invoer.gedaan.SPOOR2 = null; }, "nog-niet-aan-de-orde", "SPOOR2_BINNENKORT"],
    ["te vroeg bestaat niet: gestart vóór de EJE is verwacht als terugkeer al onmogelijk bleek", (g) => { g.invoer.gedaan.SPOOR2 = d("2025-12-01"); }, "op-tijd", "SPOOR2_VROEG"],
    ["arbeidsdeskundig onderzoek vroeg: UWV verwacht spoor 2 eerder", (g) => { g.peildatum = d("2025-11-01"); g.invoer.gedaan.SPOOR2 = null; g.invoer.gedaan.EJE = null; g.gegevens.arbeidsdeskundigOnderzoek = d("2025-10-01"); }, "nog-niet-aan-de-orde", "SPOOR2_EERDER_VERWACHT"],
    ["hersteld vóór de termijn: n.v.t. (met de reden van de tijdlijn)", (g) => { g.invoer.gedaan.SPOOR2 = null; g.invoer.hersteldatum = EJE + 20; }, "nvt", "SPOOR2_NVT"],
    ["uitzondering AOW binnen 1 jaar na einde wachttijd", (g) => { g.invoer.spoor2Uitzondering = "aow"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.aowDatum = d("2028-02-01"); }, "uitzondering", "SPOOR2_UITZONDERING_AOW"],
    ["uitzondering AOW precies 1 jaar na einde wachttijd", (g) => { g.invoer.spoor2Uitzondering = "aow"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.aowDatum = d("2028-02-28"); }, "uitzondering", "SPOOR2_UITZONDERING_AOW"],
    ["uitzondering AOW geldt niet: AOW later dan 1 jaar", (g) => { g.invoer.spoor2Uitzondering = "aow"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.aowDatum = d("2028-02-29"); }, "niet-gestart", "SPOOR2_AOW_ONTERECHT"],
    ["uitzondering AOW met onbekende AOW-datum", (g) => { g.invoer.spoor2Uitzondering = "aow"; g.invoer.gedaan.SPOOR2 = null; }, "uitzondering", "SPOOR2_AOW_ONBEKEND"],
    ["uitzondering marginale mogelijkheden", (g) => { g.invoer.spoor2Uitzondering = "marginaal"; g.invoer.gedaan.SPOOR2 = null; }, "uitzondering", "SPOOR2_UITZONDERING_MARGINAAL"],
    ["uitzondering perspectief binnen 3 maanden, termijn loopt nog", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.peildatum = d("2026-05-01"); }, "uitzondering", "SPOOR2_UITZONDERING_PERSPECTIEF"],
    ["perspectief verlopen (3 maanden na de EJE) en niet gestart", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.peildatum = d("2026-05-16"); }, "niet-gestart", "SPOOR2_NIET_GESTART"],
    ["perspectief: gestart binnen 3 maanden is op tijd", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = d("2026-05-10"); }, "op-tijd", null],
    ["belastbaar na de EJE: 8 weken vanaf belastbaarheid, gestart op B+56", (g) => { g.gegevens.belastbaarVanaf = d("2026-04-01"); g.invoer.gedaan.SPOOR2 = d("2026-04-01") + 56; }, "op-tijd", null],
    ["belastbaar na de EJE: gestart op B+57 is te laat", (g) => { g.gegevens.belastbaarVanaf = d("2026-04-01"); g.invoer.gedaan.SPOOR2 = d("2026-04-01") + 57; }, "te-laat", "SPOOR2_TE_LAAT"],
    ["marginaal, daarna belastbaar: de uitzondering vervalt, 8 weken vanaf belastbaarheid", (g) => { g.invoer.spoor2Uitzondering = "marginaal"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.belastbaarVanaf = d("2026-06-01"); }, "niet-gestart", "SPOOR2_NIET_GESTART"],
    ["belastbaar na de EJE, plan niet binnen 2 weken bijgesteld", (g) => { g.gegevens.belastbaarVanaf = d("2026-04-01"); g.invoer.gedaan.SPOOR2 = d("2026-03-20"); g.gegevens.reintegratieplanSpoor2 = d("2026-03-25"); g.gegevens.evaluaties = [PVA + 30, d("2026-03-01"), d("2026-04-20"), d("2026-05-30")]; }, "op-tijd", "BELASTBAAR_PLAN_TE_LAAT"],
    ["belastbaar na de EJE, plan op B+14 bijgesteld", (g) => { g.gegevens.belastbaarVanaf = d("2026-04-01"); g.gegevens.evaluaties = [d("2026-04-15")]; g.peildatum = d("2026-05-01"); }, "op-tijd", null],
    ["perspectief gaat vóór de 8-wekenregel", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.belastbaarVanaf = d("2026-04-01"); g.peildatum = d("2026-05-01"); }, "uitzondering", "SPOOR2_UITZONDERING_PERSPECTIEF"],
    ["arbeidstherapie 43 dagen zonder onderbouwing", (g) => { g.gegevens.arbeidstherapieVan = d("2026-05-01"); g.gegevens.arbeidstherapieTot = d("2026-05-01") + 42; g.gegevens.arbeidstherapieOnderbouwd = null; }, "op-tijd", "ARBEIDSTHERAPIE_TE_LANG"],
    ["arbeidstherapie precies 42 dagen: geen bevinding", (g) => { g.gegevens.arbeidstherapieVan = d("2026-05-01"); g.gegevens.arbeidstherapieTot = d("2026-05-01") + 41; g.gegevens.arbeidstherapieOnderbouwd = null; }, "op-tijd", null],
    ["arbeidstherapie lang maar onderbouwd", (g) => { g.gegevens.arbeidstherapieVan = d("2026-05-01"); g.gegevens.arbeidstherapieTot = d("2026-08-01"); g.gegevens.arbeidstherapieOnderbouwd = true; }, "op-tijd", null],
    ["arbeidstherapie loopt nog, onderbouwing onbekend (kolom ontbreekt)", (g) => { g.gegevens.arbeidstherapieVan = g.peildatum - 50; }, "op-tijd", "ARBEIDSTHERAPIE_ONDERBOUWING_ONBEKEND"],
  ])("%s", (_naam, wijzig, uitkomst, code) => {
    const b = geval(wijzig);
    expect(b.spoor2.uitkomst).toBe(uitkomst);
    const s2 = b.spoor2.bevindingen.map((x) => x.code);
    if (code === null) expect(s2.filter((c) => !["SPOOR2_VROEG"].includes(c))).toEqual([]);
    else expect(s2).toContain(code);
  });

  test("8-wekenregel: de tekst noemt de grond van de termijn", () => {
    const b = geval((g) => {
      g.invoer.spoor2Uitzondering = "marginaal";
      g.invoer.gedaan.SPOOR2 = null;
      g.gegevens.belastbaarVanaf = d("2026-06-01");
    });
    expect(b.spoor2.bevindingen.find((x) => x.code === "SPOOR2_NIET_GESTART")?.tekst).toBe(
      "Spoor 2 niet gestart; uiterlijk was 27-07-2026 (8 weken na belastbaarheid vanaf 01-06-2026).",
    );
  });

  test("uitzondering marginaal: spoor-2-onderdelen n.v.t. en geen risico", () => {
    const b = geval((g) => {
      g.invoer.spoor2Uitzondering = "marginaal";
      g.invoer.gedaan.SPOOR2 = null;
      g.gegevens.reintegratieplanSpoor2 = null;
      g.gegevens.persoonsprofiel = null;
      g.gegevens.arbeidsdeskundigOnderzoek = null;
    });
    expect(b.loonsanctie.risico).toBe("geen");
    expect(b.riv.uitkomst).toBe("akkoord");
  });
});

describe("loonsanctie", () => {
  // EWT zonder sanctie: 28-02-2027.
  test("opgelegd: verlengde wachttijd en wat een bekortingsverzoek vandaag oplevert", () => {
    const b = geval((g) => {
      g.invoer.loonsanctieTot = d("2028-02-27");
      g.peildatum = d("2027-03-10");
    });
    expect(b.loonsanctie.risico).toBe("opgelegd");
    expect(b.loonsanctie.bevindingen.find((x) => x.code === "LOONSANCTIE_OPGELEGD")?.tekst).toBe(
      "Loonsanctie opgelegd: de wachttijd is verlengd; laatste dag loondoorbetaling 27-02-2028 (52 weken extra), ingangsdatum WIA 28-02-2028.",
    );
    // Beslissing vandaag: einde 10-03-2027 + 42 = 21-04-2027; 312 dagen eerder dan 27-02-2028.
    expect(b.loonsanctie.bevindingen.find((x) => x.code === "BEKORTING")?.tekst).toBe(
      "Bekortingsverzoek: beslist UWV vandaag (10-03-2027), dan eindigt de loonsanctie op 21-04-2027, 312 dagen (44 weken) eerder dan 27-02-2028. Dien het in zodra de tekortkoming hersteld is.",
    );
  });

  test.each<[string, (g: Geval) => void, string]>([
    ["bekorting levert niets meer op vlak voor het einde", (g) => { g.invoer.loonsanctieTot = d("2027-04-01"); g.peildatum = d("2027-03-10"); }, "BEKORTING"],
    ["bekortingsbesluit al genomen", (g) => { g.invoer.loonsanctieTot = d("2028-02-27"); g.invoer.bekortingsbesluit = d("2027-04-01"); g.peildatum = d("2027-04-10"); }, "BEKORTING_BESLIST"],
  ])("%s", (_naam, wijzig, code) => {
    const b = geval(wijzig);
    expect(b.loonsanctie.risico).toBe("opgelegd");
    expect(codes(b)).toContain(code);
  });

  test("bekorting zonder winst zegt dat", () => {
    const b = geval((g) => {
      g.invoer.loonsanctieTot = d("2027-04-01");
      g.peildatum = d("2027-03-10");
    });
    expect(b.loonsanctie.bevindingen.find((x) => x.code === "BEKORTING")?.tekst).toBe(
      "Een bekortingsverzoek levert niets meer op: de loonsanctie eindigt al op 01-04-2027, vóór 21-04-2027 (6 weken na een beslissing vandaag).",
    );
  });

  test.each<[string, (g: Geval) => void, Beoordeling["loonsanctie"]["risico"]]>([
    ["niets aan de hand: geen", () => {}, "geen"],
    ["spoor 2 niet gestart: hoog", (g) => { g.invoer.gedaan.SPOOR2 = null; }, "hoog"],
    ["evaluatiegat: een signaal, geen risico", (g) => { g.gegevens.evaluaties = [PVA + 40, PVA + 100, ...evaluatieLijst(PVA + 100, g.peildatum, 40)]; }, "geen"],
    ["onderdeel onbekend: laag", (g) => { delete g.gegevens.zoekprofiel; }, "laag"],
    ["loonsanctie tot vóór het einde van de wachttijd: genegeerd, geen opgelegd", (g) => { g.invoer.loonsanctieTot = d("2027-01-01"); }, "geen"],
  ])("%s", (_naam, wijzig, risico) => {
    expect(geval(wijzig).loonsanctie.risico).toBe(risico);
  });
});

describe("vorm van elke bevinding", () => {
  const varianten: [string, (g: Geval) => void][] = [
    ["alles mis", (g) => { g.invoer.gedaan.PA = null; g.invoer.gedaan.SPOOR2 = null; g.invoer.gedaan.AO = null; g.gegevens.evaluaties = [PVA + 100]; g.gegevens.arbeidstherapieVan = d("2026-05-01"); g.gegevens.arbeidstherapieOnderbouwd = false; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-01-01"); }],
    ["loonsanctie", (g) => { g.invoer.loonsanctieTot = d("2028-02-27"); g.peildatum = d("2027-03-10"); }],
    ["aow", (g) => { g.invoer.spoor2Uitzondering = "aow"; g.gegevens.aowDatum = d("2030-01-01"); g.invoer.gedaan.SPOOR2 = null; }],
  ];
  test.each(varianten)("%s: code, ernst, bron, Nederlandse datums; ernstigste eerst", (_n, wijzig) => {
    const b = geval(wijzig);
    expect(b.bevindingen.length).toBeGreaterThan(0);
    const rang = { kritiek: 0, waarschuwing: 1, info: 2 };
    for (let i = 0; i < b.bevindingen.length; i++) {
      const x = b.bevindingen[i];
      expect(x.code).toMatch(/^[A-Z0-9_]+$/);
      expect(x.bron.length).toBeGreaterThan(5);
      expect(x.tekst).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (i > 0) expect(rang[x.ernst]).toBeGreaterThanOrEqual(rang[b.bevindingen[i - 1].ernst]);
    }
    expect(b.bevindingen.length).toBe(b.riv.bevindingen.length + b.spoor2.bevindingen.length + b.loonsanctie.bevindingen.length);
  });
});
