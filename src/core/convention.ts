import { Decimal } from './decimal';
import { TableRow, sectionType } from './rows';
import { normaliseLabel } from './text';

export type Convention = 'signed' | 'unsigned';
export type ConventionReason = 'deviation-column' | 'negative-budget' | 'negative-amounts' | 'non-negative' | 'override';

/** Labels of fees and grants received: income in an unsigned table (SPEC 1.5). */
const INCOME_LABEL = /^(medlemsavgift|intäkt|bidrag|erhållna|ersättning|avgifter|income|revenue|grant|fees?\b)/;

/**
 * Signed tables (costs negative) compute deviation as outcome − budget; unsigned tables do so for income
 * and budget − outcome for costs. The table's own deviation column is the strongest evidence, then signs.
 */
export function detectConvention(items: readonly TableRow[], printedStepKr: Decimal): { convention: Convention; reason: ConventionReason } {
  const tolerance = printedStepKr.times(1.5);
  let signedVotes = 0;
  let unsignedVotes = 0;
  for (const r of items) {
    const { budget, outcome, deviation } = r.amounts;
    if (!budget || !outcome || !deviation) continue;
    const plain = outcome.minus(budget);
    // Too small to tell the two formulas apart at the table's printed precision.
    if (plain.abs().lte(printedStepKr)) continue;
    const closeTo = (x: Decimal) => deviation.minus(x).abs().lte(tolerance);
    if (closeTo(plain)) signedVotes++;
    else if (closeTo(plain.negated()) && rowType(r, 'unsigned') !== 'income') unsignedVotes++;
  }
  if (unsignedVotes > 0 && unsignedVotes >= signedVotes) return { convention: 'unsigned', reason: 'deviation-column' };
  if (signedVotes > 0 && items.some((r) => r.amounts.budget?.isNegative() || r.amounts.outcome?.isNegative())) {
    return { convention: 'signed', reason: 'deviation-column' };
  }
  if (items.some((r) => r.amounts.budget?.isNegative())) return { convention: 'signed', reason: 'negative-budget' };
  const withOutcome = items.filter((r) => r.amounts.outcome !== null);
  const negativeOutcomes = withOutcome.filter((r) => r.amounts.outcome!.isNegative()).length;
  // One negative outcome in a cost list is an anomaly (revenue exceeded cost), not a convention.
  if (withOutcome.length > 0 && negativeOutcomes * 3 > withOutcome.length) return { convention: 'signed', reason: 'negative-amounts' };
  return { convention: 'unsigned', reason: 'non-negative' };
}

/** Whether a row is income or cost; only unsigned tables need it. */
export function rowType(row: TableRow, convention: Convention): 'income' | 'cost' {
  if (convention === 'signed') return (row.amounts.budget ?? row.amounts.outcome)?.isNegative() ? 'cost' : 'income';
  if (row.statedType) return row.statedType;
  const fromSection = sectionType(row.section);
  if (fromSection) return fromSection;
  return INCOME_LABEL.test(normaliseLabel(row.label)) ? 'income' : 'cost';
}

/** +1 where deviation = outcome − budget, −1 where budget − outcome, so that positive is always favourable. */
export function deviationSign(row: TableRow, convention: Convention): 1 | -1 {
  return convention === 'signed' || rowType(row, convention) === 'income' ? 1 : -1;
}
