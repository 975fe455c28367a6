/**
 * Checked by `npm run typecheck` (tsc over test/), never run: a Money is öre, and a Decimal of kronor (as the
 * fee code computes) cannot be passed where a Money is expected; it has to go through moneyFromKronor, which
 * multiplies by 100, or moneyFromOre for a Decimal that already counts öre.
 */
import { Decimal } from '../../src/core/decimal';
import { isFlagged, flagRule, DEFAULT_THRESHOLDS } from '../../src/core/deviations/figures';
import { formatAmount, formatMoney } from '../../src/core/render/format';
import { Money, add, moneyFromKronor, moneyFromOre } from '../../src/core/money';

export function kronorAreNotMoney(kronor: Decimal): string[] {
  return [
    // @ts-expect-error 5 kr as a Decimal would print as 0,05 kr
    formatMoney(kronor, 'sv'),
    formatMoney(moneyFromKronor(kronor), 'sv'),
    formatAmount(kronor, 'sv'),
  ];
}

export function sumsNeedMoney(kronor: Decimal, ore: Money): Money[] {
  return [
    // @ts-expect-error adding kronor to öre
    add(ore, kronor),
    add(ore, moneyFromOre(kronor.times(100))),
  ];
}

export function flagsNeedMoney(kronor: Decimal): boolean[] {
  const rule = flagRule(DEFAULT_THRESHOLDS);
  return [
    // @ts-expect-error a deviation in kronor against a limit in öre
    isFlagged(kronor, 100, rule),
    isFlagged(moneyFromKronor(kronor), 100, rule),
  ];
}
