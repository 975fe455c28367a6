/**
 * A long list from a BI tool or a ledger query (`Konto | Kontonamn | Typ | Belopp`) where a Typ column says, row by
 * row, whether the amount is Budget or Utfall: one table read as two sides, the budget rows and the outcome rows,
 * that the join puts together on the key they share (SPEC 1.8), as it would two sheets.
 */
import { SheetData, cellText } from '../cells';
import { matchHeader } from '../read/headers';
import { TableRow, plainRow } from '../read/rows';
import type { OneSidedTable } from './analyze';

type Side = 'budget' | 'outcome';

/** The side a Typ cell names (`Budget`, `Utfall`, `Actual`), or null. */
function sideNamed(text: string): Side | null {
  const role = text.trim() === '' ? null : matchHeader(text)?.role;
  return role === 'budget' || role === 'outcome' ? role : null;
}

/**
 * The two sides of a one-sided table whose Typ column names Budget or Utfall on every line, both kinds present;
 * null for any other table (a line whose Typ names neither would otherwise be dropped, so the table stays whole).
 */
export function splitByType(t: OneSidedTable, sheet: SheetData): [OneSidedTable, OneSidedTable] | null {
  const typeCol = t.layout.columns.type;
  const amountCol = t.layout.columns[t.has];
  if (typeCol === undefined || amountCol === undefined) return null;
  const items = t.rows.filter((r) => r.kind === 'item');
  const sides = items.map((r) => sideNamed(cellText(sheet.values[r.row]?.[typeCol] ?? null)));
  if (sides.some((s) => s === null) || !sides.includes('budget') || !sides.includes('outcome')) return null;
  const side = (s: Side): OneSidedTable => {
    const columns = { ...t.layout.columns, budget: undefined, periodBudget: undefined, outcome: undefined, [s]: amountCol };
    const header = `${t.layout.headers[t.has] ?? ''} (${s === 'budget' ? 'Budget' : 'Utfall'})`.trim();
    const rows: TableRow[] = items
      .filter((_, i) => sides[i] === s)
      .map((r) => ({ ...plainRow(r), budget: s === 'budget' ? r[t.has] : null, outcome: s === 'outcome' ? r[t.has] : null, known: undefined }));
    const reading = t.layout.reading.map((c) => (c.col === amountCol ? { ...c, role: s } : c));
    return { layout: { ...t.layout, columns, headers: { ...t.layout.headers, [s]: header }, reading }, rows, has: s };
  };
  return [side('budget'), side('outcome')];
}
