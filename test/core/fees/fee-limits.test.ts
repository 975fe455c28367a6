/**
 * A floor or a cap on each member's fee (`Lägsta avgift per medlem`, `Högsta avgift per kommun`). Under a rate it
 * is unambiguous: each member pays the rate's fee held within it. Under a shared total it is not: who bears the
 * difference (the others, or a larger total) is a decision the sheet does not state, so the cell is named and no
 * fee computed. Before, both were passed over and a small member's right floor was called stale.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const members = [
  ['Kommun', 'Invånare'],
  ['Ale', 100],
  ['Lerum', 2000],
];

test('a floor under a rate: the small member pays the floor', () => {
  const o = fees([sheet('Avgift', [['Avgift per invånare', 10], ['Lägsta avgift per medlem', 1500], [], ...members])], '2026-01-15');
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ Ale: '1500', Lerum: '20000' });
  expect(o.charges[0].fees[0].basis).toMatchObject({ limit: { kind: 'floor' } });
});

test('a cap over a rate, written with kr: the large member pays the cap', () => {
  const o = fees([sheet('Avgift', [['Avgift per invånare', 10], ['Högsta avgift per kommun', '15 000 kr'], [], ...members])], '2026-01-15');
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ Ale: '1000', Lerum: '15000' });
});

test('a floor under a shared total is named at its cell, and no fee is computed', () => {
  const o = fees(
    [sheet('Avgift', [['Belopp att fördela', 21000], ['Fördelningsnyckel', 'Invånare'], ['Lägsta avgift per medlem', 1500], [], ...members])],
    '2026-01-15',
  );
  expect(messages(o)).toEqual([expect.stringMatching(/^Avgift!B3 ”Lägsta avgift per medlem” anges för ett belopp som fördelas/)]);
  expect(feesOf(o)).toEqual({ Ale: null, Lerum: null });
});
