/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { reconcileSheets } from '../../src/core/reconcile';
import { Settings } from '../../src/core/settings';
import { ExcelRunError } from '../../src/excel/errors';
import { App } from '../../src/taskpane/App';
import { WorkbookSession, downloadName } from '../../src/taskpane/session';
import { MessageError } from '../../src/core/message-error';
import { sheet } from '../helpers/sheets';

const summary = sheet('Mål', [
  ['Målområde', 'Budget', 'Utfall'],
  ['Mål 1: Kompetens', 300000, 250000],
  ['Mål 2: Infrastruktur', 500000, 900000],
]);
const detail = sheet('Projekt', [
  ['Målområde', 'Projekt', 'Budget', 'Utfall'],
  ['Mål 1', 'P1', 300000, 250000],
  ['Mål 2', 'P2', 500000, 898200],
]);

function fakeSession(kind: 'excel' | 'preview' = 'excel') {
  const selected: string[] = [];
  const saved: Settings[] = [];
  const steps: string[] = [];
  const session: WorkbookSession = {
    kind,
    name: 'budget.xlsx',
    reconcile: async (options, progress) => {
      for (const s of ['read', 'compute', 'write'] as const) {
        progress(s);
        steps.push(s);
      }
      const r = reconcileSheets([summary, detail], options);
      progress('done');
      return { ...r, written: r.sheets.map((s) => s.name) };
    },
    select: kind === 'excel' ? async (s, c) => void selected.push(`${s}!${c}`) : undefined,
    saveSettings: async (settings) => {
      saved.push(settings);
      return 'Avstämning inställningar';
    },
  };
  return { session, selected, saved, steps };
}

const excelHost = { inExcel: true, lang: 'sv' as const, dark: false };

describe('the task pane', () => {
  test('Sammanställ shows progress, the goal areas with deviation, % and a flag word, and the checks', async () => {
    const { session, steps } = fakeSession();
    render(<App host={excelHost} session={session} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller.');
    expect(steps).toEqual(['read', 'compute', 'write']);
    const table = screen.getByRole('table', { name: /Mål$/ });
    expect(table.textContent).toContain('Mål 2: Infrastruktur');
    expect(table.textContent).toContain('−400\u00a0000\u00a0kr');
    expect(table.textContent).toContain('−80,0\u00a0%');
    // Unfavourable and flagged: a word for each, not colour alone.
    expect(table.textContent).toContain('Ogynnsam, väsentlig');
    expect(screen.getByText('1 stämmer inte, 0 avrundning, 0 info')).toBeTruthy();
  });

  test('a click on a finding selects its cell in Excel, and the button says where it goes', async () => {
    const { session, selected } = fakeSession();
    render(<App host={excelHost} session={session} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    const goTo = await screen.findByRole('button', { name: /^Gå till Mål!C3/ });
    fireEvent.click(goTo);
    await waitFor(() => expect(selected).toEqual(['Mål!C3']));
  });

  test('a changed flag limit is used by the next run and saved to the settings sheet', async () => {
    const { session, saved } = fakeSession();
    render(<App host={excelHost} session={session} />);
    fireEvent.change(screen.getByLabelText('Väsentlig avvikelse från, belopp (kr)'), { target: { value: '1 000 000' } });
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller.');
    expect(screen.getByRole('table', { name: /Mål$/ }).textContent).not.toContain('väsentlig');
    fireEvent.click(screen.getByRole('button', { name: 'Spara i arbetsboken' }));
    await screen.findByText('Inställningarna sparades på bladet Avstämning inställningar.');
    expect(saved[0].thresholds.amountKr.toFixed()).toBe('1000000');
  });

  test('while a run is under way, every control that would start another is disabled', async () => {
    const { session } = fakeSession();
    let finish!: () => void;
    const slow: WorkbookSession = {
      ...session,
      reconcile: async (options, progress) => {
        const result = await session.reconcile(options, () => undefined);
        progress('read');
        await new Promise<void>((resolve) => (finish = resolve));
        progress('done');
        return result;
      },
    };
    render(<App host={excelHost} session={slow} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByRole('button', { name: 'Sammanställer…' });
    // Disabled but focusable: the button a keyboard user pressed keeps the focus.
    expect(screen.getByRole('button', { name: 'Sammanställer…' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Spara i arbetsboken' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => finish());
    await screen.findByText('Skrev bladen Sammanfattning, Avvikelser, Kontroller.');
    expect(screen.getByRole('button', { name: /Sammanställ/ }).getAttribute('aria-disabled')).toBeNull();
    expect(screen.getByRole('button', { name: 'Spara i arbetsboken' }).getAttribute('aria-disabled')).toBeNull();
  });

  test('a run refused because the ribbon is running says so in the user’s language', async () => {
    // jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
    Object.assign(window, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
    const { session } = fakeSession();
    render(<App host={excelHost} session={{ ...session, reconcile: async () => Promise.reject(new ExcelRunError('excel.busy')) }} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByText(/Avstämning kör redan \(i fönstret eller från menyfliksområdet\)/);
  });

  test('the preview opens the sample, runs it, and offers the download; in English when the browser is', async () => {
    const { session } = fakeSession('preview');
    const opened: string[] = [];
    render(
      <App
        host={{ inExcel: false, lang: 'en', dark: false }}
        session={null}
        loadSample={async () => new ArrayBuffer(8)}
        openPreview={async (name) => {
          opened.push(name);
          return { ...session, download: async () => new Blob(['x']) };
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Reconcile' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Use the sample workbook' })));
    await screen.findByText('Wrote the sheets Summary, Deviations, Checks.');
    expect(opened).toEqual(['sormland-2017.xlsx']);
    expect(screen.getByRole('button', { name: 'Download the result (.xlsx)' })).toBeTruthy();
    // No cell to select outside Excel: the finding is text, not a button.
    expect(screen.queryByRole('button', { name: /^Go to/ })).toBeNull();
  });

  test('a file that is no workbook is said in the pane’s language, not in a library’s words', async () => {
    // The message bar measures itself; jsdom has no ResizeObserver.
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    render(
      <App
        host={{ inExcel: false, lang: 'sv', dark: false }}
        session={null}
        loadSample={async () => new ArrayBuffer(8)}
        openPreview={async (name) => {
          throw new MessageError('file.xls', { file: name });
        }}
      />,
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Använd exempelarbetsboken' })));
    await screen.findByText(/sormland-2017\.xlsx är en äldre Excel-arbetsbok i binärformat \(\.xls\)/);
  });

  test('the download keeps a macro workbook macro-enabled', () => {
    expect([downloadName('budget.xlsx'), downloadName('Budget.XLSM'), downloadName('mall.xltx'), downloadName('mall.xltm')]).toEqual([
      'budget-avstamning.xlsx',
      'Budget-avstamning.xlsm',
      'mall-avstamning.xlsx',
      'mall-avstamning.xlsm',
    ]);
  });
});
