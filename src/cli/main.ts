/**
 * `poortwachter scan <bestanden of mappen…>`: de scanner voor salarisadministraties en casemanagers.
 * Exitcode 0, ook als er bestanden niet gelezen konden worden (die staan in het rapport); 2 als het
 * commando zelf fout is; 1 met --streng als er termijnen te laat zijn.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseISO, vandaag, type Dag } from "../core/dagen";
import { leesInstellingen } from "../core/instellingen-lezen";
import { csvBestand, csvKop, JsonStroom, nieuweTotalen, rapportBestand, rapportKop, rapportSamenvatting, telOp } from "./rapport";
import { scanBestand, type BestandUitslag } from "./scan";
import { statistiekCommando } from "./statistiek";
import { redenTekst } from "../core/deelkopie";
import { agendaItems, maakIcs, type AgendaItem } from "../core/agenda";

export const HULP = `Gebruik: poortwachter scan <bestanden of mappen…> [opties]

Leest verzuimregisters in .xlsx-werkmappen en meldt per dossier wat te laat is en wat binnenkort moet
(Wet verbetering poortwachter), met het oordeel over het re-integratieverslag en spoor 2.

Opties:
  --peildatum JJJJ-MM-DD   datum waarop gerekend wordt (standaard: vandaag in Nederland)
  --horizon DAGEN          een termijn binnen zoveel dagen heet "binnenkort" (standaard 14)
  --pa-termijn WAARDE      einde-week-6 (standaard, D+41) of zes-weken-na (D+42)
  --json                   JSON volgens docs/scanner-json.md in plaats van het rapport
  --csv                    CSV (scheidingsteken ;), één regel per dossier
  --markeer MAP            schrijf per werkmap een gekleurde kopie in MAP (de invoer blijft ongewijzigd)
  --deelkopie MAP          schrijf per register een nieuwe werkmap om te delen met een klant of werknemer:
                           zonder interne kolommen (notities, opmerkingen…) en nooit medische kolommen
  --intern "KOP;KOP"       extra kolommen die niet in de deelkopie mogen (koppen, gescheiden door ;)
  --ics BESTAND            schrijf herinneringen als agendabestand (iCalendar): één afspraak per open stap
  --streng                 exitcode 1 als er termijnen te laat zijn
  --stil                   geen voortgang op stderr
  -h, --help               deze hulp
`;

interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

const standaardUitvoer: Uitvoer = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

async function verzamel(invoer: string[], uitsluiten: string | null): Promise<{ bestanden: string[]; fouten: string[] }> {
  const bestanden: string[] = [];
  const fouten: string[] = [];
  async function loop(p: string, expliciet: boolean): Promise<void> {
    let st;
    try {
      st = await fs.stat(p);
    } catch {
      fouten.push(`${p}: bestaat niet.`);
      return;
    }
    if (st.isDirectory()) {
      if (uitsluiten && path.resolve(p) === uitsluiten) return;
      const namen = (await fs.readdir(p)).sort((a, b) => a.localeCompare(b, "nl"));
      for (const n of namen) await loop(path.join(p, n), false);
    } else if (expliciet || (/\.xls[xm]$/i.test(p) && !path.basename(p).startsWith("~$"))) {
      bestanden.push(p);
    }
  }
  for (const p of invoer) await loop(p, true);
  return { bestanden, fouten };
}

export async function main(argv: string[], uit: Uitvoer = standaardUitvoer): Promise<number> {
  if (argv[0] === "statistiek") return statistiekCommando(argv.slice(1), uit);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        peildatum: { type: "string" },
        horizon: { type: "string" },
        "pa-termijn": { type: "string" },
        json: { type: "boolean" },
        csv: { type: "boolean" },
        markeer: { type: "string" },
        ics: { type: "string" },
        deelkopie: { type: "string" },
        intern: { type: "string" },
        streng: { type: "boolean" },
        stil: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    uit.err(`poortwachter: ${(e as Error).message}\n\n${HULP}`);
    return 2;
  }
  const { values: o, positionals } = args;
  if (o.help) {
    uit.out(HULP);
    return 0;
  }
  const [commando, ...paden] = positionals;
  if (commando !== "scan" || paden.length === 0) {
    uit.err(commando && commando !== "scan" ? `poortwachter: onbekend commando "${commando}".\n\n${HULP}` : HULP);
    return 2;
  }
  if (o.json && o.csv) {
    uit.err("poortwachter: kies --json of --csv, niet allebei.\n");
    return 2;
  }
  let peildatum: Dag = vandaag();
  if (o.peildatum !== undefined) {
    const r = parseISO(o.peildatum);
    if (!r.ok) {
      uit.err(`poortwachter: --peildatum: ${r.probleem.melding}\n`);
      return 2;
    }
    peildatum = r.waarde;
  }
  const ruw: Record<string, unknown> = {};
  if (o.horizon !== undefined) ruw.horizonDagen = /^\d+$/.test(o.horizon) ? Number(o.horizon) : NaN;
  if (o["pa-termijn"] !== undefined) ruw.paTermijn = o["pa-termijn"];
  const { instellingen, meldingen } = leesInstellingen(ruw);
  if (meldingen.length) {
    uit.err(`poortwachter: ${meldingen.join("; ")}\n`);
    return 2;
  }
  const markeerMap = o.markeer ? path.resolve(o.markeer) : null;
  const { bestanden, fouten } = await verzamel(paden, markeerMap);
  if (bestanden.length === 0) {
    uit.err(`poortwachter: geen .xlsx-bestanden gevonden.${fouten.length ? "\n" + fouten.join("\n") : ""}\n`);
    return 2;
  }

  // Elk bestand wordt meteen gerapporteerd en daarna losgelaten: het geheugen blijft vlak, hoeveel
  // bestanden er ook zijn (één werkmap tegelijk). Alleen de totalen worden bewaard.
  const t = nieuweTotalen();
  const json = o.json ? new JsonStroom(peildatum) : null;
  if (json) uit.out(json.begin());
  else if (o.csv) uit.out(csvKop());
  else uit.out(rapportKop(peildatum));
  const gebruikt = new Set<string>();
  // Herinneringen: alleen de kleine agenda-items blijven bewaard, niet de werkmappen.
  const agenda: AgendaItem[] | null = o.ics ? [] : null;
  const voortgang = !o.stil && bestanden.length > 1;
  const stap = Math.max(1, Math.floor(bestanden.length / 10));
  for (let i = 0; i < bestanden.length; i++) {
    const bestand = bestanden[i];
    let kopieNaam = path.basename(bestand);
    for (let n = 2; gebruikt.has(kopieNaam.toLowerCase()); n++) kopieNaam = path.basename(bestand).replace(/(\.\w+)$/, ` (${n})$1`);
    gebruikt.add(kopieNaam.toLowerCase());
    if (voortgang && uit.isTTY) uit.err(`\r[${i + 1}/${bestanden.length}] ${path.basename(bestand).slice(0, 60).padEnd(60)}`);
    const u: BestandUitslag = await scanBestand(bestand, {
      peildatum,
      instellingen,
      markeerMap,
      kopieNaam,
      deelkopieMap: o.deelkopie ? path.resolve(o.deelkopie) : null,
      intern: o.intern ? o.intern.split(";").map((k) => k.trim()).filter(Boolean) : [],
    });
    telOp(t, u);
    if (agenda) for (const r of u.registers) agenda.push(...agendaItems(r.evaluaties, { peildatum }));
    if (json) uit.out(json.stuk(u));
    else if (o.csv) uit.out(csvBestand(u));
    else uit.out(rapportBestand(peildatum, instellingen.horizonDagen, u));
    if (!json && !o.csv) {
      for (const dk of u.deelkopieen ?? []) {
        const weg = dk.weggelaten.map((w) => `${w.kop} (${redenTekst(w.reden)})`).join(", ");
        uit.out(`  Deelkopie: ${dk.pad}${weg ? ` — weggelaten: ${weg}` : " — geen kolommen weggelaten"}\n`);
      }
    }
    if (voortgang && !uit.isTTY && ((i + 1) % stap === 0 || i + 1 === bestanden.length)) uit.err(`poortwachter: ${i + 1}/${bestanden.length} bestanden gescand\n`);
  }
  if (voortgang && uit.isTTY) uit.err("\n");
  for (const f of fouten) uit.err(`poortwachter: ${f}\n`);
  if (json) uit.out(json.eind());
  else if (!o.csv) uit.out(rapportSamenvatting(t));
  if (agenda && o.ics) {
    agenda.sort((a, b) => a.datum - b.datum || a.uid.localeCompare(b.uid));
    try {
      await fs.writeFile(o.ics, maakIcs(agenda, { peildatum }), "utf8");
      if (!json && !o.csv) uit.out(`Agenda: ${agenda.length} herinnering${agenda.length === 1 ? "" : "en"} in ${o.ics}\n`);
    } catch (e) {
      uit.err(`poortwachter: het agendabestand kan niet geschreven worden (${(e as NodeJS.ErrnoException).code ?? "fout"}).\n`);
      return 1;
    }
  }

  return o.streng && t.teLaat > 0 ? 1 : 0;
}
