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
// process.exitCode in plaats van process.exit(): anders gaat uitvoer naar een pipe verloren (> 64 kB).
cli.main(args).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`poortwachter: onverwachte fout: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 3;
  },
);
