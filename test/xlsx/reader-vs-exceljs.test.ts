/**
 * Avstämning's .xlsx reader against ExcelJS, the independent reader: on every workbook ExcelJS reads (the
 * samples, and the corpus but for the package shapes ExcelJS does not read), both give the same sheets, cell
 * for cell: values, text, rich text joined, errors, formulas by their cached value or NO_CACHED_VALUE, dates
 * as serials (1904 workbooks too), merged areas, visibility. The one difference allowed: ExcelJS keeps rows
 * with no values at the end of a sheet (those a merged area reaches), which say nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SheetData } from '../../src/core/cells';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { nodeCodec } from '../../src/xlsx/files';
import { readWorkbookWithExcelJs } from '../helpers/exceljs-read';
import { excelJsOf } from '../helpers/xlsx';
import { CORPUS_DIR, corpusCases } from '../robustness/corpus-files';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const files = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(SAMPLES, f)),
  ...corpusCases()
    .filter((c) => !c.reshaped && !c.refused)
    .map((c) => join(CORPUS_DIR, c.file)),
];

/** Trailing rows without values dropped. */
function trimmed(sheets: readonly SheetData[]): SheetData[] {
  return sheets.map((s) => {
    const values = [...s.values];
    while (values.length && values[values.length - 1].length === 0) values.pop();
    return { ...s, values };
  });
}

test('the corpus and the samples are all here (the comparison is not vacuous)', () => {
  expect(files.length).toBeGreaterThan(80);
});

test.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: the same sheets as ExcelJS reads', async (_name, file) => {
  const bytes = readFileSync(file);
  const ours = await (await XlsxWorkbook.fromBuffer(bytes, nodeCodec)).readSheets();
  const theirs = readWorkbookWithExcelJs(await excelJsOf(bytes));
  expect(trimmed(ours)).toEqual(trimmed(theirs));
});
