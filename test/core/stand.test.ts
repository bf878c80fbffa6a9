/**
 * Issue 18, items 5–8 in de kern: levensloop (voorbij tegenover nog in te halen, herleven), onbekend op één
 * plek (toonbaarRisico), de woorden gepland/binnenkort, de kleur van de evaluatie uit de lijstkolom en de
 * verzuimcijfers die nooit na vandaag tellen.
 */
import { agendaItems } from "../../src/core/agenda";
import { leesBewaardeInstellingen } from "../../src/core/instellingen-lezen";
import { maakMarkeringPlan } from "../../src/core/markering";
import { evalueerRegister, type DossierEvaluatie } from "../../src/core/pipeline";
import { leesRegister, type Cel } from "../../src/core/register";
import { dossierStand, toonbaarRisico } from "../../src/core/stand";
import { berekenStatistiek, type Melding } from "../../src/core/statistiek";
import { berekenTijdlijn, isVoorbij, kanHerlevenTot } from "../../src/core/tijdlijn";
import { telling } from "../../src/cli/scan";
import { dossierKaart } from "../../src/taskpane/dossierkaart";
import { d, iso } from "../helpers";

const P = d("2026-11-25");

function evalueer(kop: string[], rijen: Cel[][]): DossierEvaluatie[] {
  const reg = leesRegister([kop, ...rijen], { blad: "Verzuim" })!;
  return evalueerRegister(reg, P).evaluaties;
}

const KOP = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak"];
// Ziek 100 dagen geleden, probleemanalyse en plan van aanpak nooit gedaan (termijnen D+41 en D+55).
const [hersteldLang, hersteldKort, ziek] = evalueer(KOP, [
  ["Herman", P - 100, P - 40, null, null],
  ["Rita", P - 100, P - 10, null, null],
  ["Sam", P - 100, null, null, null],
]);

describe("levensloop: een gemiste stap in een door herstel gesloten dossier is geschiedenis", () => {
  test("hersteld 40 dagen geleden: probleemanalyse voorbij, geen volgende actie, geen herinnering, telt niet als te laat", () => {
    const t = hersteldLang.tijdlijn;
    expect(t.mijlpalen.PA.status).toBe("te-laat"); // het blad blijft eerlijk: de stap is nooit gedaan
    expect(isVoorbij(t, "PA")).toBe(true);
    expect(kanHerlevenTot(t)).toBeNull();
    expect(hersteldLang.volgende).toBeNull();
    expect(agendaItems([hersteldLang], { peildatum: P })).toEqual([]);
    expect(telling([hersteldLang]).teLaat).toBe(0);
    const st = dossierStand(hersteldLang);
    expect([st.status, st.inTeHalen, st.voorbij]).toEqual(["voorbij", [], ["PA", "PVA"]]);
    expect(dossierKaart(hersteldLang)).toMatchObject({ open: false, teLaat: false, acties: [] });
  });

  test("hersteld 10 dagen geleden: kan herleven tot herstel + 27 dagen (BW 7:629 lid 10), dan nog in te halen", () => {
    const t = hersteldKort.tijdlijn;
    expect(iso(kanHerlevenTot(t)!)).toBe(iso(P - 10 + 27));
    expect(isVoorbij(t, "PA")).toBe(false);
    expect(hersteldKort.volgende?.code).toBe("PA");
    expect(telling([hersteldKort]).teLaat).toBe(2);
    expect(agendaItems([hersteldKort], { peildatum: P }).map((a) => a.uid.replace(/^.*-(\w+)@.*$/, "$1"))).toEqual(["pa", "pva"]);
    const kaart = dossierKaart(hersteldKort);
    expect(kaart).toMatchObject({ status: "te-laat", open: true, teLaat: true });
    expect(kaart.toelichting).toMatch(/kan herleven tot \d\d-\d\d-2026/);
    // Op de laatste dag van het venster kan het nog; een dag later niet meer.
    const grens = evalueerRegister(leesRegister([KOP, ["Rita", P - 100, P - 27, null, null]])!, P).evaluaties[0];
    expect(kanHerlevenTot(grens.tijdlijn)).toBe(P);
    const voorbij = evalueerRegister(leesRegister([KOP, ["Rita", P - 100, P - 28, null, null]])!, P).evaluaties[0];
    expect(kanHerlevenTot(voorbij.tijdlijn)).toBeNull();
    expect(voorbij.volgende).toBeNull();
  });

  test("nog ziek, maar de (verkorte) wachttijd is om door een toegekende vervroegde IVA: de gemiste stap is voorbij", () => {
    const D = d("2026-01-05");
    const invoer = { eersteZiektedag: D, gedaan: { PA: null }, ivaAanvraag: D + 100, ivaToegekend: D + 150 };
    const r = berekenTijdlijn(invoer, P);
    if (!r.ok) throw new Error("geen tijdlijn");
    const t = r.tijdlijn;
    expect(t.ingangsdatumIva).not.toBeNull();
    expect(t.eindeWachttijd).toBeLessThan(P);
    expect(t.hersteldatum).toBeNull();
    expect(t.mijlpalen.PA.status).toBe("te-laat");
    expect(isVoorbij(t, "PA")).toBe(true);
    // Vóór de ingang van de IVA was dezelfde stap nog in te halen.
    const eerder = berekenTijdlijn(invoer, t.eindeWachttijd);
    expect(eerder.ok && isVoorbij(eerder.tijdlijn, "PA")).toBe(false);
  });

  test("nog ziek met dezelfde gemiste stap: te laat, nog in te halen", () => {
    expect(isVoorbij(ziek.tijdlijn, "PA")).toBe(false);
    expect(ziek.volgende?.code).toBe("PA");
    expect(dossierStand(ziek)).toMatchObject({ status: "te-laat", inTeHalen: ["PA", "PVA"], voorbij: [] });
    expect(telling([ziek]).teLaat).toBe(2);
  });
});

describe("onbekend op één plek: toonbaarRisico", () => {
  test("week 44 met alleen naam en eerste ziektedag: onbekend, met de stappen en kolommen die het zouden vertellen", () => {
    const [e] = evalueer(["Werknemer", "Eerste ziektedag"], [["Wim", P - 43 * 7 - 3]]);
    expect(e.tijdlijn.ziekteweek).toBe(44);
    expect(e.beoordeling.loonsanctie.risico).toBe("laag"); // de beoordeling zelf; getoond wordt:
    expect(toonbaarRisico(e)).toBe("onbekend");
    const st = dossierStand(e);
    expect(st.status).toBe("onbekend");
    expect(st.onbekend.kolommen).toEqual(["Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding"]);
  });

  test("week 2 met alleen naam en eerste ziektedag: de beoordeling vindt niets, maar niemand weet het → onbekend, niet 'geen'", () => {
    const [e] = evalueer(["Werknemer", "Eerste ziektedag"], [["Bert", P - 10]]);
    expect(e.beoordeling.loonsanctie.risico).toBe("geen");
    expect(toonbaarRisico(e)).toBe("onbekend");
  });

  test("week 1 zonder verstreken termijn: niets te beoordelen, dus geen risico; hersteld is altijd een bekend 'geen'", () => {
    const [vers] = evalueer(["Werknemer", "Eerste ziektedag"], [["Vera", P - 3]]);
    expect(toonbaarRisico(vers)).toBe("geen");
    expect(toonbaarRisico(hersteldLang)).toBe("geen");
  });

  test("een bekend tekort blijft een risicowoord; opgelegd blijft opgelegd", () => {
    expect(toonbaarRisico(ziek)).toBe("hoog");
    const opgelegd = { ...ziek, beoordeling: { ...ziek.beoordeling, loonsanctie: { risico: "opgelegd" as const, redenen: [], bevindingen: [] } } };
    expect(toonbaarRisico(opgelegd)).toBe("opgelegd");
  });
});

describe("woorden voor een niet-jurist: gepland tegenover binnenkort", () => {
  const KOP2 = ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "Eerstejaarsevaluatie", "Start spoor 2"];
  test("spoor 2 binnen de horizon: 'Binnenkort: … over N dagen'; verder weg: 'Gepland: …'; nooit 'Nog niet aan de orde'", () => {
    // EJE gedaan in week 46; spoor 2 uiterlijk over 12 dagen (binnen de horizon van 14), resp. over 32 dagen.
    const [binnen, later] = evalueer(KOP2, [
      ["Bo", P - 350, P - 340, P - 330, P - 30, null],
      ["Lo", P - 330, P - 320, P - 310, P - 10, null],
    ]);
    expect(binnen.tijdlijn.mijlpalen.SPOOR2.status).toBe("binnenkort");
    expect(binnen.beoordeling.spoor2.oordeel).toMatch(/^Binnenkort: spoor 2 starten uiterlijk \d\d-\d\d-\d{4}, over 12 dagen$/);
    expect(later.tijdlijn.mijlpalen.SPOOR2.status).toBe("gepland");
    expect(later.beoordeling.spoor2.oordeel).toMatch(/^Gepland: spoor 2 starten uiterlijk/);
    for (const e of [binnen, later]) expect(`${e.beoordeling.riv.oordeel} ${e.beoordeling.spoor2.oordeel}`).not.toMatch(/Nog niet aan de orde/);
    expect(binnen.beoordeling.riv.oordeel).toMatch(/^Gepland: re-integratieverslag bij de WIA-aanvraag, vanaf /);
  });
});

describe("de evaluatie wordt gekleurd in de kolom die het rapport gebruikte", () => {
  test("alleen een lijst 'Evaluaties' (geen 'Laatste evaluatie'): de lijstkolom krijgt de regels en de termijn", () => {
    const kop = ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "Evaluaties"];
    const reg = leesRegister([kop, ["Eva", P - 300, P - 280, P - 270, `${iso(P - 250).split("-").reverse().join("-")}; ${iso(P - 200).split("-").reverse().join("-")}`]], { blad: "Verzuim" })!;
    const { evaluaties, items } = evalueerRegister(reg, P);
    const m = evaluaties[0].tijdlijn.mijlpalen.EVAL;
    expect(m.status).toBe("te-laat"); // het rapport: volgende evaluatie te laat
    const plan = maakMarkeringPlan(reg, items, { index: 1, datumsysteem: "1900", horizonDagen: 14 });
    // De termijn van de volgende evaluatie staat in het verborgen blad, en de regels liggen op kolom E (Evaluaties).
    expect(plan.kolommen.some((k) => k.waarden.includes(m.uiterlijk))).toBe(true);
    expect(plan.regels.filter((r) => r.bereik.startsWith("E")).map((r) => r.soort)).toContain("te-laat");
    // Zonder de lijstkolom (alleen naam en datums) is er voor EVAL geen cel en dus geen regel.
    const zonder = leesRegister([kop.slice(0, 4), ["Eva", P - 300, P - 280, P - 270]], { blad: "Verzuim" })!;
    const r2 = evalueerRegister(zonder, P);
    expect(maakMarkeringPlan(zonder, r2.items, { index: 1, datumsysteem: "1900", horizonDagen: 14 }).regels.some((r) => r.bereik.startsWith("E"))).toBe(false);
  });
});

describe("verzuimcijfers: nooit dagen na vandaag", () => {
  const open: Melding = { sleutel: "A", werknemer: "A", afdeling: null, eersteZiektedag: d("2026-11-01"), laatsteZiektedag: null, wazo: [], rij: 2 };
  test("een --tot in de toekomst wordt de peildatum, met een opmerking; de uitkomst is die van tot = vandaag", () => {
    const vandaag = berekenStatistiek([open], { van: d("2026-10-01"), tot: P, medewerkers: 10 });
    const toekomst = berekenStatistiek([open], { van: d("2026-10-01"), tot: d("2026-12-31"), medewerkers: 10, peildatum: P });
    expect(toekomst.tot).toBe(P);
    expect(toekomst.verzuimpercentage).toBe(vandaag.verzuimpercentage);
    expect(toekomst.opmerkingen.join(" ")).toMatch(/na vandaag \(25-11-2026\): geteld tot en met 25-11-2026/);
    const zonder = berekenStatistiek([open], { van: d("2026-10-01"), tot: d("2026-12-31"), medewerkers: 10 });
    expect(zonder.verzuimpercentage).not.toBe(vandaag.verzuimpercentage); // zonder peildatum telt de toekomst mee
  });
});

describe("bewaarde instellingen van het taakvenster", () => {
  test("JSON-tekst, ook nog eens als JSON-waarde zoals Office hem in het pakket zet", () => {
    const tekst = JSON.stringify({ horizonDagen: 21, paTermijn: "einde-week-6", toonArboAdvies: true, medewerkers: 12 });
    expect(leesBewaardeInstellingen(tekst).instellingen.medewerkers).toBe(12);
    expect(leesBewaardeInstellingen(JSON.stringify(tekst)).instellingen.medewerkers).toBe(12);
    expect(leesBewaardeInstellingen("{kapot").meldingen[0]).toMatch(/onleesbaar/);
  });
});
