import { Button, FluentProvider, MessageBar, MessageBarBody, ProgressBar, Text, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ArrowDownload16Regular, DocumentTable16Regular, Play16Filled } from '@fluentui/react-icons';
import { useEffect, useReducer, useRef, useState } from 'react';
import { messageOf } from '../core/message-error';
import { mergeMappings } from '../core/read/mapping';
import { defaultSettings } from '../core/settings';
import { describeError } from '../excel/errors';
import { localToday } from '../today';
import type { TableChoices } from './components/TablesStep';
import { SettingsForm } from './components/SettingsForm';
import { HostInfo, watchSystemDark } from './host';
import { loadResults, loadedResults } from './results';
import { PaneAction, PaneState, Step, initialState, paneReducer, runOptions } from './run-state';
import { WorkbookSession, downloadName } from './session';
import { Choices, withColumnRole, withConvention, withHeaderRow, withUnit } from './sheet-views';
import { STRINGS, Strings, fill } from './strings';
import { usePaneStyles } from './styles';

const PROGRESS: Record<Exclude<Step, 'done'>, number> = { read: 0.15, compute: 0.45, write: 0.75 };

export interface AppProps {
  host: HostInfo;
  /** The open workbook in Excel; null in the preview until the user picks one. */
  session: WorkbookSession | null;
  /** Preview only: open a workbook from bytes (the .xlsx code is loaded on demand). */
  openPreview?: (name: string, data: ArrayBuffer) => Promise<WorkbookSession>;
  loadSample?: () => Promise<ArrayBuffer>;
}

function statusText(state: PaneState, s: Strings): string {
  const st = state.status;
  if (st === null) return '';
  if (st.kind === 'step') return { read: s.stepRead, compute: s.stepCompute, write: s.stepWrite }[st.step];
  if (st.kind === 'saved') return fill(s.saved, { sheet: st.sheet });
  // A fee or goals workbook has no budget table but sheets written all the same: say what was written.
  const wrote = st.written.length ? fill(s.wrote, { sheets: st.written.join(', ') }) : s.noTables;
  return st.kept ? `${s.rerunSaved} ${wrote}` : wrote;
}

/** The preview follows the system's light or dark look as it changes; in Excel, Office's theme decides. */
function useDark(host: HostInfo): boolean {
  const [dark, setDark] = useState(host.dark);
  useEffect(() => (host.inExcel ? undefined : watchSystemDark(setDark)), [host.inExcel]);
  return dark;
}

export function App({ host, session: initial, openPreview, loadSample }: AppProps) {
  const { lang } = host;
  const s = STRINGS[lang];
  const styles = usePaneStyles();
  const dark = useDark(host);
  const [state, dispatch] = useReducer(paneReducer, initial, (session) => initialState(session, lang));
  // The state as of the last action, read by runs that start before React renders again (no stale closures).
  const latest = useRef(state);
  const act = (action: PaneAction) => {
    latest.current = paneReducer(latest.current, action);
    dispatch(action);
  };
  // One run at a time from this pane; a choice made during a run starts one more run when it ends.
  const running = useRef(false);
  const again = useRef<{ keep: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = state.step !== null || state.saving;
  // Limits the user typed that cannot be read: nothing runs or is saved until they can (their fields say why).
  const limitsBad = runOptions(state, lang, '') === null;

  const failText = (e: unknown) => fill(s.failed, { message: messageOf(e, lang) ?? describeError(e, lang) });

  async function run(keepSettings = false) {
    const session = latest.current.session;
    if (!session) return;
    if (running.current) {
      again.current = { keep: keepSettings || (again.current?.keep ?? false) };
      return;
    }
    const options = runOptions(latest.current, lang, localToday());
    // A limit that cannot be read stops the run; its field says why.
    if (!options) return;
    running.current = true;
    try {
      // The results view comes while the run runs: it is there when the result is.
      const [result] = await Promise.all([session.reconcile(options, (step) => act({ type: 'progress', step }), keepSettings), loadResults()]);
      // A run of a workbook the user has since left shows nothing.
      if (latest.current.session === session) act({ type: 'ran', result, kept: keepSettings, lang });
    } catch (e) {
      if (latest.current.session === session) act({ type: 'failed', error: failText(e) });
    } finally {
      running.current = false;
      const next = again.current;
      again.current = null;
      if (next) void run(next.keep);
    }
  }

  async function open(name: string, data: () => Promise<ArrayBuffer>) {
    if (!openPreview) return;
    let bytes: ArrayBuffer;
    try {
      bytes = await data();
    } catch {
      act({ type: 'openFailed', error: fill(s.openFailed, { message: s.fileUnreadable }) });
      return;
    }
    try {
      const opened = await openPreview(name, bytes);
      act({ type: 'opened', session: opened });
    } catch (e) {
      // The file's problem in the pane's words (message-error.ts); a library's own text (an address, a stack) never.
      act({ type: 'openFailed', error: fill(s.openFailed, { message: messageOf(e, lang) ?? s.notAWorkbook }) });
      return;
    }
    await run();
  }

  async function save() {
    const { session, result } = latest.current;
    if (!session || busy) return;
    const options = runOptions(latest.current, lang, localToday());
    if (!options) return;
    act({ type: 'saving' });
    try {
      const base = result?.settings ?? defaultSettings();
      const settings = {
        ...base,
        thresholds: { ...base.thresholds, ...options.thresholds },
        conventions: { ...base.conventions, ...options.conventions },
        mappings: mergeMappings(base.mappings, options.mappings ?? []),
      };
      act({ type: 'saved', sheet: await session.saveSettings(settings, lang) });
    } catch (e) {
      act({ type: 'failed', error: failText(e) });
    }
  }

  async function download() {
    const session = latest.current.session;
    const blob = await session?.download?.();
    if (!blob || !session) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = downloadName(session.name);
    a.click();
    URL.revokeObjectURL(a.href);
  }

  const choose = (change: (c: Choices) => Choices) => {
    act({ type: 'chose', choices: change(latest.current.choices) });
    void run(true);
  };
  const choices: TableChoices = {
    onRole: (sheet, col, role) => choose((c) => withColumnRole(c, sheet, col, role)),
    onHeaderRow: (sheet, row) => choose((c) => withHeaderRow(c, sheet, row)),
    onUnit: (sheet, unit) => choose((c) => withUnit(c, sheet, unit)),
    onConvention: (sheet, convention) => choose((c) => withConvention(c, sheet, convention)),
  };

  const { result, session } = state;
  const Results = loadedResults();
  const status = statusText(state, s);

  return (
    // The layout is on a div of its own: Fluent gives every portal (a dropdown's list) the provider's classes, and a
    // provider a screen high made each portal an invisible layer over the pane's top buttons.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.root}>
        <main className={styles.main}>
          <header>
            <h1 className={styles.h1}>{s.title}</h1>
            <Text block size={200}>
              {host.inExcel ? s.subtitleExcel : s.subtitlePreview}
            </Text>
          </header>

          {!host.inExcel && (
            <section aria-label={s.subtitlePreview} className={styles.row}>
              <Button icon={<DocumentTable16Regular />} onClick={() => loadSample && void open('sormland-2017.xlsx', loadSample)} disabledFocusable={busy}>
                {s.useSample}
              </Button>
              <Button onClick={() => fileInput.current?.click()} disabledFocusable={busy}>
                {s.chooseFile}
              </Button>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={s.chooseFile}
                hidden
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void open(file.name, () => file.arrayBuffer());
                }}
              />
              <Text block size={200}>
                {session ? fill(s.source, { name: session.name }) : s.noSource}
              </Text>
            </section>
          )}

          <div className={styles.section}>
            <div className={styles.row}>
              <Button appearance="primary" icon={<Play16Filled />} onClick={() => void run()} disabledFocusable={!session || busy || limitsBad}>
                {busy ? s.running : s.run}
              </Button>
              {session?.download && result && (
                <Button icon={<ArrowDownload16Regular />} onClick={() => void download()} disabledFocusable={busy}>
                  {s.download}
                </Button>
              )}
            </div>
            {state.step && <ProgressBar value={PROGRESS[state.step]} aria-label={status} />}
            <Text role="status" aria-live="polite" block size={200}>
              {status}
            </Text>
          </div>

          {state.error && (
            <MessageBar intent="error">
              <MessageBarBody>{state.error}</MessageBarBody>
            </MessageBar>
          )}

          {result && Results && (
            <Results
              result={result}
              choices={state.choices}
              workbook={session?.name}
              s={s}
              lang={lang}
              onSelect={session?.select && ((sheet, cell) => void session.select!(sheet, cell).catch((e) => act({ type: 'failed', error: failText(e) })))}
              choose={choices}
            />
          )}

          <SettingsForm
            value={state.inputs}
            onChange={(inputs) => act({ type: 'typed', inputs })}
            onSave={() => void save()}
            s={s}
            disabled={!session || busy || !result}
          />
        </main>
      </div>
    </FluentProvider>
  );
}
