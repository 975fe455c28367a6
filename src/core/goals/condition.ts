import { CellValue, cellText } from '../cells';
import { Decimal } from '../decimal';
import { parseNumber, parseNumberText } from '../read/numbers';
import { normaliseLabel } from '../read/text';
import { KRONOR_PER_UNIT, Unit } from '../read/units';

/**
 * A goal's condition: an operator (`Villkor`) and a threshold (`Gränsvärde`), SPEC 5.
 *
 * Ratios are kept as fractions: 1 = 100 %. So a ratio's threshold reads `100 %` or `1,0` (a cell formatted
 * as percent holds 1 too), and an amount's threshold reads `12 mnkr`, `12 000 tkr`, `12000000` or `0`
 * (a plain number is in the unit of the `Gränsvärde` header, else kronor).
 */
export type Operator = '>' | '>=' | '<' | '<=';

export const OPERATOR_SIGN: Record<Operator, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

const OPERATOR_WORDS: Record<string, Operator> = {
  '>': '>',
  '>=': '>=',
  '=>': '>=',
  '≥': '>=',
  '<': '<',
  '<=': '<=',
  '=<': '<=',
  '≤': '<=',
  minst: '>=',
  lägst: '>=',
  högst: '<=',
  över: '>',
  'mer än': '>',
  'större än': '>',
  överstiga: '>',
  överstiger: '>',
  under: '<',
  'mindre än': '<',
  understiga: '<',
  understiger: '<',
  'at least': '>=',
  'at most': '<=',
  'more than': '>',
  'greater than': '>',
  above: '>',
  over: '>',
  exceeds: '>',
  'less than': '<',
  below: '<',
};

export function parseOperator(value: CellValue): Operator | null {
  return OPERATOR_WORDS[normaliseLabel(cellText(value)).replace(/\s+(?=[=<>])|(?<=[=<>])\s+/g, '')] ?? null;
}

/** A threshold as written: its number, and whether it was a percentage or named a unit. */
export interface Threshold {
  text: string;
  value: Decimal;
  percent: boolean;
  unit: Unit | null;
  /**
   * Written as text (`1,0`, `30 %`), not typed as a number: a plain written number for a ratio keeps the
   * ratio (`1,0`), where a typed number may be a cell formatted as percent and is shown as one.
   */
  written: boolean;
}

/** How a goal's value is shown, as the goal states it (SPEC 5): kronor, a percent (30 %) or a ratio (1,0). */
export type ShownAs = 'amount' | 'percent' | 'ratio';

export function shownAs(threshold: Threshold | null, isAmount: boolean): ShownAs {
  if (isAmount) return 'amount';
  return threshold !== null && threshold.written && !threshold.percent && threshold.unit === null ? 'ratio' : 'percent';
}

const UNIT_SUFFIXES: [RegExp, Unit][] = [
  [/\s*(mnkr|mkr|msek|mn kr|milj\.? ?kr|miljoner kronor|miljoner kr|miljoner)\.?$/i, 'mnkr'],
  [/\s*(tkr|ksek|tusen kronor|tusental kronor)\.?$/i, 'tkr'],
  [/\s*(kr|kronor|sek)\.?$/i, 'kr'],
];

export function parseThreshold(value: CellValue): Threshold | null {
  const text = cellText(value).trim();
  if (typeof value === 'number') {
    const parsed = parseNumber(value);
    return parsed.kind === 'number' ? { text, value: parsed.value, percent: false, unit: null, written: false } : null;
  }
  let s = text.replace(/\s*(procent|percent)$/i, ' %');
  let unit: Unit | null = null;
  for (const [suffix, u] of UNIT_SUFFIXES) {
    if (suffix.test(s)) {
      unit = u;
      s = s.replace(suffix, '');
      break;
    }
  }
  const parsed = parseNumberText(s);
  if (parsed.kind !== 'number') return null;
  return { text, value: parsed.value, percent: /%\s*\)?$/.test(s), unit, written: true };
}

/**
 * The threshold in the metric's own terms (kronor, or a fraction for a ratio), or the reason it does not
 * fit: a percentage for an amount, or kronor for a ratio.
 */
export function thresholdValue(threshold: Threshold, isAmount: boolean, headerUnit: Unit | null): Decimal | 'percent-for-amount' | 'amount-for-ratio' {
  if (isAmount) {
    if (threshold.percent) return 'percent-for-amount';
    return threshold.value.times(KRONOR_PER_UNIT[threshold.unit ?? headerUnit ?? 'kr']);
  }
  if (threshold.unit !== null) return 'amount-for-ratio';
  return threshold.value;
}

export function isMet(value: Decimal, operator: Operator, threshold: Decimal): boolean {
  switch (operator) {
    case '>':
      return value.gt(threshold);
    case '>=':
      return value.gte(threshold);
    case '<':
      return value.lt(threshold);
    case '<=':
      return value.lte(threshold);
  }
}

/** How far the value is on the right side of the threshold: positive is room to spare, negative a shortfall. */
export function margin(value: Decimal, operator: Operator, threshold: Decimal): Decimal {
  return operator === '>' || operator === '>=' ? value.minus(threshold) : threshold.minus(value);
}
