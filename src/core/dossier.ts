/**
 * Het gedeelde dossiermodel tussen de lezer (register → dossiers), de tijdlijn-engine en de
 * beoordeling (RIV, spoor 2, loonsanctie). Zuiver.
 *
 * Drie toestanden voor elk gegeven, zodat een ontbrekende kolom "onbekend" geeft en nooit een fout
 * oordeel:  `undefined` = de kolom bestaat niet (onbekend), `null` = de kolom bestaat maar de cel is leeg
 * (niet gedaan / nee), een waarde = ingevuld.
 */
import type { Dag } from "./dagen";
import type { DossierInvoer } from "./tijdlijn";

export type Onbekend<T> = T | null | undefined;

/** Gegevens voor de beoordeling die de tijdlijn-engine zelf niet nodig heeft. */
export interface DossierGegevens {
  /** Alle bekende evaluatiedatums van het plan van aanpak (oplopend), als het register ze geeft. */
  evaluaties?: Dag[] | null;
  /** Datum van het arbeidsdeskundig onderzoek/rapport. */
  arbeidsdeskundigOnderzoek?: Onbekend<Dag>;
  /** Datum van het spoor-2-re-integratieplan. */
  reintegratieplanSpoor2?: Onbekend<Dag>;
  /** Het spoor-2-plan bevat een persoonsprofiel / zoekprofiel / rapportagemomenten. */
  persoonsprofiel?: Onbekend<boolean>;
  zoekprofiel?: Onbekend<boolean>;
  rapportagemomenten?: Onbekend<boolean>;
  /** Laatste voortgangsrapportage en eindrapportage van het spoor-2-bureau. */
  voortgangsrapportageSpoor2?: Onbekend<Dag>;
  eindrapportageSpoor2?: Onbekend<Dag>;
  /** De mening van de werknemer (onderdeel van het RIV): datum of ja/nee. */
  visieWerknemer?: Onbekend<Dag | boolean>;
  /** Bevredigend resultaat bereikt (UWV-toets stap 1). */
  bevredigendResultaat?: Onbekend<boolean>;
  /** Uitzondering spoor 2 zoals in het register geschreven (tekst), en zoals herkend. */
  uitzonderingSpoor2Tekst?: Onbekend<string>;
  /** Belastbaarheid die pas na de EJE ontstaat (8-wekenregel). */
  belastbaarVanaf?: Onbekend<Dag>;
  /** Arbeidstherapie: begin, einde en of de bedrijfsarts een langere duur onderbouwd heeft. */
  arbeidstherapieVan?: Onbekend<Dag>;
  arbeidstherapieTot?: Onbekend<Dag>;
  arbeidstherapieOnderbouwd?: Onbekend<boolean>;
  /** Datum waarop de werknemer de AOW-leeftijd bereikt (uitzondering spoor 2). */
  aowDatum?: Onbekend<Dag>;
  /** Werknemer heeft geen benutbare mogelijkheden vanaf/tot (herstelbaarheid, toets stap 4). */
  geenBenutbareMogelijkhedenVan?: Onbekend<Dag>;
  geenBenutbareMogelijkhedenTot?: Onbekend<Dag>;
  /** Afdeling (voor de verzuimcijfers per afdeling). */
  afdeling?: Onbekend<string>;
}

/** Waar een veld van een dossier in het werkblad staat (voor kleuren en "klik selecteert de cel"). */
export interface CelPlek {
  /** Rij in het werkblad, 1-based. */
  rij: number;
  /** Kolom in het werkblad, 1-based. */
  kolom: number;
}

/** Eén dossier zoals het uit een register komt: invoer voor de engine, gegevens voor de beoordeling. */
export interface RegisterDossier {
  /** Werkbladrijen (1-based) waaruit het dossier is samengesteld, oplopend; de laatste is de huidige periode. */
  rijen: number[];
  werknemer: string | null;
  personeelsnummer: string | null;
  invoer: DossierInvoer;
  gegevens: DossierGegevens;
  /**
   * Samengetelde perioden die op een ánder blad van de werkmap staan (bijvoorbeeld een archiefblad), op
   * volgorde van eerste ziektedag. Alleen gezet als de keten over bladen loopt; `rijen` noemt alleen de
   * rijen op het eigen blad.
   */
  elders?: { blad: string; rij: number | null; eersteZiektedag: Dag }[];
  /** Werkbladrij (1-based) van de huidige periode, of null als de rij geen plek in een blad heeft. */
  rij: number | null;
  /**
   * Werkbladkolom (1-based) van elk veld en elke mijlpaalcode (MijlpaalCode) die het register heeft.
   * Eén object per register, gedeeld door al zijn dossiers.
   */
  kolommen: Readonly<Record<string, number>>;
}

/** De cel van een veld of mijlpaal in de huidige rij van het dossier, of undefined. */
export function plekVan(dossier: RegisterDossier, veld: string): CelPlek | undefined {
  const kolom = dossier.kolommen[veld];
  return dossier.rij === null || kolom === undefined ? undefined : { rij: dossier.rij, kolom };
}
