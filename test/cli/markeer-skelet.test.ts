/**
 * De gekleurde kopie zonder een werkblad als één tekst (issue 22): van een werkblad van de gebruiker leest de kopie
 * alleen het skelet (alles buiten de inhoud van <sheetData>); de rijen gaan bij het schrijven stuk voor stuk van de
 * invoer naar de kopie, en het verborgen blad wordt pas dan gemaakt. De kopie moet byte voor byte dezelfde zijn als
 * met het hele blad als tekst (`heelBlad`), hoe de uitgepakte bytes ook in stukken komen (tot één byte per stuk),
 * en bij wat het skelet niet aankan (commentaar, CDATA, dxfId in een cel, ongeldige UTF-8, kapotte XML) neemt de
 * kopie het hele blad, met dezelfde uitkomst of dezelfde melding.
 */
import { deflateRawSync } from "node:zlib";
import { Pakket, pakketBytes, type StukBron } from "../../src/cli/pakket/opc";
import { comprimeer, crc32, ZipLezer, type ZipItem } from "../../src/cli/pakket/zip";
import { parseISO } from "../../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { maakMarkeringPlan, type MarkeringPlan } from "../../src/core/markering";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister } from "../../src/core/register";
import { leesSkelet, markeerPakket, type MarkeerOpties } from "../../src/pakket/markeer-kopie";
import { Pakket as PakketModel } from "../../src/pakket/opc";
import type { BronItem, PakketBron } from "../../src/pakket/zip";
import { KOPPEN, RIJEN, serienummer } from "../fixtures/werkmappen/maak";

jest.setTimeout(120000);

/** Een bron die elk onderdeel in stukken van `n` bytes uitpakt (yauzl geeft stukken van ~16 KB). */
class InStukjes implements PakketBron {
  constructor(
    private readonly z: ZipLezer,
    private readonly n: number,
  ) {}
  get items() {
    return this.z.items;
  }
  namen() {
    return this.z.namen();
  }
  zoek(naam: string) {
    return this.z.zoek(naam);
  }
  async *stukken(item: BronItem): AsyncGenerator<Uint8Array> {
    for await (const s of this.z.stukken(item as ZipItem)) for (let i = 0; i < s.length; i += this.n) yield s.subarray(i, i + this.n);
  }
  ruweBytes(item: BronItem) {
    return this.z.ruweBytes(item as ZipItem);
  }
}
class ToetsPakket extends Pakket {
  static async inStukjes(bytes: Buffer, n: number): Promise<ToetsPakket> {
    return new ToetsPakket(new InStukjes(await ZipLezer.open(bytes), n));
  }
}

const PEILDATUM = (() => {
  const r = parseISO("2026-11-25");
  if (!r.ok) throw new Error("peildatum");
  return r.waarde;
})();
function planVoor(blad: string, rijen = RIJEN): MarkeringPlan {
  const waarden = [KOPPEN, ...rijen.map((r) => r.map((v) => (v && /^\d{4}-/.test(v) ? serienummer(v) : v)))];
  const register = leesRegister(waarden, { datumsysteem: "1900", rijOffset: 3, kolomOffset: 1, blad, tabel: "Verzuim" });
  if (!register) throw new Error("register niet gelezen");
  const { items } = evalueerRegister(register, PEILDATUM, STANDAARD_INSTELLINGEN);
  return maakMarkeringPlan(register, items, { index: 1, datumsysteem: "1900", horizonDagen: STANDAARD_INSTELLINGEN.horizonDagen, celInhoud: (rij, kolom) => waarden[rij - 3]?.[kolom - 1] });
}
const PLAN = planVoor("Verzuim");

// ---- Een werkmap met één blad, waarvan het werkblad per geval anders is -------------------------------
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DATUM = new Date(2024, 0, 2, 3, 4, 6);

async function werkmap(blad: Uint8Array | string): Promise<Buffer> {
  const p = PakketModel.leeg();
  p.schrijf(
    "[Content_Types].xml",
    `${KOP}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    DATUM,
  );
  p.schrijf("_rels/.rels", `${KOP}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`, DATUM);
  p.schrijf("xl/workbook.xml", `${KOP}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Verzuim" sheetId="1" r:id="rId1"/></sheets></workbook>`, DATUM);
  p.schrijf(
    "xl/_rels/workbook.xml.rels",
    `${KOP}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    DATUM,
  );
  p.schrijf(
    "xl/styles.xml",
    `${KOP}<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf/><xf numFmtId="14"/></cellXfs><dxfs count="2"><dxf><font><b/></font></dxf><dxf><font><i/></font></dxf></dxfs></styleSheet>`,
    DATUM,
  );
  p.schrijf("xl/worksheets/sheet1.xml", blad, DATUM);
  return pakketBytes(p);
}

/** Rijen met meerbytetekens, aanhalingstekens, > in tekst en in attribuutwaarden, lege cellen en witruimte. */
function rijen(p = "", aantal = 60): string {
  let s = "\n";
  for (let r = 1; r <= aantal; r++) {
    s +=
      `<${p}row r="${r}" spans="1:3"><${p}c r="A${r}" t="inlineStr"><${p}is><${p}t>Naam ${r} é "x" a&gt;b > c 😀</${p}t></${p}is></${p}c>` +
      `<${p}c r="B${r}" s="1"><${p}v>${46000 + r}</${p}v></${p}c><${p}c r="C${r}" t="str" q='a>b/>' w="'"/></${p}row>\n`;
  }
  return s;
}
function blad(o: { data?: string; voor?: string; na?: string; p?: string; sheetData?: string } = {}): string {
  const p = o.p ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}" xmlns:r="${REL}"` : `xmlns="${MAIN}" xmlns:r="${REL}"`;
  const sd = o.sheetData ?? `<${p}sheetData>${o.data ?? rijen(p)}</${p}sheetData>`;
  return `${KOP}<${p}worksheet ${ns}><${p}dimension ref="A1:C60"/>${o.voor ?? ""}${sd}${o.na ?? ""}</${p}worksheet>`;
}
const MARGES = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
const OPMAAK_NA =
  '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="2147483647"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="E4:E9"><cfRule type="expression" dxfId="1" priority="3"><formula>INDEX(PW_T_1,ROW(E4),COLUMN(E4))=1</formula></cfRule></conditionalFormatting>' +
  `${MARGES}<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting><x14:cfRule type="expression" priority="7" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;

const metSkelet: [string, () => Uint8Array | string][] = [
  ["gewoon", () => blad({ na: MARGES })],
  ["met voorvoegsel x:", () => blad({ p: "x:", na: MARGES.replace("<pageMargins", "<x:pageMargins") })],
  ["met BOM", () => `\uFEFF${blad({ na: MARGES })}`],
  ["eigen regel en prioriteit 2147483647 na de rijen, x14-regels", () => blad({ na: OPMAAK_NA })],
  ["opmaak vóór de rijen (verkeerde volgorde)", () => blad({ voor: '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>' })],
  ["kop over veel stukken (kolombreedtes)", () => blad({ voor: `<cols>${Array.from({ length: 400 }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="9.5" customWidth="1"/>`).join("")}</cols>`, na: MARGES })],
  ["sheetData met attributen, geen staart", () => blad({ sheetData: `<sheetData x="a>b" y='</sheetData>'>${rijen()}</sheetData  >` })],
];
const zonderSkelet: [string, () => Uint8Array | string][] = [
  ["commentaar in de rijen", () => blad({ data: `${rijen()}<!-- </sheetData> -->`, na: MARGES })],
  ["CDATA in een cel", () => blad({ data: `${rijen()}<row r="61"><c r="A61" t="inlineStr"><is><t><![CDATA[</sheetData>]]></t></is></c></row>` })],
  ["verwerkingsinstructie in de rijen", () => blad({ data: `<?pi x?>${rijen()}` })],
  ["dxfId in een cel", () => blad({ data: `${rijen()}<row r="61"><c r="A61" t="inlineStr"><is><t>dxfId="0"</t></is></c></row>`, na: MARGES })],
  ["cfRule in een cel", () => blad({ data: `${rijen()}<row r="61"><c r="A61" t="inlineStr"><is><t>&lt;cfRule priority="9999999999"</t></is></c></row>`, na: OPMAAK_NA })],
  ["ongeldige UTF-8 in een cel", () => {
    const b = Buffer.from(blad({ data: rijen().replace("Naam 7 ", "Naam 7 \u0001"), na: MARGES }));
    b[b.indexOf(1)] = 0xff;
    return b;
  }],
  ["lege sheetData", () => blad({ sheetData: "<sheetData/>", na: MARGES })],
  ["geen sheetData", () => blad({ sheetData: "", na: MARGES })],
];
const kapot: [string, () => Uint8Array | string][] = [
  ["rijen niet in evenwicht", () => blad({ data: '<row r="1"><c r="A1"></row>', na: MARGES })],
  ["kapotte staart", () => blad({ na: '<pageMargins left="0.7' })],
  ["kapotte tag in de rijen", () => blad({ data: '<row r="1"><c r="A1></row>' })],
];

async function kopie(invoer: Buffer, n: number, opties: MarkeerOpties, plan = PLAN): Promise<Buffer | string> {
  const p = await ToetsPakket.inStukjes(invoer, n);
  try {
    await markeerPakket(p, [plan], undefined, opties);
    return await p.bytes();
  } catch (e) {
    return `fout: ${(e as Error).message}`;
  }
}

async function soort(invoer: Buffer, n: number): Promise<string> {
  const sk = await leesSkelet(await ToetsPakket.inStukjes(invoer, n), "xl/worksheets/sheet1.xml");
  return typeof sk === "string" ? sk : "skelet";
}

const STUKKEN = [1, 2, 3, 7, 64, 1 << 20];

describe.each([
  ["skelet", metSkelet],
  ["terug naar het hele blad", zonderSkelet],
  ["kapotte XML", kapot],
] as const)("%s: dezelfde kopie (of melding) als met het hele blad als tekst, bij elke stukgrootte", (groep, gevallen) => {
  test.each(gevallen)("%s", async (_naam, maak) => {
    const invoer = await werkmap(maak());
    const verwacht = await kopie(invoer, 1 << 20, { heelBlad: true });
    if (groep === "kapotte XML") expect(verwacht).toMatch(/^fout: De werkmap bevat een onderdeel dat geen geldige XML is/);
    else expect(Buffer.isBuffer(verwacht)).toBe(true);
    for (const n of STUKKEN) {
      expect(await soort(invoer, n)).toBe(groep === "skelet" ? "skelet" : "terug");
      expect(await kopie(invoer, n, {})).toEqual(verwacht);
    }
  });
});

test("de kopie van een gemarkeerde kopie is dezelfde (ook met skelet en het verborgen blad in stukken)", async () => {
  const invoer = await werkmap(blad({ na: OPMAAK_NA }));
  const een = (await kopie(invoer, 5, {})) as Buffer;
  expect(await kopie(een, 3, {})).toEqual(een);
  expect(await kopie(een, 1 << 20, { heelBlad: true })).toEqual(een);
});

describe("het verborgen blad: pas bij het schrijven gemaakt, en bij nog eens markeren stuk voor stuk vergeleken", () => {
  // sheet2 is het legendablad (ook pas bij het schrijven gemaakt), sheet3 het verborgen blad.
  const VERBORGEN = "xl/worksheets/sheet3.xml";
  const PLAN_LATER = planVoor("Verzuim", RIJEN.slice(0, -2));
  const onderdeel = async (zip: Buffer, naam: string) => (await ZipLezer.open(zip)).bytes((await ZipLezer.open(zip)).zoek(naam)!);

  test("na markeerPakket is het verborgen blad nog niet gemaakt (geen grootte); de kopie heeft het wel", async () => {
    const p = await ToetsPakket.inStukjes(await werkmap(blad({ na: MARGES })), 1 << 20);
    await markeerPakket(p, [PLAN]);
    expect(p.heeft(VERBORGEN)).toBe(true);
    expect(p.grootte(VERBORGEN)).toBeNull();
    expect(p.grootte("xl/worksheets/sheet2.xml")).toBeNull();
    const tekst = (await onderdeel(await p.bytes(), VERBORGEN)).toString("utf8");
    expect(tekst).toMatch(/^<\?xml[^>]*>\n<worksheet [^>]*><dimension ref="A1:[A-Z]+\d+"\/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>[^<]+<\/t><\/is><\/c><\/row><row r="\d+">/);
    expect(tekst.endsWith("</sheetData></worksheet>")).toBe(true);
  });

  test("een ander plan op een gemarkeerde kopie: het verborgen blad wordt dat van het nieuwe plan", async () => {
    const invoer = await werkmap(blad({ na: MARGES }));
    const meteen = (await kopie(invoer, 1 << 20, {}, PLAN_LATER)) as Buffer;
    const eerst = (await kopie(invoer, 1 << 20, {})) as Buffer;
    const daarna = (await kopie(eerst, 7, {}, PLAN_LATER)) as Buffer;
    expect((await onderdeel(eerst, VERBORGEN)).equals(await onderdeel(meteen, VERBORGEN))).toBe(false);
    expect((await onderdeel(daarna, VERBORGEN)).equals(await onderdeel(meteen, VERBORGEN))).toBe(true);
  });

  test("gelijk als tekst (een BOM ervoor telt niet, zoals bij leesTekst): het blad blijft zoals het was", async () => {
    const eerst = (await kopie(await werkmap(blad({ na: MARGES })), 1 << 20, {})) as Buffer;
    const p = await Pakket.open(eerst);
    const metBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await onderdeel(eerst, VERBORGEN)]);
    p.schrijf(VERBORGEN, metBom, DATUM);
    const invoer = await p.bytes();
    for (const n of [1, 5, 1 << 20]) expect((await onderdeel((await kopie(invoer, n, {})) as Buffer, VERBORGEN)).equals(metBom)).toBe(true);
    // Eén teken anders (of een teken meer aan het eind): dan wel opnieuw.
    for (const anders of [Buffer.from(metBom.toString("utf8").replace('<row r="1">', '<row r="1" >')), Buffer.concat([metBom, Buffer.from(" ")])]) {
      const q = await Pakket.open(eerst);
      q.schrijf(VERBORGEN, anders, DATUM);
      expect((await onderdeel((await kopie(await q.bytes(), 3, {})) as Buffer, VERBORGEN)).equals(await onderdeel(eerst, VERBORGEN))).toBe(true);
    }
  });
});

describe("StukBron: inhoud die pas bij het schrijven in stukken komt", () => {
  const tekst = Buffer.from(`<sheetData>${Array.from({ length: 20000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 10007}</v></c></row>`).join("")}</sheetData>`);
  const bron = (n: number): StukBron => ({
    async *stukken() {
      for (let i = 0; i < tekst.length; i += n) yield tekst.subarray(i, i + n);
    },
  });

  test.each([1000, 4093, 65536, 1 << 22])("comprimeer in stukken van %d bytes geeft dezelfde bytes, CRC en grootte als in één keer", async (n) => {
    const g = await comprimeer(bron(n));
    expect(Buffer.compare(g.bytes, deflateRawSync(tekst, { level: 6 }))).toBe(0);
    expect(g.crc).toBe(crc32(tekst));
    expect(g.grootte).toBe(tekst.length);
  });

  test("Pakket.deel: precies de bytes van..tot, bij elke stukgrootte, ook nadat het onderdeel vervangen is; schrijf met een StukBron geeft dezelfde zip als met bytes", async () => {
    const p = PakketModel.leeg();
    p.schrijf("a.xml", tekst, DATUM);
    const invoer = await pakketBytes(p);
    for (const n of [3, 4096, 1 << 20]) {
      for (const [van, tot] of [[0, tekst.length], [5, 17], [4095, 70001], [tekst.length - 3, tekst.length], [9, 9]]) {
        const q = await ToetsPakket.inStukjes(invoer, n);
        const deel = q.deel("a.xml", van, tot);
        q.schrijf("a.xml", "vervangen", DATUM);
        const delen: Uint8Array[] = [];
        for await (const s of deel.stukken()) delen.push(s);
        expect(Buffer.concat(delen).equals(tekst.subarray(van, tot))).toBe(true);
        expect(deel.grootte).toBe(tot - van);
        q.schrijf("a.xml", deel, DATUM);
        const r = PakketModel.leeg();
        r.schrijf("a.xml", tekst.subarray(van, tot), DATUM);
        expect((await q.bytes()).equals(await pakketBytes(r))).toBe(true);
        // En zonder comprimeerder (fflate, zoals het taakvenster): ook dezelfde bytes.
        expect(Buffer.from(await PakketModel.prototype.bytes.call(q)).equals(Buffer.from(await r.bytes()))).toBe(true);
      }
    }
  });
});
