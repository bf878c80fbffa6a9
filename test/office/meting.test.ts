/** Meet syncs en omvang per verzoek/antwoord voor 10, 1.000 en 50.000 rijen (drukt af; toetst de grenzen). */
import { dagVan } from "../../src/core/dagen";
import { leesWerkmap, markeerTermijnen } from "../../src/office/werkmap";
import { maakContext, nieuweStaat, zetWaarden, type Waarde } from "./mockExcel";

test.each([10, 1000, 50000])("meting %i rijen", async (n) => {
  const s = nieuweStaat();
  const rijen: Waarde[][] = [["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak"]];
  for (let i = 0; i < n; i++) rijen.push([`W${i}`, 45600 + (i % 300), 45650 + (i % 300), ""]);
  zetWaarden(s, "R", "A1", rijen).tabellen.push({ naam: "T", bereik: `A1:D${n + 1}` });
  const c1 = maakContext(s);
  await leesWerkmap(c1 as unknown as Excel.RequestContext, dagVan(2025, 6, 1));
  const c2 = maakContext(s);
  const r = await markeerTermijnen(c2 as unknown as Excel.RequestContext, dagVan(2025, 6, 1));
  console.log(`${n} rijen: lezen ${c1.syncs} syncs (grootste antwoord ${Math.max(...c1.antwoordBytes)} B); markeren ${c2.syncs} syncs, ${r.schrijfRondes} schrijfronde(s), grootste verzoek ${Math.max(...c2.verzoekBytes)} B`);
  expect(c1.syncs).toBe(2);
  expect(c2.syncs).toBeLessThanOrEqual(4);
});
