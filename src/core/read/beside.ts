import { CellValue, SheetData, cellAt } from '../cells';

/** A header cell as the side-by-side test sees it: where it stands and whether it heads an amount column. */
export interface BesideHeaderCell {
  col: number;
  amount: boolean;
}

/** The columns one of several tables standing side by side on one header row takes, first to last (zero-based). */
export interface BesideSpan {
  from: number;
  to: number;
}

const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/** A column with nothing in it from the header down to the table's last row: what separates two tables. */
function emptyColumn(sheet: SheetData, col: number, top: number, bottom: number): boolean {
  for (let r = top; r <= bottom; r++) if (!isBlank(cellAt(sheet, r, col))) return false;
  return true;
}

/** Most filled cells of a column below the header are names (letters), and at least one is. */
function holdsNames(sheet: SheetData, col: number, firstRow: number, lastRow: number): boolean {
  let filled = 0;
  let names = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const v = cellAt(sheet, r, col);
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'string' && /\p{L}{2}/u.test(v)) names++;
  }
  return names > 0 && names * 2 > filled;
}

/**
 * Tables side by side on one header row (`INTÄKTER | Budget | Utfall | | KOSTNADER | Budget | Utfall`, as a
 * printed page lays them out): the header row split at columns that are empty from the header to the last row.
 * Each part must be a table of its own, with an amount column and a column of names before its amounts;
 * otherwise (an empty spacer column inside one table, last year's figures beside this year's with no names of
 * their own) the row is one table and null is returned.
 */
export function besideSpans(sheet: SheetData, headerRows: readonly number[], lastRow: number, cells: readonly BesideHeaderCell[]): BesideSpan[] | null {
  if (cells.length === 0) return null;
  const top = headerRows[0];
  const firstRow = headerRows[headerRows.length - 1] + 1;
  const right = Math.max(...cells.map((c) => c.col));
  const spans: BesideSpan[] = [];
  let from = -1;
  for (let col = 0; col <= right + 1; col++) {
    const gap = col > right || emptyColumn(sheet, col, top, lastRow);
    if (!gap && from < 0) from = col;
    if (gap && from >= 0) {
      spans.push({ from, to: col - 1 });
      from = -1;
    }
  }
  const headed = spans.filter((s) => cells.some((c) => c.col >= s.from && c.col <= s.to));
  if (headed.length < 2) return null;
  for (const s of headed) {
    const amounts = cells.filter((c) => c.amount && c.col >= s.from && c.col <= s.to).map((c) => c.col);
    if (amounts.length === 0) return null;
    const firstAmount = Math.min(...amounts);
    let named = false;
    for (let col = s.from; col < firstAmount && !named; col++) named = holdsNames(sheet, col, firstRow, lastRow);
    if (!named) return null;
  }
  // Columns with no header between two parts (a note written beside a table) belong to the part on their left.
  return headed.map((s, i) => ({ from: s.from, to: i + 1 < headed.length ? headed[i + 1].from - 1 : s.to }));
}
