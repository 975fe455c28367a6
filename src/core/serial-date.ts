/** Excel's day 0 for every serial after 60 (1900-02-28): 1899-12-30, since Excel counts a 29 February 1900 that never was. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The UTC date of an Excel date serial after February 1900 (its whole days: the time of day is dropped). */
export function serialDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
}
