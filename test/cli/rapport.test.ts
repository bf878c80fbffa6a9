import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { JsonStroom, JsonStroomV2, dossierJson, rapportJson, rapportJsonV2 } from "../../src/cli/rapport";
import { telling, type BestandUitslag } from "../../src/cli/scan";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister } from "../../src/core/register";
import { d } from "../helpers";

function uitslag(bestand: string, fout: string | null, rijen: unknown[][] | null): BestandUitslag {
  if (!rijen) return { bestand, registers: [], fout, kopie: null };
  const register = leesRegister([["Werknemer", "Eerste ziektedag", "Probleemanalyse"], ...(rijen as never[])], { blad: "Verzuim" })!;
  const { evaluaties, problemen } = evalueerRegister(register, d("2026-11-25"));
  return { bestand, registers: [{ blad: "Verzuim", tabel: null, register, evaluaties, problemen, telling: telling(evaluaties) }], fout, kopie: null };
}

describe("JSON in stukken is hetzelfde document als in één keer", () => {
  test.each([
    ["geen bestanden", []],
    ["één bestand met een register", [uitslag("a.xlsx", null, [["A", d("2026-10-01"), null]])]],
    [
      "register, onleesbaar bestand en een rij met een fout",
      [uitslag("a.xlsx", null, [["A", d("2026-10-01"), null], ["B", "morgen", null]]), uitslag("kapot.xlsx", "Het bestand is geen .xlsx-werkmap.", null)],
    ],
  ])("%s", (_n, uitslagen) => {
    const s = new JsonStroom(d("2026-11-25"));
    const tekst = s.begin() + (uitslagen as BestandUitslag[]).map((u) => s.stuk(u)).join("") + s.eind();
    expect(JSON.parse(tekst)).toEqual(rapportJson(d("2026-11-25"), uitslagen as BestandUitslag[]));
  });
});

describe("JSON per dossier gestroomd (zoals de scanner schrijft) is hetzelfde document", () => {
  const P0 = d("2026-11-25");
  const leeg = uitslag("leeg.xlsx", null, [["A", "morgen", null]]); // register zonder beoordeeld dossier
  const vol = uitslag("a.xlsx", null, [["A", d("2026-10-01"), null], ["B", d("2025-01-06"), d("2025-01-20")]]);
  const kapot = uitslag("kapot.xlsx", "Het bestand is geen .xlsx-werkmap.", null);
  /** Zoals main.ts: per register de kop, per dossier een regel, de evaluaties niet bewaard; dan `stukken`. */
  function gestroomd(s: JsonStroom, u: BestandUitslag): string {
    let tekst = "";
    const registers = u.registers.map((r) => ({ ...r, evaluaties: [] as typeof r.evaluaties }));
    u.registers.forEach((r, i) => {
      tekst += s.register(u.bestand, registers[i]);
      for (const e of r.evaluaties) tekst += s.dossier(e);
    });
    return tekst + s.stuk({ ...u, registers });
  }
  test.each([
    ["één register", [vol]],
    ["register zonder dossiers tussen twee andere: volgorde blijft", [vol, leeg, vol]],
    ["met een onleesbaar bestand ertussen", [vol, kapot, leeg]],
  ])("%s", (_n, uitslagen) => {
    const s = new JsonStroom(P0);
    const tekst = s.begin() + (uitslagen as BestandUitslag[]).map((u) => gestroomd(s, u)).join("") + s.eind();
    expect(JSON.parse(tekst)).toEqual(rapportJson(P0, uitslagen as BestandUitslag[]));
  });
  test("een bestand dat halverwege het stromen alsnog mislukt: het halve register wordt gesloten, de JSON blijft geldig", () => {
    const s = new JsonStroom(P0);
    const r = vol.registers[0];
    let tekst = s.begin() + s.register("a.xlsx", { ...r, evaluaties: [] }) + s.dossier(r.evaluaties[0]);
    tekst += s.stuk({ bestand: "a.xlsx", registers: [], fout: "Onverwachte fout.", onleesbaar: true, kopie: null }) + s.eind();
    const j = JSON.parse(tekst) as ReturnType<typeof rapportJson>;
    expect(j.bestanden.map((b) => [b.bestand, b.dossiers.length, b.onleesbaar ?? false])).toEqual([
      ["a.xlsx", 1, false],
      ["a.xlsx", 0, true],
    ]);
  });
});

import { acties, csvBestand, csvBestandStukken, nieuweTotalen, rapportBestand, rapportSamenvatting, telOp } from "../../src/cli/rapport";
import { maakMarkeringPlan } from "../../src/core/markering";

const P = d("2026-11-25");

function register(kop: string[], rijen: unknown[][], bestand = "r.xlsx"): BestandUitslag {
  const reg = leesRegister([kop, ...(rijen as never[])], { blad: "Verzuim" })!;
  const { evaluaties, problemen } = evalueerRegister(reg, P);
  return { bestand, registers: [{ blad: "Verzuim", tabel: null, register: reg, evaluaties, problemen, telling: telling(evaluaties) }], fout: null, kopie: null };
}

describe("onbekend is niet te laat: een register met alleen Werknemer en Eerste ziektedag", () => {
  const u = register(["Werknemer", "Eerste ziektedag"], [["Anna", d("2025-01-06")], ["Bert", d("2026-10-01")]]);
  const r = u.registers[0];
  test.each([
    // Issue 18 (6): vroeger "Niets te doen"; wie niets weet, kan niet zeggen dat er niets te doen is.
    ["rapport: geen stap te laat, nooit 'niets te doen', wel wat niet te beoordelen is en welke kolommen het zouden vertellen", () => {
      const tekst = rapportBestand(P, 14, u);
      expect(tekst).not.toMatch(/te laat \(|dagen te laat|Te laat/);
      expect(tekst).not.toMatch(/Niets te doen/);
      expect(tekst).toMatch(/2 dossiers zijn niet te beoordelen/);
      expect(tekst).toMatch(/Niet te beoordelen — loonsanctierisico onbekend \(2\):/);
      expect(tekst).toMatch(/Bert \(rij 3, week 8\): het register zegt niets over Ziekmelding bij arbodienst, Probleemanalyse\.\n {4}Kolommen die het zouden vertellen: Ziekmelding arbodienst, Probleemanalyse\./);
      expect(tekst).toMatch(/Onbekend — het register heeft geen kolom voor: Ziekmelding bij arbodienst, Probleemanalyse/);
    }],
    ["JSON: elke stap behalve het einde van de wachttijd is onbekend, met termijn", () => {
      const j = rapportJson(P, [u]);
      for (const dossier of j.bestanden[0].dossiers) {
        for (const [code, m] of Object.entries(dossier.mijlpalen)) {
          if (code === "EWT") continue;
          expect(m.status).toBe("onbekend");
          expect(m.uiterlijk).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        expect(dossier.signalen.map((s) => s.code)).not.toContain("UWV42_TE_LAAT");
        // Een onbekende stap is nooit de volgende actie: zonder bekende open stap is dat het einde van de wachttijd.
        expect(dossier.volgendeActie?.mijlpaal).toBe("EWT");
      }
    }],
    ["CSV: volgende actie nooit te laat, aantallen 0", () => {
      for (const regel of csvBestand(u).trim().split("\n")) {
        const v = regel.split(";");
        expect(v[10]).not.toBe("te laat");
        expect([v[11], v[12]]).toEqual(["0", "0"]);
      }
    }],
    ["tellers en --streng: 0 te laat", () => {
      const t = nieuweTotalen();
      telOp(t, u);
      expect([t.teLaat, t.binnenkort]).toEqual([0, 0]);
    }],
    ["kleuren: geen mijlpaalkolom, dus geen regel en geen rood of groen", () => {
      const plan = maakMarkeringPlan(r.register, r.evaluaties.map((e) => ({ dossier: e.dossier, tijdlijn: e.tijdlijn })), { index: 1, datumsysteem: "1900", horizonDagen: 14 });
      expect(plan.regels).toEqual([]);
    }],
  ])("%s", (_n, f) => f());
});

describe("het rapport beantwoordt: wat doe ik vandaag?", () => {
  const KOP = ["Werknemer", "Eerste ziektedag", "Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "WIA-aanvraag"];
  const u = register(KOP, [
    // oudste te late stap: PA van 2025 (wachttijd voorbij: niet meer te herstellen)
    ["Oud", d("2024-01-08"), d("2024-01-09"), null, d("2024-03-01"), d("2025-10-01")],
    // PA 14 dagen te laat (nog in te halen)
    ["Anna", d("2026-10-01"), d("2026-10-02"), null, null, null],
    // PA vandaag
    ["Bram", d("2026-10-15"), d("2026-10-16"), null, null, null],
    // ARBO te laat maar PA al gedaan: achterhaald
    ["Cor", d("2026-11-02"), null, d("2026-11-20"), null, null],
    // PVA over 10 dagen (binnenkort, na deze week)
    ["Dirk", d("2026-09-01"), d("2026-09-02"), d("2026-11-21"), null, null],
  ]);
  const a = acties("r.xlsx", u.registers[0]);
  test.each([
    ["PA vandaag: vandaag en deze week", "Bram", "PA", "deze-week"],
    ["PVA vandaag (geen PA: einde week 8): vandaag en deze week", "Anna", "PVA", "deze-week"],
    ["PA 14 dagen te laat: nog in te halen", "Anna", "PA", "te-laat"],
    ["PVA over 10 dagen: binnenkort, na deze week", "Dirk", "PVA", "binnenkort"],
    ["ziekmelding arbodienst te laat, maar de probleemanalyse is al gedaan: voorbij", "Cor", "ARBO", "voorbij"],
    ["probleemanalyse ontbrak, wachttijd al voorbij: voorbij", "Oud", "PA", "voorbij"],
  ] as const)("%s", (_n, wie, code, groep) => {
    expect(a.find((x) => x.werknemer === wie && x.code === code)?.groep).toBe(groep);
  });
  test("volgorde: deze week, te laat, binnenkort, voorbij — niet de oudste eerst", () => {
    const nr = { "deze-week": 0, "te-laat": 1, binnenkort: 2, voorbij: 3 };
    const groepen = a.map((x) => nr[x.groep]);
    expect(groepen).toEqual([...groepen].sort((x, y) => x - y));
    expect(a[0].uiterlijk).toBe(P);
    expect(a[a.length - 1]).toMatchObject({ werknemer: "Oud", code: "PA" });
  });
  test("wat voorbij is en niet meer te herstellen, komt als laatste", () => {
    const voorbij = a.filter((x) => x.groep === "voorbij").map((x) => `${x.werknemer} ${x.code}`);
    expect(voorbij).toEqual(expect.arrayContaining(["Cor ARBO"]));
    expect(a.slice(-voorbij.length).every((x) => x.groep === "voorbij")).toBe(true);
  });
  test("koppen in die volgorde, met enkelvoud waar het hoort", () => {
    const tekst = rapportBestand(P, 14, u);
    const volgorde = ["Vandaag en deze week", "Te laat, nog in te halen", "Binnenkort, na deze week", "Voorbij, niet meer in te halen"].map((k) => tekst.indexOf(k));
    expect(volgorde.every((x) => x >= 0)).toBe(true);
    expect([...volgorde].sort((x, y) => x - y)).toEqual(volgorde);
    expect(tekst).toMatch(/25-11-2026 {2}Bram \(rij 4\)\s+Probleemanalyse\s+vandaag/);
    expect(tekst).toMatch(/\(5 dossiers, \d open\)/);
  });
  test.each([
    ["één van alles", { bestanden: 1, nietGelezen: 0, registers: 1, dossiers: 1, teLaat: 1, binnenkort: 1, problemen: 1, nietTeBeoordelen: 0 }, "Samenvatting: 1 bestand, 1 register, 1 dossier, 1 stap te laat, 1 binnenkort, 1 probleem.\n"],
    ["meervoud", { bestanden: 2, nietGelezen: 0, registers: 3, dossiers: 4, teLaat: 5, binnenkort: 0, problemen: 0, nietTeBeoordelen: 0 }, "Samenvatting: 2 bestanden, 3 registers, 4 dossiers, 5 stappen te laat, 0 binnenkort, 0 problemen.\n"],
    ["niet te beoordelen", { bestanden: 2, nietGelezen: 0, registers: 1, dossiers: 0, teLaat: 0, binnenkort: 0, problemen: 1, nietTeBeoordelen: 2 }, "Samenvatting: 2 bestanden, 1 register, 0 dossiers, 0 stappen te laat, 0 binnenkort, 1 probleem, 2 niet te beoordelen.\n"],
  ])("samenvatting: %s", (_n, t, verwacht) => expect(rapportSamenvatting(t)).toBe(verwacht));
});

describe("tekst in een mijlpaalcel", () => {
  const u = register(["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "42e-weeksmelding"], [
    ["Anna", d("2026-10-01"), "volgt", "n.v.t.", "#N/A"],
  ]);
  const m = rapportJson(P, [u]).bestanden[0].dossiers[0].mijlpalen;
  test.each([
    ["\"volgt\" is geen datum: de stap blijft open (te laat)", "PA", "te-laat"],
    ["\"n.v.t.\" maakt de stap n.v.t.", "PVA", "nvt"],
    ["#N/A is geen datum: de stap blijft open", "UWV42", "gepland"],
  ] as const)("%s", (_n, code, status) => expect(m[code].status).toBe(status));
  test("het rapport meldt de cellen met rij, kolom en de Nederlandse foutnaam", () => {
    const tekst = rapportBestand(P, 14, u);
    expect(tekst).toMatch(/rij 2, kolom Probleemanalyse \(C\): De tekst in de cel is geen datum, dus de stap telt als niet gedaan/);
    expect(tekst).toMatch(/rij 2, kolom 42e-weeksmelding \(E\): De cel bevat de foutwaarde #N\/B/);
    expect(tekst).not.toMatch(/#N\/A/);
  });
});

describe("een echt bestand met alleen de twee verplichte kolommen, via de scanner", () => {
  test.each([
    ["--streng: exitcode 0 (onbekend is niet te laat)", ["--streng"], (out: string) => expect(out).toMatch(/0 stappen te laat/)],
    ["--csv: geen volgende actie die te laat is", ["--csv"], (out: string) => expect(out).not.toMatch(/;te laat;/)],
    ["--json: geen status te-laat of gedaan", ["--json"], (out: string) => expect(out).not.toMatch(/"status": "(te-laat|gedaan|te-laat-gedaan)"/)],
  ] as const)("%s", async (_n, vlag, controleer) => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-twee-"));
    const bestand = path.join(map, "twee.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Verzuim");
    ws.addRow(["Werknemer", "Eerste ziektedag"]);
    ws.addRow(["Anna", new Date(Date.UTC(2025, 0, 6))]);
    ws.addRow(["Bert", new Date(Date.UTC(2026, 9, 1))]);
    await wb.xlsx.writeFile(bestand);
    let out = "";
    const code = await main(["scan", bestand, "--peildatum", "2026-11-25", ...vlag], { out: (s) => (out += s), err: () => undefined, isTTY: false });
    expect(code).toBe(0);
    controleer(out);
  });
});

describe("JSON noemt de verkorte wachttijd naast de laatste loondag, en de taken bij ziek uit dienst (issue 19)", () => {
  function dossier(koppen: string[], rij: unknown[]) {
    const register = leesRegister([koppen, rij as never[]], { blad: "Verzuim" })!;
    const { evaluaties } = evalueerRegister(register, d("2025-11-01"));
    return dossierJson(evaluaties[0]);
  }
  test("vervroegde IVA: wachttijd verkort, loondoorbetaling 104 weken (BW 7:629 lid 1 en 5)", () => {
    const j = dossier(["Werknemer", "Eerste ziektedag", "Vervroegde IVA aangevraagd", "Vervroegde IVA toegekend"], ["A", d("2025-03-03"), d("2025-09-01"), d("2025-10-20")]);
    expect([j.eindeWachttijd, j.ingangsdatumIva, j.ingangsdatumWia, j.laatsteDagLoondoorbetaling]).toEqual(["2025-11-09", "2025-11-10", "2025-11-10", "2027-02-28"]);
    expect(j.uitDienst).toBeNull();
  });
  test("ziek uit dienst: melding op de laatste werkdag, volledig re-integratieverslag", () => {
    const j = dossier(["Werknemer", "Eerste ziektedag", "Uit dienst per"], ["B", d("2025-03-03"), d("2025-12-27")]);
    expect(j.uitDienst).toEqual({ per: "2025-12-27", melding: "2025-12-24", meldingStatus: "gepland", riv: "volledig" });
    expect(j.laatsteDagLoondoorbetaling).toBe("2025-12-26");
    expect(j.ingangsdatumIva).toBeNull();
  });
});

test("JSON v2: de problemen van een groot register in stukken van ~64 kB, samen hetzelfde document", () => {
  const rijen: unknown[][] = [];
  for (let i = 0; i < 3000; i++) rijen.push([`W${i}`, d("2025-01-06") + (i % 90)], [`W${i}`, d("2025-06-02") + (i % 90)]);
  const u = register(["Werknemer", "Eerste ziektedag"], rijen);
  expect(u.registers[0].problemen.length).toBeGreaterThan(2000);
  const j = new JsonStroomV2(P);
  // Zoals de scanner: de kop en de dossiers tijdens het rekenen, daarna de rest van het bestand in stukken.
  let tekst = j.begin() + j.register(u.bestand, u.registers[0]);
  for (const e of u.registers[0].evaluaties) tekst += j.dossier(e);
  const stukken = [...j.stukken(u)];
  expect(stukken.length).toBeGreaterThan(3);
  for (const s of stukken) expect(s.length).toBeLessThan((1 << 17) + 2000);
  tekst += stukken.join("") + j.eind();
  expect(JSON.parse(tekst)).toEqual(rapportJsonV2(P, [u]));
});

test("CSV in stukken van ~64 kB: samen precies csvBestand, ook met duizenden problemen (nooit één grote tekst)", () => {
  // 3.000 werknemers met twee perioden zonder hersteldatum: elk een dossier én een probleem.
  const rijen: unknown[][] = [];
  for (let i = 0; i < 3000; i++) rijen.push([`W${i}`, d("2025-01-06") + (i % 90)], [`W${i}`, d("2025-06-02") + (i % 90)]);
  const u = register(["Werknemer", "Eerste ziektedag"], rijen);
  expect(u.registers[0].problemen.length).toBeGreaterThan(2000);
  const stukken = [...csvBestandStukken(u)];
  expect(stukken.length).toBeGreaterThan(3);
  for (const s of stukken) expect(s.length).toBeLessThan((1 << 16) + 2000);
  expect(stukken.join("")).toBe(csvBestand(u));
  expect(stukken.every((s) => s.endsWith("\r\n"))).toBe(true);
});
