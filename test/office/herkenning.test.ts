/**
 * De Office-adapter krijgt de herkenning van de kern (issue 18): koppen in eigen woorden, een kolom met een
 * datumkop maar zonder datums, niet gebruikte koppen, en de koppen van een blad zonder register.
 */
import { dagVan } from "../../src/core/dagen";
import { leesRegisterDeel } from "../../src/core/register";
import { gezieneKop } from "../../src/core/register";
import { INSTELLINGEN_SLEUTEL, leesWerkmap } from "../../src/office/werkmap";
import { maakContext, nieuweStaat, zetWaarden } from "./mockExcel";

const P = dagVan(2026, 11, 25);

test("eigen koppen, een arbodienstkolom met namen en een tikfout: zoals in de scanner", async () => {
  const s = nieuweStaat();
  const D = dagVan(2026, 9, 1);
  zetWaarden(s, "Verzuim", "A1", [
    ["Naam medewerker", "Datum ziek", "Arbodienst", "Probleemanalyse", "Plan van aanpka", "Telefoon"],
    ["Karin Bos", D, "ArboNed", D + 30, "", "06"],
    ["Tom Bos", D + 10, "ArboNed", "", "", ""],
  ]);
  const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
  expect(l.registers).toHaveLength(1);
  const r = l.registers[0].register;
  expect(r.nietTeBeoordelen).toBeNull();
  expect(r.kolommen.map((k) => [k.kop, k.veld])).toEqual([
    ["Naam medewerker", "werknemer"],
    ["Datum ziek", "eersteZiektedag"],
    ["Probleemanalyse", "pa"],
    ["Plan van aanpka", "pva"],
  ]);
  expect(r.nietGebruikt.map((n) => [n.kop, n.reden])).toEqual([
    ["Arbodienst", "geen-datums"],
    ["Telefoon", "onbekend"],
  ]);
  for (const e of l.registers[0].evaluaties) expect(e.tijdlijn.mijlpalen.ARBO.status).toBe("onbekend");
  const codes = l.registers[0].problemen.map((p) => p.code);
  expect(codes).toContain("KOLOM_GEEN_DATUMS");
  expect(codes).toContain("KOP_TIKFOUT");
});

test("een blad zonder register: de koppen die er staan (de rij die op koppen lijkt, niet de titel)", async () => {
  const s = nieuweStaat();
  zetWaarden(s, "Ziekte", "A1", [["Overzicht ziekte 2026"], ["Voornaam", "Achternaam", "Begin", "Einde"], ["Jan", "Vries", dagVan(2026, 1, 5), ""]]);
  const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
  expect(l.registers).toEqual([]);
  expect(l.nietHerkend).toEqual([{ blad: "Ziekte", koppen: ["Voornaam", "Achternaam", "Begin", "Einde"] }]);
});

test.each([
  [50, true],
  [51, false],
])("kopregel op rij %i: taakvenster en scanner zoeken even diep (ZOEK_KOPRIJ_RIJEN)", async (rij, gevonden) => {
  const D = dagVan(2026, 9, 1);
  const cellen: (string | number)[][] = [["Verzuimoverzicht"], ...Array.from({ length: rij - 2 }, (_, i) => [`toelichting ${i + 1}`]), ["Naam", "Eerste ziektedag", "Probleemanalyse"], ["Karin Bos", D, D + 30]];
  const s = nieuweStaat();
  zetWaarden(s, "Verzuim", "A1", cellen);
  const l = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
  const deel = leesRegisterDeel(cellen, { blad: "Verzuim" });
  const scanner = deel !== null && deel.kaart.perVeld.has("eersteZiektedag") && deel.register.nietTeBeoordelen === null;
  expect(l.registers.length === 1).toBe(gevonden);
  expect(scanner).toBe(gevonden);
  if (gevonden) expect(l.registers[0].register.koprij).toBe(rij);
});

test("een bekende kop met woorden erbij: in het taakvenster 'bedoelde u …?' (vooraf gekozen in de kolomkeuze), nooit zonder meer gebruikt", async () => {
  const s = nieuweStaat();
  const D = dagVan(2026, 9, 1);
  zetWaarden(s, "Verzuim", "A1", [
    ["Naam", "Eerste ziektedag", "Probleemanalyse afgerond door arbo", "Hersteldatum verwacht", "Diagnose probleemanalyse"],
    ["Karin Bos", D, D + 35, D + 90, "x"],
  ]);
  const zonder = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
  const r = zonder.registers[0].register;
  expect(r.kolommen.map((k) => k.veld)).toEqual(["werknemer", "eersteZiektedag"]);
  // Het taakvenster zet bedoeldeU[0] vooraf in de keuzelijst van de kolom (taskpane.ts, kolomkeuzeRegel); medisch krijgt geen keuzelijst.
  expect(r.nietGebruikt.map((n) => [n.kop, n.reden, n.bedoeldeU])).toEqual([
    ["Probleemanalyse afgerond door arbo", "onbekend", ["Probleemanalyse", "Ziekmelding arbodienst"]],
    ["Hersteldatum verwacht", "onbekend", ["Hersteldatum"]],
    ["Diagnose probleemanalyse", "privacy", []],
  ]);
  const e = zonder.registers[0].evaluaties[0];
  expect(e.tijdlijn.mijlpalen.PA.status).toBe("onbekend");
  expect(e.tijdlijn.hersteldatum).toBeNull();
  // Kiest de gebruiker het voorstel en Bewaar, dan telt de kolom (dezelfde kolomkeuze als de scanner).
  s.instellingen.set(INSTELLINGEN_SLEUTEL, JSON.stringify({ kolommen: { "Probleemanalyse afgerond door arbo": "Probleemanalyse" } }));
  const met = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
  expect(met.registers[0].evaluaties[0].tijdlijn.mijlpalen.PA.status).toBe("gedaan");
  // Een blad zonder register: de geziene koppen met dezelfde tekst als de scanner.
  expect(gezieneKop("Eerste ziektedag vorige periode")).toBe('"Eerste ziektedag vorige periode" (bedoelde u "Eerste ziektedag"?)');
});
