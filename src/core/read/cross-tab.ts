/**
 * A cross-tab pasted as values: accounts down, cost centres across (`Konto | Kontonamn | 100 Kansli | 200
 * Insatser | Summa`), one sheet for the budget and one for the outcome. No header says budget or outcome; the sheet
 * name or title does (`Budget per ansvar`, `Utfall 2025 per konto och ansvar`). The row's total column is then that
 * sheet's amount per account, and the cost-centre columns are its parts (never added to it again).
 */
import { normaliseLabel } from './text';

/** `100 Kansli`, `0210 - Insatser`, `300 Utveckling`: a cost centre's code and name as a column header. */
const CODED_NAME = /^\d{2,6}\s*[-–:]?\s*\p{L}/u;
const ROW_TOTAL = /^(summa|totalt|total|totalsumma|s:a|summa totalt|grand total)$/u;
const OUTCOME_SAYS = /(^|[^\p{L}])(utfall|bokfört|redovisat|huvudbok|saldo|actuals?|outcome)([^\p{L}]|$)/u;
const BUDGET_SAYS = /(^|[^\p{L}])(budget|budgetförslag)([^\p{L}]|$)/u;

/**
 * The total column of a cross-tab header row and the role the sheet gives it; null when the row is no cross-tab
 * (fewer than two coded columns before the total) or the sheet says neither budget nor outcome, or both.
 */
export function crossTabTotal(
  unknown: readonly { col: number; text: string }[],
  sheetName: string,
  titles: readonly string[],
): { col: number; text: string; role: 'budget' | 'outcome' } | null {
  const total = unknown.find((u) => ROW_TOTAL.test(normaliseLabel(u.text)));
  if (!total) return null;
  const coded = unknown.filter((u) => u.col < total.col && CODED_NAME.test(normaliseLabel(u.text)));
  if (coded.length < 2) return null;
  const says = [sheetName, ...titles].map(normaliseLabel);
  const outcome = says.some((t) => OUTCOME_SAYS.test(t));
  const budget = says.some((t) => BUDGET_SAYS.test(t));
  if (outcome === budget) return null;
  return { col: total.col, text: total.text, role: outcome ? 'outcome' : 'budget' };
}
