import { Decimal } from './decimal';

export type DifferenceClass = 'rounding' | 'mismatch';

/**
 * A difference is rounding when it is at most (n + 1) / 2 printed steps, n being the number of rounded
 * addends (SPEC 2.4); anything larger is a mismatch.
 */
export function roundingAllowance(addends: number, printedStepKr: Decimal): Decimal {
  return printedStepKr.times(addends + 1).dividedBy(2);
}

export function classifyDifference(difference: Decimal, addends: number, printedStepKr: Decimal): DifferenceClass {
  return difference.abs().lte(roundingAllowance(addends, printedStepKr)) ? 'rounding' : 'mismatch';
}
