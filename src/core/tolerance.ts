import { Money, scaledAtLeast } from './money';

export type DifferenceClass = 'rounding' | 'mismatch';

/**
 * A difference is rounding when it is at most (n + 1) / 2 printed steps, n being the number of rounded
 * addends (SPEC 2.4); anything larger is a mismatch. Compared as |difference| × 2 ≤ step × (n + 1), exactly.
 */
export function classifyDifference(difference: Money, addends: number, printedStepOre: Money): DifferenceClass {
  return scaledAtLeast(printedStepOre, addends + 1, difference, 2) ? 'rounding' : 'mismatch';
}

/** Whether a difference lies within the rounding of (n + 1) / 2 printed steps. */
export function withinRounding(difference: Money, addends: number, printedStepOre: Money): boolean {
  return classifyDifference(difference, addends, printedStepOre) === 'rounding';
}
