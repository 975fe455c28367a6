import { CellValue } from '../cells';
import { normaliseLabel } from './text';
import { serialDate } from '../serial-date';

/**
 * The column heads of a financial statement. A balance sheet heads its columns by the closing date
 * (`2024-12-31`, `31 dec 2024`, `Per 31 december 2024`, or a date typed into Excel), where the income statement
 * above it on the same sheet writes the year: either is a year column, and a row of them is a header row.
 */

const DATE_TEXT = /^(?:(?:per|den)\s+)?((?:19|20)\d\d)-(\d\d)-(\d\d)$/u;
const DAY_MONTH_YEAR = /^(?:(?:per|den)\s+)?\d{1,2}[ .]\s*[a-zåäö]+\.?\s+((?:19|20)\d\d)$/u;
/** `31.12.2024`, `31/12/2024`, `12/31/2024`: a closing date in figures, as Finnish, German and US-made reports print it. */
const FIGURES_DATE = /^(?:(?:per|den)\s+)?(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)$/u;

/** Excel's serial day number of 1990-01-01 and 2100-12-31: a date header in a plausible range. */
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;

/** The year of a month's last day typed as a date (`2024-12-31` arrives as a serial number); null for any other number. */
export function monthEndYear(serial: number): number | null {
  if (!Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const day = serialDate(serial);
  const next = new Date(day.getTime() + 86400000);
  return next.getUTCDate() === 1 ? day.getUTCFullYear() : null;
}

/** The year of a closing date written as text (`2024-12-31`, `31 dec 2024`, `per 2024-12-31`, `31.12.2024`); null otherwise. */
export function closingDateYear(text: string): number | null {
  const s = normaliseLabel(text);
  const iso = DATE_TEXT.exec(s);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Number(iso[1]) : null;
  }
  const written = DAY_MONTH_YEAR.exec(s);
  if (written) return Number(written[1]);
  const figures = FIGURES_DATE.exec(s);
  if (!figures) return null;
  // Day and month in either order, so only a month's last day counts: a date in the middle of a month is a
  // ledger's date, not the day a balance sheet closes on.
  const year = Number(figures[3]);
  const [a, b] = [Number(figures[1]), Number(figures[2])];
  return isMonthEnd(year, b, a) || isMonthEnd(year, a, b) ? year : null;
}

/** Whether day is the last day of month (1–12) in year. */
function isMonthEnd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A closing date in a cell: text as above, or a month-end date serial. */
export function closingDateCellYear(v: CellValue): number | null {
  if (typeof v === 'string') return closingDateYear(v);
  if (typeof v === 'number') return monthEndYear(v);
  return null;
}

const STATEMENT_TITLE =
  /(?<![\p{L}])(resultaträkning|balansräkning|kassaflödesanalys|finansieringsanalys|balanskravsutredning|income statement|balance sheet|statement of financial position|cash flow statement|profit and loss)(?![\p{L}])/u;

/** A title that names a financial statement (`BALANSRÄKNING`, `Balansräkning (mnkr)`, `Balance sheet`). */
export function namesStatement(text: string): boolean {
  return STATEMENT_TITLE.test(normaliseLabel(text));
}
