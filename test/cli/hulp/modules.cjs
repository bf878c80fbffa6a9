// Voorgeladen met `node -r`: schrijft bij het einde de geladen modules (require.cache) naar PW_MODULES_BESTAND.
"use strict";
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.PW_MODULES_BESTAND) fs.writeFileSync(process.env.PW_MODULES_BESTAND, Object.keys(require.cache).join("\n"));
});
