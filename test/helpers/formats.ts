import { SheetData } from '../../src/core/cells';
import { FormatRuns } from '../../src/core/cell-formats';

/** `B4:D8` → zero-based rows and columns. */
function area(a1: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 };
  };
  const [from, to = from] = a1.split(':').map(cell);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** The sheet with each area's number cells in a format, as an adapter reads them (`known`: the areas it read). */
export function formatted(s: SheetData, formats: Record<string, string>, known?: string[]): SheetData {
  // A later area's format wins over an earlier one's, cell by cell; each cell is given once, in sheet order.
  const codes = new Map<string, { r: number; c: number; code: string }>();
  for (const [a1, code] of Object.entries(formats)) {
    const { top, left, bottom, right } = area(a1);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (typeof s.values[r]?.[c] === 'number') codes.set(`${r}:${c}`, { r, c, code });
  }
  const b = new FormatRuns();
  for (const { r, c, code } of [...codes.values()].sort((x, y) => x.r - y.r || x.c - y.c)) b.add(r, c, code);
  const f = b.finish(known?.flatMap((a) => Object.values(area(a))));
  return f ? { ...s, formats: f } : s;
}
