/**
 * Eén waarheid op elk oppervlak: de gevallen van test/cli/lezen-buiten-tabel.test.ts (een register naast een
 * opzoektabel, rijen onder een tabel die niet meegroeide, een tabel zonder kopregel, een naam samengevoegd over
 * twee ziekteperioden) als één beschrijving van het blad, gebouwd als .xlsx voor de scanner (exceljs) en als
 * werkmap in de nagebootste Excel voor het taakvenster. Beide moeten dezelfde registers, dossiers (met rijen) en
 * problemen geven; het taakvenster in 3 syncs (structuur, adressen, één leesronde).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { scanBestand } from "../../src/cli/scan";
import { dagVan } from "../../src/core/dagen";
import type { DossierEvaluatie } from "../../src/core/pipeline";
import type { Probleem } from "../../src/core/problemen";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";
import { leesBereiken, leesWerkmap } from "../../src/office/werkmap";
import { maakContext, nieuweStaat, zetWaarden, type Waarde } from "./mockExcel";

const P = dagVan(2026, 12, 1);
const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];
const rij = (naam: string, nr: number, dag = dagVan(2026, 10, 1)): (Waarde | null)[] => [naam, String(nr), dag, null, null];

/** Een blad zoals de gebruiker het ziet: cellen vanaf A1 (null = leeg), tabellen erover, samengevoegde cellen. */
interface Blad {
  cellen: (Waarde | null)[][];
  /** `bereik` zoals Excel het kent: met kopregel en totaalrij. */
  tabellen?: { naam: string; bereik: string; kopregel: boolean; totaalrij?: boolean }[];
  samengevoegd?: string[];
}

interface Gelezen {
  blad: string;
  tabel: string | null;
  dossiers: { werknemer: string | null; rijen: number[] }[];
  problemen: { code: string; rij: number | null; melding: string }[];
}

const samenvatting = (r: { blad: string; tabel: string | null; evaluaties: DossierEvaluatie[]; problemen: Probleem[] }): Gelezen => ({
  blad: r.blad,
  tabel: r.tabel,
  dossiers: r.evaluaties.map((e) => ({ werknemer: e.dossier.werknemer, rijen: [...e.dossier.rijen] })),
  problemen: r.problemen.map((p) => ({ code: p.code, rij: p.rij ?? null, melding: p.melding })),
});

let map: string;
beforeAll(() => {
  map = mkdtempSync(path.join(tmpdir(), "pw-twee-hosts-"));
});

/** De scanner: het blad als .xlsx (exceljs), gelezen met scanBestand. */
async function scanner(naam: string, blad: Blad): Promise<Gelezen[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Verzuim");
  blad.cellen.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  for (const t of blad.tabellen ?? []) {
    const [a, b] = t.bereik.split(":");
    const boven = Number(a.slice(1));
    const onder = Number(b.slice(1));
    const links = a.charCodeAt(0) - 64;
    const rechts = b.charCodeAt(0) - 64;
    const waarden = (r: number) => Array.from({ length: rechts - links + 1 }, (_, k) => blad.cellen[r - 1]?.[links - 1 + k] ?? null);
    const kop = t.kopregel ? waarden(boven).map(String) : Array.from({ length: rechts - links + 1 }, (_, k) => `Kolom${k + 1}`);
    const rijen: ExcelJS.CellValue[][] = [];
    for (let r = t.kopregel ? boven + 1 : boven; r <= (t.totaalrij ? onder - 1 : onder); r++) rijen.push(waarden(r));
    const totaal = t.totaalrij ? waarden(onder) : [];
    ws.addTable({
      name: t.naam,
      ref: a,
      headerRow: t.kopregel,
      totalsRow: !!t.totaalrij,
      columns: kop.map((name, k) => ({ name, ...(t.totaalrij ? { totalsRowLabel: String(totaal[k] ?? "") } : {}) })),
      rows: rijen,
    });
  }
  for (const m of blad.samengevoegd ?? []) ws.mergeCells(m);
  const bestand = path.join(map, `${naam}.xlsx`);
  await wb.xlsx.writeFile(bestand);
  const u = await scanBestand(bestand, { peildatum: P, instellingen: STANDAARD_INSTELLINGEN, markeerMap: null });
  expect(u.fout).toBeNull();
  return u.registers.map((r) => samenvatting({ ...r, blad: r.blad, tabel: r.tabel }));
}

/** Het taakvenster: hetzelfde blad in de nagebootste Excel, gelezen met leesWerkmap. */
async function taakvenster(blad: Blad, opties: { samengevoegdOndersteund?: boolean } = {}) {
  const s = nieuweStaat();
  const mb = zetWaarden(
    s,
    "Verzuim",
    "A1",
    blad.cellen.map((r) => r.map((v) => v ?? "")),
  );
  mb.tabellen = (blad.tabellen ?? []).map((t) => ({ naam: t.naam, bereik: t.bereik, kopregel: t.kopregel, totaalrij: !!t.totaalrij }));
  mb.samengevoegd = blad.samengevoegd ?? [];
  const ctx = maakContext(s);
  const g = globalThis as { Office?: unknown };
  const vorige = g.Office;
  if (opties.samengevoegdOndersteund === false) {
    g.Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split(".")[1]) <= 12 } } };
  }
  try {
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    const gelezen = l.registers.map((r) => samenvatting({ blad: r.register.blad ?? "", tabel: r.register.tabel ?? null, evaluaties: r.evaluaties, problemen: r.problemen }));
    return { gelezen, syncs: ctx.syncs, lezing: l, log: ctx.log };
  } finally {
    g.Office = vorige;
  }
}

const GEVALLEN: { naam: string; blad: Blad; verwacht: (g: Gelezen[]) => void }[] = [
  {
    naam: "een register als gewoon bereik naast een kleine opzoektabel",
    blad: {
      cellen: [
        [...KOPPEN, null, null, "Code", "Reden"],
        [...rij("Anna", 1001), null, null, "Z", "Ziek"],
        [...rij("Bram", 1002), null, null, "H", "Hersteld"],
        rij("Cor", 1003),
      ],
      tabellen: [{ naam: "Redenen", bereik: "H1:I3", kopregel: true }],
    },
    verwacht: (g) => {
      expect(g.flatMap((r) => r.dossiers.map((d) => d.werknemer))).toEqual(["Anna", "Bram", "Cor"]);
      expect(g.find((r) => r.dossiers.length)?.tabel).toBeNull();
    },
  },
  {
    naam: "17 rijen onder een tabel die niet meegroeide",
    blad: {
      cellen: [KOPPEN, rij("Anna", 1001), rij("Bram", 1002), ...Array.from({ length: 17 }, (_, i) => rij(`Extra ${i + 1}`, 2001 + i, dagVan(2026, 11, 2)))],
      tabellen: [{ naam: "Verzuim", bereik: "A1:E3", kopregel: true }],
    },
    verwacht: (g) => {
      expect(g.flatMap((r) => r.dossiers)).toHaveLength(19);
      const t = g.find((r) => r.tabel === "Verzuim")!;
      expect(t.problemen.some((p) => p.code === "RIJEN_BUITEN_TABEL" && p.rij === 4 && /17 rijen direct onder tabel Verzuim \(rij 4–20\) horen in Excel niet bij de tabel/.test(p.melding))).toBe(true);
    },
  },
  {
    naam: "een tabel zonder kopregel met de koppen er vlak boven getypt",
    blad: {
      cellen: [KOPPEN, rij("Anna", 1001), rij("Bram", 1002)],
      tabellen: [{ naam: "Gegevens", bereik: "A2:E3", kopregel: false }],
    },
    verwacht: (g) => {
      expect(g.flatMap((r) => r.dossiers.map((d) => d.werknemer))).toEqual(["Anna", "Bram"]);
      expect(g[0].tabel).toBe("Gegevens");
    },
  },
  {
    naam: "een tabel met totaalrij en een rij eronder getypt",
    blad: {
      cellen: [KOPPEN, rij("Anna", 1001), rij("Bram", 1002), ["Totaal", null, null, null, null], rij("Cor", 1003, dagVan(2026, 11, 2))],
      tabellen: [{ naam: "Verzuim", bereik: "A1:E4", kopregel: true, totaalrij: true }],
    },
    verwacht: (g) => {
      expect(g.flatMap((r) => r.dossiers.map((d) => d.werknemer))).toEqual(["Anna", "Bram", "Cor"]);
      expect(g[0].problemen.some((p) => p.code === "RIJEN_BUITEN_TABEL" && p.rij === 5 && /^1 rij direct onder tabel Verzuim \(rij 5\)/.test(p.melding))).toBe(true);
    },
  },
  {
    naam: "twee tabellen onder elkaar: de tweede is geen rij onder de eerste",
    blad: {
      cellen: [KOPPEN, rij("Anna", 1001), KOPPEN, rij("Bram", 1002)],
      tabellen: [
        { naam: "Nu", bereik: "A1:E2", kopregel: true },
        { naam: "Later", bereik: "A3:E4", kopregel: true },
      ],
    },
    verwacht: (g) => {
      expect(g.map((r) => [r.tabel, r.dossiers.map((d) => d.werknemer)])).toEqual([
        ["Nu", ["Anna"]],
        ["Later", ["Bram"]],
      ]);
      expect(g.flatMap((r) => r.problemen).some((p) => p.code === "RIJEN_BUITEN_TABEL")).toBe(false);
    },
  },
  {
    naam: "een register vanaf C3 met een opzoektabel rechts (het gebruikte bereik begint niet in A1)",
    blad: {
      cellen: [
        [],
        [],
        [null, null, ...KOPPEN, null, "Code", "Reden"],
        [null, null, ...rij("Anna", 1001), null, "Z", "Ziek"],
        [null, null, ...rij("Bram", 1002), null, "H", "Hersteld"],
        [null, null, ...rij("Cor", 1003)],
      ],
      tabellen: [{ naam: "Redenen", bereik: "I3:J5", kopregel: true }],
    },
    verwacht: (g) => {
      expect(g.flatMap((r) => r.dossiers.map((d) => [d.werknemer, d.rijen]))).toEqual([
        ["Anna", [4]],
        ["Bram", [5]],
        ["Cor", [6]],
      ]);
    },
  },
  {
    naam: "een naam samengevoegd over twee ziekteperioden",
    blad: {
      cellen: [["Verzuimregister", null, null, null, null], KOPPEN, rij("Anna", 1001, dagVan(2026, 3, 2)), [null, null, dagVan(2026, 10, 1), null, null], rij("Bram", 1002)],
      samengevoegd: ["A1:E1", "A3:A4", "B3:B4"],
    },
    verwacht: (g) => {
      const dossiers = g.flatMap((r) => r.dossiers);
      expect(dossiers.map((d) => d.werknemer)).not.toContain(null);
      expect(dossiers.filter((d) => d.werknemer === "Anna").flatMap((d) => d.rijen).sort()).toEqual([3, 4]);
    },
  },
];

describe("scanner en taakvenster lezen hetzelfde blad buiten tabellen gelijk", () => {
  it.each(GEVALLEN.map((g, i) => [g.naam, i] as const))("%s", async (_naam, i) => {
    const geval = GEVALLEN[i];
    const cli = await scanner(`geval-${i}`, geval.blad);
    const pane = await taakvenster(geval.blad);
    geval.verwacht(cli);
    expect(pane.gelezen).toEqual(cli);
    // Structuur, adressen (tabellen, gebruikt bereik, samengevoegde cellen) en één leesronde; niets geschreven.
    expect(pane.syncs).toBe(3);
    expect(pane.lezing.syncs).toBe(3);
    expect(pane.log).toEqual([]);
  });

  it("zonder ExcelApi 1.13 geen samengevoegde cellen: evenveel syncs, de tweede rij van Anna zonder naam", async () => {
    const geval = GEVALLEN.find((g) => g.naam.startsWith("een naam samengevoegd"))!;
    const pane = await taakvenster(geval.blad, { samengevoegdOndersteund: false });
    expect(pane.syncs).toBe(3);
    const dossiers = pane.gelezen.flatMap((r) => r.dossiers);
    expect(dossiers.filter((d) => d.werknemer === "Anna").flatMap((d) => d.rijen)).toEqual([3]);
  });
});

test("leesBereiken: het adres van RangeAreas, ook met een komma in de bladnaam", () => {
  expect(leesBereiken("Verzuim!A3:A4, Verzuim!B3:B4")).toEqual([
    { boven: 3, links: 1, onder: 4, rechts: 1 },
    { boven: 3, links: 2, onder: 4, rechts: 2 },
  ]);
  expect(leesBereiken("'Blad, 1'!C5:D6,'Blad, 1'!F1")).toEqual([
    { boven: 5, links: 3, onder: 6, rechts: 4 },
    { boven: 1, links: 6, onder: 1, rechts: 6 },
  ]);
});
