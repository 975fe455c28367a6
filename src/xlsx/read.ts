import { CellValue, NO_CACHED_VALUE, SheetData, SheetVisibility } from '../core/cells';
import { MessageError } from '../core/message-error';
import { STRICT, TRANSITIONAL, Flavour, flavourOf, isMain, relationshipKind } from './namespaces';
import { OoxmlPackage, REL, resolveTarget } from './package';
import { Token, XmlError, XmlScanner } from './xml-scan';

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

async function scanStream(pkg: OoxmlPackage, path: string, handler: StreamHandler): Promise<void> {
  const s = new XmlScanner('', false);
  let safe = s.mark();
  try {
    await pkg.streamText(path, (text, final) => {
      const keep = safe.pos;
      s.feed(text, keep, final);
      s.restore(safe, keep);
      handler.rollback();
      safe = s.mark();
      for (;;) {
        const t = s.next();
        if (t === Token.More || t === Token.End) break;
        handler.token(s, t);
        if (handler.settled()) safe = s.mark();
      }
    });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // Text that is no XML may be a damaged zip entry: then say that.
    if (e.reason !== 'dtd' && !(await pkg.intact(path))) throw new MessageError('file.damagedPart', { file: pkg.fileName, part: path });
    throw new MessageError(e.reason === 'dtd' ? 'file.dtd' : 'file.badXml', { file: pkg.fileName, part: path });
  }
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
  private main = '';
  private inSheetData = false;
  private inMerges = false;
  private inRow = false;
  private rowIndex = -1;
  private lastRow = -1;
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
export async function readWorkbookSheets(pkg: OoxmlPackage, info?: WorkbookInfo): Promise<SheetData[]> {
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
    await scanStream(pkg, sheet.part, handler);
    if (!handler.isWorksheet) throw new MessageError('file.missingPart', { file: pkg.fileName, sheet: sheet.name, part: sheet.part });
    out.push({ name: sheet.name, values: handler.finish(), visibility: sheet.visibility });
  }
  return out;
}
