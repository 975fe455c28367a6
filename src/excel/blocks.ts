/**
 * Row blocks and sync batches: how a large read or write is cut so that no request or response passes
 * Excel's 5 MB payload limit, while a small workbook still goes in a fixed, small number of syncs.
 */

/** Excel on the web's limit on a request and on a response ("5MB"), taken as 5 × 1024 × 1024 bytes. */
export const EXCEL_PAYLOAD_BYTES = 5 * 1024 * 1024;

export interface PayloadLimits {
  /**
   * Bytes one sync may carry, as the adapter counts them: cell data measured exactly (the UTF-8 length of the
   * JSON of the arrays queued, or returned by the blocks read before) and `operationBytes` for each queued
   * operation. Below Excel's limit by the room the request's own wrapper needs.
   */
  maxBytes: number;
  /** Cells one range may hold: Excel on the web may return null past 5 000 000. */
  maxCells: number;
  /**
   * Bytes per cell read (value and value type together as JSON) assumed for a sheet's first block, before
   * anything of it was read; later blocks are sized from what its blocks really returned (src/excel/read.ts).
   */
  readBytesPerCell: number;
  /**
   * How much denser than the sheet's latest rows read (a quarter of a sync's worth) the next block may turn
   * out: read blocks are sized for their bytes per cell times 1 + this. A block denser than that is refused
   * by Excel and read again smaller (src/excel/read.ts).
   */
  readHeadroom: number;
  /**
   * Bytes of one queued operation besides its cell data: its action, its object's path (the range's address)
   * and the action making that path in Office.js's request (about 300 bytes), a loaded object's wrapper and
   * keys in the response, and the small value of an operation that carries no cell data (a format, a font).
   */
  operationBytes: number;
}

/**
 * Room left in each sync for what is not counted: the request's own wrapper (about 100 bytes), the
 * suspension of calculation each sync begins with, the object paths of the sheets. 32 KiB, 0.6 % of the limit.
 */
export const ENVELOPE_BYTES = 32 * 1024;

export const DEFAULT_LIMITS: PayloadLimits = {
  maxBytes: EXCEL_PAYLOAD_BYTES - ENVELOPE_BYTES,
  maxCells: 5_000_000,
  // A ledger's cell: an amount `123456.78,` with `"Double",`, or a text of some twenty characters with `"String",`.
  readBytesPerCell: 32,
  // A quarter of a sync is thousands of rows: from one to the next the bytes per cell differ by a few per
  // cent where the sheet's text changes (one goal area's name to the next), rarely more.
  readHeadroom: 0.06,
  operationBytes: 400,
};

/**
 * What a block of rows weighs as it is queued, row by row: `reset` begins an empty block, `add(row)` puts the
 * next row in it and returns what the block then weighs in all (its operations and brackets included).
 */
export interface BlockMeter {
  reset(): void;
  add(row: number): number;
}

/** A meter for rows of `rowBytes(i)` each, a block costing `blockBytes` besides them. */
export function rowMeter(rowBytes: (row: number) => number, blockBytes = 0): BlockMeter {
  let bytes = blockBytes;
  return {
    reset: () => void (bytes = blockBytes),
    add: (row) => (bytes += rowBytes(row)),
  };
}

/**
 * Operations packed, in queue order, into syncs of at most `maxBytes`: each sync is filled before the next
 * is begun, and rows are cut into blocks that fit the room left. An operation larger than the limit on its
 * own (a single huge row) still goes, alone.
 */
export class SyncPlan {
  private readonly batches: (() => void)[][] = [[]];
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  get syncs(): number {
    return this.batches.filter((b) => b.length).length;
  }

  private get room(): number {
    return this.maxBytes - this.bytes;
  }

  private get current(): (() => void)[] {
    return this.batches[this.batches.length - 1];
  }

  private next(): void {
    if (!this.current.length) return;
    this.batches.push([]);
    this.bytes = 0;
  }

  /** Queue `queue` (about `bytes` of payload) in the current sync, or in the next when it would not fit. */
  add(bytes: number, queue: () => void): void {
    if (bytes > this.room) this.next();
    this.current.push(queue);
    this.bytes += bytes;
  }

  /**
   * Rows `0 … rowCount - 1` in blocks of at most `maxRows` that fill the current sync and then further ones,
   * each block as heavy as `meter` says; `queueBlock` queues one block. A row too large for a sync of its own
   * still goes, alone.
   */
  addRows(rowCount: number, meter: BlockMeter, maxRows: number, queueBlock: (first: number, count: number) => void): void {
    let first = 0;
    while (first < rowCount) {
      meter.reset();
      let count = 0;
      let bytes = 0;
      while (first + count < rowCount && count < maxRows) {
        const withRow = meter.add(first + count);
        if (withRow > this.room && (count > 0 || this.current.length)) break;
        bytes = withRow;
        count++;
      }
      if (count === 0) {
        this.next();
        continue;
      }
      const block = first;
      this.add(bytes, () => queueBlock(block, count));
      first += count;
    }
  }

  /**
   * Queue each batch and sync it, in order; `before` opens every batch. This is a loop over payload-sized
   * batches, never over rows or cells: a workbook that fits one request takes one sync, and each further
   * sync carries up to `maxBytes`.
   */
  async run(context: { sync(): Promise<unknown> }, before: () => void = () => {}): Promise<void> {
    for (const batch of this.batches) {
      if (!batch.length) continue;
      before();
      for (const queue of batch) queue();
      // One sync per payload-sized batch (see above): the loop is how a large write is cut, never per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  }
}

/** UTF-8 length of a string, without Node's Buffer (the adapter runs in a browser). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as it travels in a request: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** Bytes of one cell value's JSON as it travels (a number, text, a boolean, null), without building the JSON of its row. */
export function cellJsonBytes(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'string') return utf8Length(JSON.stringify(value));
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null || value === undefined) return 4;
  return jsonBytes(value);
}
