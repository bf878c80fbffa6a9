/**
 * Instellingen en conventies. Waar bronnen verschillen, is de standaard instelbaar; de instellingen
 * worden in de werkmap bewaard (taakvenster) of als opties meegegeven (scanner). Dit bestand heeft geen
 * afhankelijkheden, zodat de functiebundel klein blijft; het valideren met zod staat in
 * instellingen-lezen.ts.
 */
import { STANDAARD_HORIZON_DAGEN } from "./wet";

export type PaTermijn = "einde-week-6" | "zes-weken-na";

export interface Instellingen {
  /** Een termijn binnen zoveel dagen heet "binnenkort" (0–365). */
  horizonDagen: number;
  /**
   * Probleemanalyse: "einde-week-6" = D+41 (UWV: "uiterlijk in de 6e week", standaard) of
   * "zes-weken-na" = D+42 (letterlijke lezing van "binnen zes weken", Regeling art. 2 lid 2).
   */
  paTermijn: PaTermijn;
  /** Toon de ziekmelding bij de arbodienst (advies, geen wettelijke termijn). */
  toonArboAdvies: boolean;
  /** Gemiddeld aantal medewerkers, voor de verzuimcijfers in het taakvenster (één keer gevraagd, in de werkmap bewaard). */
  medewerkers?: number | null;
  /**
   * De kolomkeuze van de gebruiker: kop in het register → kop van het sjabloon (of een synoniem), of "niet
   * gebruiken" (src/core/register/toewijzing.ts). In de werkmap bewaard, zodat scanner en taakvenster dezelfde
   * kolommen lezen.
   */
  kolommen?: Record<string, string>;
}

/**
 * Sleutel in de instellingen van de werkmap (`workbook.settings`; in het pakket een eigenschap in
 * xl/webextensions/webextension*.xml): het taakvenster bewaart er JSON-tekst onder, de scanner leest hem terug.
 */
export const INSTELLINGEN_SLEUTEL = "poortwachter.instellingen";

export const STANDAARD_INSTELLINGEN: Readonly<Instellingen> = Object.freeze({
  horizonDagen: STANDAARD_HORIZON_DAGEN,
  paTermijn: "einde-week-6",
  toonArboAdvies: true,
});
