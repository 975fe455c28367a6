import { IsoDate, daysInMonth } from './dates';

/** How often a member is invoiced for the year's fee (SPEC 4). */
export type PeriodKind = 'year' | 'halfYear' | 'quarter' | 'month';

export const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { year: 12, halfYear: 6, quarter: 3, month: 1 };

/** One invoicing period of a fee year. */
export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1-based: half-year 1–2, quarter 1–4, month 1–12; 1 for the year. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  /** Language-free code for JSON and CSV: `2018`, `2018-H1`, `2018-Q3`, `2018-07`. */
  code: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function code(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'year':
      return String(year);
    case 'halfYear':
      return `${year}-H${index}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'month':
      return `${year}-${pad(index)}`;
  }
}

/** The first and last day of months `first`–`last` of a year. */
export function monthsDates(year: number, first: number, last: number): { start: IsoDate; end: IsoDate } {
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

/** The periods of a fee year, in calendar order. */
export function periodsOf(year: number, kind: PeriodKind): Period[] {
  const months = MONTHS_PER_PERIOD[kind];
  const count = 12 / months;
  return Array.from({ length: count }, (_, i) => {
    const firstMonth = i * months + 1;
    const lastMonth = firstMonth + months - 1;
    return {
      kind,
      year,
      index: i + 1,
      ...monthsDates(year, firstMonth, lastMonth),
      code: code(kind, year, i + 1),
    };
  });
}
