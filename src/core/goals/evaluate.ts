import { Decimal } from '../decimal';
import { InputIssue } from '../issues';
import { Operator, ShownAs, isMet, margin, shownAs, thresholdValue } from './condition';
import { Expr, LabelExpr, labelsOf, parseExpression } from './expression';
import { Binding, Formula, evaluateFormula, formulaIsAmount, formulaYears, rowBinding } from './formula';
import { GoalRow } from './goals-table';
import { expandPhrase, replaceLabels } from './label-phrases';
import { closestLabel, findRow, rowCells } from './lookup';
import { BUILT_IN_NAMES, MetricContext, MetricId, builtInFormula, builtInMetric } from './metrics';
import { Note, SourceCell, uniqueSources } from './trace';

/** One goal in one year: value, threshold, margin, met or not, and what it was computed from (SPEC 5). */
export interface GoalResult {
  goal: GoalRow;
  metricId: MetricId | null;
  /** Null when the goal could not be computed at all, or its source names no year. */
  year: number | null;
  /** An amount in kronor, or a ratio as a fraction (1 = 100 %). */
  isAmount: boolean;
  /** Kronor, a percent or a ratio, as the goal states its threshold (`30 %`, `1,0`). */
  shownAs: ShownAs;
  value: Decimal | null;
  threshold: Decimal | null;
  /** Positive is room to spare on the right side of the threshold; negative a shortfall. */
  margin: Decimal | null;
  met: boolean | null;
  /** What was computed: the expression with its labels bound; null when nothing could be. */
  formula: Formula | null;
  /** The value of each label this year, to show the computation with numbers. */
  operands: ReadonlyMap<LabelExpr, Decimal | null>;
  sources: SourceCell[];
  notes: Note[];
}

type Bound = { ok: true; formula: Formula } | { ok: false; issue: InputIssue };

/** The user's expression, its labels found in the statements; the first label that cannot be is reported. */
function bindExpression(goal: GoalRow, ctx: MetricContext): Bound {
  const at = { sheet: goal.sheet, cell: goal.cells.metric };
  const parsed = parseExpression(goal.metric);
  if (!parsed.ok) {
    const { problem, position, near } = parsed.error;
    return { ok: false, issue: { key: `goals.syntax.${problem}`, ...at, params: { metric: goal.metric, position, near } } };
  }
  const labels = labelsOf(parsed.expr);
  const bindings = new Map<LabelExpr, Binding>();
  const replaced = new Map<LabelExpr, Expr>();
  for (const l of labels) {
    const found = findRow(ctx.statements, l);
    if (found.kind === 'found') {
      bindings.set(l, rowBinding(found.statement, found.row));
      continue;
    }
    // `årets medlemsbidrag`, `skatter och bidrag`: a phrase for a row, or for rows added, no label carries.
    const phrase = found.kind === 'unknown' ? expandPhrase(ctx.statements, l) : null;
    if (phrase) {
      replaced.set(l, phrase.expr);
      for (const [k, b] of phrase.bindings) bindings.set(k, b);
      continue;
    }
    if (found.kind === 'ambiguous')
      return {
        ok: false,
        issue: { key: 'goals.ambiguousLabel', ...at, params: { metric: goal.metric, label: l.text, cells: rowCells(found.statement, found.rows) } },
      };
    if (ctx.statements.length === 0) return { ok: false, issue: { key: 'goals.noStatements', ...at, params: { metric: goal.metric, label: l.text } } };
    const single = labels.length === 1 && parsed.expr.kind === 'label';
    const suggestion = closestLabel(ctx.statements, l.name, single ? BUILT_IN_NAMES : []);
    const key = single ? 'goals.unknownMetric' : 'goals.unknownLabel';
    return {
      ok: false,
      issue: { key: suggestion ? `${key}Suggest` : key, ...at, params: { metric: goal.metric, label: l.text, suggestion: suggestion ?? '' } },
    };
  }
  return { ok: true, formula: { expr: replaced.size ? replaceLabels(parsed.expr, replaced) : parsed.expr, bindings } };
}

function bind(goal: GoalRow, id: MetricId | null, ctx: MetricContext): Bound {
  if (id === null) return bindExpression(goal, ctx);
  const built = builtInFormula(id, ctx);
  if (built.ok) return built;
  return { ok: false, issue: { key: built.note.key, sheet: goal.sheet, cell: goal.cells.metric, params: { ...built.note.params, metric: goal.metric } } };
}

function unresolved(goal: GoalRow, metricId: MetricId | null, note: Note): GoalResult {
  return {
    goal,
    metricId,
    year: null,
    isAmount: false,
    shownAs: shownAs(goal.threshold, false),
    value: null,
    threshold: null,
    margin: null,
    met: null,
    formula: null,
    operands: new Map(),
    sources: [],
    notes: [note],
  };
}

/** The threshold in the metric's terms; a percentage for an amount (or kronor for a ratio) is reported. */
function threshold(goal: GoalRow, isAmount: boolean, issues: InputIssue[]): Decimal | null {
  if (!goal.threshold) return null;
  const value = thresholdValue(goal.threshold, isAmount, goal.thresholdUnit);
  if (value instanceof Decimal) return value;
  issues.push({
    key: value === 'percent-for-amount' ? 'goals.thresholdPercentForAmount' : 'goals.thresholdAmountForRatio',
    sheet: goal.sheet,
    cell: goal.cells.threshold,
    params: { goal: goal.name, metric: goal.metric, text: goal.threshold.text },
  });
  return null;
}

function compare(value: Decimal | null, operator: Operator | null, limit: Decimal | null): { met: boolean | null; margin: Decimal | null } {
  if (value === null || operator === null || limit === null) return { met: null, margin: null };
  return { met: isMet(value, operator, limit), margin: margin(value, operator, limit) };
}

/** Evaluate one goal for every year its metric has; what cannot be read is reported in `issues`. */
export function evaluateGoal(goal: GoalRow, ctx: MetricContext, issues: InputIssue[]): GoalResult[] {
  const metricId = builtInMetric(goal.metric);
  const bound = bind(goal, metricId, ctx);
  if (!bound.ok) {
    issues.push(bound.issue);
    return [unresolved(goal, metricId, { key: bound.issue.key, params: bound.issue.params ?? {} })];
  }
  const { formula } = bound;
  const isAmount = formulaIsAmount(formula);
  const limit = threshold(goal, isAmount, issues);
  return formulaYears(formula).map((year) => {
    const computed = evaluateFormula(formula, year);
    issues.push(...computed.issues);
    const notes = computed.notes.map((n) =>
      n.key === 'goals.divisionByZero' ? { key: n.key, params: { ...n.params, goal: goal.name, year: year ?? '' } } : n,
    );
    for (const n of notes) if (n.key === 'goals.divisionByZero') issues.push({ key: n.key, sheet: goal.sheet, cell: goal.cells.metric, params: n.params });
    return {
      goal,
      metricId,
      year,
      isAmount,
      shownAs: shownAs(goal.threshold, isAmount),
      value: computed.value,
      threshold: limit,
      ...compare(computed.value, goal.operator, limit),
      formula,
      operands: computed.operands,
      sources: uniqueSources(computed.sources),
      notes,
    };
  });
}
