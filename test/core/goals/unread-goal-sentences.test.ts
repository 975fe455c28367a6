/**
 * A financial goal under `Finansiella mål` that names no metric the product computes is said at its cell, never
 * left out in silence (a board paper showed two goals of four as if that were all). A verksamhetsmål under the
 * same heading, and the goals that are read, are not named.
 */
import { evaluateGoals, goalsSheet } from '../../../src/core/goals';
import { formatMessage } from '../../../src/core/messages';
import { sheet } from '../../helpers/sheets';

const statements = [
  sheet('RR', [
    ['Resultaträkning (tkr)'],
    ['', '2025', '2024'],
    ['Verksamhetens intäkter', 45000, 43000],
    ['Verksamhetens kostnader', -43766, -42255],
    ['Årets resultat', 1234, 745],
  ]),
];

function said(rows: string[][], name = 'Mål') {
  const outcome = evaluateGoals([sheet(name, rows), ...statements], null)!;
  return {
    judged: [...new Set(outcome.goals.map((g) => g.goal.metric))],
    said: outcome.errors.filter((e) => e.key === 'goals.sentenceNotRead').map((e) => `${e.cell} ${formatMessage(e.key, 'sv', e.params).split('” står')[0]}`),
  };
}

describe('goals that cannot be judged are named', () => {
  test('under the heading: the ones with no metric named, the known ones judged, a verksamhetsmål left alone', () => {
    expect(
      said([
        ['Finansiella mål 2025'],
        ['Årets resultat ska vara positivt.'],
        ['Självfinansieringsgraden av investeringarna ska vara minst 100 %.'],
        ['Nettokostnadernas andel av skatteintäkter ska vara högst 98 %. Insatstiden ska vara högst 20 minuter.'],
      ]),
    ).toEqual({
      judged: ['Årets resultat'],
      said: ['A3 ”Självfinansieringsgraden av investeringarna ska vara minst 100 %.', 'A4 ”Nettokostnadernas andel av skatteintäkter ska vara högst 98 %.'],
    });
  });

  test('a sheet named for the goals is their heading', () => {
    expect(said([['Självfinansieringsgraden ska vara minst 100 %.'], ['Årets resultat ska vara positivt.']], 'Finansiella mål').said).toEqual([
      'A1 ”Självfinansieringsgraden ska vara minst 100 %.',
    ]);
  });

  test('no heading, no goal to miss: prose elsewhere is not read as goals', () => {
    expect(said([['Årets resultat ska vara positivt.'], ['Kostnaderna för lokaler ska vara högst 2 mnkr.']], 'Text').said).toEqual([]);
  });
});

test('the goals sheet lists the goals it does not judge, each a link to its cell', () => {
  const outcome = evaluateGoals(
    [sheet('Mål', [['Finansiella mål'], ['Årets resultat ska vara positivt.'], ['Självfinansieringsgraden ska vara minst 100 %.']]), ...statements],
    null,
  )!;
  const after = goalsSheet(outcome, 'sv').after ?? [];
  expect(after.slice(0, 2)).toEqual([
    { text: 'Mål som inte bedöms: de nämner inget nyckeltal som Avstämning räknar', heading: true },
    { text: 'Självfinansieringsgraden ska vara minst 100 %. (Mål!A3)', link: { sheet: 'Mål', cell: 'A3' } },
  ]);
  expect(goalsSheet(outcome, 'en').after?.[0].text).toBe('Goals not judged: they name no metric Avstämning computes');
});
