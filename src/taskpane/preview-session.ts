import { reconcile } from '../reconcile';
import { settingsRows } from '../core/settings';
import { WorkbookSession } from './session';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The browser preview: the workbook is a file in memory, read and written with ExcelJS. ExcelJS is
 * loaded here only, as a separate chunk, so the add-in's own start bundle stays small.
 */
export async function previewSession(name: string, data: ArrayBuffer): Promise<WorkbookSession> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/workbook');
  const workbook = await XlsxWorkbook.fromBuffer(data);
  return {
    kind: 'preview',
    name,
    reconcile: (options, progress) => reconcile(workbook, options, progress),
    saveSettings: (settings, lang) => workbook.writeSettings(settingsRows(settings, lang), lang),
    download: async () => new Blob([await workbook.toBuffer()], { type: XLSX_TYPE }),
  };
}

/** The sample workbook bundled with the add-in. */
export async function fetchSample(): Promise<ArrayBuffer> {
  const response = await fetch('samples/sormland-2017.xlsx');
  if (!response.ok) throw new Error(`samples/sormland-2017.xlsx: ${response.status}`);
  return response.arrayBuffer();
}
