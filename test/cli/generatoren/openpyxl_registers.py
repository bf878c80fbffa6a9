"""Werkmappen zoals openpyxl ze schrijft, voor de leestests van de scanner (test/cli/lezen.test.ts).

Gebruik: python3 openpyxl_registers.py <uitvoermap>

openpyxl schrijft absolute relatiedoelen (/xl/...), een opmerking als comments-onderdeel met een
VML-tekening, grafieken, validaties op hele kolommen en formules zonder berekende waarde: precies wat
exceljs liet vastlopen (zie ../../../shared/office-notes.md).
"""
import datetime
import os
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table

uit = sys.argv[1]
D = datetime.datetime

KOPPEN = ["Werknemer", "Personeelsnummer", "Eerste ziektedag", "Hersteldatum", "Probleemanalyse", "Plan van aanpak"]
RIJEN = [
    ["Anna de Vries", "1001", D(2026, 10, 1), None, None, None],  # PA te laat op 25-11-2026
    ["Bram Jansen", "1002", D(2026, 11, 20), None, None, None],
    ["Cor Smit", "1003", "=DATE(2026,9,1)", None, None, None],  # formule zonder waarde als eerste ziektedag
    ["Dina Bakker", "1004", D(2026, 8, 3), None, "=C7+30", None],  # formule zonder waarde in een mijlpaal
]


def register(ws, begin=3):
    ws.cell(row=1, column=1, value="Verzuimregister (openpyxl)")
    for k, kop in enumerate(KOPPEN, start=1):
        ws.cell(row=begin, column=k, value=kop)
    for i, rij in enumerate(RIJEN):
        for k, w in enumerate(rij, start=1):
            if w is not None:
                c = ws.cell(row=begin + 1 + i, column=k, value=w)
                if isinstance(w, D):
                    c.number_format = "DD-MM-YYYY"


# 1. Tabel zonder stijl, opmerking, grafiek, validatie op een hele kolom.
wb = Workbook()
ws = wb.active
ws.title = "Verzuim"
register(ws)
ws.add_table(Table(displayName="Register", ref="A3:F7"))  # geen tableStyleInfo
ws["A4"].comment = Comment("Contact via de bedrijfsarts", "HR")
dv = DataValidation(type="date", operator="greaterThan", formula1="DATE(1980,1,1)")
dv.add("C1:C1048576")
ws.add_data_validation(dv)
grafiek = BarChart()
grafiek.add_data(Reference(ws, min_col=2, min_row=3, max_row=7), titles_from_data=True)
ws.add_chart(grafiek, "H3")
wb.save(os.path.join(uit, "openpyxl-tabel.xlsx"))

# 2. Blad zonder tabel met één waarde in XFD1048576 (de laatste cel van het blad).
wb = Workbook()
ws = wb.active
ws.title = "Register"
register(ws)
ws["XFD1048576"] = "x"
wb.save(os.path.join(uit, "openpyxl-xfd.xlsx"))

# 3. Het 1904-datumsysteem.
wb = Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Mac"
register(ws)
wb.save(os.path.join(uit, "openpyxl-1904.xlsx"))
