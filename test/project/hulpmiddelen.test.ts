/**
 * Elke ontwikkelmachine (issue 21): tests die LibreOffice, Chromium, xmllint, pdftoppm of openpyxl nodig
 * hebben, slaan lokaal (CI niet gezet) over met één Nederlandse regel per programma en de ronde blijft groen;
 * onder CI=true zijn ze verplicht en faalt de ronde. PW_ZONDER doet alsof een programma ontbreekt.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { installeerRegel, isCi, ontbreektRegel } from "../hulpmiddel";

jest.setTimeout(180_000);
const root = path.resolve(__dirname, "..", "..");

/** Een kale omgeving: zonder CI-variabelen van de machine waarop deze test zelf draait. */
function omgeving(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.CI;
  delete env.JEST_WORKER_ID;
  return { ...env, ...extra };
}

function draaiJest(bestand: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, "node_modules", "jest", "bin", "jest.js"), "--ci", bestand], {
    cwd: root,
    encoding: "utf8",
    env: omgeving(env),
  });
}

describe("één regel per ontbrekend programma", () => {
  test("lokaal: 'overgeslagen: … ontbreekt; installeer met …'; onder CI: verplicht", () => {
    expect(ontbreektRegel("soffice", false, "linux")).toBe(
      "overgeslagen: soffice ontbreekt (LibreOffice, nodig voor de kleurentest en werkmappen van LibreOffice); installeer met: sudo apt-get install libreoffice-calc-nogui",
    );
    expect(ontbreektRegel("chromium", true, "linux")).toMatch(/^verplicht onder CI=true: chromium ontbreekt .*sudo apt-get install chromium$/);
    expect(installeerRegel("pdftoppm", "darwin")).toBe("brew install poppler");
    expect(installeerRegel("xmllint", "freebsd")).toBe("sudo apt-get install libxml2-utils");
  });

  test.each([
    [{}, false],
    [{ CI: "true" }, true],
    [{ CI: "1" }, true],
    [{ CI: "false" }, false],
    [{ CI: "" }, false],
  ])("CI=%j → verplicht: %s", (env, verwacht) => {
    expect(isCi(env as NodeJS.ProcessEnv)).toBe(verwacht);
  });
});

describe("een jest-ronde zonder LibreOffice", () => {
  test("lokaal: de kleurentest slaat over met één regel en de ronde is groen", () => {
    const r = draaiJest("test/e2e/kleuren.test.ts", { PW_ZONDER: "soffice" });
    const uit = r.stdout + r.stderr;
    expect(uit).toContain("overgeslagen: soffice ontbreekt");
    expect(uit.match(/overgeslagen: soffice ontbreekt/g)).toHaveLength(1);
    expect(uit).toMatch(/Tests:\s+\d+ skipped, \d+ total/);
    expect(r.status).toBe(0);
  });

  test("onder CI=true: de ronde faalt en zegt wat er ontbreekt", () => {
    const r = draaiJest("test/e2e/kleuren.test.ts", { PW_ZONDER: "soffice", CI: "true" });
    expect(r.stdout + r.stderr).toContain("verplicht onder CI=true: soffice ontbreekt");
    expect(r.status).not.toBe(0);
  });
});

describe("scripts/systeem-pakketten.sh", () => {
  test("lokaal installeert het nooit iets (geen apt-get, ook niet als root)", () => {
    const r = spawnSync("bash", [path.join(root, "scripts", "systeem-pakketten.sh")], { encoding: "utf8", env: omgeving({}) });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("lokaal wordt niets geïnstalleerd");
    expect(r.stderr).not.toContain("Installeren");
  });
});
