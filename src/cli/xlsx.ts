/**
 * exceljs-adapter voor `--markeer`: een markeringsplan toepassen op een kopie. Het lezen van werkmappen
 * gebeurt in src/cli/lezen/ (zonder exceljs); dit bestand verdwijnt zodra de pakketschrijver er is.
 *
 * Valkuilen van exceljs (../shared/office-notes.md):
 * - tabellen waarvan de relatie een absoluut pad heeft (`/xl/tables/table1.xml`, door openpyxl geschreven)
 *   laten exceljs vastlopen: dan normaliseren we de relaties en laden opnieuw;
 * - datums zijn `Date`s op middernacht UTC: de lezer krijgt `jsDatumUtc: true`;
 * - het 1904-systeem staat in `workbook.properties.date1904`.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isEigenNaam, isEigenRegel, MARKERING_KLEUREN, type MarkeringLegenda, type MarkeringPlan, type MarkeringStijl } from "../core/markering";

export class BestandFout extends Error {}

/** Laad een werkmap; een werkmap met absolute tabelrelaties wordt eerst genormaliseerd. */
export async function laadWerkmap(buffer: Buffer): Promise<ExcelJS.Workbook> {
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    // Geen zip: oud .xls, CSV, of versleuteld (wachtwoord) — dat laatste is een OLE-bestand.
    const ole = buffer.length >= 8 && buffer.readUInt32LE(0) === 0xe011cfd0;
    throw new BestandFout(
      ole
        ? "Het bestand is beveiligd met een wachtwoord of is een oud .xls-bestand; sla het op als .xlsx zonder wachtwoord."
        : "Het bestand is geen .xlsx-werkmap.",
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    return wb;
  } catch (e) {
    const genormaliseerd = await normaliseerRelaties(buffer).catch(() => null);
    if (genormaliseerd) {
      const wb2 = new ExcelJS.Workbook();
      try {
        await wb2.xlsx.load(genormaliseerd as unknown as ArrayBuffer);
        return wb2;
      } catch {
        /* val door naar de oorspronkelijke fout */
      }
    }
    throw new BestandFout(`De werkmap kan niet gelezen worden (beschadigd?): ${(e as Error).message}`);
  }
}

/** Maak absolute relatiedoelen (`/xl/…`) relatief aan de map van het relatiebestand. Null als er niets te doen was. */
async function normaliseerRelaties(buffer: Buffer): Promise<Buffer | null> {
  const zip = await JSZip.loadAsync(buffer);
  let gewijzigd = false;
  for (const naam of Object.keys(zip.files)) {
    if (!/^xl\/.*_rels\/[^/]+\.rels$/.test(naam)) continue;
    const xml = await zip.file(naam)!.async("string");
    // xl/worksheets/_rels/sheet1.xml.rels → basis xl/worksheets/
    const basis = naam.replace(/_rels\/[^/]+$/, "");
    const nieuw = xml.replace(/Target="\/([^"]+)"/g, (_m, doel: string) => {
      gewijzigd = true;
      return `Target="${relatief(basis, doel)}"`;
    });
    if (nieuw !== xml) zip.file(naam, nieuw);
  }
  if (!gewijzigd) return null;
  return zip.generateAsync({ type: "nodebuffer" });
}

function relatief(basis: string, doel: string): string {
  const van = basis.split("/").filter(Boolean);
  const naar = doel.split("/").filter(Boolean);
  let i = 0;
  while (i < van.length && i < naar.length - 1 && van[i] === naar[i]) i++;
  return [...van.slice(i).map(() => ".."), ...naar.slice(i)].join("/");
}

// ---- Markeren ------------------------------------------------------------------------------------

type DefinedNameModel = { name: string; ranges: string[]; localSheetId?: number };

/**
 * Namen met een groot bereik: exceljs slaat een naam op als losse cellen (een matrix per cel), wat voor
 * 50.000 rijen te zwaar is. We voegen onze namen daarom pas toe op het moment dat exceljs het model
 * schrijft, als één bereik, en laten de eigen namen van de gebruiker ongemoeid.
 */
function zetEigenNamen(wb: ExcelJS.Workbook, namen: DefinedNameModel[]): void {
  const dn = wb.definedNames as unknown as object;
  const proto = Object.getPrototypeOf(dn) as object;
  const desc = Object.getOwnPropertyDescriptor(proto, "model");
  if (!desc?.get || !desc.set) throw new Error("exceljs: onverwachte DefinedNames-structuur");
  const get = desc.get;
  const set = desc.set;
  Object.defineProperty(dn, "model", {
    configurable: true,
    get: () => [...(get.call(dn) as DefinedNameModel[]).filter((n) => !isEigenNaam(n.name)), ...namen],
    set: (v: DefinedNameModel[]) => set.call(dn, v),
  });
}

/** Verwijder alles wat de invoegtoepassing eerder toevoegde: verborgen bladen, namen, eigen regels. */
export function verwijderMarkering(wb: ExcelJS.Workbook): void {
  for (const ws of [...wb.worksheets]) {
    if (isEigenNaam(ws.name)) {
      wb.removeWorksheet(ws.id);
      continue;
    }
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    for (const cf of cfs) cf.rules = cf.rules.filter((r) => !isEigenRegel(r.formulae?.[0]));
    (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = cfs.filter((cf) => cf.rules.length > 0);
  }
  zetEigenNamen(wb, []);
}

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

/** Pas de kleurplannen toe op een (kopie van een) werkmap. Idempotent: eerst alles van ons weg. */
export function pasMarkeringToe(wb: ExcelJS.Workbook, plannen: MarkeringPlan[]): void {
  verwijderMarkering(wb);
  const namen: DefinedNameModel[] = [];
  for (const plan of plannen) {
    const ws = wb.getWorksheet(plan.blad);
    if (!ws) continue;
    const verborgen = wb.addWorksheet(plan.verborgenBlad, { state: "veryHidden" });
    for (const k of plan.kolommen) {
      const kolom = verborgen.getColumn(k.kolom);
      for (let i = 0; i < k.waarden.length; i++) {
        const w = k.waarden[i];
        if (w !== "") verborgen.getRow(k.eersteRij + i).getCell(kolom.number).value = w;
      }
    }
    namen.push({ name: plan.naam, ranges: [plan.naamVerwijzing.replace(/^=/, "")] });
    const perBereik = new Map<string, typeof plan.regels>();
    for (const r of plan.regels) perBereik.set(r.bereik, [...(perBereik.get(r.bereik) ?? []), r]);
    for (const [bereik, regels] of perBereik) {
      ws.addConditionalFormatting({
        ref: bereik,
        rules: regels.map((r) => ({
          type: "expression",
          priority: r.volgorde,
          formulae: [r.formule.replace(/^=/, "")],
          style: stijlVan(r.stijl ?? MARKERING_KLEUREN[r.soort]),
        })) as ExcelJS.ConditionalFormattingRule[],
      });
    }
  }
  const legenda = plannen.find((p) => p.legenda && wb.getWorksheet(p.blad))?.legenda;
  if (legenda) schrijfLegenda(wb, legenda);
  zetEigenNamen(wb, namen);
}

function stijlVan(s: MarkeringStijl): Partial<ExcelJS.Style> {
  return {
    ...(s.vulling ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.vulling) } } as ExcelJS.Fill } : {}),
    font: { color: { argb: argb(s.tekst) }, ...(s.vet ? { bold: true } : {}) },
  };
}

/** Het zichtbare legendablad, achteraan: een voorbeeldcel in elke stijl en de uitleg ernaast. */
function schrijfLegenda(wb: ExcelJS.Workbook, l: MarkeringLegenda): void {
  const ws = wb.addWorksheet(l.blad);
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 110;
  ws.getCell(1, 1).value = l.titel;
  ws.getCell(1, 1).font = { name: "Calibri", bold: true, size: 12 };
  l.regels.forEach((r, i) => {
    const voorbeeld = ws.getCell(i + 3, 1);
    voorbeeld.value = r.voorbeeld;
    if (r.stijl) {
      if (r.stijl.vulling) voorbeeld.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(r.stijl.vulling) } };
      voorbeeld.font = { name: "Calibri", color: { argb: argb(r.stijl.tekst) }, bold: r.stijl.vet };
    }
    ws.getCell(i + 3, 2).value = r.uitleg;
  });
}
