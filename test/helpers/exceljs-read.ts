import ExcelJS from 'exceljs';
import { CellValue, NO_CACHED_VALUE, SheetData, SheetVisibility } from '../../src/core/cells';
import { FormatRuns } from '../../src/core/cell-formats';

/** Days between Excel's day 0 (1899-12-30, with its 1900 leap-year quirk) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86400000;

export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/**
 * The reference reader: ExcelJS, read as the .xlsx adapter read workbooks before it had its own reader. The
 * tests compare Avstämning's reader with it, as an independent implementation of the same standard.
 */

/** ExcelJS's many cell shapes to the core's few: what Excel's `range.values` would give. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('error' in v) return { error: String(v.error) };
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      // A formula whose cached value is missing (never calculated) has nothing to read.
      if (result === undefined || result === null) return { error: NO_CACHED_VALUE };
      return toCellValue(result as ExcelJS.CellValue);
    }
    if ('text' in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function visibility(ws: ExcelJS.Worksheet): SheetVisibility {
  return ws.state === 'hidden' ? 'hidden' : ws.state === 'veryHidden' ? 'veryHidden' : 'visible';
}

/** One worksheet as plain data, with the number formats of its number cells (where not General). */
export function readWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const values: CellValue[][] = [];
  const formats = new FormatRuns();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area's value lives in its first cell only, as in Excel.
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      cells[colNumber - 1] = value;
      const format = cell.numFmt;
      if (typeof value === 'number' && typeof format === 'string' && format !== '' && !/^general$/i.test(format))
        formats.add(rowNumber - 1, colNumber - 1, format);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    values[rowNumber - 1] = cells;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  const found = formats.finish();
  return { name: ws.name, values, visibility: visibility(ws), ...(found ? { formats: found } : {}) };
}

export function readWorkbookWithExcelJs(wb: ExcelJS.Workbook): SheetData[] {
  return wb.worksheets.map(readWorksheet);
}
