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

/** A workbook ExcelJS wrote, reshaped as another writer would write it (see package-variants.ts). */
export type PackageVariant =
  | 'openpyxl-lxml'
  | 'part-names'
  | 'odd-targets'
  | 'prefixed'
  | 'strict'
  | 'string-forms'
  | 'xml-comments'
  | 'macro-enabled'
  | 'template'
  | 'openpyxl-parts'
  | 'unreferenced-bomb'
  | 'declared-bomb'
  | 'inflated-bomb'
  | 'dtd-external'
  | 'dtd-laughs'
  | 'missing-sheet-part'
  | 'damaged-crc'
  | 'truncated';

export interface BadCase {
  id: string;
  about: string;
  sheets: CaseSheet[];
  /** Post-processing ExcelJS cannot do: replace every worksheet with one chart sheet. */
  chartSheetOnly?: boolean;
  /** The workbook counts dates from 1904 (ExcelJS writes its dates so). */
  date1904?: boolean;
  /** Defined names to add: name → formula. */
  definedNames?: Record<string, string>;
  /** Rewrites of the package after ExcelJS, in order. */
  variants?: PackageVariant[];
  /** Not a workbook at all: the file's bytes (an old .xls, an .ods, a CSV …); `sheets` is then unused. */
  raw?: 'xls' | 'encrypted' | 'ods' | 'csv' | 'empty' | 'random' | 'docx';
  /** The file's extension (default xlsx). */
  extension?: string;
  /**
   * The run refuses the file: the message key it must give (exit 1), in both languages, and nothing is
   * written. When set, `expect` holds no messages or values.
   */
  refused?: string;
  expect: Expectation;
  /**
   * Where the Office.js host reads differently (in Excel a formula always has a value): replaces these parts
   * of `expect` in the Excel test, and the case is pending there only if this says so.
   */
  excel?: Partial<Expectation>;
}
