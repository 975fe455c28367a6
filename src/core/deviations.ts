import { Convention, rowType } from './convention';
import { Decimal } from './decimal';
import { Money, abs, add, compare, isNegative, isZero, moneyFromKronor, scaledAtLeast, subtract, times, toKronor } from './money';
import { TableRow } from './rows';

export interface Thresholds {
  /** Flag when |deviation| ≥ this many kronor … */
  amountKr: Decimal;
  /** … and |deviation %| ≥ this many percent (SPEC 2.3). */
  percent: Decimal;
}

export const DEFAULT_THRESHOLDS: Thresholds = { amountKr: new Decimal(100000), percent: new Decimal(5) };

/** Budget against outcome for a line, a goal area or a whole table. Amounts in öre; positive deviation is favourable. */
export interface Figures {
  budget: Money | null;
  outcome: Money | null;
  forecast: Money | null;
  /** Null for a line whose budget or outcome cell could not be read (reported, not guessed), and for a rollup of only such lines. */
  deviation: Money | null;
  /** Forecast against budget, same sign rule as the deviation. */
  forecastDeviation: Money | null;
  /** Outcome against forecast ("prognossäkerhet"), positive when the outcome turned out better than forecast. */
  forecastAccuracy: Money | null;
  favourable: boolean;
  flagged: boolean;
}

export interface LineDeviation extends Figures {
  name: string;
  goalArea: string | null;
  /** One-based sheet row, as Excel shows it. */
  row: number;
  type: 'income' | 'cost';
  reportedDeviation: Money | null;
}

export interface GroupDeviation extends Figures {
  name: string;
  lineCount: number;
}

/** deviation / |budget| × 100, exactly; null when there is no budget or it is zero. Computed where it is shown. */
export function deviationPercent(f: Pick<Figures, 'deviation' | 'budget'>): Decimal | null {
  if (f.deviation === null || f.budget === null || isZero(f.budget)) return null;
  return toKronor(f.deviation).dividedBy(toKronor(abs(f.budget))).times(100);
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
  return { amountOre: moneyFromKronor(t.amountKr.abs()), percentNumerator: t.percent.abs().times(denominator).round().toNumber(), percentDenominator: denominator };
}

/**
 * Flag when both limits are reached: |deviation| ≥ the amount and |deviation| / |budget| × 100 ≥ the percentage,
 * compared as |deviation| × 100 × q ≥ |budget| × p, with no division. A line with no budget has no percentage,
 * so the amount alone decides.
 */
export function isFlagged(deviation: Money | null, budget: Money | null, rule: FlagRule): boolean {
  if (deviation === null || compare(abs(deviation), rule.amountOre) < 0) return false;
  if (budget === null || isZero(budget)) return true;
  return scaledAtLeast(deviation, 100 * rule.percentDenominator, budget, rule.percentNumerator);
}

function finish(parts: Omit<Figures, 'favourable' | 'flagged'>, rule: FlagRule): Figures {
  return { ...parts, favourable: isFavourable(parts.deviation), flagged: isFlagged(parts.deviation, parts.budget, rule) };
}

/** Favourable when the deviation is zero or positive; an unknown deviation is neither, so not favourable. */
export function isFavourable(deviation: Money | null): boolean {
  return deviation !== null && !isNegative(deviation);
}

const signed = (a: Money | null, b: Money | null, sign: 1 | -1): Money => times(subtract(a ?? 0, b ?? 0), sign);

/**
 * One line's figures. The amounts stay on the row they were read from (getters), so a million lines cost
 * one small object each on top of their rows.
 */
class Line implements LineDeviation {
  constructor(
    private readonly source: TableRow,
    readonly type: 'income' | 'cost',
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

export function lineDeviation(row: TableRow, convention: Convention, rule: FlagRule): LineDeviation {
  const { budget, outcome, forecast } = row;
  const type = rowType(row, convention);
  // Signed tables compute outcome − budget for every row; unsigned ones turn costs around.
  const sign = convention === 'signed' || type === 'income' ? 1 : -1;
  // An unreadable budget or outcome is not zero: the line's deviation is unknown, and left out of the sums.
  const deviation = row.unreadable ? null : signed(outcome, budget, sign);
  return new Line(
    row,
    type,
    deviation,
    forecast === null || row.unreadable ? null : signed(forecast, budget, sign),
    forecast === null || outcome === null ? null : signed(outcome, forecast, sign),
    isFlagged(deviation, budget, rule),
  );
}

const plus = (total: Money | null, value: Money | null): Money | null => (value === null ? total : total === null ? value : add(total, value));

/** Sums of lines, one pass: every amount is the exact sum of its lines; no lines with an amount leaves it null. */
class Rollup {
  budget: Money | null = null;
  outcome: Money | null = null;
  forecast: Money | null = null;
  /** Null while no line has a known deviation: a goal area of unreadable lines has none, not 0 kr favourable. */
  deviation: Money | null = null;
  forecastDeviation: Money | null = null;
  forecastAccuracy: Money | null = null;
  count = 0;

  add(l: Figures): void {
    this.budget = plus(this.budget, l.budget);
    this.outcome = plus(this.outcome, l.outcome);
    this.forecast = plus(this.forecast, l.forecast);
    this.deviation = plus(this.deviation, l.deviation);
    this.forecastDeviation = plus(this.forecastDeviation, l.forecastDeviation);
    this.forecastAccuracy = plus(this.forecastAccuracy, l.forecastAccuracy);
    this.count++;
  }

  figures(rule: FlagRule): Figures {
    const { budget, outcome, forecast, deviation, forecastDeviation, forecastAccuracy } = this;
    return finish({ budget, outcome, forecast, deviation, forecastDeviation, forecastAccuracy }, rule);
  }
}

/** Roll lines up: every amount is the exact sum of its lines, and the percentage comes from the sums. */
export function rollUp(lines: readonly Figures[], rule: FlagRule): Figures {
  const r = new Rollup();
  for (const l of lines) r.add(l);
  return r.figures(rule);
}

/**
 * Group lines by goal area in order of first appearance (lines without one go under `fallbackName`), and the
 * table's total as the exact sum of its groups: one pass over the lines.
 */
export function groupByGoalArea(lines: readonly LineDeviation[], fallbackName: string, rule: FlagRule): { groups: GroupDeviation[]; total: Figures } {
  const groups = new Map<string, Rollup>();
  for (const line of lines) {
    const key = line.goalArea ?? fallbackName;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Rollup()));
    g.add(line);
  }
  const result = [...groups].map(([name, g]) => ({ name, lineCount: g.count, ...g.figures(rule) }));
  return { groups: result, total: rollUp(result, rule) };
}
