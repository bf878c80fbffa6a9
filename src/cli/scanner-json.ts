/**
 * Het JSON-contract van `poortwachter scan --json`, versie 2, als zod-schema. Hieruit komt het JSON Schema
 * in docs/scanner-json.schema.json (z.toJSONSchema; test/cli/scanner-json.test.ts faalt als dat verouderd is)
 * en de typen die src/cli/rapport.ts schrijft. De scanner zelf laadt dit bestand niet (zod kost ~0,2 s):
 * rapport.ts gebruikt alleen de typen.
 *
 * Regels van versie 2: elke wettelijke bron staat één keer in het document (`bronnen`, op id) en wordt
 * verder met zijn id genoemd; elke bevinding staat onder één sleutel (RIV, spoor 2 of loonsanctie; `signalen`
 * zijn alleen die van de tijdlijn); een veld zonder waarde (null, lege lijst, 0 dagen samengeteld) ontbreekt;
 * een bevinding noemt alleen haar `code` en wat afwijkt van `codes[code]` van haar register; een veld dat
 * gelijk is aan een ander veld ontbreekt (eindeWachttijd, EWT.uiterlijk), een stap die niet van toepassing is
 * heeft alleen zijn status. Dat een genoemde code in `codes` staat en een bron-id in `bronnen`, controleren
 * de verfijningen hieronder (zod; het JSON Schema kan dat niet uitdrukken).
 */
import { z } from "zod";
import { MIJLPAAL_CODES, STATUSSEN } from "../core/mijlpalen";

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("ISO-datum JJJJ-MM-DD");
const status = z.enum(STATUSSEN);
const mijlpaalCode = z.enum(MIJLPAAL_CODES);
const ernst = z.enum(["info", "waarschuwing", "kritiek"]);
/** Een id uit `bronnen`. */
const bronId = z.string().regex(/^[A-Z0-9_]+$/).describe("id van een bron in `bronnen`");
const tekstNietLeeg = z.string().min(1);

export const BevindingV2 = z.strictObject({
  code: tekstNietLeeg.describe("sleutel in `codes` van het register"),
  ernst: ernst.optional().describe("ontbreekt als hij gelijk is aan `codes[code].ernst`"),
  tekst: tekstNietLeeg.optional().describe("ontbreekt als hij gelijk is aan `codes[code].tekst`"),
  bron: bronId.optional().describe("ontbreekt als hij gelijk is aan `codes[code].bron`"),
});

/** Per code van een bevinding of signaal: de ernst, bron en tekst die een bevinding zonder eigen veld heeft. */
export const CodeV2 = z.strictObject({ ernst, bron: bronId, tekst: tekstNietLeeg });

export const MijlpaalV2 = z.strictObject({
  uiterlijk: datum.optional().describe("ontbreekt bij status nvt, en bij EWT als hij gelijk is aan het einde van de wachttijd"),
  vanaf: datum.optional(),
  gedaan: datum.optional(),
  status,
});

export const DossierV2 = z.strictObject({
  rijen: z.array(z.number().int().positive()).min(1),
  elders: z.array(z.strictObject({ blad: tekstNietLeeg, rij: z.number().int().positive().optional(), eersteZiektedag: datum })).min(1).optional(),
  werknemer: tekstNietLeeg.optional(),
  personeelsnummer: tekstNietLeeg.optional(),
  eersteZiektedag: datum,
  samengeteldeDagen: z.number().int().positive().optional().describe("dagen onderbreking tussen samengetelde perioden; ontbreekt bij 0"),
  ziekteweek: z.number().int().positive().optional(),
  hersteldatum: datum.optional(),
  laatsteDagLoondoorbetaling: datum,
  eindeWachttijd: datum.optional().describe("ontbreekt als hij gelijk is aan de laatste dag van de loondoorbetaling; de ingangsdatum van de WIA (of de vervroegde IVA) is de dag erna"),
  ingangsdatumIva: datum.optional(),
  uitDienst: z.strictObject({ per: datum, melding: datum, meldingStatus: status, riv: tekstNietLeeg }).optional(),
  volgendeActie: mijlpaalCode.optional().describe("de code van de eerstvolgende open stap; uiterste datum en status staan bij die stap onder mijlpalen"),
  mijlpalen: z.strictObject(Object.fromEntries(MIJLPAAL_CODES.map((c) => [c, MijlpaalV2])) as Record<(typeof MIJLPAAL_CODES)[number], typeof MijlpaalV2>),
  riv: z.strictObject({
    uitkomst: z.enum(["akkoord", "onvolledig", "risico", "nog-niet-aan-de-orde", "nvt", "onbekend"]),
    oordeel: tekstNietLeeg.optional().describe("alleen bij uitkomst nvt: de reden (de zin van elk oordeel staat in het tekstrapport en de CSV)"),
    bevindingen: z.array(BevindingV2).min(1).optional(),
  }),
  spoor2: z.strictObject({
    uitkomst: z.enum(["op-tijd", "te-laat", "niet-gestart", "nog-niet-aan-de-orde", "uitzondering", "nvt", "onbekend"]),
    oordeel: tekstNietLeeg.optional().describe("alleen bij uitkomst nvt of uitzondering: de reden"),
    bevindingen: z.array(BevindingV2).min(1).optional(),
  }),
  loonsanctie: z.strictObject({
    risico: z.enum(["geen", "laag", "middel", "hoog", "opgelegd", "onbekend"]),
    redenen: z.array(z.number().int().nonnegative()).min(1).optional().describe("nummers in `redenen` van het register"),
    bevindingen: z.array(BevindingV2).min(1).optional(),
  }),
  signalen: z.array(BevindingV2).min(1).optional().describe("signalen van de tijdlijn (niet de bevindingen van de beoordeling)"),
  stand: z.strictObject({
    status: z.enum(["te-laat", "binnenkort", "onbekend", "voorbij", "hersteld", "op-schema"]),
    inTeHalen: z.array(mijlpaalCode).min(1).optional(),
    voorbij: z.array(mijlpaalCode).min(1).optional(),
    kanHerlevenTot: datum.optional(),
    onbekend: z.strictObject({ stappen: z.array(mijlpaalCode).min(1).optional(), kolommen: z.array(tekstNietLeeg).min(1).optional() }).optional(),
  }),
});

export const ProbleemV2 = z.strictObject({ rij: z.number().int().positive().optional(), kolom: tekstNietLeeg.optional(), melding: tekstNietLeeg });

export const RegisterV2 = z.strictObject({
  bestand: tekstNietLeeg,
  blad: tekstNietLeeg.optional(),
  tabel: tekstNietLeeg.optional(),
  archief: z.strictObject({ meldingen: z.number().int().nonnegative(), melding: tekstNietLeeg }).optional(),
  dossiers: z.array(DossierV2).min(1).optional(),
  codes: z
    .record(tekstNietLeeg, CodeV2)
    .optional()
    .describe("per code van een bevinding of signaal in dit register: ernst, bron en tekst; een bevinding zonder eigen `ernst`, `bron` of `tekst` heeft die van haar code"),
  redenen: z
    .array(tekstNietLeeg)
    .min(1)
    .optional()
    .describe("de redenen van een loonsanctie in dit register, elk één keer; een dossier noemt ze met hun nummer (0 is de eerste)"),
  problemen: z.array(ProbleemV2).min(1).optional(),
  onleesbaar: z.literal(true).optional(),
  nietTeBeoordelen: tekstNietLeeg.optional(),
  nietGebruikteKolommen: z
    .array(z.strictObject({ kop: tekstNietLeeg, kolom: tekstNietLeeg, reden: z.enum(["onbekend", "geen-datums", "dubbel", "privacy", "keuze"]), bedoeldeU: z.array(tekstNietLeeg).min(1).optional() }))
    .min(1)
    .optional(),
});

export const ScannerJsonV2 = z
  .strictObject({
    versie: z.literal(2),
    peildatum: datum,
    bestanden: z.array(RegisterV2),
    overgeslagen: z.array(z.strictObject({ bestand: tekstNietLeeg, reden: tekstNietLeeg })).min(1).optional(),
    uitvoer: z
      .array(
        z.strictObject({
          soort: z.enum(["markeer", "deelkopie", "ics", "uitvoer", "html"]),
          bestand: tekstNietLeeg.optional(),
          pad: tekstNietLeeg.optional(),
          fout: tekstNietLeeg.optional(),
        }),
      )
      .min(1)
      .optional(),
    bronnen: z.record(bronId, tekstNietLeeg).optional().describe("elke wettelijke bron die het document noemt, één keer, op id"),
  })
  .superRefine((doc, ctx) => {
    // Elke genoemde code staat in `codes` van haar register, elke genoemde bron-id in `bronnen`.
    const bron = (id: string | undefined, pad: (string | number)[]) => {
      if (id !== undefined && doc.bronnen?.[id] === undefined) ctx.addIssue({ code: "custom", path: pad, message: `bron ${id} staat niet in bronnen` });
    };
    doc.bestanden.forEach((reg, r) => {
      for (const [code, c] of Object.entries(reg.codes ?? {})) bron(c.bron, ["bestanden", r, "codes", code, "bron"]);
      (reg.dossiers ?? []).forEach((d, i) => {
        const lijsten = { riv: d.riv.bevindingen, spoor2: d.spoor2.bevindingen, loonsanctie: d.loonsanctie.bevindingen, signalen: d.signalen };
        for (const [sleutel, lijst] of Object.entries(lijsten)) {
          (lijst ?? []).forEach((f, j) => {
            const pad = ["bestanden", r, "dossiers", i, sleutel, j];
            if (reg.codes?.[f.code] === undefined) ctx.addIssue({ code: "custom", path: [...pad, "code"], message: `code ${f.code} staat niet in codes van het register` });
            bron(f.bron, [...pad, "bron"]);
          });
        }
        (d.loonsanctie.redenen ?? []).forEach((n, j) => {
          if (reg.redenen?.[n] === undefined) ctx.addIssue({ code: "custom", path: ["bestanden", r, "dossiers", i, "loonsanctie", "redenen", j], message: `reden ${n} staat niet in redenen van het register` });
        });
      });
    });
  })
  .describe("poortwachter scan --json, versie 2 (beschreven in scanner-json.md)");

export type JsonDossierV2 = z.infer<typeof DossierV2>;
export type JsonRegisterV2 = z.infer<typeof RegisterV2>;
export type JsonBevindingV2 = z.infer<typeof BevindingV2>;
export type JsonCodeV2 = z.infer<typeof CodeV2>;
export type JsonRapportV2 = z.infer<typeof ScannerJsonV2>;

/** Het JSON Schema (draft 2020-12) van versie 2, zoals het in docs/scanner-json.schema.json staat. */
export function scannerJsonSchema(): string {
  const schema = z.toJSONSchema(ScannerJsonV2, { target: "draft-2020-12" });
  return JSON.stringify({ ...schema, title: "Poortwachter scan --json, versie 2" }, null, 2) + "\n";
}
