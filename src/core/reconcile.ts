import { Analysis, AnalyseOptions, analyseWorkbook } from './analyze';
import { SheetData } from './cells';
import { DEFAULT_THRESHOLDS } from './deviations';
import { ResultJson, toJson } from './json';
import { Lang } from './messages';
import { checksSheet } from './render/checks-sheet';
import { keptComments } from './render/comments';
import { deviationsSheet } from './render/deviations-sheet';
import { OutputSheet } from './render/output';

export interface ReconcileOptions extends AnalyseOptions {
  lang: Lang;
}

export interface Reconciliation {
  analysis: Analysis;
  sheets: OutputSheet[];
  json: ResultJson;
}

/** Sheets in, results and the sheets to write out: the whole computation, with no I/O. */
export function reconcileSheets(input: readonly SheetData[], options: ReconcileOptions): Reconciliation {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const analysis = analyseWorkbook(input, { ...options, thresholds });
  const sheets = analysis.tables.length
    ? [deviationsSheet(analysis, options.lang, thresholds, keptComments(input)), checksSheet(analysis, options.lang)]
    : [];
  return { analysis, sheets, json: toJson(analysis, options.lang) };
}
