/**
 * De scan over een klantmap, eind-tot-eind door `main`: niets wordt stil overgeslagen (pijpen,
 * kringen van koppelingen, onleesbare mappen, slotbestanden), elk bestand één keer, grenzen aan omvang
 * en tijd, exitcodes, het slotoverzicht per bestand en CSV die veilig in Nederlandse Excel opent.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { JsonRapport } from "../../src/cli/rapport";
import { maakRegisterXlsx } from "../../bench/hulp/register-xlsx";
import { maakZip } from "../../bench/hulp/zip-schrijven";

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main([...argv, "--peildatum", "2026-11-25", "--stil"], { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const GEEN_JS = /Cannot read|TypeError|ReferenceError|undefined|\bat .*\.(ts|js):\d+/;
let basis: string;
let klant: string;

beforeAll(async () => {
  basis = mkdtempSync(path.join(tmpdir(), "pw-map-"));
  chmodSync(basis, 0o755);
  klant = path.join(basis, "klanten");
  mkdirSync(path.join(klant, "sub"), { recursive: true });
  writeFileSync(path.join(klant, "bakkerij.xlsx"), await maakRegisterXlsx(30));
  writeFileSync(path.join(klant, "sub", "garage.xlsx"), await maakRegisterXlsx(10));
  writeFileSync(path.join(klant, "kapot.xlsx"), Buffer.from("PK\u0003\u0004 dit is geen echte zip"));
  writeFileSync(path.join(klant, "brief.pdf"), "%PDF-1.4");
  writeFileSync(path.join(klant, "~$bakkerij.xlsx"), "slot");
  symlinkSync(klant, path.join(klant, "sub", "terug")); // kring: sub/terug → klanten
  symlinkSync(path.join(klant, "bakkerij.xlsx"), path.join(klant, "zelfde.xlsx")); // hetzelfde bestand
  symlinkSync("zelf.xlsx", path.join(klant, "zelf.xlsx")); // verwijst naar zichzelf
  spawnSync("mkfifo", [path.join(klant, "pijp.xlsx")]);
}, 60_000);

describe("een klantmap", () => {
  let r: { code: number; out: string; err: string };
  let j: JsonRapport;
  beforeAll(async () => {
    r = await draai(["scan", klant, "--json"]);
    j = JSON.parse(r.out) as JsonRapport;
  }, 60_000);

  test("elk bestand één keer, ook via een koppeling of een kring van mappen", () => {
    expect(j.bestanden.map((b) => path.relative(klant, b.bestand)).sort()).toEqual(["bakkerij.xlsx", "kapot.xlsx", "sub/garage.xlsx"]);
  });
  test.each([
    ["pijp (FIFO): nooit geopend", "pijp.xlsx", /pijp/],
    ["koppeling naar een al gescand bestand", "zelfde.xlsx", /hetzelfde bestand als/],
    ["koppeling die naar zichzelf verwijst", "zelf.xlsx", /kring/],
    ["map in een kring van koppelingen", "sub/terug", /al doorzocht/],
    ["Excel-slotbestand", "~$bakkerij.xlsx", /slotbestand/],
    ["geen werkmap", "brief.pdf", /geen werkmap/],
  ])("overgeslagen met reden: %s", (_n, bestand, reden) => {
    expect(j.overgeslagen?.find((o) => path.relative(klant, o.bestand) === bestand)?.reden).toMatch(reden);
  });
  test("een kapot bestand staat in de JSON als onleesbaar, met een Nederlandse reden", () => {
    const b = j.bestanden.find((x) => x.bestand.endsWith("kapot.xlsx"))!;
    expect(b.onleesbaar).toBe(true);
    expect(b.problemen[0].melding).toMatch(/beschadigd/);
    expect(b.problemen[0].melding).not.toMatch(GEEN_JS);
  });
  test("exitcode 4 en de overgeslagen bestanden op stderr", () => {
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/overgeslagen: .*pijp\.xlsx: geen gewoon bestand/);
  });
  test("het rapport eindigt met een overzicht per bestand, ook van wat niet gelezen is", async () => {
    const t = await draai(["scan", klant]);
    const overzicht = t.out.slice(t.out.indexOf("Overzicht per bestand:"));
    expect(overzicht).toMatch(/bakkerij\.xlsx\s+\d+ dossiers, \d+ te laat, \d+ binnenkort/);
    expect(overzicht).toMatch(/kapot\.xlsx\s+NIET GELEZEN: Het bestand is beschadigd/);
    expect(overzicht).toMatch(/1 van de 3 bestanden konden niet gelezen worden/);
    expect(overzicht).toMatch(/1 bestand dat geen werkmap is \(\.pdf: 1\)/);
    expect(t.out).toMatch(/Samenvatting: 3 bestanden, .*1 niet gelezen/);
  });
});

describe("exitcodes", () => {
  let goed: string;
  let kapot: string;
  beforeAll(async () => {
    goed = path.join(basis, "goed.xlsx");
    writeFileSync(goed, await maakRegisterXlsx(20));
    kapot = path.join(basis, "kapot.xlsx");
    writeFileSync(kapot, "geen werkmap");
  });
  test.each([
    ["0: alles gelezen", () => ["scan", goed], 0],
    ["1: te late termijnen met --streng", () => ["scan", goed, "--streng"], 1],
    ["2: onbekende optie", () => ["scan", goed, "--onzin"], 2],
    ["2: --max-mb zonder getal", () => ["scan", goed, "--max-mb", "veel"], 2],
    ["2: niets te scannen", () => ["scan", path.join(basis, "bestaat-niet.xlsx")], 2],
    ["3: niets kon gelezen worden", () => ["scan", kapot], 3],
    ["4: een deel kon niet gelezen worden (ook met --streng)", () => ["scan", goed, kapot, "--streng"], 4],
  ])("%s", async (_n, argv, code) => {
    expect((await draai((argv as () => string[])()).then((x) => x.code))).toBe(code);
  });
});

describe("grenzen per bestand", () => {
  test.each([
    [
      "groter dan --max-mb",
      async () => Buffer.concat([await maakRegisterXlsx(10), Buffer.alloc(2 * 1024 * 1024)]),
      ["--max-mb", "1"],
      /groter dan 1 MB/,
    ],
    [
      "zipbom: klein bestand dat tot meer dan 40 × --max-mb uitpakt",
      () =>
        maakZip([
          { naam: "_rels/.rels", inhoud: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
          { naam: "xl/workbook.xml", inhoud: '<workbook xmlns:r="r"><sheets><sheet name="B" sheetId="1" r:id="rId1"/></sheets></workbook>' },
          { naam: "xl/_rels/workbook.xml.rels", inhoud: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
          { naam: "xl/worksheets/sheet1.xml", inhoud: (function* () { yield "<worksheet><sheetData>"; for (let i = 0; i < 60; i++) yield " ".repeat(1 << 20); yield "</sheetData></worksheet>"; })() },
        ]),
      ["--max-mb", "1"],
      /zipbom/,
    ],
    ["langer dan --max-seconden", () => maakRegisterXlsx(20_000), ["--max-seconden", "0,001"], /langer dan 0,001 seconden/],
  ])("%s: niet gelezen, met een Nederlandse melding", async (_n, maak, opties, melding) => {
    const f = path.join(basis, `grens-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(f, await (maak as () => Promise<Buffer>)());
    const r = await draai(["scan", f, "--json", ...(opties as string[])]);
    const j = JSON.parse(r.out) as JsonRapport;
    expect(r.code).toBe(3);
    expect(j.bestanden[0].problemen[0].melding).toMatch(melding as RegExp);
  }, 60_000);
});

describe("CSV-uitvoer", () => {
  test("UTF-8-BOM, ;, geen veld dat Excel als formule uitvoert, en het onleesbare bestand met reden", async () => {
    const m = path.join(basis, "csv");
    mkdirSync(m);
    writeFileSync(
      path.join(m, "register.csv"),
      "Werknemer;Eerste ziektedag\r\n=HYPERLINK(\"http://x\");1-10-2026\r\n@SOM(A1);2-10-2026\r\n+31 6 1234;3-10-2026\r\n-Piet;4-10-2026\r\n\"\tTab\";5-10-2026\r\nZoë;6-10-2026\r\n",
    );
    writeFileSync(path.join(m, "kapot.xlsx"), "x");
    const r = await draai(["scan", m, "--csv"]);
    expect(r.out.startsWith("\uFEFFbestand;blad;")).toBe(true);
    const velden = r.out.split("\r\n").map((regel) => regel.split(";")[4]);
    expect(velden).toEqual(expect.arrayContaining(['"\'=HYPERLINK(""http://x"")"', "\"'@SOM(A1)\"", "\"'+31 6 1234\"", "\"'-Piet\"", "Zoë"]));
    expect(r.out).not.toMatch(/(^|;)[=+\-@]/m);
    expect(r.out).toMatch(/kapot\.xlsx(;){17}"Het bestand is geen Excel-werkmap/);
    expect(r.code).toBe(4);
  });
});

const alsRoot = process.getuid?.() === 0 && typeof process.seteuid === "function" ? test : test.skip;

describe("een map zonder leesrechten", () => {
  // Als root mag alles gelezen worden: dan draait de scan met de rechten van 'nobody' (seteuid), en daarna weer als root.
  alsRoot("wordt gemeld als niet gelezen (exitcode 4); de rest van de scan gaat door", async () => {
    const m = path.join(basis, "rechten");
    mkdirSync(path.join(m, "dicht"), { recursive: true });
    writeFileSync(path.join(m, "open.xlsx"), await maakRegisterXlsx(5));
    chmodSync(path.join(m, "open.xlsx"), 0o644);
    chmodSync(m, 0o755);
    chmodSync(path.join(m, "dicht"), 0o000);
    let r;
    process.seteuid!(65534);
    try {
      r = await draai(["scan", m, "--json"]);
    } finally {
      process.seteuid!(0);
    }
    const j = JSON.parse(r.out) as JsonRapport;
    expect(r.code).toBe(4);
    expect(j.bestanden.find((b) => b.bestand.endsWith("dicht"))?.problemen[0].melding).toMatch(/De map kan niet gelezen worden: Geen toegang/);
    expect(j.bestanden.find((b) => b.bestand.endsWith("open.xlsx"))?.dossiers.length).toBeGreaterThan(0);
  });
});

describe("meldingen herhalen geen vrije tekst uit cellen (AVG)", () => {
  test.each([
    ["woord in een datumkolom", "Eerste ziektedag", "griep", /De tekst in de cel is geen datum/],
    ["woord in een mijlpaalkolom", "Probleemanalyse", "burn-out gesprek", /De tekst in de cel is geen datum/],
    ["woord in een ja/nee-kolom", "Persoonsprofiel", "depressief, nog niet", /De tekst in de cel is geen ja\/nee/],
    ["onbekende uitzondering spoor 2", "Uitzondering spoor 2", "terminaal ziek", /De tekst in de cel is geen herkende uitzondering/],
    ["een onmogelijke datum wordt wel getoond", "Probleemanalyse", "31-02-2026", /"31-02-2026" bestaat niet als datum/],
  ])("%s", async (_n, kolom, waarde, melding) => {
    const f = path.join(basis, `vrij-${Math.random().toString(36).slice(2)}.csv`);
    const koppen = ["Werknemer", "Eerste ziektedag", kolom].filter((k, i, a) => a.indexOf(k) === i);
    const rij = koppen.map((k) => (k === "Werknemer" ? "Anna" : k === kolom ? waarde : "1-10-2026"));
    writeFileSync(f, `${koppen.join(";")}\n${rij.join(";")}\n`);
    const r = await draai(["scan", f, "--json"]);
    const meldingen = (JSON.parse(r.out) as JsonRapport).bestanden.flatMap((b) => b.problemen.map((p) => p.melding));
    expect(meldingen).toEqual(expect.arrayContaining([expect.stringMatching(melding)]));
    if (!/^\d/.test(waarde)) expect(meldingen.join("\n")).not.toContain(waarde.split(" ")[0]);
  });
});
