/**
 * Benchmark: tijdlijnen per seconde voor 1.000.000 gegenereerde dossiers op één kern, naast de bodem van
 * dezelfde vorm: per dossier een object met dezelfde velden en elf mijlpaalobjecten, met alleen optellen
 * (geen regels, geen wet). Doel (issue 22): ≥ 2.000.000 per seconde. Drie rondes, afwisselend bodem en
 * engine; mediaan en bereik. Drukt de cijfers af; assert niets.
 */
import { dagVan } from "../src/core/dagen";
import { MIJLPAAL_CODES } from "../src/core/mijlpalen";
import { berekenTijdlijn, type DossierInvoer } from "../src/core/tijdlijn";
import { rng } from "./hulp/rng";

const N = Number(process.env.PW_BENCH_N ?? 1_000_000);
const peildatum = dagVan(2026, 11, 25);


function genereer(n: number): DossierInvoer[] {
  const r = rng(42);
  const uit: DossierInvoer[] = new Array(n);
  const start = dagVan(2022, 1, 1);
  for (let i = 0; i < n; i++) {
    const D = start + Math.floor(r() * 1790);
    const x: DossierInvoer = { eersteZiektedag: D, gedaan: {} };
    const g = x.gedaan!;
    if (r() < 0.9) g.ARBO = D + Math.floor(r() * 10);
    if (r() < 0.8) g.PA = D + 20 + Math.floor(r() * 30);
    if (r() < 0.7 && g.PA) g.PVA = g.PA + Math.floor(r() * 21);
    if (r() < 0.5 && g.PVA) g.EVAL = g.PVA + Math.floor(r() * 200);
    if (r() < 0.5) g.UWV42 = D + 280 + Math.floor(r() * 30);
    if (r() < 0.4) g.EJE = D + 310 + Math.floor(r() * 60);
    if (r() < 0.2) g.SPOOR2 = D + 380 + Math.floor(r() * 60);
    if (r() < 0.25) x.hersteldatum = D + 1 + Math.floor(r() * 700);
    if (r() < 0.05) x.eerderePerioden = [{ eersteZiektedag: D - 60, hersteldatum: D - 10 - Math.floor(r() * 30) }];
    if (r() < 0.03) x.vrijwilligeVerlengingWeken = 13 + Math.floor(r() * 40);
    uit[i] = x;
  }
  return uit;
}

const dossiers = genereer(N);

/** De bodem: hetzelfde resultaat van dezelfde vorm (velden, elf mijlpalen, lijsten), zonder regels. */
function bodem(x: DossierInvoer, P: number) {
  const D = x.eersteZiektedag;
  const mijlpalen: Record<string, { code: string; uiterlijk: number; vanaf: number | null; gedaan: number | null; status: string; basis: number | null }> = {};
  for (let i = 0; i < MIJLPAAL_CODES.length; i++) {
    const c = MIJLPAAL_CODES[i];
    const u = D + 7 * (i + 1);
    const g = x.gedaan?.[c] ?? null;
    mijlpalen[c] = { code: c, uiterlijk: u, vanaf: null, gedaan: g, status: g !== null ? "gedaan" : u < P ? "te-laat" : "gepland", basis: null };
  }
  const ewt = D + 727;
  return {
    ok: true as const,
    tijdlijn: {
      peildatum: P, eersteZiektedag: D, laatstePeriodeStart: D, hersteldatum: x.hersteldatum ?? null, samengeteldeDagen: 0, aantalPerioden: 1, wazoDagen: 0,
      ziekteweek: Math.floor((P - D) / 7) + 1, ziektedagen: P - D + 1, verlengingDagen: 0, teLaatAanvraagDagen: 0, loonsanctieDagen: 0,
      laatsteDagLoondoorbetaling: ewt, ingangsdatumWia: ewt + 1, eindeWachttijd: ewt, ingangsdatumIva: null, uitDienst: null, geenWia: null,
      mijlpalen, signalen: [] as unknown[], problemen: [] as unknown[],
    },
  };
}

function ronde(f: (x: DossierInvoer, P: number) => { ok: boolean; tijdlijn?: { laatsteDagLoondoorbetaling: number } }): number {
  let controle = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const r = f(dossiers[i], peildatum);
    if (r.ok) controle += r.tijdlijn!.laatsteDagLoondoorbetaling & 1;
  }
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  if (controle < 0) console.log(controle);
  return N / sec;
}

// Opwarmen, zodat de JIT beide geoptimaliseerd heeft.
for (let i = 0; i < 50_000; i++) {
  berekenTijdlijn(dossiers[i % N], peildatum);
  bodem(dossiers[i % N], peildatum);
}
const engine: number[] = [];
const vloer: number[] = [];
for (let r = 0; r < 3; r++) {
  vloer.push(ronde(bodem));
  engine.push(ronde((x, P) => berekenTijdlijn(x, P) as { ok: boolean; tijdlijn?: { laatsteDagLoondoorbetaling: number } }));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = (x: number) => `${(x / 1e6).toFixed(2).replace(".", ",")} M`;
const ratio = engine.map((e, i) => vloer[i] / e);
console.log(
  `tijdlijnen: ${N.toLocaleString("nl-NL")} dossiers, 3 rondes: engine ${m(med(engine))}/s (bereik ${m(Math.min(...engine))}–${m(Math.max(...engine))}); ` +
    `bodem van dezelfde vorm ${m(med(vloer))}/s; engine = ${med(ratio).toFixed(2).replace(".", ",")} × de bodem (bereik ${Math.min(...ratio).toFixed(2).replace(".", ",")}–${Math.max(...ratio).toFixed(2).replace(".", ",")}) (doel ≥ 2 M/s)`,
);
console.log(med(engine) >= 2_000_000 ? "doel gehaald" : "DOEL NIET GEHAALD");
