/** Instellingen valideren (JSON uit de werkmap, CLI-opties) met zod. */
import { z } from "zod";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";

export const InstellingenSchema = z.object({
  horizonDagen: z.number().int().min(0).max(365).default(STANDAARD_INSTELLINGEN.horizonDagen),
  paTermijn: z.enum(["einde-week-6", "zes-weken-na"]).default(STANDAARD_INSTELLINGEN.paTermijn),
  toonArboAdvies: z.boolean().default(STANDAARD_INSTELLINGEN.toonArboAdvies),
}) satisfies z.ZodType<Instellingen, unknown>;

/** Gedeeltelijke of onbekende invoer → geldige instellingen; een fout veld valt terug op de standaard. */
export function leesInstellingen(invoer: unknown): { instellingen: Instellingen; meldingen: string[] } {
  const r = InstellingenSchema.safeParse(invoer ?? {});
  if (r.success) return { instellingen: r.data, meldingen: [] };
  const meldingen = r.error.issues.map((i) => `Instelling ${i.path.join(".") || "(geheel)"} ongeldig: ${i.message}`);
  const basis: Record<string, unknown> = typeof invoer === "object" && invoer !== null ? { ...(invoer as object) } : {};
  for (const i of r.error.issues) if (i.path.length) delete basis[String(i.path[0])];
  const herstel = InstellingenSchema.safeParse(basis);
  return { instellingen: herstel.success ? herstel.data : { ...STANDAARD_INSTELLINGEN }, meldingen };
}
