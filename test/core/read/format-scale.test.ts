/**
 * How far a number format scales what it shows (format-scale.ts): each comma right after the last digit
 * placeholder of a section divides by 1 000; a grouping comma, a quoted or escaped one does not.
 */
import { formatMayScale, formatScale } from '../../../src/core/read/format-scale';

describe('the thousands scaling of a number format (invariant, en-US form)', () => {
  test.each([
    ['#,##0,', 1],
    ['#,##0,,', 2],
    ['0,', 1],
    ['0,"tkr"', 1],
    ['#,##0,\\ "tkr"', 1],
    ['#,##0," tkr"', 1],
    ['0.0,,', 2],
    ['[$-41D]#,##0,', 1],
    ['[Blue]#,##0,', 1],
    ['#,##0,_);(#,##0,)', 1],
  ])('%s shows a number divided by 1 000 per trailing comma: %i', (code, scale) => {
    expect(formatScale(code, 8_912_367)).toBe(scale);
    expect(formatMayScale(code)).toBe(true);
  });

  test.each([
    ['General'],
    ['0'],
    ['#,##0'],
    ['#,##0.00'],
    ['# ##0'],
    ['#,##0 "kr"'],
    // A comma in quotes or escaped is a literal.
    ['#,##0","'],
    ['#,##0\\,'],
    // A comma with a placeholder after it groups thousands: `0,0` and `#,##0,.00` end in digits.
    ['0,0'],
    ['#,##0,.00'],
    // A comma after a literal, not a placeholder.
    ['#,##0 ,'],
    ['0%'],
    ['0.00E+00,'],
    ['@'],
    ['yyyy-mm-dd'],
    ['mmmm d, yyyy'],
    ['[h]:mm:ss'],
  ])('%s shows a number as it is', (code) => {
    expect(formatScale(code, 8_912_367)).toBe(0);
    expect(formatMayScale(code)).toBe(false);
  });

  test('no format (General) shows a number as it is', () => {
    expect(formatScale(null, 5)).toBe(0);
  });

  test('each sign has its section: positive and zero, then negative; or positive, negative, zero', () => {
    expect(formatScale('#,##0,;[Red]-#,##0,', -5_000)).toBe(1);
    expect(formatScale('#,##0,;-#,##0', 5_000)).toBe(1);
    expect(formatScale('#,##0,;-#,##0', 0)).toBe(1);
    expect(formatScale('#,##0,;-#,##0', -5_000)).toBe(0);
    expect(formatScale('#,##0;#,##0;#,##0,', 0)).toBe(1);
    expect(formatScale('#,##0;#,##0;#,##0,', 5)).toBe(0);
    // The fourth section is for text.
    expect(formatScale('#,##0;-#,##0;0;@,', 5)).toBe(0);
    // A `;` in quotes or escaped splits nothing.
    expect(formatScale('#,##0,";";-0', -5)).toBe(0);
    expect(formatScale('#,##0,\\;', -5)).toBe(1);
  });

  test('where conditions choose among sections that scale differently, the scale cannot be told', () => {
    expect(formatScale('[>=1000000]#,##0,,;#,##0,', 5_000_000)).toBeNull();
    // Conditions that choose among sections of one scale do not matter.
    expect(formatScale('[>=1000000]#,##0,;#,##0,', 5_000_000)).toBe(1);
  });
});
