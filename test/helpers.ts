import { formatISO, parseISO, type Dag } from "../src/core/dagen";
import type { MarkeringSoort } from "../src/core/markering";
import type { Status } from "../src/core/mijlpalen";

/** "2025-03-03" → Dag; gooit in tests bij een typefout in een datum. */
export function d(iso: string): Dag {
  const r = parseISO(iso);
  if (!r.ok) throw new Error(`testdatum ${iso}: ${r.probleem.melding}`);
  return r.waarde;
}

export const iso = formatISO;

/**
 * Wat het blad moet tonen voor een status van de engine: het orakel van de kleurtests (markering.test.ts
 * rekent de regels uit, kleuren.test.ts laat LibreOffice ze uitrekenen). Bij de kolom Laatste evaluatie met
 * een datum in de cel kleurt de tekst naar de vólgende evaluatie.
 */
export function verwachteKleur(status: Status, evaluatie: boolean, celIsDatum: boolean): MarkeringSoort | null {
  switch (status) {
    case "gedaan":
    case "te-laat-gedaan":
      return "gedaan";
    case "nvt":
      return "nvt";
    case "te-laat":
      return evaluatie && celIsDatum ? "volgende-te-laat" : "te-laat";
    case "binnenkort":
      return evaluatie && celIsDatum ? "volgende-binnenkort" : "binnenkort";
    case "gepland":
      return evaluatie && celIsDatum ? "gedaan" : null;
    case "onbekend":
      return null;
  }
}

/** Eén CSV-regel (;, velden tussen "" met "" als aanhalingsteken) → velden. */
export function csvVelden(regel: string): string[] {
  const uit: string[] = [];
  let veld = "";
  let binnen = false;
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i];
    if (binnen) {
      if (c === '"' && regel[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') binnen = false;
      else veld += c;
    } else if (c === '"') binnen = true;
    else if (c === ";") {
      uit.push(veld);
      veld = "";
    }
    else veld += c;
  }
  uit.push(veld);
  return uit;
}
