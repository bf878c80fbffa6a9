/**
 * Benchmark van de scanner (issue 10, "Real workbooks in"): één register van 50.000 rijen × 37 kolommen.
 * In één run naast elkaar:
 * - de bodem: het werkblad alleen uitpakken en de cellen tokeniseren (geen evaluatie), met onze
 *   tokenizer en ter vergelijking met saxes (de SAX-parser die exceljs gebruikt);
 * - `poortwachter scan … --json` (lezen, evalueren, JSON per dossier wegschrijven);
 * doel: scan ≤ 3 × bodem. Daarna, elk in een eigen proces, de geheugenpiek (maxRSS) van de scan met
 * --json (doel < 400 MB) en de kosten per rij bij 1.000 tot 500.000 rijen (doel: vlak).
 * Drukt de cijfers af; assert niets. PW_BENCH_RIJEN="1000,10000" beperkt de reeks.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { main as cli } from "../src/cli/main";
import { scanBestand } from "../src/cli/scan";
import { parseISO } from "../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../src/core/instellingen";
import { leesBestand } from "../src/cli/lezen";
import { Bewaker, STANDAARD_LIMIETEN } from "../src/cli/lezen/fout";
import { Pakket } from "../src/cli/pakket/opc";
import { maakRegisterXlsx } from "./hulp/register-xlsx";

const PEIL = "2026-11-25";

async function scanMetJson(bestand: string): Promise<number> {
  let bytes = 0;
  await cli(["scan", bestand, "--json", "--peildatum", PEIL, "--stil"], { out: (s) => (bytes += s.length), err: () => undefined, isTTY: false });
  return bytes;
}

/** Dezelfde scan zonder uitvoer: lezen, registerlezer en evaluatie, elk dossier meteen losgelaten. */
async function scanZonderUitvoer(bestand: string): Promise<number> {
  let n = 0;
  await scanBestand(bestand, { peildatum: (parseISO(PEIL) as { waarde: number }).waarde, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null, perDossier: () => void n++ });
  return n;
}

/** Bodem: uitpakken + celtokens (waarde van elke <c>), niets anders. */
async function bodem(buf: Buffer): Promise<number> {
  const zip = await Pakket.open(buf);
  const bewaker = new Bewaker(STANDAARD_LIMIETEN);
  const dec = new TextDecoder();
  let rest = "";
  let n = 0;
  const re = /<c [^>]*?(?:\/>|>(?:<v>([^<]*)<\/v>)?)/g;
  for await (const stuk of zip.stukken("xl/worksheets/sheet1.xml", bewaker)) {
    const s = rest + dec.decode(stuk, { stream: true });
    const eind = s.lastIndexOf("</c>");
    re.lastIndex = 0;
    const deel = eind < 0 ? "" : s.slice(0, eind + 4);
    while (re.exec(deel) !== null) n++;
    rest = eind < 0 ? s : s.slice(eind + 4);
  }
  return n;
}

/** Dezelfde bodem met saxes (SAX, zoals exceljs): ter onderbouwing van de keuze voor een eigen tokenizer. */
async function bodemSaxes(buf: Buffer): Promise<number> {
  const zip = await Pakket.open(buf);
  const bewaker = new Bewaker(STANDAARD_LIMIETEN);
  const dec = new TextDecoder();
  const p = new SaxesParser();
  let n = 0;
  p.on("opentag", (t) => {
    if (t.name === "c") n++;
  });
  for await (const stuk of zip.stukken("xl/worksheets/sheet1.xml", bewaker)) p.write(dec.decode(stuk, { stream: true }));
  p.close();
  return n;
}

/**
 * CPU-tijd (gebruiker + systeem, alle threads van het proces) in ms: op een gedeelde machine zegt de
 * wandklok weinig; de verhouding tussen twee metingen in hetzelfde proces wel.
 */
async function tijd(f: () => Promise<unknown>): Promise<number> {
  const c = process.cpuUsage();
  await f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

const min = (xs: number[]) => Math.min(...xs);

/**
 * Kindproces: de scan met --json na opwarmen (20 keer 1.000 rijen: anders telt het compileren door de JIT,
 * in eigen threads, mee in de CPU-tijd van een kleine scan); drukt CPU-tijd en geheugenpiek af als JSON. Een
 * kleine scan wordt vijf keer gemeten (de beste telt), een grote één keer.
 */
async function kind(bestand: string, rijen: number): Promise<void> {
  const warm = path.join(path.dirname(bestand), "opwarmen.xlsx");
  writeFileSync(warm, await maakRegisterXlsx(1000));
  for (let i = 0; i < 20; i++) await scanMetJson(warm);
  rmSync(warm);
  const keer = rijen <= 10_000 ? 5 : 1;
  const ms: number[] = [];
  for (let i = 0; i < keer; i++) ms.push(await tijd(() => scanMetJson(bestand)));
  process.stdout.write(JSON.stringify({ ms: min(ms), maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

function inKind(bestand: string, rijen: number): { ms: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, [__filename, "--kind", bestand, String(rijen)], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`kindproces faalde: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { ms: number; maxRssMb: number };
}

async function hoofd(): Promise<void> {
  const map = mkdtempSync(path.join(tmpdir(), "pw-bench-scan-"));
  try {
    const N = 50_000;
    const bestand = path.join(map, "register-50k.xlsx");
    writeFileSync(bestand, await maakRegisterXlsx(N));
    const buf = readFileSync(bestand);
    console.log(`register: ${N.toLocaleString("nl-NL")} rijen × 37 kolommen, ${(buf.length / 1024 / 1024).toFixed(1)} MB`);

    await bodem(buf);
    await scanMetJson(bestand);
    const tb: number[] = [];
    const ts: number[] = [];
    const tx: number[] = [];
    const tl: number[] = [];
    const tz: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      tb.push(await tijd(() => bodem(buf)));
      tx.push(await tijd(() => bodemSaxes(buf)));
      tl.push(await tijd(() => leesBestand(bestand, STANDAARD_LIMIETEN)));
      tz.push(await tijd(() => scanZonderUitvoer(bestand)));
      ts.push(await tijd(async () => (bytes = await scanMetJson(bestand))));
    }
    const verhouding = min(ts) / min(tb);
    console.log(`CPU-tijd, beste van 3:`);
    console.log(`  bodem (uitpakken + celtokens, eigen tokenizer): ${min(tb).toFixed(0)} ms; dezelfde bodem met saxes: ${min(tx).toFixed(0)} ms`);
    console.log(`  lezer (src/cli/lezen: blokken celwaarden, gedeelde teksten): ${min(tl).toFixed(0)} ms = ${(min(tl) / min(tb)).toFixed(2)} × bodem`);
    console.log(`  scan zonder uitvoer (lezen + registerlezer + evaluatie): ${min(tz).toFixed(0)} ms = ${(min(tz) / min(tb)).toFixed(2)} × bodem`);
    console.log(`  scan --json (lezen + registerlezer + evaluatie + JSON): ${min(ts).toFixed(0)} ms (JSON ${(bytes / 1024 / 1024).toFixed(0)} MB, per dossier geschreven; de JSON alleen: ${(min(ts) - min(tz)).toFixed(0)} ms)`);
    console.log(`verhouding scan / bodem: ${verhouding.toFixed(2)} (doel ≤ 3) ${verhouding <= 3 ? "doel gehaald" : "DOEL NIET GEHAALD"}`);

    const k = inKind(bestand, N);
    console.log(`geheugenpiek scan --json (eigen proces, maxRSS): ${k.maxRssMb.toFixed(0)} MB (doel < 400) ${k.maxRssMb < 400 ? "doel gehaald" : "DOEL NIET GEHAALD"}`);

    const reeks = (process.env.PW_BENCH_RIJEN ?? "1000,10000,100000,500000").split(",").map(Number);
    const perRij: string[] = [];
    for (const n of reeks) {
      const f = path.join(map, `register-${n}.xlsx`);
      writeFileSync(f, await maakRegisterXlsx(n));
      const r = inKind(f, n);
      rmSync(f);
      perRij.push(`${n.toLocaleString("nl-NL")}: ${((r.ms * 1000) / n).toFixed(1)} µs/rij, ${r.maxRssMb.toFixed(0)} MB`);
    }
    console.log(`kosten per rij (scan --json, eigen proces; doel: vlak): ${perRij.join("; ")}`);
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--kind") void kind(process.argv[3], Number(process.argv[4]));
else void hoofd();
