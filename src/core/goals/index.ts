import { inputSheets } from '../read/sheets';
import { SheetData } from '../cells';
import { Check } from '../deviations/checks';
import { InputIssue } from '../issues';
import { isGeneratedSheet, isSettingsSheet } from '../marks';
import { balanceSheetChecks } from './balance-check';
import { BalanceRequirement, balanceRequirement } from './balance-requirement';
import { BudgetTotals, findBudgetBalance } from './budget';
import { GoalResult, evaluateGoal } from './evaluate';
import { readGoalTables } from './goals-table';
import { goalsHeading, readGoalSentences } from './sentences';
import { unreadGoalSentences } from './unread-sentences';
import { Statement, findStatements } from './statements';
import { verdictChecks } from './verdicts';

export { formatGoalValue, goalsSheet } from './render';
export { readGoalSentence } from './sentences';
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
 * balance requirement. Goals are the rows of goals tables and the goals written as sentences (sentences.ts).
 * `budget` is the budgeted income and costs the caller summed from the budget lines, used only when no budget
 * table in the workbook states them (see budget.ts). Null when the workbook has neither goals, nor a heading
 * for them, nor a balance sheet, income statement or balanskravsutredning. In no language: what the results
 * name is a message key, written when goalsSheet and goalsJson render them.
 */
export function evaluateGoals(sheets: readonly SheetData[], budget: BudgetTotals | null): GoalsOutcome | null {
  const input = inputSheets(sheets);
  const statements = findStatements(input);
  const errors: InputIssue[] = [];
  // Goals may also be kept on the settings sheet (SPEC 1.6), which is otherwise not input.
  const goalSheets = sheets.filter((s) => input.includes(s) || (isSettingsSheet(s) && !isGeneratedSheet(s)));
  const table = readGoalTables(goalSheets, errors);
  const inTable = (sheet: string, row: number) => (table.rows.get(sheet) ?? []).some((t) => row >= t.from && row <= t.to);
  const sentences = readGoalSentences(goalSheets, inTable);
  const goalRows = [...table.goals, ...sentences];
  // A heading `Finansiella mål` with nothing readable under it: say so, in words about goals.
  const heading = table.tables === 0 && sentences.length === 0 ? goalsHeading(goalSheets) : null;
  // A budget table with `Utfall 2023` has a year column too; alone it is no reason for a goals sheet.
  if (table.tables === 0 && sentences.length === 0 && !heading && statements.every((s) => s.kind === 'other')) return null;
  if (heading) errors.push({ key: 'goals.noGoalsFound', sheet: heading.sheet, cell: heading.cell, params: { text: heading.text } });
  else unreadGoalSentences(goalSheets, sentences, inTable, errors);
  const requirement = balanceRequirement(statements);
  const context = { statements, budget: findBudgetBalance(input, budget), requirement };
  const goals = goalRows.flatMap((goal) => evaluateGoal(goal, context, errors));
  return {
    goals,
    requirement,
    statements,
    checks: [...balanceSheetChecks(statements), ...(requirement?.checks ?? []), ...verdictChecks(goalSheets, goals)],
    errors: uniqueIssues(errors),
  };
}
