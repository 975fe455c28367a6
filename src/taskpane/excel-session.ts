import { OfficeWorkbook, selectCell } from '../excel/workbook';
import { settingsRows } from '../core/settings';
import { RUN_LOCK } from '../run-lock';
import { loadEngine } from './engine';
import { WorkbookSession } from './session';

/** The open Excel workbook, through the Office.js adapter; one run or save at a time, with the ribbon's too. */
export function excelSession(): WorkbookSession {
  const run = Excel.run.bind(Excel) as typeof Excel.run;
  const workbook = new OfficeWorkbook(run);
  return {
    kind: 'excel',
    name: '',
    reconcile: (options, progress, keepSettings) => RUN_LOCK.run(async () => (await loadEngine()).reconcile(workbook, options, progress, { keepSettings })),
    select: (sheet, cell) => selectCell(run, sheet, cell),
    saveSettings: (settings, lang) => RUN_LOCK.run(() => workbook.writeSettings(settingsRows(settings, lang), lang)),
  };
}
