/**
 * De kolomkaart: welke kolom welk veld is (kolommen.ts: koppen, synoniemen en tikfouten), met meldingen voor
 * privacykolommen (AVG), dubbele kolommen, koppen met een tikfout en datumkolommen zonder datums
 * (inhoud.ts). Elke kop die niet gebruikt wordt, staat in `nietGebruikt` met de reden en waar het kan
 * "bedoelde u …?". Eén kaart per register, gedeeld door al zijn dossiers.
 */
import { kolomLetter } from "../markering";
import type { Probleem } from "../problemen";
import { BRON } from "../wet";
import type { Datumsysteem } from "../dagen";
import type { Cel } from "./cellen";
import { MIN_ANDERS, keurDatumkolom, telBijKeuring, type Keuring } from "./inhoud";
import { MIJLPAAL_VELD, VELDEN, VELD_SOORT, herkenKopTolerant, isPrivacyKop, kopVan, naamDeelVan, normaliseerKop, type Herkenning, type NaamDeel, type Veld, type VeldSoort } from "./kolommen";
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
  /** Alleen bij de werknemer uit aparte naamkolommen: de indexen van voornaam, tussenvoegsel en achternaam. */
  delen?: number[];
}

/** Waarom een kolom met een kop niet gebruikt wordt. */
export type NietGebruiktReden = "onbekend" | "geen-datums" | "dubbel" | "privacy" | "keuze";

/** Een kop die niet gebruikt wordt: in rapport, JSON, CSV en taakvenster, met "bedoelde u …?" als er een in de buurt ligt. */
export interface NietGebruikteKolom {
  kop: string;
  /** 1-based werkbladkolom. */
  kolom: number;
  letter: string;
  reden: NietGebruiktReden;
  /**
   * Sjabloonkoppen die in de buurt liggen (tikfout die niet zeker genoeg is) of als geheel in de kop staan, met
   * andere woorden erbij (ten hoogste drie, de meest specifieke eerst), of de bedoelde kolom (geen datums).
   */
  bedoeldeU: string[];
}

/** De celwaarden onder de kopregel: alleen nodig om de inhoud van datumkolommen te keuren. */
export interface KaartGegevens {
  waarden: readonly (readonly Cel[] | undefined)[];
  /** Index in `waarden` van de eerste gegevensrij. */
  vanaf: number;
  /** Werkbladrij van waarden[0]. */
  rijOffset: number;
  systeem: Datumsysteem;
  utc: boolean;
  blad?: string;
  /**
   * Eén rij (de PW.*-functies met Verzuim[@] en de koppen): dan is één cel met tekst, een getal of ja/nee
   * genoeg om de kolom niet als datumkolom te gebruiken. Zo geeft een kolom "Arbodienst" met "ArboNed" in een
   * functie hetzelfde als in scanner en taakvenster (de stap is onbekend), in plaats van #WAARDE!.
   */
  enkeleRij?: boolean;
  /**
   * De kolomkeuze van de gebruiker (instelling `kolommen`, zie toewijzing.ts): genormaliseerde kop → veld, of
   * null voor "niet gebruiken". Gaat vóór de herkenning; medische kolommen blijven altijd buiten.
   */
  toewijzing?: ReadonlyMap<string, Veld | null>;
}

/** "Kolom "Eerste ziekteag" (B) gelezen als …" en de andere meldingen over kolommen: één korte tekst per niet gebruikte kop. */
export function nietGebruiktTekst(k: NietGebruikteKolom): string {
  const waarom =
    k.reden === "privacy"
      ? "medische gegevens, nooit gelezen"
      : k.reden === "dubbel"
        ? "dubbele kolom"
        : k.reden === "geen-datums"
          ? "geen datums"
          : k.reden === "keuze"
            ? "niet gebruiken volgens uw kolomkeuze"
            : "niet herkend";
  const bedoeld = k.reden === "onbekend" && k.bedoeldeU.length ? `; bedoelde u ${k.bedoeldeU.map((b) => `"${b}"`).join(" of ")}?` : "";
  return `"${k.kop}" (${k.letter}, ${waarom}${bedoeld})`;
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
  /** Koppen die niet gebruikt worden, in de volgorde van het blad. */
  nietGebruikt: NietGebruikteKolom[];
}

/** Index van elk veld in `GelezenRij.waarden`. */
export const V = Object.fromEntries(VELDEN.map((v, i) => [v, i])) as Record<Veld, number>;

const SOORT_TEKST = { tekst: "tekst", getallen: "getallen", janee: "ja/nee of vinkjes" } as const;

function geenDatumsMelding(kop: string, letter: string, veld: Veld, k: Keuring, g: KaartGegevens): string {
  const wat = k.soort === "getallen" && k.voorbeeldGetal !== null && Number.isFinite(k.voorbeeldGetal) ? `getallen zoals ${k.voorbeeldGetal}` : SOORT_TEKST[k.soort];
  const rij = k.eersteAnders >= 0 ? `, bijvoorbeeld in rij ${g.rijOffset + k.eersteAnders}` : "";
  const waar = g.blad ? ` op blad "${g.blad}"` : "";
  const advies =
    veld === "eersteZiektedag"
      ? "Zonder eerste ziektedag kan niets beoordeeld worden: zet de eerste ziektedag als datum in een kolom."
      : MIJLPAAL_VELD[veld]
        ? "Zet de datum waarop de stap gedaan is in een eigen kolom (of n.v.t. als de stap niet hoeft); tot dan is deze stap onbekend."
        : "Zet er datums in, of geef de kolom een andere kop.";
  // De tekst in de cellen wordt niet herhaald: vrije tekst kan medische gegevens bevatten (isVrijeTekst, AVG).
  return `De kolom "${kop}" (${letter})${waar} bevat geen datums maar ${wat} (${k.anders} van de ${k.gevuld} gevulde cellen${rij}); niet gebruikt als ${kopVan(veld)}. ${advies}`;
}

const isDatumVeld = (v: Veld) => VELD_SOORT[v] === "datum" || VELD_SOORT[v] === "datums";

/**
 * De velden van een "bedoelde u …?". Een kop die een bekende kop alleen bevat (`binnenKop`: "Ziek 2025",
 * "Ziekmelding door", "Arbodienst contactpersoon") stelt een datumkolom alleen voor als er onder de kop datums
 * staan: een kolom met aantallen, namen of ja/nee is een andere kolom, geen datumkolom met een andere kop. Zo
 * wordt een personeelslijst of telling naast het register geen register dat "niet te beoordelen" is. `leeg`: de
 * kolom is leeg en stelt een datumkolom voor (zie maakKaart: op een ingevulde lijst zonder datumkolom telt dat niet).
 */
function voorstelVelden(h: Extract<Herkenning, { soort: "voorstel" }>, index: number, gegevens: KaartGegevens | undefined): { velden: Veld[]; leeg: boolean } {
  if (!h.binnenKop || !gegevens || !h.velden.some(isDatumVeld)) return { velden: h.velden, leeg: false };
  // Strenger dan bij een herkende kop (MIN_ANDERS): één cel die geen datum is, telt al.
  const k = keurDatumkolom(gegevens.waarden, index, gegevens.vanaf, gegevens.systeem, gegevens.utc, 1);
  if (k.gevuld === 0) return { velden: h.velden, leeg: true };
  return { velden: k.bruikbaar ? h.velden : h.velden.filter((v) => !isDatumVeld(v)), leeg: false };
}

/** Staat er onder de kopregel iets in een cel? */
function heeftGegevens(g: KaartGegevens): boolean {
  for (let i = g.vanaf; i < g.waarden.length; i++) {
    const rij = g.waarden[i];
    if (Array.isArray(rij) && rij.some((c) => c !== undefined && telBijKeuring(c as Cel, g.systeem, g.utc))) return true;
  }
  return false;
}

/**
 * De kolomkaart van een kopregel. Met `gegevens` (de rijen eronder) wordt de inhoud van elke datumkolom
 * gekeurd (inhoud.ts): een kolom met vooral tekst, getallen of ja/nee wordt niet gebruikt.
 */
export function maakKaart(koppen: readonly Cel[], kolomOffset: number, koprij: number | undefined, gegevens?: KaartGegevens): Kaart {
  const kolommen: KolomInfo[] = [];
  const perVeld = new Map<Veld, KolomInfo>();
  const problemen: Probleem[] = [];
  const nietGebruikt: NietGebruikteKolom[] = [];
  const naamDelen = new Map<NaamDeel, { index: number; kop: string }>();
  const leegVoorstel: { n: NietGebruikteKolom; velden: Veld[] }[] = [];
  const lijst = Array.isArray(koppen) ? koppen : [];
  for (let i = 0; i < lijst.length; i++) {
    const kop = celTekst(lijst[i]);
    if (kop === null) continue;
    const kolom = kolomOffset + i;
    const letter = kolomLetter(kolom);
    const weg = (reden: NietGebruiktReden, bedoeldeU: string[] = []) => nietGebruikt.push({ kop, kolom, letter, reden, bedoeldeU });
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
      weg("privacy");
      continue;
    }
    const gekozen = gegevens?.toewijzing?.get(normaliseerKop(kop));
    if (gekozen === null) {
      weg("keuze");
      continue;
    }
    const h: Herkenning = gekozen !== undefined ? { soort: "exact", veld: gekozen } : kop.length > 80 ? { soort: "geen" } : herkenKopTolerant(kop);
    if (h.soort === "geen" || h.soort === "voorstel") {
      const deel = naamDeelVan(kop);
      if (deel !== null && !naamDelen.has(deel)) naamDelen.set(deel, { index: i, kop });
      else if (h.soort === "voorstel") {
        const v = voorstelVelden(h, i, gegevens);
        weg("onbekend", v.velden.map(kopVan));
        if (v.leeg) leegVoorstel.push({ n: nietGebruikt[nietGebruikt.length - 1], velden: v.velden });
      } else weg("onbekend");
      continue;
    }
    const veld = h.veld;
    const soort = VELD_SOORT[veld];
    if (gegevens && (soort === "datum" || soort === "datums")) {
      const k = keurDatumkolom(gegevens.waarden, i, gegevens.vanaf, gegevens.systeem, gegevens.utc, gegevens.enkeleRij ? 1 : MIN_ANDERS);
      if (!k.bruikbaar) {
        problemen.push({
          code: "KOLOM_GEEN_DATUMS",
          ernst: veld === "eersteZiektedag" ? "fout" : "waarschuwing",
          melding: geenDatumsMelding(kop, letter, veld, k, gegevens),
          rij: koprij,
          kolom: kop,
          kolomLetter: letter,
          veld,
        });
        weg("geen-datums", [kopVan(veld)]);
        continue;
      }
    }
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
      weg("dubbel", [al.kop]);
      continue;
    }
    if (h.soort === "tikfout") {
      problemen.push({
        code: "KOP_TIKFOUT",
        ernst: "waarschuwing",
        melding: `De kolom "${kop}" is gelezen als "${kopVan(veld)}" (de kop lijkt een tikfout). Klopt dat niet, geef de kolom dan een andere kop; klopt het wel, verbeter de kop om deze melding kwijt te raken.`,
        rij: koprij,
        kolom: kop,
        kolomLetter: letter,
        veld,
      });
    }
    const info: KolomInfo = { veld, kop, index: i, kolom, letter };
    kolommen.push(info);
    perVeld.set(veld, info);
  }
  // Een lege kolom ("Ziek tijdens vakantie") op een ingevulde lijst zonder één datumkolom (een vakantieplanning):
  // geen datumkolom met een andere kop. In een register met datumkolommen blijft het voorstel: een stap die nog
  // moet, heeft een lege kolom ("Plan van aanpak versie 2").
  if (leegVoorstel.length && gegevens && !kolommen.some((k) => VELD_SOORT[k.veld] !== "tekst") && heeftGegevens(gegevens)) {
    for (const { n, velden } of leegVoorstel) n.bedoeldeU = velden.filter((v) => !isDatumVeld(v)).map(kopVan);
  }
  // Voornaam (+ tussenvoegsel) + achternaam in aparte kolommen: samen de werknemer, als er geen naamkolom is.
  const achternaam = naamDelen.get("achternaam");
  if (achternaam && !perVeld.has("werknemer")) {
    const delen = (["voornaam", "tussenvoegsel", "achternaam"] as const).map((d) => naamDelen.get(d)).filter((d) => d !== undefined);
    const kolom = kolomOffset + achternaam.index;
    const info: KolomInfo = { veld: "werknemer", kop: delen.map((d) => d.kop).join(" + "), index: achternaam.index, kolom, letter: kolomLetter(kolom), delen: delen.map((d) => d.index) };
    kolommen.push(info);
    kolommen.sort((a, b) => a.index - b.index);
    perVeld.set("werknemer", info);
  } else {
    for (const d of naamDelen.values()) {
      const kolom = kolomOffset + d.index;
      nietGebruikt.push({ kop: d.kop, kolom, letter: kolomLetter(kolom), reden: "onbekend", bedoeldeU: [] });
    }
    nietGebruikt.sort((a, b) => a.kolom - b.kolom);
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
    nietGebruikt,
  };
}
