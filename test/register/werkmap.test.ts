import { formatISO, naarExcelSerienummer } from "../../src/core/dagen";
import { evalueerRegister } from "../../src/core/pipeline";
import { archiefTekst, isArchiefNaam, leesRegister, leesRegisterDeel, voegBladenSamen, type Cel, type Register, type RegisterDeel } from "../../src/core/register";
import { meldingenVan } from "../../src/core/statistiek";
import { rng } from "../../bench/hulp/rng";
import { d } from "../helpers";

const s = (iso: string) => naarExcelSerienummer(d(iso));
const P = d("2026-06-10");
const kop: Cel[] = ["Naam", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse"];

function deel(waarden: Cel[][], blad: string): RegisterDeel {
  const x = leesRegisterDeel(waarden, { blad });
  if (!x) throw new Error("geen register");
  return x;
}

/** Live blad: Jan weer ziek sinds 25-5 (na 21 dagen beter), Piet ziek. Archief: Jan (PA nooit gedaan), Klaas. */
function werkmap(archiefNaam = "Archief 2025") {
  const live = deel(
    [
      kop,
      ["Piet", 2, s("2026-05-01"), "", s("2026-06-01")],
      ["Jan", 1, s("2026-05-25"), "", ""],
    ],
    "Verzuim",
  );
  const archief = deel(
    [
      kop,
      ["Klaas", 3, s("2025-09-01"), s("2025-10-01"), s("2025-09-20")],
      ["Jan", 1, s("2026-03-02"), s("2026-05-04"), ""],
    ],
    archiefNaam,
  );
  return voegBladenSamen([live, archief], P);
}

describe("één werkmap, één personeelsbestand", () => {
  test("perioden op het archiefblad tellen samen met het live blad; het dossier staat op het live blad", () => {
    const [live, archief] = werkmap();
    expect(live.archief).toBeUndefined();
    expect(archief.archief).toEqual({ meldingen: 2, naamHint: true });
    expect(archiefTekst(archief)).toBe(
      "Blad 'Archief 2025' gelezen als archief: 2 afgesloten meldingen, gebruikt voor samentellen en verzuimcijfers; niet als werk getoond.",
    );
    expect(live.dossiers.map((x) => x.werknemer)).toEqual(["Piet", "Jan"]);
    const jan = live.dossiers[1];
    expect(jan.rijen).toEqual([3]);
    expect(jan.rij).toBe(3);
    expect(jan.elders).toEqual([{ blad: "Archief 2025", rij: 3, eersteZiektedag: d("2026-03-02") }]);
    expect(jan.invoer.eerderePerioden).toEqual([{ eersteZiektedag: d("2026-03-02"), hersteldatum: d("2026-05-04") }]);
    // Het archief houdt alleen de ketens die daar eindigen.
    expect(archief.dossiers.map((x) => x.werknemer)).toEqual(["Klaas"]);
    // De te late probleemanalyse (uiterlijk week 6 van de eerste periode) verdwijnt niet.
    const ev = evalueerRegister(live, P);
    const janEv = ev.evaluaties.find((e) => e.dossier.werknemer === "Jan")!;
    expect(janEv.tijdlijn.samengeteldeDagen).toBe(21);
    expect(janEv.tijdlijn.mijlpalen.PA.status).toBe("te-laat");
    // Zonder samentellen (alleen het live blad) was de PA nog niet eens aan de orde.
    const alleen = leesRegister([kop, ["Jan", 1, s("2026-05-25"), "", ""]], { blad: "Verzuim" })!;
    expect(evalueerRegister(alleen, P).evaluaties[0].tijdlijn.mijlpalen.PA.status).not.toBe("te-laat");
  });

  test("een archief is geschiedenis: geen evaluaties en niets voor het kleurplan", () => {
    const [, archief] = werkmap();
    const ev = evalueerRegister(archief, P);
    expect(ev.evaluaties).toEqual([]);
    expect(ev.items).toEqual([]);
  });

  test("de inhoud beslist: alleen afgesloten meldingen naast een blad met open meldingen is archief, ook zonder archiefnaam", () => {
    const [, oud] = werkmap("2025");
    expect(oud.archief).toEqual({ meldingen: 2, naamHint: false });
  });

  test("één blad zonder archiefnaam blijft het register, ook als iedereen hersteld is (zelfde uitkomst als leesRegister)", () => {
    const w: Cel[][] = [kop, ["Klaas", 3, s("2025-09-01"), s("2025-10-01"), s("2025-09-20")], ["Jan", 1, s("2026-03-02"), s("2026-05-04"), ""]];
    const [r] = voegBladenSamen([deel(w, "Verzuim")], P);
    expect(r.archief).toBeUndefined();
    expect(r.dossiers).toEqual(leesRegister(w, { blad: "Verzuim" })!.dossiers);
    expect(evalueerRegister(r, P).evaluaties).toHaveLength(2);
  });

  test("de naam is een hint: een blad 'Archief' met een open melding is een gewoon register, met een waarschuwing", () => {
    const a = deel([kop, ["Klaas", 3, s("2025-09-01"), s("2025-10-01"), ""], ["Jan", 1, s("2026-05-02"), "", ""]], "Archief");
    const [r] = voegBladenSamen([a], P);
    expect(r.archief).toBeUndefined();
    expect(r.problemen.map((p) => [p.code, p.rij, p.kolom, p.ernst])).toEqual([["ARCHIEF_MET_OPEN_MELDING", 3, "Hersteldatum", "waarschuwing"]]);
    expect(r.problemen[0].melding).toMatch(/blad 'Archief'.*open melding.*gewoon register/);
    expect(evalueerRegister(r, P).evaluaties).toHaveLength(2);
  });

  test("een hersteldatum na de peildatum is nog geen afgesloten melding", () => {
    const a = deel([kop, ["Jan", 1, s("2026-05-02"), s("2026-07-01"), ""]], "Oud");
    expect(voegBladenSamen([a], P)[0].archief).toBeUndefined();
    expect(voegBladenSamen([deel([kop, ["Jan", 1, s("2026-05-02"), s("2026-07-01"), ""]], "Oud")], d("2026-07-01"))[0].archief).toBeDefined();
  });

  test.each([
    ["Archief 2025", true],
    ["archief", true],
    ["Historie", true],
    ["Oud", true],
    ["Oude meldingen", true],
    ["Afgesloten", true],
    ["Verzuim", false],
    ["Oudewater", false],
    ["Verzuim 2026", false],
  ])("archiefnaam %s → %s", (naam, ja) => {
    expect(isArchiefNaam(naam)).toBe(ja);
  });

  test("overlappende perioden van één werknemer op twee bladen: probleem met beide bladen en rijen", () => {
    const live = deel([kop, ["Jan", 1, s("2026-04-20"), "", ""]], "Verzuim");
    const archief = deel([kop, ["Jan", 1, s("2026-03-02"), s("2026-05-04"), s("2026-04-01")]], "Archief");
    const [l, a] = voegBladenSamen([live, archief], P);
    expect(a.problemen).toEqual([]);
    expect(l.problemen.map((p) => [p.code, p.rij, p.kolom])).toEqual([["OVERLAP_OVER_BLADEN", 2, "Eerste ziektedag"]]);
    expect(l.problemen[0].melding).toMatch(/blad 'Verzuim', rij 2.*overlapt.*02-03-2026.*blad 'Archief', rij 2/);
    // Als één periode geteld, op het live blad, met de PA uit het archief.
    expect(l.dossiers).toHaveLength(1);
    expect(formatISO(l.dossiers[0].invoer.gedaan!.PA!)).toBe("2026-04-01");
    expect(a.dossiers).toEqual([]);
  });

  test("dezelfde melding op beide bladen (verplaatst en niet weggehaald): gemeld op het archief, die op het live blad telt", () => {
    const live = deel([kop, ["Jan", 1, s("2026-03-02"), "", ""]], "Verzuim");
    const archief = deel([kop, ["Jan", 1, s("2026-03-02"), s("2026-05-04"), ""], ["Klaas", 3, s("2025-09-01"), s("2025-10-01"), ""]], "Archief");
    const [l, a] = voegBladenSamen([live, archief], P);
    expect(a.problemen.map((p) => [p.code, p.rij])).toEqual([["DUBBEL_OVER_BLADEN", 2]]);
    expect(a.problemen[0].melding).toMatch(/staat ook op blad 'Verzuim', rij 2/);
    expect(l.dossiers).toHaveLength(1);
    expect(l.dossiers[0].invoer.hersteldatum).toBeNull();
    expect(l.dossiers[0].elders).toBeUndefined();
  });

  test("een dubbele rij op één blad van een werknemer die ook op een ander blad staat: dezelfde melding als op één blad", () => {
    const live = deel([kop, ["Jan", 1, s("2026-05-25"), "", ""], ["Jan", 1, s("2026-05-25"), "", ""]], "Verzuim");
    const archief = deel([kop, ["Jan", 1, s("2026-03-02"), s("2026-05-04"), ""]], "Archief");
    const [l] = voegBladenSamen([live, archief], P);
    expect(l.problemen.map((p) => [p.code, p.rij, p.ernst])).toEqual([["DUBBELE_RIJ", 3, "waarschuwing"]]);
    expect(l.problemen[0].melding).toBe("Deze rij is een dubbele van rij 2 (zelfde werknemer, eerste ziektedag 25-05-2026); alleen rij 2 is gebruikt.");
    expect(l.dossiers.map((x) => [x.rijen, x.elders?.length])).toEqual([[[2], 1]]);
  });

  test("een archief zonder kolom personeelsnummer vindt de werknemer aan de naam", () => {
    const live = deel([kop, ["Jan de Vries", 1, s("2026-05-25"), "", ""]], "Verzuim");
    const archief = deel([["Werknemer", "Ziek vanaf", "Hersteld"], ["jan de  vries", s("2026-03-02"), s("2026-05-04")]], "Archief");
    const [l, a] = voegBladenSamen([live, archief], P);
    expect(a.archief).toBeDefined();
    expect(l.dossiers[0].elders).toEqual([{ blad: "Archief", rij: 2, eersteZiektedag: d("2026-03-02") }]);
  });

  test("gat van 28 dagen over bladen: twee dossiers, elk op zijn eigen blad", () => {
    const live = deel([kop, ["Jan", 1, s("2026-06-01"), "", ""]], "Verzuim");
    const archief = deel([kop, ["Jan", 1, s("2026-03-02"), s("2026-05-04"), ""]], "Archief");
    const [l, a] = voegBladenSamen([live, archief], P);
    expect(l.dossiers[0].elders).toBeUndefined();
    expect(l.dossiers[0].invoer.eerderePerioden).toBeUndefined();
    expect(a.dossiers).toHaveLength(1);
  });

  test("verzuimcijfers tellen de perioden op het archief, elke melding één keer", () => {
    const regs = werkmap();
    const m = regs.flatMap(meldingenVan).map((x) => [x.werknemer, formatISO(x.eersteZiektedag), x.blad, x.rij]);
    expect(m.sort()).toEqual(
      [
        ["Jan", "2026-03-02", "Archief 2025", 3],
        ["Jan", "2026-05-25", "Verzuim", 3],
        ["Klaas", "2025-09-01", "Archief 2025", 2],
        ["Piet", "2026-05-01", "Verzuim", 2],
      ].sort(),
    );
  });

  test("verdelen over live blad en archief verandert geen keten: dezelfde dossiers als op één blad (2.000 willekeurige rijen)", () => {
    const r = rng(7);
    const alles: Cel[][] = [kop];
    const live: Cel[][] = [kop];
    const oud: Cel[][] = [kop];
    const gezien = new Set<string>();
    const start = d("2024-01-01");
    for (let i = 0; i < 2000; i++) {
      const nummer = Math.floor(r() * 300);
      const D = start + Math.floor(r() * 880);
      if (gezien.has(`${nummer}:${D}`)) continue; // geen dubbele meldingen
      gezien.add(`${nummer}:${D}`);
      const h = r() < 0.7 ? D + 1 + Math.floor(r() * 80) : null;
      const rij: Cel[] = [`W${nummer}`, nummer, naarExcelSerienummer(D), h === null ? "" : naarExcelSerienummer(h), ""];
      alles.push(rij);
      (h !== null && h <= P ? oud : live).push(rij);
    }
    const ketens = (x: Register[]) =>
      x
        .flatMap((reg) => reg.dossiers)
        .map((k) => `${k.personeelsnummer}:${[...(k.invoer.eerderePerioden ?? []).map((p) => p.eersteZiektedag), k.invoer.eersteZiektedag].join(",")}`)
        .sort();
    const een = [leesRegister(alles, { blad: "Verzuim" })!];
    const twee = voegBladenSamen([deel(live, "Verzuim"), deel(oud, "Archief")], P);
    expect(twee[1].archief).toBeDefined();
    expect(ketens(twee)).toEqual(ketens(een));
    expect(twee.flatMap((x) => x.dossiers).some((x) => x.elders)).toBe(true);
  });
});
