/**
 * De compacte opslag van gelezen rijen (opslag.ts) en de uitgestelde dossiers (voegBladenSamen met
 * `uitgesteld`, zoals de scanner zonder kopie): dezelfde rijen, dezelfde dossiers, dezelfde problemen.
 */
import { naarExcelSerienummer } from "../../src/core/dagen";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegisterDeel, voegBladenSamen, type Cel, type RegisterDeel } from "../../src/core/register";
import { alleDossiers } from "../../src/core/register/dossiers";
import { cijfersAlsGetal, MAX_IN_VAK, MAX_VELDEN, RijOpslag } from "../../src/core/register/opslag";
import { VELDEN } from "../../src/core/register";
import type { GelezenRij } from "../../src/core/register/rij";
import { rng } from "../../bench/hulp/rng";
import { d } from "../helpers";

const s = (iso: string) => naarExcelSerienummer(d(iso));
const P = d("2026-06-10");

describe("RijOpslag", () => {
  test("elke soort waarde komt ongewijzigd terug, ook na groeien voorbij de beginmaat", () => {
    const o = new RijOpslag();
    const rijen: GelezenRij[] = [];
    const soorten: unknown[] = [45000, 0, 1, 2.5, -3, -0, 2 ** 31, 0x3fffffff, 0x40000000, true, false, "Jan de Vries", "zonderDatum", "", [45000, 45010], null, undefined];
    // 12.000 rijen: de paren lopen over meer blokken van 65.536 getallen.
    for (let i = 0; i < 12000; i++) {
      const waarden: unknown[] = [];
      const lengte = i % 23;
      for (let v = 0; v < lengte; v++) waarden[v] = soorten[(i * 7 + v * 3) % soorten.length];
      // Zoals de lezer: na de laatste ingevulde waarde afgekapt.
      while (waarden.length && (waarden[waarden.length - 1] === null || waarden[waarden.length - 1] === undefined)) waarden.length--;
      const r: GelezenRij = {
        rij: i % 5 === 0 ? undefined : i + 2,
        volgnummer: i,
        waarden,
        D: 45000 + (i % 400),
        h: i % 3 === 0 ? null : 45500 + i,
        sleutel: i % 7 === 0 ? null : `p:${i % 50}`,
      };
      rijen.push(r);
      o.voegToe(r);
    }
    expect(o.aantal).toBe(12000);
    const terug = o.alle();
    for (let i = 0; i < rijen.length; i++) {
      // null en undefined betekenen beide leeg: de opslag geeft null.
      const verwacht = { ...rijen[i], waarden: Array.from(rijen[i].waarden, (x) => (x === undefined ? null : x)) };
      expect(terug[i]).toEqual(verwacht);
      // -0 blijft -0 (toEqual ziet het verschil niet).
      for (let v = 0; v < rijen[i].waarden.length; v++) expect(Object.is(terug[i].waarden[v], rijen[i].waarden[v] ?? null)).toBe(true);
      expect(o.waarde(i, 2)).toEqual(rijen[i].waarden[2] ?? null);
    }
    // Elke sleutel één keer, in volgorde van eerste voorkomen.
    expect(o.sleutels.length).toBe(new Set(rijen.map((r) => r.sleutel).filter((x) => x !== null)).size);
    expect(o.sleutels[0]).toBe("p:1");
  });

  /** Elke waarde van `rijen` (als lijsten waarden) komt identiek terug, via rij(i) én waarde(i, v). */
  function zelfde(o: RijOpslag, rijen: unknown[][]): void {
    expect(o.aantal).toBe(rijen.length);
    for (let i = 0; i < rijen.length; i++) {
      const terug = o.rij(i).waarden;
      expect(terug.length).toBe(rijen[i].length);
      for (let v = 0; v < Math.max(rijen[i].length, MAX_VELDEN); v++) {
        const verwacht = rijen[i][v] ?? null;
        const a = v < terug.length ? terug[v] : null;
        const b = o.waarde(i, v);
        if (!Object.is(a, verwacht) && !(Array.isArray(verwacht) && a === verwacht)) throw new Error(`rij ${i} veld ${v}: ${String(a)} ≠ ${String(verwacht)}`);
        if (!Object.is(b, verwacht)) throw new Error(`waarde(${i}, ${v}): ${String(b)} ≠ ${String(verwacht)}`);
      }
    }
  }
  const rijMet = (i: number, waarden: unknown[]): GelezenRij => ({ rij: i + 2, volgnummer: i, waarden, D: 45000, h: null, sleutel: null });
  const overigVan = (o: RijOpslag) => (o as unknown as { overig: unknown[] }).overig;
  const blokkenVan = (o: RijOpslag) => (o as unknown as { blokken: Int32Array[] }).blokken;

  const lijst = [45000, 45010];
  const randen: unknown[] = [
    0, 1, MAX_IN_VAK - 1, MAX_IN_VAK, MAX_IN_VAK + 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -1, -(2 ** 31), -(2 ** 31) - 1, -0, 2.5, -3.5, NaN, Infinity, -Infinity,
    true, false,
    "0", "1", "00", "0123", "1e3", " 12", "12 ", "+1", "-1", "1.0", "", " ", "12a", "a12", "١٢", String(MAX_IN_VAK), String(MAX_IN_VAK + 1),
    "2147483647", "2147483648", "4294967296", "99999999999", "Jan de Vries",
    lijst, [], { a: 1 },
  ];

  test("elke soort en elke grens van het vak komt identiek terug, ook in velden ≥ 32 (negatief vak)", () => {
    const o = new RijOpslag(4);
    const rijen: unknown[][] = [];
    // Elke waarde in veld 0, 31, 32 en 63 (de hoogste bits van het vak), met een lege plek ervoor en erna.
    randen.forEach((x) => {
      const w: unknown[] = new Array(MAX_VELDEN).fill(null);
      w[0] = x;
      w[31] = x;
      w[32] = x;
      w[MAX_VELDEN - 1] = x;
      rijen.push(w);
    });
    // Alle waarden naast elkaar in één rij (vakken met en zonder volgend vak door elkaar).
    rijen.push(randen.slice(0, MAX_VELDEN));
    rijen.push(randen.slice(MAX_VELDEN - randen.length).reverse());
    rijen.forEach((w, i) => o.voegToe(rijMet(i, w)));
    zelfde(o, rijen);
    // Een lijst komt als hetzelfde object terug (zoals voorheen).
    expect(o.waarde(0, 0)).toBe(0);
    expect(o.rij(randen.indexOf(lijst)).waarden[0]).toBe(lijst);
    // Tekst als getal: alleen de gewone schrijfwijze, en die blijft niet als string bewaard.
    const bewaard = overigVan(o);
    for (const t of ["0", "1", String(MAX_IN_VAK), String(MAX_IN_VAK + 1), "2147483647"]) expect(bewaard).not.toContain(t);
    for (const t of ["00", "0123", "1e3", " 12", "12 ", "+1", "-1", "", "2147483648", "Jan de Vries"]) expect(bewaard).toContain(t);
    // Gehele getallen in 32 bits, ook negatief, staan in de vakken; -0, 2 ** 31 en breuken in de lijst.
    const getallen = bewaard.filter((x) => typeof x === "number");
    expect(getallen.some((x) => Object.is(x, -0))).toBe(true);
    expect(getallen).toEqual(expect.arrayContaining([2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2.5, NaN]));
    for (const x of [0, MAX_IN_VAK, MAX_IN_VAK + 1, 2 ** 31 - 1, -1, -(2 ** 31)]) expect(getallen.some((y) => Object.is(x, y))).toBe(false);
  });

  test("cijfersAlsGetal: precies String(n) === tekst voor 0 … 2 ** 31 - 1", () => {
    for (const t of ["0", "7", "10", "123456", "8388607", "8388608", "2147483647"]) expect(String(cijfersAlsGetal(t))).toBe(t);
    for (const t of ["", "00", "01", "0123", "1e3", " 12", "12 ", "+1", "-1", "1.0", "12a", "١٢", "2147483648", "10000000000", "99999999999"]) expect(cijfersAlsGetal(t)).toBe(-1);
    // Willekeurig: nooit een getal voor een tekst die niet zijn eigen String(n) is.
    const r = rng(5);
    for (let k = 0; k < 20000; k++) {
      const n = Math.floor(r() * 12);
      let t = "";
      for (let j = 0; j < n; j++) t += "0123456789 e+-."[Math.floor(r() * (r() < 0.9 ? 10 : 15))];
      const g = cijfersAlsGetal(t);
      if (g >= 0) expect(String(g)).toBe(t);
      else expect(/^(0|[1-9][0-9]*)$/.test(t) && Number(t) <= 2 ** 31 - 1).toBe(false);
    }
  });

  test("volgend vak: met een kleine grens (inVak) ook voor de lijst overige waarden, en het volgende vak lijkt nooit op een veld", () => {
    const grens = 3;
    const o = new RijOpslag(1, grens);
    const rijen: unknown[][] = [];
    const r = rng(11);
    const keus: unknown[] = [0, 1, 2, 3, 4, 5, 2 ** 31 - 1, -1, "0", "3", "4", "2147483647", true, false, "tekst", "0123", -0, 2.5, null, undefined];
    // Een volgend vak met het getal (5 << 26): zou het als vak gelezen worden, dan had veld 5 een waarde.
    rijen.push([5 * 2 ** 26, null, null, null, null, null, 7]);
    rijen.push([String(5 * 2 ** 26), null, null, null, null, null, "x"]);
    for (let i = 0; i < 3000; i++) {
      const w: unknown[] = [];
      const n = Math.floor(r() * (MAX_VELDEN + 1));
      for (let v = 0; v < n; v++) w[v] = keus[Math.floor(r() * keus.length)];
      rijen.push(w);
    }
    rijen.forEach((w, i) => o.voegToe(rijMet(i, w)));
    zelfde(o, rijen);
    // Ruim boven de grens aan overige waarden: die indexen staan in het volgende vak.
    expect(overigVan(o).length).toBeGreaterThan(1000);
    expect(o.waarde(0, 5)).toBeNull();
    expect(o.waarde(1, 5)).toBeNull();
    expect(() => new RijOpslag(1, MAX_IN_VAK + 1)).toThrow(RangeError);
    expect(() => new RijOpslag(1, -1)).toThrow(RangeError);
  });

  test("veldgrens: MAX_VELDEN velden gaan, één meer geeft een RangeError; VELDEN blijft eronder", () => {
    expect(VELDEN.length).toBeLessThanOrEqual(MAX_VELDEN);
    const o = new RijOpslag();
    expect(() => o.voegToe(rijMet(0, new Array(MAX_VELDEN + 1).fill(1)))).toThrow(RangeError);
    expect(() => o.voegToe(rijMet(0, new Array(MAX_VELDEN + 1).fill(1)))).toThrow(/65 velden, hooguit 64/);
    expect(o.aantal).toBe(0);
  });

  test("blokgrens: rijen die elk 2 × MAX_VELDEN vakken vullen, precies een blok vol en verder", () => {
    const o = new RijOpslag(1);
    // Elke waarde met een volgend vak: 128 vakken per rij, 512 rijen vullen een blok van 65.536 precies.
    const rijen: unknown[][] = [];
    for (let i = 0; i < 1100; i++) rijen.push(Array.from({ length: MAX_VELDEN }, (_, v) => (v % 2 ? -1 - i - v : 2 ** 31 - 1 - i)));
    rijen.forEach((w, i) => o.voegToe(rijMet(i, w)));
    zelfde(o, rijen);
    expect(blokkenVan(o).length).toBe(3);
    expect(overigVan(o)).toEqual([]);
  });
});

const kop: Cel[] = ["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "WAZO-verlof van", "WAZO-verlof tot", "Uit dienst per"];

/** Een register met herhaalde werknemers, dubbele rijen, rijen zonder werknemer, WAZO en gaten rond de 28 dagen. */
function register(n: number, zaad: number): Cel[][] {
  const r = rng(zaad);
  const rijen: Cel[][] = [kop];
  for (let i = 0; i < n; i++) {
    const wie = Math.floor(r() * n * 0.3);
    const start = s("2024-01-01") + Math.floor(r() * 900);
    const herstel = r() < 0.6 ? start + 3 + Math.floor(r() * 60) : "";
    const wazo = r() < 0.05 ? [start + 10, start + 120] : ["", ""];
    const naam = r() < 0.03 ? "" : `Werknemer ${wie}`;
    rijen.push([naam, r() < 0.5 && naam ? wie : "", start, herstel, r() < 0.5 ? start + 40 : "", ...wazo, r() < 0.02 ? start + 200 : ""]);
    if (r() < 0.02) rijen.push(rijen[rijen.length - 1].slice());
  }
  return rijen;
}

function delen(...bladen: [Cel[][], string][]): RegisterDeel[] {
  return bladen.map(([w, blad]) => leesRegisterDeel(w, { blad })!);
}

test("na sluit(): de sleutels blijven leesbaar, de opzoektabel is los en er kan niets meer bij", () => {
  const o = new RijOpslag();
  const rij = (i: number, sleutel: string | null): GelezenRij => ({ rij: i + 2, volgnummer: i, waarden: [`W${i}`], D: 45000 + i, h: null, sleutel });
  ["p:1", "p:2", "p:1", null].forEach((k, i) => o.voegToe(rij(i, k)));
  o.sluit();
  expect([0, 1, 2, 3].map((i) => [o.sleutel(i), o.sleutelNummer(i)])).toEqual([["p:1", 0], ["p:2", 1], ["p:1", 0], [null, -1]]);
  expect((o as unknown as { sleutelIds: unknown }).sleutelIds).toBeNull();
  expect(() => o.voegToe(rij(4, "p:3"))).toThrow("gesloten");
});

describe("uitgestelde dossiers (scanner zonder kopie)", () => {
  test.each([1, 2, 3])("één blad (zaad %i): dezelfde dossiers, problemen en evaluatie als alles tegelijk", (zaad) => {
    const w = register(600, zaad);
    const [gewoon] = voegBladenSamen(delen([w, "Verzuim"]), P);
    const [uit] = voegBladenSamen(delen([w, "Verzuim"]), P, { uitgesteld: true });
    expect(uit.dossiers).toEqual([]);
    expect(uit.dossierBron!.aantal).toBe(gewoon.dossiers.length);
    expect(alleDossiers(uit.dossierBron!)).toEqual(gewoon.dossiers);
    expect(uit.problemen).toEqual(gewoon.problemen);
    expect(gewoon.problemen.some((p) => p.code === "DUBBELE_RIJ")).toBe(true);
    expect(gewoon.dossiers.some((x) => x.invoer.eerderePerioden?.length)).toBe(true);
    const a = evalueerRegister(gewoon, P);
    const b = evalueerRegister(uit, P);
    expect(b.evaluaties).toEqual(a.evaluaties);
    expect(b.problemen).toEqual(a.problemen);
  });

  test("meer bladen: de werknemers op één blad uit de opslag, de gedeelde over de bladen, zoals voorheen", () => {
    const w = register(400, 9);
    const archief: Cel[][] = [kop, ...w.slice(1, 120).map((r) => [...r.slice(0, 3), typeof r[2] === "number" ? (r[2] as number) + 5 : "", ...r.slice(4)])];
    const [live, arch] = voegBladenSamen(delen([w.slice(0, 1).concat(w.slice(120)), "Verzuim"], [archief, "Archief 2024"]), P, { uitgesteld: true });
    const [live2, arch2] = voegBladenSamen(delen([w.slice(0, 1).concat(w.slice(120)), "Verzuim"], [archief, "Archief 2024"]), P);
    // Over bladen worden de dossiers meteen gemaakt (de ketens lopen over bladen).
    expect(live.dossierBron).toBeUndefined();
    expect(live.dossiers).toEqual(live2.dossiers);
    expect(arch.dossiers).toEqual(arch2.dossiers);
    expect(live.dossiers.some((x) => x.elders?.length)).toBe(true);
    expect(live.problemen).toEqual(live2.problemen);
  });
});
