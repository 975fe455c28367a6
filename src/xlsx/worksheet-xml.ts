import { columnLetter } from '../core/cells';
import { AsciiSink } from './ascii-sink';
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
  conditional?: readonly ConditionalFormat[];
  /** Print landscape, one page wide. */
  landscape?: boolean;
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
/**
 * Writes one worksheet part row by row, as UTF-8 bytes. Strings go to the shared string table, as Excel
 * itself stores them; a cell with a value carries its format, an empty one has its column's.
 */
export class WorksheetWriter {
  private readonly body = new AsciiSink();
  private lastRow = 0;
  private lastColumn = 0;
  /** Per column: `<c r="B` (the cell up to its row number). */
  private cellStarts: string[] = [];
  /** Per column: the last string and its index, since a column often repeats one text row after row. */
  private lastText: (string | undefined)[] = [];
  private lastIndex: number[] = [];

  constructor(
    private readonly strings: SharedStrings,
    private readonly flavour: Flavour = TRANSITIONAL,
  ) {}

  private stringIndex(c: number, text: string): number {
    if (this.lastText[c] === text) return this.lastIndex[c];
    const i = this.strings.index(text);
    this.lastText[c] = text;
    this.lastIndex[c] = i;
    return i;
  }

  /** One row (zero-based), its cells from column A; `styles` is one format for all or one per cell. */
  row(r: number, values: readonly CellContent[], styles: number | readonly number[]): void {
    const out = this.body;
    const n = r + 1;
    const rowNumber = String(n);
    out.text('<row r="');
    out.text(rowNumber);
    out.text('">');
    for (let c = 0; c < values.length; c++) {
      const s = typeof styles === 'number' ? styles : styles[c];
      const v = values[c];
      const isNumber = typeof v === 'number' && Number.isFinite(v);
      const isText = typeof v === 'string' && v !== '';
      // An empty cell takes its column's format; writing it would only repeat that.
      if (!isNumber && !isText) continue;
      out.text((this.cellStarts[c] ??= `<c r="${columnLetter(c)}`));
      out.text(rowNumber);
      if (s) {
        out.text('" s="');
        out.digits(s);
      }
      if (isNumber) {
        out.text('"><v>');
        out.number(v);
        out.text('</v></c>');
      } else {
        out.text('" t="s"><v>');
        out.digits(this.stringIndex(c, fitCell(v as string)));
        out.text('</v></c>');
      }
    }
    out.text('</row>');
    this.lastRow = Math.max(this.lastRow, n);
    this.lastColumn = Math.max(this.lastColumn, values.length);
  }

  /** The finished part. */
  finish(frame: WorksheetFrame): Uint8Array {
    const dimension = this.lastRow ? `A1:${columnLetter(Math.max(0, this.lastColumn - 1))}${this.lastRow}` : 'A1';
    let head = `${XML_DECLARATION}<worksheet xmlns="${this.flavour.main}" xmlns:r="${this.flavour.relationships}">`;
    const sheetPr = `${frame.tabColor ? `<tabColor rgb="${frame.tabColor}"/>` : ''}${frame.landscape ? '<pageSetUpPr fitToPage="1"/>' : ''}`;
    if (sheetPr) head += `<sheetPr>${sheetPr}</sheetPr>`;
    head += `<dimension ref="${dimension}"/>`;
    const frozen = frame.frozenRows ?? 0;
    head += frozen
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    head += '<sheetFormatPr defaultRowHeight="15"/>';
    const colStyle = (i: number) => (frame.columnStyles?.[i] ? ` style="${frame.columnStyles[i]}"` : '');
    if (frame.widths.length) head += `<cols>${frame.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${colStyle(i)} customWidth="1"/>`).join('')}</cols>`;
    head += '<sheetData>';
    let tail = '</sheetData>';
    (frame.conditional ?? []).forEach((cf, i) => {
      tail += `<conditionalFormatting sqref="${cf.ref}"><cfRule type="expression" dxfId="${cf.dxfId}" priority="${i + 1}"><formula>${escapeXml(cf.formula)}</formula></cfRule></conditionalFormatting>`;
    });
    tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (frame.landscape) tail += '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
    if (frame.drawingRelId) tail += `<drawing r:id="${frame.drawingRelId}"/>`;
    if (frame.tableRelId) tail += `<tableParts count="1"><tablePart r:id="${frame.tableRelId}"/></tableParts>`;
    tail += '</worksheet>';
    const encoder = new TextEncoder();
    const parts = [encoder.encode(head), this.body.bytes(), encoder.encode(tail)];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
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
