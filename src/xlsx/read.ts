import { CellValue, NO_CACHED_VALUE, SheetData, SheetVisibility } from '../core/cells';
import { MessageError } from '../core/message-error';
import { STRICT, TRANSITIONAL, Flavour, flavourOf, isMain, relationshipKind } from './namespaces';
import { OoxmlPackage, REL, decoderFor, resolveTarget } from './package';
import { Token, XmlError, XmlScanner, decodeText } from './xml-scan';

/**
 * The .xlsx reader: the workbook part and its relationships, the shared strings, the date formats of the
 * styles, and each worksheet, streamed through the XML scanner as it inflates. Only these parts are read;
 * every other part (pictures, comments, pivot caches, whatever is in the zip) is never inflated.
 *
 * It gives what Excel's `range.values` would: numbers, text (rich text joined, phonetic runs left out,
 * `_xHHHH_` escapes decoded), booleans, error values apart, a formula's cached value (or NO_CACHED_VALUE when
 * the file has none), a merged area's value in its top-left cell only, and dates as serial numbers of the
 * 1900 date system. In a workbook that uses the 1904 date system, a number in a cell with a date or time
 * format is moved to the 1900 system (+1462 days), as Excel itself shows it; other numbers are left as they
 * are, because only the format says a number is a date.
 */

/** Days from 1904-01-01 (day 0 of the 1904 system) to the same day in the 1900 system. */
export const DAYS_1904_TO_1900 = 1462;

/** Built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30, with the East Asian ones). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code shows a date or a time: a day, month, year, hour or second code outside quoted
 * text, escapes, fills, paddings and bracketed parts (colours, conditions, locales; `[h]` elapsed time counts).
 */
export function isDateFormat(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  // Only the first section decides (positive numbers); a date format has dates in every section anyway.
  return /[dmyhs]/i.test(bare.split(';')[0]);
}

/** `_x000D_` → CR: how SpreadsheetML writes characters XML cannot hold (and `_x005F_` a literal underscore). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** What a part's streamed scan needs: each token, whether it stands between units, and how to undo a cut-off unit. */
interface StreamHandler {
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
class StreamScan {
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
async function withXmlErrors(pkg: OoxmlPackage, path: string, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // Text that is no XML may be a damaged zip entry: then say that.
    if (e.reason !== 'dtd' && !(await pkg.intact(path))) throw new MessageError('file.damagedPart', { file: pkg.fileName, part: path });
    throw new MessageError(e.reason === 'dtd' ? 'file.dtd' : 'file.badXml', { file: pkg.fileName, part: path });
  }
}

async function scanStream(pkg: OoxmlPackage, path: string, handler: StreamHandler): Promise<void> {
  const scan = new StreamScan(handler);
  await withXmlErrors(pkg, path, () => pkg.streamText(path, (text, final) => scan.feed(text, final)));
}

/** The shared string table: each item's text, runs joined, phonetic guides left out. */
export async function readSharedStrings(pkg: OoxmlPackage, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let capture = false;
  let inRun = false;
  let main = '';
  await scanStream(pkg, path, {
    token(s, t) {
      if (t === Token.Text) {
        if (capture) current += s.textValue();
        return;
      }
      const open = t === Token.Open;
      switch (s.depth) {
        case 1:
          if (open) main = s.uri();
          return;
        case 2:
          if (!s.is('si')) return;
          if (open) {
            if (s.uri() !== main) return;
            if (s.selfClosing) strings.push('');
            else current = '';
          } else if (current !== null) {
            strings.push(decodeOoxmlEscapes(current));
            current = null;
          }
          return;
        case 3:
          if (current === null) return;
          if (s.is('t')) capture = open && !s.selfClosing && s.uri() === main;
          else if (s.is('r')) inRun = open && !s.selfClosing;
          return;
        case 4:
          if (current !== null && inRun && s.is('t')) capture = open && !s.selfClosing && s.uri() === main;
          return;
      }
    },
    settled: () => current === null,
    rollback() {
      current = null;
      capture = false;
      inRun = false;
    },
  });
  return strings;
}

/** For each cell format (the `s` of a cell), whether its number format is a date or time. */
export async function readDateStyles(pkg: OoxmlPackage, path: string): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let list = '';
  let main = '';
  await pkg.scan(path, (s, t) => {
    if (t !== Token.Open && t !== Token.Close) return;
    if (s.depth === 1 && t === Token.Open) main = s.uri();
    else if (s.depth === 2) list = t === Token.Open && !s.selfClosing && s.uri() === main ? s.local() : '';
    else if (s.depth === 3 && t === Token.Open && s.uri() === main) {
      if (list === 'numFmts' && s.is('numFmt')) custom.set(Number(s.attr('numFmtId')), s.attr('formatCode') ?? '');
      else if (list === 'cellXfs' && s.is('xf')) xfFormats.push(Number(s.attr('numFmtId') ?? 0));
    }
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltInDateFormat(id);
  });
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
function isoToSerialNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  const serial = ms / 86_400_000 + 25569;
  // Excel counts 1900-02-29, a day that never was: days before 1900-03-01 are one lower.
  return serial < 61 ? serial - 1 : serial;
}

/** What the reader needs to know to read one worksheet's cells. */
interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

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
class WorksheetHandler implements StreamHandler {
  readonly values: CellValue[][] = [];
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
    this.pendingRows.push(this.cellRow);
    this.pendingCols.push(this.cellCol);
    this.pendingValues.push(value);
  }

  private endRow(): void {
    this.inRow = false;
    const { values, pendingRows, pendingCols, pendingValues } = this;
    for (let i = 0; i < pendingRows.length; i++) (values[pendingRows[i]] ??= [])[pendingCols[i]] = pendingValues[i];
    pendingRows.length = 0;
    pendingCols.length = 0;
    pendingValues.length = 0;
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
    // s, str (3 letters), inlineStr (9), b, e, d; anything else is a number.
    const kind = type === 0 ? 'n' : type === 115 ? (this.typeLength === 1 ? 's' : 'str') : type === 105 ? 'inlineStr' : type === 98 ? 'b' : type === 101 ? 'e' : type === 100 ? 'd' : 'n';
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

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const AMP = 38;
const CR = 13;
const COLON = 58;

/** The byte path's answers besides a position: the bytes end inside a unit, or the unit is one it leaves to the scanner. */
const MORE = -1;
const BAIL = -2;

/** Whitespace as XML (and the scanner) knows it. */
function isSpaceByte(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Whether a tag's name ends here (`<c` of `<c>`, `<c r=…`, `<c/>`, not of `<col`). */
function endsName(c: number): boolean {
  return c === GT || c === SLASH || isSpaceByte(c);
}

/** `simpleNumber` over UTF-8 bytes: the same digits give the same double (see there why it is exact). */
function simpleNumberBytes(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let n = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = b[i];
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

/** UTF-8 as the part's decoder reads it; a byte-order mark inside a value is kept, as there. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** `<sheetData>` as bytes: where the byte path takes over. */
const SHEET_DATA_OPEN = new Uint8Array([...'<sheetData>'].map((c) => c.charCodeAt(0)));
/** `</sheetData>`: where it hands back. */
const SHEET_DATA_CLOSE = new Uint8Array([...'</sheetData>'].map((c) => c.charCodeAt(0)));

function bytesAt(b: Uint8Array, at: number, what: Uint8Array): boolean {
  if (at + what.length > b.length) return false;
  for (let i = 0; i < what.length; i++) if (b[at + i] !== what[i]) return false;
  return true;
}

/**
 * The rows of a worksheet's sheetData read straight from the inflated bytes: the most of a 100 000-row sheet's
 * reading time went into decoding it to text and tokenizing every tag. Only the plain shape is read here,
 * unprefixed `<row>`, `<c>`, `<v>`, `<f>` and `<is><t>`, with the attributes the scanner's path reads
 * (the first `r`, `t` and `s`, raw); anything else (a namespace declared, a prefix, a comment, CDATA, rich
 * text, a stray element or text, a bad entity) is left to the scanner from the start of the row it is in, so
 * what it does with it stays the one answer. Each cell gives the value WorksheetHandler.cellValue would, and a
 * row's cells are kept only when the row ends, as there.
 */
class SheetDataBytes {
  /** MORE, BAIL, or 0 when `</sheetData>` was reached; set by `scan`. */
  outcome = 0;
  // The attributes of the start tag `tagRest` read: value spans of the first r, t and s (start -1: absent).
  private rStart = -1;
  private rEnd = -1;
  private tStart = -1;
  private tEnd = -1;
  private sStart = -1;
  private sEnd = -1;
  private selfClosing = false;
  // The cell in progress, as in WorksheetHandler.
  private formula = false;
  private hasValue = false;
  private vStart = -1;
  private vEnd = -1;
  /** The value holds `&` (references to decode) or a CR (line ends to normalise): it is decoded as text is. */
  private vEscaped = false;
  /** Whether the text `textEnd` last read holds `&` or a CR. */
  private escaped = false;
  private inline: string | null = null;
  // The cells of the row in progress. Those in its own row are gathered in `scratch` (reused) and copied out
  // when the row ends into an array of just their length: an array grown cell by cell holds room for 17, and
  // 100 000 rows of such arrays cost the garbage collector about as much as the reading itself. Cells that
  // name another row wait as in WorksheetHandler.
  private readonly scratch: CellValue[] = [];
  /** The highest index of `scratch` written since it was last cleared. */
  private scratchEnd = -1;
  private readonly pendingCols: number[] = [];
  private readonly pendingRows: number[] = [];
  private readonly pendingValues: CellValue[] = [];

  constructor(
    private readonly handler: WorksheetHandler,
    private readonly context: SheetContext,
  ) {}

  /**
   * Rows from `at` on: the position where reading stopped, with `outcome` saying why: MORE (the bytes end
   * inside a row: give them again with what follows), BAIL (a unit the scanner must read, from there), 0 (the
   * end of sheetData, there).
   */
  scan(b: Uint8Array, at: number): number {
    const n = b.length;
    for (;;) {
      while (at < n && isSpaceByte(b[at])) at++;
      if (at + 4 >= n) return this.stop(MORE, at);
      if (b[at] !== LT) return this.stop(BAIL, at);
      if (b[at + 1] === SLASH) {
        if (at + SHEET_DATA_CLOSE.length > n) return this.stop(MORE, at);
        return this.stop(bytesAt(b, at, SHEET_DATA_CLOSE) ? 0 : BAIL, at);
      }
      if (b[at + 1] !== 114 || b[at + 2] !== 111 || b[at + 3] !== 119 || !endsName(b[at + 4])) return this.stop(BAIL, at);
      let next: number;
      try {
        next = this.row(b, at);
      } catch (e) {
        // A reference the scanner would refuse: it reads the row again and says so.
        if (!(e instanceof XmlError)) throw e;
        next = BAIL;
      }
      if (next < 0) return this.stop(next, at);
      at = next;
    }
  }

  private stop(outcome: number, at: number): number {
    this.outcome = outcome;
    return at;
  }

  /** A start tag's attributes, from just past its name: the position past its end, MORE or BAIL. */
  private tagRest(b: Uint8Array, at: number): number {
    const n = b.length;
    this.rStart = this.tStart = this.sStart = -1;
    for (;;) {
      while (at < n && isSpaceByte(b[at])) at++;
      if (at >= n) return MORE;
      const c = b[at];
      if (c === GT) {
        this.selfClosing = false;
        return at + 1;
      }
      if (c === SLASH) {
        if (at + 1 >= n) return MORE;
        if (b[at + 1] !== GT) return BAIL;
        this.selfClosing = true;
        return at + 2;
      }
      const nameStart = at;
      while (at < n) {
        const d = b[at];
        if (d === EQ || d === GT || d === SLASH || isSpaceByte(d)) break;
        at++;
      }
      const nameEnd = at;
      while (at < n && isSpaceByte(b[at])) at++;
      if (at >= n) return MORE;
      if (b[at] !== EQ) return BAIL;
      at++;
      while (at < n && isSpaceByte(b[at])) at++;
      if (at >= n) return MORE;
      const quote = b[at];
      if (quote !== QUOT && quote !== APOS) return BAIL;
      const close = b.indexOf(quote, at + 1);
      if (close < 0) return MORE;
      const length = nameEnd - nameStart;
      if (length === 1) {
        const name = b[nameStart];
        if (name === 114 && this.rStart < 0) {
          this.rStart = at + 1;
          this.rEnd = close;
        } else if (name === 116 && this.tStart < 0) {
          this.tStart = at + 1;
          this.tEnd = close;
        } else if (name === 115 && this.sStart < 0) {
          this.sStart = at + 1;
          this.sEnd = close;
        }
      } else if (
        length >= 5 &&
        b[nameStart] === 120 &&
        b[nameStart + 1] === 109 &&
        b[nameStart + 2] === 108 &&
        b[nameStart + 3] === 110 &&
        b[nameStart + 4] === 115 &&
        (length === 5 || b[nameStart + 5] === COLON)
      ) {
        // `xmlns`, `xmlns:p`: names below would mean something else.
        return BAIL;
      }
      at = close + 1;
    }
  }

  /** Text from `at` to the next `<`: its end (MORE when none); `escaped` says whether it needs decoding. */
  private textEnd(b: Uint8Array, at: number): number {
    const n = b.length;
    let escaped = false;
    for (; at < n; at++) {
      const c = b[at];
      if (c === LT) {
        this.escaped = escaped;
        return at;
      }
      if (c === AMP || c === CR) escaped = true;
    }
    return MORE;
  }

  /** Text as the scanner gives it: UTF-8, line ends normalised, references decoded (a bad one throws XmlError). */
  private text(b: Uint8Array, start: number, end: number, escaped: boolean): string {
    const raw = UTF8.decode(b.subarray(start, end));
    return escaped ? decodeText(raw) : raw;
  }

  /** One row from its `<`: its cells kept when it ends; the position past it, MORE or BAIL. */
  private row(b: Uint8Array, at: number): number {
    const { handler } = this;
    const n = b.length;
    let p = this.tagRest(b, at + 4);
    if (p < 0) return p;
    const r = this.rStart < 0 ? NaN : simpleNumberBytes(b, this.rStart, this.rEnd);
    const rowIndex = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r - 1 : handler.lastRow + 1;
    if (this.selfClosing) {
      handler.lastRow = rowIndex;
      return p;
    }
    const { pendingRows, pendingCols, pendingValues } = this;
    pendingRows.length = 0;
    pendingCols.length = 0;
    pendingValues.length = 0;
    const { scratch } = this;
    // A row left unfinished (MORE, BAIL) may have left cells here.
    for (let c = 0; c <= this.scratchEnd; c++) scratch[c] = undefined as unknown as CellValue;
    this.scratchEnd = -1;
    let col = -1;
    for (;;) {
      while (p < n && isSpaceByte(b[p])) p++;
      if (p + 6 > n) return MORE;
      if (b[p] !== LT) return BAIL;
      if (b[p + 1] === SLASH) {
        if (b[p + 2] !== 114 || b[p + 3] !== 111 || b[p + 4] !== 119 || b[p + 5] !== GT) return BAIL;
        const { values } = handler;
        if (this.scratchEnd >= 0) {
          // A cell not written is undefined here rather than a hole: `finish` makes either a null.
          const existing = values[rowIndex];
          if (existing === undefined) values[rowIndex] = scratch.slice(0, this.scratchEnd + 1);
          else for (let c = 0; c <= this.scratchEnd; c++) if (scratch[c] !== undefined) existing[c] = scratch[c];
        }
        for (let i = 0; i < pendingRows.length; i++) (values[pendingRows[i]] ??= [])[pendingCols[i]] = pendingValues[i];
        handler.lastRow = rowIndex;
        return p + 6;
      }
      if (b[p + 1] !== 99 || !endsName(b[p + 2])) return BAIL;
      p = this.tagRest(b, p + 2);
      if (p < 0) return p;
      // Where the cell is: its `r` (`B12`: letters a column, digits a row), else the next column of the row.
      let cellRow = rowIndex;
      let cellCol = col + 1;
      if (this.rStart >= 0) {
        let letters = 0;
        let number = 0;
        let i = this.rStart;
        const end = this.rEnd;
        for (; i < end; i++) {
          const c = b[i] | 32;
          if (c < 97 || c > 122) break;
          letters = letters * 26 + (c - 96);
        }
        const digitsFrom = i;
        for (; i < end; i++) {
          const c = b[i];
          if (c < 48 || c > 57) break;
          number = number * 10 + (c - 48);
        }
        if (i === end && digitsFrom > this.rStart && digitsFrom - this.rStart <= 3 && i > digitsFrom && number >= 1 && number <= 1_048_576 && letters <= 16_384) {
          cellRow = number - 1;
          cellCol = letters - 1;
        }
      }
      col = cellCol;
      if (this.selfClosing) continue; // no value: nothing to keep
      const type = this.tStart >= 0 && this.tEnd > this.tStart ? b[this.tStart] : 0;
      const typeLength = this.tEnd - this.tStart;
      const style = this.sStart < 0 ? 0 : simpleNumberBytes(b, this.sStart, this.sEnd);
      p = this.cellContent(b, p);
      if (p < 0) return p;
      const value = this.cellValue(b, type, typeLength, style >= 0 ? style : 0);
      if (value === null) continue;
      // Cells of other rows keep their order among themselves; they never touch this row's array.
      if (cellRow === rowIndex) {
        scratch[cellCol] = value;
        if (cellCol > this.scratchEnd) this.scratchEnd = cellCol;
      }
      else {
        pendingRows.push(cellRow);
        pendingCols.push(cellCol);
        pendingValues.push(value);
      }
    }
  }

  /** A cell's children after its start tag, up to and past `</c>`: MORE or BAIL else. */
  private cellContent(b: Uint8Array, p: number): number {
    const n = b.length;
    this.formula = false;
    this.hasValue = false;
    this.vStart = -1;
    this.vEnd = -1;
    this.inline = null;
    for (;;) {
      while (p < n && isSpaceByte(b[p])) p++;
      if (p + 4 > n) return MORE;
      if (b[p] !== LT) return BAIL;
      const c1 = b[p + 1];
      if (c1 === SLASH) {
        if (b[p + 2] !== 99 || b[p + 3] !== GT) return BAIL;
        return p + 4;
      }
      if (c1 === 118) {
        // <v>text</v> or <v/>; a later one replaces an earlier, as in the scanner's path.
        this.hasValue = true;
        this.vStart = -1;
        this.vEnd = -1;
        if (b[p + 2] === SLASH && b[p + 3] === GT) {
          p += 4;
          continue;
        }
        if (b[p + 2] !== GT) return BAIL;
        const end = this.textEnd(b, p + 3);
        if (end < 0 || end + 4 > n) return MORE;
        if (b[end + 1] !== SLASH || b[end + 2] !== 118 || b[end + 3] !== GT) return BAIL;
        if (end > p + 3) {
          this.vStart = p + 3;
          this.vEnd = end;
          this.vEscaped = this.escaped;
        }
        p = end + 4;
      } else if (c1 === 102 && endsName(b[p + 2])) {
        // A formula: its text is never read, only that there is one.
        this.formula = true;
        p = this.tagRest(b, p + 2);
        if (p < 0) return p;
        if (this.selfClosing) continue;
        const end = b.indexOf(LT, p);
        if (end < 0 || end + 4 > n) return MORE;
        if (b[end + 1] !== SLASH || b[end + 2] !== 102 || b[end + 3] !== GT) return BAIL;
        p = end + 4;
      } else if (c1 === 105 && b[p + 2] === 115 && endsName(b[p + 3])) {
        p = this.inlineString(b, p + 3);
        if (p < 0) return p;
      } else return BAIL;
    }
  }

  /** `<is>` with at most one `<t>` (rich text runs are the scanner's), from just past `<is`: past `</is>`. */
  private inlineString(b: Uint8Array, p: number): number {
    const n = b.length;
    this.inline = '';
    if (b[p] === SLASH) {
      if (p + 1 >= n) return MORE;
      return b[p + 1] === GT ? p + 2 : BAIL;
    }
    if (b[p] !== GT) return BAIL;
    p++;
    let texts = 0;
    for (;;) {
      while (p < n && isSpaceByte(b[p])) p++;
      if (p + 5 > n) return MORE;
      if (b[p] !== LT) return BAIL;
      if (b[p + 1] === SLASH) {
        if (b[p + 2] !== 105 || b[p + 3] !== 115 || b[p + 4] !== GT) return BAIL;
        return p + 5;
      }
      if (b[p + 1] !== 116 || !endsName(b[p + 2]) || texts++ > 0) return BAIL;
      p = this.tagRest(b, p + 2);
      if (p < 0) return p;
      if (this.selfClosing) continue;
      const end = this.textEnd(b, p);
      if (end < 0 || end + 4 > n) return MORE;
      if (b[end + 1] !== SLASH || b[end + 2] !== 116 || b[end + 3] !== GT) return BAIL;
      this.inline = this.text(b, p, end, this.escaped);
      p = end + 4;
    }
  }

  /** The value as text, decoded. */
  private valueString(b: Uint8Array): string {
    return this.vStart < 0 ? '' : this.text(b, this.vStart, this.vEnd, this.vEscaped);
  }

  /** WorksheetHandler.cellValue, over the bytes. */
  private cellValue(b: Uint8Array, type: number, typeLength: number, style: number): CellValue {
    // s, str (3 letters), inlineStr (9), b, e, d; anything else is a number.
    const kind = type === 0 ? 'n' : type === 115 ? (typeLength === 1 ? 's' : 'str') : type === 105 ? 'inlineStr' : type === 98 ? 'b' : type === 101 ? 'e' : type === 100 ? 'd' : 'n';
    const present = this.hasValue && this.vStart >= 0;
    if (this.formula) {
      // A formula's value is what the file cached; an empty one is no value unless it is text.
      if (!this.hasValue || (!present && kind !== 'str')) return { error: NO_CACHED_VALUE };
    }
    switch (kind) {
      case 's': {
        if (!present) return null;
        const index = this.vEscaped ? Number(this.valueString(b)) : simpleNumberBytes(b, this.vStart, this.vEnd);
        const text = this.context.strings[index];
        return text === undefined ? null : text;
      }
      case 'str':
        return this.hasValue ? decodeOoxmlEscapes(this.valueString(b)) : null;
      case 'inlineStr':
        if (this.inline !== null) return decodeOoxmlEscapes(this.inline);
        return this.hasValue ? decodeOoxmlEscapes(this.valueString(b)) : null;
      case 'b': {
        if (!present) return null;
        const v = this.valueString(b).trim().toLowerCase();
        return v === '1' || v === 'true';
      }
      case 'e':
        return present ? { error: this.valueString(b).trim() } : null;
      case 'd':
        return present ? (isoToSerialNumber(this.valueString(b)) ?? this.valueString(b)) : null;
      default: {
        if (!present) return null;
        let n = this.vEscaped ? NaN : simpleNumberBytes(b, this.vStart, this.vEnd);
        if (Number.isNaN(n)) {
          const text = this.valueString(b);
          n = Number(text);
          if (Number.isNaN(n)) n = parseFloat(text);
          if (Number.isNaN(n)) return text;
        }
        const { date1904, dateStyles } = this.context;
        if (date1904 && dateStyles[style]) n += DAYS_1904_TO_1900;
        return n;
      }
    }
  }
}

/**
 * How far the byte path reads a sheetData's content by itself, for the tests that show a shape is read from
 * the bytes or left to the scanner: `end` (it reached `</sheetData>`), `more` (the bytes end inside a row) or
 * `scanner` (the unit at `stop` is the scanner's).
 */
export function sheetDataByBytes(content: Uint8Array, strings: readonly string[] = []): { stop: number; outcome: 'end' | 'more' | 'scanner' } {
  const context: SheetContext = { strings, dateStyles: [], date1904: false };
  const rows = new SheetDataBytes(new WorksheetHandler(context), context);
  const stop = rows.scan(content, 0);
  return { stop, outcome: rows.outcome === MORE ? 'more' : rows.outcome === BAIL ? 'scanner' : 'end' };
}

/** A row longer than this, cut off at the end of a piece, is left to the scanner rather than joined again and again. */
const MAX_HELD_BYTES = 4 * 1024 * 1024;

function joined(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Where the first `</row>` ends in the bytes, or -1. */
function afterRowEnd(b: Uint8Array): number {
  for (let at = b.indexOf(LT); at >= 0; at = b.indexOf(LT, at + 1)) {
    if (b[at + 1] === SLASH && b[at + 2] === 114 && b[at + 3] === 111 && b[at + 4] === 119 && b[at + 5] === GT) return at + 6;
  }
  return -1;
}

/** Where `<sheetData>` starts in the bytes, or -1. */
function sheetDataOpen(b: Uint8Array): number {
  for (let at = b.indexOf(LT); at >= 0; at = b.indexOf(LT, at + 1)) if (bytesAt(b, at, SHEET_DATA_OPEN)) return at;
  return -1;
}

/**
 * Whether the scan has just read `<sheetData>` as the worksheet's sheetData, unprefixed names in it being
 * SpreadsheetML's: then the byte path may read its rows.
 */
function atSheetDataRows(scan: StreamScan, handler: WorksheetHandler): boolean {
  const { s } = scan;
  return (
    scan.last === Token.Open &&
    s.depth === 2 &&
    s.end === s.text.length &&
    !s.selfClosing &&
    s.is('sheetData') &&
    s.localStart === s.nameStart &&
    handler.isWorksheet &&
    handler.inSheetData &&
    s.lookup('') === handler.main
  );
}

/**
 * One worksheet part, streamed as it inflates: up to `<sheetData>` through the scanner, the rows from their
 * bytes (SheetDataBytes), and from `</sheetData>` on (or from a row the byte path leaves) through the scanner
 * again, with the same handler. `fromBytes` false reads it all through the scanner (the tests compare the two).
 */
async function readWorksheet(pkg: OoxmlPackage, path: string, handler: WorksheetHandler, context: SheetContext, fromBytes: boolean): Promise<void> {
  if (!fromBytes) return scanStream(pkg, path, handler);
  const scan = new StreamScan(handler);
  const rows = new SheetDataBytes(handler, context);
  let decoder: TextDecoder | null = null;
  const SEEK = 0;
  const ROWS = 1;
  const SCANNER = 2;
  let mode = SEEK;
  // Bytes kept for the next piece: while seeking, the end of a piece where `<sheetData>` may begin; while on
  // rows, the row cut off at the end, with the pieces that came since. A cut-off row is read again only once
  // the bytes kept have doubled, so a long row in small pieces costs its length a few times, not its square.
  let held: Uint8Array[] = [];
  let heldLength = 0;
  let readAgainAt = 0;
  const take = (): Uint8Array => {
    const b = held.length === 1 ? held[0] : joined(held, heldLength);
    held = [];
    heldLength = 0;
    return b;
  };
  const hold = (b: Uint8Array) => {
    held.push(b);
    heldLength += b.length;
  };
  const toScanner = (bytes: Uint8Array) => {
    if (bytes.length > 0) scan.feed((decoder as TextDecoder).decode(bytes, { stream: true }), false);
  };
  /** Rows from `from` on; a row cut off at the end is held, anything else goes to the scanner. */
  const rowsFrom = (b: Uint8Array, from: number) => {
    const stop = rows.scan(b, from);
    if (rows.outcome === MORE && b.length - stop <= MAX_HELD_BYTES) {
      hold(b.subarray(stop));
      readAgainAt = 2 * heldLength;
    } else {
      mode = SCANNER;
      toScanner(b.subarray(stop));
    }
  };
  const rowsPiece = (chunk: Uint8Array) => {
    if (heldLength === 0) return rowsFrom(chunk, 0);
    hold(chunk);
    if (heldLength < readAgainAt) return;
    // The row cut off at the end of the last piece most often ends early in this one: it is read from a short
    // join of the two, and the rest of this piece where it lies, rather than from a copy of the whole piece.
    const rowEnd = held.length === 2 ? afterRowEnd(chunk) : -1;
    if (rowEnd < 0) return rowsFrom(take(), 0);
    const tail = held[0];
    held = [];
    heldLength = 0;
    const joint = joined([tail, chunk.subarray(0, rowEnd)], tail.length + rowEnd);
    const stop = rows.scan(joint, 0);
    if (rows.outcome === MORE && stop >= tail.length) return rowsFrom(chunk, stop - tail.length);
    if (rows.outcome === MORE) return rowsFrom(joined([joint.subarray(stop), chunk.subarray(rowEnd)], joint.length - stop + chunk.length - rowEnd), 0);
    mode = SCANNER;
    toScanner(joint.subarray(stop));
    toScanner(chunk.subarray(rowEnd));
  };
  await withXmlErrors(pkg, path, async () => {
    await pkg.streamBytes(path, (chunk) => {
      decoder ??= decoderFor(chunk);
      if (mode === SCANNER) return toScanner(chunk);
      if (mode === ROWS) return rowsPiece(chunk);
      hold(chunk);
      let b = take();
      // Only UTF-8 is read from its bytes (a part in UTF-16 is the scanner's).
      if (decoder.encoding !== 'utf-8') {
        mode = SCANNER;
        return toScanner(b);
      }
      const at = sheetDataOpen(b);
      if (at < 0) {
        const keep = Math.max(0, b.length - (SHEET_DATA_OPEN.length - 1));
        toScanner(b.subarray(0, keep));
        hold(b.subarray(keep));
        return;
      }
      const from = at + SHEET_DATA_OPEN.length;
      toScanner(b.subarray(0, from));
      b = b.subarray(from);
      if (!atSheetDataRows(scan, handler)) {
        mode = SCANNER;
        return toScanner(b);
      }
      mode = ROWS;
      rowsFrom(b, 0);
    });
    // What is left (a row cut off: the part ends inside it) the scanner reads, and says what is wrong with it.
    if (heldLength > 0) toScanner(take());
    scan.feed(decoder ? (decoder as TextDecoder).decode() : '', true);
  });
}

/** A sheet of the workbook part, with where its relationship leads. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  visibility: SheetVisibility;
  /** The part it points to (as stored in the zip), null when there is none. */
  part: string | null;
  /** Where its relationship points, whether or not a part is there (for messages). */
  target: string;
  /** `worksheet`, `chartsheet`, `dialogsheet` … (the relationship's kind), null when unknown. */
  kind: string | null;
}

export interface WorkbookInfo {
  path: string;
  flavour: Flavour;
  date1904: boolean;
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
}

/** The workbook part: its flavour, date system and sheets, with the parts they lead to. */
export async function readWorkbookInfo(pkg: OoxmlPackage): Promise<WorkbookInfo> {
  const path = (await pkg.workbookPart()) ?? pkg.find('xl/workbook.xml');
  if (!path) throw new MessageError('file.notWorkbook', { file: pkg.fileName });
  let flavour: Flavour | null = null;
  let date1904 = false;
  const listed: Omit<SheetEntry, 'part' | 'kind' | 'target'>[] = [];
  await pkg.scan(path, (s, t) => {
    if (t !== Token.Open) return;
    if (s.depth === 1) flavour = s.is('workbook') ? flavourOf(s.uri()) : null;
    if (!flavour || s.uri() !== flavour.main) return;
    if (s.depth === 2 && s.is('workbookPr')) date1904 = ['1', 'true'].includes((s.attr('date1904') ?? '').trim());
    else if (s.depth === 3 && s.is('sheet')) {
      const state = s.attr('state');
      listed.push({
        name: s.attr('name') ?? '',
        sheetId: Number(s.attr('sheetId')),
        relId: s.attrNS(flavour.relationships, 'id') ?? s.attrNS(flavour === STRICT ? TRANSITIONAL.relationships : STRICT.relationships, 'id') ?? '',
        visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      });
    }
  });
  const found = flavour as Flavour | null;
  if (!found) throw new MessageError('file.notWorkbook', { file: pkg.fileName });
  const rels = await pkg.relationships(path);
  const target = (kind: string) => {
    const rel = rels.find((r) => relationshipKind(r.type) === kind && !r.external);
    return rel ? pkg.find(resolveTarget(path, rel.target)) : null;
  };
  const sheets = listed.map((sheet) => {
    const rel = rels.find((r) => r.id === sheet.relId && !r.external);
    const target = rel ? resolveTarget(path, rel.target) : '';
    return { ...sheet, kind: rel ? relationshipKind(rel.type) : null, part: rel ? pkg.find(target) : null, target };
  });
  return { path, flavour: found, date1904, sheets, sharedStrings: target(REL.sharedStrings), styles: target(REL.styles) };
}

/** Every worksheet as plain values, in the workbook's order (chart sheets and dialog sheets have no cells). */
export async function readWorkbookSheets(pkg: OoxmlPackage, info?: WorkbookInfo, fromBytes = true): Promise<SheetData[]> {
  pkg.newReading();
  const wb = info ?? (await readWorkbookInfo(pkg));
  const strings = wb.sharedStrings ? await readSharedStrings(pkg, wb.sharedStrings) : [];
  const dateStyles = wb.styles ? await readDateStyles(pkg, wb.styles) : [];
  const context: SheetContext = { strings, dateStyles, date1904: wb.date1904 };
  const out: SheetData[] = [];
  for (const sheet of wb.sheets) {
    if (sheet.kind !== null && sheet.kind !== REL.worksheet) continue;
    if (!sheet.part) throw new MessageError('file.missingPart', { file: pkg.fileName, sheet: sheet.name, part: sheet.target || sheet.relId || '?' });
    const handler = new WorksheetHandler(context);
    await readWorksheet(pkg, sheet.part, handler, context, fromBytes);
    if (!handler.isWorksheet) throw new MessageError('file.missingPart', { file: pkg.fileName, sheet: sheet.name, part: sheet.part });
    out.push({ name: sheet.name, values: handler.finish(), visibility: sheet.visibility });
  }
  return out;
}
