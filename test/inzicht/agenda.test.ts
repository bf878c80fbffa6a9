/** Herinneringen als iCalendar (RFC 5545): syntaxis gecontroleerd met ical.js, stabiele UID's, geen medische gegevens. */
import ICAL from "ical.js";
import { agendaItems, maakIcs, ontsnap, vouw } from "../../src/core/agenda";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister } from "../../src/core/register";
import type { Cel } from "../../src/core/register/cellen";
import { d } from "../helpers";

const KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Probleemanalyse", "Plan van aanpak", "42e-weeksmelding"];

function ics(rijen: Cel[][], peildatum: string) {
  const reg = leesRegister([KOPPEN, ...rijen], { tabel: "Verzuim", blad: "Verzuim" });
  if (!reg) throw new Error("geen register");
  const P = d(peildatum);
  const { evaluaties } = evalueerRegister(reg, P);
  const items = agendaItems(evaluaties, { peildatum: P });
  return { items, tekst: maakIcs(items, { peildatum: P, naam: "Klant, B.V.; verzuim" }) };
}

const RIJEN: Cel[][] = [
  ["Jan de Vries", "101", "2026-10-01", "", "", ""], // PA te laat op 25-11, PVA binnenkort/te laat, UWV42 gepland
  ["Bakker, P.; vestiging Zuid", "104", "2026-11-01", "2026-11-10", "", ""],
  ["Émile Ñoño-Łukasz met een heel lange naam die de regel over de vijfenzeventig octetten duwt", "102", "2026-11-20", "2026-11-24", "", ""],
];

describe("iCalendar-bestand", () => {
  const { items, tekst } = ics(RIJEN, "2026-11-25");

  test("ical.js leest het bestand: één VEVENT per open stap, elk met UID, DTSTAMP en een datum", () => {
    const comp = new ICAL.Component(ICAL.parse(tekst));
    const events = comp.getAllSubcomponents("vevent");
    expect(events.length).toBe(items.length);
    expect(events.length).toBeGreaterThan(4);
    for (const v of events) {
      const e = new ICAL.Event(v);
      expect(e.uid).toMatch(/^[0-9a-f]{16}-[a-z0-9]+@poortwachter-voor-excel$/);
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBeGreaterThan(0);
      expect(v.getFirstPropertyValue("dtstamp")).toBeTruthy();
    }
    // Komma en puntkomma in een naam komen ongeschonden terug.
    expect(events.map((v) => new ICAL.Event(v).summary)).toContain("Bakker, P.; vestiging Zuid — Plan van aanpak (te laat sinds 25-11-2026)");
  });

  test("regels met CRLF, geen regel langer dan 75 octetten", () => {
    expect(tekst.endsWith("\r\n")).toBe(true);
    for (const regel of tekst.split("\r\n")) expect(Buffer.byteLength(regel, "utf8")).toBeLessThanOrEqual(75);
    expect(tekst.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  test("samenvatting 'naam — stap'; te late stap op de peildatum met de termijn erbij", () => {
    const comp = new ICAL.Component(ICAL.parse(tekst));
    const pa = comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => e.summary.startsWith("Jan de Vries — Probleemanalyse"));
    expect(pa?.summary).toBe("Jan de Vries — Probleemanalyse (te laat sinds 12-11-2026)");
    expect(pa?.startDate.toString()).toBe("2026-11-25");
    expect(pa?.description).toMatch(/Bron: Regeling procesgang/);
  });

  test("dezelfde invoer een week later: dezelfde UID's voor dezelfde stappen (bijwerken, niet verdubbelen)", () => {
    const later = ics(RIJEN, "2026-12-02");
    const uids = new Set(items.map((i) => i.uid));
    for (const i of later.items) if (!i.uid.includes("-pva@")) expect(uids.has(i.uid) || i.uid.includes("-eval@")).toBe(true);
    expect(new Set(later.items.map((i) => i.uid)).size).toBe(later.items.length);
  });

  test("geen onbekende stappen: zonder kolom geen herinnering", () => {
    const r = ics([["Kees", "103", "2026-10-01", "", "", ""]], "2026-11-25");
    expect(r.items.some((i) => /Eerstejaarsevaluatie|Start spoor 2/.test(i.samenvatting))).toBe(false);
  });
});

describe("tekstwaarden en vouwen (RFC 5545 §3.3.11 en §3.1)", () => {
  test.each([
    ["puntkomma en komma", "a;b,c", "a\\;b\\,c"],
    ["backslash", "a\\b", "a\\\\b"],
    ["regeleinde", "a\nb", "a\\nb"],
  ])("%s", (_n, invoer, verwacht) => {
    expect(ontsnap(invoer)).toBe(verwacht);
  });
  test("een lange regel met meerbytetekens wordt gevouwen zonder een teken te splitsen", () => {
    const regel = "SUMMARY:" + "é".repeat(100);
    const gevouwen = vouw(regel);
    expect(gevouwen.replace(/\r\n /g, "")).toBe(regel);
    for (const r of gevouwen.split("\r\n")) expect(Buffer.byteLength(r, "utf8")).toBeLessThanOrEqual(75);
  });
});
