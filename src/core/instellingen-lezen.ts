/**
 * Instellingen valideren (JSON uit de werkmap, CLI-opties) met zod in zijn kleinste vorm (`zod/mini`:
 * functies i.p.v. methodeketens, zodat webpack alleen meeneemt wat gebruikt wordt) en met Nederlandse
 * meldingen per veld (zod/mini laadt geen taalbestand).
 */
import * as z from "zod/mini";
import { STANDAARD_INSTELLINGEN, type Instellingen } from "./instellingen";

const HORIZON_MAX = 365;

export const InstellingenSchema = z.object({
  horizonDagen: z._default(
    z.int({ error: `moet een heel aantal dagen zijn (0 t/m ${HORIZON_MAX})` }).check(
      z.minimum(0, { error: `moet 0 t/m ${HORIZON_MAX} dagen zijn` }),
      z.maximum(HORIZON_MAX, { error: `moet 0 t/m ${HORIZON_MAX} dagen zijn` }),
    ),
    STANDAARD_INSTELLINGEN.horizonDagen,
  ),
  paTermijn: z._default(z.enum(["einde-week-6", "zes-weken-na"], { error: 'moet "einde-week-6" of "zes-weken-na" zijn' }), STANDAARD_INSTELLINGEN.paTermijn),
  toonArboAdvies: z._default(z.boolean({ error: "moet waar of onwaar zijn" }), STANDAARD_INSTELLINGEN.toonArboAdvies),
  kolommen: z.optional(z.record(z.string(), z.string({ error: 'moet per kop een kolom van het sjabloon of "niet gebruiken" noemen' }))),
  medewerkers: z.optional(
    z.nullable(
      z.int({ error: "moet een heel aantal medewerkers zijn" }).check(
        z.minimum(1, { error: "moet ten minste 1 medewerker zijn" }),
        z.maximum(1_000_000, { error: "moet ten hoogste 1.000.000 medewerkers zijn" }),
      ),
    ),
  ),
}) satisfies z.ZodMiniType<Instellingen, unknown>;

/**
 * Hoe de gebruiker elke instelling kent (de labels in het taakvenster): meldingen noemen nooit de interne
 * veldnaam. De scanner geeft zijn eigen namen mee (de opties --horizon en --pa-termijn).
 */
export const INSTELLING_NAAM: Readonly<Record<keyof Instellingen, string>> = {
  horizonDagen: "Binnenkort = binnen zoveel dagen",
  paTermijn: "Termijn probleemanalyse",
  toonArboAdvies: "Ziekmelding bij de arbodienst tonen",
  medewerkers: "Aantal medewerkers",
  kolommen: "Kolomkeuze",
};

/** Gedeeltelijke of onbekende invoer → geldige instellingen; een fout veld valt terug op de standaard. */
export function leesInstellingen(
  invoer: unknown,
  namen: Partial<Record<keyof Instellingen, string>> = {},
): { instellingen: Instellingen; meldingen: string[] } {
  const r = InstellingenSchema.safeParse(invoer ?? {});
  if (r.success) return { instellingen: r.data, meldingen: [] };
  const voor = (veld: string): string => {
    const eigen = (namen as Record<string, string | undefined>)[veld];
    if (eigen) return `${eigen}:`;
    return `De instelling "${(INSTELLING_NAAM as Record<string, string | undefined>)[veld] ?? "onbekend"}" is ongeldig:`;
  };
  const meldingen = r.error.issues.map((i) =>
    i.path.length ? `${voor(String(i.path[0]))} ${i.message}` : "De instellingen zijn ongeldig (geen lijst van instellingen); de standaardinstellingen gelden",
  );
  const basis: Record<string, unknown> = typeof invoer === "object" && invoer !== null ? { ...(invoer as object) } : {};
  for (const i of r.error.issues) if (i.path.length) delete basis[String(i.path[0])];
  const herstel = InstellingenSchema.safeParse(basis);
  return { instellingen: herstel.success ? herstel.data : { ...STANDAARD_INSTELLINGEN }, meldingen };
}

/**
 * De instellingen zoals het taakvenster ze in de werkmap bewaart: JSON-tekst onder INSTELLINGEN_SLEUTEL. In
 * het pakket staat die waarde nog eens als JSON (Office bewaart elke instelling als JSON-waarde, dus een tekst
 * tussen aanhalingstekens): één of twee keer ontleden. Onleesbaar → standaard met een melding.
 */
export function leesBewaardeInstellingen(waarde: unknown): { instellingen: Instellingen; meldingen: string[] } {
  let ruw = waarde;
  for (let i = 0; i < 2 && typeof ruw === "string"; i++) {
    try {
      ruw = JSON.parse(ruw);
    } catch {
      return { instellingen: { ...STANDAARD_INSTELLINGEN }, meldingen: ["De bewaarde instellingen zijn onleesbaar; de standaardinstellingen gelden."] };
    }
  }
  return leesInstellingen(ruw);
}
