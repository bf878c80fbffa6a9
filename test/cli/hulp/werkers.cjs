// Voorgeladen met `node -r`: telt de werkers (node:worker_threads) die het proces start en schrijft het aantal
// bij het einde naar het bestand in PW_WERKERS_BESTAND.
"use strict";
const fs = require("node:fs");
const wt = require("node:worker_threads");
let n = 0;
const Origineel = wt.Worker;
wt.Worker = class extends Origineel {
  constructor(...args) {
    super(...args);
    n++;
  }
};
process.on("exit", () => {
  if (process.env.PW_WERKERS_BESTAND) fs.writeFileSync(process.env.PW_WERKERS_BESTAND, String(n));
});
