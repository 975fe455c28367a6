import { CellValue } from '../cells';
import { MONTHS } from '../read/vocabulary';

/** A calendar date as `YYYY-MM-DD`: what invoices and JSON show, and free of time zones. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 for every serial after 60 (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2_958_465; // 9999-12-31

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The date of an Excel serial number (the time of day is ignored), or null for none Excel can show. */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null; // 1900-02-29
  return fromUtc(EXCEL_EPOCH_UTC + (day < 60 ? day + 1 : day) * MS_PER_DAY);
}

/** The Excel serial number of a date after February 1900, as a date cell holds it. */
export function isoToSerial(date: IsoDate): number {
  return Math.round((toUtc(date) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

/** Whether the text is a real date in the form `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** `1 april 2026`, `1 apr. 2026`, `1 April 2026`: a date as Swedish and English lists write it out, or null. */
function dayMonthYear(text: string): IsoDate | null {
  const m = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
  const month = m ? MONTH_NUMBER.get(m[2].toLocaleLowerCase('sv-SE')) : undefined;
  if (!m || month === undefined) return null;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * A date cell: a serial number, or text written `YYYY-MM-DD` or `1 april 2026`. `empty` for a blank cell, null
 * when unreadable.
 */
export function readDateCell(value: CellValue): IsoDate | 'empty' | null {
  if (value === null) return 'empty';
  if (typeof value === 'number') return serialToIso(value);
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (text === '') return 'empty';
  return isIsoDate(text) ? text : dayMonthYear(text);
}

/** The first `YYYY-MM-DD` date written in a text (a header such as `Invånare (SCB 2017-12-31)`), or null. */
export function findIsoDate(text: string): IsoDate | null {
  const m = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  return m && isIsoDate(m[1]) ? m[1] : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** The same day `months` later; a day the month does not have becomes its last (31 January + 1 month = 28 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return fromUtc(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month))));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

export function dayOf(date: IsoDate): number {
  return Number(date.slice(8, 10));
}
