/**
 * Instellingen en conventies. Waar bronnen verschillen, is de standaard instelbaar; de instellingen
 * worden in de werkmap bewaard (taakvenster) of als opties meegegeven (scanner), en met zod gevalideerd.
 */
import { z } from "zod";
import { STANDAARD_HORIZON_DAGEN } from "./wet";

export const InstellingenSchema = z.object({
  /** Een termijn binnen zoveel dagen heet "binnenkort". */
  horizonDagen: z.number().int().min(0).max(365).default(STANDAARD_HORIZON_DAGEN),
  /**
   * Probleemanalyse: "einde-week-6" = D+41 (UWV: "uiterlijk in de 6e week", standaard) of
   * "zes-weken-na" = D+42 (letterlijke lezing van "binnen zes weken", Regeling art. 2 lid 2).
   */
  paTermijn: z.enum(["einde-week-6", "zes-weken-na"]).default("einde-week-6"),
  /** Toon de ziekmelding bij de arbodienst (advies, geen wettelijke termijn). */
  toonArboAdvies: z.boolean().default(true),
});

export type Instellingen = z.infer<typeof InstellingenSchema>;

export const STANDAARD_INSTELLINGEN: Instellingen = Object.freeze(InstellingenSchema.parse({}));

/** Gedeeltelijke of onbekende invoer (JSON uit de werkmap, CLI-opties) → geldige instellingen. */
export function leesInstellingen(invoer: unknown): { instellingen: Instellingen; meldingen: string[] } {
  const r = InstellingenSchema.safeParse(invoer ?? {});
  if (r.success) return { instellingen: r.data, meldingen: [] };
  const meldingen = r.error.issues.map((i) => `Instelling ${i.path.join(".") || "(geheel)"} ongeldig: ${i.message}`);
  // Val per veld terug op de standaard: een fout veld maakt de rest niet ongeldig.
  const basis: Record<string, unknown> = typeof invoer === "object" && invoer !== null ? { ...(invoer as object) } : {};
  for (const i of r.error.issues) if (i.path.length) delete basis[String(i.path[0])];
  const herstel = InstellingenSchema.safeParse(basis);
  return { instellingen: herstel.success ? herstel.data : STANDAARD_INSTELLINGEN, meldingen };
}
