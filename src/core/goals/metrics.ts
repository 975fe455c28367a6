import { BalanceRequirement, balanceResults } from './balance-requirement';
import { BudgetBalance } from './budget';
import { CONCEPTS, ConceptId } from './concepts';
import { currentAssetItems } from './current-assets';
import { BinaryOperator, Expr, LabelExpr } from './expression';
import { Binding, Formula, fixedBinding, label, rowBinding, term } from './formula';
import { findConcept, rowCells, sectionItems } from './lookup';
import { Statement, StatementRow, labelKey } from './statements';
import { Note } from './trace';

/**
 * The built-in metrics of SPEC 5, known by their Swedish and English names:
 * - Budget i balans: budgeted income − budgeted costs (see budget.ts);
 * - Årets resultat; Balanskravsresultat (see balance-requirement.ts);
 * - Eget kapital;
 * - Kassalikviditet = (omsättningstillgångar − förråd) / kortfristiga skulder; short-term investments
 *   (kortfristiga placeringar) are part of omsättningstillgångar, so they count;
 * - Balanslikviditet = omsättningstillgångar / kortfristiga skulder;
 * - Soliditet = eget kapital / summa tillgångar, and including pension commitments
 *   = (eget kapital − pensionsförpliktelser outside the balance sheet) / summa tillgångar. The commitment is
 *   taken as reported (incl. löneskatt); assets of a pension foundation are not netted against it; write
 *   your own expression for that.
 */
export type MetricId = 'budgetBalance' | 'result' | 'balanceResult' | 'equity' | 'quickRatio' | 'currentRatio' | 'equityRatio' | 'equityRatioWithPensions';

const NAMES: Record<MetricId, readonly string[]> = {
  budgetBalance: ['budget i balans', 'budgeterat resultat', 'balanced budget', 'budget in balance', 'budget balance'],
  result: ['årets resultat', 'periodens resultat', 'resultat', 'result for the year', 'net result', 'result'],
  balanceResult: ['balanskravsresultat', 'balanskravsresultatet', 'årets balanskravsresultat', 'balance requirement result'],
  equity: ['eget kapital', 'equity'],
  quickRatio: ['kassalikviditet', 'quick ratio', 'acid test ratio', 'acid-test ratio'],
  currentRatio: ['balanslikviditet', 'current ratio'],
  equityRatio: ['soliditet', 'equity ratio', 'solidity'],
  equityRatioWithPensions: [],
};

/** The built-ins as a person writes them, to suggest one for a misspelt metric. */
export const BUILT_IN_NAMES: readonly string[] = [
  'Budget i balans',
  'Årets resultat',
  'Balanskravsresultat',
  'Eget kapital',
  'Kassalikviditet',
  'Balanslikviditet',
  'Soliditet',
  'Soliditet inkl. pensionsförpliktelser',
  'Balanced budget',
  'Result for the year',
  'Balance requirement result',
  'Equity',
  'Quick ratio',
  'Current ratio',
  'Equity ratio',
  'Equity ratio including pension commitments',
];

/** `Soliditet inkl. pensionsförpliktelser`, `Soliditet inklusive samtliga pensionsåtaganden`, `Equity ratio including pension commitments`. */
const WITH_PENSIONS = /^(soliditet|equity ratio)\s*,?\s*(inkl\.?|inklusive|med|including|incl\.?|with)\s+(samtliga\s+|all\s+)?(pension|ansvarsförbindelse)/;

/** The built-in a metric cell names, or null when it is an expression. A trailing `(%)` or unit does not count. */
export function builtInMetric(text: string): MetricId | null {
  const key = labelKey(text)
    .replace(/\s*\([^)]*\)$/, '')
    .trim();
  if (WITH_PENSIONS.test(key)) return 'equityRatioWithPensions';
  for (const [id, names] of Object.entries(NAMES) as [MetricId, readonly string[]][]) if (names.includes(key)) return id;
  return null;
}

export interface MetricContext {
  statements: readonly Statement[];
  budget: BudgetBalance | null;
  requirement: BalanceRequirement | null;
}

export type BuiltFormula = { ok: true; formula: Formula } | { ok: false; note: Note };

/** The name of each statement row a built-in needs, as messages name it in the reader's language. */
const CONCEPT_NAME: Record<ConceptId, string> = {
  currentAssets: 'goals.concept.currentAssets',
  inventories: 'goals.concept.inventories',
  currentLiabilities: 'goals.concept.currentLiabilities',
  equity: 'goals.concept.equity',
  totalAssets: 'goals.concept.totalAssets',
  equityAndLiabilities: 'goals.concept.equityAndLiabilities',
  provisions: 'goals.concept.provisions',
  liabilities: 'goals.concept.liabilities',
  longTermLiabilities: 'goals.concept.longTermLiabilities',
  pensionCommitment: 'goals.concept.pensionCommitment',
  result: 'goals.concept.result',
};

class MissingRow extends Error {
  constructor(readonly note: Note) {
    super(note.key);
  }
}

/** Builds a formula over statement rows; a row that is needed and missing stops it with a note. */
class FormulaBuilder {
  readonly bindings = new Map<LabelExpr, Binding>();
  constructor(private readonly ctx: MetricContext) {}

  /** The row of a concept as a label node; null for an optional one that is not there. */
  row(id: ConceptId, optional = false): Expr | null {
    const found = findConcept(this.ctx.statements, CONCEPTS[id].names, CONCEPTS[id].kinds);
    if (found.kind === 'found') {
      const node = label(found.row.label);
      this.bindings.set(node, rowBinding(found.statement, found.row));
      return node;
    }
    if (optional) return null;
    const name = { key: CONCEPT_NAME[id] };
    if (found.kind === 'unknown') {
      const section = sectionItems(this.ctx.statements, CONCEPTS[id].names, CONCEPTS[id].kinds);
      if (section) return this.sum(section.statement, section.rows);
      const items = id === 'currentAssets' ? currentAssetItems(this.ctx.statements) : null;
      if (items) return this.sum(items.statement, items.rows);
    }
    if (found.kind === 'ambiguous')
      throw new MissingRow({ key: 'goals.ambiguousLabel', params: { label: name, cells: rowCells(found.statement, found.rows) } });
    throw new MissingRow({ key: this.ctx.statements.length ? 'goals.builtInMissing' : 'goals.noStatements', params: { label: name } });
  }

  /** The item rows of a section with no total of its own, added. */
  private sum(statement: Statement, rows: readonly StatementRow[]): Expr {
    const nodes = rows.map((r) => {
      const node = label(r.label);
      this.bindings.set(node, rowBinding(statement, r));
      return node;
    });
    return nodes.slice(1).reduce<Expr>((s, n) => op('+', s, n), nodes[0]);
  }

  fixed(node: LabelExpr, binding: Binding): LabelExpr {
    this.bindings.set(node, binding);
    return node;
  }
}

const op = (o: BinaryOperator, left: Expr, right: Expr): Expr => ({ kind: 'binary', op: o, left, right });

function build(id: MetricId, b: FormulaBuilder, ctx: MetricContext): Expr {
  switch (id) {
    case 'budgetBalance': {
      if (!ctx.budget) throw new MissingRow({ key: 'goals.noBudget', params: {} });
      const year = ctx.budget.year;
      const [first, second] = ctx.budget.terms.map((t) =>
        b.fixed(t.term ? term(t.term) : label(t.label), fixedBinding(new Map([[year, t.operand]]), t.term ? { key: t.term } : t.label)),
      );
      return second ? op('-', first, second) : first;
    }
    case 'balanceResult': {
      if (!ctx.requirement) throw new MissingRow({ key: 'goals.noRequirement', params: {} });
      const name = 'goals.term.balanceResult';
      return b.fixed(term(name), fixedBinding(balanceResults(ctx.requirement), { key: name }));
    }
    case 'result':
      return b.row('result')!;
    case 'equity':
      return b.row('equity')!;
    case 'quickRatio': {
      const assets = b.row('currentAssets')!;
      const inventories = b.row('inventories', true);
      return op('/', inventories ? op('-', assets, inventories) : assets, b.row('currentLiabilities')!);
    }
    case 'currentRatio':
      return op('/', b.row('currentAssets')!, b.row('currentLiabilities')!);
    case 'equityRatio':
      return op('/', b.row('equity')!, b.row('totalAssets')!);
    case 'equityRatioWithPensions':
      return op('/', op('-', b.row('equity')!, b.row('pensionCommitment')!), b.row('totalAssets')!);
  }
}

export function builtInFormula(id: MetricId, ctx: MetricContext): BuiltFormula {
  const builder = new FormulaBuilder(ctx);
  try {
    return { ok: true, formula: { expr: build(id, builder, ctx), bindings: builder.bindings } };
  } catch (e) {
    if (e instanceof MissingRow) return { ok: false, note: e.note };
    throw e;
  }
}
