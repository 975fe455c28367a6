import { CellValue, SheetData, cellAddress, cellAt, rangeAddress } from '../cells';
import { AMOUNT_ROLES, ColumnRole, HeaderMatch, matchHeader } from './headers';
import { InputIssue } from '../issues';
import { Unit, unitFromText } from './units';

/** Headers are looked for in the first rows only (SPEC 1.1). */
export const HEADER_SEARCH_ROWS = 30;

export type UnitSource = 'header' | 'title' | 'sheet' | 'default';

/** Where a table sits on its sheet and what each column holds. Rows and columns are zero-based. */
export interface TableLayout {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  lastCol: number;
  /** The column whose text names each row. */
  labelCol: number;
  /** Whether each row is itself a goal area (a summary table) or a line. */
  labelRole: 'line' | 'goalArea';
  columns: Partial<Record<ColumnRole, number>>;
  headers: Partial<Record<ColumnRole, string>>;
  unit: Unit;
  unitSource: UnitSource;
  /** Amount columns whose header states a unit of its own; the others are in `unit`. */
  columnUnits: Partial<Record<ColumnRole, Unit>>;
}

/** The table's address from its header to `lastRow` (its last meaningful row, trailing notes left out). */
export function tableRange(t: TableLayout, lastRow = t.lastRow): string {
  const cols = Object.values(t.columns).filter((c): c is number => c !== undefined);
  return rangeAddress(t.headerRow, Math.min(t.labelCol, ...cols), lastRow, t.lastCol);
}

interface HeaderCell extends HeaderMatch {
  col: number;
  text: string;
}

function isYearCell(v: CellValue): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** The recognised cells of a row if it reads as a header row: two or more known headers and no amounts. */
function headerCells(sheet: SheetData, row: number): HeaderCell[] | null {
  const cells = sheet.values[row] ?? [];
  const found: HeaderCell[] = [];
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') {
      if (isYearCell(v)) continue;
      return null;
    }
    const m = matchHeader(v);
    if (m) found.push({ ...m, col, text: v.trim() });
  }
  return found.length >= 2 ? found : null;
}

/**
 * Settle which column gets which role. Two columns of one role with different years mean this year and
 * last year (`Utfall 2017`, `Utfall 2016`); any other repeat is reported and the first one kept.
 */
function assignRoles(sheet: SheetData, row: number, cells: HeaderCell[], issues: InputIssue[]) {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  const byRole = new Map<ColumnRole, HeaderCell[]>();
  for (const c of cells) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);
  const outcomes = byRole.get('outcome') ?? [];
  if (outcomes.length === 2 && outcomes.every((c) => c.year !== undefined) && outcomes[0].year !== outcomes[1].year && !byRole.has('priorYear')) {
    const [later, earlier] = [...outcomes].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
    byRole.set('outcome', [later]);
    byRole.set('priorYear', [earlier]);
  }
  for (const [role, list] of byRole) {
    const [first, ...rest] = [...list].sort((a, b) => a.col - b.col);
    columns[role] = first.col;
    headers[role] = first.text;
    for (const dup of rest) {
      issues.push({ key: 'header.duplicate', sheet: sheet.name, cell: cellAddress(row, dup.col), params: { header: dup.text, first: cellAddress(row, first.col) } });
    }
  }
  return { columns, headers };
}


const COARSENESS: Record<Unit, number> = { kr: 0, tkr: 1, mnkr: 2 };

/**
 * The unit: header, then a title above the header, then the sheet name, else kronor (SPEC 1.2). Amount headers
 * may state their own (`Budget (tkr)`, `Utfall (kr)`): each such column is read in its own unit (see
 * `columnUnits`), and the table's unit, which sets the rounding allowance, is the coarsest of them.
 */
function detectUnit(sheet: SheetData, headerRow: number, cells: HeaderCell[], searchFrom: number): { unit: Unit; unitSource: UnitSource } {
  const stated = cells.filter((c) => c.unit).map((c) => c.unit!);
  if (stated.length) return { unit: stated.reduce((a, b) => (COARSENESS[b] > COARSENESS[a] ? b : a)), unitSource: 'header' };
  for (let r = headerRow - 1; r >= searchFrom; r--) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v === 'string') {
        const u = unitFromText(v);
        if (u) return { unit: u, unitSource: 'title' };
      }
    }
  }
  const fromName = unitFromText(sheet.name);
  if (fromName) return { unit: fromName, unitSource: 'sheet' };
  return { unit: 'kr', unitSource: 'default' };
}

/** The column that names rows when no header says so: the leftmost column with text before the amounts. */
function guessLabelColumn(sheet: SheetData, firstRow: number, lastRow: number, before: number): number {
  for (let col = 0; col < before; col++) {
    for (let r = firstRow; r <= Math.min(lastRow, firstRow + 50); r++) {
      const v = cellAt(sheet, r, col);
      if (typeof v === 'string' && v.trim() !== '' && !/^[-–—\d\s.,%()−]+$/.test(v)) return col;
    }
  }
  return 0;
}

/**
 * Every table on a sheet, found by its header row within the first rows (SPEC 1.1). A table runs from its
 * header to the row before the next header, or to the end of the sheet.
 */
export function findTables(sheet: SheetData, issues: InputIssue[] = []): TableLayout[] {
  const headerRows: { row: number; cells: HeaderCell[] }[] = [];
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < limit; row++) {
    const cells = headerCells(sheet, row);
    if (cells && cells.some((c) => AMOUNT_ROLES.includes(c.role) || c.role === 'population' || c.role === 'share')) {
      headerRows.push({ row, cells });
    }
  }
  const tables: TableLayout[] = [];
  headerRows.forEach(({ row, cells }, i) => {
    const lastRow = i + 1 < headerRows.length ? headerRows[i + 1].row - 1 : sheet.values.length - 1;
    const { columns, headers } = assignRoles(sheet, row, cells, issues);
    const amountCols = AMOUNT_ROLES.map((r) => columns[r]).filter((c): c is number => c !== undefined);
    const firstAmountCol = amountCols.length ? Math.min(...amountCols) : Infinity;
    let labelCol: number;
    let labelRole: 'line' | 'goalArea' = 'line';
    if (columns.line !== undefined) labelCol = columns.line;
    else if (columns.goalArea !== undefined) {
      labelCol = columns.goalArea;
      labelRole = 'goalArea';
    } else labelCol = guessLabelColumn(sheet, row + 1, lastRow, Number.isFinite(firstAmountCol) ? firstAmountCol : 1);
    const previousEnd = i > 0 ? headerRows[i - 1].row + 1 : 0;
    const lastCol = Math.max(labelCol, ...Object.values(columns).filter((c): c is number => c !== undefined));
    tables.push({
      sheet: sheet.name,
      headerRow: row,
      firstRow: row + 1,
      lastRow,
      lastCol,
      labelCol,
      labelRole,
      columns,
      headers,
      ...detectUnit(sheet, row, cells, previousEnd),
      columnUnits: Object.fromEntries(cells.filter((c) => c.unit && AMOUNT_ROLES.includes(c.role) && columns[c.role] === c.col).map((c) => [c.role, c.unit!])),
    });
  });
  return tables;
}

