import { OfficeWorkbook, selectCell } from '../excel/workbook';
import { settingsRows } from '../core/settings';
import { reconcile } from '../reconcile';
import { WorkbookSession } from './session';

/** The open Excel workbook, through the Office.js adapter. */
export function excelSession(): WorkbookSession {
  const run = Excel.run.bind(Excel) as typeof Excel.run;
  const workbook = new OfficeWorkbook(run);
  return {
    kind: 'excel',
    name: '',
    reconcile: (options, progress) => reconcile(workbook, options, progress),
    select: (sheet, cell) => selectCell(run, sheet, cell),
    saveSettings: (settings, lang) => workbook.writeSettings(settingsRows(settings, lang), lang),
  };
}
