/**
 * De deelkopie als nieuwe werkmap, gedeeld door de scanner (`scan --deelkopie`, src/cli/deelkopie.ts) en het
 * taakvenster ("Deelkopie voor deze werknemer"): alleen de gekozen kolommen (kiesDeelkolommen in de kern: geen
 * interne, medische of contactkolommen), een nieuwe werkmap met één tabel (./nieuwe-werkmap.ts) en dezelfde
 * kleuren als de gekleurde kopie (./markeer-kopie.ts). Een nieuwe werkmap in plaats van een bewerkte kopie: zo
 * gaat er niets anders mee (andere bladen, opmerkingen, verborgen bladen, eigenschappen, aangepaste XML).
 * Alleen een gevoeligheidslabel gaat mee als de gastheer het heeft (de scanner leest het uit het bestand; het
 * taakvenster kan het niet lezen). Geen node:-modules en geen netwerk: alles gebeurt in het geheugen.
 */
import type { Dag, Datumsysteem } from "../core/dagen";
import { deelkopieRaster, kiesDeelkolommen, type DeelkopieKeuze } from "../core/deelkopie";
import type { Instellingen } from "../core/instellingen";
import { maakMarkeringPlan } from "../core/markering";
import { evalueerRegister } from "../core/pipeline";
import { herkenKop, leesRegister, VELD_SOORT, type Cel } from "../core/register";
import { markeerPakket } from "./markeer-kopie";
import { maakWerkmap } from "./nieuwe-werkmap";
import type { Pakket } from "./opc";

export interface DeelkopieInvoer {
  /** De kopregel van het register (0-based kolommen in het blok). */
  koprij: readonly Cel[];
  /** De rijen die mee mogen (al gekozen: alle rijen, of die van één werknemer). */
  rijen: readonly (readonly Cel[])[];
  /** De kolommen (0-based, zoals `koprij`) die het gelezen register werkelijk gebruikt. */
  registerKolommen: ReadonlySet<number>;
  /** Koppen die de gebruiker als intern opgeeft (--intern). */
  intern?: readonly string[];
  /** Koppen die de gebruiker wil delen, ook als ze geen registerkolom zijn (--deel-kolom). */
  deel?: readonly string[];
  datumsysteem: Datumsysteem;
  peildatum: Dag;
  instellingen: Instellingen;
  /** docProps/custom.xml met alleen het gevoeligheidslabel (alleenLabels), of null. */
  label?: string | null;
}

export interface Deelkopie {
  /** De nieuwe werkmap, gekleurd; `pakket.bytes()` geeft het .xlsx-bestand. */
  pakket: Pakket;
  keuze: DeelkopieKeuze;
  /** Aantal dossiers in de deelkopie. */
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

/** Maak de deelkopie: kolommen kiezen, nieuwe werkmap, kleuren. Gooit `PakketFout` als kleuren niet lukt. */
export async function maakDeelkopie(i: DeelkopieInvoer): Promise<Deelkopie> {
  const keuze = kiesDeelkolommen(i.koprij, { intern: i.intern, deel: i.deel, registerKolommen: i.registerKolommen });
  const raster = deelkopieRaster(i.koprij, i.rijen, keuze, i.datumsysteem);
  const koppen = tabelKoppen(raster[0]);
  const datumKolommen = new Set<number>();
  koppen.forEach((kop, k) => {
    const veld = herkenKop(kop);
    const soort = veld ? VELD_SOORT[veld] : null;
    if (soort === "datum" || soort === "datumOfJanee") datumKolommen.add(k);
  });
  const pakket = maakWerkmap({
    blad: "Verzuim",
    tabel: "Verzuim",
    koppen,
    rijen: raster.slice(1),
    datumKolommen,
    breedtes: koppen.map((kop) => Math.min(40, Math.max(12, kop.length + 2))),
    eigenschappen: i.label ?? null,
  });

  // Dezelfde kleuren: het nieuwe raster opnieuw lezen en evalueren, zoals de scanner een werkmap markeert.
  const nieuw = leesRegister(raster, { tabel: "Verzuim", blad: "Verzuim", rijOffset: 1, kolomOffset: 1, datumsysteem: "1900", jsDatumUtc: true });
  let dossiers = 0;
  if (nieuw) {
    const { items } = evalueerRegister(nieuw, i.peildatum, i.instellingen);
    dossiers = nieuw.dossiers.length;
    // De cellen zoals ze in de deelkopie staan: daaruit komt de sleutel waarmee elke rij haar termijnen opzoekt.
    const plan = maakMarkeringPlan(nieuw, items, {
      index: 1,
      datumsysteem: "1900",
      horizonDagen: i.instellingen.horizonDagen,
      celInhoud: (rij, kolom) => raster[rij - 1]?.[kolom - 1],
    });
    await markeerPakket(pakket, [plan]);
  }
  return { pakket, keuze, dossiers };
}
export { PakketFout } from "./opc";
