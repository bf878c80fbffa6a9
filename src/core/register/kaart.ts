/**
 * De kolomkaart: welke kolom welk veld is (kolommen.ts: koppen en synoniemen), met meldingen voor
 * privacykolommen (AVG) en dubbele kolommen. Eén kaart per register, gedeeld door al zijn dossiers.
 */
import { kolomLetter } from "../markering";
import type { Probleem } from "../problemen";
import { BRON } from "../wet";
import type { Cel } from "./cellen";
import { MIJLPAAL_VELD, VELDEN, VELD_SOORT, herkenKop, isPrivacyKop, type Veld, type VeldSoort } from "./kolommen";
import { celTekst } from "./koprij";

export interface KolomInfo {
  veld: Veld;
  /** De kop zoals de gebruiker hem schreef. */
  kop: string;
  /** 0-based index in het blok. */
  index: number;
  /** 1-based werkbladkolom. */
  kolom: number;
  letter: string;
}

export interface Kaart {
  kolommen: KolomInfo[];
  perVeld: Map<Veld, KolomInfo>;
  /** Parallel aan `kolommen`: hoe de cel gelezen wordt, en de index van het veld (V). */
  soorten: VeldSoort[];
  veldIndex: number[];
  /** Per veld (index V): heeft het register deze kolom? */
  aanwezig: boolean[];
  /** Kolom (1-based) van elk veld en elke mijlpaalcode: gedeeld door alle dossiers van het register. */
  kolomVan: Readonly<Record<string, number>>;
  problemen: Probleem[];
}

/** Index van elk veld in `GelezenRij.waarden`. */
export const V = Object.fromEntries(VELDEN.map((v, i) => [v, i])) as Record<Veld, number>;

export function maakKaart(koppen: readonly Cel[], kolomOffset: number, koprij: number | undefined): Kaart {
  const kolommen: KolomInfo[] = [];
  const perVeld = new Map<Veld, KolomInfo>();
  const problemen: Probleem[] = [];
  for (let i = 0; i < koppen.length; i++) {
    const kop = celTekst(koppen[i]);
    if (kop === null) continue;
    const kolom = kolomOffset + i;
    const letter = kolomLetter(kolom);
    if (isPrivacyKop(kop)) {
      problemen.push({
        code: "PRIVACY_KOLOM",
        ernst: "waarschuwing",
        melding:
          `De kolom "${kop}" lijkt medische gegevens te bevatten (diagnose, klachten, oorzaak). De AVG verbiedt de werkgever die vast te leggen, ` +
          `ook met toestemming van de werknemer; verwijder de kolom. Poortwachter leest deze kolom niet. Bron: ${BRON.AP_ZIEKE_WERKNEMER}.`,
        rij: koprij,
        kolom: kop,
        kolomLetter: letter,
      });
      continue;
    }
    const veld = herkenKop(kop);
    if (veld === null) continue;
    const al = perVeld.get(veld);
    if (al) {
      problemen.push({
        code: "DUBBELE_KOLOM",
        ernst: "waarschuwing",
        melding: `De kolom "${kop}" betekent hetzelfde als kolom "${al.kop}" (${al.letter}); alleen kolom ${al.letter} wordt gelezen.`,
        rij: koprij,
        kolom: kop,
        kolomLetter: letter,
      });
      continue;
    }
    const info: KolomInfo = { veld, kop, index: i, kolom, letter };
    kolommen.push(info);
    perVeld.set(veld, info);
  }
  const kolomVan: Record<string, number> = {};
  for (const k of kolommen) {
    kolomVan[k.veld] = k.kolom;
    const code = MIJLPAAL_VELD[k.veld];
    if (code) kolomVan[code] = k.kolom;
  }
  return {
    kolommen,
    perVeld,
    soorten: kolommen.map((k) => VELD_SOORT[k.veld]),
    veldIndex: kolommen.map((k) => V[k.veld]),
    aanwezig: VELDEN.map((v) => perVeld.has(v)),
    kolomVan: Object.freeze(kolomVan),
    problemen,
  };
}
