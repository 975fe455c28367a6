/**
 * The signs each side of a join books income and costs with, read from its account classes, and how the budget
 * is turned to the outcome's before they are compared: a budget kept by hand with income positive beside a
 * ledger where income is negative would otherwise show every income account off by twice its amount. Only a
 * side whose every account of a class has the same sign tells; a side that does not tell is left as it is.
 */
import { Money, isZero, negate } from '../money';
import { TableRow, plainRow } from '../read/rows';
import { accountClass } from '../read/convention';

/** How a side writes income and costs: each class's sign, +1 or −1. */
export interface ClassSigns {
  income: 1 | -1;
  cost: 1 | -1;
}

/** Income or cost as the account's Kommun-Bas / BAS class says (convention.ts), after any letters before it (`K4010`); else none. */
export function incomeOrCost(code: string): 'income' | 'cost' | null {
  const c = accountClass(code.replace(/^\D+/, ''));
  return c === 'income' || c === 'cost' ? c : null;
}

const sign = (m: Money): 1 | -1 | 0 => (isZero(m) ? 0 : (typeof m === 'number' ? m < 0 : m.isNegative()) ? -1 : 1);

/**
 * The signs of one side, from each account's summed amount: every income account one sign and every cost account
 * one sign (zero sums say nothing); null when a class is missing or its accounts disagree.
 */
export function classSigns(sums: ReadonlyMap<string, Money>): ClassSigns | null {
  const seen = { income: new Set<number>(), cost: new Set<number>() };
  for (const [code, amount] of sums) {
    const c = incomeOrCost(code);
    const s = sign(amount);
    if (c && s !== 0) seen[c].add(s);
  }
  if (seen.income.size !== 1 || seen.cost.size !== 1) return null;
  return { income: [...seen.income][0] as 1 | -1, cost: [...seen.cost][0] as 1 | -1 };
}

/** Which classes of the budget to turn to write them as the outcome does; null when nothing is to turn or a side does not tell. */
export function turnedClasses(budget: ClassSigns | null, outcome: ClassSigns | null): { income: boolean; cost: boolean } | null {
  if (!budget || !outcome) return null;
  const turn = { income: budget.income !== outcome.income, cost: budget.cost !== outcome.cost };
  return turn.income || turn.cost ? turn : null;
}

/** Ledger signs, as every huvudbok books them (SPEC 1.5): income negative, costs positive. */
export const isLedgerSigns = (s: ClassSigns | null): boolean => s !== null && s.income === -1 && s.cost === 1;

/**
 * The outcome rows with the turned classes' amounts negated: a ledger report printed with income positive and
 * costs negative, beside a budget in ledger signs, is put in the budget's signs rather than the budget in its.
 */
export function turnOutcome(rows: readonly TableRow[], accountOf: (r: TableRow) => string | null, turn: { income: boolean; cost: boolean }): TableRow[] {
  return rows.map((r) => {
    const c = r.kind === 'item' ? incomeOrCost(accountOf(r) ?? '') : null;
    if (!c || !turn[c] || r.outcome === null) return r;
    return { ...plainRow(r), outcome: negate(r.outcome), known: undefined };
  });
}

/** The budget rows with the turned classes' amounts negated (copies; the rows read stay as the sheet has them). */
export function turnBudget(rows: readonly TableRow[], accountOf: (r: TableRow) => string | null, turn: { income: boolean; cost: boolean }): TableRow[] {
  const neg = (m: Money | null) => (m === null ? null : negate(m));
  return rows.map((r) => {
    const c = r.kind === 'item' ? incomeOrCost(accountOf(r) ?? '') : null;
    if (!c || !turn[c]) return r;
    return { ...plainRow(r), budget: neg(r.budget), periodBudget: neg(r.periodBudget), known: undefined };
  });
}
