// Lint: typescript-eslint's recommended rules plus the Office add-in rules of
// eslint-plugin-office-addins (the rules office-addin-lint ships), without its prettier layer.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "uitvoer/", "test-output/", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js-regels alleen waar Office.js gebruikt wordt (de scanner gebruikt exceljs met getCell e.d.).
    files: ["src/office/**/*.ts", "src/taskpane/**/*.ts", "src/functions/**/*.ts", "test/office/**/*.ts", "test/e2e/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The pure core may not touch Office, the DOM or the file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "fetch", "XMLHttpRequest"],
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "path", "exceljs", "*/office/*", "*/taskpane/*", "*/cli/*"] }],
    },
  },
  {
    // The shared package layer runs in the scanner and in the task pane: no Node modules, no Buffer, no network.
    files: ["src/pakket/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "fetch", "XMLHttpRequest", "Buffer", "process", "require"],
      "no-restricted-imports": ["error", { patterns: ["fs", "node:*", "path", "yauzl", "exceljs", "*/office/*", "*/taskpane/*", "*/cli/*"] }],
    },
  },
);
