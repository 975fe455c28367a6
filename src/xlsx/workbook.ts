import ExcelJS from 'exceljs';
import { SheetData } from '../core/cells';
import { OutputSheet } from '../core/render/output';
import { WorkbookPort } from '../port';
import { readWorkbook } from './read';
import { writeOutputSheets, writeSettingsSheet } from './write';
import { Lang } from '../core/messages';

/**
 * ExcelJS compresses with a JavaScript deflate; its fastest level writes a 100 000-row workbook in a fraction
 * of the time for a file about a fifth larger. Excel compresses again when the user saves.
 */
const WRITE_OPTIONS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;

/** An .xlsx file behind the workbook port. The input file is never written; `save` writes a new one. */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async open(path: string): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new XlsxWorkbook(wb);
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  async readSheets(): Promise<SheetData[]> {
    return readWorkbook(this.workbook);
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    return writeOutputSheets(this.workbook, sheets);
  }

  async writeSettings(rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
    return writeSettingsSheet(this.workbook, rows, lang);
  }

  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path, WRITE_OPTIONS);
  }

  async toBuffer(): Promise<Uint8Array<ArrayBuffer>> {
    const written = new Uint8Array(await this.workbook.xlsx.writeBuffer(WRITE_OPTIONS));
    return new Uint8Array(written);
  }
}
