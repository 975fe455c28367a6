import { CellValue, SheetData } from '../../src/core/cells';
import { toCellValue } from '../../src/excel/read';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT, NETTOKOSTNAD } from './budgets';

/** What a reader gives for rows typed by hand: no trailing empty cells, no trailing empty rows. */
function trimmed(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((r) => {
    const row = [...r];
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

describe('reading a workbook through Office.js', () => {
  const ANTECKNINGAR: CellValue[][] = [['Klar', true], ['Granskad', false], [], ['Saldo', -1234.5, null, null]];
  /** Used range starting at C3, not A1. */
  const BILAGA: CellValue[][] = [[], [], [null, null, 'Bilaga', 12], [null, null, null, { error: '#DIV/0!' }]];

  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  wb.addSheet('Nettokostnad', NETTOKOSTNAD);
  wb.addSheet('Anteckningar', ANTECKNINGAR, 'Hidden');
  wb.addSheet('Bilaga', BILAGA, 'VeryHidden');
  wb.addSheet('Tom');
  let sheets: SheetData[];

  beforeAll(async () => {
    sheets = await new OfficeWorkbook(fakeRun(wb)).readSheets();
  });

  test('gives every sheet, in order, with its visibility', () => {
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Drift', 'visible'],
      ['Nettokostnad', 'visible'],
      ['Anteckningar', 'hidden'],
      ['Bilaga', 'veryHidden'],
      ['Tom', 'visible'],
    ]);
  });

  test('numbers, strings, booleans, error values and empty cells come back as they were put in', () => {
    expect(sheets[0].values).toEqual(trimmed(DRIFT));
    expect(sheets[1].values).toEqual(trimmed(NETTOKOSTNAD));
    expect(sheets[2].values).toEqual(trimmed(ANTECKNINGAR));
    expect(sheets[3].values).toEqual(trimmed(BILAGA));
    expect(sheets[4].values).toEqual([]);
  });

  test('an error value is kept apart from text that reads like one', () => {
    expect(sheets[0].values[5]).toEqual(['Resor', 50, { error: '#N/A' }, '#N/A']);
    expect(toCellValue('#N/A', 'Error')).toEqual({ error: '#N/A' });
    expect(toCellValue('#N/A', 'String')).toBe('#N/A');
    expect(toCellValue('', 'Empty')).toBeNull();
  });

  test('takes three syncs however many sheets: names, used ranges, then all values at once', () => {
    expect(wb.syncs).toBe(3);
  });

  test('nothing is written while reading', () => {
    expect(wb.calculationSuspensions).toBe(0);
    expect(wb.names).toEqual(['Drift', 'Nettokostnad', 'Anteckningar', 'Bilaga', 'Tom']);
  });
});
