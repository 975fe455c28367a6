/**
 * Last year's columns beside this year's (`Invånare 1 nov 2023 | Avgift 2025 | Invånare 1 nov 2024 | Avgift
 * 2026`): the later population is the one the fee rests on, the earlier is not read and is no duplicate header.
 */
import { fees, feesOf, messages, parameterSheet } from './workbook';
import { sheet } from '../../helpers/sheets';

const members = sheet('Medlemmar', [
  ['Avgift per medlemskommun'],
  ['Kommun', 'Invånare 1 nov 2023', 'Avgift 2025', 'Invånare 1 nov 2024', 'Avgift 2026'],
  ['Aby', 1000, 30200, 1010, 31310],
  ['Bby', 2000, 60400, 1990, 61690],
]);
const params = parameterSheet([
  ['Avgiftsår', 2026],
  ['Avgift per invånare', 31],
  ['Fakturadatum', '2026-01-20'],
]);

test('the fee is the rate times the later population, and the later fee column is the one checked', () => {
  const o = fees([members, params]);
  expect(feesOf(o)).toEqual({ Aby: '31310', Bby: '61690' });
  expect(messages(o)).toEqual([]);
  expect(o.checks).toEqual([]);
});

test('the order of the two columns does not matter', () => {
  const swapped = sheet('Medlemmar', [
    ['Kommun', 'Invånare 1 nov 2024', 'Avgift 2026', 'Invånare 1 nov 2023', 'Avgift 2025'],
    ['Aby', 1010, 31310, 1000, 30200],
  ]);
  expect(feesOf(fees([swapped, params]))).toEqual({ Aby: '31310' });
});
