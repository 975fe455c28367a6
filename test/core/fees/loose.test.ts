/**
 * Fee parameters as a finance officer keeps them (issue 14, point 6; SPEC 3.2): loose rows anywhere on the fee
 * or members sheet, in one cell or two, in Swedish and English; and the fee year as the sheet states it.
 * One test per rule, each with its figures worked out by hand.
 */
import { chargeName, computeFees } from '../../../src/core/fees';
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages } from './workbook';

/** Dates the invoices, so that no invoice message stands among the ones a test looks at. */
const TODAY = '2025-01-15';

describe('fee parameters as loose rows', () => {
  it('reads the name and the figure from one cell: Avgift per invånare 52 kr; 52 × 1 000 = 52 000, 52 × 2 500 = 130 000', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare 52 kr'], [], ['Kommun', 'Invånare'], ['Aby', 1000], ['Bby', 2500]])], TODAY);
    expect(feesOf(o)).toEqual({ Aby: '52000', Bby: '130000' });
    expect(o.charges[0].at).toEqual({ sheet: 'Medlemmar', cell: 'A1' });
    expect(o.errors).toEqual([]);
  });

  it('reads the figure from the cell after the name: "Avgift per invånare:" | 4,35; 4,35 × 10 001 = 43 504,35', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare:', '4,35'], [], ['Kommun', 'Invånare'], ['Lillby', 10001]])]);
    expect(feesOf(o)).toEqual({ Lillby: '43504.35' });
  });

  it('reads a total typed as text with spaces, and a split written in one cell: 6 000 000, 50 % lika, 50 % efter invånare', () => {
    const o = fees([
      sheet('Avgift 2026', [
        ['Belopp att fördela', '6 000 000'],
        ['Fördelning: 50 % lika, 50 % efter invånare'],
        [],
        ['Medlem', 'Folkmängd 1 nov 2024'],
        ['Aby', 1000],
        ['Bby', 3000],
      ]),
    ]);
    // 3 000 000 in equal parts (1 500 000 each) + 3 000 000 by population (750 000 and 2 250 000).
    expect(feesOf(o)).toEqual({ Aby: '2250000', Bby: '3750000' });
    expect(o.charges[0].model).toMatchObject({ kind: 'allocation', key: 'halfEqualHalfPopulation' });
  });

  it('reads a total whose name carries the year before the colon: Totalt medlemsbidrag 2025: 4 800 000 kr', () => {
    const o = fees([
      sheet('Medlemsbidrag', [['Totalt medlemsbidrag 2025: 4 800 000 kr'], ['Fördelning: efter invånare'], [], ['Medlem', 'Invånare'], ['Aby', 1], ['Bby', 3]]),
    ]);
    expect(feesOf(o)).toEqual({ Aby: '1200000', Bby: '3600000' });
    expect(o.charges[0].feeYear).toBe(2025);
  });

  it('finds a rate in a sentence: "Medlemsavgiften är 18,50 kronor per invånare."; 18,50 × 200 = 3 700', () => {
    const o = fees([sheet('Medlemmar', [['Medlemsavgiften är 18,50 kronor per invånare.'], ['Kommun', 'Invånare'], ['Aby', 200]])]);
    expect(feesOf(o)).toEqual({ Aby: '3700' });
  });

  it('takes a rate named as such over one met in a sentence, and says nothing of the sentence', () => {
    const o = fees(
      [sheet('Medlemmar', [['Avgift per invånare 20 kr'], ['Förra året var avgiften 19 kr per invånare.'], ['Kommun', 'Invånare'], ['Aby', 100]])],
      TODAY,
    );
    expect(feesOf(o)).toEqual({ Aby: '2000' });
    expect(o.errors).toEqual([]);
  });

  it('reads a Parameter | Värde table beside the members table, on a sheet not named for fees', () => {
    const o = fees([
      sheet('Kommunerna', [
        ['Kommun', 'Invånare', null, 'Parameter', 'Värde'],
        ['Aby', 100, null, 'Avgift per invånare', 3],
        ['Bby', 50, null, 'Fast del per medlem', 1000],
      ]),
    ]);
    expect(feesOf(o)).toEqual({ Aby: '1300', Bby: '1150' });
  });

  it('reads English loose rows: Amount to allocate | 1,000,000 and Allocation: 20% equally, 80% by population', () => {
    const o = fees([
      sheet('Member fees', [
        ['Amount to allocate', '1,000,000'],
        ['Allocation: 20% equally, 80% by population'],
        [],
        ['Member', 'Population'],
        ['A', 10000],
        ['B', 30000],
        ['C', 60000],
      ]),
    ]);
    // Exact: 66 666,67 each + 80 000 / 240 000 / 480 000 = 146 666,67 / 306 666,67 / 546 666,67. Two kronor are
    // left after rounding down; the remainders tie, so they go to the larger populations, C and B.
    expect(feesOf(o)).toEqual({ A: '146666', B: '306667', C: '546667' });
  });

  it('passes over prose that starts like a parameter but states no figure', () => {
    const o = fees([sheet('Medlemmar', [['Fördelning sker enligt förbundsordningen.'], ['Medlem', 'Avgift'], ['Aby', 100], ['Bby', 200]])], TODAY);
    expect(o.charges[0].model).toEqual({ kind: 'fixed' });
    expect(o.errors).toEqual([]);
  });

  it('reports a loose figure that cannot be read, at its cell, and computes no fee from it', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare: ca 5x kr'], ['Kommun', 'Invånare'], ['Aby', 100]])]);
    expect(messages(o)).toEqual([expect.stringMatching(/^Medlemmar!A1 .*”ca 5x kr”/)]);
    expect(feesOf(o)).toEqual({ Aby: null });
  });

  it('takes the figure and its unit, not the words after it: Uppräkning 2,5 % enligt budgetbeslutet; 100 000 × 1,025 = 102 500', () => {
    const o = fees([sheet('Medlemsavgifter 2025', [['Uppräkning 2,5 % enligt budgetbeslutet'], ['Kommun', 'Avgift 2024'], ['Aby', 100000]])]);
    expect(feesOf(o)).toEqual({ Aby: '102500' });
  });

  it('never reads the members table’s own headers as parameters: a Fast del column is not a fixed part', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare 10 kr'], ['Kommun', 'Invånare', 'Fast del'], ['Aby', 100, 5000]])]);
    expect(o.charges[0].model).toEqual({ kind: 'perCapita', rate: expect.anything(), fixedPart: null });
    expect(feesOf(o)).toEqual({ Aby: '1000' });
  });

  it('takes the population’s date from a header written the way people write it: Invånare 31 dec 2023', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare 1 kr'], ['Kommun', 'Invånare 31 dec 2023'], ['Aby', 100]])]);
    expect(o.charges[0].fees[0].basis).toMatchObject({ kind: 'perCapita', referenceDate: '2023-12-31' });
  });
});

describe('the fee year, from the workbook and never from the clock', () => {
  const members = (title: string, feeHeader = 'Invånare') => sheet('Medlemmar', [[title], ['Avgift per invånare 2 kr'], ['Kommun', feeHeader], ['Aby', 100]]);

  it('comes from a title: Medlemsavgifter 2025, whatever today is', () => {
    const o = fees([members('Medlemsavgifter 2025')], '2031-03-01');
    expect(o.charges[0].feeYear).toBe(2025);
    expect(chargeName(o.charges[0], 'sv')).toBe('Medlemsavgift 2025');
    expect(o.invoices[0].period.code).toBe('2025');
  });

  it('comes from the fee column’s header when nothing else states it: Avgift 2026', () => {
    const o = fees([sheet('Medlemmar', [['Avgift per invånare 2 kr'], ['Kommun', 'Invånare', 'Avgift 2026'], ['Aby', 100, 200]])]);
    expect(o.charges[0].feeYear).toBe(2026);
  });

  it('is the Avgiftsår parameter when there is one, over the title', () => {
    const o = fees([
      members('Medlemsavgifter 2025'),
      sheet('Avgift', [
        ['Parameter', 'Värde'],
        ['Avgiftsår', 2027],
      ]),
    ]);
    expect(o.charges[0].feeYear).toBe(2027);
  });

  it('is none when the workbook states none: today dates the invoices but names no fee year', () => {
    const o = fees([members('Medlemsavgifter')], '2031-03-01');
    expect(o.charges[0].feeYear).toBeNull();
    expect(chargeName(o.charges[0], 'sv')).toBe('Medlemsavgift');
    expect(o.invoices[0].date).toBe('2031-03-01');
  });

  it('makes a fee column of an earlier year last year’s fee: it is neither the fee nor checked', () => {
    const o = fees([sheet('Medlemsavgifter 2025', [['Avgift per invånare 2 kr'], ['Kommun', 'Invånare', 'Avgift 2024'], ['Aby', 100, 150]])]);
    expect(feesOf(o)).toEqual({ Aby: '200' });
    expect(o.checks).toEqual([]);
    expect(o.members!.columns).toMatchObject({ priorFee: 2 });
  });
});

describe('no language in the computation', () => {
  it('names the charge and writes its messages in the language asked for when rendering', () => {
    const o = fees([sheet('Medlemsavgifter 2025', [['Avgift per invånare 2 kr'], ['Kommun', 'Invånare'], ['Aby', null]])]);
    expect(o.charges[0].name).toBeNull();
    expect([chargeName(o.charges[0], 'sv'), chargeName(o.charges[0], 'en')]).toEqual(['Medlemsavgift 2025', 'Member fee 2025']);
    expect(messages(o, 'sv')[0]).toContain('Medlemsavgift 2025 kräver det');
    expect(messages(o, 'en')[0]).toContain('Member fee 2025 needs it');
  });
});

describe('a budget table on a sheet named for fees', () => {
  it('is no fee workbook: its lines are not fee parameters and no members table is missed', () => {
    const budget = sheet('Medlemsavgifter', [
      ['Budget medlemsavgifter 2025'],
      ['Post', 'Budget 2025', 'Utfall 2025'],
      ['Medlemsavgift 52 kr/invånare', 5200000, 5200000],
      ['Fast del per kommun', 100000, 100000],
    ]);
    expect(computeFees([budget])).toBeNull();
  });
});

describe('a fee sheet without a members table', () => {
  it('says that the members table was not found, naming the sheet', () => {
    const o = fees([sheet('Medlemsavgifter', [['Avgifterna beräknas på invånarantalet 1 november.'], ['Karlskrona 66 842']])]);
    expect(o.members).toBeNull();
    expect(messages(o)).toEqual([expect.stringMatching(/^Medlemsavgifter!A1 Bladet handlar om medlemsavgifter men ingen medlemstabell hittades/)]);
  });
});
