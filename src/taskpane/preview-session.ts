import { settingsRows } from '../core/settings';
import { createRunLock } from '../run-lock';
import { loadEngine } from './engine';
import { WorkbookSession, outputExtension } from './session';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.12';

/**
 * The browser preview: the workbook is a file in memory, read and written by Avstämning's own .xlsx code
 * (the command line's), with the browser's compression streams. It is loaded here only, as a separate
 * chunk, so the add-in's own start bundle stays small. A file that is no workbook is refused with a
 * message the pane words in its language.
 */
export async function previewSession(name: string, data: ArrayBuffer): Promise<WorkbookSession> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/workbook');
  const workbook = await XlsxWorkbook.fromBuffer(data, undefined, { fileName: name });
  // One run or save at a time on this file; another tab's preview is another file, so no lock across tabs.
  const lock = createRunLock(null);
  return {
    kind: 'preview',
    name,
    reconcile: (options, progress, keepSettings) => lock.run(async () => (await loadEngine()).reconcile(workbook, options, progress, { keepSettings })),
    saveSettings: (settings, lang) => lock.run(() => workbook.writeSettings(settingsRows(settings, lang), lang)),
    download: async () => new Blob(await workbook.toPieces(outputExtension(name)), { type: outputExtension(name) === 'xlsm' ? XLSM_TYPE : XLSX_TYPE }),
  };
}

/** The sample workbook bundled with the add-in. */
export async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch('samples/sormland-2017.xlsx');
  if (!response.ok) throw new Error(`samples/sormland-2017.xlsx: ${response.status}`);
  return response.arrayBuffer();
}
