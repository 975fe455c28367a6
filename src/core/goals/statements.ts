import { CellValue, SheetData, cellAddress, cellAt, cellText } from '../cells';
import { Decimal } from '../decimal';
import { matchHeader } from '../read/headers';
import { InputIssue, amountIssueKey } from '../issues';
import { parseNumber } from '../read/numbers';
import { HEADER_SEARCH_ROWS, STATEMENT_SEARCH_ROWS, isStatementHeadBelow, unitOfTitle } from '../read/tables';
import { closingDateYear, monthEndYear } from '../read/statement-heads';
import { normaliseLabel, stripFootnote } from '../read/text';
import { KRONOR_PER_UNIT, Unit, unitFromText } from '../read/units';
import { ShownScaled, scaleProblem, shownScaled } from '../read/format-units';
import { isGoalsHeader } from './goals-table';
import { SourceCell } from './trace';

/**
 * Financial statements as the reports print them: a label column and one amount column per year
 * (`2017`, `2017-12-31`, `Utfall 2017`, …). Found by their header row, like every table (SPEC 1.1), and told
 * apart by their sheet name, title and row labels (SPEC 5).
 */
export type StatementKind = 'balance-sheet' | 'income-statement' | 'balance-requirement' | 'other';

export interface YearColumn {
  col: number;
  year: number;
  header: string;
}

/** What one amount cell holds, in kronor. An unreadable cell is reported only if a goal needs it. */
export type AmountRead = { kind: 'empty' } | { kind: 'number'; value: Decimal } | { kind: 'unreadable'; issue: InputIssue };

export interface StatementRow {
  /** Zero-based sheet row. */
  row: number;
  label: string;
  /** The label as it is matched (see `labelKey`). */
  key: string;
  /** By year. */
  amounts: ReadonlyMap<number, AmountRead>;
  /** No amount cell at all: a section header (`Omsättningstillgångar`) or a note. */
  labelOnly: boolean;
}

export interface Statement {
  sheet: string;
  kind: StatementKind;
  headerRow: number;
  labelCol: number;
  unit: Unit;
  /** Latest year first. */
  years: YearColumn[];
  rows: StatementRow[];
}

/**
 * The form a row label is matched in (SPEC 1.1): case, runs of spaces, footnote markers, a trailing year and
 * a unit in parentheses do not count. `Summa kortfristiga skulder (tkr)` = `summa kortfristiga skulder`.
 */
export function labelKey(text: string): string {
  return normaliseLabel(stripFootnote(text))
    .replace(/\(\s*(i\s+)?(tkr|mnkr|mkr|kr|sek|ksek|msek|kronor|tusen kronor|tusental kronor|miljoner kronor)\s*\)/g, ' ')
    .replace(/\s+(19|20)\d\d(-\d\d-\d\d)?$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:]+$/, '')
    .trim();
}

const YEAR_TEXT = /^((?:19|20)\d\d)$/;
const WORD_YEAR = /^(bokslut|år|year|helår|balans|per|räkenskapsår|fiscal year)\s+((?:19|20)\d\d)$/;

/** The year a text header names when it heads a column of outcomes (`2017`, `2017-12-31`, `Utfall 2017`). */
function yearOfText(text: string): number | null {
  const s = normaliseLabel(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const direct = YEAR_TEXT.exec(s);
  if (direct) return Number(direct[1]);
  const closing = closingDateYear(s);
  if (closing !== null) return closing;
  const word = WORD_YEAR.exec(s);
  if (word) return Number(word[2]);
  // `Utfall 2017` is this year's outcome; `Budget 2017`, `Prognos 2017` are not statement columns.
  const m = matchHeader(text);
  if (m && (m.role === 'outcome' || m.role === 'priorYear') && m.year !== undefined) return m.year;
  return null;
}

type HeaderCell = { col: number; year: number; typed: boolean; header: string };

/**
 * The year columns of a row if it reads as a statement header: only text and year cells, and either one
 * typed year header (text) or at least two numbers that are consecutive years or month-end dates. The
 * second rule keeps a row of amounts that happen to lie between 1900 and 2100 from passing as a header.
 */
function headerYears(cells: readonly CellValue[]): YearColumn[][] | null {
  const found: HeaderCell[] = [];
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      const year = yearOfText(v);
      if (year !== null) found.push({ col, year, typed: true, header: v.trim() });
    } else if (typeof v === 'number') {
      const year = Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : monthEndYear(v);
      if (year === null) return null;
      found.push({ col, year, typed: false, header: String(v) });
    } else return null;
  }
  const numeric = found.filter((c) => !c.typed).map((c) => c.year);
  const consecutive = numeric.length >= 2 && new Set(numeric).size === numeric.length && Math.max(...numeric) - Math.min(...numeric) === numeric.length - 1;
  if (!found.some((c) => c.typed) && !consecutive) return null;
  return sideBySide(cells, found).map((block) => {
    // One column per year: the first one counts (a second `2017` is some other figure).
    const years: YearColumn[] = [];
    for (const c of block) if (!years.some((y) => y.year === c.year)) years.push({ col: c.col, year: c.year, header: c.header });
    return years.sort((a, b) => b.year - a.year);
  });
}

/**
 * Two statements side by side on one sheet (`Resultaträkning | Not | 2025 | 2024 | | Balansräkning | Not |
 * 2025-12-31 | 2024-12-31`): the same years again after a title of its own start a second block, read with its
 * own label column. Without a title between them a repeated year is some other figure of the same table.
 */
function sideBySide(cells: readonly CellValue[], found: HeaderCell[]): HeaderCell[][] {
  const blocks: HeaderCell[][] = [[]];
  for (const c of found) {
    const block = blocks[blocks.length - 1];
    const last = block[block.length - 1];
    const titled = last !== undefined && cells.slice(last.col + 1, c.col).some((v) => typeof v === 'string' && /\p{L}{3}/u.test(v) && yearOfText(v) === null);
    if (block.some((y) => y.year === c.year) && titled) blocks.push([c]);
    else block.push(c);
  }
  return blocks;
}

function textCells(sheet: SheetData, from: number, to: number, cols: [number, number] = [0, Infinity]): string[] {
  const texts: string[] = [];
  for (let r = from; r <= to; r++)
    (sheet.values[r] ?? []).forEach((v, c) => {
      if (c >= cols[0] && c <= cols[1] && typeof v === 'string' && v.trim() !== '') texts.push(v);
    });
  return texts;
}

/**
 * The unit: in the header row, then in a title above it, then in the sheet name (SPEC 1.2); null when none is
 * stated (the statement is then in kronor).
 */
function statedUnit(sheet: SheetData, headerRow: number, titleFrom: number): Unit | null {
  for (const text of textCells(sheet, headerRow, headerRow)) {
    const unit = unitFromText(text);
    if (unit) return unit;
  }
  // A title as the table reader takes it: `Årets resultat blev 1,2 mnkr bättre` in a comment above is no unit.
  for (let r = headerRow - 1; r >= titleFrom; r--) {
    for (const text of textCells(sheet, r, r)) {
      const unit = unitOfTitle(text);
      if (unit) return unit;
    }
  }
  return unitFromText(sheet.name);
}

/** The leftmost column before the amounts whose cells hold words, not numbers or note references. */
function labelColumn(sheet: SheetData, firstRow: number, lastRow: number, before: number, from = 0): number | null {
  for (let col = from; col < before; col++) {
    for (let r = firstRow; r <= Math.min(lastRow, firstRow + 50); r++) {
      const v = cellAt(sheet, r, col);
      if (typeof v === 'string' && /\p{L}/u.test(v)) return col;
    }
  }
  return null;
}

/**
 * One amount cell in kronor. In a column whose number formats scale what they show (`#,##0,` under `(tkr)`,
 * format-units.ts), a number is read in the unit its cell holds, not the one stated; one whose format leaves
 * that unit unknown is unreadable. Text is read as it is written, in the stated unit.
 */
function readAmount(sheet: SheetData, row: number, column: YearColumn, factor: Decimal, shown: ShownScaled | undefined): AmountRead {
  const v = cellAt(sheet, row, column.col);
  const parsed = parseNumber(v);
  if (parsed.kind === 'empty') return { kind: 'empty' };
  const issue = (reason: string, text: string, more = {}): AmountRead => ({
    kind: 'unreadable',
    issue: { key: amountIssueKey(reason, text), sheet: sheet.name, cell: cellAddress(row, column.col), params: { text, column: column.header, ...more } },
  });
  if (parsed.kind === 'number' && shown && typeof v === 'number' && v !== 0) {
    const problem = scaleProblem(sheet, row, column.col, v, shown);
    if (problem) return issue(problem.reason, String(v), problem.params);
    return { kind: 'number', value: parsed.value.times(KRONOR_PER_UNIT[shown.stored!]) };
  }
  if (parsed.kind === 'number') return { kind: 'number', value: parsed.value.times(factor) };
  return issue(parsed.reason, parsed.text);
}

const CONTEXT_WORDS: [RegExp, StatementKind][] = [
  [/balanskrav|balance requirement/, 'balance-requirement'],
  [/balansräkning|balance sheet|statement of financial position/, 'balance-sheet'],
  [/resultaträkning|income statement|profit and loss|statement of income/, 'income-statement'],
];

const ROW_SIGNS: [RegExp, StatementKind][] = [
  [
    /^(summa tillgångar|total assets|summa skulder och eget kapital|summa eget kapital,? avsättningar och skulder|total equity and liabilities)$/,
    'balance-sheet',
  ],
  [/^(årets resultat|periodens resultat|rörelseresultat|verksamhetens nettokostnader|result for the year|operating result|net result)$/, 'income-statement'],
  [/^(årets )?balanskravsresultat|^justerat resultat enligt balanskrav/, 'balance-requirement'],
];

/**
 * Balance sheet, income statement, balance requirement: by the table's own title first (a sheet may hold the
 * income statement and the balance requirement one under the other), then the sheet name, then row labels.
 */
function classify(sheet: SheetData, titles: readonly string[], rows: readonly StatementRow[]): StatementKind {
  for (const context of [titles.join(' '), sheet.name].map(normaliseLabel)) {
    for (const [words, kind] of CONTEXT_WORDS) if (words.test(context)) return kind;
  }
  for (const [labels, kind] of ROW_SIGNS) if (rows.some((r) => labels.test(r.key))) return kind;
  return 'other';
}

function readStatement(
  sheet: SheetData,
  headerRow: number,
  lastRow: number,
  years: YearColumn[],
  titleFrom: number,
  cols: [number, number] = [0, Infinity],
): Statement | null {
  const firstYearCol = Math.min(...years.map((y) => y.col));
  const labelCol = labelColumn(sheet, headerRow + 1, lastRow, firstYearCol, cols[0]);
  if (labelCol === null) return null;
  const stated = statedUnit(sheet, headerRow, titleFrom);
  const unit = stated ?? 'kr';
  const factor = KRONOR_PER_UNIT[unit];
  // Only a unit the workbook states is the unit shown: with none, the cells are kronor whatever they show.
  const shown = new Map<number, ShownScaled>();
  if (stated)
    for (const y of years) {
      const s = shownScaled(sheet, y.col, headerRow + 1, lastRow, stated);
      if (s) shown.set(y.col, s);
    }
  const rows: StatementRow[] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const label = cellText(cellAt(sheet, r, labelCol)).trim();
    const amounts = new Map(years.map((y) => [y.year, readAmount(sheet, r, y, factor, shown.get(y.col))] as const));
    const labelOnly = [...amounts.values()].every((a) => a.kind === 'empty');
    if (label === '') continue;
    rows.push({ row: r, label, key: labelKey(label), amounts, labelOnly });
  }
  if (rows.every((r) => r.labelOnly)) return null;
  const titles = textCells(sheet, titleFrom, headerRow, cols);
  return { sheet: sheet.name, kind: classify(sheet, titles, rows), headerRow, labelCol, unit, years, rows };
}

/** A title stands at most this many rows above its header row. */
const TITLE_ROWS = 5;

/**
 * Every table with year columns on the given sheets. A table runs from its header row (within the first
 * 30 rows, SPEC 1.1) to the row before the next header row, or to the end of the sheet. Further down, a
 * statement stacked under another (a balance sheet under the income statement) begins at its own header row,
 * as the budget tables are read (read/tables.ts), and is read with its own year columns.
 */
export function findStatements(sheets: readonly SheetData[]): Statement[] {
  const statements: Statement[] = [];
  for (const sheet of sheets) {
    const headers: { row: number; years: YearColumn[]; cols: [number, number] }[] = [];
    const headerAt = (row: number) => {
      // A goal table's outcome column (`Mål | Målvärde | Utfall 2025`) holds the author's text (`1,2 mnkr`): no
      // statement to compute a goal from, and its `Årets resultat` row must not hide the income statement's.
      if (isGoalsHeader((sheet.values[row] ?? []).map((v) => (typeof v === 'string' ? v : '')))) return;
      const blocks = headerYears(sheet.values[row] ?? []);
      // Blocks side by side: each from the column after the one before it, its titles up to its last year.
      blocks?.forEach((years, i) => {
        if (years.length === 0) return;
        const from = i === 0 ? 0 : Math.max(...blocks[i - 1].map((y) => y.col)) + 1;
        const to = i + 1 < blocks.length ? Math.max(...years.map((y) => y.col)) : Infinity;
        headers.push({ row, years, cols: [from, to] });
      });
    };
    const first = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
    for (let row = 0; row < first; row++) headerAt(row);
    // Further down only a statement's own header row; on a sheet with none in its first rows (pages of text
    // first), one that a closing date or a statement's name heads.
    const alone = headers.length === 0;
    for (let row = first; row < Math.min(sheet.values.length, STATEMENT_SEARCH_ROWS); row++) if (isStatementHeadBelow(sheet, row, alone)) headerAt(row);
    headers.forEach((h) => {
      const below = headers.find((x) => x.row > h.row);
      const above = [...headers].reverse().find((x) => x.row < h.row);
      const lastRow = below ? below.row - 1 : sheet.values.length - 1;
      const titleFrom = Math.max(above ? above.row + 1 : 0, h.row - TITLE_ROWS);
      const statement = readStatement(sheet, h.row, lastRow, h.years, titleFrom, h.cols);
      if (statement) statements.push(statement);
    });
  }
  return statements;
}

/** What a row holds for a year: its value in kronor (or none), the cell, and why there is none. */
export interface YearAmount {
  value: Decimal | null;
  source: SourceCell | null;
  issue?: InputIssue;
}

export function amountFor(statement: Statement, row: StatementRow, year: number): YearAmount {
  const column = statement.years.find((y) => y.year === year);
  if (!column) return { value: null, source: null };
  const source = { sheet: statement.sheet, cell: cellAddress(row.row, column.col) };
  const read = row.amounts.get(year);
  if (read?.kind === 'number') return { value: read.value, source };
  if (read?.kind === 'unreadable') return { value: null, source, issue: read.issue };
  return { value: null, source };
}
