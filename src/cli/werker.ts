/**
 * Een werker van de scanner (src/cli/werkers.ts): krijgt één bestand tegelijk, leest en beoordeelt het en
 * stuurt dezelfde tekst terug als de scanner in één draad zou schrijven, in stukken van ~64 kB.
 */
import { parentPort } from "node:worker_threads";
import {
  csvBestandStukken,
  csvDossier,
  JsonStroom,
  JsonStroomV2,
  nieuweTotalen,
  overzichtVan,
  rapportBestandStukken,
  RapportRegister,
  telOp,
} from "./rapport";
import { scanBestand, type RegisterUitslag } from "./scan";
import type { Bericht, Taak } from "./werkers";

const STUK = 1 << 16;
const enc = new TextEncoder();

/** Een stuk als UTF-8-bytes, overgedragen (niet gekopieerd): de hoofddraad schrijft ze zo weg. */
function stuurStuk(nr: number, tekst: string): void {
  const data = enc.encode(tekst);
  parentPort!.postMessage({ soort: "stuk", nr, data } satisfies Bericht, [data.buffer as ArrayBuffer]);
}

async function verwerk(taak: Taak): Promise<void> {
  const poort = parentPort!;
  let buf = "";
  const stuur = (s: string) => {
    buf += s;
    if (buf.length >= STUK) {
      stuurStuk(taak.nr, buf);
      buf = "";
    }
  };
  const json = taak.vorm === "json1" ? new JsonStroom(taak.peildatum) : taak.vorm === "json2" ? new JsonStroomV2(taak.peildatum) : null;
  if (json && !taak.eerste) json.nietEerste();
  const verzameld = new Map<RegisterUitslag, RapportRegister>();
  const u = await scanBestand(taak.bestand, {
    peildatum: taak.peildatum,
    instellingen: taak.instellingen,
    markeerMap: null,
    limieten: taak.limieten,
    perDossier: (r, e) => {
      if (json) stuur(json.dossier(e));
      else if (taak.vorm === "csv") stuur(csvDossier(taak.bestand, r, e));
      else {
        let rr = verzameld.get(r);
        if (!rr) verzameld.set(r, (rr = new RapportRegister(taak.bestand, r)));
        rr.dossier(e);
      }
    },
    perRegister: json ? (r) => stuur(json.register(taak.bestand, r)) : undefined,
  });
  if (json) for (const s of json.stukken(u)) stuur(s);
  else if (taak.vorm === "csv") for (const s of csvBestandStukken(u)) stuur(s);
  else for (const s of rapportBestandStukken(taak.peildatum, taak.instellingen.horizonDagen, u, verzameld)) stuur(s);
  if (buf) stuurStuk(taak.nr, buf);
  const overzicht = overzichtVan(u);
  const totalen = nieuweTotalen();
  telOp(totalen, u, overzicht);
  const bronnen = json instanceof JsonStroomV2 ? [...json.bronnen] : [];
  poort.postMessage({ soort: "klaar", nr: taak.nr, overzicht, totalen, bronnen } satisfies Bericht);
}

// Eén bestand tegelijk: een volgend bericht wacht tot het vorige klaar is.
let rij: Promise<void> = Promise.resolve();
parentPort?.on("message", (taak: Taak) => {
  rij = rij.then(() => verwerk(taak));
});
