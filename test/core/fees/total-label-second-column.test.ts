/**
 * A total row whose `Summa` stands in the second column, over the populations, with the member cell empty: the
 * list's own total, not a member without a name. Before, it was "a row with values but no member".
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

test('Summa in the second column ends the members and is no member', () => {
  const o = fees(
    [
      sheet('Medlemsavgift', [
        ['Avgift per invånare', 10],
        [],
        ['Kommun', 'Folkmängd', 'Medlemsavgift'],
        ['Ale', 100, 1000],
        ['Lerum', 200, 2000],
        [null, 'Summa', 3000],
      ]),
    ],
    '2026-01-15',
  );
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ Ale: '1000', Lerum: '2000' });
});
