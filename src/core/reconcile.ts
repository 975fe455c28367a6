import { Analysis, AnalyseOptions, analyseWorkbook } from './deviations/analyze';
import { SheetData } from './cells';
import { Convention } from './read/convention';
import { Thresholds } from './deviations/figures';
import { ResultJson, toJson } from './render/json';
import { Lang, formatMessage } from './messages';
import { capSheetText } from './render/cell-text';
import { checksSheet } from './render/checks-sheet';
import { keptComments } from './render/comments';
import { deviationsDetail } from './render/deviations-sheet';
import { OutputSheet, PrintSetup } from './render/output';
import { bodyName, periodText, summarySheet } from './render/summary-sheet';
import { LABELS } from './render/labels';
import { Settings, readSettings } from './settings';
import { GoalsOutcome, evaluateGoals, goalsSheet } from './goals';
import { FeeOutcome, computeFees, feeSheets } from './fees';
import { veryHiddenTableIssues } from './read/very-hidden';
import { SheetReport } from './read/report';
import { readingReport } from './reading';
import { SheetMapping, mergeMappings } from './read/mapping';
import { SheetHead, sheetHeads } from './read/heads';

/** What a face passes in; anything not given comes from the workbook's settings sheet, then the defaults. */
export interface ReconcileOptions {
  lang: Lang;
  thresholds?: Partial<Thresholds>;
  conventions?: Record<string, Convention>;
  /** What the face says sheets hold (command-line flags, the pane's choices), over the settings sheet's. */
  mappings?: SheetMapping[];
  /** Today's date (YYYY-MM-DD) from the face: the core never reads the clock. */
  today?: string;
}

export interface Reconciliation {
  /** The settings the run used: the workbook's, with the face's choices on top. */
  settings: Settings;
  /** Deviations and every check (the goals' balance checks included); errors from every part. */
  analysis: Analysis;
  /** Financial goals and the balance requirement; null when the workbook has none (SPEC 5). */
  goals: GoalsOutcome | null;
  /** Member fees and invoices; null when the workbook has no members table or fee parameters (SPEC 3, 4). */
  fees: FeeOutcome | null;
  /** What was read from each sheet and why (SPEC 1.7). */
  reading: SheetReport[];
  /** The top rows of the user's sheets, so a face can offer their columns for mapping (SPEC 1.6). */
  heads: SheetHead[];
  sheets: OutputSheet[];
  /** The command line's JSON, built on first use: Excel and the task pane never need it. */
  readonly json: ResultJson;
}

/** Sheets in, results and the sheets to write out: the whole computation, with no I/O. */
export function reconcileSheets(input: readonly SheetData[], options: ReconcileOptions): Reconciliation {
  const settingsIssues: Analysis['errors'] = [];
  const stored = readSettings(input, settingsIssues);
  const settings: Settings = {
    ...stored,
    thresholds: { ...stored.thresholds, ...options.thresholds },
    conventions: { ...stored.conventions, ...options.conventions },
    mappings: mergeMappings(stored.mappings, options.mappings ?? []),
  };
  const { thresholds } = settings;
  const analysed = analyseWorkbook(input, { thresholds, conventions: settings.conventions, mappings: settings.mappings } satisfies AnalyseOptions);
  const goals = evaluateGoals(input, null);
  const fees = computeFees(input, options.today);
  const analysis: Analysis = {
    ...analysed,
    checks: [...analysed.checks, ...(goals?.checks ?? []), ...(fees?.checks ?? [])],
    errors: [...settingsIssues, ...veryHiddenTableIssues(input), ...analysed.errors, ...(goals?.errors ?? []), ...(fees?.errors ?? [])],
  };
  const reading = readingReport(input, analysis, fees, goals);
  const { lang } = options;
  const kept = analysis.tables.length ? keptComments(input) : null;
  const detail = kept ? deviationsDetail(analysis, lang, thresholds, kept.deviations) : null;
  const checks = analysis.tables.length || analysis.checks.length ? checksSheet(analysis, lang, reading) : null;
  // The body's name: a title block that names it, else the sender of the invoices.
  const body = bodyName(analysis.tables) ?? fees?.charges.find((c) => c.invoicing?.sender)?.invoicing?.sender ?? null;
  const summary =
    detail && kept ? summarySheet(analysis, lang, { thresholds, kept: kept.summary, detail, checksSheet: checks, today: options.today, body }) : null;
  const page = pageTexts(analysis, lang, options.today, body);
  const sheets = [
    ...(summary ? [summary] : []),
    ...(detail ? [detail.sheet] : []),
    ...(checks ? [checks] : []),
    ...(fees ? feeSheets(fees, lang) : []),
    ...(goals ? [goalsSheet(goals, lang)] : []),
  ].map((sheet) => capSheetText({ ...sheet, print: { ...sheet.print, ...page() } }, lang));
  let json: ResultJson | undefined;
  return {
    settings,
    analysis,
    goals,
    fees,
    reading,
    heads: sheetHeads(input),
    sheets,
    get json() {
      return (json ??= toJson({ analysis, goals, fees, reading }, options.lang));
    },
  };
}

/**
 * The printed header and footer of every generated sheet: the body's name, the sheet and the period above;
 * the run's date and the page number below.
 */
function pageTexts(analysis: Analysis, lang: Lang, today: string | undefined, body: string | null): () => Pick<PrintSetup, 'header' | 'footer'> {
  const L = LABELS[lang];
  const period = analysis.tables.length ? periodText(analysis.tables, lang) : '';
  const by = today ? formatMessage(L.printedBy, lang, { date: today }) : 'Avstämning';
  // `{sheet}` is the name the sheet gets (`Medlemsavgifter (2)` beside a user's sheet), filled in by Excel.
  return () => ({
    header: { left: body ?? '', center: '{sheet}', right: period },
    footer: { left: by, center: '', right: L.pageOf },
  });
}
