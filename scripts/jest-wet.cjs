// jest globalSetup: maakt src/core/wet-gegevens.ts uit wet/*.yaml (scripts/wet.mjs), zodat elke testronde de
// wet leest zoals ze in de YAML-bestanden staat. Daarna één regel per ontbrekend programma dat sommige tests
// nodig hebben (scripts/hulpmiddelen.cjs): lokaal "overgeslagen: …", onder CI=true "verplicht …" (die tests
// falen dan zelf).
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { ontbrekend, ontbreektRegel } = require("./hulpmiddelen.cjs");

module.exports = () => {
  execFileSync(process.execPath, [path.join(__dirname, "wet.mjs")], { stdio: "inherit" });
  const weg = ontbrekend();
  if (weg.length) process.stderr.write("\n" + weg.map((n) => ontbreektRegel(n)).join("\n") + "\n");
};
