#!/usr/bin/env python3
"""
Een gemarkeerde kopie herschreven door een ander programma (openpyxl): de gegevensrijen van het register in een
andere volgorde (op eerste ziektedag, nieuwste eerst), met waarde en getalnotatie, en een paar rijen verborgen
(zoals een filter). openpyxl bewaart de voorwaardelijke opmaak, de namen en het verborgen blad.

    python3 sorteer-openpyxl.py <invoer.xlsx> <uitvoer.xlsx> <blad> <koprij> <ziektedagkolom>
"""
import sys

import openpyxl


def main():
    invoer, uitvoer, bladnaam = sys.argv[1:4]
    koprij, dagkolom = int(sys.argv[4]), int(sys.argv[5])
    wb = openpyxl.load_workbook(invoer)
    ws = wb[bladnaam]
    breedte = ws.max_column
    rijen = []
    for r in range(koprij + 1, ws.max_row + 1):
        cellen = [ws.cell(row=r, column=k) for k in range(1, breedte + 1)]
        if all(c.value is None for c in cellen):
            continue
        rijen.append([(c.value, c.number_format) for c in cellen])

    def dag(rij):
        v = rij[dagkolom - 1][0]
        return v.timestamp() if hasattr(v, "timestamp") else (v if isinstance(v, (int, float)) else 0)

    rijen.sort(key=dag, reverse=True)
    for i, rij in enumerate(rijen):
        for k, (waarde, notatie) in enumerate(rij, start=1):
            c = ws.cell(row=koprij + 1 + i, column=k)
            c.value = waarde
            c.number_format = notatie
    for i in range(2, len(rijen), 6):
        ws.row_dimensions[koprij + 1 + i].hidden = True
    wb.save(uitvoer)


if __name__ == "__main__":
    main()
