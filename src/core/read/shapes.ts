import { CellValue, SheetData, cellAt, rangeAddress } from '../cells';
import { matchHeader } from './headers';
import { parseNumber } from './numbers';
import { HEADER_SEARCH_ROWS, SheetView } from './tables';

/**
 * Shapes that hold a budget and an outcome but no header row of columns, which the reader does not turn into
 * lines: a table laid across (the lines are columns, `Budget` and `Utfall` row labels) and blocks written down
 * the sheet like a form (`Projekt: …` over a `Budget` row and an `Utfall` row). They are recognised only to be
 * named, so that the user is told why nothing was computed and no table is misread inside them.
 */

/** Rows labelled by a budget or outcome word (`Budget`, `Utfall`) to look for, as headers are looked for. */
const SEARCH_ROWS = 40;

const isText = (v: CellValue): v is string => typeof v === 'string' && v.trim() !== '';
const isBlankCell = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');
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
  for (let col = 0; col < cells.length; col++)
    if (cells[col] !== null && !(typeof cells[col] === 'string' && (cells[col] as string).trim() === '')) return { col, value: cells[col] };
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

/** The row labels of a table across, top to bottom from its first budget or outcome row, while they name a column role. */
function acrossLabels(sheet: SheetData, shape: AcrossShape): { row: number; label: string }[] {
  const labels: { row: number; label: string }[] = [];
  for (let r = shape.row; r < sheet.values.length; r++) {
    const v = cellAt(sheet, r, shape.col);
    if (!isText(v) || !matchHeader(v)) break;
    labels.push({ row: r, label: v.trim() });
  }
  return labels;
}

/**
 * A table across read as a table: a view of the sheet whose header row (where the names stand) holds the row
 * labels, and one row per named column below it, the name first and each labelled row's value under its label.
 * The title block above stays where it is. Null when no named column holds a value.
 */
export function acrossView(sheet: SheetData, shape: AcrossShape): { sheet: SheetData; view: SheetView } | null {
  const { col, namesRow } = shape;
  const labels = acrossLabels(sheet, shape);
  const width = Math.max(...labels.map((l) => (sheet.values[l.row] ?? []).length));
  const lines: number[] = [];
  for (let c = col + 1; c < width; c++) if (isText(cellAt(sheet, namesRow, c)) && labels.some((l) => !isBlankCell(cellAt(sheet, l.row, c)))) lines.push(c);
  if (lines.length === 0) return null;
  const values: CellValue[][] = sheet.values.slice(0, namesRow).map((r) => [...(r ?? [])]);
  values[namesRow] = [...new Array<CellValue>(col).fill(null), cellAt(sheet, namesRow, col), ...labels.map((l) => l.label)];
  lines.forEach((c, k) => {
    values[namesRow + 1 + k] = [...new Array<CellValue>(col).fill(null), cellAt(sheet, namesRow, c), ...labels.map((l) => cellAt(sheet, l.row, c))];
  });
  // The view's header stands for the row labels; a line's cell for the named column's cell in the labelled row.
  const origin = (row: number, c: number) => {
    const k = row - namesRow - 1;
    const j = c - col - 1;
    if (row < namesRow || c < col || j >= labels.length || k >= lines.length) return { row, col: c };
    if (k < 0) return j < 0 ? { row: namesRow, col } : { row: labels[j].row, col };
    return j < 0 ? { row: namesRow, col: lines[k] } : { row: labels[j].row, col: lines[k] };
  };
  // The sheet's number formats stand where its cells do, not where the view puts them: left out.
  return {
    sheet: { name: sheet.name, values, visibility: sheet.visibility },
    view: { shape: 'across', origin, range: rangeAddress(namesRow, col, labels[labels.length - 1].row, lines[lines.length - 1]) },
  };
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

/** Blocks down the sheet: each block's name cell with its labelled rows, and every row labelled inside a block. */
export interface BlockShape {
  heads: { row: number; col: number; rows: { row: number; label: string }[] }[];
  roleRows: Set<number>;
}

/**
 * At least two blocks, each a row with a name alone over rows whose label in the same column names a budget
 * and an outcome, with an amount beside one of them at least (`Projekt: Validering | ` / `Budget | 300 000` / `Utfall | 344 250`).
 */
export function findBlocks(sheet: SheetData): BlockShape | null {
  const heads: BlockShape['heads'] = [];
  const roleRows = new Set<number>();
  for (let row = 0; row < sheet.values.length; row++) {
    // The first block stands where a header would (a ledger's million rows are not searched for one).
    if (heads.length === 0 && row >= SEARCH_ROWS) break;
    const first = firstFilled(sheet, row);
    if (!first || !isText(first.value)) continue;
    const cells = sheet.values[row] ?? [];
    if (cells.some((v, c) => c > first.col && !isBlankCell(v)) || matchHeader(first.value)) continue;
    // The rows beneath, while their label in the head's column names a column role (Budget, Utfall, Kommentar).
    const roles = new Set<string>();
    const rows: number[] = [];
    let amounts = 0;
    let r = row + 1;
    for (; r < sheet.values.length; r++) {
      const label = cellAt(sheet, r, first.col);
      if (!isText(label) || !matchHeader(label)) break;
      const role = amountRoleOf(label);
      if (role) roles.add(role);
      if (role && isAmount(cellAt(sheet, r, first.col + 1))) amounts++;
      rows.push(r);
    }
    // A value that cannot be read is the block's to report; a block with no amount at all is no block.
    if (!roles.has('budget') || !roles.has('outcome') || amounts === 0) continue;
    heads.push({ row, col: first.col, rows: rows.map((x) => ({ row: x, label: (cellAt(sheet, x, first.col) as string).trim() })) });
    for (const x of rows) roleRows.add(x);
    row = r - 1;
  }
  return heads.length >= 2 ? { heads, roleRows } : null;
}

/** A label as a key: blocks name the same row `Budget` and `Budget ` alike. */
const labelKey = (label: string): string => label.toLowerCase().replace(/\s+/g, ' ');

/**
 * Blocks in one column read as a table: a view of the sheet with a header row (each label the blocks use, in
 * the order they first appear) right above the first block, and one row per block on the block's own row, its
 * name in the block's column and the value beside each label under that label's header. The title block above
 * stays where it is. Null when the blocks stand in different columns or the first one has no row above it.
 */
export function blocksView(sheet: SheetData, shape: BlockShape): { sheet: SheetData; view: SheetView } | null {
  const col = shape.heads[0].col;
  const first = shape.heads[0].row;
  const headerRow = first - 1;
  if (headerRow < 0 || headerRow >= HEADER_SEARCH_ROWS || shape.heads.some((h) => h.col !== col)) return null;
  const labels: string[] = [];
  for (const h of shape.heads) for (const r of h.rows) if (!labels.some((l) => labelKey(l) === labelKey(r.label))) labels.push(r.label);
  const values: CellValue[][] = sheet.values.slice(0, headerRow).map((r) => [...(r ?? [])]);
  values[headerRow] = [...new Array<CellValue>(col + 1).fill(null), ...labels];
  // Where each cell of the view really is: a block's value beside its label; a header beside the first label so named.
  const at = new Map<string, { row: number; col: number }>();
  labels.forEach((l, j) => {
    const firstWith = shape.heads.flatMap((h) => h.rows).find((r) => labelKey(r.label) === labelKey(l))!;
    at.set(`${headerRow}:${col + 1 + j}`, { row: firstWith.row, col });
  });
  at.set(`${headerRow}:${col}`, { row: first, col });
  // `Projekt: Validering`, `Projekt: Innovationsslussen`: a word every block's name begins with is no part of the name.
  const names = shape.heads.map((h) => String(cellAt(sheet, h.row, col)).trim());
  const prefix = /^([^:]{1,30}):\s*\S/u.exec(names[0])?.[1];
  const shared = prefix !== undefined && names.every((n) => n.startsWith(`${prefix}:`) && n.length > prefix.length + 1);
  let last = first;
  shape.heads.forEach((h, k) => {
    const row: CellValue[] = new Array<CellValue>(col + 1 + labels.length).fill(null);
    row[col] = shared ? names[k].slice(prefix!.length + 1).trim() : names[k];
    for (const r of h.rows) {
      const j = labels.findIndex((l) => labelKey(l) === labelKey(r.label));
      row[col + 1 + j] = cellAt(sheet, r.row, col + 1);
      at.set(`${h.row}:${col + 1 + j}`, { row: r.row, col: col + 1 });
      last = Math.max(last, r.row);
    }
    values[h.row] = row;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const origin = (row: number, c: number) => at.get(`${row}:${c}`) ?? { row, col: c };
  // The sheet's number formats stand where its cells do, not where the view puts them: left out.
  return {
    sheet: { name: sheet.name, values, visibility: sheet.visibility },
    view: { shape: 'blocks', origin, range: rangeAddress(first, col, last, col + 1) },
  };
}
