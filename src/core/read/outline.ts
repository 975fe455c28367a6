import { Money, add, compare, isZero, subtract } from '../money';
import { TableRow, plainRow } from './rows';

/** A group header that carries the sum of the rows under it, as a compact pivot table prints it. */
export interface LeadingSubtotal {
  header: TableRow;
  /** The item rows it sums, directly below it. */
  covered: TableRow[];
}

type Column = 'budget' | 'outcome';

const MAX_OUTLINE_ROWS = 50_000;

/** Running sums of a column over the items: sums[k] is the sum of items 0..k−1 (an empty cell adds nothing). */
function runningSums(items: readonly TableRow[], column: Column): Money[] {
  const sums: Money[] = [0];
  let sum: Money = 0;
  for (const r of items) {
    if (r[column] !== null) sum = add(sum, r[column]!);
    sums.push(sum);
  }
  return sums;
}

/** Öre as an exact key (a Decimal's text is exact too). */
const key = (m: Money) => String(m);

/**
 * Find group headers that print the sum of the rows under them (a pivot table in compact form: `2100
 * Räddningstjänst` above its accounts, with their total on the same row). A row is such a header when its
 * budget and outcome equal, to the öre, the sums of the two or more rows that follow it up to the next such
 * header. Found with running sums, so a long ledger costs one pass and one lookup per row. A table where rows
 * do not sum those below them gets none: only exact sums count, never a guess.
 */
export function leadingSubtotals(items: readonly TableRow[]): LeadingSubtotal[] {
  // A pivot is a summary: a table of this many rows is a ledger, not an outline, and is not searched.
  if (items.length < 3 || items.length > MAX_OUTLINE_ROWS) return [];
  const columns: Column[] = (['budget', 'outcome'] as const).filter((c) => items.some((r) => r[c] !== null));
  if (columns.length === 0) return [];
  const sums = columns.map((c) => runningSums(items, c));
  // Where each running sum of the first column is reached, in order.
  const reached = new Map<string, number[]>();
  sums[0].forEach((s, k) => {
    const list = reached.get(key(s));
    if (list) list.push(k);
    else reached.set(key(s), [k]);
  });
  const found: LeadingSubtotal[] = [];
  let i = 0;
  while (i < items.length - 2) {
    const end = matchingEnd(items, i, columns, sums, reached);
    if (end === null) {
      i++;
      continue;
    }
    found.push({ header: items[i], covered: items.slice(i + 1, end) });
    i = end;
  }
  // One such row in a table is more likely a coincidence than an outline: an outline has several groups covering most rows.
  const inGroups = found.reduce((n, g) => n + g.covered.length + 1, 0);
  return found.length >= 2 && inGroups * 2 > items.length ? found : [];
}

/** The end (exclusive) of the run of two or more items after `i` whose sums equal item i's amounts in every column. */
function matchingEnd(
  items: readonly TableRow[],
  i: number,
  columns: readonly Column[],
  sums: readonly Money[][],
  reached: Map<string, number[]>,
): number | null {
  const first = items[i][columns[0]];
  if (first === null || isZero(first)) return null;
  const target = key(add(sums[0][i + 1], first));
  // The first place after two or more rows where the running sum reaches the header's figure in every column
  // (a row with no budget leaves the budget's running sum where it was, so the first reach may be one row short).
  const agreesAt = (k: number) =>
    columns.every((c, n) => {
      const v = items[i][c];
      return v === null ? n > 0 : compare(subtract(sums[n][k], sums[n][i + 1]), v) === 0;
    });
  return (reached.get(target) ?? []).find((k) => k >= i + 3 && agreesAt(k)) ?? null;
}

/**
 * The rows with each leading subtotal turned into a total (never a line, never added again) and the rows under
 * it grouped by it, as the pivot's outline shows them; and what each of those totals covers.
 */
export function withOutline(rows: readonly TableRow[], found: readonly LeadingSubtotal[]): { rows: TableRow[]; covers: Map<TableRow, TableRow[]> } {
  const replaced = new Map<TableRow, TableRow>();
  const covers = new Map<TableRow, TableRow[]>();
  for (const { header, covered } of found) {
    const total: TableRow = { ...plainRow(header), kind: 'total', result: false, goalArea: null };
    replaced.set(header, total);
    const name = header.label;
    const children = covered.map((c) => {
      const child: TableRow = { ...plainRow(c), section: name, goalArea: name, known: undefined };
      replaced.set(c, child);
      return child;
    });
    covers.set(total, children);
  }
  return { rows: rows.map((r) => replaced.get(r) ?? r), covers };
}
