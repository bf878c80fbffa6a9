/**
 * Eind-tot-eind: de scanner op echte .xlsx-bestanden die deze test zelf schrijft (exceljs).
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { JsonRapport } from "../../src/cli/rapport";
import { ScannerJsonV2, type JsonRapportV2 } from "../../src/cli/scanner-json";
import { scanBestand } from "../../src/cli/scan";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { isEigenRegel } from "../../src/core/markering";
import { csvVelden, d } from "../helpers";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak", "42e-weeksmelding", "Eerstejaarsevaluatie"];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function maakRegister(bestand: string, opties: { date1904?: boolean; metTabel?: boolean; rijen?: unknown[][] } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (opties.date1904) (wb.properties as { date1904?: boolean }).date1904 = true;
  const ws = wb.addWorksheet("Verzuim");
  ws.getCell("A1").value = "Verzuimregister Bakkerij De Korenschoof";
  ws.getCell("A1").font = { bold: true };
  const rijen = opties.rijen ?? [
    ["Anna de Vries", "1001", utc("2026-10-01"), null, null, null, null, null], // PA te laat (11-11-2026)
    ["Bram Jansen", "1002", utc("2025-12-01"), null, utc("2026-01-05"), utc("2026-01-15"), null, null], // 42e week te laat (21-09-2026)
    ["Cor Smit", "1003", utc("2026-11-20"), null, null, null, null, null], // vers
    ["Dina Bakker", "1004", "31-02-2026", null, null, null, null, null], // onmogelijke datum
    ["Eva Kok", "1005", utc("2026-03-02"), utc("2026-03-20"), null, null, null, null], // hersteld
  ];
  if (opties.metTabel === false) {
    ws.getRow(3).values = KOPPEN;
    rijen.forEach((r, i) => (ws.getRow(4 + i).values = r as ExcelJS.CellValue[]));
  } else {
    ws.addTable({ name: "Verzuim", ref: "A3", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: rijen });
  }
  for (let c = 3; c <= 8; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  ws.getCell("J1").value = { formula: "TODAY()-C4", result: 55 } as ExcelJS.CellValue; // een formule van de gebruiker
  await wb.xlsx.writeFile(bestand);
}

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
let map: string;

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-scan-"));
  await maakRegister(path.join(map, "bakkerij.xlsx"));
  await maakRegister(path.join(map, "mac-1904.xlsx"), { date1904: true });
  await maakRegister(path.join(map, "zonder-tabel.xlsx"), { metTabel: false });
  writeFileSync(path.join(map, "kapot.xlsx"), Buffer.from("PK\u0003\u0004 dit is geen echte zip"));
  writeFileSync(path.join(map, "wachtwoord.xlsx"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  const leeg = new ExcelJS.Workbook();
  leeg.addWorksheet("Blad1").getCell("A1").value = "Boodschappenlijst";
  await leeg.xlsx.writeFile(path.join(map, "geen-register.xlsx"));
  // Een werkmap met absolute tabelrelaties, zoals openpyxl ze schrijft.
  const zip = await JSZip.loadAsync(readFileSync(path.join(map, "bakkerij.xlsx")));
  for (const naam of Object.keys(zip.files).filter((n) => n.endsWith(".rels") && n.startsWith("xl/worksheets/"))) {
    const xml = await zip.file(naam)!.async("string");
    zip.file(naam, xml.replace(/Target="\.\.\/tables\//g, 'Target="/xl/tables/'));
  }
  writeFileSync(path.join(map, "absoluut.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
}, 60000);

describe("poortwachter scan", () => {
  let rapport: JsonRapportV2;
  beforeAll(async () => {
    const r = await draai(["scan", map, "--peildatum", "2026-11-25", "--json"]);
    expect(r.code).toBe(4); // kapot.xlsx en wachtwoord.xlsx konden niet gelezen worden
    rapport = JSON.parse(r.out);
  }, 60000);

  test("JSON-contract (versie 2): volgens het schema; peildatum, bestanden, dossiers met elke mijlpaal", () => {
    // Strikt: geen veld dat het schema niet kent, geen leeg veld (null, lege lijst).
    ScannerJsonV2.parse(rapport);
    expect(rapport.versie).toBe(2);
    expect(rapport.peildatum).toBe("2026-11-25");
    const bakkerij = rapport.bestanden.find((b) => b.bestand.endsWith("bakkerij.xlsx"))!;
    expect(bakkerij.blad).toBe("Verzuim");
    expect(bakkerij.tabel).toBe("Verzuim");
    const anna = bakkerij.dossiers!.find((x) => x.werknemer === "Anna de Vries")!;
    expect(anna.rijen).toEqual([4]);
    expect(anna.eersteZiektedag).toBe("2026-10-01");
    expect(anna.mijlpalen.PA).toEqual({ uiterlijk: "2026-11-11", status: "te-laat" });
    expect(Object.keys(anna.mijlpalen).sort()).toEqual(["AO", "ARBO", "EINDEVAL", "EJE", "EVAL", "EWT", "PA", "PVA", "SPOOR2", "UWV42", "WIA"]);
    const bram = bakkerij.dossiers!.find((x) => x.werknemer === "Bram Jansen")!;
    expect(bram.mijlpalen.UWV42.status).toBe("te-laat");
    expect(bram.signalen!.map((s) => s.code)).toContain("UWV42_TE_LAAT");
    expect(bram.riv.uitkomst).toEqual(expect.any(String));
    // Elke bron één keer, op id; elke bevinding onder één sleutel.
    for (const b of rapport.bestanden) {
      for (const x of b.dossiers ?? []) {
        const alle = [...(x.riv.bevindingen ?? []), ...(x.spoor2.bevindingen ?? []), ...(x.loonsanctie.bevindingen ?? []), ...(x.signalen ?? [])];
        for (const f of alle) {
          // Wat de bevinding zelf niet noemt, staat bij haar code in `codes` van het register.
          const code = b.codes![f.code];
          expect(rapport.bronnen?.[f.bron ?? code.bron]).toEqual(expect.any(String));
          expect(f.tekst ?? code.tekst).toEqual(expect.any(String));
          expect(f.ernst ?? code.ernst).toMatch(/^(info|waarschuwing|kritiek)$/);
        }
        const codes = alle.map((f) => f.code);
        expect(new Set(codes).size).toBe(codes.length);
      }
    }
    expect(new Set(Object.values(rapport.bronnen ?? {})).size).toBe(Object.keys(rapport.bronnen ?? {}).length);
  });

  test("--json-versie 1: het oude document (nog één uitgave), met lege velden en de bevindingen ook onder signalen", async () => {
    const r = await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--json-versie", "1"]);
    const v1 = JSON.parse(r.out) as JsonRapport;
    expect(v1.versie).toBe(1);
    const anna = v1.bestanden[0].dossiers.find((x) => x.werknemer === "Anna de Vries")!;
    expect(anna.mijlpalen.PA).toEqual({ uiterlijk: "2026-11-11", vanaf: null, gedaan: null, status: "te-laat" });
    expect(anna.riv.bevindingen.every((f) => f.bron.length > 20)).toBe(true); // de bron voluit
    const fout = await draai(["scan", path.join(map, "bakkerij.xlsx"), "--json-versie", "3"]);
    expect(fout.code).toBe(2);
  });

  test("een onmogelijke datum is een probleem met rij en kolom; de andere rijen gaan door", () => {
    const bakkerij = rapport.bestanden.find((b) => b.bestand.endsWith("bakkerij.xlsx"))!;
    const p = bakkerij.problemen!.find((x) => x.rij === 7);
    expect(p?.kolom).toBe("Eerste ziektedag");
    expect(p?.melding).toMatch(/31-02-2026/);
    expect(bakkerij.dossiers!.map((x) => x.werknemer)).toEqual(expect.arrayContaining(["Anna de Vries", "Bram Jansen", "Cor Smit", "Eva Kok"]));
  });

  test("1904-werkmap geeft dezelfde datums", () => {
    const mac = rapport.bestanden.find((b) => b.bestand.endsWith("mac-1904.xlsx"))!;
    const anna = mac.dossiers!.find((x) => x.werknemer === "Anna de Vries")!;
    expect(anna.eersteZiektedag).toBe("2026-10-01");
  });

  test("blad zonder tabel: de koprij wordt gevonden onder de titel", () => {
    const z = rapport.bestanden.find((b) => b.bestand.endsWith("zonder-tabel.xlsx"))!;
    expect(z.tabel).toBeUndefined(); // versie 2: een veld zonder waarde ontbreekt
    expect(z.dossiers!.find((x) => x.werknemer === "Anna de Vries")?.rijen).toEqual([4]);
  });

  test("absolute tabelrelaties worden genormaliseerd", () => {
    const a = rapport.bestanden.find((b) => b.bestand.endsWith("absoluut.xlsx"))!;
    expect(a.tabel).toBe("Verzuim");
    expect(a.dossiers!.length).toBeGreaterThan(3);
  });

  test.each([
    ["kapot.xlsx", /beschadigd|niet gelezen/],
    ["wachtwoord.xlsx", /wachtwoord/],
    ["geen-register.xlsx", /^Niet te beoordelen: geen verzuimregister herkend\..*Blad "Blad1": "Boodschappenlijst"/],
  ])("%s wordt gemeld en de scan gaat door", (naam, melding) => {
    const b = rapport.bestanden.find((x) => x.bestand.endsWith(naam))!;
    expect(b.dossiers).toBeUndefined(); // versie 2: geen lege lijst
    expect(b.problemen![0].melding).toMatch(melding);
  });
});

describe("rapport, CSV en exitcodes", () => {
  test("leesbaar Nederlands rapport met te laat, binnenkort en een samenvatting", async () => {
    const r = await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/peildatum 25-11-2026/);
    expect(r.out).toMatch(/Te laat, nog in te halen \(\d+\):/);
    expect(r.out).toMatch(/11-11-2026 {2}Anna de Vries \(rij 4\)\s+Probleemanalyse\s+14 dagen te laat/);
    expect(r.out).toMatch(/rij 7, kolom Eerste ziektedag/);
    expect(r.out).toMatch(/Samenvatting: 1 bestand, 1 register, 4 dossiers/);
  });
  test("CSV met ; en een regel per dossier, en een regel per probleem in het register", async () => {
    const r = await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--csv"]);
    expect(r.out.startsWith("\uFEFFbestand;")).toBe(true);
    const regels = r.out.trim().split("\r\n");
    // Kop, 4 dossiers en de onmogelijke datum van rij 7 (issue 18: problemen bereiken de CSV).
    expect(regels).toHaveLength(6);
    const kop = csvVelden(regels[0].replace("\uFEFF", ""));
    const probleem = regels.map(csvVelden).find((x) => x[kop.indexOf("status")] === "probleem")!;
    expect(probleem[kop.indexOf("rij")]).toBe("7");
    expect(probleem[kop.indexOf("melding")]).toMatch(/kolom Eerste ziektedag \(C\).*31-02-2026/);
    expect(regels.every((x) => csvVelden(x).length === kop.length)).toBe(true);
  });
  test.each([
    ["onbekend commando", ["lees", "x.xlsx"], 2],
    ["geen bestanden", ["scan"], 2],
    ["ongeldige peildatum", ["scan", "x.xlsx", "--peildatum", "25-11-2026"], 2],
    ["ongeldige horizon", ["scan", "x.xlsx", "--horizon", "veel"], 2],
    ["bestaat niet", ["scan", "/bestaat/niet.xlsx"], 2],
  ])("%s geeft exitcode 2", async (_n, argv, code) => {
    expect((await draai(argv as string[])).code).toBe(code);
  });
  test("--streng geeft exitcode 1 bij termijnen die te laat zijn", async () => {
    expect((await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--streng"])).code).toBe(1);
    expect((await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2025-11-01", "--streng"])).code).toBe(0);
  });
  test("voortgang op stderr bij meerdere bestanden", async () => {
    const r = await draai(["scan", map, "--peildatum", "2026-11-25", "--json"]);
    expect(r.err).toMatch(/bestanden gescand/);
  });
});

describe("--markeer", () => {
  test("schrijft een gekleurde kopie; de invoer blijft byte voor byte gelijk; elke cel behoudt waarde, formule en opmaak", async () => {
    const invoer = path.join(map, "bakkerij.xlsx");
    const voor = sha(invoer);
    const uitMap = path.join(map, "uit");
    const r = await draai(["scan", invoer, "--peildatum", "2026-11-25", "--markeer", uitMap]);
    expect(r.code).toBe(0);
    expect(sha(invoer)).toBe(voor);
    const kopie = path.join(uitMap, "bakkerij.xlsx");
    expect(existsSync(kopie)).toBe(true);

    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(invoer);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(kopie);
    const wa = a.getWorksheet("Verzuim")!;
    const wb = b.getWorksheet("Verzuim")!;
    wa.eachRow({ includeEmpty: true }, (rij, r) => {
      rij.eachCell({ includeEmpty: true }, (cel, c) => {
        const kc = wb.getCell(r, c);
        expect([r, c, kc.value]).toEqual([r, c, cel.value]);
        expect([r, c, kc.numFmt]).toEqual([r, c, cel.numFmt]);
      });
    });
    const verborgen = b.getWorksheet("PW_T_1")!;
    expect(verborgen.state).toBe("veryHidden");
    const regels = (wb as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(regels.length).toBeGreaterThan(0);
    expect(regels.every((cf) => cf.rules.every((x) => isEigenRegel(x.formulae[0])))).toBe(true);
    // De opzoektabel: Anna (eerste ziektedag 46296, personeelsnummer 1001) is het eerste dossier, op rij 2, met
    // haar PA-termijn (kolom E van het register: de eerste termijnkolom, C).
    expect(verborgen.getCell("A2").value).toBe("46296|1001");
    expect(verborgen.getCell("C2").value).toBe(46337);
    const wbXml = await (await JSZip.loadAsync(readFileSync(kopie))).file("xl/workbook.xml")!.async("string");
    expect(wbXml.replace(/&apos;/g, "'")).toMatch(/<definedName name="PW_T_1">'PW_T_1'!\$A\$2:\$[A-Z]+\$\d+<\/definedName>/);
  }, 60000);

  test("nog een keer markeren (ook op de kopie) verandert niets aan het aantal regels, bladen en namen", async () => {
    const uit1 = path.join(map, "uit1");
    const uit2 = path.join(map, "uit2");
    await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--markeer", uit1]);
    await draai(["scan", path.join(uit1, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--markeer", uit2]);
    const tel = async (f: string) => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(f);
      const cf = (w.getWorksheet("Verzuim") as unknown as { conditionalFormattings: { rules: unknown[] }[] }).conditionalFormattings;
      const xml = await (await JSZip.loadAsync(readFileSync(f))).file("xl/workbook.xml")!.async("string");
      return { bladen: w.worksheets.map((x) => x.name), regels: cf.reduce((n, x) => n + x.rules.length, 0), namen: (xml.match(/<definedName /g) ?? []).length };
    };
    expect(await tel(path.join(uit2, "bakkerij.xlsx"))).toEqual(await tel(path.join(uit1, "bakkerij.xlsx")));
  }, 60000);

  test("de invoer overschrijven kan niet", async () => {
    const r = await draai(["scan", path.join(map, "bakkerij.xlsx"), "--peildatum", "2026-11-25", "--markeer", map, "--json"]);
    const j = JSON.parse(r.out) as JsonRapportV2;
    expect(j.bestanden.some((b) => b.problemen?.some((p) => /nooit overschreven/.test(p.melding)))).toBe(true);
  });
});

describe("per dossier stromen (--json, --csv): de uitslag houdt de evaluaties niet vast", () => {
  test("perDossier krijgt elk dossier, de uitslag telt ze maar bewaart ze niet; zonder stroom dezelfde telling", async () => {
    const map = mkdtempSync(path.join(tmpdir(), "pw-stroom-"));
    const bestand = path.join(map, "r.xlsx");
    await maakRegister(bestand);
    const opties = { peildatum: d("2026-11-25"), instellingen: STANDAARD_INSTELLINGEN, markeerMap: null };
    const namen: (string | null)[] = [];
    const gestroomd = await scanBestand(bestand, { ...opties, perDossier: (_r, e) => void namen.push(e.dossier.werknemer) });
    const bewaard = await scanBestand(bestand, opties);
    expect(gestroomd.registers[0].evaluaties).toEqual([]);
    expect(namen).toEqual(bewaard.registers[0].evaluaties.map((e) => e.dossier.werknemer));
    expect(namen.length).toBeGreaterThan(2);
    expect(gestroomd.registers[0].telling).toEqual(bewaard.registers[0].telling);
    expect(gestroomd.registers[0].telling.teLaat).toBeGreaterThan(0);
    expect(gestroomd.registers[0].problemen).toEqual(bewaard.registers[0].problemen);
  });
});
