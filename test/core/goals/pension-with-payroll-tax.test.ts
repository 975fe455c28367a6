/**
 * Soliditet including the pension commitment: where the report prints the commitment, its löneskatt and their
 * sum on rows of their own under Ansvarsförbindelser, the commitment is the sum, löneskatt included.
 */
import { evaluateGoals } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

const balance = sheet('Balansräkning', [
  ['Balansräkning (tkr)', 'Not', '2024-12-31'],
  ['Summa tillgångar', null, 1000],
  ['Eget kapital', null, 400],
  ['Skulder', null, 600],
  ['Summa eget kapital och skulder', null, 1000],
  [],
  ['Ansvarsförbindelser'],
  ['Pensionsförpliktelser som inte har upptagits bland skulder eller avsättningar', 6, 200],
  ['Löneskatt på pensionsförpliktelserna', 6, 49],
  ['Summa pensionsförpliktelser inklusive löneskatt', null, 249],
]);

const goals = sheet('Mål', [['Finansiella mål'], [], ['Soliditeten inklusive pensionsåtaganden ska vara minst 16 procent.']]);

test('the commitment is the row that includes löneskatt, not the bare first row', () => {
  const outcome = evaluateGoals([balance, goals], null)!;
  const g = outcome.goals.find((x) => x.year === 2024)!;
  // (400 − 249) / 1000 = 15,1 %: under 16 %. The bare 200 would give 20 % and a wrong "met".
  expect(g.value!.times(100).toFixed(1)).toBe('15.1');
  expect(g.met).toBe(false);
});
