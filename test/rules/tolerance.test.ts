/**
 * SPEC 2.4, rounding or mismatch: a difference is rounding when it is at most (n + 1) / 2 printed units, n being
 * the number of rounded addends, in the table's own unit (1 kr, 1 tkr, 0,01 mnkr). Each edge: exactly the limit,
 * and one öre over. Differences in öre.
 */
import { Decimal } from '../../src/core/decimal';
import { OreDecimal } from '../../src/core/money';
import { classifyDifference, withinRounding } from '../../src/core/tolerance';
import { PRINTED_STEP_ORE } from '../../src/core/read/units';

/** A Decimal that counts öre, as moneyFromOre gives one past 2^53. */
const ore = (v: string) => new Decimal(v) as OreDecimal;
const KR = PRINTED_STEP_ORE.kr;
const TKR = PRINTED_STEP_ORE.tkr;
const MNKR = PRINTED_STEP_ORE.mnkr;

describe('SPEC 2.4 rounding is at most (n + 1) / 2 printed units', () => {
  it.each([
    // [addends, limit in öre for a kronor table]: (n + 1) / 2 kr.
    [0, 50],
    [1, 100],
    [2, 150],
    [3, 200],
    [10, 550],
  ])('kr, n = %i: a difference of exactly %i öre is rounding, one öre more a mismatch', (n, limit) => {
    expect(classifyDifference(limit, n, KR)).toBe('rounding');
    expect(classifyDifference(limit + 1, n, KR)).toBe('mismatch');
  });

  it('the sign of the difference does not matter: −150 öre with 2 addends is rounding, −151 a mismatch', () => {
    expect(classifyDifference(-150, 2, KR)).toBe('rounding');
    expect(classifyDifference(-151, 2, KR)).toBe('mismatch');
  });

  it('tkr, n = 3: 2 tkr (200 000 öre) is rounding, 2 tkr and one öre a mismatch', () => {
    expect(classifyDifference(200_000, 3, TKR)).toBe('rounding');
    expect(classifyDifference(200_001, 3, TKR)).toBe('mismatch');
  });

  it('mnkr, n = 1: the printed unit is 0,01 mnkr, so 10 000 kr is rounding and 10 000,01 kr a mismatch', () => {
    expect(classifyDifference(1_000_000, 1, MNKR)).toBe('rounding');
    expect(classifyDifference(1_000_001, 1, MNKR)).toBe('mismatch');
  });

  it('mnkr: a 0,5 mnkr difference over two addends is a mismatch, not rounding', () => {
    // Limit (2 + 1) / 2 × 0,01 mnkr = 0,015 mnkr = 15 000 kr; 0,5 mnkr = 500 000 kr = 50 000 000 öre.
    expect(classifyDifference(50_000_000, 2, MNKR)).toBe('mismatch');
  });

  it('a difference of zero is rounding (checks report only non-zero differences)', () => {
    expect(classifyDifference(0, 0, KR)).toBe('rounding');
  });

  it('exact past 2^53 öre: a huge difference is a mismatch, and so is a huge step limit plus one öre', () => {
    expect(classifyDifference(ore('1e20'), 2, KR)).toBe('mismatch');
    // Limit (3 + 1) / 2 × 10^16 öre = 2 × 10^16 öre.
    expect(classifyDifference(ore('2e16'), 3, ore('1e16'))).toBe('rounding');
    expect(classifyDifference(ore('20000000000000001'), 3, ore('1e16'))).toBe('mismatch');
  });

  it('withinRounding says the same as classifyDifference', () => {
    expect([withinRounding(150, 2, KR), withinRounding(151, 2, KR)]).toEqual([true, false]);
  });
});
