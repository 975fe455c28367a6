import { CellValue } from '../cells';
import { memoByText } from '../memo';
import { normaliseLabel } from './text';
import { Unit, unitFromText } from './units';
import {
  COMMITMENT_WORDS,
  CREDIT_WORDS,
  ColumnRole,
  DEBIT_WORDS,
  FULL_YEAR_WORDS,
  HEADER_TOTAL_PREFIXES,
  HEADER_WORDS,
  MONTHS,
  NAME_SUFFIXES,
  PERIOD_ENDS,
  PIVOT_COUNT_PREFIXES,
  PIVOT_SUM_PREFIXES,
  SINGLE_PERIOD_WORDS,
  YEAR_TO_DATE_WORDS,
  isAmountRole,
} from './vocabulary';
import { serialDate } from '../serial-date';

export type { AmountRole, ColumnRole } from './vocabulary';
export { AMOUNT_ROLES, isAmountRole } from './vocabulary';

/** What a header cell says: its role and what it tells of the period and unit. */
export interface HeaderMatch {
  role: ColumnRole;
  /** A year in the header (`Utfall 2017`, `Invånare 31 dec 2023`), to tell this year from last. */
  year?: number;
  /** A single month column (`jan`, `2024-03`, `Budget mars`): 1–12. */
  month?: number;
  /** The last month a cumulative figure covers (`Utfall jan–aug`, `Bokfört t.o.m. aug`, `Utfall 2025-08-31`): 1–12. */
  through?: number;
  /** Cumulative with no month given (`Ack`, `YTD`). */
  cumulative?: boolean;
  /** One period's outcome alone (`Perioden`), beside a cumulative one. */
  singlePeriod?: boolean;
  /** Said to be for the whole year (`Budget helår`, `Årsprognos`). */
  fullYear?: boolean;
  /** A date in the header (`Invånare 31 dec 2023` → 2023-12-31), as YYYY-MM-DD. */
  date?: string;
  unit?: Unit;
  /** The column names the code of another (`Ansvar namn`, `Konto (T)`): the role of that column. */
  nameOf?: ColumnRole;
  /** A deviation of the outcome from the forecast (`Avvikelse mot prognos`, `Actual vs forecast`), not from the budget. */
  againstForecast?: boolean;
  /** One side of a ledger's `Debet | Kredit` pair: the outcome is debit − credit. */
  entry?: 'debit' | 'credit';
}

const LOOKUP = new Map<string, ColumnRole>();
for (const [role, words] of Object.entries(HEADER_WORDS) as [ColumnRole, readonly string[]][]) {
  for (const w of words) if (!LOOKUP.has(w)) LOOKUP.set(w, role);
}

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i + 1)));
const MONTH = `(${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
// Letters and digits only: JavaScript's \b would end a word inside `å`.
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const DASH = '\\s*[-–—/]\\s*';
const re = (source: string) => new RegExp(source, 'u');

const ISO_DATE = re(`${B}((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)${E}`);
/** Visma prints the period as `Period 2412` (year and month, YYMM). */
const LONE_MONTH = re(`${B}${MONTH}${E}`);
const YYMM_PERIOD = re(`${B}period:?\\s+(\\d\\d)(\\d\\d)${E}`);
/** Raindance and Unit4 print it as `Period: 202412` (YYYYMM). */
const YYYYMM_PERIOD = re(`${B}period:?\\s+((?:19|20)\\d\\d)(\\d\\d)${E}`);
/** Unit4 and Raindance print the periods a report covers as `Perioder: 202401 - 202412` (YYYYMM to YYYYMM). */
const YYYYMM_RANGE = re(`${B}((?:19|20)\\d\\d)(0[1-9]|1[0-2])\\s*(?:[-–—]|till|to)\\s*((?:19|20)\\d\\d)(0[1-9]|1[0-2])${E}`);
const DATE_RANGE = re(`${B}((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\s*(?:[-–—]|till|to)\\s*((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)${E}`);
/** `Utfall t.o.m. 2025-12`, `Actual through 2025-08`: the year so far through a month written as a date. */
const THROUGH_ISO_MONTH = re(`${B}(?:t\\.?\\s?o\\.?\\s?m\\.?|tom|till och med|through|thru|up to)\\s+((?:19|20)\\d\\d)-(0[1-9]|1[0-2])${E}`);
const ISO_MONTH = re(`${B}((?:19|20)\\d\\d)-(\\d\\d)${E}`);
const DAY_MONTH_YEAR = re(`${B}(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)${E}`);
const MONTH_RANGE = re(`${B}${MONTH}${DASH}${MONTH}${E}`);
const THROUGH_MONTH = re(`${B}(t\\.?\\s?o\\.?\\s?m\\.?|tom|till och med|per|through|thru|to|up to|ytd)\\s+(\\d{1,2}\\s+)?${MONTH}${E}`);
const MONTH_YEAR = re(`${B}${MONTH}\\s*[-–/ ]?\\s*((?:19|20)\\d\\d|\\d\\d)${E}`);
const YEAR = re(`${B}((?:19|20)\\d\\d)(?:\\s*[-–/]\\s*(?:\\d{2}|\\d{4}))?${E}`);
const PERIOD_END = re(
  `${B}(${Object.keys(PERIOD_ENDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})${E}`,
);
const YEAR_TO_DATE = re(`${B}(${YEAR_TO_DATE_WORDS.map(escape).join('|')})(?=\\s|$|[^\\p{L}\\d])`);
const FULL_YEAR = re(`${B}(${FULL_YEAR_WORDS.map(escape).join('|')})${E}`);
const UNIT_WORDS = re(
  `${B}(i\\s+|in\\s+|belopp i\\s+|amounts in\\s+)?(tkr|kkr|mnkr|mkr|kr|sek|ksek|tsek|msek|tusental kronor|tusentals kronor|miljoner kronor|tusen kronor|kronor|sek thousands|thousands)${E}`,
);

const COMMITMENT = re(
  `${B}(${[...COMMITMENT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})${E}`,
);

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function monthOf(name: string): number {
  return MONTH_INDEX.get(name.replace(/\.$/, '')) ?? 0;
}

/** The parts of a header that are not its role: dates, periods, years, units. Removed as they are read. */
interface Period {
  year?: number;
  month?: number;
  through?: number;
  cumulative?: boolean;
  fullYear?: boolean;
  date?: string;
}

function readPeriod(s: string): { rest: string; period: Period } {
  const period: Period = {};
  const cut = (m: RegExpExecArray) => (s = `${s.slice(0, m.index)} ${s.slice(m.index + m[0].length)}`);
  let m: RegExpExecArray | null;
  // `2024-01-01 - 2024-08-31`: a period; it runs through its end's month.
  if ((m = DATE_RANGE.exec(s))) {
    period.year = Number(m[4]);
    period.through = Number(m[5]);
    period.date = `${m[4]}-${m[5]}-${m[6]}`;
    if (m[2] === '01') period.cumulative = true;
    cut(m);
  } else if ((m = ISO_DATE.exec(s))) {
    period.year = Number(m[1]);
    period.through = Number(m[2]);
    period.date = `${m[1]}-${m[2]}-${m[3]}`;
    cut(m);
  } else if ((m = DAY_MONTH_YEAR.exec(s))) {
    const month = monthOf(m[2]);
    period.year = Number(m[3]);
    period.through = month;
    period.date = `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    cut(m);
  } else if ((m = THROUGH_ISO_MONTH.exec(s))) {
    period.year = Number(m[1]);
    period.through = Number(m[2]);
    period.cumulative = true;
    cut(m);
  } else if ((m = ISO_MONTH.exec(s)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    period.year = Number(m[1]);
    period.month = Number(m[2]);
    cut(m);
  }
  if ((m = MONTH_RANGE.exec(s))) {
    period.through = monthOf(m[2]);
    if (monthOf(m[1]) === 1) period.cumulative = true;
    cut(m);
  } else if ((m = THROUGH_MONTH.exec(s))) {
    period.through = monthOf(m[3]);
    period.cumulative = true;
    cut(m);
  } else if ((m = MONTH_YEAR.exec(s)) && period.month === undefined) {
    period.month = monthOf(m[1]);
    const y = Number(m[2]);
    period.year = y < 100 ? 2000 + y : y;
    cut(m);
  }
  // `Period: 202501 - 202509` runs through September; it is the year so far when it starts in January of that year.
  if ((m = YYYYMM_RANGE.exec(s)) && period.through === undefined) {
    period.year = Number(m[3]);
    period.through = Number(m[4]);
    if (m[2] === '01' && m[1] === m[3]) period.cumulative = true;
    cut(m);
  }
  if ((m = YYYYMM_PERIOD.exec(s)) && period.through === undefined && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    period.year = Number(m[1]);
    period.through = Number(m[2]);
    cut(m);
  }
  if ((m = YYMM_PERIOD.exec(s)) && period.through === undefined && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    period.year = 2000 + Number(m[1]);
    period.through = Number(m[2]);
    cut(m);
  }
  if ((m = PERIOD_END.exec(s))) {
    period.through = PERIOD_ENDS[m[1]];
    period.cumulative = true;
    cut(m);
  }
  if ((m = YEAR.exec(s)) && period.year === undefined) {
    period.year = Number(m[1]);
    cut(m);
  }
  if ((m = YEAR_TO_DATE.exec(s))) period.cumulative = true;
  // `Ack utfall aug`, `Utfall ack. maj`: the year so far, through the month named on its own.
  if (period.cumulative && period.through === undefined && period.month === undefined && (m = LONE_MONTH.exec(s))) {
    period.through = monthOf(m[1]);
    cut(m);
  }
  if ((m = FULL_YEAR.exec(s))) period.fullYear = true;
  return { rest: s, period };
}

/** A header written as people write it, reduced to the words that name its role. */
function roleWords(s: string): string {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(UNIT_WORDS, ' ')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;–—-]+|[\s,;–—-]+$/g, '')
    .trim();
}

/** The role of words no list has verbatim, by the word they start with. */
function roleByLeadingWord(s: string, hadPercent: boolean): ColumnRole | null {
  const amountWord =
    /^(avvikelse|avv|budgetavvikelse|diff|differens|variance|deviation|utfall|actual|budget|prognos|forecast|förbrukat|förbrukning|förbrukad|(utf|bu)(?![\p{L}]))/u;
  if (hadPercent && amountWord.test(s)) return 'percent';
  if (/^(avvikelse|avv\.?|budgetavvikelse|diff\.?|differens|variance|deviation)(\s|$)/u.test(s)) {
    return /prognos|forecast|helår|full.?year/u.test(s) && !/utfall|actual/u.test(s) ? 'forecastDeviation' : 'deviation';
  }
  if (/^(prognos|forecast|helårsprognos|årsprognos)/u.test(s)) return 'forecast';
  if (/^(periodiserad|ackumulerad) budget/u.test(s)) return 'periodBudget';
  if (/^(budget|årsbudget|rev\.? budget|reviderad budget)(\s|$)/u.test(s) && !/avvikelse|avstämning|diff/u.test(s)) return 'budget';
  if (/^(utfall|bokfört|redovisat|actuals?|outcome)(\s|$)/u.test(s)) return 'outcome';
  // `Förslag budget`, `Beslutad budget`, `Ny budget`: a budget, whatever word stands before it.
  if (/(^|\s)budget(\s|$)/u.test(s) && !/avvikelse|avstämning|diff|avv\b|variance|kvar|förbruk/u.test(s)) return 'budget';
  if (/^(föregående år|fg\.? år|prior year|previous year)/u.test(s)) return 'priorYear';
  return null;
}

const FORECAST_WORD = /(^|\s|[-–/])(prognos|prognosen|forecast|helårsprognos|årsprognos)(?![\p{L}])/u;
const OUTCOME_WORD = /(^|\s|[-–/])(utfall|utfallet|actuals?|outcome)(?![\p{L}])/u;
const DEVIATION_LEAD = /^(avvikelse|avv\.?|diff\.?|differens|variance|var\.?|deviation)(?![\p{L}])/u;
const AGAINST = /(^|\s)(mot|vs\.?|versus|jmf\.?|jämfört med|against|to|compared to|compared with)\s+(prognos|prognosen|forecast)(?![\p{L}])/u;

/**
 * `Avvikelse mot prognos`, `Avvikelse utfall/prognos`, `Utfall mot prognos`, `Variance to forecast`, `Actual vs
 * forecast`: how the outcome came out against the forecast. Never the budget deviation, nor the forecast's.
 */
function comparesOutcomeWithForecast(s: string): boolean {
  if (!FORECAST_WORD.test(s) || /budget/u.test(s)) return false;
  const connected = AGAINST.test(s) || /(mot|vs\.?|versus|jmf\.?|[-–/])/u.test(s);
  if (DEVIATION_LEAD.test(s)) return OUTCOME_WORD.test(s) || AGAINST.test(s);
  return OUTCOME_WORD.test(s) && connected && !/^(prognos|forecast)\s*$/u.test(s);
}

/** `Ansvar namn`, `Konto (T)`, `Verksamhet benämning`: the name of a coded dimension or account. */
function nameColumn(s: string): ColumnRole | null {
  for (const suffix of NAME_SUFFIXES) {
    if (!s.endsWith(` ${suffix}`) && !s.endsWith(suffix === '(t)' ? '(t)' : `-${suffix}`)) continue;
    const base = s.slice(0, s.length - suffix.length).replace(/[\s-]+$/, '');
    const role = LOOKUP.get(base);
    if (role === 'code' || role === 'dimension' || role === 'goalArea' || role === 'member') return role;
  }
  return null;
}

const matchText = memoByText((text: string): HeaderMatch | null => {
  let s = normaliseLabel(text)
    .replace(/[:*]+$/, '')
    .trim();
  if (s === '') return null;
  for (const p of PIVOT_COUNT_PREFIXES) if (s.startsWith(p)) return null;
  for (const p of PIVOT_SUM_PREFIXES) if (s.startsWith(p)) s = s.slice(p.length).trim();
  // `Summa budget`, `Totalt utfall`: the year's figure beside month columns.
  for (const p of HEADER_TOTAL_PREFIXES) {
    const rest = s.slice(p.length).trim();
    if (s.startsWith(p) && rest !== '' && matchText(rest)) s = rest;
  }
  const unit = unitFromText(text) ?? undefined;
  const nameOf = nameColumn(s);
  if (nameOf) return { role: nameOf === 'code' ? 'line' : nameOf, nameOf, unit };
  const hadPercent = /%|procent|percent/u.test(s);
  const { rest, period } = readPeriod(s);
  const words = roleWords(rest.replace(/%|procent|percent/gu, ' '));
  // `Utfall inkl. beställt`, `Actuals + obligations`: money not yet spent is in it; no role of the budget or outcome.
  if (COMMITMENT.test(words)) return null;
  const againstForecast = comparesOutcomeWithForecast(words) || undefined;
  let role: ColumnRole | null = againstForecast ? 'deviation' : (LOOKUP.get(words) ?? null);
  if (role && hadPercent && isAmountRole(role)) role = 'percent';
  role ??= roleByLeadingWord(words, hadPercent);
  // `Projekt/aktivitet`, `Konto / Benämning`: two names for one column; the first one that is a label word decides.
  if (!role && /\//.test(words)) {
    const parts = words.split('/').map((w) => w.trim());
    const labelRoles: readonly ColumnRole[] = ['line', 'code', 'dimension', 'goalArea'];
    const found = parts.map((w) => LOOKUP.get(w)).find((r): r is ColumnRole => r !== undefined && labelRoles.includes(r));
    if (found) role = found === 'dimension' ? 'line' : found;
  }
  if (!role) return null;
  // A budget for part of the year, or cumulative, is the period budget; single months stay months.
  // A budget for the whole year written as a range (`Budget 2025-01-01 - 2025-12-31`) stays the budget.
  const wholeYear = period.through === 12 && period.date !== undefined;
  if (
    role === 'budget' &&
    period.month === undefined &&
    !wholeYear &&
    (period.cumulative || (period.through !== undefined && period.through < 12 && !period.date))
  ) {
    role = 'periodBudget';
  }
  const entry = (DEBIT_WORDS as readonly string[]).includes(words) ? 'debit' : (CREDIT_WORDS as readonly string[]).includes(words) ? 'credit' : undefined;
  const match: HeaderMatch = {
    role,
    ...period,
    unit,
    entry,
    againstForecast: role === 'deviation' ? againstForecast : undefined,
    singlePeriod: (SINGLE_PERIOD_WORDS as readonly string[]).includes(words) || undefined,
  };
  for (const k of Object.keys(match) as (keyof HeaderMatch)[]) if (match[k] === undefined) delete match[k];
  return match;
});

/** A header naming a commitment (`Beställt`, `Ej attesterat`, `Utfall inkl. beställt`, `Obligations`): money not yet booked. */
export function isCommitmentHeader(text: string): boolean {
  return COMMITMENT.test(normaliseLabel(text));
}

/**
 * Recognise a header cell (SPEC 1.1): case, spaces, trailing colons and pivot wording (`Summa av …`) ignored;
 * years, dates and periods (`Utfall 2024-12-31`, `Utfall jan–aug 2025`, `Bokfört t.o.m. aug`, `Invånare 31 dec
 * 2023`) and units (`(tkr)`) read apart. Null for a cell that is no known header.
 */
export function matchHeader(text: string): HeaderMatch | null {
  return matchText(text);
}

/** A cell that names only a month, as month columns under `Budget 2024` do: `jan`, `Januari`, `2024-01`, `1`. */
export function monthHeader(value: CellValue, allowNumber = false): { month: number; year?: number } | null {
  if (typeof value === 'number') {
    if (allowNumber && Number.isInteger(value) && value >= 1 && value <= 12) return { month: value };
    // A date serial (Excel's `jan-24` is a date) between 1990 and 2060.
    if (Number.isInteger(value) && value >= 32874 && value <= 58806) {
      const d = serialDate(value);
      return { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  const s = normaliseLabel(value).replace(/[:.]+$/, '');
  const plain = monthOf(s);
  if (plain) return { month: plain };
  let m = ISO_MONTH.exec(s);
  if (m && m[0] === s && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { month: Number(m[2]), year: Number(m[1]) };
  m = MONTH_YEAR.exec(s);
  if (m && m[0] === s) {
    const y = Number(m[2]);
    return { month: monthOf(m[1]), year: y < 100 ? 2000 + y : y };
  }
  if (allowNumber && /^(0?[1-9]|1[0-2])$/.test(s)) return { month: Number(s) };
  return null;
}

const QUARTER = re(`^(?:((?:19|20)\\d\\d)\\s*[-–/ ]?\\s*)?(?:q|kv\\.?|kvartal|qtr\\.?|quarter)\\s*([1-4])(?:\\s*[-–/ ]?\\s*((?:19|20)\\d\\d))?$`);
const QUARTER_ORDINAL = re(`^([1-4])\\s*(?::a|:e|st|nd|rd|th)?\\s+(?:kvartalet|kvartal|quarter)(?:\\s+((?:19|20)\\d\\d))?$`);

/**
 * A cell that names only a quarter, as quarter columns under `Budget 2025` do: `Q1`, `Kv 2`, `Kvartal 3`,
 * `2025 Q4`, `1:a kvartalet`, `3rd quarter`. The quarter's last month (3, 6, 9, 12): a quarter is read as the
 * three months it ends, so the year so far runs through the last quarter with an outcome.
 */
export function quarterHeader(value: CellValue): { month: number; year?: number } | null {
  if (typeof value !== 'string') return null;
  const s = normaliseLabel(value).replace(/[:.]+$/, '');
  let m = QUARTER.exec(s);
  if (m) return { month: Number(m[2]) * 3, ...(m[1] || m[3] ? { year: Number(m[1] ?? m[3]) } : {}) };
  m = QUARTER_ORDINAL.exec(s);
  if (m) return { month: Number(m[1]) * 3, ...(m[2] ? { year: Number(m[2]) } : {}) };
  return null;
}

const TERTIAL = re(`^(?:t|tertial)\\s*([1-3])(?:\\s*[-–/ ]?\\s*((?:19|20)\\d\\d))?$`);

/**
 * A cell that names only a tertial, as tertial columns under `Utfall 2025` do: `T1`, `Tertial 2`, `T3 2025`; the
 * month it ends (4, 8, 12). Under a group header it is that period alone, as `Q1` is.
 */
export function tertialHeader(value: CellValue): { month: number; year?: number } | null {
  if (typeof value !== 'string') return null;
  const m = TERTIAL.exec(normaliseLabel(value).replace(/[:.]+$/, ''));
  return m ? { month: Number(m[1]) * 4, ...(m[2] ? { year: Number(m[2]) } : {}) } : null;
}

/** The last month a text names as the end of a period (`Delårsrapport januari–augusti 2025`, `Tertial 2`, `per 31 aug`). */
export function periodEndFromText(text: string): { through: number; year?: number } | null {
  const { period } = readPeriod(normaliseLabel(text));
  if (period.through !== undefined) return { through: period.through, year: period.year };
  return null;
}
