import { Lang } from '../core/messages';
import { officeSupports } from '../excel/workbook';
import { RUN_LOCK } from '../run-lock';
import { showNotice } from './notice-dialog';
import { COMPLETE_BY_MS, runFromRibbon, writeDeadline } from './ribbon';

const langOf = (tag: string | undefined): Lang => (tag?.toLowerCase().startsWith('sv') ? 'sv' : 'en');

/**
 * The ribbon's ExecuteFunction handler. Office waits for `event.completed()` before it takes the next command
 * and closes the runtime five minutes after the click: it is called exactly once, when the run (and any
 * message to the user) is done, or at the latest just before the limit.
 */
export function runReconciliation(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = () => {
    if (completed) return;
    completed = true;
    event.completed();
  };
  const guard = setTimeout(complete, COMPLETE_BY_MS);
  const lang = langOf(Office.context.displayLanguage);
  return runFromRibbon({
    run: Excel.run.bind(Excel) as typeof Excel.run,
    supports: officeSupports,
    lang,
    lock: RUN_LOCK,
    tell: (text) => showNotice(text, lang),
    writeBy: writeDeadline(),
  }).finally(() => {
    clearTimeout(guard);
    complete();
  });
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions.associate('runReconciliation', runReconciliation);
  });
}
