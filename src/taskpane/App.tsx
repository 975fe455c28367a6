import { Button, Divider, FluentProvider, MessageBar, MessageBarBody, ProgressBar, Text, Title3, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { ArrowDownload16Regular, DocumentTable16Regular, Play16Filled } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { Convention } from '../core/read/convention';
import { Decimal } from '../core/decimal';
import { Thresholds } from '../core/deviations/figures';
import { messageOf } from '../core/message-error';
import { formatMessage } from '../core/messages';
import { parseNumberText } from '../core/read/numbers';
import { Reconciliation } from '../core/reconcile';
import { defaultSettings } from '../core/settings';
import { describeError } from '../excel/errors';
import { localToday } from '../reconcile';
import { ChecksList } from './components/ChecksList';
import { GoalsAndFees } from './components/GoalsAndFees';
import { ResultsTable } from './components/ResultsTable';
import { SettingsForm, ThresholdInputs } from './components/SettingsForm';
import { TablesFound } from './components/TablesFound';
import { HostInfo } from './host';
import { WorkbookSession, downloadName } from './session';
import { STRINGS, fill } from './strings';

type Step = 'read' | 'compute' | 'write' | 'done';
const PROGRESS: Record<Step, number> = { read: 0.15, compute: 0.45, write: 0.75, done: 1 };
/** A long list helps no one in a narrow pane: the first errors, then how many more. */
const ERRORS_SHOWN = 50;

export interface AppProps {
  host: HostInfo;
  /** The open workbook in Excel; null in the preview until the user picks one. */
  session: WorkbookSession | null;
  /** Preview only: open a workbook from bytes (ExcelJS is loaded on demand). */
  openPreview?: (name: string, data: ArrayBuffer) => Promise<WorkbookSession>;
  loadSample?: () => Promise<ArrayBuffer>;
}

function toInputs(t: Thresholds, lang: 'sv' | 'en'): ThresholdInputs {
  const text = (d: Decimal) => (lang === 'sv' ? d.toFixed().replace('.', ',') : d.toFixed());
  return { amount: text(t.amountKr), percent: text(t.percent) };
}

function parseThreshold(text: string): Decimal | null {
  const p = parseNumberText(text.replace('%', ''));
  return p.kind === 'number' && !p.value.isNegative() ? p.value : null;
}

export function App({ host, session: initial, openPreview, loadSample }: AppProps) {
  const { lang } = host;
  const s = STRINGS[lang];
  const [session, setSession] = useState<WorkbookSession | null>(initial);
  const [step, setStep] = useState<Step | null>(null);
  const [result, setResult] = useState<(Reconciliation & { written: string[] }) | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [inputs, setInputs] = useState<ThresholdInputs>(toInputs(defaultSettings().thresholds, lang));
  const [conventions, setConventions] = useState<Record<string, Convention>>({});
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // While a run or a save is under way every control that starts one is disabled.
  const busy = (step !== null && step !== 'done') || saving;

  const fail = (e: unknown) => {
    setStep(null);
    // A file problem is worded in the pane's language (message-error.ts); an Office error by its code (excel/errors.ts).
    setError(fill(s.failed, { message: messageOf(e, lang) ?? describeError(e, lang) }));
  };

  const thresholds = (): Partial<Thresholds> => {
    const amountKr = parseThreshold(inputs.amount);
    const percent = parseThreshold(inputs.percent);
    return { ...(amountKr && { amountKr }), ...(percent && { percent }) };
  };

  async function run(target = session, chosen = conventions) {
    if (!target || busy) return;
    setError(null);
    try {
      const r = await target.reconcile({ lang, thresholds: thresholds(), conventions: chosen, today: localToday() }, (p) => {
        setStep(p);
        setStatus({ read: s.stepRead, compute: s.stepCompute, write: s.stepWrite, done: s.stepDone }[p]);
      });
      setResult(r);
      setInputs(toInputs(r.settings.thresholds, lang));
      // A fee or goals workbook has no budget table but sheets written all the same: say what was written.
      setStatus(r.written.length ? fill(s.wrote, { sheets: r.written.join(', ') }) : s.noTables);
    } catch (e) {
      fail(e);
    }
  }

  async function open(name: string, data: Promise<ArrayBuffer>) {
    if (!openPreview) return;
    try {
      const opened = await openPreview(name, await data);
      setSession(opened);
      setResult(null);
      setConventions({});
      await run(opened, {});
    } catch (e) {
      fail(e);
    }
  }

  async function save() {
    if (!session || busy) return;
    setError(null);
    setSaving(true);
    try {
      const base = result?.settings ?? defaultSettings();
      const sheet = await session.saveSettings({ ...base, thresholds: { ...base.thresholds, ...thresholds() }, conventions: { ...base.conventions, ...conventions } }, lang);
      setStatus(fill(s.saved, { sheet }));
    } catch (e) {
      fail(e);
    } finally {
      setSaving(false);
    }
  }

  async function download() {
    const blob = await session?.download?.();
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = downloadName(session!.name);
    a.click();
    URL.revokeObjectURL(a.href);
  }

  const changeConvention = (sheet: string, c: Convention) => {
    const next = { ...conventions, [sheet]: c };
    setConventions(next);
    void run(session, next);
  };

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh', padding: tokens.spacingHorizontalM, boxSizing: 'border-box' }}>
      <main style={{ display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }}>
        <header>
          <Title3 as="h1">{s.title}</Title3>
          <Text block size={200}>
            {host.inExcel ? s.subtitleExcel : s.subtitlePreview}
          </Text>
        </header>

        {!host.inExcel && (
          <section aria-label={s.subtitlePreview} style={{ display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }}>
            <Button icon={<DocumentTable16Regular />} onClick={() => loadSample && void open('sormland-2017.xlsx', loadSample())} disabled={busy}>
              {s.useSample}
            </Button>
            <Button onClick={() => fileInput.current?.click()} disabled={busy}>
              {s.chooseFile}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={s.chooseFile}
              style={{ display: 'none' }}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void open(file.name, file.arrayBuffer());
              }}
            />
            <Text block size={200} style={{ width: '100%' }}>
              {session ? fill(s.source, { name: session.name }) : s.noSource}
            </Text>
          </section>
        )}

        <div>
          <Button appearance="primary" icon={<Play16Filled />} onClick={() => void run()} disabled={!session || busy}>
            {busy ? s.running : s.run}
          </Button>
          {session?.download && result && (
            <Button icon={<ArrowDownload16Regular />} onClick={() => void download()} disabled={busy} style={{ marginLeft: tokens.spacingHorizontalS }}>
              {s.download}
            </Button>
          )}
          {step && step !== 'done' && <ProgressBar value={PROGRESS[step]} aria-label={status} style={{ marginTop: tokens.spacingVerticalS }} />}
          <Text role="status" aria-live="polite" block size={200} style={{ marginTop: tokens.spacingVerticalXS }}>
            {status}
          </Text>
        </div>

        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}

        {result && <GoalsAndFees result={result} s={s} lang={lang} />}

        {/* Input errors from every part (fees and goals too), also when no budget table was found. */}
        {result && result.analysis.errors.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <Text weight="semibold">{s.errors}: </Text>
              {result.analysis.errors.slice(0, ERRORS_SHOWN).map((e, i) => (
                <Text block key={i}>
                  {e.sheet}!{e.cell}: {formatMessage(e.key, lang, e.params)}
                </Text>
              ))}
              {result.analysis.errors.length > ERRORS_SHOWN && <Text block>{fill(s.moreErrors, { count: result.analysis.errors.length - ERRORS_SHOWN })}</Text>}
            </MessageBarBody>
          </MessageBar>
        )}

        {result && result.analysis.tables.length > 0 && (
          <>
            {result.analysis.tables.map((t) => (
              <ResultsTable key={`${t.sheet}!${t.range}`} table={t} s={s} lang={lang} />
            ))}
            <Divider />
            <ChecksList checks={result.analysis.checks} s={s} lang={lang} onSelect={session?.select && ((sheet, cell) => void session.select!(sheet, cell).catch(fail))} />
            <Divider />
            <TablesFound tables={result.analysis.tables} s={s} onConvention={changeConvention} disabled={busy} />
          </>
        )}

        <Divider />
        <SettingsForm value={inputs} onChange={setInputs} onSave={() => void save()} s={s} disabled={!session || busy} />
      </main>
    </FluentProvider>
  );
}
