/**
 * De wet als gegevens (wet/*.yaml → scripts/wet.mjs → src/core/wet-gegevens.ts):
 * - de bestanden zijn geldig en docs/regels.md klopt ermee;
 * - een ongeldig bestand geeft een Nederlandse melding met bestand en veld;
 * - een jurist die een YAML-bestand wijzigt, verschuift de engine (de pijplijn van scanner en taakvenster) en
 *   PW.DEADLINE / PW.EINDEWACHTTIJD gelijk;
 * - de regels lezen de wet alleen via de parameters: geen kaal getal van de wet in de code.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { d, iso } from "../helpers";

const root = path.resolve(__dirname, "..", "..");
const script = path.join(root, "scripts", "wet.mjs");

function draai(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "pw-wet-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kopieVanWet(naam: string, wijzig: Record<string, (tekst: string) => string>): string {
  const map = path.join(tmp, naam);
  cpSync(path.join(root, "wet"), map, { recursive: true });
  for (const [bestand, f] of Object.entries(wijzig)) {
    const p = path.join(map, bestand);
    writeFileSync(p, f(readFileSync(p, "utf8")));
  }
  return map;
}

describe("wet/*.yaml", () => {
  test("alle bestanden zijn geldig en de tabel in docs/regels.md is actueel", () => {
    const r = draai("--controleer");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/parameters en \d+ besluiten geldig/);
  });

  test("elk bestand hoort bij een parameter van de engine, en omgekeerd", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { alleParameters } = require("../../src/core/wet") as typeof import("../../src/core/wet");
    const bestanden = readdirSync(path.join(root, "wet"))
      .filter((f) => f.endsWith(".yaml") && !f.startsWith("_") && f !== "gelijkgestelde_dagen.yaml")
      .map((f) => f.slice(0, -5))
      .sort();
    expect(alleParameters().map((p) => p.id).sort()).toEqual(bestanden);
  });

  test.each([
    ["referentie ontbreekt", "wachttijd.yaml", (t: string) => t.replace(/\n {4}referentie:.*\n/, "\n"), /wachttijd\.yaml: waarden\.0\.referentie/],
    ["onbekende bron", "wachttijd.yaml", (t: string) => t.replace("bron: BW_629_LID1", "bron: BW_629_LID99"), /wachttijd\.yaml: bron: één van de sleutels in wet\/_bronnen\.yaml/],
    ["datums niet oplopend", "wia_brief.yaml", (t: string) => t.replace("vanaf: 2013-07-01", "vanaf: 2001-07-01"), /wia_brief\.yaml: waarden\.1\.vanaf: ingangsdatums moeten oplopen/],
    ["geen bestaande datum", "wachttijd.yaml", (t: string) => t.replace("vanaf: 2004-01-01", "vanaf: 2004-02-30"), /wachttijd\.yaml: waarden\.\d+\.vanaf: geen bestaande datum/],
    ["andere vorm dan de eerste rij", "wia_brief.yaml", (t: string) => t.replace("waarde: 88", "waarde: { weken: 88 }"), /wia_brief\.yaml: waarden\.1\.waarde: elke waarde heeft dezelfde vorm/],
    ["geen YAML", "samentellen.yaml", (t: string) => t + "\n  - : [", /samentellen\.yaml: geen geldige YAML/],
  ])("%s: geweigerd met bestand en veld", (_n, bestand, wijzig, melding) => {
    const map = kopieVanWet(`fout-${bestand}-${_n.replace(/\W/g, "")}`, { [bestand]: wijzig });
    const r = draai("--controleer", "--map", map);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is niet geldig/);
    expect(r.stderr).toMatch(melding);
  });

  test("een tabel die niet meer klopt met wet/ laat de controle falen", () => {
    const map = kopieVanWet("verouderd", { "samentellen.yaml": (t) => t.replace("waarde: 27", "waarde: 26") });
    const r = draai("--controleer", "--map", map);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/docs\/regels\.md: de tabel .*klopt niet meer.*npm run wet/);
  });
});

describe("een gewijzigd wet-bestand verschuift engine en functies gelijk", () => {
  type Modules = {
    pipeline: typeof import("../../src/core/pipeline");
    lezer: typeof import("../../src/core/register/lezer");
    functies: typeof import("../../src/functions/datumfuncties");
  };

  /** Laadt de kern en de functies met de wet uit `map` in plaats van wet/. */
  function laadMet(map: string): Modules {
    const uit = path.join(tmp, `${path.basename(map)}-gegevens.ts`);
    const r = draai("--map", map, "--uit", uit);
    expect(r.status).toBe(0);
    const js = ts.transpileModule(readFileSync(uit, "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
    const mod: { exports: Record<string, unknown> } = { exports: {} };
    new Function("exports", "module", js)(mod.exports, mod);
    let m!: Modules;
    jest.isolateModules(() => {
      jest.doMock("../../src/core/wet-gegevens", () => mod.exports);
      m = {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        pipeline: require("../../src/core/pipeline"),
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        lezer: require("../../src/core/register/lezer"),
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        functies: require("../../src/functions/datumfuncties"),
      };
    });
    return m;
  }

  function einde(m: Modules, eersteZiektedag: string) {
    const D = d(eersteZiektedag);
    const register = m.lezer.leesRegister([
      ["Werknemer", "Eerste ziektedag", "WIA-aanvraag"],
      ["A", D, null],
    ]);
    if (register === null) throw new Error("geen register");
    const ev = m.pipeline.evalueerRegister(register, D + 10).evaluaties[0];
    return {
      engine: iso(ev.tijdlijn.mijlpalen.EWT.uiterlijk),
      engineWia: iso(ev.tijdlijn.mijlpalen.WIA.uiterlijk),
      deadline: iso(m.functies.termijn("EWT", D, null, null)),
      deadlineWia: iso(m.functies.termijn("WIA", D, null, null)),
      eindeWachttijd: iso(m.functies.eindeWachttijdDatums(D, null, null, null, null) - 0),
    };
  }

  test("wachttijd: vanaf 2030 een rij van 52 weken → scanner/taakvenster (pijplijn) en PW.DEADLINE geven hetzelfde nieuwe einde", () => {
    const map = kopieVanWet("korter", {
      "wachttijd.yaml": (t) => t + '  - vanaf: 2030-01-01\n    waarde: 52\n    referentie: "https://wetten.overheid.nl/ (voorbeeld: een voorgestelde wet)"\n',
    });
    const gewijzigd = laadMet(map);
    const origineel = laadMet(kopieVanWet("origineel", {}));
    // Vóór 2030: 104 weken, in beide versies. D = 2029-06-04 → 2031-06-01.
    expect(einde(gewijzigd, "2029-06-04").engine).toBe("2031-06-01");
    expect(einde(origineel, "2029-06-04").engine).toBe("2031-06-01");
    // Vanaf 2030: 52 weken. D = 2031-03-03 → einde 2032-02-29 (was 2033-02-27).
    const nu = einde(gewijzigd, "2031-03-03");
    expect(einde(origineel, "2031-03-03").engine).toBe("2033-02-27");
    expect(nu.engine).toBe("2032-02-29");
    expect(nu.deadline).toBe(nu.engine);
    expect(nu.deadlineWia).toBe(nu.engineWia);
    // PW.EINDEWACHTTIJD geeft een Excel-serienummer (1900-systeem): vanaf maart 1900 gelijk aan het dagnummer.
    expect(nu.eindeWachttijd).toBe(nu.engine);
    // De WIA-aanvraag schuift mee: 11 weken vóór het nieuwe einde.
    expect(d(nu.engine) - d(nu.engineWia)).toBe(11 * 7);
  });

  test("42e-weeksmelding op 40 weken: engine en PW.DEADLINE schuiven samen", () => {
    const map = kopieVanWet("uwv40", { "melding_42e_week.yaml": (t) => t.replace("waarde: 42", "waarde: 40") });
    const m = laadMet(map);
    const D = d("2025-03-03");
    const register = m.lezer.leesRegister([
      ["Werknemer", "Eerste ziektedag", "42e-weeksmelding"],
      ["A", D, null],
    ]);
    const ev = m.pipeline.evalueerRegister(register!, D + 10).evaluaties[0];
    expect(iso(ev.tijdlijn.mijlpalen.UWV42.uiterlijk)).toBe("2025-12-08");
    expect(iso(m.functies.termijn("UWV42", D, null, null))).toBe("2025-12-08");
  });
});

describe("geen kaal getal van de wet in de code", () => {
  const mappen = ["src/core/regels", "src/core/beoordeling", "src/functions", "src/core"];
  const bestanden = [...new Set(mappen.flatMap((m) => readdirSync(path.join(root, m)).filter((f) => f.endsWith(".ts") && f !== "wet-gegevens.ts").map((f) => path.join(m, f))))];

  /** De code zonder commentaar (regels die met // of * beginnen, en staartcommentaar). */
  function code(bestand: string): string[] {
    return readFileSync(path.join(root, bestand), "utf8")
      .split("\n")
      .filter((r) => !/^\s*(\/\/|\*|\/\*\*)/.test(r))
      .map((r) => r.replace(/\s\/\/ .*$/, ""));
  }

  test("wet.ts exporteert geen getallen van de wet, alleen parameters uit wet/", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const wet = require("../../src/core/wet") as Record<string, unknown>;
    const getallen = Object.entries(wet).filter(([, v]) => typeof v === "number").map(([k]) => k);
    // Een week heeft zeven dagen; de waarschuwingshorizon is een instelling, geen wet.
    expect(getallen.sort()).toEqual(["DAGEN_PER_WEEK", "STANDAARD_HORIZON_DAGEN"]);
  });

  test("geen termijn met een getal erin (naWeek(6), eindeWeek(52), plusMaanden(x, 3)) en geen 'na 88 weken' in een melding", () => {
    const fout: string[] = [];
    for (const b of bestanden) {
      code(b).forEach((r, i) => {
        if (/\b(naWeek|eindeWeek)\(\s*\d/.test(r) || /plusMaanden\([^,]+,\s*\d+\s*\)/.test(r)) fout.push(`${b}:${i + 1}: ${r.trim()}`);
        if (/[`"'][^`"']*\b\d+ (weken|maanden|jaar)\b/.test(r) && !/kolommen\.ts|mijlpalen\.ts|cellen\.ts/.test(b)) fout.push(`${b}:${i + 1}: ${r.trim()}`);
      });
    }
    expect(fout).toEqual([]);
  });
});
