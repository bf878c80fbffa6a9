/**
 * Signalen bij de tijdlijn: wat de gebruiker moet weten naast de statussen (te late meldingen, verlenging,
 * samentellen, AOW, uit dienst, vervroegde IVA …), elk met zijn bron.
 */
import { formatNL, type Dag } from "../dagen";
import type { Tijdlijn } from "../tijdlijn";
import { gelijkstellingOnzeker } from "../feestdagen";
import { STATUS_TEKST } from "../mijlpalen";
import { BRON, DAGEN_PER_WEEK, P_EJE_WEKEN, P_IVA_VENSTER, P_SPOOR2_AOW_BINNEN_JAREN, P_WIA_NA_LATE_BRIEF_WEKEN, P_ZW_VERHAAL_MAX_WEKEN, eindeWeek, naWeek, waardeOp } from "../wet";
import { wiaTermijnen } from "./termijnen";
import { jaarVan } from "../dagen";
import type { Context } from "./context";

/**
 * Voeg de signalen toe aan `t.signalen`. Leest de tijdlijn zelf; daarnaast alleen wat de tijdlijn niet
 * bewaart: een te vroege "eerstejaarsevaluatie", de WIA-aanvraagdatum, samentellen over WAZO-verlof en het
 * grootste gat voor samentellen.
 */
export function voegSignalenToe(c: Context, t: Tijdlijn, ejeTeVroeg: Dag | null, wiaDag: Dag | null, wazoSamengeteld: boolean, maxGat: number): void {
  const uit = t.signalen;
  const gr = c.grenzen;
  const m = t.mijlpalen;
  const uwv42 = m.UWV42;
  const wia = m.WIA;
  const ewt = m.EWT;
  const ewtDag = ewt.uiterlijk;
  const spoor2 = t.spoor2;
  const L = t.teLaatAanvraagDagen;
  const S = t.loonsanctieDagen;
  const verlengingWeken = t.verlengingDagen / DAGEN_PER_WEEK;
  if (uwv42.status === "te-laat" || uwv42.status === "te-laat-gedaan") {
    uit.push({
      code: "UWV42_TE_LAAT",
      ernst: "kritiek",
      tekst:
        (uwv42.status === "te-laat"
          ? `42e-weeksmelding niet gedaan; uiterlijk was ${formatNL(uwv42.uiterlijk)}.`
          : `42e-weeksmelding te laat gedaan op ${formatNL(uwv42.gedaan as Dag)} (uiterlijk ${formatNL(uwv42.uiterlijk)}).`) +
        " UWV kan een boete opleggen; de loondoorbetaling wordt er niet langer door.",
      bron: BRON.ZW_38A,
      mijlpaal: "UWV42",
    });
  }
  if (uwv42.status !== "nvt" && uwv42.status !== "gedaan" && gelijkstellingOnzeker(jaarVan(uwv42.uiterlijk))) {
    // Algemene termijnenwet art. 3 lid 3: een besluit over gelijkgestelde dagen kan de werkdag nog verschuiven.
    uit.push({
      code: "UWV42_DATUM_VOORLOPIG",
      ernst: "info",
      tekst: `De uiterste datum van de 42e-weeksmelding (${formatNL(uwv42.uiterlijk)}) kan nog opschuiven: voor ${jaarVan(uwv42.uiterlijk)} is geen (nagezocht) besluit over met feestdagen gelijkgestelde dagen bekend. Meld op tijd; een gelijkgestelde dag maakt de termijn alleen later.`,
      bron: BRON.ALG_TERMIJNENWET,
      mijlpaal: "UWV42",
    });
  }
  if (L > 0 && ewt.status !== "nvt") {
    const briefUiterlijk = wia.vanaf !== null ? wia.vanaf + DAGEN_PER_WEEK - 1 : null;
    uit.push({
      code: "WIA_TE_LAAT",
      ernst: "kritiek",
      tekst:
        `WIA-aanvraag ${L} dagen te laat (uiterlijk ${formatNL(wia.uiterlijk)}): de loondoorbetaling loopt ${L} dagen langer, tot ${formatNL(ewtDag)}.` +
        (briefUiterlijk !== null
          ? ` Kwam de brief van UWV pas na ${formatNL(briefUiterlijk)}, dan is een aanvraag binnen ${waardeOp(P_WIA_NA_LATE_BRIEF_WEKEN, c.D)} weken na ontvangst tijdig; het register laat de datum van de brief niet zien.`
          : ""),
      bron: BRON.WIA_64_LID8,
      mijlpaal: "WIA",
    });
  }
  if (S > 0) {
    uit.push({
      code: "LOONSANCTIE",
      ernst: "kritiek",
      tekst: `Loonsanctie: loondoorbetaling tot en met ${formatNL(ewtDag)} (${Math.ceil(S / DAGEN_PER_WEEK)} weken extra). WIA gaat in op ${formatNL(ewtDag + 1)}.`,
      bron: BRON.WIA_25,
      mijlpaal: "EWT",
    });
  }
  if (verlengingWeken > 0) {
    uit.push({
      code: "VRIJWILLIGE_VERLENGING",
      ernst: "info",
      tekst: `Vrijwillige verlenging van ${verlengingWeken} weken: laatste dag loondoorbetaling ${formatNL(ewtDag)}.`,
      bron: BRON.WIA_24,
      mijlpaal: "EWT",
    });
  }
  if (t.samengeteldeDagen > 0 || (t.aantalPerioden > 1 && !wazoSamengeteld)) {
    uit.push({
      code: "SAMENGETELD",
      ernst: "info",
      tekst: `${t.aantalPerioden} ziekteperioden samengeteld vanaf ${formatNL(c.D)}; ${t.samengeteldeDagen} dagen onderbreking schuiven de termijnen op.`,
      bron: BRON.BW_629_LID10,
    });
  }
  if (wazoSamengeteld) {
    uit.push({
      code: "WAZO_SAMENGETELD",
      ernst: "info",
      tekst: "De ziekteperioden direct vóór en na het zwangerschaps- en bevallingsverlof tellen samen (één dossier, geen nieuwe probleemanalyse). Heeft de ziekte na het verlof volgens de bedrijfsarts een andere oorzaak, zet dan 'Andere oorzaak na verlof' op ja.",
      bron: BRON.BW_629_LID10_WAZO,
    });
  }
  if (t.wazoDagen > 0) {
    uit.push({
      code: "WAZO",
      ernst: "info",
      tekst: `${t.wazoDagen} dagen WAZO-verlof schorten de wachttijd op; latere termijnen schuiven even lang op.`,
      bron: BRON.BW_629_LID10_WAZO,
    });
  }
  if (ejeTeVroeg !== null && m.EJE.vanaf !== null) {
    uit.push({
      code: "EJE_TE_VROEG",
      ernst: "waarschuwing",
      tekst: `De eerstejaarsevaluatie op ${formatNL(ejeTeVroeg)} ligt vóór week ${waardeOp(P_EJE_WEKEN, t.eersteZiektedag).vanWeek} (${formatNL(m.EJE.vanaf)}): ze telt als evaluatie, niet als eerstejaarsevaluatie, en verandert de spoor-2-termijn niet.`,
      bron: BRON.REGELING_ART4,
      mijlpaal: "EJE",
    });
  }
  if (wiaDag !== null && wia.vanaf !== null && wiaDag < wia.vanaf && wia.status !== "nvt") {
    uit.push({
      code: "WIA_TE_VROEG",
      ernst: "waarschuwing",
      tekst: `WIA-aanvraag op ${formatNL(wiaDag)} ligt vóór de brief van UWV na ${wiaTermijnen(c.D, c.tel, c.V).briefNaWeken} weken (${formatNL(wia.vanaf)}); controleer of UWV haar in behandeling neemt.`,
      bron: BRON.WIA_64,
      mijlpaal: "WIA",
    });
  }
  if (gr.aow !== null && (gr.eindeLoonReden !== null || gr.geenWia !== null) && gr.ivaToegekend === null) {
    uit.push({
      code: "AOW",
      ernst: "info",
      tekst: `${gr.eindeLoonReden ?? `AOW-leeftijd op ${formatNL(gr.aow)}`}. ${gr.geenWia !== null ? "Geen WIA-aanvraag en geen re-integratieverslag; " : ""}geen spoor 2 vanaf de AOW-datum${gr.ziekNaAow ? ", geen 42e-weeksmelding" : ""}.`,
      bron: gr.eindeLoonBron ?? BRON.BW_629_LID2_AOW,
      mijlpaal: "EWT",
    });
  }
  if (spoor2.aowUitzonderingGeldtNiet && gr.aow !== null) {
    uit.push({
      code: "SPOOR2_AOW_GEEN_UITZONDERING",
      ernst: "waarschuwing",
      tekst: `Uitzondering AOW geldt niet: de AOW-datum (${formatNL(gr.aow)}) valt meer dan ${waardeOp(P_SPOOR2_AOW_BINNEN_JAREN, c.D)} jaar na het einde van de wachttijd. Spoor 2 is nodig.`,
      bron: BRON.UWV_PROF_KADER,
      mijlpaal: "SPOOR2",
    });
  }
  if (spoor2.planBijgesteldUiterlijk !== null && spoor2.nodig) {
    uit.push({
      code: "SPOOR2_BELASTBAAR",
      ernst: "info",
      tekst: `Belastbaarheid na de eerstejaarsevaluatie: plan van aanpak bijstellen uiterlijk ${formatNL(spoor2.planBijgesteldUiterlijk)}, spoor-2-activiteiten gestart uiterlijk ${formatNL(spoor2.uiterlijk)}.`,
      bron: BRON.UWV_PROF_KADER,
      mijlpaal: "SPOOR2",
    });
  }
  if (gr.uitDienst !== null && gr.uitDienst <= c.P + c.instellingen.horizonDagen) {
    uit.push({
      code: "UIT_DIENST",
      ernst: "waarschuwing",
      tekst: `${gr.uitDienstReden}. De stappen van de werkgever daarna zijn n.v.t.; de wachttijd loopt door onder de Ziektewet tot ${formatNL(gr.eindeWachttijd)}.`,
      bron: BRON.ZW_38_UIT_DIENST,
    });
  }
  const ivaAanvraag = c.invoer.ivaAanvraag;
  if (typeof ivaAanvraag === "number" && ivaAanvraag <= c.P) {
    const iva = waardeOp(P_IVA_VENSTER, c.D);
    const van = c.tel(naWeek(iva.vanWeek - 1));
    const tot = c.tel(eindeWeek(iva.totWeek));
    if (ivaAanvraag < van || ivaAanvraag > tot) {
      uit.push({
        code: "IVA_BUITEN_VENSTER",
        ernst: "waarschuwing",
        tekst: `De aanvraag voor vervroegde IVA op ${formatNL(ivaAanvraag)} ligt buiten week ${iva.vanWeek}–${iva.totWeek} (${formatNL(van)} – ${formatNL(tot)}).`,
        bron: BRON.WIA_47,
      });
    }
    if (gr.ivaToegekend !== null) {
      uit.push({
        code: "IVA_TOEGEKEND",
        ernst: "info",
        tekst:
          `Vervroegde IVA toegekend op ${formatNL(gr.ivaToegekend)}: de verkorte wachttijd eindigt op ${formatNL(t.eindeWachttijd)}, de IVA gaat in op ${formatNL(t.ingangsdatumWia)}. ` +
          `De loondoorbetaling loopt door tot en met ${formatNL(t.laatsteDagLoondoorbetaling)}; u mag de IVA-uitkering op het loon in mindering brengen. ` +
          "Re-integratieverplichtingen en het re-integratieverslag vervallen.",
        bron: BRON.WIA_47,
        mijlpaal: "EWT",
      });
    }
  }
  if (gr.ivaNietVervroegd !== null) {
    uit.push({ code: "IVA_NIET_VERVROEGD", ernst: "waarschuwing", tekst: `${gr.ivaNietVervroegd}.`, bron: BRON.WIA_47, mijlpaal: "WIA" });
  }
  const ud = t.uitDienst;
  if (ud !== null && ud.melding.status !== "nvt") {
    const m = ud.melding;
    const rivTekst =
      ud.riv === "geen"
        ? `Het dienstverband eindigt na ${ud.weken} weken ziekte: UWV vraagt geen re-integratieverslag.`
        : `Het dienstverband eindigt na ${ud.weken} weken ziekte: UWV vraagt een ${ud.riv === "kort" ? "kort" : "volledig"} re-integratieverslag.`;
    const verhaal = waardeOp(P_ZW_VERHAAL_MAX_WEKEN, c.D);
    uit.push({
      code: "UIT_DIENST_MELDING",
      ernst: m.status === "te-laat" ? "kritiek" : m.status === "binnenkort" ? "waarschuwing" : "info",
      tekst:
        `Ziek uit dienst per ${formatNL(ud.per)}: meld dit bij UWV (of als eigenrisicodrager Ziektewet bij uw verzekeraar) op de laatste werkdag van het dienstverband, ${formatNL(m.uiterlijk)}, niet eerder (${STATUS_TEKST[m.status]}; het register laat niet zien of de melding gedaan is). ` +
        `${rivTekst} Stappen die vóór het einde van het dienstverband te laat waren, blijven te laat: UWV kan de Ziektewet-uitkering tot ${verhaal} weken op u verhalen als u uw re-integratieverplichtingen niet nakwam.`,
      bron: BRON.ZW_38_UIT_DIENST_MELDING,
    });
  }
  if (c.herstel !== null) {
    uit.push({
      code: "HERSTELD",
      ernst: "info",
      tekst: `Hersteld per ${formatNL(c.herstel)}: latere mijlpalen zijn n.v.t. Een nieuwe ziekmelding vóór ${formatNL(c.herstel + maxGat + 1)} telt samen met dit dossier.`,
      bron: BRON.BW_629_LID10,
    });
  }
}
