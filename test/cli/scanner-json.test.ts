/**
 * Het JSON Schema van `scan --json` (versie 2) in docs/scanner-json.schema.json komt uit het zod-schema in
 * src/cli/scanner-json.ts (z.toJSONSchema). Verouderd: deze toets faalt; maak het opnieuw met
 * `PW_SCHEMA_SCHRIJVEN=1 npx jest test/cli/scanner-json.test.ts`. Een echt document voldoet aan beide.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { main } from "../../src/cli/main";
import { scannerJsonSchema, ScannerJsonV2, type JsonBevindingV2 } from "../../src/cli/scanner-json";
import type { JsonRapport } from "../../src/cli/rapport";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";
import { formatISO, parseISO } from "../../src/core/dagen";

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

/** Het document van het voorbeeldregister in versie `v`. */
async function scanVoorbeeld(v: "1" | "2"): Promise<unknown> {
  let out = "";
  await main(["scan", voorbeeld, "--json-versie", v, "--peildatum", "2026-11-25"], { out: (s) => void (out += s), err: () => undefined, isTTY: false });
  return JSON.parse(out);
}

test("versie 2 opgelost met `codes` en `bronnen` zegt per dossier hetzelfde als versie 1 (ernst, tekst, bron, datums)", async () => {
  const v2 = ScannerJsonV2.parse(await scanVoorbeeld("2"));
  const v1 = (await scanVoorbeeld("1")) as JsonRapport;
  const reg2 = v2.bestanden[0];
  const reg1 = v1.bestanden[0];
  expect(reg2.dossiers!.length).toBe(reg1.dossiers.length);
  let zonderEigenErnst = 0;
  let zonderEigenBron = 0;
  let volgendeGezien = 0;
  let redenenGezien = 0;
  // Zo lost een lezer een bevinding op: wat zij zelf niet noemt, staat bij haar code.
  const los = (f: JsonBevindingV2) => {
    const c = reg2.codes![f.code];
    if (f.ernst === undefined) zonderEigenErnst++;
    if (f.bron === undefined) zonderEigenBron++;
    return { code: f.code, ernst: f.ernst ?? c.ernst, tekst: f.tekst ?? c.tekst, bron: v2.bronnen![f.bron ?? c.bron] };
  };
  reg2.dossiers!.forEach((d2, i) => {
    const d1 = reg1.dossiers[i];
    expect(d2.rijen).toEqual(d1.rijen);
    // RIV: dezelfde bevindingen, de bron voluit.
    expect((d2.riv.bevindingen ?? []).map(los)).toEqual(d1.riv.bevindingen);
    // Versie 1 heeft onder signalen de tijdlijn en de hele beoordeling (zonder bron).
    const alle = [...(d2.signalen ?? []), ...(d2.riv.bevindingen ?? []), ...(d2.spoor2.bevindingen ?? []), ...(d2.loonsanctie.bevindingen ?? [])]
      .map(los)
      .map(({ code, ernst, tekst }) => ({ code, ernst, tekst }));
    const volgorde = (a: { code: string; tekst: string }, b: { code: string; tekst: string }) => (a.code + a.tekst < b.code + b.tekst ? -1 : 1);
    expect(alle.sort(volgorde)).toEqual([...d1.signalen].sort(volgorde));
    // Een weggelaten datum is gelijk aan de datum die de regel noemt; een stap die nvt is, heeft alleen zijn status.
    expect(d2.eindeWachttijd ?? d2.laatsteDagLoondoorbetaling).toBe(d1.eindeWachttijd);
    // De ingangsdatum van de WIA is de dag na het einde van de wachttijd.
    const einde = parseISO(d2.eindeWachttijd ?? d2.laatsteDagLoondoorbetaling) as { waarde: number };
    expect(formatISO(einde.waarde + 1)).toBe(d1.ingangsdatumWia);
    // volgendeActie is alleen de code; uiterlijk en status staan bij die stap onder mijlpalen.
    const va = d2.volgendeActie;
    const ewtUiterlijk = d2.mijlpalen.EWT.uiterlijk ?? d2.eindeWachttijd ?? d2.laatsteDagLoondoorbetaling;
    expect(va === undefined ? null : { mijlpaal: va, uiterlijk: va === "EWT" ? ewtUiterlijk : d2.mijlpalen[va].uiterlijk, status: d2.mijlpalen[va].status }).toEqual(
      d1.volgendeActie && { mijlpaal: d1.volgendeActie.mijlpaal, uiterlijk: d1.volgendeActie.uiterlijk, status: d1.volgendeActie.status },
    );
    if (va !== undefined) volgendeGezien++;
    // De redenen van de loonsanctie: nummers in `redenen` van het register.
    expect((d2.loonsanctie.redenen ?? []).map((n) => reg2.redenen![n])).toEqual(d1.loonsanctie.redenen);
    redenenGezien += d2.loonsanctie.redenen?.length ?? 0;
    for (const c of MIJLPAAL_CODES) {
      const m2 = d2.mijlpalen[c];
      const m1 = d1.mijlpalen[c];
      expect(m2.status).toBe(m1.status);
      expect(m2.gedaan ?? null).toBe(m1.gedaan);
      if (m2.status === "nvt") expect(m2.uiterlijk ?? m2.vanaf).toBeUndefined();
      else expect({ c, uiterlijk: m2.uiterlijk ?? (c === "EWT" ? (d2.eindeWachttijd ?? d2.laatsteDagLoondoorbetaling) : null), vanaf: m2.vanaf ?? null }).toEqual({ c, uiterlijk: m1.uiterlijk, vanaf: m1.vanaf });
    }
    // Het oordeel alleen waar het een reden is (nvt/uitzondering); anders staat de zin in rapport en CSV.
    expect(d2.riv.oordeel).toBe(d2.riv.uitkomst === "nvt" ? d1.riv.oordeel : undefined);
    expect(d2.spoor2.oordeel).toBe(["nvt", "uitzondering"].includes(d2.spoor2.uitkomst) ? d1.spoor2.oordeel : undefined);
  });
  // De codetabel wordt echt gebruikt: bevindingen zonder eigen ernst of bron kregen die van hun code.
  expect(zonderEigenErnst).toBeGreaterThan(0);
  expect(zonderEigenBron).toBeGreaterThan(0);
  expect(volgendeGezien).toBeGreaterThan(0);
  expect(redenenGezien).toBeGreaterThan(reg2.redenen!.length);
});

test("het schema eist dat elke genoemde code in `codes` staat en elke bron-id in `bronnen`", async () => {
  const doc = ScannerJsonV2.parse(await scanVoorbeeld("2"));
  const reg = doc.bestanden[0];
  const d = reg.dossiers!.find((x) => x.riv.bevindingen?.length)!;
  const f = d.riv.bevindingen![0];
  const zonderCode = structuredClone(doc);
  delete zonderCode.bestanden[0].codes![f.code];
  expect(ScannerJsonV2.safeParse(zonderCode).error?.issues.map((i) => i.message)).toContain(`code ${f.code} staat niet in codes van het register`);
  const vreemdeBron = structuredClone(doc);
  vreemdeBron.bestanden[0].dossiers!.find((x) => x.rijen === d.rijen || x.rijen.join() === d.rijen.join())!.riv.bevindingen![0].bron = "BESTAAT_NIET";
  expect(ScannerJsonV2.safeParse(vreemdeBron).error?.issues.map((i) => i.message)).toEqual(["bron BESTAAT_NIET staat niet in bronnen"]);
  const vreemdeReden = structuredClone(doc);
  const metReden = vreemdeReden.bestanden[0].dossiers!.find((x) => x.loonsanctie.redenen?.length)!;
  const n = vreemdeReden.bestanden[0].redenen!.length;
  metReden.loonsanctie.redenen![0] = n;
  expect(ScannerJsonV2.safeParse(vreemdeReden).error?.issues.map((i) => i.message)).toEqual([`reden ${n} staat niet in redenen van het register`]);
});
