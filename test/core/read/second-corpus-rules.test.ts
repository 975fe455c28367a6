/**
 * The reading rules the second layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts2.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a pivot subtotal names its group first', () => {
  test('`Green transition Total` and `Politisk verksamhet Summa` are totals, not lines', () => {
    const r = run(
      sheet('Pivot', [
        ['Row Labels', 'Sum of Budget 2024', 'Sum of Actual 2024'],
        ['Green transition'],
        ['Circular Baltic', 1000, 1200],
        ['Hydrogen study', 500, 400],
        ['Green transition Total', 1500, 1600],
      ]),
    );
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Circular Baltic', 'Hydrogen study']);
    // The total agrees (1 000 + 500 = 1 500, 1 200 + 400 = 1 600): no finding.
    expect(r.analysis.checks).toEqual([]);
  });

  test('a line that merely ends in a word like Total (`Kostnad totalitet`) is still a line', () => {
    const r = run(
      sheet('B', [
        ['Post', 'Budget', 'Utfall'],
        ['Kostnad totalitet', 100, 90],
        ['Lokaler', 50, 50],
      ]),
    );
    expect(r.analysis.tables[0].lines.map((l) => l.name)).toEqual(['Kostnad totalitet', 'Lokaler']);
  });
});

describe('the period a title block states', () => {
  const ledger = (printed: string) =>
    sheet('Rapport', [
      ['Uppföljningsrapport'],
      ['Period:', '202412'],
      [printed],
      [],
      ['Konto', 'Benämning', 'Årsbudget', 'Utfall ack'],
      ['5010', 'Löner', 1200, 1300],
    ]);

  test('`Utskriven: 2025-01-17` is when it was printed, and `Period: 202412` a full year: nothing is prorated', () => {
    const t = run(ledger('Utskriven: 2025-01-17 08:42')).analysis.tables[0];
    expect(t.period).toBeNull();
    // 5010 is a cost: 1 200 − 1 300 = −100.
    expect(kr(t.lines[0].deviation)).toBe('-100');
  });

  test('`Period: 202404` runs through April: the budget is 4/12 of the year', () => {
    const t = run(
      sheet('Rapport', [['Period:', '202404'], [], ['Konto', 'Benämning', 'Årsbudget', 'Utfall ack', 'Prognos'], ['5010', 'Löner', 1200, 500, 1250]]),
    ).analysis.tables[0];
    expect(t.period).toEqual({ through: 4, budget: 'prorated' });
    // 1 200 × 4 / 12 = 400; a cost: 400 − 500 = −100.
    expect(kr(t.lines[0].deviation)).toBe('-100');
  });
});

test('a unit mentioned in a comment above the table is not its unit; the title’s is', () => {
  const t = run(
    sheet('Uppföljning', [
      ['Driftuppföljning 2024, tkr'],
      ['Utfallet för driften blev 1,2 mnkr bättre än budget, främst på grund av vakanser inom verksamheten.'],
      [],
      ['Verksamhet', 'Budget', 'Utfall'],
      ['Ledning', 8450, 8212],
    ]),
  ).analysis.tables[0];
  expect(t.unit).toBe('tkr');
  // (8 450 − 8 212) tkr = 238 000 kr.
  expect(kr(t.lines[0].deviation)).toBe('238000');
});

describe('`Kvar att förbruka`', () => {
  test('beside the year so far is what is left of the year, not a deviation: never checked as one', () => {
    const r = run(
      sheet('Uppföljning', [
        ['Post', 'Budget 2024', 'Utfall jan–jun', 'Kvar att förbruka'],
        ['Insats A', 1200, 500, 700],
        ['Insats B', 600, 320, 280],
      ]),
    );
    const t = r.analysis.tables[0];
    expect(t.layout.columns.deviation).toBeUndefined();
    // Half the year: 600 − 500 = 100 and 300 − 320 = −20.
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['100', '-20']);
    expect(r.analysis.checks).toEqual([]);
  });

  test('in a full-year table it is the deviation column, and checked', () => {
    const r = run(
      sheet('Helår', [
        ['Post', 'Budget', 'Utfall', 'Kvar'],
        ['Insats A', 1200, 1100, 100],
        ['Insats B', 600, 620, -10],
      ]),
    );
    expect(r.analysis.tables[0].layout.columns.deviation).toBe(3);
    // Insats B: 600 − 620 = −20, printed −10.
    expect(r.analysis.checks.map((c) => c.cell)).toEqual(['D3']);
  });
});

test('`Nettokostnad 2024` is the outcome and `Nettokostnad 2023` the year before', () => {
  const t = run(
    sheet('Drift', [
      ['Nämnd', 'Intäkter', 'Kostnader', 'Nettokostnad 2024', 'Budget 2024', 'Nettokostnad 2023'],
      ['Kommunstyrelsen', 38, -142, -104, -106, -101],
    ]),
  ).analysis.tables[0];
  expect(t.layout.columns.outcome).toBe(3);
  expect(t.layout.columns.priorYear).toBe(5);
  // Signed (costs negative): −104 − (−106) = 2.
  expect(kr(t.lines[0].deviation)).toBe('2');
});

describe('one negative line in a list of net costs', () => {
  const april = sheet('April', [
    ['Belopp i tkr, nettokostnad'],
    ['Verksamhet', 'Årsbudget', 'Budget t.o.m. april', 'Utfall t.o.m. april', 'Avvikelse', 'Helårsprognos'],
    ['Hemtjänst', 900, 300, 310, -10, 920],
    ['Särskilt boende', 1200, 400, 390, 10, 1190],
    ['LSS', 600, 200, 230, -30, 650],
    ['Flyktingmottagning', -120, -40, -165, 125, -290],
  ]);

  test('leaves the table unsigned when its deviation column says budget − outcome against the period budget', () => {
    const t = run(april).analysis.tables[0];
    expect(t.convention).toBe('unsigned');
    // Costs: 300 − 310, 400 − 390, 200 − 230, −40 − (−165) tkr.
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['-10000', '10000', '-30000', '125000']);
  });

  test('gives no forecast accuracy: four months of outcome against a year’s forecast is no such figure', () => {
    const t = run(april).analysis.tables[0];
    expect(t.lines.map((l) => l.forecastAccuracy)).toEqual([null, null, null, null]);
    // The forecast deviation stands: 900 − 920 = −20 tkr.
    expect(kr(t.lines[0].forecastDeviation)).toBe('-20000');
  });
});

test('a goals table (`Finansiellt mål | Målvärde | Utfall 2024`) is not a budget table without a budget', () => {
  const r = run(
    sheet('Mål', [
      ['Finansiellt mål', 'Målvärde', 'Utfall 2024', 'Bedömning'],
      ['Eget kapital ska uppgå till minst 10 mnkr', '≥ 10 mnkr', '11,2 mnkr', 'Uppfyllt'],
    ]),
  );
  expect(r.analysis.tables).toEqual([]);
  // Only the goals speak of it: the goals table is no statement either (layouts10), so there is no balance sheet
  // to find eget kapital in. No unreadable `11,2 mnkr`.
  expect(r.analysis.errors.map((e) => [e.cell, e.key])).toEqual([['A2', 'goals.noStatements']]);
});

describe('month columns under a title that names their side', () => {
  test('`Budget 2024 per månad` over `Konto | Benämning | jan … dec` is a monthly budget', () => {
    const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const r = run(
      sheet('Budget', [['Budget 2024 per månad'], [], ['Konto', 'Benämning', ...months], ['5010', 'Löner', ...months.map(() => 100)]]),
      sheet('Huvudbok', [
        ['Period', 'Konto', 'Belopp'],
        [202401, '5010', 90],
        [202402, '5010', 120],
        [202403, '5010', 100],
      ]),
    );
    const joined = r.analysis.tables.find((t) => t.lines.length === 1)!;
    // Three months of budget (300) against 90 + 120 + 100 = 310: a cost, −10.
    expect(kr(joined.lines[0].periodBudget)).toBe('300');
    expect(kr(joined.lines[0].outcome)).toBe('310');
    expect(kr(joined.lines[0].deviation)).toBe('-10');
  });

  test('with neither title nor sheet name saying which side, no month column gets a role', () => {
    const r = run(
      sheet('Blad1', [
        ['Konto', 'Benämning', 'jan', 'feb', 'mar'],
        ['5010', 'Löner', 100, 100, 100],
      ]),
    );
    expect(r.analysis.tables).toEqual([]);
  });
});

test('a pivot whose row labels are bare account numbers joins the budget by account', () => {
  const r = run(
    sheet('Budget', [
      ['Konto', 'Kontonamn', 'Budget 2024'],
      [5010, 'Löner', 1200],
      [6110, 'Lokalhyra', 600],
    ]),
    sheet('Utfall', [
      ['Summa av Belopp', 'Kolumnetiketter'],
      ['Radetiketter', 'jan', 'feb', 'mar', 'Totalsumma'],
      [5010, 100, 110, 90, 300],
      [6110, 50, 50, 50, 150],
    ]),
  );
  const joined = r.analysis.tables.find((t) => t.lines.length === 2)!;
  // Three months: 1 200 × 3 / 12 = 300 against 300; 600 × 3 / 12 = 150 against 150.
  expect(joined.lines.map((l) => [l.name, kr(l.periodBudget), kr(l.outcome), kr(l.deviation)])).toEqual([
    ['5010 Löner', '300', '300', '0'],
    ['6110 Lokalhyra', '150', '150', '0'],
  ]);
});

test('`Ack utfall aug` is the year so far through August: the budget is 8/12 of the year', () => {
  const t = run(
    sheet('B', [
      ['Verksamhet', 'Årsbudget', 'Ack utfall aug'],
      ['Admin', 1200, 900],
    ]),
  ).analysis.tables[0];
  expect(t.period).toEqual({ through: 8, budget: 'prorated' });
  // 1 200 × 8 / 12 = 800; a cost: 800 − 900 = −100.
  expect(kr(t.lines[0].deviation)).toBe('-100');
});

test('`Utfall 2024 | Budget 2025` is a budget proposal beside last year’s outcome: no deviation between two years', () => {
  const r = run(
    sheet('Förslag', [
      ['Verksamhet', 'Utfall 2024', 'Budget 2025'],
      ['Admin', 100, 110],
    ]),
  );
  expect(r.analysis.tables).toEqual([]);
  expect(r.analysis.errors.map((e) => e.key)).toEqual(['table.noOutcome']);
});

describe('a ledger’s `Debet | Kredit` columns', () => {
  const budget = sheet('Budget', [
    ['Konto', 'Benämning', 'Budget'],
    ['5010', 'Löner', 1000],
    ['3010', 'Avgifter', -500],
  ]);

  test('are one outcome, debit − credit, summed per account and joined with the budget', () => {
    const r = run(
      budget,
      sheet('Huvudbok', [
        ['Konto', 'Namn', 'Ver.nr', 'Datum', 'Text', 'Debet', 'Kredit', 'Saldo'],
        ['5010', 'Löner', 1, '2024-12-05', 'Lön', 600, null, 600],
        ['5010', 'Löner', 2, '2024-12-20', 'Lön', 500, null, 1100],
        ['5010', 'Löner', 3, '2024-12-21', 'Rättelse', null, 50, 1050],
        ['3010', 'Avgifter', 4, '2024-12-10', 'Avgift', null, 550, -550],
      ]),
    );
    const t = r.analysis.tables.find((x) => x.lines.length === 2)!;
    // 5010: 600 + 500 − 50 = 1 050 against 1 000, a cost: −50. 3010: −550 against −500, income in a ledger: +50.
    expect(t.lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['5010 Löner', '1050', '-50'],
      ['3010 Avgifter', '-550', '50'],
    ]);
  });

  test('a running `Saldo` beside them is never summed, and `Debet` alone is no outcome', () => {
    const r = run(
      budget,
      sheet('Huvudbok', [
        ['Konto', 'Datum', 'Debet', 'Saldo'],
        ['5010', '2024-12-05', 600, 600],
        ['5010', '2024-12-20', 500, 1100],
      ]),
    );
    expect(r.analysis.tables.filter((t) => t.lines.some((l) => l.outcome !== null))).toEqual([]);
  });

  test('`Saldo` in a saldolista with a budget is the outcome', () => {
    const t = run(
      sheet('Saldolista', [
        ['Konto', 'Benämning', 'Budget', 'Saldo'],
        ['5010', 'Löner', 1000, 1100],
      ]),
    ).analysis.tables[0];
    expect(kr(t.lines[0].deviation)).toBe('-100');
  });
});

test('`Kod | Verksamhet | Budget | Utfall`: the verksamhet names the rows, the code stands before it', () => {
  const t = run(
    sheet('B', [
      ['Kod', 'Verksamhet', 'Budget', 'Utfall'],
      ['10', 'Admin', 1000, 900],
      [null, 'Summa', 1000, 900],
    ]),
  ).analysis.tables[0];
  expect(t.lines.map((l) => l.name)).toEqual(['10 Admin']);
});

test('`Tertialrapport 1 2024` over a table with a forecast runs through April', () => {
  const t = run(sheet('T1', [['Tertialrapport 1 2024'], [], ['Verksamhet', 'Budget', 'Utfall', 'Prognos'], ['A', 1200, 500, 1300]])).analysis.tables[0];
  // 1 200 × 4 / 12 = 400; a cost: 400 − 500 = −100.
  expect(kr(t.lines[0].deviation)).toBe('-100');
});

test('`Bokslut` is the outcome a kommun’s driftredovisning prints beside its budget', () => {
  const t = run(sheet('Drift', [['Driftredovisning (mnkr)'], ['Nämnd', 'Budget', 'Bokslut', 'Avvikelse'], ['KS', -50.2, -49.8, 0.4]])).analysis.tables[0];
  // Signed (net costs negative): −49,8 − (−50,2) = 0,4 mnkr = 400 000 kr.
  expect(kr(t.lines[0].deviation)).toBe('400000');
});

test('a ledger key with one unreadable transaction has no outcome, not the sum of the rest, and the cell is named', () => {
  const r = run(
    sheet('Budget', [
      ['Konto', 'Benämning', 'Budget'],
      ['6110', 'Hyra', 500],
    ]),
    sheet('Huvudbok', [
      ['Konto', 'Datum', 'Debet', 'Kredit'],
      ['6110', '2024-12-05', 'ca 400', null],
      ['6110', '2024-12-06', 100, null],
    ]),
  );
  const line = r.analysis.tables.flatMap((t) => t.lines).find((l) => l.name.startsWith('6110'))!;
  expect([kr(line.outcome), kr(line.deviation)]).toEqual([null, null]);
  expect(r.analysis.errors.map((e) => `${e.sheet}!${e.cell}`)).toContain('Huvudbok!C2');
});
