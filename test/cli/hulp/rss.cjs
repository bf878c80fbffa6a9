// Voorgeladen met `node -r`: schrijft bij het einde van het proces de geheugenpiek (maxRSS, kB) naar het
// bestand in PW_RSS_BESTAND. Ook bij process.exit (zoals bij een gesloten pijp).
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.PW_RSS_BESTAND) fs.writeFileSync(process.env.PW_RSS_BESTAND, String(process.resourceUsage().maxRSS));
});
