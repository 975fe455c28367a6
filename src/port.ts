import { SheetData } from './core/cells';
import { Lang } from './core/messages';
import { OutputSheet } from './core/render/output';

/**
 * What the use case needs from a workbook, whether an open Excel document (Office.js) or an .xlsx file
 * (ExcelJS). Nothing else in the program knows either library exists.
 */
export interface WorkbookPort {
  /** Every worksheet as plain values. */
  readSheets(): Promise<SheetData[]>;
  /** Replace Avstämning's own sheets with these; returns the names they got. Never writes a user sheet. */
  writeSheets(sheets: readonly OutputSheet[]): Promise<string[]>;
  /** Write the settings rows to the settings sheet (creating it when missing); returns its name. */
  writeSettings(rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string>;
}
