/** A cell as the core sees it: what Excel's `range.values` gives, with error values kept apart. */
export type CellValue = number | string | boolean | null | CellError;
export interface CellError {
  error: string; // '#N/A', '#REF!', '#VALUE!', '#DIV/0!', …
}

/**
 * What an adapter gives for a formula whose file holds no computed value (written by a program that never
 * calculated): not one of Excel's error values, so the message can say what is really wrong.
 */
export const NO_CACHED_VALUE = '#NOCACHE';

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** One worksheet as plain data, the same whether it came from Office.js or from an .xlsx file. */
export interface SheetData {
  name: string;
  /** Rows from the sheet's first row (row 1 is index 0), columns from column A. Ragged rows are allowed. */
  values: CellValue[][];
  visibility?: SheetVisibility;
  /**
   * The number formats of its number cells, where an adapter read them (cell-formats.ts). Optional: without it
   * every number is taken as shown unscaled, as before formats were read.
   */
  formats?: SheetFormats;
}

/**
 * Number formats of a sheet's number cells in their invariant (en-US) form, as a file stores them and as
 * Office.js's `numberFormat` gives them, kept small for a sheet of a million rows: per column, runs of
 * consecutive rows whose number cells share one format. A cell in no run shows General; cells outside `known`
 * were not looked at (an adapter may read the formats of some rows only).
 */
export interface SheetFormats {
  /** Each distinct format code once. */
  codes: string[];
  /** Per column (index 0 = A): flat triples `first row, last row, index in codes`, in row order; absent for a column of General. */
  runs: (number[] | undefined)[];
  /** Flat quadruples `top, left, bottom, right` (zero-based, inclusive): the areas whose formats were read; absent when all were. */
  known?: number[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based row and column to an A1 address. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Text of a cell for label matching; numbers and booleans become their plain text. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v.error;
}
