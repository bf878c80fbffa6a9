/**
 * "Deelkopie voor deze werknemer" in het taakvenster: een NIEUWE werkmap met alleen de rijen van deze werknemer
 * en alleen de kolommen die mee mogen (dezelfde keuze en dezelfde code als `scan --deelkopie --werknemer`:
 * src/pakket/), met dezelfde kleuren. Geopend met Excel.createWorkbook; kan deze Excel dat niet, dan als
 * download. Er gaat niets naar buiten: de werkmap wordt in het taakvenster gemaakt.
 * Lui geladen: dit bestand, src/office/deelkopie.ts en de pakketlaag (fflate, XML) vormen samen het script
 * deelkopie.js, dat taskpane.ts pas laadt als iemand op de knop klikt.
 */
import type { Dag } from "../core/dagen";
import type { DossierEvaluatie } from "../core/pipeline";
import { leesDeelkopieBron, openNieuweWerkmap, rijenVanWerknemer } from "../office/deelkopie";
import { WerkmapFout, type GevondenRegister, type WerkmapLezing } from "../office/werkmap";
import { maakDeelkopie as maakDeelkopiePakket, PakketFout } from "../pakket/deelkopie";
import { $, aantal, el } from "./dom";

let deelkopieAdres: string | null = null;
const LABEL_ZIN = "Het gevoeligheidslabel van deze werkmap gaat niet vanzelf mee: geef de kopie zelf een label als uw organisatie dat gebruikt.";

/** Wat het taakvenster meegeeft: de lezing, de peildatum en zijn voerUit (knoppen uit, melding na afloop). */
export interface Venster {
  lezing: WerkmapLezing;
  peildatum: Dag;
  voerUit: <T>(klaar: string | ((r: T) => string), werk: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T | null>;
}

/**
 * Maakt de deelkopie van deze werknemer en opent haar als nieuwe werkmap, of zet (zonder ExcelApi 1.8) een
 * downloadlink in de statusregel.
 */
export async function maakDeelkopie(g: GevondenRegister, e: DossierEvaluatie, naam: string, { lezing: l, peildatum, voerUit }: Venster): Promise<void> {
  const r = await voerUit(
    (x: { geopend: boolean; weg: number }) =>
      x.geopend
        ? `Deelkopie van ${naam} geopend als nieuwe werkmap${x.weg ? ` (${aantal(x.weg, "kolom", "kolommen")} weggelaten)` : ""}. Sla hem op voordat u hem deelt. ${LABEL_ZIN}`
        : "",
    async (ctx) => {
      const bron = await leesDeelkopieBron(ctx, g.register, rijenVanWerknemer(g.register, e.dossier));
      let bytes: Uint8Array;
      let weg: number;
      try {
        const d = await maakDeelkopiePakket({ ...bron, datumsysteem: l.datumsysteem, peildatum, instellingen: l.instellingen });
        bytes = await d.pakket.bytes();
        weg = d.keuze.weggelaten.length;
      } catch (f: unknown) {
        throw f instanceof PakketFout ? new WerkmapFout((f as Error).message.replace("kopie", "deelkopie")) : f;
      }
      const geopend = await openNieuweWerkmap(bytes);
      if (!geopend) {
        if (deelkopieAdres) URL.revokeObjectURL(deelkopieAdres);
        deelkopieAdres = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      }
      return { geopend, weg };
    },
  );
  if (r && !r.geopend && deelkopieAdres) {
    const bestand = `${naam.replace(/[\\/:*?"<>|]+/g, "_").trim() || "werknemer"} (deelkopie).xlsx`;
    const a = el("a", { class: "knop", href: deelkopieAdres, download: bestand, id: "deelkopie-download" }, `Download ${bestand}`);
    $("status").replaceChildren(
      `Deze versie van Excel kan vanuit de invoegtoepassing geen nieuwe werkmap openen. Download de deelkopie van ${naam} en open hem in Excel. ${LABEL_ZIN} `,
      a,
    );
  }
}
