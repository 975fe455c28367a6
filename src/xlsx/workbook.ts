import ExcelJS from 'exceljs';
import { SheetData } from '../core/cells';
import { Lang } from '../core/messages';
import { OutputSheet } from '../core/render/output';
import { WorkbookPort } from '../port';
import { Codec, webCodec } from './codec';
import { OoxmlPackage } from './package';
import { readWorkbook } from './read';
import { writeOutputSheets, writeSettingsSheet } from './write';

/**
 * An .xlsx file behind the workbook port. ExcelJS reads the cells; writing edits the file's package directly,
 * so every part of the user's (sheets, charts, pivot tables, names, macros) is kept byte for byte and only
 * Avstämning's own sheets are added or replaced. The input file is never written; `toBuffer` gives a new one.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The sheets as the package holds them now; null after a write, until read again. */
  private sheets: SheetData[] | null = null;
  private pkg: OoxmlPackage | null = null;

  private constructor(
    private bytes: Uint8Array,
    private readonly codec: Codec,
  ) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array, codec: Codec = webCodec): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const wb = new XlsxWorkbook(bytes, codec);
    // Fail here, on opening, when the file is not a workbook or not one the writer can edit (zip64).
    await wb.readSheets();
    await wb.package();
    return wb;
  }

  async readSheets(): Promise<SheetData[]> {
    if (!this.sheets) {
      if (this.pkg) this.bytes = await this.pkg.toBytes();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(this.bytes as unknown as ArrayBuffer);
      this.sheets = readWorkbook(wb);
    }
    return this.sheets;
  }

  private async package(): Promise<OoxmlPackage> {
    return (this.pkg ??= OoxmlPackage.load(this.bytes, this.codec));
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const current = await this.readSheets();
    const names = await writeOutputSheets(await this.package(), sheets, current);
    this.sheets = null;
    return names;
  }

  async writeSettings(rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
    const name = await writeSettingsSheet(await this.package(), rows, lang);
    this.sheets = null;
    return name;
  }

  /** The workbook as .xlsx bytes, with what was written. */
  async toBuffer(): Promise<Uint8Array<ArrayBuffer>> {
    if (this.pkg) this.bytes = await this.pkg.toBytes();
    return new Uint8Array(this.bytes);
  }
}
