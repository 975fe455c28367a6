/**
 * A goal table's own verdict in words (layouts10): `Uppfyllt` where the accounts say the goal is not met is a
 * finding at that cell; `Ej uppfyllt` where it is not met, and `Delvis`, are not.
 */
import { evaluateGoals } from '../../../src/core/goals';
import { sheet } from '../../helpers/sheets';

test('Måluppfyllelse: the wrong "Uppfyllt" of årets resultat (1 180 tkr, at least 1,5 mnkr) is found at D3, nothing else', () => {
  const outcome = evaluateGoals(
    [
      sheet('Måluppfyllelse', [
        ['Mål', 'Målvärde', 'Utfall 2025', 'Måluppfyllelse'],
        ['Soliditet', 'minst 35 %', '38,1 %', 'Uppfyllt'],
        ['Årets resultat', 'minst 1,5 mnkr', '1,2 mnkr', 'Uppfyllt'],
        ['Balanslikviditet', 'minst 120 %', '103,9 %', 'Delvis'],
        ['Kassalikviditet', 'minst 100 %', '84,9 %', 'Ej uppfyllt'],
      ]),
      sheet('RR', [
        ['Resultaträkning, tkr', 'Not', 'Utfall 2025'],
        ['Verksamhetens intäkter', null, 5120],
        ['Verksamhetens kostnader', null, -3940],
        ['Årets resultat', null, 1180],
      ]),
      sheet('BR', [
        ['Balansräkning, tkr', 'Not', '2025-12-31'],
        ['Förråd', null, 2150],
        ['Summa omsättningstillgångar', null, 11740],
        ['Summa tillgångar', null, 30140],
        ['Eget kapital', null, 11480],
        ['Kortfristiga skulder', null, 18660],
        ['Summa eget kapital och skulder', null, 30140],
      ]),
    ],
    null,
  )!;
  const verdicts = outcome.checks.filter((c) => c.messageKey.startsWith('goals.verdict'));
  expect(verdicts.map((c) => [c.sheet, c.cell, c.class, c.messageKey])).toEqual([['Måluppfyllelse', 'D3', 'mismatch', 'goals.verdictSaysMet']]);
});
