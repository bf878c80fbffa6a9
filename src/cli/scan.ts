/**
 * De scanner: één werkmap lezen, elk register evalueren met dezelfde kern als het taakvenster, en
 * desgewenst een gekleurde kopie schrijven. De invoer wordt nooit gewijzigd.
 */
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import type { Dag } from "../core/dagen";
import type { Instellingen } from "../core/instellingen";
import { maakMarkeringPlan, type MarkeringPlan } from "../core/markering";
import { evalueerRegister, type DossierEvaluatie } from "../core/pipeline";
import type { Probleem } from "../core/problemen";
import { leesRegister, type Register } from "../core/register";
import { schrijfDeelkopie, type DeelkopieUitslag } from "./deelkopie";
import { BestandFout, blokkenVan, datumsysteemVan, laadWerkmap, pasMarkeringToe } from "./xlsx";

export interface RegisterUitslag {
  blad: string;
  tabel: string | null;
  register: Register;
  evaluaties: DossierEvaluatie[];
  problemen: Probleem[];
}

export interface BestandUitslag {
  bestand: string;
  registers: RegisterUitslag[];
  /** Waarom het bestand niet (helemaal) gelezen kon worden. */
  fout: string | null;
  /** Pad van de gemarkeerde kopie, als die geschreven is. */
  kopie: string | null;
  /** Deelkopieën (--deelkopie): per register het pad en de weggelaten kolommen. */
  deelkopieen?: DeelkopieUitslag[];
}

export interface ScanOpties {
  peildatum: Dag;
  instellingen: Instellingen;
  /** Map voor gemarkeerde kopieën, of null. */
  markeerMap: string | null;
  /** Naam van de kopie (standaard de bestandsnaam), voor het geval twee invoerbestanden even heten. */
  kopieNaam?: string;
  /** Map voor deelkopieën zonder interne en medische kolommen, of null. */
  deelkopieMap?: string | null;
  /** Koppen die de gebruiker als intern opgeeft (voor de deelkopie). */
  intern?: readonly string[];
}

export async function scanBestand(bestand: string, opties: ScanOpties): Promise<BestandUitslag> {
  const uitslag: BestandUitslag = { bestand, registers: [], fout: null, kopie: null, deelkopieen: [] };
  let buffer: Buffer;
  try {
    // Synchroon: fs.promises.readFile kost bij kleine bestanden ~2 ms extra (vier rondes via de
    // threadpool) en de scanner leest toch één bestand tegelijk.
    buffer = readFileSync(bestand);
  } catch (e) {
    uitslag.fout = `Het bestand kan niet gelezen worden: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return uitslag;
  }
  let wb;
  try {
    wb = await laadWerkmap(buffer);
  } catch (e) {
    uitslag.fout = e instanceof BestandFout ? e.message : `De werkmap kan niet gelezen worden: ${(e as Error).message}`;
    return uitslag;
  }
  const datumsysteem = datumsysteemVan(wb);
  const plannen: MarkeringPlan[] = [];
  for (const blok of blokkenVan(wb)) {
    const register = leesRegister(blok.waarden, {
      datumsysteem,
      rijOffset: blok.rijOffset,
      kolomOffset: blok.kolomOffset,
      blad: blok.blad,
      tabel: blok.tabel,
      jsDatumUtc: true,
    });
    if (!register) continue;
    const { evaluaties, items, problemen } = evalueerRegister(register, opties.peildatum, opties.instellingen);
    uitslag.registers.push({ blad: register.blad ?? "", tabel: register.tabel ?? null, register, evaluaties, problemen });
    if (opties.deelkopieMap) {
      try {
        (uitslag.deelkopieen ??= []).push(
          await schrijfDeelkopie(bestand, blok, register, {
            map: opties.deelkopieMap,
            intern: opties.intern ?? [],
            datumsysteem,
            peildatum: opties.peildatum,
            instellingen: opties.instellingen,
          }),
        );
      } catch (e) {
        uitslag.fout = `De deelkopie kan niet geschreven worden (${(e as NodeJS.ErrnoException).code ?? "fout"}).`;
      }
    }
    if (opties.markeerMap) {
      plannen.push(maakMarkeringPlan(register, items, { index: plannen.length + 1, datumsysteem, horizonDagen: opties.instellingen.horizonDagen }));
    }
  }
  if (uitslag.registers.length === 0) {
    uitslag.fout = "Geen verzuimregister gevonden: geen tabel of blad met de kolommen Werknemer (of Personeelsnummer) en Eerste ziektedag.";
    return uitslag;
  }
  if (opties.markeerMap) {
    const doel = path.resolve(opties.markeerMap, opties.kopieNaam ?? path.basename(bestand));
    if (doel === path.resolve(bestand)) {
      uitslag.fout = "De uitvoermap is de map van het invoerbestand: de invoer wordt nooit overschreven. Kies een andere --markeer-map.";
      return uitslag;
    }
    pasMarkeringToe(wb, plannen);
    await fs.mkdir(path.dirname(doel), { recursive: true });
    const uit = await wb.xlsx.writeBuffer();
    await fs.writeFile(doel, Buffer.from(uit as ArrayBuffer));
    uitslag.kopie = doel;
  }
  return uitslag;
}
