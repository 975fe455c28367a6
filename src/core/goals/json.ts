import { Decimal, roundHalfAway, toPlain } from '../decimal';
import { Lang } from '../messages';
import { ShownAs } from './condition';
import { GoalResult } from './evaluate';
import type { GoalsOutcome } from './index';
import { requirementLabel } from './render';
import { cellReference } from './trace';

/**
 * The `goals` part of the command line's JSON (SPEC 7): `{ name, metric, year, value, operator, threshold,
 * met }`, then `unit`, `margin` and `sources`.
 * - Amounts are kronor as exact decimal strings (`"16029000"`).
 * - Ratios are shown as the goal states them (SPEC 5): a goal written with a percentage (`30 %`) as
 *   percentages rounded to two decimals, like `deviationPercent` (`"235.7"` for 235,7 %); a goal written as a
 *   ratio (`1,0`) as the ratio rounded to two decimals (`"1.42"`). Internally both are fractions.
 * - `unit` says which: `"kr"`, `"%"` or `"ratio"` (null when the metric could not be computed at all).
 * - `operator` is `">"`, `">="`, `"<"` or `"<="`; `year` a string; null wherever there is no value.
 */
export interface GoalJson {
  name: string;
  metric: string;
  year: string | null;
  value: string | null;
  operator: string | null;
  threshold: string | null;
  met: boolean | null;
  unit: 'kr' | '%' | 'ratio' | null;
  margin: string | null;
  sources: string[];
}

function shown(value: Decimal | null, as: ShownAs): string | null {
  if (value === null) return null;
  if (as === 'amount') return toPlain(value);
  return toPlain(roundHalfAway(as === 'ratio' ? value : value.times(100), 2));
}

const UNITS: Record<ShownAs, GoalJson['unit']> = { amount: 'kr', percent: '%', ratio: 'ratio' };

function goalJson(r: GoalResult): GoalJson {
  return {
    name: r.goal.name,
    metric: r.goal.metric,
    year: r.year === null ? null : String(r.year),
    value: shown(r.value, r.shownAs),
    operator: r.goal.operator,
    threshold: shown(r.threshold, r.shownAs),
    met: r.met,
    unit: r.formula === null ? null : UNITS[r.shownAs],
    margin: shown(r.margin, r.shownAs),
    sources: r.sources.map(cellReference),
  };
}

export function goalsJson(outcome: GoalsOutcome): GoalJson[] {
  return outcome.goals.map(goalJson);
}

/**
 * The balanskravsutredning as JSON, should the caller want it next to `goals` (SPEC 7 does not name it):
 * `{ sheet, years: [{ year, lines: [{ key, label, value, deadline }] }] }`, amounts in kronor.
 */
export function balanceRequirementJson(outcome: GoalsOutcome, lang: Lang): unknown {
  const requirement = outcome.requirement;
  if (!requirement) return null;
  return {
    sheet: requirement.sheet,
    years: requirement.years.map((y) => ({
      year: String(y.year),
      lines: y.lines.map((l) => ({
        key: l.key,
        label: requirementLabel(l, lang),
        value: l.value === null ? null : toPlain(l.value),
        deadline: l.deadline === undefined ? null : String(l.deadline),
        sources: l.sources.map(cellReference),
      })),
    })),
  };
}
