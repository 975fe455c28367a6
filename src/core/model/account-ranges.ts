import { accountRange } from '../read/group-map';
import { TableRow } from '../read/rows';
import { TableLayout } from '../read/tables';

/** A budget line's range of accounts, and the key it is joined on (`4000–4999`). */
export interface AccountRange {
  from: number;
  to: number;
  text: string;
}

/** `4000–4999`, `4000 - 4999 Material`: a range of account numbers at the head of a code or label. */
const LEADING_RANGE = /^(\d{3,6}\s*[-–—]\s*\d{3,6})(?=\s|$)/u;

/** The range a budget row stands for: its code cell, else the head of its label; null for anything else. */
export function rangeKey(_layout: TableLayout, row: TableRow): AccountRange | null {
  const text = (row.code ?? row.label).trim();
  const m = LEADING_RANGE.exec(text);
  const r = m ? accountRange(m[1]) : null;
  return r ? { ...r, text: `${r.from}–${r.to}` } : null;
}

/**
 * The ranges of a budget every one of whose lines is a range of accounts (at least two, none overlapping);
 * null for a budget of accounts or anything else.
 */
export function budgetRanges(layout: TableLayout, rows: readonly TableRow[]): AccountRange[] | null {
  const out: AccountRange[] = [];
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    const range = rangeKey(layout, r);
    if (range === null) return null;
    if (!out.some((x) => x.text === range.text)) out.push(range);
  }
  if (out.length < 2) return null;
  const sorted = [...out].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].from <= sorted[i - 1].to) return null;
  return out;
}

/** The range that holds an account (as a number of as many digits as the range's ends); null when none does. */
export function rangeHolding(ranges: readonly AccountRange[], account: string): string | null {
  if (!/^\d+$/.test(account)) return null;
  const n = Number(account);
  const hit = ranges.find((r) => String(r.from).length === account.length && n >= r.from && n <= r.to);
  return hit ? hit.text : null;
}
