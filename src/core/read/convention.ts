import { memoByText } from '../memo';
import { Money, abs, compare, isNegative, negate, subtract, times } from '../money';
import { TableRow, explicitTypeFromText, sectionType, typeFromText } from './rows';

const labelType = typeFromText;
const explicitType = explicitTypeFromText;

/**
 * How a table writes its signs (SPEC 1.5):
 * - signed: income positive, costs negative (deviation = outcome − budget);
 * - unsigned: every amount non-negative (income: outcome − budget; costs: budget − outcome);
 * - ledger: income negative, costs positive, as every huvudbok export and pivot of one (budget − outcome).
 * In all three a positive deviation is favourable.
 */
export type Convention = 'signed' | 'unsigned' | 'ledger';
export const CONVENTIONS: readonly Convention[] = ['signed', 'unsigned', 'ledger'];

/** Why a convention was chosen, for the reading report. */
export type ConventionReason = 'deviation-column' | 'income-negative' | 'costs-negative' | 'negative-budget' | 'negative-amounts' | 'non-negative' | 'override';

/** Income, cost or a financial item (by sign) as a Kommun-Bas/BAS account's class says; null for anything else. */
export type AccountClass = 'income' | 'cost' | 'financial' | 'balance';

/**
 * The class of an account code (Kommun-Bas 13 and BAS): 1–2 balance sheet, 3 income, 4–7 costs (5 staff),
 * 8 financial and other items, told apart by their sign. Codes of 3 to 6 digits only; `0210` is no account.
 */
export const accountClass = memoByText((code: string): AccountClass | null => {
  const m = /^([1-8])\d{2,5}(?!\d)/.exec(code.trim());
  if (!m) return null;
  const d = m[1];
  return d === '1' || d === '2' ? 'balance' : d === '3' ? 'income' : d === '8' ? 'financial' : 'cost';
});

/** The account code of a row: its code cell, or a number leading its label (`3110 Medlemsavgifter`). */
export function accountOf(row: Pick<TableRow, 'code' | 'label'>): string | null {
  if (row.code !== null && /^\d{3,6}$/.test(row.code.trim())) return row.code.trim();
  return labelWords(row.label).account;
}

/**
 * What a label alone says of its row: the account number it begins with and that account's class, the kind its
 * words name outright, and the kind its words suggest. Worked out once per distinct label: a ledger repeats a few
 * hundred labels over its rows.
 */
const labelWords = memoByText((label: string) => {
  const m = /^(\d{4,6})(?:\s|$|[-–:])/.exec(label.trim());
  const account = m ? m[1] : null;
  return { account, accountClass: account === null ? null : accountClass(account), explicit: explicitType(label), suggested: labelType(label) };
});

/** The class of a row's account (accountOf), null where it has none. */
function accountClassOf(row: TableRow): AccountClass | null {
  if (row.code !== null && /^\d{3,6}$/.test(row.code.trim())) return accountClass(row.code.trim());
  return labelWords(row.label).accountClass;
}

/** What a row's own words say it is, without looking at its sign: type column, account class, section, label. */
export function knownType(row: TableRow): 'income' | 'cost' | null {
  if (row.known !== undefined) return row.known;
  return (row.known = typeOfWords(row));
}

function typeOfWords(row: TableRow): 'income' | 'cost' | null {
  if (row.statedType) return row.statedType;
  const cls = accountClassOf(row);
  if (cls === 'income' || cls === 'cost') return cls;
  // Financial items (8xxx) and anything without an account: a label that names its kind (`Finansiella intäkter`)
  // wins over the section it stands in; then the section; then the label's other words.
  const words = labelWords(row.label);
  return words.explicit ?? sectionType(row.section) ?? words.suggested;
}

/**
 * Whether a row's side is only a guess from the words of its name (`Behandlingsavgifter` sounds like a fee
 * charged) or no word at all: no type column, account class, section or word that names the kind outright.
 */
export function typeIsGuess(row: TableRow): boolean {
  if (row.statedType) return false;
  const cls = accountClassOf(row);
  if (cls === 'income' || cls === 'cost') return false;
  return labelWords(row.label).explicit === null && sectionType(row.section) === null;
}

/**
 * Detect a table's convention. The row's own words (account class, type column, section, income and cost
 * words) against the signs of its amounts are the best evidence: income written negative is a ledger,
 * costs written negative a signed table. Then the table's own deviation column, then the signs alone.
 */
export function detectConvention(items: readonly TableRow[], printedStepOre: Money): { convention: Convention; reason: ConventionReason } {
  let incomeNegative = 0;
  let incomePositive = 0;
  let costNegative = 0;
  let costPositive = 0;
  for (let i = 0; i < items.length; i++) {
    const r = items[i];
    const type = knownType(r);
    if (type === null) continue;
    const amount = r.budget ?? r.outcome ?? r.periodBudget;
    if (amount === null || compare(abs(amount), 0) === 0) continue;
    const negative = isNegative(amount);
    if (type === 'income') {
      if (negative) incomeNegative++;
      else incomePositive++;
    } else if (negative) costNegative++;
    else costPositive++;
  }
  // Rows that agree with each reading: signed (income +, costs −), unsigned (both +), ledger (income −, costs +).
  // Only a negative sign tells signed and ledger from unsigned, so one of them must win outright.
  const signed = incomePositive + costNegative;
  const unsigned = incomePositive + costPositive;
  const ledger = incomeNegative + costPositive;
  if (incomeNegative > 0 && ledger > signed && ledger >= unsigned) return { convention: 'ledger', reason: 'income-negative' };
  if (costNegative > 0 && signed > ledger && signed >= unsigned) return { convention: 'signed', reason: 'costs-negative' };

  const fromColumn = fromDeviationColumn(items, printedStepOre);
  if (fromColumn) return { convention: fromColumn, reason: 'deviation-column' };

  const negativeBudget = items.some((r) => r.budget !== null && isNegative(r.budget));
  if (negativeBudget) return { convention: 'signed', reason: 'negative-budget' };
  let withOutcome = 0;
  let negativeOutcomes = 0;
  for (let i = 0; i < items.length; i++) {
    const r = items[i];
    if (r.outcome === null) continue;
    withOutcome++;
    if (isNegative(r.outcome)) negativeOutcomes++;
  }
  // One negative outcome in a cost list is an anomaly (revenue exceeded cost), not a convention.
  if (withOutcome > 0 && negativeOutcomes * 3 > withOutcome) return { convention: 'signed', reason: 'negative-amounts' };
  return { convention: 'unsigned', reason: 'non-negative' };
}

/**
 * The reported deviation column's formula, row by row: outcome − budget on every row (signed), budget − outcome
 * on every row with negative amounts (ledger), or turned for costs only (unsigned). Null when it does not tell.
 */
function fromDeviationColumn(items: readonly TableRow[], printedStepOre: Money): Convention | null {
  // 1,5 printed steps, compared as 2 × |difference| ≤ 3 × step.
  const closeTo = (a: Money, b: Money) => compare(times(abs(subtract(a, b)), 2), times(printedStepOre, 3)) <= 0;
  let plainVotes = 0;
  let turnedVotes = 0;
  let turnedOnNegative = 0;
  for (let i = 0; i < items.length; i++) {
    const r = items[i];
    // A part-year table's deviation is against its period budget column (`Budget t.o.m. april`) where it has one.
    const budget = r.periodBudget ?? r.budget;
    const { outcome, deviation } = r;
    if (budget === null || outcome === null || deviation === null) continue;
    const plain = subtract(outcome, budget);
    // Too small to tell the two formulas apart at the table's printed precision.
    if (compare(abs(plain), printedStepOre) <= 0) continue;
    if (closeTo(deviation, plain)) plainVotes++;
    else if (closeTo(deviation, negate(plain))) {
      if (rowType(r, 'unsigned') === 'income') {
        // Turned on an income row: only a ledger does that, and only with negative income.
        if (isNegative(budget) || isNegative(outcome)) turnedOnNegative++;
        continue;
      }
      turnedVotes++;
      if (isNegative(budget) || isNegative(outcome)) turnedOnNegative++;
    }
  }
  // One negative line in a list of net costs (revenue exceeded cost there) is an anomaly, not a ledger's income.
  const ledgerLike = turnedOnNegative >= 2 || turnedOnNegative * 4 > turnedOnNegative + turnedVotes;
  if (ledgerLike && turnedOnNegative + turnedVotes > plainVotes) return 'ledger';
  if (turnedVotes > 0 && turnedVotes >= plainVotes) return 'unsigned';
  if (plainVotes > 0 && items.some((r) => (r.budget !== null && isNegative(r.budget)) || (r.outcome !== null && isNegative(r.outcome)))) return 'signed';
  return null;
}

/** Whether a row is income or cost in a table of the given convention. */
export function rowType(row: TableRow, convention: Convention): 'income' | 'cost' {
  const known = knownType(row);
  if (convention === 'unsigned') return known ?? 'cost';
  // Signed and ledger tables say it by sign where the words do not: income is positive in one, negative in the other.
  const first = row.budget ?? row.outcome ?? row.periodBudget;
  if (known !== null && accountClassOf(row) !== 'financial') return known;
  if (first === null) return known ?? 'cost';
  const negative = isNegative(first);
  return convention === 'signed' ? (negative ? 'cost' : 'income') : negative ? 'income' : 'cost';
}

/** +1 where deviation = outcome − budget, −1 where budget − outcome, so that positive is always favourable. */
export function deviationSign(row: TableRow, convention: Convention): 1 | -1 {
  if (convention === 'signed') return 1;
  if (convention === 'ledger') return -1;
  return rowType(row, convention) === 'income' ? 1 : -1;
}
