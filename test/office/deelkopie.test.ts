/**
 * "Deelkopie voor deze werknemer" in het taakvenster (issue 20), zonder browser: de nagebootste Excel-host
 * (mockExcel) → leesWerkmap → leesDeelkopieBron (de rijen van één dossier) → de gedeelde pakketlaag
 * (src/pakket/deelkopie.ts) → de bytes die Excel.createWorkbook krijgt. Net als bij `scan --deelkopie
 * --werknemer` (test/cli/pakket-laag.test.ts): geen andere naam, geen weggelaten kolom en geen ander blad in de
 * hele zip; en dezelfde kolommen en cellen als de scanner voor dezelfde gegevens.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import { dagVan, formatISO } from "../../src/core/dagen";
import { EXCELAPI_NIEUWE_WERKMAP, leesDeelkopieBron, naarBase64, openNieuweWerkmap, registerKolombereik, rijenVanWerknemer } from "../../src/office/deelkopie";
import { leesWerkmap } from "../../src/office/werkmap";
import { maakDeelkopie } from "../../src/pakket/deelkopie";
import { maakContext, nieuweStaat, zetWaarden, type Waarde } from "./mockExcel";

const P = dagVan(2026, 11, 25);
const KOP = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Telefoon", "Leidinggevende", "Opmerkingen", "Diagnose", "Soort verzuim"];
const D = (j: number, m: number, d: number) => dagVan(j, m, d);
const RIJEN: Waarde[][] = [
  ["Anna Jansen", "1001", D(2026, 10, 1), "", "", "06-11111111", "Piet Anna-baas", "Geheime notitie over Anna", "griep", "psychisch"],
  ["Bram de Vries", "1002", D(2026, 3, 2), D(2026, 3, 20), D(2026, 3, 10), "06-22222222", "Karel Chef", "Geheime notitie over Bram", "rugklachten", "fysiek"],
  ["Bram de Vries", "1002", D(2026, 9, 1), "", "", "06-22222222", "Karel Chef", "Nog een notitie", "rugklachten", "fysiek"],
  ["Carla Carlsen", "1003", D(2026, 11, 1), "", "", "06-33333333", "Karel Chef", "", "", ""],
];
const VERBODEN = ["Anna", "Jansen", "1001", "Carla", "1003", "06-", "Telefoon", "Leidinggevende", "Karel", "Opmerking", "notitie", "Diagnose", "rugklachten", "Soort verzuim", "fysiek", "Geheim blad", "Overig"];

/** Alle onderdelen van de zip, uitgepakt, als één tekst (met hun namen). */
function alleTekst(bytes: Uint8Array): string {
  return Object.entries(unzipSync(bytes))
    .map(([n, b]) => `${n}\n${strFromU8(b)}`)
    .join("\n");
}

function host() {
  const s = nieuweStaat();
  // Vanaf C4: de linkerkolom van het register is niet A (de kolommen van de deelkopie tellen vanaf het blok).
  const blad = zetWaarden(s, "Verzuim", "C4", [KOP, ...RIJEN]);
  blad.tabellen.push({ naam: "Verzuimregister", bereik: `C4:L${4 + RIJEN.length}` });
  blad.cellen.set("1,1", { v: "Notitie van de gebruiker buiten het register" });
  zetWaarden(s, "Geheim blad", "A1", [["Overig dossier van Carla Carlsen"]]);
  return s;
}

async function deelkopieUitHost(wie: string) {
  const ctx = maakContext(host()) as unknown as Excel.RequestContext;
  const l = await leesWerkmap(ctx, P);
  const g = l.registers[0];
  // Het dossier van de huidige periode (zoals de kaart in het taakvenster); een eerdere periode die niet
  // samentelt is een eigen dossier, maar haar rij hoort ook bij deze werknemer.
  const e = g.evaluaties.filter((x) => x.dossier.personeelsnummer === wie).at(-1)!;
  const bron = await leesDeelkopieBron(ctx, g.register, rijenVanWerknemer(g.register, e.dossier));
  const d = await maakDeelkopie({ ...bron, datumsysteem: l.datumsysteem, peildatum: P, instellingen: l.instellingen });
  return { g, e, bron, d, bytes: await d.pakket.bytes() };
}

describe("deelkopie uit het taakvenster", () => {
  test("het kolombereik van het register begint bij de linkerkolom van het blok (C) en loopt tot de laatste kop", async () => {
    const { g } = await deelkopieUitHost("1002");
    expect(registerKolombereik(g.register)).toEqual({ links: 3, rechts: 12 });
  });

  test("alleen de rijen van deze werknemer; geen andere naam, geen weggelaten kolom en geen ander blad in de hele zip", async () => {
    const { g, e, bron, d, bytes } = await deelkopieUitHost("1002");
    expect(e.dossier.rijen).toEqual([7]);
    expect(rijenVanWerknemer(g.register, e.dossier)).toEqual([6, 7]);
    expect(bron.rijen.map((r) => r[0])).toEqual(["Bram de Vries", "Bram de Vries"]);
    const alles = alleTekst(bytes);
    expect(alles).toContain("Bram de Vries");
    for (const verboden of VERBODEN) expect([verboden, alles.includes(verboden)]).toEqual([verboden, false]);
    expect(d.keuze.weggelaten.map((w) => w.kop).sort()).toEqual(["Diagnose", "Leidinggevende", "Opmerkingen", "Soort verzuim", "Telefoon"]);
    expect(d.dossiers).toBe(2); // twee perioden die niet samentellen
    const wb = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    for (const m of wb.matchAll(/<sheet name="([^"]*)"/g)) expect(m[1]).toMatch(/^(Verzuim|Poortwachter legenda|PW_T_\d+)$/);
    // Dezelfde kleuren: opmaakregels op het blad en hun stijlen.
    const blad = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(blad).toMatch(/<conditionalFormatting /);
    expect(strFromU8(unzipSync(bytes)["xl/styles.xml"])).toMatch(/<dxf>/);
    // Geen gevoeligheidslabel: het taakvenster kan het niet lezen (de melding vraagt de gebruiker het te zetten).
    expect(unzipSync(bytes)["docProps/custom.xml"]).toBeUndefined();
  });

  test("dezelfde kolommen en cellen als scan --deelkopie --werknemer op dezelfde gegevens (één code)", async () => {
    const { bytes } = await deelkopieUitHost("1002");
    const map = mkdtempSync(path.join(tmpdir(), "pw-deel-venster-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Verzuim");
    const serie = (d: Waarde) => (typeof d === "number" ? new Date(`${formatISO(d)}T00:00:00Z`) : d === "" ? null : d);
    ws.addTable({ name: "Verzuimregister", ref: "A1", headerRow: true, columns: KOP.map((name) => ({ name })), rows: RIJEN.map((r) => r.map(serie)) });
    const invoer = path.join(map, "register.xlsx");
    writeFileSync(invoer, Buffer.from(await wb.xlsx.writeBuffer()));
    const code = await main(["scan", invoer, "--deelkopie", path.join(map, "uit"), "--werknemer", "1002", "--peildatum", formatISO(P)], { out: () => {}, err: () => {}, isTTY: false });
    expect(code).toBeLessThan(2);
    const cli = unzipSync(readFileSync(path.join(map, "uit", "register (deelkopie).xlsx")));
    const venster = unzipSync(bytes);
    for (const deel of ["xl/tables/table1.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"]) {
      expect([deel, strFromU8(venster[deel])]).toEqual([deel, strFromU8(cli[deel])]);
    }
  });
});

describe("openNieuweWerkmap", () => {
  const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  test(`met ExcelApi ${EXCELAPI_NIEUWE_WERKMAP}: Excel.createWorkbook krijgt precies de bytes als base64`, async () => {
    const { bytes } = await deelkopieUitHost("1002");
    const aanroepen: string[] = [];
    g.Excel = { createWorkbook: async (b64: string) => void aanroepen.push(b64) };
    g.Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 8 } } };
    expect(await openNieuweWerkmap(bytes)).toBe(true);
    expect(aanroepen).toHaveLength(1);
    expect(Buffer.compare(Buffer.from(aanroepen[0], "base64"), Buffer.from(bytes))).toBe(0);
  });

  test("zonder ExcelApi 1.8: geen aanroep, false (het taakvenster biedt dan een download)", async () => {
    const aanroepen: string[] = [];
    g.Excel = { createWorkbook: async (b64: string) => void aanroepen.push(b64) };
    g.Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 7 } } };
    expect(await openNieuweWerkmap(new Uint8Array([1, 2, 3]))).toBe(false);
    expect(aanroepen).toEqual([]);
  });

  test("naarBase64 ook voor meer dan 32 kB (in stukken)", () => {
    const b = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) & 0xff);
    expect(naarBase64(b)).toBe(Buffer.from(b).toString("base64"));
  });
});
