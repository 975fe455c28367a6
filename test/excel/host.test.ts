/**
 * Host behaviours real Excel has and the adapter must meet (issue 12), each modelled by the fake host
 * (test/fakes/excel.ts says where each is documented) and met by the adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue } from '../../src/core/cells';
import { generatedMark } from '../../src/core/marks';
import { OutputSheet, fitToWidth } from '../../src/core/render/output';
import { reconcileSheets } from '../../src/core/reconcile';
import { DAYS_1900_TO_1904, isDateFormat } from '../../src/excel/date-system';
import { ExcelRunError, describeError } from '../../src/excel/errors';
import { PROBE_CELLS, mergeTouching } from '../../src/excel/read';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { reconcile } from '../../src/reconcile';
import { FakeCell, FakeOptions, FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT, INJECTION_LABELS, NETTOKOSTNAD, PROJEKT } from './budgets';

const port = (wb: FakeWorkbook) => new OfficeWorkbook(fakeRun(wb), { supports: wb.supports });
const userWorkbook = (options: FakeOptions = {}) => {
  const wb = new FakeWorkbook(options);
  wb.addSheet('Drift', DRIFT);
  wb.addSheet('Nettokostnad', NETTOKOSTNAD);
  return wb;
};
/** Every sheet's snapshot, and the names in order: to see that nothing at all changed. */
const everything = (wb: FakeWorkbook) => ({ names: wb.names, sheets: wb.names.map((n) => wb.snapshot(n)) });

describe('a copy the user made of a generated sheet', () => {
  test('is never overwritten nor deleted, and never read as input (its figures would count twice)', async () => {
    const wb = userWorkbook();
    const first = await reconcile(port(wb), { lang: 'sv' });
    // Move or Copy: the same cells, A2 mark and all, under the name Excel gives a copy.
    const copy = wb.addSheet('Avvikelser (2)', []);
    const original = wb.sheet('Avvikelser');
    copy.cells = original.cells.map((r) => [...(r ?? [])]);
    copy.numberFormats = original.numberFormats.map((r) => [...(r ?? [])]);
    copy.cells[0][0] = 'Avvikelser mars (min kopia)';
    const before = wb.snapshot('Avvikelser (2)');
    const second = await reconcile(port(wb), { lang: 'sv' });
    expect(second.written).toEqual(first.written);
    expect(wb.snapshot('Avvikelser (2)')).toEqual(before);
    expect(second.analysis.tables.map((t) => t.sheet)).toEqual(first.analysis.tables.map((t) => t.sheet));
    expect(JSON.stringify(second.json.deviations)).toBe(JSON.stringify(first.json.deviations));
  });
});

describe('generated sheets are rewritten in place, which keeps the undo history', () => {
  test('a second run rewrites the same sheets, where they stand, and what the user did can still be undone', async () => {
    const wb = userWorkbook();
    await reconcile(port(wb), { lang: 'sv' });
    wb.userEdit('the user typed in Drift!E4');
    const names = wb.names;
    await reconcile(port(wb), { lang: 'sv' });
    expect(wb.names).toEqual(names);
    expect(wb.undo).toContain('the user typed in Drift!E4');
    expect(wb.undoCleared).toBe(0);
  });

  test('a generated sheet beside a user sheet of its name (Avvikelser (2)) keeps its name when the user’s sheet is gone: no rename', async () => {
    const wb = userWorkbook();
    wb.addSheet('Avvikelser', [['Mina anteckningar']]);
    expect((await reconcile(port(wb), { lang: 'sv' })).written).toEqual(['Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
    wb.sheets.delete('Avvikelser');
    wb.userEdit('typed');
    expect((await reconcile(port(wb), { lang: 'sv' })).written).toEqual(['Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
    expect([wb.undo.includes('typed'), wb.undoCleared]).toEqual([true, 0]);
  });

  test('the old contents, tables and charts go: nothing of the first run is left beside the second', async () => {
    const wb = userWorkbook();
    await reconcile(port(wb), { lang: 'sv' });
    const out = wb.sheet('Avvikelser');
    out.cells[40] = ['klotter längst ned'];
    const once = { tables: out.tables.length, charts: out.charts.length, rules: out.conditionalFormats.length };
    await reconcile(port(wb), { lang: 'sv' });
    expect(wb.sheet('Avvikelser').cells[40]).toBeUndefined();
    expect({ tables: out.tables.length, charts: out.charts.length, rules: out.conditionalFormats.length }).toEqual(once);
  });

  test('a run in the other language renames in place: on the desktop that clears undo (Excel cannot undo a rename there), on the web not', async () => {
    for (const platform of ['desktop', 'web'] as const) {
      const wb = userWorkbook({ platform });
      await reconcile(port(wb), { lang: 'sv' });
      wb.userEdit('typed');
      await reconcile(port(wb), { lang: 'en' });
      expect(wb.names).toEqual(['Drift', 'Nettokostnad', 'Summary', 'Deviations', 'Checks']);
      expect([platform, wb.undo.includes('typed')]).toEqual([platform, platform === 'web']);
    }
  });

  test('deleting a sheet is what clears undo (the fake models it: the reason for rewriting in place)', async () => {
    const wb = userWorkbook();
    wb.addSheet('Gammalt');
    wb.userEdit('typed');
    await fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Gammalt').delete();
      await context.sync();
    });
    expect([wb.undo.includes('typed'), wb.undoCleared]).toEqual([false, 1]);
  });
});

describe('very hidden sheets', () => {
  test('Excel refuses to delete a very hidden sheet (InvalidOperation); hidden first, it goes', async () => {
    const wb = userWorkbook();
    wb.addSheet('Dold', [], 'VeryHidden');
    const remove = (hideFirst: boolean) =>
      fakeRun(wb)({}, async (context) => {
        const ws = context.workbook.worksheets.getItem('Dold');
        if (hideFirst) ws.visibility = 'Hidden';
        ws.delete();
        await context.sync();
      });
    await expect(remove(false)).rejects.toMatchObject({ code: 'InvalidOperation' });
    await remove(true);
    expect(wb.find('Dold')).toBeUndefined();
  });

  test('a very hidden generated sheet of an output written elsewhere now is made hidden, then deleted', async () => {
    const wb = userWorkbook();
    // Two sheets of the same output, both the runs' own (one from an English run, very hidden by the user).
    await reconcile(port(wb), { lang: 'sv' });
    wb.addSheet('Deviations', [['Deviations'], [generatedMark('en', 'Deviations')]], 'VeryHidden');
    const { written } = await reconcile(port(wb), { lang: 'sv' });
    expect(written).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller']);
    expect(wb.names).toEqual(['Drift', 'Nettokostnad', 'Sammanfattning', 'Avvikelser', 'Kontroller']);
  });

  test('a very hidden settings sheet is rewritten in place and stays as the user left it', async () => {
    const wb = userWorkbook();
    wb.addSheet('Avstämning inställningar', [['Parameter', 'Värde']], 'VeryHidden');
    await port(wb).writeSettings(
      [
        ['Parameter', 'Värde'],
        ['Flaggningsgräns procent', 10],
      ],
      'sv',
    );
    expect(wb.sheet('Avstämning inställningar')).toMatchObject({
      visibility: 'VeryHidden',
      cells: [
        ['Parameter', 'Värde'],
        ['Flaggningsgräns procent', 10],
      ],
    });
  });
});

describe('a run while the user is editing a cell', () => {
  test('waits for the edit to end (delayForCellEdit) instead of failing', async () => {
    const wb = userWorkbook();
    const endEdit = wb.startCellEdit();
    let done = false;
    const run = reconcile(port(wb), { lang: 'sv' }).then((r) => ((done = true), r));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([done, wb.syncs]).toEqual([false, 0]);
    endEdit();
    expect((await run).written).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller']);
  });

  test('without the option Excel fails the run with InvalidOperationInCellEditMode, and the user reads what to do', async () => {
    const wb = userWorkbook();
    wb.startCellEdit();
    const failure = await fakeRun(wb)({}, async (context) => context.sync()).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(describeError(failure, 'sv')).toBe('Excel redigerar en cell just nu. Tryck Retur eller Esc och kör igen.');
  });
});

describe('a workbook that may not be written: a clear message before anything is written', () => {
  async function refused(wb: FakeWorkbook): Promise<unknown> {
    const before = everything(wb);
    const undo = [...wb.undo];
    const error = await reconcile(port(wb), { lang: 'sv' }).catch((e: unknown) => e);
    expect(everything(wb)).toEqual(before);
    expect(wb.undo).toEqual(undo);
    return error;
  }

  test('read-only (or view mode)', async () => {
    const wb = userWorkbook();
    wb.readOnly = true;
    const error = await refused(wb);
    expect(error).toBeInstanceOf(ExcelRunError);
    expect(describeError(error, 'en')).toMatch(/^The workbook is open read-only or in view mode.*nothing was changed/);
  });

  test('read-only on a host too old to say so (before ExcelApi 1.8): the first write is refused, nothing is half-written', async () => {
    const wb = userWorkbook({ apiVersion: '1.7' });
    wb.readOnly = true;
    const error = await refused(wb);
    expect(error).toMatchObject({ code: 'AccessDenied' });
    expect(describeError(error, 'sv')).toMatch(/^Excel nekade Avstämning att skriva/);
  });

  test('a protected workbook structure, when the run must add sheets', async () => {
    const wb = userWorkbook();
    wb.structureProtected = true;
    expect(describeError(await refused(wb), 'sv')).toMatch(/^Arbetsbokens struktur är skyddad/);
  });

  test('a protected structure does not stop a run that only rewrites its own sheets in place', async () => {
    const wb = userWorkbook();
    await reconcile(port(wb), { lang: 'sv' });
    wb.structureProtected = true;
    wb.sheet('Avvikelser').cells[40] = ['gammalt'];
    await reconcile(port(wb), { lang: 'sv' });
    expect(wb.sheet('Avvikelser').cells[40]).toBeUndefined();
  });

  test('a protected generated sheet', async () => {
    const wb = userWorkbook();
    await reconcile(port(wb), { lang: 'sv' });
    wb.sheet('Kontroller').protected = true;
    const error = await refused(wb);
    expect(describeError(error, 'en')).toBe(
      'The sheet Kontroller is protected, so Avstämning cannot rewrite it; nothing was changed. Unprotect the sheet (Review → Unprotect Sheet) and run again.',
    );
  });

  test('a protected user sheet is only read: the run goes on', async () => {
    const wb = userWorkbook();
    wb.sheet('Drift').protected = true;
    expect((await reconcile(port(wb), { lang: 'sv' })).written).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller']);
  });

  test('the fake refuses writes Excel refuses: a protected sheet’s cells, a protected structure, a read-only workbook', async () => {
    const wb = userWorkbook();
    wb.sheet('Drift').protected = true;
    const write = (queue: (context: Parameters<Parameters<ReturnType<typeof fakeRun>>[1]>[0]) => void) =>
      fakeRun(wb)({}, async (context) => {
        queue(context);
        await context.sync();
      });
    await expect(write((c) => (c.workbook.worksheets.getItem('Drift').getRange('A1').values = [['x']]))).rejects.toMatchObject({ code: 'AccessDenied' });
    wb.structureProtected = true;
    await expect(write((c) => c.workbook.worksheets.add('Ny'))).rejects.toMatchObject({ code: 'AccessDenied' });
    wb.structureProtected = false;
    wb.readOnly = true;
    await expect(write((c) => (c.workbook.worksheets.getItem('Nettokostnad').getRange('A1').values = [['x']]))).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('names shared with chart sheets and defined names', () => {
  test('a chart sheet called Avvikelser (Office.js does not list it) makes the output Avvikelser (2), the next run writes there again', async () => {
    const wb = userWorkbook();
    wb.addChartSheet('Avvikelser');
    const first = await reconcile(port(wb), { lang: 'sv' });
    expect(first.written).toEqual(['Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
    expect(wb.value('Avvikelser (2)', 'A2')).toBe(generatedMark('sv', 'Avvikelser (2)'));
    const names = wb.names;
    const second = await reconcile(port(wb), { lang: 'sv' });
    expect(second.written).toEqual(first.written);
    expect(wb.names).toEqual(names);
    expect(wb.chartSheets).toEqual(['Avvikelser']);
  });

  test('the fake: a new sheet or a rename onto a chart sheet’s name is refused with ItemAlreadyExists', async () => {
    const wb = userWorkbook();
    wb.addChartSheet('Diagram1');
    const add = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.add('diagram1');
      await context.sync();
    });
    await expect(add).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const rename = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Drift').name = 'Diagram1';
      await context.sync();
    });
    await expect(rename).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  test('a defined name (workbook or sheet scope) is never taken by a generated table', async () => {
    const wb = userWorkbook();
    wb.definedNames.push('Avstamning_Avvikelser');
    wb.sheet('Drift').names.push('Avstamning_Kontroller');
    await reconcile(port(wb), { lang: 'sv' });
    expect([wb.sheet('Avvikelser').tables[0].name, wb.sheet('Kontroller').tables[0].name]).toEqual(['Avstamning_Avvikelser_2', 'Avstamning_Kontroller_2']);
  });

  test('the fake: a table may not take a defined name', async () => {
    const wb = userWorkbook();
    wb.definedNames.push('Budgetnamn');
    const run = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Drift').tables.add('A3:D7', true).name = 'Budgetnamn';
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the 1904 date system', () => {
  // 2018-03-15: 43174 in the 1900 system, 41712 in the 1904 one.
  const DATE_1900 = 43174;
  const sheetWithDate = (wb: FakeWorkbook, serial: number) => {
    const s = wb.addSheet('Parametrar', [
      ['Parameter', 'Värde'],
      ['Fakturadatum', serial],
      ['Belopp', 41712],
    ]);
    s.numberFormats[1] = [undefined, 'yyyy-mm-dd'];
    return s;
  };

  test('the fake answers DATE(1904,1,1) as Excel does in each system', () => {
    expect([new FakeWorkbook().dateSerial(1904, 1, 1), new FakeWorkbook({ date1904: true }).dateSerial(1904, 1, 1)]).toEqual([DAYS_1900_TO_1904, 0]);
    expect(new FakeWorkbook({ date1904: true }).dateSerial(2018, 3, 15)).toBe(DATE_1900 - DAYS_1900_TO_1904);
  });

  test('a date read from a 1904 workbook reaches the core as the 1900-system serial; a plain number is left alone', async () => {
    const in1904 = new FakeWorkbook({ date1904: true });
    sheetWithDate(in1904, DATE_1900 - DAYS_1900_TO_1904);
    const in1900 = new FakeWorkbook();
    sheetWithDate(in1900, DATE_1900);
    const [a, b] = [await port(in1904).readSheets(), await port(in1900).readSheets()];
    expect(a).toEqual(b);
    expect(a[0].values[1][1]).toBe(DATE_1900);
    expect(a[0].values[2][1]).toBe(41712);
  });

  test('a date column is written back in the 1904 system, so the sheet shows the same day, and reads back unchanged', async () => {
    const out: OutputSheet = {
      key: 'invoices',
      name: 'Fakturor',
      title: 'Fakturor',
      notes: [generatedMark('sv', 'Fakturor')],
      table: {
        name: 'Avstamning_Fakturor',
        columns: [
          { header: 'Förfallodag', kind: 'date', width: 12 },
          { header: 'Belopp', kind: 'amount', width: 12 },
        ],
        rows: [[DATE_1900, 1000]],
        rowStyles: ['normal'],
        conditional: [],
      },
      print: fitToWidth([], 0),
    };
    const wb = new FakeWorkbook({ date1904: true });
    wb.addSheet('Drift', DRIFT);
    await port(wb).writeSheets([out]);
    expect([wb.value('Fakturor', 'A5'), wb.value('Fakturor', 'B5')]).toEqual([DATE_1900 - DAYS_1900_TO_1904, 1000]);
    const back = (await port(wb).readSheets()).find((s) => s.name === 'Fakturor')!;
    expect(back.values[4]).toEqual([DATE_1900, 1000]);
  });

  test('which number formats show a date', () => {
    for (const f of ['yyyy-mm-dd', 'd/m/yyyy', '[$-41D]d mmmm yyyy', 'mmm yy', 'dd/mm/yyyy hh:mm']) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ['General', '@', '#,##0 "kr"', '0.0 %', 'hh:mm', '[h]:mm:ss', '"day "0', '#,##0;[Red]-#,##0'])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});

/** The lines' labels on Avvikelser: under the header `Rad`, the rows with no area or total word in column A. */
function lineLabels(cells: readonly (readonly unknown[] | undefined)[]): unknown[] {
  const header = cells.findIndex((r) => r?.[1] === 'Rad');
  return cells
    .slice(header + 1)
    .filter((r) => r && !r[0] && typeof r[1] === 'string' && r[1] !== '')
    .map((r) => r![1]);
}

describe('formula injection: text is written as text', () => {
  test('with ExcelApi 1.16 labels go as String cell values: they stay text even where the Text format would not hold', async () => {
    const wb = new FakeWorkbook({ textFormatKeepsText: false });
    wb.addSheet('Projekt', PROJEKT);
    await reconcile(port(wb), { lang: 'sv' });
    const dev = wb.sheet('Avvikelser');
    expect(lineLabels(dev.cells)).toEqual(INJECTION_LABELS);
    expect([...dev.formulas]).toEqual([]);
  });

  test('before 1.16 the Text format is the defence: the fake shows that without it the labels would become formulas', async () => {
    const safe = new FakeWorkbook({ apiVersion: '1.15' });
    safe.addSheet('Projekt', PROJEKT);
    await reconcile(port(safe), { lang: 'sv' });
    expect(lineLabels(safe.sheet('Avvikelser').cells)).toEqual(INJECTION_LABELS);
    const unsafe = new FakeWorkbook({ apiVersion: '1.15', textFormatKeepsText: false });
    unsafe.addSheet('Projekt', PROJEKT);
    await reconcile(port(unsafe), { lang: 'sv' });
    expect([...unsafe.sheet('Avvikelser').formulas.values()]).toContain('=HYPERLINK("http://x","y")');
  });

  test('the fake: a String cell value is stored as the text, whatever the number format', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Prov');
    await fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Prov').getRange('A1:D1').valuesAsJson = [INJECTION_LABELS.map((t) => ({ type: 'String', basicValue: t }))];
      await context.sync();
    });
    expect(wb.sheet('Prov').cells[0]).toEqual(INJECTION_LABELS);
  });
});

describe('what the host supports', () => {
  const MANIFEST_MIN = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(readFileSync(join(__dirname, '../../manifest.xml'), 'utf8'))![1];

  test('on a host with only the manifest’s minimum (ExcelApi 1.4) a whole run works, newer APIs left out', async () => {
    expect(MANIFEST_MIN).toBe('1.4');
    const wb = userWorkbook({ apiVersion: MANIFEST_MIN });
    const { written } = await reconcile(port(wb), { lang: 'sv' });
    expect(written).toEqual(['Sammanfattning', 'Avvikelser', 'Kontroller']);
    await port(wb).writeSettings([['Parameter', 'Värde']], 'sv');
    await reconcile(port(wb), { lang: 'sv' });
    expect(wb.sheet('Avvikelser')).toMatchObject({ tabColor: '', frozenRows: 0, conditionalFormats: [] });
  });

  test('and the minimum is no lower than needed: on an ExcelApi 1.3 host a run fails (ApiNotFound)', async () => {
    const wb = userWorkbook({ apiVersion: '1.3' });
    await expect(reconcile(port(wb), { lang: 'sv' })).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('the fake refuses an API newer than its host has (ApiNotFound): an unguarded call would be caught', async () => {
    const wb = userWorkbook({ apiVersion: '1.4' });
    // Told the host has everything, the adapter calls ExcelApi 1.7 and 1.8 members.
    const careless = new OfficeWorkbook(fakeRun(wb), { supports: () => true });
    await expect(careless.writeSheets(reconcileSheets(await careless.readSheets(), { lang: 'sv' }).sheets)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('reading: only where the values are, in blocks sized from the data', () => {
  test('a stray value in XFD1048576 does not make the read cover the sheet’s 17 billion cells', async () => {
    const wb = userWorkbook();
    const stray: FakeCell[] = [];
    stray[16_383] = 'x';
    wb.sheet('Drift').cells[1_048_575] = stray;
    const sheets = await port(wb).readSheets();
    const read = sheets.find((s) => s.name === 'Drift')!;
    expect(read.values.slice(0, 7)).toEqual(
      DRIFT.map((r) => r.filter((_, i) => i < 4)).map((r) => (r.length && r[r.length - 1] === null ? r.slice(0, -1) : r)),
    );
    expect(read.values[1_048_575][16_383]).toBe('x');
    // Names, used ranges, one probing round, the values: a few hundred kilobytes (most of it the requests of
    // the 1 024 probed tiles, an action and a path each), not terabytes.
    expect(wb.syncs).toBe(4);
    expect(wb.totalPayload).toBeLessThan(500_000);
    const result = reconcileSheets(sheets, { lang: 'sv' });
    expect(result.analysis.tables.map((t) => `${t.sheet}!${t.range}`)).toContain('Drift!A3:D7');
  });

  test('values spread over a large area are probed finer, and touching boxes are merged', () => {
    expect(
      mergeTouching([
        { top: 0, left: 0, bottom: 9, right: 3 },
        { top: 10, left: 0, bottom: 19, right: 3 },
        { top: 500, left: 500, bottom: 500, right: 500 },
      ]),
    ).toEqual([
      { top: 0, left: 0, bottom: 19, right: 3 },
      { top: 500, left: 500, bottom: 500, right: 500 },
    ]);
    expect(PROBE_CELLS).toBeGreaterThanOrEqual(1_000_000);
  });

  test('long text: the blocks shrink to what the cells hold; a refused response is read again in smaller blocks, never given up', async () => {
    const wb = new FakeWorkbook();
    const long = (i: number) => `${i} ${'Lång kommentar om avvikelsen. '.repeat(600)}`;
    const rows: CellValue[][] = [['Konto', 'Budget', 'Kommentar'], ...Array.from({ length: 600 }, (_, i): CellValue[] => [`Konto ${i}`, i, long(i)])];
    wb.addSheet('Kommentarer', rows);
    const [sheet] = await port(wb).readSheets();
    expect(sheet.values).toEqual(rows);
    expect(wb.maxPayload).toBeLessThanOrEqual(5 * 1024 * 1024);
    // About 10 MB of text: at first the blocks were cut for short cells (refused), then for what was seen.
    expect(wb.refused.length).toBeGreaterThan(0);
    expect(wb.refused.length).toBeLessThanOrEqual(4);
    // Names and used ranges, then syncs filled near 5 MB once the text was seen (one more for the half-size
    // blocks read after a refusal).
    expect(wb.syncs).toBeLessThanOrEqual(2 + Math.ceil(wb.totalPayload / (5 * 1024 * 1024)) + 1);
  });

  test('the fake refuses to read more than 5 000 000 cells in one range (RangeExceedsLimit)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Stor', [['x']]);
    const read = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Stor').getRange('A1:E1000001').load('values');
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});
