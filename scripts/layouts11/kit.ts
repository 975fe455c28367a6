/**
 * What the eleventh corpus shares: the ninth corpus's kit (source rows written as lines, totals, sides) and one
 * helper for the block layout of a driftredovisning, where each verksamhet is a block of rows whose name stands
 * only in a cell merged down over the block, left of the row labels.
 */
import ExcelJS from 'exceljs';
import { Side, SpecLine, TotalSpec } from '../layouts2/spec';
import { num, put, Look } from '../layouts2/sheet';
import { Ore } from '../layouts2/money';
import { Unit } from '../layouts/expected';

export { built9 as built11, favourableDiff, sideOf, sumRow, writeLines } from '../layouts9/kit';
export type { Src } from '../layouts9/kit';

/** One row of a block: its label, side, and amounts by column (null: the cell is left empty). */
export interface BlockRow {
  label: string;
  side: Side;
  amounts: Record<string, Ore | null>;
}

/**
 * Writes a block from `row`: the item rows (labels in `labelCol`), then its closing row (`close.label`, each
 * column the figure `close.of` gives from the items), the block's name in `nameCol` merged down over all of them.
 * Returns the item lines (grouped by the block's name), the closing row's total and the next free row.
 */
export function writeBlock(
  ws: ExcelJS.Worksheet,
  row: number,
  block: { name: string; rows: BlockRow[] },
  close: { label: string; cols: string[]; sign: (side: Side) => 1n | -1n },
  of: { budget: string; outcome: string },
  unit: Unit,
  numFmt: string,
  nameCol = 'A',
  labelCol = 'B',
  look: Look = {},
): { lines: SpecLine[]; total: TotalSpec; next: number } {
  const lines: SpecLine[] = [];
  let r = row;
  for (const b of block.rows) {
    put(ws, `${labelCol}${r}`, b.label, look);
    for (const [c, v] of Object.entries(b.amounts)) num(ws, `${c}${r}`, v, unit, numFmt, look);
    lines.push({ row: r, key: b.label, side: b.side, budget: b.amounts[of.budget] ?? null, outcome: b.amounts[of.outcome] ?? null, group: block.name });
    r++;
  }
  put(ws, `${labelCol}${r}`, close.label, { ...look, bold: true });
  for (const c of close.cols) {
    const v = block.rows.reduce<Ore>((s, b, i) => s + BigInt(close.sign(lines[i].side)) * (b.amounts[c] ?? 0n), 0n);
    num(ws, `${c}${r}`, v, unit, numFmt, { ...look, bold: true });
  }
  const total: TotalSpec = {
    sheet: ws.name,
    unit,
    row: r,
    cols: close.cols,
    covers: lines.map((l) => (close.sign(l.side) === 1n ? l.row : ([l.row, -1] as [number, -1]))),
  };
  put(ws, `${nameCol}${row}`, block.name, { bold: true });
  ws.mergeCells(`${nameCol}${row}:${nameCol}${r}`);
  ws.getCell(`${nameCol}${row}`).alignment = { vertical: 'middle', wrapText: true };
  return { lines, total, next: r + 1 };
}
