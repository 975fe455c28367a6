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
  /** Long text wraps inside the column's width instead of running into the next cell. */
  wrap?: boolean;
  /** A column left for the user to write in (Kommentar, Åtgärd): empty until they do, and kept all the same. */
  input?: boolean;
  /**
   * Each row's text is its own (a cell reference per line): a file writer keeps it in its cell rather than in
   * the workbook's table of repeated texts. How it is written only; Excel shows the same text either way.
   */
  distinct?: boolean;
}

/**
 * Number formats in invariant form; Excel shows them in the user's locale (SPEC 6). `_)` leaves the width of
 * a parenthesis after a right-aligned figure, so it does not run into the text of the next column
 * (`2017-02-14Medlemsavgift`, `292 200 kr▲ Gynnsam`).
 */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  amount: '#,##0 "kr"_);-#,##0 "kr"_);0 "kr"_)',
  percent: '0.0 %_)',
  integer: '#,##0',
  date: 'yyyy-mm-dd_)',
};

/** The rows of one Excel worksheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * The most links a sheet gets: Excel holds 65 530 on a worksheet, and each costs the Office.js adapter a few
 * requests. A detail of more lines keeps its cell references as text.
 */
export const MAX_LINKS = 10_000;

/** `heading`: a row that names what follows (a table on the summary), bold, with no figures. */
export type RowStyle = 'normal' | 'group' | 'total' | 'heading';

export type HighlightStyle = 'bad' | 'warn' | 'good';

/** Highlight whole table rows where a column holds a value, or where an amount is below zero. */
export interface ConditionalRule {
  column: number;
  when: { equals: string } | { lessThan: number };
  style: HighlightStyle;
  /** Colour the whole row, not only the cell. */
  wholeRow: boolean;
}

/**
 * Where a link goes: a cell of a sheet by its name (the user's sheets), or a cell of another sheet this run
 * writes, by its key (its name is known only when the adapter has chosen it: `Kontroller (2)`).
 */
export type LinkTarget = { sheet: string; cell: string } | { output: OutputSheet['key']; cell: string };

/** A hyperlink on a cell of the table's body (row and column zero-based within the body). */
export interface CellLink {
  row: number;
  column: number;
  to: LinkTarget;
}

export interface OutputTable {
  /** Excel table name: letters, digits and underscores. */
  name: string;
  columns: OutputColumn[];
  rows: OutputCell[][];
  rowStyles: RowStyle[];
  conditional: ConditionalRule[];
  /** Cells that are references to another cell, each a hyperlink to it (SPEC 6). */
  links?: CellLink[];
  /** Per body row: 1 for a row folded under the group row above it (an Excel outline, summary rows above). */
  outline?: number[];
}

export interface BarChart {
  title: string;
  /** The bars, top to bottom as they are read: a short name and a value (a deviation in kronor). */
  bars: { name: string; value: number }[];
  /** The series names: bars at or above zero are the first, below zero the second (favourable, unfavourable). */
  series: [string, string];
  /** Number format of the values, their labels and the value axis. */
  numberFormat: string;
  /** The value axis, fitted to the bars: from, to, and the step between gridlines. */
  axis: { min: number; max: number; step: number };
}

/**
 * A line of text under the table. With `link` the whole line is a link (a short line: a finding on the summary);
 * with `linkText` too, that text stands first, as the link, and the line's text after it (a long line: how a
 * sheet was read, after a link to the sheet).
 */
export interface OutputLine {
  text: string;
  link?: LinkTarget;
  linkText?: string;
  /** A heading over the lines that follow. */
  heading?: boolean;
}

/** A header or footer: left, centre and right text; `{page}`, `{pages}` and `{sheet}` are filled in when printed. */
export interface PageText {
  left: string;
  center: string;
  right: string;
}

/**
 * How the sheet prints, always on A4 landscape: on one page (`page`), one page wide (`width`), or at the
 * smallest readable size (`none`: 8 pt, `NARROW_PRINT_SCALE` %) with the table's header row (and
 * `repeatColumns` label columns) repeated on every page.
 */
export interface PrintSetup {
  fit: 'page' | 'width' | 'none';
  repeatColumns: number;
  header: PageText;
  footer: PageText;
}

export interface OutputSheet {
  key: 'summary' | 'deviations' | 'checks' | 'goals' | 'fees' | 'invoices';
  name: string;
  title: string;
  /** Lines under the title; the first is the generated-sheet mark (A2). */
  notes: string[];
  table: OutputTable;
  /** Lines after the table, one blank row below it. */
  after?: OutputLine[];
  /** Beside the table, from its header row down. */
  chart?: BarChart;
  print: PrintSetup;
}

/** The row (zero-based) where the table's header goes: after the title, the notes and one blank row. */
export function tableHeaderRow(sheet: OutputSheet): number {
  return 1 + sheet.notes.length + 1;
}

/** The row (zero-based) of the first line after the table: one blank row below its last body row. */
export function afterRow(sheet: OutputSheet): number {
  return tableHeaderRow(sheet) + Math.max(1, sheet.table.rows.length) + 2;
}

/** The A1 address of a body cell (row and column zero-based within the body). */
export function bodyCell(sheet: OutputSheet, row: number, column: number): string {
  return `${columnName(column)}${tableHeaderRow(sheet) + 2 + row}`;
}

function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's column width unit is about 7 pixels per character plus 5 pixels of padding (Calibri 11). */
export function columnPixels(chars: number): number {
  return Math.trunc(chars * 7 + 5);
}

/** A4 landscape less margins of 0,4 in left and right, in pixels at 96 dpi (842 − 58 pt). */
export const PRINT_WIDTH_PX = ((842 - 2 * 0.4 * 72) * 96) / 72;
/** The same, top to bottom, less margins of 0,75 in and room for the header and footer (595 − 108 pt). */
export const PRINT_HEIGHT_PX = ((595 - 2 * 0.75 * 72) * 96) / 72;
/** The smallest type a printed sheet may shrink to: 11 pt at fit to width must stay 8 pt or more. */
export const MIN_PRINT_SCALE = 8 / 11;
/** The scale, in percent, of a sheet too wide to fit: 11 pt type printed at 8 pt. */
export const NARROW_PRINT_SCALE = Math.ceil(MIN_PRINT_SCALE * 100);

/**
 * How many lines a text takes in a wrapped cell `width` characters wide: words are not split, and a line holds
 * about `width` letters of Calibri 11 (a little more in a plain font, fewer in bold). An estimate on the safe
 * side, for row heights.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1 : 1.1)) - 1);
  // A text no longer than a line fits on one, however its words fall (most cells of a long table).
  if (text.length <= perLine && !text.includes('\n')) return 1;
  return wordByWordLines(text, perLine);
}

/** The lines of `text` counted word by word, `perLine` characters a line; a word longer than a line is split. */
export function wordByWordLines(text: string, perLine: number): number {
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of part.split(/\s+/u).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

/** The row height, in points, a row of `lines` text lines needs (Calibri 11: 15 pt a line). */
export function rowHeightPoints(lines: number): number {
  return 15 * Math.max(1, lines);
}

/** The lines each body row needs: the most any of its wrapped cells takes. */
export function bodyRowLines(table: OutputTable): number[] {
  const wrapped = table.columns.flatMap((c, i) => (c.wrap ? [i] : []));
  // A ledger repeats a few hundred labels over its lines: each long one is counted once per column and weight.
  const counted = wrapped.map(() => [new Map<string, number>(), new Map<string, number>()]);
  // What fits on a line in either weight (bold is the narrower): one line, with no lookup (most cells).
  const fits = wrapped.map((i) => Math.max(1, Math.floor(table.columns[i].width) - 1));
  const lines: number[] = [];
  // Plain loops, no function per row: a detail table has a row per line of the ledger.
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const bold = table.rowStyles[r] !== undefined && table.rowStyles[r] !== 'normal';
    let n = 1;
    for (let w = 0; w < wrapped.length; w++) {
      const v = row[wrapped[w]];
      if (typeof v !== 'string' || (v.length <= fits[w] && !v.includes('\n'))) continue;
      const known = counted[w][bold ? 1 : 0];
      let need = known.get(v);
      if (need === undefined) known.set(v, (need = wrappedLines(v, table.columns[wrapped[w]].width, bold)));
      if (need > n) n = need;
    }
    lines.push(n);
  }
  return lines;
}

/** The lines the header row needs: headers are bold and wrap inside their column. */
export function headerLines(columns: readonly OutputColumn[]): number {
  return Math.max(1, ...columns.map((c) => wrappedLines(c.header, c.width, true)));
}

/**
 * How many columns from A the notes and the lines after the table span (merged, wrapped): the table's, but no
 * wider than the printed page, so that no note is cut at a page's edge; and their width in characters.
 */
export function textSpan(sheet: OutputSheet): { columns: number; width: number } {
  const scale = sheet.print.fit === 'none' ? NARROW_PRINT_SCALE / 100 : 1;
  // A little short of the page: LibreOffice draws a column a few pixels wider than Excel's 7 per character.
  const page = (PRINT_WIDTH_PX * 0.95) / scale;
  let px = 0;
  let width = 0;
  let columns = 0;
  for (const c of sheet.table.columns) {
    if (columns > 0 && sheet.print.fit === 'none' && px + columnPixels(c.width) > page) break;
    px += columnPixels(c.width);
    width += c.width;
    columns++;
  }
  return { columns: Math.max(1, columns), width };
}

/** Whether a column holds nothing in any row. */
export function isEmptyColumn(table: OutputTable, column: number): boolean {
  return table.rows.every((row) => row[column] === null || row[column] === undefined || row[column] === '');
}

/**
 * The table as it is written: without the columns empty in every row (Prognos where there is none,
 * Organisationsnummer where no member has one), but with the columns left for the user to write in (rules
 * and links follow the columns that stay; a table with no rows keeps its columns: they say what it would
 * hold); each column wide enough for the longest word of its header in bold, so a header never breaks inside
 * a word (`Organisationsnumm` over `er`).
 */
export function tidyTable(table: OutputTable): OutputTable {
  const columns = table.columns.map((c) => {
    const longest = Math.max(0, ...c.header.split(/\s+/u).map((w) => w.length));
    const need = Math.ceil(longest / 0.9) + 2;
    return c.width >= need ? c : { ...c, width: need };
  });
  return withoutEmptyColumns({ ...table, columns });
}

function withoutEmptyColumns(table: OutputTable): OutputTable {
  if (table.rows.length === 0) return table;
  // One pass over the rows, ending as soon as every column has shown a value: a detail table has a million.
  const keep = table.columns.map((c) => c.input === true);
  let unseen = keep.filter((k) => !k).length;
  for (let r = 0; r < table.rows.length && unseen > 0; r++) {
    const row = table.rows[r];
    for (let i = 0; i < keep.length; i++) {
      if (keep[i]) continue;
      const v = row[i];
      if (v !== null && v !== undefined && v !== '') {
        keep[i] = true;
        unseen--;
      }
    }
  }
  if (unseen === 0) return table;
  const kept = keep.flatMap((k, i) => (k ? [i] : []));
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  return {
    ...table,
    columns: kept.map((i) => table.columns[i]),
    rows: table.rows.map((row) => kept.map((i) => row[i])),
    conditional: table.conditional.flatMap((r) => (newIndex.has(r.column) ? [{ ...r, column: newIndex.get(r.column)! }] : [])),
    links: table.links?.flatMap((l) => (newIndex.has(l.column) ? [{ ...l, column: newIndex.get(l.column)! }] : [])),
  };
}

/**
 * Print setup for a table of these columns: one page wide when the type stays 8 pt or more that way, else at
 * 8 pt with the header row and the first `labelColumns` columns repeated on every page.
 */
export function fitToWidth(columns: readonly OutputColumn[], labelColumns: number): PrintSetup {
  const width = columns.reduce((n, c) => n + columnPixels(c.width), 0);
  const fits = PRINT_WIDTH_PX / width >= MIN_PRINT_SCALE;
  // The header and footer are the run's: filled in with the body's name, the period and the date.
  return { fit: fits ? 'width' : 'none', repeatColumns: fits ? 0 : labelColumns, header: NO_PAGE_TEXT, footer: NO_PAGE_TEXT };
}

/** The most characters Excel takes in one header or footer, codes included. */
export const PAGE_TEXT_MAX = 255;

/**
 * A header's or footer's section in Excel's codes, as both adapters write it: `&` doubled, `{page}`, `{pages}`
 * and `{sheet}` as `&P`, `&N` and `&A`; cut so that the three sections stay within what Excel takes.
 */
export function pageCode(text: string): string {
  const cut = text.length > 70 ? `${text.slice(0, 69)}…` : text;
  return cut
    .replace(/&/g, '&&')
    .replace(/\{page\}/g, '&P')
    .replace(/\{pages\}/g, '&N')
    .replace(/\{sheet\}/g, '&A');
}

/** A whole header or footer (`&L…&C…&R…`), empty when all three sections are. */
export function pageCodes(t: PageText): string {
  if (!t.left && !t.center && !t.right) return '';
  return `${t.left ? `&L${pageCode(t.left)}` : ''}${t.center ? `&C${pageCode(t.center)}` : ''}${t.right ? `&R${pageCode(t.right)}` : ''}`;
}

/** The columns the chart spans beside the table, and their width in characters. */
export const CHART_COLUMNS = 6;
export const CHART_COLUMN_WIDTH = 10;
/** The bars' colours: calm green for favourable, red for unfavourable (with the legend's words, never alone). */
export const CHART_COLOURS: readonly [string, string] = ['107C10', 'C50F1F'];

/**
 * Where the chart goes, the same in both adapters: beside the table from its header row down, after one narrow
 * gap column; its data in a small range right of the chart, outside what prints. The data has a row per bar,
 * from the last to the first, so that the chart reads top to bottom in the table's order (a bar chart draws
 * its first category at the bottom), and a bar's value in the first series when it is zero or more, in the
 * second when below zero, so each has its colour and its legend word.
 */
export function chartPlacement(
  sheet: OutputSheet,
): { left: number; dataLeft: number; top: number; bottom: number; cells: OutputCell[][]; widths: number[] } | null {
  const { chart, table } = sheet;
  if (!chart || !chart.bars.length) return null;
  const top = tableHeaderRow(sheet);
  const left = table.columns.length + 1;
  const bars = [...chart.bars].reverse();
  return {
    left,
    dataLeft: left + CHART_COLUMNS + 1,
    top,
    bottom: top + Math.max(16, bars.length * 2 + 6),
    cells: [[table.columns[0].header, ...chart.series], ...bars.map((b) => [b.name, b.value >= 0 ? b.value : null, b.value < 0 ? b.value : null])],
    // The gap, the chart's columns, a gap, then the data's three columns.
    widths: [2, ...Array<number>(CHART_COLUMNS).fill(CHART_COLUMN_WIDTH), 2, 30, 14, 14],
  };
}

/** A header or footer with nothing in it (until the run fills it in). */
export const NO_PAGE_TEXT: PageText = { left: '', center: '', right: '' };
