/**
 * What the ninth corpus shares: the eighth corpus's declaration (cells read as no value, English-locale text) and
 * one helper to write a plain table from source rows, so that each fixture states only its own shape.
 */
import ExcelJS from 'exceljs';
import { Side, SpecLine } from '../layouts2/spec';
import { num, put, putRow, Look } from '../layouts2/sheet';
import { Ore } from '../layouts2/money';
import { Unit } from '../layouts/expected';

export { built8 as built9, sideOf, sumRow } from '../layouts8/kit';
export type { Declared8 as Declared9 } from '../layouts8/kit';

/** One source row: its label cells (from column A or `labelCol`), its amounts by column, and how it is read. */
export interface Src {
  labels: (string | number)[];
  amounts: Record<string, Ore | null>;
  side: Side;
  /** The line's key: the label that names it (the last text label when not given). */
  key?: string;
  group?: string;
  /** Cells written as they are beside the amounts (a comment, a percentage). */
  extra?: Record<string, string | number>;
}

/**
 * Writes each source row from `row` on and returns the lines with their figures taken from the roles' columns
 * (`of.budget` = 'C' …). A role whose column is not given has no figure.
 */
export function writeLines(
  ws: ExcelJS.Worksheet,
  row: number,
  rows: Src[],
  unit: Unit,
  of: { budget?: string; outcome?: string; forecast?: string },
  numFmt = '#,##0',
  labelCol = 'A',
  look: Look = {},
): SpecLine[] {
  const lines: SpecLine[] = [];
  let r = row;
  for (const s of rows) {
    putRow(ws, r, labelCol, s.labels, look);
    for (const [c, v] of Object.entries(s.amounts)) num(ws, `${c}${r}`, v, unit, numFmt, look);
    for (const [c, v] of Object.entries(s.extra ?? {})) put(ws, `${c}${r}`, v, typeof v === 'number' ? { numFmt: '0%' } : { wrap: true });
    const texts = s.labels.filter((x): x is string => typeof x === 'string');
    const line: SpecLine = {
      row: r,
      key: s.key ?? texts[texts.length - 1] ?? String(s.labels[0]),
      side: s.side,
      budget: of.budget ? (s.amounts[of.budget] ?? null) : null,
      outcome: of.outcome ? (s.amounts[of.outcome] ?? null) : null,
    };
    if (of.forecast) line.forecast = s.amounts[of.forecast] ?? null;
    if (s.group !== undefined) line.group = s.group;
    lines.push(line);
    r++;
  }
  return lines;
}

/** A cost line's deviation (budget − outcome) and an income line's (outcome − budget): favourable positive. */
export function favourableDiff(side: Side, budget: Ore, outcome: Ore): Ore {
  return side === 'income' ? outcome - budget : budget - outcome;
}
