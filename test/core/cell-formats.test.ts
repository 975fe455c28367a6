/**
 * A sheet's number formats kept small (cell-formats.ts): per column, runs of consecutive rows in one format,
 * so a column of a million rows in one format is three numbers.
 */
import { FormatRuns, formatAt, formatKnown } from '../../src/core/cell-formats';

describe('number formats as runs per column', () => {
  test('consecutive rows in one format are one run; a gap, another format or another column start a new one', () => {
    const b = new FormatRuns();
    for (let r = 3; r < 1_000_003; r++) b.add(r, 1, '#,##0,');
    b.add(1_000_005, 1, '#,##0,');
    b.add(1_000_006, 1, '#,##0');
    b.add(4, 3, '#,##0,');
    const f = b.finish()!;
    expect(f.codes).toEqual(['#,##0,', '#,##0']);
    expect(f.runs[1]).toEqual([3, 1_000_002, 0, 1_000_005, 1_000_005, 0, 1_000_006, 1_000_006, 1]);
    expect(f.runs[3]).toEqual([4, 4, 0]);
    expect(f.runs[0]).toBeUndefined();
    expect(f.known).toBeUndefined();
  });

  test('a cell looks up its format; a cell in no run shows General (null)', () => {
    const b = new FormatRuns();
    [5, 6, 7].forEach((r) => b.add(r, 0, '0,'));
    b.add(9, 0, '#,##0');
    const f = b.finish();
    expect([4, 5, 7, 8, 9, 10].map((r) => formatAt(f, r, 0))).toEqual([null, '0,', '0,', null, '#,##0', null]);
    expect(formatAt(f, 5, 1)).toBeNull();
    expect(formatAt(undefined, 5, 0)).toBeNull();
  });

  test('rows given out of order (a file may) are sorted into runs', () => {
    const b = new FormatRuns();
    [10, 11, 2, 3, 12].forEach((r) => b.add(r, 0, '#,##0,'));
    const f = b.finish()!;
    expect(f.runs[0]).toEqual([2, 3, 0, 10, 12, 0]);
    expect([1, 2, 3, 4, 10, 12, 13].map((r) => formatAt(f, r, 0))).toEqual([null, '#,##0,', '#,##0,', null, '#,##0,', '#,##0,', null]);
  });

  test('no format other than General gives no formats at all; the areas read are kept where not all were', () => {
    expect(new FormatRuns().finish([0, 0, 9, 3])).toBeUndefined();
    const b = new FormatRuns();
    b.add(0, 0, '0,');
    const f = b.finish([0, 0, 999, 3, 5000, 5, 5999, 6])!;
    expect([formatKnown(f, 999, 3), formatKnown(f, 1000, 3), formatKnown(f, 5000, 4), formatKnown(f, 5000, 5)]).toEqual([true, false, false, true]);
    expect(formatKnown({ codes: [], runs: [] }, 1_000_000, 100)).toBe(true);
  });
});
