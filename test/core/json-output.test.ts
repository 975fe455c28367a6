import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SheetData } from '../../src/core/cells';
import { Lang } from '../../src/core/messages';
import { reconcileSheets } from '../../src/core/reconcile';
import { joinBytes } from '../../src/core/render/byte-sink';
import { toJsonChunks, writeJson } from '../../src/core/render/json';
import { openXlsxFile } from '../../src/xlsx/files';
import { generateJoin, generateLedger, ledgerSheets } from '../../bench/generate';
import { sheet } from '../helpers/sheets';

/**
 * The command line's --json is written by toJsonChunks, straight into bytes; it must be exactly what
 * `JSON.stringify(result.json, null, 2)` gave before, on real results.
 */
function expectSameJson(sheets: SheetData[], lang: Lang): string {
  const result = reconcileSheets(sheets, { lang, today: '2025-01-31' });
  const text = JSON.stringify(result.json, null, 2);
  const expected = Buffer.from(text, 'utf8');
  // Whole, and lent chunk by chunk as the command line writes them to the file (copied here as they come).
  const lent: Uint8Array[] = [];
  writeJson(result, lang, (chunk) => lent.push(chunk.slice()));
  for (const bytes of [Buffer.from(joinBytes(toJsonChunks(result, lang))), Buffer.from(joinBytes(lent))]) {
    // As text first, so that a failure shows where they part; then as bytes, which is what is written.
    if (!bytes.equals(expected)) expect(bytes.toString('utf8')).toBe(text);
    expect(bytes.equals(expected)).toBe(true);
  }
  return text;
}

const FIXTURES = join(__dirname, '..', 'fixtures');
const SAMPLES = join(__dirname, '..', '..', 'samples');
const inFolder = (folder: string, name: string) =>
  readdirSync(folder)
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => [`${name}/${f}`, join(folder, f)]);
const workbooks = [...['bad', 'layouts', 'layouts2'].flatMap((dir) => inFolder(join(FIXTURES, dir), dir)), ...inFolder(SAMPLES, 'samples')];

describe('toJsonChunks gives the bytes of JSON.stringify(result.json, null, 2)', () => {
  test('there are fixtures to compare', () => {
    expect(workbooks.length).toBeGreaterThan(100);
  });

  test.each(workbooks)('on %s', async (_name, path) => {
    let sheets: SheetData[];
    try {
      sheets = await (await openXlsxFile(path)).readSheets();
    } catch {
      // A file the reader refuses has no result to write (its message is the corpus tests' concern).
      return;
    }
    expectSameJson(sheets, 'sv');
  });

  test('texts with quotes, backslashes, controls, Swedish letters, emoji and lone surrogates; negative and decimal amounts', () => {
    const odd = [
      'Mål "1" \\ Utbildning',
      'Konto\t4010\r\nrad två',
      'Ärende ÅÄÖ åäö – é',
      'Resor 😀 och 👩‍👩‍👧',
      'Halv \ud800 surrogat',
      'Kontroll \u0001\u001f\u007f',
      'Linje\u2028slut',
    ];
    const rows = [
      ['Budgetuppföljning "2024" (kr)'],
      [],
      ['Målområde', 'Konto', 'Budget', 'Utfall', 'Prognos'],
      ...odd.map((label, i) => [odd[(i + 3) % odd.length], label, 1000.5 * (i + 1), i % 2 ? -250.25 * i : 999.99 * i, i === 3 ? null : -0.01 * i]),
      [null, 'Huge', 123456789012345.67, 98765432109876.5, 0.1],
      [null, 'Tiny', 0.01, -0.01, 0],
    ];
    const text = expectSameJson([sheet('Blad "ett" \\ 😀 \ud800', rows)], 'sv');
    // The hard cases reached the JSON (as escapes and as themselves), and an empty list and nulls did too.
    for (const piece of ['\\"1\\"', '\\\\', '\\t', '\\n', '\\r', '\\u0001', '\\u001f', '\u007f', 'ÅÄÖ', '😀', '\\ud800', '\u2028', '"-', ': null', ': []'])
      expect(text).toContain(piece);
    expectSameJson([sheet('Blad "ett" \\ 😀 \ud800', rows)], 'en');
  });

  test('a ledger with goal areas and a summary sheet (bench data, past several chunks), and a join of transactions to a budget', () => {
    expect(expectSameJson(ledgerSheets(generateLedger(6_000)), 'sv').length).toBeGreaterThan(3 << 20);
    const joined = expectSameJson(generateJoin(600, 40).sheets, 'en');
    expect(joined).toContain('"joins": [\n    {');
  });
});
