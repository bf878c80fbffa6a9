/**
 * Benchmark van de scanner (issues 10 en 22): elk cijfer als verhouding tot de bodem, in één run.
 *
 * Register: de benchgenerator (bench/hulp/register-xlsx.ts), 50.000 rijen × de kolommen van het sjabloon.
 * Bodem: het werkblad stromend uitpakken en de cellen tokeniseren, niets interpreteren (bench/hulp/bodem.ts).
 * Elke meting is een heel proces (node lib/bench/scanner.js … of bin/poortwachter.js …) met de CPU-tijd van
 * het hele proces (alle draden) en de geheugenpiek, gemeten met bench/hulp/meet.cjs. De rondes wisselen elkaar
 * af (bodem, scan --json, zonder uitvoer, --csv, rapport, --markeer, statistiek, bodem, …), zodat een drukke
 * machine elke meting even hard raakt; per meting de mediaan en het bereik van de verhouding tot de bodem van
 * dezelfde ronde. PW_BENCH_RONDEN (standaard 5) en PW_BENCH_RIJEN (standaard 50000) veranderen dat.
 * Drukt de cijfers af; assert niets.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main as cli } from "../src/cli/main";
import { scanBestand } from "../src/cli/scan";
import { parseISO } from "../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../src/core/instellingen";
import { TEMPLATE_KOLOMMEN } from "../src/core/register";
import { bodem } from "./hulp/bodem";
import { maakRegisterXlsx } from "./hulp/register-xlsx";

const PEIL = "2026-11-25";
const root = path.resolve(__dirname, "..", "..");
const bin = path.join(root, "bin", "poortwachter.js");
const meet = path.join(root, "bench", "hulp", "meet.cjs");
const RONDEN = Number(process.env.PW_BENCH_RONDEN ?? 5);
const N = Number(process.env.PW_BENCH_RIJEN ?? 50_000);

interface Meting {
  cpuMs: number;
  wandMs: number;
  maxRssMb: number;
}

/** Eén heel proces, gemeten met meet.cjs; stdout gaat naar /dev/null (of wordt geteld). */
function proces(args: string[], map: string): Meting {
  const f = path.join(map, `meet-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["-r", meet, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PW_MEET_BESTAND: f }, maxBuffer: 1 << 24 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: exitcode ${r.status}: ${r.stderr?.toString().slice(0, 500)}`);
  return JSON.parse(readFileSync(f, "utf8")) as Meting;
}

const mediaan = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f1 = (x: number) => x.toFixed(1).replace(".", ",");
const f2 = (x: number) => x.toFixed(2).replace(".", ",");
const doel = (ok: boolean) => (ok ? "doel gehaald" : "DOEL NIET GEHAALD");

/** Kind: alleen de bodem (uitpakken + celtokens). */
async function kindBodem(bestand: string): Promise<void> {
  await bodem(readFileSync(bestand));
}

/** Kind: lezen, registerlezer en evaluatie, elk dossier meteen losgelaten (geen uitvoer). */
async function kindZonderUitvoer(bestand: string): Promise<void> {
  let n = 0;
  await scanBestand(bestand, { peildatum: (parseISO(PEIL) as { waarde: number }).waarde, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null, perDossier: () => void n++ });
}

async function hoofd(): Promise<void> {
  const map = mkdtempSync(path.join(tmpdir(), "pw-bench-scan-"));
  try {
    const bestand = path.join(map, `register-${N}.xlsx`);
    writeFileSync(bestand, await maakRegisterXlsx(N));
    const bytesIn = statSync(bestand).size;
    console.log(
      `register: ${N.toLocaleString("nl-NL")} rijen × ${TEMPLATE_KOLOMMEN.length} kolommen (het sjabloon, bench/hulp/register-xlsx.ts), ${f1(bytesIn / 1024 / 1024)} MB; ${RONDEN} rondes, afwisselend; hele processen, CPU-tijd van alle draden`,
    );
    const metingen: [string, string[], number | null][] = [
      ["scan --json", [bin, "scan", bestand, "--json", "--peildatum", PEIL, "--stil"], 5],
      ["scan zonder uitvoer (lezen + register + evaluatie)", [__filename, "--zonder", bestand], null],
      ["scan --csv", [bin, "scan", bestand, "--csv", "--peildatum", PEIL, "--stil"], 4],
      ["scan (rapport)", [bin, "scan", bestand, "--peildatum", PEIL, "--stil"], null],
      ["scan --markeer", [bin, "scan", bestand, "--markeer", "<map>", "--peildatum", PEIL, "--stil"], null],
      ["statistiek --json", [bin, "statistiek", bestand, "--van", "2026-01-01", "--tot", PEIL, "--medewerkers", "100", "--json"], null],
    ];
    const vloer: Meting[] = [];
    const uit = new Map<string, Meting[]>(metingen.map(([n]) => [n, []]));
    for (let r = 0; r < RONDEN; r++) {
      vloer.push(proces([__filename, "--bodem", bestand], map));
      for (const [naam, args] of metingen) {
        const kopie = path.join(map, `kopie-${r}`);
        mkdirSync(kopie, { recursive: true });
        uit.get(naam)!.push(proces(args.map((a) => (a === "<map>" ? kopie : a)), map));
        rmSync(kopie, { recursive: true, force: true });
      }
    }
    const bodemMs = vloer.map((m) => m.cpuMs);
    console.log(`bodem (uitpakken + celtokens, node:zlib, heel proces): mediaan ${bodemMs.length ? mediaan(bodemMs).toFixed(0) : "?"} ms CPU (bereik ${Math.min(...bodemMs).toFixed(0)}–${Math.max(...bodemMs).toFixed(0)})`);
    for (const [naam, , grens] of metingen) {
      const m = uit.get(naam)!;
      const ratio = m.map((x, i) => x.cpuMs / vloer[i].cpuMs);
      const tekst = `${naam}: ${f2(mediaan(ratio))} × bodem (bereik ${f2(Math.min(...ratio))}–${f2(Math.max(...ratio))}; ${mediaan(m.map((x) => x.cpuMs)).toFixed(0)} ms CPU, piek ${mediaan(m.map((x) => x.maxRssMb)).toFixed(0)} MB)`;
      console.log(grens === null ? tekst : `${tekst} (doel ≤ ${grens}) ${doel(mediaan(ratio) <= grens)}`);
    }

    // De JSON: bytes per dossier (versie 2 en ter vergelijking versie 1), en als veelvoud van de invoer.
    let dossiers = 0;
    await scanBestand(bestand, { peildatum: (parseISO(PEIL) as { waarde: number }).waarde, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null, perDossier: () => void dossiers++ });
    const grootte = async (extra: string[]) => {
      let bytes = 0;
      await cli(["scan", bestand, ...extra, "--peildatum", PEIL, "--stil"], { out: (s) => void (bytes += Buffer.byteLength(s)), err: () => undefined, isTTY: false });
      return bytes;
    };
    const v2 = await grootte(["--json"]);
    const v1 = await grootte(["--json-versie", "1"]);
    console.log(
      `JSON per dossier (${dossiers.toLocaleString("nl-NL")} dossiers): versie 2 ${f2(v2 / dossiers / 1024)} kB (doel ≤ 2,5) ${doel(v2 / dossiers / 1024 <= 2.5)}; ` +
        `versie 1 ${f2(v1 / dossiers / 1024)} kB; de JSON is ${f1(v2 / bytesIn)} × de invoer (.xlsx)`,
    );

    // Geheugen: de piek van elke opdracht hierboven, en scan --json bij meer rijen (eigen proces; doel ≤ 300 MB, vlak).
    const reeks = (process.env.PW_BENCH_REEKS ?? "10000,100000").split(",").map(Number);
    const perRij: string[] = [];
    for (const n of reeks) {
      const f = path.join(map, `register-${n}.xlsx`);
      writeFileSync(f, await maakRegisterXlsx(n));
      const m = proces([bin, "scan", f, "--json", "--peildatum", PEIL, "--stil"], map);
      const r = proces([bin, "scan", f, "--peildatum", PEIL, "--stil"], map);
      rmSync(f);
      perRij.push(`${n.toLocaleString("nl-NL")} rijen: --json ${m.maxRssMb.toFixed(0)} MB (${f1((m.cpuMs * 1000) / n)} µs/rij), rapport ${r.maxRssMb.toFixed(0)} MB ${doel(Math.max(m.maxRssMb, r.maxRssMb) <= 300)}`);
    }
    console.log(`geheugenpiek (doel ≤ 300 MB): ${perRij.join("; ")}`);

    // Een map: beide kernen (twee werkers) tegen één draad, zelfde bytes (test/cli/werkers.test.ts); uitgebreider, met
    // CPU per bestand en een vloer: bench/map.ts.
    const klanten = path.join(map, "klanten");
    mkdirSync(klanten);
    for (let i = 0; i < 4; i++) writeFileSync(path.join(klanten, `klant-${i}.xlsx`), await maakRegisterXlsx(Math.max(1000, Math.round(N / 5))));
    const een: Meting[] = [];
    const twee: Meting[] = [];
    for (let r = 0; r < Math.min(RONDEN, 3); r++) {
      een.push(proces([bin, "scan", klanten, "--json", "--peildatum", PEIL, "--stil", "--werkers", "1"], map));
      twee.push(proces([bin, "scan", klanten, "--json", "--peildatum", PEIL, "--stil", "--werkers", "2"], map)); // de standaard is 1 op twee kernen
    }
    const kernen = (m: Meting[]) => mediaan(m.map((x) => x.cpuMs / x.wandMs));
    console.log(
      `map van 4 werkmappen (--json): één draad ${mediaan(een.map((x) => x.wandMs)).toFixed(0)} ms wand (${f2(kernen(een))} kernen bezet), ` +
        `twee werkers ${mediaan(twee.map((x) => x.wandMs)).toFixed(0)} ms wand (${f2(kernen(twee))} kernen bezet, piek ${mediaan(twee.map((x) => x.maxRssMb)).toFixed(0)} MB); ` +
        `wandtijd ${f2(mediaan(twee.map((x) => x.wandMs)) / mediaan(een.map((x) => x.wandMs)))} × één draad`,
    );
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--bodem") void kindBodem(process.argv[3]);
else if (process.argv[2] === "--zonder") void kindZonderUitvoer(process.argv[3]);
else void hoofd();
