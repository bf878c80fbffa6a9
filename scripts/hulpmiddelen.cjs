// Programma's buiten Node die sommige tests nodig hebben (LibreOffice, Chromium, xmllint, pdftoppm, Python met
// openpyxl, Python met UNO): waar ze staan, hoe u ze installeert, en wat er gebeurt als ze ontbreken.
//
// - Lokaal (CI niet gezet): een test die een ontbrekend programma nodig heeft, wordt overgeslagen; de testronde
//   meldt dat één keer per programma met één Nederlandse regel ("overgeslagen: … ontbreekt; installeer met …")
//   en blijft groen.
// - Onder CI=true zijn ze verplicht: ontbreekt er een, dan faalt de test die het nodig heeft.
//
// Gebruikt door test/hulpmiddel.ts (tests), scripts/jest-wet.cjs (de regels aan het begin van een jest-ronde),
// scripts/test-all.mjs en scripts/validate-manifest.mjs. Geen afhankelijkheden: draait op elke Node.
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");

/** CI=true (of 1): alles is verplicht. */
function isCi(env = process.env) {
  const v = (env.CI ?? "").trim().toLowerCase();
  return v !== "" && v !== "0" && v !== "false";
}

function opPad(cmd) {
  const r = spawnSync(process.platform === "win32" ? "where" : "sh", process.platform === "win32" ? [cmd] : ["-c", `command -v "${cmd}"`], {
    encoding: "utf8",
  });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() || null : null;
}

/**
 * Elk programma: hoe we het vinden (eerste treffer wint) en de installatieregel per platform.
 * `zoek` geeft het pad of commando terug, of null.
 */
const HULPMIDDELEN = {
  chromium: {
    omschrijving: "nodig voor de taakvenstertest in een browser",
    zoek: () => {
      const kandidaten = [
        process.env.PW_CHROMIUM,
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      ].filter(Boolean);
      return kandidaten.find((p) => existsSync(p)) ?? opPad("chromium") ?? opPad("chromium-browser");
    },
    installeer: {
      linux: "sudo apt-get install chromium",
      darwin: "brew install --cask chromium (of zet PW_CHROMIUM op het pad van Chrome)",
      win32: "winget install Google.Chrome en zet PW_CHROMIUM op het pad van chrome.exe",
    },
  },
  soffice: {
    omschrijving: "LibreOffice, nodig voor de kleurentest en werkmappen van LibreOffice",
    zoek: () => {
      for (const p of ["soffice", "libreoffice"]) if (opPad(p)) return p;
      const mac = "/Applications/LibreOffice.app/Contents/MacOS/soffice";
      return existsSync(mac) ? mac : null;
    },
    installeer: {
      linux: "sudo apt-get install libreoffice-calc-nogui",
      darwin: "brew install --cask libreoffice",
      win32: "winget install TheDocumentFoundation.LibreOffice (en zet soffice op PATH)",
    },
  },
  xmllint: {
    omschrijving: "nodig voor de manifestcontrole tegen de offline schema's",
    zoek: () => (opPad("xmllint") ? "xmllint" : null),
    installeer: {
      linux: "sudo apt-get install libxml2-utils",
      darwin: "brew install libxml2",
      win32: "choco install xsltproc (bevat xmllint)",
    },
  },
  pdftoppm: {
    omschrijving: "nodig om kleuren te tellen in een PDF van LibreOffice",
    zoek: () => (opPad("pdftoppm") ? "pdftoppm" : null),
    installeer: {
      linux: "sudo apt-get install poppler-utils",
      darwin: "brew install poppler",
      win32: "choco install poppler",
    },
  },
  openpyxl: {
    omschrijving: "Python 3 met openpyxl en Pillow, nodig voor werkmappen van openpyxl",
    zoek: () => {
      const kandidaten = process.platform === "win32" ? ["python", "py"] : ["/usr/bin/python3", "python3"];
      for (const p of kandidaten) if (spawnSync(p, ["-c", "import openpyxl, PIL"], { stdio: "ignore" }).status === 0) return p;
      return null;
    },
    installeer: {
      linux: "sudo apt-get install python3-openpyxl python3-pil",
      darwin: "python3 -m pip install openpyxl pillow",
      win32: "py -m pip install openpyxl pillow",
    },
  },
  uno: {
    omschrijving: "Python 3 met UNO van LibreOffice, nodig om een gemarkeerde kopie te sorteren en te filteren zoals een gebruiker",
    zoek: () => {
      const kandidaten = process.platform === "win32" ? ["python", "py"] : ["/usr/bin/python3", "python3"];
      for (const p of kandidaten) if (spawnSync(p, ["-c", "import uno"], { stdio: "ignore" }).status === 0) return p;
      return null;
    },
    installeer: {
      linux: "sudo apt-get install python3-uno",
      darwin: "gebruik de python van LibreOffice (/Applications/LibreOffice.app/Contents/Resources/python)",
      win32: "gebruik de python van LibreOffice (program\\python.exe in de LibreOffice-map)",
    },
  },
};

const gevonden = new Map();
/**
 * Pad of commando van het programma, of null als het ontbreekt (onthouden per proces).
 * PW_ZONDER=soffice,chromium doet alsof die ontbreken: zo probeert u op uw eigen machine hoe een ronde zonder
 * die programma's verloopt (test/project/hulpmiddelen.test.ts doet dat ook).
 */
function zoek(naam) {
  const h = HULPMIDDELEN[naam];
  if (!h) throw new Error(`onbekend hulpmiddel: ${naam}`);
  const zonder = (process.env.PW_ZONDER ?? "").split(",").map((s) => s.trim());
  if (zonder.includes(naam)) return null;
  if (!gevonden.has(naam)) gevonden.set(naam, h.zoek());
  return gevonden.get(naam);
}

function installeerRegel(naam, platform = process.platform) {
  const i = HULPMIDDELEN[naam].installeer;
  return i[platform] ?? i.linux;
}

/** De ene regel voor een ontbrekend programma (lokaal overgeslagen, onder CI een fout). */
function ontbreektRegel(naam, ci = isCi(), platform = process.platform) {
  const h = HULPMIDDELEN[naam];
  return ci
    ? `verplicht onder CI=true: ${naam} ontbreekt (${h.omschrijving}); installeer met: ${installeerRegel(naam, platform)}`
    : `overgeslagen: ${naam} ontbreekt (${h.omschrijving}); installeer met: ${installeerRegel(naam, platform)}`;
}

/** Alle ontbrekende programma's. */
function ontbrekend() {
  return Object.keys(HULPMIDDELEN).filter((n) => !zoek(n));
}

module.exports = { HULPMIDDELEN, isCi, zoek, installeerRegel, ontbreektRegel, ontbrekend };
