/**
 * Office-adapter, één werkmap één personeelsbestand: een live blad en een archiefblad ("Archief 2025") via de
 * opnemende mock. Perioden tellen samen over de bladen, het archief geeft geen dossiers als werk en krijgt geen
 * kleuren of termijnblad; verzuimcijfers tellen de archiefperioden mee.
 */
import { dagVan } from "../../src/core/dagen";
import { isEigenRegel } from "../../src/core/markering";
import { archiefTekst } from "../../src/core/register";
import { meldingenVan } from "../../src/core/statistiek";
import { markeerTermijnen } from "../../src/office/markeren";
import { leesWerkmap } from "../../src/office/werkmap";
import { maakContext, momentopname, nieuweStaat, zetWaarden, type MockStaat } from "./mockExcel";

const P = dagVan(2026, 6, 10);
const KOP = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];

function werkmap(): MockStaat {
  const s = nieuweStaat();
  zetWaarden(s, "Verzuim", "A1", [
    KOP,
    ["Piet Bakker", "1002", dagVan(2026, 5, 1), "", dagVan(2026, 6, 1)],
    ["Jan de Vries", "1001", dagVan(2026, 5, 25), "", ""],
  ]);
  zetWaarden(s, "Archief 2025", "A1", [
    KOP,
    ["Klaas Smit", "1003", dagVan(2025, 9, 1), dagVan(2025, 10, 1), dagVan(2025, 9, 20)],
    ["Jan de Vries", "1001", dagVan(2026, 3, 2), dagVan(2026, 5, 4), ""],
  ]);
  return s;
}

describe("Office-adapter: live blad + archiefblad", () => {
  test("leesWerkmap: samengeteld dossier op het live blad, archief zonder evaluaties, niets geschreven", async () => {
    const s = werkmap();
    const voor = momentopname(s);
    const ctx = maakContext(s);
    const l = await leesWerkmap(ctx as unknown as Excel.RequestContext, P);
    expect(ctx.log).toEqual([]);
    expect(momentopname(s)).toEqual(voor);
    expect(l.registers.map((g) => [g.register.blad, g.evaluaties.length, g.items.length, !!g.register.archief])).toEqual([
      ["Verzuim", 2, 2, false],
      ["Archief 2025", 0, 0, true],
    ]);
    expect(archiefTekst(l.registers[1].register)).toMatch(/^Blad 'Archief 2025' gelezen als archief: 2 afgesloten meldingen, gebruikt voor samentellen/);
    const jan = l.registers[0].evaluaties.find((e) => e.dossier.werknemer === "Jan de Vries")!;
    expect(jan.dossier.rij).toBe(3);
    expect(jan.dossier.elders).toEqual([{ blad: "Archief 2025", rij: 3, eersteZiektedag: dagVan(2026, 3, 2) }]);
    expect(jan.tijdlijn.mijlpalen.PA.status).toBe("te-laat");
    // Verzuimcijfers: vier meldingen, ook die op het archief, elk één keer.
    expect(l.registers.flatMap((g) => meldingenVan(g.register))).toHaveLength(4);
  });

  test("markeerTermijnen: alleen het live blad krijgt regels en een termijnblad", async () => {
    const s = werkmap();
    const r = await markeerTermijnen(maakContext(s) as unknown as Excel.RequestContext, P);
    expect(r.plannen.map((p) => p.verborgenBlad)).toEqual(["PW_T_1"]);
    const eigen = s.regels.filter((x) => isEigenRegel(x.formule));
    expect(eigen.length).toBeGreaterThan(0);
    expect(eigen.every((x) => x.blad === "Verzuim")).toBe(true);
    expect(s.bladen.filter((b) => b.naam.startsWith("PW_T_")).map((b) => b.naam)).toEqual(["PW_T_1"]);
  });
});
