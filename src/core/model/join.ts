import { SheetData, cellAddress, cellText } from '../cells';
import { Money, add } from '../money';
import { goalKey } from '../read/goal-key';
import { TableRow, plainRow, readRows } from '../read/rows';
import { TableLayout } from '../read/tables';
import { normaliseLabel } from '../read/text';
import { accountClass } from '../read/convention';
import { dimensionWord } from './dimension-word';
import { AccountRange, budgetRanges, rangeHolding, rangeKey } from './account-ranges';
import { classSigns, isLedgerSigns, turnBudget, turnOutcome, turnedClasses } from './join-signs';

/** One table that has a budget and no outcome, or the reverse: a side of a join. */
export interface JoinSide {
  sheet: SheetData;
  layout: TableLayout;
  rows: TableRow[];
  /**
   * A budget kept per range of accounts (`4000–4999`) beside a ledger per account: on the budget's side `keys`
   * (its account key is its range), on the ledger's the ranges its accounts are summed into (account-ranges.ts).
   */
  ranges?: 'keys' | readonly AccountRange[];
}

/** A part of the join key: the account, a dimension (by its header word), the goal area, or the line's name. */
export type KeyPart =
  { kind: 'account' } | { kind: 'dimension'; word: string } | { kind: 'goalArea' } | { kind: 'label' } | { kind: 'key' } | { kind: 'column'; word: string };

/** A key with the rows it came from on each side. */
export interface KeyRows {
  key: string[];
  budgetRows: TableRow[];
  outcomeRows: TableRow[];
}

/** Two sheets joined on a key (SPEC 1.8): every key of either side, summed per key, nothing dropped. */
export interface Join {
  budget: JoinSide;
  outcome: JoinSide;
  key: KeyPart[];
  /** The headers the key came from on the budget side, for the reading report (`Konto`, `Ansvar`). */
  keyHeaders: string[];
  /** One row per key, in the budget's order and then the outcome-only keys in the ledger's order. */
  rows: TableRow[];
  keyRows: KeyRows[];
  /** The last month the outcome covers when it is less than a year; null for a whole year or unknown. */
  through: number | null;
  /** Where the budget for the months compared comes from: a column, the budget's months, or × months / 12. */
  periodBudget: 'column' | 'months' | 'prorated' | null;
  /** Each side's own total, before joining: the joined totals equal them to the öre. */
  budgetTotal: Money | null;
  outcomeTotal: Money | null;
  /** The budget's income or costs written with the other sign than the outcome's, turned to its sign before comparing. */
  budgetTurned: { income: boolean; cost: boolean } | null;
  /** The outcome's classes written with the other sign than a budget in ledger signs, turned to the budget's. */
  outcomeTurned: { income: boolean; cost: boolean } | null;
  /** Outcome rows on balance accounts (classes 1–2) beside a budget of result accounts: no part of the join. */
  balanceRows: TableRow[];
  /** Outcome rows dated in another year than the one the budget names: no part of the join. */
  otherYearRows: TableRow[];
}

const DIMENSION_WORD = dimensionWord;

/** A pivot's row label that is an account alone (`3110`), or leads with one (`3110 Medlemsavgifter`). */
const LEADING_ACCOUNT = /^(\d{3,6})(?:\s|$)/;

/** The account code of a row: its code cell, or its label where the code is the only label (a transaction list). */
function accountOf(layout: TableLayout, row: TableRow): string | null {
  if (row.code !== null) return row.code;
  if (layout.columns.code !== undefined && layout.columns.code === layout.labelCol) return row.label.trim() || null;
  const m = LEADING_ACCOUNT.exec(row.label.trim());
  return m ? m[1] : null;
}

/** Most lines' labels are or start with an account code: the label column carries the account. */
function labelsAreAccounts(side: JoinSide): boolean {
  let items = 0;
  let accounts = 0;
  for (const r of side.rows) {
    if (r.kind !== 'item') continue;
    items++;
    if (LEADING_ACCOUNT.test(r.label.trim())) accounts++;
  }
  return items > 0 && accounts * 5 >= items * 4;
}

/** A dimension's code (`0210` of `0210 Ledning`), as text. */
function dimensionCode(layout: TableLayout, row: TableRow, word: string): string | null {
  const i = layout.dimensions.findIndex((d) => DIMENSION_WORD(d.header) === word);
  if (i < 0) return null;
  const value = row.dimensions[i];
  if (value === null || value === undefined) return null;
  return layout.dimensions[i].nameCol !== undefined ? value.split(' ')[0] : value;
}

function keyValue(part: KeyPart, side: JoinSide, row: TableRow): string | null {
  const layout = side.layout;
  switch (part.kind) {
    case 'key': {
      // The column the user called the key (`Nyckel`): its text as written, numbers as their digits.
      const v = layout.columns.key === undefined ? null : (side.sheet.values[row.row]?.[layout.columns.key] ?? null);
      const text = v === null ? '' : cellText(v).trim();
      return text === '' ? null : text;
    }
    case 'account': {
      if (side.ranges === 'keys') return rangeKey(layout, row)?.text ?? null;
      const account = accountOf(layout, row);
      return account !== null && side.ranges ? (rangeHolding(side.ranges, account) ?? account) : account;
    }
    case 'dimension':
      return dimensionCode(layout, row, part.word);
    case 'goalArea':
      return row.goalArea === null ? null : goalKey(row.goalArea);
    case 'label':
      return row.label === '' ? null : normaliseLabel(row.label);
    case 'column': {
      const col = columnHeaded(layout, part.word);
      const v = col === undefined ? null : (side.sheet.values[row.row]?.[col] ?? null);
      const text = v === null ? '' : cellText(v).trim();
      return text === '' ? null : text;
    }
  }
}

/** The text columns of a table (not amounts), by their header's normalised words. */
function textColumns(layout: TableLayout): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of layout.reading) {
    if (c.header === '' || (c.role !== 'line' && c.role !== 'code' && c.role !== 'dimension' && c.role !== 'goalArea')) continue;
    const w = normaliseLabel(c.header);
    if (!out.has(w)) out.set(w, c.col);
  }
  return out;
}

function columnHeaded(layout: TableLayout, word: string): number | undefined {
  return textColumns(layout).get(word);
}

/**
 * `Projekt | Projektnamn | Budget` beside `Datum | Konto | Projekt | Belopp`: the label of one side is headed as a
 * column of the other, which also has an account the first lacks. The column both head alike is the key.
 */
function sharedColumn(a: JoinSide, b: JoinSide): string | null {
  const label = (s: JoinSide) => s.layout.reading.find((c) => c.col === s.layout.labelCol)?.header ?? '';
  for (const [one, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const w = normaliseLabel(label(one));
    if (w !== '' && textColumns(other.layout).has(w)) return w;
  }
  return null;
}

/**
 * A budget per range of accounts (`3000–3999 Verksamhetens intäkter`) beside a ledger per account: each account is
 * joined to the range that holds it, an account in no range under its own code (ej budgeterat, never guessed).
 */
function withRanges(budget: JoinSide, outcome: JoinSide): [JoinSide, JoinSide] {
  if (budget.ranges || outcome.ranges) return [budget, outcome];
  const ranges = budgetRanges(budget.layout, budget.rows);
  if (ranges === null || !hasAccounts(outcome) || budgetRanges(outcome.layout, outcome.rows) !== null) return [budget, outcome];
  return [
    { ...budget, ranges: 'keys' },
    { ...outcome, ranges },
  ];
}

function hasAccounts(side: JoinSide): boolean {
  return side.layout.columns.code !== undefined || side.layout.codeCol !== undefined || labelsAreAccounts(side);
}

/** The key parts two sides share: the account, and every dimension both have by the same word. */
function sharedKey(a: JoinSide, b: JoinSide): KeyPart[] {
  // A key the user named on both sides is the key.
  if (a.layout.columns.key !== undefined && b.layout.columns.key !== undefined) return [{ kind: 'key' }];
  const parts: KeyPart[] = [];
  if (hasAccounts(a) && hasAccounts(b)) parts.push({ kind: 'account' });
  const words = (s: JoinSide) => new Set(s.layout.dimensions.map((d) => DIMENSION_WORD(d.header)));
  const bWords = words(b);
  for (const w of words(a)) if (bWords.has(w)) parts.push({ kind: 'dimension', word: w });
  if (parts.length) return parts;
  const goals = (s: JoinSide) => s.layout.labelRole === 'goalArea' || s.layout.columns.goalArea !== undefined;
  if (goals(a) && goals(b)) return [{ kind: 'goalArea' }];
  const column = sharedColumn(a, b);
  if (column !== null) return [{ kind: 'column', word: column }];
  return [{ kind: 'label' }];
}

function keysOf(side: JoinSide, parts: readonly KeyPart[]): Set<string> {
  const keys = new Set<string>();
  for (const r of side.rows) {
    if (r.kind !== 'item') continue;
    const k = parts.map((p) => keyValue(p, side, r));
    if (k.every((x) => x !== null)) keys.add(k.join('\u0000'));
  }
  return keys;
}

/**
 * How well two sides join on a key: the share of the smaller side's keys found on the other side. A key no
 * row shares gives 0. Dimensions that do not join (a ledger's ansvar coded otherwise) are dropped one by one.
 */
export function joinKey(budgetSide: JoinSide, outcomeSide: JoinSide): { parts: KeyPart[]; overlap: number } | null {
  const [a, b] = withRanges(budgetSide, outcomeSide);
  let parts = sharedKey(a, b);
  while (parts.length) {
    const ka = keysOf(a, parts);
    const kb = keysOf(b, parts);
    if (ka.size && kb.size) {
      let shared = 0;
      for (const k of ka) if (kb.has(k)) shared++;
      const overlap = shared / Math.min(ka.size, kb.size);
      if (overlap >= 0.3) return { parts, overlap };
    }
    if (parts.length === 1) break;
    parts = parts.slice(0, -1);
  }
  return null;
}

const plus = (a: Money | null, b: Money | null): Money | null => (b === null ? a : a === null ? b : add(a, b));

/** The last month the outcome side covers: its period or date column, else what its header or title said. */
function outcomeThrough(side: JoinSide): number | null {
  let last = 0;
  for (const r of side.rows) if (r.kind === 'item' && r.month !== null && r.month > last) last = r.month;
  if (last > 0) return last === 12 ? null : last;
  return side.layout.through;
}

/**
 * Join a budget table with an outcome table on their shared key (SPEC 1.8): transactions summed per key first,
 * a full outer join so that budget with no outcome and outcome with no budget are lines of their own, a key
 * twice on the budget side summed (and reported by the caller). The budget for the months the outcome covers
 * comes from the budget's period column, its month columns or its period rows, else the caller prorates.
 */
export function joinSides(budgetSide: JoinSide, outcomeSide: JoinSide, parts: KeyPart[]): Join {
  const [budget, outcomeRead] = withRanges(budgetSide, outcomeSide);
  // Transactions dated in another year than the budget's (a list run from December of the year before).
  const { side: outcome, left: otherYearRows } = ofBudgetYear(outcomeRead, budgetYear(budget));
  const through = outcomeThrough(outcome);
  // The budget's own months, read again for the months the outcome covers.
  const budgetMonths = (budget.layout.months.budget ?? []).some((c) => c >= 0);
  let budgetRows = budgetMonths && through !== null ? readRows(budget.sheet, { ...budget.layout, through }, []) : budget.rows;
  // A budget with income positive beside a ledger with income negative: written in the ledger's signs first.
  const accountAt = parts.findIndex((p) => p.kind === 'account');
  const signs = accountAt < 0 ? null : { budget: classSigns(accountSums(budget, 'budget')), outcome: classSigns(accountSums(outcome, 'outcome')) };
  const turned = signs ? turnedClasses(signs.budget, signs.outcome) : null;
  // Of two sides in different signs, the one in ledger signs stays: a report with income positive gives way to it.
  const outcomeTurned = turned && isLedgerSigns(signs!.budget) && !isLedgerSigns(signs!.outcome) ? turned : null;
  const budgetTurned = outcomeTurned ? null : turned;
  if (budgetTurned) budgetRows = turnBudget(budgetRows, (r) => accountOf(budget.layout, r), budgetTurned);
  const outcomeRows = outcomeTurned ? turnOutcome(outcome.rows, (r) => accountOf(outcome.layout, r), outcomeTurned) : outcome.rows;
  const byMonthRows = budget.rows.some((r) => r.month !== null);
  // A verifikationslista's counter entries (2440, 1930) or a saldobalans's balance accounts beside a result budget.
  const balanceRows: TableRow[] = [];
  const balanceOut = accountAt >= 0 && resultBudget(budget) ? (r: TableRow) => isBalance(accountOf(outcome.layout, r)) : null;
  const entries = new Map<string, KeyRows>();
  const order: string[] = [];
  const collect = (side: JoinSide, rows: readonly TableRow[], into: 'budgetRows' | 'outcomeRows') => {
    for (const r of rows) {
      if (r.kind !== 'item') continue;
      if (into === 'outcomeRows' && balanceOut?.(r)) {
        balanceRows.push(r);
        continue;
      }
      const key = parts.map((p) => keyValue(p, side, r));
      if (key.some((k) => k === null)) continue;
      const id = key.join('\u0000');
      let e = entries.get(id);
      if (!e) {
        entries.set(id, (e = { key: key as string[], budgetRows: [], outcomeRows: [] }));
        order.push(id);
      }
      e[into].push(r);
    }
  };
  collect(budget, budgetRows, 'budgetRows');
  collect(outcome, outcomeRows, 'outcomeRows');
  let budgetTotal: Money | null = null;
  let outcomeTotal: Money | null = null;
  const rows: TableRow[] = [];
  const keyRows: KeyRows[] = [];
  for (const id of order) {
    const e = entries.get(id)!;
    let b: Money | null = null;
    let pb: Money | null = null;
    let o: Money | null = null;
    for (const r of e.budgetRows) {
      b = plus(b, r.budget);
      // Budget kept per month in rows: the months the outcome covers make the period budget.
      pb = plus(pb, byMonthRows ? (through === null || (r.month ?? 13) <= through ? r.budget : null) : r.periodBudget);
    }
    for (const r of e.outcomeRows) o = plus(o, r.outcome);
    budgetTotal = plus(budgetTotal, b);
    outcomeTotal = plus(outcomeTotal, o);
    // A key with an unreadable row on one side has no sum on that side: the readable rows alone would look right.
    const budgetUnreadable = e.budgetRows.some((r) => r.unreadable);
    const outcomeUnreadable = e.outcomeRows.some((r) => r.unreadable);
    if (budgetUnreadable) b = pb = null;
    if (outcomeUnreadable) o = null;
    const unreadable = budgetUnreadable || outcomeUnreadable;
    const first = e.budgetRows[0] ?? e.outcomeRows[0];
    const named = e.budgetRows.find((r) => r.code !== null || budget.layout.columns.line !== undefined) ?? e.outcomeRows.find((r) => r.code !== null) ?? first;
    rows.push({
      ...plainRow(first),
      label: named.label,
      code: parts.some((p) => p.kind === 'account') ? e.key[parts.findIndex((p) => p.kind === 'account')] : first.code,
      sheet: e.budgetRows.length ? budget.layout.sheet : outcome.layout.sheet,
      budget: b,
      periodBudget: through === null ? null : pb,
      outcome: o,
      forecast: null,
      deviation: null,
      forecastDeviation: null,
      priorYear: null,
      unreadable,
      // Its label and code may come from the other side: what its words say is worked out again.
      known: undefined,
    });
    keyRows.push(e);
  }
  const periodBudget =
    through === null ? null : budget.layout.columns.periodBudget !== undefined ? 'column' : budgetMonths || byMonthRows ? 'months' : 'prorated';
  return {
    budget,
    outcome,
    key: parts,
    keyHeaders: parts.map((p) => keyHeader(p, budget.layout)),
    rows,
    keyRows,
    through,
    periodBudget,
    budgetTotal,
    outcomeTotal,
    budgetTurned,
    outcomeTurned,
    balanceRows,
    otherYearRows,
  };
}

/** The year the budget's column names (`Budget 2025`), if it names one. */
function budgetYear(side: JoinSide): number | undefined {
  const col = side.layout.columns.budget;
  return col === undefined ? undefined : side.layout.reading.find((c) => c.col === col)?.year;
}

/**
 * The outcome side with its rows of the budget's year only, and the rows of other years left out: only where the
 * budget names its year and some rows are dated in it (a list wholly of another year is another matter, joined.ts).
 */
function ofBudgetYear(side: JoinSide, year: number | undefined): { side: JoinSide; left: TableRow[] } {
  if (year === undefined || !side.rows.some((r) => r.kind === 'item' && r.year === year)) return { side, left: [] };
  const left = side.rows.filter((r) => r.kind === 'item' && r.year !== undefined && r.year !== year);
  if (left.length === 0) return { side, left };
  const out = new Set(left);
  return { side: { ...side, rows: side.rows.filter((r) => !out.has(r)) }, left };
}

const isBalance = (code: string | null) => code !== null && accountClass(code.replace(/^\D+/, '')) === 'balance';

/** A budget of result accounts: its lines are accounts of classes 3–8, none a balance account. */
function resultBudget(side: JoinSide): boolean {
  let accounts = 0;
  for (const r of side.rows) {
    if (r.kind !== 'item') continue;
    const code = accountOf(side.layout, r);
    if (code === null) continue;
    if (isBalance(code)) return false;
    if (accountClass(code.replace(/^\D+/, '')) !== null) accounts++;
  }
  return accounts > 0;
}

/** Each account's summed amount on one side (transactions added up), for the signs its classes are written with. */
function accountSums(side: JoinSide, role: 'budget' | 'outcome'): Map<string, Money> {
  const sums = new Map<string, Money>();
  for (const r of side.rows) {
    const v = r[role];
    const code = r.kind === 'item' && v !== null ? accountOf(side.layout, r) : null;
    if (code !== null && v !== null) sums.set(code, add(sums.get(code) ?? 0, v));
  }
  return sums;
}

function keyHeader(part: KeyPart, layout: TableLayout): string {
  switch (part.kind) {
    case 'account':
      return layout.headers.code ?? 'Konto';
    case 'dimension':
      return layout.dimensions.find((d) => DIMENSION_WORD(d.header) === part.word)?.header ?? part.word;
    case 'goalArea':
      return layout.headers.goalArea ?? 'Målområde';
    case 'label':
      return layout.headers.line ?? '';
    case 'key':
      return layout.headers.key ?? 'Nyckel';
    case 'column':
      return layout.reading.find((c) => c.col === columnHeaded(layout, part.word))?.header ?? part.word;
  }
}

/** Where a key's first row stands on its side, for a finding: the amount cell of the row. */
export function keyCell(side: JoinSide, row: TableRow, role: 'budget' | 'outcome'): string {
  const col = side.layout.columns[role] ?? side.layout.columns.periodBudget ?? side.layout.labelCol;
  return cellAddress(row.row, col);
}
