/** A date serial's year and month in integer arithmetic are the calendar's, as a Date gives them, on every day. */
import { serialDate, serialYearMonth } from '../../src/core/serial-date';

test('serialYearMonth agrees with the Date of every day from March 1900 to 2118, times of day included', () => {
  const wrong: string[] = [];
  for (let serial = 61; serial <= 80_000; serial += 0.25) {
    const d = serialDate(serial);
    const want = d.getUTCFullYear() * 100 + d.getUTCMonth() + 1;
    if (serialYearMonth(serial) !== want && wrong.length < 5) wrong.push(`${serial}: ${serialYearMonth(serial)}, expected ${want}`);
  }
  expect(wrong).toEqual([]);
});

test('the days around a turn of the year, a leap day and 1900', () => {
  expect([45657, 45658, 45351, 45352, 61].map(serialYearMonth)).toEqual([202412, 202501, 202402, 202403, 190003]);
});
