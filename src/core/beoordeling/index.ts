/**
 * De beoordeling van een dossier (issue 3): wat UWV bij de RIV-toets zal vinden. Bovenop de tijdlijn:
 * RIV-volledigheid, spoor 2 en het loonsanctierisico, in UWV's vaste toetsvolgorde (domeinreferentie §4;
 * UWV Professioneel kader): (1) bevredigend resultaat? dan niets anders; (2) voldoende inspanningen?
 * (3) deugdelijke grond? (4) herstelbaar? Alleen dan een loonsanctie.
 * Zuiver: dezelfde functie voor de aangepaste functies, het taakvenster en de scanner.
 */
import type { Dag } from "../dagen";
import type { DossierGegevens } from "../dossier";
import { plusMaanden, type DossierInvoer, type Tijdlijn } from "../tijdlijn";
import { BEKORTING_NA_BESLUIT_WEKEN, BRON, DAGEN_PER_WEEK, NIET_HERSTELBAAR_MAANDEN, naWeek } from "../wet";
import { analyseerRiv, nuAlTekst, onbekendTekst, tekortTekst, type RivAnalyse } from "./riv";
import { analyseerSpoor2, type Spoor2Analyse } from "./spoor2";
import { isDag, type Beoordeling, type Bevinding, type LoonsanctieRisico, type Punt, type RivUitkomst, datumNL } from "./typen";

export * from "./typen";
export { RIV_ONDERDELEN, type RivCode } from "./riv";

const RISICO_VAN_RANG: readonly LoonsanctieRisico[] = ["geen", "laag", "middel", "hoog"];
const GEWICHT_VAN_RANG: readonly Punt["gewicht"][] = [null, "laag", "middel", "hoog"];
const ERNST_VAN_RANG: readonly Bevinding["ernst"][] = ["kritiek", "waarschuwing", "info"];

/**
 * Gedeeld door alle dossiers (performance, issue 4): lege lijsten en de vaste bevinding van toets stap 3.
 * Bevroren, want geen afnemer wijzigt een beoordeling; zo blijft het delen onzichtbaar.
 */
const GEEN_BEVINDINGEN: Bevinding[] = Object.freeze([]) as unknown as Bevinding[];
const GEEN_REDENEN: string[] = Object.freeze([]) as unknown as string[];
const DEUGDELIJKE_GROND: Bevinding = Object.freeze(
  bevinding(
    "DEUGDELIJKE_GROND",
    "info",
    "UWV legt geen loonsanctie op bij een deugdelijke grond (bijvoorbeeld een opgevolgd advies van de bedrijfsarts); vakantie of kosten zijn dat nooit. Leg zo'n grond vast in het re-integratieverslag.",
    BRON.UWV_PROF_KADER,
  ),
);
const ALLEEN_DEUGDELIJKE_GROND: Bevinding[] = Object.freeze([DEUGDELIJKE_GROND]) as unknown as Bevinding[];

function bevinding(code: string, ernst: Bevinding["ernst"], tekst: string, bron: string): Bevinding {
  return { code, ernst, tekst, bron };
}

/** Toets stap 4: niet herstelbaar als de werknemer ten minste 3 maanden aaneen geen benutbare mogelijkheden heeft. */
export function nietHerstelbaar(gegevens: DossierGegevens, P: Dag): { van: Dag; tot: Dag } | null {
  const van = gegevens.geenBenutbareMogelijkhedenVan;
  if (!isDag(van) || van > P) return null;
  const t = gegevens.geenBenutbareMogelijkhedenTot;
  const tot = isDag(t) ? t : P; // leeg: duurt nog voort
  if (tot < van) return null;
  return tot + 1 >= plusMaanden(van, NIET_HERSTELBAAR_MAANDEN) ? { van, tot } : null;
}

function rivOordeel(
  gegevens: DossierGegevens,
  t: Tijdlijn,
  riv: RivAnalyse,
  spoor2: Spoor2Analyse,
  overig: Punt[],
): { uitkomst: RivUitkomst; oordeel: string } {
  const P = t.peildatum;
  // Stap 1: bevredigend resultaat — dan toetst UWV de inspanningen niet.
  if (gegevens.bevredigendResultaat === true) return { uitkomst: "akkoord", oordeel: "Akkoord: bevredigend resultaat" };
  const tekort = tekortTekst(riv);
  // Hersteld vóór de WIA-aanvraag: geen aanvraag, dus geen RIV-toets (ook niet van spoor 2).
  const wia = t.mijlpalen.WIA;
  if (t.hersteldatum !== null && wia.gedaan === null) {
    return { uitkomst: "nog-niet-aan-de-orde", oordeel: `Nog niet aan de orde: hersteld per ${datumNL(t.hersteldatum)}${tekort ? `; eerder ${tekort}` : ""}` };
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
      oordeel: `Nog niet aan de orde: re-integratieverslag bij de WIA-aanvraag vanaf ${datumNL(vanaf)}${tekort ? `; ${nuAlTekst(riv)}` : ""}`,
    };
  }
  const overigeRedenen: string[] = [];
  for (const p of overig) if ((p.gewicht === "hoog" || p.gewicht === "middel") && p.reden) overigeRedenen.push(p.reden);
  if (tekort) return { uitkomst: "onvolledig", oordeel: `Onvolledig: ${tekort}${overigeRedenen.length ? `; ${overigeRedenen.join("; ")}` : ""}` };
  if (overigeRedenen.length) return { uitkomst: "risico", oordeel: `Risico loonsanctie: ${overigeRedenen.join("; ")}` };
  if (riv.onbekend !== 0) return { uitkomst: "onbekend", oordeel: `Onbekend: geen gegevens over ${onbekendTekst(riv)}` };
  return { uitkomst: "akkoord", oordeel: "Akkoord: re-integratieverslag compleet en op tijd" };
}

/**
 * Beoordeel één dossier op de peildatum van de tijdlijn. Zuiver en zonder exceptions: ontbrekende
 * gegevens (undefined) geven "onbekend", lege (null) "ontbreekt" zodra het onderdeel nodig is.
 */
export function beoordeel(invoer: DossierInvoer, gegevens: DossierGegevens, tijdlijn: Tijdlijn): Beoordeling {
  const t = tijdlijn;
  const P = t.peildatum;
  const spoor2 = analyseerSpoor2(invoer, gegevens, t);
  const riv = analyseerRiv(invoer, gegevens, t, spoor2);

  // Punten buiten de RIV-onderdelen zelf (gaten, 8-wekenregel, arbeidstherapie, AOW): "voldoende inspanningen".
  const overig: Punt[] = [];
  for (const p of riv.punten) if (p.bevinding.code.startsWith("EVAL_GAT")) overig.push(p);
  for (const p of spoor2.punten) if (p.gewicht !== "hoog") overig.push(p);
  let { uitkomst, oordeel } = rivOordeel(gegevens, t, riv, spoor2, overig);
  // Toets stap 4: een tekortkoming die niet herstelbaar is, leidt niet tot een loonsanctie.
  if (uitkomst === "risico" && nietHerstelbaar(gegevens, P)) {
    uitkomst = "onvolledig";
    oordeel = oordeel.replace(/^Risico loonsanctie: /, "Tekortkoming, maar niet herstelbaar (geen loonsanctie verwacht): ");
  }

  // ---- Loonsanctie ---------------------------------------------------------------------------------
  const lsBevindingen: Bevinding[] = [];
  const redenen: string[] = [];
  let risico: LoonsanctieRisico;
  const ewt = t.laatsteDagLoondoorbetaling;
  if (isDag(invoer.loonsanctieTot) && t.loonsanctieDagen > 0) {
    risico = "opgelegd";
    const weken = Math.ceil(t.loonsanctieDagen / DAGEN_PER_WEEK);
    redenen.push(`loonsanctie opgelegd: loondoorbetaling tot en met ${datumNL(ewt)}`);
    lsBevindingen.push(
      bevinding(
        "LOONSANCTIE_OPGELEGD",
        "kritiek",
        `Loonsanctie opgelegd: de wachttijd is verlengd; laatste dag loondoorbetaling ${datumNL(ewt)} (${weken} weken extra), ingangsdatum WIA ${datumNL(ewt + 1)}.`,
        BRON.WIA_25,
      ),
    );
    const zonderSanctie = ewt - t.loonsanctieDagen;
    if (isDag(invoer.bekortingsbesluit)) {
      lsBevindingen.push(
        bevinding(
          "BEKORTING_BESLIST",
          "info",
          `UWV besliste op ${datumNL(invoer.bekortingsbesluit)} op het bekortingsverzoek: de loonsanctie eindigt ${BEKORTING_NA_BESLUIT_WEKEN} weken later; laatste dag loondoorbetaling ${datumNL(ewt)}.`,
          BRON.WIA_25,
        ),
      );
    } else {
      const nieuw = Math.max(P + naWeek(BEKORTING_NA_BESLUIT_WEKEN), zonderSanctie);
      const minder = ewt - nieuw;
      lsBevindingen.push(
        minder > 0
          ? bevinding(
              "BEKORTING",
              "info",
              `Bekortingsverzoek: beslist UWV vandaag (${datumNL(P)}), dan eindigt de loonsanctie op ${datumNL(nieuw)}, ${minder} dagen (${Math.floor(minder / DAGEN_PER_WEEK)} weken) eerder dan ${datumNL(ewt)}. Dien het in zodra de tekortkoming hersteld is.`,
              BRON.WIA_25,
            )
          : bevinding(
              "BEKORTING",
              "info",
              `Een bekortingsverzoek levert niets meer op: de loonsanctie eindigt al op ${datumNL(ewt)}, vóór ${datumNL(P + naWeek(BEKORTING_NA_BESLUIT_WEKEN))} (${BEKORTING_NA_BESLUIT_WEKEN} weken na een beslissing vandaag).`,
              BRON.WIA_25,
            ),
      );
    }
  } else if (gegevens.bevredigendResultaat === true) {
    risico = "geen";
    redenen.push("bevredigend resultaat: UWV toetst de re-integratie-inspanningen niet");
    lsBevindingen.push(
      bevinding("BEVREDIGEND_RESULTAAT", "info", "Bevredigend resultaat: UWV toetst de re-integratie-inspanningen dan niet (toets stap 1).", BRON.UWV_PROF_KADER),
    );
  } else if (t.hersteldatum !== null && t.mijlpalen.WIA.gedaan === null) {
    risico = "geen";
    redenen.push(`hersteld per ${datumNL(t.hersteldatum)}: geen WIA-aanvraag, dus geen RIV-toets`);
  } else {
    // Stap 2: voldoende inspanningen? Het zwaarste tekort bepaalt het risico.
    let rang = 0;
    for (let r = 3; r >= 1; r--) {
      const gewicht = GEWICHT_VAN_RANG[r];
      for (const p of spoor2.punten) {
        if (p.gewicht !== gewicht) continue;
        if (rang === 0) rang = r;
        if (p.reden) redenen.push(p.reden);
      }
      for (const p of riv.punten) {
        if (p.gewicht !== gewicht) continue;
        if (rang === 0) rang = r;
        if (p.reden) redenen.push(p.reden);
      }
    }
    risico = RISICO_VAN_RANG[rang];
    if (rang >= 2) {
      // Stap 3: deugdelijke grond — niet uit het register af te leiden.
      lsBevindingen.push(DEUGDELIJKE_GROND);
      // Stap 4: herstelbaar? Niet bij ≥ 3 maanden aaneen geen benutbare mogelijkheden.
      const nh = nietHerstelbaar(gegevens, P);
      if (nh) {
        risico = "laag";
        const tekst = `geen benutbare mogelijkheden van ${datumNL(nh.van)} tot en met ${datumNL(nh.tot)} (${NIET_HERSTELBAAR_MAANDEN} maanden of langer)`;
        redenen.unshift(`tekortkoming niet herstelbaar: ${tekst}`);
        lsBevindingen.push(
          bevinding(
            "NIET_HERSTELBAAR",
            "info",
            `Tekortkoming niet herstelbaar: ${tekst}. UWV legt dan geen loonsanctie op; leg het oordeel van de bedrijfsarts vast in het re-integratieverslag.`,
            BRON.BELEIDSREGELS,
          ),
        );
      }
    }
  }

  const rivBev = bevindingenVan(riv.punten);
  const s2Bev = bevindingenVan(spoor2.punten);
  // Ernstigste eerst, gelijke ernst in de volgorde spoor 2, RIV, loonsanctie (zoals een stabiele sortering).
  const n = s2Bev.length + rivBev.length + lsBevindingen.length;
  const alleBev: Bevinding[] = n === 0 ? GEEN_BEVINDINGEN : new Array<Bevinding>(n);
  let k = 0;
  for (let e = 0; e < 3 && k < n; e++) {
    const ernst = ERNST_VAN_RANG[e];
    for (const b of s2Bev) if (b.ernst === ernst) alleBev[k++] = b;
    for (const b of rivBev) if (b.ernst === ernst) alleBev[k++] = b;
    for (const b of lsBevindingen) if (b.ernst === ernst) alleBev[k++] = b;
  }
  const lsBev =
    lsBevindingen.length === 0 ? GEEN_BEVINDINGEN : lsBevindingen.length === 1 && lsBevindingen[0] === DEUGDELIJKE_GROND ? ALLEEN_DEUGDELIJKE_GROND : lsBevindingen;
  return {
    riv: { uitkomst, oordeel, onderdelen: riv.onderdelen, bevindingen: rivBev },
    spoor2: { uitkomst: spoor2.uitkomst, oordeel: spoor2.oordeel, bevindingen: s2Bev },
    // slice: een lijst van precies de goede lengte (push laat ruimte over).
    loonsanctie: { risico, redenen: redenen.length ? redenen.slice() : GEEN_REDENEN, bevindingen: lsBev },
    bevindingen: alleBev,
  };
}

function bevindingenVan(punten: readonly Punt[]): Bevinding[] {
  if (punten.length === 0) return GEEN_BEVINDINGEN;
  const uit: Bevinding[] = new Array<Bevinding>(punten.length);
  for (let i = 0; i < punten.length; i++) uit[i] = punten[i].bevinding;
  return uit;
}
