/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SheetData } from '../../src/core/cells';
import { settingsRows } from '../../src/core/settings';
import { reconcile } from '../../src/reconcile';
import { createRunLock } from '../../src/run-lock';
import { App } from '../../src/taskpane/App';
import { HostInfo } from '../../src/taskpane/host';
import { WorkbookSession } from '../../src/taskpane/session';
import { copy, memoryPort } from '../helpers/memory-port';
import { sheet } from '../helpers/sheets';

/** Headers no reader can know: `Kolumn X` and `Siffra`. Personal is a cost: 1 000 budget, 1 100 outcome. */
const uppfoljning = () =>
  sheet('Uppföljning', [['Rapport 2024'], [], ['Post', 'Kolumn X', 'Siffra'], ['Personal', 1000, 1100], ['Lokaler', 500, null], ['Summa', 1500, 1100]]);

// Each choice is a whole run (read, compute, write); on a shared machine one may take more than the default second.
// Role queries skip the costly visibility check of every element (Fluent's styles make getComputedStyle slow in jsdom).
configure({ asyncUtilTimeout: 15_000, defaultHidden: true });
jest.setTimeout(60_000);

// Fluent's message bar and accordion measure themselves; jsdom has no ResizeObserver.
beforeAll(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

/** The pane's session on a workbook in memory, through the one use case and a run lock, as in Excel. */
function sessionOn(book: ReturnType<typeof memoryPort>) {
  const lock = createRunLock(null);
  const runs: { keepSettings: boolean }[] = [];
  const session: WorkbookSession = {
    kind: 'excel',
    name: 'uppfoljning.xlsx',
    reconcile: (options, progress, keepSettings) => {
      runs.push({ keepSettings: keepSettings ?? false });
      return lock.run(() => reconcile(book.port, options, progress, { keepSettings }));
    },
    saveSettings: (settings, lang) => lock.run(() => book.port.writeSettings(settingsRows(settings, lang), lang)),
  };
  return { session, runs };
}

const host = (lang: 'sv' | 'en'): HostInfo => ({ inExcel: true, lang, dark: false });

/**
 * Open a dropdown, choose an option of its own list, and leave it as a user tabbing on would: a focused
 * dropdown keeps its list in the page, placed again at every render, which jsdom computes very slowly.
 */
async function pick(combobox: string | RegExp, option: string) {
  const box = screen.getByRole('combobox', { name: combobox });
  fireEvent.click(box);
  const listbox = await waitFor(() => document.getElementById(box.getAttribute('aria-controls') ?? '')!);
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
  act(() => box.blur());
}

const mappingRows = (sheets: readonly SheetData[]) => {
  const values = sheets.find((s) => s.name === 'Avstämning inställningar')?.values ?? [];
  const at = values.findIndex((r) => r[0] === 'Blad' || r[0] === 'Sheet');
  return at < 0 ? [] : values.slice(at);
};

describe('the Tables step: telling the pane what is what', () => {
  test('a sheet no reader understood is listed with why, and mapped in the pane gives the right lines; a line with no outcome gets no deviation', async () => {
    const original = uppfoljning();
    const book = memoryPort([copy(original)]);
    const { session, runs } = sessionOn(book);
    render(<App host={host('sv')} session={session} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));

    // Nothing was read: the step says so in plain words and offers the sheet's columns by their headers.
    await screen.findByText(/Bladet Uppföljning används inte: ingen budget- eller utfallskolumn hittades/);
    const panel = screen.getByRole('group', { name: 'Uppföljning' });
    expect(within(panel).getByText(/ingen rubrikrad med ett belopp/)).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'Rubrikrad' }).textContent).toBe('Rad 3: Post · Kolumn X · Siffra');
    expect(within(panel).getByRole('combobox', { name: 'Kolumn B ”Kolumn X”' }).textContent).toBe('Förstods inte: välj');

    await pick('Kolumn B ”Kolumn X”', 'Budget');
    // A budget and no outcome yet: the step says what is missing, as the issue words it.
    await screen.findByText('Ingen utfallskolumn hittades på bladet Uppföljning: välj vilken kolumn som är utfall.');
    await pick('Kolumn C ”Siffra”', 'Utfall');

    const table = await screen.findByRole('table', { name: 'Avvikelser per målområde: Uppföljning' });
    const rows = [...table.querySelectorAll('tbody')].map((b) => b.textContent);
    // No goal area to group by: the lines themselves. Lokaler has no outcome, so no deviation (never read as 0),
    // and the total's % is over the budget of Personal alone, the line compared (−100 of 1 000, not of 1 500).
    expect(rows).toEqual(['Personal−100\u00a0kr−10,0\u00a0%Ogynnsam', 'Lokaler––ingen avvikelse', 'Totalt−100\u00a0kr−10,0\u00a0%Ogynnsam']);
    expect(screen.getByRole('status').textContent).toBe(
      'Valet sparades i arbetsboken och allt räknades om. Skrev bladen Sammanfattning, Avvikelser, Kontroller.',
    );

    // Each choice was one run that kept the settings, one at a time; the mapping is on the settings sheet.
    expect(runs).toEqual([{ keepSettings: false }, { keepSettings: true }, { keepSettings: true }]);
    expect(mappingRows(book.sheets)).toEqual([
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
    ]);
    // The user's own sheet is as it was.
    expect(book.sheets.find((s) => s.name === 'Uppföljning')).toEqual(original);
  });

  test('the mapping survives a second run and a change of language, and a unit chosen in English is kept in English words', async () => {
    const book = memoryPort([uppfoljning()]);
    const first = sessionOn(book);
    render(<App host={host('sv')} session={first.session} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByRole('combobox', { name: 'Kolumn B ”Kolumn X”' });
    await pick('Kolumn B ”Kolumn X”', 'Budget');
    await screen.findByText(/Ingen utfallskolumn hittades/);
    await pick('Kolumn C ”Siffra”', 'Utfall');
    await screen.findByRole('table', { name: 'Avvikelser per målområde: Uppföljning' });
    cleanup();

    // A new pane, in English, on the same workbook: the stored mapping is read, with no choice made.
    const second = sessionOn(book);
    render(<App host={host('en')} session={second.session} />);
    fireEvent.click(screen.getByRole('button', { name: /Reconcile/ }));
    const table = await screen.findByRole('table', { name: 'Deviations per goal area: Uppföljning' });
    expect(table.textContent).toContain('-100 kr');
    expect(second.runs).toEqual([{ keepSettings: false }]);
    fireEvent.click(screen.getByRole('button', { name: /Uppföljning/ }));
    const panel = screen.getByRole('group', { name: 'Uppföljning' });
    expect(within(panel).getByRole('combobox', { name: 'Column B “Kolumn X”' }).textContent).toBe('Budget');
    expect(within(panel).getByRole('combobox', { name: 'Column C “Siffra”' }).textContent).toBe('Outcome (actual)');
    expect(within(panel).getAllByText('Your choice.')).toHaveLength(2);

    await pick('Unit', 'tkr (thousand kronor)');
    await waitFor(() => expect(screen.getByRole('table', { name: 'Deviations per goal area: Uppföljning' }).textContent).toContain('-100 tkr'));
    expect(mappingRows(book.sheets)).toEqual([
      ['Sheet', 'Column', 'Role'],
      ['Uppföljning', 'Unit', 'tkr'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Outcome'],
    ]);
  });

  test('a bad mapping row on the settings sheet is reported with its cell, and the rest still runs', async () => {
    const settings = sheet('Avstämning inställningar', [
      ['Parameter', 'Värde'],
      [],
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
      ['Uppföljningen', 'C', 'Utfall'],
    ]);
    const book = memoryPort([uppfoljning(), settings]);
    render(<App host={host('sv')} session={sessionOn(book).session} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    // Mapped by the settings sheet alone: the same lines as mapped in the pane.
    const table = await screen.findByRole('table', { name: 'Avvikelser per målområde: Uppföljning' });
    expect([...table.querySelectorAll('tbody')].map((b) => b.textContent)).toEqual([
      'Personal−100\u00a0kr−10,0\u00a0%Ogynnsam',
      'Lokaler––ingen avvikelse',
      'Totalt−100\u00a0kr−10,0\u00a0%Ogynnsam',
    ]);
    const findings = screen.getByRole('region', { name: 'Kontroller' });
    expect(within(findings).getByText('Avstämning inställningar!A6')).toBeTruthy();
    expect(findings.textContent).toContain('Inställningen gäller bladet ”Uppföljningen”, som inte finns i arbetsboken');
  });

  test('a choice made while a run is under way waits for it, then runs once more: no run overlaps another', async () => {
    const book = memoryPort([uppfoljning()]);
    const { session } = sessionOn(book);
    let active = 0;
    let most = 0;
    const counted: WorkbookSession = {
      ...session,
      reconcile: async (options, progress, keep) => {
        active++;
        most = Math.max(most, active);
        try {
          await new Promise((r) => setTimeout(r, 5));
          return await session.reconcile(options, progress, keep);
        } finally {
          active--;
        }
      },
    };
    render(<App host={host('sv')} session={counted} />);
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await screen.findByRole('combobox', { name: 'Kolumn B ”Kolumn X”' });
    await pick('Kolumn B ”Kolumn X”', 'Budget');
    // The second choice comes before the first re-run has ended.
    await pick('Kolumn C ”Siffra”', 'Utfall');
    await screen.findByRole('table', { name: 'Avvikelser per målområde: Uppföljning' });
    expect(most).toBe(1);
    expect(mappingRows(book.sheets)).toEqual([
      ['Blad', 'Kolumn', 'Roll'],
      ['Uppföljning', 'B', 'Budget'],
      ['Uppföljning', 'C', 'Utfall'],
    ]);
  });

  test('a limit that is not a number is refused where it is typed, and nothing runs until it is a number', async () => {
    const book = memoryPort([uppfoljning()]);
    const { session, runs } = sessionOn(book);
    render(<App host={host('sv')} session={session} />);
    fireEvent.change(screen.getByLabelText('Väsentlig avvikelse från, procent'), { target: { value: 'fem' } });
    expect(screen.getByText(/Skriv en procentsats \(0 eller mer\), t\.ex\. 5/)).toBeTruthy();
    const run = screen.getByRole('button', { name: /Sammanställ/ });
    expect(run.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(run);
    await act(async () => undefined);
    expect(runs).toEqual([]);
    fireEvent.change(screen.getByLabelText('Väsentlig avvikelse från, procent'), { target: { value: '7,5' } });
    expect(screen.queryByText(/Skriv en procentsats/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Sammanställ/ }));
    await waitFor(() => expect(runs).toHaveLength(1));
  });
});
