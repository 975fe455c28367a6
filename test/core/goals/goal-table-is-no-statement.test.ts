/**
 * A goal table with the author's outcome (`Mål | Målvärde | Utfall 2025`, layouts10) is no statement: its
 * `Årets resultat | minst 1,5 mnkr | 1,2 mnkr` row is the goal, the figure comes from the income statement.
 */
import { evaluateGoals } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

test('Årets resultat minst 1,5 mnkr: the RR says 1 180 tkr, not met, and "1,2 mnkr" is no error', () => {
  const outcome = evaluateGoals(
    [
      sheet('Måluppfyllelse', [
        ['Mål', 'Målvärde', 'Utfall 2025', 'Måluppfyllelse'],
        ['Årets resultat', 'minst 1,5 mnkr', '1,2 mnkr', 'Uppfyllt'],
      ]),
      sheet('RR', [
        ['Resultaträkning, tkr', 'Not', 'Utfall 2025'],
        ['Verksamhetens intäkter', null, 5120],
        ['Verksamhetens kostnader', null, -3940],
        ['Årets resultat', null, 1180],
      ]),
    ],
    null,
  )!;
  const g = outcome.goals.find((x) => x.year === 2025)!;
  expect(g.value!.toFixed()).toBe('1180000');
  expect(g.met).toBe(false);
  expect(outcome.errors).toEqual([]);
});
