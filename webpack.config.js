/* eslint-disable no-undef */
// Build van de invoegtoepassing: één taskpane.html met de entries "functions" en "taskpane" (gedeelde
// runtime), de gemeenschappelijke code één keer in gedeeld.js, functions.json uit JSDoc
// (custom-functions-metadata-plugin), de hulppagina help.html en de manifest.
// `npm run build` werkt zonder netwerk en zonder ontwikkelcertificaten.
// `PW_URL=https://… npm run build` zet dat adres in de manifest en de functiemetadata (zie scripts/adres.js).
const path = require("path");
const zlib = require("zlib");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productieAdres, zetAdres, ONTWIKKEL_ADRES } = require("./scripts/adres.js");

// De wet (wet/*.yaml) → src/core/wet-gegevens.ts, ook bij `webpack serve` en `npm start`.
require("child_process").execFileSync(process.execPath, [path.join(__dirname, "scripts", "wet.mjs")], { stdio: "inherit" });

/** Grens voor het script dat de taakvensterpagina laadt (gzip), zie test/functions/uitrol.test.ts. */
const PAGINA_GRENS_GZIP = 72 * 1024;

/**
 * Zet in productie het adres uit PW_URL in de manifest(en) en de functiemetadata (helpUrl), en laat de
 * build falen als er daarna nog een localhost-adres in staat.
 */
class AdresPlugin {
  constructor(adres) {
    this.adres = adres;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AdresPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AdresPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        for (const naam of Object.keys(assets)) {
          if (!/^manifest.*\.xml$|^functions.*\.json$/.test(naam)) continue;
          const tekst = zetAdres(compilation.getAsset(naam).source.source().toString(), this.adres);
          if (this.adres && /localhost/.test(tekst)) compilation.errors.push(new WebpackError(`${naam}: bevat na het zetten van PW_URL nog een localhost-adres`));
          compilation.updateAsset(naam, new sources.RawSource(tekst));
        }
      });
    });
  }
}

/** Drukt af hoeveel script de taakvensterpagina laadt (ruw en gzip) en waarschuwt boven de grens. */
class PaginaGroottePlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PaginaGroottePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PaginaGroottePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const bestanden = new Set();
        for (const entry of ["functions", "taskpane"]) {
          for (const f of compilation.entrypoints.get(entry).getFiles()) if (f.endsWith(".js")) bestanden.add(f);
        }
        let ruw = 0;
        let gzip = 0;
        const delen = [];
        for (const f of bestanden) {
          const buf = Buffer.from(compilation.getAsset(f).source.buffer());
          const gz = zlib.gzipSync(buf, { level: 9 }).length;
          ruw += buf.length;
          gzip += gz;
          delen.push(`${f} ${(buf.length / 1024).toFixed(1)}/${(gz / 1024).toFixed(1)}`);
        }
        const regel = `taakvensterpagina: ${(ruw / 1024).toFixed(1)} KB script, ${(gzip / 1024).toFixed(1)} KB gzip (grens ${PAGINA_GRENS_GZIP / 1024} KB gzip) — ${delen.join(", ")} (KB ruw/gzip)`;
        compiler.hooks.done.tap("PaginaGroottePlugin", () => console.log(regel));
        if (gzip > PAGINA_GRENS_GZIP) compilation.warnings.push(new WebpackError(`Taakvensterpagina te groot: ${regel}`));
      });
    });
  }
}

/**
 * Welke bronmodules in welk script van dist/ zitten, als JSON buiten dist/ (bouwverslag/dist-modules.json):
 * zo toetst test/functions/uitrol.test.ts dat de kern één keer geladen wordt, zonder bronkaarten mee te
 * leveren (een productiebuild heeft geen .map-bestanden: die zouden de broncode aan iedereen tonen).
 */
class ModuleOverzichtPlugin {
  constructor(bestand) {
    this.bestand = bestand;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ModuleOverzichtPlugin", (compilation) => {
      const overzicht = {};
      for (const chunk of compilation.chunks) {
        const bronnen = new Set();
        for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          // Samengevoegde modules (scope hoisting) bevatten er meerdere.
          for (const deel of m.modules ? m.modules : [m]) if (deel.resource) bronnen.add(path.relative(__dirname, deel.resource).split(path.sep).join("/"));
        }
        for (const f of chunk.files) if (f.endsWith(".js")) overzicht[f] = [...bronnen].sort();
      }
      require("fs").mkdirSync(path.dirname(this.bestand), { recursive: true });
      require("fs").writeFileSync(this.bestand, JSON.stringify(overzicht, null, 1));
    });
  }
}

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
  const adres = dev ? null : productieAdres(process.env.PW_URL);
  if (!dev && !adres) console.log(`PW_URL niet gezet: dist/ verwijst naar ${ONTWIKKEL_ADRES} (voor uitrol: PW_URL=https://uw-server/pad/ npm run build)`);
  const { maakNlMetadata } = await import("./scripts/maak-functies-nl.mjs");
  const config = {
    // Bronkaarten alleen bij ontwikkelen (npm start); nooit in een productiebuild in dist/.
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lui geladen scripts (deelkopie.js) staan naast taskpane.html: een relatief pad. Zonder dit zoekt de
      // webpack-runtime het adres via document.currentScript, en runtime.js faalt dan in een runtime zonder
      // DOM (de rooktest test/functions/dist.test.ts laadt de functies zonder document).
      publicPath: "",
      clean: true,
    },
    // extensionAlias: een dynamische import (het lui geladen script van de deelkopie) noemt "./x.js", zoals
    // TypeScript met nodenext eist; webpack zoekt dan eerst x.ts.
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES-modules voor webpack, zodat zod en date-fns tree-shaken worden (CommonJS trekt alles mee);
          // moduleResolution "bundler" hoort bij die modulevorm (tsconfig.json zelf: nodenext, voor Node en jest).
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "bundler" } } },
        },
      ],
    },
    // Eén kopie van de kern per pagina: beide entries draaien in dezelfde pagina (gedeelde runtime), dus
    // één webpack-runtime (runtime.js) en alles wat ze allebei gebruiken in gedeeld.js.
    optimization: {
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          gedeeld: { name: "gedeeld", chunks: "all", minChunks: 2, enforce: true },
        },
      },
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
          { from: "src/help/help.html", to: "help.html" },
          { from: "assets/verzuimregister-sjabloon.xlsx", to: "verzuimregister-sjabloon.xlsx" }, // link op de hulppagina
          { from: "manifest*.xml", to: "[name][ext]" },
        ],
      }),
      new AdresPlugin(adres),
      new PaginaGroottePlugin(),
      new ModuleOverzichtPlugin(path.join(__dirname, "bouwverslag", "dist-modules.json")),
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
          "Voer `npx office-addin-dev-certs install` uit (met beheerdersrechten; op Linux vraagt het om sudo) en probeer opnieuw.",
      );
    }
  }
  return config;
};
