/**
 * The reading rules the fifth layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts5.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { matchHeader } from '../../../src/core/read/headers';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('a budget changed during the year', () => {
  test('`Justerad budget` is the budget, not `Ursprunglig budget` before it', () => {
    const t = run([
      sheet('Drift', [
        ['Verksamhet', 'Ursprunglig budget', 'Ombudgetering', 'Justerad budget', 'Utfall'],
        ['Buss', 200, 10, 210, 205],
        ['Skolskjuts', 50, -10, 40, 44],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headers.budget).toBe('Justerad budget');
    // Unsigned costs: 210 − 205 = 5; 40 − 44 = −4.
    expect(t.lines.map((l) => [kr(l.budget), kr(l.deviation)])).toEqual([
      ['210', '5'],
      ['40', '-4'],
    ]);
  });

  test('a nämnd’s `Kommunbidrag` is its budget', () => {
    const t = run([
      sheet('Nämnder', [
        ['Nämnd', 'Kommunbidrag 2025', 'Nettokostnad 2025'],
        ['Socialnämnden', 1000, 1040],
        ['Kulturnämnden', 100, 96],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headers.budget).toBe('Kommunbidrag 2025');
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['-40', '4']);
  });
});

describe('a budget headed by a date range', () => {
  test('the whole year (`2025-01-01 - 2025-12-31`) is the budget; half of it the period budget', () => {
    expect(matchHeader('Budget 2025-01-01 - 2025-12-31')?.role).toBe('budget');
    expect(matchHeader('Budget 2025-01-01 - 2025-06-30')?.role).toBe('periodBudget');
    const t = run([
      sheet('Resultatrapport', [
        ['Konto', 'Benämning', 'Utfall 2025-01-01 - 2025-06-30', 'Budget 2025-01-01 - 2025-06-30', 'Budget 2025-01-01 - 2025-12-31'],
        [7010, 'Löner', -480, -500, -1000],
        [3010, 'Medlemsbidrag', 1000, 1000, 2000],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headers.budget).toBe('Budget 2025-01-01 - 2025-12-31');
    expect(t.layout.headers.periodBudget).toBe('Budget 2025-01-01 - 2025-06-30');
    // Signed: outcome − period budget: −480 − (−500) = 20.
    expect(t.lines.map((l) => [kr(l.budget), kr(l.periodBudget), kr(l.deviation)])).toEqual([
      ['-1000', '-500', '20'],
      ['2000', '1000', '0'],
    ]);
  });
});

describe('tertials side by side', () => {
  test('`Budget T1 | T2 | T3 | Utfall T1 | T2` compares two tertials (eight months) with their own budget', () => {
    const t = run([
      sheet('Tertial', [
        ['Konto', 'Benämning', 'Budget T1', 'Budget T2', 'Budget T3', 'Utfall T1', 'Utfall T2', 'Utfall T3'],
        [4010, 'Löner', 40, 30, 40, 42, 31, null],
        [5020, 'Lokaler', 10, 10, 10, 10, 10, null],
      ]),
    ]).analysis.tables[0];
    expect(t.period?.through).toBe(8);
    // Ledger: (40 + 30) − (42 + 31) = −3; full year 110.
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['110', '73', '-3'],
      ['30', '20', '0'],
    ]);
  });

  test('one `Budget T2` alone is still the budget for the year so far', () => {
    expect(matchHeader('Budget T2')).toMatchObject({ role: 'periodBudget', through: 8 });
  });
});

describe('forecasts made through the year', () => {
  test('of `Prognos april | Prognos augusti | Prognos oktober` the latest is the forecast, wherever it stands', () => {
    const t = run([
      sheet('Bokslut', [
        ['Verksamhet', 'Budget', 'Prognos april', 'Prognos oktober', 'Prognos augusti', 'Utfall'],
        ['Personal', 100, 101, 104, 103, 105],
      ]),
    ]).analysis.tables[0];
    expect(t.layout.headers.forecast).toBe('Prognos oktober');
    expect(kr(t.lines[0].forecast)).toBe('104');
  });
});

describe('`S:a` sum rows', () => {
  const statement = () =>
    run([
      sheet('Resultat', [
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [3010, 'Bidrag', 1000, 1000],
        [null, 'S:a Intäkter', 1000, 1000],
        [],
        [4010, 'Löner', -500, -490],
        [null, 'S:a Personal', -500, -490],
        [],
        [6510, 'Insatser', -300, -320],
        [6990, 'Övrigt', -100, -90],
        [null, 'S:a Övrigt', -400, -410],
        [],
        [null, 'S:a Kostnader', -900, -900],
        [],
        [null, 'Summa totalt', 100, 100],
      ]),
    ]);

  test('are totals, never lines', () => {
    const t = statement().analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['3010 Bidrag', '4010 Löner', '6510 Insatser', '6990 Övrigt']);
  });

  test('a sum of the nearest sums above (`S:a Kostnader` over personal and other costs) foots: no finding', () => {
    expect(statement().analysis.checks.filter((c) => c.kind === 'control-total')).toEqual([]);
  });
});

describe('month names over `Budget | Utfall` pairs', () => {
  test('each pair is its month; the year so far runs through the last month with outcome; `Totalt` is not added again', () => {
    const t = run([
      sheet('Månader', [
        ['Uppföljning 2025'],
        [null, 'Januari', null, 'Februari', null, 'Mars', null, 'Totalt', null],
        ['Post', 'Budget', 'Utfall', 'Budget', 'Utfall', 'Budget', 'Utfall', 'Budget', 'Utfall'],
        ['Personal', 100, 90, 100, 110, 100, null, 300, 200],
        ['Lokaler', 20, 20, 20, 20, 20, null, 60, 40],
      ]),
    ]).analysis.tables[0];
    expect(t.period?.through).toBe(2);
    // Two months: budget 200 against outcome 200 (unsigned costs): 0; the year's budget 300.
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.periodBudget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Personal', '300', '200', '200', '0'],
      ['Lokaler', '60', '40', '40', '0'],
    ]);
  });
});

describe('a sum line with no label at all (Unit4 Business World)', () => {
  const bw = (sumBudget: number) =>
    run([
      sheet('BW', [
        ['Ansvar', 'Konto', 'Konto (T)', 'Belopp', 'Budget'],
        ['0110', '4010', 'Löner', 110, 100],
        ['0110', '5010', 'Hyra', 50, 50],
        ['0210', '4010', 'Löner', 40, 45],
        [null, null, null, 200, sumBudget],
      ]),
    ]).analysis;

  test('that is, to the öre, the sum of every line above is a total, not a fourth line', () => {
    const a = bw(195);
    expect(a.tables[0].lines).toHaveLength(3);
    expect(a.checks.filter((c) => c.kind === 'control-total')).toEqual([]);
  });

  test('that is not the sum stays a line, never silently dropped', () => {
    expect(bw(196).tables[0].lines).toHaveLength(4);
  });
});

test('a budget per project joins transactions on `Projekt`, the column both sides head alike, not on their accounts', () => {
  const r = run([
    sheet('Projektbudget', [
      ['Projekt', 'Projektnamn', 'Budget'],
      ['P1', 'Kompetens', 1000],
      ['P2', 'Digital', 500],
    ]),
    sheet('Transaktioner', [
      ['Ver.nr', 'Konto', 'Projekt', 'Belopp'],
      [1, 4010, 'P1', 600],
      [2, 6550, 'P1', 300],
      [3, 4010, 'P2', 550],
    ]),
  ]);
  const joined = r.analysis.tables.find((t) => t.lines.length === 2)!;
  // Ledger: P1 1 000 − 900 = 100; P2 500 − 550 = −50.
  expect(joined.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
    ['1000', '900', '100'],
    ['500', '550', '-50'],
  ]);
});

describe('a long list whose Typ column says Budget or Utfall', () => {
  const long = (third = 'Utfall') =>
    run([
      sheet('Data', [
        ['Konto', 'Kontonamn', 'Typ', 'Belopp'],
        ['4010', 'Löner', 'Budget', 1000],
        ['4010', 'Löner', 'Utfall', 1100],
        ['5010', 'Hyra', 'Budget', 300],
        ['6590', 'Övrigt', third, 36500],
      ]),
    ]).analysis;

  test('is budget rows and outcome rows put together on the account; a key on one side only stands alone', () => {
    const a = long();
    const t = a.tables[0];
    // Ledger: 1 000 − 1 100 = −100; 5010 has no outcome, 6590 no budget.
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Löner', '1000', '1100', '-100'],
      ['5010 Hyra', '300', null, null],
      ['6590 Övrigt', null, '36500', null],
    ]);
    expect(a.errors).toEqual([]);
  });

  test('a Typ that names neither keeps the table whole and one-sided, never a row dropped', () => {
    const a = long('Prognos');
    expect(a.tables).toEqual([]);
    expect(a.oneSided[0].rows.filter((r) => r.kind === 'item')).toHaveLength(4);
  });
});

test('a data row whose amount falls in Excel’s date range (`Utfall | 36500`) is no header of months', () => {
  const a = run([
    sheet('Data', [
      ['Konto', 'Kontonamn', 'Typ', 'Belopp'],
      ['4010', 'Löner', 'Prognos', 1000],
      ['4010', 'Löner', 'Utfall', 36500],
      ['5010', 'Hyra', 'Prognos', 300],
    ]),
  ]).analysis;
  expect(a.oneSided.map((t) => [t.layout.headerRow, t.rows.length])).toEqual([[0, 3]]);
  expect(a.errors.map((e) => e.key)).toEqual(['table.noBudget']);
});

test('`Prognos okt–dec` (the months left) beside `Prognos helår`: the full year is the forecast', () => {
  const t = run([
    sheet('Prognos', [
      ['Verksamhet', 'Årsbudget', 'Utfall jan–sep', 'Prognos okt–dec', 'Prognos helår'],
      ['Insamling', 400, 310, 100, 410],
    ]),
  ]).analysis.tables[0];
  expect(t.layout.headers.forecast).toBe('Prognos helår');
  // A cost: forecast deviation = budget − forecast = 400 − 410 = −10.
  expect([kr(t.lines[0].forecast), kr(t.lines[0].forecastDeviation)]).toEqual(['410', '-10']);
});

test('quarters named in one header row (`Budget Kv1 … Utfall Kv2`) are periods, not each the year so far', () => {
  const t = run([
    sheet('Kvartal', [
      ['Verksamhet', 'Budget Kv1', 'Budget Kv2', 'Budget Kv3', 'Budget Kv4', 'Utfall Kv1', 'Utfall Kv2', 'Utfall Kv3'],
      ['Personal', 100, 120, 100, 110, 104, 118, null],
    ]),
  ]).analysis.tables[0];
  expect(t.period?.through).toBe(6);
  // Two quarters: (100 + 120) − (104 + 118) = −2; the year 430.
  expect([kr(t.lines[0].budget), kr(t.lines[0].periodBudget), kr(t.lines[0].outcome), kr(t.lines[0].deviation)]).toEqual(['430', '220', '222', '-2']);
});

describe('`Avvikelse` over the deviation as a share of the budget (=(C−B)/B under a % format)', () => {
  const table = (headers: string[], rows: (string | number)[][]) => run([sheet('A', [['Verksamhet', 'Budget', 'Utfall', ...headers], ...rows])]).analysis;

  test('is a percentage: no reported deviation to check, no finding', () => {
    // (1 053 000 − 1 000 000) / 1 000 000 = 0,053; (190 000 − 200 000) / 200 000 = −0,05.
    const a = table(
      ['Avvikelse'],
      [
        ['Personal', 1000000, 1053000, 0.053],
        ['Lokaler', 200000, 190000, -0.05],
      ],
    );
    expect(a.checks).toEqual([]);
    expect(a.tables[0].layout.reading.find((c) => c.col === 3)).toMatchObject({ role: 'percent', unused: 'column.percent' });
  });

  test('beside an `Avvikelse` in kronor it is no header written twice', () => {
    const a = table(
      ['Avvikelse', 'Avvikelse'],
      [
        ['Personal', 1000000, 1053000, -53000, 0.053],
        ['Lokaler', 200000, 190000, 10000, -0.05],
      ],
    );
    expect(a.errors).toEqual([]);
    expect(a.checks).toEqual([]);
  });

  test('small deviations in kronor that are not the share stay a reported deviation, checked', () => {
    const a = table(
      ['Avvikelse'],
      [
        ['Personal', 100, 101, -1],
        ['Lokaler', 200, 190, 9],
      ],
    );
    // 200 − 190 = 10, not 9: a finding at D3.
    expect(a.checks.map((c) => c.cell)).toEqual(['D3']);
  });
});
