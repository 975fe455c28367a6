/**
 * The reading rules the fourth layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts4.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { SheetMapping } from '../../../src/core/read/mapping';
import { matchHeader, periodEndFromText } from '../../../src/core/read/headers';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[], mappings: SheetMapping[] = []) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07', mappings });

describe('an Agresso huvudboksrapport: `Budget period | Saldo period | Budget ack | Saldo ack | Årsbudget`', () => {
  const report = (title = 'Period: 202501 - 202509') =>
    sheet('Huvudbok', [
      ['Huvudboksrapport'],
      [title],
      [],
      ['Konto', 'Konto (T)', 'Period', 'Budget period', 'Saldo period', 'Budget ack', 'Saldo ack', 'Årsbudget'],
      ['4010', 'Löner', '202509', 200, 230, 1800, 1900, 2400],
      ['3040', 'Medlemsbidrag', '202509', -400, -400, -3600, -3500, -4800],
    ]);

  test('the year so far is compared: `Saldo ack` against `Budget ack`, never a month’s budget', () => {
    const t = run([report()]).analysis.tables[0];
    expect(t.layout.headers.outcome).toBe('Saldo ack');
    expect(t.layout.headers.periodBudget).toBe('Budget ack');
    // Ledger: budget − outcome. 1 800 − 1 900 = −100; −3 600 − (−3 500) = −100.
    expect(t.lines.map((l) => [l.name, kr(l.periodBudget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Löner', '1800', '1900', '-100'],
      ['3040 Medlemsbidrag', '-3600', '-3500', '-100'],
    ]);
    const monthBudget = t.layout.reading.find((c) => c.header === 'Budget period')!;
    expect(monthBudget.unused).toBe('column.otherPeriod');
  });

  test('a saldo that states its period is no running balance, even beside a Period column', () => {
    const t = run([report()]).analysis.tables[0];
    expect(t.layout.reading.find((c) => c.header === 'Saldo ack')!.unused).toBeUndefined();
    expect(t.layout.reading.find((c) => c.header === 'Saldo period')!.role).toBe('outcome');
  });

  test('the range in the title runs through its end: September', () => {
    expect(run([report()]).analysis.tables[0].period?.through).toBe(9);
    expect(periodEndFromText('Period: 202501 - 202509')).toEqual({ through: 9, year: 2025 });
    expect(periodEndFromText('Period 202501–202506')).toEqual({ through: 6, year: 2025 });
    // A single period still reads as before.
    expect(periodEndFromText('Period: 202412')).toEqual({ through: 12, year: 2024 });
  });

  test('a mapping wins: `Saldo ack` mapped as the outcome is used, and pairs with `Budget ack`', () => {
    const t = run([report()], [{ sheet: 'Huvudbok', columns: [{ col: 6, role: 'outcome' }] }]).analysis.tables[0];
    expect(t.layout.reading.find((c) => c.col === 6)).toMatchObject({ from: 'mapping', role: 'outcome' });
    expect(t.layout.reading.find((c) => c.col === 6)!.unused).toBeUndefined();
    expect(t.layout.headers.periodBudget).toBe('Budget ack');
    expect(kr(t.lines[0].deviation)).toBe('-100');
  });

  test('the month alone mapped as the outcome pairs with the month’s budget', () => {
    const t = run([report()], [{ sheet: 'Huvudbok', columns: [{ col: 4, role: 'outcome' }] }]).analysis.tables[0];
    expect(t.layout.headers.periodBudget).toBe('Budget period');
    // 200 − 230 = −30.
    expect(kr(t.lines[0].deviation)).toBe('-30');
  });

  test('in a transaction list (dates, vouchers) even `Ack. saldo` is a running balance: never summed', () => {
    const ledger = sheet('Huvudbok', [
      ['Konto', 'Ver.nr', 'Datum', 'Budget', 'Ack. saldo'],
      ['5010', 1, '2024-12-05', 1000, 600],
      ['5010', 2, '2024-12-20', null, 1100],
    ]);
    expect(run([ledger]).analysis.tables.filter((t) => t.lines.some((l) => l.outcome !== null))).toEqual([]);
  });

  test('a mapped running `Saldo` in a transaction list is what the user says: the outcome', () => {
    const ledger = sheet('Huvudbok', [
      ['Konto', 'Datum', 'Budget', 'Saldo'],
      ['5010', '2024-12-05', 1000, 600],
    ]);
    expect(run([ledger]).analysis.tables.filter((t) => t.lines.some((l) => l.outcome !== null))).toEqual([]);
    const t = run([ledger], [{ sheet: 'Huvudbok', columns: [{ col: 3, role: 'outcome' }] }]).analysis.tables[0];
    expect(kr(t.lines[0].outcome)).toBe('600');
  });
});

describe('amounts written with their unit in the cell (`14 250 tkr`)', () => {
  test('each cell is read in its unit, and the table is shown in it', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Kansli', '4 820 tkr', '5 014 tkr'],
        ['IT', '1 520 tkr', '1 611 tkr'],
      ]),
    ]).analysis.tables[0];
    expect(t.unit).toBe('tkr');
    expect(t.layout.unitSource).toBe('cells');
    // Costs: 4 820 000 − 5 014 000 = −194 000 kr.
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4820000', '5014000', '-194000'],
      ['1520000', '1611000', '-91000'],
    ]);
  });

  test('a column mixing units is read cell by cell, each in the unit it says; the table is shown in the coarsest', () => {
    const t = run([
      sheet('Blandat', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Kansli', '1,2 mnkr', '1 150 tkr'],
        ['IT', '500 tkr', '480 000 kr'],
      ]),
    ]).analysis.tables[0];
    expect(t.unit).toBe('mnkr');
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['1200000', '1150000', '50000'],
      ['500000', '480000', '20000'],
    ]);
  });

  test('a bare number among them could be kronor or tkr: said with its cell, and nothing computed from it', () => {
    const r = run([
      sheet('Blandat', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Kansli', '500 tkr', 480000],
        ['IT', '300 tkr', '290 tkr'],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines[0].outcome).toBeNull();
    expect(t.lines[0].deviation).toBeNull();
    expect(kr(t.lines[1].deviation)).toBe('10000');
    expect(r.analysis.errors.find((e) => e.cell === 'C2')?.key).toBe('amount.noUnit');
  });

  test('a cell’s own unit wins over the header’s; plain numbers keep the header’s', () => {
    const t = run([
      sheet('B', [
        ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)'],
        ['Kansli', 100, '95 000 kr'],
      ]),
    ]).analysis.tables[0];
    expect(t.unit).toBe('tkr');
    expect([kr(t.lines[0].budget), kr(t.lines[0].outcome)]).toEqual(['100000', '95000']);
  });

  test('cells that write `kr` beside bare numbers: both kronor, as with no unit at all', () => {
    const t = run([
      sheet('B', [
        ['Post', 'Budget', 'Utfall'],
        ['Kansli', '950 000 kr', 987214.5],
      ]),
    ]).analysis.tables[0];
    expect(t.unit).toBe('kr');
    expect(kr(t.lines[0].deviation)).toBe('-37214.5');
  });

  test('a cell with the unit and no number is unreadable, said with its cell, and gives no figure', () => {
    const r = run([
      sheet('B', [
        ['Verksamhet', 'Budget', 'Utfall'],
        ['Kansli', '100 tkr', 'tkr'],
        ['IT', '50 tkr', '40 tkr'],
      ]),
    ]);
    const t = r.analysis.tables[0];
    expect(t.lines[0].outcome).toBeNull();
    expect(t.lines[0].deviation).toBeNull();
    expect(r.analysis.errors.some((e) => e.sheet === 'B' && e.cell === 'C2')).toBe(true);
  });
});

describe('a Power BI matrix pasted as values: the captions above the header', () => {
  test.each([
    [
      ['Summa av Belopp', 'Typ'],
      ['Konto', 'Budget', 'Utfall', 'Totalt'],
    ],
    [
      ['Sum of Amount', 'Type'],
      ['Account', 'Budget', 'Actual', 'Total'],
    ],
  ])('`%j` over `%j` is no table of its own: no empty-table error', (captions, header) => {
    const r = run([sheet('Blad1', [captions, header, ['3041 Medlemsavgifter', -6480, -6500, -12980], ['4010 Löner', 3340, 3412, 6752]])]);
    expect(r.analysis.errors).toEqual([]);
    const t = r.analysis.tables[0];
    expect(r.analysis.tables).toHaveLength(1);
    expect(t.layout.headerRow).toBe(1);
    // Ledger: budget − outcome. −6 480 − (−6 500) = 20; 3 340 − 3 412 = −72.
    expect(t.lines.map((l) => kr(l.deviation))).toEqual(['20', '-72']);
  });

  test('a header with rows under it is still a table, however close the next one stands', () => {
    const r = run([
      sheet('B', [
        ['Post', 'Budget', 'Utfall'],
        ['Kansli', 100, 90],
        ['Konto', 'Budget', 'Utfall'],
        ['5010', 50, 60],
      ]),
    ]);
    expect(r.analysis.tables.map((t) => t.lines.length)).toEqual([1, 1]);
  });
});

describe('an investment report’s budgets', () => {
  test.each([
    'Investeringsbudget',
    'Investeringsbudget 2025',
    'Investeringsram',
    'Projektbudget',
    'Total projektbudget',
    'Total budget',
    'Investment budget',
    'Capital budget 2025',
    'Project budget',
    'Total project budget',
  ])('`%s` is a budget', (header) => {
    expect(matchHeader(header)?.role).toBe('budget');
  });

  test.each([
    [['Projekt', 'Typ', 'Total projektbudget', 'Investeringsbudget 2025', 'Utfall 2025', 'Ackumulerat utfall']],
    [['Project', 'Type', 'Total project budget', 'Investment budget 2025', 'Actual 2025', 'Actual to date']],
  ])('the year’s budget is compared with the year’s outcome, not the project’s whole budget: %j', (header) => {
    const t = run([sheet('Inv', [header, ['P1 Brandstation', 'Utgift', 86000, 42000, 38615, 69855], ['P2 Höjdfordon', 'Utgift', 14500, 12350, 12890, 15040]])])
      .analysis.tables[0];
    expect(t.layout.columns.budget).toBe(3);
    expect(t.layout.columns.outcome).toBe(4);
    expect(t.lines.map((l) => [kr(l.budget), kr(l.outcome)])).toEqual([
      ['42000', '38615'],
      ['12350', '12890'],
    ]);
  });
});

describe('a budget sheet whose only amount column is `Belopp`', () => {
  const rows = (header: string[]) => [header, ['3011', 'Medlemsbidrag', -3600], ['4010', 'Personal', 1480]];

  test.each([
    ['Budget 2026', ['Budget 2026 – Samordningsförbundet', 'Förslag till styrelsen 2025-10-24. Kronor.'], ['Konto', 'Post', 'Belopp', 'Not']],
    ['Blad1', ['Budget proposal 2026'], ['Account', 'Item', 'Amount 2026']],
  ])('on `%s` under %j: the budget, with no outcome and no deviations', (name, title, header) => {
    const r = run([sheet(name, [...title.map((t) => [t]), [], ...rows(header)])]);
    expect(r.analysis.tables).toEqual([]);
    const one = r.analysis.oneSided.find((t) => t.layout.sheet === name)!;
    expect(one.has).toBe('budget');
    expect(one.layout.columns.budget).toBe(2);
  });

  test.each([
    ['Budgetuppföljning', []],
    ['Budget 2026', ['Utfall per konto']],
    ['Huvudbok', ['Budget 2026']],
  ])('on `%s` under %j it stays the outcome', (name, title) => {
    const r = run([sheet(name, [...title.map((t) => [t]), ...rows(['Konto', 'Post', 'Belopp'])])]);
    // Any word of a follow-up or a ledger, in the sheet's name or its title, leaves `Belopp` the outcome.
    expect(r.analysis.oneSided.find((t) => t.layout.sheet === name)?.has).toBe('outcome');
  });

  test('a mapped `Belopp` keeps the role the user gave it', () => {
    const r = run([sheet('Budget 2026', rows(['Konto', 'Post', 'Belopp']))], [{ sheet: 'Budget 2026', columns: [{ col: 2, role: 'outcome' }] }]);
    expect(r.analysis.oneSided[0].has).toBe('outcome');
  });
});

describe('a sale named by its work: `Utbildning externa kunder` in an unsigned drift summary', () => {
  const drift = (label: string) =>
    sheet('Drift', [
      ['Driftsammanställning 2025 (tkr)'],
      ['Rad', 'Budget', 'Utfall'],
      ['Medlemsbidrag', 1000, 1000],
      [label, 100, 80],
      ['Personalkostnader', 700, 720],
    ]);
  const line = (label: string) => run([drift(label)]).analysis.tables[0].lines.find((l) => l.name === label)!;

  test('what is sold to customers is income: less than budgeted is unfavourable (80 − 100 = −20 tkr)', () => {
    expect([line('Utbildning externa kunder').type, kr(line('Utbildning externa kunder').deviation)]).toEqual(['income', '-20000']);
    expect(line('Services to external customers').type).toBe('income');
  });

  test('the work alone, or bad debts on customers (one word), stays a cost', () => {
    expect([line('Utbildning').type, kr(line('Utbildning').deviation)]).toEqual(['cost', '20000']);
    expect(line('Kundförluster').type).toBe('cost');
  });
});
