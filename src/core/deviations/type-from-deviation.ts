import { Money, abs, compare, subtract, times } from '../money';
import { rowType, typeIsGuess } from '../read/convention';
import { TableRow } from '../read/rows';
import { TableLayout, addressIn } from '../read/tables';
import { classifyDifference } from '../tolerance';
import { Check } from './checks';

/** Lines whose side is firm (type column, account, section, `Övriga intäkter`) and whose deviation agrees: at least these. */
const MIN_WITNESSES = 3;

/**
 * In an unsigned table, a line whose side is only guessed from its name (`Behandlingsavgifter` sounds like a fee
 * charged, but a waste förbund pays it to the plant) takes the side its own reported deviation shows, when that
 * deviation agrees with the other side's formula and not with the guessed one. Only where the column is to be
 * trusted: at least three lines of firm side, income and costs both, tell its formula and none of them disagrees, and the lines turned
 * are fewer than those that agree. Never silent: each line so read is named at its deviation cell, so that a
 * deviation written with the wrong sign on such a line is still in front of the reader (an info, not lost).
 */
export function typesFromDeviation(layout: TableLayout, items: readonly TableRow[], stepOre: Money): Check[] {
  const col = layout.columns.deviation;
  if (col === undefined) return [];
  const near = (a: Money, b: Money) => classifyDifference(subtract(a, b), 2, stepOre) === 'rounding';
  // Firm lines of each side that agree: both sides are needed to tell the convention's formula from outcome −
  // budget on every row (income alone agrees with both) or budget − outcome on every row (costs alone).
  const witnesses = { income: 0, cost: 0 };
  let agreeing = 0;
  const turned: { row: TableRow; type: 'income' | 'cost' }[] = [];
  for (const r of items) {
    const budget = r.periodBudget ?? r.budget;
    if (budget === null || r.outcome === null || r.deviation === null) continue;
    const plain = subtract(r.outcome, budget);
    // Too small to tell income from cost at the printed precision.
    if (compare(abs(plain), times(stepOre, 2)) <= 0) continue;
    const type = rowType(r, 'unsigned');
    const own = times(plain, type === 'income' ? 1 : -1);
    const other = times(own, -1);
    const guess = typeIsGuess(r);
    if (near(r.deviation, own)) {
      agreeing++;
      if (!guess) witnesses[type]++;
    } else if (near(r.deviation, other)) {
      // A firm line against the column: the column is not to be trusted for any line.
      if (!guess) return [];
      turned.push({ row: r, type: type === 'income' ? 'cost' : 'income' });
    }
  }
  const firm = witnesses.income + witnesses.cost;
  if (firm < MIN_WITNESSES || witnesses.income === 0 || witnesses.cost === 0 || turned.length === 0 || turned.length >= agreeing) return [];
  return turned.map(({ row, type }) => {
    // Read as the type column would say it; the cache of its words' reading is dropped.
    row.statedType = type;
    row.known = undefined;
    return {
      kind: 'reported-deviation',
      class: 'info',
      sheet: layout.sheet,
      cell: addressIn(layout, row.row, col),
      expected: null,
      found: row.deviation,
      difference: null,
      messageKey: type === 'cost' ? 'check.typeFromDeviation.cost' : 'check.typeFromDeviation.income',
      params: { line: row.label === '' ? `#${row.row + 1}` : row.label },
    };
  });
}
