/**
 * Served in place of office.js in the browser tests: an Office host whose Excel is the typed fake
 * workbook (test/fakes/excel.ts), so the add-in's real Excel code path runs in a real browser.
 */
import { CellValue } from '../../src/core/cells';
import { FakeWorkbook, fakeRun } from '../fakes/excel';

export interface FakeHostSetup {
  lang: string;
  sheets: { name: string; values: CellValue[][] }[];
}

const scope = globalThis as unknown as { __fakeHostSetup: FakeHostSetup; __fakeWorkbook: FakeWorkbook; Office: unknown; Excel: unknown };
const setup = scope.__fakeHostSetup;
const workbook = new FakeWorkbook();
for (const s of setup.sheets) workbook.addSheet(s.name, s.values);
scope.__fakeWorkbook = workbook;

const info = { host: 'Excel', platform: 'OfficeOnline' };
scope.Office = {
  HostType: { Excel: 'Excel' },
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: { displayLanguage: setup.lang, officeTheme: { bodyBackgroundColor: '#ffffff' }, requirements: { isSetSupported: () => true } },
  actions: { associate: () => undefined },
};
scope.Excel = { run: fakeRun(workbook) };
