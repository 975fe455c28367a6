/**
 * Small helpers shared by the third corpus's fixtures: item lines written from source rows, and a total row whose
 * label may stand in any column. Everything else (cells, money, the expectation) comes from scripts/layouts2.
 */
import ExcelJS from 'exceljs';
import { Unit } from '../layouts/expected';
import { num, put, putRow, txt, Look } from '../layouts2/sheet';
import { Ore, sum, TextStyle } from '../layouts2/money';
import { Side, SpecLine } from '../layouts2/spec';

/** Kommun-Bas / BAS: class 3 is income, everything else here a cost. */
export const sideOf = (code: string): Side => (code.trim().startsWith('3') ? 'income' : 'cost');

/** A printed total row: the label in `labelCol`, each listed column the sum of the lines' figure. */
export function totalRow(
  ws: ExcelJS.Worksheet,
  row: number,
  labelCol: string,
  label: string,
  cols: { col: string; of: (l: SpecLine) => Ore | null }[],
  lines: SpecLine[],
  unit: Unit,
  numFmt = '#,##0',
  text?: TextStyle,
): void {
  const look: Look = { bold: true };
  put(ws, `${labelCol}${row}`, label, look);
  for (const c of cols) {
    const v = sum(lines.map(c.of));
    if (text) txt(ws, `${c.col}${row}`, v, unit, text, look);
    else num(ws, `${c.col}${row}`, v, unit, numFmt, look);
  }
}

/** Labels in a row, then amounts as numbers in the given columns. */
export function amountsRow(
  ws: ExcelJS.Worksheet,
  row: number,
  labels: [string, (string | number)[]],
  amounts: [string, Ore | null][],
  unit: Unit,
  numFmt = '#,##0',
): void {
  putRow(ws, row, labels[0], labels[1]);
  for (const [col, v] of amounts) num(ws, `${col}${row}`, v, unit, numFmt);
}
