/// <reference types="custom-functions-runtime" />
/**
 * Fouten van de aangepaste functies. De logica gooit alleen `FunctieFout` (met een Nederlandse melding);
 * `veilig` zet die om in `CustomFunctions.Error` (#WAARDE! / #N/B in Excel) en vangt elke andere
 * exceptie af, zodat er nooit een kale JS-fout uit een PW-functie ontsnapt.
 *
 * `CustomFunctions` wordt pas bij een fout aangesproken, zodat de logica ook in Node (benchmark, tests)
 * draait; in Excel bestaat het object in de runtime.
 */

export type FoutSoort = "invalidValue" | "notAvailable";

export class FunctieFout extends Error {
  constructor(
    message: string,
    readonly soort: FoutSoort = "invalidValue",
  ) {
    super(message);
    this.name = "FunctieFout";
  }
}

/** Gooi een #WAARDE!-fout met een Nederlandse melding. */
export function ongeldig(melding: string): never {
  throw new FunctieFout(melding, "invalidValue");
}

function isCustomFunctionsFout(e: unknown): boolean {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  return cf !== undefined && typeof cf.Error === "function" && e instanceof cf.Error;
}

/** Excel toont in de foutmelding geen lange teksten: houd de melding kort en zonder regeleinden. */
function kort(melding: string): string {
  const m = melding.replace(/\s+/g, " ").trim();
  return m.length > 250 ? m.slice(0, 247) + "..." : m;
}

/** Voer een functie uit; elke fout wordt een `CustomFunctions.Error` met een Nederlandse melding. */
export function veilig<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return alsExcelFout(e);
  }
}

/**
 * Gooi een opgevangen fout opnieuw als `CustomFunctions.Error` (wat `veilig` doet). Voor een functie die Excel
 * heel vaak aanroept (PW.DEADLINE) met een eigen try/catch, zonder per aanroep een sluiting te maken.
 */
export function alsExcelFout(e: unknown): never {
  if (isCustomFunctionsFout(e)) throw e;
  const soort: FoutSoort = e instanceof FunctieFout ? e.soort : "invalidValue";
  const melding =
    e instanceof FunctieFout ? e.message : `Interne fout in de PW-functie (${e instanceof Error ? e.message : String(e)}); controleer de invoer.`;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode[soort], kort(melding));
}
