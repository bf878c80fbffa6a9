/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // De wet (wet/*.yaml) → src/core/wet-gegevens.ts vóór elke testronde.
  globalSetup: "<rootDir>/scripts/jest-wet.cjs",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
};
