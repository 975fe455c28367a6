/**
 * Kommun | Folkmängd | Andel % | Bidrag with the total in a cell above (layouts10): a cell naming the total
 * (`Kommunernas bidrag 2026 totalt`) with the amount beside it, and, with no key named, the shares as the key when
 * every member has one and they make 100 % (the population beside them is only shown).
 */
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages } from './workbook';

const TODAY = '2026-01-15';

describe('shares under a total written above the table', () => {
  it('shares 60 % and 40 % of 1 000 000, though the populations are 1:3: 600 000 and 400 000', () => {
    const o = fees(
      [
        sheet('Bidrag 2026', [
          ['Kommunernas bidrag 2026 totalt', null, 1000000],
          [],
          ['Kommun', 'Folkmängd 31 dec 2024', 'Andel %', 'Bidrag 2026'],
          ['Aby', 1000, 60, 600000],
          ['Bby', 3000, 40, 400000],
        ]),
      ],
      TODAY,
    );
    expect(messages(o)).toEqual([]);
    expect(feesOf(o)).toEqual({ Aby: '600000', Bby: '400000' });
  });

  it('keeps the population as the key when the shares do not make 100 %: 250 000 and 750 000', () => {
    const o = fees(
      [
        sheet('Bidrag 2026', [
          ['Kommunernas bidrag 2026 totalt', null, 1000000],
          [],
          ['Kommun', 'Folkmängd 31 dec 2024', 'Andel %'],
          ['Aby', 1000, 25.01],
          ['Bby', 3000, 75],
        ]),
      ],
      TODAY,
    );
    expect(feesOf(o)).toEqual({ Aby: '250000', Bby: '750000' });
  });
});
