import { Decimal } from './decimal';

/**
 * An exact amount in öre. While it is a safe integer (|öre| < 2^53, about 90 000 000 000 000 kr) it is a plain
 * JS number, so a million ledger rows cost integer additions and no allocation. Anything else (a fraction of an
 * öre, an amount beyond 2^53 öre) is a Decimal of öre. Both forms are exact; use the functions here, never
 * `+` or `*` on a Money, so an overflow turns into a Decimal instead of a rounded float.
 */
declare const ORE: unique symbol;
/**
 * A Decimal that counts öre. Only moneyFromOre makes one, so a Decimal of kronor (as fees compute) cannot be
 * passed where a Money is expected: `formatMoney(new Decimal(5))` does not compile (test/types/money.ts).
 */
export type OreDecimal = Decimal & { readonly [ORE]: true };
export type Money = number | OreDecimal;

export const ORE_PER_KRONA = 100;

/** Excel keeps 15 significant digits; a number of öre below this is exact in a double and as typed. */
const FIFTEEN_DIGITS = 1e15;

function big(m: Money): Decimal {
  return typeof m === 'number' ? new Decimal(m) : m;
}

/** Öre as a Decimal to a Money: a plain number when it is a safe integer; zero always as +0. */
export function moneyFromOre(d: Decimal): Money {
  if (d.isInteger() && d.abs().lte(Number.MAX_SAFE_INTEGER)) {
    const n = d.toNumber();
    return n === 0 ? 0 : n;
  }
  return d as OreDecimal;
}

/** A number Excel holds for an amount, in a unit of `orePerUnit` öre (100 for kronor, 100 000 for tkr). */
export function moneyFromCell(n: number, orePerUnit: number): Money {
  const ore = Math.round(n * orePerUnit);
  // Exactly the öre Excel shows at 15 digits: the double nearest to ore / orePerUnit is the cell's value.
  if (Math.abs(ore) < FIFTEEN_DIGITS && ore / orePerUnit === n) return ore === 0 ? 0 : ore;
  return moneyFromOre(new Decimal(n.toPrecision(15)).times(orePerUnit));
}

export function moneyFromKronor(kronor: Decimal): Money {
  return moneyFromOre(kronor.times(ORE_PER_KRONA));
}

export function toKronor(m: Money): Decimal {
  return big(m).dividedBy(ORE_PER_KRONA);
}

/** Kronor as Excel stores them: a double, rounded to the öre only here, at the edge. */
export function toKronorNumber(m: Money): number {
  return typeof m === 'number' ? m / ORE_PER_KRONA : Number(m.dividedBy(ORE_PER_KRONA).toFixed(2));
}

export function add(a: Money, b: Money): Money {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return moneyFromOre(big(a).plus(big(b)));
}

export function subtract(a: Money, b: Money): Money {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s === 0 ? 0 : s;
  }
  return moneyFromOre(big(a).minus(big(b)));
}

export function negate(m: Money): Money {
  if (typeof m === 'number') return m === 0 ? 0 : -m;
  return moneyFromOre(m.negated());
}

/** Multiply by a small integer (a sign, a count); exact either way. */
export function times(m: Money, k: number): Money {
  if (typeof m === 'number') {
    const p = m * k;
    if (Number.isSafeInteger(p)) return p === 0 ? 0 : p;
  }
  return moneyFromOre(big(m).times(k));
}

export function abs(m: Money): Money {
  return typeof m === 'number' ? Math.abs(m) : (m.abs() as OreDecimal);
}

export function isZero(m: Money): boolean {
  return typeof m === 'number' ? m === 0 : m.isZero();
}

export function isNegative(m: Money): boolean {
  return typeof m === 'number' ? m < 0 : m.isNegative() && !m.isZero();
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Money, b: Money): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return big(a).comparedTo(big(b));
}

/** Exact sum; a list with no amounts sums to null, not zero (an empty column is no value). */
export function sumOrNull(values: Iterable<Money | null>): Money | null {
  let total: Money | null = null;
  for (const v of values) if (v !== null) total = total === null ? v : add(total, v);
  return total;
}

export function sum(values: Iterable<Money | null>): Money {
  return sumOrNull(values) ?? 0;
}

/** |a| × p ≥ |b| × q, exactly, for non-negative integers p and q (thresholds as fractions). */
export function scaledAtLeast(a: Money, p: number, b: Money, q: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    const left = Math.abs(a) * p;
    const right = Math.abs(b) * q;
    if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left >= right;
  }
  return big(a).abs().times(p).gte(big(b).abs().times(q));
}

/** Kronor as a plain decimal string (`-1234.5`, `0.005`), as the JSON writes amounts; no Decimal for whole öre. */
export function moneyToPlain(m: Money): string {
  if (typeof m !== 'number') return toKronor(m).toFixed();
  const ore = Math.abs(m);
  const kronor = Math.floor(ore / ORE_PER_KRONA);
  const rest = ore - kronor * ORE_PER_KRONA;
  const fraction = rest === 0 ? '' : rest % 10 === 0 ? `.${rest / 10}` : `.${String(rest).padStart(2, '0')}`;
  return `${m < 0 ? '-' : ''}${kronor}${fraction}`;
}

/**
 * numerator / divisor rounded half up, both whole, non-negative and safe integers (divisor above zero), exactly:
 * the float quotient may be one off, and the remainder puts it right.
 */
export function roundedQuotient(numerator: number, divisor: number): number {
  let q = Math.floor(numerator / divisor);
  let r = numerator - q * divisor;
  if (r < 0) {
    q -= 1;
    r += divisor;
  } else if (r >= divisor) {
    q += 1;
    r -= divisor;
  }
  return 2 * r >= divisor ? q + 1 : q;
}

/**
 * a / |b| × 100 rounded half away from zero to `places` decimals, as a plain string, exactly; null when b is zero.
 * Whole numbers of öre are divided as integers (quotient and remainder), anything larger as Decimals.
 */
export function percentRounded(a: Money, b: Money, places: number): string | null {
  if (isZero(b)) return null;
  const scale = 100 * 10 ** places;
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) * scale <= Number.MAX_SAFE_INTEGER) {
    const q = roundedQuotient(Math.abs(a) * scale, Math.abs(b));
    const digits = String(q).padStart(places + 1, '0');
    const whole = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '');
    return q === 0 ? '0' : `${a < 0 ? '-' : ''}${whole}`;
  }
  return toKronor(a)
    .dividedBy(toKronor(abs(b)))
    .times(100)
    .toDecimalPlaces(places, Decimal.ROUND_HALF_UP)
    .toFixed();
}

/** a / |b| as Excel holds a percentage (0.123 shows as 12,3 %): a double; null when b is zero. */
export function ratioNumber(a: Money, b: Money): number | null {
  if (isZero(b)) return null;
  if (typeof a === 'number' && typeof b === 'number') return a / Math.abs(b);
  return Number(
    toKronor(a)
      .dividedBy(toKronor(abs(b)))
      .toSignificantDigits(15)
      .toFixed(),
  );
}

/**
 * Exact running sums of amounts in numbered slots, each null until an amount is added. A sum of öre soon passes
 * the small integers V8 keeps without an object, so a list of Money would make a number object at every addition
 * (a million of them over a ledger); while a sum stays a safe integer it is kept in a Float64Array instead. Past
 * that, or once a Decimal comes, it goes on through add(), so every sum is the one adding the amounts one by one
 * with add() gives.
 */
export class MoneySums {
  private readonly plain: Float64Array;
  /** Per slot: 0 no amount yet, 1 the sum is in `plain`, 2 the sum is in `money`. */
  private readonly state: Uint8Array;
  private readonly money: (Money | null)[];

  constructor(slots: number) {
    this.plain = new Float64Array(slots);
    this.state = new Uint8Array(slots);
    this.money = new Array<Money | null>(slots).fill(null);
  }

  add(slot: number, m: Money): void {
    const state = this.state[slot];
    if (state === 1) {
      if (typeof m === 'number') {
        const s = this.plain[slot] + m;
        if (Number.isSafeInteger(s)) {
          this.plain[slot] = s;
          return;
        }
      }
      this.money[slot] = add(this.plain[slot], m);
      this.state[slot] = 2;
    } else if (state === 0) {
      if (typeof m === 'number') {
        this.plain[slot] = m;
        this.state[slot] = 1;
      } else {
        this.money[slot] = m;
        this.state[slot] = 2;
      }
    } else this.money[slot] = add(this.money[slot]!, m);
  }

  get(slot: number): Money | null {
    const state = this.state[slot];
    return state === 0 ? null : state === 1 ? this.plain[slot] : this.money[slot];
  }
}
