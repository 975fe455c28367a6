/**
 * The shape of a bad-input case (issue 6): the sheets of one small workbook, and what a run on it must
 * yield. `scripts/make-bad-corpus.ts` writes each case as `test/fixtures/bad/<id>.xlsx` and all expectations
 * to `test/fixtures/bad/expectations.json`; `test/robustness/corpus*.test.ts` check them.
 */
import type ExcelJS from 'exceljs';

export interface CaseSheet {
  name: string;
  /** Rows from row 1, columns from A; null or undefined is an empty cell. */
  rows: (ExcelJS.CellValue | undefined)[][];
  /** Cells by address, for cells far from A1 (`XFD2`). */
  cells?: Record<string, ExcelJS.CellValue>;
  state?: 'hidden' | 'veryHidden';
  /** Ranges to merge, e.g. `C3:D3`. */
  merges?: string[];
  /** Number formats by cell, e.g. `{ E4: 'yyyy-mm-dd' }`. */
  formats?: Record<string, string>;
}

/** A message the run must report (an input error or a check), at this sheet and cell. */
export interface ExpectedMessage {
  key: string;
  sheet: string;
  cell: string;
}

/**
 * A value of the command line's JSON that must still be computed. `path` walks the JSON: `.` between
 * steps, `[3]` an index, `[field=value]` the first element whose field equals value, e.g.
 * `deviations[sheet=Projekt].groups[name=Mål 1].deviation`.
 */
export interface ExpectedValue {
  path: string;
  equals: string | number | boolean | null;
}

export interface Expectation {
  /** Messages that must appear (others may appear too, but never one named in `absent`). */
  messages: ExpectedMessage[];
  /** Message keys that must not appear at all. */
  absent?: string[];
  values: ExpectedValue[];
  /** How many budget tables are found (JSON `deviations.length`). */
  tables?: number;
  /** The names the output sheets get in a Swedish run, in order. */
  written?: string[];
  /**
   * Set when the expected behaviour needs a change in a file being refactored (see the case's `about`):
   * the test documents it with `test.failing` until the change lands.
   */
  pending?: string;
}

export interface BadCase {
  id: string;
  about: string;
  sheets: CaseSheet[];
  /** Post-processing ExcelJS cannot do: replace every worksheet with one chart sheet. */
  chartSheetOnly?: boolean;
  expect: Expectation;
  /**
   * Where the Office.js host reads differently (in Excel a formula always has a value): replaces these parts
   * of `expect` in the Excel test, and the case is pending there only if this says so.
   */
  excel?: Partial<Expectation>;
}
