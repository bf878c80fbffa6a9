/** De registerlezer: kopregel + celwaarden → dossiers en problemen. Zuiver. */
export type { Cel } from "./cellen";
export { isFoutwaarde } from "./cellen";
export { TEMPLATE_KOLOMMEN, VELDEN, VELD_SOORT, MIJLPAAL_VELD, herkenKop, isPrivacyKop, synoniemenVan, type Veld, type VeldSoort } from "./kolommen";
export { vindKoprij, leesRegister, leesRegisterDeel, leesRij, plaatsProbleem, kolomPerVeld, type LeesOpties, type KolomInfo, type Register, type RegisterDeel, type ArchiefInfo } from "./lezer";
export { voegBladenSamen, archiefTekst, isArchiefNaam } from "./werkmap";
export { geenRegisterTekst, gezieneKop, nietGebruiktRegel, VERPLICHT_TEKST, type GezienBlad } from "./uitleg";
export { kandidaatKoppen, ZOEK_KOPRIJ_RIJEN } from "./koprij";
export { blokkenVanBlad, bladUitRaster, voegBlokMeldingenToe, type Blok, type BladCellen, type BladTabel, type Rechthoek } from "./blokken";
export { maakToewijzing, toewijzingTekst, keuzeOpties, wijzigKeuze, NIET_GEBRUIKEN } from "./toewijzing";
export { nietGebruiktTekst, type NietGebruikteKolom } from "./kaart";
