/** Excel's day 0 for every serial after 60 (1900-02-28): 1899-12-30, since Excel counts a 29 February 1900 that never was. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The UTC date of an Excel date serial after February 1900 (its whole days: the time of day is dropped). */
export function serialDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
}

/** Days from 1970-01-01 to Excel's day 0 (1899-12-30). */
const EPOCH_DAYS = -25_569;

/**
 * The year and month of an Excel date serial after February 1900, as `year × 100 + month` (2024-03-14 → 202403),
 * in integer arithmetic: a ledger's dates are read a million times, and a Date for each is garbage to collect.
 * The civil calendar from a day count as H. Hinnant's `civil_from_days` computes it.
 */
export function serialYearMonth(serial: number): number {
  const z = Math.floor(serial) + EPOCH_DAYS + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 100 + month;
}
