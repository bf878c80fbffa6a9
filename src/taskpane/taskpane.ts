/**
 * Taakvenster: het dossieroverzicht (wat moet er deze week gebeuren), de problemen in het register,
 * "Markeer termijnen" / "Markering verwijderen" en de instellingen in de werkmap.
 * Alle Excel-toegang loopt via src/office/werkmap.ts; alle regels via de zuivere kern.
 */
import { formatNL, vandaag, type Dag } from "../core/dagen";
import type { Instellingen } from "../core/instellingen";
import { leesInstellingen } from "../core/instellingen-lezen";
import { MIJLPAAL_CODES, MIJLPAAL_NAAM, STATUS_TEKST, type Status } from "../core/mijlpalen";
import { beschrijfProbleem, type Probleem } from "../core/problemen";
import type { DossierEvaluatie } from "../core/pipeline";
import { bewaarInstellingen, leesWerkmap, luisterNaarWijzigingen, markeerTermijnen, selecteerCel, verwijderMarkering, type WerkmapLezing } from "../office/werkmap";


type Filter = "te-laat" | "binnenkort" | "alle";

let lezing: WerkmapLezing | null = null;
let filter: Filter = "alle";
let bezig = false;
let luisteraar: { stil: (aan: boolean) => void } | null = null;
const open = new Set<string>();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...kinderen: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const k of kinderen) e.append(k);
  return e;
}

function status(tekst: string) {
  $("status").textContent = tekst;
}

function peildatum(): Dag {
  return vandaag();
}

function heeftStatus(e: DossierEvaluatie, s: Status): boolean {
  return MIJLPAAL_CODES.some((c) => e.tijdlijn.mijlpalen[c].status === s);
}

function isOpen(e: DossierEvaluatie): boolean {
  return e.tijdlijn.hersteldatum === null || heeftStatus(e, "te-laat");
}

function label(s: string, tekst: string) {
  return el("span", { class: `label s-${s}` }, tekst);
}

function sleutel(blad: string, e: DossierEvaluatie) {
  return `${blad}|${e.dossier.rijen.join(",")}`;
}

function toonDossier(blad: string, e: DossierEvaluatie): HTMLLIElement {
  const t = e.tijdlijn;
  const id = sleutel(blad, e);
  const isUit = open.has(id);
  const naam = e.dossier.werknemer ?? e.dossier.personeelsnummer ?? `rij ${e.dossier.rijen[e.dossier.rijen.length - 1]}`;
  const v = e.volgende;
  const detailId = `d-${id.replace(/[^A-Za-z0-9]/g, "_")}`;
  const knop = el(
    "button",
    { type: "button", class: "open-dicht", "aria-expanded": String(isUit), "aria-controls": detailId },
    el("span", { class: "naam" }, naam),
    el("span", { class: "week" }, t.ziekteweek !== null ? `week ${t.ziekteweek}` : "hersteld"),
    el(
      "span",
      { class: "actie" },
      ...(v ? [`${MIJLPAAL_NAAM[v.code]}: ${formatNL(v.uiterlijk)} `, label(v.status, STATUS_TEKST[v.status])] : ["Geen open actie"]),
    ),
  );
  knop.addEventListener("click", () => {
    if (open.has(id)) open.delete(id);
    else open.add(id);
    teken();
    document.querySelector<HTMLButtonElement>(`[aria-controls="${detailId}"]`)?.focus();
  });
  const li = el("li", { class: "dossier" }, knop);
  if (isUit) {
    const tl = el("ol", { class: "tijdlijn", "aria-label": "Tijdlijn" });
    for (const c of MIJLPAAL_CODES) {
      const m = t.mijlpalen[c];
      const datum = m.gedaan !== null ? `gedaan ${formatNL(m.gedaan)}` : m.status === "nvt" ? "" : `uiterlijk ${formatNL(m.uiterlijk)}`;
      tl.append(el("li", { class: `s-${m.status}` }, el("span", {}, `${MIJLPAAL_NAAM[c]}${datum ? " — " + datum : ""}`), label(m.status, STATUS_TEKST[m.status])));
    }
    const b = e.beoordeling;
    const riv = el("ul", { class: "checklist", "aria-label": "Re-integratieverslag" });
    for (const o of b.riv.onderdelen) {
      const s = o.status === "aanwezig" ? "gedaan" : o.status === "te-laat" ? "te-laat-gedaan" : o.status === "ontbreekt" ? "te-laat" : "nvt";
      riv.append(el("li", {}, el("span", {}, o.naam + (o.datum !== null ? ` (${formatNL(o.datum)})` : "")), label(s, o.status.replace(/-/g, " "))));
    }
    const det = el(
      "div",
      { class: "details", id: detailId },
      el("h3", {}, "Tijdlijn"),
      tl,
      el("p", { class: "oordeel" }, `Laatste dag loondoorbetaling: ${formatNL(t.laatsteDagLoondoorbetaling)}`),
      el("h3", {}, "Re-integratieverslag"),
      el("p", { class: "oordeel" }, b.riv.oordeel),
      riv,
      el("h3", {}, "Spoor 2"),
      el("p", { class: "oordeel" }, b.spoor2.oordeel),
      el("h3", {}, "Loonsanctierisico"),
      el("p", { class: "oordeel" }, `${b.loonsanctie.risico}${b.loonsanctie.redenen.length ? ": " + b.loonsanctie.redenen.join("; ") : ""}`),
    );
    li.append(det);
  }
  return li;
}

function teken() {
  const lijst = $("dossiers");
  lijst.replaceChildren();
  const problemen = $("problemen");
  problemen.replaceChildren();
  const meldingen = $("meldingen");
  meldingen.replaceChildren();
  if (!lezing) return;
  for (const m of lezing.meldingen) meldingen.append(el("li", {}, m));
  let teLaat = 0;
  let binnenkort = 0;
  let aantalOpen = 0;
  const rijen: { blad: string; e: DossierEvaluatie }[] = [];
  for (const g of lezing.registers) {
    const blad = g.register.blad ?? "";
    for (const e of g.evaluaties) {
      for (const c of MIJLPAAL_CODES) {
        const s = e.tijdlijn.mijlpalen[c].status;
        if (s === "te-laat") teLaat++;
        if (s === "binnenkort") binnenkort++;
      }
      if (!isOpen(e)) continue;
      aantalOpen++;
      if (filter === "te-laat" && !heeftStatus(e, "te-laat")) continue;
      if (filter === "binnenkort" && !heeftStatus(e, "binnenkort")) continue;
      rijen.push({ blad, e });
    }
  }
  rijen.sort((a, b) => (a.e.volgende?.uiterlijk ?? Infinity) - (b.e.volgende?.uiterlijk ?? Infinity));
  for (const r of rijen) lijst.append(toonDossier(r.blad, r.e));
  if (rijen.length === 0) lijst.append(el("li", { class: "leeg" }, lezing.registers.length ? "Geen dossiers in deze selectie." : "Geen verzuimregister gevonden in deze werkmap."));
  $("n-te-laat").textContent = String(teLaat);
  $("n-binnenkort").textContent = String(binnenkort);
  $("n-open").textContent = String(aantalOpen);

  let n = 0;
  for (const g of lezing.registers) {
    const blad = g.register.blad ?? "";
    for (const p of g.problemen) {
      n++;
      problemen.append(el("li", {}, probleemKnop(blad, p)));
    }
  }
  if (n === 0) problemen.append(el("li", { class: "leeg" }, "Geen problemen gevonden."));
  $("n-problemen").textContent = String(n);
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
    status(`Er ging iets mis: ${e instanceof Error ? e.message : String(e)}`);
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
}

function samenvatting(l: WerkmapLezing): string {
  const n = l.registers.reduce((s, g) => s + g.evaluaties.length, 0);
  if (!l.registers.length) return "Geen verzuimregister gevonden. Zet kolommen als “Werknemer” en “Eerste ziektedag” in een tabel.";
  return `${n} dossier${n === 1 ? "" : "s"} gelezen uit ${l.registers.map((g) => g.register.blad).join(", ")}.`;
}

export async function vernieuw(): Promise<void> {
  const l = await voerUit((x: WerkmapLezing) => samenvatting(x), (ctx) => leesWerkmap(ctx, peildatum()));
  if (l) {
    lezing = l;
    zetInstellingen(l.instellingen);
    teken();
  }
}

export async function markeer(): Promise<void> {
  const r = await voerUit(
    (x: Awaited<ReturnType<typeof markeerTermijnen>>) =>
      x.plannen.length ? `Termijnen gemarkeerd: ${x.regels} opmaakregels in ${x.plannen.map((p) => p.blad).join(", ")}.` : "Geen register om te markeren.",
    (ctx) => markeerTermijnen(ctx, peildatum()),
  );
  if (r) {
    lezing = r.lezing;
    teken();
  }
}

async function verwijder(): Promise<void> {
  const r = await voerUit(
    (x: Awaited<ReturnType<typeof verwijderMarkering>>) => `Markering verwijderd (${x.regels} opmaakregels, ${x.namen} namen, ${x.bladen} verborgen bladen).`,
    (ctx) => verwijderMarkering(ctx),
  );
  if (r && lezing) lezing = { ...lezing, gemarkeerd: false };
}

async function opslaan(ev: Event) {
  ev.preventDefault();
  const { instellingen, meldingen } = leesInstellingen({
    horizonDagen: Number($<HTMLInputElement>("horizon").value),
    paTermijn: $<HTMLSelectElement>("paTermijn").value,
    toonArboAdvies: $<HTMLInputElement>("arbo").checked,
  });
  if (meldingen.length) {
    status(meldingen.join(" "));
    return;
  }
  await voerUit("Instellingen bewaard in de werkmap.", (ctx) => bewaarInstellingen(ctx, instellingen));
  if (lezing?.gemarkeerd) await markeer();
  else await vernieuw();
}

function start() {
  $("peildatum").textContent = `Peildatum ${formatNL(peildatum())}`;
  $("vernieuwen").addEventListener("click", () => void vernieuw());
  $("markeer").addEventListener("click", () => void markeer());
  $("verwijder").addEventListener("click", () => void verwijder());
  $("instellingen-form").addEventListener("submit", (e) => void opslaan(e));
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

Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) start();
  else status("Open dit taakvenster in Excel.");
});
