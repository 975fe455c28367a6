/**
 * Exact money (SPEC 1.3, 3.3) and how amounts and percentages are shown: whole öre as integers, halves rounded
 * away from zero as Excel's ROUND, Swedish `−1 910 000 kr` (U+2212, no-break spaces, decimal comma) and English
 * `-1,910,000 kr`. Expected strings are written out by hand.
 */
import { Decimal, roundHalfAway, unsignedZero } from '../../src/core/decimal';
import { formatAmount, formatMoney, formatPercent } from '../../src/core/render/format';
import {
  OreDecimal,
  add,
  compare,
  moneyFromCell,
  moneyFromKronor,
  moneyFromOre,
  moneyToPlain,
  negate,
  percentRounded,
  ratioNumber,
  scaledAtLeast,
  subtract,
  sumOrNull,
  times,
  toKronorNumber,
} from '../../src/core/money';
import { moneyCell, percentCell, ratioCell } from '../../src/core/render/cells';

const d = (v: string | number) => new Decimal(v);
const NB = '\u00a0';
/** A Decimal that counts öre, as moneyFromOre gives one past 2^53 or with a fraction of an öre. */
const ore = (v: string) => new Decimal(v) as OreDecimal;

describe('Swedish and English amounts', () => {
  it.each([
    [d(1234567), `1${NB}234${NB}567${NB}kr`, '1,234,567 kr'],
    [d(-1910000), `\u22121${NB}910${NB}000${NB}kr`, '-1,910,000 kr'],
    [d(999), `999${NB}kr`, '999 kr'],
    [d(1000), `1${NB}000${NB}kr`, '1,000 kr'],
    [d('1234.5'), `1${NB}234,50${NB}kr`, '1,234.50 kr'],
    [d('0.05'), `0,05${NB}kr`, '0.05 kr'],
    [d(0), `0${NB}kr`, '0 kr'],
  ])('%s kr is %p in Swedish and %p in English', (value, sv, en) => {
    expect(formatAmount(value, 'sv')).toBe(sv);
    expect(formatAmount(value, 'en')).toBe(en);
  });

  it('öre are rounded half away from zero: 0,005 → 0,01 and −0,005 → −0,01', () => {
    expect(formatAmount(d('0.005'), 'sv')).toBe(`0,01${NB}kr`);
    expect(formatAmount(d('-0.005'), 'en')).toBe('-0.01 kr');
  });

  it('an amount that rounds to zero shows no minus: −0,004 kr is 0,00 kr', () => {
    expect(formatAmount(d('-0.004'), 'sv')).toBe(`0,00${NB}kr`);
    expect(formatAmount(d('-0.004'), 'en')).toBe('0.00 kr');
  });

  it('another unit, or none', () => {
    expect(formatAmount(d(1500), 'sv', 'tkr')).toBe(`1${NB}500${NB}tkr`);
    expect(formatAmount(d(1500), 'sv', '')).toBe(`1${NB}500`);
    expect(formatAmount(d(-1500), 'en', '')).toBe('-1,500');
  });

  it('an amount in öre is shown in kronor: 191 000 000 öre is 1 910 000 kr', () => {
    expect(formatMoney(-191_000_000, 'sv')).toBe(`\u22121${NB}910${NB}000${NB}kr`);
    expect(formatMoney(12_345, 'en')).toBe('123.45 kr');
  });
});

describe('percentages with one decimal', () => {
  it.each([
    [d('15.649'), `15,6${NB}%`, '15.6%'],
    [d('-15.65'), `\u221215,7${NB}%`, '-15.7%'],
    [d(5), `5,0${NB}%`, '5.0%'],
    [d('0.05'), `0,1${NB}%`, '0.1%'],
  ])('%s % is %p and %p', (value, sv, en) => {
    expect(formatPercent(value, 'sv')).toBe(sv);
    expect(formatPercent(value, 'en')).toBe(en);
  });

  it('a percentage that rounds to zero shows no minus; no percentage is a dash', () => {
    expect(formatPercent(d('-0.04'), 'sv')).toBe(`0,0${NB}%`);
    expect(formatPercent(null, 'sv')).toBe('–');
    expect(formatPercent(null, 'en')).toBe('–');
  });
});

describe('SPEC 3.3 halves away from zero, as Excel’s ROUND', () => {
  it('2,5 → 3, −2,5 → −3, 0,125 to two places → 0,13, 2,4999 → 2', () => {
    expect([roundHalfAway(d('2.5')), roundHalfAway(d('-2.5')), roundHalfAway(d('0.125'), 2), roundHalfAway(d('2.4999'))].map((v) => v.toFixed())).toEqual([
      '3',
      '-3',
      '0.13',
      '2',
    ]);
  });

  it('a zero with a sign is plain zero', () => {
    expect(unsignedZero(d(-0)).isNegative()).toBe(false);
    expect(unsignedZero(d(-3)).toFixed()).toBe('-3');
  });
});

describe('exact öre', () => {
  it('a cell of 40,79 kr is 4 079 öre; of 1,5 tkr 150 000 öre; a zero is +0', () => {
    expect(moneyFromCell(40.79, 100)).toBe(4079);
    expect(moneyFromCell(1.5, 100_000)).toBe(150_000);
    expect(Object.is(moneyFromCell(-0, 100), 0)).toBe(true);
  });

  it('a cell with a fraction of an öre stays exact as a Decimal: 1,005 kr is 100,5 öre', () => {
    expect(String(moneyFromCell(1.005, 100))).toBe('100.5');
  });

  it('kronor to öre: 1 000,50 kr is 100 050 öre; a huge amount stays a Decimal', () => {
    expect(moneyFromKronor(d('1000.5'))).toBe(100_050);
    expect(String(moneyFromKronor(d('1e20')))).toBe('10000000000000000000000');
    expect(moneyFromOre(d('9007199254740993')).toString()).toBe('9007199254740993');
  });

  it('sums past 2^53 öre turn into Decimals instead of rounding', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(add(max, 2).toString()).toBe('9007199254740993');
    expect(subtract(-max, 2).toString()).toBe('-9007199254740993');
    expect(times(max, 2).toString()).toBe('18014398509481982');
    expect(negate(ore('9007199254740993')).toString()).toBe('-9007199254740993');
  });

  it('zero results are +0, never −0', () => {
    expect(Object.is(subtract(5, 5), 0)).toBe(true);
    expect(Object.is(times(0, -1), 0)).toBe(true);
    expect(Object.is(negate(0), 0)).toBe(true);
  });

  it('compare across forms: 5 öre < Decimal 6 öre, equal is 0', () => {
    expect([compare(5, 6), compare(6, 5), compare(5, 5), compare(ore('5'), 6), compare(7, ore('6'))]).toEqual([-1, 1, 0, -1, 1]);
  });

  it('an empty column sums to null, not zero', () => {
    expect(sumOrNull([null, null])).toBeNull();
    expect(sumOrNull([null, 5, -2])).toBe(3);
  });

  it('|a| × p ≥ |b| × q exactly: 3 × 2 ≥ 6 × 1, not 3 × 2 ≥ 7 × 1; the same past 2^53', () => {
    expect([scaledAtLeast(-3, 2, 6, 1), scaledAtLeast(3, 2, -7, 1)]).toEqual([true, false]);
    expect(scaledAtLeast(Number.MAX_SAFE_INTEGER, 2, Number.MAX_SAFE_INTEGER, 2)).toBe(true);
    expect(scaledAtLeast(Number.MAX_SAFE_INTEGER, 2, Number.MAX_SAFE_INTEGER + 1, 2)).toBe(false);
  });
});

describe('amounts and percentages in the JSON and in Excel cells', () => {
  it.each([
    [123_456, '1234.56'],
    [120, '1.2'],
    [5, '0.05'],
    [-5, '-0.05'],
    [0, '0'],
    [-100, '-1'],
    [ore('100.5'), '1.005'],
  ])('%s öre is "%s" kronor in the JSON', (ore, text) => {
    expect(moneyToPlain(ore)).toBe(text);
  });

  it.each([
    // [deviation, budget, places, expected]
    [100, 300, 2, '33.33'],
    [200, 300, 2, '66.67'],
    [-100, 300, 2, '-33.33'],
    [1, 8, 0, '13'],
    [-1, 8, 0, '-13'],
    [-1, 100_000_000, 2, '0'],
    [-10_000, -100_000, 2, '-10'],
    [10_000, -100_000, 2, '10'],
    [5, 0, 2, null],
  ])('deviation %s of budget %s to %i places is %p %', (a, b, places, text) => {
    expect(percentRounded(a, b, places)).toBe(text);
  });

  it('the same past 2^53, exactly: 10^17 of 3 × 10^17 öre is 33.33 %', () => {
    expect(percentRounded(ore('1e17'), ore('3e17'), 2)).toBe('33.33');
    expect(percentRounded(ore('-1e17'), ore('-8e17'), 0)).toBe('-13');
  });

  it('the sheet’s Avvikelse % on a signed cost line: −100 kr of −1 000 kr is −0,1 (shows −10,0 %)', () => {
    expect(ratioCell(-10_000, -100_000)).toBe(-0.1);
    expect(ratioNumber(10_000, -100_000)).toBe(0.1);
    expect(ratioNumber(ore('1e17'), ore('-4e17'))).toBe(0.25);
    expect([ratioCell(null, 5), ratioCell(5, null), ratioCell(5, 0)]).toEqual([null, null, null]);
  });

  it('amounts go to Excel as kronor numbers: 4 079 öre is 40,79; a Decimal is rounded to the öre only here', () => {
    expect(moneyCell(4079)).toBe(40.79);
    expect(moneyCell(null)).toBeNull();
    expect(toKronorNumber(ore('100.5'))).toBe(1.01);
    expect(percentCell(d('12.3'))).toBe(0.123);
  });
});
