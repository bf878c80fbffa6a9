/**
 * Vijandige en ongewone werkmappen (gevonden door een aanval op de lezer, 3-12-2026): elk geval las
 * verkeerd, verloor het register zonder melding, of liet Node zonder geheugen vallen. Nu: de juiste waarden,
 * of een Nederlandse reden en "onleesbaar".
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { leesBestand, STANDAARD_LIMIETEN } from "../../src/cli/lezen";
import { main } from "../../src/cli/main";
import type { JsonRapport } from "../../src/cli/rapport";
import { handWerkmap, schrijf } from "./generatoren/werkmappen";

const KOP = ["Werknemer", "Eerste ziektedag", "Probleemanalyse"];
const kopRij = (p = "") => `<${p}row r="1">${KOP.map((k, i) => `<${p}c r="${"ABC"[i]}1" t="inlineStr"><${p}is><${p}t>${k}</${p}t></${p}is></${p}c>`).join("")}</${p}row>`;
// Anna: eerste ziektedag 01-10-2026 (46296), probleemanalyse 05-11-2026 (46331).
const annaRij = (p = "") => `<${p}row r="2"><${p}c r="A2" t="inlineStr"><${p}is><${p}t>Anna</${p}t></${p}is></${p}c><${p}c r="B2"><${p}v>46296</${p}v></${p}c><${p}c r="C2"><${p}v>46331</${p}v></${p}c></${p}row>`;

let map: string;
beforeAll(() => {
  map = mkdtempSync(path.join(tmpdir(), "pw-vijandig-"));
});

/** Een handgemaakte werkmap, met daarna per onderdeel een bewerking (tekst of bytes). */
async function werkmap(naam: string, sheetData: string, bewerk: Record<string, (x: string) => string | Buffer> = {}): Promise<string> {
  const zip = await JSZip.loadAsync(await handWerkmap({ sheetData }));
  for (const [deel, f] of Object.entries(bewerk)) zip.file(deel, f(await zip.file(deel)!.async("string")));
  return schrijf(map, naam, await zip.generateAsync({ type: "nodebuffer" }));
}

async function scan(bestand: string): Promise<{ code: number; j: JsonRapport }> {
  let out = "";
  const code = await main(["scan", bestand, "--json", "--peildatum", "2026-11-25"], { out: (s) => void (out += s), err: () => undefined, isTTY: false });
  return { code, j: JSON.parse(out) as JsonRapport };
}

const utf16 = (x: string, be = false) => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(x.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]);
  if (!be) return le;
  const b = Buffer.from(le);
  for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};

describe("ongewone maar geldige XML: Anna wordt gelezen zoals Excel en LibreOffice haar lezen", () => {
  test.each([
    ["werkblad in UTF-16 (LE, met BOM)", () => werkmap("utf16.xlsx", kopRij() + annaRij(), { "xl/worksheets/blad1.xml": (x) => utf16(x) })],
    ["werkmap in UTF-16 BE", () => werkmap("utf16be.xlsx", kopRij() + annaRij(), { "xl/workbook.xml": (x) => utf16(x, true) })],
    ["CDATA in een tekst en in een waarde", () => werkmap("cdata.xlsx", kopRij() + annaRij().replace("<t>Anna</t>", "<t><![CDATA[Anna]]></t>").replace("<v>46296</v>", "<v><![CDATA[46296]]></v>"))],
    ["commentaar met een cel erin", () => werkmap("commentaar.xlsx", kopRij() + annaRij() + `<!-- <row r="2"><c r="B2"><v>1</v></c></row> -->`)],
    ["wortel zonder voorvoegsel, rijen en cellen met x:", () =>
      werkmap("voorvoegsel.xlsx", "", {
        "xl/worksheets/blad1.xml": (x) =>
          x.replace("<worksheet ", '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ').replace(/<sheetData>.*<\/sheetData>|<sheetData\/>/, `<x:sheetData>${kopRij("x:")}${annaRij("x:")}</x:sheetData>`),
      })],
    ['">" in een bladnaam', () => werkmap("groterdan.xlsx", kopRij() + annaRij(), { "xl/workbook.xml": (x) => x.replace('name="Blad 1"', 'name="Verzuim > 2026"') })],
  ])("%s", async (_n, maak) => {
    const bestand = await maak();
    const { code, j } = await scan(bestand);
    expect(code).toBe(0);
    const d = j.bestanden.flatMap((b) => b.dossiers);
    expect(d.map((x) => [x.werknemer, x.eersteZiektedag, x.mijlpalen.PA.gedaan])).toEqual([["Anna", "2026-10-01", "2026-11-05"]]);
  });
});

describe("meer dan een Excel-werkblad kan bevatten: een reden, geen crash", () => {
  test("een rij voorbij 1.048.576 (zoals een zipbom van rijen zonder adres)", async () => {
    const bestand = await werkmap("te-veel-rijen.xlsx", kopRij() + annaRij() + `<row r="1048577"><c r="A1048577"><v>7</v></c></row>`);
    const { code, j } = await scan(bestand);
    expect(code).toBe(3);
    expect(j.bestanden[0]).toMatchObject({ onleesbaar: true, problemen: [{ melding: expect.stringMatching(/^Het werkblad heeft cellen buiten wat Excel toestaat/) }] });
  });
  test("rijen zonder adres tellen door: de 1.048.577e rij stopt het lezen", async () => {
    const bestand = await werkmap("rijen-zonder-adres.xlsx", kopRij() + annaRij() + "<row><c><v>7</v></c></row>".repeat(1_048_576));
    await expect(leesBestand(bestand, STANDAARD_LIMIETEN)).rejects.toThrow(/buiten wat Excel toestaat/);
  }, 60_000);
  test("een CSV met meer dan 1.048.576 regels", async () => {
    const bestand = schrijf(map, "lang.csv", "Werknemer;Eerste ziektedag\r\n" + "Anna;1-10-2026\r\n".repeat(1_048_576));
    const { code, j } = await scan(bestand);
    expect(code).toBe(3);
    expect(j.bestanden[0].problemen[0].melding).toMatch(/^Het CSV-bestand heeft meer dan 1\.048\.576 regels/);
  }, 60_000);
});

describe("een leeg CSV-bestand is onleesbaar, zoals een lege werkmap", () => {
  test.each([
    ["0 bytes", ""],
    ["alleen een BOM en regeleinden", "\uFEFF\r\n\r\n"],
  ])("%s", async (_n, inhoud) => {
    const { code, j } = await scan(schrijf(map, `leeg-${inhoud.length}.csv`, inhoud));
    expect(code).toBe(3);
    expect(j.bestanden[0]).toMatchObject({ onleesbaar: true, problemen: [{ melding: expect.stringMatching(/leeg/) }] });
  });
});

describe("een beschadigd pakket (een onderdeel ontbreekt) is onleesbaar, niet 'geen register'", () => {
  test.each([
    ["het werkblad ontbreekt", "xl/worksheets/blad1.xml", /het blad "Blad 1" ontbreekt/],
    ["de relaties van de werkmap ontbreken", "xl/_rels/workbook.xml.rels", /het relatieonderdeel van de werkmap ontbreekt/],
  ])("%s", async (_n, weg, melding) => {
    const zip = await JSZip.loadAsync(await handWerkmap({ sheetData: kopRij() + annaRij() }));
    zip.remove(weg);
    const { code, j } = await scan(schrijf(map, `zonder-${path.basename(weg)}.xlsx`, await zip.generateAsync({ type: "nodebuffer" })));
    expect(code).toBe(3);
    expect(j.bestanden[0]).toMatchObject({ onleesbaar: true, problemen: [{ melding: expect.stringMatching(/^Het bestand is beschadigd/) }] });
    expect(j.bestanden[0].problemen[0].melding).toMatch(melding);
  });
});
