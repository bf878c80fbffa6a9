import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";

/** Zet instellingen van het taakvenster in het pakket, zoals Excel ze bewaart (webextension-eigenschap, JSON-waarde). */
export async function metInstellingen(bestand: string, instellingen: object): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(bestand));
  const waarde = JSON.stringify(JSON.stringify(instellingen)).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5D3C2B1A-0000-4000-8000-000000000002}"><we:reference id="wa000000000" version="1.0.0.0" store="nl-NL" storeType="OMEX"/><we:properties><we:property name="poortwachter.instellingen" value="${waarde}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", ct.replace("</Types>", '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>'));
  writeFileSync(bestand, await zip.generateAsync({ type: "nodebuffer" }));
}
