/**
 * De pijplijn per dossier: tijdlijn (berekenTijdlijn) + beoordeling (beoordeel) + eerstvolgende actie.
 * Gedeeld door de aangepaste functies, het taakvenster en de scanner. Zuiver en zonder exceptions.
 * evalueerRegister doet dat voor een heel register en zet elk probleem op zijn rij en kolom.
 */
import { beoordeel, type Beoordeling } from "./beoordeling";
import type { Dag } from "./dagen";
import type { DossierGegevens, RegisterDossier } from "./dossier";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";
import type { Probleem } from "./problemen";
import { kolomPerVeld, plaatsProbleem, type Register } from "./register";
import { berekenTijdlijn, volgendeActie, type Mijlpaal, type Tijdlijn } from "./tijdlijn";

export interface DossierEvaluatie {
  dossier: RegisterDossier;
  tijdlijn: Tijdlijn;
  beoordeling: Beoordeling;
  /** De eerstvolgende actie (volgendeActie), of null. */
  volgende: Mijlpaal | null;
}

/** Voor dossiers zonder gegevens: één bevroren leeg object (beoordeel leest alleen). */
const GEEN_GEGEVENS: DossierGegevens = Object.freeze({});

export type EvaluatieResultaat = { ok: true; evaluatie: DossierEvaluatie } | { ok: false; problemen: Probleem[] };

/** Tijdlijn + beoordeling + volgende actie van één registerdossier op `peildatum`. */
export function evalueerDossier(dossier: RegisterDossier, peildatum: Dag, instellingen: Instellingen = STANDAARD_INSTELLINGEN): EvaluatieResultaat {
  const r = berekenTijdlijn(dossier.invoer, peildatum, instellingen);
  if (!r.ok) return { ok: false, problemen: r.problemen };
  const tijdlijn = r.tijdlijn;
  let beoordeling: Beoordeling;
  try {
    beoordeling = beoordeel(dossier.invoer, dossier.gegevens ?? GEEN_GEGEVENS, tijdlijn);
  } catch (e) {
    // Vangnet: een onverwachte invoer mag de andere rijen niet stoppen.
    const melding = `Dit dossier kon niet beoordeeld worden (${e instanceof Error ? e.message : String(e)}).`;
    return { ok: false, problemen: [{ code: "BEOORDELING_MISLUKT", melding, ernst: "fout" }] };
  }
  return { ok: true, evaluatie: { dossier, tijdlijn, beoordeling, volgende: volgendeActie(tijdlijn) } };
}

export interface RegisterEvaluatie {
  evaluaties: DossierEvaluatie[];
  /** Per dossier de tijdlijn (null als het dossier niet te beoordelen was), voor het kleurplan. */
  items: { dossier: RegisterDossier; tijdlijn: Tijdlijn | null }[];
  /** Problemen van de lezer, de engine en de beoordeling, elk op zijn rij en kolom, op rijvolgorde. */
  problemen: Probleem[];
}

export interface RegisterOpties {
  /**
   * Krijgt elk beoordeelde dossier zodra het klaar is, op registervolgorde (de scanner schrijft er JSON of
   * CSV mee weg, per dossier).
   */
  perDossier?: (e: DossierEvaluatie) => void;
  /** Houd de evaluaties vast in het resultaat (standaard ja). Nee als perDossier ze al afneemt: vlak geheugen. */
  bewaarEvaluaties?: boolean;
  /** Houd de items voor het kleurplan vast (standaard ja). */
  bewaarItems?: boolean;
}

/**
 * Alle dossiers van een gelezen register: gedeeld door het taakvenster en de scanner. Een archief
 * (`register.archief`, zie register/werkmap.ts) is geschiedenis: geen evaluaties, geen items voor het
 * kleurplan, alleen zijn problemen.
 */
export function evalueerRegister(
  register: Register,
  peildatum: Dag,
  instellingen: Instellingen = STANDAARD_INSTELLINGEN,
  opties: RegisterOpties = {},
): RegisterEvaluatie {
  const { perDossier, bewaarEvaluaties = true, bewaarItems = true } = opties;
  const evaluaties: DossierEvaluatie[] = [];
  const stap = evalueerDossiers(register, peildatum, instellingen, bewaarItems);
  for (let r = stap.next(); ; r = stap.next()) {
    if (r.done) return { ...r.value, evaluaties };
    if (bewaarEvaluaties) evaluaties.push(r.value);
    perDossier?.(r.value);
  }
}

/**
 * Hetzelfde als evalueerRegister, dossier voor dossier: geeft elke evaluatie op registervolgorde en aan het
 * eind de items en de problemen (zonder evaluaties). Wie afneemt kan tussen twee dossiers wachten (de scanner
 * wacht op een trage lezer van zijn uitvoer) zonder dat er iets opgespaard wordt.
 * `bewaarItems`: true = de items in het resultaat; een functie = elk item meteen daaraan geven (ook van een
 * dossier zonder tijdlijn, vóór zijn evaluatie gegeven wordt) en niets bewaren (de scanner bouwt zo zijn kleurplan
 * dossier voor dossier, MarkeringPlanBouwer).
 */
export function* evalueerDossiers(
  register: Register,
  peildatum: Dag,
  instellingen: Instellingen = STANDAARD_INSTELLINGEN,
  bewaarItems: boolean | ((item: RegisterEvaluatie["items"][number]) => void) = true,
): Generator<DossierEvaluatie, Omit<RegisterEvaluatie, "evaluaties">, void> {
  const items: RegisterEvaluatie["items"] = [];
  const problemen: Probleem[] = [...register.problemen];
  if (register.archief) return { items, problemen };
  const kolommen = kolomPerVeld(register);
  // Uitgestelde dossiers (register.dossierBron): elk dossier pas hier gemaakt, nooit allemaal tegelijk.
  const bron = register.dossierBron;
  const aantal = bron ? bron.aantal : register.dossiers.length;
  for (let j = 0; j < aantal; j++) {
    const dossier = bron ? bron.maak(j) : register.dossiers[j];
    const r = evalueerDossier(dossier, peildatum, instellingen);
    const eigen = r.ok ? r.evaluatie.tijdlijn.problemen : r.problemen;
    for (const p of eigen) problemen.push(plaatsProbleem(p, dossier, register, kolommen));
    if (typeof bewaarItems === "function") bewaarItems({ dossier, tijdlijn: r.ok ? r.evaluatie.tijdlijn : null });
    else if (bewaarItems) items.push({ dossier, tijdlijn: r.ok ? r.evaluatie.tijdlijn : null });
    if (r.ok) yield r.evaluatie;
  }
  problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
  return { items, problemen };
}
