/**
 * The reading rules the ninth layout corpus taught: abbreviated headers, commitments beside the outcome, amounts
 * in euro, totals labelled with signs, printouts with page headers, cross-tabs. One rule at a time, at its edge,
 * with figures worked out by hand. (The corpus itself runs in test/layouts9.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { matchHeader } from '../../../src/core/read/headers';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

describe('abbreviated headers', () => {
  test('Bu, Utf, Avv and Utf fg år are budget, outcome, deviation and prior year', () => {
    expect(['Bu 2025', 'Utf 2025', 'Avv', 'Utf fg år', 'Årsbu', 'Ack utf', 'Prog', 'Avv prog'].map((h) => matchHeader(h)?.role)).toEqual([
      'budget',
      'outcome',
      'deviation',
      'priorYear',
      'budget',
      'outcome',
      'forecast',
      'forecastDeviation',
    ]);
    expect(matchHeader('Utf/Bu %')?.role).toBe('percent');
    const t = run([
      sheet('Uppf', [
        ['Verksamhet', 'Bu 2025', 'Utf 2025', 'Avv', 'Utf fg år'],
        ['Insamling', 100, 120, -20, 90],
        ['Administration', 50, 40, 10, 45],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Insamling', '100', '120', '-20'],
      ['Administration', '50', '40', '10'],
    ]);
    expect(t.layout.columns.priorYear).toBe(4);
  });
});

describe('commitments beside the outcome', () => {
  test('Utfall inkl. beställt and Actuals + obligations are no outcome; Kvar after commitments is no deviation of it', () => {
    expect(matchHeader('Utfall inkl. beställt')).toBeNull();
    expect(matchHeader('Actuals + obligations')).toBeNull();
    const r = run([
      sheet('Kansli', [
        ['Konto', 'Benämning', 'Budget', 'Utfall', 'Beställt', 'Utfall inkl. beställt', 'Kvar'],
        [5410, 'Inventarier', 100, 60, 30, 90, 10],
        [6550, 'Konsulter', 200, 150, 0, 150, 50],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(r.analysis.errors).toEqual([]);
    expect(t.lines.map((l) => [l.name, kr(l.outcome), kr(l.deviation)])).toEqual([
      ['5410 Inventarier', '60', '40'],
      ['6550 Konsulter', '150', '50'],
    ]);
    expect(r.analysis.checks.filter((c) => c.cell === 'G2')).toEqual([]);
  });
});

describe('a budget revised twice', () => {
  test('of Budget 2025, Rev. budget and Budget efter ombudgetering the last revision is compared', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Verksamhet', 'Budget 2025', 'Rev. budget', 'Budget efter ombudgetering', 'Utfall 2025'],
        ['Räddning', 100, 110, 120, 115],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [kr(l.budget), kr(l.deviation)])).toEqual([['120', '5']]);
  });
});

describe('amounts in another currency', () => {
  test('a title "Belopp i EUR" is named and nothing is read as kronor', () => {
    const r = run([sheet('Projekt', [['Interreg-projekt'], ['Belopp i EUR'], [], ['Arbetspaket', 'Budget', 'Utfall'], ['WP1', 100, 90]])]);
    expect(r.analysis.errors.map((e) => [e.key, e.cell])).toEqual([['unit.foreignCurrency', 'A2']]);
    expect(r.analysis.tables.flatMap((t) => t.lines).filter((l) => l.deviation !== null)).toEqual([]);
    expect(r.reading.find((x) => x.sheet === 'Projekt')?.why).toBe('reading.foreignCurrency');
  });

  test('each amount header in TEUR is named; a table in kronor on another sheet is read', () => {
    const r = run([
      sheet('SEK', [
        ['Finansiär', 'Budget (kr)', 'Utfall (kr)'],
        ['Region', 100, 90],
      ]),
      sheet('EU', [
        ['Kostnadsslag', 'Budget (TEUR)', 'Utfall (TEUR)'],
        ['Personal', 10, 9],
      ]),
    ]);
    expect(r.analysis.errors.map((e) => [e.sheet, e.cell])).toEqual([
      ['EU', 'B1'],
      ['EU', 'C1'],
    ]);
    expect(r.analysis.tables.map((t) => [t.layout.sheet, t.lines.length])).toEqual([['SEK', 1]]);
  });

  test('a title in kronor over a table stays kronor, and a comment naming euro in prose names no currency', () => {
    const r = run([
      sheet('Drift', [
        ['Belopp i tkr'],
        ['Bidraget på 2 miljoner euro från EU beräknas bli utbetalt under nästa år enligt beslut'],
        ['Post', 'Budget', 'Utfall'],
        ['Lön', 10, 9],
      ]),
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables[0].unit).toBe('tkr');
  });
});

describe('rows that are not lines', () => {
  test('a project period 2024–2026 beside the name is no sum row of an account range', () => {
    const t = run([
      sheet('Insatser', [
        ['Insats', 'Projektperiod', 'Beviljat 2025', 'Upparbetat 2025'],
        ['Vägen framåt', '2024–2026', 100, 90],
        ['Hälsoskolan', '2023-2025', 50, 55],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['Vägen framåt', '10'],
      ['Hälsoskolan', '-5'],
    ]);
  });

  test('Σ, Σ Resultat and Tot. are totals, never lines', () => {
    const r = run([
      sheet('Resultat', [
        ['Post', 'Budget', 'Utfall'],
        ['Bidrag', 100, 90],
        ['Avgifter', 20, 30],
        ['Σ', 120, 120],
        ['Löner', -60, -50],
        ['Tot.', -60, -50],
        ['Σ Resultat', 60, 70],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['Bidrag', 'Avgifter', 'Löner']);
    expect(kr(t.total.deviation)).toBe('10');
    expect(r.analysis.checks.filter((c) => c.class === 'mismatch')).toEqual([]);
  });

  test('a printout pasted back with its page header (title, print date, Sida 2 av 2, the column headers) on every page is one table', () => {
    const r = run([
      sheet('Utskrift', [
        ['Samordningsförbundet'],
        ['Resultatrapport per konto'],
        ['Utskriven 2026-01-15', null, null, 'Sida 1 av 2'],
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [4010, 'Löner', 100, 90],
        [],
        ['Samordningsförbundet'],
        ['Resultatrapport per konto'],
        ['Utskriven 2026-01-15', null, null, 'Sida 2 av 2'],
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [5010, 'Lokaler', 50, 55],
      ]),
    ]);
    expect(r.analysis.errors).toEqual([]);
    expect(r.analysis.tables).toHaveLength(1);
    expect(r.analysis.tables[0].lines.map((l) => [l.name, kr(l.deviation)])).toEqual([
      ['4010 Löner', '10'],
      ['5010 Lokaler', '-5'],
    ]);
  });

  test('the same header twice under different titles is two tables', () => {
    const r = run([
      sheet('Två', [['Drift'], ['Post', 'Budget', 'Utfall'], ['Löner', 100, 90], [], ['Investeringar'], ['Post', 'Budget', 'Utfall'], ['Fordon', 50, 55]]),
    ]);
    expect(r.analysis.tables).toHaveLength(2);
  });
});

describe('who pays in', () => {
  test('rows under a Finansiär header are income: less received than budgeted is unfavourable', () => {
    const t = run([
      sheet('Medfinansiering', [
        ['Finansiär', 'Budget 2025', 'Utfall 2025'],
        ['Region Västerbotten', 850, 850],
        ['Tillväxtverket', 600, 500],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.deviation), l.favourable])).toEqual([
      ['Region Västerbotten', '0', true],
      ['Tillväxtverket', '-100', false],
    ]);
  });
});

describe('Konto × Ansvar cross-tabs', () => {
  const crossTab = (name: string, title: string, rows: [number, string, number, number][]) =>
    sheet(name, [[title], [], ['Konto', 'Kontonamn', '100 Kansli', '200 Insatser', 'Summa'], ...rows.map(([k, n, a, b]) => [k, n, a, b, a + b])]);

  test("cost centres across on a budget sheet and an outcome sheet: the row total is each sheet's amount, joined on the account", () => {
    const r = run([
      crossTab('Budget per ansvar', 'Budget 2025 per konto och ansvar', [
        [4010, 'Löner', 100, 200],
        [6550, 'Köpta tjänster', 10, 40],
      ]),
      crossTab('Utfall per ansvar', 'Utfall 2025 per konto och ansvar', [
        [4010, 'Löner', 90, 190],
        [6550, 'Köpta tjänster', 20, 40],
      ]),
    ]);
    const lines = r.analysis.tables.flatMap((t) => t.lines);
    expect(lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Löner', '300', '280', '20'],
      ['6550 Köpta tjänster', '50', '60', '-10'],
    ]);
  });

  test('a sheet that names neither budget nor outcome gives its cross-tab no role', () => {
    const r = run([crossTab('Per ansvar', 'Per konto och ansvar', [[4010, 'Löner', 100, 200]])]);
    expect(r.analysis.tables).toEqual([]);
  });
});
