/**
 * Eind-tot-eind: één werkmap, één personeelsbestand. De scanner leest een live blad en een archiefblad
 * ("Archief 2025", alleen afgesloten meldingen) uit echte .xlsx-bestanden (exceljs en openpyxl): perioden
 * van één werknemer tellen samen over de bladen, het archief is geen werk en wordt niet gekleurd.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { JsonRapportV2 } from "../../src/cli/scanner-json";
import { maakArchiefWerkmap, PYTHON } from "./generatoren/werkmappen";

async function draai(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

let map: string;
const P = ["--peildatum", "2026-06-10"];
const bestanden: [string, string][] = [["exceljs", "archief-exceljs.xlsx"]];
if (PYTHON) bestanden.push(["openpyxl", "archief-openpyxl.xlsx"]);

beforeAll(async () => {
  map = mkdtempSync(path.join(tmpdir(), "pw-archief-"));
  await maakArchiefWerkmap(path.join(map, "archief-exceljs.xlsx"));
  if (PYTHON) await maakArchiefWerkmap(path.join(map, "archief-openpyxl.xlsx"), { maak: "openpyxl" });
  await maakArchiefWerkmap(path.join(map, "zonder-naam.xlsx"), { archiefNaam: "2025" });
}, 60_000);

describe.each(bestanden)("live blad + archiefblad (%s)", (_maker, naam) => {
  test("tekstrapport: samengeteld dossier op het live blad, archief gelezen als archief, overlap met beide bladen", async () => {
    const r = await draai(["scan", path.join(map, naam), ...P]);
    expect(r.err).toBe("");
    const [live, archief] = r.out.split(/^== /m).slice(1);
    expect(live).toMatch(/^\S+ — blad Verzuim \(3 dossiers, 3 open\) ==/);
    // De probleemanalyse van Jan (week 6 van de eerste periode, 12-04-2026) is te laat: zonder het archief was
    // ze pas op 05-07-2026 aan de orde.
    expect(live).toMatch(/Jan de Vries \(rij 3\)\s+Probleemanalyse/);
    expect(archief).toMatch(/^\S+ — blad Archief 2025 \(archief\) ==\nBlad 'Archief 2025' gelezen als archief: 3 afgesloten meldingen, gebruikt voor samentellen/);
    expect(archief).not.toMatch(/Klaas Smit/);
    expect(live).toMatch(/rij 4, kolom Eerste ziektedag \(C\): De periode vanaf 20-04-2026 \(blad 'Verzuim', rij 4\) overlapt met de periode vanaf 02-03-2026 tot de hersteldatum 04-05-2026 \(blad 'Archief 2025', rij 4\)/);
    expect(r.out).toMatch(/Samenvatting: 1 bestand, 2 registers, 3 dossiers/);
  });

  test("JSON: het archief zonder dossiers, met zijn melding; het dossier noemt de periode op het archief", async () => {
    const r = await draai(["scan", path.join(map, naam), ...P, "--json"]);
    const j = JSON.parse(r.out) as JsonRapportV2;
    // Versie 2: een archief heeft geen sleutel "dossiers" (geen leeg veld).
    expect(j.bestanden.map((b) => [b.blad, b.dossiers?.length ?? 0, b.archief?.meldingen])).toEqual([
      ["Verzuim", 3, undefined],
      ["Archief 2025", 0, 3],
    ]);
    expect(j.bestanden[1].archief!.melding).toMatch(/^Blad 'Archief 2025' gelezen als archief/);
    const jan = j.bestanden[0].dossiers!.find((x) => x.werknemer === "Jan de Vries")!;
    expect(jan.rijen).toEqual([3]);
    expect(jan.elders).toEqual([{ blad: "Archief 2025", rij: 3, eersteZiektedag: "2026-03-02" }]);
    expect(jan.eersteZiektedag).toBe("2026-03-02"); // de eerste dag van de samengetelde keten
    expect(jan.samengeteldeDagen).toBe(21);
    expect(jan.mijlpalen.PA.status).toBe("te-laat");
    expect(jan.mijlpalen.PA.uiterlijk).toBe("2026-04-12");
    // CSV: alleen de dossiers van het live blad (en regels voor problemen, zonder werknemer).
    const csv = await draai(["scan", path.join(map, naam), ...P, "--csv"]);
    const regels = csv.out.trim().split(/\r?\n/).slice(1);
    expect(regels.every((x) => x.includes(";Verzuim;"))).toBe(true);
    expect(regels.filter((x) => /;(Piet Bakker|Jan de Vries|Eva Kok|Klaas Smit);/.test(x)).map((x) => x.split(";")[4])).toEqual(["Piet Bakker", "Jan de Vries", "Eva Kok"]);
  });

  test("gekleurde kopie: het live blad gekleurd, het archief niet", async () => {
    const uit = path.join(map, `kopie-${naam}`);
    const r = await draai(["scan", path.join(map, naam), ...P, "--markeer", uit]);
    expect(r.out).toMatch(/Gemarkeerde kopie/);
    const zip = await JSZip.loadAsync(readFileSync(path.join(uit, naam)));
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const doelVan = (blad: string) => {
      const id = new RegExp(`<sheet [^>]*name="${blad}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
      // Attribuutvolgorde verschilt per maker (openpyxl: Target vóór Id).
      const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((x) => x.includes(`Id="${id}"`))!;
      return "xl/" + /Target="([^"]+)"/.exec(rel)![1].replace(/^\/?xl\//, "");
    };
    const live = await zip.file(doelVan("Verzuim"))!.async("string");
    const archief = await zip.file(doelVan("Archief 2025"))!.async("string");
    expect(live).toMatch(/conditionalFormatting/);
    expect(archief).not.toMatch(/conditionalFormatting/);
  });

  test("statistiek telt de perioden op het archief mee", async () => {
    const r = await draai(["statistiek", path.join(map, naam), "--van", "2025-01-01", "--tot", "2026-06-10", "--medewerkers", "10", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // Piet, Jan ×2, Eva ×2, Klaas: zes meldingen (alleen het live blad: drie).
    expect(j.bestanden[0].meldingen).toBe(6);
  });
});

test("een blad met alleen afgesloten meldingen naast het live blad is archief, ook zonder archiefnaam", async () => {
  const r = await draai(["scan", path.join(map, "zonder-naam.xlsx"), ...P, "--json"]);
  const j = JSON.parse(r.out) as JsonRapportV2;
  expect(j.bestanden.map((b) => [b.blad, b.archief?.meldingen ?? null])).toEqual([
    ["Verzuim", null],
    ["2025", 3],
  ]);
});
