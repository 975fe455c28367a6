import { SheetData, cellAddress } from '../cells';
import { Decimal } from '../decimal';
import { matchHeader } from '../read/headers';
import { Money, abs, toKronor } from '../money';
import { TableRow, readRows } from '../read/rows';
import { TableLayout, findTables } from '../read/tables';
import { Operand } from './expression';
import { labelKey } from './statements';

/**
 * "Budget i balans" (SPEC 5): budgeted income − budgeted costs ≥ 0. Where it comes from, in this order:
 * 1. the Budget cell of the result row (`Resultat`, `RESULTAT`, `Årets resultat` …) of a budget table in
 *    the workbook: the figure the budget itself states, with its cell;
 * 2. that table's `Summa intäkter` and `Summa kostnader` Budget cells: income − |costs|;
 * 3. the budgeted income and costs the caller summed from the budget lines: income − |costs|.
 * Costs count by their size, so a signed table (costs negative) and an unsigned one give the same result.
 */
export interface BudgetTerm {
  /** The row's label as printed. */
  label: string;
  /** A term Avstämning names itself (budgeted income and costs summed from the lines): its message key. */
  term?: string;
  operand: Operand;
}

export interface BudgetBalance {
  /** The budget year, from the Budget header (`Budget 2017`), else the outcome header; null when none says. */
  year: number | null;
  /** One term (the result row) or two (income, then costs as a positive amount). */
  terms: BudgetTerm[];
}

export interface BudgetTotals {
  income: Decimal | null;
  costs: Decimal | null;
}

const RESULT_LABELS = ['årets resultat', 'periodens resultat', 'budgeterat resultat', 'resultat', 'result for the year', 'net result', 'result'];
const INCOME_LABELS = ['summa intäkter', 'total income', 'total revenue'];
const COST_LABELS = ['summa kostnader', 'total costs', 'total expenses'];

function yearOf(layout: TableLayout): number | null {
  for (const header of [layout.headers.budget, layout.headers.outcome]) {
    const year = header === undefined ? undefined : matchHeader(header)?.year;
    if (year !== undefined) return year;
  }
  return null;
}

function rowLabelled(rows: readonly TableRow[], labels: readonly string[]): TableRow | undefined {
  for (const label of labels) {
    const row = rows.find((r) => r.kind === 'total' && r.budget !== null && labelKey(r.label) === label);
    if (row) return row;
  }
  return undefined;
}

function fromTable(sheet: SheetData, layout: TableLayout): BudgetBalance | null {
  // Problems in these cells are the deviation analysis's to report; they are not reported twice.
  const rows = readRows(sheet, layout, []);
  const col = layout.columns.budget!;
  const term = (row: TableRow, value: Money): BudgetTerm => ({
    label: row.label,
    operand: { value: toKronor(value), sources: [{ sheet: sheet.name, cell: cellAddress(row.row, col) }] },
  });
  const result = rowLabelled(rows, RESULT_LABELS);
  if (result) return { year: yearOf(layout), terms: [term(result, result.budget!)] };
  const income = rowLabelled(rows, INCOME_LABELS);
  const costs = rowLabelled(rows, COST_LABELS);
  if (income && costs) return { year: yearOf(layout), terms: [term(income, income.budget!), term(costs, abs(costs.budget!))] };
  return null;
}

export function findBudgetBalance(sheets: readonly SheetData[], given: BudgetTotals | null): BudgetBalance | null {
  for (const sheet of sheets) {
    for (const layout of findTables(sheet, []).filter((t) => t.columns.budget !== undefined)) {
      const found = fromTable(sheet, layout);
      if (found) return found;
    }
  }
  if (given?.income && given.costs) {
    return {
      year: null,
      terms: [
        { label: 'goals.term.budgetedIncome', term: 'goals.term.budgetedIncome', operand: { value: given.income, sources: [] } },
        { label: 'goals.term.budgetedCosts', term: 'goals.term.budgetedCosts', operand: { value: given.costs.abs(), sources: [] } },
      ],
    };
  }
  return null;
}
