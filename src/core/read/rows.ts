import { CellValue, SheetData, cellText } from '../cells';
import { InputIssue, amountIssueKey } from '../issues';
import { memoByText } from '../memo';
import type { MessageParams } from '../messages';
import { Money, add, moneyFromCell, moneyFromOre, negate, subtract } from '../money';
import { commaReadsTwoWays, parseAmountCell, writesCommaGroups } from './numbers';
import { ColumnRole, isAmountRole, monthHeader } from './headers';
import { MonthColumns, TableLayout, addressIn } from './tables';
import { normaliseLabel, stripFootnote } from './text';
import { ORE_PER_UNIT, Unit } from './units';
import { ShownScaled, scaleProblem } from './format-units';
import { isFinancialItem, isFinancialNetLine } from './financial-items';
import { LeftOutRows, LeftOutWhy, isKeyFigureHeading, isNoteRow, isPartOfLineAbove, mayBeNote } from './not-lines';
import { isPageFooterRow, isPageNumber } from './page-headers';
import {
  COST_WORDS,
  FUNDING_WORDS,
  INCOME_WORDS,
  PAID_OUT_WORDS,
  RECEIVED_WORDS,
  RESULT_WORDS,
  SOLD_TO_WORDS,
  STATEMENT_TOTALS,
  TOTAL_WORDS,
} from './vocabulary';
import { serialYearMonth } from '../serial-date';
import { codeText } from './code-text';
import { yearOfPeriod } from './period-year';
import { signedByWord } from './deviation-words';

export type AmountKey = 'budget' | 'periodBudget' | 'outcome' | 'forecast' | 'deviation' | 'forecastDeviation' | 'priorYear';
export const AMOUNT_KEYS: readonly AmountKey[] = ['budget', 'periodBudget', 'outcome', 'forecast', 'deviation', 'forecastDeviation', 'priorYear'];

export type Amounts = Record<AmountKey, Money | null>;
export type RowKind = 'item' | 'total' | 'section';
export type RowType = 'income' | 'cost' | null;

/**
 * One meaningful row of a table: an item, a total (a control total, never added again) or a section header.
 * Its amounts are in öre, exactly; null where the cell has no value (not zero). One flat object per row.
 */
export interface TableRow extends Amounts {
  /** Zero-based sheet row. */
  row: number;
  /** The sheet the row stands on, where it is not the table's own (a joined line from the ledger's sheet). */
  sheet?: string;
  kind: RowKind;
  /** The row's name: the code and the name together (`3110 Medlemsavgifter`) where the table has both. */
  label: string;
  /** The account or other code, as text (`0210` stays `0210`); null where the table has none. */
  code: string | null;
  /** The goal area the row belongs to: its goal-area cell, the section it stands in, or its own label in a summary table. */
  goalArea: string | null;
  /** The section header above it (`Intäkter`, `Kostnader`, `Mål 2 …`). */
  section: string | null;
  /** The values of the table's dimension columns (verksamhet, ansvar …), in the order of `layout.dimensions`. */
  dimensions: (string | null)[];
  /** Income or cost as stated by a type column. */
  statedType: RowType;
  /** The month (1–12) of a period or date column (`202403`, `2024-03`, a date), for rows of a ledger; else null. */
  month: number | null;
  /** The year the same cell gives (`202403`, a date), where it gives one. */
  year?: number;
  /** A total that is a result (income minus costs), not a sum of one kind. */
  result: boolean;
  /**
   * What the row's own words say it is (account class, type column, label, section), worked out once on first
   * use (convention.ts `knownType`); undefined until then. A copy of the row with another section must reset it.
   */
  known?: RowType;
  /** The budget or outcome cell holds something that is not an amount (reported): the deviation is unknown. */
  unreadable: boolean;
}

// Letters only: JavaScript's \b ends a word inside `å`.
const TOTAL_START = new RegExp(
  `^(${[...TOTAL_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}])|^netto\\p{L}+(\\s|$)`,
  'u',
);
const STATEMENT_START = new RegExp(`^(${STATEMENT_TOTALS.map(escape).join('|')})(?![\\p{L}])`, 'u');
const RESULT_START = new RegExp(`^(${RESULT_WORDS.map(escape).join('|')})(?![\\p{L}])|^netto\\p{L}*`, 'u');

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A label without a leading note number or code (`3 Summa intäkter`, `Not 4`), as statements print them. */
function plainLabel(label: string): string {
  return normaliseLabel(label).replace(/^(not\s+)?\d+[a-z]?\s+(?=\p{L})/u, '');
}

// A pivot's subtotal names its group first: `Politisk verksamhet Summa`, `Green transition Total`.
const TOTAL_END = /\s(summa|total|totalt|totalsumma)$/iu;

const totalLabel = memoByText((label: string) => {
  const s = plainLabel(label);
  return TOTAL_START.test(s) || STATEMENT_START.test(s) || TOTAL_END.test(s);
});

/**
 * A range of codes and nothing else (`3000-3999`, `4000 – 7999`): what a report prints on the row that sums the
 * accounts in the range. No account is written so.
 */
const CODE_RANGE = /^\s*(\d{3,6})\s*[-–]\s*(\d{3,6})\s*$/;

/** `2024–2026`: a project's years, not a range of accounts (no class of accounts spans ten codes or fewer). */
function isYearSpan(from: number, to: number): boolean {
  return from >= 1990 && to <= 2099 && to >= from && to - from <= 10;
}

function isCodeRange(label: string): boolean {
  const m = CODE_RANGE.exec(label);
  return m !== null && !isYearSpan(Number(m[1]), Number(m[2]));
}

/** Whether a label is a total, a subtotal or a result (SPEC 1.4): `Summa`, `Totalt`, `Totalsumma`, `Verksamhetens nettokostnad`, `3000-3999` … */
export function isTotalLabel(label: string): boolean {
  return label !== '' && ((mayBeTotal(label) && totalLabel(label)) || isCodeRange(label));
}

/** How a total or statement subtotal can begin: its first three letters (`sum`, `tot`, `res`, `åre`, `ver` …). */
const TOTAL_INITIALS = new Set([...TOTAL_WORDS, ...STATEMENT_TOTALS, 'netto'].map((w) => w.slice(0, 3)));
/** The ASCII letters (lower case) a total or a note word can begin with: any other ASCII letter settles a label with no string made. */
const TOTAL_FIRST_ASCII = new Set([...TOTAL_INITIALS, 'not'].map((w) => w.charCodeAt(0)).filter((c) => c < 0x80));

/**
 * Whether a label's first letter (after a leading code or note number) can begin a total: most labels of a
 * long ledger are settled by this one look, without a regular expression or a memo.
 */
function mayBeTotal(label: string): boolean {
  let i = 0;
  while (i < label.length && (label.charCodeAt(i) <= 0x20 || (label.charCodeAt(i) >= 0x30 && label.charCodeAt(i) <= 0x39))) i++;
  if (i >= label.length) return false;
  // An ASCII letter not followed by a combining mark stays itself under NFC and lower-cases to itself | 0x20: a
  // label beginning with one no total begins with is settled with no string made.
  const c = label.charCodeAt(i);
  // `Σ`, `Σ Resultat`, `∑`: the summation sign before any word.
  if (c === 0x3a3 || c === 0x3c3 || c === 0x2211) return true;
  const plainStart = ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) && !(label.charCodeAt(i + 1) >= 0x300);
  if (!plainStart || TOTAL_FIRST_ASCII.has(c | 0x20)) {
    const start = label
      .slice(i, i + 6)
      .normalize('NFC')
      .toLocaleLowerCase('sv-SE')
      .slice(0, 3);
    // `Not 4 Summa …`: a note word before the total.
    if (TOTAL_INITIALS.has(start) || start === 'not') return true;
  }
  return endsInTotalWord(label);
}

/** `Politisk verksamhet Summa`, `Green transition Total`: a pivot's subtotal; its last letter settles most labels. */
function endsInTotalWord(label: string): boolean {
  let n = label.length;
  while (n > 0 && label.charCodeAt(n - 1) <= 0x20) n--;
  const last = label.charCodeAt(n - 1) | 0x20;
  if (last !== 0x61 && last !== 0x6c && last !== 0x74) return false;
  return TOTAL_END.test(label.slice(Math.max(0, n - 12), n));
}

/**
 * Statement lines that name one kind (`Verksamhetens intäkter`): a total of the items of that kind above them,
 * or, when there are none, a line of their own (a short statement with the detail in a note). Null for other labels.
 */
const loneStatementKind = memoByText((label: string): 'income' | 'cost' | null => {
  const m = /^verksamhetens (intäkter|kostnader)$/u.exec(plainLabel(label));
  return m ? (m[1] === 'intäkter' ? 'income' : 'cost') : null;
});

/** A label column headed by who pays in: `Finansiär`, `Medfinansiärer`, `Bidragsgivare`, `Funders`. */
const FUNDER_HEADER = /^(med)?finansiär(er)?$|^bidragsgivare$|^(co-)?(funders?|financiers?)$/u;

/** A total that is a result or a net figure: income minus costs (SPEC 1.4). */
export const isResultLabel = memoByText((label: string) => RESULT_START.test(plainLabel(label)));

const INCOME_START = new RegExp(
  `^(${[...INCOME_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`,
  'u',
);
const COST_START = new RegExp(
  `^(${[...COST_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`,
  'u',
);

/**
 * Stems of every income and cost word, tested on the label as written (case aside): a label with none of them
 * says nothing of its kind, which settles most labels of a long ledger without normalising them.
 */
const TYPE_STEMS = new RegExp(
  [
    ...new Set([
      ...INCOME_WORDS,
      ...COST_WORDS,
      ...FUNDING_WORDS,
      ...SOLD_TO_WORDS,
      'intäkt',
      'inkomst',
      'kostnad',
      'utgift',
      'avgift',
      'bidrag',
      'ersättning',
      'income',
      'revenue',
      'cost',
      'expense',
    ]),
  ]
    .sort((a, b) => a.length - b.length)
    .map(escape)
    .join('|'),
  'iu',
);

/** Income or cost when a label names it outright (`… intäkter`, `… kostnader`); null otherwise. */
export const explicitTypeFromText = memoByText((text: string): RowType => (TYPE_STEMS.test(text) ? explicitFromWords(text) : null));

function explicitFromWords(text: string): RowType {
  const s = plainLabel(text);
  if (/intäkt|inkomst|(^|\s)(income|revenue)/u.test(s)) return 'income';
  if (/kostnad|utgift|(^|\s)(costs?|expenses?)(\s|$)/u.test(s) && !/kostnadsersättning/u.test(s)) return 'cost';
  return null;
}

const wordsRe = (words: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}])(${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}])`,
    'u',
  );
const FUNDING = wordsRe(FUNDING_WORDS);
const PAID_OUT = wordsRe(PAID_OUT_WORDS);
const RECEIVED = wordsRe(RECEIVED_WORDS);
const SOLD_TO = wordsRe(SOLD_TO_WORDS);

/** Income or cost as a label or section header says it (SPEC 1.5 vocabulary); null when it does not say. */
export const typeFromText = memoByText((text: string): RowType => (TYPE_STEMS.test(text) ? typeFromWords(text) : null));

function typeFromWords(text: string): RowType {
  const s = plainLabel(text).replace(/^(\d[\d\s]*)\s+/, '');
  if (/^(intäkt|inkomst|income|revenue)/u.test(s)) return 'income';
  if (/^(kostnad|utgift|cost|expense)/u.test(s)) return 'cost';
  // `Bidrag till föreningar`, `Grants paid to partners`: funding paid out, whatever word it starts with.
  if (FUNDING.test(s) && PAID_OUT.test(s) && !RECEIVED.test(s)) return 'cost';
  // `Utbildning externa kunder`: what the body sells to customers, whatever the work is called.
  if (SOLD_TO.test(s)) return 'income';
  if (INCOME_START.test(s)) return 'income';
  if (COST_START.test(s)) return 'cost';
  // Compound words: `Uppdragsintäkter`, `Tillsynsavgifter`, `Verksamhetsbidrag` are income; `Lokalkostnader` a cost.
  if (/intäkt|inkomst/u.test(s)) return 'income';
  if (/kostnad|utgift/u.test(s) && !/kostnadsersättning/u.test(s)) return 'cost';
  // Fees the body pays (`Arbetsgivaravgifter`, `Sociala avgifter`, `Licensavgifter`, `Bankavgifter`): costs, not fees it charges.
  if (/(arbetsgivar|licens|bank|kort|kontoförings)avgift|sociala avgift/u.test(s)) return 'cost';
  if (/\p{L}(avgift|avgifter|bidrag)$/u.test(s) && !/(arbetsgivar|sociala|personal|lämnade)/u.test(s)) return 'income';
  if (FUNDING.test(s)) return 'income';
  return null;
}

/** A type column's cell: `Intäkt`, `Kostnad`, `I`, `K`, `Income`, `Cost`. */
const statedTypeOf = memoByText((text: string): RowType => {
  const s = normaliseLabel(text);
  if (/^(i|in|int|intäkt|intäkter|inkomst|income|revenue|r)$/u.test(s)) return 'income';
  if (/^(k|ko|kost|kostnad|kostnader|utgift|cost|costs|expense|e)$/u.test(s)) return 'cost';
  return typeFromText(text);
});

function textAt(cells: readonly CellValue[] | undefined, col: number | undefined): string {
  if (!cells || col === undefined) return '';
  const v = cells[col];
  return v === null || v === undefined ? '' : cellText(v).trim();
}

/** Where an amount is read from, for its error message. */
interface AmountColumn {
  key: AmountKey;
  col: number;
  /** Öre in one of the column's unit: its header's own unit, else the table's. */
  orePerUnit: number;
  header: string;
  /** The table's unit was read from cells that write it (`14 250 tkr`): a bare number there states no unit. */
  unitInCells?: boolean;
  /**
   * Where the column's number format shows its numbers scaled (`#,##0,` under `(tkr)`: kronor shown as tkr),
   * `orePerUnit` is for its numbers and this for its text, which no format scales: öre in one of the stated unit.
   */
  textOrePerUnit?: number;
  /** The column's formats, where each number cell's own must be checked: some show another scale, or the scale would put the cells below kronor. */
  check?: CheckedColumn;
  /** Whether the column writes commas grouping thousands somewhere (then `12,500` reads two ways). */
  commaGroups?: () => boolean;
}

interface CheckedColumn extends ShownScaled {
  sheet: SheetData;
}

/** A cell that holds something other than an amount: reported, and the row is read without it. */
const UNREADABLE = null;

type Report = (r: number, at: AmountColumn, reason: string, text: string, more?: MessageParams) => void;

/**
 * A number in a column whose cells are checked against their formats (format-units.ts): read in the column's
 * unit, or reported and UNREADABLE where its own format shows another scale than the column's, or where the
 * column's scale would put it below kronor. Zero shows the same at any scale.
 */
function checkedNumber(v: number, at: AmountColumn, check: CheckedColumn, r: number, report: Report): Money | null {
  if (v === 0) return 0;
  const problem = scaleProblem(check.sheet, r, at.col, v, check);
  if (problem) {
    report(r, at, problem.reason, String(v), problem.params);
    return UNREADABLE;
  }
  return moneyFromCell(v, at.orePerUnit);
}

/**
 * One amount cell in öre: undefined when the cell is empty, UNREADABLE (null) when it holds something else.
 * A plain number, by far the most common cell, takes no detour through text or Decimal.
 */
function amountAt(cells: readonly CellValue[], at: AmountColumn | undefined, r: number, report: Report): Money | null | undefined {
  if (at === undefined) return undefined;
  const v = cells[at.col];
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' && Number.isFinite(v) && !at.unitInCells)
    return at.check ? checkedNumber(v, at, at.check, r, report) : moneyFromCell(v, at.orePerUnit);
  // A unit written in the cell (`14 250 tkr`) is that cell's, whatever the column's.
  const { parsed, unit } = parseAmountCell(v);
  if (parsed.kind === 'empty') return undefined;
  if (parsed.kind === 'number' && unit) return moneyFromOre(parsed.value.times(ORE_PER_UNIT[unit]));
  // Among cells that write their unit, with none in header or title, a bare number could be kronor or tkr: unread.
  if (parsed.kind === 'number' && at.unitInCells) {
    report(r, at, 'no-unit', typeof v === 'number' ? String(v) : String(v).trim());
    return UNREADABLE;
  }
  // `12,500` is 12,50 or 12 500 in a column that also writes `1,234.50`: it cannot be read.
  if (parsed.kind === 'number' && typeof v === 'string' && commaReadsTwoWays(v) && at.commaGroups?.()) {
    report(r, at, 'ambiguous-comma', v.trim());
    return UNREADABLE;
  }
  if (parsed.kind === 'number') return moneyFromOre(parsed.value.times(at.textOrePerUnit ?? at.orePerUnit));
  report(r, at, parsed.reason, parsed.text);
  return UNREADABLE;
}

/**
 * Whether a column writes commas to group thousands in any of its text amounts (`1,234.50`, `1,234,567`), as an
 * English locale does: worked out on first need only (a cell such as `12,500` in it), then kept.
 */
function commaGroupsIn(sheet: SheetData, col: number, firstRow: number, lastRow: number): () => boolean {
  let known: boolean | undefined;
  return () => {
    if (known !== undefined) return known;
    known = false;
    for (let r = firstRow; r <= lastRow && !known; r++) {
      const v = sheet.values[r]?.[col];
      if (typeof v === 'string' && writesCommaGroups(v)) known = true;
    }
    return known;
  };
}

/** The sum of month columns `from`..`to` (1-based) of a row: undefined when all are empty, null when one is unreadable. */
function monthSum(cells: readonly CellValue[], cols: readonly AmountColumn[], to: number, r: number, report: Report): Money | null | undefined {
  let total: Money | undefined;
  let unreadable = false;
  for (let m = 0; m < to && m < cols.length; m++) {
    const v = amountAt(cells, cols[m], r, report);
    if (v === UNREADABLE) unreadable = true;
    else if (v !== undefined) total = total === undefined ? v : add(total, v);
  }
  return unreadable ? UNREADABLE : total;
}

/**
 * A ledger row's outcome from its `Debet` and `Kredit` cells: debit − credit. An empty side is nothing booked on
 * that side (a ledger writes one of the two); both empty is no outcome, and an unreadable side makes it unknown.
 */
function debitMinusCredit(debit: Money | null | undefined, credit: Money | null | undefined): Money | null | undefined {
  if (debit === UNREADABLE || credit === UNREADABLE) return UNREADABLE;
  if (debit === undefined) return credit === undefined ? undefined : negate(credit);
  return credit === undefined ? debit : subtract(debit, credit);
}

/** `D`, `Debet`, `Dr` is +1; `K`, `Kredit`, `C`, `Cr` is −1; anything else (an empty cell too) is not known. */
function entrySide(v: CellValue | undefined): 1 | -1 | null {
  const t = typeof v === 'string' ? v.trim().toLocaleLowerCase('sv-SE').replace(/\.$/, '') : '';
  if (t === 'd' || t === 'debet' || t === 'debit' || t === 'dr' || t === '+') return 1;
  if (t === 'k' || t === 'kredit' || t === 'c' || t === 'credit' || t === 'cr' || t === '-' || t === '−') return -1;
  return null;
}

/**
 * Whether a D/K column beside an outcome gives its amounts their sign: only where none of them has one. A ledger
 * that writes `−2 000 | K` has signed it already, and the column only repeats it.
 */
function unsignedBeside(sheet: SheetData, table: TableLayout, col: number): boolean {
  if (table.columns.entrySide === undefined) return false;
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const v = sheet.values[r]?.[col];
    if (typeof v === 'number' && v < 0) return false;
    if (typeof v === 'string' && /^\s*[-−(]/.test(v)) return false;
  }
  return true;
}

/** The dimensions of a row in a table without dimension columns: one shared, frozen empty list, not one per row. */
const NO_DIMENSIONS = Object.freeze([]) as unknown as (string | null)[];

/**
 * A row as readRows makes it. A ledger's million rows each had 21 fields, most of them null on most rows (a
 * period budget, a printed deviation, a prior year, a month, dimensions, a type column): copying them is most of
 * what the garbage collector did. Here the fields nearly every row fills are its own; the others are its own only
 * where they differ from their default, which the prototype holds (null, false, no dimensions). Every reader sees
 * the same values either way; only a spread (`{ ...row }`) would lose the defaults, so a copy goes through plainRow.
 */
class ReadRow implements TableRow {
  declare sheet?: string;
  declare periodBudget: Money | null;
  declare deviation: Money | null;
  declare forecastDeviation: Money | null;
  declare priorYear: Money | null;
  declare dimensions: (string | null)[];
  declare statedType: RowType;
  declare month: number | null;
  declare year?: number;
  declare result: boolean;
  declare unreadable: boolean;
  known: RowType | undefined = undefined;

  constructor(
    public row: number,
    public kind: RowKind,
    public label: string,
    public code: string | null,
    public goalArea: string | null,
    public section: string | null,
    public budget: Money | null,
    public outcome: Money | null,
    public forecast: Money | null,
  ) {}
}

const ROW_DEFAULTS: Pick<
  TableRow,
  'periodBudget' | 'deviation' | 'forecastDeviation' | 'priorYear' | 'dimensions' | 'statedType' | 'month' | 'result' | 'unreadable'
> = {
  periodBudget: null,
  deviation: null,
  forecastDeviation: null,
  priorYear: null,
  dimensions: NO_DIMENSIONS,
  statedType: null,
  month: null,
  result: false,
  unreadable: false,
};
Object.assign(ReadRow.prototype, ROW_DEFAULTS);

/**
 * A row as a plain object with every field its own: what a copy with some fields changed is made from
 * (`{ ...plainRow(r), section }`), since a spread of a row from readRows would not copy the fields it leaves to
 * its defaults.
 */
export function plainRow(r: TableRow): TableRow {
  const plain: TableRow = {
    row: r.row,
    kind: r.kind,
    label: r.label,
    code: r.code,
    goalArea: r.goalArea,
    section: r.section,
    dimensions: r.dimensions,
    statedType: r.statedType,
    month: r.month,
    ...(r.year !== undefined ? { year: r.year } : {}),
    result: r.result,
    known: r.known,
    budget: r.budget,
    periodBudget: r.periodBudget,
    outcome: r.outcome,
    forecast: r.forecast,
    deviation: r.deviation,
    forecastDeviation: r.forecastDeviation,
    priorYear: r.priorYear,
    unreadable: r.unreadable,
  };
  if (r.sheet !== undefined) plain.sheet = r.sheet;
  return plain;
}

/** The code of a code cell as text: numbers without `.0`, text as written (`0210` keeps its zero). */
/**
 * Read a table's rows: amounts exactly in öre, each row told apart as item, total or section header.
 * Blank rows and note-only rows are skipped; an unreadable amount is reported and read as no value.
 * One pass: a label without amounts waits to see whether an item follows (then it heads a section).
 * Rows left out as none of the lines (key figures, `varav` rows, notes with text in the amount columns) are
 * told in `leftOut`, one entry per kind, for the reading report.
 */
export function readRows(sheet: SheetData, table: TableLayout, issues: InputIssue[], leftOut?: LeftOutRows[]): TableRow[] {
  const column = (key: AmountKey, col: number | undefined, header?: string): AmountColumn | undefined => {
    if (col === undefined || col < 0) return undefined;
    const stated: Unit = table.columnUnits[key] ?? table.unit;
    const at: AmountColumn = {
      key,
      col,
      orePerUnit: ORE_PER_UNIT[stated],
      header: header ?? table.headers[key] ?? key,
      commaGroups: commaGroupsIn(sheet, col, table.firstRow, table.lastRow),
      ...(table.unitSource === 'cells' ? { unitInCells: true } : {}),
    };
    const shown = table.shownScaled?.[col];
    if (!shown) return at;
    // Numbers in the unit their format shows them scaled from; text as it is written, in the stated unit.
    at.textOrePerUnit = ORE_PER_UNIT[shown.stated];
    if (shown.stored) at.orePerUnit = ORE_PER_UNIT[shown.stored];
    if (shown.mixed || shown.stored === null) at.check = { ...shown, sheet };
    return at;
  };
  const [budgetAt, periodBudgetAt, outcomeAt, forecastAt, deviationAt, forecastDeviationAt, priorYearAt] = AMOUNT_KEYS.map((k) => column(k, table.columns[k]));
  const monthColumns = (key: 'budget' | 'outcome' | 'forecast', cols: MonthColumns | undefined) =>
    cols ? cols.map((c, m) => column(key, c, `${table.headers[key] ?? key} ${m + 1}`) ?? ({ key, col: -1, orePerUnit: 0, header: '' } as AmountColumn)) : null;
  const creditAt = column('outcome', table.creditCol, table.headers.outcome ?? 'outcome');
  // `Belopp | D/K`: the side each amount is booked on gives its sign, where the amounts are written without one.
  const sideCol = outcomeAt && !creditAt && unsignedBeside(sheet, table, outcomeAt.col) ? table.columns.entrySide : undefined;
  const budgetMonths = monthColumns('budget', table.months.budget);
  const outcomeMonths = monthColumns('outcome', table.months.outcome);
  const forecastMonths = monthColumns('forecast', table.months.forecast);
  const through = table.through ?? 12;
  // Where a row's amount errors go: the issues, or held back while a note's cells are read (it may be no line).
  let sink = issues;
  const heldBack: InputIssue[] = [];
  const report: Report = (r, at, reason, text, more) =>
    sink.push({ key: amountIssueKey(reason, text), sheet: sheet.name, cell: addressIn(table, r, at.col), params: { text, column: at.header, ...more } });
  const reportOnce: Report = (() => {
    // Month columns are read twice (the year so far and the whole year); report each cell once.
    const seen = new Set<string>();
    return (r, at, reason, text, more) => {
      const k = `${r}:${at.col}`;
      if (seen.has(k)) return;
      seen.add(k);
      report(r, at, reason, text, more);
    };
  })();
  const goalCol = table.labelRole === 'line' ? table.columns.goalArea : undefined;
  const periodCol = table.columns.period ?? table.columns.date;
  const typeCol = table.columns.type;
  const dims = table.dimensions;
  const firstAmountCol = Math.min(
    ...[...Object.entries(table.columns)].filter(([k]) => (AMOUNT_KEYS as readonly string[]).includes(k)).map(([, c]) => c as number),
    ...Object.values(table.months).flatMap((cols) => (cols ?? []).filter((c) => c >= 0)),
  );
  // Label-ish columns: where a total's word may stand (`Summa` in the second column under account codes).
  const labelish: number[] = [];
  for (let c = table.firstCol; c < Math.min(firstAmountCol, table.lastCol + 1); c++) labelish.push(c);
  if (!labelish.includes(table.labelCol)) labelish.unshift(table.labelCol);
  // A ledger repeats a text down a column (its goal area over thousands of rows): each label column's last text,
  // and whether it is a total, are kept, so that a run of one text is classified once.
  const lastText: string[] = labelish.map(() => '');
  const lastTotal: boolean[] = labelish.map(() => false);

  // Sized once for every row of the range (none gives more than one row): a ledger's million rows pushed one by
  // one would copy the growing list over and over. Cut to the rows read at the end.
  const rows: TableRow[] = new Array(Math.max(0, table.lastRow - table.firstRow + 1));
  let count = 0;
  // A blank dimension cell repeats the one above, as pivots in tabular form and hand-kept lists write them.
  const lastDims: (string | null)[] = dims.map(() => null);
  const carried = (values: (string | null)[]) =>
    values.map((v, i) => {
      if (v !== null) lastDims[i] = v;
      return v ?? lastDims[i];
    });
  // Where the items since the last total begin, for statement lines that may stand alone.
  let sinceTotal = 0;
  // A table beside another, headed by its side (`INTÄKTER | Budget | Utfall`): its rows stand in that section.
  // So do the rows of a table whose names are headed by who pays in (`Finansiär | Budget | Utfall`): income.
  const labelHeader = table.reading.find((c) => c.col === table.labelCol)?.header ?? '';
  const sideHeader = table.beside ? explicitTypeFromText(labelHeader) !== null : FUNDER_HEADER.test(normaliseLabel(labelHeader));
  let section: string | null = labelHeader !== '' && sideHeader ? stripFootnote(labelHeader) : null;
  let lastGoalCell: string | null = null;
  let pendingHeader: { row: number; label: string } | null = null;
  // The account heading the block of a ledger printed per account, for the transactions under it (null: none).
  let blockCode: string | null = null;
  // The code cell of a row, in a code column of its own or the label column headed Konto.
  const codeAt = table.codeCol ?? table.columns.code;
  const ownCode = (cells: readonly CellValue[], r: number) => (codeAt === undefined ? '' : codeText(cells[codeAt], sheet.formats, r, codeAt));
  // The name of the block the row stands in, merged down over it (block-names.ts).
  let blockName = '';
  // Under a `Nyckeltal` heading after the lines: counts and ratios in the amount columns, no lines of the budget.
  let keyFigures = false;
  let keyFigureHeading = '';
  // Rows left out as none of the lines, by why: said once per table in the reading report.
  const tallies = new Map<LeftOutWhy, LeftOutRows>();
  const leave = (why: LeftOutWhy, r: number, label: string) => {
    const cell = addressIn(table, r, table.labelCol);
    const tally = tallies.get(why);
    if (tally) {
      tally.count++;
      tally.lastCell = cell;
    } else tallies.set(why, { why, count: 1, cell, lastCell: cell, label });
  };
  const headerAgain = repeatedHeader(sheet, table, firstAmountCol);
  const pageCols = Object.entries(table.columns)
    .filter(([role, col]) => col !== undefined && isAmountRole(role as ColumnRole))
    .map(([, col]) => col!);
  const dashCols = [budgetAt, periodBudgetAt, outcomeAt, forecastAt, ...(budgetMonths ?? []), ...(outcomeMonths ?? [])]
    .filter((c): c is AmountColumn => c !== undefined && c.col >= 0)
    .map((c) => c.col);
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const cells = sheet.values[r];
    if (!cells) continue;
    if (keyFigures) {
      if (hasContent(cells, table.firstCol, table.lastCol)) leave('keyFigures', r, keyFigureHeading);
      continue;
    }
    if (headerAgain(cells)) {
      // The page's title above a repeated header heads no section.
      pendingHeader = null;
      continue;
    }
    // `Utskriven 2026-01-15 … Sida 2 av 3`: a printout's page header, in an amount column; neither a line nor an error.
    if (pageCols.some((c) => typeof cells[c] === 'string' && isPageNumber(cells[c] as string))) continue;
    const name = textAt(cells, table.labelCol);
    let code = table.codeCol === undefined ? '' : codeText(cells[table.codeCol], sheet.formats, r, table.codeCol);
    let label = code && name ? `${code} ${name}` : name || code;
    // A page footer pasted with a printout (`Sida 14` under the amounts) is no line and no amount.
    if (label === '' && isPageFooterRow(cells)) continue;
    // `varav löner` under `Personalkostnader`: already in the line above. Told by its label before its cells are
    // read, so that a cell there that is no amount (`se not 4`) is no error of a line that is none.
    if (isPartOfLineAbove(name)) {
      leave('partOfAbove', r, name);
      continue;
    }
    // A note's label (`Kommentar: …`) is known before its cells are read: their errors are held back until the
    // row proves a line by an amount that reads.
    const note = label !== '' && mayBeNote(label);
    if (note) {
      heldBack.length = 0;
      sink = heldBack;
    }
    // Each amount read into its own variable and the row built in one go: no keyed writes on a hot path.
    let budget = amountAt(cells, budgetAt, r, report);
    let periodBudget = amountAt(cells, periodBudgetAt, r, report);
    let outcome = amountAt(cells, outcomeAt, r, report);
    if (creditAt) outcome = debitMinusCredit(outcome, amountAt(cells, creditAt, r, report));
    if (sideCol !== undefined && outcome !== undefined && outcome !== UNREADABLE) {
      const side = entrySide(cells[sideCol]);
      if (side === null) {
        sink.push({
          key: 'amount.entrySideUnknown',
          sheet: sheet.name,
          cell: addressIn(table, r, sideCol),
          params: { text: cellText(cells[sideCol] ?? null).trim() },
        });
        outcome = UNREADABLE;
      } else if (side < 0) outcome = negate(outcome);
    }
    let forecast = amountAt(cells, forecastAt, r, report);
    if (budgetMonths) {
      if (budget === undefined) budget = monthSum(cells, budgetMonths, 12, r, reportOnce);
      if (periodBudget === undefined && table.through !== null) periodBudget = monthSum(cells, budgetMonths, through, r, reportOnce);
    }
    if (outcomeMonths && outcome === undefined) {
      outcome = monthSum(cells, outcomeMonths, through, r, reportOnce);
      // A month empty in every row before one with figures: this row's year so far is unknown (said once, at the month).
      if (table.monthGap !== undefined && outcome !== undefined) outcome = UNREADABLE;
    }
    if (forecastMonths && forecast === undefined) forecast = monthSum(cells, forecastMonths, 12, r, reportOnce);
    let deviation = amountAt(cells, deviationAt, r, report);
    let forecastDeviation = amountAt(cells, forecastDeviationAt, r, report);
    // `375 | Underskott`: a size whose direction stands in words in the next column.
    if (deviation && deviationAt) deviation = signedByWord(deviation, cells[deviationAt.col + 1]);
    if (forecastDeviation && forecastDeviationAt) forecastDeviation = signedByWord(forecastDeviation, cells[forecastDeviationAt.col + 1]);
    const priorYear = amountAt(cells, priorYearAt, r, report);
    if (note) {
      sink = issues;
      // Words in its amount cells (`se not 4`, `n/a`) leave it a note; an error value or a number that reads two
      // ways is a line's (a formula broke, a figure was typed), and reported as one.
      if (!anyValue(budget, periodBudget, outcome, forecast, deviation, forecastDeviation, priorYear) && heldBack.every((i) => i.key === 'amount.notANumber')) {
        // Said in the reading report where its amount columns held text; a note of prose alone is plainly none.
        if (heldBack.length) leave('note', r, label);
        pendingHeader = null;
        continue;
      }
      for (let i = 0; i < heldBack.length; i++) issues.push(heldBack[i]);
    }
    const hasAmountCell =
      budget !== undefined ||
      periodBudget !== undefined ||
      outcome !== undefined ||
      forecast !== undefined ||
      deviation !== undefined ||
      forecastDeviation !== undefined ||
      priorYear !== undefined;
    // A total's word may stand in any label column (`Summa` under the codes, the label in the second column).
    // Indexed loops here and below: an iterator would make objects per row until the loop is optimised.
    let totalText = '';
    for (let k = 0; k < labelish.length; k++) {
      const t = textAt(cells, labelish[k]);
      if (t === '') continue;
      let total = lastTotal[k];
      if (t !== lastText[k]) {
        total = isTotalLabel(t);
        lastText[k] = t;
        lastTotal[k] = total;
      }
      if (total) {
        totalText = t;
        break;
      }
    }
    // A block named as a total (`Totalt förbundet` merged over `Intäkter | Kostnader | Netto`) holds totals, each
    // named by its own word: `Intäkter` there adds up every block's income.
    if (table.blockCol !== undefined) {
      const b = textAt(cells, table.blockCol);
      if (b !== '') blockName = b;
      if (name !== '' && isTotalLabel(blockName)) totalText = name;
    }
    // `3000–3999 | Verksamhetens intäkter`: a line kept per range of accounts, named; a range alone sums the accounts above it.
    // Named as a statement subtotal (`Verksamhetens intäkter`), it is read as that name is.
    if (totalText !== '' && name !== '' && name !== totalText && isCodeRange(totalText)) totalText = isTotalLabel(name) ? name : '';
    if (label === '') {
      for (let k = 0; k < labelish.length; k++) {
        const t = textAt(cells, labelish[k]);
        if (t !== '' && /\p{L}/u.test(t)) {
          label = t;
          break;
        }
      }
    }
    const goalCell = textAt(cells, goalCol);
    if (label === '' && !hasAmountCell && goalCell === '') continue;
    // A dash in an amount cell says "no value here" of a line (`6110 Kontorsmaterial | - | -`): a heading has none.
    if (!hasAmountCell && (label === '' || !dashed(cells, dashCols))) {
      if (label !== '' && count > 0 && isKeyFigureHeading(label)) {
        keyFigures = true;
        keyFigureHeading = label;
      }
      // A note between the rows (`Obs! …`, a sentence) heads nothing.
      pendingHeader = label === '' || isNoteRow(label) ? null : { row: r, label };
      // `4010 | Inköp material` over its transactions, as a huvudbok prints each account's block.
      if (periodCol !== undefined) blockCode = ownCode(cells, r) || null;
      continue;
    }
    // A statement subtotal (`Verksamhetens intäkter`) with nothing above it to add up is a line of its own, as
    // short statements print it with a note reference.
    const lone = totalText !== '' && loneStatementKind(totalText);
    // A lone statement line stands alone when no item of its kind (and none of unknown kind) stands above it since the last total.
    const alone =
      lone !== null &&
      lone !== false &&
      rows
        .slice(sinceTotal, count)
        .every(
          (r) =>
            r.kind !== 'item' ||
            ((sectionType(r.section) ?? typeFromText(r.label) ?? lone) !== lone && (sectionType(r.section) ?? typeFromText(r.label)) !== null),
        );
    // `Finansnetto` with no financial line since the last total is the one financial line of a short statement.
    const netAlone =
      totalText !== '' && isFinancialNetLine(totalText) && !rows.slice(sinceTotal, count).some((r) => r.kind === 'item' && isFinancialItem(r.label, r.section));
    const kind: RowKind = totalText !== '' && !alone && !netAlone ? 'total' : 'item';
    // A transaction with no account of its own stands in the block of the account above it, until its Summa.
    if (kind === 'item' && blockCode !== null && ownCode(cells, r) === '') code = blockCode;
    if (kind === 'total') blockCode = null;
    if (kind === 'total') sinceTotal = count + 1;
    if (kind === 'total' && !isTotalLabel(label)) label = totalText;
    // A label without amounts heads a section when an item row follows it directly; otherwise it is a note.
    if (pendingHeader && kind === 'item' && !isTotalLabel(pendingHeader.label)) {
      section = stripFootnote(pendingHeader.label);
      rows[count++] = new ReadRow(pendingHeader.row, 'section', pendingHeader.label, null, null, section, null, null, null);
    }
    pendingHeader = null;
    // `Summa kostnader` closes the section `Kostnader`: rows after it stand outside it.
    const closesSection = kind === 'total' && section !== null && normaliseLabel(label).includes(normaliseLabel(section));
    let goalArea: string | null;
    if (table.labelRole === 'goalArea') goalArea = kind === 'item' ? stripFootnote(label) : null;
    else if (goalCol !== undefined) {
      // A blank goal-area cell repeats the one above, as in a sheet where only the first row of a group is filled in.
      if (goalCell !== '') lastGoalCell = goalCell;
      goalArea = kind === 'item' ? lastGoalCell : null;
    } else goalArea = kind === 'item' ? section : null;
    const row = new ReadRow(r, kind, label, code === '' ? null : code, goalArea, section, budget ?? null, outcome ?? null, forecast ?? null);
    // The rest only where they differ from the row's defaults (ReadRow).
    if (periodBudget !== undefined && periodBudget !== null) row.periodBudget = periodBudget;
    if (deviation !== undefined && deviation !== null) row.deviation = deviation;
    if (forecastDeviation !== undefined && forecastDeviation !== null) row.forecastDeviation = forecastDeviation;
    if (priorYear !== undefined && priorYear !== null) row.priorYear = priorYear;
    if (dims.length) row.dimensions = carried(dims.map((d) => dimensionValue(cells, d, codeText(cells[d.col], sheet.formats, r, d.col))));
    if (typeCol !== undefined) {
      const typeText = textAt(cells, typeCol);
      if (typeText !== '') row.statedType = statedTypeOf(typeText);
    }
    if (periodCol !== undefined) {
      const period = cells[periodCol] ?? null;
      row.month = monthOfPeriod(period);
      const year = yearOfPeriod(period);
      if (year !== null) row.year = year;
      // `04/08/2025`: 4 August or 8 April. The row's amount is known, its month is not: the line it goes into has
      // no figure for the year so far, and the cell is named.
      if (row.month === null && typeof period === 'string' && TWO_WAY_DATE.test(period.trim())) {
        row.unreadable = true;
        issues.push({ key: 'period.dateTwoWays', sheet: sheet.name, cell: addressIn(table, r, periodCol), params: { text: period.trim() } });
      }
    }
    if (kind === 'total' && isResultLabel(label)) row.result = true;
    if (budget === UNREADABLE || outcome === UNREADABLE || periodBudget === UNREADABLE) row.unreadable = true;
    rows[count++] = row;
    if (closesSection) section = null;
  }
  rows.length = count;
  unlabelledSums(rows, sheet, table);
  if (leftOut) for (const tally of tallies.values()) leftOut.push(tally);
  return rows;
}

/** Whether a row holds anything in the table's columns: a key figure counted as left out has something in it. */
function hasContent(cells: readonly CellValue[], firstCol: number, lastCol: number): boolean {
  for (let c = firstCol; c <= lastCol; c++) {
    const v = cells[c];
    if (v !== null && v !== undefined && v !== '') return true;
  }
  return false;
}

/** Whether any of a row's amounts reads as one (not empty, not unreadable). */
function anyValue(...amounts: (Money | null | undefined)[]): boolean {
  for (const m of amounts) if (m !== undefined && m !== null) return true;
  return false;
}

/** Whether one of the amount cells holds a dash alone (`-`, `–`, `—`, `−`): a value written as none. */
function dashed(cells: readonly CellValue[], cols: readonly number[]): boolean {
  for (const c of cols) {
    const v = cells[c];
    if (typeof v === 'string' && /^\s*[-–—−]\s*$/.test(v)) return true;
  }
  return false;
}

/**
 * A printed report pasted back as values repeats its header row at the top of every page: a row whose every cell
 * with text is the header's own text in that column (the first amount column among them, no number anywhere) is
 * the header again, neither a line nor amounts that cannot be read. Tested first on the first amount column's
 * cell, so a ledger's rows cost one look.
 */
function repeatedHeader(sheet: SheetData, table: TableLayout, firstAmountCol: number): (cells: readonly CellValue[]) => boolean {
  const heads = table.headerRows.map((h) =>
    (sheet.values[h] ?? []).map((v) => (typeof v === 'string' ? normaliseLabel(v) : v === null || v === undefined ? '' : String(v))),
  );
  if (!Number.isFinite(firstAmountCol)) return () => false;
  return (cells) => {
    const guard = cells[firstAmountCol];
    if (typeof guard !== 'string') return false;
    const g = normaliseLabel(guard);
    return heads.some((head) => {
      if (g === '' || head[firstAmountCol] !== g) return false;
      let texts = 0;
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || v === undefined || v === '') continue;
        if (typeof v !== 'string' || normaliseLabel(v) !== (head[c] ?? '')) return false;
        texts++;
      }
      return texts >= 2;
    });
  };
}

/**
 * Unit4 Business World's export ends with its sum line: amounts and not a word, not a code, not a dimension. A
 * row like that whose every amount is, to the öre, the sum of the items since the previous total (or of all
 * items, at least two) is a total, never one more line. So is one where at least two of its amounts (the
 * reported deviation among them) and more than half foot: a bold SUMMA row whose other formula kept a stale
 * result (calculation left on manual) is the total it was meant to be, and the checks name the cell that does
 * not foot. Anything short of that stays an item.
 */
function unlabelledSums(rows: TableRow[], sheet: SheetData, table: TableLayout): void {
  let since = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'total') since = i + 1;
    if (row.kind !== 'item' || row.label !== '' || row.code !== null) continue;
    const cells = sheet.values[row.row] ?? [];
    if (
      table.dimensions.some(
        (d) => cellText(cells[d.col] ?? null).trim() !== '' || (d.nameCol !== undefined && cellText(cells[d.nameCol] ?? null).trim() !== ''),
      )
    )
      continue;
    const keys = (['budget', 'periodBudget', 'outcome', 'forecast'] as const).filter((k) => row[k] !== null && row[k] !== undefined);
    if (keys.length === 0) continue;
    const all = [...keys, ...(row.deviation !== null && row.deviation !== undefined ? (['deviation'] as const) : [])];
    const foots = (items: TableRow[], k: (typeof all)[number]) =>
      isZero(
        subtract(
          items.reduce<Money>((s, x) => (x[k] === null || x[k] === undefined ? s : add(s, x[k]!)), 0),
          row[k]!,
        ),
      );
    const sumsTo = (items: TableRow[]) => {
      if (items.length < 2) return false;
      if (keys.every((k) => foots(items, k))) return true;
      const n = all.filter((k) => foots(items, k)).length;
      return n >= 2 && n * 2 > all.length;
    };
    const items = (from: number) => rows.slice(from, i).filter((x) => x.kind === 'item');
    if (sumsTo(items(since)) || sumsTo(items(0))) {
      (row as ReadRow).kind = 'total';
      since = i + 1;
    }
  }
}

const isZero = (m: Money): boolean => (typeof m === 'number' ? m === 0 : m.isZero());

/** A date of day, month and year with slashes (`04/08/2025`), whose day and month may be either way round. */
const TWO_WAY_DATE = /^\d{1,2}\/\d{1,2}\/(?:19|20)\d\d$/;

/**
 * The month of a period or date cell as ledgers write it: `202403`, `2403` (YYMM), `2024-03`, `mars 2024`, a date
 * serial or ISO date; null for anything else.
 */
export function monthOfPeriod(v: CellValue): number | null {
  if (v === null) return null;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 190001 && v <= 210012 && v % 100 >= 1 && v % 100 <= 12) return v % 100;
    if (Number.isInteger(v) && v >= 1 && v <= 12) return v;
    // A date serial between 1990 and 2060.
    if (v >= 32874 && v <= 58806) return serialYearMonth(v) % 100;
    if (Number.isInteger(v) && v >= 1 && v <= 9912 && v % 100 >= 1 && v % 100 <= 12) return v % 100;
    return null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(?:19|20)\d\d[-/.]?(\d\d)(?:[-/.]\d\d)?$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  m = /^\d\d(\d\d)$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  if (/^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 12) return Number(s);
  // `14.07.2025`: day first with dots, as every Swedish and European system writes it.
  m = /^(\d{1,2})\.(\d{1,2})\.(?:19|20)\d\d$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Number(m[2]) : null;
  // `23/08/2025` or `08/23/2025` read one way only when one part is no month; `04/08/2025` is either, so no month.
  m = /^(\d{1,2})\/(\d{1,2})\/(?:19|20)\d\d$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) return b;
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) return a;
    return null;
  }
  const month = monthHeader(s);
  return month ? month.month : null;
}

/** A dimension's value: its code and name together (`110 Administration`), or whichever is there. */
function dimensionValue(cells: readonly CellValue[], d: TableLayout['dimensions'][number], code: string): string | null {
  const name = d.nameCol === undefined ? '' : textAt(cells, d.nameCol);
  const value = code && name ? `${code} ${name}` : code || name;
  return value === '' ? null : value;
}

/**
 * The items of a list of rows, in order, in a list sized once: a filter would grow its result row by row, which
 * on a ledger's million rows costs more than the test.
 */
export function itemsOf(rows: readonly TableRow[]): TableRow[] {
  let n = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].kind === 'item') n++;
  const items: TableRow[] = new Array(n);
  let j = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].kind === 'item') items[j++] = rows[i];
  return items;
}

export function sectionType(section: string | null): RowType {
  return section === null ? null : typeFromText(section);
}
