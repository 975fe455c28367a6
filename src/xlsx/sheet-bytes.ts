import { CellValue, NO_CACHED_VALUE } from '../core/cells';
import { OoxmlPackage, decoderFor } from './package';
import { Token, XmlError, decodeText } from './xml-scan';
import {
  DAYS_1904_TO_1900,
  cellKind,
  POWERS_OF_TEN,
  SheetContext,
  StreamScan,
  WorksheetHandler,
  decodeOoxmlEscapes,
  isoToSerialNumber,
  scanStream,
  withXmlErrors,
} from './sheet-scan';

/**
 * A worksheet's rows read straight from the inflated bytes (SheetDataBytes), the rest of the part and any row
 * of unusual shape through the scanner of sheet-scan.ts, with the same handler: the same values either way.
 */

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
  // The row's number cells with a format other than General, kept with its cells when the row ends.
  private readonly formatRows: number[] = [];
  private readonly formatCols: number[] = [];
  private readonly formatCodes: string[] = [];

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
    const { formatRows, formatCols, formatCodes } = this;
    formatRows.length = 0;
    formatCols.length = 0;
    formatCodes.length = 0;
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
        for (let i = 0; i < formatRows.length; i++) handler.formats.add(formatRows[i], formatCols[i], formatCodes[i]);
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
        if (
          i === end &&
          digitsFrom > this.rStart &&
          digitsFrom - this.rStart <= 3 &&
          i > digitsFrom &&
          number >= 1 &&
          number <= 1_048_576 &&
          letters <= 16_384
        ) {
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
      if (typeof value === 'number') {
        const format = this.context.numberFormats[style >= 0 ? style : 0];
        if (format) {
          formatRows.push(cellRow);
          formatCols.push(cellCol);
          formatCodes.push(format);
        }
      }
      // Cells of other rows keep their order among themselves; they never touch this row's array.
      if (cellRow === rowIndex) {
        scratch[cellCol] = value;
        if (cellCol > this.scratchEnd) this.scratchEnd = cellCol;
      } else {
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
    const kind = cellKind(type, typeLength);
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
  const context: SheetContext = { strings, dateStyles: [], numberFormats: [], date1904: false };
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
export async function readWorksheet(pkg: OoxmlPackage, path: string, handler: WorksheetHandler, context: SheetContext, fromBytes: boolean): Promise<void> {
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
