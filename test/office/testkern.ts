/**
 * Een eenvoudige kern voor de adaptertests: leest een register met vaste koppen (Werknemer, Eerste ziektedag,
 * Probleemanalyse, Plan van aanpak) en rekent met de echte tijdlijn-engine. De adaptertests toetsen de
 * Office-kant (syncs, schrijven, verwijderen); lezer en beoordeling hebben hun eigen tests.
 */
import { vanExcelSerienummer, type Dag } from "../../src/core/dagen";
import type { RegisterDossier } from "../../src/core/dossier";
import { berekenTijdlijn, volgendeActie } from "../../src/core/tijdlijn";
import type { Cel, Kern, RegisterLike } from "../../src/office/kern";
import type { Probleem } from "../../src/core/problemen";

const KOPPEN = ["Werknemer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak"];

export const testKern: Kern = {
  leesRegister(waarden: Cel[][], o = {}) {
    let k0 = -1;
    const koprij = waarden.findIndex((r) => (k0 = r.findIndex((_, j) => KOPPEN.every((k, i) => r[j + i] === k))) >= 0);
    if (koprij < 0) return null;
    waarden = waarden.map((r) => r.slice(k0));
    const rijOffset = o.rijOffset ?? 1;
    const kolomOffset = (o.kolomOffset ?? 1) + k0;
    const dossiers: RegisterDossier[] = [];
    const problemen: Probleem[] = [];
    const datum = (v: Cel, rij: number, kol: number): Dag | null | "fout" => {
      if (v === "" || v === null || v === undefined) return null;
      const r = typeof v === "number" ? vanExcelSerienummer(v, o.datumsysteem ?? "1900") : null;
      if (r && r.ok) return r.waarde;
      problemen.push({ code: "GEEN_DATUM", melding: `${String(v)} is geen datum.`, ernst: "fout", rij, kolom: KOPPEN[kol] });
      return "fout";
    };
    for (let i = koprij + 1; i < waarden.length; i++) {
      const r = waarden[i];
      const rij = rijOffset + i;
      if (r.every((c) => c === "" || c === null)) continue;
      const D = datum(r[1], rij, 1);
      const pa = datum(r[2], rij, 2);
      const pva = datum(r[3], rij, 3);
      if (D === null || D === "fout" || pa === "fout" || pva === "fout") continue;
      dossiers.push({
        rijen: [rij],
        werknemer: String(r[0]),
        personeelsnummer: null,
        invoer: { eersteZiektedag: D, gedaan: { PA: pa, PVA: pva } },
        gegevens: {},
        rij,
        kolommen: { PA: kolomOffset + 2, PVA: kolomOffset + 3 },
      });
    }
    const reg: RegisterLike = {
      blad: o.blad,
      tabel: o.tabel,
      koprij: rijOffset + koprij,
      eersteRij: rijOffset + koprij + 1,
      laatsteRij: rijOffset + waarden.length - 1,
      kolommen: [],
      dossiers,
      problemen,
      ontbrekend: [],
    };
    return reg;
  },
  evalueerDossier(dossier, peildatum, instellingen) {
    const t = berekenTijdlijn(dossier.invoer, peildatum, instellingen);
    if (!t.ok) return { ok: false, problemen: t.problemen };
    const leeg = { uitkomst: "onbekend", oordeel: "", bevindingen: [] };
    return {
      ok: true,
      evaluatie: {
        dossier,
        tijdlijn: t.tijdlijn,
        beoordeling: { riv: { ...leeg, onderdelen: [] }, spoor2: leeg, loonsanctie: { risico: "geen", redenen: [], bevindingen: [] }, bevindingen: [] },
        volgende: volgendeActie(t.tijdlijn),
      },
    };
  },
};
