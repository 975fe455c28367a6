/**
 * Fee amounts are read in the unit the workbook states (SPEC 1.2, 3.2): a parameter's name (`Belopp att fördela
 * (tkr)`), a members column's header (`Avgift (tkr)`), a title above (`Belopp i tkr`) or the sheet's name. Read as
 * kronor they were 1 000 times too small, and nothing was said. A rate per inhabitant stays kronor under a tkr
 * title; a unit stated two ways is refused by its cell, never guessed.
 */
import { feeSheets } from '../../../src/core/fees';
import { feesJson } from '../../../src/core/fees/json';
import { formatted } from '../../helpers/formats';
import { sheet } from '../../helpers/sheets';
import { fees, feesOf, messages } from './workbook';

const THREE = [
  ['Medlem', 'Invånare'],
  ['A', 300],
  ['B', 200],
  ['C', 100],
];

describe('fee amounts in the unit the workbook states', () => {
  test('a parameter named in tkr: `Belopp att fördela (tkr)` 6000 is 6 000 000 kr in three equal parts', () => {
    const s = sheet('Avgift', [['Parameter', 'Värde'], ['Belopp att fördela (tkr)', 6000], ['Fördelningsnyckel', 'Lika delar'], [], ...THREE]);
    const outcome = fees([s], '2026-01-15');
    expect(feesOf(outcome)).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
    expect(outcome.errors).toEqual([]);
  });

  test('a parameter named in mnkr, shared by population', () => {
    const s = sheet('Avgift', [['Parameter', 'Värde'], ['Belopp att fördela (mnkr)', 1.2], [], ...THREE]);
    expect(feesOf(fees([s]))).toEqual({ A: '600000', B: '400000', C: '200000' });
  });

  test('a members column `Avgift (tkr)`: 1250 is a fee of 1 250 000 kr, and the invoices are in kronor to the öre', () => {
    const s = sheet('Medlemmar', [
      ['Medlem', 'Avgift (tkr)'],
      ['Aby', 1250],
      ['Bby', 2500.5],
    ]);
    const outcome = fees([s], '2026-01-15');
    expect(feesOf(outcome)).toEqual({ Aby: '1250000', Bby: '2500500' });
    expect(outcome.invoices.map((i) => i.amount.toFixed())).toEqual(['1250000', '2500500']);
    expect(outcome.unitsApplied).toEqual([{ sheet: 'Medlemmar', cell: 'B1', unit: 'tkr' }]);
    const [feeSheet] = feeSheets(outcome, 'sv');
    expect(feeSheet.notes).toContain('Belopp i tkr omräknade till kronor (Medlemmar!B1).');
    // The JSON says it too, once per cell, so a program reading it knows the fees came from tkr.
    expect(feesJson(outcome, 'sv').unitsConverted).toEqual([{ sheet: 'Medlemmar', cell: 'B1', from: 'tkr' }]);
  });

  test('a title `Belopp i tkr` above the tables holds for the parameter and the members columns', () => {
    const s = sheet('Avgift', [
      ['Medlemsavgifter 2026'],
      ['Belopp i tkr'],
      [],
      ['Parameter', 'Värde'],
      ['Belopp att fördela', 6000],
      ['Fördelningsnyckel', 'Lika delar'],
      [],
      ['Medlem', 'Invånare', 'Avgift'],
      ['A', 300, 2000],
      ['B', 200, 2000],
      ['C', 100, 1999],
    ]);
    const outcome = fees([s]);
    expect(feesOf(outcome)).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
    // The user's own fee column is in tkr too: only C's stale 1 999 tkr differs, by 1 000 kr.
    expect(outcome.checks.map((c) => [c.cell, c.difference])).toEqual([['C11', -100000]]);
  });

  test('loose rows: `Belopp att fördela: 6 000 tkr` and `Belopp att fördela (tkr) | 6 000`', () => {
    const inText = sheet('Avgift', [['Belopp att fördela: 6 000 tkr'], ['Fördelning: lika delar'], [], ...THREE]);
    expect(feesOf(fees([inText]))).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
    const inCell = sheet('Avgift', [['Belopp att fördela (tkr)', 6000], ['Fördelning: lika delar'], [], ...THREE]);
    expect(feesOf(fees([inCell]))).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
  });

  test('a sheet named in tkr', () => {
    const s = sheet('Avgifter tkr', [
      ['Medlem', 'Avgift'],
      ['Aby', 12],
      ['Bby', 3.5],
    ]);
    expect(feesOf(fees([s]))).toEqual({ Aby: '12000', Bby: '3500' });
  });

  test('a rate per inhabitant under a tkr title stays kronor per inhabitant', () => {
    for (const label of ['Avgift per invånare (kr)', 'Avgift per invånare', 'Avgift kr per invånare']) {
      const s = sheet('Avgift', [['Medlemsavgifter 2026 (tkr)'], [], ['Parameter', 'Värde'], [label, 52], [], ...THREE]);
      const outcome = fees([s], '2026-01-15');
      expect(feesOf(outcome)).toEqual({ A: '15600', B: '10400', C: '5200' });
      expect(outcome.errors).toEqual([]);
    }
  });

  test('an amount shown in tkr through `#,##0,` under `(tkr)` is the kronor the cell holds', () => {
    const s = formatted(sheet('Avgift', [['Parameter', 'Värde'], ['Belopp att fördela (tkr)', 6000000], ['Fördelningsnyckel', 'Lika delar'], [], ...THREE]), {
      B2: '#,##0,',
    });
    expect(feesOf(fees([s]))).toEqual({ A: '2000000', B: '2000000', C: '2000000' });
  });

  test('a set amount beside the list in tkr: `Fast belopp Region Norr (tkr) | 1 500` and `… 1 500 tkr`', () => {
    for (const row of [['Fast belopp Region Norr (tkr)', 1500], ['Fast belopp Region Norr', '1 500 tkr'], ['Region Norr, fast belopp: 1 500 tkr']]) {
      const s = sheet('Avgift 2025', [['Avgift per invånare', '28 kr'], row, [], ['Medlem', 'Folkmängd'], ['Region Norr', null], ['Aby kommun', 1000]]);
      expect(feesOf(fees([s], '2025-01-15'))).toEqual({ 'Region Norr': '1500000', 'Aby kommun': '28000' });
    }
  });

  test('a total row in tkr is checked in tkr', () => {
    const s = sheet('Medlemmar', [
      ['Medlem', 'Avgift (tkr)'],
      ['Aby', 1250],
      ['Bby', 2500],
      ['Summa', 3750],
    ]);
    const outcome = fees([s], '2026-01-15');
    expect(feesOf(outcome)).toEqual({ Aby: '1250000', Bby: '2500000' });
    expect(outcome.errors).toEqual([]);
  });
});

describe('a unit stated two ways is refused by its cell', () => {
  test('a title in tkr over a column `Avgift (kr)`: no fee, the header and the title named', () => {
    const s = sheet('Medlemmar', [['Belopp i tkr'], [], ['Medlem', 'Avgift (kr)'], ['Aby', 1250], ['Bby', 2500]]);
    const outcome = fees([s]);
    expect(feesOf(outcome)).toEqual({ Aby: null, Bby: null });
    expect(messages(outcome)[0]).toBe(
      'Medlemmar!B3 Enheten för kolumnen ”Avgift (kr)” går inte att avgöra: kolumnrubriken ”Avgift (kr)” (B3) anger kr, men rubriken ”Belopp i tkr” (A1) anger tkr. Med fel enhet blir beloppet fel med en faktor tusen, så ingen avgift beräknas från det. Rätta den som är fel.',
    );
    expect(messages(outcome, 'en')[0]).toMatch(/^Medlemmar!B3 The unit of the column “Avgift \(kr\)” cannot be told: .* “Belopp i tkr” \(A1\) states tkr/);
  });

  test('a parameter `Belopp att fördela (tkr)` whose value is written `6 000 000 kr`', () => {
    const s = sheet('Avgift', [['Parameter', 'Värde'], ['Belopp att fördela (tkr)', '6 000 000 kr'], ['Fördelningsnyckel', 'Lika delar'], [], ...THREE]);
    const outcome = fees([s]);
    expect(feesOf(outcome)).toEqual({ A: null, B: null, C: null });
    expect(messages(outcome)).toContain(
      'Avgift!B2 Enheten för parametern ”Belopp att fördela (tkr)” går inte att avgöra: värdet ”6 000 000 kr” anger kr, men namnet ”Belopp att fördela (tkr)” anger tkr. Med fel enhet blir beloppet fel med en faktor tusen, så ingen avgift beräknas från det. Rätta den som är fel.',
    );
  });

  test('a parameter named in kr under a title in mnkr', () => {
    const s = sheet('Avgift', [['Avgifter (mnkr)'], ['Parameter', 'Värde'], ['Belopp att fördela (kr)', 6000000], [], ...THREE]);
    const outcome = fees([s]);
    expect(feesOf(outcome)).toEqual({ A: null, B: null, C: null });
    expect(messages(outcome)[0]).toMatch(/^Avgift!B3 .*namnet ”Belopp att fördela \(kr\)” anger kr, men rubriken ”Avgifter \(mnkr\)” \(A1\) anger mnkr/);
  });
});
