import { inputSheets } from '../read/sheets';
import { SheetData } from '../cells';
import { Check } from '../deviations/checks';
import { InputIssue } from '../issues';
import { isGeneratedSheet, isSettingsSheet } from '../marks';
import { Lang } from '../messages';
import { balanceSheetChecks } from './balance-check';
import { BalanceRequirement, balanceRequirement } from './balance-requirement';
import { BudgetTotals, findBudgetBalance } from './budget';
import { GoalResult, evaluateGoal } from './evaluate';
import { readGoalTables } from './goals-table';
import { Statement, findStatements } from './statements';

export { goalsSheet } from './render';
export { goalsJson, balanceRequirementJson } from './json';
export type { GoalResult } from './evaluate';
export type { BalanceRequirement, RequirementLine, RequirementYear } from './balance-requirement';
export type { BudgetTotals } from './budget';
export type { Statement } from './statements';

/** Financial goals and the balance requirement of one workbook (SPEC 5). */
export interface GoalsOutcome {
  /** One per goal and year, in the order of the goals table, latest year first. */
  goals: GoalResult[];
  requirement: BalanceRequirement | null;
  /** The statements found (balance sheet, income statement, …), to say where figures came from. */
  statements: Statement[];
  /** The balance sheet not balancing, a balanskravsutredning subtotal that does not add up: control totals. */
  checks: Check[];
  /** Bad input, each naming its sheet and cell. */
  errors: InputIssue[];
}

function uniqueIssues(issues: readonly InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.key}|${i.sheet}|${i.cell}|${JSON.stringify(i.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Check the workbook's financial goals against its balance sheet and income statement, and draw up the
 * balance requirement. `budget` is the budgeted income and costs the caller summed from the budget lines,
 * used only when no budget table in the workbook states them (see budget.ts). Null when the workbook has
 * neither a goals table nor a balance sheet, income statement or balanskravsutredning.
 */
export function evaluateGoals(sheets: readonly SheetData[], budget: BudgetTotals | null, lang: Lang): GoalsOutcome | null {
  const input = inputSheets(sheets);
  const statements = findStatements(input);
  const errors: InputIssue[] = [];
  // Goals may also be kept on the settings sheet (SPEC 1.6), which is otherwise not input.
  const goalSheets = sheets.filter((s) => input.includes(s) || (isSettingsSheet(s) && !isGeneratedSheet(s)));
  const table = readGoalTables(goalSheets, errors);
  // A budget table with `Utfall 2023` has a year column too; alone it is no reason for a goals sheet.
  if (table.tables === 0 && statements.every((s) => s.kind === 'other')) return null;
  const requirement = balanceRequirement(statements);
  const context = { statements, budget: findBudgetBalance(input, budget, lang), requirement, lang };
  const goals = table.goals.flatMap((goal) => evaluateGoal(goal, context, errors));
  return {
    goals,
    requirement,
    statements,
    checks: [...balanceSheetChecks(statements), ...(requirement?.checks ?? [])],
    errors: uniqueIssues(errors),
  };
}
