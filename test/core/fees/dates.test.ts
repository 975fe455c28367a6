import { addDays, addMonths, isoToSerial, readDateCell, serialToIso } from '../../../src/core/fees/dates';
import { periodsOf } from '../../../src/core/fees/periods';

describe('dates from Excel', () => {
  test('serial numbers are the dates Excel shows', () => {
    expect(serialToIso(43100)).toBe('2017-12-31');
    expect(serialToIso(43115.75)).toBe('2018-01-15'); // a time of day is not a different date
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull(); // Excel's 29 February 1900 never was
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(0)).toBeNull();
  });

  test('a date goes back to the same serial number', () => {
    for (const serial of [61, 36526, 43100, 43465, 2958465]) expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
  });

  test('a date cell is a serial number or ISO text; anything else is unreadable, a blank is empty', () => {
    expect(readDateCell(43100)).toBe('2017-12-31');
    expect(readDateCell(' 2017-12-31 ')).toBe('2017-12-31');
    expect(readDateCell(null)).toBe('empty');
    expect(readDateCell('2017-02-30')).toBeNull();
    expect(readDateCell('31/12/2017')).toBeNull();
  });
});

describe('due dates and invoice dates', () => {
  test('30 days’ terms run across months and years', () => {
    expect(addDays('2017-01-15', 30)).toBe('2017-02-14');
    expect(addDays('2018-12-15', 30)).toBe('2019-01-14');
    expect(addDays('2020-02-15', 30)).toBe('2020-03-16'); // leap year
  });

  test('a month later keeps the day, or takes the month’s last day', () => {
    expect(addMonths('2017-01-15', 3)).toBe('2017-04-15');
    expect(addMonths('2018-01-31', 1)).toBe('2018-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2018-11-30', 3)).toBe('2019-02-28');
  });
});

describe('invoicing periods', () => {
  test('quarters cover the year without gaps', () => {
    expect(periodsOf(2018, 'quarter').map((p) => [p.code, p.start, p.end])).toEqual([
      ['2018-Q1', '2018-01-01', '2018-03-31'],
      ['2018-Q2', '2018-04-01', '2018-06-30'],
      ['2018-Q3', '2018-07-01', '2018-09-30'],
      ['2018-Q4', '2018-10-01', '2018-12-31'],
    ]);
  });

  test('a year, two half-years, twelve months (February knows leap years)', () => {
    expect(periodsOf(2018, 'year').map((p) => [p.code, p.start, p.end])).toEqual([['2018', '2018-01-01', '2018-12-31']]);
    expect(periodsOf(2018, 'halfYear').map((p) => p.end)).toEqual(['2018-06-30', '2018-12-31']);
    const months = periodsOf(2020, 'month');
    expect(months).toHaveLength(12);
    expect(months[1]).toMatchObject({ code: '2020-02', start: '2020-02-01', end: '2020-02-29' });
  });
});
