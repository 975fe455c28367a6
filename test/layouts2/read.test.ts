/**
 * The second layout corpus (test/fixtures/layouts2), built without reading the reader, is read right fixture
 * by fixture: lines, groups, totals, signs, findings, fees and goals as each expectation says. It scored 33 of 46
 * the first time it was run; what it taught was built, and what is not built yet is listed here with the reason
 * and runs as `test.failing`, so it turns red the day it is read right.
 */
import fs from 'fs';
import path from 'path';
import { reconcileSheets } from '../../src/core/reconcile';
import { nodeCodec } from '../../src/xlsx/files';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { Expected } from '../../scripts/layouts/expected';
import { Json, score } from '../../scripts/score-layouts';
import { LAYOUTS2_DIR } from '../../scripts/make-layouts2';

const NOT_YET: Record<string, string> = {};

const files = fs.readdirSync(LAYOUTS2_DIR).filter((f) => f.endsWith('.expected.json'));
const expectation = (file: string) => JSON.parse(fs.readFileSync(path.join(LAYOUTS2_DIR, file), 'utf8')) as Expected;

async function problems(file: string): Promise<string[]> {
  const e = expectation(file);
  const wb = await XlsxWorkbook.fromBuffer(fs.readFileSync(path.join(LAYOUTS2_DIR, e.file)), nodeCodec);
  const result = reconcileSheets(await wb.readSheets(), { lang: 'sv', today: '2026-12-07' });
  return score(e, result.json as unknown as Json);
}

describe('the second layout corpus is read as an economist reads it', () => {
  const cases = files.map((f) => [f.replace(/\.expected\.json$/, ''), f] as const);
  it.each(cases.filter(([name]) => !NOT_YET[name]))('%s', async (_name, file) => {
    expect(await problems(file)).toEqual([]);
  });
  for (const [name, file] of cases.filter(([n]) => NOT_YET[n])) {
    test.failing(`${name} (not yet: ${NOT_YET[name]})`, async () => {
      expect(await problems(file)).toEqual([]);
    });
  }
});
