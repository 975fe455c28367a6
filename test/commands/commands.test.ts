/**
 * The ExecuteFunction wiring (src/commands/commands.ts) with Office's globals stood in for: the handler is
 * associated with the manifest's FunctionName, calls `event.completed()` exactly once however the run ends,
 * and shows a message in a dialog (notice.html) that it waits for.
 */
import { FakeWorkbook, fakeRun } from '../fakes/excel';
import { DRIFT } from '../excel/budgets';

interface Dialog {
  url: string;
  handlers: Map<string, () => void>;
  closed: boolean;
}

function standIns(wb: FakeWorkbook, { dialogs = true } = {}) {
  const opened: Dialog[] = [];
  const associated = new Map<string, (event: { completed(): void }) => unknown>();
  const globals = globalThis as Record<string, unknown>;
  globals.window = { location: { href: 'https://localhost:3000/commands.html' } };
  globals.Excel = { run: fakeRun(wb) };
  globals.Office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, f: (event: { completed(): void }) => unknown) => associated.set(name, f) },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    context: {
      displayLanguage: 'sv-SE',
      requirements: { isSetSupported: (set: string) => set !== 'DialogApi' || dialogs },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          const dialog: Dialog = { url, handlers: new Map(), closed: false };
          opened.push(dialog);
          callback({
            status: 'succeeded',
            value: { addEventHandler: (type: string, h: () => void) => dialog.handlers.set(type, h), close: () => (dialog.closed = true) },
          });
        },
      },
    },
  };
  return { opened, associated };
}

afterEach(() => {
  for (const name of ['window', 'Excel', 'Office']) delete (globalThis as Record<string, unknown>)[name];
  jest.resetModules();
  jest.useRealTimers();
});

/** The module afresh (it associates its handler when loaded), after the stand-ins are in place. */
const load = () => import('../../src/commands/commands');

test('the handler is associated with the manifest’s function name and completes once after a good run', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  const { associated, opened } = standIns(wb);
  await load();
  const completed = jest.fn();
  await associated.get('runReconciliation')!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(opened).toEqual([]);
  expect(wb.activeSheet).toBe('Sammanfattning');
});

test('a failure is shown in a dialog in the user’s language; the command completes when the user closes it', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  wb.readOnly = true;
  const { opened } = standIns(wb);
  const completed = jest.fn();
  const done = (await load()).runReconciliation({ completed } as unknown as Office.AddinCommands.Event);
  for (let i = 0; i < 50 && !opened.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  const url = new URL(opened[0].url);
  expect([url.origin + url.pathname, url.searchParams.get('lang')]).toEqual(['https://localhost:3000/notice.html', 'sv']);
  expect(url.searchParams.get('text')).toMatch(/^Arbetsboken är öppen skrivskyddad/);
  expect(completed).not.toHaveBeenCalled();
  opened[0].handlers.get('message')!();
  await done;
  expect([opened[0].closed, completed.mock.calls.length]).toEqual([true, 1]);
});

test('a dialog left open does not keep the command past its limit: Office hears it is done in time', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  wb.readOnly = true;
  const { opened } = standIns(wb);
  const { COMPLETE_BY_MS } = await import('../../src/commands/ribbon');
  const completed = jest.fn();
  void (await load()).runReconciliation({ completed } as unknown as Office.AddinCommands.Event);
  for (let i = 0; i < 50 && !opened.length; i++) await jest.advanceTimersByTimeAsync(10);
  expect(opened).toHaveLength(1);
  await jest.advanceTimersByTimeAsync(COMPLETE_BY_MS);
  expect(completed).toHaveBeenCalledTimes(1);
  opened[0].handlers.get('event')!();
  await jest.advanceTimersByTimeAsync(10);
  expect(completed).toHaveBeenCalledTimes(1);
});

test('where dialogs are missing the message goes to the console, and the command still completes', async () => {
  const wb = new FakeWorkbook();
  wb.addSheet('Drift', DRIFT);
  wb.readOnly = true;
  standIns(wb, { dialogs: false });
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const completed = jest.fn();
  await (await load()).runReconciliation({ completed } as unknown as Office.AddinCommands.Event);
  expect(error).toHaveBeenCalledWith('Avstämning:', expect.stringMatching(/^Arbetsboken är öppen skrivskyddad/));
  expect(completed).toHaveBeenCalledTimes(1);
  error.mockRestore();
});
