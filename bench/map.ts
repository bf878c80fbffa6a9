/**
 * Benchmark: een map op beide kernen (issue 22). Een map van PW_BENCH_MAP_BESTANDEN (standaard 8) werkmappen van
 * de benchgenerator (bench/hulp/register-xlsx.ts), elk PW_BENCH_MAP_RIJEN (standaard 10.000) rijen, gescand met
 * --werkers 1 en --werkers 2, als hele processen (bin/poortwachter.js, gemeten met bench/hulp/meet.cjs: CPU-tijd
 * van alle draden, wandtijd, geheugenpiek). De rondes wisselen af (1, 2, 1, 2, …), zodat een drukke machine
 * beide even hard raakt; per vorm de mediaan en het bereik van de verhouding wandtijd twee werkers / één draad
 * van dezelfde ronde (perfect: 0,50), de bezette kernen (CPU / wand; beide kernen bezet ≈ > 1,6) en de CPU-tijd per bestand.
 * Let op: ook één draad is geen één kern: de GC-hulpdraden van V8 rekenen mee (CPU / wand ≈ 1,3).
 * Vloer: hetzelfde proces met 1 en 2 draden die alleen JSON maken en aaneenrijgen (veel kleine objecten, zoals de
 * scanner): wat twee draden op deze machine hoogstens winnen aan een werk dat zoveel geheugen aanraakt.
 * PW_BENCH_RONDEN (standaard 5) en PW_BENCH_MAP_VORMEN (standaard "--json,--csv,rapport") veranderen dat.
 * Drukt de cijfers af; assert niets.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { maakRegisterXlsx } from "./hulp/register-xlsx";

const PEIL = "2026-11-25";
const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "poortwachter.js");
const meet = path.join(root, "bench", "hulp", "meet.cjs");
const RONDEN = Number(process.env.PW_BENCH_RONDEN ?? 5);
const BESTANDEN = Number(process.env.PW_BENCH_MAP_BESTANDEN ?? 8);
const RIJEN = Number(process.env.PW_BENCH_MAP_RIJEN ?? 10_000);
const VORMEN = (process.env.PW_BENCH_MAP_VORMEN ?? "--json,--csv,rapport").split(",");

interface Meting {
  cpuMs: number;
  wandMs: number;
  maxRssMb: number;
}

function proces(args: string[], map: string): Meting {
  const f = path.join(map, `meet-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["-r", meet, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PW_MEET_BESTAND: f } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exitcode ${r.status}: ${r.stderr?.toString().slice(0, 500)}`);
  const m = JSON.parse(readFileSync(f, "utf8")) as Meting;
  rmSync(f);
  return m;
}

const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f2 = (x: number) => x.toFixed(2).replace(".", ",");

/** Vloerwerk: JSON van 800.000 kleine objecten in stukken van 64 kB naar UTF-8 (zoals een werker zijn uitvoer). */
function vloerWerk(): number {
  let bytes = 0;
  for (let k = 0; k < 8; k++) {
    let buf = "";
    for (let i = 0; i < 100_000; i++) {
      buf += `,\n${JSON.stringify({ id: i, naam: `Jansen ${i}`, datum: "2026-11-25", tekst: "Plan van aanpak uiterlijk week 8", n: [k, i] })}`;
      if (buf.length >= 1 << 16) {
        bytes += Buffer.from(buf, "utf8").byteLength;
        buf = "";
      }
    }
  }
  return bytes;
}

/** Kind: twee keer het vloerwerk, verdeeld over `n` draden (1: na elkaar in één werker; 2: naast elkaar). */
async function kindVloer(n: number): Promise<void> {
  const keer = String(2 / n);
  await Promise.all(Array.from({ length: n }, () => new Promise((klaar) => new Worker(__filename, { argv: ["--vloerdraad", keer] }).once("message", klaar))));
}

async function hoofd(): Promise<void> {
  const map = mkdtempSync(path.join(tmpdir(), "pw-bench-map-"));
  try {
    const klanten = path.join(map, "klanten");
    mkdirSync(klanten);
    const xlsx = await maakRegisterXlsx(RIJEN);
    for (let i = 0; i < BESTANDEN; i++) writeFileSync(path.join(klanten, `klant-${i}.xlsx`), xlsx);
    console.log(`map: ${BESTANDEN} werkmappen × ${RIJEN.toLocaleString("nl-NL")} rijen, ${RONDEN} rondes (1 en 2 werkers afwisselend), mediaan [bereik]`);
    const v1: Meting[] = [];
    const v2: Meting[] = [];
    for (let r = 0; r < RONDEN; r++) {
      v1.push(proces([__filename, "--vloer", "1"], map));
      v2.push(proces([__filename, "--vloer", "2"], map));
    }
    const vr = v2.map((t, i) => t.wandMs / v1[i].wandMs);
    console.log(
      `vloer (alleen JSON maken): wandtijd twee draden / één draad ${f2(mediaan(vr))} [${f2(Math.min(...vr))}–${f2(Math.max(...vr))}] ` +
        `(perfect: 0,50); kernen bezet ${f2(mediaan(v1.map((x) => x.cpuMs / x.wandMs)))} → ${f2(mediaan(v2.map((x) => x.cpuMs / x.wandMs)))}; ` +
        `CPU ${mediaan(v1.map((x) => x.cpuMs)).toFixed(0)} → ${mediaan(v2.map((x) => x.cpuMs)).toFixed(0)} ms`,
    );
    for (const vorm of VORMEN) {
      const args = (w: number) => [bin, "scan", klanten, ...(vorm === "rapport" ? [] : [vorm]), "--peildatum", PEIL, "--stil", "--werkers", String(w)];
      const een: Meting[] = [];
      const twee: Meting[] = [];
      for (let r = 0; r < RONDEN; r++) {
        een.push(proces(args(1), map));
        twee.push(proces(args(2), map));
      }
      const ratio = twee.map((t, i) => t.wandMs / een[i].wandMs);
      const kernen = (m: Meting[]) => f2(mediaan(m.map((x) => x.cpuMs / x.wandMs)));
      const perBestand = (m: Meting[]) => mediaan(m.map((x) => x.cpuMs / BESTANDEN));
      console.log(
        `${vorm.padEnd(7)} wandtijd twee werkers / één draad ${f2(mediaan(ratio))} [${f2(Math.min(...ratio))}–${f2(Math.max(...ratio))}] ` +
          `(${mediaan(een.map((x) => x.wandMs)).toFixed(0)} → ${mediaan(twee.map((x) => x.wandMs)).toFixed(0)} ms); ` +
          `kernen bezet ${kernen(een)} → ${kernen(twee)}; CPU per bestand ${perBestand(een).toFixed(0)} → ${perBestand(twee).toFixed(0)} ms ` +
          `(${f2(perBestand(twee) / perBestand(een))} ×); piek ${mediaan(een.map((x) => x.maxRssMb)).toFixed(0)} → ${mediaan(twee.map((x) => x.maxRssMb)).toFixed(0)} MB`,
      );
    }
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

if (!isMainThread) parentPort?.postMessage(Array.from({ length: Number(process.argv[3]) }, vloerWerk));
else if (process.argv[2] === "--vloer") void kindVloer(Number(process.argv[3]));
else void hoofd();
