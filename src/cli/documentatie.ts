/**
 * Waar de meegeleverde documentatie staat: in het geïnstalleerde pakket (npm install -g) ligt docs/ naast
 * lib/ en bin/. De scanner noemt die echte bestanden (of de hulppagina), nooit een pad in de broncode dat
 * de gebruiker niet heeft.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** De map van het pakket: de eerste map boven dit bestand met een package.json (lib/src/cli → pakket). */
function pakketMap(): string {
  let d = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(d, "package.json"))) return d;
    const boven = path.dirname(d);
    if (boven === d) break;
    d = boven;
  }
  return path.resolve(__dirname, "..", "..", "..");
}

/** Het volledige pad van een meegeleverd document, bijvoorbeeld docPad("kolommen.md"). */
export function docPad(naam: string): string {
  return path.join(pakketMap(), "docs", naam);
}
