import { CellValue } from '../../src/core/cells';
import { reconcileSheets } from '../../src/core/reconcile';
import { EXCEL_MAX_ROWS } from '../../src/core/render/output';
import { sheet } from '../helpers/sheets';
import { sizeTest } from '../helpers/size';

function ledger(name: string, lines: number): ReturnType<typeof sheet> {
  const rows: CellValue[][] = [['Målområde', 'Konto', 'Budget', 'Utfall']];
  for (let i = 0; i < lines; i++) rows.push([`Mål ${(i % 4) + 1}`, `Konto ${4000 + (i % 50)}`, 100, 90]);
  return sheet(name, rows);
}

sizeTest('more lines than an Excel sheet holds: the deviations sheet keeps goal areas and totals and says so', () => {
  const r = reconcileSheets([ledger('Huvudbok A', 600_000), ledger('Huvudbok B', 600_000)], { lang: 'sv' });
  const deviations = r.sheets.find((s) => s.key === 'deviations')!;
  expect(deviations.table.rows.length).toBeLessThan(EXCEL_MAX_ROWS);
  // Two tables, each a heading, four goal areas and a total.
  expect(deviations.table.rows).toHaveLength(12);
  expect(deviations.table.rowStyles.filter((s) => s === 'heading')).toHaveLength(2);
  expect(deviations.notes.join(' ')).toContain('1\u00a0200\u00a0000 rader');
  // The sums still cover every line: 1 200 000 × 10 kr under budget.
  expect(r.analysis.tables.map((t) => t.total.deviation)).toEqual([600_000 * 1000, 600_000 * 1000]);
});
