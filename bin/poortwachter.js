#!/usr/bin/env node
// De scanner. De TypeScript-bron staat in src/cli/; `npm ci` bouwt lib/ (script "prepare").
"use strict";
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
  process.exit(0);
}
let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("poortwachter: de scanner is nog niet gebouwd; voer eerst `npm run build:node` uit.\n");
    process.exit(2);
  }
  throw e;
}
// `poortwachter scan … | head`: wie leest, stopt; de scanner stopt dan ook, stil (zoals elk Unix-gereedschap).
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`poortwachter: de uitvoer kan niet geschreven worden (${require("../lib/src/cli/systeemcodes.js").systeemReden(e, "schrijven")}).\n`);
  process.exit(3);
});
// process.exitCode in plaats van process.exit(): anders gaat uitvoer naar een pipe verloren (> 64 kB).
cli.main(args).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // Nooit een JavaScript-melding of stacktrace voor de gebruiker; PW_DEBUG=1 toont hem voor ontwikkelaars.
    const detail = process.env.PW_DEBUG ? `\n${e && e.stack ? e.stack : e}` : "";
    process.stderr.write(`poortwachter: onverwachte fout in de scanner; de scan is gestopt. Meld dit graag, zonder bestanden mee te sturen.${detail}\n`);
    process.exitCode = 3;
  },
);
