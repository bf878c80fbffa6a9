/**
 * Uitleg over de kolommen, gedeeld door scanner en taakvenster: welke koppen niet gebruikt zijn en waarom
 * een blad of werkmap niet te beoordelen is (met de koppen die er wel staan en "bedoelde u …?"). Zuiver.
 */
import { nietGebruiktTekst, type NietGebruikteKolom } from "./kaart";
import { herkenKopTolerant, kopVan } from "./kolommen";

/** Een blok zonder herkende kopregel: het blad en de koppen die er wel staan (koprij.ts, kandidaatKoppen). */
export interface GezienBlad {
  blad: string;
  koppen: string[];
}

/** "Niet gebruikte kolommen: "Opmerking" (F, niet herkend), "Abro" (G, niet herkend; bedoelde u "Ziekmelding arbodienst"?)", of null. */
export function nietGebruiktRegel(lijst: readonly NietGebruikteKolom[]): string | null {
  if (lijst.length === 0) return null;
  return `Niet gebruikte kolommen: ${lijst.map(nietGebruiktTekst).join(", ")}.`;
}

/** Eén kop in "gezien: …", met "bedoelde u …?" of "gelezen als …" als hij op een bekende kop lijkt. */
export function gezieneKop(kop: string): string {
  const h = herkenKopTolerant(kop);
  if (h.soort === "voorstel") return `"${kop}" (bedoelde u ${h.velden.map((v) => `"${kopVan(v)}"`).join(" of ")}?)`;
  if (h.soort === "tikfout") return `"${kop}" (gelezen als "${kopVan(h.veld)}")`;
  return `"${kop}"`;
}

/** De verplichte kolommen, in gewone woorden. */
export const VERPLICHT_TEKST = 'een kolom "Eerste ziektedag" (ook: Ziekmelding, Datum ziek, Eerste verzuimdag…) met datums, en "Werknemer", "Personeelsnummer" of "Voornaam" en "Achternaam"';

/** De uitweg als de koppen anders heten: de gebruiker koppelt de kolommen zelf (kolomkeuze, toewijzing.ts). */
export const ZELF_KOPPELEN_TEKST =
  "Staan uw gegevens er wel, maar onder andere koppen? Dan kunt u zelf aangeven welke kolom wat is: in het taakvenster in Excel, of met --kolommen bij de scanner.";

/**
 * Waarom een werkmap niet te beoordelen is als geen enkel blad een herkenbare kopregel heeft: per blad de
 * koppen die er wel staan. Nooit "niets te doen": de scanner telt dit als mislukt (exitcode 6 met --streng).
 */
export function geenRegisterTekst(gezien: readonly GezienBlad[]): string {
  const basis = `Niet te beoordelen: geen verzuimregister herkend. Nodig is ${VERPLICHT_TEKST}.`;
  const bladen = gezien.filter((g) => g.koppen.length > 0);
  if (bladen.length === 0) return `${basis} De werkmap bevat geen koppen (geen tekst in de bovenste 50 rijen).`;
  return `${basis} ${bladen.map((g) => `${g.blad ? `Blad "${g.blad}"` : "Gezien"}: ${g.koppen.map(gezieneKop).join(", ")}.`).join(" ")} ${ZELF_KOPPELEN_TEKST}`;
}
