/**
 * The bad-input corpus (test/fixtures/bad) through the Office.js adapter, on the typed fake Excel host:
 * each fixture's cells, formulas, number formats and visibility are loaded into a FakeWorkbook, and the
 * use case (src/reconcile.ts) runs on it twice, as the ribbon button would. For every case:
 * - the user's sheets are unchanged cell for cell (values, formulas, formats, fonts, tables…);
 * - only sheets carrying the mark are replaced: a user sheet with an output's name keeps it, ours takes a
 *   suffix, and the second run writes to the same names;
 * - no generated cell is a formula, and labels such as `=HYPERLINK(…)`, `+cmd`, `@SUM`, `−1` come out as
 *   text (the fake turns such a string into a formula unless the cell is formatted as Text);
 * - the case's expectations hold (where Excel reads differently, the case says so under `excel`).
 */
import { NO_CACHED_VALUE, SheetData, isCellError } from '../../src/core/cells';
import { generatedMark, isOwnSheet } from '../../src/core/marks';
import { Lang } from '../../src/core/messages';
import { OfficeWorkbook } from '../../src/excel/workbook';
import { reconcile } from '../../src/reconcile';
import { readWorksheet } from '../helpers/exceljs-read';
import { excelJsOf } from '../helpers/xlsx';
import { FakeWorkbook, Visibility, fakeRun } from '../fakes/excel';
import { Expectation } from '../../scripts/bad-corpus/types';
import { expectationProblems, invariantProblems } from './corpus-checks';
import { corpusCases, fixture } from './corpus-files';

const TODAY = '2018-03-15';
/**
 * The workbooks Excel would open as the user sees them: the package shapes of other writers and the files
 * that are no workbook are the .xlsx adapter's concern (Excel reads them before the add-in sees a cell).
 */
const cases = corpusCases().filter((c) => !c.reshaped && !c.refused);
const VISIBILITY: Record<string, Visibility> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/** The fixture as Excel would hold it open: values as shown, formulas beside them, number formats. */
async function fakeWorkbookOf(file: string): Promise<FakeWorkbook> {
  const book = await excelJsOf(fixture(file));
  const fake = new FakeWorkbook();
  for (const ws of book.worksheets) {
    const data = readWorksheet(ws);
    // Excel calculates on open; the fake does not calculate, so a formula shows #NAME? as in the fake's own writes.
    const values = data.values.map((row) => row.map((v) => (isCellError(v) && v.error === NO_CACHED_VALUE ? { error: '#NAME?' } : v)));
    const sheet = fake.addSheet(ws.name, values, VISIBILITY[data.visibility ?? 'visible']);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.formula) sheet.formulas.set(cell.address, `=${cell.formula}`);
        if (cell.numFmt && cell.numFmt !== 'General') (sheet.numberFormats[r - 1] ??= [])[c - 1] = cell.numFmt;
      }),
    );
  }
  return fake;
}

/** Every string the user's label cells hold, to find again in the output. */
function labelTexts(sheets: readonly SheetData[]): string[] {
  return sheets.flatMap((s) => s.values.flatMap((row) => row.filter((v): v is string => typeof v === 'string' && /^[=+\-@−]/.test(v))));
}

/** A case's expectation in Excel: its `excel` part, where it has one, tells Excel's whole story (pending too). */
const inExcel = (c: (typeof cases)[number]): Expectation => (c.excel ? { ...c.expect, pending: undefined, ...c.excel } : c.expect);

describe.each<Lang>(['sv', 'en'])('the corpus through Office.js on the fake host (%s)', (lang) => {
  const runs = new Map<string, Awaited<ReturnType<typeof runCase>>>();

  async function runCase(file: string) {
    const wb = await fakeWorkbookOf(file);
    const port = new OfficeWorkbook(fakeRun(wb));
    const input = await port.readSheets();
    const userNames = input.filter((s) => !isOwnSheet(s)).map((s) => s.name);
    const before = userNames.map((n) => wb.snapshot(n));
    const first = await reconcile(port, { lang, today: TODAY });
    const namesAfterFirst = [...wb.names];
    const second = await reconcile(port, { lang, today: TODAY });
    return { wb, input, userNames, before, first, second, namesAfterFirst };
  }

  beforeAll(async () => {
    for (const c of cases) runs.set(c.id, await runCase(c.file));
  }, 60_000);

  test.each(cases.map((c) => [c.id, c] as const))('%s: user sheets unchanged, only marked sheets replaced, no formula written', (_id, c) => {
    const r = runs.get(c.id)!;
    expect(invariantProblems(r.first, r.input, lang)).toEqual([]);
    expect(r.userNames.map((n) => r.wb.snapshot(n))).toEqual(r.before);
    for (const name of r.first.written) expect(r.userNames).not.toContain(name);
    if (c.expect.written && lang === 'sv') expect(r.first.written).toEqual(c.expect.written);
    // The second run replaces the first run's sheets: same names, no new sheets.
    expect(r.second.written).toEqual(r.first.written);
    expect(r.wb.names).toEqual(r.namesAfterFirst);
    const outputs = r.first.written.map((n) => r.wb.sheet(n));
    for (const out of outputs) {
      expect([out.name, [...out.formulas.keys()]]).toEqual([out.name, []]);
      expect(r.wb.value(out.name, 'A2')).toBe(generatedMark(lang, out.name));
    }
    // Text that would read as a formula comes out as the same text (never an error value or a number).
    const written = new Set(outputs.flatMap((o) => o.cells.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === 'string'))));
    const copied = labelTexts(r.input).filter((t) => r.first.json.deviations.length && JSON.stringify(r.first.json.deviations).includes(JSON.stringify(t)));
    for (const t of copied) expect([t, written.has(t)]).toEqual([t, true]);
  });

  const expectations = (_id: string, c: (typeof cases)[number]) => expect(expectationProblems(runs.get(c.id)!.first, inExcel(c))).toEqual([]);
  const settled = cases.filter((c) => !inExcel(c).pending).map((c) => [c.id, c] as const);
  const pending = cases.filter((c) => inExcel(c).pending).map((c) => [c.id, c] as const);
  test.each(settled)('%s: the expected messages and values', expectations);
  if (pending.length) test.failing.each(pending)('%s (pending a change in the refactored core): the expected messages and values', expectations);
});

test('the injection labels case really holds formula-like labels (else the check above is vacuous)', async () => {
  const wb = await fakeWorkbookOf('text-formula-like-labels.xlsx');
  const labels = labelTexts(await new OfficeWorkbook(fakeRun(wb)).readSheets());
  expect(labels).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.com","klicka")', '−1', '=1+1']));
  expect(labels.some((l) => l.startsWith('+'))).toBe(true);
  expect(labels.some((l) => l.startsWith('@'))).toBe(true);
});
