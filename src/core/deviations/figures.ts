import { Convention, rowType } from '../read/convention';
import { Decimal } from '../decimal';
import { Money, MoneySums, abs, compare, isNegative, isZero, moneyFromKronor, moneyFromOre, negate, scaledAtLeast, subtract, times, toKronor } from '../money';
import { TableRow } from '../read/rows';
import { CoverageSum } from '../read/totals';

export interface Thresholds {
  /** Flag when |deviation| ≥ this many kronor … */
  amountKr: Decimal;
  /** … and |deviation %| ≥ this many percent (SPEC 2.3). */
  percent: Decimal;
}

export const DEFAULT_THRESHOLDS: Thresholds = { amountKr: new Decimal(100000), percent: new Decimal(5) };

/** What a line or a rollup adds up: income, costs, or both (a net figure, whose percentage means nothing). */
export type FigureKind = 'income' | 'cost' | 'net';

/** Budget against outcome for a line, a goal area or a whole table. Amounts in öre; positive deviation is favourable. */
export interface Figures {
  /** The year's budget (or the only budget the table has). */
  budget: Money | null;
  /** The budget for the months the outcome covers, when the comparison is for the year so far; else null. */
  periodBudget: Money | null;
  outcome: Money | null;
  forecast: Money | null;
  /** Outcome against the budget it is compared with; null when either is missing or unreadable (never invented). */
  deviation: Money | null;
  /** Forecast against the year's budget, same sign rule as the deviation. */
  forecastDeviation: Money | null;
  /** Outcome against forecast ("prognossäkerhet"), positive when the outcome turned out better than forecast. */
  forecastAccuracy: Money | null;
  kind: FigureKind;
  favourable: boolean;
  flagged: boolean;
  /**
   * On a rollup with lines left out (no deviation): the budget compared (period budget, else budget) of only the
   * lines that have a deviation, what its % is over. Absent where every part is compared: then it is the budget.
   */
  budgetCompared?: Money | null;
}

export interface LineDeviation extends Figures {
  name: string;
  goalArea: string | null;
  /** One-based sheet row, as Excel shows it. */
  row: number;
  type: 'income' | 'cost';
  reportedDeviation: Money | null;
  /** The row it was read from (code, dimensions, section). */
  readonly source: TableRow;
}

export interface GroupDeviation extends Figures {
  name: string;
  lineCount: number;
  /** Lines of the group with no deviation (a missing or unreadable budget or outcome): left out of its sums. */
  leftOut: number;
}

export interface TotalDeviation extends Figures {
  lineCount: number;
  leftOut: number;
}

/** The budget a deviation is measured against: the period budget where the table compares the year so far. */
export function comparedBudget(f: Pick<Figures, 'budget' | 'periodBudget'>): Money | null {
  return f.periodBudget ?? f.budget;
}

/**
 * What a deviation % is over: the compared budget, or on a rollup that leaves lines out, the compared budget of
 * the lines it compares (a deviation of some lines over the budget of all would understate it).
 */
export function percentBase(f: Pick<Figures, 'budget' | 'periodBudget' | 'budgetCompared'>): Money | null {
  return f.budgetCompared !== undefined ? f.budgetCompared : comparedBudget(f);
}

/**
 * deviation / |budget| × 100, exactly; null when there is no budget or it is zero, or the figure is net
 * (a result, a total of income and costs: its percentage means nothing). Computed where it is shown.
 */
export function deviationPercent(f: Pick<Figures, 'deviation' | 'budget' | 'periodBudget' | 'kind' | 'budgetCompared'>): Decimal | null {
  const budget = percentBase(f);
  if (f.kind === 'net' || f.deviation === null || budget === null || isZero(budget)) return null;
  return toKronor(f.deviation)
    .dividedBy(toKronor(abs(budget)))
    .times(100);
}

/** The thresholds as the hot path compares them: öre, and the percentage as an exact fraction p / q. */
export interface FlagRule {
  amountOre: Money;
  percentNumerator: number;
  percentDenominator: number;
}

export function flagRule(t: Thresholds): FlagRule {
  const places = Math.min(t.percent.decimalPlaces(), 6);
  const denominator = 10 ** places;
  return {
    amountOre: moneyFromKronor(t.amountKr.abs()),
    percentNumerator: t.percent.abs().times(denominator).round().toNumber(),
    percentDenominator: denominator,
  };
}

/**
 * Flag when both limits are reached: |deviation| ≥ the amount and |deviation| / |budget| × 100 ≥ the percentage,
 * compared as |deviation| × 100 × q ≥ |budget| × p, with no division. A figure with no percentage (no budget,
 * budget 0, a net figure) is flagged by the amount alone.
 */
export function isFlagged(deviation: Money | null, budget: Money | null, rule: FlagRule, kind: FigureKind = 'cost'): boolean {
  if (deviation === null || compare(abs(deviation), rule.amountOre) < 0) return false;
  if (kind === 'net' || budget === null || isZero(budget)) return true;
  return scaledAtLeast(deviation, 100 * rule.percentDenominator, budget, rule.percentNumerator);
}

/** Favourable when the deviation is zero or positive; an unknown deviation is neither, so not favourable. */
export function isFavourable(deviation: Money | null): boolean {
  return deviation !== null && !isNegative(deviation);
}

/** How a table's lines are compared: its convention, and the share of the year budget that applies when it is prorated. */
export interface Comparison {
  convention: Convention;
  /** `through` months of 12: the period budget is the year's budget × through / 12, said as such. Null: not prorated. */
  prorateThrough: number | null;
}

/** Below this, n / 12 lands within 1/32 of its true value, so its whole part is exact in a double. */
const EXACT_TWELFTHS = 2 ** 50;

/** The year's budget × months / 12, to the öre (half away from zero). */
export function proratedBudget(budget: Money, through: number): Money {
  // Integer öre, the common case, in integers: a million lines would otherwise make several Decimals each.
  if (typeof budget === 'number' && Number.isInteger(through)) {
    const n = budget * through;
    if (Math.abs(n) <= EXACT_TWELFTHS) {
      const whole = Math.trunc(n / 12);
      const rest = Math.abs(n - whole * 12);
      const ore = rest * 2 >= 12 ? whole + Math.sign(n) : whole;
      return ore === 0 ? 0 : ore;
    }
  }
  return moneyFromOre(toKronor(budget).times(100).times(through).dividedBy(12).toDecimalPlaces(0, Decimal.ROUND_HALF_UP));
}

/** (a − b) × sign, or null when either side is missing: a deviation is never made from an absent figure. */
const difference = (a: Money | null, b: Money | null, sign: 1 | -1): Money | null => (a === null || b === null ? null : times(subtract(a, b), sign));

/**
 * One line's figures. The amounts stay on the row they were read from (getters), so a million lines cost
 * one small object each on top of their rows.
 */
class Line implements LineDeviation {
  constructor(
    readonly source: TableRow,
    readonly type: 'income' | 'cost',
    readonly periodBudget: Money | null,
    readonly deviation: Money | null,
    readonly forecastDeviation: Money | null,
    readonly forecastAccuracy: Money | null,
    readonly flagged: boolean,
  ) {}

  get budget() {
    return this.source.budget;
  }
  get outcome() {
    return this.source.outcome;
  }
  get forecast() {
    return this.source.forecast;
  }
  get reportedDeviation() {
    return this.source.deviation;
  }
  get favourable() {
    return isFavourable(this.deviation);
  }
  get kind(): FigureKind {
    return this.type;
  }
  get name() {
    return this.source.label;
  }
  get goalArea() {
    return this.source.goalArea;
  }
  get row() {
    return this.source.row + 1;
  }
}

export function lineDeviation(row: TableRow, comparison: Comparison | Convention, rule: FlagRule): LineDeviation {
  const { convention, prorateThrough } = typeof comparison === 'string' ? { convention: comparison, prorateThrough: null } : comparison;
  const { budget, outcome, forecast } = row;
  const type = rowType(row, convention);
  // Signed tables compute outcome − budget for every row, ledgers budget − outcome; unsigned ones by type.
  const sign = convention === 'signed' ? 1 : convention === 'ledger' ? -1 : type === 'income' ? 1 : -1;
  const periodBudget = row.periodBudget ?? (prorateThrough !== null && budget !== null ? proratedBudget(budget, prorateThrough) : null);
  const against = periodBudget ?? budget;
  // An unreadable budget or outcome is not zero, and neither is an empty one: the line's deviation is unknown.
  const deviation = row.unreadable ? null : difference(outcome, against, sign);
  return new Line(
    row,
    type,
    periodBudget,
    deviation,
    row.unreadable ? null : difference(forecast, budget, sign),
    // Outcome against forecast means something only once the year is over: the year so far against a full-year
    // forecast is not the forecast's accuracy.
    periodBudget === null ? difference(outcome, forecast, sign) : null,
    isFlagged(deviation, against, rule, type),
  );
}

// A rollup's slots (Rollup.sums); the four amounts with costs negated follow them at NET_SLOTS on.
const SUM_BUDGET = 0;
const SUM_PERIOD_BUDGET = 1;
const SUM_OUTCOME = 2;
const SUM_FORECAST = 3;
const NET_SLOTS = 4;
const SUM_DEVIATION = 8;
const SUM_FORECAST_DEVIATION = 9;
const SUM_FORECAST_ACCURACY = 10;
const SUM_COMPARED = 11;

/**
 * Sums of lines or groups, one pass: every amount is the exact sum of its parts; no part with an amount leaves
 * it null. In an unsigned table, where income and costs are both positive, a rollup of both is shown as a net
 * figure (income − costs), as the table's own result row would print it.
 */
class Rollup {
  /**
   * The sums, in slots: budget, period budget, outcome, forecast; the same four with costs negated (what an
   * unsigned rollup of income and costs shows); deviation, forecast deviation, forecast accuracy; the budget
   * compared of the parts with a deviation.
   */
  private readonly sums = new MoneySums(12);
  /** The kind of the first part added, and whether a later one had another: a rollup of one kind keeps it, else it is net. */
  private firstKind: FigureKind | null = null;
  private mixedKinds = false;
  count = 0;
  leftOut = 0;

  /** How an unsigned rollup of income and costs is shown: as the table's own total row adds them up. */
  constructor(
    private readonly convention: Convention,
    private readonly mixedAs: CoverageSum = 'income-minus-cost',
  ) {}

  /** An amount into its sum and, for an unsigned table, into its net sum (costs negated) NET_SLOTS further on. */
  private addWithNet(slot: number, m: Money, net: boolean, cost: boolean): void {
    this.sums.add(slot, m);
    if (net) this.sums.add(slot + NET_SLOTS, cost ? negate(m) : m);
  }

  add(f: Figures, lines = 1, leftOut = f.deviation === null ? 1 : 0): void {
    const s = this.sums;
    const kind = f.kind;
    const net = this.convention === 'unsigned';
    const { budget, periodBudget, outcome, forecast, deviation, forecastDeviation, forecastAccuracy } = f;
    const cost = kind === 'cost';
    if (budget !== null) this.addWithNet(SUM_BUDGET, budget, net, cost);
    if (periodBudget !== null) this.addWithNet(SUM_PERIOD_BUDGET, periodBudget, net, cost);
    if (outcome !== null) this.addWithNet(SUM_OUTCOME, outcome, net, cost);
    if (forecast !== null) this.addWithNet(SUM_FORECAST, forecast, net, cost);
    if (deviation !== null) {
      s.add(SUM_DEVIATION, deviation);
      const base = f.budgetCompared !== undefined ? f.budgetCompared : (periodBudget ?? budget);
      if (base !== null) s.add(SUM_COMPARED, base);
    }
    if (forecastDeviation !== null) s.add(SUM_FORECAST_DEVIATION, forecastDeviation);
    if (forecastAccuracy !== null) s.add(SUM_FORECAST_ACCURACY, forecastAccuracy);
    if (this.firstKind === null) this.firstKind = kind;
    else if (kind !== this.firstKind) this.mixedKinds = true;
    this.count += lines;
    this.leftOut += leftOut;
  }

  figures(rule: FlagRule): Figures {
    const kind: FigureKind = this.firstKind !== null && !this.mixedKinds ? this.firstKind : 'net';
    const asNet = kind === 'net' && this.convention === 'unsigned' && this.mixedAs !== 'sum';
    const s = this.sums;
    const shown = (slot: number): Money | null => {
      if (!asNet) return s.get(slot);
      const m = s.get(slot + NET_SLOTS);
      return m === null || this.mixedAs !== 'cost-minus-income' ? m : negate(m);
    };
    const budget = shown(SUM_BUDGET);
    const periodBudget = shown(SUM_PERIOD_BUDGET);
    const outcome = shown(SUM_OUTCOME);
    const forecast = shown(SUM_FORECAST);
    const deviation = s.get(SUM_DEVIATION);
    const forecastDeviation = s.get(SUM_FORECAST_DEVIATION);
    const forecastAccuracy = s.get(SUM_FORECAST_ACCURACY);
    // With lines left out, the deviation of the lines compared is measured against their budget only.
    const partial = this.leftOut > 0;
    const against = partial ? s.get(SUM_COMPARED) : (periodBudget ?? budget);
    const flagged = isFlagged(deviation, against, rule, kind);
    const figures: Figures = {
      budget,
      periodBudget,
      outcome,
      forecast,
      deviation,
      forecastDeviation,
      forecastAccuracy,
      kind,
      favourable: isFavourable(deviation),
      flagged,
    };
    if (partial) figures.budgetCompared = against;
    return figures;
  }
}

/** Roll lines up: every amount is the exact sum of its lines, and the percentage comes from the sums. */
export function rollUp(lines: readonly Figures[], rule: FlagRule, convention: Convention = 'signed'): TotalDeviation {
  const r = new Rollup(convention);
  for (let i = 0; i < lines.length; i++) r.add(lines[i]);
  return { ...r.figures(rule), lineCount: r.count, leftOut: r.leftOut };
}

/** Groups rolled up as the table's total adds them (the summary's `Övriga`): the same sums, the same net figures. */
export function rollUpGroups(
  groups: readonly GroupDeviation[],
  rule: FlagRule,
  convention: Convention,
  mixedAs: CoverageSum = 'income-minus-cost',
): TotalDeviation {
  const r = new Rollup(convention, mixedAs);
  for (const g of groups) r.add(g, g.lineCount, g.leftOut);
  return { ...r.figures(rule), lineCount: r.count, leftOut: r.leftOut };
}

/**
 * Group lines in order of first appearance by the key `groupOf` gives (lines without one go under
 * `fallbackName`), and the table's total as the exact sum of its groups: one pass over the lines.
 */
export function groupLines(
  lines: readonly LineDeviation[],
  groupOf: (line: LineDeviation) => string | null,
  fallbackName: string,
  rule: FlagRule,
  convention: Convention,
  mixedAs: CoverageSum = 'income-minus-cost',
): { groups: GroupDeviation[]; total: TotalDeviation } {
  const groups = new Map<string, Rollup>();
  // A ledger sorted by its groups has long runs of one key: the run's rollup is kept, with no lookup per line.
  let lastKey: string | null = null;
  let last: Rollup | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = groupOf(line) ?? fallbackName;
    let g = key === lastKey ? last : groups.get(key);
    if (!g) groups.set(key, (g = new Rollup(convention, mixedAs)));
    g.add(line);
    lastKey = key;
    last = g;
  }
  const result = [...groups].map(([name, g]) => ({ name, lineCount: g.count, leftOut: g.leftOut, ...g.figures(rule) }));
  const total = new Rollup(convention, mixedAs);
  for (const g of result) total.add(g, g.lineCount, g.leftOut);
  return { groups: result, total: { ...total.figures(rule), lineCount: total.count, leftOut: total.leftOut } };
}

/** Group by goal area (the goal-area column, the section, or the row itself in a summary table). */
export function groupByGoalArea(lines: readonly LineDeviation[], fallbackName: string, rule: FlagRule, convention: Convention = 'signed') {
  return groupLines(lines, (l) => l.goalArea, fallbackName, rule, convention);
}
