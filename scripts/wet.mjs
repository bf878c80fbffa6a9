// De wet als gegevens: leest wet/*.yaml (één bestand per parameter, waarden per ingangsdatum met hun
// referentie), toetst ze met zod en schrijft
//   - src/core/wet-gegevens.ts (gegenereerd, niet in git; de engine leest de wet alleen hierdoor), en
//   - met --docs ook de tabel in docs/regels.md (tussen <!-- wet:begin --> en <!-- wet:end -->).
// `node scripts/wet.mjs --controleer` schrijft niets en faalt als een bestand ongeldig is of de tabel in
// docs/regels.md niet meer klopt. `--map DIR` leest een andere map (voor tests).
// Elke bouwstap (npm ci via prepare, build, build:node, demo, webpack, jest) draait dit eerst, zodat een jurist
// alleen een YAML-bestand wijzigt: de engine, de functies, het taakvenster en de scanner volgen.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const GEKOZEN_OP = ["eerste ziektedag", "uiterste dag volgens de oudste regel", "datum van het stuk", "beoordelingsmoment (peildatum)", "kalenderjaar"];
const ZEKERHEID = ["wet", "regeling", "beleid", "praktijk", "keuze"];

function geldigeDatum(s) {
  const [j, m, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(j, m - 1, d));
  return t.getUTCFullYear() === j && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
const Datum = z
  .string({ error: "een datum als jjjj-mm-dd" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "een datum als jjjj-mm-dd")
  .refine(geldigeDatum, "geen bestaande datum");
const Enkel = z.union([z.number(), z.boolean()]);
const Waarde = z.union([Enkel, z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, "sleutels in kleine letters met _"), z.number())]);
const Rij = z.strictObject({
  vanaf: Datum,
  waarde: Waarde,
  referentie: z.string().min(10, "een referentie (wetten.overheid.nl-link, Staatsblad of Staatscourant)"),
  toelichting: z.string().optional(),
  voorwaarde: z.strictObject({ kleine_werkgever: z.boolean().optional() }).optional(),
});
const Besluit = z.strictObject({
  besluit: z.string().min(5),
  referentie: z.string().min(10),
  jaren: z.array(z.number().int()).min(1),
  dagen: z.array(Datum),
});

function vorm(w) {
  if (typeof w !== "object") return typeof w;
  return Object.keys(w).sort().join(",");
}

function parameterSchema(bronnen) {
  return z
    .strictObject({
      naam: z.string().min(3),
      bron: z.enum(bronnen, { error: `één van de sleutels in wet/_bronnen.yaml (${bronnen.join(", ")})` }),
      eenheid: z.string().min(2),
      gekozen_op: z.enum(GEKOZEN_OP),
      zekerheid: z.enum(ZEKERHEID).optional(),
      waarden: z.array(Rij).min(1, "ten minste één waarde"),
    })
    .superRefine((p, ctx) => {
      for (let i = 1; i < p.waarden.length; i++) {
        if (p.waarden[i].vanaf <= p.waarden[i - 1].vanaf && p.waarden[i].voorwaarde === undefined) {
          ctx.addIssue({ code: "custom", path: ["waarden", i, "vanaf"], message: `ingangsdatums moeten oplopen (${p.waarden[i].vanaf} na ${p.waarden[i - 1].vanaf})` });
        }
        if (vorm(p.waarden[i].waarde) !== vorm(p.waarden[0].waarde)) {
          ctx.addIssue({ code: "custom", path: ["waarden", i, "waarde"], message: "elke waarde heeft dezelfde vorm als de eerste" });
        }
      }
    });
}

function melding(bestand, fout) {
  return fout.issues.map((i) => `${bestand}: ${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`).join("\n");
}

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
function naarTs(w) {
  if (typeof w !== "object") return JSON.stringify(w);
  return `{ ${Object.entries(w)
    .map(([k, v]) => `${camel(k)}: ${JSON.stringify(v)}`)
    .join(", ")} }`;
}

/** Leest en toetst een wet-map; gooit een Error met alle Nederlandse meldingen. */
export function leesWet(map) {
  const fouten = [];
  const lees = (bestand) => {
    try {
      return parse(readFileSync(path.join(map, bestand), "utf8"));
    } catch (e) {
      fouten.push(`${bestand}: geen geldige YAML (${String(e.message).split("\n")[0]})`);
      return undefined;
    }
  };
  const bronnenRuw = lees("_bronnen.yaml");
  const bronnen = z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.string().min(5)).safeParse(bronnenRuw);
  if (!bronnen.success) fouten.push(melding("_bronnen.yaml", bronnen.error));
  const sleutels = bronnen.success ? Object.keys(bronnen.data) : ["?"];
  const schema = parameterSchema(sleutels);
  const parameters = {};
  let besluiten = [];
  let nietNagezocht = [];
  for (const bestand of readdirSync(map).filter((f) => f.endsWith(".yaml")).sort()) {
    if (bestand === "_bronnen.yaml") continue;
    const id = bestand.slice(0, -5);
    if (!/^[a-z][a-z0-9_]*$/.test(id)) {
      fouten.push(`${bestand}: de bestandsnaam is de naam van de parameter: kleine letters, cijfers en _`);
      continue;
    }
    const ruw = lees(bestand);
    if (ruw === undefined) continue;
    if (id === "gelijkgestelde_dagen") {
      const r = z
        .strictObject({ naam: z.string(), bron: z.enum(sleutels), niet_nagezocht: z.array(z.number().int()), besluiten: z.array(Besluit) })
        .superRefine((g, ctx) => {
          g.besluiten.forEach((b, i) =>
            b.dagen.forEach((dag, j) => {
              if (!b.jaren.includes(Number(dag.slice(0, 4)))) ctx.addIssue({ code: "custom", path: ["besluiten", i, "dagen", j], message: `${dag} valt niet in de jaren van het besluit (${b.jaren.join(", ")})` });
            }),
          );
        })
        .safeParse(ruw);
      if (!r.success) fouten.push(melding(bestand, r.error));
      else {
        besluiten = r.data.besluiten;
        nietNagezocht = r.data.niet_nagezocht;
      }
      continue;
    }
    const r = schema.safeParse(ruw);
    if (!r.success) fouten.push(melding(bestand, r.error));
    else parameters[id] = r.data;
  }
  if (fouten.length) throw new Error(`De wet in ${path.relative(root, map) || map} is niet geldig:\n${fouten.join("\n")}`);
  return { bronnen: bronnen.data, parameters, besluiten, nietNagezocht };
}

export function maakTs(wet) {
  const r = [];
  r.push("// Gegenereerd door scripts/wet.mjs uit wet/*.yaml: niet met de hand bewerken, wijzig de YAML-bestanden.");
  r.push("// Dit bestand staat niet in git; elke bouwstap en jest maken het opnieuw.");
  r.push("");
  r.push("export const BRONNEN = {");
  for (const [k, v] of Object.entries(wet.bronnen)) r.push(`  ${k}: ${JSON.stringify(v)},`);
  r.push("} as const;");
  r.push("");
  // Wat de engine nodig heeft (ook in de bundel van taakvenster en functies): per parameter de bron en de
  // waarden per ingangsdatum.
  r.push("export const WET = {");
  for (const [id, p] of Object.entries(wet.parameters)) {
    r.push(`  ${id}: {`);
    r.push(`    id: ${JSON.stringify(id)},`);
    r.push(`    bron: BRONNEN.${p.bron},`);
    r.push("    waarden: [");
    for (const w of p.waarden) {
      const vw = w.voorwaarde ? `, voorwaarde: ${naarTs(w.voorwaarde)}` : "";
      r.push(`      { vanaf: ${JSON.stringify(w.vanaf)}, waarde: ${naarTs(w.waarde)}${vw} },`);
    }
    r.push("    ],");
    r.push("  },");
  }
  r.push("};");
  r.push("");
  r.push("/**");
  r.push(" * Wat een lezer over elke parameter wil weten: naam, eenheid, waarop gekozen, zekerheid en per rij de");
  r.push(" * referentie. Alleen documentatie en tests lezen dit (alleParameters in wet.ts); de bundel laat het weg.");
  r.push(" */");
  r.push("export const WET_VINDPLAATS = {");
  for (const [id, p] of Object.entries(wet.parameters)) {
    r.push(
      `  ${id}: { naam: ${JSON.stringify(p.naam)}, eenheid: ${JSON.stringify(p.eenheid)}, gekozenOp: ${JSON.stringify(p.gekozen_op)}, zekerheid: ${JSON.stringify(p.zekerheid ?? "wet")}, referenties: ${JSON.stringify(p.waarden.map((w) => w.referentie))} },`,
    );
  }
  r.push("};");
  r.push("");
  r.push("/** Algemene termijnenwet art. 3 lid 3: bij koninklijk besluit met een feestdag gelijkgestelde dagen. */");
  r.push("export const GELIJKGESTELD = [");
  for (const b of wet.besluiten) r.push(`  { jaren: ${JSON.stringify(b.jaren)}, dagen: ${JSON.stringify(b.dagen)} },`);
  r.push("];");
  r.push("");
  r.push("/** De besluiten bij GELIJKGESTELD (zelfde volgorde), met hun vindplaats. */");
  r.push("export const GELIJKGESTELD_BESLUITEN = [");
  for (const b of wet.besluiten) r.push(`  { besluit: ${JSON.stringify(b.besluit)}, referentie: ${JSON.stringify(b.referentie)} },`);
  r.push("];");
  r.push("");
  r.push("/** Jaren met een besluit dat niet is nagezocht: de werkdag kan daar later liggen dan de engine rekent. */");
  r.push(`export const GELIJKGESTELD_NIET_NAGEZOCHT: readonly number[] = ${JSON.stringify(wet.nietNagezocht)};`);
  r.push("");
  return r.join("\n");
}

function waardeTekst(w, eenheid) {
  if (typeof w === "boolean") return w ? "ja" : "nee";
  if (typeof w === "number") return `${String(w).replace(".", ",")} ${eenheid}`;
  return Object.entries(w)
    .map(([k, v]) => `${k.replace(/_/g, " ")} ${v}`)
    .join(", ");
}

/** De tabel voor docs/regels.md. */
export function maakTabel(wet) {
  const r = ["| bestand | parameter | waarde (vanaf) | gekozen op | bron |", "|---|---|---|---|---|"];
  for (const [id, p] of Object.entries(wet.parameters)) {
    const waarden = p.waarden.map((w) => `${waardeTekst(w.waarde, p.eenheid)} (${w.vanaf})`).join("; ");
    const zeker = p.zekerheid && p.zekerheid !== "wet" ? ` *(${p.zekerheid})*` : "";
    r.push(`| [\`wet/${id}.yaml\`](../wet/${id}.yaml) | ${p.naam}${zeker} | ${waarden} | ${p.gekozen_op} | ${wet.bronnen[p.bron].replace(/\|/g, "/")} |`);
  }
  if (wet.besluiten.length) {
    const jaren = wet.besluiten.flatMap((b) => b.jaren);
    r.push(
      `| [\`wet/gelijkgestelde_dagen.yaml\`](../wet/gelijkgestelde_dagen.yaml) | dagen gelijkgesteld met een feestdag (Algemene termijnenwet art. 3 lid 3) | ${wet.besluiten.length} besluiten, ${Math.min(...jaren)}–${Math.max(...jaren)} | kalenderjaar | ${wet.besluiten.map((b) => b.referentie).join("; ")} |`,
    );
  }
  return r.join("\n");
}

const BEGIN = "<!-- wet:begin (gegenereerd uit wet/*.yaml door npm run wet; niet met de hand bewerken) -->";
const EINDE = "<!-- wet:end -->";

export function docsMetTabel(docs, tabel) {
  const i = docs.indexOf(BEGIN);
  const j = docs.indexOf(EINDE);
  if (i < 0 || j < i) throw new Error(`docs/regels.md mist de markeringen ${BEGIN} … ${EINDE}`);
  return docs.slice(0, i + BEGIN.length) + "\n" + tabel + "\n" + docs.slice(j);
}

function schrijfAlsAnders(bestand, tekst) {
  if (existsSync(bestand) && readFileSync(bestand, "utf8") === tekst) return false;
  const tijdelijk = `${bestand}.${process.pid}.tmp`;
  writeFileSync(tijdelijk, tekst);
  renameSync(tijdelijk, bestand);
  return true;
}

function hoofd() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--map");
  const map = i >= 0 ? path.resolve(args[i + 1]) : path.join(root, "wet");
  let wet;
  try {
    wet = leesWet(map);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const docsPad = path.join(root, "docs", "regels.md");
  const docs = readFileSync(docsPad, "utf8");
  const nieuw = docsMetTabel(docs, maakTabel(wet));
  if (args.includes("--controleer")) {
    if (nieuw !== docs) {
      console.error("docs/regels.md: de tabel met de parameters klopt niet meer met wet/*.yaml; draai `npm run wet`.");
      process.exit(1);
    }
    console.log(`wet/: ${Object.keys(wet.parameters).length} parameters en ${wet.besluiten.length} besluiten geldig; docs/regels.md klopt.`);
    return;
  }
  const uit = args.includes("--uit") ? path.resolve(args[args.indexOf("--uit") + 1]) : path.join(root, "src", "core", "wet-gegevens.ts");
  schrijfAlsAnders(uit, maakTs(wet));
  if (args.includes("--docs") && schrijfAlsAnders(docsPad, nieuw)) console.log("docs/regels.md: tabel bijgewerkt");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) hoofd();
