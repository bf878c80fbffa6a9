#!/usr/bin/env node
// De scanner. De TypeScript-bron staat in src/cli/; `npm ci` bouwt lib/ (script "prepare").
"use strict";
let cli;
try {
  cli = require("../lib/src/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("poortwachter: de scanner is nog niet gebouwd; voer eerst `npm ci` of `npm run build:node` uit.\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`poortwachter: onverwachte fout: ${e && e.stack ? e.stack : e}\n`);
    process.exit(3);
  },
);
