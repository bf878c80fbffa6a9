import type { RegisterDossier } from "../../src/core/dossier";
import {
  binnenkortVanaf,
  isEigenNaam,
  isEigenRegel,
  kolomLetter,
  leesBereik,
  LEGENDA_BLAD,
  maakMarkeringPlan,
  rijSleutel,
  sleutelFormule,
  zonderJokers,
  type MarkeringPlan,
  type MarkeringSoort,
} from "../../src/core/markering";
import { MIJLPAAL_CODES } from "../../src/core/mijlpalen";
import { evalueerRegister } from "../../src/core/pipeline";
import { leesRegister, type Cel } from "../../src/core/register";
import { berekenTijdlijn, type DossierInvoer } from "../../src/core/tijdlijn";
import { naarExcelSerienummer } from "../../src/core/dagen";
import { d, verwachteKleur } from "../helpers";
import { Fout, reken, regelWaar, type Blad, type Werkmap } from "../excel-formule";

/** De werkmap zoals Excel haar ziet na het markeren: het registerblad en de opzoektabel achter de naam. */
function werkmapVan(plan: MarkeringPlan, blad: Blad, t: number): Werkmap {
  const tabel = new Map<string, number | string>();
  for (const k of plan.kolommen) k.waarden.forEach((w, i) => w !== "" && tabel.set(`${k.eersteRij + i},${k.kolom}`, w));
  const b = leesBereik(plan.naamVerwijzing.replace(/^=/, ""))!;
  return { blad, namen: new Map([[plan.naam, { blad: (r, k) => tabel.get(`${r},${k}`), ...b }]]), vandaag: t };
}

/** De soort markering die Excel een cel geeft (de regels sluiten elkaar uit), of null. */
function soortOp(plan: MarkeringPlan, wm: Werkmap, rij: number, kolom: number): MarkeringSoort | null {
  const raak = plan.regels.filter((r) => {
    const b = leesBereik(r.bereik)!;
    return b.links === kolom && rij >= b.boven && rij <= b.onder && regelWaar(r.formule, { rij, kolom }, { rij: b.boven, kolom: b.links }, wm);
  });
  expect(raak.length).toBeLessThanOrEqual(1);
  return raak.length ? raak[0].soort : null;
}

/** Een rooster (rij 1 = werkbladrij 1) als blad; "#N/A" is een foutwaarde. */
const alsBlad = (rooster: readonly (readonly unknown[])[]): Blad => (r, k) => {
  const w = rooster[r - 1]?.[k - 1];
  return w === "#N/A" ? new Fout("#N/B") : w;
};

const NAAM = 1;
const ZIEKTEDAG = 2;

function dossier(rij: number, kolommen: Record<string, number>): RegisterDossier {
  return { rijen: [rij], rij, kolommen: { werknemer: NAAM, eersteZiektedag: ZIEKTEDAG, ...kolommen }, werknemer: "A", personeelsnummer: null, invoer: { eersteZiektedag: 0 }, gegevens: {} };
}

function kleurOp(invoer: DossierInvoer, code: "PA" | "EVAL" | "UWV42" | "EJE", cel: number | string, vandaag: string): string | null {
  // De kolom bestaat (anders is er geen cel om te kleuren): leeg = null, niet onbekend.
  const t = berekenTijdlijn({ ...invoer, gedaan: { [code]: null, ...invoer.gedaan } }, d(vandaag));
  if (!t.ok) throw new Error("geen tijdlijn");
  const rooster: unknown[][] = [];
  rooster[4] = ["A", naarExcelSerienummer(invoer.eersteZiektedag), "", "", "", cel];
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 5 }, [{ dossier: dossier(5, { [code]: 6 }), tijdlijn: t.tijdlijn }], {
    index: 1,
    datumsysteem: "1900",
    horizonDagen: 14,
    celInhoud: (r, k) => rooster[r - 1]?.[k - 1],
  });
  const tv = naarExcelSerienummer(d(vandaag));
  return soortOp(plan, werkmapVan(plan, alsBlad(rooster), tv), 5, 6);
}

describe("kleuren op het blad volgen de status van de engine", () => {
  const D = d("2026-10-01"); // PA uiterlijk 11-11-2026
  const pa = naarExcelSerienummer(d("2026-11-02"));
  test.each([
    ["PA niet gedaan, termijn verstreken: rood", {}, "PA", "", "2026-11-12", "te-laat"],
    ["PA niet gedaan, termijn vandaag: oranje", {}, "PA", "", "2026-11-11", "binnenkort"],
    ["PA niet gedaan, over 14 dagen: oranje", {}, "PA", "", "2026-10-28", "binnenkort"],
    ["PA niet gedaan, over 15 dagen: geen kleur", {}, "PA", "", "2026-10-27", null],
    ["PA ingevuld: groen", { PA: d("2026-11-02") }, "PA", pa, "2026-11-25", "gedaan"],
    ["tekst \"volgt\" in de PA-cel, termijn verstreken: rood (geen datum)", {}, "PA", "volgt", "2026-11-12", "te-laat"],
    ["tekst \"aangevraagd\" in de PA-cel, termijn nabij: oranje", {}, "PA", "aangevraagd", "2026-11-01", "binnenkort"],
    ["datum in de toekomst in de PA-cel: nog niet gedaan, rood", {}, "PA", naarExcelSerienummer(d("2026-12-01")), "2026-11-12", "te-laat"],
    ["datum vóór de eerste ziektedag in de PA-cel: niet gedaan, rood", {}, "PA", naarExcelSerienummer(d("2026-09-01")), "2026-11-12", "te-laat"],
    ["hersteld vóór de 42e week: grijs", { hersteld: true }, "UWV42", "", "2026-11-25", "nvt"],
    ["EJE: venster open (week 46), termijn over 48 dagen: oranje, net als het rapport", {}, "EJE", "", "2027-08-12", "binnenkort"],
    ["EJE: een dag vóór het venster: geen kleur", {}, "EJE", "", "2027-08-11", null],
    ["laatste evaluatie ingevuld maar de volgende is te laat: rode tekst, geen rode vulling", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-12-20", "volgende-te-laat"],
    ["laatste evaluatie ingevuld, volgende binnenkort: oranje tekst", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-12-10", "volgende-binnenkort"],
    ["laatste evaluatie ingevuld, volgende ver weg: groen", { PVA: d("2026-11-01"), EVAL: d("2026-11-05") }, "EVAL", naarExcelSerienummer(d("2026-11-05")), "2026-11-06", "gedaan"],
    ["nog geen evaluatie, de eerste is te laat: rode vulling", { PVA: d("2026-11-01") }, "EVAL", "", "2026-12-20", "te-laat"],
  ] as const)("%s", (_n, gedaan, code, cel, vandaag, kleur) => {
    const { hersteld, ...g } = gedaan as Record<string, number | boolean>;
    const invoer: DossierInvoer = { eersteZiektedag: D, gedaan: g as DossierInvoer["gedaan"], hersteldatum: hersteld ? d("2026-11-01") : null };
    expect(kleurOp(invoer, code, cel, vandaag)).toBe(kleur);
  });
  test("de kleur schuift mee met TODAY() zonder dat het plan verandert", () => {
    const invoer: DossierInvoer = { eersteZiektedag: D };
    expect(kleurOp(invoer, "PA", "", "2026-10-20")).toBe(null);
  });
  test("binnenkort: één definitie voor engine en blad", () => {
    for (const vandaag of ["2027-08-01", "2027-08-13", "2027-09-20", "2027-09-29"]) {
      const t = berekenTijdlijn({ eersteZiektedag: D, gedaan: { EJE: null } }, d(vandaag));
      if (!t.ok) throw new Error("geen tijdlijn");
      const m = t.tijdlijn.mijlpalen.EJE;
      const open = t.tijdlijn.peildatum <= m.uiterlijk;
      expect(m.status === "binnenkort").toBe(open && t.tijdlijn.peildatum >= binnenkortVanaf(m, 14));
    }
  });
});

/**
 * Het hele pad zoals de scanner het loopt: cellen → lezer → engine → kleurplan, en dan elke mijlpaalcel
 * uitgerekend als Excel. Voor elke cel moet de kleur overeenkomen met de status in het rapport.
 */
describe("blad en rapport zijn het voor elke cel eens (lezer → engine → plan)", () => {
  const KOP = ["Werknemer", "Eerste ziektedag", "Hersteldatum", "Ziekmelding arbodienst", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "Start spoor 2", "Actueel oordeel", "Eindevaluatie", "WIA-aanvraag"];
  const STAP_KOLOM: Record<string, number> = { ARBO: 4, PA: 5, PVA: 6, EVAL: 7, UWV42: 8, EJE: 9, SPOOR2: 10, AO: 11, EINDEVAL: 12, WIA: 13 };
  const P = d("2026-11-25");
  const serie = (x: number) => naarExcelSerienummer(x);
  // Deterministische pseudo-willekeur: elke run dezelfde gevallen.
  let zaad = 12345;
  const kans = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
  const soorten = (D: number): Cel[] => [
    "",
    serie(D + 3),
    serie(D + 60),
    serie(P + 10), // toekomst
    serie(D - 20), // vóór de eerste ziektedag
    "volgt",
    "aangevraagd",
    "?",
    "#N/A",
    "n.v.t.",
    "nvt",
    "12-11-2026", // tekstdatum
  ];
  const rijen: Cel[][] = [KOP];
  for (let i = 0; i < 300; i++) {
    const D = P - Math.floor(kans() * 800);
    const rij: Cel[] = [`Werknemer ${i}`, serie(D), kans() < 0.1 ? serie(D + 30) : ""];
    for (let k = 0; k < 10; k++) {
      const keuzes = soorten(D);
      rij.push(keuzes[Math.floor(kans() * keuzes.length)]);
    }
    rijen.push(rij);
  }
  const waarden = rijen.map((r) => r.map((c) => (c === "#N/A" ? c : c)));
  const register = leesRegister(waarden, { blad: "Verzuim" })!;
  const { evaluaties, items } = evalueerRegister(register, P);
  const plan = maakMarkeringPlan(register, items, {
    index: 1,
    datumsysteem: "1900",
    horizonDagen: 14,
    celInhoud: (rij, kolom) => waarden[rij - 1]?.[kolom - 1],
  });
  test("300 rijen × 10 mijlpaalcellen: dezelfde uitkomst", () => {
    const wm = werkmapVan(plan, alsBlad(waarden), serie(P));
    let vergeleken = 0;
    const verschillen: string[] = [];
    for (const e of evaluaties) {
      const rij = e.dossier.rij!;
      for (const code of MIJLPAAL_CODES) {
        if (code === "EWT") continue;
        const kolom = STAP_KOLOM[code];
        const ruw = waarden[rij - 1][kolom - 1];
        const c = ruw;
        const status = e.tijdlijn.mijlpalen[code].status;
        const isDatum = typeof c === "number" && c >= serie(e.tijdlijn.eersteZiektedag) && c <= serie(P);
        const verwacht = verwachteKleur(status, code === "EVAL", isDatum);
        const kreeg = soortOp(plan, wm, rij, kolom);
        vergeleken++;
        if (kreeg !== verwacht) verschillen.push(`rij ${rij} ${code} cel ${String(ruw)}: status ${status}, blad ${kreeg}`);
      }
    }
    expect(verschillen).toEqual([]);
    expect(vergeleken).toBe(3000);
  });
  test("elke regelformule past in Excel (ten hoogste 8192 tekens, MS-OI29500 §2.1.1085)", () => {
    const langste = Math.max(...plan.regels.map((r) => r.formule.length));
    expect(langste).toBeLessThan(8192 / 2); // ruim: ook met kolommen als XFD en een personeelsnummer én naam
  });
  test("tekst en foutwaarden in een mijlpaalcel worden gemeld met rij en kolom", () => {
    const meldingen = register.problemen.filter((p) => p.code === "GEEN_DATUM" || p.code === "FOUTWAARDE");
    expect(meldingen.length).toBeGreaterThan(100);
    expect(meldingen.every((p) => typeof p.rij === "number" && typeof p.kolom === "string")).toBe(true);
    expect(meldingen.some((p) => /de tekst in de cel is geen datum, dus de stap telt als niet gedaan/i.test(p.melding))).toBe(true);
    expect(meldingen.some((p) => /foutwaarde #N\/B/.test(p.melding))).toBe(true);
  });
  test("elke status komt voor (de vergelijking is niet leeg)", () => {
    const gezien = new Set(evaluaties.flatMap((e) => MIJLPAAL_CODES.map((c) => e.tijdlijn.mijlpalen[c].status)));
    for (const s of ["gedaan", "te-laat-gedaan", "te-laat", "binnenkort", "gepland", "nvt"]) expect(gezien).toContain(s);
  });
});

describe("plan", () => {
  const t = berekenTijdlijn({ eersteZiektedag: d("2026-10-01"), gedaan: { PA: null, PVA: null } }, d("2026-11-25"));
  const items = [
    { dossier: dossier(5, { PA: 6, PVA: 7 }), tijdlijn: t.ok ? t.tijdlijn : null },
    { dossier: dossier(7, { PA: 6, PVA: 7 }), tijdlijn: null },
  ];
  const D = naarExcelSerienummer(d("2026-10-01"), "1904");
  const rooster: unknown[][] = [];
  rooster[4] = ["Anna", D];
  rooster[6] = ["Bert", "onleesbaar"];
  const plan = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 5, laatsteRij: 8 }, items, {
    index: 2,
    datumsysteem: "1904",
    horizonDagen: 10,
    celInhoud: (r, k) => rooster[r - 1]?.[k - 1],
  });
  test("verborgen blad en naam dragen het voorvoegsel", () => {
    expect(plan.verborgenBlad).toBe("PW_T_2");
    // één dossier (rij 2): sleutel, eerste ziektedag, en per mijlpaalkolom termijn en begin van "binnenkort" (C t/m F)
    expect(plan.naamVerwijzing).toBe("='PW_T_2'!$A$2:$F$2");
    expect(isEigenNaam(plan.naam)).toBe(true);
    expect(isEigenNaam("Verzuim")).toBe(false);
    expect(isEigenNaam(LEGENDA_BLAD)).toBe(true);
    expect(plan.legenda?.regels.map((r) => r.uitleg).join(" ")).toMatch(/Binnenkort: de termijn verloopt binnen 10 dagen/);
  });
  test("een opzoektabel met één rij per dossier, in het datumsysteem van de werkmap", () => {
    expect(plan.sleutel).toEqual({ eersteZiektedag: 2, werknemer: 1 });
    expect(plan.dossiers).toBe(1);
    expect(plan.kolommen.map((k) => [k.kolom, k.eersteRij])).toEqual([[1, 2], [2, 2], [3, 2], [4, 2], [5, 2], [6, 2]]);
    expect(plan.kolommen[0].waarden).toEqual([`${D}|Anna`]);
    expect(plan.kolommen[1].waarden).toEqual([D]);
    // PA: uiterlijk 11-11-2026, binnenkort vanaf 10 dagen ervoor
    expect(plan.kolommen[2].waarden).toEqual([naarExcelSerienummer(d("2026-11-11"), "1904")]);
    expect(plan.kolommen[3].waarden).toEqual([naarExcelSerienummer(d("2026-11-01"), "1904")]);
  });
  test("vier regels per kolom, allemaal herkenbaar als eigen regel, zonder rijnummer in de opzoeking", () => {
    expect(plan.regels).toHaveLength(8);
    expect(plan.regels.every((r) => isEigenRegel(r.formule))).toBe(true);
    expect(plan.regels[0].bereik).toBe("F5:F8");
    expect(plan.regels.every((r) => r.formule.includes("MATCH(") && !/ROW\(/.test(r.formule))).toBe(true);
    expect(isEigenRegel("=A1>TODAY()")).toBe(false);
  });
  test.each([
    [1, "A"], [26, "Z"], [27, "AA"], [52, "AZ"], [703, "AAA"],
  ])("kolom %i heet %s", (n, l) => expect(kolomLetter(n)).toBe(l));
});

describe("A1-bereiken lezen (taakvenster en scanner)", () => {
  test.each([
    ["B3", { boven: 3, links: 2, onder: 3, rechts: 2 }],
    ["$A$3:$AK$31", { boven: 3, links: 1, onder: 31, rechts: 37 }],
    ["Verzuim!C6", { boven: 6, links: 3, onder: 6, rechts: 3 }],
    ["'Blad 1'!c5:a1", { boven: 1, links: 1, onder: 5, rechts: 3 }],
    ["geen bereik", null],
  ])("%s", (adres, verwacht) => expect(leesBereik(adres)).toEqual(verwacht));
});

/**
 * De kleur hoort bij de persoon, niet bij de rij (issue 20): markeer, en sorteer, filter, verwijder en voeg
 * rijen in zoals een gebruiker in Excel doet. Excel laat de regels staan (sorteren) of rekt hun bereik op
 * (invoegen); de formule blijft relatief aan de linkerbovencel. Elke persoon houdt in elke mijlpaalkolom
 * dezelfde kleur; een rij die na het markeren is toegevoegd, krijgt geen kleur.
 */
describe("sorteren, filteren, invoegen en verwijderen: de kleuren blijven bij de persoon", () => {
  const KOP = ["Personeelsnummer", "Werknemer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak", "Laatste evaluatie", "42e-weeksmelding", "Eerstejaarsevaluatie", "WIA-aanvraag"];
  const MIJLPAAL_KOLOMMEN = [5, 6, 7, 8, 9, 10];
  const P = d("2026-11-25");
  const serie = (x: number) => naarExcelSerienummer(x);
  let zaad = 777;
  const kans = () => ((zaad = (zaad * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rijen: Cel[][] = [];
  const mijlpalen = (D: number): Cel[] =>
    MIJLPAAL_KOLOMMEN.map(() => {
      const k = kans();
      return k < 0.45 ? "" : k < 0.75 ? serie(D + 20 + Math.floor(kans() * 60)) : k < 0.85 ? "volgt" : k < 0.9 ? serie(P + 30) : "n.v.t.";
    });
  for (let i = 0; i < 160; i++) {
    const D = P - Math.floor(kans() * 760);
    const pnr: Cel = i % 5 === 0 ? "" : i % 7 === 0 ? `E-${i}` : 1000 + i;
    rijen.push([pnr, `Werknemer ${i}`, serie(D), "", ...mijlpalen(D)]);
  }
  // Samentellen: een eerdere periode (hersteld) en binnen vier weken weer ziek; alleen de huidige rij is het dossier.
  for (let i = 0; i < 12; i++) {
    const D1 = P - 300 - i * 17;
    const h = D1 + 40;
    const D2 = h + 10;
    rijen.push([2000 + i, `Keten ${i}`, serie(D1), serie(h), ...mijlpalen(D1)]);
    rijen.push([2000 + i, `Keten ${i}`, serie(D2), "", ...mijlpalen(D2)]);
  }
  // Jokertekens in namen (zonder personeelsnummer) met dezelfde eerste ziektedag: MATCH mag ze niet verwarren.
  const Dj = serie(P - 120);
  for (const naam of ["Jan*", "Jan Smit", "?", "X", "~Y", "Y"]) rijen.push(["", naam, Dj, "", ...mijlpalen(P - 120)]);

  const plan0 = (rooster: Cel[][]) => {
    const register = leesRegister([KOP, ...rooster], { blad: "Verzuim" })!;
    const { items, evaluaties } = evalueerRegister(register, P);
    const plan = maakMarkeringPlan(register, items, { index: 1, datumsysteem: "1900", horizonDagen: 14, celInhoud: (r, k) => [KOP, ...rooster][r - 1]?.[k - 1] });
    return { plan, evaluaties };
  };
  const { plan, evaluaties } = plan0(rijen);
  const wie = (r: readonly Cel[]) => `${String(r[0])}|${String(r[1])}|${String(r[2])}`;

  /** Per persoon-en-periode (wie) de kleuren in de mijlpaalkolommen, voor een rooster onder de kopregel. */
  function kleuren(rooster: readonly (readonly Cel[])[], laatsteRij = rooster.length + 1): Map<string, (MarkeringSoort | null)[]> {
    const volledig = [KOP, ...rooster];
    const wm = werkmapVan(plan, alsBlad(volledig), serie(P));
    const uit = new Map<string, (MarkeringSoort | null)[]>();
    rooster.forEach((r, i) => {
      const rij = i + 2;
      uit.set(
        wie(r),
        MIJLPAAL_KOLOMMEN.map((kolom) => {
          // Het bereik van de regels zoals Excel het na invoegen of verwijderen heeft: van rij 2 tot de laatste rij.
          const raak = plan.regels.filter((x) => leesBereik(x.bereik)!.links === kolom && rij <= laatsteRij && regelWaar(x.formule, { rij, kolom }, { rij: 2, kolom }, wm));
          expect(raak.length).toBeLessThanOrEqual(1);
          return raak[0]?.soort ?? null;
        }),
      );
    });
    return uit;
  }
  const voor = kleuren(rijen);

  test("vóór het sorteren: de kleuren zijn die van de engine, ook voor samengetelde perioden en namen met jokertekens", () => {
    // Elk dossier staat in de tabel ("~Y" en "Y" zijn voor de lezer dezelfde werknemer: een dubbele rij).
    expect(plan.dossiers).toBe(evaluaties.length);
    expect(evaluaties.length).toBe(160 + 12 + 5);
    let vergeleken = 0;
    for (const e of evaluaties) {
      const r = rijen[e.dossier.rij! - 2];
      MIJLPAAL_KOLOMMEN.forEach((kolom, i) => {
        const code = (["PA", "PVA", "EVAL", "UWV42", "EJE", "WIA"] as const)[i];
        const c = r[kolom - 1];
        const isDatum = typeof c === "number" && c >= serie(e.tijdlijn.eersteZiektedag) && c <= serie(P);
        expect([wie(r), code, voor.get(wie(r))![i]]).toEqual([wie(r), code, verwachteKleur(e.tijdlijn.mijlpalen[code].status, code === "EVAL", isDatum)]);
        vergeleken++;
      });
    }
    expect(vergeleken).toBe(177 * 6);
    // De eerdere periode van een keten is geen dossier en krijgt geen kleur.
    for (let i = 0; i < 12; i++) expect(voor.get(wie(rijen[160 + 2 * i]))).toEqual([null, null, null, null, null, null]);
    const alle = [...voor.values()].flat();
    for (const s of ["te-laat", "binnenkort", "gedaan", "nvt"] as const) expect(alle).toContain(s);
  });

  test("de langste regelformule (met personeelsnummer én naam in de sleutel) past ruim in Excel (8192 tekens)", () => {
    const langste = Math.max(...plan.regels.map((r) => r.formule.length));
    expect(langste).toBeGreaterThan(500); // de sleutel staat erin, drie- tot viermaal (nu ~800 tekens)
    expect(langste).toBeLessThan(8192 / 3);
  });

  test.each([
    ["op naam (A→Z)", (r: Cel[][]) => [...r].sort((a, b) => String(a[1]).localeCompare(String(b[1])))],
    ["op eerste ziektedag, nieuwste eerst", (r: Cel[][]) => [...r].sort((a, b) => Number(b[2]) - Number(a[2]))],
    ["omgekeerd", (r: Cel[][]) => [...r].reverse()],
    [
      "willekeurig geschud",
      (r: Cel[][]) => {
        const x = [...r];
        for (let i = x.length - 1; i > 0; i--) {
          const j = Math.floor(kans() * (i + 1));
          [x[i], x[j]] = [x[j], x[i]];
        }
        return x;
      },
    ],
  ])("gesorteerd %s: elke persoon houdt zijn kleuren", (_n, sorteer) => {
    const na = kleuren(sorteer(rijen));
    expect(na).toEqual(voor);
  });

  test("rijen verwijderd en gefilterd: de overgebleven personen houden hun kleuren", () => {
    // Een filter verbergt rijen maar verplaatst niets; verwijderen schuift de rijen eronder op.
    const over = rijen.filter((_r, i) => i % 9 !== 3);
    const na = kleuren(over);
    for (const r of over) expect(na.get(wie(r))).toEqual(voor.get(wie(r)));
  });

  test("rijen ingevoegd (ook een nieuwe persoon met een joker in de naam): de nieuwe rijen hebben geen kleur, de rest verandert niet", () => {
    const nieuw: Cel[][] = [
      [9001, "Nieuw 1", serie(P - 200), "", "", "", "", "", "", ""],
      ["", "*", Dj, "", "", "", "", "", "", ""], // zou met jokers elke rij met deze dag vinden
      ["", "Jan?mit", Dj, "", "", "", "", "", "", ""],
      [1005, "Werknemer 5", serie(P - 3), "", "", "", "", "", "", ""], // zelfde persoon, nieuwe periode: nieuwe sleutel
    ];
    const rooster = [...rijen.slice(0, 50), nieuw[0], ...rijen.slice(50, 120), nieuw[1], nieuw[2], ...rijen.slice(120), nieuw[3]];
    const na = kleuren(rooster);
    for (const r of rijen) expect(na.get(wie(r))).toEqual(voor.get(wie(r)));
    for (const r of nieuw) expect([wie(r), na.get(wie(r))]).toEqual([wie(r), [null, null, null, null, null, null]]);
  });

  test("twee dossiers met dezelfde sleutel (MATCH kent geen hoofdletters): geen van beide gekleurd", () => {
    const t = berekenTijdlijn({ eersteZiektedag: d("2026-10-01"), gedaan: { PA: null } }, P);
    if (!t.ok) throw new Error("geen tijdlijn");
    const rooster: unknown[][] = [KOP, ["", "jan", serie(d("2026-10-01"))], ["", "JAN", serie(d("2026-10-01"))], ["", "Piet", serie(d("2026-10-01"))]];
    const ds = [2, 3, 4].map((rij) => ({ dossier: { ...dossier(rij, { PA: 5 }), kolommen: { werknemer: 2, eersteZiektedag: 3, PA: 5 } }, tijdlijn: t.tijdlijn }));
    const p = maakMarkeringPlan({ blad: "Verzuim", eersteRij: 2, laatsteRij: 4 }, ds, { index: 1, datumsysteem: "1900", horizonDagen: 14, celInhoud: (r, k) => rooster[r - 1]?.[k - 1] });
    expect(p.kolommen[0].waarden).toEqual([`${serie(d("2026-10-01"))}|Piet`]);
    const wm = werkmapVan(p, alsBlad(rooster), serie(P));
    expect([2, 3, 4].map((rij) => soortOp(p, wm, rij, 5))).toEqual([null, null, "te-laat"]);
  });
});

describe("de sleutel van een rij: dezelfde tekst in de kern als in de formule (Excel/LibreOffice)", () => {
  const k = { personeelsnummer: 1, werknemer: 2, eersteZiektedag: 3 };
  test.each([
    ["getal als personeelsnummer", [1234, "Anna", 46000], "46000|1234"],
    ["tekst als personeelsnummer", ["E-12", "Anna", 46000], "46000|E-12"],
    ["zonder personeelsnummer: de naam", ["", "Anna de Vries", 46000], "46000|Anna de Vries"],
    ["datum met tijd: de dag", [7, "B", 46000.75], "46000|7"],
    ["tekstdatum als eerste ziektedag", [7, "B", "1-3-2026"], "1-3-2026|7"],
    ["jokertekens in de naam", [null, "J*n ~?", 46000], "46000|J*n ~?"],
  ] as const)("%s", (_n, cellen, verwacht) => {
    const cel = (kolom: number) => cellen[kolom - 1];
    expect(rijSleutel(cel, k, "1900")).toBe(verwacht);
    // De formule, uitgerekend zoals Excel, geeft dezelfde tekst met de jokers ontsnapt (voor MATCH).
    const wm: Werkmap = { blad: (_r, kolom) => cellen[kolom - 1], namen: new Map(), vandaag: 0 };
    expect(reken(sleutelFormule(k, 5), { rij: 5, kolom: 9 }, { rij: 5, kolom: 9 }, wm)).toBe(zonderJokers(verwacht));
  });
  test("geen betrouwbare sleutel: geen tabelrij (dus geen kleur, nooit een verkeerde)", () => {
    expect(rijSleutel((c) => [1.5, "A", 46000][c - 1], k, "1900")).toBeNull(); // een breuk wordt per taal anders geschreven
    expect(rijSleutel((c) => [1, "A", null][c - 1], k, "1900")).toBeNull(); // geen eerste ziektedag
    expect(rijSleutel((c) => [null, "A", new Date(Date.UTC(2025, 0, 31))][c - 1], k, "1900")).toBe("45688|A");
  });
});
