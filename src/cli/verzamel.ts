/**
 * Welke bestanden een scan leest: de paden doorlopen (mappen recursief), elk bestand één keer, en alles wat
 * niet gelezen wordt met een reden. Gedeeld door `poortwachter scan` en `poortwachter statistiek`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { WERKMAP_EXTENSIES, systeemFout } from "./lezen";
import { systeemReden } from "./systeemcodes";
import { fsPad, naamUitBytes } from "./bestandsnaam";
import { GEEN_WERKMAP, type Overgeslagen } from "./rapport";

export interface Verzameling {
  bestanden: string[];
  /** Paden die niet gelezen konden worden (map zonder leesrechten, kapotte koppeling): tellen als onleesbaar. */
  onleesbaar: { bestand: string; reden: string }[];
  /** Bewust overgeslagen, met de reden: geen werkmap, slotbestand, pijp of apparaat, al gescand. */
  overgeslagen: Overgeslagen[];
  /** Opgegeven paden die niet bestaan, met de zin voor de gebruiker ("bestaat niet." of waarom niet). */
  bestaatNiet: { pad: string; melding: string }[];
}

/**
 * De bestanden onder de opgegeven paden. Elk bestand één keer (op apparaat en inode, dus ook via een
 * symbolische koppeling of twee keer opgegeven); mappen in een kring van koppelingen één keer; pijpen en
 * apparaten worden nooit geopend. Niets wordt stil overgeslagen: alles komt in `overgeslagen` of `onleesbaar`.
 */
export async function verzamel(invoer: string[], uitsluiten: string | readonly (string | null)[] | null): Promise<Verzameling> {
  const v: Verzameling = { bestanden: [], onleesbaar: [], overgeslagen: [], bestaatNiet: [] };
  const gezien = new Map<string, string>();
  // De eigen uitvoermappen (--markeer, --deelkopie) op apparaat en inode: ook via een symbolische koppeling of
  // een ander pad naar dezelfde map worden ze nooit gescand (anders: kopieën van kopieën, 30 → 60 → 90 dossiers).
  const uitvoer = new Set<string>();
  for (const u of typeof uitsluiten === "string" ? [uitsluiten] : (uitsluiten ?? [])) {
    if (!u) continue;
    const st = await fs.stat(u).catch(() => null);
    if (st?.isDirectory()) uitvoer.add(`${st.dev}:${st.ino}`);
  }
  async function loop(p: string, expliciet: boolean): Promise<void> {
    let st;
    try {
      st = await fs.stat(fsPad(p));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (expliciet && code === "ENOENT") v.bestaatNiet.push({ pad: p, melding: "bestaat niet." });
      else if (expliciet && code === "ENOTDIR") v.bestaatNiet.push({ pad: p, melding: `bestaat niet: ${systeemReden(e, "lezen")}.` });
      // Een kapotte koppeling met de naam van een werkmap is een werkmap die niet gelezen kon worden (exitcode 3/4),
      // geen bestand dat er niet toe doet.
      else if (code === "ENOENT" && WERKMAP_EXTENSIES.test(path.basename(p))) v.onleesbaar.push({ bestand: p, reden: "Symbolische koppeling naar een bestand dat niet bestaat; niet gelezen." });
      else if (code === "ENOENT") v.overgeslagen.push({ bestand: p, reden: "symbolische koppeling naar iets dat niet bestaat" });
      else if (code === "ELOOP") v.overgeslagen.push({ bestand: p, reden: "symbolische koppeling in een kring (verwijst naar zichzelf)" });
      else v.onleesbaar.push({ bestand: p, reden: systeemFout(e) });
      return;
    }
    const sleutel = `${st.dev}:${st.ino}`;
    const eerder = gezien.get(sleutel);
    if (st.isDirectory()) {
      if (uitvoer.has(sleutel)) return; // een eigen uitvoermap (--markeer, --deelkopie)
      if (eerder !== undefined) {
        v.overgeslagen.push({ bestand: p, reden: `map is al doorzocht als ${eerder} (symbolische koppeling of dubbel opgegeven)` });
        return;
      }
      gezien.set(sleutel, p);
      let namen: string[];
      try {
        // Als bytes: een naam die geen UTF-8 is, blijft zo te openen (src/cli/bestandsnaam.ts).
        namen = (await fs.readdir(fsPad(p), { encoding: "buffer" })).map(naamUitBytes);
      } catch (e) {
        v.onleesbaar.push({ bestand: p, reden: `De map kan niet gelezen worden: ${systeemFout(e)}` });
        return;
      }
      namen.sort((a, b) => a.localeCompare(b, "nl"));
      for (const n of namen) await loop(path.join(p, n), false);
      return;
    }
    if (!st.isFile()) {
      v.overgeslagen.push({ bestand: p, reden: "geen gewoon bestand (pijp, apparaat of socket); niet geopend" });
      return;
    }
    if (eerder !== undefined) {
      v.overgeslagen.push({ bestand: p, reden: `hetzelfde bestand als ${eerder}; één keer gescand` });
      return;
    }
    const naam = path.basename(p);
    if (!expliciet && naam.startsWith("~$")) {
      v.overgeslagen.push({ bestand: p, reden: "Excel-slotbestand (de werkmap is open in Excel)" });
      return;
    }
    if (!expliciet && !WERKMAP_EXTENSIES.test(naam)) {
      v.overgeslagen.push({ bestand: p, reden: GEEN_WERKMAP });
      return;
    }
    gezien.set(sleutel, p);
    v.bestanden.push(p);
  }
  for (const p of invoer) await loop(p, true);
  return v;
}

