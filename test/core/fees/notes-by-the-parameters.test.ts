/**
 * A sentence written under a `Parameter | Värde` table or among the loose rows is a note, not a parameter
 * (layouts10): `Region X betalar en fast andel om 50 procent; resten …` right under the table, `Fördelas enligt
 * förbundsordningen § 8 …` above the members. Neither is reported nor read.
 */
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages } from './workbook';

/** Dates the invoices, so that no invoice message stands among the ones a test looks at. */
const TODAY = '2025-01-15';

describe('notes beside the fee parameters', () => {
  it('ends a Parameter | Värde table at a sentence under it, and reports nothing: 900 by population 1:2 = 300 and 600', () => {
    const o = fees(
      [
        sheet('Avgift 2026', [
          ['Parameter', 'Värde'],
          ['Belopp att fördela', 900],
          ['Fördelningsnyckel', 'Invånare'],
          ['Regionen betalar en fast andel om 50 procent; resten fördelas mellan kommunerna efter folkmängd.'],
          [],
          ['Medlem', 'Invånare'],
          ['Aby', 100],
          ['Bby', 200],
        ]),
      ],
      TODAY,
    );
    expect(messages(o)).toEqual([]);
    expect(feesOf(o)).toEqual({ Aby: '300', Bby: '600' });
  });

  it('passes over a sentence that starts with a parameter word and holds figures (§ 8, 2019)', () => {
    const o = fees(
      [
        sheet('Avgift 2026', [
          ['Avgift per invånare', 10],
          ['Fördelas enligt förbundsordningen § 8 med de andelar som fastställdes 2019. Folkmängden visas för kännedom.'],
          [],
          ['Kommun', 'Invånare'],
          ['Aby', 100],
        ]),
      ],
      TODAY,
    );
    expect(messages(o)).toEqual([]);
    expect(feesOf(o)).toEqual({ Aby: '1000' });
  });
});
