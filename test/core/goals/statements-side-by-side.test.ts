/**
 * An income statement and a balance sheet side by side on one sheet, each with its own title and years in the
 * same header row (`Resultaträkning | Not | 2025 | 2024 | | Balansräkning | Not | 2025-12-31 | 2024-12-31`). Before,
 * the second block's years were taken for repeats of the first and the balance sheet was never read.
 */
import { findStatements } from '../../../src/core/goals/statements';
import { sheet } from '../../helpers/sheets';

const s = sheet('Räkenskaper 2025', [
  ['Resultaträkning (kr)', 'Not', '2025', '2024', null, 'Balansräkning (kr)', 'Not', '2025-12-31', '2024-12-31'],
  ['Verksamhetens intäkter', 1, 1000, 900, null, 'Anläggningstillgångar', 4, 2000, 2100],
  ['Verksamhetens kostnader', 2, -1200, -850, null, 'Omsättningstillgångar', 5, 3000, 2900],
  ['Årets resultat', null, -200, 50, null, 'Summa tillgångar', null, 5000, 5000],
  [null, null, null, null, null, 'Eget kapital', 6, 1100, 1300],
  [null, null, null, null, null, 'Kortfristiga skulder', 7, 3900, 3700],
]);

test('two statements are read, each with its own label column, years and kind', () => {
  const found = findStatements([s]);
  expect(found.map((x) => [x.kind, x.labelCol, x.years.map((y) => y.col)])).toEqual([
    ['income-statement', 0, [2, 3]],
    ['balance-sheet', 5, [7, 8]],
  ]);
  const equity = found[1].rows.find((r) => r.key === 'eget kapital')!;
  expect(equity.amounts.get(2025)).toMatchObject({ kind: 'number' });
});

test('a repeated year with no title between is one table, as before', () => {
  const one = sheet('RR', [
    ['Resultaträkning', '2025', '2024', '2025'],
    ['Årets resultat', 1, 2, 3],
  ]);
  expect(findStatements([one]).map((x) => x.years.map((y) => y.col))).toEqual([[1, 2]]);
});
