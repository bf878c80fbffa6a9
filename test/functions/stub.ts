/**
 * Een stub van de `CustomFunctions`-global van de Excel-runtime voor jest: Error-klasse, ErrorCode en een
 * `associate` die registreert. Importeer dit bestand bovenaan elk testbestand van de functies.
 */
export class StubFout extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export const geregistreerd = new Map<string, (...args: unknown[]) => unknown>();

export function maakStub() {
  return {
    Error: StubFout,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") geregistreerd.set(id, fn as (...args: unknown[]) => unknown);
      else for (const [k, f] of Object.entries(id)) geregistreerd.set(k, f);
    },
  };
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = maakStub();

/** Roep aan en geef de fout terug (of faal als er geen CustomFunctions.Error kwam). */
export function fout(f: () => unknown): StubFout {
  try {
    f();
  } catch (e) {
    if (e instanceof StubFout) return e;
    throw new Error(`verwacht CustomFunctions.Error, kreeg ${String(e)}`);
  }
  throw new Error("verwacht een fout, maar de functie gaf een waarde");
}
