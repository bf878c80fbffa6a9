/**
 * Uitvoer van de scanner: het leesbare Nederlandse rapport, het JSON-contract (docs/scanner-json.md) en
 * CSV. Zuiver: krijgt uitslagen, geeft tekst.
 */
import { formatISO, formatNL, type Dag } from "../core/dagen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type MijlpaalCode, type Status } from "../core/mijlpalen";
import type { DossierEvaluatie } from "../core/pipeline";
import { beschrijfProbleem } from "../core/problemen";
import type { BestandUitslag, RegisterUitslag } from "./scan";

export const JSON_SCHEMA_VERSIE = 1;

// ---- JSON ----------------------------------------------------------------------------------------

export interface JsonMijlpaal {
  uiterlijk: string;
  vanaf: string | null;
  gedaan: string | null;
  status: Status;
}

export interface JsonDossier {
  rijen: number[];
  werknemer: string | null;
  personeelsnummer: string | null;
  eersteZiektedag: string;
  samengeteldeDagen: number;
  ziekteweek: number | null;
  hersteldatum: string | null;
  laatsteDagLoondoorbetaling: string;
  ingangsdatumWia: string;
  volgendeActie: { mijlpaal: MijlpaalCode; naam: string; uiterlijk: string; status: Status } | null;
  mijlpalen: Record<MijlpaalCode, JsonMijlpaal>;
  riv: { uitkomst: string; oordeel: string; bevindingen: { code: string; ernst: string; tekst: string; bron: string }[] };
  spoor2: { uitkomst: string; oordeel: string };
  loonsanctie: { risico: string; redenen: string[] };
  signalen: { code: string; ernst: string; tekst: string }[];
}

export interface JsonRegister {
  bestand: string;
  blad: string | null;
  tabel: string | null;
  dossiers: JsonDossier[];
  problemen: { rij: number | null; kolom: string | null; melding: string }[];
}

export interface JsonRapport {
  versie: number;
  peildatum: string;
  bestanden: JsonRegister[];
}

const iso = (d: Dag | null | undefined) => (d === null || d === undefined ? null : formatISO(d));

export function dossierJson(e: DossierEvaluatie): JsonDossier {
  const t = e.tijdlijn;
  const mijlpalen = {} as Record<MijlpaalCode, JsonMijlpaal>;
  for (const c of MIJLPAAL_CODES) {
    const m = t.mijlpalen[c];
    mijlpalen[c] = { uiterlijk: formatISO(m.uiterlijk), vanaf: iso(m.vanaf), gedaan: iso(m.gedaan), status: m.status };
  }
  const b = e.beoordeling;
  return {
    rijen: e.dossier.rijen,
    werknemer: e.dossier.werknemer,
    personeelsnummer: e.dossier.personeelsnummer,
    eersteZiektedag: formatISO(t.eersteZiektedag),
    samengeteldeDagen: t.samengeteldeDagen,
    ziekteweek: t.ziekteweek,
    hersteldatum: iso(t.hersteldatum),
    laatsteDagLoondoorbetaling: formatISO(t.laatsteDagLoondoorbetaling),
    ingangsdatumWia: formatISO(t.ingangsdatumWia),
    volgendeActie: e.volgende
      ? { mijlpaal: e.volgende.code, naam: MIJLPAAL_NAAM[e.volgende.code], uiterlijk: formatISO(e.volgende.uiterlijk), status: e.volgende.status }
      : null,
    mijlpalen,
    riv: {
      uitkomst: b.riv.uitkomst,
      oordeel: b.riv.oordeel,
      bevindingen: b.riv.bevindingen.map((f) => ({ code: f.code, ernst: f.ernst, tekst: f.tekst, bron: f.bron })),
    },
    spoor2: { uitkomst: b.spoor2.uitkomst, oordeel: b.spoor2.oordeel },
    loonsanctie: { risico: b.loonsanctie.risico, redenen: b.loonsanctie.redenen },
    signalen: [
      ...t.signalen.map((s) => ({ code: s.code, ernst: s.ernst, tekst: s.tekst })),
      ...b.bevindingen.map((f) => ({ code: f.code, ernst: f.ernst, tekst: f.tekst })),
    ],
  };
}

/** De elementen van `bestanden[]` voor één gescand bestand (één per register, of één met de reden). */
export function bestandJson(u: BestandUitslag): JsonRegister[] {
  const bestanden: JsonRegister[] = [];
  if (u.fout !== null && u.registers.length === 0) {
    return [{ bestand: u.bestand, blad: null, tabel: null, dossiers: [], problemen: [{ rij: null, kolom: null, melding: u.fout }] }];
  }
  for (const r of u.registers) {
    bestanden.push({
      bestand: u.bestand,
      blad: r.blad || null,
      tabel: r.tabel,
      dossiers: r.evaluaties.map(dossierJson),
      problemen: r.problemen.map((p) => ({ rij: p.rij ?? null, kolom: p.kolom ?? null, melding: p.melding })),
    });
  }
  if (u.fout !== null) bestanden.push({ bestand: u.bestand, blad: null, tabel: null, dossiers: [], problemen: [{ rij: null, kolom: null, melding: u.fout }] });
  return bestanden;
}

export function rapportJson(peildatum: Dag, uitslagen: BestandUitslag[]): JsonRapport {
  return { versie: JSON_SCHEMA_VERSIE, peildatum: formatISO(peildatum), bestanden: uitslagen.flatMap(bestandJson) };
}

/**
 * Hetzelfde JSON-document in stukken, zodat de scanner het per bestand kan schrijven en niets hoeft te
 * bewaren: begin, dan per bestand `stuk`, dan eind. Aaneen gelezen is het geldige JSON (= rapportJson).
 */
export class JsonStroom {
  private eerste = true;
  constructor(private readonly peildatum: Dag) {}
  begin(): string {
    return `{\n  "versie": ${JSON_SCHEMA_VERSIE},\n  "peildatum": "${formatISO(this.peildatum)}",\n  "bestanden": [`;
  }
  stuk(u: BestandUitslag): string {
    let uit = "";
    for (const r of bestandJson(u)) {
      uit += (this.eerste ? "\n    " : ",\n    ") + JSON.stringify(r, null, 2).replace(/\n/g, "\n    ");
      this.eerste = false;
    }
    return uit;
  }
  eind(): string {
    return `${this.eerste ? "" : "\n  "}]\n}\n`;
  }
}

// ---- Tekst ---------------------------------------------------------------------------------------

/**
 * Wat er met een open stap moet gebeuren, in de volgorde van het rapport:
 * - `deze-week`: de termijn valt vandaag of in de komende 7 dagen;
 * - `te-laat`: te laat, maar nog in te halen (doen kan nog en beperkt de schade);
 * - `binnenkort`: de termijn valt binnen de horizon of het venster is open, later dan deze week;
 * - `voorbij`: te laat en niet meer te herstellen (de wachttijd is voorbij, of de stap is achterhaald).
 */
export type ActieGroep = "deze-week" | "te-laat" | "binnenkort" | "voorbij";

export interface Actie {
  bestand: string;
  blad: string;
  rij: number;
  werknemer: string;
  code: MijlpaalCode;
  uiterlijk: Dag;
  status: Status;
  groep: ActieGroep;
}

/** Alleen deze statussen vragen iets van de gebruiker; onbekend (geen kolom) is nooit een actie. */
const OPEN: ReadonlySet<Status> = new Set(["te-laat", "binnenkort"]);
const DEZE_WEEK_DAGEN = 7;
/** Te laat maar nog in te halen: eerst wat elke dag geld of een boete kost (BW 7:629, WIA art. 64 lid 8; ZW art. 38a). */
const ZWAAR: Readonly<Partial<Record<MijlpaalCode, number>>> = { WIA: 0, UWV42: 1, SPOOR2: 2 };

function naamVan(e: DossierEvaluatie): string {
  return e.dossier.werknemer ?? (e.dossier.personeelsnummer ? `personeelsnr. ${e.dossier.personeelsnummer}` : "(onbekend)");
}

function groepVan(e: DossierEvaluatie, code: MijlpaalCode, status: Status, uiterlijk: Dag): ActieGroep {
  const t = e.tijdlijn;
  if (status === "binnenkort") return uiterlijk - t.peildatum <= DEZE_WEEK_DAGEN ? "deze-week" : "binnenkort";
  // De wachttijd is voorbij: UWV heeft al beslist; wat toen ontbrak, is niet meer in te halen.
  if (t.peildatum > t.laatsteDagLoondoorbetaling) return "voorbij";
  // De ziekmelding bij de arbodienst is achterhaald zodra de bedrijfsarts de probleemanalyse deed.
  if (code === "ARBO" && t.mijlpalen.PA.gedaan !== null) return "voorbij";
  return "te-laat";
}

const GROEP_NR: Readonly<Record<ActieGroep, number>> = { "deze-week": 0, "te-laat": 1, binnenkort: 2, voorbij: 3 };

/** Alle acties die te laat zijn of binnenkort moeten, in de volgorde "wat doe ik vandaag?". */
export function acties(bestand: string, r: RegisterUitslag): Actie[] {
  const uit: Actie[] = [];
  for (const e of r.evaluaties) {
    for (const c of MIJLPAAL_CODES) {
      const m = e.tijdlijn.mijlpalen[c];
      if (!OPEN.has(m.status)) continue;
      uit.push({
        bestand,
        blad: r.blad,
        rij: e.dossier.rijen[e.dossier.rijen.length - 1],
        werknemer: naamVan(e),
        code: c,
        uiterlijk: m.uiterlijk,
        status: m.status,
        groep: groepVan(e, c, m.status, m.uiterlijk),
      });
    }
  }
  return uit.sort(
    (a, b) =>
      GROEP_NR[a.groep] - GROEP_NR[b.groep] ||
      (a.groep === "te-laat" ? (ZWAAR[a.code] ?? 9) - (ZWAAR[b.code] ?? 9) || b.uiterlijk - a.uiterlijk : 0) ||
      (a.groep === "voorbij" ? b.uiterlijk - a.uiterlijk : a.uiterlijk - b.uiterlijk) ||
      a.rij - b.rij,
  );
}

function dagenTekst(uiterlijk: Dag, peildatum: Dag): string {
  const n = uiterlijk - peildatum;
  if (n < 0) return `${-n} ${-n === 1 ? "dag" : "dagen"} te laat`;
  if (n === 0) return "vandaag";
  if (n === 1) return "morgen";
  return `over ${n} dagen`;
}

/** "1 dossier", "2 dossiers". */
export function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length);
}

export interface Totalen {
  bestanden: number;
  nietGelezen: number;
  registers: number;
  dossiers: number;
  teLaat: number;
  binnenkort: number;
  problemen: number;
}

export function nieuweTotalen(): Totalen {
  return { bestanden: 0, nietGelezen: 0, registers: 0, dossiers: 0, teLaat: 0, binnenkort: 0, problemen: 0 };
}

/** Tel één bestand op bij de totalen (de scanner bewaart alleen dit, niet de uitslagen zelf). */
export function telOp(t: Totalen, u: BestandUitslag): void {
  t.bestanden++;
  if (u.fout !== null) t.nietGelezen++;
  for (const r of u.registers) {
    t.registers++;
    t.dossiers += r.evaluaties.length;
    t.problemen += r.problemen.length;
    for (const a of acties(u.bestand, r)) {
      if (a.status === "te-laat") t.teLaat++;
      else t.binnenkort++;
    }
  }
}

export function rapportKop(peildatum: Dag): string {
  return `Poortwachter-scan — peildatum ${formatNL(peildatum)}\n\n`;
}

/**
 * Het rapport van één bestand, per register in de volgorde "wat doe ik vandaag?": vandaag en deze week, te
 * laat maar nog in te halen, binnenkort (later), en wat voorbij is en niet meer te herstellen; daarna RIV,
 * spoor 2 en loonsanctie, stappen die onbekend zijn (geen kolom) en de problemen in het register.
 */
export function rapportBestand(peildatum: Dag, horizon: number, u: BestandUitslag): string {
  const regels: string[] = [];
  if (u.registers.length === 0) {
    regels.push(`== ${u.bestand} ==`, `  Niet gescand: ${u.fout ?? "geen register"}`, "");
    return regels.join("\n") + "\n";
  }
  for (const r of u.registers) {
    const waar = [r.blad && `blad ${r.blad}`, r.tabel && `tabel ${r.tabel}`].filter(Boolean).join(", ");
    const open = r.evaluaties.filter((e) => e.tijdlijn.hersteldatum === null).length;
    regels.push(`== ${u.bestand} — ${waar} (${aantal(r.evaluaties.length, "dossier", "dossiers")}, ${open} open) ==`);
    const a = acties(u.bestand, r);
    const groep = (g: ActieGroep) => a.filter((x) => x.groep === g);
    const loonsancties = r.evaluaties.filter((e) => e.tijdlijn.loonsanctieDagen > 0);
    const koppen: [ActieGroep, string][] = [
      ["deze-week", "Vandaag en deze week"],
      ["te-laat", "Te laat, nog in te halen"],
      ["binnenkort", `Binnenkort, na deze week — termijn binnen ${horizon} dagen of venster open`],
      ["voorbij", "Voorbij, niet meer te herstellen"],
    ];
    if (a.length === 0 && loonsancties.length === 0) regels.push("Niets te doen: geen stap te laat of binnenkort.");
    for (const [g, kop] of koppen) {
      const lijst = groep(g);
      const extra = g === "voorbij" ? loonsancties.length : 0;
      if (lijst.length + extra === 0) continue;
      regels.push(`${kop} (${lijst.length + extra}):`);
      for (const x of lijst) regels.push(actieRegel(x, peildatum));
      if (g === "voorbij") {
        for (const e of loonsancties) {
          const s = e.tijdlijn.signalen.find((x) => x.code === "LOONSANCTIE");
          regels.push(`  ${" ".repeat(10)}  ${pad(`${naamVan(e)} (rij ${e.dossier.rijen[e.dossier.rijen.length - 1]})`, 30)} ${s ? s.tekst : "Loonsanctie opgelegd."}`);
        }
      }
    }
    const beoordeeld = r.evaluaties.filter(
      (e) => e.beoordeling.riv.uitkomst !== "nog-niet-aan-de-orde" || e.beoordeling.spoor2.uitkomst === "te-laat" || e.beoordeling.loonsanctie.risico !== "geen",
    );
    if (beoordeeld.length) {
      regels.push("RIV, spoor 2 en loonsanctie:");
      for (const e of beoordeeld) {
        regels.push(`  ${naamVan(e)} (rij ${e.dossier.rijen[e.dossier.rijen.length - 1]}, week ${e.tijdlijn.ziekteweek ?? "–"})`);
        regels.push(`    RIV: ${e.beoordeling.riv.oordeel}`);
        regels.push(`    Spoor 2: ${e.beoordeling.spoor2.oordeel}`);
        if (e.beoordeling.loonsanctie.risico !== "geen") {
          regels.push(`    Loonsanctie: ${e.beoordeling.loonsanctie.risico}${e.beoordeling.loonsanctie.redenen.length ? " — " + e.beoordeling.loonsanctie.redenen.join("; ") : ""}`);
        }
      }
    }
    const onbekend = MIJLPAAL_CODES.filter((c) => r.evaluaties.some((e) => e.tijdlijn.mijlpalen[c].status === "onbekend"));
    if (onbekend.length) {
      regels.push(
        `Onbekend — het register heeft geen kolom voor: ${onbekend.map((c) => MIJLPAAL_NAAM[c]).join(", ")}. ` +
          "Deze stappen heten nooit te laat of gedaan; voeg de kolom toe om ze te volgen.",
      );
    }
    if (r.problemen.length) {
      regels.push(`Problemen in het register (${r.problemen.length}):`);
      for (const p of r.problemen) regels.push(`  ${p.ernst === "waarschuwing" ? "let op: " : ""}${beschrijfProbleem(p)}`);
    }
    regels.push("");
  }
  if (u.fout !== null) regels.push(`  Let op: ${u.fout}`, "");
  if (u.kopie) regels.push(`  Gemarkeerde kopie: ${u.kopie}`, "");
  return regels.join("\n") + "\n";
}

function actieRegel(x: Actie, peildatum: Dag): string {
  return `  ${formatNL(x.uiterlijk)}  ${pad(`${x.werknemer} (rij ${x.rij})`, 30)} ${pad(MIJLPAAL_NAAM[x.code], 40)} ${dagenTekst(x.uiterlijk, peildatum)}`;
}

export function rapportSamenvatting(t: Totalen): string {
  return (
    `Samenvatting: ${aantal(t.bestanden, "bestand", "bestanden")}, ${aantal(t.registers, "register", "registers")}, ` +
    `${aantal(t.dossiers, "dossier", "dossiers")}, ${aantal(t.teLaat, "stap", "stappen")} te laat, ${t.binnenkort} binnenkort, ` +
    `${aantal(t.problemen, "probleem", "problemen")}` +
    (t.nietGelezen ? `, ${t.nietGelezen} niet (volledig) gelezen` : "") +
    ".\n"
  );
}

// ---- CSV -----------------------------------------------------------------------------------------

function csvVeld(v: string | number | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV met ";" als scheidingsteken (zoals Nederlandse Excel verwacht), één regel per dossier. */
const CSV_KOP = [
    "bestand", "blad", "tabel", "rij", "werknemer", "personeelsnummer", "eerste_ziektedag", "ziekteweek",
    "volgende_actie", "volgende_uiterlijk", "volgende_status", "aantal_te_laat", "aantal_binnenkort",
    "riv_oordeel", "spoor2_oordeel", "loonsanctie_risico", "laatste_dag_loondoorbetaling",
].join(";");

export function csvKop(): string {
  return CSV_KOP + "\n";
}

/** De CSV-regels van één bestand. */
export function csvBestand(u: BestandUitslag): string {
  const regels: string[] = [];
  for (const r of u.registers) {
    for (const e of r.evaluaties) {
      const t = e.tijdlijn;
      const statussen = MIJLPAAL_CODES.map((c) => t.mijlpalen[c].status);
      regels.push(
        [
          u.bestand, r.blad, r.tabel, e.dossier.rijen[e.dossier.rijen.length - 1], e.dossier.werknemer, e.dossier.personeelsnummer,
          formatISO(t.eersteZiektedag), t.ziekteweek, e.volgende ? MIJLPAAL_NAAM[e.volgende.code] : null,
          e.volgende ? formatISO(e.volgende.uiterlijk) : null, e.volgende ? STATUS_TEKST[e.volgende.status] : null,
          statussen.filter((s) => s === "te-laat").length, statussen.filter((s) => s === "binnenkort").length,
          e.beoordeling.riv.oordeel, e.beoordeling.spoor2.oordeel, e.beoordeling.loonsanctie.risico, formatISO(t.laatsteDagLoondoorbetaling),
        ]
          .map((v) => csvVeld(v as string | number | null))
          .join(";"),
      );
    }
  }
  return regels.length ? regels.join("\n") + "\n" : "";
}
