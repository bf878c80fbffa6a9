/**
 * Benchmark (issue 3): een register van 50.000 rijen lezen (leesRegister) en elk dossier evalueren
 * (evalueerDossier = tijdlijn + beoordeling + volgende actie). Doel: lezen + evalueren < 0,5 s.
 * Drukt de cijfers af; assert niets.
 */
import { dagVan } from "../src/core/dagen";
import { evalueerDossier } from "../src/core/pipeline";
import { berekenTijdlijn } from "../src/core/tijdlijn";
import { leesRegister, TEMPLATE_KOLOMMEN, type Cel } from "../src/core/register";

const N = Number(process.env.PW_BENCH_RIJEN ?? 50_000);
const peildatum = dagVan(2026, 11, 25);

/** Deterministische pseudo-random (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function genereer(n: number): Cel[][] {
  const r = rng(7);
  const kol = new Map(TEMPLATE_KOLOMMEN.map((k, i) => [k.veld, i]));
  const breedte = TEMPLATE_KOLOMMEN.length;
  const rijen: Cel[][] = [TEMPLATE_KOLOMMEN.map((k) => k.kop)];
  const start = dagVan(2024, 1, 1);
  for (let i = 0; i < n; i++) {
    const rij: Cel[] = new Array(breedte).fill(null);
    const zet = (veld: string, w: Cel) => {
      const c = kol.get(veld as never);
      if (c !== undefined) rij[c] = w;
    };
    const D = start + Math.floor(r() * 1000);
    const kans = (p: number, off: number, spreiding = 20) => (r() < p ? D + off + Math.floor(r() * spreiding) : null);
    zet("werknemer", `Werknemer ${i}`);
    zet("personeelsnummer", String(100000 + i));
    zet("eersteZiektedag", D);
    if (r() < 0.2) zet("hersteldatum", D + 30 + Math.floor(r() * 500));
    zet("arbo", kans(0.9, 1, 8));
    zet("pa", kans(0.85, 25));
    zet("pva", kans(0.8, 40));
    zet("laatsteEvaluatie", kans(0.6, 60, 600));
    zet("uwv42", kans(0.6, 285));
    zet("eje", kans(0.5, 318, 50));
    zet("arbeidsdeskundigOnderzoek", kans(0.4, 300, 60));
    zet("startSpoor2", kans(0.35, 330, 120));
    if (r() < 0.05) zet("uitzonderingSpoor2", "marginale mogelijkheden");
    zet("reintegratieplanSpoor2", kans(0.3, 360, 60));
    zet("persoonsprofiel", r() < 0.3 ? "ja" : null);
    zet("zoekprofiel", r() < 0.3 ? "ja" : null);
    zet("rapportagemomenten", r() < 0.25 ? "ja" : null);
    zet("voortgangsrapportageSpoor2", kans(0.2, 450, 100));
    zet("ao", kans(0.15, 600, 30));
    zet("eindevaluatie", kans(0.15, 600, 30));
    zet("visieWerknemer", r() < 0.15 ? "ja" : null);
    zet("wiaAanvraag", kans(0.15, 620, 30));
    if (r() < 0.05) {
      zet("arbeidstherapieVan", D + 100);
      zet("arbeidstherapieTot", D + 100 + Math.floor(r() * 90));
    }
    if (r() < 0.05) zet("belastbaarVanaf", D + 380 + Math.floor(r() * 60));
    rijen.push(rij);
  }
  return rijen;
}

function meet(rijen: Cel[][]): { lezen: number; evalueren: number; tijdlijn: number; dossiers: number; controle: number } {
  const t0 = process.hrtime.bigint();
  const reg = leesRegister(rijen);
  const t1 = process.hrtime.bigint();
  if (!reg) throw new Error("register niet herkend");
  let controle = 0;
  for (const dossier of reg.dossiers) {
    const e = evalueerDossier(dossier, peildatum);
    if (e.ok) controle += e.evaluatie.beoordeling.bevindingen.length;
  }
  const t2 = process.hrtime.bigint();
  // Ter vergelijking: alleen de tijdlijnen (het deel van evalueren dat niet de beoordeling is).
  for (const dossier of reg.dossiers) {
    const r = berekenTijdlijn(dossier.invoer, peildatum);
    if (r.ok) controle += r.tijdlijn.ziektedagen & 1;
  }
  const t3 = process.hrtime.bigint();
  return { lezen: Number(t1 - t0) / 1e9, evalueren: Number(t2 - t1) / 1e9, tijdlijn: Number(t3 - t2) / 1e9, dossiers: reg.dossiers.length, controle };
}

const rijen = genereer(N);
meet(rijen); // opwarmen (JIT)
const runs = [meet(rijen), meet(rijen), meet(rijen)].sort((a, b) => a.lezen + a.evalueren - (b.lezen + b.evalueren));
const m = runs[1]; // mediaan van drie
const totaal = m.lezen + m.evalueren;
console.log(
  `register ${N.toLocaleString("nl-NL")} rijen → ${m.dossiers.toLocaleString("nl-NL")} dossiers: lezen ${m.lezen.toFixed(3)} s + evalueren ${m.evalueren.toFixed(3)} s = ${totaal.toFixed(3)} s (mediaan van 3; doel < 0,5 s); waarvan tijdlijnen alleen ${m.tijdlijn.toFixed(3)} s [controle ${m.controle}]`,
);
console.log(totaal < 0.5 ? "doel gehaald" : "DOEL NIET GEHAALD");
