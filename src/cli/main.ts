/**
 * `poortwachter scan <bestanden of mappen…>`: de scanner voor salarisadministraties en casemanagers.
 * Exitcodes (docs/scanner.md): 0 alles gelezen; 1 met --streng als er termijnen te laat zijn; 2 het
 * commando zelf is fout of er is niets te scannen; 3 geen enkel bestand kon gelezen worden; 4 een deel
 * van de bestanden kon niet gelezen worden (die staan in elke uitvoer, met de reden); 5 een gevraagde uitvoer
 * (kopie, deelkopie, agenda, --uitvoer) is niet (helemaal) geschreven (elk met een eigen reden); 6 met
 * --streng als een werkmap of register niet te beoordelen is (geen herkenbare verplichte kolommen).
 */
import { readFileSync } from "node:fs";
import { systeemReden } from "./systeemcodes";
import path from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { argumentFout } from "./argumenten";
import { parseDatumOptie, vandaag, type Dag } from "../core/dagen";
import { STANDAARD_INSTELLINGEN } from "../core/instellingen";
import type * as InstellingenLezen from "../core/instellingen-lezen";
import type * as Statistiek from "./statistiek";
import { kopieNaamVoor } from "./pakket/uitvoer";
import { STANDAARD_LIMIETEN, type Limieten } from "./lezen";
import {
  csvBestandStukken,
  csvDossier,
  csvKop,
  GEEN_WERKMAP,
  JsonStroom,
  JsonStroomV2,
  nieuweTotalen,
  overzichtVan,
  rapportBestandStukken,
  RapportRegister,
  rapportKop,
  rapportOverzicht,
  rapportSamenvatting,
  telOp,
  telOpTotalen,
  type BestandOverzicht,
} from "./rapport";
import { scanBestand, type BestandUitslag, type RegisterUitslag, type ScanOpties, type UitvoerVerslag } from "./scan";
import { SchrijfFout, Schrijver, schrijfReden, type Tijdelijk } from "./schrijven";
import { verzamel } from "./verzamel";
import { docPad } from "./documentatie";
import { veiligeRegel, veiligeRegels } from "../core/tekst";
import { uitstroomNaar, uitstroomVia } from "./uitstroom";
import { aantalWerkers, scanMetWerkers, werkerBestand, type Taak, type Vorm } from "./werkers";
import { redenTekst } from "../core/deelkopie";
import { agendaItems, maakIcs, type AgendaItem } from "../core/agenda";

export const EXIT = { GOED: 0, TE_LAAT: 1, GEBRUIK: 2, NIETS_GELEZEN: 3, DEELS_GELEZEN: 4, NIET_GESCHREVEN: 5, NIET_TE_BEOORDELEN: 6 } as const;

export const HULP = `Gebruik: poortwachter scan <bestanden of mappen…> [opties]
       poortwachter statistiek <bestanden of mappen…> --van DATUM --tot DATUM --medewerkers N
         (verzuimcijfers per werkmap; zie poortwachter statistiek --help)

Leest verzuimregisters in werkmappen (.xlsx, .xlsm, .csv) en meldt per dossier wat te laat is en wat binnenkort moet
(Wet verbetering poortwachter), met het oordeel over het re-integratieverslag en spoor 2.

Opties:
  --peildatum DATUM        datum waarop gerekend wordt, als 25-11-2026 of 2026-11-25 (standaard:
                           vandaag in Nederland)
  --horizon DAGEN          een termijn binnen zoveel dagen heet "binnenkort" (standaard 14)
  --pa-termijn WAARDE      einde-week-6 (standaard, D+41) of zes-weken-na (D+42)
  --kolommen BESTAND       uw kolomkeuze voor alle werkmappen (JSON: {"Afspraken werkhervatting": "Plan van aanpak",
                           "Arbodienst": "niet gebruiken"}); een keuze die in een werkmap bewaard is, gaat voor
  --json                   JSON in plaats van het rapport (versie 2; velden: ${docPad("scanner-json.md")})
  --json-versie 1          de oude JSON (versie 1), nog één uitgave beschikbaar
  --csv                    CSV (scheidingsteken ;), één regel per dossier
  --uitvoer BESTAND        schrijf het rapport (of de JSON of CSV) naar BESTAND in plaats van naar het scherm
  --markeer MAP            schrijf per werkmap een gekleurde kopie in MAP (de invoer blijft ongewijzigd)
  --deelkopie MAP          schrijf per register een nieuwe werkmap om te delen met een klant of werknemer:
                           alleen de kolommen van het register (namen, datums van de stappen…), nooit
                           contactgegevens, notities, medische of andere kolommen die u niet noemt
  --deel-kolom KOP         neem deze kolom ook op in de deelkopie (herhaalbaar; nooit een medische kolom)
  --intern "KOP;KOP"       kolommen die niet in de deelkopie mogen, ook als het registerkolommen zijn
  --werknemer NR_OF_NAAM   deelkopie met alleen de rijen van deze werknemer (personeelsnummer of naam)
  --ics BESTAND            schrijf herinneringen als agendabestand (iCalendar): één afspraak per open stap
  --overschrijf            een bestaand bestand mag vervangen worden (--uitvoer, --ics, kopieën); nooit
                           een invoerbestand, iets wat deze run schreef of een symbolische koppeling
  --streng                 exitcode 1 als er termijnen te laat en nog in te halen zijn (wat voorbij is,
                           telt niet), 6 als een werkmap of blad niet te beoordelen is (geen herkenbare
                           kolom Eerste ziektedag of Werknemer)
  --max-mb MB              grootste bestand dat gelezen wordt (standaard ${STANDAARD_LIMIETEN.maxBytes / 1024 / 1024})
  --max-seconden S         uiterste leestijd per bestand (standaard ${STANDAARD_LIMIETEN.maxMs / 1000})
  --stil                   geen voortgang op stderr
  --werkers N              rekenen met N draden bij meer werkmappen (standaard 2 vanaf drie kernen, anders 1
                           = één draad); de uitvoer is dezelfde
  -h, --help               deze hulp

Exitcodes: 0 alles gelezen; 1 te late termijnen (met --streng); 2 fout in het commando of niets te
scannen; 3 geen enkel bestand kon gelezen worden; 4 een deel van de bestanden kon niet gelezen worden;
5 een gevraagde uitvoer (--uitvoer, --markeer, --deelkopie, --ics) kon niet geschreven worden;
6 een werkmap of blad is niet te beoordelen (met --streng; gaat vóór 1).

Handleiding: ${docPad("scanner.md")}
Welke kolomkoppen herkend worden: ${docPad("kolommen.md")}
`;

interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  /** De stroom achter `out` (process.stdout): dan wacht de scanner op 'drain' (src/cli/uitstroom.ts). */
  stroom?: Writable;
}

const standaardUitvoer: Uitvoer = {
  stroom: process.stdout,
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

export async function main(argv: string[], uit: Uitvoer = standaardUitvoer): Promise<number> {
  // Alleen laden wat de opdracht gebruikt: statistiek (en zijn lezer van bewaarde instellingen) pas bij statistiek.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (argv[0] === "statistiek") return (require("./statistiek") as typeof Statistiek).statistiekCommando(argv.slice(1), uit);
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
        "json-versie": { type: "string" },
        csv: { type: "boolean" },
        markeer: { type: "string" },
        ics: { type: "string" },
        deelkopie: { type: "string" },
        intern: { type: "string" },
        "deel-kolom": { type: "string", multiple: true },
        kolommen: { type: "string" },
        werknemer: { type: "string" },
        uitvoer: { type: "string" },
        overschrijf: { type: "boolean" },
        streng: { type: "boolean" },
        "max-mb": { type: "string" },
        "max-seconden": { type: "string" },
        stil: { type: "boolean" },
        werkers: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    uit.err(`poortwachter: ${argumentFout(e)}\n\n${HULP}`);
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
  if (o["json-versie"] !== undefined && o["json-versie"] !== "1" && o["json-versie"] !== "2") {
    uit.err(`poortwachter: --json-versie is 1 of 2, niet "${o["json-versie"]}".\n`);
    return EXIT.GEBRUIK;
  }
  if (o["json-versie"] !== undefined) o.json = true;
  if (o.json && o.csv) {
    uit.err("poortwachter: kies --json of --csv, niet allebei.\n");
    return 2;
  }
  // Vandaag alleen zonder --peildatum (de tijdzone van Nederland laden kost ~45 ms per proces).
  let peildatum: Dag;
  if (o.peildatum !== undefined) {
    const r = parseDatumOptie(o.peildatum);
    if (!r.ok) {
      uit.err(`poortwachter: --peildatum: ${r.probleem.melding}\n`);
      return 2;
    }
    peildatum = r.waarde;
  } else peildatum = vandaag();
  const ruw: Record<string, unknown> = {};
  if (o.horizon !== undefined) ruw.horizonDagen = /^\d+$/.test(o.horizon) ? Number(o.horizon) : NaN;
  if (o["pa-termijn"] !== undefined) ruw.paTermijn = o["pa-termijn"];
  // zod (de validatie) pas laden als er iets te valideren is: zonder --horizon of --pa-termijn de standaard.
  const { instellingen, meldingen } = Object.keys(ruw).length
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require("../core/instellingen-lezen") as typeof InstellingenLezen).leesInstellingen(ruw, { horizonDagen: "--horizon", paTermijn: "--pa-termijn" })
    : { instellingen: { ...STANDAARD_INSTELLINGEN }, meldingen: [] as string[] };
  if (meldingen.length) {
    uit.err(`poortwachter: ${meldingen.join("; ")}\n`);
    return 2;
  }
  if (o.kolommen !== undefined) {
    const keuze = leesKolomkeuze(o.kolommen);
    if (typeof keuze === "string") {
      uit.err(`poortwachter: --kolommen ${o.kolommen}: ${keuze}\n`);
      return 2;
    }
    instellingen.kolommen = keuze;
  }
  let werkers: number | null = null;
  if (o.werkers !== undefined) {
    if (!/^[1-8]$/.test(o.werkers)) {
      uit.err(`poortwachter: --werkers verwacht een aantal van 1 tot en met 8, niet "${o.werkers}".\n`);
      return EXIT.GEBRUIK;
    }
    werkers = Number(o.werkers);
  }
  const limieten: Limieten = { ...STANDAARD_LIMIETEN };
  for (const [optie, waarde, zet] of [
    ["--max-mb", o["max-mb"], (n: number) => ((limieten.maxBytes = n * 1024 * 1024), (limieten.maxUitgepakt = n * 1024 * 1024 * UITGEPAKT_FACTOR))],
    ["--max-seconden", o["max-seconden"], (n: number) => (limieten.maxMs = n * 1000)],
  ] as const) {
    if (waarde === undefined) continue;
    if (!/^\d+(?:[.,]\d+)?$/.test(waarde) || Number(waarde.replace(",", ".")) <= 0) {
      uit.err(`poortwachter: ${optie} verwacht een positief getal, niet "${waarde}".\n`);
      return EXIT.GEBRUIK;
    }
    zet(Number(waarde.replace(",", ".")));
  }
  const markeerMap = o.markeer ? path.resolve(o.markeer) : null;
  const deelkopieMap = o.deelkopie ? path.resolve(o.deelkopie) : null;
  const intern = o.intern ? o.intern.split(";").map((k) => k.trim()).filter(Boolean) : [];
  const deel = (o["deel-kolom"] ?? []).map((k) => k.trim()).filter(Boolean);
  const werknemer = o.werknemer?.trim() || null;
  if (o.werknemer !== undefined && (!werknemer || !deelkopieMap)) {
    uit.err(`poortwachter: --werknemer hoort bij --deelkopie MAP en verwacht een personeelsnummer of naam.\n`);
    return EXIT.GEBRUIK;
  }
  const v = await verzamel(paden, [markeerMap, deelkopieMap]);
  const bestanden = v.bestanden;
  const fouten = v.bestaatNiet.map((x) => `${veiligeRegel(x.pad)}: ${x.melding}`);
  if (bestanden.length === 0 && v.onleesbaar.length === 0) {
    const og = v.overgeslagen.map((x) => `${veiligeRegel(x.bestand)}: ${x.reden}`);
    uit.err(`poortwachter: geen werkmappen (.xlsx, .xlsm, .csv) gevonden.${[...fouten, ...og].length ? "\n" + [...fouten, ...og].join("\n") : ""}\n`);
    return EXIT.GEBRUIK;
  }

  // Eén schrijver voor elke uitvoer: kent alles wat deze run leest (nooit overschrijven, ook niet via een
  // andere naam of een koppeling) en alles wat hij al schreef.
  const schrijver = new Schrijver(Boolean(o.overschrijf));
  if (o.uitvoer !== undefined || o.ics !== undefined || markeerMap || deelkopieMap) {
    for (const p of [...paden, ...bestanden, ...v.onleesbaar.map((x) => x.bestand)]) await schrijver.bescherm(p);
  }
  const verslagen: (UitvoerVerslag & { bestand: string | null })[] = [];
  // --uitvoer: het rapport, de JSON of de CSV gaat naar een tijdelijk bestand naast het doel en krijgt pas
  // aan het eind zijn naam. Mislukt het schrijven halverwege (schijf vol), dan gaat de scan door en volgt exitcode 5.
  let uitvoerBestand: Tijdelijk | null = null;
  let uitvoerFout: string | null = null;
  if (o.uitvoer !== undefined) {
    try {
      uitvoerBestand = await schrijver.begin(o.uitvoer, { wat: "het uitvoerbestand (--uitvoer)" });
    } catch (e) {
      uit.err(`poortwachter: ${e instanceof SchrijfFout ? e.message : schrijfReden(e)}\n`);
      return EXIT.NIET_GESCHREVEN;
    }
  }
  // --ics: het doel wordt vóór het scannen getoetst (invoer, koppeling, bestaat al), geschreven aan het eind.
  let icsBestand: Tijdelijk | null = null;
  if (o.ics !== undefined) {
    try {
      icsBestand = await schrijver.begin(o.ics, { wat: "het agendabestand (--ics)" });
    } catch (e) {
      verslagen.push({ soort: "ics", bestand: null, pad: null, fout: e instanceof SchrijfFout ? e.message : schrijfReden(e) });
    }
  }
  const naarUit = uitvoerBestand;
  const scherm = naarUit
    ? (tekst: string) => {
        if (uitvoerFout !== null) return;
        try {
          naarUit.schrijf(tekst);
        } catch (e) {
          uitvoerFout = e instanceof SchrijfFout ? e.message : schrijfReden(e);
        }
      }
    : uit.out;

  // Elk bestand wordt meteen gerapporteerd en daarna losgelaten: het geheugen blijft vlak, hoeveel
  // bestanden er ook zijn (één werkmap tegelijk). Alleen de totalen worden bewaard.
  const t = nieuweTotalen();
  // Versie 2 (docs/scanner-json.md); versie 1 nog één uitgave met --json-versie 1.
  const json = !o.json ? null : o["json-versie"] === "1" ? new JsonStroom(peildatum) : new JsonStroomV2(peildatum);
  // Alles gaat in stukken van ~64 kB, en wie niet bijkomt (een trage of volle pijp) laat de scan wachten:
  // het geheugen groeit nooit met de uitvoer. Naar --uitvoer schrijft de schrijver synchroon (wacht vanzelf).
  const uitvoer = !naarUit && uit.stroom ? uitstroomNaar(uit.stroom) : uitstroomVia(scherm);
  const out = (s: string) => uitvoer.schrijf(s);
  if (json) out(json.begin());
  else if (o.csv) out(csvKop());
  else out(rapportKop(peildatum));
  const overzicht: BestandOverzicht[] = [];
  // Het tekstrapport: per register alleen wat het moet sorteren (RapportRegister), nooit de evaluaties.
  const verzameld = new Map<RegisterUitslag, RapportRegister>();
  const schrijf = async (u: BestandUitslag) => {
    const ov = overzichtVan(u);
    telOp(t, u, ov);
    overzicht.push(ov);
    if (json) {
      for (const stuk of json.stukken(u)) await out(stuk);
    } else if (o.csv) for (const stuk of csvBestandStukken(u)) await out(stuk);
    else for (const stuk of rapportBestandStukken(peildatum, instellingen.horizonDagen, u, verzameld)) await out(stuk);
    verzameld.clear();
  };
  const gebruikt = new Set<string>();
  // Herinneringen: alleen de kleine agenda-items blijven bewaard, niet de werkmappen.
  const agenda: AgendaItem[] | null = o.ics ? [] : null;
  // Elk dossier wordt verwerkt zodra het beoordeeld is en daarna losgelaten (geheugen van één dossier, niet
  // van een register van 50.000): JSON en CSV schrijven het meteen; het tekstrapport houdt alleen korte regels.
  let huidig = "";
  const stroom: Pick<ScanOpties, "perDossier" | "perRegister"> = {};
  stroom.perDossier = (r, e) => {
    if (agenda) agenda.push(...agendaItems([e], { peildatum }));
    if (json || o.csv) return out(json ? json.dossier(e) : csvDossier(huidig, r, e));
    let rr = verzameld.get(r);
    if (!rr) verzameld.set(r, (rr = new RapportRegister(huidig, r)));
    rr.dossier(e);
    return undefined;
  };
  if (json) stroom.perRegister = (r) => out(json.register(huidig, r));
  const voortgang = !o.stil && bestanden.length > 1;
  const stap = Math.max(1, Math.floor(bestanden.length / 10));
  // Beide kernen: meer werkmappen zonder kopieën of agenda gaan naar werkers; de uitvoer is dezelfde, byte
  // voor byte (src/cli/werkers.ts). --werkers 1 rekent in één draad.
  const werker = werkerBestand();
  const nWerkers = aantalWerkers(werkers, bestanden.length);
  if (werker && nWerkers > 1 && !markeerMap && !deelkopieMap && !agenda) {
    const vorm: Vorm = json ? (json instanceof JsonStroomV2 ? "json2" : "json1") : o.csv ? "csv" : "tekst";
    const taken: Taak[] = bestanden.map((bestand, nr) => ({ nr, bestand, eerste: nr === 0, peildatum, instellingen, limieten, vorm }));
    await scanMetWerkers(werker, taken, nWerkers, (b) => uitvoer.schrijfBytes(b), (nr, u) => {
      telOpTotalen(t, u.totalen);
      overzicht.push(u.overzicht);
      if (json instanceof JsonStroomV2) json.voegBronnenToe(u.bronnen);
      if (voortgang && uit.isTTY) uit.err(`\r[${nr + 1}/${bestanden.length}] ${veiligeRegel(path.basename(bestanden[nr])).slice(0, 60).padEnd(60)}`);
      if (voortgang && !uit.isTTY && ((nr + 1) % stap === 0 || nr + 1 === bestanden.length)) uit.err(`poortwachter: ${nr + 1}/${bestanden.length} bestanden gescand\n`);
    });
    if (json && bestanden.length) json.nietEerste();
  } else for (let i = 0; i < bestanden.length; i++) {
    const bestand = bestanden[i];
    let kopieNaam = kopieNaamVoor(bestand, paden);
    for (let n = 2; gebruikt.has(kopieNaam.toLowerCase()); n++) kopieNaam = kopieNaamVoor(bestand, paden).replace(/(\.\w+)$/, ` (${n})$1`);
    gebruikt.add(kopieNaam.toLowerCase());
    if (voortgang && uit.isTTY) uit.err(`\r[${i + 1}/${bestanden.length}] ${veiligeRegel(path.basename(bestand)).slice(0, 60).padEnd(60)}`);
    huidig = bestand;
    const u = await scanBestand(bestand, { peildatum, instellingen, markeerMap, kopieNaam, limieten, deelkopieMap, intern, deel, werknemer, schrijver, ...stroom });
    for (const x of u.uitvoer ?? []) verslagen.push({ ...x, bestand });
    await schrijf(u);
    if (!json && !o.csv) {
      for (const dk of u.deelkopieen ?? []) {
        const weg = dk.weggelaten.map((w) => `${w.kop} (${redenTekst(w.reden)})`).join(", ");
        out(`  Deelkopie: ${dk.pad}${weg ? ` — weggelaten: ${weg}` : " — geen kolommen weggelaten"}\n`);
        if (dk.label) out(`  Het gevoeligheidslabel "${dk.label}" staat ook op de deelkopie.\n`);
        if (dk.nietGevonden.length) out(`  Let op: --deel-kolom ${dk.nietGevonden.map((k) => `"${k}"`).join(", ")} staat niet in dit register.\n`);
      }
    }
    if (voortgang && !uit.isTTY && ((i + 1) % stap === 0 || i + 1 === bestanden.length)) uit.err(`poortwachter: ${i + 1}/${bestanden.length} bestanden gescand\n`);
  }
  if (voortgang && uit.isTTY) uit.err("\n");
  // Wat niet gelezen kon worden, staat in elke uitvoer als bestand met reden (en telt mee voor de exitcode).
  for (const x of v.onleesbaar) await schrijf({ bestand: x.bestand, registers: [], fout: x.reden, onleesbaar: true, kopie: null });
  for (const f of fouten) uit.err(`poortwachter: ${f}\n`);
  for (const x of v.overgeslagen) if (x.reden !== GEEN_WERKMAP) uit.err(`poortwachter: overgeslagen: ${veiligeRegel(x.bestand)}: ${x.reden}\n`);
  const andere = v.overgeslagen.filter((x) => x.reden === GEEN_WERKMAP).length;
  if (andere) uit.err(`poortwachter: ${andere} ${andere === 1 ? "bestand" : "bestanden"} overgeslagen die geen werkmap of CSV zijn.\n`);
  // Het agendabestand vóór het einde van het rapport en de JSON: die noemen waar het staat (of waarom niet).
  // --werknemer die in geen enkel gelezen register staat: geen deelkopie, en dat is een uitvoer die niet geschreven is.
  if (werknemer && !verslagen.some((x) => x.soort === "deelkopie")) {
    verslagen.push({ soort: "deelkopie", bestand: null, pad: null, fout: `Werknemer "${werknemer}" staat in geen enkel register (personeelsnummer of naam); er is geen deelkopie gemaakt.` });
  }
  if (agenda && icsBestand) {
    agenda.sort((a, b) => a.datum - b.datum || a.uid.localeCompare(b.uid));
    try {
      icsBestand.schrijf(maakIcs(agenda, { peildatum }));
      const g = await icsBestand.klaar();
      verslagen.push({ soort: "ics", bestand: null, pad: g.pad, fout: null });
      if (!json && !o.csv) out(`\nAgenda: ${agenda.length} herinnering${agenda.length === 1 ? "" : "en"} in ${g.pad}\n`);
    } catch (e) {
      icsBestand.breekAf();
      verslagen.push({ soort: "ics", bestand: null, pad: null, fout: e instanceof SchrijfFout ? e.message : schrijfReden(e) });
    }
  }
  if (json) {
    // "uitvoer": elke gevraagde uitvoer met het pad dat geschreven is, of de reden waarom niet (docs/scanner-json.md).
    const lijst = verslagen.map((x) => ({ soort: x.soort, bestand: x.bestand, pad: x.pad, fout: x.fout }));
    if (json instanceof JsonStroomV2) out(json.eind(v.overgeslagen, lijst));
    else {
      const eind = json.eind(v.overgeslagen);
      out(lijst.length ? eind.replace(/\n}\n$/, `,\n  "uitvoer": ${JSON.stringify(lijst, null, 2).replace(/\n/g, "\n  ")}\n}\n`) : eind);
    }
  }
  else if (!o.csv) {
    if (overzicht.length > 1 || v.overgeslagen.length || t.nietGelezen) out("\n" + rapportOverzicht(overzicht, v.overgeslagen));
    out(rapportSamenvatting(t));
    // Geen pad uit de broncode: het meegeleverde document in het geïnstalleerde pakket.
    if (t.nietTeBeoordelen) out(`Welke kolomkoppen herkend worden: ${docPad("kolommen.md")}\n`);
    const mis = verslagen.filter((x) => x.fout !== null).length;
    if (mis) out(`${mis} gevraagde ${mis === 1 ? "uitvoer is" : "uitvoerbestanden zijn"} niet geschreven (zie de redenen hierboven en op stderr).\n`);
  }
  await uitvoer.leeg();
  if (uitvoerBestand) {
    if (uitvoerFout === null) {
      try {
        const g = await uitvoerBestand.klaar();
        verslagen.push({ soort: "uitvoer", bestand: null, pad: g.pad, fout: null });
      } catch (e) {
        uitvoerFout = e instanceof SchrijfFout ? e.message : schrijfReden(e);
      }
    }
    if (uitvoerFout !== null) {
      uitvoerBestand.breekAf();
      verslagen.push({ soort: "uitvoer", bestand: null, pad: null, fout: uitvoerFout });
    }
  }
  // Elke uitvoer die niet geschreven is, met zijn eigen reden op stderr (ook als de rest naar een bestand ging).
  for (const x of verslagen) if (x.fout !== null) uit.err(`poortwachter: ${veiligeRegels(x.fout)}\n`);

  if (t.bestanden > 0 && t.nietGelezen === t.bestanden) return EXIT.NIETS_GELEZEN;
  if (verslagen.some((x) => x.fout !== null)) return EXIT.NIET_GESCHREVEN;
  if (t.nietGelezen > 0 || fouten.length > 0) return EXIT.DEELS_GELEZEN;
  // Niet te beoordelen is een mislukking: eerst beoordelen, dan oordelen over te late termijnen.
  if (o.streng && t.nietTeBeoordelen > 0) return EXIT.NIET_TE_BEOORDELEN;
  return o.streng && t.teLaat > 0 ? EXIT.TE_LAAT : EXIT.GOED;
}

/** De grens voor de uitgepakte inhoud is dit veelvoud van --max-mb (XML comprimeert tot ~10-30×). */
const UITGEPAKT_FACTOR = 40;

/**
 * `--kolommen BESTAND`: een JSON-object kop → kop van het sjabloon (of "niet gebruiken"), voor alle werkmappen van
 * een salarisadministratie. Geeft de keuze, of een Nederlandse reden waarom het bestand niet bruikbaar is.
 */
function leesKolomkeuze(pad: string): Record<string, string> | string {
  let tekst: string;
  try {
    tekst = readFileSync(pad, "utf8");
  } catch (e) {
    return `het bestand is niet te lezen: ${systeemReden(e, "lezen")}`;
  }
  let w: unknown;
  try {
    w = JSON.parse(tekst.replace(/^\uFEFF/, ""));
  } catch {
    return 'geen geldige JSON. Schrijf bijvoorbeeld {"Afspraken werkhervatting": "Plan van aanpak", "Arbodienst": "niet gebruiken"}.';
  }
  if (w === null || typeof w !== "object" || Array.isArray(w)) return 'verwacht een object: {"kop in het register": "kop van het sjabloon", …}.';
  const uit: Record<string, string> = {};
  for (const [k, v] of Object.entries(w)) {
    if (typeof v !== "string") return `bij "${k}" hoort een kop van het sjabloon of "niet gebruiken" als tekst.`;
    uit[k] = v;
  }
  return uit;
}

