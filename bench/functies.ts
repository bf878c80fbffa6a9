/**
 * Benchmark: 100.000 aanroepen van PW.DEADLINE zoals Excel ze doet (serienummer + mijlpaaltekst,
 * optionele argumenten als null). Doel (issue 22): de eerste 100.000 aanroepen in een vers proces (zonder
 * opwarmen, zoals een werkmap die opent) < 50 ms; daarna ter vergelijking opgewarmd. Vijf verse processen:
 * mediaan en bereik. Drukt de cijfers af; assert niets.
 */
import { spawnSync } from "node:child_process";
import { dagVan } from "../src/core/dagen";
import { deadlineFn } from "../src/functions/functions";

const N = Number(process.env.PW_BENCH_N ?? 100_000);
const MIJLPALEN = ["PA", "PVA", "plan van aanpak", "UWV42", "EJE", "SPOOR2", "AO", "WIA", "EWT", "eindevaluatie"];
const start = dagVan(2022, 1, 1);
/**
 * De argumenten van aanroep i, pas bij de aanroep gemaakt (zoals Excel ze per cel doorgeeft): een vooraf
 * gemaakte lijst van 100.000 argumenten zou het opruimen van die lijst meten in plaats van de functie.
 */
const D = (i: number) => start + ((i * 7919) % 1790);
const M = (i: number) => MIJLPALEN[i % MIJLPALEN.length];
const vorige = (i: number, d: number, m: string) => (m === "PVA" && i % 3 === 0 ? d + 20 : null);

function meet(): number {
  let controle = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const d = D(i);
    const m = M(i);
    controle += deadlineFn(d, m, vorige(i, d, m), null) & 1;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (controle < 0) console.log(controle);
  return ms;
}

if (process.argv[2] === "--koud") {
  process.stdout.write(String(meet()));
} else {
  const koud: number[] = [];
  for (let i = 0; i < 5; i++) koud.push(Number(spawnSync(process.execPath, [__filename, "--koud"], { encoding: "utf8" }).stdout));
  for (let i = 0; i < 20_000; i++) deadlineFn(D(i), M(i), vorige(i, D(i), M(i)), null);
  const warm = [meet(), meet(), meet()];
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const f = (x: number) => x.toFixed(1).replace(".", ",");
  console.log(
    `PW.DEADLINE: de eerste ${N.toLocaleString("nl-NL")} aanroepen in een vers proces ${f(med(koud))} ms (5 processen, bereik ${f(Math.min(...koud))}–${f(Math.max(...koud))}; doel < 50 ms); ` +
      `opgewarmd ${f(med(warm))} ms (bereik ${f(Math.min(...warm))}–${f(Math.max(...warm))})`,
  );
  console.log(med(koud) < 50 ? "doel gehaald" : "DOEL NIET GEHAALD");
}
