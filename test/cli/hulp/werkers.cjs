// Voorgeladen met `node -r`: telt de werkers (node:worker_threads) die het proces start en hoeveel daarvan echt
// een bestand beoordeeld hebben (een bericht "klaar" stuurden), en schrijft bij het einde "gestart bezig" naar
// het bestand in PW_WERKERS_BESTAND.
"use strict";
const fs = require("node:fs");
const wt = require("node:worker_threads");
let n = 0;
let bezig = 0;
const Origineel = wt.Worker;
wt.Worker = class extends Origineel {
  constructor(...args) {
    super(...args);
    n++;
    let klaar = false;
    this.on("message", (b) => {
      if (!klaar && b && b.soort === "klaar") {
        klaar = true;
        bezig++;
      }
    });
  }
};
process.on("exit", () => {
  if (process.env.PW_WERKERS_BESTAND) fs.writeFileSync(process.env.PW_WERKERS_BESTAND, `${n} ${bezig}`);
});
