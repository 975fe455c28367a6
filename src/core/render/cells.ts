import { Decimal } from '../decimal';
import { Money, ratioNumber, toKronorNumber } from '../money';
import { OutputCell } from './output';

/** Amounts go to Excel as numbers only here, at the edge; every sum was made exactly before. */
export function amountCell(kronor: Decimal | null): OutputCell {
  return kronor === null ? null : Number(kronor.toFixed(2));
}

/** The same for an amount held in öre. */
export function moneyCell(value: Money | null): OutputCell {
  return value === null ? null : toKronorNumber(value);
}

/** A percentage as Excel holds it (0.123 shows as 12,3 % with format `0.0 %`). */
export function percentCell(value: Decimal | null): OutputCell {
  return value === null ? null : Number(value.dividedBy(100).toSignificantDigits(15).toFixed());
}

/** deviation / |budget| as an Excel percentage; no cell when there is no budget or it is zero. */
export function ratioCell(deviation: Money | null, budget: Money | null): OutputCell {
  return budget === null || deviation === null ? null : ratioNumber(deviation, budget);
}
