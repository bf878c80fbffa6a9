/**
 * De kolommen van een verzuimregister: velden, de koppen van het sjabloon, Nederlandse synoniemen en de
 * privacyregel. Koppen worden vergeleken na normaliseren (kleine letters, zonder accenten, spaties en
 * leestekens), eerst in hun geheel en daarna zonder vulwoorden als "datum" of "gedaan"; zo worden
 * "Datum PA", "PA (datum)", "pa" en "P.A." allemaal de kolom `pa`. Een kop met een tikfout of met een bekende
 * kop en andere woorden erbij krijgt "bedoelde u …?" (`herkenKopTolerant`).
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

/**
 * Synoniemen naast de sjabloonkop (de sjabloonkop en de veldnaam tellen altijd mee): koppen zoals ze in
 * registers van werkgevers, verzuimsjablonen van arbodiensten en verzekeraars, UWV-formulieren en exports
 * van HR- en salarispakketten staan. Na normaliseren hoort elk synoniem bij één veld (getest). Let op
 * dubbelzinnige woorden: "Ziekmelding" is de eerste ziektedag, "Ziekmelding arbodienst" en "Melding arbo"
 * de melding bij de arbodienst, "Ziekmelding UWV" en "42 weken UWV" de 42e-weeksmelding.
 */
const SYNONIEMEN: Readonly<Record<Veld, readonly string[]>> = {
  werknemer: [
    "Naam", "Naam werknemer", "Medewerker", "Naam medewerker", "Werknemer naam", "Volledige naam", "Medewerker naam",
    "Werknemersnaam", "Medewerkersnaam", "Naam zieke werknemer", "Zieke werknemer", "Zieke medewerker", "Personeelslid",
    "Naam personeelslid", "Collega", "Naam collega", "Naam werknemer (voluit)", "Werknemer (naam)", "Naam en voorletters",
  ],
  personeelsnummer: [
    "Personeelsnr", "Pers.nr.", "Persnr", "Personeels nummer", "Medewerkernummer", "Werknemernummer", "Registratienummer", "Nummer",
    "Personeelsnr.", "Pers. nr.", "P-nummer", "Pnr", "Medewerkernr", "Medewerkersnummer", "Werknemersnummer", "Werknemernr",
    "Persnummer", "Pers. nummer", "Personeels-ID", "Medewerker-ID", "Werknemer-ID", "Employee ID", "Nummer werknemer", "Nummer medewerker",
  ],
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
    "Datum ziek",
    "Ziek gemeld op",
    "Ziek",
    "Ziek per",
    "Ziekgemeld per",
    "Ziekmeldingsdatum",
    "Ziekmelding werkgever",
    "Datum eerste ziektedag",
    "Eerste dag verzuim",
    "1e dag ziek",
    "1e dag verzuim",
    "Begindatum verzuim",
    "Begindatum ziekte",
    "Startdatum ziekte",
    "Begin ziekte",
    "Aanvang ziekte",
    "Ingangsdatum verzuim",
    "Ingangsdatum ziekte",
    "Verzuimdatum",
    "Verzuim vanaf",
    "Verzuim sinds",
    "Verzuimmelding",
    "Datum verzuimmelding",
    "Eerste arbeidsongeschiktheidsdag",
    "Eerste dag arbeidsongeschiktheid",
    "Eerste ziektedag (EZD)",
    "EZD",
  ],
  hersteldatum: [
    "Hersteld", "Hersteld per", "Betermelding", "Datum betermelding", "Hersteldmelding", "Herstel", "Einde verzuim", "Beter gemeld",
    "Volledig hersteld", "Beter", "Beter per", "Beter sinds", "Betergemeld", "Datum beter", "Hersteld op", "Hersteld sinds",
    "Datum hersteld", "Datum herstel", "Herstelmelding", "Datum herstelmelding", "Hersteldatum (volledig)", "Volledig hersteld per",
    "Volledig herstel", "Einddatum verzuim", "Einde ziekte", "Hersteld gemeld", "Hersteld gemeld op", "Herstel per", "Weer aan het werk", "Datum herstel gemeld",
  ],
  arbo: [
    "Ziekmelding arbo", "Melding arbodienst", "Arbodienst", "Ziekmelding bedrijfsarts", "Melding bedrijfsarts", "Arbo",
    "Melding arbo", "Arbo melding", "Arbomelding", "Gemeld bij arbo", "Gemeld bij arbodienst", "Ziek gemeld bij arbodienst",
    "Melding aan arbodienst", "Doorgegeven aan arbodienst", "Arbodienst ingelicht", "Verzuimmelding arbodienst",
    "Ziekmelding arbodienst/bedrijfsarts", "Datum melding arbodienst", "Melding arbo-dienstverlener", "Ziekmelding arbodienstverlener",
    "Melding arbodienstverlener", "Arbodienst gemeld", "Arbo gebeld", "Arbodienst gebeld",
  ],
  pa: [
    "PA", "Probleem analyse", "Probleemanalyse bedrijfsarts", "Oordeel bedrijfsarts", "PA bedrijfsarts", "Probleemanalyse BA",
    "PA (week 6)", "Probleemanalyse (week 6)", "PA week 6", "Probleemanalyse ontvangen", "Datum probleemanalyse", "PA ontvangen",
    "Probleemanalyse wk 6",
  ],
  pva: [
    "PvA", "Plan van aanpak opgesteld", "PvA (week 8)", "Plan van aanpak (week 8)", "PvA week 8", "PvA getekend", "PvA ondertekend",
    "Plan van aanpak getekend", "Plan van aanpak ondertekend", "Datum plan van aanpak", "Opstellen plan van aanpak", "PvA wk 8",
  ],
  laatsteEvaluatie: [
    "Bijstelling PvA", "Laatste bijstelling", "Evaluatie PvA", "Laatste evaluatie PvA", "Voortgangsevaluatie", "Bijstelling plan van aanpak",
    "Evaluatie", "Evaluatiegesprek", "Laatste evaluatiegesprek", "Evaluatie plan van aanpak", "Laatste evaluatie plan van aanpak",
    "Bijstelling", "Laatste bijstelling PvA", "Evaluatiemoment", "Laatste evaluatiemoment", "Voortgangsgesprek", "Laatste voortgangsgesprek",
    "PvA bijgesteld", "Plan van aanpak bijgesteld", "Laatste evaluatie bedrijfsarts",
  ],
  evaluaties: ["Evaluatiedata", "Evaluatiedatums", "Alle evaluaties", "Evaluaties PvA", "Evaluatiemomenten", "Evaluatiegesprekken", "Bijstellingen PvA"],
  uwv42: [
    "Ziekmelding UWV", "42-wekenmelding", "42e weeks melding", "42 weken melding", "42e-wekenmelding", "Melding UWV", "42e week", "Melding 42e week",
    "42 weken UWV", "42 weken", "42e weken melding", "42-weken melding UWV", "UWV 42 weken", "UWV melding", "Melding UWV 42 weken",
    "Melding UWV (42 weken)", "42e weeks melding UWV", "42e-weeksmelding UWV", "Week 42", "Week 42 melding", "Wk 42", "42ste week",
    "Ziekmelding UWV 42e week", "Ziekmelding bij UWV", "Gemeld bij UWV", "UWV gemeld", "Melding langdurig verzuim", "Melding langdurig ziek",
    "Melding bij UWV", "Ziek gemeld bij UWV", "Ziekmelding 42e week", "42e week melding",
  ],
  eje: [
    "EJE", "Eerstejaars evaluatie", "Eerste jaars evaluatie", "Jaarevaluatie", "Evaluatie eerste ziektejaar", "1e jaars evaluatie",
    "1e-jaarsevaluatie", "Evaluatie 1e jaar", "Evaluatie eerste jaar", "Eerstejaarsevaluatie (week 52)", "EJE week 52", "Week 52",
    "Evaluatie week 52", "Week 52 evaluatie",
  ],
  arbeidsdeskundigOnderzoek: [
    "AD-onderzoek", "Arbeidsdeskundig rapport", "Arbeidsdeskundige", "AD rapport", "Arbeidsdeskundig onderzoek rapport",
    "Arbeidsdeskundig advies", "AD", "Rapport arbeidsdeskundige", "Onderzoek arbeidsdeskundige",
  ],
  startSpoor2: [
    "Spoor 2", "Tweede spoor", "2e spoor", "Spoor 2 gestart", "Start tweede spoor", "Start 2e spoor", "Spoor twee", "Inzet spoor 2",
    "Spoor 2 ingezet", "Tweede spoor ingezet", "Startdatum spoor 2", "Begin spoor 2", "Spoor 2 traject",
  ],
  uitzonderingSpoor2: ["Uitzondering 2e spoor", "Geen spoor 2", "Reden geen spoor 2", "Spoor 2 uitzondering", "Uitzondering tweede spoor"],
  reintegratieplanSpoor2: ["Plan spoor 2", "Spoor 2 plan", "Re-integratieplan 2e spoor", "Trajectplan spoor 2", "Reintegratieplan", "Trajectplan"],
  persoonsprofiel: ["Persoons profiel"],
  zoekprofiel: ["Zoek profiel"],
  rapportagemomenten: ["Rapportage momenten", "Rapportagemoment"],
  voortgangsrapportageSpoor2: ["Voortgangsrapportage", "Voortgangsrapport spoor 2", "Laatste voortgangsrapportage"],
  eindrapportageSpoor2: ["Eindrapportage", "Eindrapport spoor 2", "Eindrapport"],
  ao: ["AO", "Actueel oordeel bedrijfsarts", "Actueel oordeel BA", "Actueel oordeel (week 88)", "AO bedrijfsarts", "Oordeel bedrijfsarts week 88"],
  eindevaluatie: ["Eind evaluatie", "Eind-evaluatie", "Eindevaluatie (week 88)", "Eindgesprek"],
  visieWerknemer: ["Mening werknemer", "Visie van de werknemer", "Visie medewerker", "Mening medewerker"],
  wiaAanvraag: [
    "WIA aanvraag", "Aanvraag WIA", "WIA", "RIV", "Re-integratieverslag", "RIV ingediend", "WIA aangevraagd", "WIA-aanvraag ingediend",
    "Aanvraag WIA-uitkering", "RIV naar UWV", "RIV verstuurd", "Re-integratieverslag ingediend", "WIA aanvraag (week 93)",
  ],
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
  uitDienstPer: ["Uit dienst", "Datum uit dienst", "Uitdiensttreding", "Einde dienstverband", "Ziek uit dienst", "Einddatum dienstverband", "Datum uitdiensttreding", "Uit dienst op"],
  ivaAanvraag: ["IVA aanvraag", "IVA aangevraagd", "Aanvraag vervroegde IVA", "Vervroegde IVA aanvraag"],
  afdeling: ["Afd.", "Afd", "Team", "Kostenplaats", "Vestiging", "Afdeling/team", "Locatie"],
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
  "gemaakt",
  "klaar",
  "gereed",
  "getekend",
  "ondertekend",
  "ingevuld",
  "verzonden",
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

/** De woorden van een kop (kleine letters, zonder accenten en vulwoorden); "P.v.A." is één woord. */
function woordenVanKop(tekst: string): string[] {
  return tekst
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !VULWOORDEN.has(w));
}

/** Idem als `normaliseerKop`, zonder tekst tussen haakjes en zonder vulwoorden. */
function kernVanKop(tekst: string): string {
  return woordenVanKop(tekst.replace(/\([^)]*\)/g, " ")).join("");
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
  "redenvanverzuim",
  "redenvanziekte",
  "redenvanafwezigheid",
  "redenafwezigheid",
  "afwezigheidsreden",
  "ziektereden",
  "uitvalreden",
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
  "reden",
];

/** Wijst deze kop op medische gegevens? ("Diagnose", "Klachten", "Reden verzuim", "Soort ziekte", …) */
export function isPrivacyKop(kop: string): boolean {
  const n = normaliseerKop(kop);
  if (n === "") return false;
  // "Andere oorzaak na verlof" is een ja/nee-oordeel van de bedrijfsarts, geen oorzaak: toegestaan.
  if (VOLLEDIG.get(n) === "andereOorzaakNaVerlof" || KERN.get(kernVanKop(kop)) === "andereOorzaakNaVerlof") return false;
  for (const w of PRIVACY_WOORDEN) {
    if (w === "ziekte" || w === "reden") {
      // Alleen "ziekte" als geheel of "ziekte" zonder "dag"/"periode"/"week"… (dat zijn datums); alleen "Reden"
      // als geheel (in een verzuimregister de reden van het verzuim; "Reden uit dienst" is dat niet).
      if (n === w) return true;
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

// ---- Tikfouten en koppen die geen registerkolom zijn --------------------------------------------

/**
 * Koppen die in registers vaak staan maar geen veld van Poortwachter zijn: die krijgen nooit een
 * "bedoelde u …?" (een geboortedatum is geen tikfout van een andere datum). Genormaliseerd vergeleken.
 */
const GEEN_REGISTERKOPPEN: readonly string[] = [
  "Geboortedatum", "Datum in dienst", "In dienst", "In dienst per", "Indiensttreding", "Datum indiensttreding", "Functie", "Telefoon",
  "Telefoonnummer", "E-mail", "Email", "Adres", "Woonplaats", "Postcode", "Leidinggevende", "Manager", "Contracturen", "Uren",
  "Uren per week", "FTE", "Opmerking", "Opmerkingen", "Notitie", "Notities", "Toelichting", "Status", "Actie", "Acties",
  "Volgende actie", "Casemanager", "Bedrijfsarts", "Naam bedrijfsarts", "Verzuimduur", "Duur", "Aantal dagen", "Dagen", "Weken",
  "Ziekteweek", "Week", "Percentage", "Arbeidsongeschiktheidspercentage", "Geslacht", "Leeftijd", "BSN", "Werkgever", "Bedrijf",
  "Klant", "Voornaam", "Roepnaam", "Voorletters", "Tussenvoegsel", "Tussenvoegsels", "Achternaam", "Familienaam", "Geslachtsnaam",
];
const GEEN_REGISTERKOP: ReadonlySet<string> = new Set(GEEN_REGISTERKOPPEN.map((k) => normaliseer(k)));

/** Voornaam, tussenvoegsel en achternaam in aparte kolommen: samen de naam van de werknemer. */
export type NaamDeel = "voornaam" | "tussenvoegsel" | "achternaam";
const NAAMDEEL: ReadonlyMap<string, NaamDeel> = new Map(
  (
    [
      ["voornaam", ["Voornaam", "Voornamen", "Roepnaam", "Voorletters", "Voorletter(s)"]],
      ["tussenvoegsel", ["Tussenvoegsel", "Tussenvoegsels", "Tussenv.", "Voorvoegsel"]],
      ["achternaam", ["Achternaam", "Familienaam", "Geslachtsnaam"]],
    ] as const
  ).flatMap(([deel, koppen]) => koppen.map((k) => [normaliseer(k), deel] as const)),
);

/** Is deze kop een deel van de naam ("Voornaam", "Tussenvoegsel", "Achternaam")? */
export function naamDeelVan(kop: string): NaamDeel | null {
  return NAAMDEEL.get(normaliseerKop(kop)) ?? null;
}

/**
 * Damerau-Levenshtein-afstand (met verwisseling van twee buren, "optimal string alignment"), met een
 * bovengrens: boven `max` geeft de functie `max + 1` (sneller, want de meeste koppen lijken nergens op).
 */
export function tikafstand(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (n + 1 > RIJ_A.length) return max + 1; // koppen zijn kort (≤ 60 tekens)
  // Drie rijen van de tabel, hergebruikt tussen aanroepen (geen allocatie: dit draait voor elke onbekende tekstcel).
  let vorige2 = RIJ_A;
  let vorige = RIJ_B;
  let huidig = RIJ_C;
  for (let j = 0; j <= n; j++) vorige[j] = j;
  for (let i = 1; i <= a.length; i++) {
    huidig[0] = i;
    let rijMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = vorige[j - 1] + (ai === bj ? 0 : 1);
      if (vorige[j] + 1 < v) v = vorige[j] + 1;
      if (huidig[j - 1] + 1 < v) v = huidig[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && vorige2[j - 2] + 1 < v) v = vorige2[j - 2] + 1;
      huidig[j] = v;
      if (v < rijMin) rijMin = v;
    }
    if (rijMin > max) return max + 1;
    const t = vorige2;
    vorige2 = vorige;
    vorige = huidig;
    huidig = t;
  }
  return Math.min(vorige[n], max + 1);
}
const RIJ_A = new Int32Array(128);
const RIJ_B = new Int32Array(128);
const RIJ_C = new Int32Array(128);

/**
 * Hoeveel tikfouten een kop van deze lengte (genormaliseerd) mag hebben: zonder meer gebruikt (`zeker`)
 * en alleen als voorstel ("bedoelde u …?"). Korte koppen nooit zeker: "Arbo" en "AO" liggen te dicht bij
 * andere woorden.
 */
export function tikgrens(lengte: number): { zeker: number; voorstel: number } {
  if (lengte >= 12) return { zeker: 2, voorstel: 3 };
  if (lengte >= 6) return { zeker: 1, voorstel: 2 };
  if (lengte >= 4) return { zeker: 0, voorstel: 1 };
  return { zeker: 0, voorstel: 0 };
}

/**
 * Hoe een kop herkend is:
 * - `exact`: de sjabloonkop of een synoniem (na normaliseren);
 * - `tikfout`: één veld ligt duidelijk het dichtst bij (binnen `tikgrens.zeker`): de kolom wordt gebruikt
 *   en de lezer meldt "gelezen als …";
 * - `voorstel`: een of meer velden liggen in de buurt, maar niet duidelijk genoeg, of de kop bevat een bekende
 *   kop met andere woorden erbij ("Plan van aanpak versie 2", `bekendeTermenIn`): niet gebruikt, wel
 *   "bedoelde u …?";
 * - `geen`: niets in de buurt (of een bekende kop die geen registerkolom is, zoals Geboortedatum).
 */
export type Herkenning =
  | { soort: "exact"; veld: Veld }
  | { soort: "tikfout"; veld: Veld; afstand: number }
  | { soort: "voorstel"; velden: Veld[]; /** Alleen een bekende kop met andere woorden erbij (`bekendeTermenIn`). */ binnenKop?: true }
  | { soort: "geen" };

const cijfers = (s: string) => s.replace(/[^0-9]/g, "");

/** Bekende sleutels per lengte: een tekst wordt alleen vergeleken met sleutels van ongeveer dezelfde lengte. */
interface Sleutel {
  k: string;
  veld: Veld;
  cijfers: string;
  /** Welke tekens (a–z, 0–9) erin staan: een snelle ondergrens voor de afstand. */
  tekens: number;
}
function perLengte(m: ReadonlyMap<string, Veld>): readonly (readonly Sleutel[])[] {
  const uit: Sleutel[][] = [];
  for (const [k, veld] of m) (uit[k.length] ??= []).push({ k, veld, cijfers: cijfers(k), tekens: tekensVan(k) });
  return uit;
}
function tekensVan(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    m |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 5) : 31);
  }
  return m;
}
function bits(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
const SLEUTELS_VOLLEDIG = perLengte(VOLLEDIG);
const SLEUTELS_KERN = perLengte(KERN);

interface Kandidaat {
  afstand: number;
  zeker: boolean;
}

function dichtstbij(sleutel: string, perLen: readonly (readonly Sleutel[] | undefined)[], beste: Map<Veld, Kandidaat>): void {
  if (sleutel === "") return;
  const grens = tikgrens(sleutel.length);
  const c = cijfers(sleutel);
  const tekens = tekensVan(sleutel);
  for (let len = Math.max(1, sleutel.length - grens.voorstel); len <= sleutel.length + grens.voorstel; len++) {
    const lijst = perLen[len];
    if (lijst === undefined) continue;
    for (const s of lijst) {
      // Cijfers moeten gelijk zijn: "Week 42" is geen tikfout van "Week 52", "Evaluatie 2" niet van "Evaluatie".
      if (s.cijfers !== c) continue;
      // Elke bewerking brengt hoogstens één nieuw teken in of haalt er één weg: een snelle ondergrens.
      if (Math.max(bits(tekens & ~s.tekens), bits(s.tekens & ~tekens)) > grens.voorstel) continue;
      const a = tikafstand(sleutel, s.k, grens.voorstel);
      if (a > grens.voorstel) continue;
      const al = beste.get(s.veld);
      if (al === undefined || a < al.afstand || (a === al.afstand && !al.zeker)) beste.set(s.veld, { afstand: a, zeker: a <= grens.zeker });
    }
  }
}

const HERKEND_TOLERANT = new Map<string, Herkenning>();

/** Kop → herkenning met tikfouten (zie `Herkenning`). Onthouden per tekst, zoals `herkenKop`. */
export function herkenKopTolerant(kop: string): Herkenning {
  const al = HERKEND_TOLERANT.get(kop);
  if (al !== undefined) return al;
  const uit = bepaalHerkenning(kop);
  if (HERKEND_TOLERANT.size >= HERKEND_MAX) HERKEND_TOLERANT.clear();
  HERKEND_TOLERANT.set(kop, uit);
  return uit;
}

/**
 * Koppen die te algemeen zijn om zonder meer te gebruiken ("Begindatum" kan ook het contract zijn), maar
 * waarbij een voorstel helpt als het register anders niet te beoordelen is: alleen "bedoelde u …?".
 */
const ALGEMEEN: ReadonlyMap<string, Veld> = new Map(
  (
    [
      ["eersteZiektedag", ["Begin", "Begindatum", "Start", "Startdatum", "Vanaf", "Datum van", "Van", "Datum"]],
      ["hersteldatum", ["Einde", "Einddatum", "Eind", "Tot", "Datum tot", "Tot en met"]],
      ["laatsteEvaluatie", ["Laatste gesprek", "Gesprek"]],
    ] as const
  ).flatMap(([veld, koppen]) => koppen.map((k) => [normaliseer(k), veld] as const)),
);

function bepaalHerkenning(kop: string): Herkenning {
  const exact = herkenKop(kop);
  if (exact !== null) return { soort: "exact", veld: exact };
  const volledig = normaliseerKop(kop);
  const algemeen = ALGEMEEN.get(volledig);
  if (algemeen !== undefined) return { soort: "voorstel", velden: [algemeen] };
  if (GEEN_REGISTERKOP.has(volledig) || NAAMDEEL.has(volledig) || isPrivacyKop(kop)) return { soort: "geen" };
  if (kop.length <= 60 && volledig.length >= 4 && volledig.length <= 50) {
    const kern = kernVanKop(kop);
    const beste = new Map<Veld, Kandidaat>();
    dichtstbij(volledig, SLEUTELS_VOLLEDIG, beste);
    if (kern !== volledig) dichtstbij(kern, SLEUTELS_KERN, beste);
    if (beste.size > 0) {
      const gesorteerd = [...beste].sort((a, b) => a[1].afstand - b[1].afstand);
      const [veld, k] = gesorteerd[0];
      const tweede = gesorteerd.length > 1 ? gesorteerd[1][1].afstand : Infinity;
      // Zeker alleen als één veld duidelijk het dichtst bij ligt en de afstand past bij de lengte van de kop.
      if (k.zeker && tweede > k.afstand) {
        // Een bekende kop als geheel met een woord erbij is geen tikfout: "Ziekmelding nr" ligt twee letters van
        // "Ziekmelding", maar is een nummer, geen datum. Alleen "bedoelde u …?", zoals elke kop met woorden erbij.
        const binnen = bekendeTermenIn(kop);
        if (binnen.length) return { soort: "voorstel", velden: binnen, binnenKop: true };
        return { soort: "tikfout", veld, afstand: k.afstand };
      }
      return { soort: "voorstel", velden: gesorteerd.filter(([, x]) => x.afstand === k.afstand).map(([v]) => v).slice(0, 3) };
    }
  }
  const velden = bekendeTermenIn(kop);
  return velden.length ? { soort: "voorstel", velden, binnenKop: true } : { soort: "geen" };
}

// ---- Een bekende kop met woorden erbij ----------------------------------------------------------

/** Een kop van meer woorden (zonder vulwoorden) is een zin, geen kop: daarin wordt niet naar bekende koppen gezocht. */
const MAX_WOORDEN = 12;
/** Ten hoogste zoveel voorstellen voor één kop. */
const MAX_VOORSTELLEN = 3;

/**
 * Losse woorden die als bekende kop te algemeen zijn om in een langere kop iets te zeggen: "Naam leidinggevende"
 * is niet de naam van de werknemer, "Nummer dossier" niet het personeelsnummer.
 */
const TE_ALGEMEEN_IN_KOP: ReadonlySet<string> = new Set(["naam", "nummer", "team", "locatie", "vestiging", "afd", "collega", "kostenplaats"]);

/**
 * Woorden die zeggen dat een kop over iets anders gaat dan de bekende kop erin: zo'n kop krijgt geen
 * voorstel. De koppen die geen registerkolom zijn ("Telefoon werknemer", "Opmerking PA", "Aantal dagen ziek"),
 * de delen van een naam ("Achternaam werknemer"), een reden, soort of aantal ("Reden uit dienst", "Soort
 * ziekmelding": een reden van verzuim is medisch, AVG), ziekte ("Ziekte en herstel"), kosten, en een naam van
 * iets anders ("Naam arbodienst"). Personen als "bedrijfsarts" of "leidinggevende" horen hier niet bij: in
 * "Probleemanalyse door bedrijfsarts" zeggen ze wie de stap deed.
 */
const ANDER_ONDERWERP: ReadonlySet<string> = new Set([
  ...GEEN_REGISTERKOPPEN.filter((k) => !["Leidinggevende", "Manager", "Casemanager", "Bedrijfsarts", "Naam bedrijfsarts", "Werkgever", "Bedrijf", "Klant"].includes(k)).map(kernVanKop),
  ...[...NAAMDEEL.keys()],
  "voornamen",
  "reden",
  "waarom",
  "soort",
  "type",
  "aard",
  "aantal",
  "hoeveel",
  "ziekte",
  "kosten",
  "bedrag",
  "factuur",
  "naam",
  "nummer",
]);

interface Treffer {
  veld: Veld;
  /** Eerste woord en het woord erna (index in de woorden van de kop). */
  van: number;
  tot: number;
  /** Lengte van de bekende kop (genormaliseerd): hoe langer, hoe specifieker. */
  lengte: number;
}

/**
 * De velden waarvan de kop een bekende kop (sjabloonkop of synoniem, zonder vulwoorden) als geheel bevat, met
 * andere woorden erbij: "Probleemanalyse afgerond door arbo", "Plan van aanpak versie 2". Zulke koppen worden
 * nooit zonder meer gebruikt ("Eerste ziektedag vorige periode" is niet de eerste ziektedag), alleen
 * voorgesteld. Ten hoogste drie, de langste (meest specifieke) eerst; een bekende kop die binnen een langere
 * valt, telt niet apart ("Ziekmelding" in "Ziekmelding bij UWV"). Leeg als een woord erbij zegt dat de kop
 * over iets anders gaat (ANDER_ONDERWERP). De woorden tussen haakjes tellen hier wel mee.
 */
function bekendeTermenIn(kop: string): Veld[] {
  if (kop.length > 80) return [];
  const w = woordenVanKop(kop);
  if (w.length === 0 || w.length > MAX_WOORDEN) return [];
  const treffers: Treffer[] = [];
  const anders: [number, number][] = [];
  for (let i = 0; i < w.length; i++) {
    let s = "";
    for (let j = i; j < w.length; j++) {
      s += w[j];
      if (ANDER_ONDERWERP.has(s)) anders.push([i, j + 1]);
      const veld = KERN.get(s);
      if (veld !== undefined && !(j === i && TE_ALGEMEEN_IN_KOP.has(s))) treffers.push({ veld, van: i, tot: j + 1, lengte: s.length });
    }
  }
  if (treffers.length === 0) return [];
  // Een woord over iets anders, buiten elke bekende kop: geen voorstel ("Week" in "PA week 6" hoort bij de kop).
  if (anders.some(([van, tot]) => !treffers.some((t) => t.van <= van && tot <= t.tot))) return [];
  const gehouden = treffers.filter((t) => !treffers.some((o) => o.van <= t.van && t.tot <= o.tot && o.tot - o.van > t.tot - t.van));
  gehouden.sort((a, b) => b.lengte - a.lengte || a.van - b.van);
  const velden: Veld[] = [];
  for (const t of gehouden) if (!velden.includes(t.veld)) velden.push(t.veld);
  return velden.slice(0, MAX_VOORSTELLEN);
}

/** De sjabloonkop van een veld ("Eerste ziektedag"). */
export function kopVan(veld: Veld): string {
  return TEMPLATE_KOLOMMEN.find((k) => k.veld === veld)?.kop ?? veld;
}
