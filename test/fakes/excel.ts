import { CellError, CellValue, cellAddress, isCellError } from '../../src/core/cells';
import type {
  ExcelContext,
  ExcelRun,
  RunOptions,
  Supports,
  XlApplication,
  XlChart,
  XlChartAxis,
  XlChartCollection,
  XlChartSeries,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlFont,
  XlFreezePanes,
  XlFunctionResult,
  XlFunctions,
  XlHeaderFooter,
  XlNamedItemCollection,
  XlPageLayout,
  XlPageZoom,
  XlProtection,
  XlRange,
  XlRangeFormat,
  XlRangeHyperlink,
  XlRuntime,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/excel/api';

/**
 * A typed fake of the Excel JavaScript API subset in src/excel/api.ts, over an in-memory workbook. It behaves
 * like Excel where the adapter's correctness depends on it, and rejects what Excel rejects. Each behaviour
 * names its source (learn.microsoft.com reference pages and OfficeDev threads); where Excel's answer is not
 * documented the comment says so.
 * - operations are queued and run, in order, only at `sync()`; a property read before it was loaded and
 *   synced throws PropertyNotLoaded; operations before a failing one in a sync have run, the rest have not;
 * - a string assigned to `values` becomes a formula when it starts with `=`, `+`, `-` or `@`, a number when
 *   it reads as one, an error value when it is one — unless the cell's number format is Text (`@`)
 *   (switchable: `textFormatKeepsText`); a
 *   `valuesAsJson` String is stored as that text whatever the format ("the value that would be returned by
 *   Range.values for a cell with this value", StringCellValue.basicValue, ExcelApi 1.16);
 * - a single value assigned to a larger range fills it (Excel's "single input copy"), other shape
 *   mismatches fail; null in an assigned array leaves the cell as it was;
 * - `getUsedRangeOrNullObject` gives a null object for an empty sheet or range;
 * - a request over `payloadLimit` (5 MB) fails with RequestPayloadSizeLimitExceeded before anything runs, a
 *   response over it with ResponsePayloadSizeLimitExceeded (Excel on the web; "Resource limits and
 *   performance optimization": "a payload size limit for requests and responses of 5MB"); every sync's
 *   payload is counted, and the refused ones too;
 * - an API of a requirement set newer than `apiVersion` fails with ApiNotFound ("It may be available in a
 *   newer version of the Office application", Error handling with the application-specific APIs);
 * - a very hidden sheet cannot be deleted: InvalidOperation (Worksheet.delete: "if the worksheet's visibility
 *   is set to "VeryHidden", the delete operation will fail with an InvalidOperation exception");
 * - a sheet name is taken by a worksheet or a chart sheet, whatever the case: ItemAlreadyExists ("The
 *   resource being created already exists"; OfficeDev/office-scripts-docs#560). Chart sheets are not in
 *   `worksheets` (Office.js has no chart-sheet object), so only an add or a rename finds them;
 * - a table may not take the name of a table or defined name, of any scope (Excel's own rule; the code
 *   Office.js gives is not documented: the fake says InvalidArgument);
 * - writing a read-only workbook, a protected sheet's cells, or adding, deleting, renaming or hiding a sheet
 *   of a structure-protected workbook: AccessDenied ("You cannot perform the requested operation", the
 *   code Excel gives for locked cells, microsoftgraph/microsoft-graph-docs#4546);
 * - while the user edits a cell a run fails with InvalidOperationInCellEditMode, unless it was started with
 *   `delayForCellEdit`, which waits (Excel.RunOptions.delayForCellEdit);
 * - the undo history: each sync that changes the workbook adds a step; Worksheet.delete, and on Windows and
 *   Mac a rename or a visibility change, clear it ("Undo support with the Excel JavaScript API", Unsupported
 *   APIs);
 * - `functions.date` answers in the workbook's date system (1900 or 1904).
 * It does not calculate: a formula's value is `#NAME?`.
 */

export type FakeCell = number | string | boolean | CellError;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FontProperty = 'bold' | 'italic' | 'color' | 'size' | 'underline';

export interface FakeTable {
  name: string;
  address: string;
  hasHeaders: boolean;
  style: string;
}
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  name: string;
  title: string;
  legendVisible: boolean;
  legendPosition: string | null;
  position: [string, string | undefined] | null;
  /** Per series (by index): its fill colour, overlap and gap width as set. */
  series: { colour: string | null; overlap: number | null; gapWidth: number | null }[];
  dataLabels: { showValue: boolean; numberFormat: string | null };
  valueAxis: { minimum: number | null; maximum: number | null; majorUnit: number | null; numberFormat: string | null };
}

/** How a sheet prints, as the adapter set it (ExcelApi 1.9). */
export interface FakePageLayout {
  orientation: string;
  paperSize: string;
  zoom: XlPageZoom;
  leftMargin: number | null;
  rightMargin: number | null;
  headersFooters: XlHeaderFooter;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}
export interface FakeConditionalFormat {
  type: 'Custom';
  address: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  fontBold: boolean | null;
}

export interface FakeSheet {
  name: string;
  visibility: Visibility;
  /** `cells[row][column]`, zero-based, sparse. */
  cells: (FakeCell | undefined)[][];
  /** A1 address → formula text. */
  formulas: Map<string, string>;
  /**
   * Each cell's number format in its invariant (en-US) form, as `Range.numberFormat` gives it whatever the
   * user's locale (`#,##0,` where Swedish Excel shows `# ##0 `; `numberFormatLocal` would give that); unset is General.
   */
  numberFormats: (string | undefined)[][];
  /** Every font change, in order. */
  fonts: { address: string; property: FontProperty; value: boolean | string | number }[];
  /** Column index → width in points. */
  columnWidths: Map<number, number>;
  /** Row index → height in points, as set. */
  rowHeights: Map<number, number>;
  /** Ranges whose text wraps, and their vertical alignment, as set (address → value). */
  wrapText: Map<string, boolean>;
  verticalAlignment: Map<string, string>;
  /** Ranges whose rows were fitted to their text. */
  autofitRows: string[];
  /** Merged areas (`A2:J2`). */
  merges: string[];
  /** Cell address → hyperlink. */
  hyperlinks: Map<string, XlRangeHyperlink>;
  /** Row groups of the outline (`7:12`, one-based rows), level 1 each unless nested. */
  rowGroups: string[];
  pageLayout: FakePageLayout;
  tables: FakeTable[];
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  tabColor: string;
  /** Sheet protection: its (locked) cells cannot be written. */
  protected: boolean;
  /** Sheet-scoped defined names. */
  names: string[];
}

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeOptions {
  /** Bytes a request or a response may carry; Excel on the web allows 5 MB. */
  payloadLimit?: number;
  /** The newest ExcelApi requirement set the host has (Excel 2019: 1.8). */
  apiVersion?: string;
  /** The workbook counts dates from 1904 (Excel for Mac's old default). */
  date1904?: boolean;
  /** Which undo rules apply: renaming or hiding a sheet clears undo on the desktop, not on the web. */
  platform?: 'desktop' | 'web';
  /**
   * Whether text assigned through `values` to a Text-formatted (`@`) cell stays text (true, what Excel does
   * when a user types; the Range.values reference does not say so for the API). False shows what a host that
   * parsed it anyway would do: only String cell values would still keep it text.
   */
  textFormatKeepsText?: boolean;
}

const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const LATEST_API = '1.20';
const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;
const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|CALC!|SPILL!)$/;
const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const MS_PER_DAY = 86_400_000;

// TextEncoder, not Node's Buffer: the browser tests (test/e2e) serve this fake as the Office host.
const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;

/*
 * A sync's size as Excel counts it: the JSON of the request Office.js sends and of the response it gets
 * (excel-web-16.00.debug.js, ClientRequestBase.buildRequestMessageBodyAndRequestFlags). For
 * `ws.getRange('A2:P20001').values = [[…]]` the request carries the action that sets the property with the
 * value as its argument, the range's object path (`getRange` and its address) and the action that makes that
 * path; a load carries a query action and gets `{"ActionId":…,"Value":{…}}` back. The fake measures each value
 * as its JSON and adds these parts as Office.js writes them, with five-digit ids and the longest address, so
 * no sync weighs less here than it would in Excel. The adapter's own estimate is not used.
 */
const LONG_ADDRESS = 'XFA1048570:XFD1048576';
/** One queued operation besides its value: its action, the action making its object's path, and the path. */
const OPERATION_BYTES =
  bytesOf([
    { Id: 99_999, ActionType: 4, Name: 'numberFormat', ObjectPathId: 99_998, ArgumentInfo: { Arguments: [] } },
    { Id: 99_997, ActionType: 1, Name: '', ObjectPathId: 99_998 },
  ]) + bytesOf({ '99998': { Id: 99_998, ObjectPathType: 3, Name: 'getRange', ParentObjectPathId: 99_996, ArgumentInfo: { Arguments: [LONG_ADDRESS] } } });
/** A request's own wrapper: `{"Url":…,"Headers":null,"Body":{"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}}`. */
const REQUEST_BYTES = bytesOf({ Url: '_api', Headers: null, Body: { AutoKeepReference: false, Actions: [], ObjectPaths: {} } });
/** One loaded object in the response besides its properties: `{"ActionId":99999,"Value":…},`. */
const RESULT_BYTES = bytesOf({ ActionId: 99_999, Value: null }) - 'null'.length + 1;
/** A response's own wrapper: `{"Results":[]}`. */
const RESPONSE_BYTES = bytesOf({ Results: [] });
const sameName = (a: string, b: string) => a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');

/** '1.10' is newer than '1.9'. */
function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = [have, need].map((v) => v.split('.').map(Number));
  return a[0] !== b[0] ? a[0] > b[0] : (a[1] ?? 0) >= (b[1] ?? 0);
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').split(':');
  // Whole rows: `5:9`.
  if (parts.length === 2 && parts.every((p) => /^\d+$/.test(p))) {
    const [a, b] = parts.map((p) => Number(p) - 1);
    if (a < 0 || b < 0 || a > LAST_ROW || b > LAST_ROW) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: LAST_COLUMN };
  }
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function formatAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

function qualified(sheet: string, r: Rect): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${formatAddress(r)}`;
}

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN };

/** How a new sheet prints before anyone sets it. */
function defaultPageLayout(): FakePageLayout {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    leftMargin: null,
    rightMargin: null,
    headersFooters: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

/** Paper sizes Excel.PaperType names (the ones an A4 or letter user meets). */
const PAPER_SIZES = new Set(['Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5']);
/** `$6:$6`, `$A:$B`: what setPrintTitleRows and setPrintTitleColumns take as text. */
const TITLE_ROWS = /^\$?\d+:\$?\d+$/;
const TITLE_COLUMNS = /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/;

/** The in-memory document, with the counters the tests read. */
export class FakeWorkbook {
  readonly sheets = new Map<string, FakeSheet>();
  readonly payloadLimit: number;
  readonly apiVersion: string;
  readonly date1904: boolean;
  readonly platform: 'desktop' | 'web';
  readonly textFormatKeepsText: boolean;
  /** Chart sheets: they share the sheets' name space, but Office.js does not list them. */
  readonly chartSheets: string[] = [];
  /** Workbook-scoped defined names. */
  readonly definedNames: string[] = [];
  readOnly = false;
  /** Workbook structure protection. */
  structureProtected = false;
  enableEvents = true;
  calculationSuspensions = 0;
  activeSheet: string | null = null;
  /** The selected range's address on its sheet (`D7`); the sheet is the one it was selected on. */
  selection: string | null = null;
  /** Bytes (writes + reads) of each sync that went through, in order. */
  readonly payloads: number[] = [];
  /**
   * Of each sync that went through (same order as `payloads`), the bytes that were cells' values, value
   * types or number formats, written or read: 0 for a sync that only looked (names, used ranges) or set formats.
   */
  readonly cellPayloads: number[] = [];
  /** Syncs the host refused for their size: the code, the bytes, and how many of them were cell data. */
  readonly refused: { code: string; bytes: number; cellBytes: number }[] = [];
  /** The undo history, oldest first: a label per user action and per sync of a run that changed something. */
  readonly undo: string[] = [];
  /** How often an operation cleared the undo history. */
  undoCleared = 0;
  private cellEdit: Promise<void> | null = null;

  constructor(options: FakeOptions | number = {}) {
    const o = typeof options === 'number' ? { payloadLimit: options } : options;
    this.payloadLimit = o.payloadLimit ?? EXCEL_PAYLOAD_LIMIT;
    this.apiVersion = o.apiVersion ?? LATEST_API;
    this.date1904 = o.date1904 ?? false;
    this.platform = o.platform ?? 'desktop';
    this.textFormatKeepsText = o.textFormatKeepsText ?? true;
  }

  /** `Office.context.requirements.isSetSupported` of this host, to hand to the adapter. */
  readonly supports: Supports = (set, version) => set === 'ExcelApi' && versionAtLeast(this.apiVersion, version);

  get syncs(): number {
    return this.payloads.length;
  }
  get maxPayload(): number {
    return Math.max(0, ...this.payloads);
  }
  get totalPayload(): number {
    return this.payloads.reduce((a, b) => a + b, 0);
  }
  resetCounters(): void {
    this.payloads.length = 0;
    this.cellPayloads.length = 0;
    this.refused.length = 0;
  }

  /** The user starts typing in a cell; call the returned function when they press Enter. */
  startCellEdit(): () => void {
    let end!: () => void;
    this.cellEdit = new Promise<void>((resolve) => (end = resolve));
    return () => {
      this.cellEdit = null;
      end();
    };
  }
  get editingCell(): Promise<void> | null {
    return this.cellEdit;
  }

  /** Something the user did, as it lands in the undo history. */
  userEdit(label: string): void {
    this.undo.push(label);
  }
  clearUndo(): void {
    this.undo.length = 0;
    this.undoCleared++;
  }

  /** A user sheet as Excel would hold it after typing: values as given (errors as error values). */
  addSheet(name: string, rows: readonly (readonly CellValue[])[] = [], visibility: Visibility = 'Visible'): FakeSheet {
    if (this.nameTaken(name)) throw new FakeExcelError('ItemAlreadyExists', name);
    const sheet: FakeSheet = {
      name,
      visibility,
      cells: rows.map((row) => row.map((v) => (v === null ? undefined : isCellError(v) ? { error: v.error } : v))),
      formulas: new Map(),
      numberFormats: [],
      fonts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      wrapText: new Map(),
      verticalAlignment: new Map(),
      autofitRows: [],
      merges: [],
      hyperlinks: new Map(),
      rowGroups: [],
      pageLayout: defaultPageLayout(),
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      tabColor: '',
      protected: false,
      names: [],
    };
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** A chart sheet (a sheet holding only a chart): its name is taken, and `worksheets` does not list it. */
  addChartSheet(name: string): void {
    if (this.nameTaken(name)) throw new FakeExcelError('ItemAlreadyExists', name);
    this.chartSheets.push(name);
  }

  nameTaken(name: string, except?: FakeSheet): boolean {
    return [...this.sheets.values()].some((s) => s !== except && sameName(s.name, name)) || this.chartSheets.some((c) => sameName(c, name));
  }

  /** Sheets in their order, after a rename too. */
  rename(sheet: FakeSheet, name: string): void {
    const entries = [...this.sheets.entries()].map(([k, s]): [string, FakeSheet] => (s === sheet ? [name, s] : [k, s]));
    sheet.name = name;
    this.sheets.clear();
    for (const [k, s] of entries) this.sheets.set(k, s);
  }

  find(name: string): FakeSheet | undefined {
    return [...this.sheets.values()].find((s) => sameName(s.name, name));
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new FakeExcelError('ItemNotFound', `no sheet ${name}`);
    return s;
  }

  get names(): string[] {
    return [...this.sheets.keys()];
  }

  /** What a cell holds, as the core would read it. */
  value(sheet: string, address: string): CellValue {
    const { top, left } = parseAddress(address);
    return this.sheet(sheet).cells[top]?.[left] ?? null;
  }

  /** Every cell, formula, format, font, width, table, chart and rule of a sheet, for deep comparison. */
  snapshot(sheet: string): unknown {
    const s = this.sheet(sheet);
    return JSON.parse(
      JSON.stringify({
        ...s,
        formulas: [...s.formulas],
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
        wrapText: [...s.wrapText],
        verticalAlignment: [...s.verticalAlignment],
        hyperlinks: [...s.hyperlinks],
      }),
    );
  }

  /** The serial number of a date in this workbook's date system, as Excel's DATE gives it. */
  dateSerial(year: number, month: number, day: number): number {
    const ms = Date.UTC(year, month - 1, day);
    if (this.date1904) return Math.round((ms - Date.UTC(1904, 0, 1)) / MS_PER_DAY);
    return Math.round((ms - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  }
}

/** `cells`: the operation carries cell data (values, value types, number formats), for the counters only. */
type Op = { kind: 'write'; bytes: number; cells?: boolean; run: () => void } | { kind: 'read'; cells?: boolean; run: () => number };

class FakeContext implements ExcelContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly application: XlApplication;
  readonly runtime: FakeRuntime;

  constructor(readonly doc: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.need('1.6');
        this.queue.push({ kind: 'write', bytes: 0, run: () => void doc.calculationSuspensions++ });
      },
    };
    this.runtime = new FakeRuntime(this);
  }

  /** An API of requirement set `ExcelApi version`: missing on an older host. */
  need(version: string): void {
    if (!versionAtLeast(this.doc.apiVersion, version))
      throw new FakeExcelError('ApiNotFound', `ExcelApi ${version} is not available (the host has ${this.doc.apiVersion})`);
  }

  /** A change of the document; `clearsUndo` for operations Excel cannot undo. */
  write(run: () => void, bytes: number, clearsUndo = false, cells = false): void {
    this.queue.push({
      kind: 'write',
      bytes,
      cells,
      run: () => {
        if (this.doc.readOnly) throw new FakeExcelError('AccessDenied', 'the workbook is read-only');
        run();
        this.changed = true;
        if (clearsUndo) this.doc.clearUndo();
      },
    });
  }

  /** A change of the workbook's structure (add, delete, rename, hide a sheet). */
  structure(run: () => void, bytes: number, clearsUndo = false): void {
    this.write(
      () => {
        if (this.doc.structureProtected) throw new FakeExcelError('AccessDenied', 'the workbook structure is protected');
        run();
      },
      bytes,
      clearsUndo,
    );
  }

  private changed = false;

  /** A UI action (activate, select): no change to the document, allowed in a read-only one. */
  queueRead(run: () => void): void {
    this.queue.push({ kind: 'write', bytes: 0, run });
  }

  /** A load: `run` stores the loaded properties and returns their size. */
  read(run: () => number, cells = false): void {
    this.queue.push({ kind: 'read', cells, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Send the queue: refused as Excel refuses a request or a response over the payload limit (counted here
   * together, request and response, which is stricter than Excel's limit on each).
   */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const limit = this.doc.payloadLimit;
    const reads = ops.filter((op) => op.kind === 'read').length;
    // Every operation's action and path, each written value; the response's wrapper and each result's.
    let bytes = ops.length ? REQUEST_BYTES + ops.length * OPERATION_BYTES + (reads ? RESPONSE_BYTES + reads * RESULT_BYTES : 0) : 0;
    bytes += ops.reduce((n, op) => n + (op.kind === 'write' ? op.bytes : 0), 0);
    let cellBytes = ops.reduce((n, op) => n + (op.kind === 'write' && op.cells ? op.bytes : 0), 0);
    if (bytes > limit) {
      this.doc.refused.push({ code: 'RequestPayloadSizeLimitExceeded', bytes, cellBytes });
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    }
    this.changed = false;
    try {
      for (const op of ops) {
        if (op.kind === 'write') op.run();
        else {
          const read = op.run();
          bytes += read;
          if (op.cells) cellBytes += read;
        }
      }
    } finally {
      if (this.changed) this.doc.undo.push('Avstämning');
    }
    if (bytes > limit) {
      this.doc.refused.push({ code: 'ResponsePayloadSizeLimitExceeded', bytes, cellBytes });
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `response makes ${bytes} bytes`);
    }
    this.doc.payloads.push(bytes);
    this.doc.cellPayloads.push(cellBytes);
  }

  /** The sheet behind a proxy, checked to still exist when the operation runs. */
  live(handle: SheetHandle): FakeSheet {
    const sheet = handle.sheet ?? (handle.name !== undefined ? this.doc.find(handle.name) : undefined);
    if (!sheet || this.doc.sheets.get(sheet.name) !== sheet) throw new FakeExcelError('ItemNotFound', `sheet ${handle.name ?? '?'} does not exist`);
    handle.sheet = sheet;
    return sheet;
  }

  /** The sheet, if its cells may be written. */
  writable(handle: SheetHandle): FakeSheet {
    const sheet = this.live(handle);
    if (sheet.protected) throw new FakeExcelError('AccessDenied', `sheet ${sheet.name} is protected`);
    return sheet;
  }
}

/** Property storage of a proxy: filled by loads at sync, read through `loadedValue`. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw new FakeExcelError('PropertyNotLoaded', `${property} was not loaded, or not synced since`);
    return this.loaded.get(property) as T;
  }
  protected store(values: Record<string, unknown>): number {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    return bytesOf(values);
  }
}

/** What a range loads that is its cells' data (the rest is its address and size). */
const CELL_DATA = new Set(['values', 'valueTypes', 'numberFormat', 'valuesAsJson']);

const properties = (names: string) => names.split(',').map((p) => p.trim().replace(/^items\//, ''));

class FakeWorkbookProxy extends Loadable implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: XlNamedItemCollection;
  constructor(private readonly ctx: FakeContext) {
    super();
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.names = namedItems(ctx, () => ctx.doc.definedNames);
  }
  get functions(): XlFunctions {
    this.ctx.need('1.2');
    return { date: (year, month, day) => functionResult(this.ctx, () => this.ctx.doc.dateSerial(year, month, day)) };
  }
  get protection(): XlProtection {
    this.ctx.need('1.7');
    return protection(this.ctx, () => this.ctx.doc.structureProtected);
  }
  get readOnly(): boolean {
    return this.loadedValue('readOnly');
  }
  load(propertyNames: string): this {
    const wanted = properties(propertyNames);
    if (wanted.includes('readOnly')) this.ctx.need('1.8');
    this.ctx.read(() => this.store(Object.fromEntries(wanted.map((p) => [p, p === 'readOnly' ? this.ctx.doc.readOnly : undefined]))));
    return this;
  }
}

function functionResult(ctx: FakeContext, compute: () => number): XlFunctionResult {
  const result = new (class extends Loadable implements XlFunctionResult {
    get value(): number {
      return this.loadedValue('value');
    }
    load(): this {
      ctx.read(() => this.store({ value: compute() }));
      return this;
    }
  })();
  return result;
}

function protection(ctx: FakeContext, isProtected: () => boolean): XlProtection {
  return new (class extends Loadable implements XlProtection {
    get protected(): boolean {
      return this.loadedValue('protected');
    }
    load(): this {
      ctx.read(() => this.store({ protected: isProtected() }));
      return this;
    }
  })();
}

function namedItems(ctx: FakeContext, names: () => string[]): XlNamedItemCollection {
  return new (class extends Loadable implements XlNamedItemCollection {
    get items(): { name: string }[] {
      return this.loadedValue('items');
    }
    load(): this {
      ctx.read(() => {
        const items = names().map((name) => ({ name }));
        this.loaded.set('items', items);
        return bytesOf(items);
      });
      return this;
    }
  })();
}

class FakeRuntime extends Loadable implements XlRuntime {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get enableEvents(): boolean {
    return this.loadedValue('enableEvents');
  }
  set enableEvents(on: boolean) {
    this.ctx.need('1.8');
    this.ctx.write(() => void (this.ctx.doc.enableEvents = on), 5);
  }
  load(propertyNames: string): this {
    this.ctx.need('1.8');
    this.ctx.read(() => this.store({ enableEvents: this.ctx.doc.enableEvents }));
    void propertyNames;
    return this;
  }
}

/** Which sheet a proxy means: a known sheet, one looked up by name, or one an `add` will create. */
interface SheetHandle {
  sheet?: FakeSheet;
  name?: string;
}

class FakeWorksheetCollection extends Loadable implements XlWorksheetCollection {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get items(): FakeWorksheet[] {
    return this.loadedValue('items');
  }
  load(propertyNames: string): this {
    const wanted = properties(propertyNames);
    this.ctx.read(() => {
      const items = [...this.ctx.doc.sheets.values()].map((sheet) => new FakeWorksheet(this.ctx, { sheet }));
      this.loaded.set('items', items);
      return items.reduce((n, ws) => n + ws.loadNow(wanted), 0);
    });
    return this;
  }
  add(name?: string): FakeWorksheet {
    const handle: SheetHandle = { name };
    this.ctx.structure(
      () => {
        const doc = this.ctx.doc;
        let wanted = name;
        for (let i = doc.sheets.size + 1; wanted === undefined; i++) if (!doc.nameTaken(`Sheet${i}`)) wanted = `Sheet${i}`;
        if (/[\\/?*[\]:]/.test(wanted) || wanted.length > 31 || wanted === '') throw new FakeExcelError('InvalidArgument', `bad sheet name ${wanted}`);
        handle.sheet = doc.addSheet(wanted);
      },
      bytesOf(name ?? ''),
    );
    return new FakeWorksheet(this.ctx, handle);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { name: key });
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;

  constructor(
    private readonly ctx: FakeContext,
    readonly handle: SheetHandle,
  ) {
    super();
    this.tables = new FakeTableCollection(ctx, handle);
    this.charts = new FakeChartCollection(ctx, handle);
  }
  get names(): XlNamedItemCollection {
    this.ctx.need('1.4');
    return namedItems(this.ctx, () => this.ctx.live(this.handle).names);
  }
  get protection(): XlProtection {
    this.ctx.need('1.2');
    return protection(this.ctx, () => this.ctx.live(this.handle).protected);
  }
  /**
   * ExcelApi 1.9. Orientation, paper size (a PaperType name), zoom (a scale of 10 to 400, or pages to fit),
   * margins, the header and footer, print titles (`$6:$6`, `$A:$B`) and the print area, as Excel takes them.
   */
  get pageLayout(): XlPageLayout {
    this.ctx.need('1.9');
    const ctx = this.ctx;
    const set = (change: (layout: FakePageLayout) => void, value: unknown) => ctx.write(() => change(ctx.writable(this.handle).pageLayout), bytesOf(value));
    const headerFooter = setOnly<XlHeaderFooter, keyof XlHeaderFooter>(
      ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'],
      (key, text) => set((l) => (l.headersFooters[key] = text), text),
      {},
    );
    return setOnly<XlPageLayout, 'orientation' | 'paperSize' | 'zoom' | 'leftMargin' | 'rightMargin'>(
      ['orientation', 'paperSize', 'zoom', 'leftMargin', 'rightMargin'],
      (key, value) =>
        set((l) => {
          if (key === 'orientation' && value !== 'Portrait' && value !== 'Landscape') throw new FakeExcelError('InvalidArgument', `orientation ${value}`);
          if (key === 'paperSize' && !PAPER_SIZES.has(value as string)) throw new FakeExcelError('InvalidArgument', `paper size ${value}`);
          if (key === 'zoom') {
            const z = value as XlPageZoom;
            if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw new FakeExcelError('InvalidArgument', `scale ${z.scale}`);
            if (z.scale === undefined && z.horizontalFitToPages === undefined && z.verticalFitToPages === undefined)
              throw new FakeExcelError('InvalidArgument', 'empty zoom');
          }
          (l as unknown as Record<string, unknown>)[key] = value;
        }, value),
      {
        headersFooters: { defaultForAllPages: headerFooter },
        setPrintTitleRows: (rows: string) => {
          if (!TITLE_ROWS.test(rows)) throw new FakeExcelError('InvalidArgument', `print title rows ${rows}`);
          set((l) => (l.printTitleRows = rows), rows);
        },
        setPrintTitleColumns: (columns: string) => {
          if (!TITLE_COLUMNS.test(columns)) throw new FakeExcelError('InvalidArgument', `print title columns ${columns}`);
          set((l) => (l.printTitleColumns = columns), columns);
        },
        setPrintArea: (area: string) => {
          parseAddress(area);
          set((l) => (l.printArea = area), area);
        },
      },
    );
  }
  get freezePanes(): XlFreezePanes {
    this.ctx.need('1.7');
    return { freezeRows: (count = 1) => this.ctx.write(() => void (this.ctx.writable(this.handle).frozenRows = count), 5) };
  }
  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    // Renaming cannot be undone on Windows and Mac (Unsupported APIs: Worksheet.name).
    this.ctx.structure(
      () => {
        const sheet = this.ctx.live(this.handle);
        if (this.ctx.doc.nameTaken(name, sheet)) throw new FakeExcelError('ItemAlreadyExists', name);
        if (/[\\/?*[\]:]/.test(name) || name.length > 31 || name === '') throw new FakeExcelError('InvalidArgument', `bad sheet name ${name}`);
        this.ctx.doc.rename(sheet, name);
      },
      bytesOf(name),
      this.ctx.doc.platform === 'desktop',
    );
  }
  get visibility(): string {
    return this.loadedValue('visibility');
  }
  set visibility(visibility: string) {
    this.ctx.structure(() => void (this.ctx.live(this.handle).visibility = visibility as Visibility), bytesOf(visibility), this.ctx.doc.platform === 'desktop');
  }
  get tabColor(): string {
    return this.loadedValue('tabColor');
  }
  set tabColor(colour: string) {
    this.ctx.need('1.7');
    this.ctx.write(() => void (this.ctx.live(this.handle).tabColor = colour), bytesOf(colour));
  }
  /** Load now (inside a sync): returns the bytes loaded. */
  loadNow(wanted: readonly string[]): number {
    const sheet = this.ctx.live(this.handle);
    const all: Record<string, unknown> = { name: sheet.name, visibility: sheet.visibility, tabColor: sheet.tabColor };
    return this.store(Object.fromEntries(wanted.map((p) => [p, all[p]])));
  }
  load(propertyNames: string): this {
    this.ctx.read(() => this.loadNow(properties(propertyNames)));
    return this;
  }
  getRange(address?: string): FakeRange {
    const rect = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new FakeRange(this.ctx, this.handle, () => rect);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.need('1.4');
    return new FakeRange(this.ctx, this.handle, (sheet) => usedRect(sheet, valuesOnly, WHOLE_SHEET));
  }
  delete(): void {
    // Deleting a sheet cannot be undone (Unsupported APIs: Worksheet.delete).
    this.ctx.structure(
      () => {
        const sheet = this.ctx.live(this.handle);
        if (sheet.visibility === 'VeryHidden')
          throw new FakeExcelError('InvalidOperation', `sheet ${sheet.name} is very hidden: make it hidden or visible before deleting it`);
        const visible = [...this.ctx.doc.sheets.values()].filter((s) => s.visibility === 'Visible');
        if (visible.length === 1 && visible[0] === sheet) throw new FakeExcelError('InvalidOperation', 'cannot delete the last visible sheet');
        this.ctx.doc.sheets.delete(sheet.name);
      },
      5,
      true,
    );
  }
  activate(): void {
    this.ctx.queueRead(() => void (this.ctx.doc.activeSheet = this.ctx.live(this.handle).name));
  }
}

/** The indices an array holds, without visiting the holes of a sparse one (a value in row 1 048 576). */
function held<T>(array: readonly T[]): number[] {
  return array.length > 100_000 ? Object.keys(array).map(Number) : array.map((_, i) => i).filter((i) => i in array);
}

function usedRect(sheet: FakeSheet, valuesOnly: boolean, within: Rect): Rect | null {
  let r: Rect | null = null;
  const grids: readonly (readonly (readonly unknown[] | undefined)[])[] = valuesOnly ? [sheet.cells] : [sheet.cells, sheet.numberFormats];
  for (const grid of grids)
    for (const i of held(grid)) {
      const row = grid[i];
      if (i < within.top || i > within.bottom || !row) continue;
      for (const j of held(row)) {
        if (row[j] === undefined || j < within.left || j > within.right) continue;
        r = r
          ? { top: Math.min(r.top, i), left: Math.min(r.left, j), bottom: Math.max(r.bottom, i), right: Math.max(r.right, j) }
          : { top: i, left: j, bottom: i, right: j };
      }
    }
  return r;
}

function valueType(v: FakeCell | undefined): string {
  if (v === undefined) return 'Empty';
  if (isCellError(v)) return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** What Excel stores for a value typed into a cell with this number format. */
function enter(v: unknown, format: string | undefined, textFormatKeepsText: boolean): { value: FakeCell | undefined; formula?: string } {
  if (v === '') return { value: undefined };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const text = String(v);
  if (format === '@' && textFormatKeepsText) return { value: text };
  if (NUMBER_LITERAL.test(text.trim())) return { value: Number(text) };
  if (ERROR_LITERAL.test(text)) return { value: { error: text } };
  if (text.length > 1 && /^[=+\-@]/.test(text)) return { value: { error: '#NAME?' }, formula: text.startsWith('=') ? text : `=${text}` };
  return { value: text };
}

/** A `valuesAsJson` entry: stored as given, never parsed. */
function enterJson(v: unknown): FakeCell | undefined {
  const cell = v as { type?: unknown; basicValue?: unknown };
  if (cell?.type === 'String' && typeof cell.basicValue === 'string') return cell.basicValue === '' ? undefined : cell.basicValue;
  if (cell?.type === 'Double' && typeof cell.basicValue === 'number') return cell.basicValue;
  if (cell?.type === 'Boolean' && typeof cell.basicValue === 'boolean') return cell.basicValue;
  if (cell?.type === 'Empty') return undefined;
  throw new FakeExcelError('InvalidArgument', `cell value ${JSON.stringify(v)}`);
}

/** Apply a 2-D input to every cell of the range: a single value fills it, any other shape must match. */
function eachInput(rect: Rect, input: unknown[][], apply: (row: number, col: number, v: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const single = input.length === 1 && input[0]?.length === 1;
  if (!single && (input.length !== rows || input.some((r) => r.length !== cols)))
    throw new FakeExcelError('InvalidArgument', `input of ${input.length}×${input[0]?.length ?? 0} for a ${rows}×${cols} range`);
  if (single && rows * cols > 5_000_000) throw new FakeExcelError('InvalidArgument', 'the fake fills at most 5 000 000 cells at once');
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = single ? input[0][0] : input[r][c];
      if (v !== null && v !== undefined) apply(rect.top + r, rect.left + c, v);
    }
}

const within = (r: Rect, outer: Rect) => r.top >= outer.top && r.bottom <= outer.bottom && r.left >= outer.left && r.right <= outer.right;
const overlaps = (a: Rect, b: Rect) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

class FakeRange extends Loadable implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(
    readonly ctx: FakeContext,
    readonly handle: SheetHandle,
    private readonly area: (sheet: FakeSheet) => Rect | null,
  ) {
    super();
    const font = setOnly<XlFont, FontProperty>(
      ['bold', 'italic', 'color', 'size', 'underline'],
      (property, value) => this.change((sheet, r) => void sheet.fonts.push({ address: formatAddress(r), property, value }), bytesOf(value)),
      {},
    );
    const format = setOnly<XlRangeFormat, 'columnWidth' | 'rowHeight' | 'wrapText' | 'verticalAlignment'>(
      ['columnWidth', 'rowHeight', 'wrapText', 'verticalAlignment'],
      (key, value) =>
        this.change((sheet, r) => {
          if (key === 'columnWidth') for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, value as number);
          // Excel's row height is 0 to 409 points (Range.format.rowHeight; Excel specifications and limits).
          else if (key === 'rowHeight') {
            if (typeof value !== 'number' || value < 0 || value > 409) throw new FakeExcelError('InvalidArgument', `row height ${value}`);
            for (let i = r.top; i <= r.bottom; i++) sheet.rowHeights.set(i, value);
          } else if (key === 'wrapText') sheet.wrapText.set(formatAddress(r), value as boolean);
          else sheet.verticalAlignment.set(formatAddress(r), value as string);
        }, bytesOf(value)),
      {
        font,
        autofitRows: () => {
          ctx.need('1.2');
          this.change((sheet, r) => void sheet.autofitRows.push(formatAddress(r)), 5);
        },
      },
    );
    this.format = new Proxy(format, {
      set: (target, key, value) => {
        if (key === 'columnWidth' || key === 'rowHeight') ctx.need('1.2');
        return Reflect.set(target, key, value);
      },
    });
    const ctxRef = ctx;
    this.conditionalFormats = {
      add: () => {
        ctxRef.need('1.6');
        return conditionalFormatProxy(this);
      },
      clearAll: () => {
        ctxRef.need('1.6');
        this.change((sheet, r) => void (sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !within(parseAddress(cf.address), r))), 5);
      },
    };
  }

  /** Queue a change of the sheet's cells in this range. */
  change(run: (sheet: FakeSheet, rect: Rect) => void, bytes: number, cells = false): void {
    this.ctx.write(
      () => {
        const sheet = this.ctx.writable(this.handle);
        const rect = this.area(sheet);
        if (!rect) throw new FakeExcelError('InvalidReference', 'null range');
        run(sheet, rect);
      },
      bytes,
      false,
      cells,
    );
  }

  get isNullObject(): boolean {
    return this.loadedValue('isNullObject');
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(input: unknown[][]) {
    this.change(
      (sheet, rect) => {
        eachInput(rect, input, (r, c, v) => {
          const entered = enter(v, sheet.numberFormats[r]?.[c], this.ctx.doc.textFormatKeepsText);
          (sheet.cells[r] ??= [])[c] = entered.value;
          if (entered.formula) sheet.formulas.set(cellAddress(r, c), entered.formula);
          else sheet.formulas.delete(cellAddress(r, c));
        });
      },
      bytesOf(input),
      true,
    );
  }
  get valuesAsJson(): unknown[][] {
    return this.loadedValue('valuesAsJson');
  }
  set valuesAsJson(input: unknown[][]) {
    this.ctx.need('1.16');
    this.change(
      (sheet, rect) => {
        eachInput(rect, input, (r, c, v) => {
          (sheet.cells[r] ??= [])[c] = enterJson(v);
          sheet.formulas.delete(cellAddress(r, c));
        });
      },
      bytesOf(input),
      true,
    );
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.change((sheet, rect) => eachInput(rect, input, (r, c, v) => ((sheet.numberFormats[r] ??= [])[c] = String(v))), bytesOf(input), true);
  }
  get hyperlink(): XlRangeHyperlink {
    return this.loadedValue('hyperlink');
  }
  /**
   * ExcelApi 1.7. The link goes on the range's top-left cell; `textToDisplay` becomes that cell's text, as
   * text ("the string that is displayed in the top left most cell in the range"). A document reference must
   * name a sheet of the workbook and a cell in it (what Excel's own dialog accepts; the API's answer to a bad
   * one is not documented, so the fake refuses it: InvalidArgument).
   */
  set hyperlink(link: XlRangeHyperlink) {
    this.ctx.need('1.7');
    this.change((sheet, r) => {
      if (link.documentReference !== undefined) {
        const at = link.documentReference.lastIndexOf('!');
        const name =
          at < 0
            ? sheet.name
            : link.documentReference
                .slice(0, at)
                .replace(/^'(.*)'$/, '$1')
                .replace(/''/g, "'");
        if (!this.ctx.doc.find(name)) throw new FakeExcelError('InvalidArgument', `no sheet ${name} for a link`);
        parseAddress(link.documentReference.slice(at + 1));
      }
      const cell = cellAddress(r.top, r.left);
      sheet.hyperlinks.set(cell, { ...link });
      if (link.textToDisplay !== undefined) (sheet.cells[r.top] ??= [])[r.left] = link.textToDisplay === '' ? undefined : link.textToDisplay;
    }, bytesOf(link));
  }

  /** ExcelApi 1.2. Two merged areas may not overlap (Excel: "cannot merge"; the code is not documented). */
  merge(across = false): void {
    this.ctx.need('1.2');
    this.change((sheet, r) => {
      const rows = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const area of rows) {
        if (sheet.merges.some((m) => overlaps(parseAddress(m), area)))
          throw new FakeExcelError('InvalidOperation', `merge over a merged area at ${formatAddress(area)}`);
        if (area.left !== area.right || area.top !== area.bottom) sheet.merges.push(formatAddress(area));
      }
    }, 5);
  }

  /** ExcelApi 1.10. Whole rows only here; Excel allows eight levels of groups. */
  group(groupOption: 'ByRows' | 'ByColumns'): void {
    this.ctx.need('1.10');
    this.change((sheet, r) => {
      if (groupOption !== 'ByRows') throw new FakeExcelError('NotImplemented', 'the fake groups rows only');
      const address = `${r.top + 1}:${r.bottom + 1}`;
      const depth = sheet.rowGroups.filter((g) => overlaps(parseAddress(g), r)).length;
      if (depth >= 8) throw new FakeExcelError('InvalidOperation', 'more than eight outline levels');
      sheet.rowGroups.push(address);
    }, 5);
  }

  /**
   * ExcelApi 1.1. The fake deletes whole rows from row 1 to the sheet's end only (what the adapter does to
   * start a sheet afresh): every row goes, with its cells, formats, merges, links, heights and groups.
   */
  delete(shift: 'Up' | 'Left'): void {
    this.change((sheet, r) => {
      if (shift !== 'Up' || r.top !== 0 || r.bottom !== LAST_ROW || r.left !== 0 || r.right !== LAST_COLUMN)
        throw new FakeExcelError('NotImplemented', 'the fake deletes all rows only');
      sheet.cells = [];
      sheet.numberFormats = [];
      sheet.formulas.clear();
      sheet.fonts = [];
      sheet.rowHeights.clear();
      sheet.wrapText.clear();
      sheet.verticalAlignment.clear();
      sheet.autofitRows = [];
      sheet.merges = [];
      sheet.hyperlinks.clear();
      sheet.rowGroups = [];
      sheet.conditionalFormats = [];
    }, 5);
  }

  load(propertyNames: string): this {
    const wanted = properties(propertyNames);
    this.ctx.read(
      () => {
        const sheet = this.ctx.live(this.handle);
        const r = this.area(sheet);
        this.loaded.set('isNullObject', r === null);
        if (!r) return bytesOf({ isNullObject: true });
        const grid = <T>(f: (row: number, col: number) => T): T[][] =>
          Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => f(r.top + i, r.left + j)));
        const cell = (row: number, col: number) => sheet.cells[row]?.[col];
        const all: Record<string, () => unknown> = {
          address: () => qualified(sheet.name, r),
          rowIndex: () => r.top,
          columnIndex: () => r.left,
          rowCount: () => r.bottom - r.top + 1,
          columnCount: () => r.right - r.left + 1,
          values: () =>
            grid((i, j) => {
              const v = cell(i, j);
              return v === undefined ? '' : isCellError(v) ? v.error : v;
            }),
          valueTypes: () => grid((i, j) => valueType(cell(i, j))),
          numberFormat: () => grid((i, j) => sheet.numberFormats[i]?.[j] ?? 'General'),
        };
        const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
        if (cells > 5_000_000 && wanted.some((p) => ['values', 'valueTypes', 'numberFormat'].includes(p)))
          // "A range is limited to 5,000,000 cells for read operations" (Resource limits and performance optimization).
          throw new FakeExcelError('RangeExceedsLimit', `${cells} cells`);
        return this.store(
          Object.fromEntries(
            wanted.map((p) => {
              if (!all[p]) throw new FakeExcelError('InvalidArgument', `the fake cannot load ${p}`);
              return [p, all[p]()];
            }),
          ),
        );
      },
      wanted.some((p) => CELL_DATA.has(p)),
    );
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.need('1.4');
    return new FakeRange(this.ctx, this.handle, (sheet) => {
      const r = this.area(sheet);
      return r ? usedRect(sheet, valuesOnly, r) : null;
    });
  }

  clear(): void {
    this.change((sheet, r) => {
      for (let i = r.top; i <= Math.min(r.bottom, sheet.cells.length - 1); i++) {
        const row = sheet.cells[i];
        if (row) for (let j = r.left; j <= Math.min(r.right, row.length - 1); j++) row[j] = undefined;
        const formats = sheet.numberFormats[i];
        if (formats) for (let j = r.left; j <= Math.min(r.right, formats.length - 1); j++) formats[j] = undefined;
      }
      for (const a of [...sheet.formulas.keys()]) if (within(parseAddress(a), r)) sheet.formulas.delete(a);
      sheet.fonts = sheet.fonts.filter((f) => !within(parseAddress(f.address), r));
      while (sheet.cells.length && !sheet.cells[sheet.cells.length - 1]?.some((v) => v !== undefined)) sheet.cells.pop();
    }, 5);
  }

  select(): void {
    this.ctx.queueRead(() => {
      const sheet = this.ctx.live(this.handle);
      if (this.ctx.doc.activeSheet !== sheet.name) throw new FakeExcelError('InvalidSelection', 'select a range on the active sheet');
      this.ctx.doc.selection = formatAddress(this.area(sheet)!);
    });
  }
}

/** The record an added object will be, once its `add` has run; later setters change it in queue order. */
class Pending<T> {
  record: T | null = null;
  constructor(private readonly ctx: FakeContext) {}
  set(change: (record: T) => void, value: unknown): void {
    this.ctx.write(() => {
      if (!this.record) throw new FakeExcelError('InvalidReference', 'object was never added');
      change(this.record);
    }, bytesOf(value));
  }
}

/**
 * A proxy whose properties `keys` the adapter only sets: a set queues `apply`; a read throws
 * PropertyNotLoaded, as reading an unloaded property does in Excel. `rest` holds its other members.
 */
function setOnly<T extends object, K extends keyof T & string>(keys: readonly K[], apply: (key: K, value: T[K]) => void, rest: Omit<T, K>): T {
  const target: object = { ...rest };
  for (const key of keys)
    Object.defineProperty(target, key, {
      enumerable: true,
      get: () => {
        throw new FakeExcelError('PropertyNotLoaded', key);
      },
      set: (value: T[K]) => apply(key, value),
    });
  return target as T;
}

function conditionalFormatProxy(range: FakeRange): XlConditionalFormat {
  const p = new Pending<FakeConditionalFormat>(range.ctx);
  range.change((sheet, r) => {
    p.record = { type: 'Custom', address: formatAddress(r), formula: '', fill: null, fontColor: null, fontBold: null };
    sheet.conditionalFormats.push(p.record);
  }, 10);
  return {
    custom: {
      rule: setOnly<{ formula: string }, 'formula'>(['formula'], (_key, f) => p.set((cf) => (cf.formula = f), f), {}),
      format: {
        fill: setOnly<{ color: string }, 'color'>(['color'], (_key, c) => p.set((cf) => (cf.fill = c), c), {}),
        font: setOnly<{ color: string; bold: boolean }, 'color' | 'bold'>(
          ['color', 'bold'],
          (key, v) => p.set((cf) => (key === 'color' ? (cf.fontColor = String(v)) : (cf.fontBold = v === true)), v),
          {},
        ),
      },
    },
  };
}

/** Every name a new table may not take: tables and defined names of any scope. */
function namesInUse(doc: FakeWorkbook, except: FakeTable): string[] {
  const sheets = [...doc.sheets.values()];
  return [...sheets.flatMap((s) => s.tables.filter((t) => t !== except).map((t) => t.name)), ...doc.definedNames, ...sheets.flatMap((s) => s.names)];
}

class FakeTableCollection extends Loadable implements XlTableCollection {
  /** `handle` null: the workbook's tables; else one sheet's. */
  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: SheetHandle | null,
  ) {
    super();
  }
  get items(): XlTable[] {
    return this.loadedValue('items');
  }
  load(propertyNames: string): this {
    void propertyNames;
    this.ctx.read(() => {
      const sheets = this.handle ? [this.ctx.live(this.handle)] : [...this.ctx.doc.sheets.values()];
      const items = sheets.flatMap((s) => s.tables.map((t) => tableProxy(this.ctx, s, t)));
      this.loaded.set('items', items);
      return bytesOf(items.map((t) => t.name));
    });
    return this;
  }
  add(address: XlRange | string, hasHeaders: boolean): XlTable {
    if (!this.handle) throw new FakeExcelError('NotImplemented', 'the fake adds tables through a worksheet');
    const handle = this.handle;
    const p = new Pending<FakeTable>(this.ctx);
    const ctx = this.ctx;
    const range = typeof address === 'string' ? new FakeWorksheet(ctx, handle).getRange(address) : (address as FakeRange);
    range.change(
      (sheet, r) => {
        // Excel will not make a table over merged cells ("A table can't overlap a range that contains merged cells").
        if (sheet.merges.some((m) => overlaps(parseAddress(m), r))) throw new FakeExcelError('InvalidOperation', 'a table over merged cells');
        const all = [...ctx.doc.sheets.values()].flatMap((s) => s.tables);
        p.record = { name: `Table${all.length + 1}`, address: formatAddress(r), hasHeaders, style: 'TableStyleMedium2' };
        sheet.tables.push(p.record);
      },
      bytesOf(typeof address === 'string' ? address : 'range'),
    );
    return setOnly<XlTable, 'name' | 'style'>(
      ['name', 'style'],
      (key, value) =>
        p.set((t) => {
          if (key === 'style') return void (t.style = value);
          const taken = namesInUse(ctx.doc, t).some((n) => sameName(n, value));
          if (taken || !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw new FakeExcelError('InvalidArgument', `table name ${value}`);
          t.name = value;
        }, value),
      {
        delete: () => {
          throw new FakeExcelError('NotImplemented', 'the fake deletes tables loaded from a collection');
        },
      },
    );
  }
}

/** A loaded table: its name, and `delete`, which removes the table and its cells. */
function tableProxy(ctx: FakeContext, sheet: FakeSheet, table: FakeTable): XlTable {
  return {
    name: table.name,
    style: table.style,
    delete: () =>
      ctx.write(() => {
        if (sheet.protected) throw new FakeExcelError('AccessDenied', `sheet ${sheet.name} is protected`);
        const r = parseAddress(table.address);
        for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (sheet.cells[i]) sheet.cells[i][j] = undefined;
        sheet.tables = sheet.tables.filter((t) => t !== table);
      }, 5),
  };
}

class FakeChartCollection extends Loadable implements XlChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly handle: SheetHandle,
  ) {
    super();
  }
  get items(): XlChart[] {
    return this.loadedValue('items');
  }
  load(): this {
    this.ctx.read(() => {
      const sheet = this.ctx.live(this.handle);
      const notHere = (): never => {
        throw new FakeExcelError('NotImplemented', 'the fake changes only charts it added');
      };
      const items = sheet.charts.map((chart): XlChart => ({
        name: chart.name,
        title: { text: chart.title },
        legend: { visible: chart.legendVisible, position: chart.legendPosition ?? 'Right' },
        get series() {
          return notHere();
        },
        get dataLabels() {
          return notHere();
        },
        get axes() {
          return notHere();
        },
        setPosition: notHere,
        delete: () =>
          this.ctx.write(() => {
            if (sheet.protected) throw new FakeExcelError('AccessDenied', `sheet ${sheet.name} is protected`);
            sheet.charts = sheet.charts.filter((c) => c !== chart);
          }, 5),
      }));
      this.loaded.set('items', items);
      return bytesOf(items.map((c) => c.name));
    });
    return this;
  }
  add(type: 'BarClustered', source: XlRange, seriesBy: 'Auto' | 'Columns' | 'Rows' = 'Auto'): XlChart {
    return chartProxy(this.ctx, this.handle, type, source as FakeRange, seriesBy);
  }
}

/**
 * A chart the adapter adds. Its series are the source's columns after the first (`Columns`, with a header
 * row and a category column, as the adapter's source has); `series.getItemAt` past them fails with
 * ItemNotFound, as Excel's does. Overlap and gap width are ExcelApi 1.8, as are the number formats of the
 * data labels and the value axis.
 */
function chartProxy(ctx: FakeContext, handle: SheetHandle, type: string, source: FakeRange, seriesBy: string): XlChart {
  const p = new Pending<FakeChart>(ctx);
  source.change((sheet, r) => {
    if (ctx.live(handle) !== sheet) throw new FakeExcelError('InvalidArgument', 'chart data on another sheet');
    const count = seriesBy === 'Columns' ? r.right - r.left : r.bottom - r.top;
    p.record = {
      type,
      source: formatAddress(r),
      seriesBy,
      name: `Chart ${sheet.charts.length + 1}`,
      title: '',
      legendVisible: true,
      legendPosition: null,
      position: null,
      series: Array.from({ length: Math.max(0, count) }, () => ({ colour: null, overlap: null, gapWidth: null })),
      dataLabels: { showValue: false, numberFormat: null },
      valueAxis: { minimum: null, maximum: null, majorUnit: null, numberFormat: null },
    };
    sheet.charts.push(p.record);
  }, 20);
  const seriesAt = (c: FakeChart, i: number) => {
    if (!c.series[i]) throw new FakeExcelError('ItemNotFound', `no series ${i}`);
    return c.series[i];
  };
  const series = (i: number): XlChartSeries =>
    setOnly<XlChartSeries, 'overlap' | 'gapWidth'>(
      ['overlap', 'gapWidth'],
      (key, value) => {
        ctx.need('1.8');
        // Overlap is −100 to 100, gap width 0 to 500 (ChartSeries.overlap, .gapWidth).
        if (key === 'overlap' ? value < -100 || value > 100 : value < 0 || value > 500) throw new FakeExcelError('InvalidArgument', `${key} ${value}`);
        p.set((c) => (seriesAt(c, i)[key] = value), value);
      },
      { format: { fill: { setSolidColor: (colour: string) => p.set((c) => (seriesAt(c, i).colour = colour), colour) } } },
    );
  const axis = setOnly<XlChartAxis, keyof XlChartAxis>(
    ['minimum', 'maximum', 'majorUnit', 'numberFormat'],
    (key, value) => {
      if (key === 'numberFormat') ctx.need('1.8');
      p.set((c) => ((c.valueAxis as Record<string, unknown>)[key] = value), value);
    },
    {},
  );
  return setOnly<XlChart, 'name'>(['name'], (_key, name) => p.set((c) => (c.name = name), name), {
    title: setOnly<{ text: string }, 'text'>(['text'], (_key, t) => p.set((c) => (c.title = t), t), {}),
    legend: setOnly<{ visible: boolean; position: string }, 'visible' | 'position'>(
      ['visible', 'position'],
      (key, v) => p.set((c) => (key === 'visible' ? (c.legendVisible = v as boolean) : (c.legendPosition = v as string)), v),
      {},
    ),
    series: { getItemAt: series },
    dataLabels: setOnly<{ showValue: boolean; numberFormat: string }, 'showValue' | 'numberFormat'>(
      ['showValue', 'numberFormat'],
      (key, v) => {
        if (key === 'numberFormat') ctx.need('1.8');
        p.set((c) => (key === 'showValue' ? (c.dataLabels.showValue = v as boolean) : (c.dataLabels.numberFormat = v as string)), v);
      },
      {},
    ),
    axes: { valueAxis: axis },
    setPosition: (startCell: string, endCell?: string) => p.set((c) => (c.position = [startCell, endCell]), [startCell, endCell]),
    delete: () => p.set((c) => void ctx.live(handle).charts.splice(ctx.live(handle).charts.indexOf(c), 1), 'delete'),
  });
}

/**
 * `Excel.run` over the fake: one context per run; operations queued but never synced are a bug. While the
 * user edits a cell, a run fails at once, or with `delayForCellEdit` waits until the edit ends.
 */
export function fakeRun(workbook: FakeWorkbook): ExcelRun {
  return async <T>(options: RunOptions, batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    for (let editing = workbook.editingCell; editing; editing = workbook.editingCell) {
      if (!options.delayForCellEdit) throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      await editing;
    }
    const context = new FakeContext(workbook);
    const result = await batch(context);
    if (context.pending) throw new Error(`${context.pending} operations were queued after the last sync`);
    return result;
  };
}
