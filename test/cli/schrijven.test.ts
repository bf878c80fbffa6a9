/**
 * Eén veilige schrijver voor elke uitvoer (issue 20 en 23), eind-tot-eind op echte bestanden in een tijdelijke
 * map: nooit een invoerbestand, nooit via een symbolische koppeling, nooit over een bestaand bestand zonder
 * --overschrijf, fouten van het bestandssysteem in het Nederlands met exitcode 5, en nooit een tijdelijk
 * bestand dat achterblijft. De tests draaien als root: chmod houdt root niet tegen, dus de fouten komen uit
 * een pad onder een gewoon bestand (ENOTDIR), /proc en een te lange naam (ENAMETOOLONG).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { Schrijver, SchrijfFout } from "../../src/cli/schrijven";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const j = path.join;
const PEIL = ["--peildatum", "2026-11-25"];
const GEVOELIG = ["Soort verzuim", "Verzuimsoort", "Gezondheidssituatie", "Psychisch of fysiek", "Zwangerschapsgerelateerd"];
const GEVOELIGE_WAARDEN = ["psychisch-burn-out-xyz", "rugklachten-xyz", "zwanger-ja-xyz", "gezondheid-slecht-xyz", "verzuimsoort-lang-xyz"];

async function draai(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

async function maakRegister(bestand: string, naam: string, extra: { kop: string; waarde: string }[] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  ws.addTable({
    name: "Verzuim",
    ref: "A1",
    headerRow: true,
    columns: ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Telefoon", "Leidinggevende", ...extra.map((e) => e.kop)].map((name) => ({ name })),
    rows: [
      [naam, "1001", utc("2026-10-01"), null, null, "06-12345678", "P. Pieters", ...extra.map((e) => e.waarde)],
      [`${naam} II`, "1002", utc("2026-09-01"), utc("2026-10-05"), utc("2026-09-20"), "06-87654321", "P. Pieters", ...extra.map((e) => e.waarde)],
    ],
  });
  for (let c = 3; c <= 5; c++) ws.getColumn(c).numFmt = "dd-mm-yyyy";
  mkdirSync(path.dirname(bestand), { recursive: true });
  await wb.xlsx.writeFile(bestand);
}

/** Alle bestanden onder `map` (ook verborgen), recursief. */
function alles(map: string): string[] {
  const uit: string[] = [];
  for (const n of readdirSync(map)) {
    const p = j(map, n);
    if (lstatSync(p).isDirectory()) uit.push(...alles(p));
    else uit.push(p);
  }
  return uit;
}

const TIJDELIJK = /\.pw-\d+-[0-9a-f]+\.tmp$/;

let map: string;
let invoer: string;
let invoerSha: string;
beforeAll(async () => {
  map = mkdtempSync(j(tmpdir(), "pw-schrijven-"));
  invoer = j(map, "klanten", "klant.xlsx");
  await maakRegister(invoer, "Anna de Vries");
  invoerSha = sha(invoer);
}, 30000);
afterAll(() => rmSync(map, { recursive: true, force: true }));
afterEach(() => {
  // Na elke test: de invoer byte voor byte gelijk en nergens een tijdelijk bestand.
  expect(sha(invoer)).toBe(invoerSha);
  expect(alles(map).filter((p) => TIJDELIJK.test(p))).toEqual([]);
});

describe("nooit een invoerbestand", () => {
  test.each([
    ["--ics", (p: string) => ["scan", invoer, ...PEIL, "--ics", p]],
    ["--uitvoer", (p: string) => ["scan", invoer, ...PEIL, "--uitvoer", p]],
    ["--uitvoer met --json", (p: string) => ["scan", invoer, ...PEIL, "--json", "--uitvoer", p]],
    ["--uitvoer met --csv", (p: string) => ["scan", invoer, ...PEIL, "--csv", "--uitvoer", p]],
    ["statistiek --html", (p: string) => ["statistiek", invoer, "--van", "2026-01-01", "--tot", "2026-11-25", "--html", p]],
  ])("%s met het pad van de invoer (ook met --overschrijf): geweigerd, exitcode 5, de werkmap blijft", async (_n, argv) => {
    for (const extra of [[], ["--overschrijf"]]) {
      const r = await draai([...argv(invoer), ...extra]);
      expect(r.code).toBe(5);
      expect(r.err).toMatch(/wordt niet geschreven: dat is een invoerbestand/);
      expect(r.err).toContain(invoer);
    }
  });

  test.each([
    ["een andere schrijfwijze (..)", () => j(map, "klanten", "..", "klanten", "klant.xlsx")],
    ["een symbolische koppeling naar de invoer", () => (symlinkSync(invoer, j(map, "koppeling.ics")), j(map, "koppeling.ics"))],
  ])("--ics via %s: geweigerd", async (_n, doel) => {
    const r = await draai(["scan", invoer, ...PEIL, "--ics", doel(), "--overschrijf"]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/--ics\) .*wordt niet geschreven/);
  });

  test("--markeer in de map van de invoer: geweigerd met exitcode 5", async () => {
    const r = await draai(["scan", invoer, ...PEIL, "--markeer", j(map, "klanten"), "--json"]);
    expect(r.code).toBe(5);
    expect(JSON.parse(r.out).uitvoer).toEqual([{ soort: "markeer", bestand: invoer, fout: expect.stringMatching(/de map van het invoerbestand/) }]); // versie 2: geen pad: null
  });
});

describe("nooit via een symbolische koppeling, nooit over een bestaand bestand zonder --overschrijf", () => {
  test("--ics naar een koppeling: het doel van de koppeling blijft ongewijzigd, ook met --overschrijf", async () => {
    const ander = j(map, "ander.txt");
    writeFileSync(ander, "van iemand anders");
    symlinkSync(ander, j(map, "wijst.ics"));
    const r = await draai(["scan", invoer, ...PEIL, "--ics", j(map, "wijst.ics"), "--overschrijf"]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/symbolische koppeling/);
    expect(readFileSync(ander, "utf8")).toBe("van iemand anders");
    expect(readlinkSync(j(map, "wijst.ics"))).toBe(ander);
  });

  test.each([
    ["--ics", (p: string) => ["scan", invoer, ...PEIL, "--ics", p]],
    ["--uitvoer", (p: string) => ["scan", invoer, ...PEIL, "--uitvoer", p]],
    ["statistiek --html", (p: string) => ["statistiek", invoer, "--van", "2026-01-01", "--tot", "2026-11-25", "--html", p]],
  ])("%s naar een bestaand bestand: exitcode 5 en het bestand blijft; met --overschrijf vervangen", async (n, argv) => {
    const doel = j(map, `bestaat-${n.replace(/\W/g, "")}.txt`);
    writeFileSync(doel, "bewaren");
    const r = await draai(argv(doel));
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/bestaat al en wordt niet overschreven\. Kies een andere naam of geef --overschrijf/);
    expect(readFileSync(doel, "utf8")).toBe("bewaren");
    const o = await draai([...argv(doel), "--overschrijf"]);
    expect(o.code).toBe(0);
    expect(readFileSync(doel, "utf8")).not.toBe("bewaren");
  });

  test("--markeer en --deelkopie: een bestaand bestand krijgt een genummerde naam; met --overschrijf wordt het vervangen", async () => {
    const uit = j(map, "markeer-bestaat");
    mkdirSync(uit);
    writeFileSync(j(uit, "klant.xlsx"), "van iemand anders");
    writeFileSync(j(uit, "klant (deelkopie).xlsx"), "ook van iemand anders");
    const r = await draai(["scan", invoer, ...PEIL, "--markeer", uit, "--deelkopie", uit, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).uitvoer.map((x: { pad: string }) => path.basename(x.pad)).sort()).toEqual(["klant (2).xlsx", "klant (deelkopie 2).xlsx"]);
    expect(readFileSync(j(uit, "klant.xlsx"), "utf8")).toBe("van iemand anders");
    expect(readFileSync(j(uit, "klant (deelkopie).xlsx"), "utf8")).toBe("ook van iemand anders");
    const o = await draai(["scan", invoer, ...PEIL, "--markeer", uit, "--deelkopie", uit, "--json", "--overschrijf"]);
    expect(o.code).toBe(0);
    expect(JSON.parse(o.out).uitvoer.map((x: { pad: string }) => path.basename(x.pad)).sort()).toEqual(["klant (deelkopie).xlsx", "klant.xlsx"]);
    expect(readFileSync(j(uit, "klant.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(j(uit, "klant (deelkopie).xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test("--help noemt --overschrijf en exitcode 5", async () => {
    for (const argv of [["--help"], ["statistiek", "--help"]]) {
      const r = await draai(argv);
      expect(r.out).toMatch(/--overschrijf/);
      expect(r.out).toMatch(/5 [^\n]*(uitvoer|HTML-rapport)[^\n]*(kon niet|geschreven)/);
    }
  });

  test("--uitvoer met --json schrijft hetzelfde document als stdout, en noemt de agenda die ernaast geschreven is", async () => {
    const scherm = await draai(["scan", invoer, ...PEIL, "--json"]);
    const doel = j(map, "uit-json", "rapport.json");
    const ics = j(map, "uit-json", "agenda.ics");
    const r = await draai(["scan", invoer, ...PEIL, "--json", "--uitvoer", doel, "--ics", ics]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    const bestand = JSON.parse(readFileSync(doel, "utf8"));
    expect(bestand.bestanden).toEqual(JSON.parse(scherm.out).bestanden);
    expect(bestand.uitvoer).toEqual([{ soort: "ics", pad: ics }]); // versie 2: velden zonder waarde ontbreken
    expect(readFileSync(ics, "utf8")).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe("fouten van het bestandssysteem: een Nederlandse reden per uitvoer en exitcode 5", () => {
  test("een pad onder een gewoon bestand (ENOTDIR), een te lange naam (ENAMETOOLONG) en /proc: elk een eigen reden", async () => {
    writeFileSync(j(map, "gewoon-bestand"), "x");
    const lang = j(map, `${"a".repeat(300)}.ics`);
    const r = await draai([
      "scan",
      invoer,
      ...PEIL,
      "--json",
      "--ics",
      lang,
      "--markeer",
      j(map, "gewoon-bestand", "uit"),
      "--deelkopie",
      "/proc/pw-test-uit",
    ]);
    expect(r.code).toBe(5);
    const uitvoer = JSON.parse(r.out).uitvoer as { soort: string; pad?: string; fout: string }[];
    expect(uitvoer.map((x) => x.soort).sort()).toEqual(["deelkopie", "ics", "markeer"]);
    expect(uitvoer.every((x) => x.pad === undefined)).toBe(true);
    const reden = Object.fromEntries(uitvoer.map((x) => [x.soort, x.fout]));
    expect(reden.ics).toMatch(/^Het agendabestand \(--ics\) kan niet geschreven worden: de naam of het pad is te lang\. Bestand: /);
    expect(reden.markeer).toMatch(/^De gekleurde kopie kan niet geschreven worden: de map .*gewoon-bestand kan niet gemaakt worden \(er staat een bestand met die naam\)\. Bestand: .*klant\.xlsx\.$/);
    expect(reden.deelkopie).toMatch(/^De deelkopie kan niet geschreven worden: de map \/proc\/pw-test-uit kan niet gemaakt worden \(.+\)\. Bestand: \/proc\/pw-test-uit\/klant \(deelkopie\)\.xlsx\.$/);
    // Op stderr elk met zijn eigen reden; nergens een Engelse systeemmelding.
    for (const x of uitvoer) expect(r.err).toContain(x.fout);
    expect(r.err + r.out).not.toMatch(/ENOENT|ENOTDIR|ENAMETOOLONG|Error:/);
  });

  test("--markeer /proc/uit stopt meteen (Node's recursieve mkdir draait daar eeuwig)", async () => {
    const start = Date.now();
    const r = await draai(["scan", invoer, ...PEIL, "--markeer", "/proc/pw-test/uit/diep"]);
    expect(Date.now() - start).toBeLessThan(10000);
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/De gekleurde kopie kan niet geschreven worden: de map \/proc\/pw-test kan niet gemaakt worden/);
    expect(r.out).toMatch(/1 gevraagde uitvoer is niet geschreven/);
  });

  test("--uitvoer dat niet kan: meteen exitcode 5 met de reden, zonder te scannen", async () => {
    writeFileSync(j(map, "bezet"), "x");
    const r = await draai(["scan", invoer, ...PEIL, "--uitvoer", j(map, "bezet", "rapport.txt")]);
    expect(r.code).toBe(5);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^poortwachter: Het uitvoerbestand \(--uitvoer\) kan niet geschreven worden: de map .*bezet kan niet gemaakt worden/);
  });

  test("statistiek --html in een map onder een bestand: exitcode 5 met de reden, de cijfers staan wel op het scherm", async () => {
    writeFileSync(j(map, "bezet2"), "x");
    const r = await draai(["statistiek", invoer, "--van", "2026-01-01", "--tot", "2026-11-25", "--html", j(map, "bezet2", "cijfers.html")]);
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/Verzuimpercentage/);
    expect(r.err).toMatch(/Het HTML-rapport \(--html\) kan niet geschreven worden: de map .*bezet2 kan niet gemaakt worden/);
  });
});

/** Een eigen kleine tmpfs (alleen als root in een container of VM die dat toestaat; anders slaan deze tests over). */
function koppel(map: string, opties: string): boolean {
  mkdirSync(map, { recursive: true });
  return spawnSync("mount", ["-t", "tmpfs", "-o", opties, "tmpfs", map]).status === 0;
}
const ontkoppel = (map: string) => spawnSync("umount", [map]);

describe("een volle en een alleen-lezen schijf (tmpfs)", () => {
  let vol: string;
  let ro: string;
  let kan = false;
  beforeAll(() => {
    vol = j(map, "vol");
    ro = j(map, "ro");
    kan = koppel(vol, "size=64k") && koppel(ro, "size=64k") && spawnSync("mount", ["-o", "remount,ro", ro]).status === 0;
    if (kan) {
      // De schijf vullen tot er geen blok meer vrij is.
      try {
        writeFileSync(j(vol, "vulsel"), Buffer.alloc(1 << 20));
      } catch {
        /* ENOSPC: precies de bedoeling */
      }
    }
  });
  afterAll(() => {
    ontkoppel(vol);
    ontkoppel(ro);
  });

  test("schijf vol (ENOSPC): kopie, deelkopie en agenda elk met de reden, exitcode 5, geen lege of halve bestanden", async () => {
    if (!kan) return console.warn("overgeslagen: mount -t tmpfs is hier niet toegestaan");
    const r = await draai(["scan", invoer, ...PEIL, "--json", "--markeer", j(vol, "kopie"), "--deelkopie", j(vol, "deel"), "--ics", j(vol, "agenda.ics")]);
    expect(r.code).toBe(5);
    const uitvoer = JSON.parse(r.out).uitvoer as { soort: string; fout: string | null }[];
    expect(uitvoer.map((x) => x.soort).sort()).toEqual(["deelkopie", "ics", "markeer"]);
    for (const x of uitvoer) expect(x.fout).toMatch(/kan niet geschreven worden: .*(de schijf is vol|kan niet gemaakt worden \(de schijf is vol)/);
    expect(alles(vol).map((p) => path.relative(vol, p))).toEqual(["vulsel"]);
  });

  test("alleen-lezen (EROFS): een Nederlandse reden en exitcode 5", async () => {
    if (!kan) return console.warn("overgeslagen: mount -t tmpfs is hier niet toegestaan");
    const r = await draai(["scan", invoer, ...PEIL, "--markeer", j(ro, "uit"), "--ics", j(ro, "agenda.ics")]);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/De gekleurde kopie kan niet geschreven worden: de map .*ro\/uit kan niet gemaakt worden \(de schijf of map is alleen-lezen\)/);
    expect(r.err).toMatch(/Het agendabestand \(--ics\) kan niet geschreven worden: de schijf of map is alleen-lezen\./);
    expect(readdirSync(ro)).toEqual([]);
  });
});

describe("de schrijver zelf", () => {
  test("een tijdelijk bestand van een afgebroken run (proces bestaat niet meer) wordt opgeruimd; dat van een levend proces niet", async () => {
    const m = j(map, "resten");
    mkdirSync(m);
    // pid 2^22+1 bestaat niet (pid_max is hoogstens 2^22).
    writeFileSync(j(m, ".pw-4194305-abcdef.tmp"), "half");
    writeFileSync(j(m, `.pw-${process.ppid}-abcdef.tmp`), "van een levend proces");
    await new Schrijver().schrijf(j(m, "x.txt"), "inhoud", { wat: "de test" });
    expect(readdirSync(m).sort()).toEqual([`.pw-${process.ppid}-abcdef.tmp`, "x.txt"]);
    rmSync(j(m, `.pw-${process.ppid}-abcdef.tmp`));
  });

  test("afbreken ruimt het tijdelijke bestand op; een bestand dat de run al schreef wordt nooit overschreven", async () => {
    const s = new Schrijver(true);
    const t = await s.begin(j(map, "afgebroken.txt"), { wat: "de test" });
    t.schrijf("half");
    t.breekAf();
    expect(existsSync(j(map, "afgebroken.txt"))).toBe(false);
    await s.schrijf(j(map, "een.txt"), "eerste", { wat: "de test" });
    await expect(s.schrijf(j(map, "een.txt"), "tweede", { wat: "de test" })).rejects.toThrow(SchrijfFout);
    expect(readFileSync(j(map, "een.txt"), "utf8")).toBe("eerste");
  });

  test("Ctrl-C (SIGINT) tijdens het schrijven: het proces stopt en er blijft geen half bestand staan", async () => {
    const bouw = j(map, "bouw");
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--outDir", bouw, "--module", "commonjs", "--target", "es2022", "--types", "node", "--esModuleInterop", "--skipLibCheck", path.resolve(__dirname, "../../src/cli/schrijven.ts")], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    const doelMap = j(map, "signaal");
    const script = `
      const { Schrijver } = require(${JSON.stringify(j(bouw, "schrijven.js"))});
      (async () => {
        const t = await new Schrijver().begin(${JSON.stringify(j(doelMap, "kopie.xlsx"))}, { wat: "de test" });
        t.schrijf(Buffer.alloc(1 << 20, 65));
        process.stdout.write("bezig\\n");
        setInterval(() => t.schrijf("meer"), 10);
      })();`;
    const kind = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((klaar) => kind.stdout.once("data", () => klaar()));
    expect(readdirSync(doelMap).filter((n) => TIJDELIJK.test(n))).toHaveLength(1);
    const einde = new Promise<NodeJS.Signals | null>((klaar) => kind.on("exit", (_c, sig) => klaar(sig)));
    kind.kill("SIGINT");
    expect(await einde).toBe("SIGINT");
    expect(readdirSync(doelMap)).toEqual([]);
  }, 60000);
});

describe("de deelkopie: allow-list, gespiegelde submappen, paden in de JSON", () => {
  let uit: string;
  let r: Awaited<ReturnType<typeof draai>>;
  beforeAll(async () => {
    const extra = [...GEVOELIG.map((kop, i) => ({ kop, waarde: GEVOELIGE_WAARDEN[i] })), { kop: "Toelichting probleemanalyse", waarde: "toelichting-vertrouwelijk-xyz" }, { kop: "Naam partner", waarde: "partner-naam-xyz" }];
    await maakRegister(j(map, "deel", "bakker", "verzuim.xlsx"), "Bakker Eén", extra);
    await maakRegister(j(map, "deel", "slager", "verzuim.xlsx"), "Slager Twee", extra);
    uit = j(map, "te-delen");
    r = await draai(["scan", j(map, "deel"), ...PEIL, "--json", "--deelkopie", uit]);
  }, 30000);

  test("twee klanten met dezelfde bestandsnaam: elk in de eigen submap, en de JSON noemt de paden", () => {
    expect(r.code).toBe(0);
    const a = j(uit, "bakker", "verzuim (deelkopie).xlsx");
    const b = j(uit, "slager", "verzuim (deelkopie).xlsx");
    expect([existsSync(a), existsSync(b)]).toEqual([true, true]);
    expect(readdirSync(uit).sort()).toEqual(["bakker", "slager"]);
    expect(JSON.parse(r.out).uitvoer).toEqual([
      { soort: "deelkopie", bestand: j(map, "deel", "bakker", "verzuim.xlsx"), pad: a },
      { soort: "deelkopie", bestand: j(map, "deel", "slager", "verzuim.xlsx"), pad: b },
    ]);
  });

  test("geen gevoelige kolom, contactkolom of hun waarden in enig onderdeel van het pakket", async () => {
    const zip = await JSZip.loadAsync(readFileSync(j(uit, "bakker", "verzuim (deelkopie).xlsx")));
    const delen = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => [f.name, await f.async("string")] as const));
    expect(delen.length).toBeGreaterThan(3);
    for (const [naam, tekst] of delen) {
      for (const verboden of [...GEVOELIG, ...GEVOELIGE_WAARDEN, "Telefoon", "06-12345678", "Leidinggevende", "P. Pieters", "toelichting-vertrouwelijk-xyz", "partner-naam-xyz"]) {
        expect({ naam, bevat: tekst.includes(verboden) ? verboden : null }).toEqual({ naam, bevat: null });
      }
    }
    expect(delen.some(([, t]) => t.includes("Bakker Eén"))).toBe(true);
  });

  test("met --deel-kolom gaat een genoemde kolom wel mee (en alleen die)", async () => {
    const uit2 = j(map, "te-delen-2");
    const r2 = await draai(["scan", j(map, "deel", "bakker", "verzuim.xlsx"), ...PEIL, "--deelkopie", uit2, "--deel-kolom", "soort verzuim", "--deel-kolom", "Bestaat niet"]);
    expect(r2.code).toBe(0);
    expect(r2.out).toMatch(/--deel-kolom "Bestaat niet" staat niet in dit register/);
    const zip = await JSZip.loadAsync(readFileSync(j(uit2, "verzuim (deelkopie).xlsx")));
    const tekst = (await Promise.all(Object.values(zip.files).map((f) => f.async("string")))).join("\n");
    expect(tekst).toContain("Soort verzuim");
    for (const verboden of [...GEVOELIG.slice(1), ...GEVOELIGE_WAARDEN.slice(1), "Telefoon"]) expect(tekst).not.toContain(verboden);
  });
});
