import { Decimal } from '../decimal';
import type { MessageParam } from '../messages';
import { InputIssue } from '../issues';
import { Evaluation, Expr, LabelExpr, Operand, evaluate, isAmount } from './expression';
import { Statement, StatementRow, amountFor } from './statements';
import { SourceCell, cellReference } from './trace';

/**
 * A metric ready to compute: an expression whose labels are bound to what they stand for (a statement row,
 * the budget's result, the balance requirement). Built-in metrics and the user's own expressions both end
 * up here, so they are computed, shown and traced the same way.
 */
export interface Binding {
  /** The years it has a value for; empty when it is not tied to a year (a budget with no year in its header). */
  years: readonly number[];
  operand(year: number | null): BoundOperand;
}

/** An operand, with the issue of an unreadable cell to report. */
export type BoundOperand = Operand & { issue?: InputIssue };

export interface Formula {
  expr: Expr;
  bindings: ReadonlyMap<LabelExpr, Binding>;
}

export function label(name: string): LabelExpr {
  return { kind: 'label', name, section: null, text: name };
}

/** A figure Avstämning names itself, written in the reader's language when shown (see LabelExpr.term). */
export function term(key: string): LabelExpr {
  return { kind: 'label', name: key, section: null, text: key, term: { key } };
}

/** A statement row, year by year; an empty cell is no value (never zero), and says so. */
export function rowBinding(statement: Statement, row: StatementRow): Binding {
  return {
    years: statement.years.map((y) => y.year),
    operand(year): BoundOperand {
      if (year === null) return { value: null, sources: [] };
      const amount = amountFor(statement, row, year);
      const sources = amount.source ? [amount.source] : [];
      if (amount.value !== null) return { value: amount.value, sources };
      if (amount.issue)
        return {
          value: null,
          sources,
          issue: amount.issue,
          note: { key: 'goals.unreadable', params: { label: row.label, year, cell: cellReference(amount.source!) } },
        };
      if (amount.source)
        return { value: null, sources, note: { key: 'goals.noValue', params: { label: row.label, year, cell: cellReference(amount.source) } } };
      return { value: null, sources, note: { key: 'goals.noYear', params: { label: row.label, year } } };
    },
  };
}

/** A value per year computed elsewhere (the balance requirement), or one not tied to a year (the budget). */
export function fixedBinding(values: ReadonlyMap<number | null, { value: Decimal | null; sources: readonly SourceCell[] }>, name: MessageParam): Binding {
  return {
    years: [...values.keys()].filter((y): y is number => y !== null),
    operand(year): BoundOperand {
      const found = values.get(year) ?? (values.size === 1 && values.has(null) ? values.get(null) : undefined);
      if (found) return { value: found.value, sources: found.sources };
      return { value: null, sources: [], note: { key: 'goals.noYear', params: { label: name, year: year ?? '' } } };
    },
  };
}

export function formulaIsAmount(formula: Formula): boolean {
  return isAmount(formula.expr);
}

/** Every year any of its labels has, latest first; `[null]` when none is tied to a year. */
export function formulaYears(formula: Formula): (number | null)[] {
  const years = new Set<number>();
  for (const b of formula.bindings.values()) for (const y of b.years) years.add(y);
  return years.size === 0 ? [null] : [...years].sort((a, b) => b - a);
}

export interface FormulaValue extends Evaluation {
  issues: InputIssue[];
}

export function evaluateFormula(formula: Formula, year: number | null): FormulaValue {
  const issues: InputIssue[] = [];
  const evaluation = evaluate(formula.expr, (l) => {
    const binding = formula.bindings.get(l);
    if (!binding) return { value: null, sources: [] };
    const { issue, ...operand } = binding.operand(year);
    if (issue) issues.push(issue);
    return operand;
  });
  return { ...evaluation, issues };
}
