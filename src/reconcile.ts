import { ReconcileOptions, Reconciliation, reconcileSheets } from './core/reconcile';
import { WorkbookPort } from './port';

export type Progress = (step: 'read' | 'compute' | 'write' | 'done') => void;

/**
 * The one use case every face calls (ribbon, task pane, command line): read the workbook, reconcile,
 * write the generated sheets.
 */
export async function reconcile(port: WorkbookPort, options: ReconcileOptions, progress: Progress = () => {}): Promise<Reconciliation & { written: string[] }> {
  progress('read');
  const input = await port.readSheets();
  progress('compute');
  const result = reconcileSheets(input, options);
  progress('write');
  const written = result.sheets.length ? await port.writeSheets(result.sheets) : [];
  progress('done');
  return { ...result, written };
}
