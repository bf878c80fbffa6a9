/**
 * De gekleurde kopie gaat stuk voor stuk naar schijf (issue 22): de zip wordt niet meer als één buffer gemaakt,
 * maar kop, gecomprimeerde bytes en centrale map gaan naar het tijdelijke bestand zodra ze klaar zijn
 * (`schrijfZipNaar`, `Pakket.schrijfNaar`, `markeerKopieStroom`, `Schrijver.schrijfMet`). Dezelfde bytes als in één
 * keer; dezelfde regels voor namen, overschrijven en opruimen; een fout halverwege laat niets half staan.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { maakRegisterXlsx } from "../../bench/hulp/register-xlsx";
import { main } from "../../src/cli/main";
import { markeerKopie, markeerKopieStroom } from "../../src/cli/pakket/markeer-kopie";
import { Pakket, PakketFout } from "../../src/cli/pakket/opc";
import { schrijfKopie } from "../../src/cli/pakket/uitvoer";
import { comprimeer, comprimeerNaar, schrijfZipNaar, ZipFout, ZipLezer } from "../../src/cli/pakket/zip";
import { SchrijfFout, Schrijver } from "../../src/cli/schrijven";
import { Pakket as PakketModel } from "../../src/pakket/opc";
import type { BronItem, PakketBron, ZipInvoer } from "../../src/pakket/zip";

jest.setTimeout(120000);

const j = path.join;
const TIJDELIJK = /^\.pw-\d+-[0-9a-f]+\.tmp$/;
const DATUM = new Date(2024, 0, 2, 3, 4, 6);
const BLAD = "xl/worksheets/sheet1.xml";

async function draai(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

let map: string;
let register: Buffer;
beforeAll(async () => {
  map = mkdtempSync(j(tmpdir(), "pw-stroom-"));
  register = await maakRegisterXlsx(3000); // kopie ~320 kB, het werkblad ~800 kB uitgepakt
}, 60000);
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Een pakket waarin het werkblad een `StukBron` is (zoals de kopie het skelet aanvult): pas bij het schrijven gelezen. */
async function pakketMetStukBron(): Promise<Pakket> {
  const p = await Pakket.open(register);
  const lengte = (await p.inhoud(BLAD))!.length;
  p.schrijf(BLAD, p.deel(BLAD, 0, lengte), DATUM);
  return p;
}

describe("de zip in stukken", () => {
  test("Pakket.schrijfNaar: dezelfde bytes als de zip in één keer (alles vooraf gecomprimeerd), maar in stukken van hooguit 64 kB", async () => {
    const stukken: Uint8Array[] = [];
    await (await pakketMetStukBron()).schrijfNaar((b) => stukken.push(Buffer.from(b)));
    const inEenKeer = Buffer.from(await PakketModel.prototype.bytes.call(await pakketMetStukBron(), comprimeer));
    expect(Buffer.concat(stukken).equals(inEenKeer)).toBe(true);
    // Het werkblad gecomprimeerd is groter dan één stuk: zonder stromen kwam het als één geheel.
    const lezer = await ZipLezer.open(inEenKeer);
    expect(lezer.zoek(BLAD)!.gecomprimeerd).toBeGreaterThan(64 * 1024);
    expect(Math.max(...stukken.map((s) => s.length))).toBeLessThanOrEqual(64 * 1024);
    expect(stukken.length).toBeGreaterThan(lezer.items.length * 2);
    // Onze lezer leest de kopie; het werkblad is byte voor byte het origineel.
    const origineel = await ZipLezer.open(register);
    expect((await lezer.bytes(lezer.zoek(BLAD)!)).equals(await origineel.bytes(origineel.zoek(BLAD)!))).toBe(true);
  });

  test("markeerKopieStroom geeft dezelfde bytes als markeerKopie; wat niet aan te vullen is, meldt hij vóór het schrijven", async () => {
    const stukken: Uint8Array[] = [];
    await (await markeerKopieStroom(register, []))((b) => stukken.push(Buffer.from(b)));
    expect(Buffer.concat(stukken).equals(await markeerKopie(register, []))).toBe(true);
    await expect(markeerKopieStroom(Buffer.from("geen zip"), [])).rejects.toThrow(PakketFout);
  });

  test("meer dan 65.535 onderdelen of een onderdeel van 4 GB: geweigerd (de schrijver kent geen zip64) in plaats van een kapotte zip", async () => {
    const veel: ZipInvoer[] = Array.from({ length: 65536 }, (_, i) => ({ naam: `x/${i}.xml`, inhoud: new Uint8Array(0), datum: DATUM, comprimeer: false }));
    const uit: Uint8Array[] = [];
    await expect(schrijfZipNaar(veel, (b) => uit.push(b))).rejects.toThrow(expect.objectContaining({ soort: "te groot" }));
    expect(uit).toEqual([]);
    // Een onderdeel dat (volgens de bron, zip64) 4 GB uitgepakt is, gaat niet ruw mee met afgekapte groottes.
    const item: BronItem = { naam: "groot.bin", methode: 8, versleuteld: false, gecomprimeerd: 1000, uitgepakt: 2 ** 32, crc: 0, vlag: 0, datum: DATUM, modus: null, commentaar: "", map: false };
    const bron: PakketBron = { items: [item], namen: () => ["groot.bin"], zoek: () => item, stukken: async function* () {}, ruweBytes: async () => new Uint8Array(1000) };
    await expect(schrijfZipNaar([{ naam: "groot.bin", ruw: { lezer: bron, item }, datum: DATUM }], () => undefined)).rejects.toThrow(ZipFout);
  });

  test("comprimeerNaar: een fout van de schrijver (schijf vol) stopt het comprimeren met die fout", async () => {
    let gelezen = 0;
    const bron = {
      async *stukken() {
        for (let i = 0; i < 200; i++) {
          gelezen++;
          yield Buffer.from(`<row r="${i}">${randomBytes(20000).toString("hex")}</row>`); // comprimeert slecht: veel uitvoer
        }
      },
    };
    let n = 0;
    const vol = new Error("ENOSPC");
    await expect(
      comprimeerNaar(bron, () => {
        if (++n === 2) throw vol;
      }),
    ).rejects.toBe(vol);
    expect(gelezen).toBeLessThan(200);
  });
});

describe("Schrijver.schrijfMet: in stukken naar het tijdelijke bestand", () => {
  test("de stukken staan al in het tijdelijke bestand terwijl er nog gemaakt wordt; de echte naam pas aan het eind", async () => {
    const m = j(map, "stukken");
    const doel = j(m, "kopie.xlsx");
    const groottes: number[] = [];
    const r = await new Schrijver().schrijfMet(
      doel,
      async (schrijf) => {
        for (let i = 0; i < 40; i++) {
          schrijf(Buffer.alloc(10000, i));
          await new Promise((k) => setImmediate(k));
          const tijdelijk = readdirSync(m).filter((n) => TIJDELIJK.test(n));
          expect(tijdelijk).toHaveLength(1);
          groottes.push(statSync(j(m, tijdelijk[0])).size);
          expect(existsSync(doel)).toBe(false);
        }
      },
      { wat: "de gekleurde kopie" },
    );
    expect(r.pad).toBe(doel);
    expect(readFileSync(doel).length).toBe(400000);
    expect(readFileSync(doel).subarray(390000).every((b) => b === 39)).toBe(true);
    expect(readdirSync(m)).toEqual(["kopie.xlsx"]);
    // Gebundeld tot ~64 kB per schrijfopdracht: het bestand groeit onderweg, in sprongen.
    expect(groottes.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 60000]);
    expect(new Set(groottes).size).toBeGreaterThan(3);
    expect(new Set(groottes).size).toBeLessThan(40);
  });

  test("een fout halverwege (PakketFout): geen bestand onder de echte naam, het tijdelijke is weg, de fout zelf gaat door", async () => {
    const m = j(map, "halverwege");
    mkdirSync(m);
    const fout = new PakketFout("Het onderdeel xl/worksheets/sheet1.xml is beschadigd (de zip-structuur klopt niet); er is geen kopie gemaakt.");
    const invoer = j(map, "in", "verzuim.xlsx");
    mkdirSync(path.dirname(invoer), { recursive: true });
    writeFileSync(invoer, register);
    await expect(
      schrijfKopie(invoer, j(m, "verzuim.xlsx"), async (uit) => {
        uit(Buffer.alloc(200000, 1)); // groter dan een bundel: staat al op schijf
        expect(readdirSync(m).filter((n) => TIJDELIJK.test(n))).toHaveLength(1);
        throw fout;
      }),
    ).rejects.toBe(fout);
    expect(readdirSync(m)).toEqual([]);
  });
});

describe("staat precies deze kopie er al: stuk voor stuk vergeleken", () => {
  const opties = { wat: "de gekleurde kopie", nummeren: true, gelijkIsGoed: true };
  const inhoud = randomBytes(64 * 1024 * 3 + 17); // meer dan drie blokken van 64 kB

  // Vier waarden per rij (lengte 0: de hele inhoud): met minder zou jest de laatste parameter als `done` zien.
  test.each([
    ["precies gelijk (meer blokken, laatste blok kort)", (b: Buffer) => b, ["k.xlsx"], 0],
    ["even groot, laatste byte anders", (b: Buffer) => Buffer.concat([b.subarray(0, b.length - 1), Buffer.from([b[b.length - 1] ^ 1])]), ["k (2).xlsx", "k.xlsx"], 0],
    ["even groot, anders in het tweede blok", (b: Buffer) => Buffer.concat([b.subarray(0, 70000), Buffer.from([b[70000] ^ 1]), b.subarray(70001)]), ["k (2).xlsx", "k.xlsx"], 0],
    ["een byte korter", (b: Buffer) => b.subarray(0, b.length - 1), ["k (2).xlsx", "k.xlsx"], 0],
    ["precies één blok en leeg erachter", (b: Buffer) => b, ["k.xlsx"], 64 * 1024],
  ])("%s", async (naam, bestaand, verwacht, lengte) => {
    const m = j(map, "gelijk", naam.replace(/\W+/g, "-"));
    mkdirSync(m, { recursive: true });
    const nieuw = lengte ? inhoud.subarray(0, lengte) : inhoud;
    writeFileSync(j(m, "k.xlsx"), bestaand(nieuw));
    const r = await new Schrijver().schrijfMet(j(m, "k.xlsx"), async (schrijf) => schrijf(nieuw), opties);
    expect(readdirSync(m).sort()).toEqual(verwacht);
    expect(readFileSync(r.pad).equals(nieuw)).toBe(true);
  });
});

describe("scan --markeer in stukken", () => {
  let invoer: string;
  beforeAll(() => {
    invoer = j(map, "klant", "verzuim.xlsx");
    mkdirSync(path.dirname(invoer), { recursive: true });
    writeFileSync(invoer, register);
  });

  test("de kopie gaat naar schijf; nog eens scannen geeft hetzelfde rapport (JSON), en nog eens markeren laat de kopie staan", async () => {
    const uit = j(map, "uit");
    const a = await draai(["scan", invoer, "--peildatum", "2026-11-25", "--markeer", uit, "--json"]);
    expect(readdirSync(uit)).toEqual(["verzuim.xlsx"]);
    const kopie = j(uit, "verzuim.xlsx");
    const b = await draai(["scan", kopie, "--peildatum", "2026-11-25", "--json"]);
    expect(b.code).toBe(a.code);
    const zonderPaden = (s: string) => {
      const d = JSON.parse(s);
      delete d.uitvoer;
      for (const f of d.bestanden) {
        delete f.bestand;
        delete f.kopie;
      }
      return d;
    };
    expect(zonderPaden(b.out)).toEqual(zonderPaden(a.out));
    expect(JSON.parse(a.out).bestanden[0].dossiers.length).toBeGreaterThan(1000);
    // Dezelfde invoer nog eens: precies deze kopie staat er al, dus geen "verzuim (2).xlsx".
    const eerder = readFileSync(kopie);
    await draai(["scan", invoer, "--peildatum", "2026-11-25", "--markeer", uit]);
    expect(readdirSync(uit)).toEqual(["verzuim.xlsx"]);
    expect(readFileSync(kopie).equals(eerder)).toBe(true);
  });

  test("schijf vol halverwege de kopie (tmpfs van 128 kB, kopie ~320 kB): de reden, exitcode 5, geen half bestand en geen tijdelijk bestand", async () => {
    const vol = j(map, "vol");
    mkdirSync(vol);
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=128k", "tmpfs", vol]).status !== 0) return console.warn("overgeslagen: mount -t tmpfs is hier niet toegestaan");
    try {
      const r = await draai(["scan", invoer, "--peildatum", "2026-11-25", "--markeer", j(vol, "kopie"), "--json"]);
      expect(r.code).toBe(5);
      const uitvoer = JSON.parse(r.out).uitvoer as { soort: string; fout: string | null }[];
      expect(uitvoer).toEqual([
        expect.objectContaining({ soort: "markeer", fout: expect.stringMatching(/^De gekleurde kopie kan niet geschreven worden: de schijf is vol .*Bestand: .*kopie\/verzuim\.xlsx\.$/) }),
      ]);
      expect(readdirSync(j(vol, "kopie"))).toEqual([]);
      // Halverwege: er paste wel iets (de schrijver schreef al stukken voor de schijf vol was).
      const s = new Schrijver();
      let geschreven = 0;
      await expect(
        s.schrijfMet(
          j(vol, "kopie", "los.bin"),
          async (schrijf) => {
            for (let i = 0; i < 64; i++) {
              schrijf(Buffer.alloc(16 * 1024, 7));
              geschreven++;
            }
          },
          { wat: "de gekleurde kopie" },
        ),
      ).rejects.toThrow(SchrijfFout);
      expect(geschreven).toBeGreaterThan(4);
      expect(readdirSync(j(vol, "kopie"))).toEqual([]);
    } finally {
      spawnSync("umount", [vol]);
    }
  });
});
