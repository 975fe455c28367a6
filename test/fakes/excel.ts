import { CellError, CellValue, cellAddress, isCellError } from '../../src/core/cells';
import type {
  ExcelContext,
  ExcelRun,
  XlApplication,
  XlChart,
  XlChartCollection,
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlFont,
  XlFreezePanes,
  XlRange,
  XlRangeFormat,
  XlRuntime,
  XlTable,
  XlTableCollection,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
} from '../../src/excel/api';

/**
 * A typed fake of the Excel JavaScript API subset in src/excel/api.ts, over an in-memory workbook. It behaves
 * like Excel where the adapter's correctness depends on it:
 * - operations are queued and run, in order, only at `sync()`; a property read before it was loaded and
 *   synced throws PropertyNotLoaded;
 * - a string assigned to `values` becomes a formula when it starts with `=`, `+`, `-` or `@`, a number when
 *   it reads as one, an error value when it is one — unless the cell's number format is Text (`@`);
 * - a single value assigned to a larger range fills it (Excel's "single input copy"), other shape
 *   mismatches fail; null in an assigned array leaves the cell as it was;
 * - `getUsedRangeOrNullObject` gives a null object for an empty sheet;
 * - a sync whose payload (JSON of everything written and read) passes `payloadLimit` rejects with
 *   RequestPayloadSizeLimitExceeded, and every sync's payload is counted.
 * It does not calculate: a formula's value is `#NAME?`.
 */

export type FakeCell = number | string | boolean | CellError;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type FontProperty = 'bold' | 'italic' | 'color' | 'size';

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
  position: [string, string | undefined] | null;
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
  numberFormats: (string | undefined)[][];
  /** Every font change, in order. */
  fonts: { address: string; property: FontProperty; value: boolean | string | number }[];
  /** Column index → width in points. */
  columnWidths: Map<number, number>;
  tables: FakeTable[];
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  tabColor: string;
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

const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const ERROR_LITERAL = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|CALC!|SPILL!)$/;
const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

// TextEncoder, not Node's Buffer: the browser tests (test/e2e) serve this fake as the Office host.
const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseAddress(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').split(':');
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

/** The in-memory document, with the counters the tests read. */
export class FakeWorkbook {
  readonly sheets = new Map<string, FakeSheet>();
  enableEvents = true;
  calculationSuspensions = 0;
  activeSheet: string | null = null;
  /** The selected range's address on its sheet (`D7`); the sheet is the one it was selected on. */
  selection: string | null = null;
  /** Bytes (writes + reads) of each sync, in order. */
  readonly payloads: number[] = [];

  constructor(readonly payloadLimit = EXCEL_PAYLOAD_LIMIT) {}

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
  }

  /** A user sheet as Excel would hold it after typing: values as given (errors as error values). */
  addSheet(name: string, rows: readonly (readonly CellValue[])[] = [], visibility: Visibility = 'Visible'): FakeSheet {
    if (this.find(name)) throw new FakeExcelError('ItemAlreadyExists', name);
    const sheet: FakeSheet = {
      name,
      visibility,
      cells: rows.map((row) => row.map((v) => (v === null ? undefined : isCellError(v) ? { error: v.error } : v))),
      formulas: new Map(),
      numberFormats: [],
      fonts: [],
      columnWidths: new Map(),
      tables: [],
      charts: [],
      conditionalFormats: [],
      frozenRows: 0,
      tabColor: '',
    };
    this.sheets.set(name, sheet);
    return sheet;
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
    return JSON.parse(JSON.stringify({ ...s, formulas: [...s.formulas], columnWidths: [...s.columnWidths] }));
  }
}

type Op = { kind: 'write'; bytes: number; run: () => void } | { kind: 'read'; run: () => number };

class FakeContext implements ExcelContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly application: XlApplication;
  readonly runtime: FakeRuntime;

  constructor(readonly doc: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = { suspendApiCalculationUntilNextSync: () => this.write(() => void doc.calculationSuspensions++, 0) };
    this.runtime = new FakeRuntime(this);
  }

  write(run: () => void, bytes: number): void {
    this.queue.push({ kind: 'write', bytes, run });
  }

  /** A load: `run` stores the loaded properties and returns their size. */
  read(run: () => number): void {
    this.queue.push({ kind: 'read', run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const limit = this.doc.payloadLimit;
    let bytes = ops.reduce((n, op) => n + (op.kind === 'write' ? op.bytes : 0), 0);
    if (bytes > limit) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    for (const op of ops) {
      if (op.kind === 'write') op.run();
      else bytes += op.run();
    }
    this.doc.payloads.push(bytes);
    if (bytes > limit) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `response makes ${bytes} bytes`);
  }

  /** The sheet behind a proxy, checked to still exist when the operation runs. */
  live(handle: SheetHandle): FakeSheet {
    const sheet = handle.sheet ?? (handle.name !== undefined ? this.doc.find(handle.name) : undefined);
    if (!sheet || this.doc.sheets.get(sheet.name) !== sheet) throw new FakeExcelError('ItemNotFound', `sheet ${handle.name ?? '?'} does not exist`);
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

const properties = (names: string) => names.split(',').map((p) => p.trim().replace(/^items\//, ''));

class FakeWorkbookProxy implements XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
  }
}

class FakeRuntime extends Loadable implements XlRuntime {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get enableEvents(): boolean {
    return this.loadedValue('enableEvents');
  }
  set enableEvents(on: boolean) {
    this.ctx.write(() => void (this.ctx.doc.enableEvents = on), 5);
  }
  load(propertyNames: string): this {
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
    this.ctx.write(() => {
      const wanted = name ?? `Sheet${this.ctx.doc.sheets.size + 1}`;
      if (/[\\/?*[\]:]/.test(wanted) || wanted.length > 31) throw new FakeExcelError('InvalidArgument', `bad sheet name ${wanted}`);
      handle.sheet = this.ctx.doc.addSheet(wanted);
    }, bytesOf(name ?? ''));
    return new FakeWorksheet(this.ctx, handle);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { name: key });
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlFreezePanes;

  constructor(
    private readonly ctx: FakeContext,
    readonly handle: SheetHandle,
  ) {
    super();
    this.tables = new FakeTableCollection(ctx, handle);
    this.charts = { add: (type, source, seriesBy = 'Auto') => chartProxy(ctx, handle, type, source as FakeRange, seriesBy) };
    this.freezePanes = { freezeRows: (count = 1) => ctx.write(() => void (ctx.live(handle).frozenRows = count), 5) };
  }
  get name(): string {
    return this.loadedValue('name');
  }
  get visibility(): string {
    return this.loadedValue('visibility');
  }
  get tabColor(): string {
    return this.loadedValue('tabColor');
  }
  set tabColor(colour: string) {
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
  getRange(address = 'A1'): FakeRange {
    const rect = parseAddress(address);
    return new FakeRange(this.ctx, this.handle, () => rect);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.handle, (sheet) => usedRect(sheet, valuesOnly));
  }
  delete(): void {
    this.ctx.write(() => {
      const sheet = this.ctx.live(this.handle);
      const visible = [...this.ctx.doc.sheets.values()].filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) throw new FakeExcelError('InvalidOperation', 'cannot delete the last visible sheet');
      this.ctx.doc.sheets.delete(sheet.name);
    }, 5);
  }
  activate(): void {
    this.ctx.write(() => void (this.ctx.doc.activeSheet = this.ctx.live(this.handle).name), 5);
  }
}

function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  const grids = valuesOnly ? [sheet.cells] : [sheet.cells, sheet.numberFormats];
  for (const grid of grids)
    grid.forEach((row, i) =>
      row?.forEach((v, j) => {
        if (v === undefined) return;
        r = r ? { top: Math.min(r.top, i), left: Math.min(r.left, j), bottom: Math.max(r.bottom, i), right: Math.max(r.right, j) } : { top: i, left: j, bottom: i, right: j };
      }),
    );
  return r;
}

function valueType(v: FakeCell | undefined): string {
  if (v === undefined) return 'Empty';
  if (isCellError(v)) return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** What Excel stores for a value typed into a cell with this number format. */
function enter(v: unknown, format: string | undefined): { value: FakeCell | undefined; formula?: string } {
  if (v === '') return { value: undefined };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const text = String(v);
  if (format === '@') return { value: text };
  if (NUMBER_LITERAL.test(text.trim())) return { value: Number(text) };
  if (ERROR_LITERAL.test(text)) return { value: { error: text } };
  if (text.length > 1 && /^[=+\-@]/.test(text)) return { value: { error: '#NAME?' }, formula: text.startsWith('=') ? text : `=${text}` };
  return { value: text };
}

/** Apply a 2-D input to every cell of the range: a single value fills it, any other shape must match. */
function eachInput(rect: Rect, input: unknown[][], apply: (row: number, col: number, v: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const single = input.length === 1 && input[0]?.length === 1;
  if (!single && (input.length !== rows || input.some((r) => r.length !== cols)))
    throw new FakeExcelError('InvalidArgument', `input of ${input.length}×${input[0]?.length ?? 0} for a ${rows}×${cols} range`);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const v = single ? input[0][0] : input[r][c];
      if (v !== null && v !== undefined) apply(rect.top + r, rect.left + c, v);
    }
}

class FakeRange extends Loadable implements XlRange {
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;

  constructor(
    readonly ctx: FakeContext,
    private readonly handle: SheetHandle,
    private readonly area: (sheet: FakeSheet) => Rect | null,
  ) {
    super();
    const font = setOnly<XlFont, FontProperty>(['bold', 'italic', 'color', 'size'], (property, value) =>
      this.change((sheet, r) => void sheet.fonts.push({ address: formatAddress(r), property, value }), bytesOf(value)),
    {});
    this.format = setOnly<XlRangeFormat, 'columnWidth'>(
      ['columnWidth'],
      (_key, points) =>
        this.change((sheet, r) => {
          for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, points);
        }, bytesOf(points)),
      { font },
    );
    this.conditionalFormats = { add: () => conditionalFormatProxy(this) };
  }

  /** Queue a change of the sheet's cells in this range. */
  change(run: (sheet: FakeSheet, rect: Rect) => void, bytes: number): void {
    this.ctx.write(() => {
      const sheet = this.ctx.live(this.handle);
      const rect = this.area(sheet);
      if (!rect) throw new FakeExcelError('InvalidReference', 'null range');
      run(sheet, rect);
    }, bytes);
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
    this.change((sheet, rect) => {
      eachInput(rect, input, (r, c, v) => {
        const entered = enter(v, sheet.numberFormats[r]?.[c]);
        (sheet.cells[r] ??= [])[c] = entered.value;
        if (entered.formula) sheet.formulas.set(cellAddress(r, c), entered.formula);
        else sheet.formulas.delete(cellAddress(r, c));
      });
    }, bytesOf(input));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.change((sheet, rect) => eachInput(rect, input, (r, c, v) => ((sheet.numberFormats[r] ??= [])[c] = String(v))), bytesOf(input));
  }

  load(propertyNames: string): this {
    const wanted = properties(propertyNames);
    this.ctx.read(() => {
      const sheet = this.ctx.live(this.handle);
      const r = this.area(sheet);
      this.loaded.set('isNullObject', r === null);
      if (!r) return 0;
      const grid = <T>(f: (row: number, col: number) => T): T[][] =>
        Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => f(r.top + i, r.left + j)));
      const cell = (row: number, col: number) => sheet.cells[row]?.[col];
      const all: Record<string, () => unknown> = {
        address: () => qualified(sheet.name, r),
        rowIndex: () => r.top,
        columnIndex: () => r.left,
        rowCount: () => r.bottom - r.top + 1,
        columnCount: () => r.right - r.left + 1,
        values: () => grid((i, j) => {
          const v = cell(i, j);
          return v === undefined ? '' : isCellError(v) ? v.error : v;
        }),
        valueTypes: () => grid((i, j) => valueType(cell(i, j))),
        numberFormat: () => grid((i, j) => sheet.numberFormats[i]?.[j] ?? 'General'),
      };
      return this.store(
        Object.fromEntries(
          wanted.map((p) => {
            if (!all[p]) throw new FakeExcelError('InvalidArgument', `the fake cannot load ${p}`);
            return [p, all[p]()];
          }),
        ),
      );
    });
    return this;
  }

  select(): void {
    this.ctx.write(() => {
      const sheet = this.ctx.live(this.handle);
      if (this.ctx.doc.activeSheet !== sheet.name) throw new FakeExcelError('InvalidSelection', 'select a range on the active sheet');
      this.ctx.doc.selection = formatAddress(this.area(sheet)!);
    }, 5);
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
      const names = sheets.flatMap((s) => s.tables.map((t) => t.name));
      this.loaded.set('items', names.map((name) => ({ name, style: '' })));
      return bytesOf(names);
    });
    return this;
  }
  add(address: XlRange | string, hasHeaders: boolean): XlTable {
    if (!this.handle) throw new FakeExcelError('NotImplemented', 'the fake adds tables through a worksheet');
    const handle = this.handle;
    const p = new Pending<FakeTable>(this.ctx);
    const ctx = this.ctx;
    const range = typeof address === 'string' ? new FakeWorksheet(ctx, handle).getRange(address) : (address as FakeRange);
    range.change((sheet, r) => {
      const all = [...ctx.doc.sheets.values()].flatMap((s) => s.tables);
      p.record = { name: `Table${all.length + 1}`, address: formatAddress(r), hasHeaders, style: 'TableStyleMedium2' };
      sheet.tables.push(p.record);
    }, bytesOf(typeof address === 'string' ? address : 'range'));
    return setOnly<XlTable, 'name' | 'style'>(
      ['name', 'style'],
      (key, value) =>
        p.set((t) => {
          if (key === 'style') return void (t.style = value);
          const taken = [...ctx.doc.sheets.values()].flatMap((s) => s.tables).some((o) => o !== t && sameName(o.name, value));
          if (taken || !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw new FakeExcelError('InvalidArgument', `table name ${value}`);
          t.name = value;
        }, value),
      {},
    );
  }
}

function chartProxy(ctx: FakeContext, handle: SheetHandle, type: string, source: FakeRange, seriesBy: string): XlChart {
  const p = new Pending<FakeChart>(ctx);
  source.change((sheet, r) => {
    if (ctx.live(handle) !== sheet) throw new FakeExcelError('InvalidArgument', 'chart data on another sheet');
    p.record = { type, source: formatAddress(r), seriesBy, name: `Chart ${sheet.charts.length + 1}`, title: '', legendVisible: true, position: null };
    sheet.charts.push(p.record);
  }, 20);
  return setOnly<XlChart, 'name'>(['name'], (_key, name) => p.set((c) => (c.name = name), name), {
    title: setOnly<{ text: string }, 'text'>(['text'], (_key, t) => p.set((c) => (c.title = t), t), {}),
    legend: setOnly<{ visible: boolean }, 'visible'>(['visible'], (_key, v) => p.set((c) => (c.legendVisible = v), v), {}),
    setPosition: (startCell: string, endCell?: string) => p.set((c) => (c.position = [startCell, endCell]), [startCell, endCell]),
  });
}

/** `Excel.run` over the fake: one context per run; operations queued but never synced are a bug. */
export function fakeRun(workbook: FakeWorkbook): ExcelRun {
  return async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(workbook);
    const result = await batch(context);
    if (context.pending) throw new Error(`${context.pending} operations were queued after the last sync`);
    return result;
  };
}
