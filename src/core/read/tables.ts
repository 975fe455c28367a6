import { CellValue, SheetData, cellAddress, cellAt, columnLetter, rangeAddress } from '../cells';
import { InputIssue } from '../issues';
import {
  AMOUNT_ROLES,
  AmountRole,
  ColumnRole,
  HeaderMatch,
  isAmountRole,
  isCommitmentHeader,
  matchHeader,
  monthHeader,
  periodEndFromText,
  quarterHeader,
  tertialHeader,
} from './headers';
import { saldobalansColumns } from './saldobalans';
import { normaliseLabel } from './text';
import { MappedRole, SheetMapping } from './mapping';
import { Unit, unitFromText } from './units';
import { currencyCells } from './currency';
import { isPageRepeat } from './page-headers';
import { crossTabTotal } from './cross-tab';
import { BesideSpan, besideSpans } from './beside';
import { parseAmountCell } from './numbers';
import { ShownScaled, withFormatUnits } from './format-units';
import { unitInFormats } from './format-literal-unit';
import { monthsOfCumulativeOutcome } from './months-summed';
import { blockColumns } from './block-names';
import { closingDateCellYear, closingDateYear, monthEndYear, namesStatement } from './statement-heads';

/** Headers are looked for in the first rows only (SPEC 1.1). */
export const HEADER_SEARCH_ROWS = 30;
/**
 * A statement stacked under another begins at its own header row, looked for further down but not through a
 * ledger's million rows: statements are a page or two, and several of them on one sheet stay within these rows.
 */
export const STATEMENT_SEARCH_ROWS = 1000;

/** Where the unit came from; `format`: the unit stated is the one shown, and the cells' number format shows them scaled to it (format-units.ts). */
export type UnitSource = 'header' | 'title' | 'sheet' | 'default' | 'mapping' | 'cells' | 'format' | 'formatText';

/** One column of a table as it was read: its header, the role it got and whether that role is used. */
export interface ColumnReading {
  col: number;
  /** The header as written; two header rows are joined with ` / `. Empty for a column with no header. */
  header: string;
  role: ColumnRole | null;
  from: 'header' | 'mapping' | 'position';
  /** Why a recognised column is not used (another column has the role), as a message key. */
  unused?:
    | 'column.sameRoleEarlier'
    | 'column.otherYear'
    | 'column.percent'
    | 'column.notUsed'
    | 'column.remaining'
    | 'column.afterCommitments'
    | 'column.foreignCurrency'
    | 'column.runningBalance'
    | 'column.againstForecast'
    | 'column.grossPart'
    | 'column.otherPeriod'
    | 'column.outcomeUnsettled'
    | 'column.openingClosing';
  month?: number;
  year?: number;
  /** The unit its cells hold where their number format shows them in the stated one (`#,##0,`: kronor under `(tkr)`). */
  held?: Unit;
}

/** Month columns of one amount role: the column of each month (index 0 = January), -1 where there is none. */
export type MonthColumns = number[];

/** Where a table sits on its sheet and what each column holds. Rows and columns are zero-based. */
export interface TableLayout {
  sheet: string;
  /** The header row right above the data; `headerRows` has every header row (two when a group header spans months). */
  headerRow: number;
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** The column whose text names each row (with the code column, when there is one, in front). */
  labelCol: number;
  /** An account or code column whose code goes in front of the label (`3110 Medlemsavgifter`). */
  codeCol?: number;
  /** Whether each row is itself a goal area (a summary table) or a line. */
  labelRole: 'line' | 'goalArea';
  /** The column chosen for each single-column role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** A ledger's `Kredit` column beside `Debet` (columns.outcome): the outcome is debit − credit. */
  creditCol?: number;
  headers: Partial<Record<ColumnRole, string>>;
  /** Columns to group by, in the order an economist would pick them (verksamhet, ansvar, kostnadsställe …), with their name columns. */
  dimensions: { col: number; header: string; nameCol?: number }[];
  /** The column naming blocks of `Intäkter | Kostnader | Netto` rows (block-names.ts): a block named as a total holds totals. */
  blockCol?: number;
  /** Month columns of the budget and the outcome, where the table has them. */
  months: Partial<Record<'budget' | 'outcome' | 'forecast', MonthColumns>>;
  /** The last month the outcome covers, when the header, a title or the month columns say; null for a whole year or unknown. */
  through: number | null;
  throughSource: 'header' | 'title' | 'months' | null;
  /** The outcome is cumulative (`Ack`, `YTD`) but no month says how far. */
  cumulative: boolean;
  /**
   * A month (1–12) whose outcome column is empty in every row though a later month has figures: the outcome of the
   * year so far is unknown (an empty month is no value, not zero), so no line has one.
   */
  monthGap?: number;
  unit: Unit;
  unitSource: UnitSource;
  /** Amount columns whose header states a unit of its own; the others are in `unit`. */
  columnUnits: Partial<Record<ColumnRole, Unit>>;
  /**
   * Amount columns (by sheet column) whose number format shows their numbers scaled (`#,##0,`): the unit their
   * cells hold, which wins over `columnUnits` and `unit`, and how each cell is checked (format-units.ts).
   */
  shownScaled?: Record<number, ShownScaled>;
  /** With `unitSource` format: the unit stated (the one the cells are shown in) and the format most of them carry. */
  unitShown?: { unit: Unit; format: string };
  /** Every column with something in its header, and the label and code columns: what the reading report shows. */
  reading: ColumnReading[];
  /** Text of the rows above the header (the title block): the body's name, the period. */
  title: string[];
  /** Headed by bare years (`2024 | 2023`): a statement's outcome and prior year, with no budget to expect. */
  bareYears: boolean;
  /** One of several tables side by side on one header row (`index` counted from the left), each read on its own. */
  beside?: { index: number; of: number };
  /** A table read from a view of the sheet laid out as a table (blocks written like a form): where its cells really are. */
  view?: SheetView;
}

/** The sheet cell a cell of a view stands for (zero-based). */
export type CellOrigin = (row: number, col: number) => { row: number; col: number };

/** A shape read as a table through a view of the sheet: where each of the view's cells stands, and the area it covers. */
export interface SheetView {
  shape: 'blocks' | 'across';
  origin: CellOrigin;
  range: string;
}

/** The sheet's row (1-based) of a line's name, for a 1-based row of the table (of its view, when it has one). */
export function sheetRow(t: Pick<TableLayout, 'view' | 'labelCol'>, row: number): number {
  return t.view ? t.view.origin(row - 1, t.labelCol).row + 1 : row;
}

/** The address of a table's cell on its sheet: itself, or for a table read through a view, the cell it stands for. */
export function addressIn(t: Pick<TableLayout, 'view'>, row: number, col: number): string {
  if (!t.view) return cellAddress(row, col);
  const o = t.view.origin(row, col);
  return cellAddress(o.row, o.col);
}

/** The table's address from its header to `lastRow` (its last meaningful row, trailing notes left out). */
export function tableRange(t: TableLayout, lastRow = t.lastRow): string {
  if (t.view) return t.view.range;
  return rangeAddress(t.headerRows[0], t.firstCol, lastRow, t.lastCol);
}

interface HeaderCell extends HeaderMatch {
  col: number;
  text: string;
  /** The role comes from the user's mapping, not the header. */
  mapped?: boolean;
  /** A quarter under a group header (`Budget 2025 / Q2`), read as the month it ends. */
  quarter?: boolean;
}

interface HeaderCandidate {
  rows: number[];
  cells: HeaderCell[];
  /** Month cells with no role word of their own (dates or month names in one header row): outcome or budget by context. */
  months?: { col: number; month: number; year?: number; text: string }[];
  /** The amount columns are bare years (`2024 | 2023`), as statements have: outcome and prior year, never a budget. */
  bareYears?: boolean;
  /** Text cells of the header row(s) no word matched: reported as not understood. */
  unknown: { col: number; text: string; unused?: ColumnReading['unused'] }[];
  amountCount: number;
  /** The columns of one of several tables side by side on this header row. */
  span?: BesideSpan;
  beside?: { index: number; of: number };
}

/**
 * A header row holding tables side by side split into one candidate per table (see besideSpans); the row as
 * it is when it holds one table.
 */
function splitBeside(sheet: SheetData, candidate: HeaderCandidate, lastRow: number): HeaderCandidate[] {
  const headed = [
    ...candidate.cells.map((c) => ({ col: c.col, amount: isAmountRole(c.role) })),
    ...candidate.unknown.map((u) => ({ col: u.col, amount: false })),
    ...(candidate.months ?? []).map((m) => ({ col: m.col, amount: true })),
  ];
  const spans = besideSpans(sheet, candidate.rows, lastRow, headed);
  if (!spans) return [candidate];
  return spans.map((span, index) => {
    const inSpan = (x: { col: number }) => x.col >= span.from && x.col <= span.to;
    const cells = candidate.cells.filter(inSpan);
    return {
      ...candidate,
      cells,
      unknown: candidate.unknown.filter(inSpan),
      months: candidate.months?.filter(inSpan),
      amountCount: cells.filter((c) => isAmountRole(c.role)).length,
      span,
      beside: { index, of: spans.length },
    };
  });
}

function isYearCell(v: CellValue): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

const text = (v: CellValue): string => (typeof v === 'string' ? v.trim() : '');

/** A cell that can stand in a header row: text, a year, a month (a date serial, or 1–12 in a month row). */
function headerish(v: CellValue, allowMonthNumbers: boolean): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return true;
  if (typeof v === 'boolean') return false;
  if (typeof v === 'object') return false;
  return isYearCell(v) || monthHeader(v, allowMonthNumbers) !== null;
}

/**
 * A header that starts right of notes holding figures (`Invånare 31 dec 2024 | | 128 400 | | Verksamhet | Budget
 * 2025 | Utfall 2025`): taken when an empty column parts the notes from it and it names a line and an amount
 * column, as a table's header does. Anything less is a row of data, never a header.
 */
function headerRightOfNotes(cells: readonly CellValue[], notesTo: number, found: readonly HeaderCell[], unknown: readonly { col: number }[]): boolean {
  const first = Math.min(...found.map((c) => c.col), ...unknown.map((u) => u.col));
  if (!Number.isFinite(first) || first < notesTo + 2) return false;
  for (let col = notesTo + 1; col < first; col++)
    if (text(cells[col] ?? null) !== '' || (cells[col] !== null && cells[col] !== undefined && typeof cells[col] !== 'string')) return false;
  return found.some((c) => isAmountRole(c.role)) && found.some((c) => !isAmountRole(c.role));
}

/** The recognised cells of one row, if it has nothing that looks like data. */
function singleRow(sheet: SheetData, row: number): HeaderCandidate | null {
  const cells = sheet.values[row] ?? [];
  const found: HeaderCell[] = [];
  const unknown: HeaderCandidate['unknown'] = [];
  const months: HeaderCandidate['months'] = [];
  const years: { col: number; year: number; text: string }[] = [];
  // Closing dates (`2024-12-31`, `31 dec 2024`, a month-end date serial): a balance sheet's year columns, if one per year.
  const closing: { col: number; year: number; text: string; serial: boolean }[] = [];
  let dateCells = 0;
  // The last column holding data (a number) left of the header: notes with figures kept beside a table.
  let notesTo = -1;
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (!headerish(v, false)) {
      notesTo = col;
      found.length = unknown.length = months.length = years.length = dateCells = 0;
      continue;
    }
    const bareYear = isYearCell(v) ? (v as number) : typeof v === 'string' && /^\s*(19|20)\d\d\s*$/.test(v) ? Number(v.trim()) : null;
    if (bareYear !== null) {
      years.push({ col, year: bareYear, text: String(v).trim() });
      continue;
    }
    const month = typeof v === 'number' || (typeof v === 'string' && !matchHeader(v)) ? monthHeader(v) : null;
    if (month && typeof v === 'number') {
      dateCells++;
      const closes = monthEndYear(v);
      if (closes !== null) closing.push({ col, year: closes, text: monthLabel(month), serial: true });
    }
    if (month) {
      months.push({ col, ...month, text: typeof v === 'number' ? monthLabel(month) : String(v).trim() });
      continue;
    }
    const t = text(v);
    if (t === '') continue;
    const m = matchHeader(t);
    const closes = m ? null : closingDateYear(t);
    if (m) found.push({ ...m, col, text: t });
    else if (closes !== null) closing.push({ col, year: closes, text: t, serial: false });
    else unknown.push({ col, text: t });
  }
  // `Ingående balans | Period | Utgående balans`: the period's movement is the outcome, the balances are not.
  const saldo = saldobalansColumns(found, unknown);
  if (saldo) {
    for (const c of found) if (c.col === saldo.period) c.role = 'outcome';
    for (const col of saldo.balances) {
      const at = found.findIndex((c) => c.col === col);
      const cell =
        at >= 0
          ? found.splice(at, 1)[0]
          : unknown.splice(
              unknown.findIndex((u) => u.col === col),
              1,
            )[0];
      unknown.push({ col, text: cell.text, unused: 'column.openingClosing' });
    }
  }
  // Dates of different years, every date cell of the row among them, are years; anything else stays as it was read.
  const dated = closing.length >= 2 && closing.filter((c) => c.serial).length === dateCells && distinctYears([...years, ...closing]);
  if (dated) {
    const cols = new Set(closing.map((c) => c.col));
    months.splice(0, months.length, ...months.filter((m) => !cols.has(m.col)));
    years.push(...closing.map(({ col, year, text: t }) => ({ col, year, text: t })));
    dateCells = 0;
  } else for (const c of closing) if (!c.serial) unknown.push({ col: c.col, text: c.text });
  // `Not | 2024 | 2023`, as statements head their columns: the later year is the outcome, the earlier the prior year.
  // With no other word on the row, closing dates or a statement's title right above make it a header: a row of
  // two numbers alone may be amounts.
  const captioned = unknown.length > 0 || found.length > 0 || (distinctYears(years) && (dated || titledAbove(sheet, row)));
  let bareYears = false;
  if (years.length >= 2 && !found.some((c) => isAmountRole(c.role)) && captioned) {
    const sorted = [...years].sort((a, b) => b.year - a.year);
    found.push({ role: 'outcome', year: sorted[0].year, col: sorted[0].col, text: sorted[0].text });
    for (const y of sorted.slice(1)) found.push({ role: 'priorYear', year: y.year, col: y.col, text: y.text });
    bareYears = true;
  }
  // `Konto | Kontonamn | 100 Kansli | 200 Insatser | Summa` on a sheet named for the budget or the outcome (cross-tab.ts).
  if (!found.some((c) => isAmountRole(c.role)) && found.some((c) => c.role === 'code' || c.role === 'line')) {
    const titles: string[] = [];
    for (let r = Math.max(0, row - 6); r < row; r++) for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && v.trim() !== '') titles.push(v);
    const cross = crossTabTotal(unknown, sheet.name, titles);
    if (cross) {
      found.push({ role: cross.role, col: cross.col, text: cross.text });
      unknown.splice(
        unknown.findIndex((u) => u.col === cross.col),
        1,
      );
    }
  }
  // One date among labels is an amount that happens to fall in Excel's date range (`6590 | Övriga | Utfall | 36500`,
  // a data row): a header row of dates has several, one per period.
  if (dateCells === 1) return null;
  if (notesTo >= 0 && !headerRightOfNotes(cells, notesTo, found, unknown)) return null;
  periodsSideBySide(found);
  return { rows: [row], cells: found, unknown, months, bareYears, amountCount: found.filter((c) => isAmountRole(c.role)).length };
}

function distinctYears(cells: readonly { year: number }[]): boolean {
  return new Set(cells.map((c) => c.year)).size === cells.length;
}

/** The nearest filled row of the two above holds only text, and names a statement (`BALANSRÄKNING`). */
function titledAbove(sheet: SheetData, row: number): boolean {
  for (let r = row - 1; r >= Math.max(0, row - 2); r--) {
    const texts = (sheet.values[r] ?? []).filter((v) => v !== null && v !== undefined && v !== '');
    if (texts.length === 0) continue;
    return texts.every((v) => typeof v === 'string') && texts.some((v) => namesStatement(v as string));
  }
  return false;
}

const TERTIAL_END = /(?:^|\s)(?:t|tertial)\s*([1-3])$/u;
/** A word that makes a period header the year so far (`Utfall ack T2`), not the period alone. */
const SO_FAR = /(?:^|\s)(?:ack\.?|ackumulerat|ackumulerad|ytd|hittills|t\.?\s?o\.?\s?m\.?)(?:\s|$)/u;
const QUARTER_END = /(?:^|\s)(?:q|kv\.?|kvartal)\s*([1-4])$/u;

/**
 * `Budget T1 | Budget T2 | Budget T3`, `Utfall Q1 | Utfall Q2`: tertials or quarters of one role side by side are
 * its periods, as month columns are (each read as the month it ends), not each the year so far as `Tertial 2`
 * alone in a title is. One that says it is the year so far (`Utfall ack T2`) is no period of its own: it stays
 * the outcome, the sum of the tertials beside it.
 */
function periodsSideBySide(found: HeaderCell[]): void {
  const tagged = found.flatMap((c) => {
    const s = normaliseLabel(c.text);
    const t = TERTIAL_END.exec(s);
    const q = QUARTER_END.exec(s);
    return t ? [{ c, month: Number(t[1]) * 4 }] : q ? [{ c, month: Number(q[1]) * 3 }] : [];
  });
  const base = (r: ColumnRole) => (r === 'periodBudget' ? 'budget' : r);
  for (const role of MONTH_ROLES) {
    const same = tagged.filter((x) => base(x.c.role) === role && !SO_FAR.test(normaliseLabel(x.c.text)));
    if (same.length < 2 || new Set(same.map((x) => x.month)).size < same.length) continue;
    for (const { c, month } of same) {
      c.role = role;
      c.month = month;
      c.quarter = true;
      delete c.through;
      delete c.cumulative;
    }
  }
}

/** A month header cell that was a date: `jan 2024`. */
function monthLabel(m: { month: number; year?: number }): string {
  const names = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  return m.year === undefined ? names[m.month - 1] : `${names[m.month - 1]} ${m.year}`;
}

/** A sub-header cell under a group header: a month, a year, or a period word (`Helår`, `Ack`, `t.o.m. aug`). */
function subHeader(v: CellValue): { month?: number; year?: number; quarter?: boolean; part?: 'net' | 'gross'; text: string } | null {
  const month = monthHeader(v, true);
  if (month) return { ...month, text: typeof v === 'string' ? v.trim() : String(v) };
  const quarter = quarterHeader(v) ?? tertialHeader(v);
  if (quarter) return { ...quarter, quarter: true, text: String(v).trim() };
  if (isYearCell(v)) return { year: v as number, text: String(v) };
  if (typeof v === 'string' && /^\s*(19|20)\d\d\s*$/.test(v)) return { year: Number(v.trim()), text: v.trim() };
  const t = text(v);
  // `Budget 2024` over `Intäkter | Kostnader | Netto`: the net is the group's amount, the gross parts are not.
  if (t !== '' && NET_PART.test(normaliseLabel(t))) return { text: t, part: 'net' };
  if (t !== '' && GROSS_PART.test(normaliseLabel(t))) return { text: t, part: 'gross' };
  if (
    t !== '' &&
    /^(helår|helåret|ack\.?|ackumulerat|ytd|year to date|full year|period|perioden|t\.?\s?o\.?\s?m\.?.*|jan.*[-–].*|hittills)$/iu.test(normaliseLabel(t))
  )
    return { text: t };
  return null;
}

/** A bare number that could be a month (`3`, `10`): as a sub-header only in a run of months, never alone. */
const isBareNumber = (v: CellValue): boolean => typeof v === 'number' || (typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v));

/**
 * Whether each bare number read as a month under a group header stands in a run of months counting up by one
 * under the same group (`1 | 2 | 3`). A first line of small figures (`Post 1 | 10 | 9` under `Budget 2024 |
 * Utfall 2024`) is a line, and read as a header row of months it would be lost.
 */
function bareMonthsInRuns(upper: readonly CellValue[], lower: readonly CellValue[], subs: readonly ({ month?: number } | null)[]): boolean {
  const month = (col: number) => (isBareNumber(lower[col] ?? null) ? subs[col]?.month : undefined);
  const startsGroup = (col: number) => text(upper[col] ?? null) !== '';
  for (let col = 0; col < subs.length; col++) {
    const m = month(col);
    if (m === undefined) continue;
    const before = col > 0 && !startsGroup(col) && month(col - 1) === m - 1;
    const after = col + 1 < subs.length && !startsGroup(col + 1) && month(col + 1) === m + 1;
    if (!before && !after) return false;
  }
  return true;
}

const NET_PART = /^(netto|nettokostnad|nettokostnader|net|net cost|net costs|net amount)$/u;
const GROSS_PART = /^(intäkter|intäkt|kostnader|kostnad|income|revenue|revenues|costs|cost|expenses|expenditure)$/u;

/**
 * Two header rows read as one: a group header (`Budget 2024`, merged over its columns, so only its first cell
 * holds the text) above months, years or period words (`jan … dec`, `2023 | 2024`, `Helår | Ack`). Each
 * sub-header takes the group header nearest to its left; a column with text in one row only keeps that text.
 */
function twoRows(sheet: SheetData, upperRow: number): HeaderCandidate | null {
  const upper = sheet.values[upperRow] ?? [];
  const lower = sheet.values[upperRow + 1] ?? [];
  if (!upper.every((v) => headerish(v, false)) || !lower.every((v) => headerish(v, true))) return null;
  const subs = lower.map(subHeader);
  if (subs.filter((s) => s !== null).length < 2) return null;
  if (!bareMonthsInRuns(upper, lower, subs)) return null;
  const found: HeaderCell[] = [];
  const unknown: HeaderCandidate['unknown'] = [];
  let group: { text: string; match: HeaderMatch | null } | null = null;
  const width = Math.max(upper.length, lower.length);
  for (let col = 0; col < width; col++) {
    const up = text(upper[col] ?? null);
    if (up !== '') group = { text: up, match: matchHeader(up) };
    const sub = subs[col];
    const low = text(lower[col] ?? null);
    if (sub && group?.match && isAmountRole(group.match.role)) {
      const joined = `${group.text} / ${sub.text}`;
      // Income or costs alone are never the group's budget or outcome: with no net beside them, it has none.
      if (sub.part === 'gross') {
        unknown.push({ col, text: joined, unused: 'column.grossPart' });
        continue;
      }
      if (sub.month !== undefined) {
        found.push({
          ...group.match,
          role: group.match.role,
          month: sub.month,
          year: sub.year ?? group.match.year,
          ...(sub.quarter ? { quarter: true } : {}),
          col,
          text: joined,
        });
      } else {
        const m = sub.year !== undefined ? { ...group.match, year: sub.year } : matchHeader(`${group.text} ${sub.text}`);
        if (m) found.push({ ...m, col, text: joined });
        else unknown.push({ col, text: joined });
      }
      continue;
    }
    // A column headed in one row only: the lower row when it has text, else the upper (merged down).
    const own = low !== '' && !sub ? low : up !== '' && low === '' ? up : '';
    if (own === '') continue;
    if (own === up) group = null;
    const m = matchHeader(own);
    if (m) found.push({ ...m, col, text: own });
    else unknown.push({ col, text: own });
  }
  return { rows: [upperRow, upperRow + 1], cells: found, unknown, amountCount: found.filter((c) => isAmountRole(c.role)).length };
}

/**
 * The other way round: month names, each merged over its columns, above role words (`Januari` over `Budget |
 * Utfall`, each month a pair). Each role cell takes the month nearest to its left; a `Totalt` group sums the
 * months and is not read again. Null unless at least two months head role words.
 */
function monthsOverRoles(sheet: SheetData, upperRow: number): HeaderCandidate | null {
  const upper = sheet.values[upperRow] ?? [];
  const lower = sheet.values[upperRow + 1] ?? [];
  if (!upper.every((v) => headerish(v, false)) || !lower.every((v) => headerish(v, false))) return null;
  const found: HeaderCell[] = [];
  const unknown: HeaderCandidate['unknown'] = [];
  let group: { month?: number; year?: number; sum?: boolean; text: string } | null = null;
  const width = Math.max(upper.length, lower.length);
  for (let col = 0; col < width; col++) {
    const up = upper[col] ?? null;
    const upText = typeof up === 'number' ? String(up) : text(up);
    if (upText !== '') {
      const month = monthHeader(up);
      group = month ? { ...month, text: upText } : MONTHS_SUM.test(normaliseLabel(upText)) ? { sum: true, text: upText } : null;
    }
    const low = text(lower[col] ?? null);
    const m = low === '' ? null : matchHeader(low);
    if (group && m && (MONTH_ROLES as readonly string[]).includes(m.role) && m.month === undefined && m.through === undefined) {
      const joined = `${group.text} / ${low}`;
      if (group.sum) unknown.push({ col, text: joined, unused: 'column.notUsed' });
      else found.push({ ...m, month: group.month, year: group.year ?? m.year, col, text: joined });
      continue;
    }
    const own = low !== '' ? low : group ? '' : upText;
    if (own === '') continue;
    const o = matchHeader(own);
    if (o) found.push({ ...o, col, text: own });
    else unknown.push({ col, text: own });
  }
  const months = new Set(found.filter((c) => c.month !== undefined).map((c) => c.month));
  if (months.size < 2) return null;
  return { rows: [upperRow, upperRow + 1], cells: found, unknown, amountCount: found.filter((c) => isAmountRole(c.role)).length };
}

const MONTHS_SUM = /^(totalt|total|summa|helår|helåret|hela året|år|year|full year|ytd|ack|ackumulerat)$/u;

/**
 * Years alone on the row above the role words (`2024` over `Utfall`, `2025` merged over `Utfall | Budget |
 * Avvikelse`): each role cell takes the year nearest to its left, so `Utfall | Utfall` are last year's and this
 * year's. Null unless the upper row holds only years (two or more) and two or more role cells under them take one.
 */
function yearsOverRoles(sheet: SheetData, upperRow: number): HeaderCandidate | null {
  const upper = sheet.values[upperRow] ?? [];
  const lower = sheet.values[upperRow + 1] ?? [];
  const yearOf = (v: CellValue) => (isYearCell(v) ? (v as number) : typeof v === 'string' && /^\s*(19|20)\d\d\s*$/.test(v) ? Number(v.trim()) : null);
  const years = upper.map((v) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : yearOf(v)));
  if (years.some((y) => y === null) || new Set(years.filter((y) => y !== undefined)).size < 2) return null;
  if (!lower.every((v) => headerish(v, false))) return null;
  const found: HeaderCell[] = [];
  const unknown: HeaderCandidate['unknown'] = [];
  let year: number | undefined;
  let dated = 0;
  for (let col = 0; col < lower.length; col++) {
    year = years[col] ?? year;
    const low = text(lower[col] ?? null);
    if (low === '') continue;
    const m = matchHeader(low);
    if (!m) unknown.push({ col, text: low });
    else if (year !== undefined && isAmountRole(m.role) && m.year === undefined) {
      found.push({ ...m, year, col, text: `${year} / ${low}` });
      dated++;
    } else found.push({ ...m, col, text: low });
  }
  if (dated < 2) return null;
  return { rows: [upperRow, upperRow + 1], cells: found, unknown, amountCount: found.filter((c) => isAmountRole(c.role)).length };
}

/**
 * The header candidates of a sheet the user mapped (SPEC 1.6): the header row the user named, or the detected
 * ones, or the sheet's first row with text; each with the mapped columns' roles put over what was detected.
 * A mapped column wins; a column mapped to `ignore` is not read; a role the user gave a column is taken from
 * any other column that had it.
 */
function mappedCandidates(sheet: SheetData, mapping: SheetMapping): HeaderCandidate[] {
  let found: HeaderCandidate[];
  if (mapping.headerRow !== undefined) {
    const row = mapping.headerRow - 1;
    const candidate = singleRow(sheet, row) ?? { rows: [row], cells: [], unknown: [], amountCount: 0 };
    found = [candidate];
  } else {
    found = headerCandidates(sheet);
    if (found.length === 0 && mapping.columns.length) {
      const row = headerAboveNumbers(sheet, mapping);
      if (row !== null) found = [singleRow(sheet, row) ?? { rows: [row], cells: [], unknown: [], amountCount: 0 }];
    }
  }
  return found
    .map((c) => {
      const header = c.rows[c.rows.length - 1];
      const mapped = new Set(mapping.columns.map((m) => m.col));
      const givenRoles = new Set<MappedRole>(mapping.columns.map((m) => m.role).filter((r) => r !== 'ignore' && r !== 'dimension' && r !== 'key'));
      const kept = c.cells.filter((x) => !mapped.has(x.col) && !givenRoles.has(x.role));
      const added: HeaderCell[] = mapping.columns
        .filter((m): m is { col: number; role: ColumnRole } => m.role !== 'ignore')
        .map((m) => ({ role: m.role, col: m.col, text: text(cellAt(sheet, header, m.col)), mapped: true as const }))
        // The header still says what period a mapped column covers (`Saldo ack`: the year so far).
        .map((m) => ({ ...periodOf(m.text), ...m }));
      const cells = [...kept, ...added];
      return {
        ...c,
        cells,
        unknown: c.unknown.filter((u) => !mapped.has(u.col)),
        months: c.months?.filter((m) => !mapped.has(m.col)),
        amountCount: cells.filter((x) => isAmountRole(x.role)).length,
      };
    })
    .filter((c) => c.amountCount > 0);
}

/** What a header says of the period it covers, whatever role it has. */
function periodOf(header: string): Pick<HeaderMatch, 'cumulative' | 'through' | 'singlePeriod'> {
  const m = header === '' ? null : matchHeader(header);
  if (!m) return {};
  const { cumulative, through, singlePeriod } = m;
  return Object.fromEntries(Object.entries({ cumulative, through, singlePeriod }).filter(([, v]) => v !== undefined));
}

/**
 * Where the header of a mapped sheet stands when no header row was found or named: the row with text in a
 * mapped column right above the first row that holds a number in a mapped amount column.
 */
function headerAboveNumbers(sheet: SheetData, mapping: SheetMapping): number | null {
  const amountCols = mapping.columns.filter((c) => c.role !== 'ignore' && isAmountRole(c.role)).map((c) => c.col);
  const mappedCols = mapping.columns.map((c) => c.col);
  const isNumber = (v: CellValue) => typeof v === 'number' || (typeof v === 'string' && /^[\s(−–-]*\d[\d\s.,]*[)%-]?\s*$/.test(v));
  for (let r = 0; r < Math.min(sheet.values.length, HEADER_SEARCH_ROWS + 1); r++) {
    if (!amountCols.some((c) => isNumber(cellAt(sheet, r, c)))) continue;
    for (let h = r - 1; h >= 0; h--) if (mappedCols.some((c) => text(cellAt(sheet, h, c)) !== '')) return h;
    return r > 0 ? r - 1 : null;
  }
  return null;
}

/** Most of a column's filled cells below the header are names (letters), not codes. */
function holdsNames(sheet: SheetData, col: number, firstRow: number, lastRow: number): boolean {
  let filled = 0;
  let names = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const v = cellAt(sheet, r, col);
    if (v === null || v === '') continue;
    filled++;
    if (typeof v === 'string' && /\p{L}{2}/u.test(v)) names++;
  }
  return filled > 0 && names * 5 >= filled * 4;
}

/** A header row has an amount column and one more recognised column (a label, a code, another amount). */
function isHeader(c: HeaderCandidate | null): c is HeaderCandidate {
  if (c === null) return false;
  // `Konto | Benämning | jan … dec` under a title `Budget 2024 per månad`: months are amounts whose role the title gives.
  if (c.amountCount === 0) return (c.months?.length ?? 0) >= 3 && c.cells.length >= 1;
  return c.cells.length + Math.min(1, c.months?.length ?? 0) >= 2;
}

/**
 * Month columns with no role word (`Årsbudget | jan-24 | feb-24 …` under a title `Utfall per månad`) take the
 * side the table lacks, or the one its title names: never invented where both or neither are there.
 */
function roleOfBareMonths(cells: readonly HeaderCell[], title: readonly string[], sheetName: string): 'budget' | 'outcome' | null {
  const has = (role: string) => cells.some((c) => c.role === role);
  // The title, else the sheet's name; a pivot's value field (`Summa av Belopp`) is a ledger's amounts.
  const says = (text: string) => {
    const words = normaliseLabel(text);
    return /utfall|outcome|actual|bokfört|redovisat|huvudbok|summa av belopp|sum of amount/u.test(words) ? 'outcome' : /budget/u.test(words) ? 'budget' : null;
  };
  const titleSays = says(title.join(' ')) ?? says(sheetName);
  if (has('budget') && !has('outcome')) return 'outcome';
  if (has('outcome') && !has('budget') && !has('periodBudget')) return 'budget';
  if (!has('budget') && !has('outcome')) return titleSays;
  return null;
}

/** A plain amount header (`Belopp`, `Amount`): an outcome word, unless the sheet says whose amounts they are. */
const PLAIN_AMOUNT = /^(belopp|amount|kronor|kr|sek)( (19|20)\d\d)?$/u;
/** A title or sheet name that says the sheet is a budget (`Budget 2026`, `Budgetförslag`), and no follow-up of one. */
const BUDGET_SHEET = /(^|[^\p{L}])(budget|budgetförslag|förslag till budget|budget proposal|draft budget)([^\p{L}]|$)/u;
const FOLLOW_UP =
  /utfall|uppföljning|huvudbok|ledger|saldo|resultatrapport|avstämning|bokfört|redovisat|redovisning|prognos|bokslut|delår|tertial|actual|outcome|follow|forecast|variance|avvikelse/u;

/**
 * `Konto | Post | Belopp` on a sheet named and titled `Budget 2026`: the only amount column, headed by a plain
 * `Belopp`, is the budget the sheet says it holds (and the table has no outcome), never an outcome invented
 * against nothing. A mapped column keeps the user's role.
 */
function budgetSheetAmount(cells: readonly HeaderCell[], title: readonly string[], sheetName: string): HeaderCell[] {
  const amounts = cells.filter((c) => isAmountRole(c.role));
  const only = amounts.length === 1 ? amounts[0] : null;
  if (
    !only ||
    only.mapped ||
    only.role !== 'outcome' ||
    !PLAIN_AMOUNT.test(
      normaliseLabel(only.text)
        .replace(/\([^)]*\)/g, '')
        .trim(),
    )
  )
    return [...cells];
  const says = [sheetName, ...title].map(normaliseLabel);
  if (says.some((t) => FOLLOW_UP.test(t)) || !says.some((t) => BUDGET_SHEET.test(t))) return [...cells];
  return cells.map((c) => (c === only ? { ...c, role: 'budget' as const } : c));
}

/** A year as text (`2024`); a closing date (`2024-12-31`, `31 dec 2024`, `31.12.2024`) is closingDateYear's. */
const YEAR_TEXT = /^\s*(?:19|20)\d\d\s*$/u;

/**
 * Only text and at least two years or closing dates: a row that may head a statement's year columns. The
 * numbers are looked at first: a row of a ledger has an amount, and no text of it need be read.
 */
function mayHeadStatement(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return false;
  let yearish = 0;
  let texts = 0;
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') {
      if (!isYearCell(v) && closingDateCellYear(v) === null) return false;
      yearish++;
    } else if (typeof v === 'string') texts++;
    else return false;
  }
  if (yearish + texts < 2) return false;
  for (let col = 0; col < cells.length && yearish < 2; col++) {
    const v = cells[col];
    if (typeof v === 'string' && (YEAR_TEXT.test(v) || closingDateYear(v) !== null)) yearish++;
  }
  return yearish >= 2;
}

/** Words a statement's header row may hold beside its years: its title, the unit, the note column. */
function isStatementCaption(text: string): boolean {
  return namesStatement(text) || unitFromText(text) !== null || /^(not|noter|note|notes)$/u.test(normaliseLabel(text));
}

/**
 * A statement stacked under a table (a balance sheet under the income statement) may begin below the rows where
 * headers are looked for (SPEC 1.1), within the first STATEMENT_SEARCH_ROWS. Its header row still ends the table
 * above and heads one of its own, but only
 * a row that cannot be a line: years of their own (one each) or closing dates over the amount columns, and beside
 * them no word but the statement's title, its unit or `Not`, or the statement's title right above.
 */
function statementHeadsBelow(sheet: SheetData, from: number, alone: boolean): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  for (let row = from; row < Math.min(sheet.values.length, STATEMENT_SEARCH_ROWS); row++) {
    const c = statementHead(sheet, row, alone);
    if (c) found.push(c);
  }
  return found;
}

/**
 * A statement's header row below the first rows: years (or closing dates) with a statement's captions, dates, or
 * a statement's name above. `alone`: no table stands above it on the sheet (a förvaltningsberättelse's pages
 * of text first); then only a closing date or a statement's name will do, not bare years, which a table of
 * key figures further down heads as well.
 */
function statementHead(sheet: SheetData, row: number, alone = false): HeaderCandidate | null {
  if (!mayHeadStatement(sheet.values[row])) return null;
  const c = singleRow(sheet, row);
  if (!c?.bareYears) return null;
  const years = c.cells.filter((x): x is HeaderCell & { year: number } => isAmountRole(x.role) && x.year !== undefined);
  if (!distinctYears(years)) return null;
  const dated = years.some((x) => closingDateCellYear(cellAt(sheet, row, x.col)) !== null);
  const named = c.unknown.some((u) => namesStatement(u.text)) || titledAbove(sheet, row);
  if (alone) return dated || named ? c : null;
  const captioned = years.length === c.cells.length && c.unknown.every((u) => isStatementCaption(u.text));
  return dated || captioned || named ? c : null;
}

/** Whether a row below the first rows heads a statement of its own (see statementHeadsBelow). */
export function isStatementHeadBelow(sheet: SheetData, row: number, alone = false): boolean {
  return statementHead(sheet, row, alone) !== null;
}

/** The header rows of a sheet, top to bottom: single rows, or two rows read as one where that finds more. */
function headerCandidates(sheet: SheetData): HeaderCandidate[] {
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  const found: HeaderCandidate[] = [];
  for (let row = 0; row < limit; row++) {
    const paired = row + 1 < sheet.values.length ? (monthsOverRoles(sheet, row) ?? yearsOverRoles(sheet, row)) : null;
    if (paired) {
      found.push(paired);
      row = paired.rows[1];
      continue;
    }
    const single = singleRow(sheet, row);
    const double = row + 1 < sheet.values.length ? twoRows(sheet, row) : null;
    const next = row + 1 < sheet.values.length ? singleRow(sheet, row + 1) : null;
    const best = [double, single].filter(isHeader).sort((a, b) => b.amountCount - a.amountCount || b.cells.length - a.cells.length)[0];
    if (!best) continue;
    // The lower row alone may be the real header (a title row above it); two rows win only when they add amounts.
    if (best === double && isHeader(next) && next.amountCount >= double!.amountCount) continue;
    if (best === single && isHeader(double) && double.amountCount > single!.amountCount) continue;
    // `Budget 2024` over `Intäkter | Kostnader` and no net: the row above alone would read the income as the budget.
    if (best === single && double?.unknown.some((u) => u.unused === 'column.grossPart') && !double.cells.some((c) => isAmountRole(c.role))) continue;
    found.push(best);
    row = best.rows[best.rows.length - 1];
  }
  found.push(...statementHeadsBelow(sheet, found.length > 0 ? Math.max(limit, found[found.length - 1].rows.at(-1)! + 1) : limit, found.length === 0));
  // A header with a header right under it heads no rows: a pivot's captions (`Summa av Belopp | Typ` over
  // `Konto | Budget | Utfall`) or a title, never a table of its own.
  return found.filter((c, i) => {
    const next = found[i + 1];
    return !(next && next.rows[0] === c.rows[c.rows.length - 1] + 1 && next.amountCount >= c.amountCount);
  });
}

/**
 * A comment written above a table (`Utfallet blev 1,2 mnkr bättre än budget, främst …`) is prose, not a title:
 * a unit it mentions is not the table's.
 */
function isProse(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words > 12 || (words > 6 && /[.!?]$/.test(text.trim()));
}

// A figure with its unit (`1,2 mnkr`) or a change (`bättre än`) makes a sentence a comment, not a statement of the unit.
const FIGURE_OR_CHANGE =
  /\d[\d\s,.]*(?:[a-zåäö]*kr|sek|kronor|milj|tusen|thousand|million)|(?<![\p{L}])(?:än|than|ökade|minskade|increased|decreased|bättre|sämre|better|worse|överskott|underskott|surplus|deficit)(?![\p{L}])/iu;

/**
 * The unit a title states. Prose counts only where one of its sentences, or a bracket, is no more than a statement
 * of the unit (`Belopp i tkr. Nettokostnad …`, `… per nämnd (mnkr), jämfört …`): `blev 1,2 mnkr bättre` names no unit.
 */
export function unitOfTitle(text: string): Unit | null {
  if (!isProse(text)) return unitFromText(text);
  const parts = [...text.split(/[.!?;:]+(?:\s+|$)/), ...[...text.matchAll(/[([]([^()[\]]*)[)\]]/g)].map((m) => m[1])];
  for (const part of parts) {
    const words = part.trim().split(/\s+/).length;
    if (part.trim() === '' || words > 7 || FIGURE_OR_CHANGE.test(part.replace(/(?<!\d[\s,.]?)'?000(?!\d)/g, ''))) continue;
    const u = unitFromText(part);
    if (u) return u;
  }
  return null;
}

const COARSENESS: Record<Unit, number> = { kr: 0, tkr: 1, mnkr: 2 };

/**
 * The unit: header, then a title above the header, then the sheet name, else kronor (SPEC 1.2). Amount headers
 * may state their own (`Budget (tkr)`, `Utfall (kr)`): each such column is read in its own unit (see
 * `columnUnits`), and the table's unit, which sets the rounding allowance, is the coarsest of them.
 */
function detectUnit(
  sheet: SheetData,
  headerRow: number,
  cells: HeaderCell[],
  searchFrom: number,
  firstHeaderRow: number,
): { unit: Unit; unitSource: UnitSource } {
  // Amount headers with their own unit first; else a unit in any header (`Budgetavstämning (i miljoner kronor)`).
  const ofAmounts = cells.filter((c) => c.unit && isAmountRole(c.role)).map((c) => c.unit!);
  const stated = ofAmounts.length ? ofAmounts : cells.filter((c) => c.unit).map((c) => c.unit!);
  if (stated.length) return { unit: stated.reduce((a, b) => (COARSENESS[b] > COARSENESS[a] ? b : a)), unitSource: 'header' };
  for (let r = headerRow - 1; r >= searchFrom; r--) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v === 'string') {
        const u = unitOfTitle(v);
        if (u) return { unit: u, unitSource: 'title' };
      }
    }
  }
  // The sheet's title block above its first table (`Ekonomisk uppföljning 2024 (tkr)`) holds for every table on it.
  for (let r = 0; r < Math.min(searchFrom, firstHeaderRow); r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v === 'string' && !matchHeader(v)) {
        const u = unitOfTitle(v);
        if (u) return { unit: u, unitSource: 'title' };
      }
    }
  }
  // A unit written on the header row itself, beside the headers (`Belopp i tkr` in a corner cell).
  for (const v of sheet.values[headerRow] ?? []) {
    if (typeof v === 'string' && !matchHeader(v)) {
      const u = unitFromText(v);
      if (u) return { unit: u, unitSource: 'title' };
    }
  }
  const fromName = unitFromText(sheet.name);
  if (fromName) return { unit: fromName, unitSource: 'sheet' };
  return { unit: 'kr', unitSource: 'default' };
}

/**
 * Headers that state their unit (`Budget (tkr)`) under a title that states another (`Driftredovisning 2025
 * (mnkr)`): the header's is used (SPEC 1.2), but one of the two is wrong by a thousandfold, so the title cell is
 * named. The first title cell that states a unit is the one looked at, as detectUnit would have taken it.
 */
function titleOfOtherUnit(sheet: SheetData, headerRow: number, cells: HeaderCell[], searchFrom: number, firstHeaderRow: number, issues: InputIssue[]): void {
  const stated = new Set(cells.filter((c) => c.unit && isAmountRole(c.role)).map((c) => c.unit!));
  if (stated.size === 0) return;
  const rows = [
    ...Array.from({ length: Math.max(0, headerRow - searchFrom) }, (_, i) => headerRow - 1 - i),
    ...Array.from({ length: Math.min(searchFrom, firstHeaderRow) }, (_, i) => i),
  ];
  for (const r of rows) {
    const values = sheet.values[r] ?? [];
    for (let col = 0; col < values.length; col++) {
      const v = values[col];
      if (typeof v !== 'string' || matchHeader(v)) continue;
      const u = unitOfTitle(v);
      if (!u) continue;
      if (!stated.has(u))
        issues.push({
          key: 'unit.titleDiffers',
          sheet: sheet.name,
          cell: cellAddress(r, col),
          params: { title: v.trim(), titleUnit: u, headerUnit: [...stated].join(', ') },
        });
      return;
    }
  }
}

/**
 * With no unit in header, title or sheet name, the unit the amount cells write after their numbers (`14 250 tkr`),
 * the coarsest of them: each cell is read in its own unit (rows.ts), and this is the unit the table is shown in.
 * With none written as text, the unit their number formats write (format-literal-unit.ts): the table's unit.
 */
function orUnitInCells(
  found: { unit: Unit; unitSource: UnitSource },
  sheet: SheetData,
  firstRow: number,
  lastRow: number,
  cols: number[],
): { unit: Unit; unitSource: UnitSource } {
  if (found.unitSource !== 'default') return found;
  let unit: Unit | null = null;
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + 200); r++) {
    for (const col of cols) {
      const v = cellAt(sheet, r, col);
      if (typeof v !== 'string') continue;
      const u = parseAmountCell(v).unit;
      if (u && (unit === null || COARSENESS[u] > COARSENESS[unit])) unit = u;
    }
  }
  // Cells that write `kr` say what the default already is: bare numbers beside them stay kronor.
  if (unit && unit !== 'kr') return { unit, unitSource: 'cells' };
  // Numbers whose format writes the unit (`#,##0" tkr"` shows `4 850 tkr`) say it as the text would.
  const shown = unitInFormats(sheet, firstRow, lastRow, cols);
  return shown && shown !== 'kr' ? { unit: shown, unitSource: 'formatText' } : found;
}

/** Order of preference among grouping columns (SPEC 1.1, 2.1): verksamhet before ansvar before kostnadsställe … */
const DIMENSION_ORDER = [
  'verksamhet',
  'verksamhetsgren',
  'ansvar',
  'ansvarsområde',
  'ansvarsenhet',
  'kostnadsställe',
  'kst',
  'avdelning',
  'enhet',
  'nämnd',
  'förvaltning',
  'resultatenhet',
  'aktivitet',
  'objekt',
  'projektnummer',
  'projektnr',
];

function dimensionRank(header: string): number {
  const s = normaliseLabel(header)
    .replace(/\([^)]*\)/g, '')
    .trim();
  const i = DIMENSION_ORDER.findIndex((w) => s === w || s.startsWith(`${w} `));
  return i < 0 ? DIMENSION_ORDER.length : i;
}

/** The column that names rows when no header says so: the leftmost column with text before the amounts. */
function guessLabelColumn(sheet: SheetData, firstRow: number, lastRow: number, from: number, before: number, taken: ReadonlySet<number>): number | null {
  for (let col = from; col < before; col++) {
    if (taken.has(col)) continue;
    for (let r = firstRow; r <= Math.min(lastRow, firstRow + 50); r++) {
      const v = cellAt(sheet, r, col);
      if (typeof v === 'string' && v.trim() !== '' && !/^[-–—\d\s.,%()−]+$/.test(v)) return col;
    }
  }
  return null;
}

/** A column with no header between a code column and the amounts, holding names (`Konto` over code and name). */
function unheadedNameColumn(sheet: SheetData, codeCol: number, firstRow: number, lastRow: number, headed: ReadonlySet<number>): number | undefined {
  const col = codeCol + 1;
  if (headed.has(col)) return undefined;
  let names = 0;
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + 30); r++) {
    const v = cellAt(sheet, r, col);
    if (typeof v === 'string' && /\p{L}/u.test(v)) names++;
  }
  return names >= 2 ? col : undefined;
}

const PRINTED_ON = /^\s*(utskriv|utskrift|skriven|skapad|körd|uttag|exporter|printed|print date|run date|created|exported|report date|rapportdatum)/iu;

/** The month through which a title block says the figures run (`Delårsrapport januari–augusti 2025`, `Tertial 2`). */
function throughFromTitle(title: readonly string[]): number | null {
  for (const t of title) {
    // When the report was printed or exported is not the period it covers (`Utskriven: 2025-01-17`).
    if (PRINTED_ON.test(t)) continue;
    const p = periodEndFromText(t);
    if (p && p.through >= 1 && p.through <= 12) return p.through;
  }
  return null;
}

/**
 * Whether a column's numbers are shares (0.87, 1.09), not amounts, beside a column of amounts: every number from 0
 * to 10, at least two of them and at least half of those not zero with decimals, and on at least two rows the
 * amount beside it (the budget) 1 000 or more. An outcome of 0,87 kr against a budget of 1 850 000 kr is no
 * outcome: it is `Förbrukat` kept as a fraction. A share of what was used is never negative, so a column with a
 * negative number (an outcome of −0,01 kr) is amounts; a table in mnkr, whose amounts are small too, never has
 * such a neighbour.
 */
function holdsShares(sheet: SheetData, headerRow: number, col: number, amountCol: number): boolean {
  let beside = 0;
  let decimals = 0;
  let nonZero = 0;
  const last = Math.min(sheet.values.length, headerRow + 1 + SHARE_ROWS);
  for (let r = headerRow + 1; r < last; r++) {
    const v = cellAt(sheet, r, col);
    if (typeof v !== 'number') continue;
    if (v < 0 || v > 10) return false;
    if (v !== 0) nonZero++;
    if (!Number.isInteger(v)) decimals++;
    const a = cellAt(sheet, r, amountCol);
    if (typeof a === 'number' && Math.abs(a) >= 1000) beside++;
  }
  return decimals >= 2 && decimals * 2 >= nonZero && beside >= 2;
}

/**
 * `Budget 2025 | Förbrukat | Kvar` with Förbrukat 0.87: a column under an outcome or forecast word that holds shares
 * beside the budget's amounts (holdsShares) is a percentage, never the outcome or the forecast.
 */
function sharesUnderAmountWords(sheet: SheetData, headerRow: number, byRole: Map<ColumnRole, HeaderCell[]>, reading: Map<number, ColumnReading>): void {
  const budget = (byRole.get('budget') ?? byRole.get('periodBudget') ?? [])[0];
  if (!budget) return;
  for (const role of ['outcome', 'forecast'] as const) {
    const list = byRole.get(role) ?? [];
    const shares = list.filter((c) => !c.mapped && holdsShares(sheet, headerRow, c.col, budget.col));
    if (!shares.length) continue;
    for (const c of shares) {
      reading.get(c.col)!.role = 'percent';
      reading.get(c.col)!.unused = 'column.percent';
    }
    const rest = list.filter((c) => !shares.includes(c));
    if (rest.length) byRole.set(role, rest);
    else byRole.delete(role);
  }
}

/**
 * Whether a column's numbers below the header are each the deviation as a share of the budget, (outcome −
 * budget) ÷ |budget| in either sign, to within half a per mille (a fraction under a % format): at least two rows,
 * every one of them, and none larger than 10 (1 000 %).
 */
function isShareOfBudget(sheet: SheetData, headerRow: number, col: number, budgetCol: number, outcomeCol: number): boolean {
  let matched = 0;
  const last = Math.min(sheet.values.length, headerRow + 1 + SHARE_ROWS);
  for (let r = headerRow + 1; r < last; r++) {
    const v = cellAt(sheet, r, col);
    if (typeof v !== 'number') continue;
    const b = cellAt(sheet, r, budgetCol);
    const o = cellAt(sheet, r, outcomeCol);
    if (typeof b !== 'number' || typeof o !== 'number' || b === 0) {
      if (v !== 0) return false;
      continue;
    }
    const share = Math.abs((o - b) / b);
    if (Math.abs(v) > 10 || Math.abs(Math.abs(v) - share) > 0.0005) return false;
    // A deviation that happens to equal its share (a budget of exactly 1) proves nothing either way.
    if (Math.abs(b) !== 1 && o !== b) matched++;
  }
  return matched >= 2;
}

const SHARE_ROWS = 200;

/** The month a forecast was made in, when its header names one (`Prognos oktober`, `Prognos T2`, `Prognos 2025-08`). */
function forecastMonth(c: HeaderCell): number | undefined {
  if (c.month !== undefined) return c.month;
  if (c.through !== undefined) return c.through;
  const words = normaliseLabel(c.text).split(/[\s()]+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const m = monthHeader(words[i]);
    if (m) return m.month;
  }
  return undefined;
}

const REMAINING = /^(kvar|återstår|återstående|remaining|balance remaining)(?![\p{L}])/u;

/** Does the header row name a commitment column (`Beställt`, `Ej attesterat`, `Obligations`)? */
function headerHasCommitment(sheet: SheetData, headerRow: number): boolean {
  const row = sheet.values[headerRow] ?? [];
  return row.some((v) => typeof v === 'string' && isCommitmentHeader(v));
}

interface RoleChoice {
  columns: Partial<Record<ColumnRole, number>>;
  headers: Partial<Record<ColumnRole, string>>;
  months: TableLayout['months'];
  reading: Map<number, ColumnReading>;
  creditCol?: number;
}

const MONTH_ROLES = ['budget', 'outcome', 'forecast'] as const;

/** A header that says which part of the year it covers: the year so far, up to a month, or one period alone. */
function statesPeriod(c: HeaderMatch): boolean {
  return c.cumulative === true || c.through !== undefined || c.singlePeriod === true;
}

/**
 * `Utfall | Utfall prel.`: two outcome columns under different headers with nothing to tell them apart (no year,
 * no period, no mapping). Either may be the year's outcome; taking one would compare the budget with a guess. Neither
 * is the outcome, and the second header is named so that the user can map the right one. (The same header twice
 * is a slip of the pen: the first is read and the second reported, see below.)
 */
function twoOutcomes(
  sheet: SheetData,
  headerRow: number,
  byRole: Map<ColumnRole, HeaderCell[]>,
  reading: Map<number, ColumnReading>,
  issues: InputIssue[],
): void {
  const outcomes = byRole.get('outcome') ?? [];
  if (outcomes.length < 2 || outcomes.some((c) => c.mapped)) return;
  const [a, b] = outcomes;
  if (statesPeriod(a) || statesPeriod(b) || a.year !== b.year || normaliseLabel(a.text) === normaliseLabel(b.text)) return;
  for (const c of outcomes) reading.get(c.col)!.unused = 'column.outcomeUnsettled';
  byRole.delete('outcome');
  issues.push({
    key: 'header.twoOutcomes',
    sheet: sheet.name,
    cell: cellAddress(headerRow, b.col),
    params: { first: a.text, firstCell: cellAddress(headerRow, a.col), second: b.text },
  });
}

/**
 * Settle which column gets which role. Two outcome columns with different years are this year and last
 * (`Utfall 2024`, `Utfall 2023`, in whichever row the year stands); of two budgets the one for the outcome's
 * year, else a revised one, else the first; months go to the month columns of their role; `Avvikelse helår`
 * beside a forecast and a part-year outcome is the forecast deviation. Any other repeat is reported.
 */
function assignRoles(sheet: SheetData, headerRow: number, cells: HeaderCell[], issues: InputIssue[]): RoleChoice {
  const columns: RoleChoice['columns'] = {};
  const headers: RoleChoice['headers'] = {};
  const months: RoleChoice['months'] = {};
  const reading = new Map<number, ColumnReading>();
  for (const c of cells) reading.set(c.col, { col: c.col, header: c.text, role: c.role, from: 'header', month: c.month, year: c.year });
  let monthCells = cells.filter((c) => c.month !== undefined && (MONTH_ROLES as readonly string[]).includes(c.role));
  // Quarters beside the months of their role (`mar | Kv 1`) are sums of them, not periods of their own.
  const sums = monthCells.filter((c) => c.quarter && monthCells.some((m) => m.role === c.role && !m.quarter));
  for (const c of sums) reading.get(c.col)!.unused = 'column.notUsed';
  monthCells = monthCells.filter((c) => !sums.includes(c));
  for (const c of monthCells) {
    const role = c.role as (typeof MONTH_ROLES)[number];
    const list = (months[role] ??= new Array<number>(12).fill(-1));
    if (list[c.month! - 1] < 0) list[c.month! - 1] = c.col;
    else reading.get(c.col)!.unused = 'column.sameRoleEarlier';
  }
  const byRole = new Map<ColumnRole, HeaderCell[]>();
  for (const c of cells) if (!monthCells.includes(c) && !sums.includes(c)) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);

  // Of two outcomes of one year, the year so far (`Ackumulerat`) before one period alone (`Perioden`).
  const rank = (c: HeaderCell) => (c.singlePeriod ? 2 : c.cumulative || c.through !== undefined ? 0 : 1);
  if ((byRole.get('outcome') ?? []).some((c) => c.singlePeriod))
    byRole.set(
      'outcome',
      [...byRole.get('outcome')!].sort((a, b) => rank(a) - rank(b) || a.col - b.col),
    );
  // `Saldo` is a balance sheet's or a saldolista's outcome, but a transaction list's running balance: never summed.
  // Beside a Period column alone (Agresso's huvudboksrapport), a saldo for a stated period (`Saldo ack`, `Saldo
  // period`) is the balance of that period, not a running one; a mapped column is what the user says it is.
  const transactions = byRole.has('voucher') || byRole.has('date') || (byRole.get('outcome') ?? []).some((c) => c.entry);
  const running = (byRole.get('outcome') ?? []).filter((c) => !c.mapped && (transactions || !statesPeriod(c)) && /saldo|balance/u.test(normaliseLabel(c.text)));
  if (running.length && (transactions || byRole.has('period'))) {
    byRole.set(
      'outcome',
      (byRole.get('outcome') ?? []).filter((c) => !running.includes(c)),
    );
    if (byRole.get('outcome')!.length === 0) byRole.delete('outcome');
    for (const c of running) reading.get(c.col)!.unused = 'column.runningBalance';
  }
  // `Debet | Kredit`: together one outcome, debit − credit; either alone, or beside another outcome, is none.
  let creditCol: number | undefined;
  const entries = (byRole.get('outcome') ?? []).filter((c) => c.entry);
  if (entries.length) {
    const plain = (byRole.get('outcome') ?? []).filter((c) => !c.entry);
    const debit = entries.find((c) => c.entry === 'debit');
    const credit = entries.find((c) => c.entry === 'credit');
    if (debit && credit && plain.length === 0) {
      byRole.set('outcome', [debit]);
      creditCol = credit.col;
    } else {
      byRole.set('outcome', plain);
      if (plain.length === 0) byRole.delete('outcome');
      for (const c of entries) reading.get(c.col)!.unused = 'column.notUsed';
    }
  }
  const outcomes = byRole.get('outcome') ?? [];
  const years = [...new Set(outcomes.map((c) => c.year).filter((y): y is number => y !== undefined))];
  if (outcomes.length >= 2 && years.length >= 2 && !byRole.has('priorYear')) {
    const latest = Math.max(...years);
    byRole.set(
      'outcome',
      outcomes.filter((c) => c.year === latest || c.year === undefined),
    );
    byRole.set(
      'priorYear',
      outcomes.filter((c) => c.year !== undefined && c.year < latest).sort((a, b) => (b.year ?? 0) - (a.year ?? 0)),
    );
    for (const c of byRole.get('priorYear')!) reading.get(c.col)!.role = 'priorYear';
  }
  sharesUnderAmountWords(sheet, headerRow, byRole, reading);
  twoOutcomes(sheet, headerRow, byRole, reading, issues);
  const outcomeYear = (byRole.get('outcome') ?? [])[0]?.year;
  const budgets = byRole.get('budget') ?? [];
  if (budgets.length >= 2) {
    const sameYear = budgets.filter((c) => outcomeYear !== undefined && c.year === outcomeYear);
    // A budget changed during the year (`Rev. budget`, `Justerad budget`, `Budget efter ändringar`) is the one judged
    // against; of the outcome's year, a revision with no year of its own beside it (`Budget 2025 | Rev. budget`) too.
    const isRevised = (c: HeaderCell) => /rev|justerad|korrigerad|ändrad|efter ändring|inkl\.? ombudget|efter ombudget|adjusted/u.test(normaliseLabel(c.text));
    const revisedOf = (cs: HeaderCell[]) => cs.filter(isRevised);
    const ofYear = sameYear.length ? [...sameYear, ...budgets.filter((c) => c.year === undefined)] : budgets;
    const revised = revisedOf(ofYear);
    // Revisions left to right, as they were decided (`Rev. budget | Budget efter ombudgetering`): the last is the one in force.
    const preferred = revised.length ? [[...revised].sort((a, b) => b.col - a.col)[0]] : sameYear.length ? sameYear : budgets;
    const chosen = [...preferred].sort((a, b) => a.col - b.col)[0];
    byRole.set('budget', [chosen, ...budgets.filter((c) => c !== chosen)]);
    for (const c of budgets) if (c !== chosen && c.year !== undefined && c.year !== chosen.year) reading.get(c.col)!.unused = 'column.otherYear';
  }
  // `Utfall 2024 | Budget 2025`: a budget proposal beside last year's outcome. Two years are not budget and
  // outcome of one year: the outcome is the year before, and no deviation is made from it.
  const budgetYear = (byRole.get('budget') ?? [])[0]?.year;
  if (budgetYear !== undefined && outcomeYear !== undefined && outcomeYear < budgetYear && !byRole.has('priorYear')) {
    byRole.set('priorYear', byRole.get('outcome')!);
    byRole.delete('outcome');
    for (const c of byRole.get('priorYear')!) reading.get(c.col)!.role = 'priorYear';
  }
  // A period budget covers what the outcome covers: never a month's budget (`Budget period`) against the year so far
  // (`Saldo ack`), nor the year so far against one month, nor six months (`Budget jan–jun`) against eight (`Utfall jan–aug`).
  const outcome = (byRole.get('outcome') ?? [])[0];
  const periodBudgets = byRole.get('periodBudget') ?? [];
  if (outcome && periodBudgets.length && statesPeriod(outcome)) {
    const oneMonth = outcome.singlePeriod === true;
    const otherMonths = (c: HeaderCell) => outcome.through !== undefined && c.through !== undefined && c.through !== outcome.through;
    const misfits = periodBudgets.filter((c) => (oneMonth ? c.cumulative === true || c.through !== undefined : c.singlePeriod === true || otherMonths(c)));
    for (const c of misfits) reading.get(c.col)!.unused = 'column.otherPeriod';
    byRole.set(
      'periodBudget',
      periodBudgets.filter((c) => !misfits.includes(c)),
    );
  }
  // `Avvikelse helår` is the forecast's deviation when the outcome covers part of the year and a forecast stands beside it.
  const partYear = (byRole.get('outcome') ?? []).some((c) => c.cumulative || (c.through !== undefined && c.through < 12));
  // `Kvar att förbruka` beside an outcome for part of the year is what is left of the year's budget, not a deviation.
  if (partYear) {
    const deviations = byRole.get('deviation') ?? [];
    const remaining = deviations.filter((c) => REMAINING.test(normaliseLabel(c.text)));
    for (const c of remaining) reading.get(c.col)!.unused = 'column.remaining';
    if (remaining.length)
      byRole.set(
        'deviation',
        deviations.filter((c) => !remaining.includes(c)),
      );
  }
  // `Kvar` beside `Beställt` or `Obligations` is what is left once the commitments are taken too: no deviation of the outcome.
  if (headerHasCommitment(sheet, headerRow)) {
    const deviations = byRole.get('deviation') ?? [];
    const remaining = deviations.filter((c) => !c.mapped && REMAINING.test(normaliseLabel(c.text)));
    for (const c of remaining) reading.get(c.col)!.unused = 'column.afterCommitments';
    if (remaining.length)
      byRole.set(
        'deviation',
        deviations.filter((c) => !remaining.includes(c)),
      );
  }
  // `Avvikelse mot prognos` (outcome − forecast) is neither deviation: read, said, never checked as one.
  const againstForecast = (byRole.get('deviation') ?? []).filter((c) => c.againstForecast);
  for (const c of againstForecast) reading.get(c.col)!.unused = 'column.againstForecast';
  if (againstForecast.length)
    byRole.set(
      'deviation',
      byRole.get('deviation')!.filter((c) => !c.againstForecast),
    );
  for (const c of byRole.get('forecastDeviation') ?? []) {
    if (!byRole.has('forecast') && !partYear && !byRole.has('deviation')) {
      byRole.set('deviation', [c]);
      byRole.set(
        'forecastDeviation',
        (byRole.get('forecastDeviation') ?? []).filter((x) => x !== c),
      );
      reading.get(c.col)!.role = 'deviation';
    }
  }
  // `Prognos april | Prognos augusti | Prognos oktober`: of forecasts made through the year, the latest is the forecast.
  // `Avvikelse` over `=(C2-B2)/B2` shown as 5,3 %: a share of the budget, never an amount to check.
  const budgetCol = (byRole.get('budget') ?? byRole.get('periodBudget') ?? [])[0]?.col;
  const outcomeCol = (byRole.get('outcome') ?? [])[0]?.col;
  const shares = (byRole.get('deviation') ?? []).filter(
    (c) => !c.mapped && budgetCol !== undefined && outcomeCol !== undefined && isShareOfBudget(sheet, headerRow, c.col, budgetCol, outcomeCol),
  );
  for (const c of shares) {
    reading.get(c.col)!.role = 'percent';
    reading.get(c.col)!.unused = 'column.percent';
  }
  if (shares.length)
    byRole.set(
      'deviation',
      byRole.get('deviation')!.filter((c) => !shares.includes(c)),
    );
  // `Prognos okt–dec | Prognos helår`: the rest of the year is part of a forecast; the full year is the forecast.
  const forecasts = byRole.get('forecast') ?? [];
  if (forecasts.length >= 2 && forecasts.some((c) => c.fullYear)) {
    byRole.set(
      'forecast',
      [...forecasts].sort((a, b) => Number(b.fullYear === true) - Number(a.fullYear === true) || a.col - b.col),
    );
  } else if (forecasts.length >= 2 && forecasts.every((c) => forecastMonth(c) !== undefined)) {
    byRole.set(
      'forecast',
      [...forecasts].sort((a, b) => forecastMonth(b)! - forecastMonth(a)! || a.col - b.col),
    );
  }
  for (const [role, list] of byRole) {
    if (list.length === 0) continue;
    if (role === 'percent' || role === 'dimension' || role === 'voucher') {
      for (const c of list) if (role === 'percent') reading.get(c.col)!.unused = 'column.percent';
      continue;
    }
    const [first, ...rest] = role === 'budget' || role === 'outcome' || role === 'forecast' ? list : [...list].sort((a, b) => a.col - b.col);
    columns[role] = first.col;
    headers[role] = first.text;
    for (const dup of rest) {
      const r = reading.get(dup.col)!;
      if (r.unused) continue;
      r.unused = 'column.sameRoleEarlier';
      // The same header twice is a mistake to point at; two budgets of different names (Budget, Rev. budget) are a choice.
      if (role !== 'line' && role !== 'comment' && normaliseLabel(dup.text) === normaliseLabel(first.text)) {
        issues.push({
          key: 'header.duplicate',
          sheet: sheet.name,
          cell: cellAddress(headerRow, dup.col),
          params: { header: dup.text, first: cellAddress(headerRow, first.col) },
        });
      }
    }
  }
  if (creditCol !== undefined) headers.outcome = `${headers.outcome} − ${reading.get(creditCol)!.header}`;
  return { columns, headers, months, reading, creditCol };
}

/**
 * Every table on a sheet, found by its header row within the first rows (SPEC 1.1): one or two header rows,
 * starting in any column, under a title block. A table runs from its header to the row before the next
 * header, or to the end of the sheet.
 */
export function findTables(sheet: SheetData, issues: InputIssue[] = [], mapping?: SheetMapping): TableLayout[] {
  // A printout's header repeated under a page header block continues the table above it (page-headers.ts).
  const found = mapping
    ? mappedCandidates(sheet, mapping)
    : headerCandidates(sheet).filter((c, i, all) => i === 0 || !isPageRepeat(sheet, c.rows[c.rows.length - 1], all[0].rows[all[0].rows.length - 1]));
  const endOf = (i: number) => (i + 1 < found.length ? found[i + 1].rows[0] - 1 : sheet.values.length - 1);
  // A user's mapping names the columns of one table; without one, tables side by side are read apart.
  const candidates = mapping ? found : found.flatMap((c, i) => splitBeside(sheet, c, endOf(i)));
  const tables: TableLayout[] = [];
  candidates.forEach((candidate, i) => {
    const headerRow = candidate.rows[candidate.rows.length - 1];
    const firstRow = headerRow + 1;
    // Tables beside this one share its header row: the table ends at the next header further down.
    const next = candidates.slice(i + 1).find((c) => c.rows[0] > headerRow);
    const lastRow = next ? next.rows[0] - 1 : sheet.values.length - 1;
    const title: string[] = [];
    const previous = candidates
      .slice(0, i)
      .reverse()
      .find((c) => c.rows[0] < candidate.rows[0]);
    const previousEnd = previous ? previous.rows[previous.rows.length - 1] + 1 : 0;
    for (let r = previousEnd; r < candidate.rows[0]; r++) {
      const t = (sheet.values[r] ?? [])
        .map(text)
        .filter((x) => x !== '')
        .join(' ');
      if (t) title.push(t);
    }
    const monthRole = candidate.months?.length
      ? (roleOfBareMonths(candidate.cells, title, sheet.name) ??
        monthsOfCumulativeOutcome(
          sheet,
          candidate.cells,
          candidate.months.map((m) => m.col),
          firstRow,
          lastRow,
        ))
      : null;
    const cells: HeaderCell[] = [
      ...budgetSheetAmount(candidate.cells, title, sheet.name),
      ...(monthRole ? (candidate.months ?? []).map((m) => ({ role: monthRole, month: m.month, year: m.year, col: m.col, text: m.text })) : []),
    ];
    const { columns, headers, months, reading, creditCol } = assignRoles(sheet, headerRow, cells, issues);
    for (const c of cells) if (c.mapped) reading.get(c.col)!.from = 'mapping';
    const amountCols = [...cells.filter((c) => isAmountRole(c.role) || c.role === 'percent').map((c) => c.col)];
    const firstAmountCol = amountCols.length ? Math.min(...amountCols) : Infinity;
    const headed = new Set(cells.map((c) => c.col));
    const firstCol = Math.min(...cells.map((c) => c.col), ...candidate.unknown.map((u) => u.col));

    // Dimensions: every grouping column (and its name column), ordered as an economist would group.
    const dimensionCells = cells.filter((c) => c.role === 'dimension' && !c.nameOf);
    const nameCells = cells.filter((c) => c.nameOf === 'dimension');
    const dimensions = dimensionCells
      .map((c) => ({ col: c.col, header: c.text, nameCol: nameCells.find((n) => n.col > c.col && n.col <= c.col + 2)?.col }))
      .sort((a, b) => dimensionRank(a.header) - dimensionRank(b.header) || a.col - b.col);

    let labelCol: number;
    let labelRole: 'line' | 'goalArea' = 'line';
    let codeCol: number | undefined = columns.code;
    let blockCol: number | undefined;
    if (columns.line !== undefined) labelCol = columns.line;
    else if (codeCol !== undefined) {
      const unheaded = unheadedNameColumn(sheet, codeCol, firstRow, lastRow, headed);
      // `Kod | Verksamhet | Budget`: a dimension of names right after the code names its rows.
      const code = codeCol;
      const named =
        unheaded === undefined
          ? dimensions.find((d) => d.nameCol === undefined && d.col > code && d.col <= code + 2 && holdsNames(sheet, d.col, firstRow, lastRow))
          : undefined;
      if (named) {
        labelCol = named.col;
        dimensions.splice(dimensions.indexOf(named), 1);
        reading.get(named.col)!.role = 'line';
      } else {
        labelCol = unheaded ?? codeCol;
        if (unheaded === undefined) codeCol = undefined;
        else reading.set(unheaded, { col: unheaded, header: '', role: 'line', from: 'position' });
      }
    } else if (columns.goalArea !== undefined) {
      labelCol = columns.goalArea;
      labelRole = 'goalArea';
    } else if (dimensions.length) {
      // `Verksamhet | Budget | Utfall`: the dimension names the rows; the most detailed one (rightmost) is the line.
      const last = [...dimensions].sort((a, b) => b.col - a.col)[0];
      labelCol = last.nameCol ?? last.col;
      if (last.nameCol !== undefined) codeCol = last.col;
      dimensions.splice(dimensions.indexOf(last), 1);
      reading.get(last.col)!.role = 'line';
    } else {
      const taken = new Set(Object.values(columns).filter((c): c is number => c !== undefined));
      // A table beside another names its rows within its own columns.
      const from = candidate.span ? candidate.span.from : Math.min(firstCol, 0);
      const before = Number.isFinite(firstAmountCol) ? firstAmountCol : firstCol + 1;
      // `Operativ verksamhet` merged down beside `Intäkter | Kostnader | Netto`: blocks, named by their group.
      const blocks = blockColumns(sheet, firstRow, lastRow, from, before, taken);
      if (blocks) {
        // Unheaded: the summary names it by its letter (`kolumnen A`).
        dimensions.push({ col: blocks.nameCol, header: columnLetter(blocks.nameCol), nameCol: undefined });
        reading.set(blocks.nameCol, { col: blocks.nameCol, header: '', role: 'dimension', from: 'position' });
        blockCol = blocks.nameCol;
      }
      const guessed = blocks
        ? blocks.lineCol
        : guessLabelColumn(sheet, firstRow, lastRow, from, Number.isFinite(firstAmountCol) ? firstAmountCol : firstCol + 1, taken);
      labelCol = guessed ?? Math.max(0, Math.min(firstCol, Number.isFinite(firstAmountCol) ? firstAmountCol - 1 : 0));
      if (!reading.has(labelCol)) reading.set(labelCol, { col: labelCol, header: text(cellAt(sheet, headerRow, labelCol)), role: 'line', from: 'position' });
    }
    if (codeCol === labelCol) codeCol = undefined;
    const usedCols = [
      labelCol,
      ...(blockCol !== undefined ? [blockCol] : []),
      ...(codeCol !== undefined ? [codeCol] : []),
      ...cells.map((c) => c.col),
      ...candidate.unknown.map((u) => u.col),
      ...(candidate.months ?? []).map((m) => m.col),
    ];
    for (const u of candidate.unknown)
      if (!reading.has(u.col)) reading.set(u.col, { col: u.col, header: u.text, role: null, from: 'header', ...(u.unused ? { unused: u.unused } : {}) });

    // How far the outcome runs: its header, the month columns that hold outcome, or the title.
    const outcomeCell = cells.find((c) => c.col === columns.outcome);
    let through: number | null = null;
    let throughSource: TableLayout['throughSource'] = null;
    if (outcomeCell?.through !== undefined) {
      through = outcomeCell.through;
      throughSource = 'header';
    } else if (months.outcome) {
      through = lastMonthWithValues(sheet, months.outcome, firstRow, lastRow);
      throughSource = through === null ? null : 'months';
    }
    const monthGap = months.outcome && throughSource === 'months' ? emptyMonthBefore(sheet, months.outcome, through!, firstRow, lastRow) : null;
    if (monthGap !== null) {
      const at = (m: number) => reading.get(months.outcome![m - 1])?.header ?? String(m);
      issues.push({
        key: 'table.monthGap',
        sheet: sheet.name,
        cell: cellAddress(headerRow, months.outcome![monthGap - 1]),
        params: { month: at(monthGap), later: at(through!) },
      });
    }
    const cumulative = outcomeCell?.cumulative === true || cells.some((c) => c.role === 'periodBudget');
    if (through === null && (cumulative || columns.forecast !== undefined)) {
      through = throughFromTitle(title);
      if (through !== null) throughSource = 'title';
    }
    if (through === 12) through = null;

    // Amounts in euro (`Belopp i EUR`, `Budget (TEUR)`) are no kronor: the cell is named and no amount is read.
    if (!mapping?.unit) {
      const firstHeader = candidate.rows[0];
      const titleRows = [
        ...Array.from({ length: Math.max(0, firstHeader - previousEnd) }, (_, k) => firstHeader - 1 - k),
        ...Array.from({ length: Math.min(previousEnd, candidates[0].rows[0]) }, (_, k) => k),
      ];
      const amountHeaders = cells.filter((c) => isAmountRole(c.role)).map((c) => ({ col: c.col, text: c.text }));
      const foreign = currencyCells(sheet, headerRow, amountHeaders, titleRows);
      for (const f of foreign)
        issues.push({ key: 'unit.foreignCurrency', sheet: sheet.name, cell: cellAddress(f.row, f.col), params: { text: f.text.trim() } });
      if (foreign.length) {
        for (const role of AMOUNT_ROLES) delete columns[role];
        for (const role of Object.keys(months) as (keyof typeof months)[]) delete months[role];
        for (const r of reading.values()) if (r.role && isAmountRole(r.role)) r.unused = 'column.foreignCurrency';
      }
    }
    const unit = mapping?.unit
      ? { unit: mapping.unit, unitSource: 'mapping' as const }
      : orUnitInCells(
          detectUnit(sheet, candidate.rows[0], cells, previousEnd, candidates[0].rows[0]),
          sheet,
          firstRow,
          lastRow,
          Object.entries(columns)
            .filter(([role]) => isAmountRole(role as ColumnRole))
            .map(([, col]) => col),
        );
    if (unit.unitSource === 'header') titleOfOtherUnit(sheet, candidate.rows[0], cells, previousEnd, candidates[0].rows[0], issues);
    tables.push({
      sheet: sheet.name,
      headerRow,
      headerRows: candidate.rows,
      firstRow,
      lastRow,
      firstCol: Math.min(...usedCols),
      lastCol: Math.max(...usedCols),
      labelCol,
      codeCol,
      labelRole,
      columns,
      creditCol,
      headers,
      dimensions,
      ...(blockCol !== undefined ? { blockCol } : {}),
      months,
      through,
      throughSource,
      cumulative,
      ...(monthGap !== null ? { monthGap } : {}),
      ...unit,
      // A unit the user gave holds for every column.
      columnUnits: mapping?.unit
        ? {}
        : Object.fromEntries(cells.filter((c) => c.unit && isAmountRole(c.role) && columns[c.role] === c.col).map((c) => [c.role, c.unit!])),
      reading: [...reading.values()].sort((a, b) => a.col - b.col),
      title,
      bareYears: candidate.bareYears === true,
      ...(candidate.beside ? { beside: candidate.beside } : {}),
    });
  });
  return tables.map((t) => withFormatUnits(sheet, t));
}

/** The last month (1–12) whose column holds an amount in any row; null when none does. */
function lastMonthWithValues(sheet: SheetData, cols: MonthColumns, firstRow: number, lastRow: number): number | null {
  for (let m = 11; m >= 0; m--) {
    const col = cols[m];
    if (col < 0) continue;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(sheet, r, col);
      if (v !== null && v !== '' && !(typeof v === 'string' && /^[\s–—-]*$/.test(v))) return m + 1;
    }
  }
  return null;
}

/** The first month before `through` whose outcome column exists and is empty in every row; null when there is none. */
function emptyMonthBefore(sheet: SheetData, cols: MonthColumns, through: number, firstRow: number, lastRow: number): number | null {
  for (let m = 1; m < through; m++) {
    const col = cols[m - 1];
    if (col < 0) continue;
    let filled = false;
    for (let r = firstRow; r <= lastRow && !filled; r++) {
      const v = cellAt(sheet, r, col);
      filled = v !== null && v !== '' && !(typeof v === 'string' && /^\s*$/.test(v));
    }
    if (!filled) return m;
  }
  return null;
}

/** The roles a table has for comparing: which of budget and outcome it can give, month columns counted. */
export function hasRole(t: TableLayout, role: AmountRole): boolean {
  if (t.columns[role] !== undefined) return true;
  if (role === 'budget' || role === 'outcome' || role === 'forecast') return (t.months[role] ?? []).some((c) => c >= 0);
  return false;
}

/** `C` for a zero-based column: how the reading report names columns. */
export const columnName = columnLetter;
