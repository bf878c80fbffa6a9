#!/usr/bin/env bash
# Installeert de Debian-pakketten die de tests nodig hebben, als ze ontbreken:
#   xmllint (libxml2-utils) voor de manifestcontrole, chromium voor de taakvenstertest, en soffice
#   (libreoffice-calc-nogui) voor de kleurentest (test/e2e/kleuren.test.ts: LibreOffice rekent de
#   voorwaardelijke opmaak van een gemarkeerde kopie uit).
# Zonder root-rechten meldt het script alleen wat er ontbreekt.
set -euo pipefail
nodig=()
command -v xmllint >/dev/null 2>&1 || nodig+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || nodig+=(chromium)
command -v soffice >/dev/null 2>&1 || nodig+=(libreoffice-calc-nogui)
if [ ${#nodig[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Ontbrekende systeempakketten: ${nodig[*]} (installeer met: sudo apt-get install ${nodig[*]})" >&2
  exit 1
fi
echo "Installeren: ${nodig[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${nodig[@]}" >/dev/null
