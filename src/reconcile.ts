import { ReconcileOptions, Reconciliation, reconcileSheets } from './core/reconcile';
import { WorkbookPort } from './port';

export type Progress = (step: 'read' | 'compute' | 'write' | 'done') => void;

/**
 * The one use case every face calls (ribbon, task pane, command line): read the workbook, reconcile,
 * write the generated sheets.
 */
export async function reconcile(port: WorkbookPort, options: ReconcileOptions, progress: Progress = () => {}): Promise<Reconciliation & { written: string[] }> {
  // Each step lets the UI paint its progress before the next starts.
  const step = async (s: Parameters<Progress>[0]) => {
    progress(s);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  await step('read');
  const input = await port.readSheets();
  await step('compute');
  const result = reconcileSheets(input, options);
  await step('write');
  const written = result.sheets.length ? await port.writeSheets(result.sheets) : [];
  progress('done');
  return { ...result, written };
}
