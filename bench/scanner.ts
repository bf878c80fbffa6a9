/**
 * Benchmark van de scanner (issue "Command-line scanner"): 200 gegenereerde werkmappen van 50 rijen.
 * Meet in één run de tijd van de volledige scan tegen exceljs die dezelfde bestanden alleen inleest,
 * als verhouding (doel ≤ 1,25), en het geheugen na 50, 100 en 200 bestanden (moet vlak blijven: één
 * werkmap tegelijk in het geheugen). Drukt de cijfers af; assert niets.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { dagVan, naarUtcDatum } from "../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../src/core/instellingen";
import { scanBestand } from "../src/cli/scan";
import { main as cli } from "../src/cli/main";
import { rapportBestand } from "../src/cli/rapport";

const BESTANDEN = Number(process.env.PW_BENCH_BESTANDEN ?? 200);
const RIJEN = 50;
const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "Actueel oordeel", "Eindevaluatie", "WIA-aanvraag"];

async function genereer(map: string): Promise<string[]> {
  const paden: string[] = [];
  let s = 7;
  const r = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let f = 0; f < BESTANDEN; f++) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Verzuim");
    ws.getCell("A1").value = `Verzuimregister klant ${f + 1}`;
    const rijen: unknown[][] = [];
    for (let i = 0; i < RIJEN; i++) {
      const D = dagVan(2024, 1, 1) + Math.floor(r() * 1000);
      const opt = (p: number, off: number) => (r() < p ? naarUtcDatum(D + off + Math.floor(r() * 20)) : null);
      rijen.push([`Werknemer ${f}-${i}`, String(10000 + i), naarUtcDatum(D), r() < 0.2 ? naarUtcDatum(D + 30 + Math.floor(r() * 300)) : null, opt(0.8, 25), opt(0.7, 40), opt(0.5, 90), opt(0.5, 285), opt(0.4, 320), opt(0.2, 380), opt(0.1, 600), opt(0.1, 600), opt(0.1, 610)]);
    }
    ws.addTable({ name: `Verzuim${f}`, ref: "A3", headerRow: true, columns: KOPPEN.map((name) => ({ name })), rows: rijen });
    for (let c = 3; c <= KOPPEN.length; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
    const p = path.join(map, `klant-${String(f).padStart(3, "0")}.xlsx`);
    await wb.xlsx.writeFile(p);
    paden.push(p);
  }
  return paden;
}

function mb(): number {
  (global as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function main(): Promise<void> {
  const map = mkdtempSync(path.join(tmpdir(), "pw-bench-scan-"));
  const paden = await genereer(map);
  const peildatum = dagVan(2026, 11, 25);

  // Opwarmen (JIT, bestandscache) met een paar bestanden.
  for (const p of paden.slice(0, 10)) {
    await new ExcelJS.Workbook().xlsx.load(readFileSync(p) as unknown as ArrayBuffer);
    await scanBestand(p, { peildatum, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null });
  }

  // Afwisselend meten, zodat ruis van de machine beide kanten gelijk treft. De scan is wat de CLI per
  // bestand doet: lezen, evalueren en het rapport van dat bestand maken (daarna wordt alles losgelaten).
  let alleenLezen = 0;
  let scan = 0;
  let tekens = 0;
  for (let i = 0; i < paden.length; i++) {
    let t = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(readFileSync(paden[i]) as unknown as ArrayBuffer);
    alleenLezen += Number(process.hrtime.bigint() - t) / 1e9;
    t = process.hrtime.bigint();
    const u = await scanBestand(paden[i], { peildatum, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null });
    tekens += rapportBestand(peildatum, 14, u).length;
    scan += Number(process.hrtime.bigint() - t) / 1e9;
  }
  const verhouding = scan / alleenLezen;
  console.log(`scanner: ${paden.length} werkmappen × ${RIJEN} rijen; exceljs alleen lezen ${alleenLezen.toFixed(2)} s, volledige scan ${scan.toFixed(2)} s (rapport ${Math.round(tekens / 1024)} kB)`);
  console.log(`verhouding scan / exceljs-lezen: ${verhouding.toFixed(3)} (doel ≤ 1,25) ${verhouding <= 1.25 ? "doel gehaald" : "DOEL NIET GEHAALD"}`);

  // Geheugen: de echte CLI over de hele map, met de heap (na gc) na 50, 100 en 200 bestanden.
  const geheugen: string[] = [];
  let n = 0;
  await cli(["scan", map, "--peildatum", "2026-11-25", "--stil"], {
    out: () => {
      n++; // één aanroep voor de kop, daarna één per bestand
      if ([51, 101, 201].includes(n)) geheugen.push(`${n - 1}: ${mb().toFixed(0)} MB`);
    },
    err: () => undefined,
    isTTY: false,
  });
  console.log(`geheugen van 'poortwachter scan' (heap na gc) na ${geheugen.join(", ")} bestanden (doel: vlak)`);
  rmSync(map, { recursive: true, force: true });
}

void main();
