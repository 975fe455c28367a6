import { ColumnRole } from './vocabulary';
import { normaliseLabel } from './text';

/** A saldobalans's opening and closing balance headers (Fortnox, Visma, Hogia: `Ingående balans`, `UB`). */
const OPENING = /^(?:ingående|ing\.?) (?:balans|saldo)$|^ib$|^opening balance$/u;
const CLOSING = /^(?:utgående|utg\.?) (?:balans|saldo)$|^ub$|^closing balance$/u;

interface Cell {
  col: number;
  text: string;
  role: ColumnRole;
}

/**
 * `Ingående balans | Period | Utgående balans`, as a saldobalans heads its columns: the Period column holds the
 * movement of the period the report was run for, which is the outcome of a result account; the opening balance
 * is no outcome, and the closing one is the opening balance plus the period (for a balance account, years of it).
 * Returns the column the outcome is read from and the balances left unused; null for any other row.
 */
export function saldobalansColumns(found: readonly Cell[], unknown: readonly { col: number; text: string }[]): { period: number; balances: number[] } | null {
  const all = [...found, ...unknown];
  const opening = all.filter((c) => OPENING.test(normaliseLabel(c.text)));
  const closing = all.filter((c) => CLOSING.test(normaliseLabel(c.text)));
  const periods = found.filter((c) => c.role === 'period');
  if (opening.length !== 1 || closing.length !== 1 || periods.length !== 1) return null;
  const period = periods[0].col;
  // Opening, period, closing: left to right, as every system prints them.
  if (!(opening[0].col < period && period < closing[0].col)) return null;
  if (found.some((c) => c.role === 'outcome' && c.col !== closing[0].col)) return null;
  return { period, balances: [opening[0].col, closing[0].col] };
}
