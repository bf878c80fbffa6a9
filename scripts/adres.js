// Het adres waar dist/ gehost wordt (PW_URL) en het herschrijven van https://localhost:3000 in de manifest
// en de functiemetadata. Gedeeld door webpack.config.js, scripts/validate-manifest.mjs en de tests.
"use strict";

const ONTWIKKEL_ADRES = "https://localhost:3000/";
const ONTWIKKEL_OORSPRONG = "https://localhost:3000";

/**
 * PW_URL → basisadres met afsluitende "/" (https, geen query of #). Leeg → null (ontwikkeladres).
 * Een onbruikbaar adres geeft een Error met een Nederlandse melding.
 */
function productieAdres(pwUrl) {
  if (pwUrl === undefined || pwUrl === null || String(pwUrl).trim() === "") return null;
  let u;
  try {
    u = new URL(String(pwUrl).trim());
  } catch {
    throw new Error(`PW_URL "${pwUrl}" is geen geldig adres; gebruik bijvoorbeeld PW_URL=https://intranet.example.nl/poortwachter/`);
  }
  if (u.protocol !== "https:") throw new Error(`PW_URL moet met https:// beginnen (Office laadt invoegtoepassingen alleen via HTTPS), niet "${pwUrl}"`);
  if (u.search || u.hash || u.username || u.password) throw new Error(`PW_URL mag geen ?-, #- of inloggegevens bevatten: "${pwUrl}"`);
  const basis = u.href.endsWith("/") ? u.href : `${u.href}/`;
  return { basis, oorsprong: u.origin };
}

/** Vervangt het ontwikkeladres door het productieadres: eerst volledige URL's, dan de oorsprong (AppDomain). */
function zetAdres(tekst, adres) {
  if (!adres) return tekst;
  return tekst.split(ONTWIKKEL_ADRES).join(adres.basis).split(ONTWIKKEL_OORSPRONG).join(adres.oorsprong);
}

module.exports = { ONTWIKKEL_ADRES, ONTWIKKEL_OORSPRONG, productieAdres, zetAdres };
