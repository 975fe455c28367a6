"""openpyxl peer: read every row of an .xlsx in read-only mode.

usage: /usr/bin/python3 openpyxl_read.py ledger.xlsx
Times load_workbook(read_only=True) and iterating every row of every sheet (values only) inside Python;
the bench also times the whole process by the wall clock, as it does the command line.
"""
import json
import sys
import time

start = time.perf_counter()
import openpyxl  # noqa: E402

imported = time.perf_counter()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = 0
cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for v in row if v is not None)
wb.close()
done = time.perf_counter()
print(json.dumps({"rows": rows, "cells": cells, "seconds": done - imported, "importSeconds": imported - start, "version": openpyxl.__version__}))
