/**
 * Waar de gekleurde kopie komt en dat hij nooit iets overschrijft (src/cli/pakket/uitvoer.ts), los en
 * via de scanner (`poortwachter scan … --markeer`).
 */
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonRapportV2 } from "../../src/cli/scanner-json";
import { KopieFout, kopieNaamVoor, schrijfKopie } from "../../src/cli/pakket/uitvoer";
import { maakExceljs } from "../fixtures/werkmappen/maak";

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const j = path.join;

describe("kopieNaamVoor: de mapstructuur onder de gescande map blijft", () => {
  test.each([
    ["bestand in een submap van de gescande map", "/data/klanten/bakker/verzuim.xlsx", ["/data/klanten"], j("bakker", "verzuim.xlsx")],
    ["los opgegeven bestand", "/data/klanten/bakker/verzuim.xlsx", ["/data/klanten/bakker/verzuim.xlsx"], "verzuim.xlsx"],
    ["geneste wortels: de dichtstbijzijnde telt", "/data/klanten/bakker/verzuim.xlsx", ["/data", "/data/klanten"], j("bakker", "verzuim.xlsx")],
    ["wortel met .. erin", "/data/klanten/bakker/verzuim.xlsx", ["/data/x/../klanten"], j("bakker", "verzuim.xlsx")],
    ["buiten elke wortel", "/elders/verzuim.xlsx", ["/data/klanten"], "verzuim.xlsx"],
    ["een map die met .. begint ligt er wel onder", "/data/..oud/verzuim.xlsx", ["/data"], j("..oud", "verzuim.xlsx")],
  ])("%s", (_naam, bestand, wortels, verwacht) => {
    expect(kopieNaamVoor(bestand, wortels)).toBe(verwacht);
  });
});

describe("schrijfKopie overschrijft nooit iets", () => {
  let map: string;
  let invoer: string;
  const bytes = Buffer.from("PK nieuwe kopie");
  beforeEach(() => {
    map = mkdtempSync(path.join(tmpdir(), "pw-uitvoer-"));
    mkdirSync(j(map, "in"));
    invoer = j(map, "in", "verzuim.xlsx");
    writeFileSync(invoer, "origineel");
  });

  test.each([
    ["de invoermap zelf", (m: string) => j(m, "in")],
    ["de invoermap via ..", (m: string) => j(m, "in", "..", "in")],
    ["de invoermap via een symbolische koppeling", (m: string) => (symlinkSync(j(m, "in"), j(m, "koppeling")), j(m, "koppeling"))],
  ])("uitvoermap = %s: geweigerd met een Nederlandse melding, invoer ongewijzigd", async (_naam, uitMap) => {
    const doel = j(uitMap(map), "verzuim.xlsx");
    await expect(schrijfKopie(invoer, doel, bytes)).rejects.toThrow(/nooit overschreven/);
    expect(readFileSync(invoer, "utf8")).toBe("origineel");
    expect(readdirSync(j(map, "in"))).toEqual(["verzuim.xlsx"]);
  });

  test("een bestaand ander bestand blijft staan: de kopie wordt 'naam (2).xlsx' en dat wordt gemeld", async () => {
    mkdirSync(j(map, "uit"));
    writeFileSync(j(map, "uit", "verzuim.xlsx"), "van iemand anders");
    const r = await schrijfKopie(invoer, j(map, "uit", "verzuim.xlsx"), bytes);
    expect(r.pad).toBe(j(map, "uit", "verzuim (2).xlsx"));
    expect(r.melding).toMatch(/bestond al .*niet overschreven.*verzuim \(2\)\.xlsx/);
    expect(readFileSync(j(map, "uit", "verzuim.xlsx"), "utf8")).toBe("van iemand anders");
    expect(readFileSync(r.pad).equals(bytes)).toBe(true);
  });

  test("een harde koppeling naar de invoer in de uitvoermap wordt niet overschreven", async () => {
    mkdirSync(j(map, "uit"));
    linkSync(invoer, j(map, "uit", "verzuim.xlsx"));
    const r = await schrijfKopie(invoer, j(map, "uit", "verzuim.xlsx"), bytes);
    expect(r.pad).toBe(j(map, "uit", "verzuim (2).xlsx"));
    expect(readFileSync(invoer, "utf8")).toBe("origineel");
  });

  test("staat precies deze kopie er al (nog eens gescand), dan blijft hij staan en komt er geen (2)", async () => {
    const doel = j(map, "uit", "verzuim.xlsx");
    await schrijfKopie(invoer, doel, bytes);
    const r = await schrijfKopie(invoer, doel, bytes);
    expect(r).toEqual({ pad: doel, melding: null });
    expect(readdirSync(j(map, "uit"))).toEqual(["verzuim.xlsx"]);
  });

  test("een map die niet gemaakt kan worden geeft een Nederlandse melding", async () => {
    writeFileSync(j(map, "bezet"), "een bestand, geen map");
    const fout = await schrijfKopie(invoer, j(map, "bezet", "verzuim.xlsx"), bytes).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(KopieFout);
    expect((fout as Error).message).toMatch(/kan niet geschreven worden: de map .* kan niet gemaakt worden/);
  });
});

describe("poortwachter scan --markeer", () => {
  let map: string;
  const draai = async (argv: string[]) => {
    let out = "";
    const code = await main(argv, { out: (s) => (out += s), err: () => undefined, isTTY: false });
    return { code, out };
  };
  beforeAll(async () => {
    map = mkdtempSync(path.join(tmpdir(), "pw-markeer-scan-"));
    for (const klant of ["bakker", "slager"]) {
      mkdirSync(j(map, "klanten", klant), { recursive: true });
      await maakExceljs(j(map, "klanten", klant, "verzuim.xlsx"));
    }
    writeFileSync(j(map, "klanten", "slager", "notitie.txt"), "geen werkmap");
  }, 60000);

  test("twee klanten met elk verzuim.xlsx blijven in de uitvoermap uit elkaar; nog eens scannen laat de kopieën staan", async () => {
    const uit = j(map, "uit");
    const invoer = [sha(j(map, "klanten", "bakker", "verzuim.xlsx")), sha(j(map, "klanten", "slager", "verzuim.xlsx"))];
    expect((await draai(["scan", j(map, "klanten"), "--peildatum", "2026-11-25", "--markeer", uit])).code).toBe(0);
    const a = j(uit, "bakker", "verzuim.xlsx");
    const b = j(uit, "slager", "verzuim.xlsx");
    expect([existsSync(a), existsSync(b)]).toEqual([true, true]);
    const kopie = sha(a);
    await draai(["scan", j(map, "klanten"), "--peildatum", "2026-12-01", "--markeer", uit]);
    expect(readdirSync(j(uit, "bakker"))).toEqual(["verzuim.xlsx"]);
    expect(sha(a)).toBe(kopie);
    expect([sha(j(map, "klanten", "bakker", "verzuim.xlsx")), sha(j(map, "klanten", "slager", "verzuim.xlsx"))]).toEqual(invoer);
  }, 60000);

  test("een kopie die niet geschreven kan worden wordt gemeld; de andere klant krijgt zijn kopie", async () => {
    const uit = j(map, "uit-bezet");
    mkdirSync(uit);
    writeFileSync(j(uit, "bakker"), "een bestand waar een map moet komen");
    const r = await draai(["scan", j(map, "klanten"), "--peildatum", "2026-11-25", "--markeer", uit, "--json"]);
    const rapport = JSON.parse(r.out) as JsonRapportV2;
    const meldingen = rapport.bestanden.filter((x) => x.bestand.includes("bakker")).flatMap((x) => (x.problemen ?? []).map((p) => p.melding));
    expect(meldingen.some((m) => /kopie kan niet geschreven worden/.test(m))).toBe(true);
    expect(existsSync(j(uit, "slager", "verzuim.xlsx"))).toBe(true);
  }, 60000);

  test("de invoermap onder een andere naam (symbolische koppeling) als uitvoermap wordt geweigerd", async () => {
    symlinkSync(j(map, "klanten", "bakker"), j(map, "zelfde"));
    const voor = readdirSync(j(map, "klanten", "bakker"));
    const r = await draai(["scan", j(map, "klanten", "bakker", "verzuim.xlsx"), "--peildatum", "2026-11-25", "--markeer", j(map, "zelfde"), "--json"]);
    const rapport = JSON.parse(r.out) as JsonRapportV2;
    expect(rapport.bestanden.some((b) => b.problemen?.some((p) => /nooit overschreven/.test(p.melding)))).toBe(true);
    expect(readdirSync(j(map, "klanten", "bakker"))).toEqual(voor);
  }, 60000);
});
