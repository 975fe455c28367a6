/**
 * A note about last year's rate (`Avgiften 2025 var 30,20 kr per invånare`) under the Parameter | Värde table is
 * history, not a second rate: it is neither used nor reported as the parameter given twice.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

test('the rate is the table’s; a sentence saying what the rate was is no parameter', () => {
  const o = fees([
    sheet('Avgift 2026', [
      ['Parameter', 'Värde'],
      ['Avgift per invånare', 31],
      ['Fakturadatum', '2026-01-20'],
      [],
      ['Avgiften 2025 var 30,20 kr per invånare (folkmängd 1 nov 2023).'],
      [],
      ['Kommun', 'Invånare'],
      ['Aby', 1000],
    ]),
  ]);
  expect(feesOf(o)).toEqual({ Aby: '31000' });
  expect(messages(o)).toEqual([]);
});

test('a sentence stating this year’s rate is still read', () => {
  const o = fees([
    sheet('Avgift 2026', [['Medlemsavgiften är 52 kronor per invånare.'], ['Fakturadatum', '2026-01-20'], [], ['Kommun', 'Invånare'], ['Aby', 1000]]),
  ]);
  expect(feesOf(o)).toEqual({ Aby: '52000' });
});
