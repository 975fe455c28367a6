/**
 * Tables side by side on one header row (`INTÄKTER | Budget | Utfall | | KOSTNADER | Budget | Utfall`): each is read
 * on its own, its side taken from its label header, and a result row under them is checked across them.
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { findTables } from '../../../src/core/read/tables';
import { sheet } from '../../helpers/sheets';
import { kr } from '../../helpers/money';

const run = (...sheets: ReturnType<typeof sheet>[]) => reconcileSheets(sheets, { lang: 'sv', today: '2026-12-07' });

/** The layout of odd-income-costs-side-by-side, with the result row as given. */
const sideBySide = (result: [number, number]) =>
  sheet('Sammanställning', [
    ['Ekonomisk sammanställning 2024'],
    [],
    ['INTÄKTER', 'Budget', 'Utfall', null, 'KOSTNADER', 'Budget', 'Utfall'],
    ['Medlemsavgifter', 1000, 1000, null, 'Personal', 700, 720],
    ['Region Norr', 200, 250, null, 'Lokaler', 300, 280],
    [null, null, null, null, 'Resor', 100, 90],
    ['Summa intäkter', 1200, 1250, null, 'Summa kostnader', 1100, 1090],
    [],
    ['Resultat', ...result],
  ]);

describe('two tables side by side', () => {
  test('each is its own table with its own lines; the left lines are income, the right ones costs', () => {
    const r = run(sideBySide([100, 160]));
    const [left, right] = r.analysis.tables;
    expect(r.analysis.tables).toHaveLength(2);
    expect(left.range).toBe('A3:C7');
    expect(right.range).toBe('E3:G7');
    expect(left.lines.map((l) => [l.name, l.type, kr(l.deviation)])).toEqual([
      ['Medlemsavgifter', 'income', '0'],
      // No word of its own says income: the table's header does.
      ['Region Norr', 'income', '50'],
    ]);
    expect(right.lines.map((l) => [l.name, l.type, kr(l.deviation)])).toEqual([
      ['Personal', 'cost', '-20'],
      ['Lokaler', 'cost', '20'],
      ['Resor', 'cost', '10'],
    ]);
    // Each header is read once: no column is a duplicate of another table's.
    expect(r.analysis.errors).toEqual([]);
  });

  test('the result row under both is income − costs across them: 1 200 − 1 100 = 100, 1 250 − 1 090 = 160 agrees', () => {
    expect(run(sideBySide([100, 160])).analysis.checks).toEqual([]);
  });

  test('a wrong result row is a mismatch at its own cell, reckoned across both tables', () => {
    const checks = run(sideBySide([100, 170])).analysis.checks;
    expect(checks.map((c) => [c.cell, c.class, c.messageKey, kr(c.expected), kr(c.found)])).toEqual([
      ['C9', 'mismatch', 'check.controlTotal.result', '160', '170'],
    ]);
  });

  test('English headers, a third table, tables from column B and two empty columns between them', () => {
    const r = run(
      sheet('Summary', [
        [null, 'Income', 'Budget', 'Actual', null, null, 'Expenses', 'Budget', 'Actual', null, 'Investments', 'Budget', 'Actual'],
        [null, 'North', 500, 520, null, null, 'Staff', 400, 410, null, 'Server room', 90, 95],
        [null, 'South', 300, 290, null, null, 'Premises', 200, 200, null, 'Vehicles', 60, 40],
      ]),
    );
    const tables = r.analysis.tables;
    expect(tables.map((t) => t.range)).toEqual(['B1:D3', 'G1:I3', 'K1:M3']);
    expect(tables.map((t) => t.lines.map((l) => `${l.name} ${l.type} ${kr(l.deviation)}`))).toEqual([
      ['North income 20', 'South income -10'],
      ['Staff cost -10', 'Premises cost 0'],
      // `Investments` names no side: its lines are read as costs by default, from their own column.
      ['Server room cost -5', 'Vehicles cost 20'],
    ]);
  });
});

describe('what stays one table', () => {
  test('an empty spacer column between the names and the amounts', () => {
    const t = findTables(
      sheet('S', [
        ['Post', null, 'Budget', 'Utfall'],
        ['Personal', null, 100, 90],
        ['Lokaler', null, 50, 50],
      ]),
    );
    expect(t).toHaveLength(1);
    expect(t[0].beside).toBeUndefined();
  });

  test('last year beside this year with no names of its own', () => {
    const t = findTables(
      sheet('S', [
        ['Post', 'Budget 2024', 'Utfall 2024', null, 'Budget 2023', 'Utfall 2023'],
        ['Personal', 100, 90, null, 95, 96],
        ['Lokaler', 50, 50, null, 48, 47],
      ]),
    );
    expect(t).toHaveLength(1);
    expect(t[0].columns.budget).toBe(1);
  });

  test('a column that is empty on the header row but holds figures below is no gap', () => {
    const t = findTables(
      sheet('S', [
        ['Post', 'Budget', 'Utfall', null, 'Kommentar', 'Budget', 'Utfall'],
        ['Personal', 100, 90, 5, 'x', 1, 2],
      ]),
    );
    expect(t).toHaveLength(1);
  });
});

describe('a total across tables that cannot be added up', () => {
  test('one table beside has no outcome: the result row under both is named and not checked', () => {
    const r = run(
      sheet('S', [
        ['Intäkter', 'Budget', 'Utfall', null, 'Kostnader', 'Budget', 'Prognos'],
        ['Avgifter', 100, 110, null, 'Personal', 80, 85],
        ['Summa intäkter', 100, 110, null, 'Summa kostnader', 80, 85],
        ['Resultat', 20, 25],
      ]),
    );
    expect(r.analysis.tables.map((t) => t.range)).toEqual(['A1:C3']);
    expect(r.analysis.checks.map((c) => [c.cell, c.class, c.messageKey])).toEqual([['A4', 'info', 'check.besideNotAdded']]);
  });

  test('tables that write their signs differently (costs negative on the right only): the result row is named, not checked', () => {
    const r = run(
      sheet('S', [
        ['Intäkter', 'Budget', 'Utfall', null, 'Kostnader', 'Budget', 'Utfall'],
        ['Avgifter', 100, 110, null, 'Personal', -80, -85],
        ['Summa intäkter', 100, 110, null, 'Summa kostnader', -80, -85],
        ['Resultat', 20, 25],
      ]),
    );
    expect(r.analysis.tables.map((t) => t.convention)).toEqual(['unsigned', 'signed']);
    expect(r.analysis.checks.map((c) => [c.cell, c.class, c.messageKey])).toEqual([['A4', 'info', 'check.besideNotAdded']]);
  });
});
