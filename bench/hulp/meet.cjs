// Voorgeladen met `node -r` in elk proces van de benchmark: schrijft bij het einde CPU-tijd (gebruiker +
// systeem, alle draden), wandtijd sinds de start en de geheugenpiek (maxRSS) als JSON naar PW_MEET_BESTAND.
"use strict";
const fs = require("node:fs");
const { performance } = require("node:perf_hooks");
process.on("exit", () => {
  if (!process.env.PW_MEET_BESTAND) return;
  const r = process.resourceUsage();
  fs.writeFileSync(process.env.PW_MEET_BESTAND, JSON.stringify({ cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000, wandMs: performance.now(), maxRssMb: r.maxRSS / 1024 }));
});
