/**
 * Een kleine rekenaar voor de formules van de kleurregels, zoals Excel (en LibreOffice) ze uitrekent: precies
 * de functies die het kleurplan gebruikt (AND, OR, NOT, IF, ISNUMBER, INDEX, MATCH, INT, SUBSTITUTE, TODAY),
 * `&`, `+`, `-` en vergelijkingen; verwijzingen met en zonder `$`, relatief aan de linkerbovencel van het
 * bereik; werkmapnamen die naar een bereik op een ander blad wijzen. Voor tests: geen Office, geen I/O.
 *
 * Regels van Excel die ertoe doen:
 *  - een lege cel is 0 in een vergelijking met een getal en "" met tekst; ISNUMBER(leeg) is onwaar;
 *  - tekst is groter dan elk getal; tekst vergelijkt zonder hoofdletters;
 *  - een foutwaarde gaat door (AND, vergelijking, INDEX …) behalve in ISNUMBER en in de niet gekozen tak van IF;
 *  - MATCH(x, bereik, 0): exact, zonder hoofdletters, met jokers `*` `?` en `~` als ontsnapping;
 *  - een regel met een foutwaarde als uitkomst geeft geen opmaak.
 */

export class Fout {
  constructor(readonly naam: string) {}
}

export type Waarde = number | string | boolean | null | Fout;
type Uitkomst = Waarde | Waarde[];

/** Een werkblad: de waarde op (rij, kolom), 1-based; undefined of null = leeg. */
export type Blad = (rij: number, kolom: number) => unknown;

export interface Werkmap {
  /** Het blad waarop de regel staat. */
  blad: Blad;
  /** Werkmapnamen → blad en bereik (1-based, inclusief). */
  namen: Map<string, { blad: Blad; boven: number; links: number; onder: number; rechts: number }>;
  vandaag: number;
}

type Knoop =
  | { s: "getal"; v: number }
  | { s: "tekst"; v: string }
  | { s: "bool"; v: boolean }
  | { s: "ref"; rij: number; kolom: number; rijAbs: boolean; kolAbs: boolean }
  | { s: "naam"; v: string }
  | { s: "fn"; naam: string; args: Knoop[] }
  | { s: "op"; op: string; a: Knoop; b: Knoop }
  | { s: "neg"; a: Knoop };

function kolomNummer(s: string): number {
  return [...s.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function ontleed(formule: string): Knoop {
  const t = formule.replace(/^=/, "");
  let i = 0;
  const spaties = () => {
    while (t[i] === " ") i++;
  };
  const fout = (w: string) => new Error(`formule: ${w} op ${i} in ${t}`);
  const primair = (): Knoop => {
    spaties();
    if (t[i] === "(") {
      i++;
      const k = vergelijking();
      spaties();
      if (t[i++] !== ")") throw fout(") verwacht");
      return k;
    }
    if (t[i] === "-") {
      i++;
      return { s: "neg", a: primair() };
    }
    if (t[i] === '"') {
      let v = "";
      i++;
      for (;;) {
        if (i >= t.length) throw fout("tekst niet afgesloten");
        if (t[i] === '"') {
          if (t[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += t[i++];
      }
      return { s: "tekst", v };
    }
    const getal = /^\d+(\.\d+)?/.exec(t.slice(i));
    if (getal) {
      i += getal[0].length;
      return { s: "getal", v: Number(getal[0]) };
    }
    const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/.exec(t.slice(i));
    if (ref) {
      i += ref[0].length;
      return { s: "ref", kolAbs: ref[1] === "$", kolom: kolomNummer(ref[2]), rijAbs: ref[3] === "$", rij: Number(ref[4]) };
    }
    const woord = /^[A-Za-z_][\w.]*/.exec(t.slice(i));
    if (!woord) throw fout("onbekend teken");
    i += woord[0].length;
    spaties();
    if (t[i] === "(") {
      i++;
      const args: Knoop[] = [];
      spaties();
      if (t[i] === ")") i++;
      else {
        for (;;) {
          args.push(vergelijking());
          spaties();
          const c = t[i++];
          if (c === ")") break;
          if (c !== ",") throw fout(", of ) verwacht");
        }
      }
      return { s: "fn", naam: woord[0].toUpperCase(), args };
    }
    if (/^(TRUE|FALSE)$/i.test(woord[0])) return { s: "bool", v: woord[0].toUpperCase() === "TRUE" };
    return { s: "naam", v: woord[0] };
  };
  const som = (): Knoop => {
    let a = primair();
    for (;;) {
      spaties();
      const c = t[i];
      if (c !== "+" && c !== "-") return a;
      i++;
      a = { s: "op", op: c, a, b: primair() };
    }
  };
  const samen = (): Knoop => {
    let a = som();
    for (;;) {
      spaties();
      if (t[i] !== "&") return a;
      i++;
      a = { s: "op", op: "&", a, b: som() };
    }
  };
  const vergelijking = (): Knoop => {
    let a = samen();
    for (;;) {
      spaties();
      const m = /^(<=|>=|<>|<|>|=)/.exec(t.slice(i));
      if (!m) return a;
      i += m[0].length;
      a = { s: "op", op: m[0], a, b: samen() };
    }
  };
  const k = vergelijking();
  spaties();
  if (i !== t.length) throw fout("rest");
  return k;
}

const cache = new Map<string, Knoop>();

function waardeVan(x: unknown): Waarde {
  if (x === undefined || x === null || x === "") return null; // een lege cel (ook "" in een testrooster)
  if (x instanceof Fout || typeof x === "number" || typeof x === "string" || typeof x === "boolean") return x;
  return new Fout("#WAARDE!");
}

/** Excel: tekst > getal; lege cel = 0 of ""; tekst zonder hoofdletters. Negatief, 0 of positief. */
function vergelijk(a: Waarde, b: Waarde): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rang = (x: Waarde) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rang(a) !== rang(b)) return rang(a) - rang(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLocaleUpperCase();
    const y = b.toLocaleUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function alsTekst(x: Waarde): string | Fout {
  if (x instanceof Fout) return x;
  if (x === null) return "";
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return String(x);
}

function alsGetal(x: Waarde): number | Fout {
  if (x instanceof Fout) return x;
  if (x === null) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  const n = Number(x);
  return x.trim() !== "" && Number.isFinite(n) ? n : new Fout("#WAARDE!");
}

/** Excel-jokers: * = willekeurig veel tekens, ? = één teken, ~ ontsnapt. Zonder hoofdletters. */
const patronen = new Map<string, RegExp>();
function jokerPatroon(p: string): RegExp {
  const klaar = patronen.get(p);
  if (klaar) return klaar;
  const letterlijk = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "~" && i + 1 < p.length && "~*?".includes(p[i + 1])) re += letterlijk(p[++i]);
    else if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else re += letterlijk(c);
  }
  const uit = new RegExp(`^${re}$`, "iu");
  patronen.set(p, uit);
  return uit;
}

/**
 * Rekent een formule uit voor de cel (rij, kolom), met de formule geschreven voor de linkerbovencel
 * (boven, links) van haar bereik.
 */
export function reken(formule: string, cel: { rij: number; kolom: number }, linksBoven: { rij: number; kolom: number }, wm: Werkmap): Waarde {
  let k = cache.get(formule);
  if (!k) {
    k = ontleed(formule);
    cache.set(formule, k);
  }
  const dr = cel.rij - linksBoven.rij;
  const dk = cel.kolom - linksBoven.kolom;
  const bereikVan = (n: Knoop) => {
    if (n.s === "naam") {
      const b = wm.namen.get(n.v);
      if (!b) return new Fout("#NAAM?");
      return b;
    }
    return new Fout("#WAARDE!");
  };
  const ev = (n: Knoop): Uitkomst => {
    switch (n.s) {
      case "getal":
      case "tekst":
      case "bool":
        return n.v;
      case "ref":
        return waardeVan(wm.blad(n.rijAbs ? n.rij : n.rij + dr, n.kolAbs ? n.kolom : n.kolom + dk));
      case "naam":
        return new Fout("#WAARDE!");
      case "neg": {
        const a = alsGetal(enkel(ev(n.a)));
        return a instanceof Fout ? a : -a;
      }
      case "op": {
        const a = enkel(ev(n.a));
        const b = enkel(ev(n.b));
        if (a instanceof Fout) return a;
        if (b instanceof Fout) return b;
        if (n.op === "&") {
          const x = alsTekst(a);
          const y = alsTekst(b);
          return x instanceof Fout ? x : y instanceof Fout ? y : x + y;
        }
        if (n.op === "+" || n.op === "-") {
          const x = alsGetal(a);
          const y = alsGetal(b);
          if (x instanceof Fout) return x;
          if (y instanceof Fout) return y;
          return n.op === "+" ? x + y : x - y;
        }
        const c = vergelijk(a, b);
        return { "=": c === 0, "<>": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[n.op]!;
      }
      case "fn":
        return fn(n.naam, n.args);
    }
  };
  const enkel = (x: Uitkomst): Waarde => (Array.isArray(x) ? new Fout("#WAARDE!") : x);
  const logisch = (x: Waarde): boolean | Fout => {
    if (x instanceof Fout) return x;
    if (typeof x === "string") return new Fout("#WAARDE!");
    return Boolean(x);
  };
  const fn = (naam: string, args: Knoop[]): Uitkomst => {
    switch (naam) {
      case "TODAY":
        return wm.vandaag;
      case "AND":
      case "OR": {
        const w = args.map((a) => logisch(enkel(ev(a))));
        const f = w.find((x) => x instanceof Fout);
        if (f) return f;
        return naam === "AND" ? w.every(Boolean) : w.some(Boolean);
      }
      case "NOT": {
        const x = logisch(enkel(ev(args[0])));
        return x instanceof Fout ? x : !x;
      }
      case "IF": {
        const c = logisch(enkel(ev(args[0])));
        if (c instanceof Fout) return c;
        return c ? ev(args[1]) : args[2] ? ev(args[2]) : false;
      }
      case "ISNUMBER":
        return typeof enkel(ev(args[0])) === "number";
      case "INT": {
        const x = alsGetal(enkel(ev(args[0])));
        return x instanceof Fout ? x : Math.floor(x);
      }
      case "SUBSTITUTE": {
        const [a, b, c] = args.map((x) => alsTekst(enkel(ev(x))));
        const f = [a, b, c].find((x) => x instanceof Fout);
        if (f) return f as Fout;
        return (a as string).split(b as string).join(c as string);
      }
      case "INDEX": {
        const b = bereikVan(args[0]);
        if (b instanceof Fout) return b;
        const r = alsGetal(enkel(ev(args[1])));
        const c = alsGetal(enkel(ev(args[2])));
        if (r instanceof Fout) return r;
        if (c instanceof Fout) return c;
        const hoog = b.onder - b.boven + 1;
        const breed = b.rechts - b.links + 1;
        if (r < 0 || c < 1 || r > hoog || c > breed) return new Fout("#VERW!");
        if (r === 0) return Array.from({ length: hoog }, (_, i) => waardeVan(b.blad(b.boven + i, b.links + c - 1)));
        return waardeVan(b.blad(b.boven + Math.floor(r) - 1, b.links + Math.floor(c) - 1));
      }
      case "MATCH": {
        const x = enkel(ev(args[0]));
        if (x instanceof Fout) return x;
        const lijst = ev(args[1]);
        const soort = alsGetal(enkel(ev(args[2])));
        if (!Array.isArray(lijst) || soort !== 0) throw new Error("MATCH: alleen exact in een kolom");
        if (typeof x === "string") {
          const p = jokerPatroon(x);
          const i = lijst.findIndex((w) => typeof w === "string" && p.test(w));
          return i < 0 ? new Fout("#N/B") : i + 1;
        }
        const i = lijst.findIndex((w) => w !== null && !(w instanceof Fout) && typeof w === typeof x && vergelijk(w, x) === 0);
        return i < 0 ? new Fout("#N/B") : i + 1;
      }
    }
    throw new Error(`formule: functie ${naam} kent de rekenaar niet`);
  };
  return enkel(ev(k));
}

/** Is de regel waar voor deze cel (Excel: alleen TRUE of een getal ≠ 0 geeft opmaak; een fout niet)? */
export function regelWaar(formule: string, cel: { rij: number; kolom: number }, linksBoven: { rij: number; kolom: number }, wm: Werkmap): boolean {
  const w = reken(formule, cel, linksBoven, wm);
  return w === true || (typeof w === "number" && w !== 0);
}
