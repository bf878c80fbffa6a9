/**
 * Een nieuwe, kleine werkmap (voor de deelkopie, in de scanner en het taakvenster) op het pakketmodel (./opc.ts),
 * in het geheugen: één blad met een Excel-tabel,
 * kolombreedtes en een datumopmaak voor datumkolommen. Alleen wat hier staat komt in het bestand: geen maker,
 * geen tijdstip van nu (dezelfde invoer geeft dezelfde bytes), geen gedeelde teksten (tekst staat in de cel).
 * Kleuren komen daarna van de gekleurde kopie (./markeer-kopie.ts, `markeerPakket`), zoals bij elke andere werkmap.
 */
import { kolomLetter } from "../core/markering";
import type { Cel } from "../core/register";
import { CT_PAD, Inhoudstypen, Pakket } from "./opc";
import { versleutel } from "./xml";

const XML_KOP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** Een vaste datum voor de onderdelen (DOS-tijd kent niets vóór 1980): dezelfde invoer geeft dezelfde bytes. */
const DATUM = new Date(1980, 0, 1);

export interface NieuwBlad {
  blad: string;
  tabel: string;
  /** Unieke, niet-lege koppen (Excel eist dat in een tabel). */
  koppen: string[];
  rijen: Cel[][];
  /** 0-based kolommen met datums (serienummers): opmaak dd-mm-jjjj. */
  datumKolommen: ReadonlySet<number>;
  /** Kolombreedtes (tekens), per kolom. */
  breedtes: number[];
  /** docProps/custom.xml om mee te nemen (bijvoorbeeld het gevoeligheidslabel), of null. */
  eigenschappen?: string | null;
}

function celXml(adres: string, w: Cel, datum: boolean): string {
  if (w === null || w === undefined || w === "") return "";
  if (typeof w === "number") return Number.isFinite(w) ? `<c r="${adres}"${datum ? ' s="1"' : ""}><v>${w}</v></c>` : "";
  if (typeof w === "boolean") return `<c r="${adres}" t="b"><v>${w ? 1 : 0}</v></c>`;
  if (w instanceof Date) {
    const serie = w.getTime() / 86400000 + 25569;
    return `<c r="${adres}" s="1"><v>${serie}</v></c>`;
  }
  return `<c r="${adres}" t="inlineStr"><is><t xml:space="preserve">${versleutel(String(w))}</t></is></c>`;
}

/** Een nieuwe werkmap met dit ene blad, als pakket in het geheugen (`bytes()` geeft het .xlsx-bestand). */
export function maakWerkmap(b: NieuwBlad): Pakket {
  const p = Pakket.leeg();
  const ct = Inhoudstypen.nieuw();
  ct.standaard("rels", "application/vnd.openxmlformats-package.relationships+xml");
  ct.standaard("xml", "application/xml");
  ct.override("xl/workbook.xml", `${CT}.sheet.main+xml`);
  ct.override("xl/worksheets/sheet1.xml", `${CT}.worksheet+xml`);
  ct.override("xl/styles.xml", `${CT}.styles+xml`);
  ct.override("xl/tables/table1.xml", `${CT}.table+xml`);
  let pakketRels = `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>`;
  if (b.eigenschappen) {
    ct.override("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
    pakketRels += `<Relationship Id="rId2" Type="${NS_R}/custom-properties" Target="docProps/custom.xml"/>`;
  }
  p.schrijf(CT_PAD, ct.resultaat(), DATUM);
  p.schrijf("_rels/.rels", `${XML_KOP}<Relationships xmlns="${NS_PKG_REL}">${pakketRels}</Relationships>`, DATUM);
  if (b.eigenschappen) p.schrijf("docProps/custom.xml", b.eigenschappen, DATUM);
  p.schrijf(
    "xl/workbook.xml",
    `${XML_KOP}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><bookViews><workbookView/></bookViews><sheets><sheet name="${versleutel(b.blad)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    DATUM,
  );
  p.schrijf(
    "xl/_rels/workbook.xml.rels",
    `${XML_KOP}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${NS_R}/styles" Target="styles.xml"/></Relationships>`,
    DATUM,
  );
  p.schrijf(
    "xl/styles.xml",
    `${XML_KOP}<styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>` +
      `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`,
    DATUM,
  );
  const breed = Math.max(1, b.koppen.length);
  const rijen = b.rijen.length ? b.rijen : [b.koppen.map(() => null)];
  const laatste = rijen.length + 1;
  const ref = `A1:${kolomLetter(breed)}${laatste}`;
  let data = `<row r="1">${b.koppen.map((k, i) => celXml(`${kolomLetter(i + 1)}1`, k, false)).join("")}</row>`;
  rijen.forEach((r, i) => {
    const cellen = b.koppen.map((_k, k) => celXml(`${kolomLetter(k + 1)}${i + 2}`, r[k] ?? null, b.datumKolommen.has(k))).join("");
    data += `<row r="${i + 2}">${cellen}</row>`;
  });
  const cols = b.breedtes.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${b.datumKolommen.has(i) ? ' style="1"' : ""}/>`).join("");
  p.schrijf(
    "xl/worksheets/sheet1.xml",
    `${XML_KOP}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><dimension ref="${ref}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      `${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${data}</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    DATUM,
  );
  p.schrijf(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `${XML_KOP}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_R}/table" Target="../tables/table1.xml"/></Relationships>`,
    DATUM,
  );
  const kolommen = b.koppen.map((k, i) => `<tableColumn id="${i + 1}" name="${versleutel(k)}"/>`).join("");
  p.schrijf(
    "xl/tables/table1.xml",
    `${XML_KOP}<table xmlns="${NS_MAIN}" id="1" name="${versleutel(b.tabel)}" displayName="${versleutel(b.tabel)}" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${breed}">${kolommen}</tableColumns>` +
      `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    DATUM,
  );
  return p;
}

/**
 * Alleen de gevoeligheidslabels (Microsoft Purview, `MSIP_Label_…`) uit docProps/custom.xml, als nieuwe
 * custom.xml; null als er geen label is. Andere eigen eigenschappen gaan niet mee (die kunnen van alles zeggen).
 */
export function alleenLabels(custom: string | null): string | null {
  if (!custom) return null;
  const props = [...custom.matchAll(/<(?:[\w.-]+:)?property\b[^>]*\bname="(MSIP_Label_[^"]*)"[^>]*>[\s\S]*?<\/(?:[\w.-]+:)?property>/g)];
  if (!props.length) return null;
  const vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
  let pid = 2;
  // Zonder voorvoegsel op <property> (dat is in het nieuwe onderdeel niet gedeclareerd); pid's opnieuw vanaf 2.
  const inhoud = props
    .map((m) => m[0].replace(/^<[\w.-]+:property\b/, "<property").replace(/<\/[\w.-]+:property>$/, "</property>").replace(/\bpid="\d+"/, () => `pid="${pid++}"`))
    .join("");
  return `${XML_KOP}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${vt}">${inhoud}</Properties>`;
}
