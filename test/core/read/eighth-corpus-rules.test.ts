/**
 * The reading rules the eighth layout corpus taught: where the honest answer is to refuse a figure, or where a
 * naive reading would invent one. One rule at a time, at its edge, with figures worked out by hand. (The corpus
 * itself runs in test/layouts8.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

/** Rows of cost accounts 4000, 4001 … with budget 10 and outcome 10: filler for a page of a printout. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => [4000 + i, `Konto ${i}`, 10, 10]);

describe('a printout pasted with its header on every page', () => {
  test('the repeated header row (past the rows a header is looked for in) is neither a line nor amounts that cannot be read; the page title heads nothing', () => {
    const r = run([
      sheet('Rapport', [
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [4010, 'Löner', 100, 90],
        ...filler(40),
        [],
        ['Driftrapport · sida 2 av 2'],
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [5010, 'Lokalhyra', 50, 55],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(r.analysis.errors).toEqual([]);
    expect(t.lines).toHaveLength(42);
    expect([t.lines[0], t.lines[41]].map((l) => [l.name, kr(l.deviation)])).toEqual([['4010 Löner', '10'], ['5010 Lokalhyra', '-5']]);
    expect(t.lines[41].source.section).toBeNull();
  });

  test('a row that only shares some words with the header is still read (and its text reported)', () => {
    const r = run([
      sheet('Rapport', [
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [4010, 'Löner', 100, 90],
        [5010, 'Lokalhyra', 'Budget 2025', 55],
      ]),
    ]);
    expect(r.analysis.errors.map((e) => e.cell)).toEqual(['C3']);
  });
});
