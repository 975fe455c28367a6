import { CellValue } from '../cells';
import { serialYearMonth } from '../serial-date';

/**
 * The year of a ledger row's period or date cell (`202403`, a date serial, `2024-03-14`, `14.03.2024`), where the
 * cell says it; null for a month alone (`3`, `mars`) or a two-digit year (`2403`). A transaction list run from
 * December of the year before holds rows of two years, and only the budget's year is its outcome.
 */
export function yearOfPeriod(v: CellValue): number | null {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 190001 && v <= 210012 && v % 100 >= 1 && v % 100 <= 12) return Math.floor(v / 100);
    // A date serial between 1990 and 2060, as monthOfPeriod reads it.
    if (v >= 32874 && v <= 58806) return Math.floor(serialYearMonth(v) / 100);
    return null;
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  const m = /^((?:19|20)\d\d)[-/.]?\d\d(?:[-/.]\d\d)?$/.exec(s) ?? /^\d{1,2}[./]\d{1,2}[./]((?:19|20)\d\d)$/.exec(s);
  return m ? Number(m[1]) : null;
}
