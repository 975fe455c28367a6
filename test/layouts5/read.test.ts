/**
 * The fifth layout corpus's workbook of kronor shown as tkr (`#,##0,` under `(tkr)` headers) is read as its
 * expectation says: the cells' kronor, not 1 000 times them. It was the one workbook of the corpus read wrong
 * while the core was given no number formats. (The whole corpus is scored with `npm run score-layouts`.)
 */
import fs from 'fs';
import path from 'path';
import { reconcileSheets } from '../../src/core/reconcile';
import { nodeCodec } from '../../src/xlsx/files';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { Expected } from '../../scripts/layouts/expected';
import { Json, score } from '../../scripts/score-layouts';
import { LAYOUTS5_DIR } from '../../scripts/make-layouts5';

const NAME = 'kronor-i-cellerna-visade-som-tkr-med-talformat-0-komma-rubrik-tkr';

test(`${NAME} is read in kronor, as its expectation says`, async () => {
  const e = JSON.parse(fs.readFileSync(path.join(LAYOUTS5_DIR, `${NAME}.expected.json`), 'utf8')) as Expected;
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(LAYOUTS5_DIR, e.file)), nodeCodec);
  const result = reconcileSheets(await wb.readSheets(), { lang: 'sv', today: '2026-12-07' });
  expect(score(e, result.json as unknown as Json)).toEqual([]);
});
