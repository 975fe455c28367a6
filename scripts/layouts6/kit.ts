/**
 * Helpers shared by the sixth corpus's fixtures (member fees and financial goals): populations written as SCB's
 * web table pastes them, organisation numbers with their check digit, reading parameters back from their cells,
 * the largest-remainder split in BigInt, and exact ratios. Cells and money come from scripts/layouts2.
 */
import ExcelJS from 'exceljs';
import { Unit } from '../layouts/expected';
import { FeeParam, ReadValue } from '../layouts2/spec';
import { amountOf, keyOf } from '../layouts2/verify';
import { divRound, Ore, toOre } from '../layouts2/money';
import { num, put } from '../layouts2/sheet';

/** A population as SCB's web table pastes it: digits grouped by no-break spaces (`48 312`). */
export const popText = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** A ten-digit organisation number `212000-NNNC` whose last digit is the Luhn check digit. */
export function orgNumber(nine: string): string {
  const digits = nine.replace(/\D/g, '');
  if (digits.length !== 9) throw new Error(`nine digits wanted: ${nine}`);
  let s = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    s += d;
  }
  const check = (10 - (s % 10)) % 10;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${check}`;
}

/** An amount cell read back in kronor (a number, or text such as `612,40 kr` or `14 500 000`). */
export const readKr = (v: ReadValue): FeeParam => {
  const o = amountOf(typeof v === 'string' ? v.replace(/\s*kr\/inv\.?$|\s*kr per invånare$/i, '') : v, 'kr');
  if (o === null || o === 'error') throw new Error(`not an amount: ${JSON.stringify(v)}`);
  return o;
};

/** A whole number cell (months, a count). */
export const readInt = (v: ReadValue): FeeParam => {
  const o = amountOf(v, 'kr');
  if (o === null || o === 'error' || o % 100n !== 0n) throw new Error(`not a whole number: ${JSON.stringify(v)}`);
  return Number(o / 100n);
};

const MONTH_WORDS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A date cell read back as `YYYY-MM-DD`: an Excel date, ISO text, or `30 juni 2026` as a Swedish list writes it. */
export const readIsoDate = (v: ReadValue): FeeParam => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const text = String(v ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(text);
  const month = m ? MONTH_WORDS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!m || month === 0) throw new Error(`not a date: ${JSON.stringify(v)}`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
};

/** A text cell as written. */
export const readText = (v: ReadValue): FeeParam => keyOf(v);

/** A share cell as hundredths of a percent: 0.333 (shown 33,3 %) or the text `33,3 %` both give 3330. */
export const readBasisPoints = (v: ReadValue): FeeParam => {
  if (typeof v === 'number') return Number(toOre(String(v), 'tkr') / 10n);
  const o = amountOf(String(v).replace(/\s*%$/, ''), 'kr');
  if (o === null || o === 'error') throw new Error(`not a share: ${JSON.stringify(v)}`);
  return Number(o);
};

export interface Claim {
  name: string;
  weight: bigint;
  population: bigint;
}

/**
 * `total` öre shared by weight in whole `unit`s (100n: kronor), so that the parts sum exactly: each gets the
 * floor of its exact share and the units left over go one each to the largest remainders, then the larger
 * population, then the name (SPEC 3.3).
 */
export function largestRemainder(total: Ore, claims: Claim[], unit = 100n): Map<string, Ore> {
  if (total % unit !== 0n) throw new Error('total not in whole units');
  const units = total / unit;
  const w = claims.reduce((s, c) => s + c.weight, 0n);
  const parts = claims.map((c) => ({ c, q: (units * c.weight) / w, r: (units * c.weight) % w }));
  let left = units - parts.reduce((s, p) => s + p.q, 0n);
  const order = [...parts].sort((a, b) =>
    a.r !== b.r ? (b.r > a.r ? 1 : -1) : a.c.population !== b.c.population ? (b.c.population > a.c.population ? 1 : -1) : a.c.name < b.c.name ? -1 : 1,
  );
  for (const p of order) {
    if (left === 0n) break;
    p.q += 1n;
    left -= 1n;
  }
  return new Map(parts.map((p) => [p.c.name, p.q * unit]));
}

/** n / d × scale with four decimals, rounded half away from zero (`"36.1835"`). */
export function ratioText(n: Ore, d: Ore, scale: bigint): string {
  const v = divRound(n * scale * 10000n, d);
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 10000n}.${String(a % 10000n).padStart(4, '0')}`;
}

/** Öre as whole kronor text for a kr goal value (`"-460000"`), exact to the öre when needed. */
export function krValue(o: Ore): string {
  const neg = o < 0n;
  const a = neg ? -o : o;
  const frac = a % 100n;
  return `${neg ? '-' : ''}${a / 100n}${frac ? `.${String(frac).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

/** A statement row: label, optional note, this year's and last year's figure (decimal strings in the unit), bold. */
export type StatementRow = [label: string, note: string | number | undefined, y1: string | undefined, y0: string | undefined, bold?: boolean];

/** Writes statement rows from `start` (label in A, note in B, the years in C and D); returns each label's row. */
export function statement(
  ws: ExcelJS.Worksheet,
  start: number,
  rows: StatementRow[],
  unit: Unit,
  numFmt = '#,##0;-#,##0',
  cols: [string, string, string, string] = ['A', 'B', 'C', 'D'],
): Map<string, number> {
  const at = new Map<string, number>();
  rows.forEach(([label, note, y1, y0, bold], i) => {
    const r = start + i;
    if (label) put(ws, `${cols[0]}${r}`, label, { bold });
    if (note !== undefined) put(ws, `${cols[1]}${r}`, note, { align: 'center' });
    if (y1 !== undefined) num(ws, `${cols[2]}${r}`, toOre(y1, unit), unit, numFmt, { bold });
    if (y0 !== undefined) num(ws, `${cols[3]}${r}`, toOre(y0, unit), unit, numFmt, { bold });
    if (label && !at.has(label)) at.set(label, r);
  });
  return at;
}
