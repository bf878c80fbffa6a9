// Welke Office-API-members gebruikt onze Office-code (src/office, src/taskpane, src/functions), en welke
// requirement set (`[Api set: ExcelApi 1.9]` in @types/office-js en @types/custom-functions-runtime) heeft
// elk nodig? Met de TypeScript-typecontrole: elke property-toegang en aanroep wordt naar haar declaratie
// in de typen herleid en het JSDoc-label daar gelezen.
//
// Een member die een hogere versie nodig heeft dan manifest.xml (<Requirements><Sets>) belooft, mag alleen
// achter een bewaking staan met een pad zonder die member (de terugval):
//   if (ondersteunt("1.9")) { … }            (then-tak; de else-tak of niets doen is de terugval)
//   ondersteunt("1.2") ? wb.functions… : null (alleen in de ware tak)
//   ondersteunt(X) && …                       (rechts van &&)
//   if (!ondersteunt(X)) return …; …          (na een vroege terugkeer)
// waarbij `ondersteunt` Office.context.requirements.isSetSupported("ExcelApi", versie) zelf is of een functie
// die dat met haar parameter aanroept (zoals ondersteunt() in src/office/werkmap.ts); de versie is een
// letterlijke tekst of een const met een letterlijke tekst.
//
//   node scripts/office-api.cjs           toont de tabel en de overtredingen (exitcode 1 bij een overtreding)
//   node scripts/office-api.cjs --docs    schrijft de tabel in docs/office-api.md
// Getoetst door test/project/office-api.test.ts (ook: de tabel in de docs is actueel).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const root = path.dirname(__dirname);
const MAPPEN = ["src/office", "src/taskpane", "src/functions"];
const TYPEN = /node_modules[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/** `1.10` > `1.9`: vergelijk versies per getal. */
function vergelijk(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** De sets die de manifest vraagt: { ExcelApi: "1.7", SharedRuntime: "1.1" }. */
function manifestSets(xml) {
  const sets = /<Requirements>\s*<Sets([^>]*)>([\s\S]*?)<\/Sets>/.exec(xml);
  if (!sets) return {};
  const standaard = /DefaultMinVersion="([^"]+)"/.exec(sets[1])?.[1] ?? "1.1";
  const uit = {};
  for (const m of sets[2].matchAll(/<Set\s+([^>]*?)\/?>/g)) {
    const naam = /Name="([^"]+)"/.exec(m[1])?.[1];
    if (naam) uit[naam] = /MinVersion="([^"]+)"/.exec(m[1])?.[1] ?? standaard;
  }
  return uit;
}

/** `[Api set: ExcelApi 1.1 for get, 1.3 for set]` → { set, versie } (de versie voor schrijven als `schrijft`). */
function leesLabel(tekst, schrijft) {
  const m = /\[Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)([^\]]*)\]/.exec(tekst);
  if (!m) return null;
  let versie = m[2];
  if (schrijft) {
    const s = /(\d+\.\d+) for (?:set|setting)\b/.exec(m[3]);
    if (s) versie = s[1];
  }
  return { set: m[1], versie, label: m[0] };
}

function commentaarVoor(decl) {
  const sf = decl.getSourceFile();
  const bereiken = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  return bereiken.map((r) => sf.text.slice(r.pos, r.end)).join("\n");
}

function bestandenIn(map) {
  const uit = [];
  for (const e of fs.readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, e.name);
    if (e.isDirectory()) uit.push(...bestandenIn(p));
    else if (/\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) uit.push(p);
  }
  return uit;
}

/**
 * Analyseer de Office-code (of de gegeven bestanden). Geeft elk gebruik: member, set, versie, plaats en de
 * versie waarop het bewaakt is (of null).
 */
function analyseer({ bestanden = MAPPEN.flatMap((m) => bestandenIn(path.join(root, m))), extra = [] } = {}) {
  const cfgPad = path.join(root, "tsconfig.json");
  const cfg = ts.getParsedCommandLineOfConfigFile(cfgPad, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram({ rootNames: [...bestanden, ...extra], options: { ...cfg.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const wrappers = new Map(); // declaratie → { set, index } of null

  /** Letterlijke tekst van een uitdrukking (ook via een const), of null. */
  function tekstVan(e) {
    if (ts.isStringLiteralLike(e)) return e.text;
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : null;
  }

  /** Is deze aanroep een bewaking? → { set, versie } of null. */
  function bewaking(call) {
    if (!ts.isCallExpression(call)) return null;
    const naam = ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : ts.isIdentifier(call.expression) ? call.expression.text : null;
    if (naam === "isSetSupported" && call.arguments.length >= 2) {
      const set = tekstVan(call.arguments[0]);
      const versie = tekstVan(call.arguments[1]);
      return set && versie ? { set, versie } : null;
    }
    const decl = checker.getResolvedSignature(call)?.declaration;
    if (!decl || !ts.isFunctionDeclaration(decl) || !decl.body) return null;
    if (!wrappers.has(decl)) {
      let gevonden = null;
      const params = decl.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : null));
      const zoek = (n) => {
        if (gevonden) return;
        if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "isSetSupported" && n.arguments.length >= 2) {
          const set = tekstVan(n.arguments[0]);
          const a = n.arguments[1];
          const index = ts.isIdentifier(a) ? params.indexOf(a.text) : -1;
          if (set && index >= 0) gevonden = { set, index };
        }
        ts.forEachChild(n, zoek);
      };
      zoek(decl.body);
      wrappers.set(decl, gevonden);
    }
    const w = wrappers.get(decl);
    if (!w || call.arguments.length <= w.index) return null;
    const versie = tekstVan(call.arguments[w.index]);
    return versie ? { set: w.set, versie } : null;
  }

  /** Alle bewakingen die gelden als deze uitdrukking waar is (via && ook meer dan één). */
  function bewakingenIn(e) {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...bewakingenIn(e.left), ...bewakingenIn(e.right)];
    const b = bewaking(e);
    return b ? [b] : [];
  }
  const eindigt = (s) => ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && eindigt(s.statements[s.statements.length - 1]));

  /** De bewakingen rond een knoop (alle voorouders). */
  function bewaaktDoor(node) {
    const uit = [];
    let kind = node;
    for (let p = node.parent; p; kind = p, p = p.parent) {
      if (ts.isIfStatement(p) && kind === p.thenStatement) uit.push(...bewakingenIn(p.expression));
      else if (ts.isConditionalExpression(p) && kind === p.whenTrue) uit.push(...bewakingenIn(p.condition));
      else if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && kind === p.right) uit.push(...bewakingenIn(p.left));
      else if (ts.isBlock(p) || ts.isSourceFile(p)) {
        for (const s of p.statements) {
          if (s === kind) break;
          if (ts.isIfStatement(s) && !s.elseStatement && eindigt(s.thenStatement)) {
            let c = s.expression;
            while (ts.isParenthesizedExpression(c)) c = c.expression;
            if (ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken) uit.push(...bewakingenIn(c.operand));
          }
        }
      }
    }
    return uit;
  }

  const gebruik = [];
  const eigen = new Set([...bestanden, ...extra].map((f) => path.resolve(f)));
  for (const sf of program.getSourceFiles()) {
    if (!eigen.has(path.resolve(sf.fileName))) continue;
    const bezoek = (node) => {
      let naamKnoop = null;
      if (ts.isPropertyAccessExpression(node)) naamKnoop = node.name;
      else if (ts.isNewExpression(node)) naamKnoop = ts.isPropertyAccessExpression(node.expression) ? null : node.expression; // new X(); new A.B() via de property
      if (naamKnoop && !ts.isTypeNode(node.parent) && !ts.isExpressionWithTypeArguments(node.parent)) {
        let decls = checker.getSymbolAtLocation(naamKnoop)?.declarations ?? [];
        const aanroep = node.parent && ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        if (aanroep) {
          const d = checker.getResolvedSignature(aanroep)?.declaration;
          if (d && decls.includes(d)) decls = [d];
        }
        decls = decls.filter((d) => TYPEN.test(d.getSourceFile().fileName));
        if (decls.length && !checker.getFullyQualifiedName(checker.getSymbolAtLocation(naamKnoop)).startsWith("__")) {
          const sym = checker.getSymbolAtLocation(naamKnoop);
          const member = checker.getFullyQualifiedName(sym).replace(/^"[^"]*"\./, "");
          const schrijft = ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          const labels = decls.map((d) => leesLabel(commentaarVoor(d), schrijft)).filter(Boolean);
          // Bij meer declaraties (overloads) telt de laagste eis.
          labels.sort((a, b) => vergelijk(a.versie, b.versie));
          const label = labels[0] ?? null;
          const { line } = sf.getLineAndCharacterOfPosition(naamKnoop.getStart());
          gebruik.push({
            member,
            set: label?.set ?? null,
            versie: label?.versie ?? null,
            bestand: path.relative(root, sf.fileName).split(path.sep).join("/"),
            regel: line + 1,
            bewaking: label ? bewaaktDoor(node).filter((b) => b.set === label.set) : [],
          });
        }
      }
      ts.forEachChild(node, bezoek);
    };
    bezoek(sf);
  }
  return gebruik;
}

/** De overtredingen: een member boven de manifest, niet bewaakt op minstens zijn versie. */
function overtredingen(gebruik, sets) {
  return gebruik.filter((g) => {
    if (!g.set) return false;
    const belooft = sets[g.set];
    if (belooft && vergelijk(g.versie, belooft) <= 0) return false;
    return !g.bewaking.some((b) => vergelijk(b.versie, g.versie) >= 0);
  });
}

/** De tabel member → set voor docs/office-api.md (gesorteerd, één regel per member). */
function tabel(gebruik, sets) {
  const per = new Map();
  for (const g of gebruik) {
    const k = g.member;
    const oud = per.get(k);
    const bewaakt = g.bewaking.length > 0;
    if (!oud) per.set(k, { ...g, bestanden: new Set([g.bestand]), altijdBewaakt: bewaakt });
    else {
      oud.bestanden.add(g.bestand);
      oud.altijdBewaakt = oud.altijdBewaakt && bewaakt;
    }
  }
  const regels = [...per.values()].sort((a, b) => (a.set ?? "~").localeCompare(b.set ?? "~") || vergelijk(b.versie ?? "0", a.versie ?? "0") || a.member.localeCompare(b.member));
  const rij = (g) => {
    const set = g.set ? `${g.set} ${g.versie}` : "—";
    const belooft = g.set ? sets[g.set] : null;
    const boven = g.set && (!belooft || vergelijk(g.versie, belooft) > 0);
    const hoe = !g.set ? "geen set-label in de typen" : boven ? (g.altijdBewaakt ? "optioneel, achter isSetSupported" : "**niet bewaakt**") : "binnen de manifest";
    return `| \`${g.member}\` | ${set} | ${hoe} | ${[...g.bestanden].sort().join(", ")} |`;
  };
  return ["| Member | Requirement set | Hoe | Waar |", "| --- | --- | --- | --- |", ...regels.map(rij)].join("\n");
}

const BEGIN = "<!-- office-api:begin (node scripts/office-api.cjs --docs) -->";
const EINDE = "<!-- office-api:einde -->";
const DOCS = path.join(root, "docs", "office-api.md");

function docsTekst(gebruik, sets) {
  const oud = fs.existsSync(DOCS) ? fs.readFileSync(DOCS, "utf8") : `${BEGIN}\n${EINDE}\n`;
  const i = oud.indexOf(BEGIN);
  const j = oud.indexOf(EINDE);
  const manifest = Object.entries(sets).map(([n, v]) => `${n} ${v}`).join(", ");
  const blok = `${BEGIN}\nDe manifest vraagt: ${manifest}.\n\n${tabel(gebruik, sets)}\n${EINDE}`;
  return oud.slice(0, i) + blok + oud.slice(j + EINDE.length);
}

module.exports = { analyseer, manifestSets, overtredingen, tabel, docsTekst, leesLabel, vergelijk, DOCS };

if (require.main === module) {
  const sets = manifestSets(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  const gebruik = analyseer();
  if (process.argv.includes("--docs")) {
    fs.writeFileSync(DOCS, docsTekst(gebruik, sets));
    console.log(`bijgewerkt: ${path.relative(root, DOCS)}`);
  } else console.log(tabel(gebruik, sets));
  const fout = overtredingen(gebruik, sets);
  for (const g of fout) console.error(`${g.bestand}:${g.regel}: ${g.member} vraagt ${g.set} ${g.versie}, de manifest belooft ${sets[g.set] ?? "die set niet"}, en er is geen isSetSupported-bewaking`);
  process.exit(fout.length ? 1 : 0);
}
