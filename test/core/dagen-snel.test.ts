/**
 * De snelle paden van issue 22 geven dezelfde uitkomst als de gewone berekening: jaarVan zonder datumVan,
 * isWerkdag met een cache per dag (elke dag, ook herhaald).
 */
import { datumVan, jaarVan, weekdag } from "../../src/core/dagen";
import { isFeestdag, isWerkdag } from "../../src/core/feestdagen";

test("jaarVan = datumVan(d).jaar voor elke dag van 1897 tot 2310", () => {
  for (let d = -1000; d < 150_000; d++) if (jaarVan(d) !== datumVan(d).jaar) throw new Error(`dag ${d}: ${jaarVan(d)} ≠ ${datumVan(d).jaar}`);
});

test("isWerkdag (met cache) = weekdag ≤ 5 en geen feestdag, ook bij de tweede keer vragen", () => {
  for (let ronde = 0; ronde < 2; ronde++) {
    for (let d = 30_000; d < 80_000; d++) if (isWerkdag(d) !== (weekdag(d) <= 5 && !isFeestdag(d))) throw new Error(`dag ${d}`);
  }
});
