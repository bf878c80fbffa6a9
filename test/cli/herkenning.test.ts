/**
 * Eind-tot-eind (issue 18): registers in de woorden van de gebruiker, als echte .xlsx (exceljs, en openpyxl
 * als Python met openpyxl er is), door de scanner: koppen in eigen woorden, een tikfout in de verplichte
 * kop, een arbodienstkolom met namen, voornaam + achternaam, niet gebruikte koppen en werkmappen die niet
 * te beoordelen zijn (rapport, JSON, CSV en exitcode).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main, EXIT, HULP } from "../../src/cli/main";
import type { JsonRapport, JsonRegister } from "../../src/cli/rapport";
import { csvVelden } from "../helpers";
import { PYTHON } from "./generatoren/werkmappen";

const PEIL = "2026-11-25";
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
type Rij = (string | Date | null)[];

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

async function exceljs(bestand: string, koppen: string[], rijen: Rij[], titel?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  if (titel) ws.addRow([titel]);
  ws.addRow(koppen);
  for (const r of rijen) ws.addRow(r);
  ws.columns.forEach((c) => (c.numFmt = "dd-mm-yyyy"));
  await wb.xlsx.writeFile(bestand);
  return bestand;
}

/** Dezelfde werkmap met openpyxl (een andere schrijver: gedeelde teksten, eigen stijlen), of met exceljs zonder Python. */
async function openpyxl(bestand: string, koppen: string[], rijen: Rij[]): Promise<string> {
  if (!PYTHON) return exceljs(bestand, koppen, rijen);
  const code = `
import json, sys, datetime, openpyxl
koppen, rijen = json.loads(sys.argv[2])
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Verzuim"
ws.append(koppen)
for r in rijen:
    ws.append([datetime.date.fromisoformat(v[1:]) if isinstance(v, str) and v.startswith("@") else v for v in r])
for row in ws.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, datetime.date): c.number_format = "DD-MM-YYYY"
wb.save(sys.argv[1])
`;
  const json = JSON.stringify([koppen, rijen.map((r) => r.map((v) => (v instanceof Date ? "@" + v.toISOString().slice(0, 10) : v)))]);
  const r = spawnSync(PYTHON, ["-c", code, bestand, json], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openpyxl: ${r.stderr}`);
  return bestand;
}

let map: string;
const f: Record<string, string> = {};

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-herkenning-"));
  const p = (n: string) => path.join(map, n);
  // Een bakkerij: eigen koppen voor elke stap. Karin is in week 44 en haar 42e-weeksmelding ontbreekt.
  f.bakkerij = await exceljs(
    p("bakkerij.xlsx"),
    ["Naam medewerker", "Pers.nr.", "Datum ziek", "Melding arbo", "Probleemanalyse", "Plan van aanpak", "Evaluatie", "42 weken UWV", "Beter gemeld", "Opmerking"],
    [
      ["Karin Bos", "11", utc("2026-01-26"), utc("2026-01-27"), utc("2026-03-02"), utc("2026-03-16"), utc("2026-09-01"), null, null, "bellen"],
      ["Ahmed Yilmaz", "12", utc("2026-11-02"), utc("2026-11-03"), null, null, null, null, null, null],
    ],
    "Verzuim 2026",
  );
  // Een kolom "Arbodienst" met de naam van de arbodienst: geen stap.
  f.arbodienst = await exceljs(
    p("arbodienst.xlsx"),
    ["Medewerker", "Ziekmelding", "Arbodienst", "PA", "PvA"],
    [
      ["Sanne", utc("2026-10-01"), "ArboNed", utc("2026-11-05"), null],
      ["Tom", utc("2026-09-01"), "ArboNed", utc("2026-10-06"), utc("2026-10-20")],
      ["Ilse", utc("2026-11-10"), "Zorg van de Zaak", null, null],
    ],
  );
  // Een tikfout in de verplichte kop: gelezen en gemeld (vroeger "Niets te doen").
  f.tikfout = await exceljs(p("tikfout.xlsx"), ["Werknemer", "Eerste ziekteag", "Probleemanalyse"], [["Piet Kramer", utc("2026-09-01"), null]]);
  // Voornaam, tussenvoegsel en achternaam in eigen kolommen (openpyxl): twee perioden van één persoon.
  f.namen = await openpyxl(
    p("namen.xlsx"),
    ["Voornaam", "Tussenvoegsel", "Achternaam", "Eerste verzuimdag", "Hersteld per", "Probleemanalyse"],
    [
      ["Jan", "de", "Vries", utc("2026-09-01"), utc("2026-09-20"), null],
      ["Jan", "de", "Vries", utc("2026-09-30"), null, utc("2026-10-20")],
      ["Jan", null, "Bakker", utc("2026-11-16"), null, null],
    ],
  );
  // Niet te beoordelen: geen kolom met een eerste ziektedag die Poortwachter kent.
  f.geenKolommen = await openpyxl(p("geen-kolommen.xlsx"), ["Voornaam", "Achternaam", "Begin", "Einde"], [["Jan", "Vries", utc("2026-01-05"), null]]);
  // Niet te beoordelen: de kolom "Ziek" bevat ja/nee, geen datums.
  f.jaNee = await exceljs(p("ja-nee.xlsx"), ["Naam", "Ziek", "PA"], [["Jan", "ja", null], ["Piet", "nee", null], ["Kees", "ja", null]]);
  // Een onduidelijke tikfout in de verplichte kop: alleen "bedoelde u …?", dus niet te beoordelen.
  f.onduidelijk = await exceljs(p("onduidelijk.xlsx"), ["Naam", "Ziekt", "PA", "Telefoon"], [["Jan", utc("2026-10-01"), null, "06-12345678"]]);
  // Een CSV-export van een verzuimsjabloon, met tekstdatums.
  f.csv = path.join(map, "sjabloon.csv");
  writeFileSync(
    f.csv,
    "Naam;Ziek gemeld op;Beter gemeld;Gemeld bij arbodienst;PA;PvA;Evaluatie;42 weken UWV\r\n" +
      "Lotte Smit;2-2-2026;;3-2-2026;10-3-2026;24-3-2026;1-9-2026;\r\n" +
      "Ruud Mol;1-10-2026;20-10-2026;2-10-2026;;;;\r\n",
    "utf8",
  );
  // Een export uit een HR-pakket (openpyxl): andere woorden, een percentagekolom en een afdeling.
  f.hr = await openpyxl(
    p("hr-export.xlsx"),
    ["Personeelsnummer", "Medewerker", "Eerste arbeidsongeschiktheidsdag", "Datum betermelding", "Verzuimpercentage", "Datum ziekmelding UWV", "Datum plan van aanpak", "Afdeling"],
    [
      ["501", "Eva Jansen", utc("2026-01-12"), null, "100", utc("2026-10-20"), utc("2026-03-02"), "Winkel"],
      ["502", "Bas Visser", utc("2026-10-05"), null, "50", null, null, "Bakkerij"],
    ],
  );
  // Twee kolommen voor hetzelfde en tikfouten in twee koppen.
  f.dubbel = await exceljs(
    p("dubbel.xlsx"),
    ["Naam", "Ziekmelding", "Eerste ziektedag", "Hersteldatun", "Probleemanalsye"],
    [["Mila", utc("2026-09-01"), utc("2026-09-01"), null, utc("2026-10-01")]],
  );
}, 60_000);

/** Versie 1 van de JSON (--json-versie 1): deze toetsen lezen de velden zoals versie 1 ze geeft (ook null en lege lijsten). */
async function json(bestand: string): Promise<JsonRegister[]> {
  const r = await draai(["scan", bestand, "--json-versie", "1", "--peildatum", PEIL]);
  return (JSON.parse(r.out) as JsonRapport).bestanden;
}

describe("koppen in de woorden van de gebruiker", () => {
  test("bakkerij: elke stap gevonden; de ontbrekende 42e-weeksmelding in week 44 is te laat", async () => {
    const [b] = await json(f.bakkerij);
    expect(b.problemen.filter((p) => /ontbreekt/.test(p.melding))).toEqual([]);
    const karin = b.dossiers.find((d) => d.werknemer === "Karin Bos")!;
    expect(karin.ziekteweek).toBe(44);
    expect(karin.mijlpalen.UWV42.status).toBe("te-laat");
    expect(karin.mijlpalen.ARBO.status).not.toBe("onbekend");
    expect(karin.mijlpalen.EVAL.status).not.toBe("onbekend");
    expect(b.nietGebruikteKolommen).toEqual([{ kop: "Opmerking", kolom: "J", reden: "onbekend", bedoeldeU: [] }]);
    const tekst = await draai(["scan", f.bakkerij, "--peildatum", PEIL, "--streng"]);
    expect(tekst.code).toBe(EXIT.TE_LAAT);
    expect(tekst.out).toMatch(/Karin Bos \(rij 3\)\s+42e-weeksmelding/);
    const onbekend = /geen kolom voor: (.*)\./.exec(tekst.out)?.[1] ?? "";
    expect(onbekend).toMatch(/Eerstejaarsevaluatie/); // die kolom is er echt niet
    expect(onbekend).not.toMatch(/42e|Probleemanalyse|Plan van aanpak|Evaluatie plan|arbodienst/);
    expect(tekst.out).toMatch(/Niet gebruikte kolommen: "Opmerking" \(J, niet herkend\)\./);
  });
  test("een kolom Arbodienst met namen is geen stap: de arbomelding is onbekend, niet te laat", async () => {
    const [b] = await json(f.arbodienst);
    for (const d of b.dossiers) expect(d.mijlpalen.ARBO.status).toBe("onbekend");
    expect(b.problemen.map((p) => p.melding)).toContainEqual(
      expect.stringMatching(/^De kolom "Arbodienst" \(C\) op blad "Verzuim" bevat geen datums maar tekst \(3 van de 3 gevulde cellen, bijvoorbeeld in rij 2\); niet gebruikt als Ziekmelding arbodienst\./),
    );
    expect(b.nietGebruikteKolommen).toEqual([{ kop: "Arbodienst", kolom: "C", reden: "geen-datums", bedoeldeU: ["Ziekmelding arbodienst"] }]);
    const r = await draai(["scan", f.arbodienst, "--json-versie", "1", "--peildatum", PEIL]);
    expect(r.out).not.toMatch(/ArboNed|Zorg van de Zaak/); // nooit de tekst uit de cellen (AVG)
  });
  test("een tikfout in de verplichte kop: gelezen, gemeld, en --streng ziet de te late probleemanalyse", async () => {
    const r = await draai(["scan", f.tikfout, "--peildatum", PEIL, "--streng"]);
    expect(r.code).toBe(EXIT.TE_LAAT);
    expect(r.out).toMatch(/Piet Kramer \(rij 2\)\s+Probleemanalyse/);
    expect(r.out).toMatch(/let op: rij 1, kolom Eerste ziekteag \(B\): De kolom "Eerste ziekteag" is gelezen als "Eerste ziektedag"/);
    const csv = (await draai(["scan", f.tikfout, "--csv", "--peildatum", PEIL])).out.replace(/^\uFEFF/, "").trim().split("\r\n").map(csvVelden);
    expect(csv.filter((v) => v[4] === "Piet Kramer")).toHaveLength(1);
  });
  test("voornaam, tussenvoegsel en achternaam: één werknemer, perioden samengeteld", async () => {
    const [b] = await json(f.namen);
    expect(b.dossiers.map((d) => [d.werknemer, d.rijen])).toEqual([
      ["Jan de Vries", [2, 3]],
      ["Jan Bakker", [4]],
    ]);
    expect(b.problemen.filter((p) => /Werknemer/.test(p.melding))).toEqual([]);
  });
});

describe("meer registers in eigen woorden", () => {
  test("CSV uit een verzuimsjabloon met tekstdatums: alle stappen gevonden", async () => {
    const [b] = await json(f.csv);
    expect(b.problemen).toEqual([]);
    expect(b.nietGebruikteKolommen).toBeUndefined();
    const lotte = b.dossiers.find((d) => d.werknemer === "Lotte Smit")!;
    expect([lotte.mijlpalen.ARBO.gedaan, lotte.mijlpalen.PA.gedaan, lotte.mijlpalen.PVA.gedaan]).toEqual(["2026-02-03", "2026-03-10", "2026-03-24"]);
    expect(lotte.mijlpalen.EVAL.status).not.toBe("onbekend"); // de kolom "Evaluatie" is gelezen
    expect(lotte.mijlpalen.UWV42.status).toBe("te-laat"); // week 43, geen melding
    expect(b.dossiers.find((d) => d.werknemer === "Ruud Mol")!.hersteldatum).toBe("2026-10-20");
  });
  test("HR-export: andere woorden; een percentagekolom is geen stap en wordt genoemd", async () => {
    const [b] = await json(f.hr);
    const eva = b.dossiers.find((d) => d.personeelsnummer === "501")!;
    expect(eva.werknemer).toBe("Eva Jansen");
    expect([eva.mijlpalen.UWV42.gedaan, eva.mijlpalen.PVA.gedaan]).toEqual(["2026-10-20", "2026-03-02"]);
    expect(b.nietGebruikteKolommen).toEqual([{ kop: "Verzuimpercentage", kolom: "E", reden: "onbekend", bedoeldeU: [] }]);
  });
  test("dubbele kolom en twee tikfouten: gemeld, en de niet gebruikte kolom zegt waarom", async () => {
    const [b] = await json(f.dubbel);
    expect(b.nietGebruikteKolommen).toEqual([{ kop: "Eerste ziektedag", kolom: "C", reden: "dubbel", bedoeldeU: ["Ziekmelding"] }]);
    const tikfouten = b.problemen.filter((p) => /lijkt een tikfout/.test(p.melding)).map((p) => p.kolom);
    expect(tikfouten).toEqual(["Hersteldatun", "Probleemanalsye"]);
    expect(b.dossiers[0].mijlpalen.PA.gedaan).toBe("2026-10-01");
  });
});

describe("een bekende kop met woorden erbij", () => {
  let bestand: string;
  beforeAll(async () => {
    // In een eigen map: de map hierboven telt zijn bestanden.
    const eigen = mkdtempSync(path.join(tmpdir(), "pw-woorden-erbij-"));
    bestand = await exceljs(
      path.join(eigen, "woorden-erbij.xlsx"),
      ["Naam", "Eerste ziektedag", "Probleemanalyse afgerond door arbo", "Plan van aanpak versie 2", "Hersteldatum verwacht", "Telefoon werknemer"],
      [["Karin Bos", utc("2026-09-01"), utc("2026-10-06"), null, utc("2026-12-01"), "06-12345678"]],
    );
  }, 60_000);
  test("niet gebruikt, wel 'bedoelde u …?' in rapport, JSON en CSV", async () => {
    const tekst = await draai(["scan", bestand, "--peildatum", PEIL]);
    expect(tekst.out).toContain(
      'Niet gebruikte kolommen: "Probleemanalyse afgerond door arbo" (C, niet herkend; bedoelde u "Probleemanalyse" of "Ziekmelding arbodienst"?), ' +
        '"Plan van aanpak versie 2" (D, niet herkend; bedoelde u "Plan van aanpak"?), "Hersteldatum verwacht" (E, niet herkend; bedoelde u "Hersteldatum"?), ' +
        '"Telefoon werknemer" (F, niet herkend).',
    );
    const onbekend = /geen kolom voor: (.*)\./.exec(tekst.out)?.[1] ?? "";
    expect(onbekend).toMatch(/Probleemanalyse/); // de kolom is niet zonder meer gebruikt
    const [b] = await json(bestand);
    expect(b.dossiers[0].hersteldatum).toBeNull(); // "Hersteldatum verwacht" is geen hersteldatum
    expect(b.nietGebruikteKolommen).toEqual([
      { kop: "Probleemanalyse afgerond door arbo", kolom: "C", reden: "onbekend", bedoeldeU: ["Probleemanalyse", "Ziekmelding arbodienst"] },
      { kop: "Plan van aanpak versie 2", kolom: "D", reden: "onbekend", bedoeldeU: ["Plan van aanpak"] },
      { kop: "Hersteldatum verwacht", kolom: "E", reden: "onbekend", bedoeldeU: ["Hersteldatum"] },
      { kop: "Telefoon werknemer", kolom: "F", reden: "onbekend", bedoeldeU: [] },
    ]);
    const csv = (await draai(["scan", bestand, "--csv", "--peildatum", PEIL])).out.replace(/^\uFEFF/, "").trim().split("\r\n").map(csvVelden);
    const st = csv[0].indexOf("status");
    const me = csv[0].indexOf("melding");
    expect(csv.find((v) => v[st] === "kolommen")?.[me]).toMatch(/^Niet gebruikte kolommen: "Probleemanalyse afgerond door arbo" \(C, niet herkend; bedoelde u "Probleemanalyse" of "Ziekmelding arbodienst"\?\)/);
  });
});

describe("niet te beoordelen is een mislukking", () => {
  test("geen herkende kopregel: reden met de koppen, eigen CSV-regel, exitcode 6 met --streng", async () => {
    const [b] = await json(f.geenKolommen);
    expect(b.dossiers).toEqual([]);
    expect(b.onleesbaar).toBeUndefined();
    expect(b.nietTeBeoordelen).toMatch(/^Niet te beoordelen: geen verzuimregister herkend\. .*Blad "Verzuim": "Voornaam", "Achternaam", "Begin" \(bedoelde u "Eerste ziektedag"\?\), "Einde" \(bedoelde u "Hersteldatum"\?\)\. Staan uw gegevens .* met --kolommen bij de scanner\.$/);
    const tekst = await draai(["scan", f.geenKolommen, "--peildatum", PEIL]);
    expect(tekst.code).toBe(EXIT.GOED);
    expect(tekst.out).not.toMatch(/Niets te doen/);
    expect(tekst.out).toMatch(/ {2}Niet te beoordelen: geen verzuimregister herkend/);
    expect(tekst.out).toMatch(/1 niet te beoordelen\./);
    expect((await draai(["scan", f.geenKolommen, "--peildatum", PEIL, "--streng"])).code).toBe(EXIT.NIET_TE_BEOORDELEN);
    const csv = (await draai(["scan", f.geenKolommen, "--csv", "--peildatum", PEIL])).out.replace(/^\uFEFF/, "").trim().split("\r\n").map(csvVelden);
    const kop = csv[0];
    expect(csv).toHaveLength(2);
    expect(csv[1][kop.indexOf("bestand")]).toBe(f.geenKolommen);
    expect(csv[1][kop.indexOf("status")]).toBe("niet te beoordelen");
    expect(csv[1][kop.indexOf("melding")]).toMatch(/"Voornaam", "Achternaam", "Begin" \(bedoelde u "Eerste ziektedag"\?\)/);
  });
  test("een kolom Ziek met ja/nee: het register is niet te beoordelen, met de reden", async () => {
    const [b] = await json(f.jaNee);
    expect(b.blad).toBe("Verzuim");
    expect(b.nietTeBeoordelen).toMatch(/^Niet te beoordelen: de kolom "Ziek" \(B\) bevat geen datums\./);
    const tekst = await draai(["scan", f.jaNee, "--peildatum", PEIL, "--streng"]);
    expect(tekst.code).toBe(EXIT.NIET_TE_BEOORDELEN);
    expect(tekst.out).toMatch(/Niet te beoordelen: de kolom "Ziek"/);
    expect(tekst.out).not.toMatch(/Niets te doen/);
  });
  test("een onduidelijke tikfout: alleen 'bedoelde u …?', in rapport, JSON en CSV", async () => {
    const [b] = await json(f.onduidelijk);
    expect(b.nietTeBeoordelen).toMatch(/Bedoelde u kolom "Ziekt" \(B\)\? Geef die kolom dan de kop "Eerste ziektedag"\./);
    expect(b.nietGebruikteKolommen).toEqual([
      { kop: "Ziekt", kolom: "B", reden: "onbekend", bedoeldeU: ["Eerste ziektedag"] },
      { kop: "Telefoon", kolom: "D", reden: "onbekend", bedoeldeU: [] },
    ]);
    const csv = (await draai(["scan", f.onduidelijk, "--csv", "--peildatum", PEIL])).out.replace(/^\uFEFF/, "").trim().split("\r\n").map(csvVelden);
    const st = csv[0].indexOf("status");
    const me = csv[0].indexOf("melding");
    expect(csv.find((v) => v[st] === "kolommen")?.[me]).toBe('Niet gebruikte kolommen: "Ziekt" (B, niet herkend; bedoelde u "Eerste ziektedag"?), "Telefoon" (D, niet herkend).');
    expect(csv.filter((v) => v[st] === "niet te beoordelen")).toHaveLength(1);
  });
  test("de hulp noemt exitcode 6", () => {
    expect(EXIT.NIET_TE_BEOORDELEN).toBe(6);
    expect(HULP).toMatch(/6 een werkmap of blad is niet te beoordelen \(met --streng; gaat vóór 1\)/);
  });
  test("een map met alles: niet te beoordelen gaat met --streng vóór te laat", async () => {
    expect((await draai(["scan", map, "--peildatum", PEIL, "--streng"])).code).toBe(EXIT.NIET_TE_BEOORDELEN);
    const r = await draai(["scan", map, "--peildatum", PEIL]);
    expect(r.code).toBe(EXIT.GOED);
    expect(r.out).toMatch(/3 niet te beoordelen\./);
    expect(r.out).toMatch(/10 bestanden/);
    expect(r.out).toMatch(/geen-kolommen\.xlsx\s+NIET TE BEOORDELEN: geen verzuimregister herkend\./);
  });
});
