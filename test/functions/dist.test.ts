/**
 * Rooktest van de gebouwde bundel: laadt de scripts van de functies (runtime.js, gedeeld.js, functions.js, in
 * de volgorde van dist/taskpane.html) in een vm-sandbox met alleen een stub
 * `CustomFunctions` (geen DOM, geen Office), en controleert dat elk id uit dist/functions.json
 * geregistreerd is en een voorbeeldaanroep beantwoordt, en dat dist/functions.nl-NL.json dezelfde ids
 * heeft. Vangt een kapotte build die de unittests missen. Bouwt eerst als dist/functions.json ontbreekt.
 */
import { maakStub, StubFout } from "./stub";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { formatISO } from "../../src/core/dagen";
import { TEMPLATE_KOLOMMEN, type Veld } from "../../src/core/register";
import { d } from "../helpers";

const root = path.resolve(__dirname, "..", "..");
// PW_DIST: een eigen build (`npx webpack --mode production --output-path MAP`) in plaats van de gedeelde dist/.
const dist = process.env.PW_DIST ? path.resolve(process.env.PW_DIST) : path.join(root, "dist");

interface Metadata {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string }[]; options?: { volatile?: boolean; requiresParameterAddresses?: boolean } }[];
}

beforeAll(() => {
  if (!existsSync(path.join(dist, "functions.json")) || !existsSync(path.join(dist, "functions.js"))) {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit", timeout: 300_000 });
  }
}, 320_000);

/** De eigen scripts die dist/taskpane.html laadt, in volgorde (office.js van Microsofts CDN niet). */
function scriptsVanPagina(): string[] {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

function laadBundel(): Map<string, (...a: unknown[]) => unknown> {
  const stub = maakStub();
  const geregistreerd = new Map<string, (...a: unknown[]) => unknown>();
  stub.associate = (id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) => {
    if (typeof id === "string") geregistreerd.set(id, fn as (...a: unknown[]) => unknown);
    else for (const [k, f] of Object.entries(id)) geregistreerd.set(k, f);
  };
  const sandbox = vm.createContext({ CustomFunctions: stub, console });
  sandbox.self = sandbox; // webpack's chunkregistratie (self.webpackChunk…)
  for (const f of scriptsVanPagina().filter((f) => f !== "taskpane.js")) {
    vm.runInContext(readFileSync(path.join(dist, f), "utf8"), sandbox, { filename: `dist/${f}` });
  }
  return geregistreerd;
}

const rij = (w: Partial<Record<Veld, unknown>>) => [TEMPLATE_KOLOMMEN.map((k) => (w[k.veld] === undefined ? 0 : w[k.veld]))];
const registerRij = rij({ werknemer: "A", eersteZiektedag: d("2025-03-03"), pa: d("2025-03-20") });
const koppen = [TEMPLATE_KOLOMMEN.map((k) => k.kop)];
/** Zoals Excel aanroept met `@requiresParameterAddresses`: datum_gedaan is een (lege) cel. */
const cel = { parameterAddresses: ["Blad1!C2", "", "Blad1!F2", "", ""] };
const PEIL = d("2025-05-01");
const datum = (x: unknown) => formatISO(x as number);

const STARTS = [[d("2025-12-20")], [d("2026-02-01")], [d("2026-03-10")], [d("2026-03-25")]];
const HERSTELD = [[d("2026-01-10")], [d("2026-02-15")], [null], [d("2026-04-10")]];

/** Voorbeeldaanroep per id, zoals Excel haar doet (1×1-bereiken, null voor weggelaten), met de verwachte uitkomst. */
const VOORBEELDEN: Record<string, { args: unknown[]; check: (r: unknown) => void }> = {
  DEADLINE: { args: [d("2025-03-03"), "PVA", null, null], check: (r) => expect(datum(r)).toBe("2025-04-27") },
  VANAF: { args: [d("2025-03-03"), "WIA", null], check: (r) => expect(datum(r)).toBe("2026-11-09") },
  WEEK: { args: [d("2025-03-03"), d("2025-03-10")], check: (r) => expect(r).toBe(2) },
  STATUS: { args: [d("2025-03-03"), "PVA", null, null, d("2025-04-28"), cel], check: (r) => expect(r).toBe("te laat") },
  EINDEWACHTTIJD: { args: [[[d("2025-03-03")]], 13, null, null, null, null, null], check: (r) => expect(datum(r)).toBe("2027-05-30") },
  // De ziekmelding bij de arbodienst is achterhaald zodra de probleemanalyse gedaan is (voorbij, nooit de volgende actie).
  VOLGENDE: { args: [registerRij, koppen, PEIL], check: (r) => expect(r).toBe("Plan van aanpak uiterlijk 03-04-2025 (te laat)") },
  VOLGENDEDATUM: { args: [registerRij, koppen, PEIL], check: (r) => expect(datum(r)).toBe("2025-04-03") },
  RIVSTATUS: { args: [registerRij, koppen, PEIL], check: (r) => expect(typeof r === "string" && r.length > 0).toBe(true) },
  SPOOR2: { args: [registerRij, koppen, PEIL], check: (r) => expect(r).toMatch(/^(Gepland|Binnenkort): spoor 2 starten uiterlijk/) },
  LOONSANCTIE: { args: [registerRij, koppen, PEIL], check: (r) => expect(["geen", "laag", "middel", "hoog", "opgelegd", "onbekend"]).toContain(r) },
  TELAAT: { args: [registerRij, koppen, PEIL], check: (r) => expect(r).toBe(1) }, // PVA; ARBO is te laat maar achterhaald (voorbij), zoals in de scanner
  MIJLPALEN: { args: [registerRij, koppen, PEIL], check: (r) => expect((r as unknown[][]).length).toBe(12) },
  BINNENKORT: { args: [registerRij, koppen, d("2025-03-25")], check: (r) => expect(r).toBe(1) }, // PVA: PA 20-03 + 14 = 03-04
  ZIEKTEDAGEN: { args: [[[d("2025-03-03")]], null, d("2025-03-10")], check: (r) => expect(r).toBe(8) },
  // Rekenvoorbeeld van test/inzicht/statistiek.test.ts: 10 medewerkers, 01-01 t/m 31-03-2026.
  VERZUIMPERCENTAGE: { args: [STARTS, HERSTELD, d("2026-01-01"), d("2026-03-31"), 10], check: (r) => expect(r).toBe(5.78) },
  MELDINGSFREQUENTIE: { args: [STARTS, d("2026-01-01"), d("2026-03-31"), 10], check: (r) => expect(r).toBe(1.22) },
  VERZUIMDUUR: { args: [STARTS, HERSTELD, d("2026-01-01"), d("2026-03-31")], check: (r) => expect(r).toBe(17.5) },
};

describe("de gebouwde bundel dist/functions.js", () => {
  test("elk id uit functions.json is geregistreerd en beantwoordt een voorbeeldaanroep", () => {
    const meta = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
    const geregistreerd = laadBundel();
    const ids = meta.functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect([...geregistreerd.keys()].sort()).toEqual([...ids].sort());
    for (const f of meta.functions) {
      const v = VOORBEELDEN[f.id];
      if (!v) throw new Error(`geen voorbeeldaanroep voor ${f.id} in test/functions/dist.test.ts`);
      expect(f.description).not.toBe("");
      for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
      const fn = geregistreerd.get(f.id)!;
      v.check(fn(...v.args));
    }
  });

  test("rijfuncties vragen het adres van hun argumenten; zonder koppen en zonder bekend register: #WAARDE!, niet de volgorde van het sjabloon", () => {
    const meta = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
    const metAdressen = meta.functions.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id).sort();
    expect(metAdressen).toEqual(["BINNENKORT", "EINDEWACHTTIJD", "LOONSANCTIE", "MIJLPALEN", "RIVSTATUS", "SPOOR2", "STATUS", "TELAAT", "VOLGENDE", "VOLGENDEDATUM", "ZIEKTEDAGEN"]);
    // Het Invocation-argument is geen parameter voor de gebruiker.
    for (const f of meta.functions) expect(f.parameters.map((p) => p.name)).not.toContain("invocation");
    const fn = laadBundel().get("RIVSTATUS")!;
    let fout: unknown;
    try {
      fn(registerRij, null, PEIL, { parameterAddresses: ["Verzuim!A2:Z2", "", ""] });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(StubFout);
    expect((fout as StubFout).message).toMatch(/^Kopregel van het register niet gevonden/);
  });

  test("slechte invoer geeft in de bundel een CustomFunctions.Error met Nederlandse melding", () => {
    const fn = laadBundel().get("DEADLINE")!;
    let fout: unknown;
    try {
      fn("morgen", "PVA", null, null);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(StubFout);
    expect((fout as StubFout).code).toBe("#VALUE!");
    expect((fout as StubFout).message).toMatch(/eerste_ziektedag: "morgen" is geen datum/);
  });

  test("functions.nl-NL.json: dezelfde ids, types en opties; Nederlandse namen en beschrijvingen", () => {
    const en = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Metadata;
    const nl = JSON.parse(readFileSync(path.join(dist, "functions.nl-NL.json"), "utf8")) as Metadata;
    expect(nl.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (let i = 0; i < en.functions.length; i++) {
      const e = en.functions[i];
      const n = nl.functions[i];
      expect(n.parameters.length).toBe(e.parameters.length);
      expect(n.options).toEqual(e.options);
      expect(n.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(n.description).not.toBe(e.description);
    }
    const namen = Object.fromEntries(nl.functions.map((f) => [f.id, f.name]));
    // Namen die al Nederlands (of gangbaar) zijn, blijven gelijk aan het id: =PW.DEADLINE(B2;"PVA") werkt in het Nederlands.
    expect(namen.DEADLINE).toBe("DEADLINE");
    expect(namen.VOLGENDE).toBe("VOLGENDE");
    const deadline = nl.functions.find((f) => f.id === "DEADLINE")!;
    expect(deadline.parameters.map((p) => p.name)).toEqual(["eerste_ziektedag", "mijlpaal", "datum_vorige_stap", "verlenging_weken"]);
  });
});
