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
    expect(t.lines.map((l) => [kr(l.budget), kr(l.deviation)])).toEqual([['210', '5'], ['40', '-4']]);
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
    expect(t.lines.map((l) => [kr(l.budget), kr(l.periodBudget), kr(l.deviation)])).toEqual([['-1000', '-500', '20'], ['2000', '1000', '0']]);
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
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([['110', '73', '-3'], ['30', '20', '0']]);
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
