/**
 * The bad-input corpus (issues 6 and 13; test/fixtures/bad, written by scripts/make-bad-corpus.ts) through the
 * .xlsx adapter and `reconcileSheets`, in Swedish and English. Each workbook spoils one thing in a realistic
 * workbook, or is written as another program writes it, or is no workbook at all; `expectations.json` says
 * what the run must still give. For every case:
 * - it never throws; every finding names a sheet of the workbook and a cell inside it, with a full message;
 * - each expected message is there at its sheet and cell, and each still-computed value of the JSON is exact;
 * - the input's bytes are unchanged; the output is written beside the user's sheets, which read back cell for
 *   cell unchanged (Avstämning's reader for all, ExcelJS too where it reads the file), every part the run did
 *   not edit is byte for byte the user's, and the package is sound (test/helpers/package-checks.ts);
 * - a file that is no readable workbook is refused with its catalogue message.
 * A case marked `pending` documents a behaviour that needs a change in files being refactored: its
 * expectations run as `test.failing` until the change lands.
 * Also: the generator is deterministic, and a million-row sheet (built here, never committed) is read.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SheetData } from '../../src/core/cells';
import { isGeneratedSheet, isOwnSheet } from '../../src/core/marks';
import { MessageError } from '../../src/core/message-error';
import { Lang } from '../../src/core/messages';
import { reconcileSheets } from '../../src/core/reconcile';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { nodeCodec } from '../../src/xlsx/files';
import { readZip } from '../../src/xlsx/zip';
import { excelJsOf } from '../helpers/xlsx';
import { writtenPackageProblems } from '../helpers/package-checks';
import { writeCorpus } from '../../scripts/bad-corpus';
import { expectationProblems, invariantProblems } from './corpus-checks';
import { CORPUS_DIR, corpusCases, dumpSheets, fixture } from './corpus-files';
import { sizeTest } from '../helpers/size';

const TODAY = '2018-03-15';
const LANGS: Lang[] = ['sv', 'en'];
const cases = corpusCases();
const readable = cases.filter((c) => !c.refused);
const refused = cases.filter((c) => c.refused);

/** Parts a run may edit; every other part of the input comes out byte for byte. */
const EDITABLE =
  /^(\[Content_Types\]\.xml|.*workbook\.xml|.*bok\.xml|.*_rels\/(workbook|bok)\.xml\.rels|.*styles\.xml|.*sharedStrings\.xml|.*strings\.xml|.*calcChain\.xml)$/i;

/** The kind of file written for a case: an .xlsm stays .xlsm (macros), everything else becomes .xlsx. */
const outputExtension = (file: string) => (file.endsWith('.xlsm') ? 'xlsm' : 'xlsx');

async function run(file: string, lang: Lang, reshaped: boolean) {
  const bytes = fixture(file);
  const pristine = Buffer.from(bytes);
  const book = await XlsxWorkbook.fromBuffer(bytes, nodeCodec, { fileName: file });
  const input = await book.readSheets();
  const userNames = input.filter((s) => !isOwnSheet(s)).map((s) => s.name);
  // ExcelJS, the independent reader, for what it can read; Avstämning's reader for every case.
  const before = reshaped ? null : dumpSheets(await excelJsOf(bytes), userNames);
  const result = reconcileSheets(input, { lang, today: TODAY });
  const written = result.sheets.length ? await book.writeSheets(result.sheets) : [];
  const extension = outputExtension(file);
  const out = await book.toBuffer(extension);
  const output = reshaped ? null : await excelJsOf(out);
  const readBack = await (await XlsxWorkbook.fromBuffer(out, nodeCodec)).readSheets();
  return { bytes, pristine, input, userNames, before, result, written, out, output, readBack, extension };
}

test('the corpus has at least 60 workbooks, each with expectations, and stays small', () => {
  const files = fs.readdirSync(CORPUS_DIR).filter((f) => f !== 'expectations.json');
  expect(files.length).toBeGreaterThanOrEqual(60);
  expect(files.sort()).toEqual(cases.map((c) => c.file).sort());
  const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(CORPUS_DIR, f)).size, 0);
  expect(bytes).toBeLessThan(2 * 1024 * 1024);
});

describe.each(LANGS)('the corpus through the .xlsx adapter (%s)', (lang) => {
  const runs = new Map<string, Awaited<ReturnType<typeof run>>>();

  beforeAll(async () => {
    for (const c of readable) runs.set(c.id, await run(c.file, lang, !!c.reshaped));
  }, 120_000);

  test.each(readable.map((c) => [c.id, c] as const))('%s: never throws, names real cells, keeps the user sheets, writes a sound package', async (_id, c) => {
    const r = runs.get(c.id)!;
    expect(invariantProblems(r.result, r.input, lang)).toEqual([]);
    // The input's bytes are as they were.
    expect(Buffer.compare(r.bytes, r.pristine)).toBe(0);
    // Every output sheet is new or was ours, and carries the mark; the user's sheets read back unchanged.
    for (const name of r.written) expect(r.userNames).not.toContain(name);
    const users = (sheets: readonly SheetData[]) => sheets.filter((s) => r.userNames.includes(s.name));
    expect(users(r.readBack)).toEqual(users(r.input));
    if (r.before && r.output) {
      expect(dumpSheets(r.output, r.userNames)).toEqual(r.before);
      const generated = r.output.worksheets.filter((ws) => r.written.includes(ws.name));
      for (const ws of generated) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`${ws.name}!${cell.address} is a formula`);
          }),
        );
      }
    }
    // Every part the run did not edit is the user's, byte for byte (unless an old generated sheet went).
    if (!r.input.some(isGeneratedSheet)) {
      const out = new Map(readZip(r.out).map((e) => [e.name, e]));
      for (const e of readZip(r.bytes).filter((x) => !EDITABLE.test(x.name))) {
        const kept = out.get(e.name);
        expect([e.name, !!kept && kept.crc === e.crc && Buffer.compare(kept.data, e.data) === 0]).toEqual([e.name, true]);
      }
    }
    expect(await writtenPackageProblems(r.bytes, r.out, r.extension)).toEqual([]);
    // The names are the Swedish ones; in English the output is Deviations, Checks …
    if (c.expect.written && lang === 'sv') expect(r.written).toEqual(c.expect.written);
  });

  const expectations = (_id: string, c: (typeof cases)[number]) => expect(expectationProblems(runs.get(c.id)!.result, c.expect)).toEqual([]);
  const settled = readable.filter((c) => !c.expect.pending).map((c) => [c.id, c] as const);
  const pending = readable.filter((c) => c.expect.pending).map((c) => [c.id, c] as const);
  test.each(settled)('%s: the expected messages and values', expectations);
  if (pending.length) test.failing.each(pending)('%s (pending a change in the refactored core): the expected messages and values', expectations);
});

test.each(refused.map((c) => [c.id, c] as const))('%s: refused with its message, the bytes untouched', async (_id, c) => {
  const bytes = fixture(c.file);
  const pristine = Buffer.from(bytes);
  const error = await XlsxWorkbook.fromBuffer(bytes, nodeCodec, { fileName: c.file }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MessageError);
  expect((error as MessageError).key).toBe(c.refused);
  expect(Buffer.compare(bytes, pristine)).toBe(0);
});

test('the same findings, at the same cells, in Swedish and English', async () => {
  for (const c of readable) {
    const book = await XlsxWorkbook.fromBuffer(fixture(c.file), nodeCodec);
    const input = await book.readSheets();
    const [sv, en] = LANGS.map((lang) => reconcileSheets(input, { lang, today: TODAY }).json);
    const where = (j: typeof sv) => [...j.errors, ...(j.checks as { sheet: string; cell: string }[])].map((e) => `${e.sheet}!${e.cell}`);
    expect([c.id, where(en)]).toEqual([c.id, where(sv)]);
    // Different texts: a message present in one language only would show as the same text twice.
    sv.errors.forEach((e, i) => expect([c.id, e.message === en.errors[i].message]).toEqual([c.id, false]));
  }
}, 60_000);

test('the generator is deterministic: regenerated into a temporary folder, every file is byte-identical', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'avstamning-corpus-'));
  try {
    const files = await writeCorpus(dir);
    for (const f of files) expect([f, fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(CORPUS_DIR, f)))]).toEqual([f, true]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** A project list of `n` lines in kronor under a header, as a budget export would give it. */
function millionRows(n: number): SheetData {
  const values: SheetData['values'] = [['Projektlista (kr)'], [], ['Målområde', 'Projekt', 'Budget', 'Utfall']];
  for (let i = 0; i < n; i++) values.push([`Mål ${1 + (i % 4)}`, `Projekt ${i + 1}`, 1000 + (i % 100), 990 + (i % 100)]);
  // Three bad cells far down: an error value, a number as text with no-break spaces, text that is no number.
  values[3 + 500_000][3] = { error: '#N/A' };
  values[3 + 999_998][2] = '1\u00a0098';
  values[3 + n - 1][3] = 'saknas';
  return { name: 'Projekt', values };
}

sizeTest(
  'a million rows: read, the bad cells named where they are, the totals exact',
  () => {
    const n = 1_000_000;
    const sheet = millionRows(n);
    const started = Date.now();
    const result = reconcileSheets([sheet], { lang: 'sv', today: TODAY });
    const seconds = (Date.now() - started) / 1000;
    const found = result.analysis.errors.map((e) => `${e.key}@${e.cell}`);
    expect(found).toEqual(['amount.errorValue@D500004', 'amount.notANumber@D1000003']);
    const json = result.json as { deviations: { lines: unknown[]; total: { budget: string; outcome: string } }[] };
    expect(json.deviations[0].lines).toHaveLength(n);
    // Budget: Σ (1000 + i mod 100) = 1000·n + 49.5·n; the text cell says 1 098, as the number would.
    expect(json.deviations[0].total.budget).toBe(String(1000 * n + 49.5 * n));
    // Outcome: Σ (990 + i mod 100) less the two unreadable cells (rows 500 000 and n − 1, i.e. i mod 100 = 0 and 99).
    expect(json.deviations[0].total.outcome).toBe(String(990 * n + 49.5 * n - 990 - 1089));
    // The deviations sheet stops at Excel's last row and says so rather than failing.
    for (const s of result.sheets) expect(s.table.rows.length + 10).toBeLessThanOrEqual(1_048_576);
    console.log(`a million rows through reconcileSheets: ${seconds.toFixed(1)} s`);
  },
  120_000,
);
