/**
 * Rijen groeperen tot dossiers: rijen van dezelfde werknemer (personeelsnummer, anders de genormaliseerde
 * naam) worden ketens van samengetelde perioden — met dezelfde regel als de engine (regels/samentellen.ts:
 * BW 7:629 lid 10, ook over WAZO-verlof); perioden die niet samentellen, worden aparte dossiers. Dubbele rijen
 * (zelfde werknemer, zelfde eerste ziektedag) worden gemeld.
 */
import type { Dag } from "../dagen";
import { formatNL } from "../dagen";
import { Int32Lijst } from "../int32lijst";
import type { DossierGegevens, RegisterDossier } from "../dossier";
import type { MijlpaalCode } from "../mijlpalen";
import type { Probleem } from "../problemen";
import { maxGatOp, nieuwHerstel, sluitAan, type Interval } from "../regels/samentellen";
import type { DossierInvoer } from "../tijdlijn";
import { herkenUitzondering, scheidNvt, scheidZonderDatum } from "./cellen";
import { V, type Kaart } from "./kaart";
import { MIJLPAAL_VELD, type Veld } from "./kolommen";
import type { RijOpslag } from "./opslag";
import { celProbleem, type GelezenRij } from "./rij";

export const MIJLPAAL_VELDEN = Object.entries(MIJLPAAL_VELD) as [Veld, MijlpaalCode][];

/** De waarde van een veld (index V) in de keten: uit de huidige rij, anders de laatste ingevulde eerdere rij. */
function ketenWaarde(keten: readonly GelezenRij[], idx: number): unknown {
  for (let i = keten.length - 1; i >= 0; i--) {
    const w = keten[i].waarden[idx];
    if (w !== null && w !== undefined) return w;
  }
  return null;
}

/**
 * Eén keten (gesorteerd op eerste ziektedag; de laatste is de huidige periode) → RegisterDossier.
 * `ketenAanwezig` (keten over bladen): per veld of een van de bladen van de keten de kolom heeft; waarden
 * uit de keten (w) gebruiken dat, de huidige periode en de kolomplekken de kaart van haar eigen blad.
 */
export function maakDossier(keten: readonly GelezenRij[], kaart: Kaart, ketenAanwezig: readonly boolean[] = kaart.aanwezig): RegisterDossier {
  const cur = keten[keten.length - 1];
  const aanwezig = kaart.aanwezig;
  // Waarde van een veld: undefined als de kolom ontbreekt (onbekend), anders uit de keten (of null).
  // Met de index (V.arbo), niet de naam: V[naam] per aanroep was een trage opzoeking (issue 22).
  const w = (i: number): unknown => (ketenAanwezig[i] ? ketenWaarde(keten, i) : undefined);
  // Objecten als één literal met vaste sleutels (ontbrekende kolom = undefined): in V8 veel sneller dan
  // sleutel voor sleutel opbouwen, en dezelfde betekenis (undefined = onbekend).
  const gedaan: Partial<Record<MijlpaalCode, Dag | null>> = {
    ARBO: w(V.arbo) as Dag | null | undefined,
    PA: w(V.pa) as Dag | null | undefined,
    PVA: w(V.pva) as Dag | null | undefined,
    EVAL: w(V.laatsteEvaluatie) as Dag | null | undefined,
    UWV42: w(V.uwv42) as Dag | null | undefined,
    EJE: w(V.eje) as Dag | null | undefined,
    SPOOR2: w(V.startSpoor2) as Dag | null | undefined,
    AO: w(V.ao) as Dag | null | undefined,
    EINDEVAL: w(V.eindevaluatie) as Dag | null | undefined,
    WIA: w(V.wiaAanvraag) as Dag | null | undefined,
  };
  // "n.v.t." in een mijlpaalcel: de stap is n.v.t. (geen datum).
  const nvt = scheidNvt(gedaan);
  // "ja"/"x" zonder datum: onbekend voor de engine (geen datum), met de reden voor de oppervlakken.
  const zonderDatum = scheidZonderDatum(gedaan);

  let evaluaties: Dag[] | null | undefined;
  if (ketenAanwezig[V.evaluaties]) {
    const alle: Dag[] = [];
    for (const r of keten) {
      const e = r.waarden[V.evaluaties] as Dag[] | null | undefined;
      if (e) alle.push(...e);
    }
    alle.sort((a, b) => a - b);
    evaluaties = alle.length ? alle.filter((x, i) => i === 0 || x !== alle[i - 1]) : null;
    // De laatste evaluatie volgt ook uit de lijst (als die later is dan de kolom "Laatste evaluatie").
    if (alle.length) {
      const laatste = alle[alle.length - 1];
      const ev = gedaan.EVAL;
      if (ev === null || ev === undefined || laatste > ev) gedaan.EVAL = laatste;
    } else if (!ketenAanwezig[V.laatsteEvaluatie]) {
      gedaan.EVAL = null;
    }
  }
  const gegevens: DossierGegevens = {
    evaluaties,
    arbeidsdeskundigOnderzoek: w(V.arbeidsdeskundigOnderzoek) as DossierGegevens["arbeidsdeskundigOnderzoek"],
    reintegratieplanSpoor2: w(V.reintegratieplanSpoor2) as DossierGegevens["reintegratieplanSpoor2"],
    persoonsprofiel: w(V.persoonsprofiel) as DossierGegevens["persoonsprofiel"],
    zoekprofiel: w(V.zoekprofiel) as DossierGegevens["zoekprofiel"],
    rapportagemomenten: w(V.rapportagemomenten) as DossierGegevens["rapportagemomenten"],
    voortgangsrapportageSpoor2: w(V.voortgangsrapportageSpoor2) as DossierGegevens["voortgangsrapportageSpoor2"],
    eindrapportageSpoor2: w(V.eindrapportageSpoor2) as DossierGegevens["eindrapportageSpoor2"],
    visieWerknemer: w(V.visieWerknemer) as DossierGegevens["visieWerknemer"],
    afdeling: w(V.afdeling) as DossierGegevens["afdeling"],
    bevredigendResultaat: w(V.bevredigendResultaat) as DossierGegevens["bevredigendResultaat"],
    uitzonderingSpoor2Tekst: w(V.uitzonderingSpoor2) as DossierGegevens["uitzonderingSpoor2Tekst"],
    belastbaarVanaf: w(V.belastbaarVanaf) as DossierGegevens["belastbaarVanaf"],
    arbeidstherapieVan: w(V.arbeidstherapieVan) as DossierGegevens["arbeidstherapieVan"],
    arbeidstherapieTot: w(V.arbeidstherapieTot) as DossierGegevens["arbeidstherapieTot"],
    arbeidstherapieOnderbouwd: w(V.arbeidstherapieOnderbouwd) as DossierGegevens["arbeidstherapieOnderbouwd"],
    aowDatum: w(V.aowDatum) as DossierGegevens["aowDatum"],
    geenBenutbareMogelijkhedenVan: w(V.geenBenutbareMogelijkhedenVan) as DossierGegevens["geenBenutbareMogelijkhedenVan"],
    geenBenutbareMogelijkhedenTot: w(V.geenBenutbareMogelijkhedenTot) as DossierGegevens["geenBenutbareMogelijkhedenTot"],
  };

  let spoor2Uitzondering: DossierInvoer["spoor2Uitzondering"] = undefined;
  if (ketenAanwezig[V.uitzonderingSpoor2]) {
    const t = gegevens.uitzonderingSpoor2Tekst;
    const u = typeof t === "string" ? herkenUitzondering(t) : null;
    spoor2Uitzondering = u === "onbekend" ? null : u;
  }
  let wazo: Interval[] | undefined;
  if (ketenAanwezig[V.wazoVan] && ketenAanwezig[V.wazoTot]) {
    wazo = [];
    for (const r of keten) {
      const van = r.waarden[V.wazoVan];
      const tot = r.waarden[V.wazoTot];
      if (typeof van === "number" && typeof tot === "number" && !wazo.some((x) => x.van === van && x.tot === tot)) wazo.push({ van, tot });
    }
  }
  const invoer: DossierInvoer = {
    eersteZiektedag: cur.D,
    hersteldatum: aanwezig[V.hersteldatum] ? cur.h : undefined,
    eerderePerioden:
      keten.length > 1 ? keten.slice(0, -1).map((r) => (r.waarden[V.andereOorzaakNaVerlof] === true ? { eersteZiektedag: r.D, hersteldatum: r.h, andereOorzaakNaVerlof: true } : { eersteZiektedag: r.D, hersteldatum: r.h })) : undefined,
    gedaan,
    nvt,
    zonderDatum,
    vrijwilligeVerlengingWeken: w(V.vrijwilligeVerlengingWeken) as number | null | undefined,
    loonsanctieTot: w(V.loonsanctieTot) as Dag | null | undefined,
    bekortingsbesluit: w(V.bekortingsbesluit) as Dag | null | undefined,
    wazo,
    spoor2Uitzondering,
    bevredigendResultaat: gegevens.bevredigendResultaat,
    andereOorzaakNaVerlof: aanwezig[V.andereOorzaakNaVerlof] ? (cur.waarden[V.andereOorzaakNaVerlof] as boolean | null) ?? null : undefined,
    aowDatum: gegevens.aowDatum,
    uitDienstPer: w(V.uitDienstPer) as Dag | null | undefined,
    ivaAanvraag: w(V.ivaAanvraag) as Dag | null | undefined,
    ivaToegekend: w(V.ivaToegekend) as Dag | null | undefined,
    belastbaarVanaf: gegevens.belastbaarVanaf,
  };

  const rijen: number[] = [];
  for (const r of keten) if (r.rij !== undefined) rijen.push(r.rij);
  return {
    rijen,
    werknemer: (ketenWaarde(keten, V.werknemer) as string | null) ?? null,
    personeelsnummer: (ketenWaarde(keten, V.personeelsnummer) as string | null) ?? null,
    invoer,
    gegevens,
    rij: cur.rij ?? null,
    kolommen: kaart.kolomVan,
  };
}

/** De WAZO-verloven die in de rijen van een werknemer staan. */
export function wazoVan(rijen: readonly GelezenRij[]): Interval[] | undefined {
  let uit: Interval[] | undefined;
  for (const r of rijen) uit = wazoErbij(uit, r.waarden[V.wazoVan], r.waarden[V.wazoTot]);
  return uit;
}

function wazoErbij(uit: Interval[] | undefined, van: unknown, tot: unknown): Interval[] | undefined {
  if (typeof van === "number" && typeof tot === "number" && tot >= van) (uit ??= []).push({ van, tot });
  return uit;
}

/**
 * De dossiers van een register, nog niet gemaakt: `maak(j)` maakt dossier j (op registervolgorde) uit zijn
 * rijen. Zo hoeft de scanner niet alle dossiers tegelijk vast te houden (issue 22); wie ze allemaal wil, roept
 * `alleDossiers`.
 */
export interface DossierBron {
  readonly aantal: number;
  maak(j: number): RegisterDossier;
}

export function alleDossiers(bron: DossierBron): RegisterDossier[] {
  const uit: RegisterDossier[] = new Array(bron.aantal);
  for (let j = 0; j < bron.aantal; j++) uit[j] = bron.maak(j);
  return uit;
}

/**
 * Groepeer rijen per werknemer, meld dubbele rijen, en splits elke werknemer in ketens van perioden die
 * samentellen (gat ≤ maxGatOp(dag), wet/samentellen.yaml; BW 7:629 lid 10, WIA art. 23), ook direct vóór en na WAZO-verlof.
 * `alleen`: alleen deze rijen van de opslag (hele werknemers; werkmap.ts geeft zo de werknemers van één blad).
 * De ketens zijn rij-indexen in getypte lijsten; een dossier wordt pas gemaakt als erom gevraagd wordt.
 */
export function groepeer(opslag: RijOpslag, kaart: Kaart, problemen: Probleem[], alleen?: readonly number[]): DossierBron {
  const n = alleen === undefined ? opslag.aantal : alleen.length;
  const rijVan = (k: number) => (alleen === undefined ? k : alleen[k]);
  // Per werknemer de rijen (stabiel, op rijvolgorde), werknemers in volgorde van eerste voorkomen.
  const aantalSleutels = opslag.sleutels.length;
  const start = new Int32Array(aantalSleutels + 1);
  for (let k = 0; k < n; k++) {
    const s = opslag.sleutelNummer(rijVan(k));
    if (s >= 0) start[s + 1]++;
  }
  for (let s = 0; s < aantalSleutels; s++) start[s + 1] += start[s];
  const vul = start.slice(0, aantalSleutels);
  const perSleutel = new Int32Array(start[aantalSleutels]);
  const ketenRijen = new Int32Lijst();
  const ketenBegin = new Int32Lijst();
  for (let k = 0; k < n; k++) {
    const i = rijVan(k);
    const s = opslag.sleutelNummer(i);
    if (s >= 0) perSleutel[vul[s]++] = i;
    else {
      // Zonder werknemer: elke rij apart.
      ketenBegin.push(ketenRijen.length);
      ketenRijen.push(i);
    }
  }
  const dInfo = kaart.perVeld.get("eersteZiektedag")!;
  const keten: number[] = [];
  const sluit = () => {
    if (keten.length === 0) return;
    ketenBegin.push(ketenRijen.length);
    for (const i of keten) ketenRijen.push(i);
    keten.length = 0;
  };
  const g: number[] = [];
  for (let s = 0; s < aantalSleutels; s++) {
    const van = start[s];
    const tot = start[s + 1];
    if (tot - van === 0) continue;
    if (tot - van === 1) {
      ketenBegin.push(ketenRijen.length);
      ketenRijen.push(perSleutel[van]);
      continue;
    }
    g.length = 0;
    for (let p = van; p < tot; p++) g.push(perSleutel[p]);
    g.sort((a, b) => opslag.dag(a) - opslag.dag(b) || opslag.volgnummer(a) - opslag.volgnummer(b));
    let wazo: Interval[] | undefined;
    for (const i of g) wazo = wazoErbij(wazo, opslag.waarde(i, V.wazoVan), opslag.waarde(i, V.wazoTot));
    const maxGat = maxGatOp(opslag.dag(g[0]));
    let herstel: Dag | null = null;
    let vorige = -1;
    for (const r of g) {
      const D = opslag.dag(r);
      if (vorige >= 0 && opslag.dag(vorige) === D) {
        // Zelfde werknemer, zelfde eerste ziektedag: dubbele rij. De eerste (in het werkblad) telt.
        const [eerste, dubbel] = opslag.volgnummer(vorige) < opslag.volgnummer(r) ? [vorige, r] : [r, vorige];
        const eersteRij = opslag.rijNummer(eerste) ?? "?";
        problemen.push(
          celProbleem(
            "DUBBELE_RIJ",
            `deze rij is een dubbele van rij ${eersteRij} (zelfde werknemer, eerste ziektedag ${formatNL(D)}); alleen rij ${eersteRij} is gebruikt.`,
            opslag.rijNummer(dubbel),
            dInfo,
            "waarschuwing",
          ),
        );
        if (dubbel === vorige) {
          keten[keten.length - 1] = r;
          herstel = opslag.herstel(r);
          vorige = r;
        }
        continue;
      }
      // De samentelregel van de engine (regels/samentellen.ts), ook over WAZO-verlof.
      const stand = { laatsteStart: keten.length ? opslag.dag(keten[keten.length - 1]) : D, herstel };
      const a = keten.length === 0 ? "nieuw" : sluitAan(stand, D, wazo, opslag.waarde(r, V.andereOorzaakNaVerlof) === true, maxGat);
      if (a === "nieuw") {
        sluit();
        keten.push(r);
        herstel = opslag.herstel(r);
      } else {
        keten.push(r);
        herstel = nieuwHerstel(stand, a, opslag.herstel(r));
      }
      vorige = r;
    }
    sluit();
  }
  // Op registervolgorde: de keten met de vroegste laatste rij eerst (een rij is de laatste van hooguit één
  // keten, en de opslag staat op rijvolgorde: geen sortering nodig).
  const aantalKetens = ketenBegin.length;
  ketenBegin.push(ketenRijen.length);
  const rijen = ketenRijen.waarden;
  const begin = ketenBegin.waarden;
  const ketenVanLaatste = new Int32Array(opslag.aantal).fill(-1);
  for (let c = 0; c < aantalKetens; c++) ketenVanLaatste[rijen[begin[c + 1] - 1]] = c;
  const volgorde = new Int32Array(aantalKetens);
  let j = 0;
  for (let i = 0; i < opslag.aantal; i++) if (ketenVanLaatste[i] >= 0) volgorde[j++] = ketenVanLaatste[i];
  return {
    aantal: aantalKetens,
    maak(x: number): RegisterDossier {
      const c = volgorde[x];
      const k: GelezenRij[] = [];
      for (let p = begin[c]; p < begin[c + 1]; p++) k.push(opslag.rij(rijen[p]));
      return maakDossier(k, kaart);
    },
  };
}
