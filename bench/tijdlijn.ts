/**
 * Benchmark: tijdlijnen per seconde voor 1.000.000 gegenereerde dossiers op één kern, naast de bodem van
 * dezelfde vorm: per dossier een object met dezelfde velden en elf mijlpaalobjecten, met alleen optellen
 * (geen regels, geen wet). Doel (issue 22): ≥ 2.000.000 per seconde. Drie rondes, afwisselend bodem en
 * engine; mediaan en bereik. Drukt de cijfers af; assert niets.
 */
import { dagVan, naarExcelSerienummer } from "../src/core/dagen";
import { leesRegister, type Cel } from "../src/core/register";
import { MIJLPAAL_CODES } from "../src/core/mijlpalen";
import { berekenTijdlijn, type DossierInvoer } from "../src/core/tijdlijn";
import { rng } from "./hulp/rng";

const N = Number(process.env.PW_BENCH_N ?? 1_000_000);
const peildatum = dagVan(2026, 11, 25);


/**
 * De dossiers komen uit een gegenereerd register via de echte registerlezer (leesRegister → maakDossier), in
 * stukken van 100.000 rijen: zo krijgt de engine invoer van precies de vorm die het product maakt (één object
 * met vaste sleutels; een ontbrekende kolom is undefined, een lege cel null). Tot 5-12-2026 maakte de bench de
 * invoer zelf, sleutel voor sleutel: 8 vormen van de invoer en tot 128 van `gedaan`, die de lezer nooit maakt
 * (zie docs/architectuur.md). De gegevens zelf (kansen en afstanden) zijn dezelfde.
 */
const KOPPEN = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "Vrijwillige verlenging (weken)"];

function genereer(n: number): DossierInvoer[] {
  const r = rng(42);
  const uit: DossierInvoer[] = [];
  const start = dagVan(2022, 1, 1);
  const serie = (d: number | undefined): Cel => (d === undefined ? "" : naarExcelSerienummer(d));
  let blok: Cel[][] = [KOPPEN];
  const leeg = () => {
    const reg = leesRegister(blok, {});
    if (!reg) throw new Error("bench: register niet gelezen");
    for (const d of reg.dossiers) uit.push(d.invoer);
    blok = [KOPPEN];
  };
  for (let i = 0; i < n; i++) {
    const D = start + Math.floor(r() * 1790);
    let ARBO: number | undefined, PA: number | undefined, PVA: number | undefined, EVAL: number | undefined, UWV42: number | undefined, EJE: number | undefined, SPOOR2: number | undefined;
    if (r() < 0.9) ARBO = D + Math.floor(r() * 10);
    if (r() < 0.8) PA = D + 20 + Math.floor(r() * 30);
    if (r() < 0.7 && PA) PVA = PA + Math.floor(r() * 21);
    if (r() < 0.5 && PVA) EVAL = PVA + Math.floor(r() * 200);
    if (r() < 0.5) UWV42 = D + 280 + Math.floor(r() * 30);
    if (r() < 0.4) EJE = D + 310 + Math.floor(r() * 60);
    if (r() < 0.2) SPOOR2 = D + 380 + Math.floor(r() * 60);
    const herstel = r() < 0.25 ? D + 1 + Math.floor(r() * 700) : undefined;
    const wie = `Werknemer ${i}`;
    // Een eerdere periode van dezelfde werknemer (gat < 4 weken): de lezer telt ze samen.
    if (r() < 0.05) blok.push([wie, serie(D - 60), serie(D - 10 - Math.floor(r() * 30))]);
    const verlenging = r() < 0.03 ? 13 + Math.floor(r() * 40) : "";
    blok.push([wie, serie(D), serie(herstel), serie(ARBO), serie(PA), serie(PVA), serie(EVAL), serie(UWV42), serie(EJE), serie(SPOOR2), verlenging]);
    if (blok.length > 100_000) leeg();
  }
  leeg();
  return uit;
}

const dossiers = genereer(N);
/** Het aantal dossiers: een eerdere periode die niet samentelt (gat van 4 weken of meer) is een eigen dossier. */
const AANTAL = dossiers.length;

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
  for (let i = 0; i < AANTAL; i++) {
    const r = f(dossiers[i], peildatum);
    if (r.ok) controle += r.tijdlijn!.laatsteDagLoondoorbetaling & 1;
  }
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  if (controle < 0) console.log(controle);
  return AANTAL / sec;
}

// Opwarmen, zodat de JIT beide geoptimaliseerd heeft.
for (let i = 0; i < 50_000; i++) {
  berekenTijdlijn(dossiers[i % AANTAL], peildatum);
  bodem(dossiers[i % AANTAL], peildatum);
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
  `tijdlijnen: ${AANTAL.toLocaleString("nl-NL")} dossiers (een register van ${N.toLocaleString("nl-NL")} meldingen, 5 % met een eerdere periode, gelezen door de registerlezer), 3 rondes: engine ${m(med(engine))}/s (bereik ${m(Math.min(...engine))}–${m(Math.max(...engine))}); ` +
    `bodem van dezelfde vorm ${m(med(vloer))}/s; engine = ${med(ratio).toFixed(2).replace(".", ",")} × de bodem (bereik ${Math.min(...ratio).toFixed(2).replace(".", ",")}–${Math.max(...ratio).toFixed(2).replace(".", ",")}) (doel ≥ 2 M/s)`,
);
console.log(med(engine) >= 2_000_000 ? "doel gehaald" : "DOEL NIET GEHAALD");
