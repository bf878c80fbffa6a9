/**
 * De zipschrijver van de kopieën: een vervangen of nieuw onderdeel comprimeert node:zlib (native, DEFLATE
 * niveau 6 zoals Excel) en gaat als voorgecomprimeerde bytes met zijn CRC-32 naar fflate; STORE blijft STORE.
 * De CRC-32 komt van zlib.crc32 (Node ≥ 20.15 / 22.2) of van een tabel: beide geven hetzelfde.
 */
import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { crc32, schrijfZip, ZipLezer } from "../../src/cli/pakket/zip";

const DATUM = new Date(2024, 0, 2, 3, 4, 6);

describe("CRC-32", () => {
  it("de bekende waarde van '123456789' (0xCBF43926), met zlib.crc32 en met de tabel", () => {
    const b = new TextEncoder().encode("123456789");
    expect(crc32(b)).toBe(0xcbf43926);
    expect(crc32(b, true)).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0), true)).toBe(0);
  });
  it("tabel en native geven hetzelfde op willekeurige bytes", () => {
    for (const n of [1, 7, 1000, 65537]) {
      const b = randomBytes(n);
      expect(crc32(b, true)).toBe(crc32(b));
    }
  });
});

describe("schrijfZip", () => {
  it("comprimeert nieuwe inhoud met node:zlib (dezelfde bytes als deflateRaw niveau 6) met de juiste CRC; STORE blijft STORE", async () => {
    const tekst = Buffer.from(`<?xml version="1.0"?><sheetData>${'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(5000)}</sheetData>`);
    const zip = await schrijfZip([
      { naam: "xl/worksheets/sheet1.xml", inhoud: tekst, datum: DATUM },
      { naam: "mimetype", inhoud: Buffer.from("application/x"), datum: DATUM, comprimeer: false },
      { naam: "leeg.xml", inhoud: Buffer.alloc(0), datum: DATUM },
    ]);
    const lezer = await ZipLezer.open(zip);
    const blad = lezer.zoek("xl/worksheets/sheet1.xml")!;
    expect(blad.methode).toBe(8);
    expect(blad.entry.crc32).toBe(crc32(tekst));
    expect(blad.uitgepakt).toBe(tekst.length);
    expect(Buffer.compare(await lezer.ruweBytes(blad), deflateRawSync(tekst, { level: 6 }))).toBe(0);
    expect(Buffer.compare(await lezer.bytes(blad), tekst)).toBe(0);
    const mime = lezer.zoek("mimetype")!;
    expect(mime.methode).toBe(0);
    expect((await lezer.bytes(mime)).toString()).toBe("application/x");
    expect((await lezer.bytes(lezer.zoek("leeg.xml")!)).length).toBe(0);
  });

  it("een ruw overgenomen onderdeel houdt zijn bytes, ook naast opnieuw gecomprimeerde", async () => {
    const a = await schrijfZip([{ naam: "a.xml", inhoud: Buffer.from("<a>".repeat(999)), datum: DATUM }]);
    const la = await ZipLezer.open(a);
    const b = await schrijfZip([
      { naam: "a.xml", ruw: { lezer: la, item: la.zoek("a.xml")! }, datum: DATUM },
      { naam: "b.xml", inhoud: Buffer.from("<b/>"), datum: DATUM },
    ]);
    const lb = await ZipLezer.open(b);
    expect(Buffer.compare(await lb.ruweBytes(lb.zoek("a.xml")!), await la.ruweBytes(la.zoek("a.xml")!))).toBe(0);
    expect((await lb.bytes(lb.zoek("b.xml")!)).toString()).toBe("<b/>");
  });
});
