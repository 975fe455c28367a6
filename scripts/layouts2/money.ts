/**
 * Exact money for the second layout corpus: every amount is BigInt öre, written to cells from exact decimal
 * strings and read back the same way, so no expectation ever passes through a float sum.
 */
import { Unit } from '../layouts/expected';

export type Ore = bigint;

/** Öre per unit of a table. */
export const FACTOR: Record<Unit, bigint> = { kr: 100n, tkr: 100_000n, mnkr: 100_000_000n };

/** A decimal string (`"-1234.56"`, `"12,5"`) or an integer, in `unit`, to öre; throws when it is finer than the öre. */
export function toOre(v: string | number | bigint, unit: Unit = 'kr'): Ore {
  if (typeof v === 'bigint') return v * FACTOR[unit];
  const s = typeof v === 'number' ? numberText(v) : v.trim().replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a plain decimal: ${JSON.stringify(v)}`);
  const frac = m[3] ?? '';
  const scale = 10n ** BigInt(frac.length);
  const units = BigInt(m[2]) * scale + BigInt(frac || '0');
  const ore = units * FACTOR[unit];
  if (ore % scale !== 0n) throw new Error(`${s} ${unit} is not a whole number of öre`);
  return m[1] ? -(ore / scale) : ore / scale;
}

/** Shorthands for source data. */
export const kr = (v: string | number | bigint): Ore => toOre(v, 'kr');
export const tkr = (v: string | number | bigint): Ore => toOre(v, 'tkr');
export const mnkr = (v: string | number | bigint): Ore => toOre(v, 'mnkr');

/** A JS number as the exact decimal it stands for in its shortest form (never an exponent for money). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  if (/e/i.test(s)) throw new Error(`number too small or large for money: ${s}`);
  return s;
}

/** Öre as a decimal string in `unit`, exact, without trailing zeros (`"-1234.5"`). */
export function inUnit(o: Ore, unit: Unit): string {
  const f = FACTOR[unit];
  const neg = o < 0n;
  const a = neg ? -o : o;
  const whole = a / f;
  const frac = (a % f)
    .toString()
    .padStart(f.toString().length - 1, '0')
    .replace(/0+$/, '');
  return `${neg && a !== 0n ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Kronor as the expectation format writes them: `"1234"`, `"-1234.5"`; null stays null. */
export function krText(o: Ore | null): string | null {
  return o === null ? null : inUnit(o, 'kr');
}

/** The cell value for an amount in a table's unit. */
export function cellNumber(o: Ore, unit: Unit): number {
  const s = inUnit(o, unit);
  const n = Number(s);
  if (numberText(n) !== s) throw new Error(`${s} does not survive as a number`);
  return n;
}

/** n / d rounded half away from zero (as Excel's ROUND). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d < 0n) return divRound(-n, -d);
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (a * 2n + d) / (2n * d);
  return neg ? -q : q;
}

export const sum = (xs: (Ore | null | undefined)[]): Ore => xs.reduce<Ore>((s, x) => s + (x ?? 0n), 0n);

/** How a number is written as text in a cell. */
export interface TextStyle {
  /** Thousands separator: space, no-break space, narrow no-break space, dot, or none. */
  group?: ' ' | '\u00a0' | '\u202f' | '.' | '';
  decimal?: ',' | '.';
  decimals?: number;
  /** How a negative is written. */
  minus?: 'hyphen' | 'u2212' | 'trailing' | 'trailing-space' | 'paren' | 'hyphen-space' | 'en-dash';
  suffix?: string;
}

/** An amount as text the way a PDF copy, a web report or a hand-typed sheet shows it. */
export function asText(o: Ore, unit: Unit, st: TextStyle = {}): string {
  const decimals = st.decimals ?? 0;
  const f = FACTOR[unit];
  const neg = o < 0n;
  const a = neg ? -o : o;
  const scale = 10n ** BigInt(decimals);
  if ((a * scale) % f !== 0n) throw new Error(`${inUnit(o, unit)} ${unit} needs more than ${decimals} decimals`);
  const scaled = (a * scale) / f;
  const whole = (scaled / scale).toString();
  const frac = decimals ? (scaled % scale).toString().padStart(decimals, '0') : '';
  const group = st.group ?? ' ';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = `${grouped}${decimals ? `${st.decimal ?? ','}${frac}` : ''}`;
  const suffix = st.suffix ?? '';
  if (!neg || a === 0n) return `${body}${suffix}`;
  switch (st.minus ?? 'hyphen') {
    case 'hyphen':
      return `-${body}${suffix}`;
    case 'u2212':
      return `\u2212${body}${suffix}`;
    case 'trailing':
      return `${body}-${suffix}`;
    case 'trailing-space':
      return `${body} -${suffix}`;
    case 'paren':
      return `(${body})${suffix}`;
    case 'hyphen-space':
      return `- ${body}${suffix}`;
    case 'en-dash':
      return `\u2013${body}${suffix}`;
  }
}
