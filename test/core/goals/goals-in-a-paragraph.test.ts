/**
 * Goals written inside a paragraph of one cell, as a förvaltningsberättelse writes them: each sentence is read by
 * itself; the sentences around them (a decision, an outcome) are no goals.
 */
import { readGoalSentences } from '../../../src/core/goals/sentences';
import { sheet } from '../../helpers/sheets';

test('two goals among other sentences in one cell are both read, each from that cell', () => {
  const text = sheet('Förvaltningsberättelse', [
    ['Finansiella mål'],
    ['Förbundsfullmäktige har beslutat om två finansiella mål. Årets resultat ska vara positivt. Soliditeten ska uppgå till minst 25 procent.'],
    ['Verksamhetsmål'],
    ['Andelen insatser inom tio minuter ska vara minst 90 %. Utfallet 2024 blev 87 %.'],
  ]);
  const goals = readGoalSentences([text], () => false);
  expect(goals.map((g) => [g.metric, g.operator, g.threshold!.value.toFixed(), g.cells.metric])).toEqual([
    ['Årets resultat', '>', '0', 'A2'],
    ['Soliditet', '>=', '0.25', 'A2'],
  ]);
});

test('a decimal comma or point inside a sentence does not split it', () => {
  const text = sheet('Text', [['Målen är två. Balanslikviditeten ska vara minst 1.5 och följas upp varje tertial.']]);
  expect(readGoalSentences([text], () => false).map((g) => g.threshold!.value.toFixed())).toEqual(['1.5']);
});
