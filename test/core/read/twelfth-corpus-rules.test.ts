/**
 * The reading rules the twelfth layout corpus taught: a budget on one sheet and the ledger on another, in shapes
 * the earlier rules did not join right. One rule at a time, at its edge, with figures worked out by hand. (The
 * corpus itself runs in test/layouts12.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { FormatRuns } from '../../../src/core/cell-formats';
import { SheetData } from '../../../src/core/cells';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (sheets: SheetData[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-08' });
const joined = (sheets: SheetData[]) =>
  run(sheets)
    .analysis.tables.flatMap((t) => t.lines)
    .map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)]);

/** A sheet whose cells at `formatted` (zero-based row, column) carry a number format. */
function withFormat(s: SheetData, code: string, formatted: [number, number][]): SheetData {
  const runs = new FormatRuns();
  for (const [r, c] of formatted) runs.add(r, c, code);
  return { ...s, formats: runs.finish() };
}

describe('a code shown with leading zeros by its number format', () => {
  const budget = sheet('Budget', [
    ['Ansvar', 'Konto', 'Budget 2025'],
    ['01100', 5010, 100],
    ['01200', 5010, 50],
  ]);
  const ledger = (format: string | null) => {
    const s = sheet('Huvudbok', [
      ['Period', 'Ansvar', 'Konto', 'Belopp'],
      [202503, 1100, 5010, 60],
      [202512, 1100, 5010, 30],
      [202512, 1200, 5010, 55],
    ]);
    return format === null
      ? s
      : withFormat(
          s,
          format,
          [1, 2, 3].map((r) => [r, 1]),
        );
  };

  test('ansvar 1100 formatted 00000 is the budget\'s "01100"', () => {
    const lines = joined([budget, ledger('00000')]);
    expect(lines).toContainEqual([expect.stringContaining('5010'), '100', '90', '10']);
    expect(lines).toContainEqual([expect.stringContaining('5010'), '50', '55', '-5']);
  });

  test('unformatted, 1100 is not "01100": the ansvar do not join and the join is on the account alone', () => {
    expect(joined([budget, ledger(null)])).toEqual([['5010', '150', '145', '5']]);
  });
});

describe('balance accounts beside a result budget', () => {
  const budget = (extra: (string | number)[][] = []) =>
    sheet('Budget', [['Konto', 'Benämning', 'Budget 2025'], [3110, 'Medlemsavgifter', -100], [4010, 'Material', 40], ...extra]);
  // Every verification with its counter entry: the list sums to zero.
  const ledger = sheet('Verifikationer', [
    ['Datum', 'Konto', 'Belopp'],
    ['2025-03-01', 3110, -100],
    ['2025-03-01', 1510, 100],
    ['2025-12-10', 4010, 30],
    ['2025-12-10', 2440, -30],
  ]);

  test('the counter entries on classes 1–2 are no outcome of a result budget, and are said to be left out', () => {
    const r = run([budget(), ledger]);
    const t = r.analysis.tables[0];
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome)])).toEqual([
      ['3110 Medlemsavgifter', '-100', '-100'],
      ['4010 Material', '40', '30'],
    ]);
    const said = r.analysis.checks.filter((c) => c.messageKey === 'check.join.balanceAccounts');
    expect(said.map((c) => [c.sheet, c.cell, c.params?.count])).toEqual([['Verifikationer', 'C3', 2]]);
  });

  test('a budget that holds a balance account joins every account', () => {
    const t = run([budget([[2440, 'Leverantörsskulder', 0]]), ledger]).analysis.tables[0];
    expect(t.lines.map((l) => l.name.slice(0, 4))).toEqual(['3110', '4010', '2440', '1510']);
  });
});

describe('a saldobalans: Ingående balans | Period | Utgående balans', () => {
  const budget = sheet('Budget', [
    ['Konto', 'Benämning', 'Budget 2025'],
    [3110, 'Medlemsavgifter', -100],
    [5010, 'Löner', 60],
  ]);

  test('the Period column is the outcome, the opening and closing balances are not, and balance accounts stay out', () => {
    const r = run([
      budget,
      sheet('Saldobalans', [
        ['Saldobalans 2025'],
        [],
        ['Konto', 'Benämning', 'Ingående balans', 'Period', 'Utgående balans'],
        [1930, 'Bank', 500, 30, 530],
        [3110, 'Medlemsavgifter', 0, -100, -100],
        [5010, 'Löner', 0, 70, 70],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['3110 Medlemsavgifter', '-100', '-100', '0'],
      ['5010 Löner', '60', '70', '-10'],
    ]);
    const columns = r.reading.find((x) => x.sheet === 'Saldobalans')?.table?.columns ?? [];
    expect(columns.filter((c) => c.role === 'outcome').map((c) => c.header)).toEqual(['Period']);
  });
});

describe('an outcome in reversed signs beside a budget in ledger signs', () => {
  test('the outcome (income positive, costs negative) is turned to the budget, not the budget to it', () => {
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'Budget 2025'],
        [3110, 'Medlemsavgifter', -100],
        [5010, 'Löner', 60],
      ]),
      sheet('Utfall', [
        ['Resultat per konto, intäkter positiva'],
        [],
        ['Konto', 'Benämning', 'Utfall 2025'],
        [3110, 'Medlemsavgifter', 100],
        [5010, 'Löner', -70],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['3110 Medlemsavgifter', '-100', '-100', '0'],
      ['5010 Löner', '60', '70', '-10'],
    ]);
    expect(r.analysis.checks.filter((c) => c.messageKey.startsWith('check.join.outcomeTurned')).map((c) => [c.sheet, c.cell])).toEqual([['Utfall', 'C3']]);
  });
});

describe('transactions dated in two years', () => {
  test("only the rows of the budget's year are its outcome; the others are said to be left out", () => {
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'Budget 2025'],
        [4010, 'Material', 50],
        [5010, 'Löner', 100],
      ]),
      sheet('Verifikationer', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-12-20', 5010, 9],
        ['2025-03-01', 4010, 40],
        ['2025-12-20', 5010, 95],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010 Material', '50', '40', '10'],
      ['5010 Löner', '100', '95', '5'],
    ]);
    const said = r.analysis.checks.filter((c) => c.messageKey === 'check.join.otherYearRows');
    expect(said.map((c) => [c.sheet, c.cell, c.params?.years])).toEqual([['Verifikationer', 'C2', '2024']]);
  });

  test('a budget with no year joins every row', () => {
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'Budget'],
        [5010, 'Löner', 100],
      ]),
      sheet('Verifikationer', [
        ['Datum', 'Konto', 'Belopp'],
        ['2024-12-20', 5010, 9],
        ['2025-12-20', 5010, 95],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => kr(l.outcome))).toEqual(['104']);
  });
});

describe('an English ledger against a Swedish budget', () => {
  test("Business Central's Cost Centre Code is the budget's Kostnadsställe: the key is both it and the account", () => {
    const r = run([
      sheet('Budget', [
        ['Kostnadsställe', 'Konto', 'Kontonamn', 'Budget 2025'],
        ['ADM', 5010, 'Löner', 100],
        ['INS', 5010, 'Löner', 200],
      ]),
      sheet('General Ledger Entries', [
        ['Posting Date', 'Account No.', 'Description', 'Cost Centre Code', 'Amount'],
        ['2025-06-25', 5010, 'Salaries', 'ADM', 90],
        ['2025-12-22', 5010, 'Salaries', 'INS', 210],
      ]),
    ]);
    const lines = r.analysis.tables.flatMap((t) => t.lines).map((l) => [kr(l.budget), kr(l.outcome), kr(l.deviation)]);
    expect(lines).toEqual([
      ['100', '90', '10'],
      ['200', '210', '-10'],
    ]);
  });
});

describe('a huvudbok printed in blocks, the account on a row of its own', () => {
  const budget = sheet('Budget', [
    ['Konto', 'Benämning', 'Budget'],
    [4010, 'Material', 50],
    [6550, 'Konsulter', 100],
  ]);

  test('each transaction is the account heading its block; the Summa rows and the running Saldo are not added', () => {
    const r = run([
      budget,
      sheet('Huvudbok', [
        ['Konto', 'Datum', 'Text', 'Debet', 'Kredit', 'Saldo'],
        [4010, 'Material'],
        [null, '2025-02-03', 'Papper', 30, null, 30],
        [null, '2025-12-09', 'Retur', null, 5, 25],
        [null, null, 'Summa 4010', 30, 5, 25],
        [6550, 'Konsulter'],
        [null, '2025-12-15', 'Faktura', 120, null, 120],
        [null, null, 'Summa 6550', 120, 0, 120],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name.slice(0, 4), kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['4010', '50', '25', '25'],
      ['6550', '100', '120', '-20'],
    ]);
  });

  test('in a table with no dates, an item with no code under a coded heading keeps no code', () => {
    const r = run([
      sheet('Budget', [
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [5000, 'Personal'],
        [null, 'Löner', 100, 90],
      ]),
    ]);
    expect(r.analysis.tables[0].lines.map((l) => l.name)).toEqual(['Löner']);
  });
});

describe('a budget per range of accounts against the ledger per account', () => {
  test('each account is summed into the range that holds it; an account in no range is its own, not budgeted', () => {
    const r = run([
      sheet('Budget', [
        ['Konton', 'Kontogrupp', 'Budget 2025'],
        ['3000–3999', 'Verksamhetens intäkter', -100],
        ['5000–5999', 'Personalkostnader', 60],
        ['7000–7999', 'Bidrag', 10],
      ]),
      sheet('Saldo per konto', [
        ['Konto', 'Benämning', 'Utfall 2025'],
        [3110, 'Medlemsavgifter', -90],
        [3990, 'Övriga intäkter', -5],
        [5010, 'Löner', 50],
        [5410, 'Sociala avgifter', 15],
        [8410, 'Räntekostnader', 1],
      ]),
    ]);
    expect(r.analysis.tables.flatMap((t) => t.lines).map((l) => [l.name.split(' ')[0], kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['3000–3999', '-100', '-95', '-5'],
      ['5000–5999', '60', '65', '-5'],
      ['7000–7999', '10', null, null],
      ['8410', null, '1', null],
    ]);
  });

  test('a range alone on its row, under accounts, still sums them', () => {
    const t = run([
      sheet('Uppföljning', [
        ['Konto', 'Benämning', 'Budget', 'Utfall'],
        [5010, 'Löner', 60, 50],
        [5410, 'Sociala avgifter', 20, 15],
        ['5000–5999', null, 80, 65],
      ]),
    ]).analysis.tables[0];
    expect(t.lines.map((l) => l.name)).toEqual(['5010 Löner', '5410 Sociala avgifter']);
  });
});
