// jest globalSetup: maakt src/core/wet-gegevens.ts uit wet/*.yaml (scripts/wet.mjs), zodat elke testronde de
// wet leest zoals ze in de YAML-bestanden staat.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = () => {
  execFileSync(process.execPath, [path.join(__dirname, "wet.mjs")], { stdio: "inherit" });
};
