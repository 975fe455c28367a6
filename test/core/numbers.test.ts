import { parseAmountCell, parseNumber } from '../../src/core/read/numbers';
import { CellValue } from '../../src/core/cells';

/** SPEC 1.3: every form an economist's sheet holds, read exactly. */
const READABLE: [CellValue, string][] = [
  [1234.5, '1234.5'],
  [40.79, '40.79'],
  [0.1 + 0.2, '0.3'],
  [-239000, '-239000'],
  ['1 234,50', '1234.5'],
  ['1\u00a0234,50', '1234.5'],
  ['1\u202f234,50', '1234.5'],
  ['1\u2009234', '1234'],
  ['−1 234', '-1234'],
  ['-1 234', '-1234'],
  ['1 824 368 -', '-1824368'],
  ['- 456', '-456'],
  ['(1 234)', '-1234'],
  ['1.234,50', '1234.5'],
  ['1.234.567', '1234567'],
  ['1,234.50', '1234.5'],
  ['-1.91', '-1.91'],
  ['0,00', '0'],
  ['0', '0'],
  ['12 %', '0.12'],
  ['12,5%', '0.125'],
  ['6\u00a0801\u00a0200 ', '6801200'],
  ['425 000 kronor', '425000'],
  ['+1 000', '1000'],
  ['0.125', '0.125'],
  ['10 000 000 000 000 000,01', '10000000000000000.01'],
];

describe('parseNumber reads every number form exactly', () => {
  test.each(READABLE)('%p → %s', (input, expected) => {
    const r = parseNumber(input);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect(r.value.toFixed()).toBe(expected);
  });
});

describe('no value is not zero', () => {
  test.each([null, '', '   ', '-', '–', '—'] as CellValue[])('%p is empty', (input) => {
    expect(parseNumber(input)).toEqual({ kind: 'empty' });
  });
  test('zero is a value', () => {
    expect(parseNumber(0).kind).toBe('number');
    expect(parseNumber('0').kind).toBe('number');
  });
});

describe('errors are errors', () => {
  test.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!'])('error value %s', (e) => {
    expect(parseNumber({ error: e })).toMatchObject({ kind: 'error', reason: 'error-value' });
    expect(parseNumber(e)).toMatchObject({ kind: 'error', reason: 'error-value' });
  });
  test.each(['abc', '12 34', '1,2,3', '1 2345', '--5', 'Summa', '12a'])('unreadable text %p', (t) => {
    expect(parseNumber(t)).toMatchObject({ kind: 'error', reason: 'not-a-number' });
  });
  test('1.234 alone is ambiguous', () => {
    expect(parseNumber('1.234')).toMatchObject({ kind: 'error', reason: 'ambiguous' });
  });
  test('booleans are not amounts', () => {
    expect(parseNumber(true).kind).toBe('error');
  });
});

describe('an amount cell with its unit written after the number', () => {
  test.each([
    ['14 250 tkr', '14250', 'tkr'],
    ['1,2 mnkr', '1.2', 'mnkr'],
    ['1,2 Mkr', '1.2', 'mnkr'],
    ['(350 tkr)', '-350', 'tkr'],
    ['−2 945 TKR', '-2945', 'tkr'],
    ['3 600 KSEK', '3600', 'tkr'],
    ['500 kr', '500', 'kr'],
    ['1 234,50 kronor', '1234.5', 'kr'],
  ])('`%s` is %s in %s', (text, value, unit) => {
    const { parsed, unit: u } = parseAmountCell(text);
    expect(parsed.kind === 'number' && parsed.value.toString()).toBe(value);
    expect(u).toBe(unit);
  });

  test('a plain number states no unit; the unit alone, two units or text are unreadable', () => {
    expect(parseAmountCell(14250).unit).toBeUndefined();
    expect(parseAmountCell('14 250').unit).toBeUndefined();
    for (const text of ['tkr', '12 tkr 5 mnkr', 'ca 14 tkr', '14 250 tkr ungefär']) expect(parseAmountCell(text).parsed.kind).toBe('error');
  });

  test('read without its unit, `14 250 tkr` is no number: a unit is never dropped unapplied', () => {
    expect(parseNumber('14 250 tkr').kind).toBe('error');
    expect(parseNumber('1,2 mnkr').kind).toBe('error');
  });
});
