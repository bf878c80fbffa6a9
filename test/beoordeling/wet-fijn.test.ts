/**
 * De fijne punten van UWV's Professioneel kader in de beoordeling: deugdelijke grond, herstelbaarheid op het
 * moment van de toets, één waarheid met de tijdlijn (Mijlpaal.reden), woorden die bij het risico passen.
 */
import { beoordeel, herstelbaarheid, type Beoordeling } from "../../src/core/beoordeling";
import { eindeWachttijd } from "../../src/core/beoordeling/spoor2";
import type { Dag } from "../../src/core/dagen";
import type { DossierGegevens } from "../../src/core/dossier";
import { berekenTijdlijn, type DossierInvoer, type Tijdlijn } from "../../src/core/tijdlijn";
import { d } from "../helpers";

/** Ziek vanaf 03-03-2025, alles op tijd, aanvraag 01-12-2026, beoordeeld op 20-12-2026. */
function basis(): { invoer: DossierInvoer & { gedaan: NonNullable<DossierInvoer["gedaan"]> }; gegevens: DossierGegevens; P: Dag } {
  return {
    P: d("2026-12-20"),
    invoer: {
      eersteZiektedag: d("2025-03-03"),
      gedaan: {
        PA: d("2025-04-01"),
        PVA: d("2025-04-10"),
        EVAL: d("2026-12-10"),
        UWV42: d("2025-12-15"),
        EJE: d("2026-02-15"),
        SPOOR2: d("2026-03-20"),
        AO: d("2026-11-20"),
        EINDEVAL: d("2026-11-25"),
        WIA: d("2026-12-01"),
      },
    },
    gegevens: {
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

type Geval = ReturnType<typeof basis>;

function tijdlijn(g: Geval): Tijdlijn {
  const r = berekenTijdlijn(g.invoer, g.P);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.melding).join("; "));
  return r.tijdlijn;
}

function geval(wijzig: (g: Geval) => void, tijdlijnWijziging?: (t: Tijdlijn) => void): Beoordeling {
  const g = basis();
  wijzig(g);
  const t = tijdlijn(g);
  if (tijdlijnWijziging) tijdlijnWijziging(t);
  return beoordeel(g.invoer, g.gegevens, t);
}

const codes = (b: Beoordeling) => b.bevindingen.map((x) => x.code);

/** Zoals de engine een n.v.t.-beslissing met reden doorgeeft (Mijlpaal.reden). */
function nvtMetReden(code: "SPOOR2" | "WIA", reden: string) {
  return (t: Tijdlijn) => {
    t.mijlpalen[code] = { ...t.mijlpalen[code], status: "nvt", ...{ reden } };
  };
}

describe("deugdelijke grond (toets stap 3)", () => {
  const b = geval((g) => {
    g.invoer.gedaan.AO = null;
  });
  const tekst = b.bevindingen.find((x) => x.code === "DEUGDELIJKE_GROND")?.tekst ?? "";
  test.each([
    ["noemt onevenredige belasting van andere werknemers als voorbeeld", /andere werknemers onevenredig belasten/],
    ["noemt een werknemer die niet meewerkt ondanks prikkelende maatregelen", /niet mee ondanks prikkelende maatregelen/],
    ["een opgevolgd advies van de bedrijfsarts is géén deugdelijke grond", /Géén deugdelijke grond: het advies van de bedrijfsarts, de arbodienst, een re-integratiebedrijf of een andere ingeschakelde deskundige opgevolgd/],
    ["vakantie, bedrijfssluiting en kosten zijn het evenmin", /vakantie of bedrijfssluiting, en kosten/],
  ])("%s", (_naam, patroon) => {
    expect(tekst).toMatch(patroon);
  });
  test("nergens meer 'opgevolgd advies van de bedrijfsarts' als voorbeeld van een deugdelijke grond", () => {
    expect(tekst).not.toMatch(/bijvoorbeeld een opgevolgd advies/);
  });
});

describe("herstelbaarheid op het moment van de beoordeling (toets stap 4)", () => {
  const P = d("2026-12-20");
  test.each<[string, string | null, string | null, string | null]>([
    ["geen gegevens", null, null, null],
    ["begint na de peildatum", "2027-01-01", "2027-06-01", null],
    ["voorbij (eindigde gisteren)", "2026-06-01", "2026-12-19", "voorbij"],
    ["eindigt vandaag: korter dan 3 maanden", "2026-06-01", "2026-12-20", "korter"],
    ["naar verwachting tot 18-03-2027: één dag te kort", "2026-12-01", "2027-03-18", "korter"],
    ["naar verwachting tot 19-03-2027: nog 3 maanden", "2026-12-01", "2027-03-19", "niet-herstelbaar"],
    ["lopend zonder einddatum: verwachting onbekend", "2026-06-01", null, "einde-onbekend"],
    ["einddatum vóór de begindatum: genegeerd", "2026-06-01", "2026-05-01", null],
  ])("%s", (_naam, van, tot, soort) => {
    const h = herstelbaarheid({ geenBenutbareMogelijkhedenVan: van === null ? null : d(van), geenBenutbareMogelijkhedenTot: tot === null ? null : d(tot) }, P);
    expect(h === null ? null : h.soort).toBe(soort);
  });
});

describe("één waarheid voor spoor 2 en de WIA: de beoordeling volgt de tijdlijn", () => {
  test("SPOOR2 n.v.t. met reden: n.v.t. met die reden, geen 'niet gestart', geen risico", () => {
    const b = geval(
      (g) => {
        g.invoer.gedaan.SPOOR2 = null;
        g.gegevens.reintegratieplanSpoor2 = null;
      },
      nvtMetReden("SPOOR2", "AOW-leeftijd bereikt op 01-03-2026"),
    );
    expect(b.spoor2.uitkomst).toBe("nvt");
    expect(b.spoor2.oordeel).toBe("Niet nodig: AOW-leeftijd bereikt op 01-03-2026");
    expect(codes(b)).not.toContain("SPOOR2_NIET_GESTART");
    expect(codes(b)).toContain("SPOOR2_NVT");
    expect(b.riv.onderdelen.find((o) => o.code === "PLAN2")?.status).toBe("nvt");
    expect(b.loonsanctie.risico).toBe("geen");
  });

  test("SPOOR2 n.v.t. met reden bij uitzondering AOW: de tijdlijn beslist, ook over een late AOW-datum", () => {
    const b = geval(
      (g) => {
        g.invoer.gedaan.SPOOR2 = null;
        g.invoer.spoor2Uitzondering = "aow";
        g.gegevens.aowDatum = d("2030-01-01");
      },
      nvtMetReden("SPOOR2", "uitzondering AOW aanvaard"),
    );
    expect(b.spoor2.uitkomst).toBe("uitzondering");
    expect(codes(b)).toContain("SPOOR2_UITZONDERING_AOW");
    expect(codes(b)).not.toContain("SPOOR2_AOW_ONTERECHT");
  });

  test("SPOOR2 niet n.v.t. terwijl uitzondering marginaal is opgegeven: de tijdlijn zegt 'nodig', dus gewoon toetsen", () => {
    const b = geval(
      (g) => {
        g.invoer.gedaan.SPOOR2 = null;
        g.invoer.spoor2Uitzondering = "marginaal";
      },
      (t) => {
        t.mijlpalen.SPOOR2 = { ...t.mijlpalen.SPOOR2, status: "te-laat" };
      },
    );
    expect(b.spoor2.uitkomst).toBe("niet-gestart");
    expect(b.loonsanctie.risico).toBe("hoog");
  });

  test("WIA n.v.t. met reden (AOW-leeftijd tijdens de ziekte): geen RIV-toets, geen risico", () => {
    const b = geval(
      (g) => {
        g.invoer.gedaan.WIA = null;
        g.invoer.gedaan.AO = null;
        g.invoer.gedaan.EINDEVAL = null;
      },
      (t) => {
        nvtMetReden("WIA", "AOW-leeftijd bereikt op 01-10-2026: de WIA eindigt dan")(t);
        for (const c of ["AO", "EINDEVAL"] as const) t.mijlpalen[c] = { ...t.mijlpalen[c], status: "nvt" };
      },
    );
    expect(b.riv.uitkomst).toBe("nvt");
    expect(b.riv.oordeel).toBe("Geen RIV-toets: AOW-leeftijd bereikt op 01-10-2026: de WIA eindigt dan");
    expect(b.loonsanctie.risico).toBe("geen");
    expect(b.riv.onderdelen.filter((o) => o.status === "ontbreekt")).toEqual([]);
  });

  test("een 'eerstejaarsevaluatie' vóór week 46 is een evaluatie: geen SPOOR2_VROEG ten opzichte van die datum", () => {
    const b = geval((g) => {
      g.invoer.gedaan.EJE = d("2025-10-01");
      g.invoer.gedaan.SPOOR2 = d("2025-10-20");
    });
    // Spoor 2 begon na de vroege "EJE", maar vóór de echte EJE-periode (week 46–52): terecht vroeg.
    expect(codes(b)).toContain("SPOOR2_VROEG");
  });
});

describe("arbeidsdeskundig rapport: alleen nodig als spoor 2 achterwege bleef door mogelijkheden bij de eigen werkgever", () => {
  test.each<[string, (g: Geval) => void, string]>([
    ["gewoon spoor 2, geen rapport", (g) => { g.gegevens.arbeidsdeskundigOnderzoek = null; }, "nvt"],
    ["gewoon spoor 2, rapport aanwezig", (g) => { g.gegevens.arbeidsdeskundigOnderzoek = d("2026-02-01"); }, "aanwezig"],
    ["perspectief, spoor 2 niet gestart, geen rapport", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.arbeidsdeskundigOnderzoek = null; }, "ontbreekt"],
    ["perspectief, spoor 2 niet gestart, geen kolom", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; }, "onbekend"],
    ["perspectief, spoor 2 niet gestart, rapport aanwezig", (g) => { g.invoer.spoor2Uitzondering = "perspectief"; g.invoer.gedaan.SPOOR2 = null; g.gegevens.arbeidsdeskundigOnderzoek = d("2026-03-01"); }, "aanwezig"],
  ])("%s: %s", (_naam, wijzig, status) => {
    expect(geval(wijzig).riv.onderdelen.find((o) => o.code === "AD")?.status).toBe(status);
  });
});

describe("woorden en risico horen bij elkaar", () => {
  const varianten: [string, (g: Geval) => void][] = [
    ["compleet", () => {}],
    ["AO ontbreekt, niet herstelbaar", (g) => { g.invoer.gedaan.AO = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-12-01"); g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-06-01"); }],
    ["spoor 2 niet gestart, niet herstelbaar", (g) => { g.invoer.gedaan.SPOOR2 = null; g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-12-01"); g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-06-01"); }],
    ["spoor 2 te laat, adequaat afgerond", (g) => { g.invoer.gedaan.SPOOR2 = d("2026-06-01"); g.gegevens.reintegratieplanSpoor2 = d("2026-06-05"); }],
    ["spoor 2 te laat, adequaat afgerond, kolom visie ontbreekt", (g) => { g.invoer.gedaan.SPOOR2 = d("2026-06-01"); g.gegevens.reintegratieplanSpoor2 = d("2026-06-05"); delete g.gegevens.visieWerknemer; }],
    ["bevredigend resultaat", (g) => { g.gegevens.bevredigendResultaat = true; g.invoer.bevredigendResultaat = true; g.invoer.gedaan.SPOOR2 = null; }],
  ];
  test.each(varianten)("%s", (_naam, wijzig) => {
    const b = geval(wijzig);
    const teksten = [b.riv.oordeel, b.spoor2.oordeel, ...b.loonsanctie.redenen, ...b.bevindingen.map((x) => x.tekst)].join(" | ");
    if (/geen loonsanctie verwacht/i.test(teksten)) expect(b.loonsanctie.risico).toBe("geen");
    if (/klein risico/i.test(teksten)) expect(b.loonsanctie.risico).toBe("laag");
  });

  test("niet herstelbaar na spoor 2 niet gestart: 'klein risico' naast risico laag", () => {
    const b = geval((g) => {
      g.invoer.gedaan.SPOOR2 = null;
      g.gegevens.geenBenutbareMogelijkhedenVan = d("2026-12-01");
      g.gegevens.geenBenutbareMogelijkhedenTot = d("2027-06-01");
    });
    expect(b.riv.oordeel).toBe("Tekortkoming, maar niet herstelbaar (klein risico op een loonsanctie): spoor 2 niet gestart, uiterlijk 29-03-2026");
    expect(b.loonsanctie.risico).toBe("laag");
  });
});

describe("einde van de wachttijd bij ziek uit dienst (Ziektewet art. 38; Wet WIA art. 23)", () => {
  test("het loon stopt bij uit dienst, de wachttijd loopt door: het einde is de mijlpaal EWT, niet de laatste loondag", () => {
    const r = berekenTijdlijn({ eersteZiektedag: d("2024-01-01"), uitDienstPer: d("2025-04-01"), gedaan: {} } as DossierInvoer, d("2025-06-01"));
    if (!r.ok) throw new Error("geen tijdlijn");
    const t = r.tijdlijn;
    expect(t.laatsteDagLoondoorbetaling).toBe(d("2025-03-31"));
    expect(eindeWachttijd(t)).toBe(t.mijlpalen.EWT.uiterlijk);
    expect(eindeWachttijd(t)).toBeGreaterThan(d("2025-12-01"));
  });
});
