/**
 * Two statements on one sheet, a balansräkning stacked under the resultaträkning: a reading rule taught by the
 * sixth layout corpus, with sheets built here and figures worked out by hand.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { findStatements } from '../../../src/core/goals/statements';
import { CellValue } from '../../../src/core/cells';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

const INCOME: CellValue[][] = [
  ['Verksamhetens intäkter', 1, 182.4, 175.1],
  ['Verksamhetens kostnader', 2, -176.9, -171.2],
  ['Årets resultat', null, 5.5, 3.9],
];
const BALANCE: CellValue[][] = [
  ['Omsättningstillgångar', 4, 22.1, 19.6],
  ['Summa tillgångar', null, 60.7, 57.5],
  ['Eget kapital', 5, 5.8, 2.8],
];

/** The tables read on the sheet, as `first row–last row` (one-based) of each. */
const tableRows = (sheets: ReturnType<typeof sheet>[]) =>
  run(sheets)
    .reading.filter((r) => r.as === 'outcome-only' || r.as === 'deviations')
    .map((r) => r.table?.range);

describe('a balance sheet under the income statement begins a table of its own at its header row', () => {
  test.each<[string, CellValue[][]]>([
    ['its title and dates on the header row', [['Balansräkning (mnkr)', 'Not', '2024-12-31', '2023-12-31']]],
    ['dates under the amount columns and no label', [['BALANSRÄKNING'], [null, null, '2024-12-31', '2023-12-31']]],
    ['`Belopp i tkr` beside the dates', [['Belopp i mnkr', null, '2024-12-31', '2023-12-31']]],
    ['`31 dec 2024` written out', [['Balansräkning', null, '31 dec 2024', '31 dec 2023']]],
    ['`31.12.2024` in figures', [['Balansräkning', 'Not', '31.12.2024', '31.12.2023']]],
    ['`12/31/2024` as a US-made report prints it', [['Balance sheet', null, '12/31/2024', '12/31/2023']]],
    ['years alone under a title `Balansräkning`', [['Balansräkning'], [null, null, 2024, 2023]]],
    ['dates typed into Excel (month-end date serials)', [['Balansräkning', 'Not', 45657, 45291]]],
  ])('%s: no cell of its header row is read as an amount of the income statement', (_, head) => {
    const sheets = [sheet('Årsredovisning', [['Resultaträkning (mnkr)', 'Not', 2024, 2023], ...INCOME, [], ...head, ...BALANCE])];
    const r = run(sheets);
    expect(r.analysis.errors).toEqual([]);
    const headerRow = 5 + head.length;
    expect(tableRows(sheets)).toEqual([`A1:D${headerRow - 1}`, `A${headerRow}:D${headerRow + 3}`]);
    // The goals read the second statement as a balance sheet: eget kapital 5,8 mnkr in 2024.
    const balance = r.goals!.statements.find((s) => s.kind === 'balance-sheet')!;
    expect(balance.headerRow).toBe(headerRow - 1);
    expect(balance.years.map((y) => y.year)).toEqual([2024, 2023]);
  });

  test('a date in figures that is no month-end (`15.06.2024`) is no closing date: the rows stay one statement', () => {
    const sheets = [sheet('Årsredovisning', [['Resultaträkning (mnkr)', 'Not', 2024, 2023], ...INCOME, [null, null, '15.06.2024', '15.06.2023'], ...BALANCE])];
    expect(tableRows(sheets)).toEqual(['A1:D8']);
  });

  test('a row of two amounts with no label and no title above stays a row of the statement', () => {
    const sheets = [sheet('Årsredovisning', [['Resultaträkning (kr)', 'Not', 2024, 2023], ...INCOME, [null, null, 2024, 2023]])];
    expect(tableRows(sheets)).toEqual(['A1:D5']);
  });

  test('its own columns: the later year is its outcome even where it stands to the right', () => {
    const r = run([
      sheet('Årsredovisning', [
        ['Resultaträkning', 'Not', 2024, 2023],
        ...INCOME,
        [],
        ['Balansräkning', null, '31 dec 2023', '31 dec 2024'],
        ['Eget kapital', null, 2.8, 5.8],
      ]),
    ]);
    const second = r.reading.filter((x) => x.as === 'outcome-only')[1];
    expect(second.table!.columns.filter((c) => c.role === 'outcome' || c.role === 'priorYear').map((c) => [c.column, c.role])).toEqual([
      ['C', 'priorYear'],
      ['D', 'outcome'],
    ]);
  });
});

describe('below the first 30 rows, only a statement’s own header row begins a table', () => {
  // Amounts above 12: a first row of `10 | 9` could pass for month numbers under the header.
  const lines = Array.from({ length: 30 }, (_, i): CellValue[] => [`Post ${i + 1}`, 100, 90]);
  const goals = sheet('Mål', [
    ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
    ['Eget kapital', 'Eget kapital', '>=', '600 kr'],
  ]);

  test('a balance sheet under a long budget statement, its years the other way round: none of its rows is a line, its equity is read by year', () => {
    const r = run([
      sheet('RR', [
        ['Resultaträkning (kr)', 'Budget 2024', 'Utfall 2024'],
        ...lines,
        ['Årets resultat', 3000, 2700],
        [],
        ['Balansräkning (kr)', 2023, 2024],
        ['Eget kapital', 500, 800],
        ['Summa tillgångar', 1000, 1600],
      ]),
      goals,
    ]);
    const [table] = r.analysis.tables;
    expect(table.range).toBe('A1:C32');
    expect(table.lines).toHaveLength(30);
    expect(kr(table.total.outcome)).toBe('2700');
    // Eget kapital 800 kr in 2024 (column C), 500 kr in 2023 (column B).
    expect(r.goals!.goals.map((g) => [g.year, g.value!.toFixed(), g.sources[0].cell])).toEqual([
      [2024, '800', 'C35'],
      [2023, '500', 'B35'],
    ]);
  });

  test('dates under a title further down begin the balance sheet too', () => {
    const statements = findStatements([
      sheet('ÅR', [
        ['Resultaträkning', 'Not', 2024, 2023],
        ...lines.map((l) => [l[0], null, l[1], l[2]]),
        [],
        ['BALANSRÄKNING'],
        [null, null, '2023-12-31', '2024-12-31'],
        ['Eget kapital', null, 500, 800],
      ]),
    ]);
    expect(statements.map((s) => [s.kind, s.headerRow, s.years.map((y) => `${y.year}:${y.col}`)])).toEqual([
      ['income-statement', 0, ['2024:2', '2023:3']],
      ['balance-sheet', 33, ['2024:3', '2023:2']],
    ]);
  });

  test('a line whose amounts happen to be years stays a line: its label is no statement’s', () => {
    const r = run([sheet('RR', [['Post', 'Budget 2024', 'Utfall 2024'], ...lines, ['Lokalhyra', 2024, 2025]])]);
    expect(r.analysis.tables[0].lines).toHaveLength(31);
  });
});

describe('statements after pages of text, with nothing in the first 30 rows', () => {
  // A förvaltningsberättelse pasted above the statements: a paragraph per row in column A.
  const text = Array.from({ length: 40 }, (_, i): CellValue[] => [`Verksamheten under året, stycke ${i + 1}, med 12 deltagare och 3 insatser.`]);
  const goals = sheet('Mål', [
    ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'],
    ['Årets resultat', 'Årets resultat', '>=', '0 kr'],
    ['Eget kapital', 'Eget kapital', '>=', '600 kr'],
  ]);

  test('a statement named above its years, and one headed by closing dates, are read; the goals find their figures', () => {
    const r = run([
      sheet('Årsredovisning', [
        ...text,
        ['Resultaträkning (kr)'],
        [null, 'Not', 2024, 2023],
        ['Verksamhetens intäkter', 1, 1824, 1751],
        ['Verksamhetens kostnader', 2, -1769, -1712],
        ['Årets resultat', null, 55, 39],
        [],
        ['Balansräkning (kr)', null, '31.12.2024', '31.12.2023'],
        ['Eget kapital', 5, 800, 500],
      ]),
      goals,
    ]);
    expect(r.goals!.statements.map((s) => [s.kind, s.headerRow])).toEqual([
      ['income-statement', 41],
      ['balance-sheet', 46],
    ]);
    expect(r.goals!.goals.filter((g) => g.year === 2024).map((g) => [g.value!.toFixed(), g.sources[0].cell])).toEqual([
      ['55', 'C45'],
      ['800', 'C48'],
    ]);
  });

  test('bare years with no statement named and no closing date begin nothing: a key-figure table further down is no statement', () => {
    const statements = findStatements([sheet('Årsredovisning', [...text, [null, 2024, 2023], ['Antal deltagare', 120, 95]])]);
    expect(statements).toEqual([]);
  });
});
