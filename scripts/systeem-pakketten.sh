#!/usr/bin/env bash
# Installeert de Debian-pakketten die de tests nodig hebben, als ze ontbreken:
#   xmllint (libxml2-utils) voor de manifestcontrole, chromium voor de taakvenstertest, en soffice
#   (libreoffice-calc-nogui) voor de kleurentest (test/e2e/kleuren.test.ts: LibreOffice rekent de
#   voorwaardelijke opmaak van een gemarkeerde kopie uit), en voor de tests op werkmappen van andere
#   schrijvers: openpyxl (python3-openpyxl, met python3-pil voor afbeeldingen) en pdftoppm (poppler-utils);
#   python3-uno om de gemarkeerde kopie in LibreOffice te sorteren (test/e2e/kleuren.test.ts).
# Alleen onder CI=true op Debian/Ubuntu als root (zoals .ci/run): dan installeert het wat ontbreekt, en zonder
# root-rechten of apt-get faalt het met de lijst. Lokaal (CI niet gezet) installeert het nooit iets: de tests
# die een ontbrekend programma nodig hebben slaan over (scripts/hulpmiddelen.cjs, test/hulpmiddel.ts).
set -euo pipefail
case "${CI:-}" in
  ""|0|false|False|FALSE)
    echo "systeempakketten: lokaal wordt niets geïnstalleerd (alleen onder CI=true); ontbrekende programma's worden overgeslagen." >&2
    exit 0 ;;
esac
nodig=()
command -v xmllint >/dev/null 2>&1 || nodig+=(libxml2-utils)
command -v chromium >/dev/null 2>&1 || nodig+=(chromium)
command -v soffice >/dev/null 2>&1 || nodig+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || nodig+=(poppler-utils)
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || nodig+=(python3-openpyxl)
/usr/bin/python3 -c "import PIL" >/dev/null 2>&1 || nodig+=(python3-pil)
# UNO voor LibreOffice vanuit python (test/e2e/sorteer-lo.py: sorteren en filteren zoals een gebruiker).
/usr/bin/python3 -c "import uno" >/dev/null 2>&1 || nodig+=(python3-uno)
if [ ${#nodig[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Ontbrekende systeempakketten (verplicht onder CI=true): ${nodig[*]} (installeer met: sudo apt-get install ${nodig[*]})" >&2
  exit 1
fi
echo "Installeren: ${nodig[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${nodig[@]}" >/dev/null
