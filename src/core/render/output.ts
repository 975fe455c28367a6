/**
 * A declarative description of a sheet to write. The core says what the sheet holds; each adapter
 * (ExcelJS, Office.js) says how, so the two cannot drift apart.
 */
export type OutputCell = string | number | null;

export type ColumnKind = 'text' | 'amount' | 'percent' | 'integer' | 'date';

export interface OutputColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
}

/** Number formats in invariant form; Excel shows them in the user's locale (SPEC 6). */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  amount: '#,##0 "kr";-#,##0 "kr";0 "kr"',
  percent: '0.0 %',
  integer: '#,##0',
  date: 'yyyy-mm-dd',
};

/** The rows of one Excel worksheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

export type RowStyle = 'normal' | 'group' | 'total';

/** Highlight whole table rows where a column holds a value, or where an amount is below zero. */
export interface ConditionalRule {
  column: number;
  when: { equals: string } | { lessThan: number };
  style: 'bad' | 'warn' | 'good';
  /** Colour the whole row, not only the cell. */
  wholeRow: boolean;
}

export interface OutputTable {
  /** Excel table name: letters, digits and underscores. */
  name: string;
  columns: OutputColumn[];
  rows: OutputCell[][];
  rowStyles: RowStyle[];
  conditional: ConditionalRule[];
}

export interface BarChart {
  title: string;
  /** Column of the table holding the categories, and the columns holding the values. */
  categoryColumn: number;
  valueColumns: number[];
  /** Rows of the table (zero-based, within its body) the chart shows. */
  rows: number[];
}

export interface OutputSheet {
  key: 'deviations' | 'checks' | 'goals' | 'fees' | 'invoices';
  name: string;
  title: string;
  /** Lines under the title; the first is the generated-sheet mark (A2). */
  notes: string[];
  table: OutputTable;
  chart?: BarChart;
}

/** The row (zero-based) where the table's header goes: after the title, the notes and one blank row. */
export function tableHeaderRow(sheet: OutputSheet): number {
  return 1 + sheet.notes.length + 1;
}
