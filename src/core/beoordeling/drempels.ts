/**
 * Drempels die alleen de beoordeling gebruikt, elk met zijn bron. Ze horen bij de andere termijnen in
 * src/core/wet.ts (met hun geldigheidsdatum); tot die verhuizing staan ze hier, als benoemde constanten.
 */
import { dagVan } from "../dagen";

/**
 * Het actueel oordeel van de bedrijfsarts hoort kort vóór de WIA-aanvraag te liggen: de domeinreferentie
 * noemt ongeveer 2 weken (uiterlijk einde week 91, aanvraag uiterlijk einde week 93; Wet WIA art. 65,
 * Regeling procesgang art. 6). Ligt het meer dan 6 weken (het ritme van de evaluaties, UWV Werkwijzer
 * Poortwachter) vóór de aanvraag, dan is het waarschijnlijk niet meer actueel: een waarschuwing, geen
 * loonsanctiegrond. Zes weken is onze keuze, geen wettelijke termijn.
 */
export const AO_ACTUEEL_MAX_DAGEN = 42;

/**
 * Vanaf 1-7-2023 bevatten het plan van aanpak, zijn bijstellingen en de eerstejaarsevaluatie de
 * re-integratievisie van werkgever en werknemer (Regeling procesgang eerste en tweede ziektejaar art. 4,
 * zoals gewijzigd per 1-7-2023). Geen loonsanctiegrond.
 */
export const REINTEGRATIEVISIE_VANAF = dagVan(2023, 7, 1);
