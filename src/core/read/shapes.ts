import { CellValue, SheetData, cellAt } from '../cells';
import { matchHeader } from './headers';
import { parseNumber } from './numbers';

/**
 * Shapes that hold a budget and an outcome but no header row of columns, which the reader does not turn into
 * lines: a table laid across (the lines are columns, `Budget` and `Utfall` row labels) and blocks written down
 * the sheet like a form (`Projekt: …` over a `Budget` row and an `Utfall` row). They are recognised only to be
 * named, so that the user is told why nothing was computed and no table is misread inside them.
 */

/** Rows labelled by a budget or outcome word (`Budget`, `Utfall`) to look for, as headers are looked for. */
const SEARCH_ROWS = 40;

const isText = (v: CellValue): v is string => typeof v === 'string' && v.trim() !== '';
const isAmount = (v: CellValue): boolean => v !== null && !(typeof v === 'string' && v.trim() === '') && parseNumber(v).kind === 'number';

/** The budget or outcome role a row label names outright (`Budget`, `Utfall 2024`); null for anything else. */
function amountRoleOf(v: CellValue): 'budget' | 'outcome' | null {
  if (!isText(v)) return null;
  const role = matchHeader(v)?.role;
  return role === 'budget' || role === 'periodBudget' ? 'budget' : role === 'outcome' ? 'outcome' : null;
}

/** The first filled cell of a row and its column; null for an empty row. */
function firstFilled(sheet: SheetData, row: number): { col: number; value: CellValue } | null {
  const cells = sheet.values[row] ?? [];
  for (let col = 0; col < cells.length; col++) if (cells[col] !== null && !(typeof cells[col] === 'string' && (cells[col] as string).trim() === '')) return { col, value: cells[col] };
  return null;
}

/** A table laid across: where its row labels and its names stand. */
export interface AcrossShape {
  /** Zero-based row and column of the first budget or outcome row label. */
  row: number;
  col: number;
  /** The row above that names the columns (the lines), and how many names it holds over amounts. */
  namesRow: number;
  names: number;
}

/**
 * A budget row and an outcome row labelled in the same column, each with amounts in at least two columns to the
 * right, under a row that names those columns: the lines run across, not down.
 */
export function findAcross(sheet: SheetData): AcrossShape | null {
  const labelled: { row: number; col: number; role: 'budget' | 'outcome'; amountCols: number[] }[] = [];
  for (let row = 0; row < Math.min(sheet.values.length, SEARCH_ROWS); row++) {
    const first = firstFilled(sheet, row);
    const role = first ? amountRoleOf(first.value) : null;
    if (!first || !role) continue;
    const cells = sheet.values[row] ?? [];
    const amountCols: number[] = [];
    for (let col = first.col + 1; col < cells.length; col++) if (isAmount(cells[col])) amountCols.push(col);
    if (amountCols.length >= 2) labelled.push({ row, col: first.col, role, amountCols });
  }
  for (const b of labelled.filter((x) => x.role === 'budget')) {
    const o = labelled.find((x) => x.role === 'outcome' && x.col === b.col && Math.abs(x.row - b.row) <= 3);
    if (!o) continue;
    const shared = b.amountCols.filter((c) => o.amountCols.includes(c));
    if (shared.length < 2) continue;
    const top = Math.min(b.row, o.row);
    for (let namesRow = top - 1; namesRow >= Math.max(0, top - 3); namesRow--) {
      const names = shared.filter((c) => isText(cellAt(sheet, namesRow, c))).length;
      if (names >= 2) return { row: top, col: b.col, namesRow, names };
    }
  }
  return null;
}

/** Blocks down the sheet: each block's name cell, and every row labelled by a role inside a block. */
export interface BlockShape {
  heads: { row: number; col: number }[];
  roleRows: Set<number>;
}

/**
 * At least two blocks, each a row with a name alone over rows whose label in the same column names a budget
 * and an outcome with an amount beside it (`Projekt: Validering | ` / `Budget | 300 000` / `Utfall | 344 250`).
 */
export function findBlocks(sheet: SheetData): BlockShape | null {
  const heads: BlockShape['heads'] = [];
  const roleRows = new Set<number>();
  for (let row = 0; row < sheet.values.length; row++) {
    const first = firstFilled(sheet, row);
    if (!first || !isText(first.value) || matchHeader(first.value)) continue;
    const cells = sheet.values[row] ?? [];
    if (cells.some((v, c) => c > first.col && v !== null && !(typeof v === 'string' && v.trim() === ''))) continue;
    // The rows beneath, while their label in the head's column names a column role (Budget, Utfall, Kommentar).
    const roles = new Set<string>();
    const rows: number[] = [];
    let r = row + 1;
    for (; r < sheet.values.length; r++) {
      const label = cellAt(sheet, r, first.col);
      if (!isText(label) || !matchHeader(label)) break;
      const role = amountRoleOf(label);
      if (role && isAmount(cellAt(sheet, r, first.col + 1))) roles.add(role);
      rows.push(r);
    }
    if (!roles.has('budget') || !roles.has('outcome')) continue;
    heads.push({ row, col: first.col });
    for (const x of rows) roleRows.add(x);
    row = r - 1;
  }
  return heads.length >= 2 ? { heads, roleRows } : null;
}
