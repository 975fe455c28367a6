/**
 * The reading rules the eighth layout corpus taught: where the honest answer is to refuse a figure, or where a
 * naive reading would invent one. One rule at a time, at its edge, with figures worked out by hand. (The corpus
 * itself runs in test/layouts8.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { monthOfPeriod } from '../../../src/core/read/rows';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

/** Rows of cost accounts 4000, 4001 … with budget 10 and outcome 10: filler for a page of a printout. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => [4000 + i, `Konto ${i}`, 10, 10]);

describe('a printout pasted with its header on every page', () => {
  test('the repeated header row (past the rows a header is looked for in) is neither a line nor amounts that cannot be read; the page title heads nothing', () => {
    const r = run([
      sheet('Rapport', [
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [4010, 'Löner', 100, 90],
        ...filler(40),
        [],
        ['Driftrapport · sida 2 av 2'],
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [5010, 'Lokalhyra', 50, 55],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(r.analysis.errors).toEqual([]);
    expect(t.lines).toHaveLength(42);
    expect([t.lines[0], t.lines[41]].map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['4010 Löner', '10'],
      ['5010 Lokalhyra', '-5'],
    ]);
    expect(t.lines[41].source.section).toBeNull();
  });

  test('a row that only shares some words with the header is still read (and its text reported)', () => {
    const r = run([
      sheet('Rapport', [
        ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'],
        [4010, 'Löner', 100, 90],
        [5010, 'Lokalhyra', 'Budget 2025', 55],
      ]),
    ]);
    expect(r.analysis.errors.map((e) => e.cell)).toEqual(['C3']);
  });
});

describe('dashes and minus zeros', () => {
  test('a coded line whose figures are all dashes stays a line with no deviation, never a heading over the next', () => {
    const t = run([
      sheet('Avstämning', [
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [4010, 'Löner', '3 880', '3 912'],
        [6110, 'Kontorsmaterial', '-', '–'],
        [6550, 'Konsulttjänster', '1 140', '0,00 -'],
        [5810, 'Resor', '−0,00', '12'],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Löner', '3880', '3912', '-32'],
      ['6110 Kontorsmaterial', null, null, null],
      ['6550 Konsulttjänster', '1140', '0', '1140'],
      ['5810 Resor', '0', '12', '-12'],
    ]);
    expect(t.lines[2].source.section).toBeNull();
    expect(t.total.leftOut).toBe(1);
  });
});

describe('sum rows labelled by a range of accounts', () => {
  test('`3000-3999` with no name is a total of the accounts above it, never a line; so is the range at the bottom', () => {
    const r = run([
      sheet('Resultatrapport', [
        ['Konto', 'Kontonamn', 'Budget 2025', 'Utfall 2025'],
        [3041, 'Medlemsavgifter', -900, -900],
        [3110, 'Statsbidrag', -100, -80],
        ['3000-3999', null, -1000, -980],
        [4010, 'Löner', 700, 690],
        [5010, 'Lokalhyra', 250, 260],
        ['4000-7999', null, 950, 950],
        ['3000–7999', null, -50, -30],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['3041 Medlemsavgifter', '3110 Statsbidrag', '4010 Löner', '5010 Lokalhyra']);
    // Ledger: budget − outcome, summed: 0 − 20 + 10 − 10 = −20.
    expect(kr(t.total.deviation)).toBe('-20');
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });
});

describe('a period budget for other months than the outcome', () => {
  test('`Budget jan–jun` beside `Utfall jan–aug` is not used: the year’s budget × 8/12 is', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Verksamhet', 'Budget 2025', 'Budget jan–jun', 'Utfall jan–aug'],
        ['Kansli', 1200, 600, 780],
        ['Utvärdering', 600, 0, 420],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.columns.periodBudget).toBeUndefined();
    expect(t.layout.reading.find((c) => c.col === 2)?.unused).toBe('column.otherPeriod');
    expect(t.period).toEqual({ through: 8, budget: 'prorated' });
    // Costs: 1200 × 8/12 − 780 = 20; 600 × 8/12 − 420 = −20.
    expect(t.lines.map((l) => [kr(l.periodBudget), kr(l.deviation)])).toEqual([
      ['800', '20'],
      ['400', '-20'],
    ]);
  });

  test('`Budget jan–aug` beside `Utfall jan–aug` is the period budget', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Verksamhet', 'Budget 2025', 'Budget jan–aug', 'Utfall jan–aug'],
        ['Kansli', 1200, 790, 780],
      ]),
    ]).analysis.tables[0];
    expect(t.period).toEqual({ through: 8, budget: 'column' });
    expect(kr(t.lines[0].deviation)).toBe('10');
  });
});

describe('two outcome columns with nothing to tell them apart', () => {
  const follow = (second: string) =>
    run([
      sheet('Uppföljning', [
        ['Insats', 'Budget 2025', 'Utfall', second],
        ['Kansli', 1000, 950, 990],
        ['IPS', 500, 520, 530],
      ]),
    ]);

  test('`Utfall | Utfall prel.`: neither is the outcome, nothing is compared, the second header is named', () => {
    const r = follow('Utfall prel.');
    expect(r.analysis.tables).toEqual([]);
    // Said once, where it is: not again as a table with no outcome at all.
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['header.twoOutcomes', 'D1']]);
  });

  test('two years (`Utfall 2024 | Utfall 2025`) or a period (`Utfall | Utfall ack`) tell them apart', () => {
    expect(kr(follow('Utfall ack').analysis.tables[0]?.lines[0].deviation ?? null)).not.toBeNull();
    const years = run([
      sheet('Uppföljning', [
        ['Insats', 'Budget 2025', 'Utfall 2024', 'Utfall 2025'],
        ['Kansli', 1000, 950, 990],
      ]),
    ]);
    expect(kr(years.analysis.tables[0].lines[0].deviation)).toBe('10');
  });
});

describe('a share of the budget under an outcome word', () => {
  test('`Förbrukat` holding 0.87 beside a budget in kronor is a percentage: the table has no outcome', () => {
    const r = run([
      sheet('Projekt', [
        ['Projekt', 'Budget 2025', 'Förbrukat', 'Kvar'],
        ['Vård', 1850000, 0.87, 240500],
        ['Cykelplan', 420000, 0.52, 201600],
      ]),
    ]);
    expect(r.analysis.tables).toEqual([]);
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
    expect(r.analysis.errors.map((e) => e.key)).toEqual(['table.noOutcome']);
  });

  test('beside an outcome in kronor it is no second outcome; in a table of small amounts (mnkr) it stays an amount', () => {
    const t = run([
      sheet('Projekt', [
        ['Projekt', 'Budget 2025', 'Utfall', 'Förbrukat'],
        ['Vård', 1850000, 1609500, 0.87],
        ['Cykelplan', 420000, 218400, 0.52],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['240500', '201600']);
    const small = run([
      sheet('Nämnder (mnkr)', [
        ['Nämnd', 'Budget', 'Förbrukat'],
        ['Kultur', 1.5, 1.25],
        ['Fritid', 2.25, 2.5],
      ]),
    ]).analysis.tables[0];
    expect(small.lines.map((l) => kr(l.deviation))).toEqual(['250000', '-250000']);
  });
});

describe('a title in another unit than the headers', () => {
  test('headers in tkr under a title in mnkr: read in tkr, and the title cell is named', () => {
    const r = run([
      sheet('Drift', [['Driftredovisning 2025 (mnkr)'], [], ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'], ['Räddningstjänst', 86420, 88105.7]]),
    ]);
    expect(r.analysis.tables[0].unit).toBe('tkr');
    expect(kr(r.analysis.tables[0].lines[0].deviation)).toBe('-1685700');
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['unit.titleDiffers', 'A1']]);
  });

  test('a title in the headers’ own unit, or in none, says nothing', () => {
    for (const title of ['Driftredovisning 2025 (tkr)', 'Driftredovisning 2025']) {
      const r = run([sheet('Drift', [[title], [], ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'], ['Räddningstjänst', 86420, 88105.7]])]);
      expect(r.analysis.errors).toEqual([]);
    }
  });
});

describe('Swedish and English separators in one column', () => {
  const outcome = (cells: string[]) =>
    run([sheet('Export', [['Konto', 'Benämning', 'Budget', 'Utfall'], ...cells.map((c, i) => [4010 + i, `Konto ${i}`, 15000, c])])]);

  test('`12,500` beside `938,551.15` reads two ways: reported, its line left out; the full forms are read', () => {
    const r = outcome(['2.987.112,40', '938,551.15', '12,500']);
    expect(r.analysis.tables[0].lines.map((l) => kr(l.outcome))).toEqual(['2987112.4', '938551.15', null]);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['amount.ambiguousComma', 'D4']]);
  });

  test('in a column with no comma grouping, `12,500` is 12,5 as before', () => {
    const r = outcome(['2.987.112,40', '12,500']);
    expect(r.analysis.tables[0].lines.map((l) => kr(l.outcome))).toEqual(['2987112.4', '12.5']);
    expect(r.analysis.errors).toEqual([]);
  });
});

describe('a month empty in every row before a month with figures', () => {
  const months = (jun: number | null) =>
    run([
      sheet('Utfall per månad', [
        ['Utfall per månad 2025'],
        ['Konto', 'Benämning', 'Budget 2025', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
        [4010, 'Löner', 1200, 100, 100, 100, 100, 100, jun, 100],
        [5010, 'Lokalhyra', 120, 10, 10, 10, 10, 10, null, 10],
      ]),
    ]);

  test('June empty and July filled: no line has an outcome so far, and June’s header is named', () => {
    const r = months(null);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => [kr(l.outcome), kr(l.deviation)])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(t.total.leftOut).toBe(2);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['table.monthGap', 'I2']]);
  });

  test('June empty on one row only (nothing booked there) is no gap: through July', () => {
    const t = months(100).analysis.tables[0];
    // Costs, the year’s budget for seven months: 1200 × 7/12 − 700 = 0; 120 × 7/12 − 60 = 10.
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['0', '10']);
  });
});

describe('an outcome of another year than the budget, on two sheets', () => {
  const book = (outcomeHeader: string) =>
    run([
      sheet('Budget 2025', [
        ['Konto', 'Benämning', 'Budget 2025'],
        ['4010', 'Löner', 5340],
        ['5010', 'Lokalhyra', 780],
      ]),
      sheet('Bokslut', [
        ['Konto', 'Benämning', outcomeHeader],
        ['4010', 'Löner', 5102],
        ['5010', 'Lokalhyra', 764],
      ]),
    ]);

  test('`Budget 2025` and `Utfall 2024` are not joined; the outcome header is named', () => {
    const r = book('Utfall 2024');
    expect(r.analysis.tables).toEqual([]);
    expect(r.analysis.errors.find((e) => e.key === 'join.otherYear')).toMatchObject({
      sheet: 'Bokslut',
      cell: 'C1',
      params: { outcomeYear: 2024, budgetYear: 2025 },
    });
  });

  test('`Utfall 2025`, or an outcome with no year, is joined', () => {
    for (const header of ['Utfall 2025', 'Utfall']) {
      const r = book(header);
      expect(r.analysis.tables[0].lines.map((l) => kr(l.deviation))).toEqual(['238', '16']);
    }
  });
});

describe('dates written as text in two forms', () => {
  test('`2025-03-14` and `14.07.2025` are both read: the year so far runs through July', () => {
    expect(['2025-03-14', '14.07.2025', '23/08/2025', '08/23/2025', '04/08/2025', '31.13.2025'].map(monthOfPeriod)).toEqual([3, 7, 8, 8, null, null]);
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
        ['4010', 'Löner', 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
      ]),
      sheet('Transaktioner', [
        ['Datum', 'Ver.nr', 'Konto', 'Belopp'],
        ['2025-03-14', 1, '4010', 30],
        ['14.07.2025', 2, '4010', 45],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.period).toEqual({ through: 7, budget: 'months' });
    // Ledger: the budget for January–July, 70, against 75.
    expect(kr(t.lines[0].deviation)).toBe('-5');
  });
});

describe('an outcome column with no sign beside a budget with one', () => {
  const book = (medlem: number) =>
    run([
      sheet('Resultat', [
        ['Konto', 'Kontonamn', 'Budget 2025', 'Belopp'],
        [3041, 'Medlemsavgifter', -12400, medlem],
        [3110, 'Statsbidrag', -850, 1012],
        [4010, 'Löner', 6120, 6244],
        [5010, 'Lokalhyra', 912, 900],
      ]),
    ]);

  test('income negative in the budget, positive in `Belopp`: the income lines are not compared, the costs are, the header is named', () => {
    const r = book(12400);
    const t = r.analysis.tables[0];
    expect(t.convention).toBe('ledger');
    expect(t.lines.map((l) => [kr(l.outcome), kr(l.deviation)])).toEqual([
      [null, null],
      [null, null],
      ['6244', '-124'],
      ['900', '12'],
    ]);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['table.outcomeWithoutSign', 'D1']]);
  });

  test('one income line with the budget’s sign in the outcome column says it has signs: all compared', () => {
    const r = book(-12400);
    expect(r.analysis.tables[0].lines.map((l) => kr(l.deviation))).toEqual(['0', '-1862', '-124', '12']);
    expect(r.analysis.errors).toEqual([]);
  });
});

describe('a date that reads as day or month', () => {
  test('`04/08/2025` is reported, its account has no outcome so far; `25/08/2025` sets the year so far through August', () => {
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
        ['4010', 'Löner', 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        ['5810', 'Resor', 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      ]),
      sheet('Transaktioner', [
        ['Datum', 'Ver.nr', 'Konto', 'Belopp'],
        ['2025-03-14', 1, '4010', 30],
        ['25/08/2025', 2, '4010', 45],
        ['2025-02-02', 3, '5810', 2],
        ['04/08/2025', 4, '5810', 3],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.period).toEqual({ through: 8, budget: 'months' });
    // Ledger: 4010's budget for January–August, 80, against 75; 5810 not compared.
    expect(t.lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Löner', '75', '5'],
      ['5810 Resor', null, null],
    ]);
    expect(r.analysis.errors.map((e) => [e.key, e.sheet, e.cell])).toEqual([['period.dateTwoWays', 'Transaktioner', 'A5']]);
  });
});

describe('small outcomes are amounts, not shares', () => {
  // Found by the property test (seed 431228658): an outcome of 0 and −0,01 kr beside budgets of ±1 000 kr was
  // taken for a column of shares, and the table lost its outcome.
  test('an outcome column with a negative number is amounts, however small', () => {
    const t = run([
      sheet('Projekt', [
        ['Målområde', 'Projekt', 'Budget', 'Utfall'],
        ['Mål 1', 'A', -1000, 0],
        ['Mål 1', 'B', 1000, -0.01],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome)])).toEqual([
      ['-1000', '0'],
      ['1000', '-0.01'],
    ]);
  });

  test('one outcome with decimals among whole small numbers is amounts', () => {
    const t = run([
      sheet('Projekt', [
        ['Projekt', 'Budget', 'Utfall'],
        ['A', 1000, 2],
        ['B', 2000, 3],
        ['C', 3000, 0.5],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => kr(l.outcome))).toEqual(['2', '3', '0.5']);
  });
});
