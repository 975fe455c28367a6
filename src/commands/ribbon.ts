import { Lang, formatMessage } from '../core/messages';
import { ExcelRun, Supports } from '../excel/api';
import { ExcelRunError, describeError } from '../excel/errors';
import { OfficeWorkbook, activateSheet } from '../excel/workbook';
import { localToday, reconcile, summarySheet } from '../reconcile';
import { RunLock } from '../run-lock';

/**
 * Office closes a function command's runtime five minutes after the click, finished or not ("Add-in
 * commands": "The runtime closes when either the function completes or 5 minutes have passed"). The run
 * must not be cut off halfway through writing: when reading and computing have not finished within this
 * time, the run stops before it writes anything and says the pane is the place for this workbook, which
 * leaves more than two minutes for the writing and for the user to read the message.
 */
export const WRITE_BY_MS = 150_000;
/** Whatever happens, Office hears that the command is done before its limit. */
export const COMPLETE_BY_MS = 285_000;

export interface RibbonRun {
  run: ExcelRun;
  supports: Supports;
  lang: Lang;
  lock: RunLock;
  /** Show a message and resolve when the user closed it (or it cannot be shown). */
  tell(text: string): Promise<void>;
  /** Aborted when it is too late to begin writing. */
  writeBy: AbortSignal;
  today?: string;
}

/**
 * The ribbon's one-click button: the whole reconciliation with the settings stored in the workbook (the use
 * case the pane and the command line call), one run at a time with the pane. When done it shows the summary
 * sheet; when it cannot run or fails it tells the user why, in their language. It never throws.
 */
export async function runFromRibbon(r: RibbonRun): Promise<void> {
  try {
    const workbook = new OfficeWorkbook(r.run, { supports: r.supports });
    const result = await r.lock.run(async () => {
      const done = await reconcile(workbook, { lang: r.lang, today: r.today ?? localToday() }, undefined, { stop: r.writeBy });
      const shown = summarySheet(done);
      if (shown) await activateSheet(r.run, shown);
      return done;
    });
    if (!result.analysis.tables.length) await r.tell(formatMessage('workbook.noTable', r.lang));
  } catch (error) {
    const late = r.writeBy.aborted && error === r.writeBy.reason;
    await r.tell(describeError(late ? new ExcelRunError('excel.needsPane') : error, r.lang));
  }
}

/** A signal that aborts `ms` after the click: past it, the run must not begin writing. */
export function writeDeadline(ms: number = WRITE_BY_MS): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('too late to write')), ms);
  return controller.signal;
}
