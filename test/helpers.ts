import { formatISO, parseISO, type Dag } from "../src/core/dagen";

/** "2025-03-03" → Dag; gooit in tests bij een typefout in een datum. */
export function d(iso: string): Dag {
  const r = parseISO(iso);
  if (!r.ok) throw new Error(`testdatum ${iso}: ${r.probleem.melding}`);
  return r.waarde;
}

export const iso = formatISO;
