/**
 * Scenario's als gegevens: elk bestand test/scenarios/*.yaml (YAML met commentaar) is één onderwerp met benoemde gevallen die een
 * jurist kan lezen en uitbreiden zonder TypeScript (formaat: test/scenarios/README.md).
 * Elk geval gaat door de hele kern zoals een echt register: rijen met kolomkoppen → lezer → tijdlijn →
 * beoordeling (evalueerRegister), en de verwachting wordt per onderdeel vergeleken.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { formatISO, type Dag } from "../../src/core/dagen";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "../../src/core/instellingen";
import type { MijlpaalCode } from "../../src/core/mijlpalen";
import { evalueerRegister } from "../../src/core/pipeline";
import type { Cel } from "../../src/core/register/cellen";
import { leesRegister } from "../../src/core/register";
import { d } from "../helpers";

type Waarde = string | number | boolean | null;

export interface Verwachting {
  /** Aantal dossiers in het register (na samentellen). */
  dossiers?: number;
  /** Welk dossier gecontroleerd wordt (kolom Werknemer); standaard het laatste. */
  werknemer?: string;
  /** Per mijlpaal; `reden`: tekst die in de reden van n.v.t. moet staan (deel van de zin is genoeg). */
  mijlpalen?: Partial<Record<MijlpaalCode, { uiterlijk?: string; vanaf?: string | null; gedaan?: string | null; status?: string; reden?: string | null }>>;
  /** Tekst die in "geen WIA" moet staan, of null als er wel een WIA kan volgen. */
  geenWia?: string | null;
  laatsteDagLoondoorbetaling?: string;
  ingangsdatumWia?: string;
  /** Laatste dag van de wachttijd (bij vervroegde IVA de verkorte wachttijd). */
  eindeWachttijd?: string;
  /** Ingangsdatum van een toegekende vervroegde IVA, of null. */
  ingangsdatumIva?: string | null;
  /** Ziek uit dienst: de melding bij UWV (laatste werkdag) en welk re-integratieverslag UWV vraagt; null = geen. */
  uitDienst?: { melding?: string; meldingStatus?: string; riv?: string } | null;
  ziekteweek?: number | null;
  aantalPerioden?: number;
  volgende?: MijlpaalCode | null;
  signalen?: string[];
  geenSignalen?: string[];
  /** Per signaalcode een stuk tekst dat in de bron van het signaal moet staan (bijvoorbeeld "7:629 lid 11"). */
  signaalBronnen?: Record<string, string>;
  /** Per signaalcode een stuk tekst dat in de tekst van het signaal moet staan. */
  signaalTeksten?: Record<string, string>;
  problemen?: string[];
  geenProblemen?: string[];
  rivUitkomst?: string;
  spoor2Uitkomst?: string;
  loonsanctieRisico?: string;
  bevindingen?: string[];
  geenBevindingen?: string[];
  /** RIV-onderdelen: code → status (aanwezig, ontbreekt, onbekend, nvt…). */
  rivOnderdelen?: Record<string, string>;
}

export interface Scenario {
  naam: string;
  bron?: string;
  toelichting?: string;
  peildatum: string;
  instellingen?: Partial<Instellingen>;
  /** Kolomkoppen in volgorde; standaard alle sleutels van de rijen in volgorde van voorkomen. */
  kolommen?: string[];
  rijen: Record<string, Waarde>[];
  verwacht: Verwachting;
}

export interface ScenarioBestand {
  onderwerp: string;
  bron?: string;
  scenarios: Scenario[];
}

const MAP = __dirname;

// Het schema van een scenariobestand: een tikfout in een sleutel (ook in `verwacht`) is een fout, geen
// stilzwijgend genegeerde verwachting.
const Iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "een datum als jjjj-mm-dd");
const Codes = z.array(z.string().regex(/^[A-Z0-9_]+$/, "een code in hoofdletters"));
const MijlpaalVerwachting = z.strictObject({
  uiterlijk: Iso.optional(),
  vanaf: Iso.nullable().optional(),
  gedaan: Iso.nullable().optional(),
  status: z.enum(["gedaan", "te-laat-gedaan", "te-laat", "binnenkort", "gepland", "nvt", "onbekend"]).optional(),
  reden: z.string().nullable().optional(),
});
const VerwachtingSchema = z.strictObject({
  dossiers: z.number().int().optional(),
  werknemer: z.string().optional(),
  mijlpalen: z.partialRecord(z.enum(["ARBO", "PA", "PVA", "EVAL", "UWV42", "EJE", "SPOOR2", "AO", "EINDEVAL", "WIA", "EWT"]), MijlpaalVerwachting).optional(),
  geenWia: z.string().nullable().optional(),
  laatsteDagLoondoorbetaling: Iso.optional(),
  ingangsdatumWia: Iso.optional(),
  eindeWachttijd: Iso.optional(),
  ingangsdatumIva: Iso.nullable().optional(),
  uitDienst: z.strictObject({ melding: Iso.optional(), meldingStatus: z.string().optional(), riv: z.string().optional() }).nullable().optional(),
  ziekteweek: z.number().int().nullable().optional(),
  aantalPerioden: z.number().int().optional(),
  volgende: z.string().nullable().optional(),
  signalen: Codes.optional(),
  geenSignalen: Codes.optional(),
  signaalBronnen: z.record(z.string(), z.string()).optional(),
  signaalTeksten: z.record(z.string(), z.string()).optional(),
  problemen: Codes.optional(),
  geenProblemen: Codes.optional(),
  rivUitkomst: z.string().optional(),
  spoor2Uitkomst: z.string().optional(),
  loonsanctieRisico: z.enum(["geen", "laag", "middel", "hoog", "opgelegd", "onbekend"]).optional(),
  bevindingen: Codes.optional(),
  geenBevindingen: Codes.optional(),
  rivOnderdelen: z.record(z.string(), z.string()).optional(),
});
const ScenarioSchema = z.strictObject({
  naam: z.string().min(5),
  bron: z.string().min(5, "elk geval noemt zijn bron"),
  peildatum: Iso,
  instellingen: z.record(z.string(), z.unknown()).optional(),
  kolommen: z.array(z.string()).optional(),
  rijen: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))).min(1),
  verwacht: VerwachtingSchema,
});
const BestandSchema = z.strictObject({ onderwerp: z.string().min(3), bron: z.string().min(5), scenarios: z.array(ScenarioSchema).min(1) });

/** Leest en toetst een scenariobestand; een fout noemt het bestand en het pad naar de sleutel. */
export function leesScenarioBestand(bestand: string, tekst: string): ScenarioBestand {
  const r = BestandSchema.safeParse(parse(tekst));
  if (!r.success) throw new Error(r.error.issues.map((i) => `${bestand}: ${i.path.join(".")}: ${i.message}`).join("\n"));
  return r.data as ScenarioBestand;
}

export function laadScenarioBestanden(): { bestand: string; inhoud: ScenarioBestand }[] {
  return readdirSync(MAP)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => ({ bestand: f, inhoud: leesScenarioBestand(f, readFileSync(path.join(MAP, f), "utf8")) }));
}

const iso = (x: Dag | null): string | null => (x === null ? null : formatISO(x));

/** Een verwachte tekst is goed als de echte tekst haar bevat (null: er hoort geen tekst te zijn). */
function bevat(echt: string | null, verwacht: string | null): string | null {
  if (verwacht === null || echt === null) return echt;
  return echt.includes(verwacht) ? verwacht : echt;
}

/** Wat het register over het dossier zegt, in dezelfde vorm als de verwachting (alleen de gevraagde sleutels). */
export function voerUit(s: Scenario): Record<string, unknown> {
  const koppen = s.kolommen ?? [...new Set(s.rijen.flatMap((r) => Object.keys(r)))];
  // Alleen de ingevulde cellen staan in een rij; een kolom uit `kolommen` zonder waarde is een lege cel.
  const grid: Cel[][] = [koppen, ...s.rijen.map((r) => koppen.map((k) => (r[k] === undefined ? "" : r[k])))];
  const register = leesRegister(grid, { tabel: "Verzuim", blad: "Verzuim" });
  if (!register) throw new Error(`${s.naam}: geen register herkend in de koppen ${koppen.join(", ")}`);
  const instellingen = { ...STANDAARD_INSTELLINGEN, ...s.instellingen };
  const r = evalueerRegister(register, d(s.peildatum), instellingen);
  const v = s.verwacht;
  const e = v.werknemer !== undefined ? r.evaluaties.find((x) => x.dossier.werknemer === v.werknemer) : r.evaluaties[r.evaluaties.length - 1];
  const uit: Record<string, unknown> = {};
  if (v.dossiers !== undefined) uit.dossiers = register.dossiers.length;
  if (v.problemen !== undefined || v.geenProblemen !== undefined) {
    const codes = r.problemen.map((p) => p.code);
    if (v.problemen !== undefined) uit.problemen = v.problemen.filter((c) => codes.includes(c));
    if (v.geenProblemen !== undefined) uit.geenProblemen = v.geenProblemen.filter((c) => !codes.includes(c));
  }
  if (!e) {
    uit.dossier = "geen dossier (of niet te beoordelen)";
    return uit;
  }
  const t = e.tijdlijn;
  const b = e.beoordeling;
  if (v.mijlpalen) {
    const m: Record<string, Record<string, unknown>> = {};
    for (const [code, verwacht] of Object.entries(v.mijlpalen)) {
      const echt = t.mijlpalen[code as MijlpaalCode];
      const rij: Record<string, unknown> = {};
      if (verwacht.uiterlijk !== undefined) rij.uiterlijk = iso(echt.uiterlijk);
      if (verwacht.vanaf !== undefined) rij.vanaf = iso(echt.vanaf);
      if (verwacht.gedaan !== undefined) rij.gedaan = iso(echt.gedaan);
      if (verwacht.status !== undefined) rij.status = echt.status;
      if (verwacht.reden !== undefined) rij.reden = bevat(echt.reden ?? null, verwacht.reden);
      m[code] = rij;
    }
    uit.mijlpalen = m;
  }
  if (v.laatsteDagLoondoorbetaling !== undefined) uit.laatsteDagLoondoorbetaling = iso(t.laatsteDagLoondoorbetaling);
  if (v.ingangsdatumWia !== undefined) uit.ingangsdatumWia = iso(t.ingangsdatumWia);
  if (v.eindeWachttijd !== undefined) uit.eindeWachttijd = iso(t.eindeWachttijd);
  if (v.ingangsdatumIva !== undefined) uit.ingangsdatumIva = iso(t.ingangsdatumIva);
  if (v.uitDienst !== undefined) {
    const u = t.uitDienst;
    if (u === null || v.uitDienst === null) uit.uitDienst = u === null ? null : "taken bij uit dienst";
    else {
      const rij: Record<string, unknown> = {};
      if (v.uitDienst.melding !== undefined) rij.melding = iso(u.melding.uiterlijk);
      if (v.uitDienst.meldingStatus !== undefined) rij.meldingStatus = u.melding.status;
      if (v.uitDienst.riv !== undefined) rij.riv = u.riv;
      uit.uitDienst = rij;
    }
  }
  if (v.geenWia !== undefined) uit.geenWia = bevat(t.geenWia, v.geenWia);
  if (v.ziekteweek !== undefined) uit.ziekteweek = t.ziekteweek;
  if (v.aantalPerioden !== undefined) uit.aantalPerioden = t.aantalPerioden;
  if (v.volgende !== undefined) uit.volgende = e.volgende?.code ?? null;
  const signalen = t.signalen.map((x) => x.code);
  if (v.signalen !== undefined) uit.signalen = v.signalen.filter((c) => signalen.includes(c));
  if (v.geenSignalen !== undefined) uit.geenSignalen = v.geenSignalen.filter((c) => !signalen.includes(c));
  for (const [sleutel, veld] of [["signaalBronnen", "bron"], ["signaalTeksten", "tekst"]] as const) {
    const verwacht = v[sleutel];
    if (verwacht === undefined) continue;
    uit[sleutel] = Object.fromEntries(
      Object.entries(verwacht).map(([code, stuk]) => {
        const sig = t.signalen.find((x) => x.code === code);
        return [code, sig === undefined ? "(geen signaal)" : bevat(sig[veld], stuk)];
      }),
    );
  }
  if (v.rivUitkomst !== undefined) uit.rivUitkomst = b.riv.uitkomst;
  if (v.spoor2Uitkomst !== undefined) uit.spoor2Uitkomst = b.spoor2.uitkomst;
  if (v.loonsanctieRisico !== undefined) uit.loonsanctieRisico = b.loonsanctie.risico;
  const bevindingen = b.bevindingen.map((x) => x.code);
  if (v.bevindingen !== undefined) uit.bevindingen = v.bevindingen.filter((c) => bevindingen.includes(c));
  if (v.geenBevindingen !== undefined) uit.geenBevindingen = v.geenBevindingen.filter((c) => !bevindingen.includes(c));
  if (v.rivOnderdelen !== undefined) {
    uit.rivOnderdelen = Object.fromEntries(Object.keys(v.rivOnderdelen).map((c) => [c, b.riv.onderdelen.find((o) => o.code === c)?.status ?? "(geen onderdeel)"]));
  }
  return uit;
}

const bestanden = laadScenarioBestanden();

test("er zijn scenariobestanden", () => {
  expect(bestanden.length).toBeGreaterThan(0);
});

test("het schema weigert een tikfout in een verwachting, met bestand en sleutel", () => {
  const tekst = "onderwerp: Voorbeeld\nbron: BW 7:629\nscenarios:\n  - naam: een geval\n    bron: BW 7:629 lid 1\n    peildatum: 2026-01-01\n    rijen: [{ Werknemer: A, Eerste ziektedag: 2025-03-03 }]\n    verwacht: { laatsteDagLoondoorbetalng: 2027-02-28 }\n";
  expect(() => leesScenarioBestand("voorbeeld.yaml", tekst)).toThrow(/voorbeeld\.yaml: scenarios\.0\.verwacht: .*laatsteDagLoondoorbetalng/);
});

describe.each(bestanden.map((b) => [b.inhoud.onderwerp, b] as const))("%s", (_onderwerp, b) => {
  test.each(b.inhoud.scenarios.map((s) => [s.naam, s] as const))("%s", (_naam, s) => {
    // Alleen de gevraagde onderdelen worden vergeleken; een ontbrekende signaalcode enz. valt op als verschil.
    expect(voerUit(s)).toEqual(s.verwacht);
  });
});
