/**
 * Een register rij voor rij lezen (RegisterStroom, zoals de scanner de XML van een werkblad doorloopt) geeft
 * precies wat leesRegisterDeel op het hele blok geeft: dezelfde kolommen, problemen, rijen en dossiers. Getoetst op
 * tweehonderd gegenereerde registers met titels, lege rijen en kolommen ervoor, tikfouten, dubbele en medische
 * kolommen, datums als tekst, n.v.t., foutwaarden, zelden ingevulde kolommen en kolommen die pas laat tekst blijken
 * te bevatten; en via de xlsx-lezer op werkbladen met samengevoegde cellen en rijen in de verkeerde volgorde (dan
 * leest de scanner het blad als geheel).
 */
import { naarExcelSerienummer } from "../../src/core/dagen";
import { leesRegisterDeel, type Cel, type LeesOpties, type Register, type RegisterDeel } from "../../src/core/register";
import { kandidaatKoppen } from "../../src/core/register/koprij";
import { alleDossiers, groepeer } from "../../src/core/register/dossiers";
import { BEWAAR_MAX, RegisterStroom, type GestroomdDeel } from "../../src/core/register/stroom";
import { leesXlsx, type StroomMaker } from "../../src/cli/lezen/xlsx";
import { Bewaker, STANDAARD_LIMIETEN } from "../../src/cli/lezen/fout";
import { maakZip } from "../../bench/hulp/zip-schrijven";
import { rng } from "../../bench/hulp/rng";
import { d } from "../helpers";

/** Een blad: werkbladrij → cellen op index kolom − 1 (alleen rijen met iets erin). */
type Blad = Map<number, Cel[]>;

const isLeeg = (c: Cel | undefined) => c === undefined || c === null || c === "";

/** Het gebruikte bereik als blok, zoals blokkenVanBlad het zonder tabel maakt. */
function alsBlok(blad: Blad): { waarden: Cel[][]; rijOffset: number; kolomOffset: number } | null {
  let boven = Infinity;
  let onder = 0;
  let links = Infinity;
  for (const [r, a] of blad) {
    a.forEach((c, k) => {
      if (isLeeg(c)) return;
      boven = Math.min(boven, r);
      onder = Math.max(onder, r);
      links = Math.min(links, k + 1);
    });
  }
  if (onder === 0) return null;
  const waarden: Cel[][] = [];
  for (let r = boven; r <= onder; r++) {
    const a = blad.get(r);
    waarden.push(a === undefined ? [] : links === 1 ? a : a.slice(links - 1));
  }
  return { waarden, rijOffset: boven, kolomOffset: links };
}

/** Wat van een deel vergeleken wordt: het register, de kaart en de dossiers (gegroepeerd zoals de scanner). */
function uitkomst(deel: RegisterDeel | null, kop: Cel[][] | null): unknown {
  if (!deel) return { geen: kop && kandidaatKoppen(kop) };
  const problemen = deel.register.problemen;
  const dossiers = deel.kaart.perVeld.has("eersteZiektedag") ? alleDossiers(groepeer(deel.gelezen, deel.kaart, problemen)) : [];
  return { register: { ...deel.register, problemen: [...problemen] }, kolommen: deel.kaart.kolommen, dossiers, rijen: deel.gelezen.aantal };
}

function viaBlok(blad: Blad, opties: LeesOpties): unknown {
  const b = alsBlok(blad);
  if (!b) return null;
  return uitkomst(leesRegisterDeel(b.waarden, { ...opties, rijOffset: b.rijOffset, kolomOffset: b.kolomOffset }), b.waarden);
}

function viaStroom(blad: Blad, opties: LeesOpties): { uit: unknown; stroom: RegisterStroom; g: GestroomdDeel | "opnieuw" } | null {
  const b = alsBlok(blad);
  if (!b) return null;
  const stroom = new RegisterStroom(opties);
  for (const r of [...blad.keys()].sort((x, y) => x - y)) {
    const a = blad.get(r)!;
    if (a.some((c) => !isLeeg(c))) stroom.rij(r, a);
  }
  const g = stroom.einde(b.kolomOffset);
  return { uit: g === "opnieuw" ? null : uitkomst(g.deel, g.kopRijen), stroom, g };
}

const KOPPEN = [
  "Naam",
  "Personeelsnr",
  "Eerste ziektedag",
  "Hersteld op",
  "Probleemanalyse",
  "Plan van aanpak",
  "Arbodienst",
  "WIA-aanvraag",
  "Ziekmelding",
  "Opmerking",
  "Diagnose",
  "Eerstejaarsevaluatie",
  "Eerste ziekteag",
  "Afdeling",
  "Bedrijfsarts",
];

const s = (iso: string) => naarExcelSerienummer(d(iso));

/** Een gegenereerd register: titel, lege rijen en kolommen ervoor, en per kolom een eigen manier van invullen. */
function maakBlad(seed: number): { blad: Blad; opties: LeesOpties; n: number } {
  const r = rng(seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const n = kies([0, 3, 48, 49, 60, 230, 700, BEWAAR_MAX - 10, BEWAAR_MAX + 700, 4_000]);
  const kolomVoor = Math.floor(r() * 3);
  const titel = Math.floor(r() * 4);
  const koppen = KOPPEN.filter((k) => k === "Eerste ziektedag" || k === "Naam" || r() < 0.55).sort(() => r() - 0.5);
  if (r() < 0.1) koppen.splice(koppen.indexOf("Eerste ziektedag"), 1);
  const blad: Blad = new Map();
  const zet = (rij: number, kol: number, c: Cel) => {
    let a = blad.get(rij);
    if (!a) blad.set(rij, (a = []));
    a[kolomVoor + kol] = c;
  };
  if (titel > 0) zet(1, 0, "Verzuimregister 2026");
  const koprij = titel + 1 + (r() < 0.3 ? 1 : 0);
  // Soms geen herkenbare kopregel (een personeelslijst of een ander blad): dan geen register, met de koppen die er staan.
  const geenKop = r() < 0.06;
  koppen.forEach((k, i) => zet(koprij, i, geenKop ? `Veld ${i + 1}` : k));
  // Per kolom: hoe vaak ingevuld, en wat erin staat (datums, tekst, een mengsel, pas laat tekst).
  const vulling = koppen.map(() => kies([1, 1, 0.6, 0.05, 0.004, 0]));
  const soort = koppen.map((k) => (k === "Arbodienst" || k === "Bedrijfsarts" ? kies(["naam", "datum", "laat-tekst"]) : kies(["datum", "datum", "datum", "mengsel", "laat-tekst", "getal"])));
  const bijna = kies([false, true]);
  for (let i = 0; i < n; i++) {
    const rij = koprij + 1 + i + (r() < 0.02 ? 0 : 0);
    if (r() < 0.01) continue; // een lege rij
    const nummer = Math.floor(r() * Math.max(1, n * 0.7));
    koppen.forEach((k, j) => {
      if (k === "Naam") return zet(rij, j, `Werknemer ${nummer}`);
      if (k === "Personeelsnr") return zet(rij, j, nummer);
      if (k === "Afdeling") return zet(rij, j, kies(["Winkel", "Bakkerij", ""]));
      if (k === "Opmerking" || k === "Diagnose") return r() < 0.3 ? zet(rij, j, "zie dossier") : undefined;
      if (r() >= vulling[j]) return;
      const dag = s("2024-01-01") + Math.floor(r() * 900);
      const sw = soort[j];
      if (sw === "naam") return zet(rij, j, kies(["ArboNed", "HumanCapitalCare", "Zorg van de Zaak", "volgt"]));
      if (sw === "laat-tekst" && i > (bijna ? 150 : BEWAAR_MAX + 100)) return zet(rij, j, kies(["ArboNed", "Arbo Unie"]));
      if (sw === "getal" && r() < 0.5) return zet(rij, j, kies([12, 3.5, 1]));
      if (sw === "mengsel") {
        const m = r();
        if (m < 0.1) return zet(rij, j, "n.v.t.");
        if (m < 0.2) return zet(rij, j, "3-4-2025");
        if (m < 0.25) return zet(rij, j, "#N/A");
        if (m < 0.3) return zet(rij, j, true);
        if (m < 0.35) return zet(rij, j, "31-02-2025");
      }
      zet(rij, j, dag);
    });
  }
  const opties: LeesOpties = { datumsysteem: r() < 0.1 ? "1904" : "1900", blad: "Verzuim", jsDatumUtc: true };
  if (r() < 0.15) opties.kolommen = { Bedrijfsarts: "Probleemanalyse" };
  return { blad, opties, n };
}

describe("RegisterStroom: rij voor rij = het hele blok", () => {
  test("200 gegenereerde registers: dezelfde kolommen, problemen, rijen en dossiers", () => {
    const paden = { geenKop: 0, aanHetEind: 0, onderweg: 0, voorlopigBevestigd: 0, opnieuw: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const { blad, opties } = maakBlad(seed);
      const verwacht = viaBlok(blad, opties);
      const st = viaStroom(blad, opties);
      if (st === null) {
        expect(verwacht).toBeNull();
        continue;
      }
      const stroom = st.stroom as unknown as { voorlopig: number[]; deel: unknown };
      if (st.g === "opnieuw") {
        // De stroom las met een voorlopige kaart die niet bleek te kloppen: de scanner leest het blad dan als geheel.
        paden.opnieuw++;
        continue;
      }
      expect({ seed, uit: st.uit }).toEqual({ seed, uit: verwacht });
      if (st.g.deel === null) paden.geenKop++;
      else if (st.stroom.maxBewaard >= blad.size) paden.aanHetEind++;
      else if (stroom.voorlopig.length) paden.voorlopigBevestigd++;
      else paden.onderweg++;
      // Nooit (veel) meer rijen tegelijk bewaard dan BEWAAR_MAX (een lege rij ervoor telt als plek in de lijst).
      expect(st.stroom.maxBewaard).toBeLessThanOrEqual(BEWAAR_MAX + 2);
    }
    // Elke weg door de stroom is genomen.
    for (const [pad, aantal] of Object.entries(paden)) expect([pad, aantal > 0]).toEqual([pad, true]);
  });

  test("een kolom die pas na BEWAAR_MAX rijen vooral tekst blijkt: opnieuw (voorlopige kaart klopte niet)", () => {
    const blad: Blad = new Map();
    blad.set(1, ["Naam", "Eerste ziektedag", "Arbodienst"]);
    for (let i = 0; i < BEWAAR_MAX + 500; i++) blad.set(2 + i, [`W ${i}`, s("2025-01-01") + (i % 300), i > BEWAAR_MAX ? "ArboNed" : undefined as unknown as Cel]);
    const st = viaStroom(blad, {})!;
    expect(st.g).toBe("opnieuw");
    // En als de kolom toch vooral datums bevat: bevestigd, zonder alle rijen te bewaren.
    for (let i = BEWAAR_MAX + 1; i < BEWAAR_MAX + 500; i++) blad.get(2 + i)![2] = i % 5 ? s("2025-03-01") : "ArboNed";
    const st2 = viaStroom(blad, {})!;
    expect(st2.g).not.toBe("opnieuw");
    expect(st2.uit).toEqual(viaBlok(blad, {}));
    expect(st2.stroom.maxBewaard).toBeLessThanOrEqual(BEWAAR_MAX);
  });

  test("een kop die een bekende kop alleen bevat ('Ziekmelding door', 'Verwachte hersteldatum'): gekeurd, dus bevestigd", () => {
    // "Hersteld op" is na BEWAAR_MAX rijen nog niet genoeg gekeurd: de kaart is voorlopig en wordt aan het eind
    // bevestigd met alleen de gekeurde cellen. Zonder de datums onder "Verwachte hersteldatum" zou die kaart geen
    // "bedoelde u Hersteldatum?" zeggen en de voorlopige wel: opnieuw lezen.
    const blad: Blad = new Map();
    blad.set(1, ["Naam", "Eerste ziektedag", "Ziekmelding door", "Hersteld op", "Verwachte hersteldatum"]);
    for (let i = 0; i < BEWAAR_MAX + 500; i++) {
      blad.set(2 + i, [`W ${i}`, s("2025-01-01") + (i % 300), `Leidinggevende ${i % 7}`, i % 50 === 0 ? s("2025-12-01") : (undefined as unknown as Cel), s("2026-02-01")]);
    }
    const st = viaStroom(blad, {})!;
    expect(st.g).not.toBe("opnieuw");
    expect((st.stroom as unknown as { voorlopig: number[] }).voorlopig.length).toBeGreaterThan(0);
    const verwacht = viaBlok(blad, {}) as { register: Register };
    expect(st.uit).toEqual(verwacht);
    expect(verwacht.register.nietGebruikt).toEqual([
      { kop: "Ziekmelding door", kolom: 3, letter: "C", reden: "onbekend", bedoeldeU: [] },
      { kop: "Verwachte hersteldatum", kolom: 5, letter: "E", reden: "onbekend", bedoeldeU: ["Hersteldatum"] },
    ]);
  });
});

// ---- Via de xlsx-lezer ----------------------------------------------------------------------------

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const letter = (k: number) => (k <= 26 ? String.fromCharCode(64 + k) : String.fromCharCode(64 + Math.floor((k - 1) / 26)) + String.fromCharCode(65 + ((k - 1) % 26)));
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function celXml(rij: number, k: number, c: Cel): string {
  const a = `${letter(k)}${rij}`;
  if (typeof c === "number") return `<c r="${a}"><v>${c}</v></c>`;
  if (typeof c === "boolean") return `<c r="${a}" t="b"><v>${c ? 1 : 0}</v></c>`;
  if (typeof c === "string" && c.startsWith("#")) return `<c r="${a}" t="e"><v>${esc(c)}</v></c>`;
  return `<c r="${a}" t="inlineStr"><is><t>${esc(String(c))}</t></is></c>`;
}

async function werkmap(rijen: [number, Cel[]][], extra = ""): Promise<Buffer> {
  const data = rijen.map(([r, a]) => `<row r="${r}">${a.map((c, i) => (isLeeg(c) ? "" : celXml(r, i + 1, c))).join("")}</row>`).join("");
  return maakZip([
    {
      naam: "[Content_Types].xml",
      inhoud: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { naam: "_rels/.rels", inhoud: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { naam: "xl/workbook.xml", inhoud: `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="Verzuim" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { naam: "xl/_rels/workbook.xml.rels", inhoud: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { naam: "xl/worksheets/sheet1.xml", inhoud: `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D${rijen.length}"/><sheetData>${data}</sheetData>${extra}</worksheet>` },
  ]);
}

async function leesBeide(buf: Buffer): Promise<{ geheel: unknown; stroom: unknown; gestroomd: boolean }> {
  const opties: LeesOpties = { blad: "Verzuim", jsDatumUtc: true };
  const maker: StroomMaker = async (blad, datumsysteem) => new RegisterStroom({ ...opties, datumsysteem, blad });
  const regs = (w: Awaited<ReturnType<typeof leesXlsx>>) =>
    w.blokken.map((b) =>
      b.gestroomd
        ? uitkomst(b.gestroomd.deel, b.gestroomd.kopRijen)
        : uitkomst(leesRegisterDeel(b.waarden, { ...opties, datumsysteem: w.datumsysteem, rijOffset: b.rijOffset, kolomOffset: b.kolomOffset }), b.waarden),
    );
  const geheel = await leesXlsx(buf, new Bewaker(STANDAARD_LIMIETEN));
  const gestroomd = await leesXlsx(buf, new Bewaker(STANDAARD_LIMIETEN), maker);
  return { geheel: regs(geheel), stroom: regs(gestroomd), gestroomd: gestroomd.blokken.some((b) => b.gestroomd !== undefined) };
}

function registerRijen(n: number): [number, Cel[]][] {
  const rijen: [number, Cel[]][] = [[1, ["Verzuim"]], [3, [null, "Naam", "Eerste ziektedag", "Hersteldatum"]]];
  for (let i = 0; i < n; i++) rijen.push([4 + i, [null, `W ${i % 40}`, s("2025-01-01") + i, i % 3 ? s("2025-02-01") + i : null]]);
  return rijen;
}

describe("xlsx-lezer met stroom", () => {
  test("gewoon blad: rij voor rij gelezen, zelfde uitkomst als het hele blad", async () => {
    const r = await leesBeide(await werkmap(registerRijen(300)));
    expect(r.gestroomd).toBe(true);
    expect(r.stroom).toEqual(r.geheel);
  });

  test("samengevoegde cellen over meer rijen (na de cellen bekend): het blad als geheel gelezen", async () => {
    const r = await leesBeide(await werkmap(registerRijen(300), '<mergeCells count="1"><mergeCell ref="B10:B11"/></mergeCells>'));
    expect(r.gestroomd).toBe(false);
    expect(r.stroom).toEqual(r.geheel);
    // Alleen horizontaal samengevoegd (een titel over kolommen): wel rij voor rij.
    const h = await leesBeide(await werkmap(registerRijen(300), '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>'));
    expect(h.gestroomd).toBe(true);
    expect(h.stroom).toEqual(h.geheel);
  });

  test("een zelden ingevulde kolom die aan het eind vooral tekst blijkt: het blad als geheel opnieuw gelezen", async () => {
    const rijen: [number, Cel[]][] = [[1, ["Naam", "Eerste ziektedag", "Arbodienst"]]];
    for (let i = 0; i < BEWAAR_MAX + 300; i++) rijen.push([2 + i, [`W ${i % 50}`, s("2025-01-01") + (i % 200), i > BEWAAR_MAX ? "ArboNed" : null]]);
    const r = await leesBeide(await werkmap(rijen));
    expect(r.gestroomd).toBe(false);
    expect(r.stroom).toEqual(r.geheel);
    expect(JSON.stringify(r.geheel)).toContain('"Arbodienst\\" (C) op blad \\"Verzuim\\" bevat geen datums');
  });

  test("rijen in de verkeerde volgorde: het blad als geheel gelezen", async () => {
    const rijen = registerRijen(120);
    [rijen[60], rijen[61]] = [rijen[61], rijen[60]];
    const r = await leesBeide(await werkmap(rijen));
    expect(r.gestroomd).toBe(false);
    expect(r.stroom).toEqual(r.geheel);
  });
});
