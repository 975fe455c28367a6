/**
 * A first line whose amounts are small whole numbers (1–12) is a line, not a second header row of months: a
 * table must never lose a line because its figures could be read as month numbers.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a first line of small whole numbers', () => {
  test('`Post 1 | 10 | 9` under `Budget 2024 | Utfall 2024` stays a line, and every line is read', () => {
    const t = run([
      sheet('Drift', [
        ['Post', 'Budget 2024', 'Utfall 2024'],
        ['Post 1', 10, 9],
        ['Post 2', 200, 150],
        ['Post 3', 300, 330],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headerRows).toEqual([0]);
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
      ['Post 1', '10', '9'],
      ['Post 2', '200', '150'],
      ['Post 3', '300', '330'],
    ]);
  });

  test('`Post 1 | 3 | 4`: numbers that count up across two group headers are not one run of months', () => {
    const t = run([
      sheet('Drift', [
        ['Post', 'Budget 2024', 'Utfall 2024'],
        ['Post 1', 3, 4],
        ['Post 2', 200, 150],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
      ['Post 1', '3', '4'],
      ['Post 2', '200', '150'],
    ]);
  });

  test('two small numbers under each group that are not months in a row stay a line', () => {
    const t = run([
      sheet('Drift', [
        ['Post', 'Budget 2024', '', 'Utfall 2024', ''],
        ['Post 1', 3, 7, 2, 5],
        ['Post 2', 200, 100, 150, 90],
      ]),
    ]).analysis.tables;
    // Whatever the table is read as, the row `Post 1` is not swallowed as a header.
    const names = t.flatMap((x) => x.lines.map((l) => l.name));
    expect(names).toContain('Post 1');
  });

  test('month numbers 1, 2, 3 … under a group are still months', () => {
    const t = run([
      sheet('Drift', [
        ['Konto', 'Budget 2024', '', '', 'Utfall 2024', '', ''],
        ['', 1, 2, 3, 1, 2, 3],
        ['Lokaler', 10, 10, 10, 9, 11, 12],
        ['Personal', 100, 100, 100, 90, 95, 120],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headerRows).toEqual([0, 1]);
    expect(t.lines.map((l) => [l.name, kr(l.budget)])).toEqual([
      ['Lokaler', '30'],
      ['Personal', '300'],
    ]);
  });
});
