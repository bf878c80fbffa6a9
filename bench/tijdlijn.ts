/**
 * Benchmark: tijdlijnen per seconde voor 1.000.000 gegenereerde dossiers op één kern.
 * Doel (issue "Foundation"): ten minste 1.000.000 per seconde. Drukt het cijfer af; assert niets.
 */
import { dagVan } from "../src/core/dagen";
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
// Opwarmen, zodat de JIT de code geoptimaliseerd heeft.
for (let i = 0; i < 50_000; i++) berekenTijdlijn(dossiers[i % N], peildatum);

let controle = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) {
  const r = berekenTijdlijn(dossiers[i], peildatum);
  if (r.ok) controle += r.tijdlijn.laatsteDagLoondoorbetaling & 1;
}
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
const perSec = N / sec;
console.log(`tijdlijnen: ${N.toLocaleString("nl-NL")} dossiers in ${sec.toFixed(3)} s = ${Math.round(perSec).toLocaleString("nl-NL")} per seconde (doel ≥ 1.000.000) [controle ${controle}]`);
console.log(perSec >= 1_000_000 ? "doel gehaald" : "DOEL NIET GEHAALD");
