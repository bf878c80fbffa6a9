/**
 * De kolommen van een verzuimregister: velden, de koppen van het sjabloon, Nederlandse synoniemen en de
 * privacyregel. Koppen worden vergeleken na normaliseren (kleine letters, zonder accenten, spaties en
 * leestekens), eerst in hun geheel en daarna zonder vulwoorden als "datum" of "gedaan"; zo worden
 * "Datum PA", "PA (datum)", "pa" en "P.A." allemaal de kolom `pa`.
 */
import { normaliseer, type MijlpaalCode } from "../mijlpalen";

export type Veld =
  | "werknemer"
  | "personeelsnummer"
  | "eersteZiektedag"
  | "hersteldatum"
  | "arbo"
  | "pa"
  | "pva"
  | "laatsteEvaluatie"
  | "evaluaties"
  | "uwv42"
  | "eje"
  | "arbeidsdeskundigOnderzoek"
  | "startSpoor2"
  | "uitzonderingSpoor2"
  | "reintegratieplanSpoor2"
  | "persoonsprofiel"
  | "zoekprofiel"
  | "rapportagemomenten"
  | "voortgangsrapportageSpoor2"
  | "eindrapportageSpoor2"
  | "ao"
  | "eindevaluatie"
  | "visieWerknemer"
  | "wiaAanvraag"
  | "vrijwilligeVerlengingWeken"
  | "loonsanctieTot"
  | "bekortingsbesluit"
  | "bevredigendResultaat"
  | "belastbaarVanaf"
  | "arbeidstherapieVan"
  | "arbeidstherapieTot"
  | "arbeidstherapieOnderbouwd"
  | "aowDatum"
  | "geenBenutbareMogelijkhedenVan"
  | "geenBenutbareMogelijkhedenTot"
  | "wazoVan"
  | "wazoTot"
  | "andereOorzaakNaVerlof"
  | "uitDienstPer"
  | "ivaAanvraag"
  | "ivaToegekend"
  | "afdeling";

/** Hoe de cellen van een kolom gelezen worden. */
export type VeldSoort = "tekst" | "datum" | "datums" | "janee" | "datumOfJanee" | "weken" | "uitzondering";

/** De kolommen van het sjabloon, in volgorde, met hun Nederlandse kop. */
export const TEMPLATE_KOLOMMEN: readonly { veld: Veld; kop: string }[] = [
  { veld: "werknemer", kop: "Werknemer" },
  { veld: "personeelsnummer", kop: "Personeelsnummer" },
  { veld: "eersteZiektedag", kop: "Eerste ziektedag" },
  { veld: "hersteldatum", kop: "Hersteldatum" },
  { veld: "arbo", kop: "Ziekmelding arbodienst" },
  { veld: "pa", kop: "Probleemanalyse" },
  { veld: "pva", kop: "Plan van aanpak" },
  { veld: "laatsteEvaluatie", kop: "Laatste evaluatie" },
  { veld: "evaluaties", kop: "Evaluaties" },
  { veld: "uwv42", kop: "42e-weeksmelding" },
  { veld: "eje", kop: "Eerstejaarsevaluatie" },
  { veld: "arbeidsdeskundigOnderzoek", kop: "Arbeidsdeskundig onderzoek" },
  { veld: "startSpoor2", kop: "Start spoor 2" },
  { veld: "uitzonderingSpoor2", kop: "Uitzondering spoor 2" },
  { veld: "reintegratieplanSpoor2", kop: "Re-integratieplan spoor 2" },
  { veld: "persoonsprofiel", kop: "Persoonsprofiel" },
  { veld: "zoekprofiel", kop: "Zoekprofiel" },
  { veld: "rapportagemomenten", kop: "Rapportagemomenten" },
  { veld: "voortgangsrapportageSpoor2", kop: "Voortgangsrapportage spoor 2" },
  { veld: "eindrapportageSpoor2", kop: "Eindrapportage spoor 2" },
  { veld: "ao", kop: "Actueel oordeel" },
  { veld: "eindevaluatie", kop: "Eindevaluatie" },
  { veld: "visieWerknemer", kop: "Visie werknemer" },
  { veld: "wiaAanvraag", kop: "WIA-aanvraag" },
  { veld: "vrijwilligeVerlengingWeken", kop: "Vrijwillige verlenging (weken)" },
  { veld: "loonsanctieTot", kop: "Loonsanctie tot" },
  { veld: "bekortingsbesluit", kop: "Bekortingsbesluit" },
  { veld: "bevredigendResultaat", kop: "Bevredigend resultaat" },
  { veld: "belastbaarVanaf", kop: "Belastbaar vanaf" },
  { veld: "arbeidstherapieVan", kop: "Arbeidstherapie van" },
  { veld: "arbeidstherapieTot", kop: "Arbeidstherapie tot" },
  { veld: "arbeidstherapieOnderbouwd", kop: "Arbeidstherapie onderbouwd" },
  { veld: "aowDatum", kop: "AOW-datum" },
  { veld: "geenBenutbareMogelijkhedenVan", kop: "Geen benutbare mogelijkheden van" },
  { veld: "geenBenutbareMogelijkhedenTot", kop: "Geen benutbare mogelijkheden tot" },
  { veld: "wazoVan", kop: "WAZO-verlof van" },
  { veld: "wazoTot", kop: "WAZO-verlof tot" },
  { veld: "andereOorzaakNaVerlof", kop: "Andere oorzaak na verlof" },
  { veld: "uitDienstPer", kop: "Uit dienst per" },
  { veld: "ivaAanvraag", kop: "Vervroegde IVA aangevraagd" },
  { veld: "ivaToegekend", kop: "Vervroegde IVA toegekend" },
  { veld: "afdeling", kop: "Afdeling" },
];

export const VELDEN: readonly Veld[] = TEMPLATE_KOLOMMEN.map((k) => k.veld);

export const VELD_SOORT: Readonly<Record<Veld, VeldSoort>> = {
  werknemer: "tekst",
  personeelsnummer: "tekst",
  eersteZiektedag: "datum",
  hersteldatum: "datum",
  arbo: "datum",
  pa: "datum",
  pva: "datum",
  laatsteEvaluatie: "datum",
  evaluaties: "datums",
  uwv42: "datum",
  eje: "datum",
  arbeidsdeskundigOnderzoek: "datum",
  startSpoor2: "datum",
  uitzonderingSpoor2: "uitzondering",
  reintegratieplanSpoor2: "datum",
  persoonsprofiel: "janee",
  zoekprofiel: "janee",
  rapportagemomenten: "janee",
  voortgangsrapportageSpoor2: "datum",
  eindrapportageSpoor2: "datum",
  ao: "datum",
  eindevaluatie: "datum",
  visieWerknemer: "datumOfJanee",
  wiaAanvraag: "datum",
  vrijwilligeVerlengingWeken: "weken",
  loonsanctieTot: "datum",
  bekortingsbesluit: "datum",
  bevredigendResultaat: "janee",
  belastbaarVanaf: "datum",
  arbeidstherapieVan: "datum",
  arbeidstherapieTot: "datum",
  arbeidstherapieOnderbouwd: "janee",
  aowDatum: "datum",
  geenBenutbareMogelijkhedenVan: "datum",
  geenBenutbareMogelijkhedenTot: "datum",
  wazoVan: "datum",
  wazoTot: "datum",
  andereOorzaakNaVerlof: "janee",
  uitDienstPer: "datum",
  ivaAanvraag: "datum",
  ivaToegekend: "datum",
  afdeling: "tekst",
};

/** Mijlpaalkolommen → de code in `invoer.gedaan` en `plekken`. */
export const MIJLPAAL_VELD: Readonly<Partial<Record<Veld, MijlpaalCode>>> = {
  arbo: "ARBO",
  pa: "PA",
  pva: "PVA",
  laatsteEvaluatie: "EVAL",
  uwv42: "UWV42",
  eje: "EJE",
  startSpoor2: "SPOOR2",
  ao: "AO",
  eindevaluatie: "EINDEVAL",
  wiaAanvraag: "WIA",
};

/** Synoniemen naast de sjabloonkop (de sjabloonkop en de veldnaam tellen altijd mee). */
const SYNONIEMEN: Readonly<Record<Veld, readonly string[]>> = {
  werknemer: ["Naam", "Naam werknemer", "Medewerker", "Naam medewerker", "Werknemer naam", "Volledige naam"],
  personeelsnummer: ["Personeelsnr", "Pers.nr.", "Persnr", "Personeels nummer", "Medewerkernummer", "Werknemernummer", "Registratienummer", "Nummer"],
  eersteZiektedag: [
    "Ziekmelding",
    "Datum ziekmelding",
    "1e ziektedag",
    "Eerste verzuimdag",
    "1e verzuimdag",
    "Ziek sinds",
    "Ziek vanaf",
    "Ziekgemeld",
    "Ziekgemeld op",
    "Begin verzuim",
    "Startdatum verzuim",
    "Aanvang verzuim",
    "Eerste dag ziek",
  ],
  hersteldatum: ["Hersteld", "Hersteld per", "Betermelding", "Datum betermelding", "Hersteldmelding", "Herstel", "Einde verzuim", "Beter gemeld", "Volledig hersteld"],
  arbo: ["Ziekmelding arbo", "Melding arbodienst", "Arbodienst", "Ziekmelding bedrijfsarts", "Melding bedrijfsarts", "Arbo"],
  pa: ["PA", "Probleem analyse", "Probleemanalyse bedrijfsarts", "Oordeel bedrijfsarts"],
  pva: ["PvA", "Plan van aanpak opgesteld"],
  laatsteEvaluatie: ["Bijstelling PvA", "Laatste bijstelling", "Evaluatie PvA", "Laatste evaluatie PvA", "Voortgangsevaluatie", "Bijstelling plan van aanpak"],
  evaluaties: ["Evaluatiedata", "Evaluatiedatums", "Alle evaluaties", "Evaluaties PvA"],
  uwv42: ["Ziekmelding UWV", "42-wekenmelding", "42e weeks melding", "42 weken melding", "42e-wekenmelding", "Melding UWV", "42e week", "Melding 42e week"],
  eje: ["EJE", "Eerstejaars evaluatie", "Eerste jaars evaluatie", "Jaarevaluatie", "Evaluatie eerste ziektejaar"],
  arbeidsdeskundigOnderzoek: ["AD-onderzoek", "Arbeidsdeskundig rapport", "Arbeidsdeskundige", "AD rapport", "Arbeidsdeskundig onderzoek rapport"],
  startSpoor2: ["Spoor 2", "Tweede spoor", "2e spoor", "Spoor 2 gestart", "Start tweede spoor", "Start 2e spoor", "Spoor twee"],
  uitzonderingSpoor2: ["Uitzondering 2e spoor", "Geen spoor 2", "Reden geen spoor 2", "Spoor 2 uitzondering", "Uitzondering tweede spoor"],
  reintegratieplanSpoor2: ["Plan spoor 2", "Spoor 2 plan", "Re-integratieplan 2e spoor", "Trajectplan spoor 2", "Reintegratieplan"],
  persoonsprofiel: ["Persoons profiel"],
  zoekprofiel: ["Zoek profiel"],
  rapportagemomenten: ["Rapportage momenten", "Rapportagemoment"],
  voortgangsrapportageSpoor2: ["Voortgangsrapportage", "Voortgangsrapport spoor 2", "Laatste voortgangsrapportage"],
  eindrapportageSpoor2: ["Eindrapportage", "Eindrapport spoor 2", "Eindrapport"],
  ao: ["AO", "Actueel oordeel bedrijfsarts", "Actueel oordeel BA"],
  eindevaluatie: ["Eind evaluatie"],
  visieWerknemer: ["Mening werknemer", "Visie van de werknemer", "Visie medewerker", "Mening medewerker"],
  wiaAanvraag: ["WIA aanvraag", "Aanvraag WIA", "WIA", "RIV", "Re-integratieverslag", "RIV ingediend"],
  vrijwilligeVerlengingWeken: ["Vrijwillige verlenging", "Verlenging (weken)", "Verlenging wachttijd", "Vrijwillige verlenging wachttijd", "Verlenging"],
  loonsanctieTot: ["Loonsanctie", "Loonsanctie einde", "Einde loonsanctie", "Loonsanctie t/m"],
  bekortingsbesluit: ["Bekorting", "Bekortingsverzoek besluit", "Besluit bekorting", "Besluit bekortingsverzoek"],
  bevredigendResultaat: ["Bevredigend", "Bevredigend re-integratieresultaat"],
  belastbaarVanaf: ["Belastbaar", "Belastbaarheid vanaf", "Belastbaar sinds"],
  arbeidstherapieVan: ["Arbeidstherapie", "Start arbeidstherapie", "Arbeidstherapie vanaf", "Begin arbeidstherapie"],
  arbeidstherapieTot: ["Einde arbeidstherapie", "Arbeidstherapie t/m", "Arbeidstherapie einde"],
  arbeidstherapieOnderbouwd: ["Onderbouwing arbeidstherapie", "Arbeidstherapie onderbouwing"],
  aowDatum: ["AOW", "AOW-leeftijd", "AOW datum", "Datum AOW"],
  geenBenutbareMogelijkhedenVan: ["Geen benutbare mogelijkheden", "Geen benutbare mogelijkheden vanaf", "GBM van", "Geen mogelijkheden van"],
  geenBenutbareMogelijkhedenTot: ["Geen benutbare mogelijkheden t/m", "GBM tot", "Geen mogelijkheden tot"],
  wazoVan: ["WAZO van", "Zwangerschapsverlof van", "Verlof van", "Start WAZO", "Bevallingsverlof van", "Zwangerschaps- en bevallingsverlof van"],
  wazoTot: ["WAZO tot", "Zwangerschapsverlof tot", "Verlof tot", "Einde WAZO", "Bevallingsverlof tot", "Zwangerschaps- en bevallingsverlof tot"],
  andereOorzaakNaVerlof: ["Andere oorzaak", "Andere oorzaak na WAZO", "Andere oorzaak na zwangerschapsverlof", "Nieuwe oorzaak na verlof", "Niet samentellen na verlof"],
  uitDienstPer: ["Uit dienst", "Datum uit dienst", "Uitdiensttreding", "Einde dienstverband", "Ziek uit dienst", "Einddatum dienstverband"],
  ivaAanvraag: ["IVA aanvraag", "IVA aangevraagd", "Aanvraag vervroegde IVA", "Vervroegde IVA aanvraag"],
  afdeling: ["Afd.", "Afd", "Team", "Kostenplaats", "Vestiging"],
  ivaToegekend: ["IVA toegekend", "Toekenning IVA", "Vervroegde IVA besluit", "IVA toekenning", "Toekenning vervroegde IVA"],
};

/** Vulwoorden die in een kop niets toevoegen ("Datum PA", "PvA opgesteld op"). */
const VULWOORDEN: ReadonlySet<string> = new Set([
  "datum",
  "dd",
  "mm",
  "jj",
  "jjjj",
  "yyyy",
  "op",
  "per",
  "gedaan",
  "afgerond",
  "verstuurd",
  "ingediend",
  "gestart",
  "gehouden",
  "opgesteld",
  "ontvangen",
  "gemeld",
  "uitgevoerd",
  "de",
  "het",
]);

/** Kleine letters zonder accenten, spaties of leestekens (dezelfde normalisatie als voor mijlpaalnamen). */
export const normaliseerKop = normaliseer;

/** Idem, zonder tekst tussen haakjes en zonder vulwoorden. */
function kernVanKop(tekst: string): string {
  const woorden = tekst
    .replace(/\([^)]*\)/g, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !VULWOORDEN.has(w));
  return woorden.join("");
}

const VOLLEDIG = new Map<string, Veld>();
const KERN = new Map<string, Veld>();
/** Synoniemen die na normaliseren bij twee velden horen (hoort leeg te zijn; getest). */
export const DUBBELZINNIGE_SYNONIEMEN: string[] = [];

for (const { veld, kop } of TEMPLATE_KOLOMMEN) {
  for (const s of [kop, veld, ...SYNONIEMEN[veld]]) {
    for (const [map, sleutel] of [
      [VOLLEDIG, normaliseerKop(s)],
      [KERN, kernVanKop(s)],
    ] as const) {
      if (sleutel === "") continue;
      const al = map.get(sleutel);
      if (al !== undefined && al !== veld) DUBBELZINNIGE_SYNONIEMEN.push(`${s}: ${al} / ${veld}`);
      else map.set(sleutel, veld);
    }
  }
}

/** De synoniemen van een veld (voor documentatie en de uitleg in het sjabloon). */
export function synoniemenVan(veld: Veld): readonly string[] {
  return SYNONIEMEN[veld];
}

/**
 * Koppen die op medische gegevens wijzen. De AVG (art. 9) en de beleidsregels van de Autoriteit
 * Persoonsgegevens ("De zieke werknemer") verbieden de werkgever die vast te leggen, ook met toestemming.
 */
const PRIVACY_WOORDEN: readonly string[] = [
  "diagnose",
  "klacht",
  "ziekteoorzaak",
  "oorzaak",
  "redenverzuim",
  "verzuimreden",
  "redenziek",
  "redenuitval",
  "aandoening",
  "medisch",
  "ziektebeeld",
  "symptoom",
  "symptomen",
  "medicatie",
  "medicijn",
  "behandeling",
  "behandelaar",
  "aardziekte",
  "aardvandeziekte",
  "soortziekte",
  "kwaal",
  "ziektegeschiedenis",
  "ziekte",
];

/** Wijst deze kop op medische gegevens? ("Diagnose", "Klachten", "Reden verzuim", "Soort ziekte", …) */
export function isPrivacyKop(kop: string): boolean {
  const n = normaliseerKop(kop);
  if (n === "") return false;
  // "Andere oorzaak na verlof" is een ja/nee-oordeel van de bedrijfsarts, geen oorzaak: toegestaan.
  if (VOLLEDIG.get(n) === "andereOorzaakNaVerlof" || KERN.get(kernVanKop(kop)) === "andereOorzaakNaVerlof") return false;
  for (const w of PRIVACY_WOORDEN) {
    if (w === "ziekte") {
      // Alleen "ziekte" als geheel of "ziekte" zonder "dag"/"periode"/"week"… (dat zijn datums).
      if (n === "ziekte") return true;
      continue;
    }
    if (n.includes(w)) return true;
  }
  return false;
}

const HERKEND = new Map<string, Veld | null>();
const HERKEND_MAX = 5000;

/**
 * Kop → veld, of null als de kop niet herkend wordt. Onthouden per tekst: dezelfde koppen komen in elke
 * werkmap terug, en het zoeken naar de koprij bekijkt ook de tekstcellen van de eerste rijen.
 */
export function herkenKop(kop: string): Veld | null {
  const al = HERKEND.get(kop);
  if (al !== undefined) return al;
  const v = VOLLEDIG.get(normaliseerKop(kop)) ?? KERN.get(kernVanKop(kop)) ?? null;
  if (HERKEND.size >= HERKEND_MAX) HERKEND.clear();
  HERKEND.set(kop, v);
  return v;
}
