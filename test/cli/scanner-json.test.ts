/**
 * Het JSON Schema van `scan --json` (versie 2) in docs/scanner-json.schema.json komt uit het zod-schema in
 * src/cli/scanner-json.ts (z.toJSONSchema). Verouderd: deze toets faalt; maak het opnieuw met
 * `PW_SCHEMA_SCHRIJVEN=1 npx jest test/cli/scanner-json.test.ts`. Een echt document voldoet aan beide.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { main } from "../../src/cli/main";
import { scannerJsonSchema, ScannerJsonV2 } from "../../src/cli/scanner-json";

const root = path.resolve(__dirname, "..", "..");
const pad = path.join(root, "docs", "scanner-json.schema.json");
const voorbeeld = path.join(root, "assets", "voorbeeld-verzuimregister.xlsx");

test("docs/scanner-json.schema.json is het schema uit src/cli/scanner-json.ts (niet verouderd)", () => {
  const nu = scannerJsonSchema();
  if (process.env.PW_SCHEMA_SCHRIJVEN === "1") writeFileSync(pad, nu);
  expect(readFileSync(pad, "utf8")).toBe(nu);
});

test("de JSON van het voorbeeldregister voldoet aan het zod-schema en aan het JSON Schema in docs", async () => {
  let out = "";
  const code = await main(["scan", voorbeeld, "--json", "--peildatum", "2026-11-25"], { out: (s) => void (out += s), err: () => undefined, isTTY: false });
  expect(code).toBe(0);
  const doc: unknown = JSON.parse(out);
  ScannerJsonV2.parse(doc);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const geldig = ajv.validate(JSON.parse(readFileSync(pad, "utf8")) as object, doc);
  expect(ajv.errors ?? []).toEqual([]);
  expect(geldig).toBe(true);
  // Geen leeg veld, nergens: geen null, geen lege lijst.
  expect(out).not.toMatch(/: ?null\b|: ?\[\]/);
});
