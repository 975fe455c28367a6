import { formatMessage } from '../../src/core/messages';
import { OutputSheet } from '../../src/core/render/output';
import { ExcelRunError } from '../../src/excel/errors';
import { COMPLETE_BY_MS, RibbonRun, WRITE_BY_MS, runFromRibbon } from '../../src/commands/ribbon';
import { summarySheet } from '../../src/reconcile';
import { LockManagerLike, createRunLock } from '../../src/run-lock';
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT, NETTOKOSTNAD } from '../excel/budgets';

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  wb.addSheet('Nettokostnad', NETTOKOSTNAD);
  wb.activeSheet = 'Drift';
  return wb;
}

/** The ribbon run on the fake host; `told` collects what the user was shown. */
function ribbon(wb: FakeWorkbook, over: Partial<RibbonRun> = {}): { r: RibbonRun; told: string[] } {
  const told: string[] = [];
  const r: RibbonRun = {
    run: fakeRun(wb),
    supports: wb.supports,
    lang: 'sv',
    lock: createRunLock(undefined),
    tell: async (text) => void told.push(text),
    writeBy: new AbortController().signal,
    today: '2025-01-31',
    ...over,
  };
  return { r, told };
}

describe('the ribbon button', () => {
  test('runs the whole reconciliation and shows the summary sheet when done, saying nothing more', async () => {
    const wb = workbook();
    const { r, told } = ribbon(wb);
    await runFromRibbon(r);
    expect(wb.names).toEqual(['Drift', 'Nettokostnad', 'Sammanfattning', 'Avvikelser', 'Kontroller']);
    expect(wb.activeSheet).toBe('Sammanfattning');
    expect(told).toEqual([]);
  });

  test('tells why it failed, in the user’s language, and never throws', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const wb = workbook();
      wb.readOnly = true;
      const { r, told } = ribbon(wb, { lang });
      await expect(runFromRibbon(r)).resolves.toBeUndefined();
      expect(told).toEqual([formatMessage('excel.readOnly', lang)]);
      expect(wb.activeSheet).toBe('Drift');
    }
  });

  test('while the pane runs, it says so and writes nothing', async () => {
    const wb = workbook();
    const lock = createRunLock(undefined);
    let release!: () => void;
    const paneRun = lock.run(() => new Promise<void>((resolve) => (release = resolve)));
    const { r, told } = ribbon(wb, { lock, lang: 'en' });
    await runFromRibbon(r);
    expect(told).toEqual([formatMessage('excel.busy', 'en')]);
    expect(wb.names).toEqual(['Drift', 'Nettokostnad']);
    release();
    await paneRun;
  });

  test('when reading took too long to finish inside five minutes, it stops before writing and points to the pane', async () => {
    const wb = workbook();
    const late = new AbortController();
    late.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    const { r, told } = ribbon(wb, { writeBy: late.signal });
    await runFromRibbon(r);
    expect(wb.names).toEqual(['Drift', 'Nettokostnad']);
    expect(told).toEqual([formatMessage('excel.needsPane', 'sv')]);
    expect(WRITE_BY_MS + 120_000).toBeLessThan(COMPLETE_BY_MS);
    expect(COMPLETE_BY_MS).toBeLessThan(5 * 60_000);
  });

  test('a workbook without a budget table is told so', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Anteckningar', [['Inget här']]);
    const { r, told } = ribbon(wb);
    await runFromRibbon(r);
    expect(told).toEqual([formatMessage('workbook.noTable', 'sv')]);
  });

  test('a user editing a cell holds the run until the edit ends', async () => {
    const wb = workbook();
    const endEdit = wb.startCellEdit();
    const { r, told } = ribbon(wb);
    const done = runFromRibbon(r);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wb.names).toEqual(['Drift', 'Nettokostnad']);
    endEdit();
    await done;
    expect([wb.activeSheet, told]).toEqual(['Sammanfattning', []]);
  });
});

describe('which sheet a finished run shows', () => {
  const sheet = (key: OutputSheet['key']) => ({ key }) as OutputSheet;
  test('the summary sheet where there is one, else the deviations, under the name it got', () => {
    expect(
      summarySheet({ sheets: [sheet('summary'), sheet('deviations'), sheet('checks')], written: ['Sammanfattning (2)', 'Avvikelser', 'Kontroller'] }),
    ).toBe('Sammanfattning (2)');
    expect(summarySheet({ sheets: [sheet('checks'), sheet('deviations')], written: ['Kontroller', 'Avvikelser (2)'] })).toBe('Avvikelser (2)');
    expect(summarySheet({ sheets: [sheet('fees'), sheet('invoices')], written: ['Medlemsavgifter', 'Fakturor'] })).toBe('Medlemsavgifter');
    expect(summarySheet({ sheets: [], written: [] })).toBeNull();
  });
});

describe('one run at a time', () => {
  /** Web Locks as a browser has them: one lock manager seen by every runtime of the origin. */
  function sharedLocks(): LockManagerLike {
    const held = new Set<string>();
    return {
      async request(name, _options, callback) {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name });
        } finally {
          held.delete(name);
        }
      },
    };
  }

  test('the pane and the ribbon command (two runtimes, one lock manager) never run at once', async () => {
    const locks = sharedLocks();
    const pane = createRunLock(locks);
    const ribbonLock = createRunLock(locks);
    let release!: () => void;
    const running = pane.run(() => new Promise<string>((resolve) => (release = () => resolve('pane done'))));
    await expect(ribbonLock.run(async () => 'ribbon')).rejects.toMatchObject({ key: 'excel.busy' });
    release();
    await expect(running).resolves.toBe('pane done');
    await expect(ribbonLock.run(async () => 'ribbon')).resolves.toBe('ribbon');
  });

  test('without Web Locks, a runtime still never runs twice at once, and a failed run lets the next one go', async () => {
    const lock = createRunLock(undefined);
    let release!: () => void;
    const first = lock.run(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(lock.run(async () => 1)).rejects.toBeInstanceOf(ExcelRunError);
    release();
    await first;
    await expect(lock.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run(async () => 2)).resolves.toBe(2);
  });
});
