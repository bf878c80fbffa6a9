import { dagVan } from "../../src/core/dagen";
import { plekVan } from "../../src/core/dossier";
import { bladUitFormule, isEigenRegel, LEGENDA_BLAD, LEGENDA_TITEL, leesBereik, legendaRaster, legendaStalen, maakLegenda, MARKERING_KENMERK, MARKERING_KLEUREN, vrijeNummers } from "../../src/core/markering";
import { regelWaar, type Werkmap } from "../excel-formule";
import {
  INSTELLINGEN_SLEUTEL,
  leesWerkmap,
  ontleedAdres,
  vertraag,
  bewaarInstellingen,
  selecteerCel,
  foutTekst,
  WerkmapFout,
  controleerOndersteuning,
  utf8Bytes,
} from "../../src/office/werkmap";
import { markeerTermijnen, verdeelSchrijfwerk, verwijderMarkering } from "../../src/office/markeren";
import { maakContext, momentopname, nieuweStaat, zetWaarden, type MockStaat, type Waarde } from "./mockExcel";
import { gedeeldeInstellingen } from "../../src/office/gedeeld";

const P = dagVan(2025, 5, 1); // peildatum
const KOP = ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak"];

/** Register op "Verzuim" vanaf B3 (als tabel), met n rijen; een gebruikersregel en gebruikerscellen ernaast. */
function werkmap(n: number, opties: { tabel?: boolean; datum1904?: boolean } = {}): MockStaat {
  const s = nieuweStaat();
  s.datum1904 = opties.datum1904 ?? false;
  const rijen: Waarde[][] = [KOP];
  const basis = dagVan(2025, 1, 6) - (s.datum1904 ? 1462 : 0);
  for (let i = 0; i < n; i++) {
    const D = basis + (i % 120);
    rijen.push([`Werknemer ${i + 1}`, D, i % 3 === 0 ? D + 30 : "", i % 6 === 0 ? D + 40 : ""]);
  }
  const blad = zetWaarden(s, "Verzuim", "B3", rijen);
  if (opties.tabel !== false) blad.tabellen.push({ naam: "Verzuimregister", bereik: `B3:E${3 + n}` });
  // Iets van de gebruiker: een notitie, een formule en een eigen opmaakregel.
  blad.cellen.set("1,1", { v: "Mijn notitie" });
  blad.cellen.set("1,8", { v: 3, f: "=1+2" });
  s.regels.push({ id: 1, blad: "Verzuim", bereik: "B4:B9999", type: "Custom", formule: '=B4=""', vulling: "#FF0000", tekst: null });
  zetWaarden(s, "Overig", "A1", [["los", 1]]);
  return s;
}

describe("ontleedAdres", () => {
  test.each([
    ["Blad1!B3:K20", 3, 2],
    ["'Mijn blad'!$AA$10:$AB$11", 10, 27],
    ["Verzuim!C7", 7, 3],
  ])("%s → rij %i, kolom %i", (adres, rij, kolom) => expect(ontleedAdres(adres)).toEqual({ rij, kolom }));
  test("onzin → null", () => expect(ontleedAdres("Blad1!#REF!")).toBeNull());
});

describe("leesWerkmap", () => {
  // Syncs: structuur + adressen + leesrondes. De eerste schatting (24 B per cel, 4 kolommen) laat ~41.000 rijen
  // in de eerste leesronde toe; 50.000 rijen vragen dus een tweede (kleinere) ronde.
  test.each([
    [10, 3],
    [1000, 3],
    [50000, 4],
  ])("%i rijen (4 kolommen): %i syncs, alle dossiers, niets geschreven", async (n, syncs) => {
    const s = werkmap(n);
    const voor = momentopname(s);
    const ctx = maakContext(s, { limietBytes: 5_000_000 });
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.syncs).toBe(syncs);
    expect(l.syncs).toBe(syncs);
    expect(Math.max(...ctx.antwoordBytes)).toBeLessThan(5_000_000);
    expect(ctx.log).toEqual([]);
    expect(momentopname(s)).toEqual(voor);
    expect(l.registers).toHaveLength(1);
    expect(l.registers[0].register.blad).toBe("Verzuim");
    expect(l.registers[0].register.eersteRij).toBe(4);
    expect(l.registers[0].evaluaties).toHaveLength(n);
  });

  test("register zonder tabel: gebruikt bereik, offsets kloppen", async () => {
    const ctx = maakContext(werkmap(5, { tabel: false }));
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.registers).toHaveLength(1);
    // gebruikt bereik begint op A1 (notitie), koprij is rij 3
    expect(l.registers[0].register.koprij).toBe(3);
    expect(plekVan(l.registers[0].items[0].dossier, "PA")).toEqual({ rij: 4, kolom: 4 });
  });

  test.each([
    [false, "1900"],
    [true, "1904"],
  ])("datumsysteem (datum1904=%s) → %s via functions.date, zonder iets te schrijven", async (vlag, systeem) => {
    const s = werkmap(3, { datum1904: vlag });
    const voor = momentopname(s);
    const ctx = maakContext(s);
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.datumsysteem).toBe(systeem);
    const eerste = l.registers[0].evaluaties[0].tijdlijn.eersteZiektedag;
    expect(eerste).toBe(dagVan(2025, 1, 6));
    expect(ctx.log).toEqual([]);
    expect(momentopname(s)).toEqual(voor);
    expect(l.meldingen).toEqual([]);
  });

  test("beveiligde werkmapstructuur: lezen werkt gewoon (er wordt niets toegevoegd)", async () => {
    const ctx = maakContext(werkmap(3, { datum1904: true }), { structuurBeveiligd: true });
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.datumsysteem).toBe("1904");
    expect(l.meldingen).toEqual([]);
    expect(l.registers[0].evaluaties).toHaveLength(3);
  });

  test("groot blad zonder kopregel: na het eerste stuk niet verder gelezen", async () => {
    const s = werkmap(3);
    zetWaarden(s, "Data", "A1", Array.from({ length: 300_000 }, (_, i) => [i, `x${i}`, i * 2]));
    const ctx = maakContext(s, { limietBytes: 5_000_000 });
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.registers.map((r) => r.register.blad)).toEqual(["Verzuim"]);
    // structuur, adressen, één ronde waarden: van "Data" alleen het eerste stuk
    expect(ctx.syncs).toBe(3);
    expect(ctx.leesCellen[2]).toBeLessThan(300_000 * 3);
  });

  test("de kolomkeuze in de instellingen van de werkmap: dezelfde als de scanner leest (één keuze, beide hosts)", async () => {
    const s = nieuweStaat();
    zetWaarden(s, "Verzuim", "A1", [
      ["Werknemer", "Eerste ziektedag", "Afspraken werkhervatting", "Bijzonderheden"],
      ["Anna", P - 100, P - 60, "belt zelf"],
    ]);
    const zonder = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(zonder.registers[0].evaluaties[0].tijdlijn.mijlpalen.PVA.status).toBe("onbekend");
    s.instellingen.set(INSTELLINGEN_SLEUTEL, JSON.stringify({ kolommen: { "Afspraken werkhervatting": "Plan van aanpak", Bijzonderheden: "niet gebruiken" } }));
    const met = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(met.registers[0].evaluaties[0].tijdlijn.mijlpalen.PVA.status).toBe("gedaan");
    expect(met.registers[0].register.nietGebruikt?.find((k) => k.kop === "Bijzonderheden")?.reden).toBe("keuze");
  });

  test("instellingen uit de werkmap, fout veld valt terug op standaard met melding", async () => {
    const s = werkmap(3);
    s.instellingen.set(INSTELLINGEN_SLEUTEL, JSON.stringify({ horizonDagen: 30, paTermijn: "onzin" }));
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(l.instellingen.horizonDagen).toBe(30);
    expect(l.instellingen.paTermijn).toBe("einde-week-6");
    expect(l.meldingen.join(" ")).toMatch(/Termijn probleemanalyse/);
  });

  test("slechte cel wordt probleem met rij, andere rijen gaan door", async () => {
    const s = werkmap(4);
    s.bladen[0].cellen.set("5,3", { v: "morgen" });
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(l.registers[0].problemen).toEqual([expect.objectContaining({ rij: 5, code: "GEEN_DATUM" })]);
    expect(l.registers[0].evaluaties).toHaveLength(3);
  });
});

describe("markeerTermijnen", () => {
  test.each([
    [10, 4],
    [1000, 4],
    [50000, 5],
  ])("%i rijen: %i syncs (lezen + 1 schrijfronde), elk verzoek onder 5 MB", async (n, syncs) => {
    const ctx = maakContext(werkmap(n), { limietBytes: 5_000_000 });
    const r = await markeerTermijnen(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.syncs).toBe(syncs);
    expect(r.schrijfRondes).toBe(1);
    expect(r.syncs).toBe(ctx.syncs);
    expect(Math.max(...ctx.verzoekBytes)).toBeLessThan(5_000_000);
    expect(r.cellen).toBe(6 * n); // opzoektabel: sleutel, eerste ziektedag, en per mijlpaalkolom termijn en begin van "binnenkort"
    expect(r.regels).toBe(8);
  });

  test("verborgen blad, naam, waarden op dezelfde adressen, regels met kleuren", async () => {
    const s = werkmap(10);
    const ctx = maakContext(s);
    const r = await markeerTermijnen(ctx as unknown as Excel.RequestContext, P);
    const plan = r.plannen[0];
    expect(plan.verborgenBlad).toBe("PW_T_1");
    const verborgen = s.bladen.find((b) => b.naam === "PW_T_1")!;
    expect(verborgen.zichtbaarheid).toBe("VeryHidden");
    expect(s.namen.get("PW_T_1")).toBe(plan.naamVerwijzing);
    // De opzoektabel: rij 2 is het eerste dossier, met zijn sleutel (eerste ziektedag | naam), de eerste ziektedag,
    // de PA-termijn en het begin van "binnenkort" (C, D) en de PVA-termijn (E).
    const tl = r.lezing.registers[0].evaluaties[0].tijdlijn;
    expect(verborgen.cellen.get("2,1")?.v).toBe(`${tl.eersteZiektedag}|Werknemer 1`);
    expect(verborgen.cellen.get("2,2")?.v).toBe(tl.eersteZiektedag);
    expect(verborgen.cellen.get("2,3")?.v).toBe(tl.mijlpalen.PA.uiterlijk);
    expect(verborgen.cellen.get("2,4")?.v).toBe(tl.mijlpalen.PA.uiterlijk - 14);
    expect(verborgen.cellen.get("2,5")?.v).toBe(tl.mijlpalen.PVA.uiterlijk);
    const eigen = s.regels.filter((x) => isEigenRegel(x.formule));
    expect(eigen.map((x) => x.bereik)).toEqual(["D4:D13", "D4:D13", "D4:D13", "D4:D13", "E4:E13", "E4:E13", "E4:E13", "E4:E13"]);
    expect(eigen[1]).toMatchObject({ vulling: MARKERING_KLEUREN["te-laat"].vulling, tekst: MARKERING_KLEUREN["te-laat"].tekst });
    expect(ctx.log).toContain("rekenen uit");
  });

  test("een stap die gedaan is volgens een tekstdatum: 'gedaan' in het verborgen blad (de cel zelf is geen getal)", async () => {
    const s = nieuweStaat();
    zetWaarden(s, "Verzuim", "A1", [KOP, ["Anna", dagVan(2025, 1, 6), "10-02-2025", dagVan(2025, 2, 20)]]);
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const verborgen = s.bladen.find((b) => b.naam === "PW_T_1")!;
    expect(r.lezing.registers[0].evaluaties[0].tijdlijn.mijlpalen.PA.status).toBe("gedaan");
    expect(verborgen.cellen.get("2,3")?.v).toBe("gedaan"); // tekstdatum: het plan legt het oordeel vast
    expect(typeof verborgen.cellen.get("2,5")?.v).toBe("number"); // echte datum: de cel beslist zelf (PVA-termijn)
  });

  test("tweemaal markeren verandert niets", async () => {
    const s = werkmap(50);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const na1 = momentopname(s);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(momentopname(s)).toEqual(na1);
  });

  test("minder rijen daarna: oude termijnen verdwijnen uit het verborgen blad", async () => {
    const s = werkmap(20);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    for (let r = 15; r <= 23; r++) for (let c = 2; c <= 5; c++) s.bladen[0].cellen.delete(`${r},${c}`);
    s.bladen[0].tabellen[0].bereik = "B3:E14";
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const verborgen = s.bladen.find((b) => b.naam === "PW_T_1")!;
    expect([...verborgen.cellen.keys()].every((k) => Number(k.split(",")[0]) <= 14)).toBe(true);
  });

  test("geen enkele gebruikerscel, formule of gebruikersregel verandert; verwijderen herstelt exact", async () => {
    const s = werkmap(30);
    const voor = momentopname(s);
    const ctx = maakContext(s);
    await markeerTermijnen(ctx as unknown as Excel.RequestContext, P);
    const gebruiker = (m: unknown) => (m as { bladen: { naam: string }[] }).bladen.filter((b) => !b.naam.startsWith("PW_T_") && b.naam !== LEGENDA_BLAD);
    expect(gebruiker(momentopname(s))).toEqual(gebruiker(voor));
    expect(ctx.log.some((l) => /^(values|formulas|wissen) (Verzuim|Overig)!/.test(l))).toBe(false);
    expect(s.regels.filter((x) => x.id === 1)).toHaveLength(1);

    const ctx2 = maakContext(s);
    const v = await verwijderMarkering(ctx2 as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 8, namen: 1, bladen: 2, syncs: 3 }); // het verborgen blad en de legenda
    expect(momentopname(s)).toEqual(voor);
  });

  test("verwijderen zonder markering doet niets en laat de werkmap gelijk", async () => {
    const s = werkmap(5);
    const voor = momentopname(s);
    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 0, namen: 0, bladen: 0, syncs: 3 });
    expect(momentopname(s)).toEqual(voor);
  });

  test("1904-werkmap: termijnen als 1904-serienummers", async () => {
    const s = werkmap(3, { datum1904: true });
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const tl = r.lezing.registers[0].evaluaties[0].tijdlijn;
    expect(s.bladen.find((b) => b.naam === "PW_T_1")!.cellen.get("2,3")?.v).toBe(tl.mijlpalen.PA.uiterlijk - 1462);
  });
});

describe("alleen wat van ons is", () => {
  /** Werkmap met een gebruikersblad "PW_T_1", gebruikersnamen "PW_T_x" en "PW_T_2", en een gebruikersregel die PW_T_2 gebruikt. */
  function metGelijkendeNamen(): MockStaat {
    const s = werkmap(10);
    zetWaarden(s, "PW_T_1", "A1", [["Mijn eigen blad", 7]]);
    s.namen.set("PW_T_x", "=Overig!$A$1");
    s.namen.set("PW_T_2", "=Overig!$A$1:$B$1");
    s.regels.push({ id: 2, blad: "Overig", bereik: "A1:B1", type: "Custom", formule: "=INDEX(PW_T_2,1,1)>0", vulling: "#00FF00", tekst: null });
    // Een VeryHidden blad van de gebruiker (VBA) met een naam die op de onze lijkt.
    zetWaarden(s, "PW_T_5", "A1", [["geheim"]]).zichtbaarheid = "VeryHidden";
    return s;
  }

  test("markeren kiest een vrij nummer en zet het kenmerk; verwijderen laat blad, namen en regel van de gebruiker staan", async () => {
    const s = metGelijkendeNamen();
    const voor = momentopname(s);
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(r.plannen.map((p) => p.verborgenBlad)).toEqual(["PW_T_3"]);
    const eigen = s.bladen.find((b) => b.naam === "PW_T_3")!;
    expect(eigen.zichtbaarheid).toBe("VeryHidden");
    expect(eigen.cellen.get("1,1")?.v).toBe(MARKERING_KENMERK);
    expect(s.namen.get("PW_T_3")).toBe("='PW_T_3'!$A$2:$F$11"); // tien dossiers: sleutel, eerste ziektedag, 2 × (termijn, binnenkort)
    expect(s.regels.filter((x) => x.formule.includes("INDEX(PW_T_3,"))).toHaveLength(8);

    const na1 = momentopname(s);
    const r2 = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(r2.plannen.map((p) => p.verborgenBlad)).toEqual(["PW_T_3"]);
    expect(momentopname(s)).toEqual(na1);

    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 8, namen: 1, bladen: 2, syncs: 3 }); // het verborgen blad en de legenda
    expect(momentopname(s)).toEqual(voor);
    // En nog eens verwijderen: er is niets meer van ons.
    const v2 = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v2).toEqual({ regels: 0, namen: 0, bladen: 0, syncs: 3 });
    expect(momentopname(s)).toEqual(voor);
  });

  test("een weesregel (INDEX(PW_T_4,…) zonder naam, bijvoorbeeld van een gekopieerd blad) is van ons; een regel met een naam van de gebruiker niet", async () => {
    const s = metGelijkendeNamen();
    const voor = momentopname(s);
    s.regels.push({ id: 7, blad: "Verzuim", bereik: "D4:D13", type: "Custom", formule: "=INDEX(PW_T_4,ROW(D4),COLUMN(D4))<TODAY()", vulling: "#FFC7CE", tekst: null });
    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 1, namen: 0, bladen: 0, syncs: 3 });
    expect(momentopname(s)).toEqual(voor);
    expect(s.regels.map((x) => x.formule)).toContain("=INDEX(PW_T_2,1,1)>0");
  });

  test("lezen telt het gebruikersblad PW_T_1 niet als markering", async () => {
    const l = await leesWerkmap(maakContext(metGelijkendeNamen()) as unknown as Excel.RequestContext, P);
    expect(l.gemarkeerd).toBe(false);
  });

  test("oudere markering (kladblad PW_T_0, blad zonder kenmerk met eigen naam) wordt herkend en verwijderd", async () => {
    const s = werkmap(10);
    const voor = momentopname(s);
    const klad = zetWaarden(s, "PW_T_0", "A1", []);
    klad.zichtbaarheid = "VeryHidden";
    klad.cellen.set("1,1", { v: 1462, f: "=DATE(1904,1,1)" });
    const oud = zetWaarden(s, "PW_T_1", "D4", [[45700], [45710]]);
    oud.zichtbaarheid = "VeryHidden";
    s.namen.set("PW_T_1", "='PW_T_1'!$A$1:$E$13");
    s.regels.push({ id: 9, blad: "Verzuim", bereik: "D4:D13", type: "Custom", formule: "=INDEX(PW_T_1,ROW(D4),COLUMN(D4))<TODAY()", vulling: "#FFC7CE", tekst: null });
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(l.gemarkeerd).toBe(true);
    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 1, namen: 1, bladen: 2, syncs: 3 });
    expect(momentopname(s)).toEqual(voor);
  });

  test.each([
    ["='PW_T_1'!$A$1:$E$13", "PW_T_1"],
    ["=PW_T_2!$A$1", "PW_T_2"],
    ["='Blad ''x'''!A1", "Blad 'x'"],
    ["=#REF!$A$1", "#REF"],
    ["=1+2", null],
  ])("bladUitFormule(%s) → %s", (f, blad) => expect(bladUitFormule(f)).toBe(blad));

  test("vrijeNummers slaat bezette namen over", () => {
    expect(vrijeNummers(3, new Set(["PW_T_1", "PW_T_3"]))).toEqual([2, 4, 5]);
  });
});

describe("ondersteuning (requirement sets)", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);
  const zet = (hoogste: number) =>
    ((globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: (naam: string, v: string) => naam === "ExcelApi" && Number(v.split(".")[1]) <= hoogste } },
    });
  test("ExcelApi 1.7 aanwezig: geen melding", () => {
    zet(9);
    expect(controleerOndersteuning()).toBeNull();
  });
  test("alleen ExcelApi 1.5: Nederlandse melding, en lezen weigert met die melding", async () => {
    zet(5);
    expect(controleerOndersteuning()).toMatch(/ExcelApi 1\.7/);
    await expect(leesWerkmap(maakContext(werkmap(2)) as unknown as Excel.RequestContext, P)).rejects.toThrow(/Deze versie van Excel/);
  });
});

describe("utf8Bytes", () => {
  test.each([
    ["abc", 3],
    ["é", 2],
    ["€", 3],
    ["😀", 4],
    ["Ëlif Çelik – 😀", 21],
  ])("%s → %i bytes (zoals TextEncoder)", (tekst, n) => {
    expect(utf8Bytes(tekst)).toBe(n);
    expect(new TextEncoder().encode(tekst).length).toBe(n);
  });
});

describe("verdeelSchrijfwerk", () => {
  const plan = (rijen: number, kolommen: number) => ({
    blad: "R",
    verborgenBlad: "PW_T_1",
    naam: "PW_T_1",
    naamVerwijzing: "",
    regels: [],
    kolommen: Array.from({ length: kolommen }, (_, k) => ({ kolom: k + 2, eersteRij: 2, waarden: Array.from({ length: rijen }, (_, i) => 45000 + i) })),
  });
  test("klein: één ronde", () => expect(verdeelSchrijfwerk([plan(10, 10)])).toHaveLength(1));
  test("50.000 × 10 getallen: 2 rondes, elk onder het budget", () => {
    const r = verdeelSchrijfwerk([plan(50000, 10)]);
    expect(r).toHaveLength(2);
    for (const ronde of r) expect(ronde.reduce((s, x) => s + x.bytes, 0)).toBeLessThanOrEqual(4_000_000);
    expect(r.flat().reduce((s, x) => s + x.waarden.length, 0)).toBe(500000);
  });
});

describe("instellingen, selectie, vertraging", () => {
  test("bewaarInstellingen schrijft JSON onder de sleutel; lezen geeft ze terug", async () => {
    const s = werkmap(2);
    const ctx = maakContext(s);
    await bewaarInstellingen(ctx as unknown as Excel.RequestContext, { horizonDagen: 21, paTermijn: "zes-weken-na", toonArboAdvies: false });
    // De PW-functies (gedeelde runtime) rekenen meteen met de nieuwe instellingen: volledig herberekenen.
    expect(ctx.log).toContain("herbereken Full");
    expect(gedeeldeInstellingen().paTermijn).toBe("zes-weken-na");
    delete (globalThis as Record<string, unknown>).__poortwachterInstellingen;
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(l.instellingen).toEqual({ horizonDagen: 21, paTermijn: "zes-weken-na", toonArboAdvies: false });
    expect(gedeeldeInstellingen().horizonDagen).toBe(21);
    delete (globalThis as Record<string, unknown>).__poortwachterInstellingen;
  });
  test("selecteerCel: één sync", async () => {
    const s = werkmap(2);
    const ctx = maakContext(s);
    await selecteerCel(ctx as unknown as Excel.RequestContext, "Verzuim", "D5");
    expect(ctx.syncs).toBe(1);
    expect(s.selectie).toBe("Verzuim!D5");
  });
  test("vertraag: vele aanroepen → één uitvoering na de pauze", () => {
    jest.useFakeTimers();
    const fn = jest.fn();
    const v = vertraag(fn, 500);
    v();
    jest.advanceTimersByTime(300);
    v();
    jest.advanceTimersByTime(300);
    v();
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });
});

describe("het legendablad (zoals in de gekleurde kopie van de scanner)", () => {
  const cellen = (s: MockStaat, naam: string) => {
    const b = s.bladen.find((x) => x.naam === naam);
    if (!b) return null;
    const uit: string[][] = [];
    for (const [k, c] of b.cellen) {
      const [r, kol] = k.split(",").map(Number);
      (uit[r - 1] ??= ["", ""])[kol - 1] = String(c.v);
    }
    return Array.from(uit, (rij) => rij ?? ["", ""]);
  };

  test("markeren zet een zichtbaar blad met dezelfde cellen als de scanner; nog eens markeren verandert niets; verwijderen haalt het weg", async () => {
    const s = werkmap(5);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const b = s.bladen.find((x) => x.naam === LEGENDA_BLAD)!;
    expect(b.zichtbaarheid ?? "Visible").toBe("Visible");
    expect(cellen(s, LEGENDA_BLAD)).toEqual(legendaRaster(maakLegenda(14)));
    expect(cellen(s, LEGENDA_BLAD)![0][0]).toBe(LEGENDA_TITEL);
    expect([b.breedtes?.get(1), b.breedtes?.get(2)]).toEqual([90, 580]);
    expect(b.afdruk).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 } });
    // Kleurstalen: de cel met de kleurnaam heeft zelf die kleur (vulling, tekst, vet), zoals de regels op het register.
    const stalen = legendaStalen(maakLegenda(14));
    expect(stalen).toHaveLength(6);
    for (const { adres, stijl } of stalen) {
      const { boven, links } = leesBereik(adres)!;
      expect([adres, b.opmaak?.get(`${boven},${links}`)]).toEqual([adres, { ...(stijl.vulling ? { vulling: stijl.vulling } : {}), tekst: stijl.tekst, ...(stijl.vet ? { vet: true } : {}) }]);
    }
    expect(b.cellen.get("4,1")?.v).toBe("Rood");
    expect(b.opmaak?.get("4,1")?.vulling).toBe(MARKERING_KLEUREN["te-laat"].vulling);
    const na = momentopname(s);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(momentopname(s)).toEqual(na);
    await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(s.bladen.some((x) => x.naam === LEGENDA_BLAD)).toBe(false);
  });

  test("een blad van de gebruiker dat zo heet, blijft staan en wordt geen legenda; lezen ziet het niet als register", async () => {
    const s = werkmap(5);
    zetWaarden(s, LEGENDA_BLAD, "A1", [["Mijn eigen uitleg", 1]]);
    const voor = cellen(s, LEGENDA_BLAD);
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(JSON.stringify(l.nietHerkend ?? [])).not.toContain(LEGENDA_BLAD);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(cellen(s, LEGENDA_BLAD)).toEqual(voor);
    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v.bladen).toBe(1);
    expect(cellen(s, LEGENDA_BLAD)).toEqual(voor);
  });
});

describe("zoals in de scanner: namen op bladniveau en een termijnblad dat LibreOffice 'verborgen' maakte", () => {
  test("een naam PW_T_1 op het registerblad is bezet: ons blad en onze naam krijgen PW_T_2; de regel van de gebruiker blijft", async () => {
    const s = werkmap(5);
    s.bladen.find((b) => b.naam === "Verzuim")!.namen = new Map([["PW_T_1", "=Overig!$B$1"]]);
    s.regels.push({ id: 5, blad: "Verzuim", bereik: "A1:A2", type: "Custom", formule: "=INDEX(PW_T_1,1,1)=1", vulling: "#00FF00", tekst: null });
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(r.plannen.map((p) => p.verborgenBlad)).toEqual(["PW_T_2"]);
    expect(s.regels.map((x) => x.formule)).toContain("=INDEX(PW_T_1,1,1)=1");
    const v = await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(v.namen).toBe(1);
    expect(s.regels.map((x) => x.formule)).toContain("=INDEX(PW_T_1,1,1)=1");
  });

  test("ons termijnblad als Hidden (na opslaan in LibreOffice): herkend, weer VeryHidden, geen tweede", async () => {
    const s = werkmap(5);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const na = momentopname(s);
    s.bladen.find((b) => b.naam === "PW_T_1")!.zichtbaarheid = "Hidden";
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(momentopname(s)).toEqual(na);
  });

  test("een verborgen blad PW_T_3 van de gebruiker (zonder kenmerk of eigen naam) blijft", async () => {
    const s = werkmap(5);
    zetWaarden(s, "PW_T_3", "A1", [["van mij"]]).zichtbaarheid = "Hidden";
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    const b = s.bladen.find((x) => x.naam === "PW_T_3")!;
    expect([b.zichtbaarheid, b.cellen.get("1,1")?.v]).toEqual(["Hidden", "van mij"]);
  });
});

describe("foutTekst: wat het taakvenster toont als een bewerking mislukt (altijd Nederlands)", () => {
  const officeFout = (code: string, message = "The operation failed.") => Object.assign(new Error(message), { code });
  test.each([
    ["eigen melding", new WerkmapFout("Het register is te groot om te lezen."), /^Het register is te groot om te lezen\.$/],
    ["cel in bewerking", officeFout("InvalidOperationInCellEditMode"), /Druk op Enter of Esc/],
    ["beveiligd", officeFout("AccessDenied"), /beveiligd/],
    ["verdwenen blad", officeFout("ItemNotFound"), /Vernieuwen/],
    ["te groot (Excel op het web)", officeFout("PayloadSizeLimitExceeded"), /te groot/],
    ["onbekende Excel-fout: de code, niet de Engelse tekst", officeFout("GeneralException", "An internal error has occurred."), /^Excel meldde een fout \(GeneralException\)/],
    ["fout in ons script", new TypeError("Cannot read properties of undefined (reading 'x')"), /^Er ging iets mis in de invoegtoepassing/],
  ])("%s", (_n, fout, verwacht) => {
    const t = foutTekst(fout);
    expect(t).toMatch(verwacht);
    expect(t).not.toMatch(/operation failed|internal error|Cannot read/);
  });
});

/**
 * "Markeer termijnen" in het taakvenster: hetzelfde plan als de kopie van de scanner, dus ook hier volgen de
 * kleuren de persoon. Na het markeren sorteert de gebruiker het register (de regels blijven staan) of voegt hij
 * een rij in (Excel rekt het bereik van de regels op); elke regel wordt uitgerekend zoals Excel dat doet.
 */
describe("Markeer termijnen: de kleuren blijven bij de persoon na sorteren en invoegen", () => {
  /** Per werknemer (kolom B) de kleuren (vulling/tekst) in de kolommen D en E, voor rij 4 t/m `laatste`. */
  function kleuren(s: MockStaat, laatste: number): Map<string, string[]> {
    const blad = s.bladen.find((b) => b.naam === "Verzuim")!;
    const verborgen = s.bladen.find((b) => b.naam === "PW_T_1")!;
    const naam = leesBereik(s.namen.get("PW_T_1")!.replace(/^=/, ""))!;
    const wm: Werkmap = {
      blad: (r, k) => blad.cellen.get(`${r},${k}`)?.v,
      namen: new Map([["PW_T_1", { blad: (r: number, k: number) => verborgen.cellen.get(`${r},${k}`)?.v, ...naam }]]),
      vandaag: P,
    };
    const eigen = s.regels.filter((x) => isEigenRegel(x.formule));
    const uit = new Map<string, string[]>();
    for (let rij = 4; rij <= laatste; rij++) {
      const kleur = [4, 5].map((kolom) => {
        const raak = eigen.filter((x) => leesBereik(x.bereik)!.links === kolom && regelWaar(x.formule, { rij, kolom }, { rij: leesBereik(x.bereik)!.boven, kolom }, wm));
        expect(raak.length).toBeLessThanOrEqual(1);
        return raak.length ? `${raak[0].vulling}/${raak[0].tekst}` : "geen";
      });
      uit.set(String(blad.cellen.get(`${rij},2`)?.v), kleur);
    }
    return uit;
  }
  /** Zet de rijen 4… van kolom B t/m E op het blad (de gebruiker sorteert of voegt in). */
  function zetRijen(s: MockStaat, rijen: Waarde[][]): void {
    const blad = s.bladen.find((b) => b.naam === "Verzuim")!;
    for (const k of [...blad.cellen.keys()]) if (Number(k.split(",")[0]) >= 4 && Number(k.split(",")[1]) <= 5) blad.cellen.delete(k);
    rijen.forEach((rij, i) => rij.forEach((v, j) => v !== "" && blad.cellen.set(`${4 + i},${2 + j}`, { v })));
  }

  test("omgekeerd gesorteerd en een rij ingevoegd: elke persoon dezelfde kleuren; de nieuwe rij geen kleur", async () => {
    const s = werkmap(40);
    await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    const voor = kleuren(s, 43);
    expect(new Set([...voor.values()].flat()).size).toBeGreaterThanOrEqual(2); // er is iets te vergelijken
    const blad = s.bladen.find((b) => b.naam === "Verzuim")!;
    const rijen = Array.from({ length: 40 }, (_, i) => [2, 3, 4, 5].map((k) => blad.cellen.get(`${4 + i},${k}`)?.v ?? ""));
    zetRijen(s, [...rijen].reverse());
    const gesorteerd = kleuren(s, 43);
    expect(gesorteerd).toEqual(voor);
    // Op rijpositie zijn de kleuren wél anders: kleuren die bij de rij hoorden, zouden deze test laten falen.
    expect([...gesorteerd.values()]).not.toEqual([...voor.values()]);
    // Een nieuwe werknemer tussen de andere (Excel rekt de regels op tot rij 44).
    zetRijen(s, [...rijen.slice(0, 10), ["Nieuw", dagVan(2025, 1, 6), "", ""], ...rijen.slice(10)]);
    const na = kleuren(s, 44);
    expect(na.get("Nieuw")).toEqual(["geen", "geen"]);
    na.delete("Nieuw");
    expect(na).toEqual(voor);
  });
});

describe("een tabel van de gebruiker die PW_T_1 heet (issue 23)", () => {
  test("is een bezette naam: het verborgen blad en de naam worden PW_T_2; een regel met INDEX(PW_T_1,…) is van de gebruiker", async () => {
    const s = werkmap(10);
    zetWaarden(s, "Opzoek", "A1", [["Code", "Reden"], ["Z", "Ziek"]]).tabellen.push({ naam: "PW_T_1", bereik: "A1:B2" });
    s.regels.push({ id: 9, blad: "Opzoek", bereik: "A2:A2", type: "Custom", formule: '=INDEX(PW_T_1,1,1)="Z"', vulling: "#00FF00", tekst: null });
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(r.plannen.map((p) => p.verborgenBlad)).toEqual(["PW_T_2"]);
    expect(s.namen.has("PW_T_1")).toBe(false);
    expect(s.regels.map((x) => x.formule)).toContain('=INDEX(PW_T_1,1,1)="Z"');
    await verwijderMarkering(maakContext(s) as unknown as Excel.RequestContext);
    expect(s.regels.map((x) => x.formule)).toContain('=INDEX(PW_T_1,1,1)="Z"');
  });
});
