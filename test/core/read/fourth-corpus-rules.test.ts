/**
 * The reading rules the fourth layout corpus taught, one by one, each at its edge, with figures worked out by
 * hand. (The corpus itself runs in test/layouts4.)
 */
import { reconcileSheets } from '../../../src/core/reconcile';
import { SheetMapping } from '../../../src/core/read/mapping';
import { periodEndFromText } from '../../../src/core/read/headers';
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

  test('a mapped running `Saldo` in a transaction list is what the user says: the outcome', () => {
    const ledger = sheet('Huvudbok', [['Konto', 'Datum', 'Budget', 'Saldo'], ['5010', '2024-12-05', 1000, 600]]);
    expect(run([ledger]).analysis.tables.filter((t) => t.lines.some((l) => l.outcome !== null))).toEqual([]);
    const t = run([ledger], [{ sheet: 'Huvudbok', columns: [{ col: 3, role: 'outcome' }] }]).analysis.tables[0];
    expect(kr(t.lines[0].outcome)).toBe('600');
  });
});
