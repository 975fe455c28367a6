import { Money, add as addMoney, subtract } from '../money';
import { AMOUNT_KEYS, AmountKey, TableRow } from './rows';
import { memoByText } from '../memo';
import { normaliseLabel } from './text';
import { withinRounding } from '../deviations/tolerance';

export type CoverageReading = 'items-since-previous-total' | 'totals-above' | 'shared-qualifier' | 'all-items';

/** What one total row covers, and whether its printed figures agree with the covered rows. */
export interface TotalCoverage {
  total: TableRow;
  covered: TableRow[];
  reading: CoverageReading | null;
  agrees: boolean;
}

const TOTAL_WORDS = /^(summa|totalt?|totalsumma|årets resultat|periodens resultat|resultat|netto\p{L}*)\s*/u;

/** The words of a total label after its total word: `Summa kostnader` → `kostnader`, `Nettokostnad projekt` → `projekt`. */
function qualifier(label: string): string {
  return normaliseLabel(label).replace(TOTAL_WORDS, '').replace(/[:,]/g, '').trim();
}

const normalised = memoByText(normaliseLabel);

/** The sum of a column over rows and how many rows had a value; null when none had. */
export function columnSum(rows: readonly TableRow[], key: AmountKey): { value: Money; count: number } | null {
  let value: Money | null = null;
  let count = 0;
  for (const r of rows) {
    const v = r[key];
    if (v === null) continue;
    value = value === null ? v : addMoney(value, v);
    count++;
  }
  return value === null ? null : { value, count };
}

/** Whether every printed figure of the total equals the covered rows' sum within rounding. */
function agreesWith(total: TableRow, covered: readonly TableRow[], stepOre: Money): boolean {
  let compared = 0;
  for (const key of AMOUNT_KEYS) {
    const printed = total[key];
    if (printed === null) continue;
    const s = columnSum(covered, key);
    if (!s) return false;
    compared++;
    if (!withinRounding(subtract(printed, s.value), s.count, stepOre)) return false;
  }
  return compared > 0;
}

/**
 * Read what each total covers the way an economist does (SPEC 1.4): the items since the previous total;
 * the totals above it not yet covered; the items sharing its qualifier; or every item. The first reading
 * that agrees within rounding is taken; when none does, the first non-empty one is, and the difference shows.
 * Readings are tried one at a time, so a ledger whose totals follow their items never looks further.
 */
export function coverTotals(rows: readonly TableRow[], stepOre: Money): TotalCoverage[] {
  const result: TotalCoverage[] = [];
  let open: TableRow[] = [];
  // Items are kept once; "since the previous total" is a tail of them, cut only when a total asks.
  const itemsSoFar: TableRow[] = [];
  let sinceTotal = 0;
  for (const row of rows) {
    if (row.kind === 'item') {
      itemsSoFar.push(row);
      continue;
    }
    if (row.kind !== 'total') continue;
    const q = qualifier(row.label);
    const readings: [CoverageReading, () => TableRow[]][] = [
      ['items-since-previous-total', () => itemsSoFar.slice(sinceTotal)],
      ['totals-above', () => [...open]],
      ['shared-qualifier', () => (q ? itemsSoFar.filter((r) => normalised(r.label).includes(q) || (r.section !== null && normalised(r.section) === q)) : [])],
      ['all-items', () => [...itemsSoFar]],
    ];
    let first: [CoverageReading, TableRow[]] | null = null;
    let agreeing: [CoverageReading, TableRow[]] | null = null;
    for (const [reading, cover] of readings) {
      const covered = cover();
      if (covered.length === 0) continue;
      first ??= [reading, covered];
      if (agreesWith(row, covered, stepOre)) {
        agreeing = [reading, covered];
        break;
      }
    }
    const chosen = agreeing ?? first;
    const coverage: TotalCoverage = chosen
      ? { total: row, covered: chosen[1], reading: chosen[0], agrees: agreeing !== null }
      : { total: row, covered: [], reading: null, agrees: false };
    result.push(coverage);
    // Totals this one covers are closed; it stays open for a total further down.
    const closed = new Set(coverage.covered.filter((c) => c.kind === 'total'));
    open = open.filter((t) => !closed.has(t));
    open.push(row);
    sinceTotal = itemsSoFar.length;
  }
  return result;
}
