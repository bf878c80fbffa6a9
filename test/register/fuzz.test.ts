/**
 * Fuzz: 100.000 willekeurige rijen (willekeurige typen, foutwaarden, lege cellen, enorme en negatieve
 * getallen, rare tekst). Geen enkele exception, en elke slechte cel wordt gemeld op zijn rij en kolom.
 * De generator weet van elke cel of hij goed, leeg of slecht is; dat is het orakel.
 */
import { dagVan, naarExcelSerienummer, naarUtcDatum } from "../../src/core/dagen";
import { leesRegister, plaatsProbleem, type Cel } from "../../src/core/register";
import { berekenTijdlijn } from "../../src/core/tijdlijn";
import { rng } from "../../bench/hulp/rng";

type Soort = "goed" | "leeg" | "slecht";
type Gen = () => [Cel, Soort];

const r = rng(20261125);
const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const geheel = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));

const BASIS = dagVan(2022, 1, 1);
const RARE_TEKST = ["abc", "gisteren", "31-02-2026", "29-02-2025", "00-01-2026", "1-13-2026", "2026-13-01", "🤒", "  x  y ", "3 smarch 2026", "--", "1e5", "Infinity", "null", "undefined", "<script>", "'; DROP TABLE", "\u0000", "١٢-٣-٢٠٢٦"];
const FOUTEN = ["#N/A", "#WAARDE!", "#VALUE!", "#REF!", "#VERW!", "#DIV/0!", "#DEEL/0!", "#NAAM?", "#NAME?", "#GETAL!", "#NUM!", "#NULL!", "#LEEG!", "#SPILL!", "#CALC!"];
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function goedeDatum(): Cel {
  const d = BASIS + geheel(0, 1700);
  switch (geheel(0, 4)) {
    case 0:
      return naarExcelSerienummer(d);
    case 1:
      return naarExcelSerienummer(d) + r() * 0.99;
    case 2:
      return naarUtcDatum(d);
    case 3: {
      const iso = naarUtcDatum(d).toISOString().slice(0, 10);
      const [j, m, dg] = iso.split("-");
      return kies([`${+dg}-${+m}-${j}`, `${dg}-${m}-${j}`, iso, `${+dg} ${MAANDEN[+m - 1]} ${j}`, `${dg}/${m}/${j}`]);
    }
    default:
      return naarExcelSerienummer(d);
  }
}
const leeg: Gen = () => [kies<Cel>(["", null, undefined, 0, "   "]), "leeg"];
function slechtGetal(): Cel {
  return kies<Cel>([-geheel(1, 1e9), geheel(1, 29000), 1e12 + r(), Number.MAX_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity, 60]);
}
const datumGen: Gen = () => {
  const x = r();
  if (x < 0.45) return [goedeDatum(), "goed"];
  if (x < 0.7) return leeg();
  const y = r();
  if (y < 0.3) return [kies(FOUTEN), "slecht"];
  if (y < 0.45) return [r() < 0.5, "slecht"];
  if (y < 0.7) return [slechtGetal(), "slecht"];
  if (y < 0.8) return [new Date(NaN), "slecht"];
  return [kies(RARE_TEKST), "slecht"];
};
const naamGen: Gen = () => {
  const x = r();
  if (x < 0.8) return [kies(["Jan", "Piet", "Kees", "Anna", "Fatima", "Mohammed", "Els", "Daan"]) + " " + geheel(1, 3000), "goed"];
  if (x < 0.9) return [geheel(1, 9999), "goed"];
  if (x < 0.95) return leeg();
  return [kies<Cel>([...FOUTEN, true, false, NaN]), "slecht"];
};
const jaNeeGen: Gen = () => {
  const x = r();
  if (x < 0.5) return [kies<Cel>(["ja", "nee", "x", "X", "Ja", true, false, 1, 0, "waar", "onwaar"]), "goed"];
  if (x < 0.75) return leeg();
  return [kies<Cel>([...FOUTEN, "misschien", "?", -3, NaN, Infinity, "abc"]), "slecht"];
};
const wekenGen: Gen = () => {
  const x = r();
  if (x < 0.3) return [kies<Cel>([13, 26, "13", "20 weken", 52]), "goed"];
  if (x < 0.7) return leeg();
  return [kies<Cel>([...FOUTEN, 13.5, -13, 1e9, "dertien", true, NaN, naarUtcDatum(BASIS)]), "slecht"];
};
const evaluatiesGen: Gen = () => {
  const x = r();
  if (x < 0.4) {
    const n = geheel(1, 4);
    const delen = Array.from({ length: n }, () => {
      const c = goedeDatum();
      return typeof c === "string" ? c : naarUtcDatum(BASIS + geheel(0, 1700)).toISOString().slice(0, 10);
    });
    return [delen.join(kies(["; ", ", ", "\n", ";"])), "goed"];
  }
  if (x < 0.7) return leeg();
  return [kies<Cel>([...FOUTEN, "1-1-2026; gisteren", "31-02-2026", true, -5]), "slecht"];
};

const KOLOMMEN: { kop: string; gen: Gen }[] = [
  { kop: "Werknemer", gen: naamGen },
  { kop: "Eerste ziektedag", gen: datumGen },
  { kop: "Hersteldatum", gen: datumGen },
  { kop: "PA", gen: datumGen },
  { kop: "Plan van aanpak", gen: datumGen },
  { kop: "42e-weeksmelding", gen: datumGen },
  { kop: "Persoonsprofiel", gen: jaNeeGen },
  { kop: "Vrijwillige verlenging", gen: wekenGen },
  { kop: "Evaluaties", gen: evaluatiesGen },
  { kop: "Loonsanctie tot", gen: datumGen },
  { kop: "Diagnose", gen: () => [kies<Cel>(["griep", "#N/A", NaN, true, ""]), "leeg"] },
  { kop: "Afdeling", gen: () => [kies<Cel>(["HR", "#N/A", NaN, -1e300, null]), "leeg"] },
];
const LETTERS = "ABCDEFGHIJKL";
/** Meldingen die op een goede cel mogen staan: verbanden tussen cellen, niet de cel zelf. */
const RELATIONEEL = new Set(["HERSTEL_VOOR_ZIEKTE", "DUBBELE_RIJ", "GEEN_WERKNEMER", "GEEN_EERSTE_ZIEKTEDAG"]);

test("100.000 willekeurige rijen: geen exception, elke slechte cel gemeld", () => {
  const N = 100_000;
  const RIJ_OFFSET = 3;
  const waarden: Cel[][] = [KOLOMMEN.map((k) => k.kop)];
  const slecht = new Set<string>();
  const goed = new Set<string>();
  for (let i = 0; i < N; i++) {
    const rij: Cel[] = [];
    const rijNummer = RIJ_OFFSET + 1 + i;
    KOLOMMEN.forEach((k, j) => {
      const [cel, soort] = k.gen();
      rij.push(cel);
      if (soort === "slecht") slecht.add(`${rijNummer}:${LETTERS[j]}`);
      if (soort === "goed") goed.add(`${rijNummer}:${LETTERS[j]}`);
    });
    // Soms een korte (rafelige) rij.
    if (r() < 0.01) rij.length = geheel(0, rij.length);
    waarden.push(rij);
  }
  // Rafelige rijen: afgekapte cellen zijn leeg.
  for (let i = 1; i < waarden.length; i++) {
    for (let j = waarden[i].length; j < KOLOMMEN.length; j++) {
      slecht.delete(`${RIJ_OFFSET + i}:${LETTERS[j]}`);
      goed.delete(`${RIJ_OFFSET + i}:${LETTERS[j]}`);
    }
  }

  const reg = leesRegister(waarden, { rijOffset: RIJ_OFFSET, blad: "Fuzz" });
  expect(reg).not.toBeNull();
  const register = reg!;
  const gemeld = new Map<string, string[]>();
  for (const p of register.problemen) {
    if (p.rij === undefined || p.kolomLetter === undefined) continue;
    const k = `${p.rij}:${p.kolomLetter}`;
    gemeld.set(k, [...(gemeld.get(k) ?? []), p.code]);
  }
  const gemist = [...slecht].filter((k) => !gemeld.has(k));
  expect(gemist.slice(0, 10).map((k) => { const [rr, l] = k.split(":"); return [k, waarden[+rr - RIJ_OFFSET][LETTERS.indexOf(l)], waarden[+rr - RIJ_OFFSET]]; })).toEqual([]);
  const onterecht = [...goed].filter((k) => (gemeld.get(k) ?? []).some((c) => !RELATIONEEL.has(c)));
  expect(onterecht.slice(0, 10).map((k) => [k, gemeld.get(k)])).toEqual([]);
  expect(slecht.size).toBeGreaterThan(100_000);
  // Elke melding is Nederlandse tekst met een hoofdletter en zonder "undefined"/"NaN"-lekken in de plek.
  // (Eén expect over de hele lijst: een expect per melding kost bij 200.000 meldingen tientallen seconden.)
  expect(register.problemen.filter((p) => typeof p.melding !== "string" || p.melding.length <= 5).slice(0, 5)).toEqual([]);
  expect(register.problemen.filter((p) => p.code === "PRIVACY_KOLOM")).toHaveLength(1);
  expect(JSON.stringify(register.dossiers.slice(0, 2000))).not.toContain("griep");

  // De engine en plaatsProbleem lopen over elk dossier zonder exception.
  const peildatum = dagVan(2026, 11, 25);
  let metTijdlijn = 0;
  const zonderRij: unknown[] = [];
  for (const dossier of register.dossiers) {
    const t = berekenTijdlijn(dossier.invoer, peildatum);
    if (t.ok) {
      metTijdlijn++;
      for (const p of t.tijdlijn.problemen) {
        const q = plaatsProbleem(p, dossier, register);
        if (!(q.rij !== undefined && q.rij > RIJ_OFFSET)) zonderRij.push(q);
      }
    }
  }
  expect(zonderRij.slice(0, 5)).toEqual([]);
  expect(metTijdlijn).toBe(register.dossiers.length);
  expect(register.dossiers.length).toBeGreaterThan(1000);
}, 120_000);
