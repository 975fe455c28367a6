/**
 * A floor or cap stated in a sentence (`…, dock lägst 1 500 kr per medlem.`) is the parameter it states: applied
 * under a rate, named under a shared total. Before, the sentence was passed over and a total was shared as if it
 * had no floor.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const members = [
  ['Kommun', 'Invånare'],
  ['Ale', 100],
  ['Lerum', 2000],
];

test('a floor in a sentence under a shared total: named at the sentence, no fee', () => {
  const o = fees(
    [
      sheet('Fördelning', [
        ['Belopp att fördela', 21000],
        ['Fördelningsnyckel', 'Invånare'],
        ['Avgiften fördelas efter invånare, dock lägst 1 500 kr per medlem.'],
        [],
        ...members,
      ]),
    ],
    '2026-01-15',
  );
  expect(messages(o).map((m) => m.slice(0, 13))).toEqual(['Fördelning!A3']);
  expect(feesOf(o)).toEqual({ Ale: null, Lerum: null });
});

test('a rate and a floor in one sentence: both are read', () => {
  const o = fees([sheet('Avgift', [['Avgiften är 10 kr per invånare, dock lägst 1 500 kr per medlem.'], [], ...members])], '2026-01-15');
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ Ale: '1500', Lerum: '20000' });
});

test('a sentence about what the floor was is history', () => {
  const o = fees([sheet('Avgift', [['Avgift per invånare', 10], ['Förra året var avgiften lägst 900 kr per medlem.'], [], ...members])], '2026-01-15');
  expect(feesOf(o)).toEqual({ Ale: '1000', Lerum: '20000' });
});
