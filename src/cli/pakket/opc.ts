/**
 * Het pakket (OPC) van een .xlsx/.xlsm als zip: onderdelen lezen en vervangen zonder de rest aan te raken.
 *
 * JSZip bewaart van elk geladen onderdeel de gecomprimeerde bytes en schrijft die ongewijzigd terug
 * zolang het onderdeel niet vervangen is en de compressiemethode dezelfde blijft; daarom zetten we per
 * onderdeel de oorspronkelijke methode (STORE of DEFLATE) vast. Een vervangen of nieuw onderdeel krijgt
 * de datum van het oorspronkelijke onderdeel (of van de werkmap): dezelfde invoer geeft dezelfde bytes.
 */
import JSZip from "jszip";

export class PakketFout extends Error {}

const STORE = "\x00\x00";

export class Pakket {
  private constructor(private readonly zip: JSZip) {}

  static async laad(bytes: Uint8Array): Promise<Pakket> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new PakketFout("De werkmap is geen geldig zip-bestand (beschadigd?); er is geen kopie gemaakt.");
    }
    for (const f of Object.values(zip.files)) {
      const methode = (f as unknown as { _data?: { compression?: { magic?: string } } })._data?.compression?.magic;
      if (methode === STORE) f.options.compression = "STORE";
    }
    return new Pakket(zip);
  }

  /** Onderdeelnamen in de volgorde van het bestand (zonder mappen). */
  namen(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** De naam zoals die in de zip staat (onderdeelnamen in OPC zijn niet hoofdlettergevoelig), of null. */
  zoek(naam: string): string | null {
    if (this.zip.files[naam] && !this.zip.files[naam].dir) return naam;
    const klein = naam.toLowerCase();
    return this.namen().find((n) => n.toLowerCase() === klein) ?? null;
  }

  async leesTekst(naam: string): Promise<string | null> {
    const echt = this.zoek(naam);
    if (!echt) return null;
    const bytes = await this.zip.files[echt].async("uint8array");
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw new PakketFout(`Het onderdeel ${echt} is in UTF-16 opgeslagen; dat kan de scanner niet aanvullen.`);
    }
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  }

  datumVan(naam: string): Date | null {
    const echt = this.zoek(naam);
    return echt ? this.zip.files[echt].date : null;
  }

  /** Vervang (of maak) een onderdeel. Een bestaand onderdeel houdt zijn plek, datum en rechten. */
  schrijf(naam: string, inhoud: string, datum: Date): void {
    const echt = this.zoek(naam);
    const oud = echt ? this.zip.files[echt] : null;
    this.zip.file(echt ?? naam, new TextEncoder().encode(inhoud), {
      binary: true,
      date: oud?.date ?? datum,
      compression: oud?.options.compression === "STORE" ? "STORE" : "DEFLATE",
      unixPermissions: oud?.unixPermissions ?? undefined,
      dosPermissions: oud?.dosPermissions ?? undefined,
      comment: oud?.comment ?? undefined,
      createFolders: false,
    });
  }

  verwijder(naam: string): void {
    const echt = this.zoek(naam);
    if (echt) this.zip.remove(echt);
  }

  async bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (het pakket) → "_rels/.rels". */
export function relsPad(onderdeel: string): string {
  const i = onderdeel.lastIndexOf("/");
  return `${onderdeel.slice(0, i + 1)}_rels/${onderdeel.slice(i + 1)}.rels`;
}

/** Een relatiedoel (relatief aan het bronondereel, of absoluut "/xl/…") → onderdeelnaam zonder "/" vooraan. */
export function doelPad(bron: string, doel: string): string {
  let d = doel;
  try {
    d = decodeURIComponent(doel);
  } catch {
    /* laat staan */
  }
  const delen = d.startsWith("/") ? [] : bron.split("/").slice(0, -1);
  for (const s of d.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") delen.pop();
    else delen.push(s);
  }
  return delen.join("/");
}
