import { Money, MoneySums, add as addMoney, subtract } from '../money';
import { AMOUNT_KEYS, AmountKey, TableRow, itemsOf } from './rows';
import { Convention, rowType } from './convention';
import { memoByText } from '../memo';
import { normaliseLabel } from './text';
import { withinRounding } from '../tolerance';
import { TOTAL_WORDS } from './vocabulary';
import { isFinancialItem, isFinancialSubtotal } from './financial-items';

export type CoverageReading = 'financial-items' | 'items-since-previous-total' | 'totals-above' | 'shared-qualifier' | 'all-items' | 'rows-below';

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
  return normaliseLabel(label)
    .replace(/^(not\s+)?\d+\s+/, '')
    .replace(TOTAL_START, '')
    .replace(/[:,]/g, '')
    .trim();
}

const normalised = memoByText(normaliseLabel);

/** Income or cost of each covered row; a total takes its own covered rows' type when they agree. */
type TypeOf = (row: TableRow) => 'income' | 'cost' | 'net';

/** The sum of a column over rows and how many rows had a value; null when none had. */
export function columnSum(rows: readonly TableRow[], key: AmountKey, sum: CoverageSum = 'sum', typeOf?: TypeOf): { value: Money; count: number } | null {
  const by = sum === 'sum' ? undefined : typeOf;
  return new RowSums(rows, by).of(key, by ? sum : 'sum');
}

const KEY_INDEX = new Map(AMOUNT_KEYS.map((k, i) => [k, i]));
const INCOME = 0;
const COST = 1;
const NET = 2;

/**
 * Every amount column of a list of rows summed in one pass, kept apart by type (income, cost, net), so that each
 * way a total may add them up (a plain sum, income − costs, costs − income), and whether they mix types, is read
 * without another pass over a ledger's rows. Without `typeOf` every row counts as net (a plain sum only).
 */
export class RowSums {
  /** Per type and amount column (slot type × 7 + column, AMOUNT_KEYS order): the exact sum, null where no row of that type had a value. */
  private readonly sums = new MoneySums(3 * AMOUNT_KEYS.length);
  private readonly counts: number[] = AMOUNT_KEYS.map(() => 0);
  private firstType: 'income' | 'cost' | 'net' | null = null;
  /** Whether the rows count with more than one type. */
  mixed = false;
  rows = 0;

  constructor(
    rows: readonly TableRow[] = [],
    private readonly typeOf?: TypeOf,
  ) {
    for (let i = 0; i < rows.length; i++) this.add(rows[i]);
  }

  add(r: TableRow): void {
    const type = this.typeOf ? this.typeOf(r) : 'net';
    if (this.firstType === null) this.firstType = type;
    else if (type !== this.firstType) this.mixed = true;
    this.rows++;
    const s = (type === 'income' ? INCOME : type === 'cost' ? COST : NET) * AMOUNT_KEYS.length;
    // The columns one by one: a keyed loop over a row would be a slow lookup on a million rows.
    if (r.budget !== null) this.put(s, 0, r.budget);
    if (r.periodBudget !== null) this.put(s, 1, r.periodBudget);
    if (r.outcome !== null) this.put(s, 2, r.outcome);
    if (r.forecast !== null) this.put(s, 3, r.forecast);
    if (r.deviation !== null) this.put(s, 4, r.deviation);
    if (r.forecastDeviation !== null) this.put(s, 5, r.forecastDeviation);
    if (r.priorYear !== null) this.put(s, 6, r.priorYear);
  }

  private put(typeSlot: number, i: number, v: Money): void {
    this.sums.add(typeSlot + i, v);
    this.counts[i]++;
  }

  /** A column's sum as `sum` adds it up (costs or income negated), and how many rows had a value; null when none had. */
  of(key: AmountKey, sum: CoverageSum = 'sum'): { value: Money; count: number } | null {
    const i = KEY_INDEX.get(key)!;
    const count = this.counts[i];
    if (count === 0) return null;
    const n = AMOUNT_KEYS.length;
    const income = this.sums.get(INCOME * n + i) ?? 0;
    const cost = this.sums.get(COST * n + i) ?? 0;
    // A net row is already income − cost.
    const incomeSide = addMoney(income, this.sums.get(NET * n + i) ?? 0);
    const value = sum === 'sum' ? addMoney(incomeSide, cost) : sum === 'income-minus-cost' ? subtract(incomeSide, cost) : subtract(cost, incomeSide);
    return { value, count };
  }
}

/** The sums a coverage's covered rows were checked with, kept so the control-total check does not add them again. */
const coveredSums = new WeakMap<TotalCoverage, { convention: Convention; sums: RowSums }>();

/** The covered sum a coverage stands for, column by column: what a control total is checked against. */
export function coveredSum(c: TotalCoverage, key: AmountKey, typeOf: TypeOf, convention?: Convention): { value: Money; count: number } | null {
  const kept = coveredSums.get(c);
  const sums = kept && kept.convention === convention ? kept.sums : new RowSums(c.covered, typeOf);
  return sums.of(key, key === 'deviation' || key === 'forecastDeviation' ? 'sum' : c.sum);
}

/** Whether every printed figure of the total equals the covered rows' sum within rounding. */
function agreesWith(total: TableRow, covered: RowSums, stepOre: Money, sum: CoverageSum): boolean {
  let compared = 0;
  for (const key of AMOUNT_KEYS) {
    if (key === 'deviation' || key === 'forecastDeviation') continue;
    const printed = total[key];
    if (printed === null) continue;
    const s = covered.of(key, sum);
    if (!s) return false;
    compared++;
    if (!withinRounding(subtract(printed, s.value), s.count, stepOre)) return false;
  }
  if (compared === 0) {
    // A total that prints only deviations is checked on them.
    for (const key of ['deviation', 'forecastDeviation'] as const) {
      const printed = total[key];
      if (printed === null) continue;
      const s = covered.of(key);
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
      const kept = coveredSums.get(c);
      const mixed = kept && kept.convention === convention ? kept.sums.mixed : new RowSums(c.covered, typeOf).mixed;
      totals.set(c.total, c.sum !== 'sum' || c.covered.length === 0 || mixed ? 'net' : typeOf(c.covered[0]));
    },
  };
}

/**
 * Read what each total covers the way an economist does (SPEC 1.4): for a subtotal of the financial items, the
 * financial items since the previous total; the items since the previous total;
 * the totals above it not yet covered; the items sharing its qualifier; or every item. In an unsigned table a
 * total of income and costs may be a result (income − costs) or a net cost (costs − income); each reading is
 * tried as a plain sum first. The first that agrees within rounding is taken; when none does, the first
 * non-empty one is, and the difference shows. A ledger whose totals follow their items never looks further.
 */
export function coverTotals(
  rows: readonly TableRow[],
  stepOre: Money,
  convention: Convention = 'signed',
  leading: ReadonlyMap<TableRow, TableRow[]> = new Map(),
): TotalCoverage[] {
  const result: TotalCoverage[] = [];
  const types = coverageTypes(convention);
  let open: TableRow[] = [];
  // The items so far are the first `seen` of the table's items; "since the previous total" is a tail of them, cut
  // only when a total asks.
  const items = itemsOf(rows);
  let seen = 0;
  let sinceTotal = 0;
  const sums: CoverageSum[] = convention === 'unsigned' ? ['sum', 'income-minus-cost', 'cost-minus-income'] : ['sum'];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind === 'item') {
      seen++;
      continue;
    }
    if (row.kind !== 'total') continue;
    // A group header of a compact pivot covers the rows below it, found beforehand (outline.ts).
    const below = leading.get(row);
    if (below) {
      const belowSums = new RowSums(below, types.typeOf);
      const coverage: TotalCoverage = { total: row, covered: below, reading: 'rows-below', sum: 'sum', agrees: agreesWith(row, belowSums, stepOre, 'sum') };
      coveredSums.set(coverage, { convention, sums: belowSums });
      result.push(coverage);
      types.record(coverage);
      open.push(row);
      continue;
    }
    const q = qualifier(row.label);
    const readings: [CoverageReading, () => TableRow[]][] = [
      // `Finansnetto` adds up the financial lines since the previous total, not the operating lines among them:
      // checked against those that are there, and only those.
      ...(isFinancialSubtotal(row.label)
        ? [['financial-items', () => items.slice(sinceTotal, seen).filter((r) => isFinancialItem(r.label, r.section))] as [CoverageReading, () => TableRow[]]]
        : []),
      ['items-since-previous-total', () => items.slice(sinceTotal, seen)],
      ['totals-above', () => [...open]],
      // `S:a Kostnader` under `S:a Intäkter`, `S:a Personal`, `S:a Övrigt`: the nearest totals above, not all of them.
      ...open.slice(1, -1).map((_, j): [CoverageReading, () => TableRow[]] => ['totals-above', () => open.slice(j + 1)]),
      [
        'shared-qualifier',
        () => (q ? items.slice(0, seen).filter((r) => normalised(r.label).includes(q) || (r.section !== null && normalised(r.section) === q)) : []),
      ],
      ['all-items', () => items.slice(0, seen)],
    ];
    let first: [CoverageReading, TableRow[], RowSums] | null = null;
    let agreeing: [CoverageReading, TableRow[], CoverageSum, RowSums] | null = null;
    for (const [reading, cover] of readings) {
      const covered = cover();
      if (covered.length === 0) continue;
      // One pass gives every column's sum each way and whether the rows mix income and costs.
      const s = new RowSums(covered, types.typeOf);
      first ??= [reading, covered, s];
      for (const sum of s.mixed ? sums : ['sum' as const]) {
        if (agreesWith(row, s, stepOre, sum)) {
          agreeing = [reading, covered, sum, s];
          break;
        }
      }
      if (agreeing) break;
    }
    // A result row that agrees with nothing is checked as income − costs in an unsigned table (SPEC 1.4).
    const fallbackSum: CoverageSum = convention === 'unsigned' && row.result && first && first[2].mixed ? 'income-minus-cost' : 'sum';
    const coverage: TotalCoverage = agreeing
      ? { total: row, covered: agreeing[1], reading: agreeing[0], sum: agreeing[2], agrees: true }
      : first
        ? { total: row, covered: first[1], reading: first[0], sum: fallbackSum, agrees: false }
        : { total: row, covered: [], reading: null, sum: 'sum', agrees: false };
    const kept = agreeing?.[3] ?? first?.[2];
    if (kept) coveredSums.set(coverage, { convention, sums: kept });
    result.push(coverage);
    types.record(coverage);
    // Totals this one covers are closed; it stays open for a total further down. Only the totals-above reading covers totals.
    const closed = new Set(coverage.reading === 'totals-above' ? coverage.covered : []);
    open = open.filter((t) => !closed.has(t));
    open.push(row);
    sinceTotal = seen;
  }
  return result;
}
