import { checkMessage } from '../../../src/core/render/check-text';
import { BalanceRequirement, RequirementYear, balanceRequirement } from '../../../src/core/goals/balance-requirement';
import { findStatements } from '../../../src/core/goals/statements';
import { CellValue } from '../../../src/core/cells';
import { sheet } from '../../helpers/sheets';

function requirement(name: string, rows: CellValue[][]): BalanceRequirement {
  const result = balanceRequirement(findStatements([sheet(name, rows)]));
  if (!result) throw new Error('no balance requirement');
  return result;
}

/** Each line as `label: value tkr`, the way the table reads. */
function lines(year: RequirementYear | undefined): string[] {
  return (year?.lines ?? []).map(
    (l) => `${l.label ?? l.key}: ${l.value === null ? '–' : l.value.dividedBy(1000).toFixed()}${l.deadline ? ` (senast ${l.deadline})` : ''}`,
  );
}

const yearOf = (r: BalanceRequirement, year: number) => r.years.find((y) => y.year === year);

describe('a printed balanskravsutredning', () => {
  const r = requirement('Balanskravsutredning', [
    ['Balanskravsutredning (tkr)'],
    ['', '2023', '2022'],
    ['Årets resultat enligt resultaträkningen', 5000, 800],
    ['Avgår samtliga realisationsvinster', -1200, 300],
    ['Realisationsvinster enligt undantagsmöjlighet', 200, null],
    ['Orealiserade förluster i värdepapper', 100, null],
    ['Årets resultat efter balanskravsjusteringar', 4100, 500],
    ['Reservering till resultatutjämningsreserv', 1000, null],
    ['Balanskravsresultat', 3100, 500],
  ]);

  test('lines as printed, latest year first', () => {
    expect(r.years.map((y) => y.year)).toEqual([2023, 2022]);
    expect(lines(yearOf(r, 2023))).toEqual([
      'Årets resultat enligt resultaträkningen: 5000',
      'Avgår samtliga realisationsvinster: -1200',
      'Realisationsvinster enligt undantagsmöjlighet: 200',
      'Orealiserade förluster i värdepapper: 100',
      'Årets resultat efter balanskravsjusteringar: 4100',
      'Reservering till resultatutjämningsreserv: 1000',
      'Balanskravsresultat: 3100',
    ]);
    expect(r.years[0].lines.map((l) => l.key)).toEqual(['result', 'adjustment', 'adjustment', 'adjustment', 'subtotal', 'reserve', 'balanceResult']);
  });

  test('a deduction counts by its size whether printed −1 200 or 300: every subtotal adds up', () => {
    expect(r.checks).toEqual([]);
  });

  test('a subtotal that does not add up is a control-total check', () => {
    const off = requirement('Balanskravsutredning', [
      ['Balanskravsutredning (tkr)'],
      ['', '2023'],
      ['Årets resultat', 5000],
      ['Avgår realisationsvinster', 1200],
      ['Balanskravsresultat', 4000],
    ]);
    expect(off.checks.map((c) => [c.kind, c.class, c.cell, checkMessage(c, 'sv')])).toEqual([
      [
        'control-total',
        'mismatch',
        'B5',
        'Balanskravsutredningen 2023: Balanskravsresultat visar 4\u00a0000\u00a0000\u00a0kr, raderna ovanför ger 3\u00a0800\u00a0000\u00a0kr.',
      ],
    ]);
  });
});

describe('deficits are restored within three years', () => {
  const r = requirement('Balanskrav', [
    ['Balanskravsutredning (tkr)'],
    ['', '2024', '2023', '2022', '2021', '2020'],
    ['Årets resultat', 100, 300, 200, -1000, 50],
    ['Balanskravsresultat', 100, 300, 200, -1000, 50],
  ]);

  test('a negative year opens a deficit to restore by year + 3', () => {
    expect(lines(yearOf(r, 2021)).slice(-1)).toEqual(['toRestore: 1000 (senast 2024)']);
    expect(lines(yearOf(r, 2020))).toEqual(['Årets resultat: 50', 'Balanskravsresultat: 50']);
  });

  test('later surpluses restore it, and what is left is carried forward', () => {
    expect(lines(yearOf(r, 2022)).slice(2)).toEqual(['deficitBroughtForward: 1000', 'restored: 200', 'toRestore: 800 (senast 2024)']);
    expect(lines(yearOf(r, 2023)).slice(2)).toEqual(['deficitBroughtForward: 800', 'restored: 300', 'toRestore: 500 (senast 2024)']);
  });

  test('still open after the deadline year is overdue', () => {
    const r2 = requirement('Balanskrav', [['Balanskravsutredning (tkr)'], ['', '2025', '2024', '2021'], ['Balanskravsresultat', 0, 100, -1000]]);
    const last = yearOf(r2, 2025)!.lines.find((l) => l.key === 'toRestore')!;
    expect([last.value!.toFixed(), last.deadline, last.overdue]).toEqual(['900000', 2024, true]);
  });
});

test('without a printed balanskravsutredning, the income statement result with no adjustments', () => {
  const r = requirement('Resultaträkning', [
    ['Resultaträkning (tkr)'],
    ['', '2017', '2016'],
    ['Summa intäkter', 65705, 61674],
    ['Periodens resultat', 565, -1365],
  ]);
  expect(r.sheet).toBeNull();
  expect(lines(yearOf(r, 2016))).toEqual(['Periodens resultat: -1365', 'balanceResult: -1365', 'toRestore: 1365 (senast 2019)']);
});
