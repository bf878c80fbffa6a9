/**
 * Getypeerde problemen in plaats van exceptions. Elke fout in de invoer wordt een `Probleem` met een
 * Nederlandse melding; waar het om een cel gaat, draagt het probleem de rij (1-based, zoals in Excel) en
 * de kolom (kopnaam en/of letter). Code die een probleem tegenkomt, rapporteert het en gaat verder.
 */
export type Ernst = "fout" | "waarschuwing";

export interface Probleem {
  /** Stabiele, machineleesbare code, bijvoorbeeld `GEEN_DATUM`. */
  code: string;
  /** Nederlandse uitleg voor de gebruiker. */
  melding: string;
  ernst: Ernst;
  /** Rij in het werkblad (1-based), als het probleem bij een cel hoort. */
  rij?: number;
  /** Kolom: de kop zoals de gebruiker die schreef, of de kolomletter. */
  kolom?: string;
  /** Kolomletter (A, B, …, AA), als bekend. */
  kolomLetter?: string;
  /** Het veld van het dossier waar het om gaat (bijv. `hersteldatum`, `PA`): de lezer koppelt het aan een kolom. */
  veld?: string;
}

export type Resultaat<T> = { ok: true; waarde: T } | { ok: false; probleem: Probleem };

export function ok<T>(waarde: T): Resultaat<T> {
  return { ok: true, waarde };
}

export function fout<T = never>(code: string, melding: string, ernst: Ernst = "fout"): Resultaat<T> {
  return { ok: false, probleem: { code, melding, ernst } };
}

/** Eén regel voor een rapport: "rij 7, kolom Hersteldatum (D): …". */
export function beschrijfProbleem(p: Probleem): string {
  const plek: string[] = [];
  if (p.rij !== undefined) plek.push(`rij ${p.rij}`);
  if (p.kolom !== undefined) plek.push(`kolom ${p.kolom}${p.kolomLetter && p.kolomLetter !== p.kolom ? ` (${p.kolomLetter})` : ""}`);
  return plek.length ? `${plek.join(", ")}: ${p.melding}` : p.melding;
}
