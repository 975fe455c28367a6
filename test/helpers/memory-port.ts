import { CellValue, SheetData } from '../../src/core/cells';
import { Lang } from '../../src/core/messages';
import { SETTINGS_SHEET, isSettingsSheet } from '../../src/core/marks';
import { OutputSheet } from '../../src/core/render/output';
import { WorkbookPort } from '../../src/port';

/**
 * A workbook in memory behind the port: reads give copies of its sheets (so nothing the core does can touch
 * them), the settings sheet is rewritten as the adapters rewrite it, and generated sheets are only counted.
 */
export function memoryPort(sheets: SheetData[]): { port: WorkbookPort; sheets: SheetData[]; settingsWrites: number } {
  const book = { sheets, settingsWrites: 0 };
  const port: WorkbookPort = {
    readSheets: async () => copy(book.sheets),
    writeSheets: async (out: readonly OutputSheet[]) => out.map((s) => s.name),
    writeSettings: async (rows: readonly (readonly (string | number)[])[], lang: Lang) => {
      book.settingsWrites++;
      const existing = book.sheets.find(isSettingsSheet);
      const name = existing?.name ?? SETTINGS_SHEET[lang];
      const values = rows.map((r) => [...r] as CellValue[]);
      book.sheets = [...book.sheets.filter((s) => s !== existing), { name, values, visibility: 'visible' }];
      return name;
    },
  };
  return {
    port,
    get sheets() {
      return book.sheets;
    },
    get settingsWrites() {
      return book.settingsWrites;
    },
  };
}

/** A deep copy of plain sheets (jsdom has no structuredClone). */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
