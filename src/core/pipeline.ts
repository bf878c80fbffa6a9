/**
 * De pijplijn per dossier: tijdlijn (berekenTijdlijn) + beoordeling (beoordeel) + eerstvolgende actie.
 * Gedeeld door de aangepaste functies, het taakvenster en de scanner. Zuiver en zonder exceptions:
 * problemen krijgen de rij en kolom van het dossier in het register.
 */
import { beoordeel, type Beoordeling } from "./beoordeling";
import type { Dag } from "./dagen";
import { plekVan, type RegisterDossier } from "./dossier";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";
import { kolomLetter } from "./markering";
import type { Probleem } from "./problemen";
import { berekenTijdlijn, volgendeActie, type Mijlpaal, type Tijdlijn } from "./tijdlijn";

export interface DossierEvaluatie {
  dossier: RegisterDossier;
  tijdlijn: Tijdlijn;
  beoordeling: Beoordeling;
  /** De eerstvolgende actie (volgendeActie), of null. */
  volgende: Mijlpaal | null;
}

export type EvaluatieResultaat = { ok: true; evaluatie: DossierEvaluatie } | { ok: false; problemen: Probleem[] };

/** Zet een probleem van de engine op de cel van het dossier (huidige rij; kolom via plekken[veld]). */
function plaats(p: Probleem, dossier: RegisterDossier): Probleem {
  if (p.rij !== undefined) return p;
  const plek = p.veld !== undefined ? plekVan(dossier, p.veld) : undefined;
  const rij = plek ? plek.rij : dossier.rijen.length ? dossier.rijen[dossier.rijen.length - 1] : undefined;
  if (rij === undefined) return p;
  if (!plek) return { ...p, rij };
  const letter = kolomLetter(plek.kolom);
  return { ...p, rij, kolom: p.kolom ?? letter, kolomLetter: letter };
}

/** Tijdlijn + beoordeling + volgende actie van één registerdossier op `peildatum`. */
export function evalueerDossier(dossier: RegisterDossier, peildatum: Dag, instellingen: Instellingen = STANDAARD_INSTELLINGEN): EvaluatieResultaat {
  const r = berekenTijdlijn(dossier.invoer, peildatum, instellingen);
  if (!r.ok) return { ok: false, problemen: r.problemen.map((p) => plaats(p, dossier)) };
  const tijdlijn = r.tijdlijn;
  const pr = tijdlijn.problemen;
  for (let i = 0; i < pr.length; i++) pr[i] = plaats(pr[i], dossier);
  let beoordeling: Beoordeling;
  try {
    beoordeling = beoordeel(dossier.invoer, dossier.gegevens ?? {}, tijdlijn);
  } catch (e) {
    // Vangnet: een onverwachte invoer mag de andere rijen niet stoppen.
    const melding = `Dit dossier kon niet beoordeeld worden (${e instanceof Error ? e.message : String(e)}).`;
    return { ok: false, problemen: [plaats({ code: "BEOORDELING_MISLUKT", melding, ernst: "fout" }, dossier)] };
  }
  return { ok: true, evaluatie: { dossier, tijdlijn, beoordeling, volgende: volgendeActie(tijdlijn) } };
}
