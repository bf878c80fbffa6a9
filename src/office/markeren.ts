/**
 * "Markeer termijnen" en "Markering verwijderen": de schrijfkant van de Excel-adapter. Apart van werkmap.ts
 * (lezen), zodat het taakvenster dit pas laadt als de gebruiker markeert of een markering bijwerkt: het eigen,
 * lui geladen script markeren.js (dynamische import in src/taskpane/taskpane.ts), buiten de grens van de pagina.
 */
import type { Dag } from "../core/dagen";
import {
  kolomLetter,
  LEGENDA_BLAD,
  legendaRaster,
  legendaStalen,
  maakMarkeringPlan,
  MARKERING_KENMERK,
  MARKERING_KLEUREN,
  naamSleutel,
  vrijeNummers,
  type MarkeringPlan,
} from "../core/markering";
import {
  leesIntern,
  ondersteunt,
  SCHRIJF_BUDGET_BYTES,
  STUK_RIJEN,
  teller,
  utf8Bytes,
  vereisOndersteuning,
  type MarkeerResultaat,
  type VerwijderResultaat,
} from "./werkmap";

/** Kolombreedtes van het legendablad in punten (≈ 16 en 110 tekens, zoals `<cols>` in de kopie van de scanner). */
const LEGENDA_BREEDTE_PUNTEN = [90, 580] as const;

interface Schrijf {
  blad: string;
  adres: string;
  waarden: (number | string)[][];
  bytes: number;
}

/** Verdeelt de kolomwaarden van de plannen in stukken en bundelt die in schrijfrondes onder het budget. */
export function verdeelSchrijfwerk(plannen: readonly MarkeringPlan[], budget = SCHRIJF_BUDGET_BYTES, stukRijen = STUK_RIJEN): Schrijf[][] {
  const stukken: Schrijf[] = [];
  for (const plan of plannen) {
    for (const k of plan.kolommen) {
      const letter = kolomLetter(k.kolom);
      for (let start = 0; start < k.waarden.length; start += stukRijen) {
        const deel = k.waarden.slice(start, start + stukRijen);
        const van = k.eersteRij + start;
        const tot = van + deel.length - 1;
        const waarden = deel.map((v) => [v]);
        const adres = `${letter}${van}:${letter}${tot}`;
        stukken.push({ blad: plan.verborgenBlad, adres, waarden, bytes: utf8Bytes(JSON.stringify(waarden)) + adres.length + 200 });
      }
    }
  }
  const rondes: Schrijf[][] = [[]];
  let omvang = 0;
  for (const s of stukken) {
    const huidige = rondes[rondes.length - 1];
    if (huidige.length > 0 && omvang + s.bytes > budget) {
      rondes.push([s]);
      omvang = s.bytes;
    } else {
      huidige.push(s);
      omvang += s.bytes;
    }
  }
  return rondes;
}

/**
 * "Markeer termijnen": verwijdert eerst wat de invoegtoepassing eerder toevoegde en past dan het kleurplan
 * toe. Tweemaal draaien geeft dezelfde werkmap.
 */
export async function markeerTermijnen(context: Excel.RequestContext, peildatum: Dag): Promise<MarkeerResultaat> {
  vereisOndersteuning();
  const t = teller();
  const intern = await leesIntern(context, peildatum, t, true);
  const { lezing } = intern;
  // Een archiefblad is geschiedenis: geen kleuren, geen termijnblad.
  const teKleuren = lezing.registers.filter((g) => !g.register.archief);
  const nummers = vrijeNummers(teKleuren.length, intern.bezet);
  const plannen = teKleuren.map((g, i) =>
    maakMarkeringPlan(g.register, g.items, {
      index: nummers[i],
      datumsysteem: lezing.datumsysteem,
      horizonDagen: lezing.instellingen.horizonDagen,
      celInhoud: intern.celInhoud.get(g.index),
    }),
  );
  const rondes = verdeelSchrijfwerk(plannen);
  const wb = context.workbook;
  const nodig = new Set(plannen.map((p) => naamSleutel(p.verborgenBlad)));

  // Eerste schrijfronde: eigen regels, namen en overbodige eigen bladen weg; eigen bladen leeg of nieuw.
  const verborgen = new Map<string, Excel.Worksheet>();
  let regels = 0;
  let cellen = 0;
  for (let i = 0; i < rondes.length; i++) {
    context.application.suspendApiCalculationUntilNextSync();
    if (i === 0) {
      for (const cf of intern.eigenRegels) cf.delete();
      for (const n of intern.eigenNamen) n.delete();
      for (const blad of intern.eigenBladen) {
        if (nodig.has(naamSleutel(blad.name))) {
          blad.getRange().clear();
          if (blad.visibility !== "VeryHidden") blad.visibility = "VeryHidden"; // na LibreOffice: Hidden
          verborgen.set(naamSleutel(blad.name), blad);
        } else {
          blad.delete();
        }
      }
      for (const p of plannen) {
        let blad = verborgen.get(naamSleutel(p.verborgenBlad));
        if (!blad) {
          blad = wb.worksheets.add(p.verborgenBlad);
          blad.visibility = "VeryHidden";
          verborgen.set(naamSleutel(p.verborgenBlad), blad);
        }
        blad.getRange("A1").values = [[MARKERING_KENMERK]];
      }
      // Het legendablad (zoals in de gekleurde kopie van de scanner): wie de werkmap zonder invoegtoepassing
      // opent, ziet wat de kleuren betekenen. Een blad van de gebruiker met die naam blijft staan.
      const legenda = plannen.find((p) => p.legenda)?.legenda ?? null;
      if (legenda !== null && !intern.legendaBezet) {
        let blad = intern.eigenLegenda;
        if (blad) blad.getRange().clear();
        else blad = wb.worksheets.add(LEGENDA_BLAD);
        const raster = legendaRaster(legenda);
        blad.getRange(`A1:B${raster.length}`).values = raster;
        // De kleurstalen: de cel zelf in de kleur van de regel (zoals de kopie van de scanner ze toont).
        for (const { adres, stijl } of legendaStalen(legenda)) {
          const staal = blad.getRange(adres);
          if (stijl.vulling) staal.format.fill.color = stijl.vulling;
          staal.format.font.color = stijl.tekst;
          if (stijl.vet) staal.format.font.bold = true;
        }
        // Zoals in de kopie van de scanner: smalle kolom voor de kleur, brede voor de uitleg; liggend op één pagina.
        blad.getRange(`A1:A${raster.length}`).format.columnWidth = LEGENDA_BREEDTE_PUNTEN[0];
        blad.getRange(`B1:B${raster.length}`).format.columnWidth = LEGENDA_BREEDTE_PUNTEN[1];
        if (ondersteunt("1.9")) {
          blad.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
          blad.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
        }
      } else intern.eigenLegenda?.delete();
    }
    for (const s of rondes[i]) {
      verborgen.get(naamSleutel(s.blad))!.getRange(s.adres).values = s.waarden;
      cellen += s.waarden.length;
    }
    if (i === rondes.length - 1) {
      for (const p of plannen) {
        wb.names.add(p.naam, p.naamVerwijzing);
        const blad = wb.worksheets.getItem(p.blad);
        for (const regel of p.regels) {
          const cf = blad.getRange(regel.bereik).conditionalFormats.add("Custom");
          cf.custom.rule.formula = regel.formule;
          const kleur = regel.stijl ?? MARKERING_KLEUREN[regel.soort];
          if (kleur.vulling) cf.custom.format.fill.color = kleur.vulling;
          cf.custom.format.font.color = kleur.tekst;
          if (kleur.vet) cf.custom.format.font.bold = true;
          regels++;
        }
      }
    }
    t.tel();
    // Eén sync per schrijfronde (5 MB-grens per verzoek); het aantal rondes volgt uit omvang / budget, niet
    // uit een lus over rijen of cellen.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return { lezing: { ...lezing, gemarkeerd: plannen.length > 0, syncs: t.aantal }, plannen, regels, cellen, schrijfRondes: rondes.length, syncs: t.aantal };
}

/** "Markering verwijderen": precies de eigen regels, namen en bladen. Drie syncs. */
export async function verwijderMarkering(context: Excel.RequestContext): Promise<VerwijderResultaat> {
  vereisOndersteuning();
  const t = teller();
  const intern = await leesIntern(context, 0, t, true, false);
  for (const cf of intern.eigenRegels) cf.delete();
  for (const n of intern.eigenNamen) n.delete();
  for (const b of intern.eigenBladen) b.delete();
  intern.eigenLegenda?.delete();
  t.tel();
  await context.sync();
  return { regels: intern.eigenRegels.length, namen: intern.eigenNamen.length, bladen: intern.eigenBladen.length + (intern.eigenLegenda ? 1 : 0), syncs: t.aantal };
}
