import DecimalJs from 'decimal.js';

/**
 * The project's own Decimal: 40 significant digits (amounts up to 10^25 kr with öre stay exact) and
 * halves rounded away from zero, as Excel's ROUND does. A clone, so no other library's settings leak in.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Sum exactly; an empty list sums to zero. */
export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Plain decimal string for JSON: no exponent, no trailing zeros. */
export function toPlain(value: Decimal): string {
  return value.toFixed();
}

/** Round half away from zero to `places` decimals (Excel's ROUND). */
export function roundHalfAway(value: Decimal, places = 0): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** decimal.js keeps a sign on zero (0 × −1 = −0); an amount of zero is neither favourable nor unfavourable. */
export function unsignedZero(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}
