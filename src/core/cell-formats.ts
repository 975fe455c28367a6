import { SheetFormats } from './cells';

/**
 * Gathers a sheet's number formats as an adapter reads its cells (one call per number cell whose format is
 * not General), into the runs SheetFormats keeps: a column of a million rows in one format is one run.
 */
export class FormatRuns {
  private readonly codes: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly runs: (number[] | undefined)[] = [];
  /** Columns given a row above one they already had (a file's cells out of order): sorted when finished. */
  private unsorted: Set<number> | null = null;
  private lastCode: string | null = null;
  private lastIndex = -1;

  add(row: number, col: number, code: string): void {
    let i = this.lastIndex;
    if (code !== this.lastCode) {
      i = this.index.get(code) ?? -1;
      if (i < 0) {
        i = this.codes.length;
        this.codes.push(code);
        this.index.set(code, i);
      }
      this.lastCode = code;
      this.lastIndex = i;
    }
    const list = (this.runs[col] ??= []);
    const n = list.length;
    if (n > 0) {
      const last = list[n - 2];
      if (row === last + 1 && list[n - 1] === i) {
        list[n - 2] = row;
        return;
      }
      if (row <= last) (this.unsorted ??= new Set()).add(col);
    }
    list.push(row, row, i);
  }

  /** The formats gathered (`known`: the areas looked at, when not all were); undefined when every number showed General. */
  finish(known?: number[]): SheetFormats | undefined {
    if (this.codes.length === 0) return undefined;
    for (const col of this.unsorted ?? []) this.runs[col] = sortedRuns(this.runs[col]!);
    return { codes: this.codes, runs: this.runs, ...(known ? { known } : {}) };
  }
}

function sortedRuns(list: number[]): number[] {
  const triples: [number, number, number][] = [];
  for (let k = 0; k < list.length; k += 3) triples.push([list[k], list[k + 1], list[k + 2]]);
  triples.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [first, last, code] of triples) {
    const n = out.length;
    if (n > 0 && out[n - 1] === code && first <= out[n - 2] + 1) out[n - 2] = Math.max(out[n - 2], last);
    else out.push(first, last, code);
  }
  return out;
}

/** The format of a number cell; null for General, or where the adapter did not read it (see `formatKnown`). */
export function formatAt(formats: SheetFormats | undefined, row: number, col: number): string | null {
  const list = formats?.runs[col];
  if (!list) return null;
  // The last run that starts at or above the row.
  let lo = 0;
  let hi = list.length / 3 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid * 3] <= row) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && list[found * 3 + 1] >= row ? formats!.codes[list[found * 3 + 2]] : null;
}

/** Whether the adapter read the format of a cell (every cell's, unless it read some areas only). */
export function formatKnown(formats: SheetFormats, row: number, col: number): boolean {
  const { known } = formats;
  if (!known) return true;
  for (let k = 0; k < known.length; k += 4) if (row >= known[k] && col >= known[k + 1] && row <= known[k + 2] && col <= known[k + 3]) return true;
  return false;
}
