import { CellValue, SheetData, SheetVisibility, rangeAddress } from '../core/cells';
import { FormatRuns } from '../core/cell-formats';
import { ExcelContext, XlRange, XlWorksheet } from './api';
import { PayloadLimits, jsonBytes } from './blocks';
import { DAYS_1900_TO_1904, isDateFormat, probeDateSystem } from './date-system';
import { officeErrorCode } from './errors';

/**
 * One cell of `range.values` with its `range.valueTypes` entry, as the core sees it: an error value is kept
 * apart from text that merely looks like one, and an empty cell is null (Excel gives '' for it).
 */
export function toCellValue(value: unknown, type: string): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const cellsOf = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const addressOf = (r: Rect) => rangeAddress(r.top, r.left, r.bottom, r.right);
const rectOf = (range: XlRange): Rect => ({
  top: range.rowIndex,
  left: range.columnIndex,
  bottom: range.rowIndex + range.rowCount - 1,
  right: range.columnIndex + range.columnCount - 1,
});

/**
 * Where a used range is larger than this, the read first asks where its values are: a stray value in
 * XFD1048576 makes the used range the whole sheet (17 billion cells), and reading that would never end.
 */
export const PROBE_CELLS = 1_000_000;
/** A probed area is cut into at most this many bands each way (so at most 1 024 tiles). */
const PROBE_GRID = 32;
/** Tiles probed in one sync at most (about 80 bytes of response each). */
const MAX_PROBES = 4096;
/** Probing rounds at most: each cuts an area it did not settle 32 × 32 finer. */
const PROBE_ROUNDS = 3;
/** A sync the host refused for its size is retried in smaller blocks this many times at most. */
const MAX_REFUSALS = 24;
/** Bytes per cell assumed at least, however short the cells read so far. */
const MIN_BYTES_PER_CELL = 8;
/** A block is loaded in at most this many parts, each about a quarter of a sync. */
const PARTS = 4;
/**
 * Rows of each area, from its top, whose number formats are read with their values: a table's header and its
 * first rows, enough for the core to tell a column of kronor shown as tkr (`#,##0,` under `(tkr)`) from one of
 * tkr. Only these: a format weighs about what a value type does (`"General",` is 10 bytes a cell), and reading
 * every cell's would make a large sheet's read some 40 % heavier. A 1904 workbook reads every cell's (dates).
 */
export const FORMAT_ROWS = 1_000;
/** Bytes per cell a number format is taken to weigh before any came back (`"General",` is 10, `"#,##0.00",` 11). */
const FORMAT_BYTES_PER_CELL = 12;
/** Bytes per cell a number format weighs at least (`"",`). */
const MIN_FORMAT_BYTES = 3;

function tiles(r: Rect): Rect[] {
  const rows = r.bottom - r.top + 1;
  const columns = r.right - r.left + 1;
  const rowBands = Math.min(PROBE_GRID, rows);
  const columnBands = Math.min(PROBE_GRID, columns);
  const out: Rect[] = [];
  for (let i = 0; i < rowBands; i++) {
    const top = r.top + Math.floor((i * rows) / rowBands);
    const bottom = r.top + Math.floor(((i + 1) * rows) / rowBands) - 1;
    for (let j = 0; j < columnBands; j++) {
      const left = r.left + Math.floor((j * columns) / columnBands);
      const right = r.left + Math.floor(((j + 1) * columns) / columnBands) - 1;
      out.push({ top, left, bottom, right });
    }
  }
  return out;
}

/** Boxes that overlap or touch (side or corner) become one box, until none touch. */
export function mergeTouching(boxes: readonly Rect[]): Rect[] {
  const out = boxes.map((b) => ({ ...b }));
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < out.length; i++)
      for (let j = out.length - 1; j > i; j--) {
        const a = out[i];
        const b = out[j];
        if (b.top > a.bottom + 1 || a.top > b.bottom + 1 || b.left > a.right + 1 || a.left > b.right + 1) continue;
        out[i] = { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
        out.splice(j, 1);
        merged = true;
      }
  }
  return out;
}

/**
 * The areas of each sheet that hold values. A used range up to PROBE_CELLS is read as it is; a larger one is
 * cut into tiles, and each tile's own used range (`Range.getUsedRangeOrNullObject(true)`, ExcelApi 1.4) says
 * where its values are; boxes that touch are merged, and a merged box still larger and not settled is probed
 * again, finer. One sync per round for all sheets; a workbook without large used ranges takes none.
 */
async function locateValues(context: ExcelContext, worksheets: readonly XlWorksheet[], used: readonly (Rect | null)[]): Promise<Rect[][]> {
  const areas: Rect[][] = used.map((u) => (u ? [u] : []));
  const settled = new Set<Rect>();
  for (let round = 0; round < PROBE_ROUNDS; round++) {
    const probed: { sheet: number; area: Rect; tiles: XlRange[] }[] = [];
    let probes = 0;
    areas.forEach((list, sheet) =>
      list.forEach((area) => {
        if (settled.has(area) || cellsOf(area) <= PROBE_CELLS) return;
        const cut = tiles(area);
        if (probes + cut.length > MAX_PROBES) return;
        probes += cut.length;
        probed.push({
          sheet,
          area,
          tiles: cut.map((t) => worksheets[sheet].getRange(addressOf(t)).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount')),
        });
      }),
    );
    if (!probed.length) break;
    // One sync per probing round (at most PROBE_ROUNDS), each for every sheet at once: never per tile or row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const p of probed) {
      const boxes = mergeTouching(p.tiles.filter((t) => !t.isNullObject).map(rectOf));
      const list = areas[p.sheet];
      list.splice(list.indexOf(p.area), 1, ...boxes);
      // Probing found nothing to leave out: the area is dense (or its values are everywhere); read it whole.
      if (boxes.length === 1 && cellsOf(boxes[0]) === cellsOf(p.area)) settled.add(boxes[0]);
    }
  }
  return areas;
}

interface Block extends Rect {
  sheet: number;
  /** The last row whose number formats are read with its values. */
  formatsThrough: number;
}

interface LoadedBlock {
  block: Block;
  range: XlRange;
  /** Whether its number formats were loaded. */
  formats: boolean;
}

/** What blocks of one sheet came back with: their bytes (the JSON of every array loaded) and cells. */
interface Returned {
  bytes: number;
  cells: number;
}

/**
 * Read the areas' values in blocks sized from the data: each block as many rows as fit the payload budget at
 * the bytes per cell the sheet's latest rows returned (a quarter of a sync's worth; until that much came
 * back, not under `readBytesPerCell`, the guess its first block is sized on), with `readHeadroom` to spare;
 * within Excel's 5 000 000-cell limit per range, as many blocks per sync as fit. Each block is loaded in
 * parts of about a quarter of a sync, so what its last rows hold is known apart. The latest rows, not the
 * densest seen: a sheet sorted by goal area or account has longer text in some parts than in others, and
 * blocks sized for its densest part would leave most syncs part empty.
 * A sync the host refuses for its size (ResponsePayloadSizeLimitExceeded: the rows were denser than the
 * latest ones) is read again in smaller blocks: with twice the headroom the first time, at half the size
 * after that or when little of the sheet was seen. Reading changes nothing, so a retry is safe.
 */
async function readBlocks(
  context: ExcelContext,
  worksheets: readonly XlWorksheet[],
  areas: readonly Rect[][],
  limits: PayloadLimits,
  allFormats: boolean,
): Promise<LoadedBlock[]> {
  const queue: Block[] = areas.flatMap((list, sheet) => list.map((r) => ({ ...r, sheet, formatsThrough: allFormats ? r.bottom : r.top + FORMAT_ROWS - 1 })));
  // Per sheet: bytes per cell to plan its next block with (values and value types; number formats apart, as
  // only some blocks load them), what its latest blocks returned, and how many times in a row a block of it
  // was refused.
  const estimate = worksheets.map(() => limits.readBytesPerCell);
  const formatEstimate = worksheets.map(() => FORMAT_BYTES_PER_CELL);
  const recent: Returned[][] = worksheets.map(() => []);
  const refusedInARow = worksheets.map(() => 0);
  // Enough of a sheet seen to size its blocks on: a quarter of a sync.
  const enough = limits.maxBytes / 4;
  const seen = (sheet: number) => recent[sheet].reduce((n, r) => n + r.bytes, 0);
  const done: LoadedBlock[] = [];
  let refusals = 0;
  while (queue.length) {
    const batch: { block: Block; parts: LoadedBlock[] }[] = [];
    let bytes = 0;
    while (queue.length) {
      const next = queue[0];
      const columns = next.right - next.left + 1;
      // A block loads its rows' formats or none: it ends where the rows with formats end.
      const formats = next.top <= next.formatsThrough;
      const rowBytes = columns * (estimate[next.sheet] + (formats ? formatEstimate[next.sheet] : 0));
      const fit = Math.floor((limits.maxBytes - bytes - PARTS * limits.operationBytes) / rowBytes);
      let rows = Math.min(
        (formats ? Math.min(next.bottom, next.formatsThrough) : next.bottom) - next.top + 1,
        Math.max(1, Math.floor(limits.maxCells / columns)),
        fit,
      );
      if (rows < 1) {
        if (batch.length) break;
        rows = 1; // one row over the budget on its own still goes, alone
      }
      const block: Block = { ...next, bottom: next.top + rows - 1 };
      if (block.bottom === next.bottom) queue.shift();
      else queue[0] = { ...next, top: block.bottom + 1 };
      // Loaded in parts of about a quarter of a sync each, so the last part shows what the rows just read hold.
      const count = Math.min(PARTS, rows, Math.ceil((rows * rowBytes) / enough));
      const parts = Array.from({ length: count }, (_, i): Block => ({
        ...block,
        top: block.top + Math.floor((i * rows) / count),
        bottom: block.top + Math.floor(((i + 1) * rows) / count) - 1,
      }));
      const properties = formats ? 'values,valueTypes,numberFormat' : 'values,valueTypes';
      batch.push({ block, parts: parts.map((part) => ({ block: part, range: worksheets[part.sheet].getRange(addressOf(part)).load(properties), formats })) });
      bytes += rows * rowBytes + count * limits.operationBytes;
    }
    try {
      // One sync per payload-sized batch of blocks, never per row or cell; the loop is how a large sheet is cut.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const code = officeErrorCode(error);
      if ((code !== 'ResponsePayloadSizeLimitExceeded' && code !== 'RequestPayloadSizeLimitExceeded') || ++refusals > MAX_REFUSALS) throw error;
      // The batch's cells came to more than the limit: each of its sheets is at least that dense.
      const proven = limits.maxBytes / batch.reduce((n, b) => n + cellsOf(b.block), 0);
      for (const sheet of new Set(batch.map((b) => b.block.sheet))) {
        const streak = ++refusedInARow[sheet];
        // A sheet that turned somewhat denser gets twice the headroom; one refused again, or whose guess was
        // all there was, is read in blocks of half the size, until one comes back and shows what it holds.
        const raise = seen(sheet) >= enough && streak === 1 ? 1 + 2 * limits.readHeadroom : 2;
        estimate[sheet] = Math.max(estimate[sheet], proven) * raise;
      }
      const lone = batch.length === 1 && batch[0].block.top === batch[0].block.bottom ? batch[0].block : null;
      if (lone && lone.left < lone.right) {
        // A single row too large: cut it in two halves side by side.
        const middle = Math.floor((lone.left + lone.right) / 2);
        queue.unshift({ ...lone, right: middle }, { ...lone, left: middle + 1 });
      } else queue.unshift(...batch.map((b) => b.block));
      continue;
    }
    for (const part of batch.flatMap((b) => b.parts)) {
      const sheet = part.block.sheet;
      // What the part really weighed: the UTF-8 length of the JSON of each array it returned.
      recent[sheet].push({ bytes: jsonBytes(part.range.values) + jsonBytes(part.range.valueTypes), cells: cellsOf(part.block) });
      if (part.formats)
        formatEstimate[sheet] = Math.max(MIN_FORMAT_BYTES, (jsonBytes(part.range.numberFormat) / cellsOf(part.block)) * (1 + limits.readHeadroom));
      refusedInARow[sheet] = 0;
      done.push(part);
    }
    for (const sheet of new Set(batch.map((b) => b.block.sheet))) {
      // The latest parts back to a quarter of a sync's worth; older ones are forgotten.
      const list = recent[sheet];
      let bytes = 0;
      let cells = 0;
      let from = list.length;
      while (from > 0 && bytes < enough) {
        from--;
        bytes += list[from].bytes;
        cells += list[from].cells;
      }
      list.splice(0, from);
      const sized = Math.max(MIN_BYTES_PER_CELL, (bytes / cells) * (1 + limits.readHeadroom));
      estimate[sheet] = bytes < enough ? Math.max(sized, limits.readBytesPerCell) : sized;
    }
  }
  return done;
}

/** Rows as the ExcelJS adapter gives them: no trailing empty cells in a row, no trailing empty rows. */
function trimmed(values: CellValue[][]): CellValue[][] {
  for (const row of values) while (row.length && row[row.length - 1] === null) row.pop();
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return values;
}

/**
 * Every worksheet as plain values. Sync 1: names, visibility and the workbook's date system. Sync 2: each
 * sheet's used range (its sheets are only known after sync 1, so the two cannot share a sync). A used range
 * over PROBE_CELLS is probed for where its values are (a sync per round, only then). Then the values in
 * blocks, all blocks of all sheets queued into as few syncs as the payload allows: a small workbook is read in
 * three syncs in all, however many sheets it has. The number formats of each area's first FORMAT_ROWS rows
 * come with their values, for the core to read `#,##0,` under `(tkr)` as kronor shown in tkr; in a workbook
 * that counts dates from 1904 every cell's come, and a number shown as a date is moved to the 1900 system the
 * core counts in.
 */
export async function readWorkbookSheets(context: ExcelContext, limits: PayloadLimits): Promise<SheetData[]> {
  const collection = context.workbook.worksheets.load('items/name,items/visibility');
  const date1904 = probeDateSystem(context);
  await context.sync();
  const worksheets: XlWorksheet[] = collection.items;
  const usedRanges = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();

  const areas = await locateValues(
    context,
    worksheets,
    usedRanges.map((r) => (r.isNullObject ? null : rectOf(r))),
  );
  const in1904 = date1904();
  const blocks = await readBlocks(context, worksheets, areas, limits, in1904);

  const sheets: SheetData[] = worksheets.map((ws) => ({ name: ws.name, values: [], visibility: VISIBILITY[ws.visibility] ?? 'visible' }));
  const runs = worksheets.map(() => new FormatRuns());
  // Per sheet, the areas whose formats were read (top, left, bottom, right), where some were not.
  const known: number[][] = worksheets.map(() => []);
  const partial = worksheets.map((_, i) => blocks.some((b) => b.block.sheet === i && !b.formats));
  for (const { block, range, formats: withFormats } of blocks) {
    const values = sheets[block.sheet].values;
    const cells = range.values;
    const types = range.valueTypes;
    const formats = withFormats ? range.numberFormat : null;
    if (formats) known[block.sheet].push(block.top, block.left, block.bottom, block.right);
    for (let r = 0; r < cells.length; r++) {
      const row = (values[block.top + r] ??= []);
      for (let c = 0; c < cells[r].length; c++) {
        let value = toCellValue(cells[r][c], types[r][c]);
        if (formats && typeof value === 'number') {
          const format = formats[r][c];
          if (in1904 && isDateFormat(format)) value += DAYS_1900_TO_1904;
          // Excel gives every cell's format in its invariant form; General is what a cell without one shows.
          if (typeof format === 'string' && format !== 'General' && format !== '') runs[block.sheet].add(block.top + r, block.left + c, format);
        }
        row[block.left + c] = value;
      }
    }
  }
  sheets.forEach((sheet, i) => {
    for (let r = 0; r < sheet.values.length; r++) {
      const row = (sheet.values[r] ??= []);
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    }
    trimmed(sheet.values);
    const formats = runs[i].finish(partial[i] ? known[i] : undefined);
    if (formats) sheet.formats = formats;
  });
  return sheets;
}
