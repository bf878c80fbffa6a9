/**
 * `--deelkopie MAP`: per werkmap een NIEUWE werkmap met alleen het register, zonder interne en medische
 * kolommen (src/core/deelkopie.ts), met dezelfde kleuren als de gemarkeerde kopie. Een nieuwe werkmap in
 * plaats van een bewerkte kopie: zo gaat er niets anders mee (andere bladen, opmerkingen in cellen,
 * verborgen bladen, documenteigenschappen, aangepaste XML). exceljs schrijft alleen deze eigen werkmap.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Dag, Datumsysteem } from "../core/dagen";
import { deelkopieRaster, kiesDeelkolommen, type DeelkopieKeuze } from "../core/deelkopie";
import type { Instellingen } from "../core/instellingen";
import { maakMarkeringPlan } from "../core/markering";
import { evalueerRegister } from "../core/pipeline";
import { herkenKop, leesRegister, VELD_SOORT, type Cel, type Register } from "../core/register";
import type { Blok } from "./lezen";
import { Schrijver } from "./schrijven";

export interface DeelkopieUitslag {
  /** Pad van de geschreven deelkopie. */
  pad: string;
  weggelaten: DeelkopieKeuze["weggelaten"];
  /** Met --deel-kolom genoemde koppen die niet in dit register staan. */
  nietGevonden: string[];
  dossiers: number;
}

/** Unieke, niet-lege tabelkoppen (Excel eist dat). */
function tabelKoppen(koppen: readonly Cel[]): string[] {
  const gezien = new Set<string>();
  return koppen.map((k, i) => {
    let kop = typeof k === "string" && k.trim() !== "" ? k.trim() : `Kolom${i + 1}`;
    for (let n = 2; gezien.has(kop.toLowerCase()); n++) kop = `${kop} (${n})`;
    gezien.add(kop.toLowerCase());
    return kop;
  });
}

export interface DeelkopieOpties {
  map: string;
  /** Koppen die de gebruiker als intern opgeeft (--intern). */
  intern: readonly string[];
  /** Koppen die de gebruiker wil delen, ook als ze geen registerkolom zijn (--deel-kolom). */
  deel?: readonly string[];
  /**
   * Pad van de invoer onder de gescande map (zoals bij --markeer, `kopieNaamVoor`): de deelkopie komt in
   * dezelfde submap, zodat twee klanten met een `verzuim.xlsx` niet door elkaar lopen. Standaard de bestandsnaam.
   */
  naam?: string;
  /** De schrijver van deze run (kent de invoer en wat al geschreven is). */
  schrijver?: Schrijver;
  datumsysteem: Datumsysteem;
  peildatum: Dag;
  instellingen: Instellingen;
}

/** Schrijf de deelkopie van één register (blok + gelezen register) als nieuwe werkmap. */
export async function schrijfDeelkopie(bronBestand: string, blok: Blok, register: Register, opties: DeelkopieOpties): Promise<DeelkopieUitslag> {
  const k = register.koprij - blok.rijOffset;
  const koprij = blok.waarden[k] ?? [];
  const rijen = blok.waarden.slice(k + 1, register.laatsteRij - blok.rijOffset + 1);
  // Alleen de kolommen die het register werkelijk las (en de delen van een gesplitste naam), plus --deel-kolom.
  const registerKolommen = new Set(register.kolommen.flatMap((c) => [c.kolom - blok.kolomOffset, ...(c.delen ?? [])]));
  const keuze = kiesDeelkolommen(koprij, { intern: opties.intern, deel: opties.deel, registerKolommen });
  const raster = deelkopieRaster(koprij, rijen, keuze, opties.datumsysteem);

  // exceljs (alleen voor deze nieuwe eigen werkmap) pas laden als er een deelkopie gemaakt wordt: elke
  // andere scan start dan ~0,2 s sneller.
  // (require, geen import(): de bibliotheek is CommonJS en jest laadt geen ES-modules.)
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Excel = require("exceljs") as typeof import("exceljs");
  const { pasMarkeringToe } = require("./xlsx") as typeof import("./xlsx");
  /* eslint-enable @typescript-eslint/no-require-imports */
  const wb = new Excel.Workbook();
  wb.creator = "Poortwachter voor Excel (deelkopie)";
  const ws = wb.addWorksheet("Verzuim");
  const koppen = tabelKoppen(raster[0]);
  ws.addTable({
    name: "Verzuim",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: koppen.map((name) => ({ name, filterButton: true })),
    rows: raster.length > 1 ? raster.slice(1).map((r) => r.map((c) => (c === undefined ? null : c)) as ExcelJS.CellValue[]) : [koppen.map(() => null)],
  });
  koppen.forEach((kop, i) => {
    const veld = herkenKop(kop);
    const soort = veld ? VELD_SOORT[veld] : null;
    const kolom = ws.getColumn(i + 1);
    kolom.width = Math.min(40, Math.max(12, kop.length + 2));
    if (soort === "datum" || soort === "datumOfJanee") kolom.numFmt = "dd-mm-yyyy";
  });

  // Dezelfde kleuren: het nieuwe raster opnieuw lezen en evalueren, zoals de scanner een werkmap markeert.
  const nieuw = leesRegister(raster, { tabel: "Verzuim", blad: "Verzuim", rijOffset: 1, kolomOffset: 1, datumsysteem: "1900", jsDatumUtc: true });
  let dossiers = 0;
  if (nieuw) {
    const { items } = evalueerRegister(nieuw, opties.peildatum, opties.instellingen);
    dossiers = nieuw.dossiers.length;
    pasMarkeringToe(wb, [maakMarkeringPlan(nieuw, items, { index: 1, datumsysteem: "1900", horizonDagen: opties.instellingen.horizonDagen })]);
  }
  // "naam (deelkopie).xlsx" in de gespiegelde submap; bestaat die (of is hij van deze run): "(deelkopie 2)", …
  const rel = opties.naam ?? path.basename(bronBestand);
  const basis = path.basename(rel).replace(/\.\w+$/, "");
  const kandidaat = (n: number) => `${basis} (deelkopie${n > 1 ? ` ${n}` : ""}).xlsx`;
  const schrijver = opties.schrijver ?? new Schrijver();
  if (!opties.schrijver) await schrijver.bescherm(bronBestand);
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const { pad } = await schrijver.schrijf(path.join(opties.map, path.dirname(rel), kandidaat(1)), bytes, { wat: "de deelkopie", nummeren: true, kandidaat });
  return { pad, weggelaten: keuze.weggelaten, nietGevonden: keuze.nietGevonden, dossiers };
}
