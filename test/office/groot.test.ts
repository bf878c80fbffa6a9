/**
 * Grote registers op Excel op het web: elk verzoek en elk antwoord onder 5 MB (de nabootsing faalt erboven,
 * zoals Excel op het web), met alle kolommen van het sjabloon, bij 1.000, 50.000 en 100.000 rijen. Het aantal
 * syncs groeit alleen met het aantal stukken. Meetuitvoer: `npx jest test/office/groot.test.ts`.
 */
import { dagVan } from "../../src/core/dagen";
import { TEMPLATE_KOLOMMEN, type Veld } from "../../src/core/register";
import { markeerTermijnen, verwijderMarkering } from "../../src/office/markeren";
import { LEES_BUDGET_BYTES, SCHRIJF_BUDGET_BYTES, leesWerkmap } from "../../src/office/werkmap";
import { maakContext, nieuweStaat, type MockContext, type MockStaat, type Waarde } from "./mockExcel";

jest.setTimeout(300_000);

const P = dagVan(2025, 6, 2);
const LIMIET = { limietBytes: 5_000_000, limietCellen: 5_000_000 };
const VEILIGHEID = 1.5; // zoals in werkmap.ts: gemeten bytes per rij × 1,5

/** Een rij zoals een echt register: een mengsel van korte, lopende en lange verzuimgevallen. */
function rij(i: number): Partial<Record<Veld, Waarde>> {
  const D = P - (i % 730) - 3;
  const r: Partial<Record<Veld, Waarde>> = { werknemer: `Werknemer ${i + 1}`, personeelsnummer: 100000 + i, eersteZiektedag: D, arbo: D + 1 };
  switch (i % 6) {
    case 0:
      r.hersteldatum = D + 12; // kort verzuim, hersteld
      break;
    case 1:
      break; // net ziek
    case 2:
      Object.assign(r, { pa: D + 40, pva: D + 55, laatsteEvaluatie: D + 100 });
      break;
    case 3:
      Object.assign(r, { pa: D + 38, pva: D + 60, laatsteEvaluatie: D + 300, uwv42: D + 290, eje: D + 350, persoonsprofiel: "ja" });
      break;
    case 4:
      Object.assign(r, { pa: D + 41, pva: D + 56, evaluaties: `${D + 120}`, uwv42: D + 292, eje: D + 360, startSpoor2: D + 370, zoekprofiel: "ja" });
      break;
    default:
      Object.assign(r, { pa: D + 39, pva: D + 54, laatsteEvaluatie: D + 200, uitzonderingSpoor2: "nee", visieWerknemer: "ja", wiaAanvraag: "" });
  }
  return r;
}

/** Register met alle sjabloonkolommen vanaf A1, als tabel. Cellen direct in de nabootsing (snel). */
function register(n: number, extra?: (i: number) => string): MockStaat {
  const s = nieuweStaat();
  const koppen = [...TEMPLATE_KOLOMMEN.map((k) => k.kop), ...(extra ? ["Opmerking"] : [])];
  const cellen = new Map<string, { v: Waarde }>();
  koppen.forEach((k, j) => cellen.set(`1,${j + 1}`, { v: k }));
  for (let i = 0; i < n; i++) {
    const w = rij(i);
    TEMPLATE_KOLOMMEN.forEach((k, j) => {
      const v = w[k.veld];
      if (v !== undefined && v !== "") cellen.set(`${i + 2},${j + 1}`, { v });
    });
    if (extra) cellen.set(`${i + 2},${koppen.length}`, { v: extra(i) });
  }
  const laatste = String.fromCharCode(64 + Math.floor((koppen.length - 1) / 26)) + String.fromCharCode(65 + ((koppen.length - 1) % 26));
  s.bladen.push({ naam: "Verzuim", id: "{id-1}", zichtbaarheid: "Visible", cellen, tabellen: [{ naam: "Register", bereik: `A1:${laatste}${n + 1}` }] });
  return s;
}

const som = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Leesrondes: elke sync na de eerste twee (structuur, adressen) leest waarden, en niets anders. */
function leesrondes(ctx: MockContext, tot = ctx.syncs): { rondes: number; bytes: number } {
  const rondes = ctx.leesCellen.slice(2, tot);
  expect(rondes.every((c) => c > 0)).toBe(true);
  return { rondes: rondes.length, bytes: som(ctx.antwoordBytes.slice(2, tot)) };
}

const metingen: string[] = [];
afterAll(() => console.log(["rijen × 37 kolommen: syncs en grootste verzoek/antwoord (limiet 5.000.000 B)", ...metingen].join("\n")));

describe.each([1_000, 50_000, 100_000])("%i rijen, alle sjabloonkolommen, limiet 5 MB aan", (n) => {
  let s: MockStaat;
  beforeAll(() => {
    s = register(n);
  });

  test("lezen: alle dossiers, elk antwoord < 5 MB, syncs = 2 + leesrondes ~ omvang / budget", async () => {
    const ctx = maakContext(s, LIMIET);
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(l.registers).toHaveLength(1);
    expect(l.registers[0].evaluaties).toHaveLength(n);
    expect(ctx.mislukt).toBe(0);
    expect(Math.max(...ctx.antwoordBytes)).toBeLessThan(5_000_000);
    expect(Math.max(...ctx.verzoekBytes)).toBeLessThan(5_000_000);
    expect(Math.max(...ctx.leesCellen)).toBeLessThanOrEqual(5_000_000);
    const { rondes, bytes } = leesrondes(ctx);
    expect(ctx.syncs).toBe(2 + rondes);
    // Niet meer rondes dan de omvang vraagt: de eerste (ruw geschat) plus omvang × veiligheid / budget.
    expect(rondes).toBeLessThanOrEqual(1 + Math.ceil((bytes * VEILIGHEID) / LEES_BUDGET_BYTES));
    expect(rondes).toBeGreaterThanOrEqual(Math.ceil(bytes / 5_000_000));
    metingen.push(`${n} lezen: ${ctx.syncs} syncs (${rondes} leesrondes, ${bytes} B aan waarden), grootste antwoord ${Math.max(...ctx.antwoordBytes)} B`);
  });

  test("markeren en verwijderen: elk verzoek < 5 MB, syncs = lezen + schrijfrondes", async () => {
    const ctx = maakContext(s, LIMIET);
    const r = await markeerTermijnen(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.mislukt).toBe(0);
    expect(Math.max(...ctx.verzoekBytes)).toBeLessThan(5_000_000);
    expect(Math.max(...ctx.antwoordBytes)).toBeLessThan(5_000_000);
    const { rondes } = leesrondes(ctx, ctx.syncs - r.schrijfRondes);
    expect(ctx.syncs).toBe(2 + rondes + r.schrijfRondes);
    const geschreven = som(ctx.verzoekBytes.slice(ctx.syncs - r.schrijfRondes));
    expect(r.schrijfRondes).toBeLessThanOrEqual(1 + Math.ceil(geschreven / SCHRIJF_BUDGET_BYTES));
    expect(r.cellen).toBe(r.plannen[0].kolommen.length * n);
    // Excel rekent pas na de ronde: elke schrijfronde schort het rekenen op.
    expect(ctx.log.filter((x) => x === "rekenen uit")).toHaveLength(r.schrijfRondes);
    metingen.push(
      `${n} markeren: ${ctx.syncs} syncs (${rondes} leesrondes + ${r.schrijfRondes} schrijfrondes, ${r.cellen} cellen), grootste verzoek ${Math.max(...ctx.verzoekBytes)} B`,
    );

    const ctx2 = maakContext(s, LIMIET);
    const v = await verwijderMarkering(ctx2 as unknown as Excel.RequestContext);
    expect(v).toMatchObject({ namen: 1, bladen: 2, syncs: 3 }); // het verborgen blad en de legenda
    expect(s.bladen.map((b) => b.naam)).toEqual(["Verzuim"]);
  });
});

test("schatting te laag (lange opmerkingen verderop): Excel weigert, opnieuw met een half budget, alles gelezen", async () => {
  // De eerste 5.000 rijen zijn kort; daarna een opmerking van 600 tekens per rij.
  const s = register(15_000, (i) => (i < 5_000 ? "" : "x".repeat(600)));
  const ctx = maakContext(s, LIMIET);
  const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
  expect(l.registers[0].evaluaties).toHaveLength(15_000);
  expect(ctx.mislukt).toBeGreaterThan(0);
  // De mislukte rondes waren alleen lezen: niets geschreven.
  expect(ctx.log).toEqual([]);
});
