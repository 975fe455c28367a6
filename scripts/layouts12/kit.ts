/**
 * What the twelfth corpus adds to the earlier ones: joins whose key or amount is not a plain cell. An account
 * written with its name in one cell, an account on a row of its own above its transactions, a code shown with
 * leading zeros by its number format, a budget line that is a range of accounts; an amount as Debet − Kredit, in
 * another unit, or in reversed signs; and ledger rows that are no part of the budget's outcome (balance accounts,
 * another year, a Summa at the foot). Each fixture says how a key and an amount are read from its written cells,
 * and which rows are not joined and why: the verifier (verify12) reads every declared row back that way, checks
 * that every other row of the two tables is one the fixture leaves out on purpose, and computes the join's
 * expectation again from the cells.
 */
import ExcelJS from 'exceljs';
import { isDeepStrictEqual } from 'util';
import { Unit } from '../layouts/expected';
import { Built, JoinRowSpec, JoinSpec, ReadValue, expectJoin } from '../layouts2/spec';
import { amountOf, keyOf, readValue } from '../layouts2/verify';
import { between, rng } from '../layouts2/sheet';
import { Ore, sum } from '../layouts2/money';
import { verify8 } from '../layouts8/verify8';
import { built8, Declared8 } from '../layouts8/kit';

/** How one side's rows are read back from the written sheet. */
export interface ReadSide {
  key: (ws: ExcelJS.Worksheet, row: number) => string[];
  /** The row's amount in öre, in the join's signs (income negative); 'error' for a cell that is no number. */
  amount: (ws: ExcelJS.Worksheet, row: number) => Ore | null | 'error';
  /** The rows the side's table spans (first and last data row): each is empty, declared, or left out on purpose. */
  span: [number, number];
}

/** A row of a table that is no part of the join, why, and what in its cells shows it. */
export interface NotJoined {
  sheet: string;
  row: number;
  why: string;
  holds: (ws: ExcelJS.Worksheet, row: number) => boolean;
}

export interface Read12 {
  budget: ReadSide;
  outcome: ReadSide;
  notJoined?: NotJoined[];
}

const reads = new WeakMap<Built, Read12>();

/** A built fixture of this corpus: the join's expectation from the source, and how its cells are read again. */
export function built12(wb: ExcelJS.Workbook, d: Declared8, read: Read12): Built {
  const b = built8(wb, d);
  reads.set(b, read);
  const left = read.notJoined ?? [];
  if (b.expected.join && left.length) {
    const bySheetWhy = new Map<string, { sheet: string; rows: number[]; why: string }>();
    for (const n of left) {
      const k = `${n.sheet}\u0001${n.why}`;
      const e = bySheetWhy.get(k) ?? { sheet: n.sheet, rows: [], why: n.why };
      e.rows.push(n.row);
      bySheetWhy.set(k, e);
    }
    b.expected.join.notJoined = [...bySheetWhy.values()];
  }
  return b;
}

// ---------------------------------------------------------------------------------------------
// Reading cells back

/** The text a key cell shows: a number padded to its format's zeros (`00000` shows 1100 as 01100), text as written. */
export function shownKey(ws: ExcelJS.Worksheet, addr: string): string {
  const cell = ws.getCell(addr);
  const v = readValue(ws, addr);
  if (typeof v === 'number' && /^0+$/.test(cell.numFmt ?? '')) return String(v).padStart(cell.numFmt.length, '0');
  return keyOf(v);
}

/** A key of plain cells (`['A']`, `['A', 'C']`). */
export const cellsKey =
  (cols: string[]) =>
  (ws: ExcelJS.Worksheet, row: number): string[] =>
    cols.map((c) => shownKey(ws, `${c}${row}`));

/** The account a cell starts with (`4010 Inköp material`, `4010 - Inköp material`). */
export const leadingCode =
  (col: string) =>
  (ws: ExcelJS.Worksheet, row: number): string[] => {
    const m = /^(\d{4,5})\b/.exec(shownKey(ws, `${col}${row}`));
    return [m ? m[1] : ''];
  };

/** Summed amount cells in a unit, times `sign`; minus cells subtracted (Kredit). */
export const amountCells =
  (plus: string[], unit: Unit, minus: string[] = [], sign: 1n | -1n = 1n) =>
  (ws: ExcelJS.Worksheet, row: number): Ore | null | 'error' => {
    const parts: Ore[] = [];
    let any = false;
    for (const [cols, s] of [
      [plus, 1n],
      [minus, -1n],
    ] as const) {
      for (const c of cols) {
        const a = amountOf(readValue(ws, `${c}${row}`), unit);
        if (a === 'error') return 'error';
        if (a !== null) {
          any = true;
          parts.push(a * s);
        }
      }
    }
    return any ? sum(parts) * sign : null;
  };

/** Does a row hold anything at all in the first `cols` columns? */
export function rowHasValue(ws: ExcelJS.Worksheet, row: number, cols = 16): boolean {
  for (let c = 1; c <= cols; c++) {
    const v: ReadValue = readValue(ws, ws.getCell(row, c).address);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return true;
  }
  return false;
}

/** The year of a date cell. */
export function yearIn(ws: ExcelJS.Worksheet, addr: string): number | null {
  const v = readValue(ws, addr);
  return v instanceof Date ? v.getUTCFullYear() : null;
}

/** The Kommun-Bas / BAS class of an account cell: its first digit. */
export function classOf(ws: ExcelJS.Worksheet, addr: string): string {
  return shownKey(ws, addr).replace(/^\D+/, '')[0] ?? '';
}

// ---------------------------------------------------------------------------------------------
// The verifier

export async function verify12(buf: Buffer, b: Built): Promise<string[]> {
  const read = reads.get(b);
  const d = b.declared;
  const j = d.join;
  // Tables and cells as the eighth corpus checks them; the join is read again below, its own way.
  const rest: Built = { ...b, declared: { ...d, join: undefined } as Declared8 };
  const problems = await verify8(buf, rest);
  if (!j || !read) return problems;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const again = (name: string, side: ReadSide, rows: JoinRowSpec[]): JoinRowSpec[] =>
    rows.map((r) => {
      const ws = wb.getWorksheet(name)!;
      const key = side.key(ws, r.row);
      const a = side.amount(ws, r.row);
      if (key.join('/') !== r.key.join('/')) problems.push(`${name} row ${r.row}: key ${key.join('/')}, source ${r.key.join('/')}`);
      if (a === 'error' && !r.unreadable) problems.push(`${name} row ${r.row}: amount unreadable`);
      if (a !== 'error' && a !== r.amount) problems.push(`${name} row ${r.row}: amount ${String(a)} öre, source ${r.amount} öre`);
      return { ...r, key, amount: a === 'error' || a === null ? 0n : a };
    });
  const reread: JoinSpec = {
    ...j,
    budgetRows: again(j.budgetSheet, read.budget, j.budgetRows),
    outcomeRows: again(j.outcomeSheet, read.outcome, j.outcomeRows),
  };
  const expected = { ...b.expected.join! };
  delete expected.notJoined;
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(expectJoin(reread))), JSON.parse(JSON.stringify(expected))))
    problems.push('join: the expectation from the cells differs from the source');
  // Every row of each side's span is declared, left out on purpose (and shows why), or empty.
  for (const [name, side, rows] of [
    [j.budgetSheet, read.budget, j.budgetRows],
    [j.outcomeSheet, read.outcome, j.outcomeRows],
  ] as const) {
    const ws = wb.getWorksheet(name)!;
    const declared = new Set(rows.map((r) => r.row));
    for (let r = side.span[0]; r <= side.span[1]; r++) {
      const left = (read.notJoined ?? []).find((n) => n.sheet === name && n.row === r);
      if (left && !left.holds(ws, r)) problems.push(`${name} row ${r}: left out (${left.why}) but its cells do not show it`);
      if (left && declared.has(r)) problems.push(`${name} row ${r}: declared and left out`);
      if (!left && !declared.has(r) && rowHasValue(ws, r)) problems.push(`${name} row ${r}: holds values but is neither declared nor left out`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Source data: an account's year split into transactions

/** `n` parts of `total` (öre), each of its sign, summing to it exactly. */
export function split(r: () => number, total: Ore, n: number): Ore[] {
  if (n <= 1) return [total];
  const w = Array.from({ length: n }, () => BigInt(between(r, 20, 100)));
  const W = sum(w);
  const parts = w.map((x) => (total * x) / W);
  parts[n - 1] += total - sum(parts);
  return parts;
}

/** A transaction of the source ledger: its date (UTC), its key, its amount in the join's signs. */
export interface Tx {
  date: Date;
  key: string[];
  amount: Ore;
  text: string;
}

/**
 * Each key's total split into `n` transactions spread over the months of `year` (the last in December), by a
 * seeded generator, in date order (ties by key, so the order never depends on anything else).
 */
export function transactions(seed: number, year: number, accounts: { key: string[]; total: Ore; n: number; text: string[] }[]): Tx[] {
  const r = rng(seed);
  const out: Tx[] = [];
  for (const a of accounts) {
    const parts = split(r, a.total, a.n);
    parts.forEach((p, i) => {
      const month = a.n === 1 ? 12 : i === a.n - 1 ? 12 : 1 + Math.floor((i * 11) / (a.n - 1));
      const day = between(r, 1, 28);
      out.push({ date: new Date(Date.UTC(year, month - 1, day)), key: a.key, amount: p, text: a.text[i % a.text.length] });
    });
  }
  return out.sort((x, y) => x.date.getTime() - y.date.getTime() || (x.key.join('/') < y.key.join('/') ? -1 : x.key.join('/') > y.key.join('/') ? 1 : 0));
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
