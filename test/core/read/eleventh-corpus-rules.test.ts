/**
 * The reading rules the eleventh layout corpus taught: budget-against-outcome tables as the economists of förbund
 * lay them out. One rule at a time, at its edge, with figures worked out by hand. (The corpus itself runs in
 * test/layouts11.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { matchHeader } from '../../../src/core/read/headers';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('Outturn', () => {
  test('Outturn 2025 is the outcome, and Surplus/(deficit) for the year a total', () => {
    expect(matchHeader('Outturn 2025')?.role).toBe('outcome');
    const t = run([
      sheet('Outturn', [
        ['Item', 'Budget 2025', 'Outturn 2025'],
        ['Member contributions', 100, 100],
        ['Staff costs', 60, 70],
        ['Surplus/(deficit) for the year', 40, 30],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Member contributions', '100', '0'],
      ['Staff costs', '70', '-10'],
    ]);
  });
});
