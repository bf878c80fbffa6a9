/**
 * De kolomkeuze van de gebruiker (issue 18): een kop die Poortwachter niet herkent, koppelt de gebruiker aan een
 * stap, of zet hem op "niet gebruiken". Eén keuze voor beide hosts: bewaard in de werkmap (het taakvenster schrijft
 * haar in de instellingen, de scanner leest haar uit het pakket) en voor alle klanten samen met --kolommen BESTAND.
 */
import "../functions/stub";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Dag } from "../../src/core/dagen";
import { keuzeOpties, leesRegister, maakToewijzing, wijzigKeuze, type Cel } from "../../src/core/register";
import { evalueerRegister } from "../../src/core/pipeline";
import { d } from "../helpers";
import { metInstellingen } from "./generatoren/instellingen";
import { INSTELLINGEN_SLEUTEL } from "../../src/core/instellingen";
import { leesWerkmap } from "../../src/office/werkmap";
import { maakContext, nieuweStaat, zetWaarden, type Waarde } from "../office/mockExcel";

const P = d("2026-11-25");
const utc = (dag: Dag) => new Date(Date.UTC(1899, 11, 30) + dag * 86400000);
// "Afspraken werkhervatting" herkent Poortwachter niet zonder meer (de gebruiker bedoelt het plan van aanpak); "Arbodienst" bevat namen.
const KOP = ["Werknemer", "Eerste ziektedag", "Afspraken werkhervatting", "Arbodienst", "Bijzonderheden"];
const RIJEN: Cel[][] = [
  ["Anna", P - 100, P - 60, "ArboNed", "belt zelf"],
  ["Bert", P - 100, null, "ArboNed", ""],
];

function status(kolommen: Record<string, string> | undefined, naam: string, code: "PVA" | "ARBO") {
  const reg = leesRegister([KOP, ...RIJEN], { kolommen })!;
  const e = evalueerRegister(reg, P).evaluaties.find((x) => x.dossier.werknemer === naam)!;
  return { status: e.tijdlijn.mijlpalen[code].status, nietGebruikt: reg.nietGebruikt ?? [], problemen: reg.problemen };
}

describe("kern: de kolomkeuze gaat vóór de herkenning", () => {
  test("zonder keuze is 'Afspraken werkhervatting' niet gebruikt en het plan van aanpak onbekend", () => {
    const s = status(undefined, "Anna", "PVA");
    expect(s.status).toBe("onbekend");
    expect(s.nietGebruikt.map((k) => k.kop)).toContain("Afspraken werkhervatting");
  });

  test("met keuze wordt de kolom gelezen als Plan van aanpak (ook met een synoniem als doel)", () => {
    expect(status({ "Afspraken werkhervatting": "Plan van aanpak" }, "Anna", "PVA").status).toBe("gedaan");
    expect(status({ "afspraken werkhervatting": "PvA" }, "Bert", "PVA").status).toBe("te-laat");
  });

  test("'niet gebruiken' haalt een kolom weg en zegt waarom", () => {
    const s = status({ Bijzonderheden: "niet gebruiken" }, "Anna", "PVA");
    const k = s.nietGebruikt.find((x) => x.kop === "Bijzonderheden")!;
    expect(k.reden).toBe("keuze");
  });

  test("een doel dat geen kolom is, geeft een Nederlandse melding en wordt overgeslagen", () => {
    const s = status({ "Afspraken werkhervatting": "Plan van aanval" }, "Anna", "PVA");
    expect(s.status).toBe("onbekend");
    expect(s.problemen.map((p) => p.melding).join(" ")).toMatch(/Kolomkeuze "Afspraken werkhervatting": "Plan van aanval" is geen kolom van het register/);
  });

  test("een medische kolom blijft buiten, ook als de gebruiker haar koppelt", () => {
    const reg = leesRegister([["Werknemer", "Eerste ziektedag", "Diagnose"], ["Anna", P - 10, P - 5]], { kolommen: { Diagnose: "Probleemanalyse" } })!;
    expect(reg.nietGebruikt?.find((k) => k.kop === "Diagnose")?.reden).toBe("privacy");
  });
});

describe("de kolomkeuze vindt ook een kopregel die zonder haar niet te herkennen is", () => {
  // "Wie" en "Dag 1" herkent Poortwachter niet: zonder keuze is er maar één herkende kop (PvA) en geen kopregel.
  const ONHERKENBAAR: Cel[][] = [
    ["Verzuim 2026"],
    ["Wie", "Dag 1", "PvA"],
    ["Anna", P - 100, P - 60],
    ["Bert", P - 100, null],
  ];
  const KEUZE = { Wie: "Werknemer", "Dag 1": "Eerste ziektedag" };

  test("kern: zonder keuze geen register, met keuze de kopregel in rij 2 en twee dossiers", () => {
    expect(leesRegister(ONHERKENBAAR)).toBeNull();
    const reg = leesRegister(ONHERKENBAAR, { kolommen: KEUZE })!;
    expect(reg.koprij).toBe(2);
    const ev = evalueerRegister(reg, P).evaluaties;
    expect(ev.map((e) => [e.dossier.werknemer, e.tijdlijn.mijlpalen.PVA.status])).toEqual([
      ["Anna", "gedaan"],
      ["Bert", "te-laat"],
    ]);
  });

  test("taakvenster: de Office-adapter vindt met de bewaarde keuze dezelfde kopregel", async () => {
    const s = nieuweStaat();
    zetWaarden(s, "Verzuim", "A1", ONHERKENBAAR as Waarde[][]);
    const zonder = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(zonder.registers).toHaveLength(0);
    s.instellingen.set(INSTELLINGEN_SLEUTEL, JSON.stringify({ kolommen: KEUZE }));
    const met = await leesWerkmap(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(met.registers[0].evaluaties.map((e) => [e.dossier.werknemer, e.tijdlijn.mijlpalen.PVA.status])).toEqual([
      ["Anna", "gedaan"],
      ["Bert", "te-laat"],
    ]);
  });
});

describe("scanner: --kolommen BESTAND en de keuze in de werkmap", () => {
  let map: string;
  const pad = (n: string) => path.join(map, n);
  async function schrijf(bestand: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Verzuim");
    ws.addRow(KOP);
    for (const r of RIJEN) ws.addRow(r.map((w, i) => (typeof w === "number" && i >= 1 && i <= 2 ? utc(w) : w)));
    await wb.xlsx.writeFile(bestand);
  }
  async function json(argv: string[]) {
    let out = "";
    let err = "";
    const code = await main(["scan", ...argv, "--json", "--json-versie", "1", "--peildatum", "2026-11-25"], { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
    return { code, err, doc: out ? (JSON.parse(out) as { bestanden: { dossiers: { werknemer: string; mijlpalen: Record<string, { status: string }> }[] }[] }) : null };
  }
  const pva = (doc: NonNullable<Awaited<ReturnType<typeof json>>["doc"]>, naam: string) =>
    doc.bestanden[0].dossiers.find((x) => x.werknemer === naam)!.mijlpalen.PVA.status;

  beforeAll(async () => {
    map = mkdtempSync(path.join(tmpdir(), "pw-kolomkeuze-"));
    await schrijf(pad("klant.xlsx"));
    await schrijf(pad("klant-bewaard.xlsx"));
    await metInstellingen(pad("klant-bewaard.xlsx"), { horizonDagen: 14, paTermijn: "einde-week-6", toonArboAdvies: true, kolommen: { "Afspraken werkhervatting": "Plan van aanpak" } });
    writeFileSync(pad("keuze.json"), JSON.stringify({ "Afspraken werkhervatting": "Plan van aanpak" }));
    writeFileSync(pad("keuze-uit.json"), JSON.stringify({ "Afspraken werkhervatting": "niet gebruiken" }));
    writeFileSync(pad("kapot.json"), "{ dit is geen json");
  });

  test("zonder keuze: onbekend; met --kolommen: gelezen", async () => {
    expect(pva((await json([pad("klant.xlsx")])).doc!, "Anna")).toBe("onbekend");
    expect(pva((await json([pad("klant.xlsx"), "--kolommen", pad("keuze.json")])).doc!, "Anna")).toBe("gedaan");
  });

  test("de keuze die het taakvenster in de werkmap bewaarde, leest de scanner uit het bestand en gaat vóór --kolommen", async () => {
    expect(pva((await json([pad("klant-bewaard.xlsx")])).doc!, "Bert")).toBe("te-laat");
    expect(pva((await json([pad("klant-bewaard.xlsx"), "--kolommen", pad("keuze-uit.json")])).doc!, "Bert")).toBe("te-laat");
  });

  test("een onbruikbaar keuzebestand: exitcode 2 met een Nederlandse reden", async () => {
    const r = await json([pad("klant.xlsx"), "--kolommen", pad("kapot.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--kolommen .*kapot\.json: geen geldige JSON/);
    const weg = await json([pad("klant.xlsx"), "--kolommen", pad("bestaat-niet.json")]);
    expect(weg.code).toBe(2);
    expect(weg.err).toMatch(/niet te lezen/);
    expect(weg.err).not.toMatch(/ENOENT/);
  });
});

describe("taakvenster: de kolomkeuze wijzigen (zuiver deel)", () => {
  test("een keuze toevoegen, vervangen (ongeacht hoofdletters) en vergeten", () => {
    const een = wijzigKeuze(undefined, "Afspraken werkhervatting", "Plan van aanpak");
    expect(een).toEqual({ "Afspraken werkhervatting": "Plan van aanpak" });
    const twee = wijzigKeuze(een, "afspraken werkhervatting", "niet gebruiken");
    expect(twee).toEqual({ "afspraken werkhervatting": "niet gebruiken" });
    expect(wijzigKeuze(twee, "Afspraken werkhervatting", null)).toBeUndefined();
  });

  test("de keuzelijst noemt 'niet gebruiken' en elke kop van het sjabloon, en elke keuze is bruikbaar", () => {
    const opties = keuzeOpties();
    expect(opties[0]).toBe("niet gebruiken");
    expect(opties).toContain("Plan van aanpak");
    const { toewijzing, meldingen } = maakToewijzing(Object.fromEntries(opties.map((o, i) => [`kop ${i}`, o])));
    expect(meldingen).toEqual([]);
    expect(toewijzing.size).toBe(opties.length);
  });
});
