/** Every case of the bad-input corpus, and writing it: one .xlsx per case and one expectations file. */
import fs from 'fs';
import path from 'path';
import { buildXlsx } from './build';
import { ERROR_CASES } from './cases-errors';
import { FEE_CASES } from './cases-fees';
import { GOAL_CASES } from './cases-goals';
import { LAYOUT_CASES } from './cases-layout';
import { NUMBER_CASES } from './cases-numbers';
import { PACKAGE_CASES } from './cases-package';
import { SHEET_CASES } from './cases-sheets';
import { TEXT_CASES } from './cases-text';
import { BadCase, Expectation } from './types';

export const CASES: BadCase[] = [
  ...NUMBER_CASES,
  ...ERROR_CASES,
  ...LAYOUT_CASES,
  ...SHEET_CASES,
  ...FEE_CASES,
  ...GOAL_CASES,
  ...TEXT_CASES,
  ...PACKAGE_CASES,
];

export const EXPECTATIONS_FILE = 'expectations.json';

/** What `expectations.json` holds for each case. */
export interface CaseExpectation {
  id: string;
  file: string;
  about: string;
  expect: Expectation;
  excel?: Partial<Expectation>;
  /** The message key a run must refuse the file with (exit 1); absent for a workbook that is read. */
  refused?: string;
  /** Reshaped after ExcelJS (or not a workbook at all): ExcelJS may not read it, so only Avstämning's reader is used. */
  reshaped?: boolean;
}

export const fileOf = (c: BadCase) => `${c.id}.${c.extension ?? 'xlsx'}`;

export function expectations(): CaseExpectation[] {
  return CASES.map((c) => ({
    id: c.id,
    file: fileOf(c),
    about: c.about,
    expect: c.expect,
    ...(c.excel ? { excel: c.excel } : {}),
    ...(c.refused ? { refused: c.refused } : {}),
    ...(c.variants?.length || c.raw ? { reshaped: true } : {}),
  }));
}

/** Write every case into `dir`; returns the file names written. */
export async function writeCorpus(dir: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const c of CASES) {
    if (ids.has(c.id)) throw new Error(`two cases are called ${c.id}`);
    ids.add(c.id);
  }
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const c of CASES) {
    fs.writeFileSync(path.join(dir, fileOf(c)), await buildXlsx(c));
    files.push(fileOf(c));
  }
  fs.writeFileSync(path.join(dir, EXPECTATIONS_FILE), `${JSON.stringify({ generatedBy: 'scripts/make-bad-corpus.ts', cases: expectations() }, null, 2)}\n`);
  return [...files, EXPECTATIONS_FILE];
}
