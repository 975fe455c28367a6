/**
 * Levels shown by leading spaces in the labels (`Intäkter`, `  Medlemsbidrag`, `    Försäkringskassan`), as
 * report tools print them, each parent row carrying the sum of the rows under it, above them, with no Summa
 * word. A row is such a parent when the rows right under it one level deeper (two or more) sum, to the öre, to
 * every amount it prints: it is then a total of them, never a line, and nothing is counted twice. Only exact
 * sums count, never a guess; a table without leading spaces is not looked at.
 */
import { CellValue, SheetData } from '../cells';
import { Money, add, compare } from '../money';
import { TableRow, plainRow } from './rows';

const MAX_ROWS = 5_000;
const AMOUNTS = ['budget', 'periodBudget', 'outcome', 'forecast'] as const;

/** The leading spaces of a label cell (no-break spaces too): its level in the report's outline. */
function indentOf(v: CellValue | undefined): number {
  if (typeof v !== 'string') return 0;
  let n = 0;
  while (n < v.length && (v[n] === ' ' || v[n] === '\u00a0')) n++;
  return n;
}

/** Whether `children` sum to every amount `parent` prints, exactly, and it prints at least one. */
function sumsTo(parent: TableRow, children: readonly TableRow[]): boolean {
  let compared = 0;
  for (const k of AMOUNTS) {
    const p = parent[k];
    if (p === null) continue;
    let s: Money = 0;
    for (const c of children) if (c[k] !== null) s = add(s, c[k]!);
    if (compare(s, p) !== 0) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * The rows with each indented parent turned into a total, and what each covers (its children one level down,
 * parents among them as the totals they became).
 */
export function indentedSubtotals(
  rows: readonly TableRow[],
  sheet: SheetData,
  labelCol: number,
): { rows: TableRow[]; covers: Map<TableRow, TableRow[]> } | null {
  if (rows.length > MAX_ROWS) return null;
  const levels = rows.map((r) => indentOf(sheet.values[r.row]?.[labelCol]));
  if (!levels.some((l) => l > 0)) return null;
  const children = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind !== 'item') continue;
    const under: number[] = [];
    for (let j = i + 1; j < rows.length && levels[j] > levels[i]; j++) if (rows[j].kind !== 'section') under.push(j);
    if (under.length < 2) continue;
    const next = Math.min(...under.map((j) => levels[j]));
    const direct = under.filter((j) => levels[j] === next);
    if (
      direct.length >= 2 &&
      sumsTo(
        rows[i],
        direct.map((j) => rows[j]),
      )
    )
      children.set(i, direct);
  }
  if (children.size === 0) return null;
  const out = rows.map((r, i) => (children.has(i) ? { ...plainRow(r), kind: 'total' as const, result: false, goalArea: null } : r));
  const covers = new Map<TableRow, TableRow[]>();
  for (const [i, direct] of children)
    covers.set(
      out[i],
      direct.map((j) => out[j]),
    );
  return { rows: out, covers };
}
