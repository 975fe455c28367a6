import { TableLayout } from '../read/tables';
import { TableRow } from '../read/rows';
import { coverTotals } from '../read/totals';
import { PRINTED_STEP_ORE } from '../read/units';
import { cellAddress } from '../cells';
import { Check, ReadTable, controlTotalChecks, reportedDeviationChecks } from './checks';

/** Tables side by side on one header row, left to right, with the rows read from each. */
export interface BesideGroup {
  members: { layout: TableLayout; rows: TableRow[] }[];
}

/** The tables of a sheet that stand side by side, grouped by their header row; tables alone are left out. */
export function besideGroups(read: readonly { layout: TableLayout; rows: TableRow[] }[]): BesideGroup[] {
  const byRow = new Map<number, BesideGroup>();
  for (const m of read) {
    if (!m.layout.beside) continue;
    const g = byRow.get(m.layout.headerRow) ?? { members: [] };
    g.members.push(m);
    byRow.set(m.layout.headerRow, g);
  }
  return [...byRow.values()].filter((g) => g.members.length >= 2).map((g) => ({ members: g.members.sort((a, b) => a.layout.firstCol - b.layout.firstCol) }));
}

/**
 * Totals that add up every table of a group, not the one they stand under: `Resultat` below `Summa intäkter`
 * on the left, after the costs on the right have ended with `Summa kostnader`. Such a total is a trailing run of
 * total rows in one table, below a total of that table's own and below every row of the others.
 */
export function groupTotals(group: BesideGroup): Map<TableRow, TableLayout> {
  const found = new Map<TableRow, TableLayout>();
  for (const m of group.members) {
    const othersEnd = Math.max(...group.members.filter((o) => o !== m).map((o) => (o.rows.length ? o.rows[o.rows.length - 1].row : Infinity)));
    let i = m.rows.length;
    while (i > 0 && m.rows[i - 1].kind === 'total' && m.rows[i - 1].row > othersEnd) i--;
    // Its own total above it: the table's list is closed before the run begins.
    const ownTotal = m.rows.slice(0, i).some((r) => r.kind === 'total');
    if (i === m.rows.length || !ownTotal) continue;
    for (const r of m.rows.slice(i)) found.set(r, m.layout);
  }
  return found;
}

/**
 * The checks of the totals across a group: each against the rows of every table of the group, left to right, as
 * if they stood one under the other (`Resultat` = income − costs). Tables that write their signs differently
 * cannot be added: the total is then named as not checked.
 */
export function groupTotalChecks(group: readonly ReadTable[], holders: ReadonlyMap<TableRow, TableLayout>): Check[] {
  const totals = [...holders.keys()].sort((a, b) => a.row - b.row);
  if (totals.length === 0) return [];
  const holder = group.find((t) => t.layout === holders.get(totals[0]))!;
  if (group.some((t) => t.convention !== holder.convention)) {
    return totals.map((r) => ({
      kind: 'control-total',
      class: 'info',
      sheet: holder.layout.sheet,
      cell: cellAddress(r.row, holders.get(r)!.labelCol),
      expected: null,
      found: null,
      difference: null,
      messageKey: 'check.besideNotAdded',
      params: { line: r.label },
    }));
  }
  const rows = [...group.flatMap((t) => t.rows), ...totals];
  const coverage = coverTotals(rows, PRINTED_STEP_ORE[holder.layout.unit], holder.convention).filter((c) => holders.has(c.total));
  return totals.flatMap((r) => {
    const t: ReadTable = { layout: holders.get(r)!, rows: [r], convention: holder.convention, coverage: coverage.filter((c) => c.total === r) };
    return [...reportedDeviationChecks(t), ...controlTotalChecks(t)];
  });
}
