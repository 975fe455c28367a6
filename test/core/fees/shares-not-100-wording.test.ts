/**
 * Shares that do not make 100 % stop the allocation, and the message says the sum as the reader writes numbers:
 * `99,9 %` in Swedish, `99.9 %` in English, at the share column's header.
 */
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

const book = sheet('Medlemsbidrag 2026', [
  ['Parameter', 'Värde'],
  ['Belopp att fördela', 1000000],
  ['Fördelningsnyckel', 'Andel'],
  ['Fakturadatum', '2026-01-20'],
  [],
  ['Medlem', 'Andel'],
  ['Försäkringskassan', '50 %'],
  ['Region', '25 %'],
  ['Aby kommun', '24,9 %'],
]);

test('no contribution is guessed, and the sum is written with the Swedish decimal comma', () => {
  const o = fees([book]);
  expect(feesOf(o)).toEqual({ Försäkringskassan: null, Region: null, 'Aby kommun': null });
  expect(messages(o, 'sv')).toEqual([
    'Medlemsbidrag 2026!B6 Andelarna summerar till 99,9 %, inte 100 %; Medlemsavgift 2026 fördelas inte förrän andelarna rättats.',
  ]);
  expect(messages(o, 'en')[0]).toMatch(/^Medlemsbidrag 2026!B6 The shares sum to 99\.9 %, not 100 %/);
});
