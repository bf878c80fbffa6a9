/**
 * Spoor 2: op tijd (6 weken na de EJE), de uitzonderingen van domeinreferentie §5, "te vroeg is
 * verwacht", belastbaarheid die pas na de EJE ontstaat (8-wekenregel), arbeidstherapie > 42 dagen, en
 * "te laat maar adequaat en vóór het einde van de wachttijd afgerond" (UWV Professioneel kader).
 *
 * Eén waarheid met de tijdlijn: of spoor 2 nodig is, beslist de tijdlijn (mijlpaal SPOOR2). Zegt die
 * n.v.t., dan is het oordeel hier n.v.t. of uitzondering, met de reden van de tijdlijn, en nooit "niet
 * gestart". Een tijdlijn zonder reden (`reden` ontbreekt) kent de AOW-datum en de latere belastbaarheid nog
 * niet; alleen dan toetst de beoordeling die twee zelf (AOW-leeftijd meer dan 1 jaar na het einde van de
 * wachttijd; belastbaarheid na de uitzondering "marginaal").
 */
import type { Dag } from "../dagen";
import type { DossierGegevens } from "../dossier";
import { plusMaanden, type DossierInvoer, type Mijlpaal, type Spoor2Uitzondering, type Tijdlijn } from "../tijdlijn";
import {
  BRON,
  P_ARBEIDSTHERAPIE_MAX_DAGEN,
  P_BELASTBAAR_WEKEN,
  P_SPOOR2_AOW_BINNEN_JAREN,
  P_SPOOR2_NA_EJE_WEKEN,
  P_SPOOR2_PERSPECTIEF_MAANDEN,
  naWeek,
  waardeOp,
} from "../wet";
import { isDag, overDagen, punt, type Punt, type Spoor2Uitkomst, datumNL } from "./typen";

/** De termijnen van spoor 2 uit wet/*.yaml, gekozen op de eerste ziektedag. */
interface Spoor2Wet {
  aowJaren: number;
  perspectiefMaanden: number;
  naEjeWeken: number;
  planWeken: number;
  activiteitWeken: number;
  arbeidstherapieDagen: number;
}

function spoor2Wet(D: Dag): Spoor2Wet {
  const b = waardeOp(P_BELASTBAAR_WEKEN, D);
  return {
    aowJaren: waardeOp(P_SPOOR2_AOW_BINNEN_JAREN, D),
    perspectiefMaanden: waardeOp(P_SPOOR2_PERSPECTIEF_MAANDEN, D),
    naEjeWeken: waardeOp(P_SPOOR2_NA_EJE_WEKEN, D),
    planWeken: b.plan,
    activiteitWeken: b.activiteit,
    arbeidstherapieDagen: waardeOp(P_ARBEIDSTHERAPIE_MAX_DAGEN, D),
  };
}

export interface Spoor2Analyse {
  uitkomst: Spoor2Uitkomst;
  oordeel: string;
  punten: Punt[];
  /** De geldende uiterste startdatum (met de 8-wekenregel en de uitzonderingen verwerkt). */
  uiterlijk: Dag;
  /** Startdatum spoor 2 (op of vóór de peildatum), of null. */
  gestart: Dag | null;
  /** Spoor 2 is nodig en zijn termijn is voorbij of het is gestart: de spoor-2-onderdelen van het RIV tellen. */
  vereist: boolean;
  /** Een uitzondering of herstel maakt spoor 2 (en zijn RIV-onderdelen) n.v.t. */
  nvt: boolean;
  /** De uitzondering die geldt (na de toets hierboven), of null. */
  uitzondering: Spoor2Uitzondering | null;
  /**
   * Te laat gestart, maar adequaat (plan met persoonsprofiel, zoekprofiel en rapportagemomenten) en
   * afgerond (eindrapportage) vóór het einde van de wachttijd: de datum van de eindrapportage, anders null.
   */
  laatMaarAfgerond: Dag | null;
}

/**
 * Einde van de wachttijd zonder loonsanctie (de AOW-uitzondering rekent vanaf het einde van de 104 weken).
 * Uit de mijlpaal EWT, niet uit de laatste dag loondoorbetaling: bij ziek uit dienst stopt het loon eerder,
 * maar de wachttijd voor de WIA loopt door (Ziektewet art. 38; Wet WIA art. 23).
 */
export function eindeWachttijd(t: Tijdlijn): Dag {
  return t.mijlpalen.EWT.uiterlijk - t.loonsanctieDagen;
}

/** De reden die de tijdlijn bij n.v.t. meegeeft (Mijlpaal.reden), of undefined als zij die niet kent. */
export function redenVan(m: Mijlpaal): string | undefined {
  const r = (m as { reden?: unknown }).reden;
  return typeof r === "string" && r !== "" ? r : undefined;
}

/**
 * De eerstejaarsevaluatie als referentie voor spoor 2. Een "EJE" vóór week 46 is een gewone evaluatie,
 * geen eerstejaarsevaluatie (Regeling procesgang art. 4: de EJE valt in de weken 46–52), en haalt de
 * spoor-2-termijn dus niet naar voren.
 */
function ejeReferentie(eje: Mijlpaal): { ref: Dag; gedaan: Dag | null } {
  const gedaan = eje.gedaan !== null && (eje.vanaf === null || eje.gedaan >= eje.vanaf) ? eje.gedaan : null;
  return { ref: gedaan !== null ? Math.min(gedaan, eje.uiterlijk) : eje.uiterlijk, gedaan };
}

export function analyseerSpoor2(invoer: DossierInvoer, gegevens: DossierGegevens, t: Tijdlijn): Spoor2Analyse {
  const P = t.peildatum;
  const w = spoor2Wet(t.eersteZiektedag);
  const m = t.mijlpalen.SPOOR2;
  const { ref: ejeRef, gedaan: ejeGedaan } = ejeReferentie(t.mijlpalen.EJE);
  const gestart = m.gedaan;
  const bekend = invoer.gedaan !== undefined && invoer.gedaan.SPOOR2 !== undefined;
  const punten: Punt[] = [];
  const opgegeven = invoer.spoor2Uitzondering ?? null;
  let uitz = opgegeven;
  let uiterlijk = m.uiterlijk;
  const tijdlijnNvt = m.status === "nvt";
  const reden = redenVan(m);
  // Een tijdlijn met reden heeft de hele beslissing genomen; zonder reden toetst de beoordeling twee dingen zelf.
  const tijdlijnBeslist = reden !== undefined || !tijdlijnNvt;

  // Belastbaarheid die pas na de EJE ontstaat: plan bijgesteld binnen 2 weken, activiteiten binnen 8 weken
  // (domeinreferentie §5; UWV Professioneel kader) — niet bij een concreet perspectief binnen 3 maanden.
  const B = isDag(gegevens.belastbaarVanaf) && gegevens.belastbaarVanaf <= P ? gegevens.belastbaarVanaf : null;

  // ---- De eigen toets van de uitzonderingen AOW en marginaal (alleen als de tijdlijn geen reden geeft) -----
  const ewt = eindeWachttijd(t);
  const aowGrens = opgegeven === "aow" ? plusMaanden(ewt, 12 * w.aowJaren) : ewt;
  const aow = gegevens.aowDatum;
  const aowTeLaat = opgegeven === "aow" && isDag(aow) && aow > aowGrens;
  const marginaalVervallen = opgegeven === "marginaal" && B !== null;
  const bevredigend = gegevens.bevredigendResultaat === true || invoer.bevredigendResultaat === true;
  const zelfBezwaar = !tijdlijnBeslist && !bevredigend && (aowTeLaat || marginaalVervallen);

  // ---- Spoor 2 n.v.t. volgens de tijdlijn: één waarheid ---------------------------------------------------
  if (tijdlijnNvt && !zelfBezwaar) return nvtVolgensTijdlijn(t, gegevens, opgegeven, reden, aow, aowGrens, ewt, uiterlijk, gestart, w);

  // Vanaf hier is spoor 2 nodig: een opgegeven uitzondering AOW of marginaal geldt niet (meer).
  if (opgegeven === "aow") {
    uitz = null;
    if (aowTeLaat) {
      punten.push(
        punt(
          "SPOOR2_AOW_ONTERECHT",
          "waarschuwing",
          `Uitzondering AOW geldt niet: de AOW-leeftijd (${datumNL(aow as Dag)}) valt meer dan ${w.aowJaren} jaar na het einde van de wachttijd (${datumNL(ewt)}). Spoor 2 is gewoon nodig.`,
          BRON.UWV_PROF_KADER,
          "middel",
          `uitzondering AOW geldt niet (AOW-leeftijd ${datumNL(aow as Dag)})`,
        ),
      );
    }
  }
  if (opgegeven === "marginaal") uitz = null;
  const achtWekenRegel = B !== null && (B > ejeRef || marginaalVervallen) && uitz !== "perspectief";

  // De grond van de termijn, alleen als tekst nodig.
  let belastbaarBasis: Dag | null = null;
  const grond = (): string =>
    belastbaarBasis !== null
      ? `${w.activiteitWeken} weken na belastbaarheid vanaf ${datumNL(belastbaarBasis)}`
      : uitz === "perspectief"
        ? `${w.perspectiefMaanden} maanden na de eerstejaarsevaluatie (perspectief op terugkeer)`
        : ejeGedaan !== null
          ? `${w.naEjeWeken} weken na de eerstejaarsevaluatie van ${datumNL(ejeGedaan)}`
          : `${w.naEjeWeken} weken na week 52`;

  if (achtWekenRegel) {
    const b = B as Dag;
    const activiteit = b + naWeek(w.activiteitWeken);
    // De tijdlijn rekende de 8-wekenregel al mee (regels/spoor2.ts): bij gelijke datum is dat de grond.
    if (activiteit >= uiterlijk) {
      uiterlijk = activiteit;
      belastbaarBasis = b;
    }
    beoordeelPlanBijstelling(invoer, gegevens, b, P, punten, w);
  }

  const analyse = (uitkomst: Spoor2Uitkomst, oordeel: string, vereist: boolean, nvt: boolean, laatMaarAfgerond: Dag | null = null): Spoor2Analyse => ({
    uitkomst,
    oordeel,
    punten,
    uiterlijk,
    gestart,
    vereist,
    nvt,
    uitzondering: uitz,
    laatMaarAfgerond,
  });

  // ---- Herstel vóór de termijn ---------------------------------------------------------------------
  if (gestart === null && t.hersteldatum !== null && t.hersteldatum <= uiterlijk) {
    return analyse("nvt", `Niet nodig: hersteld per ${datumNL(t.hersteldatum)}`, false, true);
  }

  // ---- Perspectief binnen 3 maanden: uitstel zolang die termijn loopt ------------------------------
  if (uitz === "perspectief" && gestart === null && P <= uiterlijk) {
    punten.push(
      punt(
        "SPOOR2_UITZONDERING_PERSPECTIEF",
        "info",
        `Spoor 2 uitgesteld: concreet perspectief op structurele terugkeer bij de eigen werkgever binnen ${w.perspectiefMaanden} maanden na de eerstejaarsevaluatie. Lukt dat niet, start spoor 2 dan uiterlijk ${datumNL(uiterlijk)}.`,
        BRON.UWV_PROF_KADER,
        null,
      ),
    );
    return analyse("uitzondering", `Uitzondering: perspectief op terugkeer, anders uiterlijk ${datumNL(uiterlijk)}`, false, false);
  }

  const arbeidstherapie = beoordeelArbeidstherapie(gegevens, P, w);
  if (arbeidstherapie) punten.push(arbeidstherapie);

  // ---- Op tijd? -------------------------------------------------------------------------------------
  let uitkomst: Spoor2Uitkomst;
  let oordeel: string;
  let laatMaarAfgerond: Dag | null = null;
  if (gestart !== null) {
    if (gestart <= uiterlijk) {
      uitkomst = "op-tijd";
      oordeel = `Op tijd: spoor 2 gestart op ${datumNL(gestart)}, uiterlijk ${datumNL(uiterlijk)}`;
      if (gestart < ejeRef) {
        // "Te vroeg" bestaat niet: is eerder duidelijk dat terugkeer bij de eigen werkgever niet lukt, dan verwacht UWV spoor 2 eerder.
        punten.push(
          punt(
            "SPOOR2_VROEG",
            "info",
            `Spoor 2 gestart op ${datumNL(gestart)}, vóór de eerstejaarsevaluatie. Dat is terecht als al eerder duidelijk was dat terugkeer bij de eigen werkgever niet lukt; UWV verwacht spoor 2 dan eerder dan ${w.naEjeWeken} weken na de EJE.`,
            BRON.UWV_PROF_KADER,
            null,
          ),
        );
      }
    } else {
      uitkomst = "te-laat";
      const r = `spoor 2 gestart op ${datumNL(gestart)}, uiterlijk ${datumNL(uiterlijk)}`;
      oordeel = `Te laat: ${r}`;
      punten.push(punt("SPOOR2_TE_LAAT", "kritiek", `Spoor 2 te laat gestart op ${datumNL(gestart)}; uiterlijk was ${datumNL(uiterlijk)} (${grond()}).`, BRON.UWV_PROF_KADER, "hoog", r));
      laatMaarAfgerond = afgerondVoorEinde(gegevens, P, ewt);
    }
  } else if (P <= uiterlijk) {
    uitkomst = "nog-niet-aan-de-orde";
    // "Binnenkort: uiterlijk …, over N dagen" of "Gepland: uiterlijk …": nooit "nog niet aan de orde" naast
    // een actie die binnenkort moet (dat las als "niet nodig").
    oordeel = `${m.status === "binnenkort" && uiterlijk === m.uiterlijk ? "Binnenkort" : "Gepland"}: spoor 2 starten uiterlijk ${datumNL(uiterlijk)}, ${overDagen(uiterlijk, P)}`;
    if (uiterlijk === m.uiterlijk && m.status === "binnenkort") {
      punten.push(punt("SPOOR2_BINNENKORT", "waarschuwing", `Start spoor 2 uiterlijk ${datumNL(uiterlijk)} (${grond()}).`, BRON.UWV_PROF_KADER, null));
    }
    const ad = gegevens.arbeidsdeskundigOnderzoek;
    if (isDag(ad) && ad <= P && ad < ejeRef && ad + naWeek(w.naEjeWeken) < uiterlijk) {
      punten.push(
        punt(
          "SPOOR2_EERDER_VERWACHT",
          "info",
          `Arbeidsdeskundig onderzoek op ${datumNL(ad)}, vóór de eerstejaarsevaluatie: blijkt daaruit dat terugkeer bij de eigen werkgever niet lukt, dan verwacht UWV spoor 2 al rond ${datumNL(ad + naWeek(w.naEjeWeken))}, niet pas ${datumNL(uiterlijk)}.`,
          BRON.UWV_PROF_KADER,
          null,
        ),
      );
    }
  } else if (!bekend) {
    uitkomst = "onbekend";
    oordeel = `Onbekend: geen gegevens over de start van spoor 2 (uiterlijk ${datumNL(uiterlijk)})`;
    punten.push(
      punt(
        "SPOOR2_ONBEKEND",
        "info",
        `Het register heeft geen kolom voor de start van spoor 2; spoor 2 moest uiterlijk ${datumNL(uiterlijk)} gestart zijn.`,
        BRON.UWV_PROF_KADER,
        "laag",
        "start spoor 2 onbekend",
      ),
    );
  } else {
    uitkomst = "niet-gestart";
    const r = `spoor 2 niet gestart, uiterlijk ${datumNL(uiterlijk)}`;
    oordeel = `Niet gestart: ${r}`;
    punten.push(punt("SPOOR2_NIET_GESTART", "kritiek", `Spoor 2 niet gestart; uiterlijk was ${datumNL(uiterlijk)} (${grond()}).`, BRON.UWV_PROF_KADER, "hoog", r));
  }
  return analyse(uitkomst, oordeel, gestart !== null || P > uiterlijk, false, laatMaarAfgerond);
}

/** De uitzondering AOW is opgegeven maar niet te controleren: zeg wat UWV zal willen zien (Professioneel kader). */
function aowOnbekend(aowGrens: Dag, w: Spoor2Wet): Punt {
  return punt(
    "SPOOR2_AOW_ONBEKEND",
    "waarschuwing",
    `Uitzondering AOW: de AOW-datum is niet bekend. UWV aanvaardt de uitzondering alleen als de AOW-leeftijd vóór ${datumNL(aowGrens)} valt (binnen ${w.aowJaren} jaar na het einde van de wachttijd) en werkgever en werknemer instemmen.`,
    BRON.UWV_PROF_KADER,
    "laag",
    "uitzondering AOW niet te controleren (AOW-datum onbekend)",
  );
}

/**
 * Spoor 2 n.v.t. volgens de tijdlijn. Met de reden van de tijdlijn als die er is; anders de reden uit de
 * invoer (bevredigend resultaat, uitzondering AOW of marginaal, herstel).
 */
function nvtVolgensTijdlijn(
  t: Tijdlijn,
  gegevens: DossierGegevens,
  opgegeven: Spoor2Uitzondering | null,
  reden: string | undefined,
  aow: DossierGegevens["aowDatum"],
  aowGrens: Dag,
  ewt: Dag,
  uiterlijk: Dag,
  gestart: Dag | null,
  w: Spoor2Wet,
): Spoor2Analyse {
  const punten: Punt[] = [];
  const uitzondering = opgegeven === "aow" || opgegeven === "marginaal" ? opgegeven : null;
  const uit = (uitkomst: Spoor2Uitkomst, oordeel: string): Spoor2Analyse => ({
    uitkomst,
    oordeel,
    punten,
    uiterlijk,
    gestart,
    vereist: false,
    nvt: true,
    uitzondering,
    laatMaarAfgerond: null,
  });
  if (reden !== undefined) {
    // De tijdlijn gaf de reden; de code blijft die van de opgegeven uitzondering, zodat afnemers haar herkennen.
    // Een bevredigend resultaat gaat vóór elke opgegeven uitzondering (UWV-toets stap 1): dan n.v.t.
    const eigen = gegevens.bevredigendResultaat === true ? null : uitzondering;
    const code = eigen === "aow" ? "SPOOR2_UITZONDERING_AOW" : eigen === "marginaal" ? "SPOOR2_UITZONDERING_MARGINAAL" : "SPOOR2_NVT";
    punten.push(punt(code, "info", `Spoor 2 niet nodig: ${reden}.`, BRON.UWV_PROF_KADER, null));
    if (eigen === "aow" && !isDag(aow)) {
      // De uitzondering is aangenomen, maar niet te controleren: zeg wat UWV zal willen zien.
      punten.push(aowOnbekend(aowGrens, w));
    }
    return eigen !== null ? uit("uitzondering", `Uitzondering: ${reden}`) : uit("nvt", `Niet nodig: ${reden}`);
  }
  if (t.hersteldatum !== null && gestart === null && t.hersteldatum <= uiterlijk) return uit("nvt", `Niet nodig: hersteld per ${datumNL(t.hersteldatum)}`);
  if (gegevens.bevredigendResultaat === true) {
    punten.push(
      punt(
        "SPOOR2_NVT",
        "info",
        "Spoor 2 niet nodig: bevredigend resultaat (structureel passend werk dat aansluit bij de resterende mogelijkheden). Leg het resultaat vast in het re-integratieverslag.",
        BRON.BELEIDSREGELS,
        null,
      ),
    );
    return uit("nvt", "Niet nodig: bevredigend resultaat");
  }
  if (opgegeven === "aow") {
    if (isDag(aow)) {
      punten.push(
        punt(
          "SPOOR2_UITZONDERING_AOW",
          "info",
          `Spoor 2 niet nodig: de AOW-leeftijd (${datumNL(aow)}) valt binnen ${w.aowJaren} jaar na het einde van de wachttijd (${datumNL(ewt)}). Leg de instemming van werkgever én werknemer vast in het re-integratieverslag.`,
          BRON.UWV_PROF_KADER,
          null,
        ),
      );
      return uit("uitzondering", `Uitzondering: AOW-leeftijd binnen ${w.aowJaren} jaar na het einde van de wachttijd`);
    }
    punten.push(aowOnbekend(aowGrens, w));
    return uit("uitzondering", "Uitzondering: AOW-leeftijd (datum onbekend)");
  }
  if (opgegeven === "marginaal") {
    punten.push(
      punt(
        "SPOOR2_UITZONDERING_MARGINAAL",
        "info",
        "Spoor 2 niet nodig door langdurig marginale mogelijkheden. Zorg dat het oordeel van de bedrijfsarts daarover in het re-integratieverslag zit en actueel blijft.",
        BRON.UWV_PROF_KADER,
        null,
      ),
    );
    return uit("uitzondering", "Uitzondering: marginale mogelijkheden");
  }
  return uit("nvt", "Niet nodig volgens de tijdlijn");
}

/**
 * Te laat gestart, maar adequaat en afgerond vóór het einde van de wachttijd (UWV Professioneel kader):
 * zonder andere tekortkomingen volgt dan geen verlengde loondoorbetaling. Adequaat = een schriftelijk plan
 * met persoonsprofiel, zoekprofiel en rapportagemomenten (domeinreferentie §5); afgerond = de eindrapportage
 * spoor 2, op of vóór de peildatum en het einde van de wachttijd. Of het traject inhoudelijk samenhing,
 * staat niet in een register.
 */
function afgerondVoorEinde(gegevens: DossierGegevens, P: Dag, ewt: Dag): Dag | null {
  const eind = gegevens.eindrapportageSpoor2;
  const plan = gegevens.reintegratieplanSpoor2;
  if (!isDag(eind) || eind > P || eind > ewt) return null;
  if (!isDag(plan) || plan > P) return null;
  if (gegevens.persoonsprofiel !== true || gegevens.zoekprofiel !== true || gegevens.rapportagemomenten !== true) return null;
  return eind;
}

/**
 * 8-wekenregel, eerste deel: het plan wordt binnen 2 weken na het ontstaan van belastbaarheid bijgesteld.
 * Een bijstelling blijkt uit een evaluatie van het plan van aanpak of een spoor-2-plan op of na B.
 * Alleen een zeker oordeel: met alleen de láátste evaluatie (na B+14) kan er een eerdere geweest zijn.
 */
function beoordeelPlanBijstelling(invoer: DossierInvoer, gegevens: DossierGegevens, B: Dag, P: Dag, punten: Punt[], w: Spoor2Wet): void {
  const termijn = B + naWeek(w.planWeken);
  if (P <= termijn) return;
  const lijst = Array.isArray(gegevens.evaluaties) ? gegevens.evaluaties : null;
  const laatste = invoer.gedaan ? invoer.gedaan.EVAL : undefined;
  const plan = gegevens.reintegratieplanSpoor2;
  let eerste: Dag | null = null; // eerste bekende bijstelling op of na B
  const kandidaten: unknown[] = lijst ? [...lijst, laatste, plan] : [laatste, plan];
  for (const x of kandidaten) {
    if (isDag(x) && x >= B && x <= P && (eerste === null || x < eerste)) eerste = x;
  }
  if (eerste !== null && eerste <= termijn) return;
  // Zeker te laat: de volledige evaluatielijst is bekend, of er is helemaal geen bijstelling na B bekend
  // terwijl ten minste één bron (evaluatiekolom of spoor-2-plan) in het register staat.
  const zeker = lijst !== null || (eerste === null && (laatste !== undefined || plan !== undefined));
  if (!zeker) return;
  const tekst =
    eerste !== null
      ? `Plan pas op ${datumNL(eerste)} bijgesteld na belastbaarheid vanaf ${datumNL(B)}; uiterlijk was ${datumNL(termijn)}.`
      : `Plan niet bijgesteld na belastbaarheid vanaf ${datumNL(B)}; uiterlijk was ${datumNL(termijn)}.`;
  punten.push(punt("BELASTBAAR_PLAN_TE_LAAT", "waarschuwing", tekst, BRON.UWV_PROF_KADER, "middel", `plan niet binnen ${w.planWeken} weken bijgesteld na belastbaarheid vanaf ${datumNL(B)}`));
}

/** Arbeidstherapie duurt normaal 4–6 weken; langer dan 42 dagen vraagt een onderbouwing van de bedrijfsarts. */
function beoordeelArbeidstherapie(gegevens: DossierGegevens, P: Dag, w: Spoor2Wet): Punt | null {
  const van = gegevens.arbeidstherapieVan;
  if (!isDag(van) || van > P) return null;
  const tot = gegevens.arbeidstherapieTot;
  const loopt = !isDag(tot) || tot > P;
  const eind = loopt ? P : (tot as Dag);
  const duur = eind - van + 1;
  if (duur <= w.arbeidstherapieDagen) return null;
  const onderbouwd = gegevens.arbeidstherapieOnderbouwd;
  if (onderbouwd === true) return null;
  const periode = loopt ? `loopt sinds ${datumNL(van)} al ${duur} dagen` : `van ${datumNL(van)} tot en met ${datumNL(eind)} duurde ${duur} dagen`;
  if (onderbouwd === undefined) {
    return punt(
      "ARBEIDSTHERAPIE_ONDERBOUWING_ONBEKEND",
      "info",
      `Arbeidstherapie ${periode}, langer dan ${w.arbeidstherapieDagen} dagen. Het register zegt niet of de bedrijfsarts dat onderbouwd heeft.`,
      BRON.UWV_PROF_KADER,
      "laag",
      "onderbouwing lange arbeidstherapie onbekend",
    );
  }
  return punt(
    "ARBEIDSTHERAPIE_TE_LANG",
    "waarschuwing",
    `Arbeidstherapie ${periode}, langer dan ${w.arbeidstherapieDagen} dagen, zonder onderbouwing van de bedrijfsarts.`,
    BRON.UWV_PROF_KADER,
    "middel",
    `arbeidstherapie ${duur} dagen zonder onderbouwing`,
  );
}
