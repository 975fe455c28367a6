import { SheetData } from '../core/cells';
import { MessageError } from '../core/message-error';
import { Lang } from '../core/messages';
import { OutputSheet } from '../core/render/output';
import { WorkbookPort } from '../port';
import { Codec, webCodec } from './codec';
import { isOpenDocumentSpreadsheet, isZip, nonZipKind } from './identify';
import { DEFAULT_LIMITS, MAIN_CONTENT_TYPE, OoxmlPackage, ReadLimits, WorkbookExtension, formatBytes, UNNAMED_FILE } from './package';
import { readWorkbookSheets } from './read';
import { writeOutputSheets, writeSettingsSheet } from './write';

export interface OpenOptions {
  /** The file's name, for messages. */
  fileName?: string;
  limits?: ReadLimits;
  /** The largest file accepted at all. */
  maxFileBytes?: number;
}

export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * An .xlsx file behind the workbook port, read and written by Avstämning's own package code: the reader
 * (read.ts) streams only the parts it needs; writing edits the package, so every part of the user's (sheets,
 * charts, pivot tables, names, macros) is kept byte for byte and only Avstämning's own sheets are added or
 * replaced. The input bytes are never changed; `toBuffer` gives a new file. Runs in Node and in the browser.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The sheets as the package holds them now; null after a write, until read again. */
  private sheets: SheetData[] | null = null;

  private constructor(private readonly pkg: OoxmlPackage) {}

  /**
   * Open a workbook's bytes. A file that is not an .xlsx package, or one too large or damaged to read, is
   * refused here with a MessageError that says what it is and what to do.
   */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, codec: Codec = webCodec, options: OpenOptions = {}): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const file = options.fileName ?? UNNAMED_FILE;
    const max = options.maxFileBytes ?? MAX_FILE_BYTES;
    if (bytes.length > max) throw new MessageError('file.tooLarge', { file, size: formatBytes(bytes.length), limit: formatBytes(max) });
    if (!isZip(bytes)) throw new MessageError(nonZipKind(bytes), { file });
    const pkg = OoxmlPackage.load(bytes, codec, file, options.limits ?? DEFAULT_LIMITS);
    if (!(await pkg.workbookPart()) && !pkg.has('xl/workbook.xml')) {
      const mimetype = pkg.has('mimetype') ? await pkg.text('mimetype') : '';
      throw new MessageError(isOpenDocumentSpreadsheet(mimetype) ? 'file.ods' : 'file.notWorkbook', { file });
    }
    const wb = new XlsxWorkbook(pkg);
    await wb.readSheets();
    return wb;
  }

  async readSheets(): Promise<SheetData[]> {
    return (this.sheets ??= await readWorkbookSheets(this.pkg));
  }

  async writeSheets(sheets: readonly OutputSheet[]): Promise<string[]> {
    const current = await this.readSheets();
    const names = await writeOutputSheets(this.pkg, sheets, current);
    this.sheets = null;
    return names;
  }

  async writeSettings(rows: readonly (readonly (string | number)[])[], lang: Lang): Promise<string> {
    const name = await writeSettingsSheet(this.pkg, rows, lang);
    this.sheets = null;
    return name;
  }

  /** Whether the workbook holds a VBA project (macros an .xlsx file may not carry). */
  hasMacros(): boolean {
    return this.pkg.paths().some((p) => /(^|\/)vbaProject\.bin$/i.test(p));
  }

  /**
   * The workbook as file bytes, with what was written. With an extension, the workbook part's content type
   * is made the one Excel expects of a file so named (an .xltx or a macro-free .xlsm written as .xlsx, say);
   * macros cannot go into .xlsx or .xltx, which is refused.
   */
  async toBuffer(extension?: WorkbookExtension): Promise<Uint8Array<ArrayBuffer>> {
    await this.fitContentType(extension);
    return this.pkg.toBytes();
  }

  /** The same bytes as toBuffer, in pieces in file order: what a file or a Blob is written from without a copy of the whole. */
  async toPieces(extension?: WorkbookExtension): Promise<Uint8Array<ArrayBuffer>[]> {
    await this.fitContentType(extension);
    return this.pkg.toPieces();
  }

  private async fitContentType(extension: WorkbookExtension | undefined): Promise<void> {
    if (!extension) return;
    if (this.hasMacros() && (extension === 'xlsx' || extension === 'xltx'))
      throw new MessageError('file.macrosToXlsx', { file: this.pkg.fileName, out: `.${extension}` });
    const path = await this.pkg.workbookPart();
    if (path && (await this.pkg.contentType(path)) !== MAIN_CONTENT_TYPE[extension]) await this.pkg.setContentType(path, MAIN_CONTENT_TYPE[extension]);
  }
}
