/**
 * SPEC 1.3, Numbers: every form of a number a Swedish sheet holds, each with and without the space the
 * form may carry, read exactly; what means "no value"; what is an error. Expected values are written out by hand.
 */
import { CellValue } from '../../src/core/cells';
import { parseNumber } from '../../src/core/read/numbers';

/** The value read, as a plain decimal string, or the kind when it is not a number. */
function read(value: CellValue): string {
  const r = parseNumber(value);
  if (r.kind === 'number') return r.value.toFixed();
  return r.kind === 'empty' ? 'empty' : `error:${r.reason}`;
}

describe('SPEC 1.3 grouping spaces in `1 234,50`', () => {
  it.each([
    ['a plain space', '1 234,50'],
    ['a no-break space U+00A0', '1\u00a0234,50'],
    ['a narrow no-break (thin) space U+202F', '1\u202f234,50'],
    ['a thin space U+2009', '1\u2009234,50'],
    ['no space at all', '1234,50'],
  ])('groups with %s: 1 234,50 is 1234.5', (_what, text) => {
    expect(read(text)).toBe('1234.5');
  });

  it('three groups: `6 801 200` is 6801200, and a surrounding space is ignored', () => {
    expect(read(' 6 801 200 ')).toBe('6801200');
  });

  it('a space that does not separate groups of three is not a number: `12 34`', () => {
    expect(read('12 34')).toBe('error:not-a-number');
  });
});

describe('SPEC 1.3 signs: leading, trailing, parentheses', () => {
  it.each([
    ['U+2212 minus with a space in the number', '−1 234', '-1234'],
    ['U+2212 minus, no space', '−1234', '-1234'],
    ['hyphen-minus with a space in the number', '-1 234', '-1234'],
    ['hyphen-minus, no space', '-1234', '-1234'],
    ['en dash (U+2013) as minus', '–1 234', '-1234'],
    ['en dash, no space', '–1234', '-1234'],
    ['minus, then a space: `- 456`', '- 456', '-456'],
    ['minus, no space: `-456`', '-456', '-456'],
    ['plus sign', '+1 000', '1000'],
  ])('leading sign, %s: %p is %s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['after a space: `1 824 368 -`', '1 824 368 -', '-1824368'],
    ['with no space: `1 824 368-`', '1 824 368-', '-1824368'],
    ['on a short number with no space: `500-`', '500-', '-500'],
    ['on a short number after a space: `500 -`', '500 -', '-500'],
    ['U+2212 trailing: `500−`', '500−', '-500'],
  ])('trailing minus (ledger print) %s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['with a grouping space: `(1 234)`', '(1 234)', '-1234'],
    ['without a space: `(1234)`', '(1234)', '-1234'],
    ['with a decimal comma: `(0,50)`', '(0,50)', '-0.5'],
  ])('parentheses mean negative, %s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('a minus on zero is still zero: `-0` and `(0)` read as 0, never −0', () => {
    expect(read('-0')).toBe('0');
    expect(read('(0)')).toBe('0');
  });
});

describe('SPEC 1.3 decimal comma and decimal dot', () => {
  it.each([
    ['decimal comma: `1,234` is one and a bit, not a thousand', '1,234', '1.234'],
    ['decimal comma with two places: `40,79`', '40,79', '40.79'],
    ['dot groups thousands, comma decimal: `1.234,50`', '1.234,50', '1234.5'],
    ['dots group thousands: `1.234.567`', '1.234.567', '1234567'],
    ['comma groups thousands, dot decimal: `1,234.50`', '1,234.50', '1234.5'],
    ['dot decimal where unambiguous: `-1.91`', '-1.91', '-1.91'],
    ['dot decimal after zero: `0.125`', '0.125', '0.125'],
    ['zero with decimals: `0,00`', '0,00', '0'],
  ])('%s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('`1.234` alone could be 1 234 or 1,234: ambiguous, not guessed', () => {
    expect(read('1.234')).toBe('error:ambiguous');
  });

  it('commas that do not group by three are not a number: `1,23,4`', () => {
    expect(read('1,23,4')).toBe('error:not-a-number');
  });

  it('a separator at the end is not a number: `1 234,`', () => {
    expect(read('1 234,')).toBe('error:not-a-number');
  });
});

describe('SPEC 1.3 percentages and units in the text', () => {
  it.each([
    ['with a space: `12 %`', '12 %', '0.12'],
    ['without a space: `12%`', '12%', '0.12'],
    ['with a decimal comma: `12,5 %`', '12,5 %', '0.125'],
    ['negative: `-3 %`', '-3 %', '-0.03'],
  ])('a percentage is a fraction, %s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['`425 000 kr`', '425 000 kr', '425000'],
    ['`425 000 kronor`', '425 000 kronor', '425000'],
    ['`425 000 SEK`', '425 000 SEK', '425000'],
  ])('a trailing krona word is read past: %s', (_what, text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('SPEC 1.3 no value is not zero', () => {
  it.each([
    ['an empty cell', null],
    ['an empty string', ''],
    ['spaces only', '   '],
    ['a hyphen', '-'],
    ['an en dash', '–'],
    ['an em dash', '—'],
    ['a U+2212 minus alone', '−'],
    ['a dash between spaces', ' – '],
  ])('%s means no value', (_what, value) => {
    expect(read(value as CellValue)).toBe('empty');
  });

  it('zero is a value: `0` and the number 0 are 0, not empty', () => {
    expect(read('0')).toBe('0');
    expect(read(0)).toBe('0');
  });
});

describe('SPEC 1.3 errors name the cell: error values and unreadable text', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'])('the error value %s is an error value, as a cell error and as text', (code) => {
    expect(read({ error: code })).toBe('error:error-value');
    expect(read(code)).toBe('error:error-value');
  });

  it.each([['fyrtio'], ['12 tkr extra'], ['1-2'], ['abc123']])('unreadable text %p is not a number', (text) => {
    expect(read(text)).toBe('error:not-a-number');
  });

  it('a boolean is not an amount', () => {
    expect(read(true)).toBe('error:not-a-number');
  });

  it('an infinite or NaN number is not an amount', () => {
    expect(read(Number.POSITIVE_INFINITY)).toBe('error:not-a-number');
    expect(read(Number.NaN)).toBe('error:not-a-number');
  });

  it('the error keeps the text as the user typed it, for the message', () => {
    expect(parseNumber(' fyrtio ')).toEqual({ kind: 'error', reason: 'not-a-number', text: ' fyrtio ' });
  });
});

describe('SPEC 1.3 Excel numbers become exact decimals at once', () => {
  it('0.1 + 0.2 as Excel shows it (15 digits) is 0.3, not 0.30000000000000004', () => {
    expect(read(0.1 + 0.2)).toBe('0.3');
  });

  it('a whole number stays whole: 1824368 and -239000', () => {
    expect(read(1824368)).toBe('1824368');
    expect(read(-239000)).toBe('-239000');
  });
});
