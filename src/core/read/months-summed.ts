import { SheetData, cellAt } from '../cells';
import { Money, add, isZero, moneyFromCell, subtract } from '../money';
import type { HeaderMatch } from './headers';

/** What this rule needs of a header cell. */
type Cell = Pick<HeaderMatch, 'role' | 'cumulative' | 'through'> & { col: number };

/**
 * `jan … aug | Summa ack | Årsbudget`: month columns with no role word of their own, beside a budget and one
 * outcome that says it is the year so far but not how far (`Summa ack`, `Ackumulerat`). When in every row with
 * figures the months add up to that outcome, to the öre, they are its months: they tell how far the year has
 * come, and the outcome column stays the outcome (never added to them). Anything short of that leaves the months
 * without a role, as before.
 */
export function monthsOfCumulativeOutcome(
  sheet: SheetData,
  cells: readonly Cell[],
  monthCols: readonly number[],
  firstRow: number,
  lastRow: number,
): 'outcome' | null {
  const outcomes = cells.filter((c) => c.role === 'outcome');
  if (outcomes.length !== 1 || !cells.some((c) => c.role === 'budget')) return null;
  const [sum] = outcomes;
  if (!sum.cumulative || sum.through !== undefined || monthCols.length < 2) return null;
  let rows = 0;
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + 500); r++) {
    const total = cellAt(sheet, r, sum.col);
    if (typeof total !== 'number') continue;
    let s: Money = 0;
    for (const col of monthCols) {
      const v = cellAt(sheet, r, col);
      if (typeof v === 'number') s = add(s, moneyFromCell(v, 100));
      else if (v !== null && v !== '') return null;
    }
    if (!isZero(subtract(s, moneyFromCell(total, 100)))) return null;
    rows++;
  }
  return rows >= 2 ? 'outcome' : null;
}
