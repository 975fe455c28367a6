import { Check } from '../deviations/checks';
import { Decimal, sum } from '../decimal';
import { classifyDifference } from '../tolerance';
import { moneyFromKronor } from '../money';
import { PRINTED_STEP_ORE } from '../read/units';
import { CONCEPTS, ConceptId } from './concepts';
import { findConcept } from './lookup';
import { Statement, StatementRow, amountFor } from './statements';
import { cellReference } from './trace';

type Part = { statement: Statement; row: StatementRow };

function part(statement: Statement, id: ConceptId): Part | null {
  const found = findConcept([statement], CONCEPTS[id].names, [statement.kind]);
  return found.kind === 'found' ? found : null;
}

/** The rows whose sum is the financing side: its printed total, or its parts. */
function financingSide(statement: Statement): Part[] | null {
  const total = part(statement, 'equityAndLiabilities');
  if (total) return [total];
  const equity = part(statement, 'equity');
  if (!equity) return null;
  const provisions = part(statement, 'provisions');
  const liabilities = part(statement, 'liabilities');
  const split = [part(statement, 'longTermLiabilities'), part(statement, 'currentLiabilities')].filter((p): p is Part => p !== null);
  if (!liabilities && split.length === 0) return null;
  return [equity, ...(provisions ? [provisions] : []), ...(liabilities ? [liabilities] : split)];
}

/**
 * A balance sheet must balance: summa tillgångar = summa eget kapital och skulder, year by year. The
 * financing side is its printed total, or else eget kapital + avsättningar + skulder (or långfristiga +
 * kortfristiga skulder). A difference is a control-total check naming both figures and their cells; it is
 * rounding only within (n + 1)/2 printed units, n being the number of figures on the financing side.
 */
export function balanceSheetChecks(statements: readonly Statement[]): Check[] {
  const checks: Check[] = [];
  for (const statement of statements.filter((s) => s.kind === 'balance-sheet')) {
    const assets = part(statement, 'totalAssets');
    const financing = financingSide(statement);
    if (!assets || !financing) continue;
    for (const { year } of statement.years) {
      const asset = amountFor(statement, assets.row, year);
      const parts = financing.map((p) => amountFor(statement, p.row, year));
      if (asset.value === null || parts.some((p) => p.value === null)) continue;
      const found = asset.value;
      const expected = sum(parts.map((p) => p.value as Decimal));
      const difference = found.minus(expected);
      if (difference.isZero()) continue;
      checks.push({
        kind: 'control-total',
        class: classifyDifference(moneyFromKronor(difference), financing.length, PRINTED_STEP_ORE[statement.unit]),
        sheet: statement.sheet,
        cell: asset.source!.cell,
        expected: moneyFromKronor(expected),
        found: moneyFromKronor(found),
        difference: moneyFromKronor(difference),
        messageKey: 'goals.balanceSheetUnbalanced',
        params: {
          year,
          assetsCell: cellReference(asset.source!),
          financingCells: parts.map((p) => cellReference(p.source!)).join(' + '),
        },
      });
    }
  }
  return checks;
}
