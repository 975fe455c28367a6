import { Analysis, AnalyseOptions, analyseWorkbook } from './analyze';
import { SheetData } from './cells';
import { Convention } from './convention';
import { Thresholds } from './deviations';
import { ResultJson, toJson } from './json';
import { Lang } from './messages';
import { checksSheet } from './render/checks-sheet';
import { keptComments } from './render/comments';
import { deviationsSheet } from './render/deviations-sheet';
import { OutputSheet } from './render/output';
import { Settings, readSettings } from './settings';

/** What a face passes in; anything not given comes from the workbook's settings sheet, then the defaults. */
export interface ReconcileOptions {
  lang: Lang;
  thresholds?: Partial<Thresholds>;
  conventions?: Record<string, Convention>;
}

export interface Reconciliation {
  /** The settings the run used: the workbook's, with the face's choices on top. */
  settings: Settings;
  analysis: Analysis;
  sheets: OutputSheet[];
  json: ResultJson;
}

/** Sheets in, results and the sheets to write out: the whole computation, with no I/O. */
export function reconcileSheets(input: readonly SheetData[], options: ReconcileOptions): Reconciliation {
  const settingsIssues: Analysis['errors'] = [];
  const stored = readSettings(input, settingsIssues);
  const settings: Settings = {
    ...stored,
    thresholds: { ...stored.thresholds, ...options.thresholds },
    conventions: { ...stored.conventions, ...options.conventions },
  };
  const { thresholds } = settings;
  const analysed = analyseWorkbook(input, { thresholds, conventions: settings.conventions } satisfies AnalyseOptions);
  const analysis = { ...analysed, errors: [...settingsIssues, ...analysed.errors] };
  const sheets = analysis.tables.length
    ? [deviationsSheet(analysis, options.lang, thresholds, keptComments(input)), checksSheet(analysis, options.lang)]
    : [];
  return { settings, analysis, sheets, json: toJson(analysis, options.lang) };
}
