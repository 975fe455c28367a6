import { InputIssue } from '../issues';
import { IsoDate, dayOf, daysInMonth, monthOf, yearOf } from './dates';
import { Member, MemberColumn, MembersTable, memberCell } from './members';

/** The months of the fee year a member belongs, first and last, 1–12 both included. */
export interface MonthSpan {
  first: number;
  last: number;
}

export const WHOLE_YEAR: MonthSpan = { first: 1, last: 12 };

export const monthCount = (s: MonthSpan): number => s.last - s.first + 1;

export const isWholeYear = (s: MonthSpan): boolean => s.first === 1 && s.last === 12;

/** The months two spans share (a member's and an invoicing period's); null when none. */
export function overlap(a: MonthSpan, b: MonthSpan): MonthSpan | null {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return first <= last ? { first, last } : null;
}

/**
 * A member's months in the fee year, or where the problem that keeps them unknown was reported (`Sheet!A1`).
 * `cell` (on the members sheet) states a part year: the months cell, else the date; for messages about it.
 */
export type Membership = { span: MonthSpan; cell: string } | { problemAt: string };

const COLUMNS: readonly MemberColumn[] = ['months', 'memberFrom', 'memberUntil'];

/**
 * The months of the fee year each member belongs, as an economist reads the row:
 * - no months cell and no dates: the whole year;
 * - a months cell alone (`Antal månader` 9): the last nine months, April–December. A part year in a fee list is
 *   a member that joins: a member that leaves does so at a year's end after the notice its förbundsordning sets,
 *   and a list that means otherwise says so with a `Medlem till` date;
 * - `Medlem från` the first of a month: from that month; a date before the fee year: from January;
 * - `Medlem till` the last of a month: through that month; the first of a month is the day the member is out
 *   (`Utträde 2026-07-01`: through June); a date after the fee year: through December.
 * The fee is reckoned in whole months, so a date inside a month (15 April) is not guessed at: is April paid or not?
 * Nothing is computed for the member, and the cell says why. So also when the dates leave no month of the fee year,
 * come in the wrong order, cannot be placed for want of a fee year, or disagree with the months cell.
 */
export function memberships(table: MembersTable, feeYear: number | null, issues: InputIssue[]): Map<Member, Membership> {
  return new Map(table.members.map((m) => [m, membershipOf(table, m, feeYear, issues)]));
}

function membershipOf(table: MembersTable, m: Member, feeYear: number | null, issues: InputIssue[]): Membership {
  const cell = (column: MemberColumn) => memberCell(table, m, column);
  const at = (column: MemberColumn) => `${table.sheet}!${cell(column)}`;
  const unreadable = COLUMNS.find((c) => m.invalid.has(c));
  // Already reported where it was read.
  if (unreadable) return { problemAt: at(unreadable) };
  const report = (key: string, column: MemberColumn, params: Record<string, string | number>): Membership => {
    issues.push({ key, sheet: table.sheet, cell: cell(column), params: { member: m.name, column: table.headers[column] ?? column, ...params } });
    return { problemAt: at(column) };
  };
  const fromMonths = m.months === null ? WHOLE_YEAR : { first: 13 - m.months, last: 12 };
  if (m.memberFrom === null && m.memberUntil === null) return { span: fromMonths, cell: cell('months') };

  const dateColumn: MemberColumn = m.memberFrom !== null ? 'memberFrom' : 'memberUntil';
  if (feeYear === null) return report('fees.memberDateNoFeeYear', dateColumn, { date: (m.memberFrom ?? m.memberUntil)! });
  const outside = (column: MemberColumn, date: IsoDate) => report('fees.memberDateOutsideYear', column, { date, year: feeYear });

  let first = 1;
  if (m.memberFrom !== null) {
    const from = m.memberFrom;
    if (yearOf(from) > feeYear) return outside('memberFrom', from);
    if (yearOf(from) === feeYear) {
      if (dayOf(from) !== 1) return report('fees.memberFromMidMonth', 'memberFrom', { date: from });
      first = monthOf(from);
    }
  }
  let last = 12;
  if (m.memberUntil !== null) {
    const until = m.memberUntil;
    if (yearOf(until) < feeYear) return outside('memberUntil', until);
    if (yearOf(until) === feeYear) {
      const month = monthOf(until);
      if (dayOf(until) === daysInMonth(feeYear, month)) last = month;
      else if (dayOf(until) === 1) last = month - 1;
      else return report('fees.memberUntilMidMonth', 'memberUntil', { date: until });
      if (last === 0) return outside('memberUntil', until);
    }
  }
  if (first > last) return report('fees.memberDatesReversed', 'memberUntil', { from: m.memberFrom!, until: m.memberUntil!, first: cell('memberFrom') });
  const span = { first, last };
  if (m.months !== null && m.months !== monthCount(span)) {
    const dates = [m.memberFrom === null ? null : cell('memberFrom'), m.memberUntil === null ? null : cell('memberUntil')].filter((x) => x !== null).join(', ');
    return report('fees.monthsDisagreeWithDates', 'months', { months: m.months, dateMonths: monthCount(span), dates });
  }
  return { span, cell: cell(m.months !== null ? 'months' : dateColumn) };
}
