import { Convention, deviationSign, rowType } from './convention';
import { Decimal, ZERO, sum, unsignedZero } from './decimal';
import { TableRow } from './rows';

export interface Thresholds {
  /** Flag when |deviation| ≥ this many kronor … */
  amountKr: Decimal;
  /** … and |deviation %| ≥ this many percent (SPEC 2.3). */
  percent: Decimal;
}

export const DEFAULT_THRESHOLDS: Thresholds = { amountKr: new Decimal(100000), percent: new Decimal(5) };

/** Budget against outcome for a line, a goal area or a whole table. Amounts in kronor; positive deviation is favourable. */
export interface Figures {
  budget: Decimal | null;
  outcome: Decimal | null;
  forecast: Decimal | null;
  deviation: Decimal;
  /** deviation / |budget| × 100; null when there is no budget or it is zero. */
  deviationPercent: Decimal | null;
  /** Forecast against budget, same sign rule as the deviation. */
  forecastDeviation: Decimal | null;
  /** Outcome against forecast ("prognossäkerhet"), positive when the outcome turned out better than forecast. */
  forecastAccuracy: Decimal | null;
  favourable: boolean;
  flagged: boolean;
}

export interface LineDeviation extends Figures {
  name: string;
  goalArea: string | null;
  /** One-based sheet row, as Excel shows it. */
  row: number;
  type: 'income' | 'cost';
  reportedDeviation: Decimal | null;
}

export interface GroupDeviation extends Figures {
  name: string;
  lineCount: number;
}

function percentOf(deviation: Decimal, budget: Decimal | null): Decimal | null {
  if (budget === null || budget.isZero()) return null;
  return unsignedZero(deviation.dividedBy(budget.abs()).times(100));
}

/** Flag when both limits are reached; a line with no budget has no percentage, so the amount alone decides. */
export function isFlagged(deviation: Decimal, percent: Decimal | null, t: Thresholds): boolean {
  if (deviation.abs().lt(t.amountKr)) return false;
  return percent === null || percent.abs().gte(t.percent);
}

function finish(
  parts: Pick<Figures, 'budget' | 'outcome' | 'forecast' | 'deviation' | 'forecastDeviation' | 'forecastAccuracy'>,
  t: Thresholds,
): Figures {
  // Zero, however it was reached, is on budget: favourable, and printed without a sign.
  const deviation = unsignedZero(parts.deviation);
  const deviationPercent = percentOf(deviation, parts.budget);
  return { ...parts, deviation, deviationPercent, favourable: !deviation.isNegative(), flagged: isFlagged(deviation, deviationPercent, t) };
}

export function lineDeviation(row: TableRow, convention: Convention, t: Thresholds): LineDeviation {
  const { budget, outcome, forecast } = row.amounts;
  const sign = deviationSign(row, convention);
  const signed = (a: Decimal | null, b: Decimal | null) => unsignedZero((a ?? ZERO).minus(b ?? ZERO).times(sign));
  const figures = finish(
    {
      budget,
      outcome,
      forecast,
      deviation: signed(outcome, budget),
      forecastDeviation: forecast === null ? null : signed(forecast, budget),
      forecastAccuracy: forecast === null || outcome === null ? null : signed(outcome, forecast),
    },
    t,
  );
  return {
    ...figures,
    name: row.label,
    goalArea: row.goalArea,
    row: row.row + 1,
    type: rowType(row, convention),
    reportedDeviation: row.amounts.deviation,
  };
}

function sumOrNull(values: (Decimal | null)[]): Decimal | null {
  const present = values.filter((v): v is Decimal => v !== null);
  return present.length ? sum(present) : null;
}

/** Roll lines up: every amount is the exact sum of its lines, and the percentage comes from the sums. */
export function rollUp(lines: readonly LineDeviation[], t: Thresholds): Figures {
  return finish(
    {
      budget: sumOrNull(lines.map((l) => l.budget)),
      outcome: sumOrNull(lines.map((l) => l.outcome)),
      forecast: sumOrNull(lines.map((l) => l.forecast)),
      deviation: sum(lines.map((l) => l.deviation)),
      forecastDeviation: sumOrNull(lines.map((l) => l.forecastDeviation)),
      forecastAccuracy: sumOrNull(lines.map((l) => l.forecastAccuracy)),
    },
    t,
  );
}

/** Group lines by goal area in order of first appearance; lines without one go under `fallbackName`. */
export function groupByGoalArea(lines: readonly LineDeviation[], fallbackName: string, t: Thresholds): GroupDeviation[] {
  const groups = new Map<string, LineDeviation[]>();
  for (const line of lines) {
    const key = line.goalArea ?? fallbackName;
    const list = groups.get(key);
    if (list) list.push(line);
    else groups.set(key, [line]);
  }
  return [...groups].map(([name, members]) => ({ name, lineCount: members.length, ...rollUp(members, t) }));
}
