import { dagVan } from "../../src/core/dagen";
import { plekVan } from "../../src/core/dossier";
import { isEigenRegel, MARKERING_KLEUREN } from "../../src/core/markering";
import {
  INSTELLINGEN_SLEUTEL,
  KLADBLAD,
  leesWerkmap,
  markeerTermijnen,
  ontleedAdres,
  verdeelSchrijfwerk,
  vertraag,
  verwijderMarkering,
  bewaarInstellingen,
  selecteerCel,
} from "../../src/office/werkmap";
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
  test.each([10, 1000, 50000])("%i rijen: 2 syncs, alle dossiers", async (n) => {
    const ctx = maakContext(werkmap(n));
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.syncs).toBe(2);
    expect(l.syncs).toBe(2);
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
  ])("1904-test (datum1904=%s) → %s, via het kladblad", async (vlag, systeem) => {
    const ctx = maakContext(werkmap(3, { datum1904: vlag }));
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.datumsysteem).toBe(systeem);
    const eerste = l.registers[0].evaluaties[0].tijdlijn.eersteZiektedag;
    expect(eerste).toBe(dagVan(2025, 1, 6));
    expect(ctx.staat.bladen.find((b) => b.naam === KLADBLAD)?.zichtbaarheid).toBe("VeryHidden");
  });

  test("beveiligde werkmapstructuur: melding, 1900 aangenomen, lezen gaat door", async () => {
    const ctx = maakContext(werkmap(3), { structuurBeveiligd: true });
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.datumsysteem).toBe("1900");
    expect(l.meldingen.join(" ")).toMatch(/datumsysteem/);
    expect(l.registers[0].evaluaties).toHaveLength(3);
  });

  test("instellingen uit de werkmap, fout veld valt terug op standaard met melding", async () => {
    const s = werkmap(3);
    s.instellingen.set(INSTELLINGEN_SLEUTEL, JSON.stringify({ horizonDagen: 30, paTermijn: "onzin" }));
    const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(l.instellingen.horizonDagen).toBe(30);
    expect(l.instellingen.paTermijn).toBe("einde-week-6");
    expect(l.meldingen.join(" ")).toMatch(/paTermijn/);
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
  test.each([10, 1000, 50000])("%i rijen: ten hoogste 4 syncs, elk verzoek onder 5 MB", async (n) => {
    const ctx = maakContext(werkmap(n), { limietBytes: 5_000_000 });
    const r = await markeerTermijnen(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.syncs).toBeLessThanOrEqual(4);
    expect(r.syncs).toBe(ctx.syncs);
    expect(Math.max(...ctx.verzoekBytes)).toBeLessThan(5_000_000);
    expect(r.cellen).toBe(3 * n); // twee mijlpaalkolommen + de hulpkolom met de eerste ziektedag
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
    // PA-kolom is D (4), eerste datarij 4: termijn = D + 41 (serienummer in 1900-systeem)
    const tl = r.lezing.registers[0].evaluaties[0].tijdlijn;
    expect(verborgen.cellen.get("4,4")?.v).toBe(tl.mijlpalen.PA.uiterlijk);
    expect(verborgen.cellen.get("4,5")?.v).toBe(tl.mijlpalen.PVA.uiterlijk);
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
    expect(typeof verborgen.cellen.get("2,4")?.v).toBe("number"); // echte datum: de cel beslist zelf
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
    const gebruiker = (m: unknown) => (m as { bladen: { naam: string }[] }).bladen.filter((b) => !b.naam.startsWith("PW_T_"));
    expect(gebruiker(momentopname(s))).toEqual(gebruiker(voor));
    expect(ctx.log.some((l) => /^(values|formulas|wissen) (Verzuim|Overig)!/.test(l))).toBe(false);
    expect(s.regels.filter((x) => x.id === 1)).toHaveLength(1);

    const ctx2 = maakContext(s);
    const v = await verwijderMarkering(ctx2 as unknown as Excel.RequestContext);
    expect(v).toEqual({ regels: 8, namen: 1, bladen: 2, syncs: 3 });
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
    expect(s.bladen.find((b) => b.naam === "PW_T_1")!.cellen.get("4,4")?.v).toBe(tl.mijlpalen.PA.uiterlijk - 1462);
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
