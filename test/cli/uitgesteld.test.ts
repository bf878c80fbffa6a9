/**
 * De scanner maakt de dossiers uitgesteld (één voor één, RijOpslag + DossierBron) behalve als hij ze allemaal
 * tegelijk nodig heeft (deelkopie, statistiek). Beide wegen moeten hetzelfde zeggen: op elke werkmap in
 * test/fixtures en assets (werkmappen van Excel, LibreOffice en openpyxl, met archiefbladen, tabellen en
 * tikfouten) geeft `scan` met uitgestelde dossiers dezelfde evaluaties en problemen als met een deelkopie, en
 * `--markeer` (het kleurplan dossier voor dossier) dezelfde als `scan` zonder kopie.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { scanBestand, type BestandUitslag } from "../../src/cli/scan";
import { parseISO } from "../../src/core/dagen";
import { STANDAARD_INSTELLINGEN } from "../../src/core/instellingen";

const root = path.resolve(__dirname, "..", "..");
const P = parseISO("2026-11-25");
if (!P.ok) throw new Error("peildatum");
const map = mkdtempSync(path.join(tmpdir(), "pw-uitgesteld-"));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const werkmappen = [path.join(root, "test", "fixtures"), path.join(root, "assets")].flatMap((m) =>
  readdirSync(m, { recursive: true })
    .map(String)
    .filter((f) => /\.xlsx$/i.test(f))
    .map((f) => path.join(m, f)),
);

/** Wat elk oppervlak uit een scan haalt: per register de evaluaties en de problemen. */
let gezienUitgesteld = 0;
const inhoud = (u: BestandUitslag) => u.registers.map((r) => ({ blad: r.blad, tabel: r.tabel, evaluaties: r.evaluaties, problemen: r.problemen, telling: r.telling }));

test("er zijn genoeg werkmappen om te vergelijken", () => {
  expect(werkmappen.length).toBeGreaterThan(10);
});

test.each(werkmappen.map((w) => [path.relative(root, w), w]))("%s: uitgesteld = alles tegelijk (deelkopie) = met kleurplan (markeer)", async (_n, werkmap) => {
  const basis = { peildatum: P.waarde, instellingen: STANDAARD_INSTELLINGEN };
  const uitgesteld = await scanBestand(werkmap, { ...basis, markeerMap: null });
  const alles = await scanBestand(werkmap, { ...basis, markeerMap: null, deelkopieMap: path.join(map, "deel") });
  const gekleurd = await scanBestand(werkmap, { ...basis, markeerMap: path.join(map, "kleur") });
  gezienUitgesteld += uitgesteld.registers.filter((r) => r.register.dossierBron !== undefined).length;
  // Na de scan zijn de gelezen rijen losgelaten (issue 22: het rapport wordt pas daarna geschreven).
  for (const r of uitgesteld.registers) if (r.register.dossierBron?.aantal) expect(() => r.register.dossierBron!.maak(0)).toThrow("losgelaten");
  expect(inhoud(uitgesteld)).toEqual(inhoud(alles));
  expect(inhoud(gekleurd)).toEqual(inhoud(uitgesteld));
  // Zonder kopie of deelkopie wachten de dossiers in de bron; met een deelkopie staan ze er allemaal.
  for (const r of alles.registers) expect(r.register.dossierBron).toBeUndefined();
});

test("de uitgestelde weg is echt genomen (registers met een DossierBron)", () => {
  expect(gezienUitgesteld).toBeGreaterThan(10);
});
