/**
 * Taakvenster: het dossieroverzicht (wat moet er deze week gebeuren), de problemen in het register,
 * "Markeer termijnen" / "Markering verwijderen" en de instellingen in de werkmap.
 * Alle Excel-toegang loopt via src/office/werkmap.ts; alle regels via de zuivere kern.
 *
 * Signalen die de gebruiker kan vertrouwen: de tellers tellen dossiers (net als de filters), elke te late
 * stap van een dossier staat op zijn kaart, een stap zonder kolom in het register is "onbekend" (neutraal,
 * nooit te laat), en het loonsanctierisico spreekt het oordeel over het re-integratieverslag niet tegen.
 */
import { formatNL, vandaag, type Dag } from "../core/dagen";
import type { Instellingen } from "../core/instellingen";
import { leesInstellingen } from "../core/instellingen-lezen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, type MijlpaalCode } from "../core/mijlpalen";
import { MARKERING_KLEUREN } from "../core/markering";
import { beschrijfProbleem, type Probleem } from "../core/problemen";
import { archiefTekst, gezieneKop, keuzeOpties, nietGebruiktRegel, wijzigKeuze } from "../core/register";
import type { DossierEvaluatie } from "../core/pipeline";
import { deelKopregels } from "../functions/kopregels";
import { dossierKaart, risicoLabel, stapLabel } from "./dossierkaart";
import { $, aantal, el } from "./dom";
import { geenKolomVoor, toonbaarRisico } from "../core/stand";
import {
  bewaarInstellingen,
  herbereken,
  leesWerkmap,
  luisterNaarWijzigingen,
  foutTekst,
  selecteerCel,
  WerkmapFout,
  type GevondenRegister,
  type MarkeerResultaat,
  type VerwijderResultaat,
  type WerkmapLezing,
} from "../office/werkmap";

type Filter = "te-laat" | "binnenkort" | "alle";

let lezing: WerkmapLezing | null = null;
let filter: Filter = "alle";
let bezig = false;
let luisteraar: { stil: (aan: boolean) => void } | null = null;
const open = new Set<string>();

function status(tekst: string) {
  $("status").textContent = tekst;
}

function peildatum(): Dag {
  return vandaag();
}

function label(s: string, tekst: string) {
  return el("span", { class: `label s-${s}` }, tekst);
}

function sleutel(blad: string, e: DossierEvaluatie) {
  return `${blad}|${e.dossier.rijen.join(",")}`;
}

/**
 * De legenda van de kleuren op het blad (MARKERING_KLEUREN in src/core/markering.ts) en van de labels hier.
 * Zonder kleur: nog niet aan de orde, of onbekend omdat de kolom ontbreekt.
 */
export function legenda(horizon: number): { soort: keyof typeof MARKERING_KLEUREN | "geen"; tekst: string }[] {
  return [
    { soort: "te-laat", tekst: "Te laat: niet gedaan en de termijn is verstreken" },
    { soort: "binnenkort", tekst: `Binnenkort: termijn binnen ${aantal(horizon, "dag", "dagen")}, of het venster is open` },
    { soort: "gedaan", tekst: "Gedaan: er staat een datum in de cel" },
    { soort: "nvt", tekst: "N.v.t.: de stap vervalt (bijvoorbeeld na herstel)" },
    // De kleuren horen bij de persoon (opzoektabel op personeelsnummer of naam en eerste ziektedag, src/core/markering.ts).
    {
      soort: "geen",
      tekst:
        "Geen kleur: nog niet aan de orde, onbekend (het register heeft geen kolom voor de stap), of een rij die na Markeer termijnen is toegevoegd. Sorteren en filteren mag: de kleuren blijven bij de persoon",
    },
  ];
}

/**
 * Het loonsanctierisico zoals het taakvenster het toont: nooit een risicowoord dat het oordeel over het
 * re-integratieverslag tegenspreekt ("geen loonsanctie verwacht" naast "laag").
 */
export function risicoTekst(e: DossierEvaluatie): { soort: string; tekst: string } {
  return risicoLabel(e, toonbaarRisico(e));
}

/** Een regel op de kaart of in de tijdlijn: "Probleemanalyse — uiterlijk 13-04-2025" met statuslabel. */
function stapRegel(e: DossierEvaluatie, c: MijlpaalCode): HTMLLIElement {
  const m = e.tijdlijn.mijlpalen[c];
  if (c === "EWT") {
    // Het einde van de wachttijd is een datum, geen stap: één regel, zonder statuslabel.
    return el("li", { class: "s-ewt" }, el("span", {}, `Laatste dag loondoorbetaling — ${formatNL(m.uiterlijk)}`));
  }
  const datum = m.gedaan !== null ? `gedaan ${formatNL(m.gedaan)}` : m.status === "nvt" ? "" : `uiterlijk ${formatNL(m.uiterlijk)}`;
  const l = stapLabel(e, c);
  return el("li", { class: `s-${l.soort === "voorbij" ? "nvt" : m.status}` }, el("span", {}, `${MIJLPAAL_NAAM[c]}${datum ? " — " + datum : ""}`), label(l.soort === "voorbij" ? "nvt" : l.soort, l.tekst));
}

function toonDossier(blad: string, e: DossierEvaluatie): HTMLLIElement {
  const t = e.tijdlijn;
  const id = sleutel(blad, e);
  const isUit = open.has(id);
  const naam = e.dossier.werknemer ?? e.dossier.personeelsnummer ?? `rij ${e.dossier.rijen[e.dossier.rijen.length - 1]}`;
  const detailId = `d-${id.replace(/[^A-Za-z0-9]/g, "_")}`;
  // Alles wat te laat (en nog in te halen) is en alles wat binnenkort moet; anders de eerstvolgende actie
  // (dossierKaart: dezelfde kern als de scanner en de PW-functies).
  const kaart = dossierKaart(e);
  const acties = el("ul", { class: "acties" });
  for (const c of kaart.acties) acties.append(stapRegel(e, c));
  if (kaart.toelichting !== null) acties.append(el("li", { class: "geen-actie" }, kaart.toelichting));
  const knop = el(
    "button",
    { type: "button", class: "open-dicht", "aria-expanded": String(isUit), "aria-controls": detailId },
    el("span", { class: "naam" }, naam),
    el("span", { class: "week" }, t.ziekteweek !== null ? `week ${t.ziekteweek}` : "hersteld"),
  );
  knop.addEventListener("click", () => {
    if (open.has(id)) open.delete(id);
    else open.add(id);
    teken();
    document.querySelector<HTMLButtonElement>(`[aria-controls="${detailId}"]`)?.focus();
  });
  const li = el("li", { class: "dossier" }, knop, acties);
  if (isUit) {
    const tl = el("ul", { class: "tijdlijn", "aria-label": "Tijdlijn" });
    for (const c of MIJLPAAL_CODES) tl.append(stapRegel(e, c));
    const b = e.beoordeling;
    const riv = el("ul", { class: "checklist", "aria-label": "Onderdelen van het re-integratieverslag" });
    for (const o of b.riv.onderdelen) {
      const s = o.status === "aanwezig" ? "gedaan" : o.status === "te-laat" ? "te-laat-gedaan" : o.status === "ontbreekt" ? "te-laat" : o.status === "onbekend" ? "onbekend" : "nvt";
      const tekst = o.status === "onbekend" ? "onbekend (kolom ontbreekt)" : o.status === "te-laat" ? "aanwezig, te laat" : o.status.replace(/-/g, " ");
      riv.append(el("li", {}, el("span", {}, o.naam + (o.datum !== null ? ` (${formatNL(o.datum)})` : "")), label(s, tekst)));
    }
    const risico = kaart.risicoLabel;
    const redenen = el("ul", { class: "redenen", "aria-label": "Waarom" });
    for (const r of b.loonsanctie.redenen) redenen.append(el("li", {}, r));
    const det = el(
      "div",
      { class: "details", id: detailId },
      el("h3", {}, "Tijdlijn"),
      tl,
      el("h3", {}, "Re-integratieverslag"),
      el("p", { class: "oordeel" }, b.riv.oordeel),
      riv,
      el("h3", {}, "Spoor 2"),
      el("p", { class: "oordeel" }, b.spoor2.oordeel),
      el("h3", {}, "Loonsanctie ", label(risico.soort, risico.tekst)),
    );
    if (b.loonsanctie.redenen.length) det.append(redenen);
    const g = lezing?.registers.find((r) => r.evaluaties.includes(e));
    if (g) det.append(deelkopieKnop(g, e, naam));
    li.append(det);
  }
  return li;
}

/**
 * "Deelkopie voor deze werknemer": een NIEUWE werkmap met alleen de rijen van deze werknemer en alleen de
 * kolommen die mee mogen (dezelfde keuze en dezelfde code als `scan --deelkopie --werknemer`: src/pakket/,
 * lui geladen), met dezelfde kleuren. Geopend met Excel.createWorkbook; kan deze Excel dat niet, dan als
 * download. Er gaat niets naar buiten: de werkmap wordt in het taakvenster gemaakt.
 */
function deelkopieKnop(g: GevondenRegister, e: DossierEvaluatie, naam: string): HTMLElement {
  const k = el("button", { type: "button", class: "knop klein deelkopie" }, "Deelkopie voor deze werknemer");
  k.addEventListener("click", () => void maakDeelkopieVoor(g, e, naam));
  return el(
    "p",
    { class: "deelkopie-regel" },
    k,
    el("span", { class: "uitleg" }, "Een nieuwe werkmap met alleen deze werknemer, zonder interne, medische en contactkolommen, met dezelfde kleuren."),
  );
}

/** Als het script van de deelkopie niet laadt (bijvoorbeeld een nieuwe versie op de server, of geen verbinding). */
export const LAADFOUT_DEELKOPIE = "Het onderdeel voor de deelkopie kon niet worden geladen. Sluit het taakvenster, open het opnieuw en probeer het nog eens.";
let deelkopie: typeof import("./deelkopie.js") | null = null;

/**
 * Lui: het maken van de deelkopie (src/taskpane/deelkopie.ts), het lezen van de rijen met Office.js en de
 * pakketlaag (fflate, XML) komen pas als iemand een deelkopie vraagt, samen in één eigen script (deelkopie.js).
 */
async function maakDeelkopieVoor(g: GevondenRegister, e: DossierEvaluatie, naam: string): Promise<void> {
  const l = lezing;
  if (!l || bezig) return;
  if (!deelkopie) {
    status("Het onderdeel voor de deelkopie wordt geladen…");
    try {
      deelkopie = await import(/* webpackChunkName: "deelkopie" */ "./deelkopie.js");
    } catch {
      status(LAADFOUT_DEELKOPIE);
      return;
    }
  }
  await deelkopie.maakDeelkopie(g, e, naam, { lezing: l, peildatum: peildatum(), voerUit });
}

/** Lege toestand: geen register gevonden. Zegt wat te doen, met de koppen die wel gezien zijn. */
function toonGeenRegister(l: WerkmapLezing): HTMLElement {
  const vak = el(
    "div",
    { class: "leeg-vak" },
    el("h3", {}, "Geen verzuimregister gevonden"),
    el(
      "p",
      {},
      "Zet boven uw gegevens een kopregel met ten minste “Werknemer” (of “Personeelsnummer”) en “Eerste ziektedag”, het liefst als Excel-tabel (Invoegen → Tabel). Kies daarna ",
      el("strong", {}, "Vernieuwen"),
      ".",
    ),
  );
  if (l.nietHerkend.length) {
    vak.append(kolomkeuzeVoorGezien(l));
  } else {
    vak.append(el("p", {}, "De werkmap bevat geen bladen met tekst in de bovenste rijen."));
  }
  // De hulppagina staat naast dit taakvenster (dist/help.html); geen paden uit de broncode.
  vak.append(
    el(
      "p",
      {},
      "Welke koppen herkend worden, staat in de ",
      el("a", { href: "help.html#kolommen", target: "_blank", rel: "noopener" }, "hulp bij de kolommen"),
      "; daar vindt u ook een leeg ",
      el("a", { href: "verzuimregister-sjabloon.xlsx", download: "" }, "sjabloon"),
      " om mee te beginnen.",
    ),
  );
  return vak;
}

function toonLegenda(horizon: number) {
  const lijst = $("legenda");
  lijst.replaceChildren();
  for (const r of legenda(horizon)) lijst.append(el("li", {}, el("span", { class: `staal s-${r.soort}`, "aria-hidden": "true" }), r.tekst));
}

/**
 * "Verzuimcijfers dit jaar" staat dichtgeklapt; pas bij openklappen laadt het venster de weergave (cijfers.ts,
 * met de grafiek en de agenda) als eigen script cijfers.js, zoals de deelkopie: zo blijft het script van de
 * pagina kleiner. Daarna tekent het de cijfers bij elke nieuwe lezing zolang de weergave open is.
 */
let cijfersVan: WerkmapLezing | null = null;

async function toonCijfersLui(): Promise<void> {
  const l = lezing;
  const uitklap = $<HTMLDetailsElement>("cijfers-uitklap");
  if (!l || !uitklap.open || cijfersVan === l) return;
  const melding = $("cijfers-laden");
  melding.textContent = "Verzuimcijfers laden…";
  melding.hidden = false;
  try {
    const { toonCijfers } = await import(/* webpackChunkName: "cijfers" */ "./cijfers.js");
    // Intussen opnieuw gelezen of dichtgeklapt: de nieuwste lezing tekent zelf.
    if (lezing !== l || !uitklap.open) return;
    toonCijfers(l, peildatum());
    cijfersVan = l;
    melding.hidden = true;
    melding.textContent = "";
  } catch {
    melding.textContent = "De verzuimcijfers konden niet worden geladen. Klap ze dicht en weer open om het opnieuw te proberen, of sluit het taakvenster en open het opnieuw.";
  }
}

function teken() {
  const lijst = $("dossiers");
  lijst.replaceChildren();
  const problemen = $("problemen");
  problemen.replaceChildren();
  const meldingen = $("meldingen");
  meldingen.replaceChildren();
  if (!lezing) return;
  const heeftRegister = lezing.registers.length > 0;
  document.body.classList.toggle("zonder-register", !heeftRegister);
  for (const m of lezing.meldingen) meldingen.append(el("li", {}, m));
  // Een archiefblad (alleen afgesloten meldingen) is geschiedenis: zeggen dat het zo gelezen is.
  for (const g of lezing.registers) {
    const a = archiefTekst(g.register);
    if (a) meldingen.append(el("li", { class: "neutraal" }, a));
  }
  // Kolommen (kern, zoals de scanner): een register dat niet te beoordelen is, en koppen die niet gebruikt zijn.
  for (const g of lezing.registers) {
    const blad = g.register.blad ?? "Register";
    if (g.register.nietTeBeoordelen) meldingen.append(el("li", {}, `${blad}: ${g.register.nietTeBeoordelen}`));
    const regel = nietGebruiktRegel(g.register.nietGebruikt ?? []);
    if (regel) meldingen.append(el("li", { class: "neutraal" }, `${blad}: ${regel}`));
    // Kolomkeuze: een kop die niet (of niet goed) herkend is, koppelt de gebruiker zelf aan een stap, of zet hem
    // op "niet gebruiken". De keuze staat in de werkmap; de scanner leest dezelfde keuze.
    for (const k of g.register.nietGebruikt ?? []) {
      if (k.reden === "privacy") continue;
      meldingen.append(kolomkeuzeRegel(blad, k.kop, k.reden === "keuze" ? "niet gebruiken" : (k.bedoeldeU[0] ?? "")));
    }
  }
  for (const [kop, doel] of Object.entries(lezing.instellingen.kolommen ?? {})) {
    const vergeet = el("button", { type: "button", class: "knop klein" }, "Vergeet");
    vergeet.addEventListener("click", () => void bewaarKolomkeuze([kop, null]));
    meldingen.append(el("li", { class: "neutraal" }, `Uw kolomkeuze: "${kop}" → ${doel} `, vergeet));
  }
  // Stappen zonder kolom, per register één melding (neutraal: onbekend is niet te laat).
  for (const g of lezing.registers) {
    const onbekend = MIJLPAAL_CODES.filter((c) => g.evaluaties.some((e) => geenKolomVoor(e, c)));
    if (onbekend.length) {
      meldingen.append(
        el(
          "li",
          { class: "neutraal" },
          `${g.register.blad ?? "Register"}: geen kolom voor ${onbekend.map((c) => MIJLPAAL_NAAM[c]).join(", ")}. Die stappen zijn onbekend, nooit te laat; hun termijn staat ter informatie in de tijdlijn.`,
        ),
      );
    }
  }
  let teLaat = 0;
  let binnenkort = 0;
  let aantalOpen = 0;
  const rijen: { blad: string; e: DossierEvaluatie }[] = [];
  for (const g of lezing.registers) {
    const blad = g.register.blad ?? "";
    for (const e of g.evaluaties) {
      const kaart = dossierKaart(e);
      if (!kaart.open) continue;
      aantalOpen++;
      const laat = kaart.teLaat;
      const gauw = kaart.binnenkort;
      if (laat) teLaat++;
      if (gauw) binnenkort++;
      if (filter === "te-laat" && !laat) continue;
      if (filter === "binnenkort" && !gauw) continue;
      rijen.push({ blad, e });
    }
  }
  rijen.sort((a, b) => (a.e.volgende?.uiterlijk ?? Infinity) - (b.e.volgende?.uiterlijk ?? Infinity));
  for (const r of rijen) lijst.append(toonDossier(r.blad, r.e));
  if (!heeftRegister) lijst.append(el("li", { class: "leeg" }, toonGeenRegister(lezing)));
  else if (rijen.length === 0) lijst.append(el("li", { class: "leeg" }, aantalOpen ? "Geen dossiers in deze selectie." : "Geen open dossiers."));
  for (const [id, n] of [["n-te-laat", teLaat], ["n-binnenkort", binnenkort], ["n-open", aantalOpen]] as const) {
    $(id).textContent = String(n);
    // Een teller op 0 is neutraal: geen rood of oranje vlak als er niets te laat of binnenkort is.
    $(id).parentElement?.classList.toggle("nul", n === 0);
  }
  toonLegenda(lezing.instellingen.horizonDagen);
  $("cijfers-sectie").hidden = !heeftRegister;
  if (heeftRegister) void toonCijfersLui();

  let n = 0;
  for (const g of lezing.registers) {
    const blad = g.register.blad ?? "";
    for (const p of g.problemen) {
      n++;
      problemen.append(el("li", {}, probleemKnop(blad, p)));
    }
  }
  if (n === 0) problemen.append(el("li", { class: "leeg" }, heeftRegister ? "Geen problemen gevonden." : "Nog geen register gelezen."));
  $("n-problemen").textContent = String(n);
  $("n-problemen").setAttribute("aria-label", aantal(n, "probleem", "problemen"));
  for (const b of document.querySelectorAll<HTMLButtonElement>(".filter")) b.setAttribute("aria-pressed", String(b.dataset.filter === filter));
}

function probleemKnop(blad: string, p: Probleem): HTMLElement {
  const tekst = beschrijfProbleem(p);
  const adres = p.rij !== undefined && p.kolomLetter ? `${p.kolomLetter}${p.rij}` : p.rij !== undefined ? `A${p.rij}` : null;
  if (!adres) return el("span", {}, tekst);
  const k = el("button", { type: "button", class: p.ernst, title: `Selecteer ${blad}!${adres}` }, tekst);
  k.addEventListener("click", () => void voerUit(`Cel ${adres} geselecteerd.`, (ctx) => selecteerCel(ctx, blad, adres)));
  return k;
}

async function voerUit<T>(klaar: string | ((r: T) => string), werk: (ctx: Excel.RequestContext) => Promise<T>): Promise<T | null> {
  if (bezig) return null;
  bezig = true;
  luisteraar?.stil(true);
  for (const b of document.querySelectorAll<HTMLButtonElement>(".knoppen button")) b.disabled = true;
  try {
    const r = await Excel.run(werk);
    status(typeof klaar === "string" ? klaar : klaar(r));
    return r;
  } catch (e) {
    status(foutTekst(e));
    return null;
  } finally {
    bezig = false;
    for (const b of document.querySelectorAll<HTMLButtonElement>(".knoppen button")) b.disabled = false;
    setTimeout(() => luisteraar?.stil(false), 1000);
  }
}

function zetInstellingen(i: Instellingen) {
  $<HTMLInputElement>("horizon").value = String(i.horizonDagen);
  $<HTMLSelectElement>("paTermijn").value = i.paTermijn;
  $<HTMLInputElement>("arbo").checked = i.toonArboAdvies;
  $<HTMLInputElement>("medewerkers").value = i.medewerkers ? String(i.medewerkers) : "";
}

function samenvatting(l: WerkmapLezing): string {
  const n = l.registers.reduce((s, g) => s + g.evaluaties.length, 0);
  if (!l.registers.length) return "Geen verzuimregister gevonden in deze werkmap.";
  const live = l.registers.filter((g) => !g.register.archief).map((g) => g.register.blad);
  const archief = l.registers.filter((g) => g.register.archief).map((g) => g.register.blad);
  return `${aantal(n, "dossier", "dossiers")} gelezen uit ${live.join(", ") || "geen gewoon blad"}${archief.length ? `; als archief gelezen: ${archief.join(", ")}` : ""}.`;
}

/**
 * Deel de kopregels van de gelezen registers met de PW-rijfuncties (gedeelde runtime) en herbereken als ze
 * veranderd zijn: een `=PW.RIVSTATUS(Verzuim[@])` die nog #WAARDE! gaf, rekent dan met de echte kolommen.
 */
async function deelRegisters(l: WerkmapLezing) {
  const veranderd = deelKopregels(
    l.registers.map((g) => ({ blad: g.register.blad ?? "", koprij: g.register.koprij, koppen: g.register.kolommen.map((k) => ({ kolom: k.kolom, kop: k.kop })) })),
  );
  if (!veranderd) return;
  try {
    await Excel.run((ctx) => herbereken(ctx));
  } catch {
    // Herberekenen is een gemak: de functies zijn vluchtig en rekenen bij de volgende wijziging opnieuw.
  }
}

function nieuweLezing(l: WerkmapLezing) {
  lezing = l;
  teken();
  void deelRegisters(l);
}

export async function vernieuw(): Promise<void> {
  const l = await voerUit((x: WerkmapLezing) => samenvatting(x), (ctx) => leesWerkmap(ctx, peildatum()));
  if (l) {
    zetInstellingen(l.instellingen);
    nieuweLezing(l);
  }
}

/**
 * De schrijfkant (Markeer termijnen, Markering verwijderen: src/office/markeren.ts) is een eigen, lui geladen
 * script markeren.js: het venster heeft haar pas nodig als u markeert (of een markering bijwerkt).
 */
let markeren: typeof import("../office/markeren.js") | null = null;
export const LAADFOUT_MARKEREN = "Het onderdeel voor de markering kon niet worden geladen. Sluit het taakvenster, open het opnieuw en probeer het nog eens.";

async function laadMarkeren(): Promise<typeof import("../office/markeren.js")> {
  if (markeren) return markeren;
  status("Het onderdeel voor de markering wordt geladen…");
  try {
    markeren = await import(/* webpackChunkName: "markeren" */ "../office/markeren.js");
  } catch {
    throw new WerkmapFout(LAADFOUT_MARKEREN);
  }
  return markeren;
}

export async function markeer(): Promise<void> {
  const r = await voerUit(
    (x: MarkeerResultaat) =>
      x.plannen.length ? `Termijnen gemarkeerd: ${aantal(x.regels, "opmaakregel", "opmaakregels")} in ${x.plannen.map((p) => p.blad).join(", ")}.` : "Geen register om te markeren.",
    async (ctx) => (await laadMarkeren()).markeerTermijnen(ctx, peildatum()),
  );
  if (r) nieuweLezing(r.lezing);
}

async function verwijder(): Promise<void> {
  const r = await voerUit(
    (x: VerwijderResultaat) =>
      `Markering verwijderd (${aantal(x.regels, "opmaakregel", "opmaakregels")}, ${aantal(x.namen, "naam", "namen")}, ${aantal(x.bladen, "blad", "bladen")} van de invoegtoepassing).`,
    async (ctx) => (await laadMarkeren()).verwijderMarkering(ctx),
  );
  if (r && lezing) lezing = { ...lezing, gemarkeerd: false };
}

/** Eén regel met een keuzelijst: kolom "kop" koppelen aan een kop van het sjabloon of "niet gebruiken". */
function kolomkeuzeRegel(blad: string, kop: string, voorstel: string): HTMLLIElement {
  const keuze = keuzeLijst(blad, kop, voorstel);
  return el("li", { class: "neutraal kolomkeuze" }, `${blad}: kolom "${kop}" gebruiken als `, keuze, " ", bewaarKnop([[kop, keuze]]));
}

/** De keuzelijst voor één kolom: "kies…", "niet gebruiken" en elke kop van het sjabloon; "voorstel" staat vooraf gekozen. */
function keuzeLijst(blad: string, kop: string, voorstel: string): HTMLSelectElement {
  const keuze = el("select", { "aria-label": `Kolom "${kop}" op blad ${blad} gebruiken als` }, el("option", { value: "" }, "kies…"));
  for (const o of keuzeOpties()) {
    const optie = el("option", { value: o }, o);
    if (o === voorstel) optie.selected = true;
    keuze.append(optie);
  }
  return keuze;
}

/**
 * De koppen die gezien zijn op bladen zonder herkend register, met "bedoelde u …?" (dezelfde tekst als de scanner),
 * elk met een keuzelijst (dezelfde als bij een herkend register), en één knop Bewaar voor alle keuzes samen; daarna
 * leest het taakvenster de werkmap opnieuw.
 */
function kolomkeuzeVoorGezien(l: WerkmapLezing): HTMLElement {
  const lijst = el("ul", { class: "gezien kolomkeuze-lijst" });
  const keuzes: [string, HTMLSelectElement][] = [];
  for (const n of l.nietHerkend) {
    for (const kop of n.koppen) {
      const keuze = keuzeLijst(n.blad, kop, l.instellingen.kolommen?.[kop] ?? "");
      keuzes.push([kop, keuze]);
      lijst.append(el("li", {}, `${n.blad}: ${gezieneKop(kop)} is `, keuze));
    }
  }
  return el("div", {}, el("p", {}, "Gezien, maar niet herkend als register. Of kies zelf wat elke kolom is en kies Bewaar:"), lijst, bewaarKnop(keuzes));
}

/** Knop Bewaar bij één of meer keuzelijsten: bewaart elke kolom waarvoor iets gekozen is, in één keer. */
function bewaarKnop(keuzes: [string, HTMLSelectElement][]): HTMLButtonElement {
  const knop = el("button", { type: "button", class: "knop klein" }, "Bewaar");
  knop.addEventListener("click", () => {
    const gekozen = keuzes.filter(([, k]) => k.value).map(([kop, k]): [string, string] => [kop, k.value]);
    if (gekozen.length) void bewaarKolomkeuze(...gekozen);
    else status("Kies eerst waarvoor de kolom dient.");
  });
  return knop;
}

/** Bewaart de gewijzigde kolomkeuze (één of meer kolommen) in de werkmap, met de andere instellingen, en leest het register opnieuw. */
async function bewaarKolomkeuze(...wijzigingen: [string, string | null][]): Promise<void> {
  if (!lezing) return;
  let kolommen = lezing.instellingen.kolommen;
  for (const [kop, doel] of wijzigingen) kolommen = wijzigKeuze(kolommen, kop, doel);
  const instellingen: Instellingen = { ...lezing.instellingen, kolommen };
  if (instellingen.kolommen === undefined) delete instellingen.kolommen;
  const gelukt = await voerUit("Kolomkeuze bewaard in de werkmap.", (ctx) => bewaarInstellingen(ctx, instellingen));
  if (gelukt === null) return;
  if (lezing.gemarkeerd) await markeer();
  else await vernieuw();
}

async function opslaan(ev: Event) {
  ev.preventDefault();
  const { instellingen, meldingen } = leesInstellingen({
    horizonDagen: Number($<HTMLInputElement>("horizon").value),
    paTermijn: $<HTMLSelectElement>("paTermijn").value,
    toonArboAdvies: $<HTMLInputElement>("arbo").checked,
    medewerkers: $<HTMLInputElement>("medewerkers").value.trim() === "" ? null : Number($<HTMLInputElement>("medewerkers").value),
    // De kolomkeuze staat niet in dit formulier; bewaren laat haar staan.
    ...(lezing?.instellingen.kolommen ? { kolommen: lezing.instellingen.kolommen } : {}),
  });
  if (meldingen.length) {
    status(meldingen.join(" "));
    return;
  }
  await voerUit("Instellingen bewaard in de werkmap.", (ctx) => bewaarInstellingen(ctx, instellingen));
  if (lezing?.gemarkeerd) await markeer();
  else await vernieuw();
}

/**
 * Werkbalk volgens het WAI-ARIA-patroon "toolbar": één tabstop (roving tabindex), pijltjes links/rechts
 * (en omhoog/omlaag), Home en End verplaatsen de focus tussen de knoppen.
 */
export function maakWerkbalk(balk: HTMLElement) {
  const knoppen = () => [...balk.querySelectorAll<HTMLButtonElement>("button")];
  const zet = (doel: HTMLButtonElement) => {
    for (const k of knoppen()) k.tabIndex = k === doel ? 0 : -1;
  };
  const eerste = knoppen()[0];
  if (eerste) zet(eerste);
  balk.addEventListener("focusin", (e) => {
    if (e.target instanceof HTMLButtonElement) zet(e.target);
  });
  balk.addEventListener("keydown", (e) => {
    const lijst = knoppen();
    const i = lijst.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    let j: number;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") j = (i + 1) % lijst.length;
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") j = (i - 1 + lijst.length) % lijst.length;
    else if (e.key === "Home") j = 0;
    else if (e.key === "End") j = lijst.length - 1;
    else return;
    e.preventDefault();
    zet(lijst[j]);
    lijst[j].focus();
  });
}

/** Is deze kleur (#rrggbb) donker? Voor het thema van Office. */
export function isDonker(kleur: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(kleur ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Het thema van Office (licht/donker; Office.context.officeTheme, waar beschikbaar) gaat voor de
 * systeeminstelling (prefers-color-scheme, in de css).
 */
function volgThema() {
  try {
    const thema = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme;
    if (thema?.bodyBackgroundColor) document.documentElement.dataset.thema = isDonker(thema.bodyBackgroundColor) ? "donker" : "licht";
  } catch {
    // Geen thema-informatie: de systeeminstelling geldt.
  }
}

function start() {
  volgThema();
  $("peildatum").textContent = `Peildatum ${formatNL(peildatum())}`;
  maakWerkbalk($("werkbalk"));
  $("vernieuwen").addEventListener("click", () => void vernieuw());
  $("markeer").addEventListener("click", () => void markeer());
  $("verwijder").addEventListener("click", () => void verwijder());
  $("instellingen-form").addEventListener("submit", (e) => void opslaan(e));
  $("cijfers-uitklap").addEventListener("toggle", () => void toonCijfersLui());
  for (const b of document.querySelectorAll<HTMLButtonElement>(".filter")) {
    b.addEventListener("click", () => {
      filter = (b.dataset.filter as Filter) ?? "alle";
      teken();
    });
  }
  void vernieuw().then(async () => {
    try {
      await Excel.run(async (ctx) => {
        luisteraar = await luisterNaarWijzigingen(ctx, () => void (lezing?.gemarkeerd ? markeer() : vernieuw()));
      });
    } catch {
      // Oudere Excel zonder wijzigingsgebeurtenissen: handmatig vernieuwen blijft werken.
    }
  });
}

/** Wat het venster zegt als het niet in Excel draait (in een gewone browser, of office.js laadde niet). */
export const BUITEN_EXCEL =
  "Poortwachter werkt alleen in Excel. Open de werkmap in Excel (op uw computer of op het web) en kies Start → Verzuimdossiers; in een gewone browser is er geen werkmap om te lezen.";

function buitenExcel() {
  status(BUITEN_EXCEL);
  for (const id of ["vernieuwen", "markeer", "verwijder"]) document.getElementById(id)?.setAttribute("disabled", "");
}

// Buiten Office roept office.js onReady aan zonder host (host en platform null); zonder office.js (geen
// verbinding met Microsofts CDN) bestaat `Office` niet. In beide gevallen een Nederlandse melding, geen fout.
if (typeof Office === "undefined") buitenExcel();
else
  void Office.onReady((info) => {
    if (info?.host === Office.HostType.Excel) start();
    else buitenExcel();
  });
