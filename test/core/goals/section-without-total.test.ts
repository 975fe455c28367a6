/**
 * A balance sheet that prints no `Summa omsättningstillgångar` (layouts10): the current assets are the rows under
 * the header `Omsättningstillgångar`, added, for kassa- and balanslikviditet.
 */
import { evaluateGoals } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

const balance = sheet('Balansräkning', [
  ['Balansräkning (kr)', 'Not', '2025-12-31'],
  ['TILLGÅNGAR'],
  ['Anläggningstillgångar'],
  ['Inventarier', null, 100],
  ['Omsättningstillgångar'],
  ['Kortfristiga fordringar', null, 300],
  ['Kassa och bank', null, 600],
  ['SUMMA TILLGÅNGAR', null, 1000],
  ['EGET KAPITAL OCH SKULDER'],
  ['Eget kapital', null, 200],
  ['Kortfristiga skulder', null, 800],
  ['SUMMA EGET KAPITAL OCH SKULDER', null, 1000],
]);

test('Likviditeten ska vara minst 100 %: (300 + 600) / 800 = 112,5 %', () => {
  const outcome = evaluateGoals([balance, sheet('Mål', [['Finansiella mål'], [], ['Likviditeten ska vara minst 100 %.']])], null)!;
  const g = outcome.goals.find((x) => x.year === 2025)!;
  expect(g.value!.times(100).toFixed(1)).toBe('112.5');
  expect(g.met).toBe(true);
  expect(outcome.errors).toEqual([]);
});
