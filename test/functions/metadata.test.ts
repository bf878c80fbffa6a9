/**
 * De metadata van de aangepaste functies (dist/functions.json van webpack, dist/functions.nl-NL.json en de
 * bron src/functions/nl-NL.json) tegen Microsofts JSON-schema (vendor/custom-functions-schema/) en tegen
 * Microsofts naamregels voor aangepaste functies (learn.microsoft.com, "Custom functions naming"):
 *  - id: alleen A–Z, 0–9, _ en .; begint met een letter; minstens 3 tekens (hoofdletters zoals Excel);
 *  - name: letters (Unicode), cijfers, _ en .; begint met een letter; minstens 3 tekens;
 *  - een naam is geen celverwijzing (A1 … XFD1048576, R1C1 … R1048576C16384) en geen Excel 4.0-macrofunctie;
 *  - ids en namen zijn uniek; elke taal heeft dezelfde ids.
 */
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";

const root = path.resolve(__dirname, "..", "..");
const dist = path.join(root, "dist");

beforeAll(() => {
  if (!existsSync(path.join(dist, "functions.json")) || !existsSync(path.join(dist, "functions.nl-NL.json"))) {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit", timeout: 300_000 });
  }
}, 320_000);

interface Functie {
  id: string;
  name: string;
  options?: Record<string, boolean>;
  parameters: { name: string }[];
  [k: string]: unknown;
}
interface Metadata {
  functions: Functie[];
  [k: string]: unknown;
}

/** De opties van het klassieke formaat (onder `options`) → de eigenschap in het schema. */
const OPTIES: Record<string, string> = {
  volatile: "volatile",
  stream: "stream",
  cancelable: "cancelable",
  requiresAddress: "requiresAddress",
  requiresParameterAddresses: "requiresParameterAddress", // klassiek meervoud, in de uniforme manifest enkelvoud
  requiresStreamAddress: "requiresStreamAddress",
  requiresStreamParameterAddresses: "requiresStreamParameterAddresses",
  capturesCallingObject: "capturesCallingObject",
  excludeFromAutoComplete: "excludeFromAutoComplete",
  linkedEntityLoadService: "linkedEntityLoadService",
};

function valideer(meta: Metadata): string[] {
  const schema = JSON.parse(readFileSync(path.join(root, "vendor", "custom-functions-schema", "custom-functions.schema.json"), "utf8"));
  delete schema.$schema; // draft-04; deze definities gebruiken alleen trefwoorden die in draft-07 hetzelfde zijn
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  const fouten: string[] = [];
  // Klassiek formaat → het formaat van het schema: options één niveau hoger.
  const plat = {
    ...meta,
    functions: meta.functions.map(({ options, ...f }) => {
      const plat: Record<string, unknown> = { ...f };
      for (const [k, v] of Object.entries(options ?? {})) {
        if (k in OPTIES) plat[OPTIES[k]] = v;
        else fouten.push(`${f.id}: onbekende optie ${k}`);
      }
      return plat;
    }),
  };
  if (!check(plat)) fouten.push(...(check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  return fouten;
}

/** Excel 4.0-macrofuncties die als naam van een functie botsen (een keuze uit Microsofts lijst). */
const MACRO = ["RUN", "ECHO", "CALL", "REGISTER", "EXEC", "HALT", "RETURN", "GOTO", "RESULT", "ARGUMENT", "FOPEN", "FWRITE", "FCLOSE", "ALERT", "INPUT", "SET.VALUE", "SET.NAME", "GET.CELL", "GET.WORKSPACE", "SELECT", "FORMULA", "EVALUATE", "DIRECTORY", "FILES", "CANCEL.KEY", "ERROR", "WAIT", "BEEP"];

function kolomNummer(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}
/** Is dit (ongeacht hoofdletters) een celverwijzing als A1 of R1C1 binnen het raster van Excel? */
export function isCelverwijzing(naam: string): boolean {
  const a1 = /^([A-Z]{1,3})(\d+)$/i.exec(naam);
  if (a1 && kolomNummer(a1[1].toUpperCase()) <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  const r1c1 = /^R(\d+)C(\d+)$/i.exec(naam);
  return !!r1c1 && Number(r1c1[1]) >= 1 && Number(r1c1[1]) <= 1048576 && Number(r1c1[2]) >= 1 && Number(r1c1[2]) <= 16384;
}

/** De naamregels voor één functie; geeft de overtredingen. */
export function naamFouten(id: string, naam: string): string[] {
  const f: string[] = [];
  if (!/^[A-Z][A-Z0-9._]{2,}$/.test(id)) f.push(`id ${id}: alleen A–Z, 0–9, _ en ., begint met een letter, minstens 3 tekens`);
  if (!/^\p{L}[\p{L}0-9._]{2,}$/u.test(naam)) f.push(`naam ${naam}: letters, cijfers, _ en ., begint met een letter, minstens 3 tekens`);
  if (naam !== naam.toUpperCase()) f.push(`naam ${naam}: in hoofdletters, zoals de functies van Excel`);
  if (isCelverwijzing(naam)) f.push(`naam ${naam}: lijkt op een celverwijzing`);
  if (MACRO.includes(naam.toUpperCase())) f.push(`naam ${naam}: is een Excel 4.0-macrofunctie`);
  return f;
}

const lees = (f: string) => JSON.parse(readFileSync(f, "utf8"));

describe.each([["dist/functions.json"], ["dist/functions.nl-NL.json"]])("%s", (bestand) => {
  test("voldoet aan Microsofts JSON-schema voor aangepaste functies", () => {
    expect(valideer(lees(path.join(root, bestand)))).toEqual([]);
  });

  test("ids en namen volgen de naamregels en zijn uniek", () => {
    const meta = lees(path.join(root, bestand)) as Metadata;
    expect(meta.functions.flatMap((f) => naamFouten(f.id, f.name))).toEqual([]);
    expect(new Set(meta.functions.map((f) => f.id)).size).toBe(meta.functions.length);
    expect(new Set(meta.functions.map((f) => f.name)).size).toBe(meta.functions.length);
  });
});

test("src/functions/nl-NL.json: dezelfde ids als functions.json, namen volgens de regels, uniek", () => {
  const en = lees(path.join(dist, "functions.json")) as Metadata;
  const nl = lees(path.join(root, "src", "functions", "nl-NL.json")) as { functies: Record<string, { name: string }> };
  expect(Object.keys(nl.functies).sort()).toEqual(en.functions.map((f) => f.id).sort());
  expect(Object.entries(nl.functies).flatMap(([id, f]) => naamFouten(id, f.name))).toEqual([]);
  const namen = Object.values(nl.functies).map((f) => f.name);
  expect(new Set(namen).size).toBe(namen.length);
});

describe("de controles vangen echte fouten (bewijs)", () => {
  test("schema: onbekend type in result, id te kort, helpUrl zonder https, onbekende optie", () => {
    const fout: Metadata = {
      functions: [
        { id: "AB", name: "AB", parameters: [], result: { dimensionality: "vector" }, helpUrl: "http://x", options: { volatile: true, vluchtig: true } },
      ],
    };
    const f = valideer(fout).join("\n");
    expect(f).toMatch(/vluchtig/);
    expect(f).toMatch(/\/functions\/0\/id must NOT have fewer than 3 characters/);
    expect(f).toMatch(/\/functions\/0\/helpUrl must match pattern/);
    expect(f).toMatch(/\/functions\/0\/result\/dimensionality must be equal to one of the allowed values/);
  });

  test.each([
    ["XFD1048576", true],
    ["ABC12", true],
    ["R1C1", true],
    ["XFE1", false],
    ["SPOOR2", false],
    ["TRACK2", false],
    ["A1048577", false],
  ])("%s is een celverwijzing: %s", (naam, ja) => {
    expect(isCelverwijzing(naam)).toBe(ja);
  });

  test("naamregels", () => {
    expect(naamFouten("DEADLINE", "DEADLINE")).toEqual([]);
    expect(naamFouten("ZIEKTEDAGEN", "ZIEKTEDAGEN")).toEqual([]);
    expect(naamFouten("2DAG", "dag")).toHaveLength(2); // id begint met een cijfer; naam niet in hoofdletters
    expect(naamFouten("DAG", "2DAGEN")).toHaveLength(1);
    expect(naamFouten("RUNX", "RUN")).toEqual(["naam RUN: is een Excel 4.0-macrofunctie"]);
    expect(naamFouten("ABC1", "ABC1")).toEqual(["naam ABC1: lijkt op een celverwijzing"]);
    expect(naamFouten("PW-X", "PW X")).toHaveLength(2);
  });
});
