import type { MessageRef } from '../messages';
import { Decimal } from '../decimal';
import { parseNumberText } from '../read/numbers';
import { Note, SourceCell } from './trace';

/**
 * The small arithmetic language of a goal's metric (SPEC 5), e.g.
 * `(Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder`. Parsed here by recursive descent,
 * never by `eval`, and computed with exact decimals.
 *
 * Grammar:
 *   expression := term (('+' | '−') term)*
 *   term       := factor (('×' | '/') factor)*
 *   factor     := ('−' | '+') factor | '(' expression ')' | number | label
 *
 * What a label is (row labels hold spaces, commas, colons, digits and å ä ö):
 * - A label is the text between operators and parentheses, with surrounding spaces trimmed; it is matched
 *   against row labels as in SPEC 1.1 (case, surrounding spaces, a trailing year and a unit ignored).
 * - `+`, `*`, `×`, `·`, `/`, `÷` and parentheses always end a label.
 * - A minus (`-`, `−`, `–`) with a space before it is subtraction; joined to the word before it it is a
 *   hyphen inside the label (`Avvikelse budget-utfall`, `Kassa- och bank`). So write `A - B`, not `A-B`.
 * - A parenthesis straight after label text belongs to the label (`Övriga (externa kostnader)`): a label is
 *   never followed by an opening parenthesis in arithmetic.
 * - Any text in `[ … ]` or in quotes (`"…"`, `”…”`) is one label as written, operators and all.
 * - `Eget kapital › Summa` (also `»` or `>`) is the row `Summa` in the section headed `Eget kapital`.
 * - A number starts with a digit: `12`, `1,5`, `12 000 000`, `100 %` (= 1).
 */
export type Expr = NumberExpr | LabelExpr | NegateExpr | BinaryExpr;

export interface NumberExpr {
  kind: 'number';
  value: Decimal;
  text: string;
}

export interface LabelExpr {
  kind: 'label';
  /** The row label, without its section. */
  name: string;
  /** The section header it stands under, when written `Section › Label`. */
  section: string | null;
  /** As written. */
  text: string;
  /**
   * A figure Avstämning names itself (the balanskravsresultat, the budgeted income): shown in the reader's
   * language, `name` being only its key here.
   */
  term?: MessageRef;
}

export interface NegateExpr {
  kind: 'negate';
  operand: Expr;
}

export type BinaryOperator = '+' | '-' | '*' | '/';

export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOperator;
  left: Expr;
  right: Expr;
}

export type SyntaxProblem = 'empty' | 'unexpectedEnd' | 'unexpected' | 'unclosedParenthesis' | 'unmatchedParenthesis' | 'badNumber' | 'unclosedQuote';

export interface ExpressionSyntaxError {
  problem: SyntaxProblem;
  /** 1-based character position, as a person counts. */
  position: number;
  /** The token at fault, or '' at the end. */
  near: string;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionSyntaxError };

type Token =
  | { kind: 'number'; value: Decimal; text: string; start: number }
  | { kind: 'label'; text: string; start: number }
  | { kind: 'op'; op: BinaryOperator; text: string; start: number }
  | { kind: 'open' | 'close'; text: string; start: number };

const OPERATORS: Record<string, BinaryOperator> = { '+': '+', '-': '-', '−': '-', '–': '-', '*': '*', '×': '*', '·': '*', '/': '/', '÷': '/' };
const MINUS = new Set(['-', '−', '–']);
const QUOTES: Record<string, string> = { '[': ']', '"': '"', '“': '”', '”': '”', '„': '”' };
const SECTION_SEPARATOR = /\s*[›»>]\s*/;
const SPACE = /[\s\u00a0\u2009\u202f]/;
const NUMBER = /^\d(?:[\d.,]|[ \u00a0\u2009\u202f](?=\d))*(?:\s*%)?/;

class SyntaxFailure extends Error {
  constructor(readonly detail: ExpressionSyntaxError) {
    super(detail.problem);
  }
}

function fail(problem: SyntaxProblem, start: number, near: string): never {
  throw new SyntaxFailure({ problem, position: start + 1, near });
}

function labelToken(text: string, start: number): Token {
  return { kind: 'label', text: text.trim(), start };
}

/** Read label text from `i`: up to an operator, a parenthesis or a spaced minus (see the rules above). */
function scanLabel(source: string, i: number): number {
  let j = i;
  while (j < source.length) {
    const c = source[j];
    if (c === ')' || c === '[' || (c in OPERATORS && !MINUS.has(c))) break;
    if (MINUS.has(c) && SPACE.test(source[j - 1] ?? ' ')) break;
    if (c === '(') {
      const close = matchingParenthesis(source, j);
      if (close < 0) break;
      j = close + 1;
      continue;
    }
    j++;
  }
  return j;
}

function matchingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let k = open; k < source.length; k++) {
    if (source[k] === '(') depth++;
    else if (source[k] === ')' && --depth === 0) return k;
  }
  return -1;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (SPACE.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c, start: i });
      i++;
    } else if (c in QUOTES) {
      const end = source.indexOf(QUOTES[c], i + 1);
      if (end < 0) fail('unclosedQuote', i, c);
      tokens.push(labelToken(source.slice(i + 1, end), i));
      i = end + 1;
    } else if (c in OPERATORS) {
      tokens.push({ kind: 'op', op: OPERATORS[c], text: c, start: i });
      i++;
    } else if (/\d/.test(c)) {
      const text = NUMBER.exec(source.slice(i))![0];
      const parsed = parseNumberText(text);
      if (parsed.kind !== 'number') fail('badNumber', i, text);
      tokens.push({ kind: 'number', value: parsed.value, text: text.trim(), start: i });
      i += text.length;
    } else {
      const end = scanLabel(source, i);
      tokens.push(labelToken(source.slice(i, end), i));
      i = end;
    }
  }
  return tokens;
}

function labelExpr(text: string): LabelExpr {
  const parts = text.split(SECTION_SEPARATOR).filter((p) => p !== '');
  const name = parts[parts.length - 1] ?? text;
  return { kind: 'label', name, section: parts.length > 1 ? parts[parts.length - 2] : null, text };
}

/** Recursive descent over the tokens; each method reads one rule of the grammar. */
class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): Expr {
    if (this.tokens.length === 0) fail('empty', 0, '');
    const expr = this.expression();
    const rest = this.peek();
    if (rest) fail(rest.kind === 'close' ? 'unmatchedParenthesis' : 'unexpected', rest.start, rest.text);
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private expression(): Expr {
    let left = this.term();
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '+' || t.op === '-'); t = this.peek()) {
      this.i++;
      left = { kind: 'binary', op: t.op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '*' || t.op === '/'); t = this.peek()) {
      this.i++;
      left = { kind: 'binary', op: t.op, left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    const t = this.peek();
    if (!t) fail('unexpectedEnd', this.length, '');
    this.i++;
    switch (t.kind) {
      case 'number':
        return { kind: 'number', value: t.value, text: t.text };
      case 'label':
        return labelExpr(t.text);
      case 'open': {
        const inner = this.expression();
        const close = this.peek();
        if (close?.kind !== 'close') fail('unclosedParenthesis', t.start, '(');
        this.i++;
        return inner;
      }
      case 'op':
        if (t.op === '-') return { kind: 'negate', operand: this.factor() };
        if (t.op === '+') return this.factor();
        return fail('unexpected', t.start, t.text);
      case 'close':
        return fail('unmatchedParenthesis', t.start, t.text);
    }
  }
}

export function parseExpression(source: string): ParseResult {
  try {
    return { ok: true, expr: new Parser(tokenize(source), source.length).parse() };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: e.detail };
    throw e;
  }
}

/** Every label of an expression, left to right. */
export function labelsOf(expr: Expr): LabelExpr[] {
  switch (expr.kind) {
    case 'number':
      return [];
    case 'label':
      return [expr];
    case 'negate':
      return labelsOf(expr.operand);
    case 'binary':
      return [...labelsOf(expr.left), ...labelsOf(expr.right)];
  }
}

/**
 * Whether the expression is an amount (kronor) or a ratio: labels are amounts, numbers have no unit, a
 * quotient of two amounts is a ratio (kept as a fraction, 1 = 100 %). Sums take the unit of their terms.
 */
export function isAmount(expr: Expr): boolean {
  const degree = (e: Expr): number => {
    switch (e.kind) {
      case 'number':
        return 0;
      case 'label':
        return 1;
      case 'negate':
        return degree(e.operand);
      case 'binary': {
        const [l, r] = [degree(e.left), degree(e.right)];
        if (e.op === '*') return l + r;
        if (e.op === '/') return l - r;
        return Math.max(l, r);
      }
    }
  };
  return degree(expr) === 1;
}

/** What a label stands for in one year. */
export interface Operand {
  value: Decimal | null;
  sources: readonly SourceCell[];
  /** Why there is no value (an empty or unreadable cell, no column for the year). */
  note?: Note;
}

export interface Evaluation {
  value: Decimal | null;
  sources: SourceCell[];
  notes: Note[];
  /** The value each label had, to show the computation with numbers. */
  operands: Map<LabelExpr, Decimal | null>;
}

/**
 * Compute exactly. No value anywhere gives no value (never zero); a division by zero gives no value and a
 * note naming the divisor.
 */
export function evaluate(expr: Expr, operandOf: (label: LabelExpr) => Operand): Evaluation {
  const sources: SourceCell[] = [];
  const notes: Note[] = [];
  const operands = new Map<LabelExpr, Decimal | null>();
  const walk = (e: Expr): Decimal | null => {
    switch (e.kind) {
      case 'number':
        return e.value;
      case 'label': {
        const operand = operandOf(e);
        sources.push(...operand.sources);
        if (operand.note) notes.push(operand.note);
        operands.set(e, operand.value);
        return operand.value;
      }
      case 'negate': {
        const v = walk(e.operand);
        return v === null ? null : v.negated();
      }
      case 'binary': {
        const [l, r] = [walk(e.left), walk(e.right)];
        if (l === null || r === null) return null;
        if (e.op === '+') return l.plus(r);
        if (e.op === '-') return l.minus(r);
        if (e.op === '*') return l.times(r);
        if (r.isZero()) {
          notes.push({ key: 'goals.divisionByZero', params: { divisor: showExpression(e.right, (label) => label.text) } });
          return null;
        }
        return l.dividedBy(r);
      }
    }
  };
  const value = walk(expr);
  return { value, sources, notes, operands };
}

const PRECEDENCE: Record<BinaryOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const SHOWN_OPERATOR: Record<BinaryOperator, string> = { '+': '+', '-': '−', '*': '×', '/': '/' };

/** The expression as text with the fewest parentheses; `showLabel` writes each label (its text, or its value). */
export function showExpression(expr: Expr, showLabel: (label: LabelExpr) => string, showNumber: (n: NumberExpr) => string = (n) => n.text): string {
  const show = (e: Expr, context: number, rightOfNonAssociative: boolean): string => {
    switch (e.kind) {
      case 'number':
        return showNumber(e);
      case 'label':
        return showLabel(e);
      case 'negate':
        return `−${show(e.operand, 3, false)}`;
      case 'binary': {
        const p = PRECEDENCE[e.op];
        const text = `${show(e.left, p, false)} ${SHOWN_OPERATOR[e.op]} ${show(e.right, p, e.op === '-' || e.op === '/')}`;
        return p < context || (p === context && rightOfNonAssociative) ? `(${text})` : text;
      }
    }
  };
  return show(expr, 0, false);
}
