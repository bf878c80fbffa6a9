/**
 * De beoordeling van een dossier: wat UWV bij de RIV-toets zal vinden. Bovenop de tijdlijn:
 * RIV-volledigheid, spoor 2 en het loonsanctierisico, in UWV's vaste toetsvolgorde (domeinreferentie §4;
 * UWV Professioneel kader; Beleidsregels beoordelingskader poortwachter, BWBR0014375):
 * (1) bevredigend resultaat? dan niets anders; (2) voldoende inspanningen? (3) deugdelijke grond?
 * (4) herstelbaar? Alleen dan een loonsanctie.
 * Zuiver: dezelfde functie voor de aangepaste functies, het taakvenster en de scanner.
 *
 * Woorden en risico horen bij elkaar: "geen loonsanctie verwacht" staat alleen naast risico *geen*;
 * risico *laag* heet "klein risico op een loonsanctie".
 */
import type { Dag } from "../dagen";
import type { DossierGegevens } from "../dossier";
import { plusMaanden, type DossierInvoer, type Tijdlijn } from "../tijdlijn";
import { BRON, DAGEN_PER_WEEK, P_BEKORTING_NA_BESLUIT_WEKEN, P_NIET_HERSTELBAAR_MAANDEN, P_ZW_VERHAAL_MAX_WEKEN, naWeek, waardeOp } from "../wet";
import { MIJLPAAL_NAAM, type MijlpaalCode } from "../mijlpalen";
import { analyseerRiv, nuAlTekst, onbekendTekst, tekortTekst, type RivAnalyse } from "./riv";
import { analyseerSpoor2, eindeWachttijd, redenVan, type Spoor2Analyse } from "./spoor2";
import { isDag, punt, sorteerBevindingen, type Beoordeling, type Bevinding, type LoonsanctieRisico, type Punt, type RivUitkomst, datumNL } from "./typen";

export * from "./typen";
export { RIV_ONDERDELEN, type RivCode } from "./riv";

const RISICO_VAN_RANG: readonly LoonsanctieRisico[] = ["geen", "laag", "middel", "hoog"];
const RANG_VAN_GEWICHT = { laag: 1, middel: 2, hoog: 3 } as const;

/**
 * Toets stap 3: een deugdelijke grond (UWV Professioneel kader; domeinreferentie §4). Het opvolgen van het
 * advies van de bedrijfsarts, de arbodienst, een re-integratiebedrijf of een andere ingeschakelde deskundige
 * is géén deugdelijke grond: de werkgever blijft eindverantwoordelijk. Vakantie, bedrijfssluiting en kosten
 * zijn het evenmin.
 */
function deugdelijkeGrond(): Bevinding {
  return {
    code: "DEUGDELIJKE_GROND",
    ernst: "info",
    tekst:
      "UWV legt geen loonsanctie op als er een deugdelijke grond is voor het tekort. Dat kan bijvoorbeeld zijn: de re-integratie zou andere werknemers onevenredig belasten, of de werknemer werkt niet mee ondanks prikkelende maatregelen van de werkgever. Géén deugdelijke grond: het advies van de bedrijfsarts, de arbodienst, een re-integratiebedrijf of een andere ingeschakelde deskundige opgevolgd (de werkgever blijft eindverantwoordelijk), vakantie of bedrijfssluiting, en kosten. Een deugdelijke grond staat niet in het register: leg hem met onderbouwing vast in het re-integratieverslag.",
    bron: BRON.UWV_PROF_KADER,
  };
}

/** Hoe het register de herstelbaarheid van een tekort laat zien (toets stap 4). */
export type Herstelbaarheid =
  /** Geen benutbare mogelijkheden op de peildatum, naar verwachting nog ten minste 3 maanden aaneen. */
  | { soort: "niet-herstelbaar"; van: Dag; tot: Dag }
  /** Geen benutbare mogelijkheden sinds `van`, zonder (verwachte) einddatum: de verwachting staat niet in het register. */
  | { soort: "einde-onbekend"; van: Dag }
  /** Op de peildatum wel geen benutbare mogelijkheden, maar naar verwachting korter dan 3 maanden. */
  | { soort: "korter"; van: Dag; tot: Dag }
  /** De periode zonder benutbare mogelijkheden ligt in het verleden. */
  | { soort: "voorbij"; van: Dag; tot: Dag };

/**
 * Toets stap 4: een tekort is niet herstelbaar als de werknemer op het moment van de beoordeling geen
 * benutbare mogelijkheden heeft en dat naar verwachting ten minste 3 maanden aaneen zo blijft (UWV
 * Professioneel kader; Beleidsregels beoordelingskader poortwachter). Het moment van de beoordeling is hier de
 * peildatum: "als UWV vandaag zou toetsen". Een periode in het verleden maakt een tekort niet onherstelbaar.
 * De kolom "Geen benutbare mogelijkheden tot" geeft het (verwachte) einde volgens de bedrijfsarts; de 3 maanden
 * tellen vanaf de peildatum. Zonder einddatum kent het register de verwachting niet (einde-onbekend).
 */
export function herstelbaarheid(gegevens: DossierGegevens, P: Dag): Herstelbaarheid | null {
  const van = gegevens.geenBenutbareMogelijkhedenVan;
  if (!isDag(van) || van > P) return null;
  const tot = gegevens.geenBenutbareMogelijkhedenTot;
  if (!isDag(tot)) return { soort: "einde-onbekend", van };
  if (tot < van) return null;
  if (tot < P) return { soort: "voorbij", van, tot };
  return tot + 1 >= plusMaanden(P, waardeOp(P_NIET_HERSTELBAAR_MAANDEN, P)) ? { soort: "niet-herstelbaar", van, tot } : { soort: "korter", van, tot };
}

/** Alleen de uitkomst "niet herstelbaar" (of null). */
export function nietHerstelbaar(gegevens: DossierGegevens, P: Dag): { van: Dag; tot: Dag } | null {
  const h = herstelbaarheid(gegevens, P);
  return h !== null && h.soort === "niet-herstelbaar" ? { van: h.van, tot: h.tot } : null;
}

function herstelBevinding(h: Herstelbaarheid, P: Dag): Bevinding {
  const M = waardeOp(P_NIET_HERSTELBAAR_MAANDEN, P);
  switch (h.soort) {
    case "niet-herstelbaar":
      return {
        code: "NIET_HERSTELBAAR",
        ernst: "info",
        tekst: `Tekortkoming niet herstelbaar: geen benutbare mogelijkheden sinds ${datumNL(h.van)}, naar verwachting tot en met ${datumNL(h.tot)} (nog ten minste ${M} maanden). UWV legt dan geen loonsanctie op; leg het oordeel van de bedrijfsarts vast in het re-integratieverslag. Klein risico: UWV oordeelt zelf over de verwachting.`,
        bron: BRON.BELEIDSREGELS,
      };
    case "einde-onbekend":
      return {
        code: "HERSTELBAARHEID_ONBEKEND",
        ernst: "info",
        tekst: `Geen benutbare mogelijkheden sinds ${datumNL(h.van)}; het register noemt geen (verwachte) einddatum. Het register laat zien dat de periode loopt, niet hoe lang zij naar verwachting nog duurt. Verwacht de bedrijfsarts nog ten minste ${M} maanden aaneen geen benutbare mogelijkheden, dan is het tekort niet herstelbaar en legt UWV geen loonsanctie op: vul dan de verwachte einddatum in.`,
        bron: BRON.BELEIDSREGELS,
      };
    case "korter":
      return {
        code: "HERSTELBAAR",
        ernst: "info",
        tekst: `Geen benutbare mogelijkheden sinds ${datumNL(h.van)}, naar verwachting tot en met ${datumNL(h.tot)}: korter dan ${M} maanden na vandaag, dus het tekort is herstelbaar.`,
        bron: BRON.BELEIDSREGELS,
      };
    case "voorbij":
      return {
        code: "HERSTELBAAR",
        ernst: "info",
        tekst: `De periode zonder benutbare mogelijkheden (${datumNL(h.van)} – ${datumNL(h.tot)}) ligt in het verleden. UWV beoordeelt de herstelbaarheid op het moment van de toets: een voorbije periode maakt een tekort niet onherstelbaar.`,
        bron: BRON.BELEIDSREGELS,
      };
  }
}

/**
 * Spoor 2 te laat, maar adequaat en afgerond vóór het einde van de wachttijd (UWV Professioneel kader):
 * zonder andere tekortkomingen volgt geen verlengde loondoorbetaling. Geeft de aangepaste spoor-2-analyse
 * (het te-laat-punt zonder gewicht, plus een uitleg), of de oorspronkelijke.
 */
function laatMaarAfgerond(spoor2: Spoor2Analyse, riv: RivAnalyse, t: Tijdlijn): Spoor2Analyse {
  const eind = spoor2.laatMaarAfgerond;
  if (eind === null) return spoor2;
  const anders = (p: Punt) => p.bevinding.code !== "SPOOR2_TE_LAAT" && (p.gewicht === "hoog" || p.gewicht === "middel");
  if (spoor2.punten.some(anders) || riv.punten.some(anders)) return spoor2;
  const ewt = eindeWachttijd(t);
  const punten = spoor2.punten.map((p) => (p.bevinding.code === "SPOOR2_TE_LAAT" ? { bevinding: { ...p.bevinding, ernst: "waarschuwing" as const }, gewicht: null, reden: null } : p));
  punten.push(
    punt(
      "SPOOR2_LAAT_ADEQUAAT",
      "info",
      `Spoor 2 is te laat gestart, maar het traject was adequaat (plan met persoonsprofiel, zoekprofiel en rapportagemomenten) en is afgerond op ${datumNL(eind)}, vóór het einde van de wachttijd (${datumNL(ewt)}). Zonder andere tekortkomingen volgt daarom geen verlengde loondoorbetaling.`,
      BRON.UWV_PROF_KADER,
      null,
    ),
  );
  return { ...spoor2, punten, oordeel: `${spoor2.oordeel}; adequaat en afgerond op ${datumNL(eind)}, vóór het einde van de wachttijd: dit tekort leidt niet tot een loonsanctie` };
}

/** Stappen die vóór het einde van het dienstverband te laat waren (ARBO is advies, EVAL praktijk, EWT geen stap). */
const UIT_DIENST_STAPPEN: readonly MijlpaalCode[] = ["PA", "PVA", "UWV42", "EJE", "SPOOR2", "AO", "EINDEVAL", "WIA"];

/**
 * Het risico bij ziek uit dienst (domeinreferentie "Ziek uit dienst"; ZW art. 39a): een stap die vóór het einde
 * van het dienstverband niet gedaan is → hoog; alleen te laat gedaan → middel; niets gemist → laag (UWV kan
 * nog oordelen over de kwaliteit); stappen zonder kolom → "onbekend" in de reden (toonbaarRisico).
 */
function uitDienstRisico(t: Tijdlijn): { risico: LoonsanctieRisico; redenen: string[]; bevinding: Bevinding } {
  const ud = t.uitDienst as NonNullable<Tijdlijn["uitDienst"]>;
  const weken = waardeOp(P_ZW_VERHAAL_MAX_WEKEN, t.eersteZiektedag);
  const gemist: string[] = [];
  const laat: string[] = [];
  const onbekend: string[] = [];
  for (const code of UIT_DIENST_STAPPEN) {
    const m = t.mijlpalen[code];
    if (m.uiterlijk >= ud.per) continue;
    if (m.status === "te-laat") gemist.push(`${MIJLPAAL_NAAM[code].toLowerCase()} (uiterlijk ${datumNL(m.uiterlijk)})`);
    else if (m.status === "te-laat-gedaan") laat.push(`${MIJLPAAL_NAAM[code].toLowerCase()} te laat gedaan op ${datumNL(m.gedaan as Dag)}`);
    else if (m.status === "onbekend") onbekend.push(MIJLPAAL_NAAM[code].toLowerCase());
  }
  const redenen: string[] = [];
  let risico: LoonsanctieRisico;
  if (gemist.length) {
    risico = "hoog";
    redenen.push(`ziek uit dienst per ${datumNL(ud.per)}; vóór het einde van het dienstverband niet gedaan: ${gemist.join(", ")}`);
  } else if (laat.length) {
    risico = "middel";
    redenen.push(`ziek uit dienst per ${datumNL(ud.per)}; ${laat.join(", ")}`);
  } else {
    risico = "laag";
    redenen.push(
      onbekend.length
        ? `ziek uit dienst per ${datumNL(ud.per)}; onbekend of gedaan: ${onbekend.join(", ")}`
        : `ziek uit dienst per ${datumNL(ud.per)}; geen gemiste stap vóór het einde van het dienstverband in het register`,
    );
  }
  if (gemist.length && laat.length) redenen.push(laat.join(", "));
  const bevinding: Bevinding = {
    code: "ZIEK_UIT_DIENST_VERHAAL",
    ernst: risico === "hoog" ? "kritiek" : risico === "middel" ? "waarschuwing" : "info",
    tekst:
      `Ziek uit dienst per ${datumNL(ud.per)}: de loondoorbetaling eindigt, de re-integratieverplichtingen van vóór het einde van het dienstverband niet. ` +
      `Kwam u die niet na, dan kan UWV de Ziektewet-uitkering tot ${weken} weken op u verhalen. ` +
      (gemist.length ? `Niet gedaan: ${gemist.join(", ")}. ` : "") +
      (laat.length ? `Te laat: ${laat.join(", ")}. ` : "") +
      `Meld de werknemer op ${datumNL(ud.melding.uiterlijk)} (laatste werkdag) bij UWV; ` +
      (ud.riv === "geen" ? "UWV vraagt geen re-integratieverslag." : `UWV vraagt een ${ud.riv} re-integratieverslag.`),
    bron: BRON.ZW_39A,
  };
  return { risico, redenen, bevinding };
}

function rivOordeel(gegevens: DossierGegevens, t: Tijdlijn, riv: RivAnalyse, spoor2: Spoor2Analyse, overig: Punt[]): { uitkomst: RivUitkomst; oordeel: string } {
  const P = t.peildatum;
  // Stap 1: bevredigend resultaat — dan toetst UWV de inspanningen niet.
  if (gegevens.bevredigendResultaat === true) return { uitkomst: "akkoord", oordeel: "Akkoord: bevredigend resultaat" };
  const tekort = tekortTekst(riv);
  const wia = t.mijlpalen.WIA;
  // Hersteld vóór de WIA-aanvraag: geen aanvraag, dus geen RIV-toets (ook niet van spoor 2).
  if (t.hersteldatum !== null && wia.gedaan === null) {
    return { uitkomst: "nog-niet-aan-de-orde", oordeel: `Niet nodig: hersteld per ${datumNL(t.hersteldatum)}, dus geen WIA-aanvraag en geen RIV-toets${tekort ? `; eerder ${tekort}` : ""}` };
  }
  // Geen WIA-aanvraag nodig volgens de tijdlijn (bijvoorbeeld AOW-leeftijd tijdens de ziekte): geen RIV-toets.
  if (wia.status === "nvt" && wia.gedaan === null && t.uitDienst !== null && t.uitDienst.melding.status !== "nvt" && wia.uiterlijk >= t.uitDienst.per) {
    const ud = t.uitDienst;
    return {
      uitkomst: "nvt",
      oordeel:
        ud.riv === "geen"
          ? `Geen RIV-toets bij de WIA-aanvraag: ziek uit dienst per ${datumNL(ud.per)}, binnen de eerste weken; UWV vraagt geen re-integratieverslag`
          : `Geen RIV-toets bij de WIA-aanvraag: ziek uit dienst per ${datumNL(ud.per)}; UWV vraagt wel een ${ud.riv} re-integratieverslag over de periode in dienst${tekort ? `; ${tekort}` : ""}`,
    };
  }
  if (wia.status === "nvt" && wia.gedaan === null) {
    const reden = redenVan(wia);
    return { uitkomst: "nvt", oordeel: `Geen RIV-toets: ${reden ?? "geen WIA-aanvraag nodig"}` };
  }
  // Spoor 2 te laat of niet gestart: risico, in elk stadium.
  const spoor2Redenen: string[] = [];
  for (const p of spoor2.punten) if (p.gewicht === "hoog" && p.reden) spoor2Redenen.push(p.reden);
  if (spoor2Redenen.length) {
    return { uitkomst: "risico", oordeel: `Risico loonsanctie: ${spoor2Redenen.join("; ")}${tekort ? `; ${tekort}` : ""}` };
  }
  const rivFase = wia.gedaan !== null || (wia.vanaf !== null && P >= wia.vanaf) || P > wia.uiterlijk;
  if (!rivFase) {
    const vanaf = wia.vanaf ?? wia.uiterlijk;
    return {
      uitkomst: "nog-niet-aan-de-orde",
      // "Gepland: vanaf …" (nog niets te doen) tegenover "binnenkort: uiterlijk …" in de acties: voor een
      // niet-jurist onmiskenbaar, waar "nog niet aan de orde" las als "niet nodig".
      oordeel: `Gepland: re-integratieverslag bij de WIA-aanvraag, vanaf ${datumNL(vanaf)}${tekort ? `; ${nuAlTekst(riv)}` : ""}`,
    };
  }
  const overigeRedenen: string[] = [];
  for (const p of overig) if ((p.gewicht === "hoog" || p.gewicht === "middel") && p.reden) overigeRedenen.push(p.reden);
  if (tekort) return { uitkomst: "onvolledig", oordeel: `Onvolledig: ${tekort}${overigeRedenen.length ? `; ${overigeRedenen.join("; ")}` : ""}` };
  if (overigeRedenen.length) return { uitkomst: "risico", oordeel: `Risico loonsanctie: ${overigeRedenen.join("; ")}` };
  if (riv.onbekend.length) return { uitkomst: "onbekend", oordeel: `Onbekend: geen gegevens over ${onbekendTekst(riv)}` };
  if (spoor2.laatMaarAfgerond !== null && spoor2.punten.some((p) => p.bevinding.code === "SPOOR2_LAAT_ADEQUAAT")) {
    return { uitkomst: "akkoord", oordeel: `Akkoord: re-integratieverslag compleet; spoor 2 te laat gestart, maar adequaat en afgerond op ${datumNL(spoor2.laatMaarAfgerond)}` };
  }
  return { uitkomst: "akkoord", oordeel: "Akkoord: re-integratieverslag compleet en op tijd" };
}

/**
 * Beoordeel één dossier op de peildatum van de tijdlijn. Zuiver en zonder exceptions: ontbrekende
 * gegevens (undefined) geven "onbekend", lege (null) "ontbreekt" zodra het onderdeel nodig is.
 */
export function beoordeel(invoer: DossierInvoer, gegevens: DossierGegevens, tijdlijn: Tijdlijn): Beoordeling {
  const t = tijdlijn;
  const P = t.peildatum;
  const spoor2Eerst = analyseerSpoor2(invoer, gegevens, t);
  const riv = analyseerRiv(invoer, gegevens, t, spoor2Eerst);
  const spoor2 = laatMaarAfgerond(spoor2Eerst, riv, t);

  // Punten buiten de RIV-onderdelen zelf (8-wekenregel, arbeidstherapie, AOW): "voldoende inspanningen".
  const overig: Punt[] = spoor2.punten.filter((p) => p.gewicht !== "hoog");
  let { uitkomst, oordeel } = rivOordeel(gegevens, t, riv, spoor2, overig);
  // Toets stap 4: een tekortkoming die niet herstelbaar is, leidt niet tot een loonsanctie.
  const herstel = herstelbaarheid(gegevens, P);
  if (uitkomst === "risico" && herstel !== null && herstel.soort === "niet-herstelbaar") {
    uitkomst = "onvolledig";
    oordeel = oordeel.replace(/^Risico loonsanctie: /, "Tekortkoming, maar niet herstelbaar (klein risico op een loonsanctie): ");
  }

  // ---- Loonsanctie ---------------------------------------------------------------------------------
  const lsBevindingen: Bevinding[] = [];
  const redenen: string[] = [];
  let risico: LoonsanctieRisico;
  const ewt = t.laatsteDagLoondoorbetaling;
  const wia = t.mijlpalen.WIA;
  if (isDag(invoer.loonsanctieTot) && t.loonsanctieDagen > 0) {
    risico = "opgelegd";
    const weken = Math.ceil(t.loonsanctieDagen / DAGEN_PER_WEEK);
    redenen.push(`loonsanctie opgelegd: loondoorbetaling tot en met ${datumNL(ewt)}`);
    lsBevindingen.push({
      code: "LOONSANCTIE_OPGELEGD",
      ernst: "kritiek",
      tekst: `Loonsanctie opgelegd: de wachttijd is verlengd; laatste dag loondoorbetaling ${datumNL(ewt)} (${weken} weken extra), ingangsdatum WIA ${datumNL(ewt + 1)}.`,
      bron: BRON.WIA_25,
    });
    const zonderSanctie = eindeWachttijd(t);
    const bekorting = waardeOp(P_BEKORTING_NA_BESLUIT_WEKEN, t.eersteZiektedag);
    if (isDag(invoer.bekortingsbesluit)) {
      lsBevindingen.push({
        code: "BEKORTING_BESLIST",
        ernst: "info",
        tekst: `UWV besliste op ${datumNL(invoer.bekortingsbesluit)} op het bekortingsverzoek: de loonsanctie eindigt ${bekorting} weken later; laatste dag loondoorbetaling ${datumNL(ewt)}.`,
        bron: BRON.WIA_25,
      });
    } else {
      const nieuw = Math.max(P + naWeek(bekorting), zonderSanctie);
      const minder = ewt - nieuw;
      lsBevindingen.push({
        code: "BEKORTING",
        ernst: "info",
        tekst:
          minder > 0
            ? `Bekortingsverzoek: beslist UWV vandaag (${datumNL(P)}), dan eindigt de loonsanctie op ${datumNL(nieuw)}, ${minder} dagen (${Math.floor(minder / DAGEN_PER_WEEK)} weken) eerder dan ${datumNL(ewt)}. Dien het in zodra de tekortkoming hersteld is.`
            : `Een bekortingsverzoek levert niets meer op: de loonsanctie eindigt al op ${datumNL(ewt)}, vóór ${datumNL(P + naWeek(bekorting))} (${bekorting} weken na een beslissing vandaag).`,
        bron: BRON.WIA_25,
      });
    }
  } else if (gegevens.bevredigendResultaat === true) {
    risico = "geen";
    redenen.push("bevredigend resultaat: UWV toetst de re-integratie-inspanningen niet");
    lsBevindingen.push({
      code: "BEVREDIGEND_RESULTAAT",
      ernst: "info",
      tekst: "Bevredigend resultaat: UWV toetst de re-integratie-inspanningen dan niet (toets stap 1).",
      bron: BRON.UWV_PROF_KADER,
    });
  } else if (t.hersteldatum !== null && wia.gedaan === null) {
    risico = "geen";
    redenen.push(`hersteld per ${datumNL(t.hersteldatum)}: geen WIA-aanvraag, dus geen RIV-toets`);
  } else if (t.uitDienst !== null && t.uitDienst.melding.status !== "nvt" && wia.gedaan === null) {
    // Ziek uit dienst: geen WIA-aanvraag door deze werkgever, maar UWV kan de Ziektewet-uitkering verhalen als de
    // re-integratieverplichtingen vóór het einde van het dienstverband niet zijn nagekomen (ZW art. 39a).
    const u = uitDienstRisico(t);
    risico = u.risico;
    redenen.push(...u.redenen);
    lsBevindingen.push(u.bevinding);
  } else if (wia.status === "nvt" && wia.gedaan === null) {
    risico = "geen";
    redenen.push(`geen WIA-aanvraag nodig${redenVan(wia) ? ` (${redenVan(wia)})` : ""}, dus geen RIV-toets`);
  } else {
    // Stap 2: voldoende inspanningen? Het zwaarste tekort bepaalt het risico.
    let rang = 0;
    const gewogen = [...spoor2.punten, ...riv.punten].filter((p) => p.gewicht !== null);
    for (const p of gewogen) rang = Math.max(rang, RANG_VAN_GEWICHT[p.gewicht as "laag" | "middel" | "hoog"]);
    for (let r = 3; r >= 1; r--) for (const p of gewogen) if (RANG_VAN_GEWICHT[p.gewicht as "laag" | "middel" | "hoog"] === r && p.reden) redenen.push(p.reden);
    risico = RISICO_VAN_RANG[rang];
    if (rang >= 2) {
      // Stap 3: deugdelijke grond — niet uit het register af te leiden.
      lsBevindingen.push(deugdelijkeGrond());
      // Stap 4: herstelbaar? Alleen op het moment van de beoordeling, met een verwachting van ≥ 3 maanden.
      if (herstel !== null) {
        lsBevindingen.push(herstelBevinding(herstel, P));
        if (herstel.soort === "niet-herstelbaar") {
          risico = "laag";
          redenen.unshift(
            `tekortkoming niet herstelbaar: geen benutbare mogelijkheden sinds ${datumNL(herstel.van)}, naar verwachting tot en met ${datumNL(herstel.tot)} (nog ${waardeOp(P_NIET_HERSTELBAAR_MAANDEN, P)} maanden of langer)`,
          );
        }
      }
    }
  }

  const rivBev = riv.punten.map((p) => p.bevinding);
  const s2Bev = spoor2.punten.map((p) => p.bevinding);
  return {
    riv: { uitkomst, oordeel, onderdelen: riv.onderdelen, bevindingen: rivBev },
    spoor2: { uitkomst: spoor2.uitkomst, oordeel: spoor2.oordeel, bevindingen: s2Bev },
    loonsanctie: { risico, redenen, bevindingen: lsBevindingen },
    // Ernstigste eerst; gelijke ernst in de volgorde spoor 2, RIV, loonsanctie (stabiele sortering).
    bevindingen: sorteerBevindingen([...s2Bev, ...rivBev, ...lsBevindingen]),
  };
}
