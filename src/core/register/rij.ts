/**
 * Cellen lezen: één rij van het register → per veld een waarde (cellen.ts leest elke soort cel), met een
 * Nederlandse melding per slechte cel (rij, kolomkop, kolomletter). Een rij zonder geldige eerste ziektedag
 * wordt overgeslagen.
 */
import type { Dag, Datumsysteem } from "../dagen";
import { formatNL } from "../dagen";
import type { Ernst, Probleem } from "../problemen";
import {
  herkenUitzondering,
  leesDatum,
  leesDatumOfJaNee,
  leesDatums,
  leesJaNee,
  leesTekst,
  leesWeken,
  REGISTER_LAATSTE,
  REGISTER_VROEGSTE,
  type Cel,
  type CelUitkomst,
  leesStapDatum,
} from "./cellen";
import { V, type Kaart, type KolomInfo } from "./kaart";
import { MIJLPAAL_VELD, VELDEN, herkenKopTolerant, normaliseerKop, type Veld, type VeldSoort } from "./kolommen";

/** Is deze tekst de kop van `veld` (ook met een duidelijke tikfout)? Voor een herhaalde kopregel midden in het blok. */
function isKopVan(tekst: string, veld: Veld): boolean {
  if (tekst.length > 60) return false;
  const h = herkenKopTolerant(tekst);
  return (h.soort === "exact" || h.soort === "tikfout") && h.veld === veld;
}

export interface Instelling {
  systeem: Datumsysteem;
  utc: boolean;
}

/** Eén gelezen rij: per herkend veld de waarde (null = leeg of onleesbaar). */
export interface GelezenRij {
  rij: number | undefined;
  /** Volgorde in het blok (voor stabiel sorteren). */
  volgnummer: number;
  /**
   * Per veld (index V[veld]) de waarde; null of undefined = leeg (of geen kolom: dat zegt de kaart, niet deze
   * lijst). Na de laatste ingevulde waarde afgekapt: de meeste rijen vullen alleen de eerste stappen, en een lijst
   * van elk veld per rij kostte bij 100.000 rijen ~28 MB en een kwart van de tijd van de jonge GC (issue 22).
   */
  waarden: unknown[];
  D: Dag;
  h: Dag | null;
  sleutel: string | null;
}

export function celProbleem(code: string, melding: string, rij: number | undefined, info: KolomInfo, ernst: Ernst = "fout"): Probleem {
  return {
    code,
    ernst,
    melding: melding.charAt(0).toUpperCase() + melding.slice(1),
    rij,
    kolom: info.kop,
    kolomLetter: info.letter,
    veld: info.veld,
  };
}

const SNEL_VAN = REGISTER_VROEGSTE;
const SNEL_TOT = REGISTER_LAATSTE;

function leesCel(soort: VeldSoort, cel: Cel, inst: Instelling): CelUitkomst<unknown> {
  switch (soort) {
    case "datum":
      // Snel pad: een geheel serienummer in het normale bereik (het gewone geval).
      if (typeof cel === "number" && inst.systeem === "1900" && cel >= SNEL_VAN && cel <= SNEL_TOT && cel === Math.floor(cel)) {
        return { ok: true, waarde: cel };
      }
      return leesDatum(cel, inst.systeem, inst.utc);
    case "datums":
      return leesDatums(cel, inst.systeem, inst.utc);
    case "janee":
      return leesJaNee(cel, inst.systeem, inst.utc);
    case "datumOfJanee":
      return leesDatumOfJaNee(cel, inst.systeem, inst.utc);
    case "weken":
      return leesWeken(cel);
    case "tekst":
    case "uitzondering":
      return leesTekst(cel);
  }
}

function isLeeg(c: Cel): boolean {
  return c === null || c === undefined || c === "" || (typeof c === "string" && c.trim() === "");
}

/** Van/tot-paren die samen één periode vormen: [van, tot, naam in de melding, gevolg]. */
const VAN_TOT_PAREN: readonly [Veld, Veld, string, string][] = [
  ["arbeidstherapieVan", "arbeidstherapieTot", "arbeidstherapie", "beide zijn genegeerd"],
  ["wazoVan", "wazoTot", "WAZO-verlof", "het verlof is genegeerd"],
  ["geenBenutbareMogelijkhedenVan", "geenBenutbareMogelijkhedenTot", "geen benutbare mogelijkheden", "beide zijn genegeerd"],
];

/** Voornaam, tussenvoegsel en achternaam uit hun eigen kolommen: "Jan de Vries" (leeg als alle delen leeg zijn). */
function naamUitDelen(rij: readonly Cel[], delen: readonly number[]): string {
  const stukken: string[] = [];
  for (const i of delen) {
    const c = rij[i];
    if (typeof c === "string" ? c.trim() !== "" : typeof c === "number") stukken.push(String(c).trim());
  }
  return stukken.join(" ");
}

/**
 * Lees één rij. Geeft null voor een lege rij of een rij zonder geldige eerste ziektedag (met probleem).
 * `heeftKolom(veld)` via kaart.perVeld.
 */
export function leesEenRij(rij: readonly Cel[], kaart: Kaart, rijNummer: number | undefined, volgnummer: number, inst: Instelling, problemen: Probleem[]): GelezenRij | null {
  const kolommen = kaart.kolommen;
  // Lege rij: alle herkende cellen leeg (0 telt hier ook als leeg: Excel geeft 0 voor lege cellen).
  let inhoud = false;
  for (let k = 0; k < kolommen.length; k++) {
    const c = kolommen[k].delen === undefined ? rij[kolommen[k].index] : naamUitDelen(rij, kolommen[k].delen!);
    if (!isLeeg(c) && c !== 0) {
      inhoud = true;
      break;
    }
  }
  if (!inhoud) return null;

  const waarden: unknown[] = new Array(VELDEN.length);
  const dInfo = kaart.perVeld.get("eersteZiektedag");
  const snel = inst.systeem === "1900";
  let dFout = false;
  for (let k = 0; k < kolommen.length; k++) {
    const info = kolommen[k];
    const c = info.delen === undefined ? rij[info.index] : naamUitDelen(rij, info.delen);
    const soort = kaart.soorten[k];
    // Snel pad zonder allocatie: een geheel serienummer in het normale bereik, of een lege cel.
    if (soort === "datum" && typeof c === "number" && snel && c >= SNEL_VAN && c <= SNEL_TOT && c === Math.floor(c)) {
      waarden[kaart.veldIndex[k]] = c;
      continue;
    }
    if (c === "" || c === null || c === undefined) {
      waarden[kaart.veldIndex[k]] = null;
      continue;
    }
    // Een mijlpaalcel: datum, leeg of een n.v.t.-woord; tekst en foutwaarden tellen als niet gedaan.
    const r = MIJLPAAL_VELD[info.veld] !== undefined ? leesStapDatum(c, inst.systeem, inst.utc) : leesCel(soort, c, inst);
    if (r.ok) {
      waarden[kaart.veldIndex[k]] = r.waarde;
      if (r.waarde === "zonderDatum") {
        problemen.push(
          celProbleem(
            "GEDAAN_ZONDER_DATUM",
            // Een woord uit de vaste lijst (ja, x, gedaan, ✓): veilig om te herhalen.
            `"${String(c).trim()}" zegt dat de stap gedaan is, maar niet wanneer; of dat op tijd was, is daarom onbekend (niet te laat). Vul de datum in waarop de stap gedaan is.`,
            rijNummer,
            info,
            "waarschuwing",
          ),
        );
      }
    } else {
      waarden[kaart.veldIndex[k]] = null;
      if (info === dInfo) {
        dFout = true;
        problemen.push(celProbleem(r.code, `${r.melding.replace(/\.$/, "")}; de rij is overgeslagen.`, rijNummer, info));
      } else {
        problemen.push(celProbleem(r.code, r.melding, rijNummer, info));
      }
    }
  }
  if (!dInfo) return null;
  // Een herhaalde kopregel midden in het blok: stil overslaan.
  const dCel = rij[dInfo.index];
  if (typeof dCel === "string" && isKopVan(dCel, "eersteZiektedag")) return null;

  const D = waarden[V.eersteZiektedag] as Dag | null | undefined;
  if (D === null || D === undefined) {
    if (!dFout) {
      problemen.push(celProbleem("GEEN_EERSTE_ZIEKTEDAG", "de eerste ziektedag ontbreekt; de rij is overgeslagen.", rijNummer, dInfo));
    }
    return null;
  }

  // Omgekeerde datums.
  let h = (waarden[V.hersteldatum] ?? null) as Dag | null;
  if (h !== null && h <= D) {
    const info = kaart.perVeld.get("hersteldatum")!;
    problemen.push(
      celProbleem(
        "HERSTEL_VOOR_ZIEKTE",
        `de hersteldatum ${formatNL(h)} ligt niet na de eerste ziektedag ${formatNL(D)}; de hersteldatum is genegeerd.`,
        rijNummer,
        info,
      ),
    );
    h = null;
    waarden[V.hersteldatum] = null;
  }
  // Van/tot-paren: een "tot" vóór "van" maakt beide onbruikbaar.
  for (const [vanVeld, totVeld, naam, gevolg] of VAN_TOT_PAREN) {
    const van = waarden[V[vanVeld]];
    const tot = waarden[V[totVeld]];
    if (typeof van === "number" && typeof tot === "number" && tot < van) {
      problemen.push(
        celProbleem("DATUMS_OMGEKEERD", `${naam} tot ${formatNL(tot)} ligt vóór ${naam} van ${formatNL(van)}; ${gevolg}.`, rijNummer, kaart.perVeld.get(totVeld)!),
      );
      waarden[V[vanVeld]] = null;
      waarden[V[totVeld]] = null;
    }
  }
  const wVan = waarden[V.wazoVan] as Dag | null | undefined;
  const wTot = waarden[V.wazoTot] as Dag | null | undefined;
  if ((typeof wVan === "number") !== (typeof wTot === "number") && kaart.perVeld.has("wazoVan") && kaart.perVeld.has("wazoTot")) {
    const leeg = typeof wVan === "number" ? "wazoTot" : "wazoVan";
    problemen.push(
      celProbleem("WAZO_ONVOLLEDIG", "vul bij WAZO-verlof zowel de begin- als de einddatum in; het verlof is nu niet meegeteld.", rijNummer, kaart.perVeld.get(leeg)!, "waarschuwing"),
    );
  }

  // Uitzondering spoor 2 (vrije tekst).
  const uTekst = waarden[V.uitzonderingSpoor2];
  if (typeof uTekst === "string") {
    if (herkenUitzondering(uTekst) === "onbekend") {
      problemen.push(
        celProbleem(
          "UITZONDERING_ONBEKEND",
          // De tekst zelf niet herhalen: vrije tekst kan medische gegevens bevatten (isVrijeTekst).
          `de tekst in de cel is geen herkende uitzondering op spoor 2 (verwacht: perspectief op terugkeer, marginale mogelijkheden of AOW); er is gerekend zonder uitzondering.`,
          rijNummer,
          kaart.perVeld.get("uitzonderingSpoor2")!,
          "waarschuwing",
        ),
      );
    }
  }

  const pnr = waarden[V.personeelsnummer];
  const naam = waarden[V.werknemer];
  let sleutel: string | null = null;
  if (typeof pnr === "string") sleutel = "p:" + pnr.toLowerCase().replace(/\s+/g, "");
  else if (typeof naam === "string") {
    const n = normaliseerKop(naam);
    sleutel = n === "" ? null : "n:" + n;
  }
  if (sleutel === null && (kaart.perVeld.has("werknemer") || kaart.perVeld.has("personeelsnummer"))) {
    const info = kaart.perVeld.get("werknemer") ?? kaart.perVeld.get("personeelsnummer")!;
    problemen.push(celProbleem("GEEN_WERKNEMER", "de rij heeft geen werknemer of personeelsnummer; ze is apart beoordeeld.", rijNummer, info, "waarschuwing"));
  }
  // Afkappen na de laatste ingevulde waarde (zie GelezenRij.waarden): V8 kort de lijst ter plekke in.
  let n = waarden.length;
  while (n > 0 && (waarden[n - 1] === null || waarden[n - 1] === undefined)) n--;
  waarden.length = n;
  return { rij: rijNummer, volgnummer, waarden, D, h, sleutel };
}
