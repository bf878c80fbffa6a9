/**
 * `--deelkopie MAP`: per werkmap een NIEUWE werkmap met alleen het register, zonder interne en medische
 * kolommen (src/core/deelkopie.ts), met dezelfde kleuren als de gemarkeerde kopie. Een nieuwe werkmap in
 * plaats van een bewerkte kopie: zo gaat er niets anders mee (andere bladen, opmerkingen in cellen,
 * verborgen bladen, documenteigenschappen, aangepaste XML). De werkmap en haar kleuren maakt de gedeelde
 * pakketlaag (src/pakket/deelkopie.ts, ook gebruikt door het taakvenster); hier: rijen kiezen, label, schrijven.
 * Alleen een gevoeligheidslabel (MSIP_Label_… in docProps/custom.xml) gaat mee: een label "Vertrouwelijk -
 * Medisch" hoort bij de gegevens, ook in de deelkopie. Met `werknemer` alleen de rijen van die ene werknemer.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Dag, Datumsysteem } from "../core/dagen";
import type { DeelkopieKeuze } from "../core/deelkopie";
import type { Instellingen } from "../core/instellingen";
import type { Cel, Register } from "../core/register";
import { maakDeelkopie } from "../pakket/deelkopie";
import { alleenLabels } from "../pakket/nieuwe-werkmap";
import type { Blok } from "./lezen";
import { Pakket, PakketFout, pakketBytes } from "./pakket/opc";
import { Schrijver, SchrijfFout } from "./schrijven";

export interface DeelkopieUitslag {
  /** Pad van de geschreven deelkopie. */
  pad: string;
  weggelaten: DeelkopieKeuze["weggelaten"];
  /** Met --deel-kolom genoemde koppen die niet in dit register staan. */
  nietGevonden: string[];
  dossiers: number;
  /** Het gevoeligheidslabel van de invoer (naam van het label) dat in de deelkopie staat, of null. */
  label: string | null;
}

export interface DeelkopieOpties {
  map: string;
  /** Koppen die de gebruiker als intern opgeeft (--intern). */
  intern: readonly string[];
  /** Koppen die de gebruiker wil delen, ook als ze geen registerkolom zijn (--deel-kolom). */
  deel?: readonly string[];
  /**
   * Pad van de invoer onder de gescande map (zoals bij --markeer, `kopieNaamVoor`): de deelkopie komt in
   * dezelfde submap, zodat twee klanten met een `verzuim.xlsx` niet door elkaar lopen. Standaard de bestandsnaam.
   */
  naam?: string;
  /** De schrijver van deze run (kent de invoer en wat al geschreven is). */
  schrijver?: Schrijver;
  datumsysteem: Datumsysteem;
  peildatum: Dag;
  instellingen: Instellingen;
  /** Alleen de rijen van deze werknemer (personeelsnummer of naam, --werknemer). */
  werknemer?: string | null;
  /** De bytes die de scan las (het label komt daarvan, niet van een tweede keer lezen). */
  bron?: Buffer;
}

const vergelijk = (s: unknown) => (s === null || s === undefined ? "" : String(s)).normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Is deze rij van de gevraagde werknemer? Op personeelsnummer (precies, zonder voorloopspaties) of op de naam
 * (hoofdletters en dubbele spaties tellen niet; uit aparte naamkolommen samengevoegd).
 */
function vanWerknemer(rij: readonly Cel[], register: Register, blok: Blok, gezocht: string): boolean {
  const g = vergelijk(gezocht);
  for (const k of register.kolommen) {
    const i = k.kolom - blok.kolomOffset;
    if (k.veld === "personeelsnummer" && vergelijk(rij[i]) === g) return true;
    if (k.veld === "werknemer") {
      const naam = k.delen?.length ? k.delen.map((d) => vergelijk(rij[d])).filter(Boolean).join(" ") : vergelijk(rij[i]);
      if (naam === g) return true;
    }
  }
  return false;
}

/** Het gevoeligheidslabel van de invoer: de custom.xml met alleen de MSIP-eigenschappen, en de naam van het label. */
async function labelVan(bronBestand: string, bron?: Buffer): Promise<{ xml: string; naam: string } | null> {
  try {
    const pakket = await Pakket.open(bron ?? (await readFile(bronBestand)));
    const xml = alleenLabels(await pakket.tekst("docProps/custom.xml"));
    if (!xml) return null;
    const naam = /name="MSIP_Label_[^"]*_Name"[^>]*>\s*<(?:[\w.-]+:)?lpwstr>([^<]*)</.exec(xml)?.[1] ?? "gevoeligheidslabel";
    return { xml, naam };
  } catch {
    return null; // geen pakket (CSV) of geen leesbare eigenschappen: geen label
  }
}

/**
 * Schrijf de deelkopie van één register (blok + gelezen register) als nieuwe werkmap. Met `werknemer` en geen
 * enkele rij van die werknemer in dit register: null (er is niets te delen).
 */
export async function schrijfDeelkopie(bronBestand: string, blok: Blok, register: Register, opties: DeelkopieOpties): Promise<DeelkopieUitslag | null> {
  const k = register.koprij - blok.rijOffset;
  const koprij = blok.waarden[k] ?? [];
  let rijen = blok.waarden.slice(k + 1, register.laatsteRij - blok.rijOffset + 1);
  if (opties.werknemer) {
    rijen = rijen.filter((r) => vanWerknemer(r, register, blok, opties.werknemer!));
    if (rijen.length === 0) return null;
  }
  // Alleen de kolommen die het register werkelijk las (en de delen van een gesplitste naam), plus --deel-kolom.
  const registerKolommen = new Set(register.kolommen.flatMap((c) => [c.kolom - blok.kolomOffset, ...(c.delen ?? [])]));
  const label = await labelVan(bronBestand, opties.bron);
  let bytes: Buffer;
  let keuze: DeelkopieKeuze;
  let dossiers: number;
  try {
    const d = await maakDeelkopie({
      koprij,
      rijen,
      registerKolommen,
      intern: opties.intern,
      deel: opties.deel,
      datumsysteem: opties.datumsysteem,
      peildatum: opties.peildatum,
      instellingen: opties.instellingen,
      label: label?.xml ?? null,
    });
    ({ keuze, dossiers } = d);
    bytes = await pakketBytes(d.pakket);
  } catch (e) {
    throw new SchrijfFout(e instanceof PakketFout ? e.message : "De deelkopie kon niet gekleurd worden (onverwachte fout in de scanner); er is geen deelkopie gemaakt. Meld dit graag.", opties.map);
  }
  // "naam (deelkopie).xlsx" in de gespiegelde submap; bestaat die (of is hij van deze run): "(deelkopie 2)", …
  const rel = opties.naam ?? path.basename(bronBestand);
  const basis = path.basename(rel).replace(/\.\w+$/, "");
  const kandidaat = (n: number) => `${basis} (deelkopie${n > 1 ? ` ${n}` : ""}).xlsx`;
  const schrijver = opties.schrijver ?? new Schrijver();
  if (!opties.schrijver) await schrijver.bescherm(bronBestand);
  const { pad } = await schrijver.schrijf(path.join(opties.map, path.dirname(rel), kandidaat(1)), bytes, { wat: "de deelkopie", nummeren: true, kandidaat });
  return { pad, weggelaten: keuze.weggelaten, nietGevonden: keuze.nietGevonden, dossiers, label: label?.naam ?? null };
}
