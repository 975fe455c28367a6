import { settingsRows } from '../core/settings';
import { RUN_LOCK } from '../run-lock';
import { loadEngine } from './engine';
import { WorkbookSession } from './session';

/**
 * The Office.js adapter (reading, writing, selecting) as a chunk of its own, fetched by the first run, save or
 * click on a finding: the pane shows its controls without it.
 */
const loadAdapter = () => import(/* webpackChunkName: "excel" */ '../excel/workbook');

/** The open Excel workbook, through the Office.js adapter; one run or save at a time, with the ribbon's too. */
export function excelSession(): WorkbookSession {
  const run = Excel.run.bind(Excel) as typeof Excel.run;
  const workbook = async () => new (await loadAdapter()).OfficeWorkbook(run);
  return {
    kind: 'excel',
    name: '',
    reconcile: (options, progress, keepSettings) =>
      RUN_LOCK.run(async () => (await loadEngine()).reconcile(await workbook(), options, progress, { keepSettings })),
    select: async (sheet, cell) => (await loadAdapter()).selectCell(run, sheet, cell),
    saveSettings: (settings, lang) => RUN_LOCK.run(async () => (await workbook()).writeSettings(settingsRows(settings, lang), lang)),
  };
}
