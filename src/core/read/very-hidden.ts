import { SheetData } from '../cells';
import { InputIssue } from '../issues';
import { isGeneratedSheet, isSettingsSheet } from '../marks';
import { findTables } from './tables';

/**
 * Very hidden sheets are never read as input (only VBA can show them; add-ins keep their data there). One
 * that holds a budget table is named, so a table is never left out without a word (SPEC 8).
 */
export function veryHiddenTableIssues(sheets: readonly SheetData[]): InputIssue[] {
  return sheets
    .filter((s) => s.visibility === 'veryHidden' && !isGeneratedSheet(s) && !isSettingsSheet(s))
    .filter((s) => findTables(s, []).some((t) => t.columns.budget !== undefined || t.columns.outcome !== undefined))
    .map((s) => ({ key: 'sheet.veryHidden', sheet: s.name, cell: 'A1' }));
}
