import { CellValue, isCellError } from '../cells';
import { Decimal } from '../decimal';
import { Unit } from './units';

/** What an amount cell holds: nothing, an exact number, or something that is not a number. */
export type ParsedNumber =
  { kind: 'empty' } | { kind: 'number'; value: Decimal } | { kind: 'error'; reason: 'error-value' | 'not-a-number' | 'ambiguous'; text: string };

const EMPTY: ParsedNumber = { kind: 'empty' };

/** Dashes that mean "no value" when they stand alone. */
const NO_VALUE = new Set(['-', '–', '—', '−']);

/** Spaces used as thousands separators: normal, no-break (U+00A0), thin (U+2009), narrow no-break (U+202F). */
const GROUP_SPACES = /[ \u00a0\u2009\u202f]/g;

/** Excel holds 15 significant digits; reading more would invent digits a float made up. */
function fromJsNumber(n: number): ParsedNumber {
  if (!Number.isFinite(n)) return { kind: 'error', reason: 'not-a-number', text: String(n) };
  return { kind: 'number', value: new Decimal(n.toPrecision(15)) };
}

/**
 * Read an amount exactly (SPEC 1.3). Excel numbers become decimals at once; text is read in the forms
 * Swedish sheets use: `1 234,50`, `−1 234`, `1 824 368 -`, `(1 234)`, `1.234,50`, `-1.91`, `12 %`.
 */
export function parseNumber(value: CellValue): ParsedNumber {
  if (value === null) return EMPTY;
  if (typeof value === 'number') return fromJsNumber(value);
  if (typeof value === 'boolean') return { kind: 'error', reason: 'not-a-number', text: String(value) };
  if (isCellError(value)) return { kind: 'error', reason: 'error-value', text: value.error };
  return parseNumberText(value);
}

export function parseNumberText(original: string): ParsedNumber {
  let s = original.trim().replace(GROUP_SPACES, ' ').trim();
  if (s === '' || NO_VALUE.has(s)) return EMPTY;
  if (/^#[A-Z0-9/!?.]+$/i.test(s)) return { kind: 'error', reason: 'error-value', text: s };
  const fail = (reason: 'not-a-number' | 'ambiguous' = 'not-a-number'): ParsedNumber => ({ kind: 'error', reason, text: original });

  let negative = false;
  let percent = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/\s*(kr|kronor|sek)\.?$/i, '');
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  // Leading sign (hyphen, U+2212 minus, en dash), possibly followed by a space: `- 456`.
  const lead = /^([-−–+])\s*/.exec(s);
  if (lead) {
    if (lead[1] !== '+') negative = !negative;
    s = s.slice(lead[0].length);
  } else {
    // Trailing minus, as some ledgers print it: `1 824 368 -`.
    const trail = /\s*[-−–]$/.exec(s);
    if (trail) {
      negative = !negative;
      s = s.slice(0, trail.index);
    }
  }
  s = s.trim();
  const digits = normaliseSeparators(s);
  if (digits === 'ambiguous') return fail('ambiguous');
  if (digits === null) return fail();
  let value = new Decimal(digits);
  if (percent) value = value.dividedBy(100);
  if (negative && !value.isZero()) value = value.negated();
  return { kind: 'number', value };
}

/** A unit written in an amount cell after its number (`14 250 tkr`, `1,2 mnkr`, `(350 tkr)`, `500 kr`). */
const CELL_UNIT = /(?<=[\d\s])(tkr|kkr|ksek|tsek|mnkr|mkr|msek|kr|kronor|sek)\.?(?![\p{L}\d])/giu;
const CELL_UNITS: Record<string, Unit> = {
  tkr: 'tkr',
  kkr: 'tkr',
  ksek: 'tkr',
  tsek: 'tkr',
  mnkr: 'mnkr',
  mkr: 'mnkr',
  msek: 'mnkr',
  kr: 'kr',
  kronor: 'kr',
  sek: 'kr',
};

/**
 * An amount cell read with the unit it states, when it states one (`14 250 tkr` is 14 250 in tkr): the caller
 * applies that unit to this cell, never the table's. A unit is never dropped without being given back, so
 * `14 250 tkr` is never read as 14 250 kronor.
 */
export function parseAmountCell(value: CellValue): { parsed: ParsedNumber; unit?: Unit } {
  if (typeof value !== 'string') return { parsed: parseNumber(value) };
  const units = [...value.matchAll(CELL_UNIT)];
  if (units.length !== 1) return { parsed: parseNumber(value) };
  const m = units[0];
  const rest = `${value.slice(0, m.index)} ${value.slice(m.index + m[0].length)}`;
  const parsed = parseNumberText(rest);
  // The unit alone, or with text that is no number: as unreadable as before, in its own words.
  if (parsed.kind !== 'number')
    return { parsed: parsed.kind === 'empty' ? { kind: 'error', reason: 'not-a-number', text: value } : { ...parsed, text: value } };
  return { parsed, unit: CELL_UNITS[m[1].toLowerCase()] };
}

/**
 * Turn the digits with their separators into a plain `1234.5`, or null when it is not a number.
 * A comma is the decimal sign unless commas group thousands; a dot is a decimal sign where that is the
 * only reading (`-1.91`), groups thousands in `1.234.567` and `1.234,50`, and `1.234` alone is ambiguous.
 */
function normaliseSeparators(s: string): string | 'ambiguous' | null {
  if (!/^[0-9][0-9 .,]*$/.test(s) || /[ .,]$/.test(s)) return null;
  // Spaces only between groups of three digits.
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/ /g, '');
  }
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas === 0 && dots === 0) return s;
  if (commas > 0 && dots > 0) {
    const decimalSign = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimalSign === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = s.split(decimalSign);
    if (rest.length > 0 || frac === undefined || frac.includes(group)) return null;
    if (!groupedThousands(intPart, group)) return null;
    return `${intPart.split(group).join('')}.${frac}`;
  }
  const sep = commas > 0 ? ',' : '.';
  const count = commas + dots;
  if (count > 1) return groupedThousands(s, sep) ? s.split(sep).join('') : null;
  const [intPart, frac] = s.split(sep);
  if (sep === '.' && frac.length === 3 && intPart !== '0') return 'ambiguous';
  return `${intPart}.${frac}`;
}

function groupedThousands(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** `12,500`, `-1,250`: one comma with three digits after it and nothing else, 12,50 in Swedish and 12 500 in English. */
export function commaReadsTwoWays(text: string): boolean {
  return /^[\s(−–+-]*\d{1,3},\d{3}[\s)−–-]*$/.test(text);
}

/** `1,234.50`, `-1,234,567`: commas that group thousands, as an English locale writes amounts (never a Swedish decimal comma). */
export function writesCommaGroups(text: string): boolean {
  return /\d,\d{3}(?:\.\d|,\d{3})/.test(text);
}
