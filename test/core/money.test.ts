import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import {
  Money,
  MoneySums,
  OreDecimal,
  add,
  compare,
  moneyFromCell,
  moneyToPlain,
  percentRounded,
  ratioNumber,
  scaledAtLeast,
  subtract,
  sum,
  toKronor,
} from '../../src/core/money';

/** The reference: the same arithmetic on decimal.js, in kronor. */
const dec = (m: Money) => toKronor(m);
const ore = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const kronorWithOre = fc.integer({ min: -99_999_999_999_99, max: 99_999_999_999_99 }).map((n) => n / 100);

describe('Money: integer öre while exact, Decimal beyond', () => {
  test('a cell value in kr, tkr and mnkr becomes the öre Excel shows at 15 digits', () => {
    expect(moneyFromCell(1234.56, 100)).toBe(123456);
    expect(moneyFromCell(-0.01, 100)).toBe(-1);
    expect(moneyFromCell(16029.5, 100_000)).toBe(1_602_950_000);
    expect(moneyFromCell(0.1 + 0.2, 100)).toBe(30); // 0.30000000000000004 is 0,3 at 15 digits
    expect(dec(moneyFromCell(0.005, 100)).toFixed()).toBe('0.005');
    expect(dec(moneyFromCell(1e15, 100)).toFixed()).toBe('1000000000000000');
    expect(Object.is(moneyFromCell(-0, 100), 0)).toBe(true);
  });

  test('every number Excel can hold reads as new Decimal(n.toPrecision(15)) does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e17, max: 1e17 }), fc.constantFrom(100, 100_000, 100_000_000), (n, unit) => {
        const expected = new Decimal(n.toPrecision(15)).times(unit);
        expect(
          compare(moneyFromCell(n, unit), expected.isInteger() && expected.abs().lte(Number.MAX_SAFE_INTEGER) ? expected.toNumber() : (expected as OreDecimal)),
        ).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('sums and differences are exact past 2^53 öre, where a float would round', () => {
    fc.assert(
      fc.property(ore, ore, (a, b) => {
        expect(dec(add(a, b)).equals(dec(a).plus(dec(b)))).toBe(true);
        expect(dec(subtract(a, b)).equals(dec(a).minus(dec(b)))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const big = add(Number.MAX_SAFE_INTEGER, 2);
    expect(typeof big).not.toBe('number');
    expect(dec(big).toFixed()).toBe('90071992547409.93');
    expect(sum([Number.MAX_SAFE_INTEGER, 2, -2])).toBe(Number.MAX_SAFE_INTEGER);
  });

  test('plain text is what Decimal prints', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          ore,
          kronorWithOre.map((k) => Math.round(k * 100)),
        ),
        (m) => {
          expect(moneyToPlain(m)).toBe(dec(m).toFixed());
        },
      ),
      { numRuns: 2000 },
    );
    expect(moneyToPlain(-5)).toBe('-0.05');
    expect(moneyToPlain(150)).toBe('1.5');
  });

  test('percentages round half away from zero exactly, as Decimal does', () => {
    const reference = (a: Money, b: Money) => dec(a).dividedBy(dec(b).abs()).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: -1e12, max: 1e12 }).filter((b) => b !== 0),
        (a, b) => {
          expect(percentRounded(a, b, 2)).toBe(reference(a, b));
        },
      ),
      { numRuns: 3000 },
    );
    expect(percentRounded(1, 8, 2)).toBe('12.5');
    expect(percentRounded(-1, 20_000, 2)).toBe('-0.01'); // −0,005 % rounds away from zero
    expect(percentRounded(5, 0, 2)).toBeNull();
    expect(ratioNumber(-599_600_00, 3_840_000_00)).toBeCloseTo(-0.156145833, 9);
  });

  test('thresholds compare as exact fractions', () => {
    expect(scaledAtLeast(5, 100, 100, 5)).toBe(true); // 5 % of 100 öre
    expect(scaledAtLeast(4, 100, 100, 5)).toBe(false);
    expect(scaledAtLeast(Number.MAX_SAFE_INTEGER, 100, 1, 1)).toBe(true);
  });
});

describe('MoneySums: running sums kept unboxed while they are safe integers', () => {
  // Amounts near 2^53 öre, fractions of an öre and Decimals past 2^53, so sums cross the edge both ways.
  const amount: fc.Arbitrary<Money> = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }) },
    { weight: 2, arbitrary: ore },
    { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1, -1) },
    { weight: 1, arbitrary: fc.constantFrom('0.5', '-0.25', '9007199254740993', '-18014398509481984').map((v) => new Decimal(v) as OreDecimal) },
  );

  test('give in every slot what adding its amounts one by one with add() gives, null where none came', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), amount), { maxLength: 60 }), (adds) => {
        const sums = new MoneySums(3);
        const want: (Money | null)[] = [null, null, null];
        for (const [slot, m] of adds) {
          sums.add(slot, m);
          const was = want[slot];
          want[slot] = was === null ? m : add(was, m);
        }
        for (let slot = 0; slot < 3; slot++) {
          const got = sums.get(slot);
          const expected = want[slot];
          if (expected === null) expect(got).toBeNull();
          else {
            // The same value in the same form: a number where add() gives a number, a Decimal where it gives one.
            expect(typeof got).toBe(typeof expected);
            expect(compare(got!, expected)).toBe(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
