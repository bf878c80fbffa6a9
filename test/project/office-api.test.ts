/**
 * Requirement sets als regel (issue 21): elk Office-API-member dat onze Office-code gebruikt, valt binnen de
 * sets die manifest.xml belooft, of staat achter een isSetSupported-bewaking met een terugval
 * (scripts/office-api.cjs: de typecontrole herleidt elk gebruik naar @types/office-js en leest `[Api set: …]`).
 * De tabel member → set in docs/office-api.md is actueel.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

jest.setTimeout(120_000);

interface Gebruik {
  member: string;
  set: string | null;
  versie: string | null;
  bestand: string;
  regel: number;
  bewaking: { set: string; versie: string }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require("../../scripts/office-api.cjs") as {
  analyseer(o?: { bestanden?: string[]; extra?: string[] }): Gebruik[];
  manifestSets(xml: string): Record<string, string>;
  overtredingen(g: Gebruik[], sets: Record<string, string>): Gebruik[];
  docsTekst(g: Gebruik[], sets: Record<string, string>): string;
  leesLabel(tekst: string, schrijft: boolean): { set: string; versie: string } | null;
  DOCS: string;
};

const root = path.resolve(__dirname, "..", "..");
const sets = api.manifestSets(readFileSync(path.join(root, "manifest.xml"), "utf8"));
const gebruik = api.analyseer();

test("de manifest belooft ExcelApi, SharedRuntime en CustomFunctionsRuntime", () => {
  expect(sets).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.7", CustomFunctionsRuntime: "1.3" });
});

test("het label uit de typen, ook 'for get / for set'", () => {
  expect(api.leesLabel("* [Api set: ExcelApi 1.9]", false)).toMatchObject({ set: "ExcelApi", versie: "1.9" });
  expect(api.leesLabel("* [Api set: ExcelApi 1.1 for get, 1.3 for set]", true)).toMatchObject({ versie: "1.3" });
  expect(api.leesLabel("* [Api set: ExcelApi 1.1 for get, 1.3 for set]", false)).toMatchObject({ versie: "1.1" });
  expect(api.leesLabel("geen label", false)).toBeNull();
});

test("de Office-code gebruikt tientallen getypte members, met set en plaats", () => {
  const metSet = gebruik.filter((g) => g.set);
  expect(metSet.length).toBeGreaterThan(40);
  expect(gebruik).toEqual(expect.arrayContaining([expect.objectContaining({ member: "Excel.Workbook.worksheets", set: "ExcelApi", versie: "1.1", bestand: "src/office/werkmap.ts" })]));
  expect(gebruik).toEqual(expect.arrayContaining([expect.objectContaining({ member: "Excel.WorksheetCollection.onChanged", set: "ExcelApi", versie: "1.9" })]));
  expect(gebruik).toEqual(expect.arrayContaining([expect.objectContaining({ member: "CustomFunctions.Error", set: "CustomFunctionsRuntime", versie: "1.2" })]));
});

test("geen member boven de manifest zonder isSetSupported-bewaking", () => {
  const fout = api.overtredingen(gebruik, sets).map((g) => `${g.bestand}:${g.regel} ${g.member} (${g.set} ${g.versie})`);
  expect(fout).toEqual([]);
  // De bewaakte 1.9-members worden wel gezien, en als bewaakt.
  const negen = gebruik.filter((g) => g.versie === "1.9" && g.set === "ExcelApi");
  expect(negen.length).toBeGreaterThanOrEqual(3);
  // Bewaakt met 1.9 of hoger (RangeAreas.address staat achter 1.13, de set van getMergedAreasOrNullObject).
  const minor = (v: string) => Number(v.split(".")[1]);
  for (const g of negen) expect([g.member, g.bewaking.length > 0 && g.bewaking.every((b) => minor(b.versie) >= 9)]).toEqual([g.member, true]);
});

test("bewijs: een onbewaakt of te laag bewaakt nieuwer member is een overtreding, de bewaakte vormen niet", () => {
  const voorbeeld = path.join(root, "test", "fixtures", "office-api", "onbewaakt.ts");
  const g = api.analyseer({ bestanden: [voorbeeld] });
  const fout = api.overtredingen(g, sets);
  const bron = readFileSync(voorbeeld, "utf8").split("\n");
  const functieVan = (regel: number) => bron.slice(0, regel).reverse().find((r) => r.startsWith("export function"))!.match(/function (\w+)/)![1];
  expect([...new Set(fout.map((f) => functieVan(f.regel)))].sort()).toEqual(["onbewaakt", "teLaagBewaakt"]);
  expect(fout.map((f) => f.member)).toContain("Excel.PageLayout.orientation");
  // Zonder bewaking voor ExcelApi 1.9 in de manifest is er niets fout.
  expect(api.overtredingen(g, { ...sets, ExcelApi: "1.9" })).toEqual([]);
});

test("docs/office-api.md bevat de actuele tabel (bijwerken: node scripts/office-api.cjs --docs)", () => {
  expect(readFileSync(api.DOCS, "utf8")).toBe(api.docsTekst(gebruik, sets));
});
