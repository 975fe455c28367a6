/**
 * Row names a goal sentence writes that no single row carries (layouts10): `årets medlemsbidrag` is the
 * Medlemsbidrag row of the year judged, and `skatter och bidrag` of a förbund that levies no tax are the rows that
 * finance it below the nettokostnad (skatteintäkter, generella statsbidrag, medlemsbidrag or medlemsavgifter),
 * added. Used only when the phrase itself is no row's label.
 */
import { Expr, LabelExpr } from './expression';
import { Binding, rowBinding } from './formula';
import { findRow } from './lookup';
import { Statement } from './statements';

/** `årets medlemsbidrag`, `periodens intäkter`: the year is the one judged, the row is the rest. */
const OF_THE_YEAR = /^(?:årets|periodens|innevarande års)\s+(.+)$/u;

/** `skatter och bidrag`, `skatteintäkter och generella statsbidrag`, `skatter, bidrag och utjämning`. */
const TAXES_AND_GRANTS = /^skatte?(?:r|intäkter)?(?:,\s*|\s+och\s+)(?:generella\s+)?(?:stats)?bidrag(?:\s+och\s+utjämning)?$/u;

/** The rows that make up skatter och bidrag, each taken once when present. */
const FINANCING_ROWS = [
  'skatteintäkter',
  'generella statsbidrag och utjämning',
  'generella statsbidrag',
  'kommunalekonomisk utjämning',
  'medlemsbidrag',
  'medlemsavgifter',
  'bidrag från medlemmar',
  'medlemsintäkter',
];

const label = (name: string): LabelExpr => ({ kind: 'label', name, section: null, text: name });

/**
 * The expression a phrase stands for, its labels bound to rows; null when the phrase is none of the above or
 * its rows are not in the statements.
 */
export function expandPhrase(statements: readonly Statement[], l: LabelExpr): { expr: Expr; bindings: Map<LabelExpr, Binding> } | null {
  const name = l.name.trim().toLocaleLowerCase('sv-SE');
  const year = OF_THE_YEAR.exec(name);
  if (year) {
    const found = findRow(statements, { ...l, name: year[1] });
    if (found.kind !== 'found') return null;
    const one = { ...l, name: year[1] };
    return { expr: one, bindings: new Map([[one, rowBinding(found.statement, found.row)]]) };
  }
  if (!TAXES_AND_GRANTS.test(name)) return null;
  const bindings = new Map<LabelExpr, Binding>();
  const rows = new Set<unknown>();
  for (const n of FINANCING_ROWS) {
    const found = findRow(statements, { name: n, section: null });
    // `Generella statsbidrag` also finds `Generella statsbidrag och utjämning`: a row is added once.
    if (found.kind !== 'found' || rows.has(found.row)) continue;
    rows.add(found.row);
    bindings.set(label(found.row.label), rowBinding(found.statement, found.row));
  }
  if (bindings.size === 0) return null;
  const [first, ...rest] = [...bindings.keys()];
  const expr = rest.reduce<Expr>((sum, x) => ({ kind: 'binary', op: '+', left: sum, right: x }), first);
  return { expr, bindings };
}

/** The expression with each replaced label put in place. */
export function replaceLabels(expr: Expr, replacements: ReadonlyMap<LabelExpr, Expr>): Expr {
  switch (expr.kind) {
    case 'number':
      return expr;
    case 'label':
      return replacements.get(expr) ?? expr;
    case 'negate':
      return { ...expr, operand: replaceLabels(expr.operand, replacements) };
    case 'binary':
      return { ...expr, left: replaceLabels(expr.left, replacements), right: replaceLabels(expr.right, replacements) };
  }
}
