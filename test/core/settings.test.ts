import { reconcileSheets } from '../../src/core/reconcile';
import { readSettings, settingsRows } from '../../src/core/settings';
import { sheet } from '../helpers/sheets';
import { kr } from '../helpers/money';

const budget = sheet('Drift', [
  ['Konto', 'Budget', 'Utfall'],
  ['Löner', 1000000, 1060000],
  ['Hyra', 200000, 150000],
]);

describe('the settings sheet (Avstämning inställningar)', () => {
  const settingsSheet = sheet('Avstämning inställningar', [
    ['Parameter', 'Värde'],
    ['Flaggningsgräns belopp (kr)', 50000],
    ['Flaggningsgräns procent', 0.1],
    ['Avgift per invånare', 4],
    ['Drift', 'Med tecken'],
  ]);

  test('is read: thresholds, a convention per sheet, and other parameters kept as written', () => {
    const s = readSettings([budget, settingsSheet]);
    expect(s.thresholds.amountKr.toFixed()).toBe('50000');
    expect(s.thresholds.percent.toFixed()).toBe('10');
    expect(s.conventions).toEqual({ Drift: 'signed' });
    expect(s.other).toEqual([['Avgift per invånare', 4]]);
  });

  test('drives the run, and what a face passes wins over it', () => {
    const stored = reconcileSheets([budget, settingsSheet], { lang: 'sv' });
    expect(stored.analysis.tables[0].convention).toBe('signed');
    // Signed: Löner 1 060 000 − 1 000 000 = +60 000, ≥ 50 000 kr and 6 % < 10 %: not flagged.
    expect(stored.analysis.tables[0].lines[0].flagged).toBe(false);
    const overridden = reconcileSheets([budget, settingsSheet], {
      lang: 'sv',
      conventions: { Drift: 'unsigned' },
      thresholds: { percent: stored.settings.thresholds.percent.minus(5) },
    });
    expect(kr(overridden.analysis.tables[0].lines[0].deviation)).toBe('-60000');
    expect(overridden.analysis.tables[0].lines[0].flagged).toBe(true);
  });

  test('an unreadable threshold is reported with its cell and the default kept', () => {
    const bad = sheet('Avstämning inställningar', [['Flaggningsgräns belopp (kr)', 'mycket']]);
    const r = reconcileSheets([budget, bad], { lang: 'en' });
    expect(r.json.errors).toEqual([{ sheet: 'Avstämning inställningar', cell: 'B1', message: expect.stringContaining('mycket') }]);
    expect(r.settings.thresholds.amountKr.toFixed()).toBe('100000');
  });

  test('round-trips through its rows', () => {
    const s = readSettings([budget, settingsSheet]);
    // The convention is written as a row of the Blad | Kolumn | Roll table, which names a sheet of the workbook.
    const again = readSettings([budget, sheet('Avstämning inställningar', settingsRows(s, 'sv'))]);
    expect(again).toEqual(s);
  });

  test('a rewrite keeps every other row whole: a goals table of four columns, a row whose first cell is empty, one blank row between tables', () => {
    const kept = sheet('Avstämning inställningar', [
      ['Parameter', 'Värde'],
      ['Flaggningsgräns belopp (kr)', 50000],
      [],
      [],
      ['Mål', 'Nyckeltal', 'Villkor', 'Gräns'],
      ['Soliditet', 'Soliditet', '>=', 0.3],
      [null, 'fortsättning', null, 'i kolumn D'],
      [],
      ['Blad', 'Kolumn', 'Roll'],
      ['Drift', 'B', 'Budget'],
    ]);
    const rows = settingsRows(readSettings([budget, kept]), 'sv');
    expect(rows).toEqual([
      ['Parameter', 'Värde'],
      ['Flaggningsgräns belopp (kr)', 50000],
      ['Flaggningsgräns procent', 5],
      [],
      ['Mål', 'Nyckeltal', 'Villkor', 'Gräns'],
      ['Soliditet', 'Soliditet', '>=', 0.3],
      ['', 'fortsättning', '', 'i kolumn D'],
      [],
      ['Blad', 'Kolumn', 'Roll'],
      ['Drift', 'B', 'Budget'],
    ]);
    // Written again, nothing grows or moves.
    expect(settingsRows(readSettings([budget, sheet('Avstämning inställningar', rows)]), 'sv')).toEqual(rows);
  });
});
