/* eslint-disable no-undef */
// Build van de invoegtoepassing: één taskpane.html met de chunks "functions" en "taskpane"
// (gedeelde runtime), functions.json uit JSDoc (custom-functions-metadata-plugin) en de manifest.
// `npm run build` werkt zonder netwerk en zonder ontwikkelcertificaten.
const path = require("path");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Productie-URL: zet PW_URL bij het bouwen voor de plek waar dist/ gehost wordt.
const urlProd = process.env.PW_URL || urlDev;

/**
 * dist/functions.nl-NL.json (Nederlandse namen en beschrijvingen, manifest: bt:Override Locale="nl-NL") uit
 * functions.json, met de vertaaltabel src/functions/nl-NL.json. Een ontbrekende vertaling laat de build falen.
 */
class FunctiesNlPlugin {
  constructor(maakNlMetadata) {
    this.maakNlMetadata = maakNlMetadata;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctiesNlPlugin", (compilation) => {
      compilation.fileDependencies.add(path.resolve(__dirname, "src/functions/nl-NL.json"));
      compilation.hooks.processAssets.tap({ name: "FunctiesNlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const bron = compilation.getAsset("functions.json");
        if (!bron) return; // de metadata-plugin meldt zelf zijn fouten
        let uitkomst;
        try {
          uitkomst = this.maakNlMetadata(bron.source.source().toString());
        } catch (e) {
          uitkomst = { json: "", fouten: [String(e && e.message ? e.message : e)] };
        }
        if (uitkomst.fouten.length) {
          for (const f of uitkomst.fouten) compilation.errors.push(new WebpackError(`functions.nl-NL.json: ${f}`));
          return;
        }
        compilation.emitAsset("functions.nl-NL.json", new sources.RawSource(uitkomst.json));
      });
    });
  }
}

module.exports = async (_env, options) => {
  const dev = options.mode === "development";
  const { maakNlMetadata } = await import("./scripts/maak-functies-nl.mjs");
  const config = {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES-modules voor webpack, zodat zod en date-fns tree-shaken worden (CommonJS trekt alles mee).
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
    performance: { maxAssetSize: 600000, maxEntrypointSize: 600000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctiesNlPlugin(maakNlMetadata),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "blocking",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };
  if (dev) {
    // Alleen voor `npm start`: vertrouwde localhost-certificaten voor Office.
    const devCerts = require("office-addin-dev-certs");
    try {
      config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      throw new Error(
        `Ontwikkelcertificaten voor https://localhost:3000 konden niet worden gemaakt of vertrouwd (${e.message}). ` +
          "Voer `npx office-addin-dev-certs install` uit (Windows/Mac, met beheerdersrechten) en probeer opnieuw.",
      );
    }
  }
  return config;
};
