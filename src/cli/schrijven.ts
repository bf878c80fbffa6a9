/**
 * De enige plek waar de scanner bestanden schrijft: gekleurde kopieën (--markeer), deelkopieën
 * (--deelkopie), het agendabestand (--ics), het rapport/de JSON/de CSV naar een bestand (--uitvoer) en het
 * HTML-rapport van `statistiek --html`. Elke uitvoer gaat zo:
 *
 * 1. Nooit een invoerbestand of een bestand dat deze run las of schreef: vergeleken op het echte pad
 *    (realpath) én op apparaat + inode (ook een harde koppeling, een andere schrijfwijze, een snelkoppeling).
 * 2. Nooit via een symbolische koppeling: staat er op het doel een koppeling, dan wordt geweigerd (lstat);
 *    het tijdelijke bestand wordt met O_EXCL | O_NOFOLLOW gemaakt.
 * 3. Mappen worden niveau voor niveau gemaakt, met een grens op het aantal niveaus (Node's
 *    `mkdir(…, {recursive: true})` blijft onder /proc eeuwig doorgaan).
 * 4. Eerst naar een tijdelijk bestand in dezelfde map (`.pw-<pid>-<willekeurig>.tmp`), wegschrijven naar de
 *    schijf (fsync), dan pas onder de echte naam: met een harde koppeling (die faalt als de naam al bestaat:
 *    nooit overschrijven) of, met `--overschrijf`, met rename. Een half bestand staat dus nooit onder de
 *    echte naam.
 * 5. Bij een fout, Ctrl-C (SIGINT) of SIGTERM wordt het tijdelijke bestand verwijderd; tijdelijke bestanden
 *    van een eerder afgebroken run (proces bestaat niet meer) worden bij de volgende run in die map opgeruimd.
 * 6. Elke systeemfout wordt een Nederlandse reden met de naam van het bestand (`SchrijfFout`).
 */
import { closeSync, constants, fsyncSync, openSync, unlinkSync, writeSync, promises as fs, type BigIntStats } from "node:fs";
import { systeemReden } from "./systeemcodes";
import path from "node:path";
import { randomBytes } from "node:crypto";

export class SchrijfFout extends Error {
  constructor(
    message: string,
    readonly pad: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

/** Meer mapniveaus dan dit maakt de schrijver niet aan (een pad met duizenden niveaus is een vergissing). */
const MAX_NIVEAUS = 64;
/** Zoveel genummerde namen (`naam (2).xlsx` …) probeert de schrijver. */
const MAX_NUMMERS = 1000;
const TIJDELIJK = /^\.pw-(\d+)-[0-9a-f]+\.tmp$/;
/** Zoveel bytes bundelt `schrijfMet` per schrijfopdracht (grotere stukken gaan direct). */
const BUNDEL = 64 * 1024;

/** Een systeemfout (errno-code) als Nederlandse reden, zonder hoofdletter en punt (tabel in systeemcodes.ts). */
export function schrijfReden(e: unknown): string {
  return systeemReden(e, "schrijven");
}

const code = (e: unknown): string | null => (e as NodeJS.ErrnoException | null)?.code ?? null;

async function lstat(p: string): Promise<BigIntStats | null> {
  try {
    return await fs.lstat(p, { bigint: true });
  } catch {
    return null;
  }
}

// ---- Opruimen bij Ctrl-C en SIGTERM ----------------------------------------------------------------

const openTijdelijk = new Set<string>();
const SIGNALEN = ["SIGINT", "SIGTERM"] as const;

function opSignaal(sig: NodeJS.Signals): void {
  ruimTijdelijkOp();
  for (const s of SIGNALEN) process.removeListener(s, opSignaal);
  process.removeListener("exit", ruimTijdelijkOp);
  // Opnieuw versturen zonder eigen afhandeling: het proces stopt zoals het zonder ons zou stoppen (130/143).
  process.kill(process.pid, sig);
}

/** Verwijder alle tijdelijke bestanden die nog open staan (bij een signaal; synchroon). */
export function ruimTijdelijkOp(): void {
  for (const p of openTijdelijk) {
    try {
      unlinkSync(p);
    } catch {
      /* al weg */
    }
  }
  openTijdelijk.clear();
}

function volg(p: string): void {
  if (openTijdelijk.size === 0) {
    for (const s of SIGNALEN) process.on(s, opSignaal);
    process.on("exit", ruimTijdelijkOp); // ook bij een onverwacht einde blijft er niets half staan
  }
  openTijdelijk.add(p);
}

function laatLos(p: string): void {
  openTijdelijk.delete(p);
  if (openTijdelijk.size === 0) {
    for (const s of SIGNALEN) process.removeListener(s, opSignaal);
    process.removeListener("exit", ruimTijdelijkOp);
  }
}

/** Draait proces `pid` nog? */
function leeft(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === "EPERM";
  }
}

// ---- De schrijver ----------------------------------------------------------------------------------

export interface SchrijfOpties {
  /** Wat er geschreven wordt, voor de melding: "de gekleurde kopie", "het agendabestand"… */
  wat: string;
  /**
   * Bestaat de naam al: genummerde namen proberen (`kandidaat(2)`, …) in plaats van weigeren. Met
   * `--overschrijf` wordt een bestaand gewoon bestand (dat de run niet las of schreef) wel vervangen.
   */
  nummeren?: boolean;
  /** Naam bij volgnummer n (1 = de gewone naam); standaard "naam (n).ext". */
  kandidaat?: (n: number) => string;
  /** Bestaat precies deze inhoud al onder de naam, dan is dat goed (niet nog eens schrijven). */
  gelijkIsGoed?: boolean;
}

export interface Geschreven {
  pad: string;
  /** Een melding als het pad niet het gevraagde is (genummerd) of de inhoud er al stond. */
  melding: string | null;
}

/** Een tijdelijk bestand dat nog geen echte naam heeft: schrijf, en `klaar` of `breekAf`. */
export interface Tijdelijk {
  schrijf(data: string | Uint8Array): void;
  klaar(): Promise<Geschreven>;
  breekAf(): void;
}

/** "verzuim.xlsx", 2 → "verzuim (2).xlsx". */
export function metVolgnummer(doel: string, n: number): string {
  if (n === 1) return doel;
  const ext = path.extname(doel);
  return `${doel.slice(0, doel.length - ext.length)} (${n})${ext}`;
}

export class Schrijver {
  private readonly paden = new Set<string>();
  private readonly inodes = new Set<string>();
  private readonly opgeruimd = new Set<string>();

  constructor(readonly overschrijf = false) {}

  /** Dit bestand is invoer (of is gelezen): er wordt nooit naar geschreven. */
  async bescherm(p: string): Promise<void> {
    this.paden.add(path.resolve(p));
    try {
      this.paden.add(await fs.realpath(p));
    } catch {
      /* bestaat (nog) niet: het pad zelf is genoeg */
    }
    try {
      const st = await fs.stat(p, { bigint: true });
      if (!st.isDirectory()) this.inodes.add(`${st.dev}:${st.ino}`);
    } catch {
      /* idem */
    }
  }

  private beschermd(echtPad: string, st: BigIntStats | null): boolean {
    return this.paden.has(echtPad) || (st !== null && this.inodes.has(`${st.dev}:${st.ino}`));
  }

  /** Maak `map` niveau voor niveau (begrensd); geeft het echte pad van de map. */
  private async maakMap(map: string, wat: string, doel: string): Promise<string> {
    const ontbreekt: string[] = [];
    let p = map;
    for (let i = 0; ; i++) {
      if (i > MAX_NIVEAUS) throw new SchrijfFout(kanNiet(wat, `het pad heeft meer dan ${MAX_NIVEAUS} mappen die nog niet bestaan`, doel), doel);
      let st: BigIntStats;
      try {
        st = await fs.stat(p, { bigint: true });
      } catch (e) {
        // ENOTDIR: een hoger deel van het pad is een bestand; verder omhoog, dan wordt dat deel genoemd.
        if (code(e) !== "ENOENT" && code(e) !== "ENOTDIR") throw new SchrijfFout(kanNiet(wat, `de map ${p} is niet bruikbaar (${schrijfReden(e)})`, doel), doel, code(e));
        const boven = path.dirname(p);
        if (boven === p) throw new SchrijfFout(kanNiet(wat, `${schrijfReden(e)}`, doel), doel, code(e));
        ontbreekt.push(p);
        p = boven;
        continue;
      }
      if (!st.isDirectory()) {
        throw new SchrijfFout(kanNiet(wat, `de map ${p} kan niet gemaakt worden (er staat een bestand met die naam)`, doel), doel, "ENOTDIR");
      }
      break;
    }
    for (const m of ontbreekt.reverse()) {
      try {
        await fs.mkdir(m);
      } catch (e) {
        if (code(e) === "EEXIST" && (await lstat(m))?.isDirectory()) continue;
        throw new SchrijfFout(kanNiet(wat, `de map ${m} kan niet gemaakt worden (${schrijfReden(e)})`, doel), doel, code(e));
      }
    }
    try {
      return await fs.realpath(map);
    } catch (e) {
      throw new SchrijfFout(kanNiet(wat, `de map ${map} is niet bruikbaar (${schrijfReden(e)})`, doel), doel, code(e));
    }
  }

  /** Tijdelijke bestanden van een afgebroken eerdere run (proces bestaat niet meer) in `map` opruimen. */
  private async ruimResten(map: string): Promise<void> {
    if (this.opgeruimd.has(map)) return;
    this.opgeruimd.add(map);
    let namen: string[];
    try {
      namen = await fs.readdir(map);
    } catch {
      return;
    }
    for (const n of namen) {
      const m = TIJDELIJK.exec(n);
      if (!m || leeft(Number(m[1]))) continue;
      const st = await lstat(path.join(map, n));
      if (st?.isFile()) await fs.unlink(path.join(map, n)).catch(() => undefined);
    }
  }

  /** Schrijf `data` veilig naar `doel` (zie boven). Gooit `SchrijfFout` met een Nederlandse reden. */
  async schrijf(doel: string, data: string | Uint8Array, opties: SchrijfOpties): Promise<Geschreven> {
    const t = await this.begin(doel, opties);
    try {
      t.schrijf(data);
    } catch (e) {
      t.breekAf();
      throw e;
    }
    return t.klaar();
  }

  /**
   * Zoals `schrijf`, maar de inhoud komt stuk voor stuk: `maak` geeft elk stuk aan `schrijf` zodra het klaar is
   * (de gekleurde kopie: kop, gecomprimeerde bytes en centrale map van de zip), en dat gaat meteen naar het
   * tijdelijke bestand (kleine stukken gebundeld tot ~64 kB per schrijfopdracht). Dezelfde regels als `schrijf`:
   * het doel wordt vooraf getoetst, de echte naam komt pas als alles geschreven is. Gooit `maak` of het schrijven
   * (schijf vol), dan wordt het tijdelijke bestand verwijderd en gaat de fout van `maak` (of de `SchrijfFout`) door.
   */
  async schrijfMet(doel: string, maak: (schrijf: (b: Uint8Array) => void) => Promise<void>, opties: SchrijfOpties): Promise<Geschreven> {
    const t = await this.begin(doel, opties);
    const bundel = new Uint8Array(BUNDEL);
    let n = 0;
    const leeg = () => {
      if (n) t.schrijf(bundel.subarray(0, n));
      n = 0;
    };
    try {
      await maak((b) => {
        if (n + b.length > BUNDEL) leeg();
        if (b.length >= BUNDEL) t.schrijf(b);
        else {
          bundel.set(b, n);
          n += b.length;
        }
      });
      leeg();
    } catch (e) {
      t.breekAf();
      throw e;
    }
    return t.klaar();
  }

  /**
   * Begin een uitvoer naar `doel`: alles wordt naar een tijdelijk bestand in dezelfde map geschreven; pas
   * `klaar` geeft het de echte naam. Controleert vooraf of het doel mag (invoer, koppeling, bestaat al).
   */
  async begin(doel: string, opties: SchrijfOpties): Promise<Tijdelijk> {
    doel = path.resolve(doel);
    const wat = opties.wat;
    const naam = path.basename(doel);
    if (doel.endsWith(path.sep) || naam === "" || naam === "." || naam === "..") {
      throw new SchrijfFout(kanNiet(wat, `geef een bestandsnaam, geen map`, doel), doel, "EISDIR");
    }
    // Eerst het doel zelf (vóór er een map gemaakt wordt): een invoerbestand of een koppeling.
    await this.toets(doel, doel, wat, opties);
    const echteMap = await this.maakMap(path.dirname(doel), wat, doel);
    await this.ruimResten(echteMap);
    await this.toets(path.join(echteMap, naam), doel, wat, opties);

    const tijdelijk = path.join(echteMap, `.pw-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
    let fd: number;
    try {
      fd = openSync(tijdelijk, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
    } catch (e) {
      throw new SchrijfFout(kanNiet(wat, `${schrijfReden(e)}`, doel), doel, code(e));
    }
    volg(tijdelijk);
    let open = true;
    const breekAf = () => {
      if (open) {
        open = false;
        try {
          closeSync(fd);
        } catch {
          /* het bestand gaat toch weg */
        }
      }
      try {
        unlinkSync(tijdelijk);
      } catch {
        /* al weg */
      }
      laatLos(tijdelijk);
    };
    const fout = (e: unknown): never => {
      breekAf();
      throw e instanceof SchrijfFout ? e : new SchrijfFout(kanNiet(wat, `${schrijfReden(e)}`, doel), doel, code(e));
    };
    return {
      schrijf: (data) => {
        if (!open) throw new SchrijfFout(`${hoofd(wat)} ${doel} is al afgesloten.`, doel);
        const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        try {
          for (let i = 0; i < buf.byteLength; ) i += writeSync(fd, buf, i, buf.byteLength - i);
        } catch (e) {
          fout(e);
        }
      },
      breekAf,
      klaar: async () => {
        try {
          fsyncSync(fd);
          closeSync(fd);
          open = false;
          const r = await this.geefNaam(tijdelijk, echteMap, naam, doel, opties);
          breekAf(); // de tijdelijke naam (de inhoud staat nu onder de echte naam)
          return r;
        } catch (e) {
          return fout(e);
        }
      },
    };
  }

  /** Mag er naar `echt` geschreven worden? Weigert invoer, koppelingen en (zonder nummeren/overschrijven) wat bestaat. */
  private async toets(echt: string, doel: string, wat: string, opties: SchrijfOpties): Promise<void> {
    const st = await lstat(echt);
    if (this.beschermd(echt, st && !st.isSymbolicLink() ? st : null) || (st?.isSymbolicLink() && (await this.wijstNaarBeschermd(echt)))) {
      if (opties.nummeren && !st?.isSymbolicLink()) return; // een volgende naam wordt gekozen
      throw new SchrijfFout(`${hoofd(wat)} ${doel} wordt niet geschreven: dat is een invoerbestand of een bestand dat deze run al gebruikt. Kies een andere naam.`, doel, "EEXIST");
    }
    if (!st) return;
    if (st.isSymbolicLink()) throw new SchrijfFout(`${hoofd(wat)} ${doel} wordt niet geschreven: op die plek staat een symbolische koppeling, en daar schrijft de scanner nooit doorheen. Kies een andere naam.`, doel, "ELOOP");
    if (st.isDirectory()) throw new SchrijfFout(kanNiet(wat, `op die plek staat een map. Geef een bestandsnaam`, doel), doel, "EISDIR");
    if (!st.isFile()) throw new SchrijfFout(`${hoofd(wat)} ${doel} wordt niet geschreven: op die plek staat geen gewoon bestand (pijp, apparaat of socket).`, doel, "EEXIST");
    if (!opties.nummeren && !this.overschrijf) {
      throw new SchrijfFout(`${hoofd(wat)} ${doel} bestaat al en wordt niet overschreven. Kies een andere naam of geef --overschrijf.`, doel, "EEXIST");
    }
  }

  private async wijstNaarBeschermd(p: string): Promise<boolean> {
    try {
      const echt = await fs.realpath(p);
      const st = await fs.stat(echt, { bigint: true });
      return this.beschermd(echt, st);
    } catch {
      return false;
    }
  }

  /** Het tijdelijke bestand onder zijn echte naam (of een genummerde): koppelen (nooit overschrijven) of rename. */
  private async geefNaam(tijdelijk: string, map: string, naam: string, doel: string, opties: SchrijfOpties): Promise<Geschreven> {
    const kandidaat = opties.kandidaat ?? ((n: number) => metVolgnummer(naam, n));
    for (let n = 1; n <= (opties.nummeren ? MAX_NUMMERS : 1); n++) {
      const echt = path.join(map, kandidaat(n));
      const getoond = path.join(path.dirname(doel), kandidaat(n));
      const st = await lstat(echt);
      if (st) {
        // Een invoerbestand, iets van deze run, een koppeling of een map: nooit; een volgende naam.
        const vrij = st.isFile() && !this.beschermd(echt, st);
        if (vrij && opties.gelijkIsGoed) {
          if (await zelfdeInhoud(tijdelijk, echt)) {
            await this.bescherm(echt);
            return { pad: getoond, melding: n === 1 ? null : melding(doel, getoond) };
          }
        }
        if (vrij && this.overschrijf) {
          await fs.rename(tijdelijk, echt);
          await this.bescherm(echt);
          return { pad: getoond, melding: null };
        }
        if (!opties.nummeren) await this.toets(echt, doel, opties.wat, opties);
        continue;
      }
      try {
        await fs.link(tijdelijk, echt);
      } catch (e) {
        const c = code(e);
        if (c === "EEXIST") continue;
        // Een schijf zonder harde koppelingen (sommige netwerk- of USB-schijven): rename; de naam bestond
        // net nog niet (kleine kans op een wedloop, die we daar niet kunnen uitsluiten).
        if (c === "EPERM" || c === "ENOTSUP" || c === "EOPNOTSUPP" || c === "EXDEV" || c === "ENOSYS") {
          if (await lstat(echt)) continue;
          await fs.rename(tijdelijk, echt);
        } else throw e;
      }
      await this.bescherm(echt);
      return { pad: getoond, melding: n === 1 ? null : melding(doel, getoond) };
    }
    throw new SchrijfFout(kanNiet(opties.wat, `${doel} en ${MAX_NUMMERS - 1} genummerde varianten bestaan al`, doel), doel, "EEXIST");
  }
}

/**
 * Hebben twee bestanden precies dezelfde bytes? Eerst de grootte, dan stuk voor stuk (64 kB): een grote kopie die
 * er al staat, hoeft niet twee keer in het geheugen. Een bestand dat niet te lezen is, is niet gelijk.
 */
async function zelfdeInhoud(a: string, b: string): Promise<boolean> {
  let fa: fs.FileHandle | null = null;
  let fb: fs.FileHandle | null = null;
  try {
    fa = await fs.open(a, "r");
    fb = await fs.open(b, "r");
    if ((await fa.stat()).size !== (await fb.stat()).size) return false;
    const ba = Buffer.allocUnsafe(BUNDEL);
    const bb = Buffer.allocUnsafe(BUNDEL);
    // Elk blok helemaal vullen (een read mag minder geven dan gevraagd), dan vergelijken.
    const vul = async (f: fs.FileHandle, buf: Buffer) => {
      let n = 0;
      for (let r = -1; r !== 0 && n < buf.length; n += r) r = (await f.read(buf, n, buf.length - n, null)).bytesRead;
      return n;
    };
    for (;;) {
      const [na, nb] = await Promise.all([vul(fa, ba), vul(fb, bb)]);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na < BUNDEL) return true;
    }
  } catch {
    return false;
  } finally {
    await fa?.close().catch(() => undefined);
    await fb?.close().catch(() => undefined);
  }
}

/** "De gekleurde kopie kan niet geschreven worden: de schijf is vol. Bestand: uit/verzuim.xlsx." */
function kanNiet(wat: string, reden: string, doel: string): string {
  return `${hoofd(wat)} kan niet geschreven worden: ${reden}. Bestand: ${doel}.`;
}

function hoofd(wat: string): string {
  return wat.charAt(0).toUpperCase() + wat.slice(1);
}

function melding(doel: string, pad: string): string {
  return `${path.basename(doel)} bestond al in de uitvoermap en is niet overschreven; de kopie staat in ${path.basename(pad)}.`;
}
