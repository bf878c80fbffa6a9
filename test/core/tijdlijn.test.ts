import { formatISO, type Dag } from "../../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { MIJLPAAL_CODES, type MijlpaalCode } from "../../src/core/mijlpalen";
import { berekenTijdlijn, volgendeActie, ziekteweekOp, type DossierInvoer, type Tijdlijn } from "../../src/core/tijdlijn";
import { d } from "../helpers";

/** Een register met een kolom voor elke stap, alle leeg: niet ingevuld = niet gedaan (niet: onbekend). */
const ALLE_KOLOMMEN_LEEG: Partial<Record<MijlpaalCode, Dag | null>> = Object.fromEntries(MIJLPAAL_CODES.filter((c) => c !== "EWT").map((c) => [c, null]));

function tijdlijn(invoer: DossierInvoer, peildatum = "2026-11-25", instellingen = STANDAARD_INSTELLINGEN): Tijdlijn {
  const r = berekenTijdlijn({ ...invoer, gedaan: { ...ALLE_KOLOMMEN_LEEG, ...invoer.gedaan } }, d(peildatum), instellingen);
  if (!r.ok) throw new Error(r.problemen.map((p) => p.melding).join("; "));
  return r.tijdlijn;
}
const u = (t: Tijdlijn, c: MijlpaalCode) => formatISO(t.mijlpalen[c].uiterlijk);
const v = (t: Tijdlijn, c: MijlpaalCode) => {
  const x = t.mijlpalen[c].vanaf;
  return x === null ? null : formatISO(x);
};

describe("rekenvoorbeelden uit de domeinreferentie §7", () => {
  test.each([
    // D,          PA,           PVA,          UWV42,        EJE van,      EJE tot,      SPOOR2,       WIA van,      WIA tot,      EWT
    ["2024-01-01", "2024-02-11", "2024-02-25", "2024-10-21", "2024-11-11", "2024-12-29", "2025-02-09", "2025-09-08", "2025-10-12", "2025-12-28"],
    ["2025-03-03", "2025-04-13", "2025-04-27", "2025-12-22", "2026-01-12", "2026-03-01", "2026-04-12", "2026-11-09", "2026-12-13", "2027-02-28"],
    ["2026-01-01", "2026-02-11", "2026-02-25", "2026-10-22", "2026-11-12", "2026-12-30", "2027-02-10", "2027-09-09", "2027-10-13", "2027-12-29"],
  ])("eerste ziektedag %s", (D, PA, PVA, UWV42, ejeVan, ejeTot, SPOOR2, wiaVan, wiaTot, EWT) => {
    const t = tijdlijn({ eersteZiektedag: d(D) }, D);
    expect([u(t, "PA"), u(t, "PVA"), u(t, "UWV42"), v(t, "EJE"), u(t, "EJE"), u(t, "SPOOR2"), v(t, "WIA"), u(t, "WIA"), u(t, "EWT")]).toEqual([
      PA, PVA, UWV42, ejeVan, ejeTot, SPOOR2, wiaVan, wiaTot, EWT,
    ]);
    expect(formatISO(t.ingangsdatumWia)).toBe(formatISO(t.laatsteDagLoondoorbetaling + 1));
  });

  test("PA gemaakt op 23-03-2025 bij D = 03-03-2025: PVA uiterlijk 06-04-2025", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03"), gedaan: { PA: d("2025-03-23") } });
    expect(u(t, "PVA")).toBe("2025-04-06");
    expect(formatISO(t.mijlpalen.PVA.basis as Dag)).toBe("2025-03-23");
  });

  test("vrijwillige verlenging van 13 weken bij D = 03-03-2025: WIA tot 14-03-2027, EWT 30-05-2027", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03"), vrijwilligeVerlengingWeken: 13 });
    expect(u(t, "WIA")).toBe("2027-03-14");
    expect(u(t, "EWT")).toBe("2027-05-30");
    // Niets eerders schuift mee.
    expect(u(t, "UWV42")).toBe("2025-12-22");
    expect(u(t, "SPOOR2")).toBe("2026-04-12");
    expect(t.signalen.map((s) => s.code)).toContain("VRIJWILLIGE_VERLENGING");
  });

  test("samentellen (publiek voorbeeld): ziek 03-01-2022 t/m 03-07-2022, 21 dagen beter, weer ziek vanaf 25-07-2022", () => {
    const t = tijdlijn(
      { eersteZiektedag: d("2022-07-25"), eerderePerioden: [{ eersteZiektedag: d("2022-01-03"), hersteldatum: d("2022-07-04") }] },
      "2023-01-01",
    );
    expect(t.samengeteldeDagen).toBe(21);
    expect(formatISO(t.eersteZiektedag)).toBe("2022-01-03");
    // Zonder onderbreking eindigt de wachttijd op 01-01-2024 (eerste dag erna 02-01-2024 … ) — 104 weken na 03-01-2022:
    // laatste dag 31-12-2023, eerste dag na de wachttijd 01-01-2024; met 21 dagen onderbreking 21 dagen later.
    expect(formatISO(t.ingangsdatumWia)).toBe("2024-01-22");
  });
});

describe("samentellen: gat van 27 tegen 28 dagen (BW 7:629 lid 10)", () => {
  const eerder = { eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-02-03") };
  test.each([
    ["gat van 27 dagen: samengeteld, alles 27 dagen later", "2025-03-02", true, 27],
    ["gat van 28 dagen: nieuw dossier", "2025-03-03", false, 0],
    ["gat van 0 dagen (ziek op de hersteldag): samengeteld", "2025-02-03", true, 0],
  ])("%s", (_n, nieuw, samen, gat) => {
    const t = tijdlijn({ eersteZiektedag: d(nieuw), eerderePerioden: [eerder] }, "2025-06-01");
    expect(t.eersteZiektedag === d("2025-01-06")).toBe(samen);
    expect(t.samengeteldeDagen).toBe(gat);
    if (samen) expect(t.mijlpalen.EWT.uiterlijk).toBe(d("2025-01-06") + 727 + gat);
    else expect(t.mijlpalen.EWT.uiterlijk).toBe(d(nieuw) + 727);
  });

  test("een onderbreking ná een termijn schuift die termijn niet", () => {
    // Ziek vanaf 06-01-2025, 42e-weeksmelding 27-10-2025; hersteld 10-11-2025, weer ziek 17-11-2025.
    const t = tijdlijn({ eersteZiektedag: d("2025-11-17"), eerderePerioden: [{ eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-11-10") }] });
    expect(u(t, "UWV42")).toBe("2025-10-27");
    expect(t.samengeteldeDagen).toBe(7);
    expect(t.mijlpalen.EJE.uiterlijk).toBe(d("2025-01-06") + 363 + 7);
  });

  test("periode die pas na de peildatum begint telt nog niet mee", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-02"), eerderePerioden: [{ eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-02-03") }] }, "2025-02-20");
    expect(t.aantalPerioden).toBe(1);
    expect(formatISO(t.hersteldatum as Dag)).toBe("2025-02-03");
  });

  test("drie perioden met twee korte gaten tellen beide gaten", () => {
    const t = tijdlijn({
      eersteZiektedag: d("2025-04-01"),
      eerderePerioden: [
        { eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-02-01") },
        { eersteZiektedag: d("2025-02-11"), hersteldatum: d("2025-03-15") },
      ],
    });
    expect(t.aantalPerioden).toBe(3);
    expect(t.samengeteldeDagen).toBe(10 + 17);
  });
});

describe("42e-weeksmelding op een werkdag (Algemene termijnenwet)", () => {
  test.each([
    ["valt op Eerste Kerstdag 2025 (donderdag) → maandag 29-12-2025", "2025-03-06", "2025-12-29"],
    ["valt op Tweede Paasdag 2026 → dinsdag 07-04-2026", "2025-06-16", "2026-04-07"],
    ["valt op zaterdag → maandag", "2025-03-08", "2025-12-29"],
    ["valt op Nieuwjaarsdag 2027 (vrijdag) → maandag 04-01-2027", "2026-03-13", "2027-01-04"],
    ["valt op Koningsdag 2026 (maandag) → dinsdag", "2025-07-07", "2026-04-28"],
    ["valt op een gewone maandag", "2025-03-03", "2025-12-22"],
  ])("%s", (_n, D, verwacht) => {
    expect(u(tijdlijn({ eersteZiektedag: d(D) }, "2025-04-01"), "UWV42")).toBe(verwacht);
  });

  test("te late 42e-weeksmelding: boete-signaal, EWT schuift niet", () => {
    const zonder = tijdlijn({ eersteZiektedag: d("2025-03-03"), gedaan: { UWV42: d("2025-12-20") } });
    const laat = tijdlijn({ eersteZiektedag: d("2025-03-03"), gedaan: { UWV42: d("2026-01-15") } });
    expect(zonder.mijlpalen.UWV42.status).toBe("gedaan");
    expect(laat.mijlpalen.UWV42.status).toBe("te-laat-gedaan");
    expect(laat.signalen.find((s) => s.code === "UWV42_TE_LAAT")?.tekst).toMatch(/boete.*niet langer/);
    expect(laat.mijlpalen.EWT.uiterlijk).toBe(zonder.mijlpalen.EWT.uiterlijk);
  });
});

describe("status op de peildatum", () => {
  const D = "2026-10-01"; // PA uiterlijk 11-11-2026
  test.each([
    ["PA op tijd gedaan", { PA: "2026-11-05" }, "2026-11-25", "PA", "gedaan"],
    ["PA op de laatste dag gedaan", { PA: "2026-11-11" }, "2026-11-25", "PA", "gedaan"],
    ["PA een dag te laat gedaan", { PA: "2026-11-12" }, "2026-11-25", "PA", "te-laat-gedaan"],
    ["PA niet gedaan, termijn verstreken", {}, "2026-11-12", "PA", "te-laat"],
    ["PA niet gedaan, termijn vandaag", {}, "2026-11-11", "PA", "binnenkort"],
    ["PA niet gedaan, termijn over 14 dagen", {}, "2026-10-28", "PA", "binnenkort"],
    ["PA niet gedaan, termijn over 15 dagen", {}, "2026-10-27", "PA", "gepland"],
    ["PA-datum na de peildatum telt nog niet als gedaan", { PA: "2026-11-20" }, "2026-11-15", "PA", "te-laat"],
  ] as const)("%s", (_n, gedaan, peil, code, status) => {
    const g: Partial<Record<MijlpaalCode, Dag>> = {};
    for (const [k, w] of Object.entries(gedaan)) g[k as MijlpaalCode] = d(w as string);
    expect(tijdlijn({ eersteZiektedag: d(D), gedaan: g }, peil).mijlpalen[code].status).toBe(status);
  });

  test("horizon is instelbaar", () => {
    const t = tijdlijn({ eersteZiektedag: d(D) }, "2026-10-20", { ...STANDAARD_INSTELLINGEN, horizonDagen: 30 });
    expect(t.mijlpalen.PA.status).toBe("binnenkort");
  });
  test("in het EJE-venster is de EJE 'binnenkort', ook ver voor de termijn", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03") }, "2026-01-13");
    expect(t.mijlpalen.EJE.status).toBe("binnenkort");
  });
  test("conventie PA: letterlijke lezing 'binnen zes weken' = D+42", () => {
    const t = tijdlijn({ eersteZiektedag: d("2024-01-01") }, "2024-01-02", { ...STANDAARD_INSTELLINGEN, paTermijn: "zes-weken-na" });
    expect(u(t, "PA")).toBe("2024-02-12");
  });
});

describe("herstel", () => {
  test("mijlpalen na het herstel zijn n.v.t.; een gemiste eerdere termijn blijft te laat", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-03-02") }, "2026-11-25");
    expect(t.mijlpalen.PA.status).toBe("te-laat");
    for (const c of ["UWV42", "EJE", "SPOOR2", "AO", "EINDEVAL", "WIA", "EWT", "EVAL"] as const) expect(t.mijlpalen[c].status).toBe("nvt");
    expect(t.ziekteweek).toBeNull();
    expect(t.signalen.map((s) => s.code)).toContain("HERSTELD");
  });
  test("herstel op de dag na de termijn: de PA was nog nodig", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-02-16") }, "2026-11-25");
    expect(formatISO(t.mijlpalen.PA.uiterlijk)).toBe("2026-02-15");
    expect(t.mijlpalen.PA.status).toBe("te-laat");
  });
  test("herstel op de termijn zelf: PA n.v.t.", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-02-15") }, "2026-11-25");
    expect(t.mijlpalen.PA.status).toBe("nvt");
  });
  test("hersteldatum na de peildatum telt nog niet", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-12-01") }, "2026-11-25");
    expect(t.hersteldatum).toBeNull();
    expect(t.ziekteweek).toBe(47);
  });
  test("nieuwe periode binnen vier weken heropent het dossier", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-03-20"), eerderePerioden: [{ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-03-02") }] }, "2026-11-25");
    expect(t.hersteldatum).toBeNull();
    expect(t.mijlpalen.UWV42.status).not.toBe("nvt");
    expect(t.samengeteldeDagen).toBe(18);
  });
});

describe("WIA-aanvraag, loonsanctie en WAZO", () => {
  const D = d("2024-01-01"); // WIA uiterlijk 12-10-2025, EWT 28-12-2025
  test("te late WIA-aanvraag verlengt de loondoorbetaling met de dagen te laat", () => {
    const t = tijdlijn({ eersteZiektedag: D, gedaan: { WIA: d("2025-10-22") } }, "2025-11-01");
    expect(t.teLaatAanvraagDagen).toBe(10);
    expect(u(t, "EWT")).toBe("2026-01-07");
    expect(t.signalen.find((s) => s.code === "WIA_TE_LAAT")?.tekst).toMatch(/10 dagen/);
  });
  test("nog niet ingediende aanvraag na de termijn: de verlenging groeit met elke dag", () => {
    const t = tijdlijn({ eersteZiektedag: D }, "2025-10-20");
    expect(t.teLaatAanvraagDagen).toBe(8);
    expect(t.mijlpalen.WIA.status).toBe("te-laat");
  });
  test("loonsanctie tot een datum verlengt de EWT", () => {
    const t = tijdlijn({ eersteZiektedag: D, gedaan: { WIA: d("2025-10-01") }, loonsanctieTot: d("2026-12-27") }, "2025-11-01");
    expect(u(t, "EWT")).toBe("2026-12-27");
    expect(t.loonsanctieDagen).toBe(364);
    expect(t.signalen.find((s) => s.code === "LOONSANCTIE")?.tekst).toMatch(/52 weken extra.*28-12-2026/);
  });
  test("loonsanctie langer dan 52 weken: probleem, afgetopt", () => {
    const t = tijdlijn({ eersteZiektedag: D, gedaan: { WIA: d("2025-10-01") }, loonsanctieTot: d("2027-03-01") }, "2025-11-01");
    expect(t.loonsanctieDagen).toBe(364);
    expect(t.problemen.map((p) => p.code)).toContain("LOONSANCTIE_TE_LANG");
  });
  test("bekortingsverzoek: de loonsanctie eindigt 6 weken na UWV's besluit", () => {
    const t = tijdlijn(
      { eersteZiektedag: D, gedaan: { WIA: d("2025-10-01") }, loonsanctieTot: d("2026-12-27"), bekortingsbesluit: d("2026-03-02") },
      "2026-03-05",
    );
    expect(u(t, "EWT")).toBe("2026-04-13");
  });
  test("WAZO-verlof schort de wachttijd op: latere termijnen schuiven zo lang als het verlof", () => {
    const t = tijdlijn({ eersteZiektedag: D, wazo: [{ van: d("2024-03-01"), tot: d("2024-06-20") }] }, "2024-07-01");
    const dagen = d("2024-06-20") - d("2024-03-01") + 1;
    expect(t.wazoDagen).toBe(dagen);
    expect(t.mijlpalen.EWT.uiterlijk).toBe(D + 727 + dagen);
    expect(u(t, "PA")).toBe("2024-02-11");
  });
});

describe("onmogelijke invoer geeft problemen, geen exceptions", () => {
  test("hersteldatum vóór de eerste ziektedag", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), hersteldatum: d("2026-01-01") });
    expect(t.problemen[0].code).toBe("HERSTEL_VOOR_ZIEKTE");
    expect(t.problemen[0].melding).toMatch(/01-01-2026.*05-01-2026/);
    expect(t.hersteldatum).toBeNull();
  });
  test("geen eerste ziektedag", () => {
    const r = berekenTijdlijn({ eersteZiektedag: NaN }, d("2026-01-01"));
    expect(r.ok).toBe(false);
  });
  test("gedaan vóór de eerste ziektedag", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), gedaan: { PA: d("2025-12-01") } });
    expect(t.problemen.map((p) => p.code)).toEqual(["DATUM_VOOR_ZIEKTE"]);
    expect(t.mijlpalen.PA.gedaan).toBeNull();
  });
  test("verlenging korter dan 13 weken is een waarschuwing", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-01-05"), vrijwilligeVerlengingWeken: 4 });
    expect(t.problemen.map((p) => p.code)).toEqual(["VERLENGING_TE_KORT"]);
  });
});

describe("jaargrenzen en schrikkeldagen", () => {
  test.each([
    ["eerste ziektedag 29-02-2024", "2024-02-29", "2024-04-10", "2026-02-25"],
    ["eerste ziektedag 31-12-2025", "2025-12-31", "2026-02-10", "2027-12-28"],
    ["eerste ziektedag 01-03-2027 (wachttijd over 29-02-2028)", "2027-03-01", "2027-04-11", "2029-02-25"],
  ])("%s", (_n, D, PA, EWT) => {
    const t = tijdlijn({ eersteZiektedag: d(D) }, D);
    expect([u(t, "PA"), u(t, "EWT")]).toEqual([PA, EWT]);
  });
});

describe("ziekteweek en volgende actie", () => {
  test.each([
    ["dag 1 is week 1", "2026-01-05", "2026-01-05", 1],
    ["dag 7 is week 1", "2026-01-05", "2026-01-11", 1],
    ["dag 8 is week 2", "2026-01-05", "2026-01-12", 2],
    ["vóór de eerste ziektedag: week 0", "2026-01-05", "2026-01-04", 0],
  ])("%s", (_n, D, P, week) => {
    expect(ziekteweekOp(d(D), d(P))).toBe(week);
  });
  test("volgende actie is de vroegste open termijn", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-10-01"), gedaan: { ARBO: d("2026-10-02") } }, "2026-10-20");
    expect(volgendeActie(t)?.code).toBe("PA");
  });
  test("elke mijlpaal is aanwezig", () => {
    const t = tijdlijn({ eersteZiektedag: d("2026-10-01") });
    expect(Object.keys(t.mijlpalen).sort()).toEqual([...MIJLPAAL_CODES].sort());
  });
});

describe("spoor 2 n.v.t.", () => {
  const basis = { eersteZiektedag: d("2025-03-03") };
  test.each([
    ["zonder uitzondering: te laat", {}, "te-laat"],
    ["marginale mogelijkheden", { spoor2Uitzondering: "marginaal" }, "nvt"],
    ["AOW binnen een jaar", { spoor2Uitzondering: "aow" }, "nvt"],
    ["bevredigend resultaat bereikt", { bevredigendResultaat: true }, "nvt"],
    ["bevredigend resultaat nee", { bevredigendResultaat: false }, "te-laat"],
  ] as const)("%s", (_n, extra, status) => {
    expect(tijdlijn({ ...basis, ...extra } as DossierInvoer, "2026-06-01").mijlpalen.SPOOR2.status).toBe(status);
  });
});

describe("onbekend is niet te laat: een stap zonder kolom in het register", () => {
  // Alleen Werknemer en Eerste ziektedag: invoer.gedaan heeft voor geen enkele stap een waarde (undefined).
  const t = (() => {
    const r = berekenTijdlijn({ eersteZiektedag: d("2025-01-06") }, d("2026-11-25"));
    if (!r.ok) throw new Error("verwacht ok");
    return r.tijdlijn;
  })();
  test.each(MIJLPAAL_CODES.filter((c) => c !== "EWT").map((c) => [c]))("%s: status onbekend, termijn ter informatie", (c) => {
    expect(t.mijlpalen[c as MijlpaalCode].status).toBe("onbekend");
    expect(Number.isInteger(t.mijlpalen[c as MijlpaalCode].uiterlijk)).toBe(true);
  });
  test("geen kritiek signaal over de 42e-weeksmelding of een te late WIA-aanvraag", () => {
    expect(t.signalen.map((s) => s.code)).not.toContain("UWV42_TE_LAAT");
    expect(t.signalen.map((s) => s.code)).not.toContain("WIA_TE_LAAT");
    expect(t.teLaatAanvraagDagen).toBe(0);
  });
  test("de einde wachttijd blijft een datum", () => {
    expect(formatISO(t.laatsteDagLoondoorbetaling)).toBe("2027-01-03");
  });
  test("een lege cel (kolom bestaat) is wél niet gedaan", () => {
    const r = berekenTijdlijn({ eersteZiektedag: d("2025-01-06"), gedaan: { PA: null } }, d("2026-11-25"));
    expect(r.ok && r.tijdlijn.mijlpalen.PA.status).toBe("te-laat");
  });
});

describe("n.v.t. heeft een reden (Mijlpaal.reden) en spoor 2 één beslissing (t.spoor2)", () => {
  test.each([
    ["hersteld", { eersteZiektedag: d("2025-03-03"), hersteldatum: d("2025-06-01") }, "UWV42", "Hersteld per 01-06-2025"],
    ["uit dienst", { eersteZiektedag: d("2025-03-03"), uitDienstPer: d("2025-10-01") }, "UWV42", "Uit dienst per 01-10-2025: meld het einde van het dienstverband bij UWV"],
    ["ziek na de AOW-datum", { eersteZiektedag: d("2025-03-03"), aowDatum: d("2024-10-01") }, "PVA", "Ziek na de AOW-datum (01-10-2024): loondoorbetaling 6 weken, tot en met 13-04-2025"],
    ["AOW-leeftijd tijdens de ziekte", { eersteZiektedag: d("2025-03-03"), aowDatum: d("2026-01-15") }, "SPOOR2", "AOW-leeftijd op 15-01-2026: geen spoor 2"],
    ["bevredigend resultaat", { eersteZiektedag: d("2025-03-03"), bevredigendResultaat: true }, "SPOOR2", "Bevredigend resultaat: spoor 2 niet nodig"],
    ["vervroegde IVA", { eersteZiektedag: d("2025-03-03"), ivaAanvraag: d("2025-09-01"), ivaToegekend: d("2025-10-20") }, "WIA", "Vervroegde IVA toegekend"],
  ] as [string, DossierInvoer, MijlpaalCode, string][])("%s", (_n, invoer, code, reden) => {
    const t = tijdlijn(invoer);
    expect(t.mijlpalen[code].status).toBe("nvt");
    expect(t.mijlpalen[code].reden).toContain(reden);
  });

  test("de herstelreden hoort bij het eigen dossier, ook als dossiers elkaar afwisselen (onthouden tekst, issue 22)", () => {
    const reden = (h: string) => tijdlijn({ eersteZiektedag: d("2025-03-03"), hersteldatum: d(h) }).mijlpalen.UWV42.reden;
    expect([reden("2025-06-01"), reden("2025-07-01"), reden("2025-06-01")]).toEqual(["Hersteld per 01-06-2025", "Hersteld per 01-07-2025", "Hersteld per 01-06-2025"]);
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03"), hersteldatum: d("2025-06-01") });
    for (const c of ["UWV42", "EJE", "WIA", "EWT"] as MijlpaalCode[]) expect(t.mijlpalen[c].reden).toBe("Hersteld per 01-06-2025");
  });

  test("n.v.t. in de cel van het register (invoer.nvt, eenmaal gelezen per dossier): status nvt met reden, een ingevulde datum gaat voor", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03"), nvt: { PA: true, EJE: true }, gedaan: { EJE: d("2026-02-02") } });
    expect([t.mijlpalen.PA.status, t.mijlpalen.PA.reden]).toEqual(["nvt", "n.v.t. volgens het register"]);
    expect(t.mijlpalen.EJE.status).toBe("gedaan");
    expect(t.mijlpalen.PVA.status).not.toBe("nvt");
    // Het volgende dossier zonder nvt erft niets.
    expect(tijdlijn({ eersteZiektedag: d("2025-03-03") }).mijlpalen.PA.status).toBe("te-laat");
  });

  test("gedaan in een andere vorm (ontbrekende of expliciet lege sleutels, andere volgorde) geeft dezelfde tijdlijn (vaste vorm in de engine, issue 22)", () => {
    const P = d("2026-11-25");
    const a = berekenTijdlijn({ eersteZiektedag: d("2025-03-03"), gedaan: { PVA: d("2025-04-20"), PA: d("2025-03-30") } }, P);
    const b = berekenTijdlijn({ eersteZiektedag: d("2025-03-03"), gedaan: { ARBO: undefined, PA: d("2025-03-30"), PVA: d("2025-04-20"), WIA: undefined } }, P);
    expect(b).toEqual(a);
    expect(a.ok && a.tijdlijn.mijlpalen.ARBO.status).toBe("onbekend");
  });

  test("zonder n.v.t. geen reden", () => {
    const t = tijdlijn({ eersteZiektedag: d("2025-03-03") });
    for (const c of MIJLPAAL_CODES) expect(t.mijlpalen[c].reden).toBeUndefined();
  });

  test("t.spoor2 en de mijlpaal SPOOR2 zeggen hetzelfde", () => {
    for (const invoer of [
      { eersteZiektedag: d("2025-03-03") },
      { eersteZiektedag: d("2025-03-03"), spoor2Uitzondering: "marginaal" as const },
      { eersteZiektedag: d("2025-03-03"), spoor2Uitzondering: "marginaal" as const, belastbaarVanaf: d("2026-05-01") },
      { eersteZiektedag: d("2025-03-03"), aowDatum: d("2026-01-15") },
    ]) {
      const t = tijdlijn(invoer);
      expect(t.spoor2.nodig).toBe(t.mijlpalen.SPOOR2.status !== "nvt");
      expect(t.spoor2.reden ?? undefined).toBe(t.mijlpalen.SPOOR2.reden);
      expect(t.spoor2.uiterlijk).toBe(t.mijlpalen.SPOOR2.uiterlijk);
    }
  });

  test("WAZO-verlof tussen twee perioden: één keten in de engine (rekenvoorbeeld §3)", () => {
    const t = tijdlijn({
      eersteZiektedag: d("2025-11-21"),
      eerderePerioden: [{ eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-08-01") }],
      wazo: [{ van: d("2025-08-01"), tot: d("2025-11-20") }],
    });
    expect(formatISO(t.eersteZiektedag)).toBe("2025-01-06");
    expect(formatISO(t.laatsteDagLoondoorbetaling)).toBe("2027-04-25");
    expect(t.signalen.map((s) => s.code)).toContain("WAZO_SAMENGETELD");
  });

  test("andere oorzaak na het verlof: nieuwe keten", () => {
    const t = tijdlijn({
      eersteZiektedag: d("2025-11-21"),
      andereOorzaakNaVerlof: true,
      eerderePerioden: [{ eersteZiektedag: d("2025-01-06"), hersteldatum: d("2025-08-01") }],
      wazo: [{ van: d("2025-08-01"), tot: d("2025-11-20") }],
    });
    expect(formatISO(t.eersteZiektedag)).toBe("2025-11-21");
  });
});

test("contract: status n.v.t. ⇔ er is een reden (raster van dossiers en peildatums)", () => {
  let n = 0;
  const D0 = d("2023-01-02");
  for (let i = 0; i < 60; i++) {
    const D = D0 + i * 23;
    const varianten: DossierInvoer[] = [
      { eersteZiektedag: D },
      { eersteZiektedag: D, hersteldatum: D + 30 + i * 7 },
      { eersteZiektedag: D, aowDatum: D + 100 + i * 5 },
      { eersteZiektedag: D, uitDienstPer: D + 200 + i * 3 },
      { eersteZiektedag: D, ivaAanvraag: D + 120, ivaToegekend: D + 160 },
      { eersteZiektedag: D, spoor2Uitzondering: i % 2 ? "marginaal" : "aow", bevredigendResultaat: i % 3 === 0 },
    ];
    for (const invoer of varianten)
      for (const p of [D + 10, D + 300, D + 700]) {
        const t = tijdlijn(invoer, formatISO(p));
        for (const c of MIJLPAAL_CODES) {
          n++;
          const m = t.mijlpalen[c];
          expect([c, m.status === "nvt", typeof m.reden === "string" && m.reden.length > 0]).toEqual([c, m.status === "nvt", m.status === "nvt"]);
        }
      }
  }
  expect(n).toBeGreaterThan(10_000);
});
