import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { reconcile } from '../../src/reconcile';
import { openXlsxFile, saveXlsxFile } from '../../src/xlsx/files';
import { toCellValue } from '../helpers/exceljs-read';
import { cellDump, openWorkbook, sheetNames, tempDir, writeXlsx } from '../helpers/xlsx';

const BUDGET: ExcelJS.CellValue[][] = [
  ['Driftredovisning (tkr)'],
  [],
  ['Konto', 'Budget', 'Utfall', 'Kommentar'],
  ['Löner', 1200, 1350, '=SUMMA(A1)'],
  ['Hyra', 300, '280', '+46 8 123'],
  ['Resor', 50, { error: '#N/A' } as ExcelJS.CellErrorValue, '@home'],
  ['Summa', 1550, 1630, null],
];

async function run(input: string, out: string) {
  const wb = await openXlsxFile(input);
  const result = await reconcile(wb, { lang: 'sv' });
  await saveXlsxFile(wb, out);
  return result;
}

describe('the ExcelJS adapter', () => {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'out.xlsx');
  const again = join(dir, 'again.xlsx');

  beforeAll(async () => {
    await writeXlsx(input, { Drift: BUDGET, Anteckningar: [['Fritext'], ['Avvikelser', 'är min egen flik']] }, (wb) => {
      // A user sheet already called Avvikelser: it must keep its content and the output take another name.
      const ws = wb.addWorksheet('Avvikelser');
      ws.getCell('A1').value = 'Mina egna anteckningar';
      wb.getWorksheet('Drift')!.getCell('B4').numFmt = '#,##0';
    });
    await run(input, out);
    await run(out, again);
  });

  test('reads cell shapes as Excel values: formulas by their cached result, dates as serials, errors apart', () => {
    expect(toCellValue({ formula: 'A1+1', result: 5 })).toBe(5);
    expect(toCellValue({ formula: 'A1+1' } as never)).toEqual({ error: '#NOCACHE' });
    expect(toCellValue(new Date(Date.UTC(2017, 11, 31)))).toBe(43100);
    expect(toCellValue({ richText: [{ text: 'Sum' }, { text: 'ma' }] })).toBe('Summa');
    expect(toCellValue({ error: '#REF!' } as never)).toEqual({ error: '#REF!' });
  });

  test('every cell of every input sheet is unchanged after a run, and after a second run', async () => {
    const before = await cellDump(input);
    for (const file of [out, again]) {
      const after = await cellDump(file, ['Drift', 'Anteckningar', 'Avvikelser']);
      expect(after).toEqual(before);
    }
  });

  test("a user's sheet named like an output keeps its name; the output takes a suffix; a second run replaces only its own", async () => {
    expect(await sheetNames(out)).toEqual(['Drift', 'Anteckningar', 'Avvikelser', 'Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
    expect(await sheetNames(again)).toEqual(['Drift', 'Anteckningar', 'Avvikelser', 'Sammanfattning', 'Avvikelser (2)', 'Kontroller']);
  });

  test("a run in English replaces the Swedish sheets of the run before, and leaves the user's Avvikelser alone", async () => {
    const english = join(dir, 'english.xlsx');
    const wb = await openXlsxFile(again);
    await reconcile(wb, { lang: 'en' });
    await saveXlsxFile(wb, english);
    expect(await sheetNames(english)).toEqual(['Drift', 'Anteckningar', 'Avvikelser', 'Summary', 'Deviations', 'Checks']);
    expect(await cellDump(english, ['Drift', 'Anteckningar', 'Avvikelser'])).toEqual(await cellDump(input));
  });

  test('the generated sheet is an Excel table with kronor formats, flags as words, and the mark in A2', async () => {
    const wb = await openWorkbook(out);
    const ws = wb.getWorksheet('Avvikelser (2)')!;
    expect(String(ws.getCell('A2').value)).toMatch(/^Skapat av Avstämning/);
    const header = (ws.getRow(5).values as unknown[]).slice(1);
    // Only the columns with data: no Prognos, Flagga or level; the assessment is a word.
    expect(header).toEqual(['Område', 'Rad', 'Budget', 'Utfall', 'Avvikelse', 'Avvikelse %', 'Bedömning', 'Kommentar', 'Åtgärd', 'Källa']);
    expect(ws.getRow(6).getCell(1).value).toBe('Drift');
    const löner = ws.getRow(7);
    expect(löner.getCell(2).value).toBe('Löner');
    expect(löner.getCell(5).value).toBe(-150000);
    expect(löner.getCell(5).numFmt).toBe('#,##0 "kr"_);-#,##0 "kr"_);0 "kr"_)');
    expect(löner.getCell(6).numFmt).toBe('0.0 %_)');
    expect(löner.getCell(7).value).toBe('▼ Ogynnsam, väsentlig');
    // The cell it was read from, kept in its own cell (an inline string) rather than the shared strings: the same text to Excel.
    expect(löner.getCell(10).text).toBe('Drift!A4');
    // Text columns are Text-formatted, so an edited label never turns into a formula.
    expect(löner.getCell(2).numFmt).toBe('@');
    // An empty cell of the table has its column's format, so what the user types there later gets it.
    expect(ws.getColumn(3).numFmt).toBe('#,##0 "kr"_);-#,##0 "kr"_);0 "kr"_)');
    expect(ws.getColumn(2).numFmt).toBe('@');
    const total = ws.lastRow!;
    expect(total.getCell(1).value).toBe('Totalt');
    expect(total.getCell(5).font?.bold).toBe(true);
    expect(löner.getCell(5).font?.bold).toBeFalsy();
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(['Avstamning_Avvikelser']);
  });

  test('an error value is an input error naming its cell, and every line is still summarised', async () => {
    const wb = await openXlsxFile(input);
    const result = await reconcile(wb, { lang: 'en' });
    expect(result.json.errors).toEqual([{ sheet: 'Drift', cell: 'C6', message: expect.stringContaining('#N/A') }]);
    expect(result.analysis.tables[0].lines.map((l) => l.name)).toEqual(['Löner', 'Hyra', 'Resor']);
  });

  test('text that looks like a formula stays text in the output', async () => {
    const wb = await openWorkbook(out);
    // The user's own cell is untouched text, never turned into a formula.
    expect(wb.getWorksheet('Drift')!.getCell('D4').value).toBe('=SUMMA(A1)');
    expect(wb.getWorksheet('Drift')!.getCell('D4').formula).toBeUndefined();
  });
});
