/**
 * Row blocks and sync batches: how a large read or write is cut so that no request or response passes
 * Excel's 5 MB payload limit, while a small workbook still goes in a fixed, small number of syncs.
 */

export interface PayloadLimits {
  /** Bytes one sync may carry. Excel allows 5 MB; the rest is room for what the estimates miss. */
  maxBytes: number;
  /** Cells one range may hold: Excel on the web may return null past 5 000 000. */
  maxCells: number;
  /**
   * Bytes per cell read (value and value type together as JSON) assumed for a sheet's first block; later
   * blocks are sized from what its cells turned out to hold (src/excel/read.ts).
   */
  readBytesPerCell: number;
  /** Estimated bytes of one queued operation that carries no cell data (a format, a font, a table). */
  operationBytes: number;
}

export const DEFAULT_LIMITS: PayloadLimits = {
  maxBytes: 4_000_000,
  maxCells: 5_000_000,
  readBytesPerCell: 40,
  operationBytes: 200,
};

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
   * Rows `0 … rowCount - 1` of about `rowBytes(i)` each, in blocks of at most `maxRows` that fill the
   * current sync and then further ones; `queueBlock` queues one block.
   */
  addRows(rowCount: number, rowBytes: (row: number) => number, maxRows: number, queueBlock: (first: number, count: number) => void): void {
    let first = 0;
    while (first < rowCount) {
      let count = 0;
      let bytes = 0;
      while (first + count < rowCount && count < maxRows) {
        const b = rowBytes(first + count);
        if (bytes + b > this.room && (count > 0 || this.current.length)) break;
        bytes += b;
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
