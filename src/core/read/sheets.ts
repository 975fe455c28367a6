import { SheetData } from '../cells';
import { isGeneratedSheet, isSettingsSheet } from '../marks';

/** The sheets that hold the user's input: not the ones Avstämning wrote, nor its settings, nor very hidden ones. */
export function inputSheets(sheets: readonly SheetData[]): SheetData[] {
  return sheets.filter((s) => !isGeneratedSheet(s) && !isSettingsSheet(s) && s.visibility !== 'veryHidden');
}
