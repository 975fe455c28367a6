import type { Reconciliation, ReconcileOptions } from '../core/reconcile';
import { Settings } from '../core/settings';
import type { Progress } from '../reconcile';

/**
 * What the pane can do with a workbook, whether it is the open Excel document or a file in the browser
 * preview. The pane never touches Office.js or ExcelJS itself.
 */
export interface WorkbookSession {
  readonly kind: 'excel' | 'preview';
  /** A name to show: the file name in the preview. */
  readonly name: string;
  /** One run; with `keepSettings` the choices it ran with (a column mapping, say) are saved to the settings sheet in the same run. */
  reconcile(options: ReconcileOptions, progress: Progress, keepSettings?: boolean): Promise<Reconciliation & { written: string[] }>;
  /** Select a cell in Excel (a click on a finding); absent in the preview. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Write the settings to the `Avstämning inställningar` sheet; returns its name. */
  saveSettings(settings: Settings, lang: ReconcileOptions['lang']): Promise<string>;
  /** The output workbook as a file (preview only). */
  download?(): Promise<Blob>;
}

/** A workbook with macros stays macro-enabled (.xlsm); every other one is written as .xlsx. */
export function outputExtension(fileName: string): 'xlsx' | 'xlsm' {
  return /\.(xlsm|xltm)$/i.test(fileName) ? 'xlsm' : 'xlsx';
}

/** The name the preview downloads the result under: `budget.xlsx` → `budget-avstamning.xlsx`. */
export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.(xlsx|xlsm|xltx|xltm)$/i, '')}-avstamning.${outputExtension(fileName)}`;
}
