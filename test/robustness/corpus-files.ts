/** The committed corpus (test/fixtures/bad) as the tests read it, and an .xlsx workbook's cells as text to compare. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { CaseExpectation } from '../../scripts/bad-corpus';

export const CORPUS_DIR = path.resolve(__dirname, '..', 'fixtures', 'bad');

export function corpusCases(): CaseExpectation[] {
  return (JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'expectations.json'), 'utf8')) as { cases: CaseExpectation[] }).cases;
}

export function fixture(file: string): Buffer {
  return fs.readFileSync(path.join(CORPUS_DIR, file));
}

/** Every cell of the named sheets (value, formula, number format), their merges and visibility, as text. */
export function dumpSheets(wb: ExcelJS.Workbook, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const ws = wb.getWorksheet(name);
    if (!ws) {
      out.push(`${name}: missing`);
      continue;
    }
    out.push(`${name}: ${ws.state} merges ${JSON.stringify(ws.model.merges ?? [])}`);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.push(`${name}!${cell.address} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ''}`);
      }),
    );
  }
  return out;
}
