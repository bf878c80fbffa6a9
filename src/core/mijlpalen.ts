/**
 * De mijlpalen van een poortwachterdossier: codes, namen en de Nederlandse aliassen waarmee gebruikers
 * ze in formules noemen (`=PW.DEADLINE(B2;"plan van aanpak")`).
 */
import { fout, ok, type Resultaat } from "./problemen";

export const MIJLPAAL_CODES = ["ARBO", "PA", "PVA", "EVAL", "UWV42", "EJE", "SPOOR2", "AO", "EINDEVAL", "WIA", "EWT"] as const;
export type MijlpaalCode = (typeof MIJLPAAL_CODES)[number];

/**
 * Status van een mijlpaal op de peildatum. `onbekend`: het register heeft geen kolom voor deze stap, dus
 * niemand kan zeggen of hij gedaan is; de termijn is er wel (ter informatie), maar de stap is nooit te laat,
 * gedaan, rood of groen.
 */
export const STATUSSEN = ["gedaan", "te-laat-gedaan", "te-laat", "binnenkort", "gepland", "nvt", "onbekend"] as const;
export type Status = (typeof STATUSSEN)[number];

export const MIJLPAAL_NAAM: Readonly<Record<MijlpaalCode, string>> = {
  ARBO: "Ziekmelding bij arbodienst",
  PA: "Probleemanalyse",
  PVA: "Plan van aanpak",
  EVAL: "Evaluatie plan van aanpak",
  UWV42: "42e-weeksmelding bij UWV",
  EJE: "Eerstejaarsevaluatie",
  SPOOR2: "Start spoor 2",
  AO: "Actueel oordeel bedrijfsarts",
  EINDEVAL: "Eindevaluatie",
  WIA: "WIA-aanvraag met re-integratieverslag",
  EWT: "Einde wachttijd (laatste dag loondoorbetaling)",
};

export const STATUS_TEKST: Readonly<Record<Status, string>> = {
  gedaan: "gedaan",
  "te-laat-gedaan": "te laat gedaan",
  "te-laat": "te laat",
  binnenkort: "binnenkort",
  gepland: "gepland",
  nvt: "n.v.t.",
  onbekend: "onbekend",
};

/** Tekst genormaliseerd voor vergelijken: kleine letters, zonder accenten, spaties of leestekens. */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const ALIASSEN: Readonly<Record<MijlpaalCode, readonly string[]>> = {
  ARBO: ["arbo", "arbodienst", "ziekmelding arbodienst", "ziekmelding arbo", "melding arbodienst", "bedrijfsarts", "ziekmelding bedrijfsarts"],
  PA: ["pa", "probleemanalyse", "probleem analyse", "analyse"],
  PVA: ["pva", "plan van aanpak", "plan", "aanpak"],
  EVAL: ["eval", "evaluatie", "evaluatie pva", "bijstelling", "bijstelling pva", "voortgangsevaluatie", "laatste evaluatie", "volgende evaluatie"],
  UWV42: ["uwv42", "42", "42e week", "42e weeksmelding", "42 wekenmelding", "42e wekenmelding", "ziekmelding uwv", "melding uwv", "week 42"],
  EJE: ["eje", "eerstejaarsevaluatie", "eerste jaars evaluatie", "eerstejaars evaluatie", "jaarevaluatie"],
  SPOOR2: ["spoor2", "spoor 2", "tweede spoor", "2e spoor", "spoor twee"],
  AO: ["ao", "actueel oordeel", "actueel oordeel bedrijfsarts"],
  EINDEVAL: ["eindeval", "eindevaluatie", "eind evaluatie"],
  WIA: ["wia", "wia aanvraag", "wiaaanvraag", "riv", "reintegratieverslag", "re-integratieverslag", "aanvraag wia"],
  EWT: ["ewt", "einde wachttijd", "wachttijd", "104", "104 weken", "laatste dag loondoorbetaling", "einde loondoorbetaling"],
};

const OPZOEK: ReadonlyMap<string, MijlpaalCode> = (() => {
  const m = new Map<string, MijlpaalCode>();
  for (const code of MIJLPAAL_CODES) {
    m.set(normaliseer(code), code);
    for (const a of ALIASSEN[code]) m.set(normaliseer(a), code);
  }
  return m;
})();

/** "plan van aanpak", "PvA", "pva" → "PVA". Onbekend → probleem met de geldige codes. */
export function parseMijlpaal(tekst: unknown): Resultaat<MijlpaalCode> {
  if (typeof tekst !== "string" && typeof tekst !== "number") {
    return fout("ONBEKENDE_MIJLPAAL", `Geef een mijlpaal op, bijvoorbeeld "PVA". Geldig: ${MIJLPAAL_CODES.join(", ")}.`);
  }
  const code = OPZOEK.get(normaliseer(String(tekst)));
  if (!code) {
    return fout("ONBEKENDE_MIJLPAAL", `"${String(tekst)}" is geen bekende mijlpaal. Geldig: ${MIJLPAAL_CODES.join(", ")}.`);
  }
  return ok(code);
}
