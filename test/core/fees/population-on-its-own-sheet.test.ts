/**
 * The members on the fee sheet without `kommun` (`Salem`), their populations on a sheet of their own as SCB lists
 * them (`Salems kommun`), in another order (layouts10): the same members, one table.
 */
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages, parameterSheet } from './workbook';

test('10 kr per invånare: Salem 100 → 1 000, Botkyrka 300 → 3 000, no second members table reported', () => {
  const o = fees(
    [
      sheet('Avgifter 2026', [['Medlem', 'Avgift 2026'], ['Botkyrka'], ['Salem']]),
      sheet('Folkmängd', [
        ['Kommun', 'Folkmängd 31 dec 2024'],
        ['Salems kommun', 100],
        ['Botkyrka kommun', 300],
      ]),
      parameterSheet([['Avgift per invånare', 10]], 'Avgift parametrar'),
    ],
    '2026-01-15',
  );
  expect(messages(o)).toEqual([]);
  expect(feesOf(o)).toEqual({ Botkyrka: '3000', Salem: '1000' });
});
