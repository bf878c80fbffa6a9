/**
 * Eén werkmap, één personeelsbestand: de registers van alle bladen (en tabellen) van een werkmap samen.
 *
 * - **Samentellen over bladen** (BW 7:629 lid 10; domeinreferentie §3): de perioden van één werknemer op
 *   verschillende bladen (zelfde personeelsnummer, anders dezelfde naam) worden met dezelfde regel als op één
 *   blad (regels/samentellen.ts via dossiers.ts) tot één keten gegroepeerd. Het dossier staat op het blad van
 *   zijn huidige (laatste) periode; de perioden op andere bladen staan in `elders` en tellen mee.
 * - **Archiefbladen**: een blad met alleen afgesloten meldingen (elke rij heeft een hersteldatum of een
 *   datum uit dienst, op of vóór de peildatum) is geschiedenis als zijn naam op een archief wijst
 *   ("Archief 2025", "Historie", "Oud", "Afgesloten") óf als een ander blad van de werkmap open meldingen
 *   heeft. De inhoud beslist, de naam is een hint: een blad "Archief" met een open melding is een gewoon
 *   register (met een waarschuwing), en één blad zonder archiefnaam blijft het register, ook als er even
 *   niemand ziek is. Een archief wordt gelezen voor samentellen en verzuimcijfers, nooit als werk getoond.
 * - Twee perioden van één werknemer op verschillende bladen die elkaar overlappen, of dezelfde melding op
 *   twee bladen, is een probleem met beide bladen en rijen.
 *
 * Zuiver: geen Office, DOM of bestanden.
 */
import type { Dag } from "../dagen";
import { formatNL } from "../dagen";
import type { RegisterDossier } from "../dossier";
import { maxGatOp, nieuwHerstel, sluitAan } from "../regels/samentellen";
import { alleDossiers, groepeer, maakDossier, wazoVan } from "./dossiers";
import { V } from "./kaart";
import { normaliseerKop } from "./kolommen";
import type { ArchiefInfo, Register, RegisterDeel } from "./lezer";
import type { RijOpslag } from "./opslag";
import { celProbleem, type GelezenRij } from "./rij";

/** Bladnamen die op een archief wijzen (alleen een hint: de inhoud beslist). */
const ARCHIEF_NAAM = /(^|[^a-z])(archief|archive|archived|historie|historisch|geschiedenis|oud|oude|afgesloten|afgehandeld|hersteld|gesloten)([^a-z]|$)/i;

/** Wijst de naam van een blad op een archief? */
export function isArchiefNaam(blad: string | undefined): boolean {
  return blad !== undefined && ARCHIEF_NAAM.test(blad.normalize("NFKC"));
}

/** Is de melding afgesloten op de peildatum: hersteld, of uit dienst? */
export function isAfgesloten(r: GelezenRij, peildatum: Dag): boolean {
  if (r.h !== null && r.h <= peildatum) return true;
  const uit = r.waarden[V.uitDienstPer];
  return typeof uit === "number" && uit <= peildatum;
}

/** isAfgesloten voor rij i van een opslag. */
function afgesloten(o: RijOpslag, i: number, peildatum: Dag): boolean {
  const h = o.herstel(i);
  if (h !== null && h <= peildatum) return true;
  const uit = o.waarde(i, V.uitDienstPer);
  return typeof uit === "number" && uit <= peildatum;
}

function eersteOpen(o: RijOpslag, peildatum: Dag): number {
  for (let i = 0; i < o.aantal; i++) if (!afgesloten(o, i, peildatum)) return i;
  return -1;
}

/** "blad 'Archief 2025' gelezen als archief: 12 afgesloten meldingen, gebruikt voor samentellen …". */
export function archiefTekst(register: Register): string | null {
  const a = register.archief;
  if (!a) return null;
  const waar = register.tabel ? `tabel '${register.tabel}' op blad '${register.blad ?? ""}'` : `blad '${register.blad ?? ""}'`;
  return (
    `${waar.charAt(0).toUpperCase()}${waar.slice(1)} gelezen als archief: ${a.meldingen} afgesloten ${a.meldingen === 1 ? "melding" : "meldingen"}, ` +
    "gebruikt voor samentellen en verzuimcijfers; niet als werk getoond."
  );
}

function bladVan(r: Register): string {
  return r.tabel ? `tabel '${r.tabel}'` : `blad '${r.blad ?? ""}'`;
}

interface Plek {
  rij: GelezenRij;
  deel: number;
}

/**
 * Groepeer de rijen van alle registers van één werkmap tot dossiers (zie boven) en bepaal welke registers
 * archief zijn. Geeft de registers terug (dezelfde objecten, met dossiers, problemen en `archief`), in
 * werkmapvolgorde. Met één register is het resultaat gelijk aan leesRegister, op `archief` na.
 */
export function voegBladenSamen(delen: readonly RegisterDeel[], peildatum: Dag, opties: { uitgesteld?: boolean } = {}): Register[] {
  // 1. Welke bladen zijn archief?
  const eerstOpen = delen.map((d) => eersteOpen(d.gelezen, peildatum));
  const open = eerstOpen.map((i) => i >= 0);
  const ergensOpen = open.map((_, i) => open.some((o, j) => o && j !== i));
  delen.forEach((d, i) => {
    const reg = d.register;
    const hint = isArchiefNaam(reg.blad) || isArchiefNaam(reg.tabel);
    if (d.gelezen.aantal > 0 && !open[i] && (hint || ergensOpen[i])) {
      reg.archief = { meldingen: d.gelezen.aantal, naamHint: hint } satisfies ArchiefInfo;
    } else if (hint && open[i]) {
      const eerste = { rij: d.gelezen.rijNummer(eerstOpen[i]) };
      reg.problemen.push(
        celProbleem(
          "ARCHIEF_MET_OPEN_MELDING",
          `de naam van ${bladVan(reg)} wijst op een archief, maar deze rij is een open melding (geen hersteldatum op of vóór ${formatNL(peildatum)}); ` +
            "het blad is daarom gelezen als gewoon register. Verplaats alleen afgesloten meldingen naar het archief.",
          eerste.rij,
          d.kaart.perVeld.get("hersteldatum") ?? d.kaart.perVeld.get("eersteZiektedag")!,
          "waarschuwing",
        ),
      );
    }
  });

  // Eén blok: precies leesRegister (geen sleutels over bladen nodig; scheelt bij 50.000 rijen een Map).
  if (delen.length === 1) {
    const d = delen[0];
    const reg = d.register;
    const bron = d.kaart.perVeld.has("eersteZiektedag") ? groepeer(d.gelezen, d.kaart, reg.problemen) : null;
    if (bron && opties.uitgesteld) {
      reg.dossiers = [];
      reg.dossierBron = bron;
    } else reg.dossiers = bron ? alleDossiers(bron) : [];
    reg.problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
    return [reg];
  }

  // 2. Sleutels over bladen: personeelsnummer, anders de naam. Een blad zonder kolom personeelsnummer vindt
  // een werknemer op een blad mét die kolom terug aan de naam (als die naam één personeelsnummer heeft).
  const alias = new Map<string, string | null>();
  for (const d of delen) {
    if (!d.kaart.perVeld.has("personeelsnummer")) continue;
    const o = d.gelezen;
    for (let r = 0; r < o.aantal; r++) {
      const naam = o.waarde(r, V.werknemer);
      const sleutel = o.sleutel(r);
      if (sleutel === null || !sleutel.startsWith("p:") || typeof naam !== "string") continue;
      const n = "n:" + normaliseerKop(naam);
      const al = alias.get(n);
      alias.set(n, al === undefined || al === sleutel ? sleutel : null);
    }
  }
  const sleutelVan = (r: number, deel: number): string | null => {
    const sleutel = delen[deel].gelezen.sleutel(r);
    if (sleutel === null || delen[deel].kaart.perVeld.has("personeelsnummer")) return sleutel;
    return alias.get(sleutel) ?? sleutel;
  };
  const bladenPerSleutel = new Map<string, Set<number>>();
  delen.forEach((d, i) => {
    for (let r = 0; r < d.gelezen.aantal; r++) {
      const s = sleutelVan(r, i);
      if (s === null) continue;
      const set = bladenPerSleutel.get(s);
      if (set) set.add(i);
      else bladenPerSleutel.set(s, new Set([i]));
    }
  });

  // 3. Per blad de werknemers die alleen daar staan: precies zoals leesRegister.
  const gedeeld = new Map<string, Plek[]>();
  const dossiers: RegisterDossier[][] = delen.map(() => []);
  delen.forEach((d, i) => {
    const eigen: number[] = [];
    for (let r = 0; r < d.gelezen.aantal; r++) {
      const s = sleutelVan(r, i);
      if (s !== null && bladenPerSleutel.get(s)!.size > 1) {
        const p = { rij: d.gelezen.rij(r), deel: i };
        const g = gedeeld.get(s);
        if (g) g.push(p);
        else gedeeld.set(s, [p]);
      } else eigen.push(r);
    }
    if (d.kaart.perVeld.has("eersteZiektedag")) dossiers[i].push(...alleDossiers(groepeer(d.gelezen, d.kaart, d.register.problemen, eigen)));
  });

  // 4. Werknemers op meer bladen: één keten over de bladen, met dezelfde samentelregel.
  for (const g of gedeeld.values()) for (const keten of ketensOverBladen(g, delen)) plaatsKeten(keten, delen, dossiers);

  return delen.map((d, i) => {
    const reg = d.register;
    reg.dossiers = dossiers[i].sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
    reg.problemen.sort((a, b) => (a.rij ?? 0) - (b.rij ?? 0));
    return reg;
  });
}

/** Ketens van één werknemer over bladen; meldt dubbele en overlappende perioden tussen bladen. */
function ketensOverBladen(g: Plek[], delen: readonly RegisterDeel[]): Plek[][] {
  // Bij gelijke eerste ziektedag eerst een gewoon register, dan een archief, dan de bladvolgorde.
  const archief = (p: Plek) => (delen[p.deel].register.archief ? 1 : 0);
  g.sort((a, b) => a.rij.D - b.rij.D || archief(a) - archief(b) || a.deel - b.deel || a.rij.volgnummer - b.rij.volgnummer);
  const rijen = g.map((p) => p.rij);
  const wazo = wazoVan(rijen);
  const maxGat = maxGatOp(g[0].rij.D);
  const ketens: Plek[][] = [];
  let keten: Plek[] = [];
  let herstel: Dag | null = null;
  let vorige: Plek | null = null;
  for (const p of g) {
    const r = p.rij;
    const reg = delen[p.deel].register;
    const dInfo = delen[p.deel].kaart.perVeld.get("eersteZiektedag")!;
    if (vorige !== null && vorige.rij.D === r.D) {
      // Zelfde werknemer, zelfde eerste ziektedag: de eerste (gewoon blad vóór archief, dan bladvolgorde) telt.
      const eerste = vorige.rij;
      const melding =
        vorige.deel === p.deel
          ? `deze rij is een dubbele van rij ${eerste.rij ?? "?"} (zelfde werknemer, eerste ziektedag ${formatNL(r.D)}); alleen rij ${eerste.rij ?? "?"} is gebruikt.`
          : `deze melding staat ook op ${bladVan(delen[vorige.deel].register)}, rij ${eerste.rij ?? "?"} (zelfde werknemer, eerste ziektedag ${formatNL(r.D)}); alleen die is gebruikt. Haal een van beide weg.`;
      reg.problemen.push(celProbleem(vorige.deel === p.deel ? "DUBBELE_RIJ" : "DUBBEL_OVER_BLADEN", melding, r.rij, dInfo, "waarschuwing"));
      continue;
    }
    const stand = { laatsteStart: keten.length ? keten[keten.length - 1].rij.D : r.D, herstel };
    const a = keten.length === 0 ? "nieuw" : sluitAan(stand, r.D, wazo, r.waarden[V.andereOorzaakNaVerlof] === true, maxGat);
    if (vorige !== null && vorige.deel !== p.deel && (a === "overlap" || (a === "doorlopend" && delen[vorige.deel].kaart.perVeld.has("hersteldatum")))) {
      const v = vorige.rij;
      const tot = v.h === null ? "zonder hersteldatum" : `tot de hersteldatum ${formatNL(v.h)}`;
      reg.problemen.push(
        celProbleem(
          "OVERLAP_OVER_BLADEN",
          `de periode vanaf ${formatNL(r.D)} (${bladVan(reg)}, rij ${r.rij ?? "?"}) overlapt met de periode vanaf ${formatNL(v.D)} ${tot} ` +
            `(${bladVan(delen[vorige.deel].register)}, rij ${v.rij ?? "?"}) van dezelfde werknemer. Corrigeer de hersteldatum of haal een van beide rijen weg; ` +
            "ze zijn nu als één doorlopende periode geteld.",
          r.rij,
          dInfo,
        ),
      );
    }
    if (a === "nieuw") {
      if (keten.length) ketens.push(keten);
      keten = [p];
      herstel = r.h;
    } else {
      keten.push(p);
      herstel = nieuwHerstel(stand, a, r.h);
    }
    vorige = p;
  }
  if (keten.length) ketens.push(keten);
  return ketens;
}

/** Zet een keten als dossier op het blad van haar huidige (laatste) periode. */
function plaatsKeten(keten: Plek[], delen: readonly RegisterDeel[], dossiers: RegisterDossier[][]): void {
  const doel = keten[keten.length - 1].deel;
  const kaart = delen[doel].kaart;
  let aanwezig = kaart.aanwezig;
  if (keten.some((p) => p.deel !== doel)) {
    aanwezig = kaart.aanwezig.slice();
    for (const p of keten) delen[p.deel].kaart.aanwezig.forEach((x, i) => (aanwezig[i] ||= x));
  }
  const d = maakDossier(
    keten.map((p) => p.rij),
    kaart,
    aanwezig,
  );
  const elders = keten.filter((p) => p.deel !== doel);
  if (elders.length) {
    d.rijen = keten.filter((p) => p.deel === doel && p.rij.rij !== undefined).map((p) => p.rij.rij!);
    d.elders = elders.map((p) => ({ blad: delen[p.deel].register.blad ?? "", rij: p.rij.rij ?? null, eersteZiektedag: p.rij.D }));
    // Een rij op een gewoon blad die meetelt in een dossier dat op een archief eindigt: zeg waar ze gebleven is.
    if (delen[doel].register.archief) {
      const laatste = keten[keten.length - 1].rij;
      for (const p of elders) {
        if (delen[p.deel].register.archief) continue;
        delen[p.deel].register.problemen.push(
          celProbleem(
            "GETELD_IN_ARCHIEF",
            `deze melding telt samen met de latere, afgesloten melding op ${bladVan(delen[doel].register)} (rij ${laatste.rij ?? "?"}) en is daar gelezen, niet als werk op dit blad.`,
            p.rij.rij,
            delen[p.deel].kaart.perVeld.get("eersteZiektedag")!,
            "waarschuwing",
          ),
        );
      }
    }
  }
  dossiers[doel].push(d);
}
