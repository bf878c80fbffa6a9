/**
 * Het loonsanctierisico zoals taakvenster en `PW.LOONSANCTIE` het tonen: dezelfde functie als de scanner
 * (src/core/stand.ts), hier alleen doorgegeven voor de functies en het taakvenster.
 */
export { toonbaarRisico, type ToonbaarRisico } from "../core/stand";
