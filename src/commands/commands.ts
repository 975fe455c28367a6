import { OfficeWorkbook } from '../excel/workbook';
import { reconcile } from '../reconcile';

/**
 * The ribbon's one-click button: the full reconciliation with the settings stored in the workbook, the
 * same use case the task pane and the command line call.
 */
export async function runReconciliation(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lang = Office.context.displayLanguage?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
    await reconcile(new OfficeWorkbook(Excel.run.bind(Excel) as typeof Excel.run), { lang });
  } catch (e) {
    console.error('Avstämning:', e);
  } finally {
    // Excel waits for this before it takes the next command.
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('runReconciliation', runReconciliation);
  });
}
