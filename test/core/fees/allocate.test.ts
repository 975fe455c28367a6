import fc from 'fast-check';
import { Decimal, roundHalfAway, sum } from '../../../src/core/decimal';
import { Claimant, KRONA, ORE, allocate } from '../../../src/core/fees/allocate';

const d = (v: number | string) => new Decimal(v);
const claimant = (name: string, weight: number | string, population: number | null = null): Claimant => ({
  name,
  weight: d(weight),
  population: population === null ? null : d(population),
});
const byName = (claimants: readonly Claimant[], parts: readonly Decimal[]) => Object.fromEntries(claimants.map((c, i) => [c.name, parts[i].toFixed()]));

describe('largest-remainder allocation', () => {
  test('100 kr in three equal parts: 34 + 33 + 33, the spare krona to the name first in the alphabet', () => {
    const cs = [claimant('Trosa', 1), claimant('Flen', 1), claimant('Gnesta', 1)];
    expect(byName(cs, allocate(d(100), cs, KRONA))).toEqual({ Flen: '34', Gnesta: '33', Trosa: '33' });
  });

  test('on equal remainders the larger population gets the krona before the name is looked at', () => {
    const cs = [claimant('Ab', 1, 500), claimant('Bc', 1, 900), claimant('Cd', 1, 700)];
    expect(byName(cs, allocate(d(101), cs, KRONA))).toEqual({ Ab: '33', Bc: '34', Cd: '34' });
  });

  test('the larger remainder comes first: 10 kr by 1 : 2 : 3 is 2 + 3 + 5 (exact 1,67 / 3,33 / 5)', () => {
    const cs = [claimant('A', 1), claimant('B', 2), claimant('C', 3)];
    expect(allocate(d(10), cs, KRONA).map((p) => p.toFixed())).toEqual(['2', '3', '5']);
  });

  test('Swedish alphabetical order: Å, Ä, Ö come after Z', () => {
    const cs = [claimant('Örebro', 1), claimant('Ängelholm', 1), claimant('Åre', 1), claimant('Zeta', 1)];
    expect(byName(cs, allocate(d(3), cs, KRONA))).toEqual({ Zeta: '1', Åre: '1', Ängelholm: '1', Örebro: '0' });
  });

  test('in öre, 100 kr in three parts is 33,34 + 33,33 + 33,33', () => {
    const cs = [claimant('A', 1), claimant('B', 1), claimant('C', 1)];
    expect(allocate(d(100), cs, ORE).map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });

  test('refuses what cannot be shared exactly: a negative total, öre in kronor, no weight', () => {
    expect(() => allocate(d(-1), [claimant('A', 1)], KRONA)).toThrow();
    expect(() => allocate(d('10.5'), [claimant('A', 1)], KRONA)).toThrow();
    expect(() => allocate(d(10), [claimant('A', 0)], KRONA)).toThrow();
  });
});

/** Members as an allocation sees them: distinct names, populations from a hamlet to a city, some equal. */
const claimantsArb = fc
  .array(fc.record({ weight: fc.integer({ min: 0, max: 1_000_000 }), population: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }) }), {
    minLength: 1,
    maxLength: 30,
  })
  .filter((cs) => cs.some((c) => c.weight > 0))
  .map((cs) => cs.map((c, i) => claimant(`Medlem ${String.fromCharCode(65 + (i % 26))}${i}`, c.weight, c.population)));

const withShuffle = claimantsArb.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length })));
const unitArb = fc.constantFrom(KRONA, ORE);
const totalArb = (unit: Decimal) => fc.bigInt({ min: 0n, max: 10n ** 11n }).map((n) => d(n.toString()).times(unit));

describe('properties of every allocation (thousands of cases)', () => {
  test('the parts sum exactly to the total', () => {
    fc.assert(
      fc.property(
        claimantsArb,
        unitArb.chain((u) => fc.tuple(fc.constant(u), totalArb(u))),
        (cs, [unit, total]) => {
          expect(sum(allocate(total, cs, unit)).equals(total)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('no part differs from its exact share by a whole unit or more, and none is negative', () => {
    fc.assert(
      fc.property(
        claimantsArb,
        unitArb.chain((u) => fc.tuple(fc.constant(u), totalArb(u))),
        (cs, [unit, total]) => {
          const parts = allocate(total, cs, unit);
          const weightSum = sum(cs.map((c) => c.weight));
          cs.forEach((c, i) => {
            // |part − total × w / W| < unit, compared without dividing: |part × W − total × w| < unit × W.
            const gap = parts[i].times(weightSum).minus(total.times(c.weight)).abs();
            expect(gap.lt(unit.times(weightSum))).toBe(true);
            expect(parts[i].isNegative()).toBe(false);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('the result does not depend on the order of the members', () => {
    fc.assert(
      fc.property(withShuffle, totalArb(KRONA), ([cs, shuffled], total) => {
        expect(byName(shuffled, allocate(total, shuffled, KRONA))).toEqual(byName(cs, allocate(total, cs, KRONA)));
      }),
      { numRuns: 2000 },
    );
  });

  test('a member with a larger weight never pays less than one with a smaller weight', () => {
    fc.assert(
      fc.property(claimantsArb, totalArb(KRONA), (cs, total) => {
        const parts = allocate(total, cs, KRONA);
        for (let i = 0; i < cs.length; i++) for (let j = 0; j < cs.length; j++) if (cs[i].weight.gt(cs[j].weight)) expect(parts[i].gte(parts[j])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rounding half away from zero, as Excel’s ROUND', () => {
  test.each([
    ['-20.5', '-21'],
    ['20.5', '21'],
    ['2.5', '3'],
    ['-0.5', '-1'],
    ['1234.49', '1234'],
  ])('%s kr rounds to %s kr', (value, expected) => {
    expect(roundHalfAway(d(value)).toFixed()).toBe(expected);
  });

  test('unlike JavaScript, whose Math.round(−20,5) is −20', () => {
    expect(Math.round(-20.5)).toBe(-20);
    expect(roundHalfAway(d('-20.5')).toNumber()).toBe(-21);
  });
});
