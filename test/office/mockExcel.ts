/**
 * Een kleine, opnemende nabootsing van het Excel-objectmodel (Office.js) voor tests: een werkmap als
 * geheugenrooster, proxies die pas na `context.sync()` gelezen mogen worden, een teller van syncs, de
 * omvang (JSON) van elk verzoek en elk antwoord, en een logboek van schrijfacties.
 * Zonder imports, zodat de e2e-test hetzelfde bestand als browserstub kan gebruiken.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Waarde = string | number | boolean;

export interface MockCel {
  v: Waarde;
  f?: string;
  opmaak?: string;
}

export interface MockRegel {
  id: number;
  blad: string;
  bereik: string;
  type: string;
  formule: string;
  vulling: string | null;
  tekst: string | null;
}

export interface MockBlad {
  naam: string;
  id: string;
  zichtbaarheid: string;
  cellen: Map<string, MockCel>;
  /** Tabellen: bereik met kopregel en totaalrij; `kopregel` standaard aan (showHeaders), `totaalrij` uit (showTotals). */
  tabellen: { naam: string; bereik: string; kopregel?: boolean; totaalrij?: boolean }[];
  /** Samengevoegde cellen ("A3:A4"), voor range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  samengevoegd?: string[];
  /** Namen op bladniveau (worksheet.names): naam → verwijzing. */
  namen?: Map<string, string>;
  /** Kolombreedte in punten per kolomnummer (range.format.columnWidth). */
  breedtes?: Map<number, number>;
  /** Celopmaak per "rij,kolom" (range.format.fill.color, font.color, font.bold); clear() wist haar mee. */
  opmaak?: Map<string, { vulling?: string; tekst?: string; vet?: boolean }>;
  /** Afdrukinstellingen (worksheet.pageLayout). */
  afdruk?: { orientation?: string; zoom?: unknown };
}

export interface MockStaat {
  bladen: MockBlad[];
  namen: Map<string, string>;
  instellingen: Map<string, unknown>;
  regels: MockRegel[];
  datum1904: boolean;
  selectie: string | null;
  actiefBlad: string | null;
}

export interface MockOpties {
  /**
   * Excel op het web: een verzoek of antwoord boven zoveel bytes faalt (5 MB). Het verzoek telt de
   * JSON-omvang van geschreven waarden en ~60 bytes per opdracht (load, methode); het antwoord de
   * JSON-omvang van alle geladen eigenschappen.
   */
  limietBytes?: number;
  /** Excel op het web: een ronde die meer cellen leest faalt (5 miljoen). */
  limietCellen?: number;
  /** Werkmapstructuur beveiligd: bladen toevoegen faalt. */
  structuurBeveiligd?: boolean;
}

/** JSON-omvang in bytes (UTF-8), zoals Excel op het web de 5 MB-grens telt. */
const encoder = new TextEncoder();
function jsonBytes(x: unknown): number {
  return encoder.encode(JSON.stringify(x ?? null)).length;
}

function kolomNummer(letters: string): number {
  let k = 0;
  for (const ch of letters.toUpperCase()) k = k * 26 + (ch.charCodeAt(0) - 64);
  return k;
}

function kolomLetters(k: number): string {
  let s = "";
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

export interface Rechthoek {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function ontleed(adres: string): Rechthoek {
  const deel = adres.slice(adres.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b] = deel.split(":");
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new Error(`mock: onbekend adres ${adres}`);
    return { r: Number(m[2]), c: kolomNummer(m[1]) };
  };
  const x = p(a);
  const y = b ? p(b) : x;
  return { r1: Math.min(x.r, y.r), c1: Math.min(x.c, y.c), r2: Math.max(x.r, y.r), c2: Math.max(x.c, y.c) };
}

export function adresVan(h: Rechthoek): string {
  const a = `${kolomLetters(h.c1)}${h.r1}`;
  const b = `${kolomLetters(h.c2)}${h.r2}`;
  return a === b ? a : `${a}:${b}`;
}

function snijdt(a: Rechthoek, b: Rechthoek): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function bladAdres(naam: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

export function nieuweStaat(): MockStaat {
  return { bladen: [], namen: new Map(), instellingen: new Map(), regels: [], datum1904: false, selectie: null, actiefBlad: null };
}

/** Zet een blok waarden (rij voor rij) op een blad vanaf een linkerbovencel. */
export function zetWaarden(staat: MockStaat, blad: string, linksboven: string, waarden: Waarde[][]): MockBlad {
  let b = staat.bladen.find((x) => x.naam === blad);
  if (!b) {
    b = { naam: blad, id: `{id-${staat.bladen.length + 1}-${blad}}`, zichtbaarheid: "Visible", cellen: new Map(), tabellen: [] };
    staat.bladen.push(b);
  }
  const p = ontleed(linksboven);
  waarden.forEach((rij, i) =>
    rij.forEach((v, j) => {
      if (v !== "" && v !== null && v !== undefined) b!.cellen.set(`${p.r1 + i},${p.c1 + j}`, { v });
    }),
  );
  return b;
}

/** Een diepe, vergelijkbare momentopname van de staat (voor "verandert niets"-tests). */
export function momentopname(staat: MockStaat): unknown {
  return {
    bladen: staat.bladen.map((b) => ({
      naam: b.naam,
      zichtbaarheid: b.zichtbaarheid,
      cellen: [...b.cellen.entries()].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0)),
      opmaak: [...(b.opmaak?.entries() ?? [])].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0)),
      tabellen: b.tabellen,
    })),
    namen: [...staat.namen.entries()].sort(),
    instellingen: [...staat.instellingen.entries()].sort(),
    regels: staat.regels.map(({ id: _id, ...r }) => r),
  };
}

export interface MockContext {
  workbook: any;
  application: any;
  sync(): Promise<void>;
  /** Aantal syncs sinds het maken (of `reset`). */
  syncs: number;
  /** Omvang (bytes, JSON) van elk verzoek en elk antwoord, per sync. */
  verzoekBytes: number[];
  antwoordBytes: number[];
  /** Gelezen cellen (values/formulas) per sync. */
  leesCellen: number[];
  /** Mislukte syncs (bijvoorbeeld te groot). */
  mislukt: number;
  /** Schrijfacties in volgorde, bijvoorbeeld "blad+ PW_T_1", "waarden PW_T_1!F5:F30". */
  log: string[];
  staat: MockStaat;
  reset(): void;
}

/** Maakt een RequestContext op de staat. Gelezen eigenschappen zijn pas na sync beschikbaar. */
export function maakContext(staat: MockStaat, opties: MockOpties = {}): MockContext {
  let verzoek = 0;
  let antwoord = 0;
  let cellen = 0;
  let wachtend: (() => void)[] = [];
  let fout: Error | null = null;
  let volgendeRegelId = staat.regels.reduce((m, r) => Math.max(m, r.id), 0) + 1;

  const ctx: MockContext = {
    workbook: null,
    application: {
      suspendApiCalculationUntilNextSync: () => ctx.log.push("rekenen uit"),
      calculate: (soort: string) => ctx.log.push(`herbereken ${soort}`),
    },
    syncs: 0,
    verzoekBytes: [],
    antwoordBytes: [],
    leesCellen: [],
    mislukt: 0,
    log: [],
    staat,
    reset() {
      ctx.syncs = 0;
      ctx.verzoekBytes = [];
      ctx.antwoordBytes = [];
      ctx.leesCellen = [];
      ctx.mislukt = 0;
      ctx.log = [];
    },
    async sync() {
      ctx.syncs++;
      ctx.verzoekBytes.push(verzoek);
      ctx.antwoordBytes.push(antwoord);
      ctx.leesCellen.push(cellen);
      const limiet = opties.limietBytes;
      const limietCellen = opties.limietCellen;
      // Zoals Excel op het web: te groot → de hele ronde faalt (vóór er iets uitgevoerd is).
      let f: Error | null = null;
      if (limiet !== undefined && verzoek > limiet) f = metCode(`RequestPayloadSizeLimitExceeded (${verzoek} bytes)`, "RequestPayloadSizeLimitExceeded");
      else if (limiet !== undefined && antwoord > limiet) f = metCode(`ResponsePayloadSizeLimitExceeded (${antwoord} bytes)`, "ResponsePayloadSizeLimitExceeded");
      else if (limietCellen !== undefined && cellen > limietCellen) f = metCode(`OperationCellsExceedLimit (${cellen} cellen)`, "OperationCellsExceedLimit");
      f = fout ?? f;
      const klaar = wachtend;
      wachtend = [];
      verzoek = 0;
      antwoord = 0;
      cellen = 0;
      fout = null;
      if (f) {
        ctx.mislukt++;
        throw f;
      }
      for (const k of klaar) k();
    },
  };

  /** Een geladen eigenschap: leesbaar na de volgende sync. */
  function laadbaar(obj: any, props: Record<string, () => unknown>) {
    const geladen: Record<string, unknown> = {};
    const klaar: Record<string, boolean> = {};
    obj.load = (wat?: string | string[] | Record<string, unknown>) => {
      const lijst = (Array.isArray(wat) ? wat : typeof wat === "string" ? wat.split(",") : Object.keys(props)).map((s) => s.trim().split("/")[0]);
      verzoek += 60;
      for (const p of lijst) {
        if (!(p in props)) continue;
        const v = props[p]();
        antwoord += jsonBytes(v);
        if ((p === "values" || p === "formulas") && Array.isArray(v)) cellen += v.reduce((n: number, rij: unknown[]) => n + rij.length, 0);
        wachtend.push(() => {
          geladen[p] = v;
          klaar[p] = true;
        });
      }
      return obj;
    };
    for (const p of Object.keys(props)) {
      if (Object.getOwnPropertyDescriptor(obj, p)) continue;
      Object.defineProperty(obj, p, {
        configurable: true,
        enumerable: true,
        get() {
          if (!klaar[p]) throw new Error(`mock: eigenschap ${p} gelezen zonder load + sync`);
          return geladen[p];
        },
      });
    }
    return obj;
  }

  function metCode(bericht: string, code: string): Error {
    return Object.assign(new Error(bericht), { code });
  }
  /**
   * Schrijfacties worden meteen op de staat uitgevoerd (leesacties nemen een momentopname bij `load`);
   * de adapter leest nooit in dezelfde ronde terug wat hij schrijft. Een ronde die te groot is, mag daarom
   * geen schrijfacties bevatten die ertoe doen: de tests controleren dat geen ronde te groot is.
   */
  function schrijf(omschrijving: string, bytes: number, actie: () => void) {
    verzoek += bytes + 60;
    ctx.log.push(omschrijving);
    try {
      actie();
    } catch (e) {
      fout = fout ?? (e as Error);
    }
  }

  function vindBlad(naam: string): MockBlad {
    const b = staat.bladen.find((x) => x.naam === naam);
    if (!b) throw new Error(`ItemNotFound: blad ${naam}`);
    return b;
  }

  function regelProxy(r: MockRegel) {
    const custom = {
      rule: {} as any,
      format: { fill: {} as any, font: {} as any },
    };
    Object.defineProperty(custom.rule, "formula", {
      get: () => r.formule,
      set: (v: string) => schrijf(`regel ${r.blad}!${r.bereik} ${v}`, v.length, () => (r.formule = v)),
    });
    Object.defineProperty(custom.format.fill, "color", { set: (v: string) => schrijf(`vulling ${v}`, 10, () => (r.vulling = v)) });
    Object.defineProperty(custom.format.font, "color", { set: (v: string) => schrijf(`tekst ${v}`, 10, () => (r.tekst = v)) });
    const cf: any = {
      custom,
      delete: () =>
        schrijf(`regel- ${r.blad}!${r.bereik} ${r.formule}`, 20, () => {
          staat.regels = staat.regels.filter((x) => x !== r);
        }),
    };
    laadbaar(cf, { type: () => r.type });
    const cnull: any = { isNullObject: r.type !== "Custom", rule: {} };
    Object.defineProperty(cnull.rule, "formula", {
      get: () => {
        if (!klaarRegels.has(r.id)) throw new Error("mock: regelformule gelezen zonder load + sync");
        return r.formule;
      },
    });
    cf.customOrNullObject = cnull;
    return cf;
  }
  const klaarRegels = new Set<number>();

  function bereikProxy(blad: MockBlad, h: Rechthoek | null, nullObject = false): any {
    const r: any = { isNullObject: nullObject };
    const waarden = () => {
      if (!h) return [];
      const uit: Waarde[][] = [];
      for (let i = h.r1; i <= h.r2; i++) {
        const rij: Waarde[] = [];
        for (let j = h.c1; j <= h.c2; j++) rij.push(blad.cellen.get(`${i},${j}`)?.v ?? "");
        uit.push(rij);
      }
      return uit;
    };
    const formules = () => waarden().map((rij, i) => rij.map((v, j) => blad.cellen.get(`${h!.r1 + i},${h!.c1 + j}`)?.f ?? v));
    laadbaar(r, {
      address: () => (h ? `${bladAdres(blad.naam)}!${adresVan(h)}` : ""),
      values: waarden,
      formulas: formules,
    });
    const zet = (soort: "values" | "formulas", w: Waarde[][]) => {
      if (!h) throw new Error("mock: schrijven in een null-bereik");
      if (w.length !== h.r2 - h.r1 + 1 || w.some((rij) => rij.length !== h.c2 - h.c1 + 1)) throw new Error(`mock: afmeting past niet bij ${adresVan(h)}`);
      schrijf(`${soort} ${blad.naam}!${adresVan(h)}`, jsonBytes(w), () => {
        w.forEach((rij, i) =>
          rij.forEach((v, j) => {
            const sleutel = `${h.r1 + i},${h.c1 + j}`;
            if (soort === "formulas" && typeof v === "string" && v.startsWith("=")) {
              const waarde = v.toUpperCase() === "=DATE(1904,1,1)" ? (staat.datum1904 ? 0 : 1462) : "";
              blad.cellen.set(sleutel, { v: waarde, f: v });
            } else if (v === "" || v === null) blad.cellen.delete(sleutel);
            else blad.cellen.set(sleutel, { v });
          }),
        );
      });
    };
    Object.defineProperty(r, "values", {
      get: Object.getOwnPropertyDescriptor(r, "values")!.get,
      set: (w: Waarde[][]) => zet("values", w),
    });
    r.format = { fill: {}, font: {} };
    const celOpmaak = (wat: string, v: unknown, zet: (o: { vulling?: string; tekst?: string; vet?: boolean }) => void) =>
      schrijf(`opmaak ${blad.naam}!${h ? adresVan(h) : "-"} ${wat} ${String(v)}`, 20, () => {
        if (!h) return;
        for (let i = h.r1; i <= h.r2; i++)
          for (let j = h.c1; j <= h.c2; j++) {
            const o = (blad.opmaak ??= new Map()).get(`${i},${j}`) ?? {};
            zet(o);
            blad.opmaak.set(`${i},${j}`, o);
          }
      });
    Object.defineProperty(r.format.fill, "color", { set: (v: string) => celOpmaak("vulling", v, (o) => (o.vulling = v)) });
    Object.defineProperty(r.format.font, "color", { set: (v: string) => celOpmaak("tekst", v, (o) => (o.tekst = v)) });
    Object.defineProperty(r.format.font, "bold", { set: (v: boolean) => celOpmaak("vet", v, (o) => (o.vet = v)) });
    Object.defineProperty(r.format, "columnWidth", {
      set: (w: number) =>
        schrijf(`breedte ${blad.naam}!${h ? adresVan(h) : "-"} ${w}`, 20, () => {
          if (!h) return;
          for (let j = h.c1; j <= h.c2; j++) (blad.breedtes ??= new Map()).set(j, w);
        }),
    });
    Object.defineProperty(r, "formulas", {
      get: Object.getOwnPropertyDescriptor(r, "formulas")!.get,
      set: (w: Waarde[][]) => zet("formulas", w),
    });
    r.clear = () =>
      schrijf(`wissen ${blad.naam}!${h ? adresVan(h) : "-"}`, 20, () => {
        for (const k of [...blad.cellen.keys()]) {
          const [i, j] = k.split(",").map(Number);
          if (!h || (i >= h.r1 && i <= h.r2 && j >= h.c1 && j <= h.c2)) blad.cellen.delete(k);
        }
        for (const k of [...(blad.opmaak?.keys() ?? [])]) {
          const [i, j] = k.split(",").map(Number);
          if (!h || (i >= h.r1 && i <= h.r2 && j >= h.c1 && j <= h.c2)) blad.opmaak!.delete(k);
        }
      });
    // ExcelApi 1.13: de samengevoegde cellen in dit bereik als RangeAreas ("Blad!A3:A4, Blad!B3:B4").
    r.getMergedAreasOrNullObject = () => {
      const lijst = (blad.samengevoegd ?? []).filter((a) => !h || snijdt(ontleed(a), h));
      const p: any = { isNullObject: lijst.length === 0 };
      laadbaar(p, { address: () => lijst.map((a) => `${bladAdres(blad.naam)}!${a}`).join(", ") });
      return p;
    };
    r.select = () => schrijf(`selecteer ${blad.naam}!${h ? adresVan(h) : ""}`, 20, () => (staat.selectie = `${blad.naam}!${h ? adresVan(h) : ""}`));
    const cfs: any = {
      add: (type: string) => {
        const regel: MockRegel = { id: volgendeRegelId++, blad: blad.naam, bereik: h ? adresVan(h) : "", type, formule: "", vulling: null, tekst: null };
        schrijf(`regel+ ${blad.naam}!${regel.bereik}`, 40, () => staat.regels.push(regel));
        return regelProxy(regel);
      },
      clearAll: () => {
        throw new Error("mock: conditionalFormats.clearAll() is verboden (raakt opmaak van de gebruiker)");
      },
    };
    cfs.load = (_wat?: unknown) => {
      const lijst = staat.regels.filter((x) => x.blad === blad.naam && (!h || snijdt(ontleed(x.bereik), h)));
      antwoord += lijst.reduce((s, x) => s + x.formule.length + 30, 0);
      const proxies = lijst.map((x) => {
        const p = regelProxy(x);
        p.load("type");
        return p;
      });
      wachtend.push(() => {
        cfs._items = proxies;
        for (const x of lijst) klaarRegels.add(x.id);
      });
      return cfs;
    };
    Object.defineProperty(cfs, "items", {
      get: () => {
        if (!cfs._items) throw new Error("mock: conditionalFormats.items zonder load + sync");
        return cfs._items;
      },
    });
    r.conditionalFormats = cfs;
    return r;
  }

  function gebruikt(blad: MockBlad): Rechthoek | null {
    let h: Rechthoek | null = null;
    for (const [k, c] of blad.cellen) {
      if (c.v === "" && !c.f) continue;
      const [i, j] = k.split(",").map(Number);
      h = h ? { r1: Math.min(h.r1, i), c1: Math.min(h.c1, j), r2: Math.max(h.r2, i), c2: Math.max(h.c2, j) } : { r1: i, c1: j, r2: i, c2: j };
    }
    return h;
  }

  function bladProxy(naamOf: () => MockBlad): any {
    const w: any = {};
    laadbaar(w, {
      name: () => naamOf().naam,
      visibility: () => naamOf().zichtbaarheid,
      id: () => naamOf().id,
    });
    Object.defineProperty(w, "visibility", {
      get: Object.getOwnPropertyDescriptor(w, "visibility")!.get,
      set: (v: string) => schrijf(`zichtbaarheid ${v}`, 20, () => (naamOf().zichtbaarheid = v)),
    });
    w.getRange = (adres?: string) => {
      const b = naamOf();
      return bereikProxy(b, adres ? ontleed(adres) : null);
    };
    w.getUsedRangeOrNullObject = () => {
      const b = naamOf();
      const h = gebruikt(b);
      return bereikProxy(b, h, h === null);
    };
    w.delete = () =>
      schrijf(`blad- ${naamOf().naam}`, 20, () => {
        const b = naamOf();
        staat.bladen = staat.bladen.filter((x) => x !== b);
        staat.regels = staat.regels.filter((x) => x.blad !== b.naam);
      });
    w.activate = () => schrijf(`activeer ${naamOf().naam}`, 20, () => (staat.actiefBlad = naamOf().naam));
    w.pageLayout = {};
    for (const eigenschap of ["orientation", "zoom"] as const) {
      Object.defineProperty(w.pageLayout, eigenschap, {
        set: (v: unknown) => schrijf(`afdruk ${naamOf().naam} ${eigenschap} ${JSON.stringify(v)}`, 20, () => ((naamOf().afdruk ??= {})[eigenschap] = v as never)),
      });
    }
    w.names = collectie({}, () =>
      [...(naamOf().namen ?? new Map<string, string>()).entries()].map(([n, f]) => {
        const p: any = {};
        laadbaar(p, { name: () => n, formula: () => f });
        return p;
      }),
    );
    return w;
  }

  function collectie(obj: any, maakItems: () => any[]) {
    obj.load = (_wat?: unknown) => {
      const items = maakItems();
      const sub = typeof _wat === "string" ? _wat.split(",").map((x) => x.trim().replace(/^items\//, "")).join(",") : _wat;
      for (const it of items) it.load?.(sub);
      wachtend.push(() => (obj._items = items));
      return obj;
    };
    Object.defineProperty(obj, "items", {
      get: () => {
        if (!obj._items) throw new Error("mock: items gelezen zonder load + sync");
        return obj._items;
      },
    });
    return obj;
  }

  const handlers: { tabellen: ((e: unknown) => unknown)[]; bladen: ((e: unknown) => unknown)[] } = { tabellen: [], bladen: [] };
  (ctx as any).handlers = handlers;

  const bladen = collectie({}, () =>
    staat.bladen.map((b) => {
      const p = bladProxy(() => b);
      return p;
    }),
  );
  bladen.getItem = (naam: string) => bladProxy(() => vindBlad(naam));
  bladen.add = (naam: string) => {
    let nieuw: MockBlad | null = null;
    const spook: MockBlad = { naam, id: "", zichtbaarheid: "Visible", cellen: new Map(), tabellen: [] };
    schrijf(`blad+ ${naam}`, 30, () => {
      if (opties.structuurBeveiligd) throw new Error("AccessDenied: werkmapstructuur beveiligd");
      if (staat.bladen.some((x) => x.naam === naam)) throw new Error(`ItemAlreadyExists: ${naam}`);
      nieuw = { naam, id: `{id-${staat.bladen.length + 1}-${naam}}`, zichtbaarheid: "Visible", cellen: new Map(), tabellen: [] };
      staat.bladen.push(nieuw);
    });
    return bladProxy(() => nieuw ?? spook);
  };
  bladen.onChanged = { add: (h: (e: unknown) => unknown) => handlers.bladen.push(h) };

  const tabellen = collectie({}, () =>
    staat.bladen.flatMap((b) =>
      b.tabellen.map((t) => {
        const p: any = { worksheet: bladProxy(() => b) };
        laadbaar(p, { name: () => t.naam, showHeaders: () => t.kopregel !== false, showTotals: () => t.totaalrij === true });
        const laad = p.load;
        p.load = (wat?: unknown) => {
          laad(wat);
          p.worksheet.load("name");
          return p;
        };
        p.getRange = () => bereikProxy(b, ontleed(t.bereik));
        return p;
      }),
    ),
  );
  tabellen.onChanged = { add: (h: (e: unknown) => unknown) => handlers.tabellen.push(h) };

  const namen = collectie({}, () =>
    [...staat.namen.keys()].map((n) => {
      const p: any = { delete: () => schrijf(`naam- ${n}`, 20, () => staat.namen.delete(n)) };
      laadbaar(p, { name: () => n, formula: () => staat.namen.get(n) });
      return p;
    }),
  );
  namen.add = (naam: string, verwijzing: string) =>
    schrijf(`naam+ ${naam} ${verwijzing}`, naam.length + verwijzing.length, () => {
      if (staat.namen.has(naam)) throw new Error(`ItemAlreadyExists: naam ${naam}`);
      staat.namen.set(naam, verwijzing);
    });

  const settings = {
    getItemOrNullObject: (sleutel: string) => {
      const p: any = { isNullObject: !staat.instellingen.has(sleutel) };
      laadbaar(p, { value: () => staat.instellingen.get(sleutel) });
      return p;
    },
    add: (sleutel: string, waarde: unknown) => schrijf(`instelling ${sleutel}`, jsonBytes(waarde), () => staat.instellingen.set(sleutel, waarde)),
  };

  // Excel.Functions (ExcelApi 1.2): rekent zonder iets in de werkmap te zetten. Alleen DATE is nodig.
  const functions = {
    date: (jaar: number, maand: number, dag: number) => {
      const p: any = {};
      const uitkomst = () => {
        if (jaar !== 1904 || maand !== 1 || dag !== 1) throw new Error("mock: alleen DATE(1904,1,1)");
        return staat.datum1904 ? 0 : 1462;
      };
      verzoek += 80;
      laadbaar(p, { value: uitkomst, error: () => undefined });
      return p;
    },
  };

  ctx.workbook = { worksheets: bladen, tables: tabellen, names: namen, settings, functions };
  return ctx;
}
