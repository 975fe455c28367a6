/**
 * A samordningsförbund's members are its financiers: Försäkringskassan, Arbetsförmedlingen, the region and the
 * kommuner, listed under `Finansiär` (or `Förbundsmedlem`, `Medlemsorganisation`) with each one's contribution. Such a list
 * is a members table like one headed `Medlem`; before, nothing was read from it and the workbook was taken for a
 * budget without one.
 */
import { fees, feesOf } from './workbook';
import { sheet } from '../../helpers/sheets';

describe('financiers as the members of a samordningsförbund', () => {
  test.each(['Finansiär', 'Finansiärer', 'Förbundsmedlem', 'Medlemsorganisation'])(
    'a list headed %s with each contribution is read as fixed fees',
    (header) => {
      const s = sheet('Medlemsbidrag', [
        ['Samordningsförbundet Väst – medlemsbidrag 2026'],
        [],
        [header, 'Andel', 'Bidrag 2026 (kr)'],
        ['Försäkringskassan', 0.5, 2000000],
        ['Region Väst', 0.25, 1000000],
        ['Ale kommun', 0.125, 500000],
        ['Kungälv kommun', 0.125, 500000],
        ['Summa', 1, 4000000],
      ]);
      const outcome = fees([s], '2026-01-15');
      expect(feesOf(outcome)).toEqual({ Försäkringskassan: '2000000', 'Region Väst': '1000000', 'Ale kommun': '500000', 'Kungälv kommun': '500000' });
      expect(outcome.errors).toEqual([]);
    },
  );
});
