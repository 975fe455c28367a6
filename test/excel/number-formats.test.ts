/**
 * The Office.js adapter gives the number formats of number cells (SheetData.formats): `Range.numberFormat` in
 * its invariant form, loaded with the values of each area's first FORMAT_ROWS rows only (every cell's in a 1904
 * workbook), so a large sheet's read grows by those rows' formats and no more.
 */
import { CellValue } from '../../src/core/cells';
import { formatAt } from '../../src/core/cell-formats';
import { reconcileSheets } from '../../src/core/reconcile';
import { jsonBytes } from '../../src/excel/blocks';
import { FORMAT_ROWS } from '../../src/excel/read';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { kr } from '../helpers/money';
import { bigBudget } from './budgets';

const port = (wb: FakeWorkbook) => new OfficeWorkbook(fakeRun(wb), { supports: wb.supports });

const FOLLOW_UP: CellValue[][] = [
  ['Budgetuppföljning helår 2025'],
  [],
  ['Verksamhet', 'Budget (tkr)', 'Utfall (tkr)', 'Avvikelse (tkr)'],
  ['Tillsynsavgifter', 8_450_000, 8_912_367, 462_367],
  ['Livsmedelskontroll', 4_620_000, 4_877_419, -257_419],
  ['Not', 'se bilaga', null, null],
];

describe('number formats read through Office.js', () => {
  test('each number cell’s format where not General, in three syncs as before; text cells’ formats are not kept', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Uppföljning', FOLLOW_UP);
    for (const r of [3, 4]) s.numberFormats[r] = [undefined, '#,##0,', '#,##0,', '#,##0,;[Red]-#,##0,'];
    s.numberFormats[5] = [undefined, '#,##0,'];
    const [sheet] = await port(wb).readSheets();
    expect(wb.syncs).toBe(3);
    expect(sheet.formats).toEqual({ codes: ['#,##0,', '#,##0,;[Red]-#,##0,'], runs: [undefined, [3, 4, 0], [3, 4, 0], [3, 4, 1]] });
    expect(formatAt(sheet.formats, 5, 1)).toBeNull();
  });

  test('kronor shown as tkr by `#,##0,` under `(tkr)` reach the core as kronor', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('Uppföljning', FOLLOW_UP.slice(0, 5));
    for (const r of [3, 4]) s.numberFormats[r] = [undefined, '#,##0,', '#,##0,', '#,##0,'];
    const t = reconcileSheets(await port(wb).readSheets(), { lang: 'sv', today: '2026-12-07' }).analysis.tables[0];
    expect(t.unit).toBe('kr');
    expect(t.lines.map((l) => [l.name, kr(l.budget), kr(l.outcome), kr(l.deviation)])).toEqual([
      ['Tillsynsavgifter', '8450000', '8912367', '462367'],
      ['Livsmedelskontroll', '4620000', '4877419', '-257419'],
    ]);
  });

  test('a large sheet: the formats of its first rows only, said so, for their bytes and not a sync more', async () => {
    const rows = bigBudget(20_000);
    const formatted = new FakeWorkbook();
    const s = formatted.addSheet('Drift', rows);
    for (let r = 3; r < rows.length; r++) s.numberFormats[r] = [undefined, undefined, '#,##0,', '#,##0,'];
    const [a] = await port(formatted).readSheets();
    expect(a.formats).toEqual({
      codes: ['#,##0,'],
      runs: [undefined, undefined, [3, FORMAT_ROWS - 1, 0], [3, FORMAT_ROWS - 1, 0]],
      known: [0, 0, FORMAT_ROWS - 1, 3],
    });
    // The values alone, in one range, as a read without formats would take them: the same three syncs.
    const plain = new FakeWorkbook();
    plain.addSheet('Drift', rows);
    await fakeRun(plain)({}, async (context) => {
      context.workbook.worksheets.getItem('Drift').getRange(`A1:D${rows.length}`).load('values,valueTypes');
      await context.sync();
    });
    expect(formatted.syncs).toBe(3);
    // What the formats of the first rows weigh as JSON: the read grows by that, give or take the brackets of its parts.
    const formats = jsonBytes(Array.from({ length: FORMAT_ROWS }, (_, r) => [0, 1, 2, 3].map((c) => s.numberFormats[r]?.[c] ?? 'General')));
    const sum = (xs: readonly number[]) => xs.reduce((x, y) => x + y, 0);
    const added = sum(formatted.cellPayloads) - sum(plain.cellPayloads);
    expect(Math.abs(added - formats)).toBeLessThan(200);
    // About 40 kB on a read of some 2 MB.
    expect(formats).toBeLessThan(0.03 * sum(plain.cellPayloads));
  });

  test('a 1904 workbook reads every cell’s format (its dates need them), and says nothing of areas', async () => {
    const rows = bigBudget(2_000);
    const wb = new FakeWorkbook({ date1904: true });
    const s = wb.addSheet('Drift', rows);
    for (let r = 3; r < rows.length; r++) s.numberFormats[r] = [undefined, undefined, '#,##0,', '#,##0,'];
    const [sheet] = await port(wb).readSheets();
    expect(sheet.formats).toEqual({ codes: ['#,##0,'], runs: [undefined, undefined, [3, rows.length - 1, 0], [3, rows.length - 1, 0]] });
  });
});
