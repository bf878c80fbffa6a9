/**
 * `poortwachter statistiek <bestanden of mappen…> --van DATUM --tot DATUM --medewerkers N [--json|--html BESTAND]`:
 * verzuimcijfers per werkmap (Nationale Verzuimstandaard; zie src/core/statistiek.ts en docs/statistiek.md).
 * Eén werkmap = één werkgever: cijfers van verschillende klanten worden niet opgeteld.
 */
import { veiligeRegels } from "../core/tekst";
import path from "node:path";
import { parseArgs } from "node:util";
import { argumentFout } from "./argumenten";
import { dagVan, formatISO, formatNL, jaarVan, parseDatumOptie, vandaag, type Dag } from "../core/dagen";
import { maandLabel, verzuimPerMaandSvg } from "../core/grafiek";
import { STANDAARD_INSTELLINGEN } from "../core/instellingen";
import { berekenStatistiek, meldingenVan, type Cijfers, type Statistiek } from "../core/statistiek";
import { scanBestand } from "./scan";
import { bewaardeInstellingen } from "./lezen/instellingen";
import { verzamel } from "./verzamel";
import { docPad } from "./documentatie";
import { SchrijfFout, Schrijver, schrijfReden, type Tijdelijk } from "./schrijven";

export const HULP_STATISTIEK = `Gebruik: poortwachter statistiek <bestanden of mappen…> --van DATUM --tot DATUM --medewerkers N [opties]

Verzuimcijfers per werkmap over een periode, volgens de Nationale Verzuimstandaard (kalenderdagen):
verzuimpercentage, meldingsfrequentie, gemiddelde verzuimduur, nulverzuim, per afdeling (kolom Afdeling),
verzuim per maand en frequent verzuim (3 of meer ziekmeldingen binnen 12 maanden).

Opties:
  --van DATUM              eerste dag van de periode, als 1-1-2026 of 2026-01-01 (standaard 1 januari
                           van dit jaar)
  --tot DATUM              laatste dag van de periode (standaard vandaag; later dan vandaag wordt
                           vandaag: dagen in de toekomst tellen nooit als ziek)
  --medewerkers N          gemiddeld aantal medewerkers in de periode (nodig voor percentage,
                           frequentie en nulverzuim), voor werkmappen zonder eigen aantal: het aantal
                           dat het taakvenster in een werkmap bewaarde, gaat voor
  --per-afdeling "A=N;B=M" aantal medewerkers per afdeling (kolom Afdeling), voor de percentages per afdeling
  --json                   JSON in plaats van tekst (velden: ${docPad("inzicht.md")})
  --html BESTAND           schrijf ook een HTML-rapport met een grafiek per maand (geen netwerk nodig)
  --overschrijf            een bestaand HTML-bestand mag vervangen worden (nooit een invoerbestand of
                           een symbolische koppeling)
  -h, --help               deze hulp

Exitcodes: 0 alles gelezen; 2 fout in het commando; 3 niets kunnen lezen; 4 sommige bestanden niet
gelezen; 5 het HTML-rapport kon niet geschreven worden.
`;

interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface StatistiekUitslag {
  bestand: string;
  fout: string | null;
  statistiek: Statistiek | null;
  /** Waar het aantal medewerkers vandaan kwam: de instelling in de werkmap, --medewerkers, of nergens. */
  medewerkersBron?: "werkmap" | "--medewerkers" | null;
}

const getal = (x: number | null, dec: number, eenheid = "") =>
  x === null ? "onbekend" : `${x.toLocaleString("nl-NL", { minimumFractionDigits: dec, maximumFractionDigits: dec })}${eenheid}`;

function cijferRegels(c: Cijfers, inspring = "  "): string[] {
  return [
    `${inspring}Verzuimpercentage:      ${getal(c.verzuimpercentage, 2, "%")} (${c.ziektedagen} ziektedagen)`,
    `${inspring}Meldingsfrequentie:     ${c.meldingsfrequentie === null ? "onbekend" : `${getal(c.meldingsfrequentie, 2)} per medewerker per jaar`} (${c.meldingen} ziekmelding${c.meldingen === 1 ? "" : "en"})`,
    `${inspring}Gemiddelde verzuimduur: ${getal(c.gemiddeldeVerzuimduur, 1, " dagen")} (${c.afgeslotenMeldingen} afgesloten melding${c.afgeslotenMeldingen === 1 ? "" : "en"})`,
    `${inspring}Nulverzuim:             ${getal(c.nulverzuim, 1, "%")}`,
  ];
}

export function statistiekTekst(u: StatistiekUitslag): string {
  const r: string[] = [`\n${u.bestand}`];
  if (u.fout || !u.statistiek) {
    r.push(`  Niet gelezen: ${u.fout ?? "onbekende reden"}`);
    return r.join("\n") + "\n";
  }
  const s = u.statistiek;
  r.push(`  Periode ${formatNL(s.van)} t/m ${formatNL(s.tot)} (${s.dagen} dagen), ${s.medewerkers ?? "onbekend aantal"} medewerkers`);
  r.push(...cijferRegels(s));
  if (s.perAfdeling) {
    r.push("  Per afdeling:");
    for (const a of s.perAfdeling) r.push(`   ${a.afdeling}`, ...cijferRegels(a, "     "));
  }
  r.push("  Per maand: " + s.perMaand.map((m) => `${maandLabel(m)} ${m.verzuimpercentage !== null ? getal(m.verzuimpercentage, 1, "%") : `${m.ziektedagen} d`}`).join(", "));
  if (s.frequentVerzuim.length) {
    r.push(`  Frequent verzuim (${s.frequentVerzuim.length} werknemer${s.frequentVerzuim.length === 1 ? "" : "s"}; aanleiding voor een preventief gesprek):`);
    for (const f of s.frequentVerzuim) r.push(`   - ${f.werknemer}: ${f.meldingen} ziekmeldingen tussen ${formatNL(f.van)} en ${formatNL(f.tot)}`);
  } else {
    r.push("  Frequent verzuim: niemand met 3 of meer ziekmeldingen binnen 12 maanden.");
  }
  for (const o of s.opmerkingen) r.push(`  Let op: ${o}`);
  return r.join("\n") + "\n";
}

export function statistiekJson(u: StatistiekUitslag): unknown {
  const s = u.statistiek;
  if (!s) return { bestand: u.bestand, fout: u.fout };
  const cijfers = (c: Cijfers) => ({
    dagen: c.dagen,
    medewerkers: c.medewerkers,
    ziektedagen: c.ziektedagen,
    verzuimpercentage: c.verzuimpercentage,
    meldingen: c.meldingen,
    meldingsfrequentie: c.meldingsfrequentie,
    afgeslotenMeldingen: c.afgeslotenMeldingen,
    gemiddeldeVerzuimduur: c.gemiddeldeVerzuimduur,
    werknemersMetVerzuim: c.werknemersMetVerzuim,
    nulverzuim: c.nulverzuim,
  });
  return {
    bestand: u.bestand,
    fout: null,
    van: formatISO(s.van),
    tot: formatISO(s.tot),
    ...cijfers(s),
    medewerkersBron: u.medewerkersBron ?? null,
    perAfdeling: s.perAfdeling ? s.perAfdeling.map((a) => ({ afdeling: a.afdeling, ...cijfers(a) })) : null,
    perMaand: s.perMaand.map((m) => ({ maand: `${m.jaar}-${String(m.maand).padStart(2, "0")}`, ziektedagen: m.ziektedagen, verzuimpercentage: m.verzuimpercentage, meldingen: m.meldingen })),
    frequentVerzuim: s.frequentVerzuim.map((f) => ({ werknemer: f.werknemer, afdeling: f.afdeling, meldingen: f.meldingen, van: formatISO(f.van), tot: formatISO(f.tot) })),
    opmerkingen: s.opmerkingen,
  };
}

const html = (t: string) => veiligeRegels(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Een zelfstandig HTML-rapport: geen scripts, geen externe bronnen (CSP verbiedt ze ook). */
export function statistiekHtml(uitslagen: readonly StatistiekUitslag[]): string {
  const delen: string[] = [];
  for (const u of uitslagen) {
    delen.push(`<section><h2>${html(path.basename(u.bestand))}</h2>`);
    const s = u.statistiek;
    if (!s) {
      delen.push(`<p class="fout">Niet gelezen: ${html(u.fout ?? "onbekende reden")}</p></section>`);
      continue;
    }
    const rij = (naam: string, waarde: string) => `<tr><th scope="row">${naam}</th><td>${html(waarde)}</td></tr>`;
    delen.push(
      `<p>Periode ${formatNL(s.van)} t/m ${formatNL(s.tot)} (${s.dagen} dagen), ${s.medewerkers ?? "onbekend aantal"} medewerkers.</p>`,
      "<table><tbody>",
      rij("Verzuimpercentage", `${getal(s.verzuimpercentage, 2, "%")} (${s.ziektedagen} ziektedagen)`),
      rij("Meldingsfrequentie", `${getal(s.meldingsfrequentie, 2)} per medewerker per jaar (${s.meldingen} ziekmeldingen)`),
      rij("Gemiddelde verzuimduur", `${getal(s.gemiddeldeVerzuimduur, 1, " dagen")} (${s.afgeslotenMeldingen} afgesloten meldingen)`),
      rij("Nulverzuim", getal(s.nulverzuim, 1, "%")),
      "</tbody></table>",
      `<figure>${verzuimPerMaandSvg(s.perMaand)}<figcaption>Verzuim per maand</figcaption></figure>`,
      "<table><caption>Per maand</caption><thead><tr><th scope=\"col\">Maand</th><th scope=\"col\">Ziektedagen</th><th scope=\"col\">Verzuimpercentage</th><th scope=\"col\">Ziekmeldingen</th></tr></thead><tbody>",
      ...s.perMaand.map((m) => `<tr><td>${maandLabel(m)}</td><td>${m.ziektedagen}</td><td>${getal(m.verzuimpercentage, 2, "%")}</td><td>${m.meldingen}</td></tr>`),
      "</tbody></table>",
    );
    if (s.perAfdeling) {
      delen.push(
        "<table><caption>Per afdeling</caption><thead><tr><th scope=\"col\">Afdeling</th><th scope=\"col\">Ziektedagen</th><th scope=\"col\">Verzuimpercentage</th><th scope=\"col\">Ziekmeldingen</th><th scope=\"col\">Gem. duur</th></tr></thead><tbody>",
        ...s.perAfdeling.map(
          (a) => `<tr><td>${html(a.afdeling)}</td><td>${a.ziektedagen}</td><td>${getal(a.verzuimpercentage, 2, "%")}</td><td>${a.meldingen}</td><td>${getal(a.gemiddeldeVerzuimduur, 1, " d")}</td></tr>`,
        ),
        "</tbody></table>",
      );
    }
    delen.push("<h3>Frequent verzuim</h3>");
    delen.push(
      s.frequentVerzuim.length
        ? `<p>3 of meer ziekmeldingen binnen 12 maanden: aanleiding voor een preventief gesprek.</p><ul>${s.frequentVerzuim
            .map((f) => `<li>${html(f.werknemer)}: ${f.meldingen} ziekmeldingen tussen ${formatNL(f.van)} en ${formatNL(f.tot)}</li>`)
            .join("")}</ul>`
        : "<p>Niemand met 3 of meer ziekmeldingen binnen 12 maanden.</p>",
    );
    for (const o of s.opmerkingen) delen.push(`<p class="let-op">Let op: ${html(o)}</p>`);
    delen.push("</section>");
  }
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verzuimcijfers — Poortwachter voor Excel</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem;color:#222;max-width:60rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.25rem .6rem;text-align:left}
caption{text-align:left;font-weight:600;padding:.25rem 0}.fout,.let-op{color:#8a1c1c}figure{margin:1rem 0}
</style></head><body>
<h1>Verzuimcijfers</h1>
<p>Volgens de Nationale Verzuimstandaard, in kalenderdagen; elke rij van het register is één ziekmelding.
Geen medische gegevens: alleen datums, namen en afdelingen uit het register.</p>
${delen.join("\n")}
</body></html>
`;
}

function leesDatumOptie(naam: string, waarde: string | undefined, standaard: Dag): Dag | string {
  if (waarde === undefined) return standaard;
  const r = parseDatumOptie(waarde);
  return r.ok ? r.waarde : `--${naam}: ${r.probleem.melding}`;
}

export async function statistiekCommando(argv: string[], uit: Uitvoer): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        van: { type: "string" },
        tot: { type: "string" },
        medewerkers: { type: "string" },
        "per-afdeling": { type: "string" },
        json: { type: "boolean" },
        html: { type: "string" },
        overschrijf: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    uit.err(`poortwachter statistiek: ${argumentFout(e)}\n\n${HULP_STATISTIEK}`);
    return 2;
  }
  const { values: o, positionals: paden } = args;
  if (o.help) {
    uit.out(HULP_STATISTIEK);
    return 0;
  }
  if (paden.length === 0) {
    uit.err(HULP_STATISTIEK);
    return 2;
  }
  const nu = vandaag();
  const vanDag = leesDatumOptie("van", o.van, dagVan(jaarVan(nu), 1, 1));
  const totDag = leesDatumOptie("tot", o.tot, nu);
  for (const x of [vanDag, totDag]) {
    if (typeof x === "string") {
      uit.err(`poortwachter statistiek: ${x}\n`);
      return 2;
    }
  }
  if ((totDag as Dag) < (vanDag as Dag)) {
    uit.err("poortwachter statistiek: --tot ligt vóór --van.\n");
    return 2;
  }
  if ((vanDag as Dag) > nu) {
    uit.err(`poortwachter statistiek: --van ligt na vandaag (${formatNL(nu)}); verzuim in de toekomst is niet te tellen.\n`);
    return 2;
  }
  // Nooit dagen na vandaag tellen: een --tot in de toekomst wordt vandaag (berekenStatistiek zegt het erbij).
  const peildatum = Math.min(totDag as Dag, nu);
  let medewerkers: number | null = null;
  if (o.medewerkers !== undefined) {
    if (!/^\d+$/.test(o.medewerkers) || Number(o.medewerkers) < 1) {
      uit.err("poortwachter statistiek: --medewerkers moet een heel getal van ten minste 1 zijn.\n");
      return 2;
    }
    medewerkers = Number(o.medewerkers);
  }
  let medewerkersPerAfdeling: Record<string, number> | undefined;
  if (o["per-afdeling"] !== undefined) {
    medewerkersPerAfdeling = {};
    for (const deel of o["per-afdeling"].split(";").map((x) => x.trim()).filter(Boolean)) {
      const m = /^(.+?)\s*=\s*(\d+)$/.exec(deel);
      if (!m || Number(m[2]) < 1) {
        uit.err(`poortwachter statistiek: --per-afdeling verwacht "Afdeling=aantal;Afdeling=aantal", niet "${deel}".\n`);
        return 2;
      }
      medewerkersPerAfdeling[m[1].trim()] = Number(m[2]);
    }
  }
  const v = await verzamel(paden, null);
  const bestanden = v.bestanden;
  for (const x of v.bestaatNiet) uit.err(`poortwachter statistiek: ${veiligeRegels(x.pad)}: ${x.melding}\n`);
  if (bestanden.length === 0) {
    uit.err("poortwachter statistiek: geen .xlsx-bestanden gevonden.\n");
    return 2;
  }
  // Het HTML-rapport gaat door de schrijver: nooit over een invoerbestand of via een koppeling, nooit over
  // een bestaand bestand zonder --overschrijf. Het doel wordt vóór het lezen getoetst.
  const schrijver = new Schrijver(Boolean(o.overschrijf));
  if (o.html !== undefined) for (const p of [...paden, ...bestanden, ...v.onleesbaar.map((x) => x.bestand)]) await schrijver.bescherm(p);
  let htmlBestand: Tijdelijk | null = null;
  let htmlFout: string | null = null;
  if (o.html !== undefined) {
    try {
      htmlBestand = await schrijver.begin(o.html, { wat: "het HTML-rapport (--html)" });
    } catch (e) {
      htmlFout = e instanceof SchrijfFout ? e.message : schrijfReden(e);
    }
  }
  // Wat niet gelezen kon worden, staat met zijn reden in de uitvoer (nooit stil overgeslagen).
  const uitslagen: StatistiekUitslag[] = v.onleesbaar.map((x) => ({ bestand: x.bestand, fout: x.reden, statistiek: null }));
  for (const bestand of bestanden) {
    const scan = await scanBestand(bestand, { peildatum, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null, beoordelen: false });
    if (scan.fout && scan.registers.length === 0) {
      uitslagen.push({ bestand, fout: scan.fout, statistiek: null });
      continue;
    }
    const meldingen = scan.registers.flatMap((r) => meldingenVan(r.register));
    // Eén werkmap = één werkgever: het aantal medewerkers dat het taakvenster in déze werkmap bewaarde, gaat
    // voor --medewerkers (dat geldt voor werkmappen zonder eigen aantal).
    const bewaard = (await bewaardeInstellingen(bestand))?.instellingen.medewerkers ?? null;
    const n = bewaard ?? medewerkers;
    const statistiek = berekenStatistiek(meldingen, { van: vanDag as Dag, tot: totDag as Dag, medewerkers: n, medewerkersPerAfdeling, peildatum: nu });
    if (bewaard !== null) {
      statistiek.opmerkingen.unshift(
        `Aantal medewerkers uit de werkmap (instelling van het taakvenster): ${bewaard}` +
          (medewerkers !== null && medewerkers !== bewaard ? `; --medewerkers ${medewerkers} geldt alleen voor werkmappen zonder eigen aantal.` : "."),
      );
    }
    uitslagen.push({ bestand, fout: null, statistiek, medewerkersBron: bewaard !== null ? "werkmap" : medewerkers !== null ? "--medewerkers" : null });
  }
  if (o.json) uit.out(JSON.stringify({ versie: 1, bestanden: uitslagen.map(statistiekJson) }, null, 2) + "\n");
  else for (const u of uitslagen) uit.out(statistiekTekst(u));
  if (htmlBestand) {
    try {
      htmlBestand.schrijf(statistiekHtml(uitslagen));
      const g = await htmlBestand.klaar();
      if (!o.json) uit.out(`\nHTML-rapport: ${g.pad}\n`);
    } catch (e) {
      htmlBestand.breekAf();
      htmlFout = e instanceof SchrijfFout ? e.message : schrijfReden(e);
    }
  }
  const gelezen = uitslagen.filter((u) => u.statistiek).length;
  if (gelezen === 0) return 3;
  if (htmlFout !== null) {
    uit.err(`poortwachter statistiek: ${htmlFout}\n`);
    return 5;
  }
  return gelezen < uitslagen.length ? 4 : 0;
}
