import { columnLetter } from '../core/cells';
import { writeDigits, writeSmallDigits } from '../core/render/byte-sink';
import { MAX_NUMBER_BYTES, writeNumber } from './ascii-sink';
import { XmlTextSink } from './xml-text-sink';
import { PieceCodec, crc32Combine } from './codec';
import { SharedStrings } from './shared-strings';
import { Flavour, TRANSITIONAL } from './namespaces';
import { XML_DECLARATION, escapeXml } from './xml';

export type CellContent = string | number | null;

/** A conditional format: where, the test (for the range's top-left cell), and the highlight's dxf index. */
export interface ConditionalFormat {
  ref: string;
  formula: string;
  dxfId: number;
}

/** Everything of a worksheet but its cells. */
export interface WorksheetFrame {
  tabColor?: string;
  /** Column widths in characters, from column A. */
  widths: readonly number[];
  /** The format of each column's empty cells (what a value typed there later gets). */
  columnStyles?: readonly number[];
  /** Rows kept in view above the scrolling pane. */
  frozenRows?: number;
  /** Cells merged into one (`A2:J2`). */
  merges?: readonly string[];
  conditional?: readonly ConditionalFormat[];
  /** Links to a place in the workbook: the cell, where it goes (`'Målområden'!B6`) and the text it shows. */
  hyperlinks?: readonly { ref: string; location: string; display: string }[];
  /** Rows are grouped in an outline whose summary rows stand above their details. */
  outline?: boolean;
  /** A4 landscape: fit to one page, to one page wide, or print at full size; the header and footer in Excel's codes. */
  print?: { fit: 'page' | 'width' | 'none'; scale?: number; header: string; footer: string };
  /** The relationship ids of the sheet's table part and drawing part. */
  tableRelId?: string;
  drawingRelId?: string;
}

/** The most characters a cell holds in Excel. */
export const MAX_CELL_CHARS = 32767;

/** Text cut to what a cell holds, ending in an ellipsis (the core cuts with a worded mark first; this is the last guard). */
function fitCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let keep = MAX_CELL_CHARS - 1;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}\u2026`;
}

/** Room for what ends a cell and a row (`</v></c></row>`) after a cell's value, and to spare. */
const CELL_ROOM = 64;

/** Rows are handed to early compression in pieces of about this size: a few jobs for zlib's threads per large sheet. */
const PIECE_BYTES = 4 * 1024 * 1024;
/** Memory a piece is written in: a piece, and room for the row that takes it past PIECE_BYTES. */
const PIECE_MEMORY = PIECE_BYTES + 512 * 1024;
/** Pieces being compressed at once before the writer waits for the oldest (write.ts awaits `settle`). */
const PIECES_IN_FLIGHT = 3;

/**
 * The rows of a large sheet handed to compression a piece at a time as they are written, each piece's memory
 * given back once it is compressed: a 100 000-row sheet is written in a few pieces' worth of memory, not in
 * 40 MB touched fresh (on a virtual machine a new page costs more than writing it). The part's CRC is
 * computed piece by piece as they go.
 */
class PieceStream {
  /** The pieces' raw deflate, in order. */
  readonly compressed: Promise<Uint8Array>[] = [];
  /** For each piece being compressed, oldest first: settles when its memory is free again. */
  private readonly inFlight: Promise<void>[] = [];
  private readonly free: Uint8Array[] = [];
  /** CRC and length of the bytes handed so far. */
  crc = 0;
  size = 0;

  constructor(readonly codec: PieceCodec) {}

  /** A piece to compress; `memory` (what it lies in) is written again only once the piece is compressed. */
  send(piece: Uint8Array, memory: Uint8Array): void {
    this.crc = this.codec.crc32(piece, this.crc);
    this.size += piece.length;
    const done = this.codec.deflatePiece(piece, false);
    this.compressed.push(done);
    // A failure is reported where the pieces are awaited (finishPart's promise); here it only frees nothing.
    this.inFlight.push(
      done.then(
        () => void this.free.push(memory),
        () => undefined,
      ),
    );
  }

  /** Memory to write the next piece in, of at least `least` bytes: a compressed piece's if one is free. */
  memory(least: number): Uint8Array {
    const i = this.free.findIndex((m) => m.length >= least);
    return i >= 0 ? this.free.splice(i, 1)[0] : new Uint8Array(Math.max(least, PIECE_MEMORY));
  }

  /** Whether as many pieces are being compressed as should be at once. */
  busy(): boolean {
    return this.inFlight.length >= PIECES_IN_FLIGHT;
  }

  /** Waits for the oldest piece being compressed, so that its memory can be written again. */
  async settle(): Promise<void> {
    await this.inFlight.shift();
  }
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const ROW_START = ascii('<row r="');
const ROW_START_END = ascii('">');
const ROW_END = ascii('</row>');
/** A row's last cell ends with the row: a value's, or an inline string's. */
const CELL_ROW_END = ascii('</v></c></row>');
const INLINE_ROW_END = ascii('</t></is></c></row>');

/** What stands before a cell in its row: nothing (the row's first), a cell with a value, or one with an inline string. */
type Before = 0 | 1 | 2;
const FIRST = 0;
const AFTER_VALUE = 1;
const AFTER_INLINE = 2;

/**
 * Room left at the start of the rows for the part's head (declaration, sheet properties, dimension, views,
 * column widths), which is known only when the rows are: written there at the end, the head and the rows are
 * one array with no copy. A head that does not fit (hundreds of columns) goes in front as an array of its own.
 */
const HEAD_ROOM = 16 * 1024;

/** About the bytes a row and a cell take, a little more than most: the first chunk is made this large, so a sheet is one chunk. */
const ROW_BYTES = 64;
const CELL_BYTES = 48;
const MIN_CHUNK = 64 * 1024;
/** The largest first chunk (pages of it never written are never given memory); a larger sheet goes on in more. */
const MAX_CHUNK = 512 * 1024 * 1024;

/**
 * The rows of a worksheet as bytes. A cell is four pieces: its start up to the row number (`<c r="B`, one per
 * column, with the end of the cell before it, `</v></c>`, in front unless it is the row's first), the row
 * number (written once per row), what follows it up to the value (`" s="4" t="s"><v>`, one per format and
 * kind), and the value; each piece encoded once and copied, with one check for room per cell. The last
 * cell's end goes with the row's.
 */
class SheetBody extends XmlTextSink {
  /** The current row's number, as bytes. */
  private readonly rowDigits = new Uint8Array(16);
  private rowLength = 0;
  /** Per outline level: the end of a row's start tag (`" outlineLevel="1">`), most rows of a detail sheet. */
  private readonly outlineEnds: Uint8Array[] = [];

  /** Where the rows not yet handed to compression begin in the memory being written. */
  private pieceStart = HEAD_ROOM;
  /** Whether rows have been handed to `stream`: the head then goes in a piece of its own. */
  streaming = false;

  /** `stream`: where pieces of rows go as they are written (a large sheet), or null to keep every byte. */
  constructor(
    chunkSize: number,
    readonly stream: PieceStream | null,
  ) {
    super(chunkSize);
    this.length = HEAD_ROOM;
  }

  /** Bytes of rows written since the last piece was handed out. */
  unhanded(): number {
    return this.length - this.pieceStart;
  }

  /** The rows written since the last piece to the stream, never written again; writing goes on in memory the stream gives. */
  handOut(least = 0): void {
    const stream = this.stream!;
    if (this.unhanded() > 0) {
      stream.send(this.buffer.subarray(this.pieceStart, this.length), this.buffer);
      this.streaming = true;
    }
    this.buffer = stream.memory(least);
    this.length = 0;
    this.pieceStart = 0;
  }

  /** Streaming, a write longer than the room left ends the piece where it stands (a piece is any run of bytes). */
  protected override reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    if (this.stream) this.handOut(n);
    else super.reserve(n);
  }

  /**
   * A streamed part: the head as a piece of its own in front, the pieces handed, and the rest of the rows with
   * the tail as the last; its CRC from the head's and the rows' (kept as they went), its bytes not kept.
   */
  streamedPart(head: Uint8Array, tail: Uint8Array): { compressed: Promise<Uint8Array[]>; crc: number; size: number } {
    const stream = this.stream!;
    this.raw(tail);
    const rest = this.buffer.subarray(this.pieceStart, this.length);
    const { codec } = stream;
    const restCrc = codec.crc32(rest, stream.crc);
    const restSize = stream.size + rest.length;
    return {
      compressed: Promise.all([codec.deflatePiece(head, false), ...stream.compressed, codec.deflatePiece(rest, true)]),
      crc: crc32Combine(codec.crc32(head), restCrc, restSize),
      size: head.length + restSize,
    };
  }

  /**
   * The part: the head written into the room before the rows (or in front of them when it does not fit), the
   * rows, and the tail after them; one array when the sheet was no larger than its first chunk.
   */
  part(head: Uint8Array, tail: Uint8Array): Uint8Array[] {
    this.raw(tail);
    const chunks = this.chunks();
    const first = chunks[0];
    if (head.length > HEAD_ROOM) {
      chunks[0] = first.subarray(HEAD_ROOM);
      return [head, ...chunks];
    }
    first.set(head, HEAD_ROOM - head.length);
    chunks[0] = first.subarray(HEAD_ROOM - head.length);
    return chunks;
  }

  startRow(n: number, height: number | undefined, outlineLevel: number | undefined): void {
    this.rowLength = writeDigits(this.rowDigits, 0, n);
    this.raw(ROW_START);
    this.raw(this.rowDigits.subarray(0, this.rowLength));
    if (height) this.ascii(`" ht="${height}"${outlineLevel ? ` outlineLevel="${outlineLevel}"` : ''}>`);
    else if (outlineLevel) this.raw((this.outlineEnds[outlineLevel] ??= ascii(`" outlineLevel="${outlineLevel}">`)));
    else this.raw(ROW_START_END);
  }

  /** The end of the current row: after its last cell's value or inline string, or after its start when it has no cells. */
  endRow(before: Before): void {
    this.raw(before === AFTER_VALUE ? CELL_ROW_END : before === AFTER_INLINE ? INLINE_ROW_END : ROW_END);
  }

  /** A cell of the current row with its text written in it (`t="inlineStr"`): `attributes` ends with `<is><t`. */
  inlineCell(start: Uint8Array, attributes: Uint8Array, text: string): void {
    this.length = this.cellHead(start, attributes, 0);
    this.textElement(text);
  }

  /** A cell of the current row: a number, or the index of a shared string. */
  cell(start: Uint8Array, attributes: Uint8Array, value: number, isNumber: boolean): void {
    const at = this.cellHead(start, attributes, MAX_NUMBER_BYTES + CELL_ROOM);
    // A string's index is far below 2^31 (a table that large would not fit in memory).
    this.length = isNumber ? writeNumber(this.buffer, at, value) : writeSmallDigits(this.buffer, at, value);
  }

  /** A cell's start, row number and attributes, with room for `more` bytes after them; where they end. */
  private cellHead(start: Uint8Array, attributes: Uint8Array, more: number): number {
    this.reserve(start.length + this.rowLength + attributes.length + more);
    const b = this.buffer;
    let at = this.length;
    for (let i = 0; i < start.length; i++) b[at++] = start[i];
    const digits = this.rowDigits;
    for (let i = 0; i < this.rowLength; i++) b[at++] = digits[i];
    for (let i = 0; i < attributes.length; i++) b[at++] = attributes[i];
    return at;
  }
}

/**
 * Writes one worksheet part row by row, as UTF-8 bytes. Strings go to the shared string table, as Excel
 * itself stores them; a cell with a value carries its format, an empty one has its column's.
 */
export class WorksheetWriter {
  private readonly body: SheetBody;
  private lastRow = 0;
  private lastColumn = 0;
  /**
   * Per column and what stands before it (Before): `<c r="B` (a row's first cell up to its row number),
   * `</v></c><c r="B` after a value, `</t></is></c><c r="B` after an inline string.
   */
  private starts: Uint8Array[][] = [[], [], []];
  /** Per format: what follows a number's row number up to its value (`" s="4"><v>`), a shared string's, an inline string's. */
  private numberAttributes: Uint8Array[] = [];
  private textAttributes: Uint8Array[] = [];
  private inlineAttributes: Uint8Array[] = [];
  /**
   * Per column: its texts are written in their cells rather than in the shared string table, for a column
   * whose every row has a text of its own (a cell reference per line of a ledger): a table entry for each
   * would cost a lookup, memory for all of them until the end, and the table's XML besides.
   */
  private inline: readonly boolean[] = [];
  /** Per column: the last string and its index, since a column often repeats one text row after row. */
  private lastText: (string | undefined)[] = [];
  private lastIndex: number[] = [];

  /**
   * `size`: about how many rows and columns the sheet will have, so that its bytes are made in one piece.
   * `pieces` (a codec's deflatePiece and crc32): rows are handed to it every PIECE_BYTES as they are written, so
   * that a large sheet is compressed on other threads while the rest of it is written, in memory used again
   * once a piece is compressed (see PieceStream), not all after (finishPart). A caller writing many rows awaits
   * `settle()` whenever `busy()` says so, so that the memory comes back.
   */
  constructor(
    private readonly strings: SharedStrings,
    private readonly flavour: Flavour = TRANSITIONAL,
    size: { rows: number; columns: number } = { rows: 0, columns: 0 },
    pieces: PieceCodec | null = null,
  ) {
    const expected = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, HEAD_ROOM + size.rows * (ROW_BYTES + size.columns * CELL_BYTES)));
    this.body = pieces ? new SheetBody(Math.min(expected, HEAD_ROOM + PIECE_MEMORY), new PieceStream(pieces)) : new SheetBody(expected, null);
  }

  /** Whether the writer should wait (`settle`) before the next rows, for memory to come back from compression. */
  busy(): boolean {
    return this.body.stream?.busy() ?? false;
  }

  settle(): Promise<void> {
    return this.body.stream?.settle() ?? Promise.resolve();
  }

  private stringIndex(c: number, text: string): number {
    if (this.lastText[c] === text) return this.lastIndex[c];
    const i = this.strings.index(text);
    this.lastText[c] = text;
    this.lastIndex[c] = i;
    return i;
  }

  private attributes(s: number, isNumber: boolean): Uint8Array {
    const known = isNumber ? this.numberAttributes : this.textAttributes;
    return (known[s] ??= ascii(`"${s ? ` s="${s}"` : ''}${isNumber ? '' : ' t="s"'}><v>`));
  }

  private inlineAttributesOf(s: number): Uint8Array {
    return (this.inlineAttributes[s] ??= ascii(`"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t`));
  }

  /** A cell's start: `<c r="B`, after the end of the cell before it in the row if there is one. */
  private start(c: number, before: Before): Uint8Array {
    return (this.starts[before][c] ??= ascii(
      `${before === AFTER_VALUE ? '</v></c>' : before === AFTER_INLINE ? '</t></is></c>' : ''}<c r="${columnLetter(c)}`,
    ));
  }

  /** The columns (by index, true) whose texts are written in their cells from now on, not in the shared string table. */
  inlineColumns(columns: readonly boolean[]): void {
    this.inline = columns;
  }

  /**
   * One row (zero-based), its cells from column A; `styles` is one format for all or one per cell; `height` in
   * points where its text wraps to more than one line (not marked custom: Excel and LibreOffice may fit it
   * again), `outlineLevel` 1 for a row folded under the one above.
   */
  row(r: number, values: readonly CellContent[], styles: number | readonly number[], options: { height?: number; outlineLevel?: number } = {}): void {
    const out = this.body;
    const n = r + 1;
    out.startRow(n, options.height, options.outlineLevel);
    const oneStyle = typeof styles === 'number';
    let before: Before = FIRST;
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      // An empty cell takes its column's format; writing it would only repeat that.
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        out.cell(this.start(c, before), this.attributes(oneStyle ? styles : styles[c], true), v, true);
        before = AFTER_VALUE;
      } else if (typeof v === 'string' && v !== '') {
        const text = v.length > MAX_CELL_CHARS ? fitCell(v) : v;
        const style = oneStyle ? styles : styles[c];
        if (this.inline[c]) {
          out.inlineCell(this.start(c, before), this.inlineAttributesOf(style), text);
          before = AFTER_INLINE;
        } else {
          out.cell(this.start(c, before), this.attributes(style, false), this.stringIndex(c, text), false);
          before = AFTER_VALUE;
        }
      }
    }
    out.endRow(before);
    if (out.stream && out.unhanded() >= PIECE_BYTES) out.handOut();
    if (n > this.lastRow) this.lastRow = n;
    if (values.length > this.lastColumn) this.lastColumn = values.length;
  }

  /**
   * The finished part: its bytes in chunks (finish), or, when rows were handed to compression as they were
   * written, no bytes but their raw deflate under way (the head on its own, the pieces handed, then the rest
   * with the tail, joined in order), with the part's CRC and size.
   */
  finishPart(frame: WorksheetFrame): { chunks: Uint8Array[]; compressed?: Promise<Uint8Array[]>; crc?: number; size?: number } {
    if (!this.body.streaming) return { chunks: this.finish(frame) };
    const { head, tail } = this.frameBytes(frame);
    return { chunks: [], ...this.body.streamedPart(head, tail) };
  }

  /** The finished part, in chunks: one, unless the sheet grew past the size it was made for (not for a streamed part). */
  finish(frame: WorksheetFrame): Uint8Array[] {
    if (this.body.streaming) throw new Error('a part handed to compression as it was written is finished by finishPart');
    const { head, tail } = this.frameBytes(frame);
    return this.body.part(head, tail);
  }

  /** The part's head (up to `<sheetData>`) and tail (after `</sheetData>`), as UTF-8. */
  private frameBytes(frame: WorksheetFrame): { head: Uint8Array; tail: Uint8Array } {
    const dimension = this.lastRow ? `A1:${columnLetter(Math.max(0, this.lastColumn - 1))}${this.lastRow}` : 'A1';
    let head = `${XML_DECLARATION}<worksheet xmlns="${this.flavour.main}" xmlns:r="${this.flavour.relationships}">`;
    const fit = frame.print && frame.print.fit !== 'none';
    const sheetPr = `${frame.tabColor ? `<tabColor rgb="${frame.tabColor}"/>` : ''}${frame.outline ? '<outlinePr summaryBelow="0"/>' : ''}${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
    if (sheetPr) head += `<sheetPr>${sheetPr}</sheetPr>`;
    head += `<dimension ref="${dimension}"/>`;
    const frozen = frame.frozenRows ?? 0;
    head += frozen
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    head += `<sheetFormatPr defaultRowHeight="15"${frame.outline ? ' outlineLevelRow="1"' : ''}/>`;
    const colStyle = (i: number) => (frame.columnStyles?.[i] ? ` style="${frame.columnStyles[i]}"` : '');
    if (frame.widths.length)
      head += `<cols>${frame.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${colStyle(i)} customWidth="1"/>`).join('')}</cols>`;
    head += '<sheetData>';
    let tail = '</sheetData>';
    if (frame.merges?.length) tail += `<mergeCells count="${frame.merges.length}">${frame.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
    (frame.conditional ?? []).forEach((cf, i) => {
      tail += `<conditionalFormatting sqref="${cf.ref}"><cfRule type="expression" dxfId="${cf.dxfId}" priority="${i + 1}"><formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`;
    });
    // Links within the workbook need no relationship: `location` is the place (ECMA-376 part 1, 18.3.1.47).
    if (frame.hyperlinks?.length)
      tail += `<hyperlinks>${frame.hyperlinks.map((h) => `<hyperlink ref="${h.ref}" location="${escapeXml(h.location)}" display="${escapeXml(fitCell(h.display))}"/>`).join('')}</hyperlinks>`;
    const print = frame.print;
    tail += print
      ? '<pageMargins left="0.4" right="0.4" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (print) {
      // A4 (paperSize 9), landscape; fitToHeight 0 means as many pages down as it takes.
      const fitTo = print.fit === 'page' ? ' fitToWidth="1" fitToHeight="1"' : print.fit === 'width' ? ' fitToWidth="1" fitToHeight="0"' : '';
      tail += `<pageSetup paperSize="9"${print.scale ? ` scale="${print.scale}"` : ''}${fitTo} orientation="landscape"/>`;
      if (print.header || print.footer)
        tail += `<headerFooter>${print.header ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : ''}${print.footer ? `<oddFooter>${escapeXml(print.footer)}</oddFooter>` : ''}</headerFooter>`;
    }
    if (frame.drawingRelId) tail += `<drawing r:id="${frame.drawingRelId}"/>`;
    if (frame.tableRelId) tail += `<tableParts count="1"><tablePart r:id="${frame.tableRelId}"/></tableParts>`;
    tail += '</worksheet>';
    const encoder = new TextEncoder();
    return { head: encoder.encode(head), tail: encoder.encode(tail) };
  }
}

/** A table part: an Excel table over `ref` whose first row holds the column names. */
export function tableXml(id: number, name: string, ref: string, columns: readonly string[], flavour: Flavour = TRANSITIONAL): string {
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join('');
  return (
    `${XML_DECLARATION}<table xmlns="${flavour.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
