/**
 * What the eighth corpus adds to the second corpus's declaration: cells the expectation treats as having no value
 * because they cannot be read honestly (a note where a budget belongs, a formula saved without its value, an
 * amount whose separators read two ways), and cells written in an English locale. The verifier (verify8.ts) reads
 * the first kind as no value once it has checked they are no plain number, and the second with a parser of its own.
 */
import ExcelJS from 'exceljs';
import { built, Built, Declared, SpecLine } from '../layouts2/spec';
import { num, put, putRow, Look } from '../layouts2/sheet';
import { Ore, sum } from '../layouts2/money';
import { Unit } from '../layouts/expected';

export interface Declared8 extends Declared {
  /** Text amounts in an English locale (`1,234.50`), cell by cell: the verifier reads them with englishAmount. */
  english?: { sheet: string; cells: string[] }[];
  /** Amount cells that hold a number the expectation deliberately leaves out (no error of their own): read as no value. */
  leftOut?: { sheet: string; cells: string[]; why: string }[];
}

export function built8(wb: ExcelJS.Workbook, d: Declared8): Built {
  return built(wb, d);
}

/** Kommun-Bas / BAS: class 3 is income, everything else here a cost. */
export { sideOf } from '../layouts3/kit';

/** A formula saved by a program that never calculated: no cached value in the file. */
export function uncached(ws: ExcelJS.Worksheet, addr: string, f: string, look: Look = {}): void {
  put(ws, addr, { formula: f } as ExcelJS.CellFormulaValue, { numFmt: '#,##0', ...look });
}

/** A printed total row: a label and, in each column, the sum of the lines' figure (a missing figure adds nothing, as SUMMA does). */
export function sumRow(
  ws: ExcelJS.Worksheet,
  row: number,
  labelCol: string,
  label: string,
  cols: [string, (l: SpecLine) => Ore | null][],
  lines: SpecLine[],
  unit: Unit,
  numFmt = '#,##0',
): void {
  put(ws, `${labelCol}${row}`, label, { bold: true });
  for (const [c, of] of cols) num(ws, `${c}${row}`, sum(lines.map(of)), unit, numFmt, { bold: true });
}

export { putRow };
