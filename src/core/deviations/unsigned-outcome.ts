import { InputIssue } from '../issues';
import { isNegative, isZero } from '../money';
import { Convention, knownType } from '../read/convention';
import { TableRow, plainRow } from '../read/rows';
import { TableLayout, addressIn } from '../read/tables';

/**
 * `Budget 2025 | Belopp` where the budget writes income negative (a ledger) and the outcome column writes every
 * amount positive, income too: a saldolista pasted without its signs. On the cost lines every reading agrees
 * (budget − outcome); on the income lines the outcome's sign is not known, and reading it as the ledger's would
 * make a deviation of budget and outcome added together (−12 400 000 − 12 400 000). So those lines get no
 * outcome, and the outcome column's header is named once. The same holds the other way for a signed table
 * (costs negative in the budget, positive in the outcome). Needs two such lines at least, and not one line of
 * that kind whose outcome has the budget's sign.
 */
export function outcomeWithoutSign(layout: TableLayout, items: readonly TableRow[], convention: Convention, issues: InputIssue[]): readonly TableRow[] {
  const outcomeCol = layout.columns.outcome;
  if (convention === 'unsigned' || outcomeCol === undefined) return items;
  if (items.some((r) => r.outcome !== null && isNegative(r.outcome))) return items;
  // The kind of line the convention writes negative.
  const negativeKind = convention === 'ledger' ? 'income' : 'cost';
  const unsigned = new Set<TableRow>();
  for (const r of items) {
    if (knownType(r) !== negativeKind || r.budget === null || !isNegative(r.budget)) continue;
    if (r.outcome === null || isZero(r.outcome)) continue;
    unsigned.add(r);
  }
  if (unsigned.size < 2) return items;
  issues.push({
    key: 'table.outcomeWithoutSign',
    sheet: layout.sheet,
    cell: addressIn(layout, layout.headerRow, outcomeCol),
    params: { header: layout.headers.outcome ?? '', budget: layout.headers.budget ?? '', count: unsigned.size },
  });
  return items.map((r) => (unsigned.has(r) ? { ...plainRow(r), outcome: null, unreadable: true } : r));
}
