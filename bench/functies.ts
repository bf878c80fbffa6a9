/**
 * Benchmark: 100.000 aanroepen van PW.DEADLINE zoals Excel ze doet (serienummer + mijlpaaltekst,
 * optionele argumenten als null). Doel (issue 5): minder dan 0,1 s in Node. Drukt het cijfer af; assert niets.
 */
import { dagVan } from "../src/core/dagen";
import { deadlineFn } from "../src/functions/functions";

const N = Number(process.env.PW_BENCH_N ?? 100_000);
const MIJLPALEN = ["PA", "PVA", "plan van aanpak", "UWV42", "EJE", "SPOOR2", "AO", "WIA", "EWT", "eindevaluatie"];
const start = dagVan(2022, 1, 1);
const args: [number, string, number | null][] = [];
for (let i = 0; i < N; i++) {
  const D = start + ((i * 7919) % 1790);
  const m = MIJLPALEN[i % MIJLPALEN.length];
  args.push([D, m, m === "PVA" && i % 3 === 0 ? D + 20 : null]);
}

// Opwarmen.
for (let i = 0; i < 20_000; i++) deadlineFn(args[i % N][0], args[i % N][1], args[i % N][2], null);

let controle = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) controle += deadlineFn(args[i][0], args[i][1], args[i][2], null) & 1;
const sec = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`PW.DEADLINE: ${N.toLocaleString("nl-NL")} aanroepen in ${sec.toFixed(3)} s (doel < 0,100 s) [controle ${controle}]`);
console.log(sec < 0.1 ? "doel gehaald" : "DOEL NIET GEHAALD");
