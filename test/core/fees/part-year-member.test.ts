/**
 * A member that joins during the year (`Antal månader` 9 for 1 April): a fee per invånare is prorated by month and
 * rounded once to the öre; where the fee is not per invånare the member gets none and is told why at its cell.
 */
import { basisText } from '../../../src/core/fees/texts';
import { fees, feesOf, messages } from './workbook';
import { sheet } from '../../helpers/sheets';

test('nine months of 588,50 kr × 9 581 invånare: 4 228 813,875 rounded half away to 4 228 813,88', () => {
  const o = fees([
    sheet('Avgifter 2026', [
      ['Avgift per invånare', 588.5],
      ['Fakturadatum', '2026-01-15'],
      [],
      ['Kommun', 'Invånare', 'Antal månader'],
      ['Gävle kommun', 103512, 12],
      ['Älvkarleby kommun', 9581, 9],
    ]),
  ]);
  expect(feesOf(o)).toEqual({ 'Gävle kommun': '60916812', 'Älvkarleby kommun': '4228813.88' });
  expect(messages(o)).toEqual([]);
});

test('months outside 1–12 are reported at their cell and give no fee', () => {
  const o = fees([
    sheet('Avgifter 2026', [['Avgift per invånare', 10], ['Fakturadatum', '2026-01-15'], [], ['Kommun', 'Invånare', 'Månader'], ['Aby', 100, 13]]),
  ]);
  expect(feesOf(o)).toEqual({ Aby: null });
  expect(messages(o)[0]).toMatch(/^Avgifter 2026!C5 Antalet månader för Aby \(13\)/);
});

test('an allocation is not prorated by guess: the member for part of the year is named and nothing is shared', () => {
  const o = fees([
    sheet('Avgifter 2026', [
      ['Belopp att fördela', 1000000],
      ['Fakturadatum', '2026-01-15'],
      [],
      ['Kommun', 'Invånare', 'Antal månader'],
      ['Aby', 100, 12],
      ['Bby', 300, 6],
    ]),
  ]);
  expect(feesOf(o)).toEqual({ Aby: null, Bby: null });
  expect(messages(o).join('\n')).toMatch(/Avgifter 2026!C6 Bby är medlem 6 månader av året/);
});

test('the basis says the part of the year and which months: × 9/12 månader (april–december)', () => {
  const o = fees([
    sheet('Avgifter 2026', [['Avgift per invånare', 10], ['Fakturadatum', '2026-01-15'], [], ['Kommun', 'Invånare', 'Antal månader'], ['Aby', 100, 9]]),
  ]);
  expect(basisText(o.charges[0].fees[0], 'sv')).toMatch(/10\u00a0kr × 100 invånare × 9\/12 månader \(april–december\)$/);
  expect(basisText(o.charges[0].fees[0], 'en')).toMatch(/ × 9\/12 months \(April–December\)$/);
});
