import { FakeWorkbook, fakeRun } from '../fakes/excel';

/** The fake is only worth its tests if it fails where Excel fails. */
describe('the Excel fake behaves like Excel where it matters', () => {
  test('a property read before load and sync throws PropertyNotLoaded; after the sync it is there', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', [['Konto', 'Budget']]);
    await fakeRun(wb)({}, async (context) => {
      const range = context.workbook.worksheets.getItem('Drift').getRange('A1:B1').load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([['Konto', 'Budget']]);
    });
  });

  test('the used range of an empty sheet is a null object', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Tom');
    await fakeRun(wb)({}, async (context) => {
      const used = context.workbook.worksheets.getItem('Tom').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  test('a sync past the payload limit is refused, a response as a request, and counted as refused', async () => {
    const wb = new FakeWorkbook(1_000);
    wb.addSheet('Stor', [Array.from({ length: 200 }, (_, i) => `text ${i}`)]);
    const read = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Stor').getRange('A1:GR1').load('values');
      await context.sync();
    });
    await expect(read).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const write = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Stor').getRange('A2:GR2').values = [Array.from({ length: 200 }, () => 'x'.repeat(10))];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.syncs).toBe(0);
    expect(wb.refused.map((r) => r.code)).toEqual(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);
    expect(wb.value('Stor', 'A2')).toBeNull();
  });

  test('a sync weighs what Office.js sends and gets: each value as its JSON, and each operation’s action and object path', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift');
    await fakeRun(wb)({}, async (context) => {
      const ws = context.workbook.worksheets.getItem('Drift');
      ws.getRange('A1:B1').values = [['åäö', 1.5]];
      await context.sync();
      ws.getRange('A1:B1').load('values');
      ws.getRange('C1').format.font.bold = true;
      await context.sync();
    });
    // The cells as UTF-8 JSON, to the byte: `[["åäö",1.5]]` is 16 bytes (å, ä, ö two each), `{"values":[["åäö",1.5]]}` 27.
    expect(wb.cellPayloads).toEqual([16, 27]);
    // Besides them, a set-property or query action, the range's getRange path and the action making it: some
    // 300 bytes an operation, as excel-web-16.00.js writes them; the font comes at that price with no cells.
    expect(wb.payloads[0] - 16).toBeGreaterThan(300);
    expect(wb.payloads[1] - 27).toBeGreaterThan(2 * 300);
    expect(wb.payloads[1] - 27).toBeLessThan(2 * 500);
  });

  test('operations left unsynced at the end of a run are an error', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift');
    const run = fakeRun(wb)({}, async (context) => {
      context.workbook.worksheets.getItem('Drift').getRange('A1').values = [['x']];
    });
    await expect(run).rejects.toThrow(/queued after the last sync/);
  });

  test('a shape mismatch fails, a single value fills the range, null leaves a cell alone', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Drift', [[1, 2, 3]]);
    await fakeRun(wb)({}, async (context) => {
      const ws = context.workbook.worksheets.getItem('Drift');
      ws.getRange('A2:C2').numberFormat = [['@']];
      ws.getRange('A1:C1').values = [[null, 'ny', null]];
      await context.sync();
      ws.getRange('A1:C1').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(wb.sheet('Drift').cells[0]).toEqual([1, 'ny', 3]);
    expect(wb.sheet('Drift').numberFormats[1]).toEqual(['@', '@', '@']);
  });
});
