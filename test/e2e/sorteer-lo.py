#!/usr/bin/env python3
"""
Wat een gebruiker in LibreOffice Calc met een gemarkeerde kopie doet, headless via UNO: het register sorteren
(op naam, aflopend), een rij invoegen met een nieuwe werknemer, een rij verwijderen, en een autofilter dat
rijen verbergt. Daarna opslaan als .xlsx (zoals de gebruiker het bestand bewaart).

    python3 sorteer-lo.py <soffice> <profielmap> <invoer.xlsx> <uitvoer.xlsx> <blad> <koprij> <naamkolom> \
        <ziektedagkolom> <nieuwe naam> <nieuwe eerste ziektedag (serienummer)> [wachtwoord]

Een beveiligd blad kan ook in Excel niet gesorteerd worden: met het wachtwoord heft het script de beveiliging
op (zoals de gebruiker), sorteert, en beveiligt het blad daarna weer.

Rijen en kolommen 1-based, zoals in Excel. Schrijft op stdout JSON: {"verwijderd": naam, "verborgen": [namen]}.
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import TableSortField


def prop(naam, waarde):
    p = PropertyValue()
    p.Name = naam
    p.Value = waarde
    return p


def main():
    soffice, profiel, invoer, uitvoer, bladnaam = sys.argv[1:6]
    koprij, naamkolom, dagkolom = (int(x) for x in sys.argv[6:9])
    nieuwe_naam, nieuwe_dag = sys.argv[9], float(sys.argv[10])
    wachtwoord = sys.argv[11] if len(sys.argv) > 11 else ""
    pijp = "pw_sorteer_%d" % os.getpid()
    proces = subprocess.Popen(
        [soffice, "-env:UserInstallation=file://" + profiel, "--headless", "--invisible", "--norestore",
         "--accept=pipe,name=%s;urp;" % pijp],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lokaal = uno.getComponentContext()
        resolver = lokaal.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", lokaal)
        ctx = None
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pijp)
                break
            except Exception:
                time.sleep(0.5)
        if ctx is None:
            raise SystemExit("LibreOffice antwoordt niet")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(invoer)), "_blank", 0, (prop("Hidden", True),))
        blad = doc.Sheets.getByName(bladnaam)
        beveiligd = blad.isProtected()
        if beveiligd:
            blad.unprotect(wachtwoord)
        cursor = blad.createCursor()
        cursor.gotoEndOfUsedArea(False)
        laatste_rij = cursor.RangeAddress.EndRow  # 0-based
        laatste_kol = cursor.RangeAddress.EndColumn
        eerste = koprij  # 0-based index van de eerste gegevensrij = koprij (1-based)

        # 1. Sorteren op naam, aflopend (Gegevens > Sorteren).
        bereik = blad.getCellRangeByPosition(0, eerste, laatste_kol, laatste_rij)
        veld = TableSortField()
        veld.Field = naamkolom - 1
        veld.IsAscending = False
        veld.IsCaseSensitive = False
        beschrijving = bereik.createSortDescriptor()
        for p in beschrijving:
            if p.Name == "SortFields":
                p.Value = uno.Any("[]com.sun.star.table.TableSortField", (veld,))
            elif p.Name == "ContainsHeader":
                p.Value = False
        bereik.sort(beschrijving)

        # 2. Een rij invoegen tussen de andere (de voorwaardelijke opmaak rekt mee) met een nieuwe werknemer.
        invoeg = eerste + 3
        blad.Rows.insertByIndex(invoeg, 1)
        blad.getCellByPosition(naamkolom - 1, invoeg).setString(nieuwe_naam)
        blad.getCellByPosition(dagkolom - 1, invoeg).setValue(nieuwe_dag)
        laatste_rij += 1

        # 3. Een rij verwijderen (de rijen eronder schuiven op).
        weg = eerste + 7
        verwijderd = blad.getCellByPosition(naamkolom - 1, weg).getString()
        blad.Rows.removeByIndex(weg, 1)
        laatste_rij -= 1

        # 4. Filteren: rijen verbergen zoals een autofilter doet (de rijen blijven op hun plek).
        verborgen = []
        for r in range(eerste + 1, laatste_rij + 1, 5):
            blad.Rows.getByIndex(r).IsVisible = False
            verborgen.append(blad.getCellByPosition(naamkolom - 1, r).getString())

        if beveiligd:
            blad.protect(wachtwoord)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(uitvoer)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        print(json.dumps({"verwijderd": verwijderd, "verborgen": verborgen}))
    finally:
        try:
            desktop.terminate()  # noqa: F821 (bestaat als de verbinding lukte)
        except Exception:
            pass
        try:
            proces.wait(timeout=30)
        except Exception:
            proces.kill()


if __name__ == "__main__":
    main()
