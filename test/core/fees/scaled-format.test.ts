/**
 * Fee amounts are read in the unit their header states (amounts-in-tkr.test.ts), but a number format that
 * scales what a cell shows (`#,##0,`: Excel divides only what it shows) shows kronor as tkr: such a cell under
 * `(tkr)` holds kronor (format-units.ts), and with no unit stated the cell is kronor whatever it shows. The
 * number format cannot make a fee 1 000 times too large.
 */
import { formatted } from '../../helpers/formats';
import { sheet } from '../../helpers/sheets';
import { fees, feesOf } from './workbook';

describe('fee amounts shown scaled by their number format are the kronor the cells hold', () => {
  test('fixed fees under `Avgift (tkr)`, kronor shown as tkr', () => {
    const members = formatted(
      sheet('Medlemmar', [
        ['Medlem', 'Avgift (tkr)'],
        ['Aby', 1250000],
        ['Bby', 2500000],
      ]),
      { 'B2:B3': '#,##0,' },
    );
    expect(feesOf(fees([members]))).toEqual({ Aby: '1250000', Bby: '2500000' });
  });

  test('an amount to share shown in tkr: 6 000 000 kr in three equal parts', () => {
    const s = formatted(
      sheet('Avgift', [
        ['Parameter', 'Värde'],
        ['Belopp att fördela', 6000000],
        ['Fördelningsnyckel', 'Lika delar'],
        [],
        ['Medlem', 'Invånare'],
        ['A', 300],
        ['B', 200],
        ['C', 100],
      ]),
      { B2: '#,##0,' },
    );
    expect(feesOf(fees([s]))).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
  });
});
