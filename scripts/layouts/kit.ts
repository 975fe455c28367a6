/**
 * The layout corpus's own small toolkit: exact money in öre (BigInt), a seeded random source, the sign rules of
 * SPEC 1.5 and 2.1 written out once, and helpers that put cells into an ExcelJS sheet. Nothing here comes from
 * src/: the expectations must not share a line of code with the product they judge.
 */
import ExcelJS from 'exceljs';
import { Amount, Convention, ExpectedFigures, ExpectedGroup, ExpectedLine, ExpectedTable, Unit } from './expected';
import { FIXED_DATE } from '../deterministic-zip';

// ---------------------------------------------------------------------------------------------
// Money: öre as BigInt

export type Ore = bigint;

export const UNIT_ORE: Record<Unit, bigint> = { kr: 100n, tkr: 100_000n, mnkr: 100_000_000n };

/** A plain decimal string (`"-1234.5"`, `"0.05"`) in kronor to öre; more than two decimals is a generator bug. */
export function ore(kronor: string | number): Ore {
  return scaled(String(kronor), 100n);
}

/** A decimal string times a whole number of öre per unit, exactly; throws when the result is not whole öre. */
export function scaled(decimal: string, orePerUnit: bigint): Ore {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(decimal.trim());
  if (!m) throw new Error(`not a decimal: ${decimal}`);
  const [, minus, whole, frac = '', exp = '0'] = m;
  let digits = BigInt(whole + frac);
  let places = frac.length - Number(exp);
  let value = digits * orePerUnit;
  while (places > 0) {
    if (value % 10n !== 0n) throw new Error(`${decimal} × ${orePerUnit} öre is not whole öre`);
    value /= 10n;
    places--;
  }
  while (places < 0) {
    value *= 10n;
    places++;
  }
  digits = value;
  return minus ? -digits : digits;
}

/** Öre to kronor as SPEC 7 writes them: no trailing zeros, no exponent. */
export function plain(o: Ore): string {
  const neg = o < 0n;
  const a = neg ? -o : o;
  const kr = a / 100n;
  const rest = a % 100n;
  let s = kr.toString();
  if (rest !== 0n) s += `.${rest.toString().padStart(2, '0').replace(/0$/, '')}`;
  return neg ? `-${s}` : s;
}

export const amount = (o: Ore | null | undefined): Amount => (o === null || o === undefined ? null : plain(o));

/** Öre in a table's unit, as the number a cell holds (exact in decimal: `1234.567` tkr). */
export function inUnit(o: Ore, unit: Unit): number {
  const per = UNIT_ORE[unit];
  const places = per.toString().length - 1;
  const neg = o < 0n;
  const a = neg ? -o : o;
  const whole = a / per;
  const frac = (a % per).toString().padStart(places, '0').replace(/0+$/, '');
  return Number(`${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
}

/** Half away from zero, as Excel's ROUND: numerator / denominator in öre. */
export function divRound(numerator: Ore, denominator: bigint): Ore {
  const neg = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}

export const sum = (xs: readonly Ore[]): Ore => xs.reduce((a, b) => a + b, 0n);

// ---------------------------------------------------------------------------------------------
// Swedish number text as people type and paste it

const NBSP = '\u00a0';
const THIN = '\u202f';

/** `1 234 567` with a space (or a no-break space) between thousands, a comma before öre. */
export function swedishText(o: Ore, unit: Unit, opts: { space?: string; decimals?: number; trailingMinus?: boolean } = {}): string {
  const per = UNIT_ORE[unit];
  const places = opts.decimals ?? 0;
  const neg = o < 0n;
  const a = neg ? -o : o;
  const whole = a / per;
  const fracDigits = per.toString().length - 1;
  const frac = (a % per).toString().padStart(fracDigits, '0');
  if (places < fracDigits && /[1-9]/.test(frac.slice(places))) throw new Error(`${plain(o)} kr does not fit ${places} decimals in ${unit}`);
  const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, opts.space ?? ' ');
  const body = places > 0 ? `${grouped},${frac.slice(0, places)}` : grouped;
  if (!neg) return body;
  return opts.trailingMinus ? `${body}-` : `-${body}`;
}
export const SPACES = { NBSP, THIN };

/**
 * The generator's own reader for what it wrote, used by the second-way check: a number as Excel stores it, or
 * the Swedish text forms above. Returns öre in kronor for a value in `unit`, null for empty or a dash, 'error' for
 * an error value or unreadable text.
 */
export function readAmount(value: ExcelJS.CellValue, unit: Unit): Ore | null | 'error' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return scaled(numberText(value), UNIT_ORE[unit]);
  if (typeof value === 'string') return readText(value, unit);
  if (typeof value === 'object') {
    if ('error' in value) return 'error';
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      // ExcelJS drops a cached 0 when it loads a file (result undefined): that reads as an error here, so the
      // check fails loudly rather than passing on a guess. Fixtures keep such cells out of amount columns.
      if (result === undefined) return 'error';
      return readAmount(result as ExcelJS.CellValue, unit);
    }
    if ('richText' in value) return readText(value.richText.map((r) => r.text).join(''), unit);
  }
  return 'error';
}

function numberText(n: number): string {
  // Shortest round-trip text, which is the decimal the generator wrote.
  return String(n);
}

function readText(text: string, unit: Unit): Ore | null | 'error' {
  let t = text.replace(/[\u00a0\u202f\u2009 ]/g, '').replace(/\u2212/g, '-');
  if (t === '' || /^[-–—]$/.test(t)) return null;
  let neg = false;
  if (/^\(.*\)$/.test(t)) {
    neg = true;
    t = t.slice(1, -1);
  }
  if (t.endsWith('-')) {
    neg = !neg;
    t = t.slice(0, -1);
  }
  if (t.startsWith('-')) {
    neg = !neg;
    t = t.slice(1);
  }
  t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return 'error';
  const v = scaled(t, UNIT_ORE[unit]);
  return neg ? -v : v;
}

// ---------------------------------------------------------------------------------------------
// A seeded random source, so every run writes the same bytes

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A whole amount in öre between two kronor amounts, rounded to `step` kronor. */
  kr(min: number, max: number, step = 1): Ore {
    const n = this.int(Math.ceil(min / step), Math.floor(max / step));
    return BigInt(n) * BigInt(step) * 100n;
  }
  /** Öre with öre digits, for ledgers that keep them. */
  oreBetween(minKr: number, maxKr: number): Ore {
    return BigInt(this.int(minKr * 100, maxKr * 100));
  }
}

// ---------------------------------------------------------------------------------------------
// Sign rules (SPEC 1.5, 2.1) and rollups

export type Side = 'income' | 'cost';

/** Positive is favourable in every convention; null when either side is missing. */
export function deviation(convention: Convention, side: Side, budget: Ore | null, outcome: Ore | null): Ore | null {
  if (budget === null || outcome === null) return null;
  if (convention === 'signed') return outcome - budget;
  if (convention === 'ledger') return budget - outcome;
  return side === 'income' ? outcome - budget : budget - outcome;
}

/** Kommun-Bas class of an account, read as the economist reads it in a ledger: 3xxx income, 4xxx–7xxx costs, 8xxx by sign. */
export function accountSide(account: string, ledgerAmount: Ore): Side {
  const first = account.replace(/^0+/, '')[0];
  if (first === '3') return 'income';
  if (first === '8') return ledgerAmount < 0n ? 'income' : 'cost';
  return 'cost';
}

export function accountClass(account: string): string {
  const n = Number(account.slice(0, 2));
  if (account[0] === '3') return 'Verksamhetens intäkter';
  if (n >= 50 && n <= 59) return 'Personalkostnader';
  if (account[0] === '4' || account[0] === '6' || account[0] === '7') return 'Övriga verksamhetskostnader';
  if (account[0] === '8') return 'Finansiella poster';
  return 'Övrigt';
}

/** One item line as the generator knows it: the source of both the cells and the expectation. */
export interface Line {
  key: string;
  row: number;
  side: Side;
  group?: string;
  budget: Ore | null;
  outcome: Ore | null;
  forecast?: Ore | null;
  /** The budget for the months compared (interim tables). */
  periodBudget?: Ore | null;
}

/** The budget a line is compared with: its period budget in an interim table, else its budget. */
const compareBudget = (l: Line, interim: boolean) => (interim ? (l.periodBudget ?? null) : l.budget);

export function lineDeviation(convention: Convention, l: Line, interim: boolean): Ore | null {
  return deviation(convention, l.side, compareBudget(l, interim), l.outcome);
}

function expectedLine(convention: Convention, l: Line, interim: boolean): ExpectedLine {
  const d = lineDeviation(convention, l, interim);
  const out: ExpectedLine = { key: l.key, row: l.row, budget: amount(l.budget) };
  if (interim) out.periodBudget = amount(l.periodBudget ?? null);
  out.outcome = amount(l.outcome);
  if (l.forecast !== undefined) {
    out.forecast = amount(l.forecast);
    out.forecastDeviation = amount(deviation(convention, l.side, l.budget, l.forecast));
  }
  out.deviation = amount(d);
  out.favourable = d === null ? null : d >= 0n;
  out.side = l.side;
  if (l.group !== undefined) out.group = l.group;
  return out;
}

/**
 * Budget, outcome and deviation of some lines. Signed and ledger tables add the amounts as they stand (their
 * signs already say income or cost); an unsigned table adds them as they stand when all lines are of one side,
 * and as a result (income − costs, `net`) when it mixes both.
 */
export function rollup(convention: Convention, lines: readonly Line[], interim: boolean): ExpectedFigures {
  const mixed = convention === 'unsigned' && new Set(lines.map((l) => l.side)).size > 1;
  const sign = (l: Line) => (mixed && l.side === 'cost' ? -1n : 1n);
  const add = (pick: (l: Line) => Ore | null | undefined, only?: (l: Line) => boolean) => {
    const xs = lines.filter((l) => (only ? only(l) : true)).map((l) => ({ v: pick(l), s: sign(l) }));
    const present = xs.filter((x) => x.v !== null && x.v !== undefined);
    return present.length === 0 ? null : sum(present.map((x) => (x.v as Ore) * x.s));
  };
  const compared = (l: Line) => lineDeviation(convention, l, interim) !== null;
  const leftOut = lines.filter((l) => !compared(l)).length;
  const devs = lines.map((l) => lineDeviation(convention, l, interim)).filter((d): d is Ore => d !== null);
  const f: ExpectedFigures = { budget: amount(add((l) => l.budget)) };
  if (interim) f.periodBudget = amount(add((l) => l.periodBudget));
  f.outcome = amount(add((l) => l.outcome));
  if (lines.some((l) => l.forecast !== undefined)) {
    f.forecast = amount(add((l) => l.forecast));
    const fd = lines.map((l) => deviation(convention, l.side, l.budget, l.forecast ?? null)).filter((d): d is Ore => d !== null);
    f.forecastDeviation = amount(fd.length ? sum(fd) : null);
  }
  f.deviation = amount(devs.length ? sum(devs) : null);
  if (mixed) f.net = true;
  if (leftOut > 0) {
    f.leftOut = leftOut;
    f.comparedOnly = { budget: amount(add((l) => compareBudget(l, interim), compared)), outcome: amount(add((l) => l.outcome, compared)) };
  }
  return f;
}

export function groupsOf(convention: Convention, lines: readonly Line[], interim: boolean): ExpectedGroup[] {
  const order: string[] = [];
  const by = new Map<string, Line[]>();
  for (const l of lines) {
    if (l.group === undefined) continue;
    if (!by.has(l.group)) {
      by.set(l.group, []);
      order.push(l.group);
    }
    by.get(l.group)!.push(l);
  }
  return order.map((key) => ({ key, ...rollup(convention, by.get(key)!, interim) }));
}

export interface TableSpec extends Omit<ExpectedTable, 'lines' | 'lineCount' | 'groups' | 'total'> {
  lines: Line[];
  /** Give only this many lines (spread over the table) in the expectation; the totals still cover them all. */
  sample?: number;
  /** Leave the groups out (a table the economist would not group). */
  noGroups?: boolean;
  /** Rows that must be among the sampled lines (the quirky ones). */
  include?: number[];
}

/** The expectation of one table, and the lines behind it for the second-way check. */
export interface BuiltTable {
  table: ExpectedTable;
  lines: Line[];
}

export function expectTable(spec: TableSpec): BuiltTable {
  const { lines, sample, noGroups, include, ...rest } = spec;
  const interim = spec.period !== undefined;
  const table: ExpectedTable = { ...rest };
  if (!spec.deviations) {
    const few = sample && sample < lines.length ? lines.slice(0, sample) : lines;
    table.lines = few.map((l) => ({ key: l.key, row: l.row, budget: amount(l.budget), outcome: amount(l.outcome), deviation: null, favourable: null }));
    table.lineCount = lines.length;
    return { table, lines };
  }
  let shown = lines;
  if (sample && sample < lines.length) {
    const step = lines.length / sample;
    shown = Array.from({ length: sample }, (_, i) => lines[Math.floor(i * step)]);
    // The last line too: where a reader that stops early would miss it.
    shown[shown.length - 1] = lines[lines.length - 1];
    for (const row of include ?? []) if (!shown.some((l) => l.row === row)) shown.push(lines.find((l) => l.row === row)!);
    shown.sort((a, b) => a.row - b.row);
  }
  table.lines = shown.map((l) => expectedLine(spec.convention, l, interim));
  table.lineCount = lines.length;
  if (!noGroups && lines.some((l) => l.group !== undefined)) table.groups = groupsOf(spec.convention, lines, interim);
  table.total = rollup(spec.convention, lines, interim);
  return { table, lines };
}

// ---------------------------------------------------------------------------------------------
// ExcelJS helpers

export function newWorkbook(creator = 'Ekonomienheten'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

export function colLetter(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letter: string): number {
  return [...letter.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export const addr = (row: number, col: number) => `${colLetter(col)}${row}`;

export type CellInput = ExcelJS.CellValue | undefined;

export interface Style {
  bold?: boolean;
  italic?: boolean;
  numFmt?: string;
  size?: number;
  fill?: string;
  align?: 'left' | 'right' | 'center';
  indent?: number;
  border?: 'top' | 'bottom' | 'topBottom';
  wrap?: boolean;
  color?: string;
}

export function styleCell(cell: ExcelJS.Cell, s: Style): void {
  if (s.bold || s.italic || s.size || s.color) cell.font = { bold: s.bold, italic: s.italic, size: s.size, color: s.color ? { argb: s.color } : undefined };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: s.fill } };
  if (s.align || s.indent || s.wrap) cell.alignment = { horizontal: s.align, indent: s.indent, wrapText: s.wrap };
  if (s.border) {
    const thin = { style: 'thin' as const };
    cell.border = s.border === 'top' ? { top: thin } : s.border === 'bottom' ? { bottom: thin } : { top: thin, bottom: thin };
  }
}

/** Values into a row from a column on; undefined leaves a cell alone, null leaves it empty. */
export function putRow(ws: ExcelJS.Worksheet, row: number, col: number, values: readonly CellInput[], s?: Style | ((i: number) => Style | undefined)): void {
  values.forEach((v, i) => {
    if (v === undefined) return;
    const cell = ws.getCell(row, col + i);
    if (v !== null) cell.value = v;
    const st = typeof s === 'function' ? s(i) : s;
    if (st) styleCell(cell, st);
  });
}

export function put(ws: ExcelJS.Worksheet, a: string, v: CellInput, s?: Style): void {
  const cell = ws.getCell(a);
  if (v !== undefined && v !== null) cell.value = v;
  if (s) styleCell(cell, s);
}

export function widths(ws: ExcelJS.Worksheet, ws_widths: Record<string, number>): void {
  for (const [col, w] of Object.entries(ws_widths)) ws.getColumn(col).width = w;
}

export function freeze(ws: ExcelJS.Worksheet, ySplit: number, xSplit = 0): void {
  ws.views = [{ state: 'frozen', xSplit, ySplit, topLeftCell: addr(ySplit + 1, xSplit + 1), activeCell: addr(ySplit + 1, xSplit + 1) }];
}

/** A SUM formula with its cached result, as Excel leaves it in the file. */
export function sumFormula(col: string, from: number, to: number, result: number): ExcelJS.CellFormulaValue {
  return { formula: `SUM(${col}${from}:${col}${to})`, result, date1904: false };
}

export function formula(f: string, result: number | string | { error: ExcelJS.ValueType.Error | string }): ExcelJS.CellValue {
  return { formula: f, result: result as ExcelJS.CellFormulaValue['result'], date1904: false } as ExcelJS.CellValue;
}

/** Excel's number formats as stored (invariant), the ones Swedish workbooks really carry. */
export const FMT = {
  int: '#,##0',
  intNeg: '#,##0;-#,##0',
  intRed: '#,##0;[Red]-#,##0',
  dec2: '#,##0.00',
  dec1: '#,##0.0',
  tkr1: '#,##0.0;-#,##0.0',
  kr: '#,##0 "kr"',
  pct: '0%',
  pct1: '0.0%',
  text: '@',
  date: 'yyyy-mm-dd',
} as const;

/** An Excel date serial for a calendar date (1900 system). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Split an amount into n month parts that sum exactly, with a seasonal shape (July light). */
export function spreadMonths(total: Ore, n: number, rng: Rng, wholeKr = true): Ore[] {
  const weights = Array.from({ length: n }, (_, i) => (i === 6 ? 4 : 10) + rng.int(0, 3));
  const wsum = BigInt(weights.reduce((a, b) => a + b, 0));
  const unit = wholeKr ? 100n : 1n;
  const parts = weights.map((w) => ((total * BigInt(w)) / wsum / unit) * unit);
  parts[n - 1] += total - sum(parts);
  return parts;
}

export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[–—−]/g, '-')
    .replace(/[:*]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
