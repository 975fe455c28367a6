import { Money, add as addMoney, negate, subtract } from '../money';
import { AMOUNT_KEYS, AmountKey, TableRow } from './rows';
import { Convention, rowType } from './convention';
import { memoByText } from '../memo';
import { normaliseLabel } from './text';
import { withinRounding } from '../tolerance';
import { TOTAL_WORDS } from './vocabulary';

export type CoverageReading = 'items-since-previous-total' | 'totals-above' | 'shared-qualifier' | 'all-items' | 'rows-below';

/**
 * How a total adds up what it covers: a plain sum, or (in a table where income and costs are both positive)
 * income minus costs (a result) or costs minus income (a net cost).
 */
export type CoverageSum = 'sum' | 'income-minus-cost' | 'cost-minus-income';

/** What one total row covers, and whether its printed figures agree with the covered rows. */
export interface TotalCoverage {
  total: TableRow;
  covered: TableRow[];
  reading: CoverageReading | null;
  sum: CoverageSum;
  agrees: boolean;
}

// `netto\p{L}*` first: the word `netto` alone would match the start of `Nettokostnad projekt` and leave `kostnad projekt`.
const TOTAL_START = new RegExp(`^(netto\\p{L}*|${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})\\s*`, 'u');

/** The words of a total label after its total word: `Summa kostnader` → `kostnader`, `Nettokostnad projekt` → `projekt`. */
function qualifier(label: string): string {
  return normaliseLabel(label).replace(/^(not\s+)?\d+\s+/, '').replace(TOTAL_START, '').replace(/[:,]/g, '').trim();
}

const normalised = memoByText(normaliseLabel);

/** Income or cost of each covered row; a total takes its own covered rows' type when they agree. */
type TypeOf = (row: TableRow) => 'income' | 'cost' | 'net';

/** Whether rows count with more than one type: stops at the first that differs, and makes no list or set of a ledger's rows. */
function mixedTypes(rows: readonly TableRow[], typeOf: TypeOf): boolean {
  if (rows.length === 0) return false;
  const first = typeOf(rows[0]);
  for (let i = 1; i < rows.length; i++) if (typeOf(rows[i]) !== first) return true;
  return false;
}

/** The sum of a column over rows and how many rows had a value; null when none had. */
export function columnSum(rows: readonly TableRow[], key: AmountKey, sum: CoverageSum = 'sum', typeOf?: TypeOf): { value: Money; count: number } | null {
  let value: Money | null = null;
  let count = 0;
  for (const r of rows) {
    let v = r[key];
    if (v === null) continue;
    if (sum !== 'sum' && typeOf) {
      const type = typeOf(r);
      // income − cost: costs subtracted; cost − income: income subtracted. A net row is already income − cost.
      if (sum === 'income-minus-cost' ? type === 'cost' : type !== 'cost') v = negate(v);
    }
    value = value === null ? v : addMoney(value, v);
    count++;
  }
  return value === null ? null : { value, count };
}

/** The covered sum a coverage stands for, column by column: what a control total is checked against. */
export function coveredSum(c: TotalCoverage, key: AmountKey, typeOf: TypeOf): { value: Money; count: number } | null {
  return columnSum(c.covered, key, c.sum, typeOf);
}

/** Whether every printed figure of the total equals the covered rows' sum within rounding. */
function agreesWith(total: TableRow, covered: readonly TableRow[], stepOre: Money, sum: CoverageSum, typeOf: TypeOf): boolean {
  let compared = 0;
  for (const key of AMOUNT_KEYS) {
    if (key === 'deviation' || key === 'forecastDeviation') continue;
    const printed = total[key];
    if (printed === null) continue;
    const s = columnSum(covered, key, sum, typeOf);
    if (!s) return false;
    compared++;
    if (!withinRounding(subtract(printed, s.value), s.count, stepOre)) return false;
  }
  if (compared === 0) {
    // A total that prints only deviations is checked on them.
    for (const key of ['deviation', 'forecastDeviation'] as const) {
      const printed = total[key];
      if (printed === null) continue;
      const s = columnSum(covered, key);
      if (!s || !withinRounding(subtract(printed, s.value), s.count, stepOre)) return false;
      compared++;
    }
  }
  return compared > 0;
}

/**
 * The type a row counts with in a table: its own for an item, its covered rows' for a total (net when
 * they mix income and costs).
 */
export function coverageTypes(convention: Convention): { typeOf: TypeOf; record: (c: TotalCoverage) => void } {
  const totals = new Map<TableRow, 'income' | 'cost' | 'net'>();
  const typeOf: TypeOf = (row) => (row.kind === 'total' ? (totals.get(row) ?? 'net') : rowType(row, convention));
  return {
    typeOf,
    record: (c) => {
      totals.set(c.total, c.sum !== 'sum' || c.covered.length === 0 || mixedTypes(c.covered, typeOf) ? 'net' : typeOf(c.covered[0]));
    },
  };
}

/**
 * Read what each total covers the way an economist does (SPEC 1.4): the items since the previous total;
 * the totals above it not yet covered; the items sharing its qualifier; or every item. In an unsigned table a
 * total of income and costs may be a result (income − costs) or a net cost (costs − income); each reading is
 * tried as a plain sum first. The first that agrees within rounding is taken; when none does, the first
 * non-empty one is, and the difference shows. A ledger whose totals follow their items never looks further.
 */
export function coverTotals(rows: readonly TableRow[], stepOre: Money, convention: Convention = 'signed', leading: ReadonlyMap<TableRow, TableRow[]> = new Map()): TotalCoverage[] {
  const result: TotalCoverage[] = [];
  const types = coverageTypes(convention);
  let open: TableRow[] = [];
  // Items are kept once; "since the previous total" is a tail of them, cut only when a total asks.
  const itemsSoFar: TableRow[] = [];
  let sinceTotal = 0;
  const sums: CoverageSum[] = convention === 'unsigned' ? ['sum', 'income-minus-cost', 'cost-minus-income'] : ['sum'];
  for (const row of rows) {
    if (row.kind === 'item') {
      itemsSoFar.push(row);
      continue;
    }
    if (row.kind !== 'total') continue;
    // A group header of a compact pivot covers the rows below it, found beforehand (outline.ts).
    const below = leading.get(row);
    if (below) {
      const coverage: TotalCoverage = { total: row, covered: below, reading: 'rows-below', sum: 'sum', agrees: agreesWith(row, below, stepOre, 'sum', types.typeOf) };
      result.push(coverage);
      types.record(coverage);
      open.push(row);
      continue;
    }
    const q = qualifier(row.label);
    const readings: [CoverageReading, () => TableRow[]][] = [
      ['items-since-previous-total', () => itemsSoFar.slice(sinceTotal)],
      ['totals-above', () => [...open]],
      ['shared-qualifier', () => (q ? itemsSoFar.filter((r) => normalised(r.label).includes(q) || (r.section !== null && normalised(r.section) === q)) : [])],
      ['all-items', () => [...itemsSoFar]],
    ];
    let first: [CoverageReading, TableRow[]] | null = null;
    let agreeing: [CoverageReading, TableRow[], CoverageSum] | null = null;
    for (const [reading, cover] of readings) {
      const covered = cover();
      if (covered.length === 0) continue;
      first ??= [reading, covered];
      const mixed = mixedTypes(covered, types.typeOf);
      for (const sum of mixed ? sums : ['sum' as const]) {
        if (agreesWith(row, covered, stepOre, sum, types.typeOf)) {
          agreeing = [reading, covered, sum];
          break;
        }
      }
      if (agreeing) break;
    }
    // A result row that agrees with nothing is checked as income − costs in an unsigned table (SPEC 1.4).
    const fallbackSum: CoverageSum = convention === 'unsigned' && row.result && first && mixedTypes(first[1], types.typeOf) ? 'income-minus-cost' : 'sum';
    const coverage: TotalCoverage = agreeing
      ? { total: row, covered: agreeing[1], reading: agreeing[0], sum: agreeing[2], agrees: true }
      : first
        ? { total: row, covered: first[1], reading: first[0], sum: fallbackSum, agrees: false }
        : { total: row, covered: [], reading: null, sum: 'sum', agrees: false };
    result.push(coverage);
    types.record(coverage);
    // Totals this one covers are closed; it stays open for a total further down.
    const closed = new Set(coverage.covered.filter((c) => c.kind === 'total'));
    open = open.filter((t) => !closed.has(t));
    open.push(row);
    sinceTotal = itemsSoFar.length;
  }
  return result;
}
