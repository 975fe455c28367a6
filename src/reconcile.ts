import { ReconcileOptions, Reconciliation, reconcileSheets } from './core/reconcile';
import { OutputSheet } from './core/render/output';
import { WorkbookPort } from './port';
import { settingsRows } from './core/settings';

export type Progress = (step: 'read' | 'compute' | 'write' | 'done') => void;

export interface RunHow {
  /** Aborted before the writing begins, the run ends there with its reason and nothing written (the ribbon's time limit). */
  stop?: AbortSignal;
  /** Write the settings the run used (the workbook's, with the face's choices on top) to the settings sheet too. */
  keepSettings?: boolean;
}

/**
 * The one use case every face calls (ribbon, task pane, command line): read the workbook, reconcile,
 * write the generated sheets, and with `keepSettings` the user's choices (a column mapping chosen in the
 * pane, say) to the settings sheet, in the same run so one lock covers both.
 */
export async function reconcile(
  port: WorkbookPort,
  options: ReconcileOptions,
  progress: Progress = () => {},
  how: RunHow = {},
): Promise<Reconciliation & { written: string[] }> {
  const { stop } = how;
  // Each step lets the UI paint its progress before the next starts.
  const step = async (s: Parameters<Progress>[0]) => {
    progress(s);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await step('read');
  const input = await port.readSheets();
  if (stop?.aborted) throw stop.reason;
  await step('compute');
  const result = reconcileSheets(input, options);
  if (stop?.aborted) throw stop.reason;
  await step('write');
  const written = result.sheets.length ? await port.writeSheets(result.sheets) : [];
  // After the sheets: the .xlsx adapter would read the whole workbook again to name them after a write.
  if (how.keepSettings) await port.writeSettings(settingsRows(result.settings, options.lang), options.lang);
  progress('done');
  // Not a spread: that would call the lazy `json` getter and build the whole JSON, which no face but the CLI uses.
  return Object.assign(result, { written });
}

/** Which output a face shows when a run is done, first found first: the summary a board gets, when there is one. */
const SHOWN_FIRST: readonly OutputSheet['key'][] = ['summary', 'deviations', 'checks', 'goals', 'fees', 'invoices'];

/** The sheet to show the user after a run: the name its summary got, or null when nothing was written. */
export function summarySheet(result: { sheets: readonly OutputSheet[]; written: readonly string[] }): string | null {
  for (const key of SHOWN_FIRST) {
    const i = result.sheets.findIndex((s) => s.key === key);
    if (i >= 0 && result.written[i] !== undefined) return result.written[i];
  }
  return result.written[0] ?? null;
}

export { localToday } from './today';
