/**
 * Statements (RR, BR) read in the unit their number formats show: a cell of kronor shown in tkr through
 * `#,##0,` under `(tkr)` is that many kronor, not 1 000 times as many (read/format-units.ts). Sheets built
 * here with formats as an adapter gives them; figures by hand from the kronor in the cells.
 */
import { CellValue, SheetData } from '../../../src/core/cells';
import { GoalsOutcome, evaluateGoals } from '../../../src/core/goals';
import { Statement, amountFor, findStatements } from '../../../src/core/goals/statements';
import { formatMessage } from '../../../src/core/messages';
import { formatted } from '../../helpers/formats';
import { sheet } from '../../helpers/sheets';

/** Kronor in the cells: 12 345 678 shows as 12 346 through `#,##0,`. */
const RR_ROWS: CellValue[][] = [
  ['', '2024', '2023'],
  ['Verksamhetens intäkter', 12345678, 11000000],
  ['Verksamhetens kostnader', -11234567, -10500000],
  ['Årets resultat', 1111111, 500000],
];

function rr(title: string | null, name = 'RR'): SheetData {
  return sheet(name, title === null ? RR_ROWS : [[title], ...RR_ROWS]);
}

/** The figure of a row for a year, in kronor as text; the issue's key and cell where it was not read. */
function figure(statements: Statement[], label: string, year: number): string {
  for (const s of statements) {
    const row = s.rows.find((r) => r.label === label);
    if (!row) continue;
    const a = amountFor(s, row, year);
    return a.value !== null ? a.value.toFixed() : `${a.issue?.key ?? 'none'} ${a.issue?.sheet}!${a.issue?.cell}`;
  }
  return 'no row';
}

function goals(others: SheetData[], rows: CellValue[][]): GoalsOutcome {
  const o = evaluateGoals([...others, sheet('Mål', [['Finansiella mål'], [], ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'], ...rows])], null);
  if (!o) throw new Error('no outcome');
  return o;
}

describe('an income statement in tkr whose cells hold kronor shown through #,##0,', () => {
  test.each([
    ['a title `Resultaträkning (tkr)`', rr('Resultaträkning (tkr)'), 'B3:C5'],
    ['a title `Belopp i tkr`', rr('Belopp i tkr'), 'B3:C5'],
    ['the sheet name `RR tkr`', rr(null, 'RR tkr'), 'B2:C4'],
  ])('%s: the kronor as they are', (_, s, area) => {
    const statements = findStatements([formatted(s, { [area]: '#,##0,' })]);
    expect(figure(statements, 'Verksamhetens intäkter', 2024)).toBe('12345678');
    expect(figure(statements, 'Årets resultat', 2024)).toBe('1111111');
    expect(figure(statements, 'Årets resultat', 2023)).toBe('500000');
  });

  test('the goal on årets resultat is the kronor, not 1 000 times as many', () => {
    const o = goals([formatted(rr('Resultaträkning (tkr)'), { 'B3:C5': '#,##0,' })], [['Positivt resultat', 'Årets resultat', '>', 0]]);
    expect(o.goals.map((g) => [g.year, g.value?.toFixed()])).toEqual([
      [2024, '1111111'],
      [2023, '500000'],
    ]);
    expect(o.errors).toEqual([]);
  });
});

describe('a balance sheet in mnkr whose cells hold kronor shown through #,##0,,', () => {
  const br = formatted(
    sheet('BR', [
      ['Balansräkning (mnkr)'],
      ['', '2024-12-31', '2023-12-31'],
      ['TILLGÅNGAR'],
      ['Anläggningstillgångar', 400000000, 390000000],
      ['Kassa och bank', 102345678, 96000000],
      ['Summa tillgångar', 502345678, 486000000],
      ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER'],
      ['Summa eget kapital', 200123456, 188000000],
      ['Summa skulder', 302222222, 298000000],
      ['Summa eget kapital, avsättningar och skulder', 502345678, 486000000],
    ]),
    { 'B4:C10': '#,##0,,' },
  );

  test('read in kronor', () => {
    const statements = findStatements([br]);
    expect(figure(statements, 'Summa tillgångar', 2024)).toBe('502345678');
    expect(figure(statements, 'Summa eget kapital', 2023)).toBe('188000000');
  });

  test('eget kapital ≥ 190 mnkr and soliditet from the kronor; the sheet balances', () => {
    const o = goals(
      [br],
      [
        ['Eget kapital', 'Eget kapital', '≥', '190 mnkr'],
        ['Soliditet', 'Soliditet', '≥', '35 %'],
      ],
    );
    const of = (name: string) => o.goals.filter((g) => g.goal.name === name);
    // 200 123 456 − 190 000 000 and 188 000 000 − 190 000 000
    expect(of('Eget kapital').map((g) => [g.year, g.met, g.margin?.toFixed()])).toEqual([
      [2024, true, '10123456'],
      [2023, false, '-2000000'],
    ]);
    // 200 123 456 / 502 345 678 = 39,8 %; 188 / 486 = 38,7 %
    expect(of('Soliditet').map((g) => g.value?.times(100).toFixed(1))).toEqual(['39.8', '38.7']);
    expect(o.checks).toEqual([]);
    expect(o.errors).toEqual([]);
  });
});

describe('as before where formats say nothing of scale', () => {
  test('formats absent: tkr as stated, × 1 000', () => {
    const statements = findStatements([rr('Resultaträkning (tkr)')]);
    expect(figure(statements, 'Årets resultat', 2024)).toBe('1111111000');
  });

  test('formats that only group thousands (#,##0): × 1 000', () => {
    const statements = findStatements([formatted(rr('Resultaträkning (tkr)'), { 'B3:C5': '#,##0' })]);
    expect(figure(statements, 'Årets resultat', 2024)).toBe('1111111000');
  });

  test('no unit stated: kronor, whatever the format shows', () => {
    const statements = findStatements([formatted(rr('Resultaträkning'), { 'B3:C5': '#,##0,' })]);
    expect(figure(statements, 'Årets resultat', 2024)).toBe('1111111');
    expect(statements[0].unit).toBe('kr');
  });
});

describe('formats that leave the unit unknown: said, and nothing computed from the cell', () => {
  test('one cell in another scale than its column: that cell is not read, the goal has no figure', () => {
    // B3:B4 show kronor as tkr; B5 shows its number as it is: 1 111 111 kr or 1 111 111 tkr cannot be told.
    const s = formatted(rr('Resultaträkning (tkr)'), { 'B3:C5': '#,##0,', B5: '#,##0' });
    const statements = findStatements([s]);
    expect(figure(statements, 'Verksamhetens intäkter', 2024)).toBe('12345678');
    expect(figure(statements, 'Årets resultat', 2024)).toBe('amount.formatScale RR!B5');
    expect(figure(statements, 'Årets resultat', 2023)).toBe('500000');

    const o = goals([s], [['Positivt resultat', 'Årets resultat', '>', 0]]);
    expect(o.goals.map((g) => [g.year, g.value?.toFixed() ?? null])).toEqual([
      [2024, null],
      [2023, '500000'],
    ]);
    const issue = o.errors.find((e) => e.key === 'amount.formatScale')!;
    expect([issue.sheet, issue.cell]).toEqual(['RR', 'B5']);
    for (const lang of ['sv', 'en'] as const) expect(formatMessage(issue.key, lang, issue.params)).not.toMatch(/\{\w+\}/);
    expect(formatMessage(issue.key, 'sv', issue.params)).toContain('”#,##0”');
  });

  test('as many cells in one scale as in another: no cell of the column is read', () => {
    const rows: CellValue[][] = [
      ['Resultaträkning (tkr)'],
      ['', '2024', '2023'],
      ['Intäkter', 2000000, 3],
      ['Kostnader', -1500000, -2],
      ['Finansnetto', -1000, 0],
      ['Årets resultat', 499, 1],
    ];
    // Two cells in tkr shown from kronor, two shown as they are: which is the column's unit cannot be told.
    const s = formatted(sheet('RR', rows), { 'B3:B4': '#,##0,', 'B5:C6': '#,##0', 'C3:C4': '#,##0' });
    const statements = findStatements([s]);
    expect(['Intäkter', 'Kostnader', 'Finansnetto', 'Årets resultat'].map((l) => figure(statements, l, 2024))).toEqual([
      'amount.formatScale RR!B3',
      'amount.formatScale RR!B4',
      'amount.formatScale RR!B5',
      'amount.formatScale RR!B6',
    ]);
    // The other year's column shows every number as it is: tkr, as stated.
    expect(figure(statements, 'Årets resultat', 2023)).toBe('1000');
  });

  test('a format that would put the cells below kronor (#,##0, under kr): not read', () => {
    const statements = findStatements([formatted(rr('Resultaträkning (kr)'), { 'B3:C5': '#,##0,' })]);
    expect(figure(statements, 'Årets resultat', 2024)).toBe('amount.formatUnit RR!B5');
  });
});
