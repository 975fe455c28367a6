/**
 * Goal sentences that name rows by a phrase no label carries (layouts10): `av årets medlemsbidrag` is the
 * Medlemsbidrag row, and `av skatter och bidrag` of a förbund without taxes are its financing rows added.
 */
import { evaluateGoals } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

const income = sheet('Resultaträkning', [
  ['Resultaträkning (kr)', 'Not', 'Utfall 2025'],
  ['Verksamhetens intäkter', null, 500],
  ['Verksamhetens kostnader', null, -9700],
  ['Verksamhetens nettokostnad', null, -9200],
  ['Medlemsbidrag', null, 8000],
  ['Generella statsbidrag', null, 2000],
  ['Årets resultat', null, 800],
]);
const balance = sheet('Balansräkning', [
  ['Balansräkning (kr)', 'Not', '2025-12-31'],
  ['Summa tillgångar', null, 10000],
  ['Eget kapital', null, 2400],
  ['Skulder', null, 7600],
  ['Summa eget kapital och skulder', null, 10000],
]);
const goal = (text: string) => sheet('Mål', [['Finansiella mål'], [], [text]]);

test('skatter och bidrag are the medlemsbidrag and the generella statsbidrag: 800 / (8 000 + 2 000) = 8 %', () => {
  const outcome = evaluateGoals([income, balance, goal('Resultatet ska uppgå till minst 2 % av skatter och bidrag.')], null)!;
  const g = outcome.goals.find((x) => x.year === 2025)!;
  expect(g.value!.times(100).toFixed(2)).toBe('8.00');
  expect(g.met).toBe(true);
  expect(outcome.errors).toEqual([]);
});

test('årets medlemsbidrag is the Medlemsbidrag row: 2 400 / 8 000 = 30 %, above a cap of 20 %', () => {
  const outcome = evaluateGoals([income, balance, goal('Eget kapital ska uppgå till högst 20 procent av årets medlemsbidrag.')], null)!;
  const g = outcome.goals.find((x) => x.year === 2025)!;
  expect(g.value!.times(100).toFixed(2)).toBe('30.00');
  expect(g.met).toBe(false);
});
