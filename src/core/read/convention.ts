import { memoByText } from '../memo';
import { Money, abs, compare, isNegative, negate, subtract, times } from '../money';
import { TableRow, sectionType } from './rows';
import { normaliseLabel } from './text';

export type Convention = 'signed' | 'unsigned';
export type ConventionReason = 'deviation-column' | 'negative-budget' | 'negative-amounts' | 'non-negative' | 'override';

/** Labels of fees and grants received: income in an unsigned table (SPEC 1.5). */
const INCOME_LABEL = /^(medlemsavgift|intäkt|bidrag|erhållna|ersättning|avgifter|income|revenue|grant|fees?\b)/;
const incomeLabel = memoByText((label: string) => INCOME_LABEL.test(normaliseLabel(label)));

/**
 * Signed tables (costs negative) compute deviation as outcome − budget; unsigned tables do so for income
 * and budget − outcome for costs. The table's own deviation column is the strongest evidence, then signs.
 */
export function detectConvention(items: readonly TableRow[], printedStepOre: Money): { convention: Convention; reason: ConventionReason } {
  // 1,5 printed steps, compared as 2 × |difference| ≤ 3 × step.
  const closeTo = (a: Money, b: Money) => compare(times(abs(subtract(a, b)), 2), times(printedStepOre, 3)) <= 0;
  let signedVotes = 0;
  let unsignedVotes = 0;
  for (const r of items) {
    const { budget, outcome, deviation } = r;
    if (budget === null || outcome === null || deviation === null) continue;
    const plain = subtract(outcome, budget);
    // Too small to tell the two formulas apart at the table's printed precision.
    if (compare(abs(plain), printedStepOre) <= 0) continue;
    if (closeTo(deviation, plain)) signedVotes++;
    else if (closeTo(deviation, negate(plain)) && rowType(r, 'unsigned') !== 'income') unsignedVotes++;
  }
  if (unsignedVotes > 0 && unsignedVotes >= signedVotes) return { convention: 'unsigned', reason: 'deviation-column' };
  const negativeBudget = items.some((r) => r.budget !== null && isNegative(r.budget));
  if (signedVotes > 0 && (negativeBudget || items.some((r) => r.outcome !== null && isNegative(r.outcome)))) {
    return { convention: 'signed', reason: 'deviation-column' };
  }
  if (negativeBudget) return { convention: 'signed', reason: 'negative-budget' };
  let withOutcome = 0;
  let negativeOutcomes = 0;
  for (const r of items) {
    if (r.outcome === null) continue;
    withOutcome++;
    if (isNegative(r.outcome)) negativeOutcomes++;
  }
  // One negative outcome in a cost list is an anomaly (revenue exceeded cost), not a convention.
  if (withOutcome > 0 && negativeOutcomes * 3 > withOutcome) return { convention: 'signed', reason: 'negative-amounts' };
  return { convention: 'unsigned', reason: 'non-negative' };
}

/** Whether a row is income or cost; only unsigned tables need it. */
export function rowType(row: TableRow, convention: Convention): 'income' | 'cost' {
  if (convention === 'signed') {
    const first = row.budget ?? row.outcome;
    return first !== null && isNegative(first) ? 'cost' : 'income';
  }
  if (row.statedType) return row.statedType;
  const fromSection = sectionType(row.section);
  if (fromSection) return fromSection;
  return incomeLabel(row.label) ? 'income' : 'cost';
}

/** +1 where deviation = outcome − budget, −1 where budget − outcome, so that positive is always favourable. */
export function deviationSign(row: TableRow, convention: Convention): 1 | -1 {
  return convention === 'signed' || rowType(row, convention) === 'income' ? 1 : -1;
}
