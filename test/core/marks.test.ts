import { SheetData } from '../../src/core/cells';
import { chooseSheetName, generatedMark, isGeneratedSheet, isOwnSheet, marksOwnSheet, readMark } from '../../src/core/marks';
import { OutputSheet } from '../../src/core/render/output';
import { sheetMarkedAs } from '../../src/core/render/sheet-names';

const sheet = (name: string, a2: string | null): SheetData => ({ name, values: [['Avvikelser'], [a2]] });
const OLD_MARK = 'Skapat av Avstämning. Bladet ersätts vid nästa körning.';

describe('the generated-sheet mark in A2', () => {
  test('names the sheet it was written as, in either language', () => {
    expect(generatedMark('sv', 'Avvikelser')).toBe('Skapat av Avstämning som bladet ”Avvikelser”. Bladet ersätts vid nästa körning.');
    expect(generatedMark('en', 'Deviations')).toBe('Created by Avstämning as the sheet “Deviations”. This sheet is replaced on the next run.');
    expect(readMark(generatedMark('en', 'Deviations'))).toEqual({ lang: 'en', name: 'Deviations' });
  });

  test('the sheet a run wrote is its own; a copy made with Move or Copy is generated (never input) but not its own', () => {
    const original = sheet('Avvikelser', generatedMark('sv', 'Avvikelser'));
    const copy = sheet('Avvikelser (2)', generatedMark('sv', 'Avvikelser'));
    expect([isGeneratedSheet(original), isOwnSheet(original)]).toEqual([true, true]);
    expect([isGeneratedSheet(copy), isOwnSheet(copy)]).toEqual([true, false]);
  });

  test('sheet names compare as Excel compares them (case), and a name may hold quotes', () => {
    expect(marksOwnSheet('AVVIKELSER', generatedMark('sv', 'Avvikelser'))).toBe(true);
    expect(readMark(generatedMark('sv', 'Mål ”A”. Del 2'))?.name).toBe('Mål ”A”. Del 2');
    expect(marksOwnSheet('Mål ”A”. Del 2', generatedMark('sv', 'Mål ”A”. Del 2'))).toBe(true);
  });

  test('a mark from before marks named their sheet keeps the sheet out of the input, and no run overwrites it', () => {
    expect(readMark(OLD_MARK)).toEqual({ lang: 'sv', name: null });
    expect([isGeneratedSheet(sheet('Kontroller', OLD_MARK)), isOwnSheet(sheet('Kontroller', OLD_MARK))]).toEqual([true, false]);
  });

  test('other text, numbers and empty cells are no mark', () => {
    for (const a2 of ['Skapat av mig', null, 'Avstämning']) expect(readMark(a2)).toBeNull();
    expect(readMark(12)).toBeNull();
    expect(isGeneratedSheet(sheet('Drift', 'Skapat av mig'))).toBe(false);
  });

  test('the name an adapter chose is the name the mark carries', () => {
    const out = { name: 'Avvikelser', notes: [generatedMark('en', 'Avvikelser'), 'Amounts in kronor.'] } as OutputSheet;
    const name = chooseSheetName('Avvikelser', [{ name: 'Avvikelser', generated: false }]);
    expect(name).toBe('Avvikelser (2)');
    expect(sheetMarkedAs(out, name).notes).toEqual([generatedMark('en', 'Avvikelser (2)'), 'Amounts in kronor.']);
    expect(sheetMarkedAs(out, 'Avvikelser')).toBe(out);
  });
});
