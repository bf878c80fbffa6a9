/** `--deelkopie`: een nieuwe werkmap zonder interne en medische kolommen, met de kleuren; niets anders gaat mee. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { isInterneKop, kiesDeelkolommen } from "../../src/core/deelkopie";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const GEHEIM = "Gesprek 12-11: privé-omstandigheden thuis";
const MEDISCH = "hernia";

async function draai(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe("welke kolommen gaan mee", () => {
  test.each([
    ["Opmerkingen", true],
    ["Interne notitie", true],
    ["Toelichting casemanager", true],
    ["Aantekeningen", true],
    ["Leidinggevende", false],
    ["Probleemanalyse", false], // een registerkolom is nooit intern
    ["Eerste ziektedag", false],
  ])("%s → intern: %s", (kop, intern) => {
    expect(isInterneKop(kop)).toBe(intern);
  });

  // Issue 20/23: de deelkopie kiest met een allow-list; contactkolommen (Leidinggevende) gaan niet meer vanzelf mee.
  test("medisch gaat nooit mee, ook niet als de gebruiker niets opgeeft; opgegeven en onbekende koppen ook niet", () => {
    const k = kiesDeelkolommen(["Werknemer", "Eerste ziektedag", "Diagnose", "Opmerkingen", "Leidinggevende", "Telefoon"], ["telefoon"]);
    expect(k.houden).toEqual([0, 1]);
    expect(k.weggelaten).toEqual([
      { kop: "Diagnose", reden: "medisch" },
      { kop: "Opmerkingen", reden: "intern" },
      { kop: "Leidinggevende", reden: "niet-herkend" },
      { kop: "Telefoon", reden: "opgegeven" },
    ]);
  });

  test("allow-list: alleen registerkolommen; wat op gezondheid wijst alleen als u het noemt, medisch nooit", () => {
    const koppen = ["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Afdeling", "Soort verzuim", "Verzuimsoort", "Gezondheidssituatie", "Psychisch of fysiek", "Zwangerschapsgerelateerd", "Telefoon", "Leidinggevende", "Diagnose", "Opmerkingen"];
    const k = kiesDeelkolommen(koppen);
    expect(k.houden.map((i) => koppen[i])).toEqual(["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Afdeling"]);
    for (const kop of ["Soort verzuim", "Verzuimsoort", "Gezondheidssituatie", "Psychisch of fysiek", "Zwangerschapsgerelateerd"]) {
      expect(k.weggelaten).toContainEqual({ kop, reden: "gevoelig" });
    }
    const genoemd = kiesDeelkolommen(koppen, { deel: ["leidinggevende", "Soort verzuim", "Diagnose", "Bestaat niet"], intern: ["Afdeling"] });
    expect(genoemd.houden.map((i) => koppen[i])).toEqual(["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Soort verzuim", "Leidinggevende"]);
    expect(genoemd.weggelaten).toContainEqual({ kop: "Diagnose", reden: "medisch" });
    expect(genoemd.weggelaten).toContainEqual({ kop: "Afdeling", reden: "opgegeven" });
    expect(genoemd.nietGevonden).toEqual(["Bestaat niet"]);
  });

  test("met de kolommen die het register las telt een tweede herkenbare kop niet als registerkolom", () => {
    const koppen = ["Werknemer", "Eerste ziektedag", "Naam"];
    expect(kiesDeelkolommen(koppen).houden).toEqual([0, 1, 2]);
    const k = kiesDeelkolommen(koppen, { registerKolommen: new Set([0, 1]) });
    expect(k.houden).toEqual([0, 1]);
    expect(k.weggelaten).toEqual([{ kop: "Naam", reden: "niet-herkend" }]);
  });
});

describe("poortwachter scan --deelkopie", () => {
  let map: string;
  let kopie: string;
  let out: string;

  beforeAll(async () => {
    map = mkdtempSync(path.join(tmpdir(), "pw-deel-"));
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true; // ook uit een Mac-werkmap goede datums
    wb.creator = "Casemanager X";
    const ws = wb.addWorksheet("Verzuim");
    ws.addTable({
      name: "Verzuim",
      ref: "A1",
      headerRow: true,
      columns: ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "Leidinggevende", "Opmerkingen", "Diagnose"].map((name) => ({ name })),
      rows: [
        ["Anna de Vries", utc("2026-10-01"), null, null, "P. Pieters", GEHEIM, MEDISCH],
        ["Bram Jansen", utc("2026-09-01"), utc("2026-10-05"), null, "P. Pieters", null, null],
      ],
    });
    for (let c = 2; c <= 4; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
    ws.getCell("A2").note = "Notitie in een cel: mag niet mee";
    wb.addWorksheet("Salaris").getCell("A1").value = "Salarisgegevens: geheim";
    await wb.xlsx.writeFile(path.join(map, "klant.xlsx"));
    const r = await draai(["scan", path.join(map, "klant.xlsx"), "--peildatum", "2026-11-25", "--deelkopie", path.join(map, "delen")]);
    expect(r.code).toBe(0);
    out = r.out;
    kopie = path.join(map, "delen", readdirSync(path.join(map, "delen"))[0]);
  });

  test("het rapport noemt de deelkopie en wat er is weggelaten", () => {
    expect(out).toMatch(/Deelkopie: .*klant \(deelkopie\)\.xlsx — weggelaten: Leidinggevende \(geen kolom van het register\), Opmerkingen \(interne kolom\), Diagnose \(medische gegevens; gaat nooit mee\)/);
  });

  test("niets van de weggelaten kolommen, het andere blad, de celnotitie of de maker staat nog in het bestand", async () => {
    const zip = await JSZip.loadAsync(readFileSync(kopie));
    const alles = (await Promise.all(Object.values(zip.files).map((f) => f.async("string")))).join("\n");
    for (const verboden of [GEHEIM, MEDISCH, "Opmerkingen", "Diagnose", "Salaris", "Notitie in een cel", "Casemanager X", "Leidinggevende", "P. Pieters"]) expect(alles).not.toContain(verboden);
  });

  test("het register met de juiste datums (1904 → 1900) en de kleuren van de invoegtoepassing", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(kopie);
    const ws = wb.getWorksheet("Verzuim")!;
    expect(ws.getRow(1).values).toEqual([undefined, "Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak"]);
    expect((ws.getCell("B2").value as Date).toISOString().slice(0, 10)).toBe("2026-10-01");
    expect((ws.getCell("C3").value as Date).toISOString().slice(0, 10)).toBe("2026-10-05");
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["Verzuim", "Poortwachter legenda"]);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(cf.length).toBeGreaterThan(0);
  });

  test("nogmaals: nooit overschrijven, een tweede deelkopie krijgt een eigen naam", async () => {
    await draai(["scan", path.join(map, "klant.xlsx"), "--peildatum", "2026-11-25", "--deelkopie", path.join(map, "delen")]);
    expect(readdirSync(path.join(map, "delen")).sort()).toEqual(["klant (deelkopie 2).xlsx", "klant (deelkopie).xlsx"]);
  });
});
