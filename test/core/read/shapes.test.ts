/**
 * Shapes with a budget and an outcome but no header row of columns: a table laid across and blocks written like
 * a form. Each is named at its cell and nothing is computed from it; nothing inside it is misread as a table.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { findAcross, findBlocks } from '../../../src/core/read/shapes';
import { sheet } from '../../helpers/sheets';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a table laid across', () => {
  const across = sheet('Översikt', [
    ['Nettokostnad per fokusområde 2024 (tkr)'],
    [],
    [null, 'Kompetens', 'Innovation', 'Totalt'],
    ['Budget', 875, 5140, 6015],
    ['Utfall', 956, 5113, 6069],
    ['Avvikelse', -81, 27, -54],
  ]);

  test('is named at its first row label and nothing is computed', () => {
    const r = run(across);
    expect(r.analysis.tables).toEqual([]);
    expect(r.analysis.errors.map((e) => [e.sheet, e.cell, e.key])).toEqual([['Översikt', 'A4', 'table.across']]);
  });

  test('English words, from column C, the outcome first', () => {
    expect(findAcross(sheet('S', [[], [null, null, null, 'North', 'South'], [null, null, 'Actual', 10, 20], [null, null, 'Budget', 12, 18]]))).toEqual({ row: 2, col: 2, namesRow: 1, names: 2 });
  });

  test('a normal table with a line that happens to be called Budget is no table across', () => {
    const r = run(sheet('S', [['Post', 'Budget', 'Utfall'], ['Personal', 100, 90], ['Lokaler', 50, 50]]));
    expect(r.analysis.errors).toEqual([]);
    expect(findAcross(sheet('S', [['Post', 'Belopp'], ['Budget', 100], ['Utfall', 90]]))).toBeNull();
  });
});

describe('blocks written like a form', () => {
  const block = (name: string, b: number, o: number) => [[`Projekt: ${name}`], ['Budget', b], ['Utfall', o], ['Kommentar', 'Enligt plan.'], []];

  test('are named at the first block, and no Budget or Utfall row inside them is read as a header', () => {
    const r = run(sheet('Projekt', [['Projektuppföljning 2024'], [], ...block('A', 100, 90), ...block('B', 200, 210), ...block('C', 300, 45_000)]));
    expect(r.analysis.tables).toEqual([]);
    expect(r.analysis.errors.map((e) => [e.cell, e.key, e.params])).toEqual([['A3', 'table.blocks', { count: 3 }]]);
  });

  test('blocks from column B with English words', () => {
    const rows = [[null, 'North office'], [null, 'Budget', 10], [null, 'Actual', 12], [null, 'South office'], [null, 'Actual', 5], [null, 'Budget', 6]];
    expect(findBlocks(sheet('S', rows))?.heads).toEqual([{ row: 0, col: 1 }, { row: 3, col: 1 }]);
  });

  test('one block alone, or a title over a normal table, is no form', () => {
    expect(findBlocks(sheet('S', [['Projekt A'], ['Budget', 10], ['Utfall', 12]]))).toBeNull();
    expect(findBlocks(sheet('S', [['Drift'], ['Post', 'Budget', 'Utfall'], ['Personal', 100, 90], ['Investeringar'], ['Post', 'Budget', 'Utfall'], ['Hyllor', 5, 4]]))).toBeNull();
  });
});
