import { Decimal } from '../decimal';
import { OutputCell } from './output';

/** Amounts go to Excel as numbers only here, at the edge; every sum was made exactly before. */
export function amountCell(value: Decimal | null): OutputCell {
  return value === null ? null : Number(value.toFixed(2));
}

/** A percentage as Excel holds it (0.123 shows as 12,3 % with format `0.0 %`). */
export function percentCell(value: Decimal | null): OutputCell {
  return value === null ? null : Number(value.dividedBy(100).toSignificantDigits(15).toFixed());
}
