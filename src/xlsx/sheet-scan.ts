import { CellValue, NO_CACHED_VALUE } from '../core/cells';
import { FormatRuns } from '../core/cell-formats';
import { MessageError } from '../core/message-error';
import { isMain } from './namespaces';
import { OoxmlPackage } from './package';
import { Token, XmlError, XmlScanner } from './xml-scan';

/**
 * A worksheet part read through the XML scanner: the cells as Excel's `range.values` gives them (the rules
 * are in read.ts). The general path: any part, whatever its shape, and the answer the byte path must match.
 */

/** Days from 1904-01-01 (day 0 of the 1904 system) to the same day in the 1900 system. */
export const DAYS_1904_TO_1900 = 1462;

/** `_x000D_` → CR: how SpreadsheetML writes characters XML cannot hold (and `_x005F_` a literal underscore). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What a part's streamed scan needs: each token, whether it stands between units, and how to undo a cut-off unit. */
export interface StreamHandler {
  token(s: XmlScanner, t: Token): void;
  /** True where the text read so far ends a unit (a row, a string), so reading may stop and resume here. */
  settled(): boolean;
  /** Forget what the unit in progress has gathered: it is read again with more text. */
  rollback(): void;
}

/**
 * The XML scanner fed a part's text piece by piece. A unit cut off at the end of a piece (a row, a string) is
 * rolled back and read again whole once more text has come.
 */
export class StreamScan {
  readonly s = new XmlScanner('', false);
  private safe = this.s.mark();
  /** The last token handed to the handler. */
  last: Token = Token.End;

  constructor(private readonly handler: StreamHandler) {}

  feed(text: string, final: boolean): void {
    const { s, handler } = this;
    const keep = this.safe.pos;
    s.feed(text, keep, final);
    s.restore(this.safe, keep);
    handler.rollback();
    this.safe = s.mark();
    this.last = Token.More;
    for (;;) {
      const t = s.next();
      if (t === Token.More || t === Token.End) break;
      handler.token(s, t);
      this.last = t;
      if (handler.settled()) this.safe = s.mark();
    }
  }
}

/** Run a part's reading; text that is no XML becomes a message naming the part (or its damage). */
export async function withXmlErrors(pkg: OoxmlPackage, path: string, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // Text that is no XML may be a damaged zip entry: then say that.
    if (e.reason !== 'dtd' && !(await pkg.intact(path))) throw new MessageError('file.damagedPart', { file: pkg.fileName, part: path });
    throw new MessageError(e.reason === 'dtd' ? 'file.dtd' : 'file.badXml', { file: pkg.fileName, part: path });
  }
}

export async function scanStream(pkg: OoxmlPackage, path: string, handler: StreamHandler): Promise<void> {
  const scan = new StreamScan(handler);
  await withXmlErrors(pkg, path, () => pkg.streamText(path, (text, final) => scan.feed(text, final)));
}

/** `B12` → [11, 1]; null when it is no cell reference. */
function parseCellRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3) return null;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === digits || row < 1 || row > 1_048_576 || col > 16_384) return null;
  return [row - 1, col - 1];
}

/** An ISO 8601 date (and time) as a 1900-system serial number. */
export function isoToSerialNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  const serial = ms / 86_400_000 + 25569;
  // Excel counts 1900-02-29, a day that never was: days before 1900-03-01 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

/** What the reader needs to know to read one worksheet's cells. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  /** Each cell format's number format code, null for General (read.ts). */
  numberFormats: readonly (string | null)[];
  date1904: boolean;
}

export type CellKind = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

/**
 * A cell's `t` attribute from its first letter and length (0: none): s, str (3 letters), inlineStr, b, e, d;
 * anything else is a number, as the standard's default is.
 */
export function cellKind(firstLetter: number, length: number): CellKind {
  switch (firstLetter) {
    case 115:
      return length === 1 ? 's' : 'str';
    case 105:
      return 'inlineStr';
    case 98:
      return 'b';
    case 101:
      return 'e';
    case 100:
      return 'd';
    default:
      return 'n';
  }
}

export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A number written as `-?digits(.digits)?` in `text[start, end)` with at most 15 digits, parsed without making
 * a string: the digits form an exact integer and one division by an exact power of ten rounds once, exactly
 * as parsing the text would. NaN for anything else (the caller parses the text then).
 */
function simpleNumber(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let n = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || decimals === 0) return NaN;
  const value = decimals > 0 ? n / POWERS_OF_TEN[decimals] : n;
  return negative ? -value : value;
}

/** One worksheet part, streamed: its cells as the core's values, and its merged areas. */
export class WorksheetHandler implements StreamHandler {
  readonly values: CellValue[][] = [];
  /** The number formats of its number cells, where not General. */
  readonly formats = new FormatRuns();
  readonly merges: string[] = [];
  isWorksheet = false;
  /** The root's namespace, and whether the scan stands in its sheetData: read by the byte path (SheetDataBytes). */
  main = '';
  inSheetData = false;
  private inMerges = false;
  private inRow = false;
  private rowIndex = -1;
  /** The last row read (a row without `r` is the one after it); kept up to date by the byte path too. */
  lastRow = -1;
  private col = -1;
  // Cells of the row in progress: committed when the row ends, forgotten when it must be read again.
  private pendingRows: number[] = [];
  private pendingCols: number[] = [];
  private pendingValues: CellValue[] = [];
  /** Of the pending cells, the number cells with a format: their index among the pending cells and the format. */
  private pendingFormatAt: number[] = [];
  private pendingFormats: string[] = [];
  // The cell in progress.
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  /** The type's first letter and length (`s`, `str`, `inlineStr`, `b`, `e`, `n`, `d`), or 0 for none. */
  private type = 0;
  private typeLength = 0;
  private style = 0;
  private formula = false;
  /** The value: a span of the scanner's text while it is one plain piece, else text. */
  private hasValue = false;
  private vStart = -1;
  private vEnd = -1;
  private vText: string | null = null;
  private text = '';
  private inline: string | null = null;
  private inRun = false;
  /** 0 nothing, 1 the value, 2 inline text. */
  private capture = 0;

  constructor(private readonly context: SheetContext) {}

  settled(): boolean {
    return !this.inRow;
  }

  rollback(): void {
    this.pendingRows.length = 0;
    this.pendingCols.length = 0;
    this.pendingValues.length = 0;
    this.pendingFormatAt.length = 0;
    this.pendingFormats.length = 0;
    this.inRow = false;
    this.inCell = false;
    this.capture = 0;
    this.inRun = false;
  }

  token(s: XmlScanner, t: Token): void {
    if (t === Token.Text) {
      if (this.capture === 1) this.valueText(s);
      else if (this.capture === 2) this.inline += s.textValue();
      return;
    }
    if (t === Token.Open) this.open(s);
    else this.close(s);
  }

  /** A piece of a `<v>`: kept as a span while it is the only one and needs no decoding. */
  private valueText(s: XmlScanner): void {
    this.text = s.text;
    if (this.vText === null && this.vStart < 0 && !s.cdata) {
      let plain = true;
      for (let i = s.start; i < s.end; i++) if (s.text.charCodeAt(i) === 38) plain = false;
      if (plain) {
        this.vStart = s.start;
        this.vEnd = s.end;
      } else this.vText = s.textValue();
    } else {
      const before = this.vText ?? (this.vStart >= 0 ? s.text.slice(this.vStart, this.vEnd) : '');
      this.vText = before + s.textValue();
      this.vStart = -1;
    }
  }

  /** The value as text (decoded). */
  private valueString(): string {
    if (this.vText !== null) return this.vText;
    if (this.vStart < 0) return '';
    const raw = this.text.slice(this.vStart, this.vEnd);
    return raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  }

  private open(s: XmlScanner): void {
    const self = s.selfClosing;
    switch (s.depth) {
      case 1:
        this.main = s.uri();
        this.isWorksheet = s.is('worksheet') && isMain(this.main);
        return;
      case 2:
        if (s.uri() !== this.main) return;
        if (s.is('sheetData')) this.inSheetData = !self;
        else if (s.is('mergeCells')) this.inMerges = !self;
        return;
      case 3:
        if (this.inSheetData && s.is('row') && s.uri() === this.main) {
          const i = s.find('r');
          const r = i < 0 ? NaN : simpleNumber(s.text, s.valueStart(i), s.valueEnd(i));
          this.rowIndex = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r - 1 : this.lastRow + 1;
          this.col = -1;
          this.inRow = !self;
          if (self) this.lastRow = this.rowIndex;
        } else if (this.inMerges && s.is('mergeCell') && s.uri() === this.main) {
          const ref = s.rawAttr('ref');
          if (ref) this.merges.push(ref);
        }
        return;
      case 4:
        if (!this.inRow || !s.is('c') || s.uri() !== this.main) return;
        this.startCell(s);
        if (self) this.endCell();
        return;
      case 5:
        if (!this.inCell) return;
        if (s.is('v')) {
          this.hasValue = true;
          this.vStart = -1;
          this.vText = null;
          this.capture = self ? 0 : 1;
        } else if (s.is('f')) this.formula = true;
        else if (s.is('is')) this.inline = '';
        return;
      case 6:
        if (this.inline === null) return;
        if (s.is('t')) this.capture = self || s.uri() !== this.main ? 0 : 2;
        else if (s.is('r')) this.inRun = !self;
        return;
      case 7:
        if (this.inline !== null && this.inRun && s.is('t')) this.capture = self || s.uri() !== this.main ? 0 : 2;
        return;
    }
  }

  private close(s: XmlScanner): void {
    switch (s.depth) {
      case 2:
        if (s.is('sheetData')) this.inSheetData = false;
        else if (s.is('mergeCells')) this.inMerges = false;
        return;
      case 3:
        if (this.inRow && s.is('row')) this.endRow();
        return;
      case 4:
        if (this.inCell && s.is('c')) this.endCell();
        return;
      case 5:
      case 6:
      case 7:
        if (s.is('v') || s.is('t')) this.capture = 0;
        else if (s.is('r')) this.inRun = false;
        return;
    }
  }

  private startCell(s: XmlScanner): void {
    const text = s.text;
    const r = s.find('r');
    let at = false;
    if (r >= 0) {
      // `B12` read in place: letters to a column, digits to a row.
      let col = 0;
      let row = 0;
      let i = s.valueStart(r);
      const end = s.valueEnd(r);
      const lettersFrom = i;
      for (; i < end; i++) {
        const c = text.charCodeAt(i) | 32;
        if (c < 97 || c > 122) break;
        col = col * 26 + (c - 96);
      }
      const digitsFrom = i;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        row = row * 10 + (c - 48);
      }
      if (i === end && digitsFrom > lettersFrom && digitsFrom - lettersFrom <= 3 && i > digitsFrom && row >= 1 && row <= 1_048_576 && col <= 16_384) {
        this.cellRow = row - 1;
        this.cellCol = col - 1;
        at = true;
      }
    }
    if (!at) {
      this.cellRow = this.rowIndex;
      this.cellCol = this.col + 1;
    }
    this.col = this.cellCol;
    const t = s.find('t');
    if (t >= 0 && s.valueEnd(t) > s.valueStart(t)) {
      this.type = text.charCodeAt(s.valueStart(t));
      this.typeLength = s.valueEnd(t) - s.valueStart(t);
    } else this.type = 0;
    const st = s.find('s');
    const style = st < 0 ? 0 : simpleNumber(text, s.valueStart(st), s.valueEnd(st));
    this.style = style >= 0 ? style : 0;
    this.formula = false;
    this.hasValue = false;
    this.vStart = -1;
    this.vText = null;
    this.inline = null;
    this.inCell = true;
  }

  private endCell(): void {
    this.inCell = false;
    this.capture = 0;
    const value = this.cellValue();
    if (value === null) return;
    if (typeof value === 'number') {
      const format = this.context.numberFormats[this.style];
      if (format) {
        this.pendingFormatAt.push(this.pendingRows.length);
        this.pendingFormats.push(format);
      }
    }
    this.pendingRows.push(this.cellRow);
    this.pendingCols.push(this.cellCol);
    this.pendingValues.push(value);
  }

  private endRow(): void {
    this.inRow = false;
    const { values, pendingRows, pendingCols, pendingValues } = this;
    for (let i = 0; i < pendingRows.length; i++) (values[pendingRows[i]] ??= [])[pendingCols[i]] = pendingValues[i];
    const { pendingFormatAt, pendingFormats } = this;
    for (let i = 0; i < pendingFormatAt.length; i++) this.formats.add(pendingRows[pendingFormatAt[i]], pendingCols[pendingFormatAt[i]], pendingFormats[i]);
    pendingRows.length = 0;
    pendingCols.length = 0;
    pendingValues.length = 0;
    pendingFormatAt.length = 0;
    pendingFormats.length = 0;
    this.lastRow = this.rowIndex;
  }

  /** A number cell's value; in a 1904 workbook a date is moved to the 1900 system. */
  private number(): CellValue {
    let n = this.vStart >= 0 ? simpleNumber(this.text, this.vStart, this.vEnd) : NaN;
    if (Number.isNaN(n)) {
      const text = this.valueString();
      n = Number(text);
      if (Number.isNaN(n)) n = parseFloat(text);
      if (Number.isNaN(n)) return text;
    }
    const { date1904, dateStyles } = this.context;
    if (date1904 && dateStyles[this.style]) n += DAYS_1904_TO_1900;
    return n;
  }

  /** Whether the value is there and not empty. */
  private present(): boolean {
    return this.hasValue && (this.vText !== null ? this.vText !== '' : this.vStart >= 0 && this.vEnd > this.vStart);
  }

  private cellValue(): CellValue {
    const { type } = this;
    const kind = cellKind(type, this.typeLength);
    if (this.formula) {
      // A formula's value is what the file cached; an empty one is no value unless it is text.
      if (!this.hasValue || (!this.present() && kind !== 'str')) return { error: NO_CACHED_VALUE };
    }
    switch (kind) {
      case 's': {
        if (!this.present()) return null;
        const index = this.vStart >= 0 ? simpleNumber(this.text, this.vStart, this.vEnd) : Number(this.valueString());
        const text = this.context.strings[index];
        return text === undefined ? null : text;
      }
      case 'str':
        return this.hasValue ? decodeOoxmlEscapes(this.valueString()) : null;
      case 'inlineStr':
        if (this.inline !== null) return decodeOoxmlEscapes(this.inline);
        return this.hasValue ? decodeOoxmlEscapes(this.valueString()) : null;
      case 'b': {
        if (!this.present()) return null;
        const v = this.valueString().trim().toLowerCase();
        return v === '1' || v === 'true';
      }
      case 'e':
        return this.present() ? { error: this.valueString().trim() } : null;
      case 'd':
        return this.present() ? (isoToSerialNumber(this.valueString()) ?? this.valueString()) : null;
      default:
        return this.present() ? this.number() : null;
    }
  }

  /** The values, with merged areas' other cells emptied and every hole a null, as Excel's `values` gives. */
  finish(): CellValue[][] {
    const { values } = this;
    for (const ref of this.merges) {
      const [from, to = from] = ref.split(':');
      const a = parseCellRef(from);
      const b = parseCellRef(to);
      if (!a || !b) continue;
      const bottom = Math.min(Math.max(a[0], b[0]), values.length - 1);
      const right = Math.max(a[1], b[1]);
      for (let r = Math.min(a[0], b[0]); r <= bottom; r++) {
        const row = values[r];
        if (!row) continue;
        for (let c = Math.min(a[1], b[1]), end = Math.min(right, row.length - 1); c <= end; c++) {
          if (r === Math.min(a[0], b[0]) && c === Math.min(a[1], b[1])) continue;
          delete row[c];
        }
      }
    }
    let last = values.length - 1;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      if (!row) {
        values[r] = [];
        continue;
      }
      let length = row.length;
      while (length > 0 && row[length - 1] === undefined) length--;
      row.length = length;
      for (let c = 0; c < length; c++) if (row[c] === undefined) row[c] = null;
    }
    while (last >= 0 && values[last].length === 0) last--;
    values.length = last + 1;
    return values;
  }
}
