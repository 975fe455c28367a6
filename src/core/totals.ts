import { Decimal, sum } from './decimal';
import { AMOUNT_KEYS, AmountKey, TableRow } from './rows';
import { normaliseLabel } from './text';
import { roundingAllowance } from './tolerance';

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

function columnSum(rows: readonly TableRow[], key: AmountKey): { value: Decimal; count: number } | null {
  const values = rows.map((r) => r.amounts[key]).filter((v): v is Decimal => v !== null);
  return values.length ? { value: sum(values), count: values.length } : null;
}

/** Whether every printed figure of the total equals the covered rows' sum within rounding. */
function agreesWith(total: TableRow, covered: readonly TableRow[], stepKr: Decimal): boolean {
  let compared = 0;
  for (const key of AMOUNT_KEYS) {
    const printed = total.amounts[key];
    if (printed === null) continue;
    const s = columnSum(covered, key);
    if (!s) return false;
    compared++;
    if (printed.minus(s.value).abs().gt(roundingAllowance(s.count, stepKr))) return false;
  }
  return compared > 0;
}

/**
 * Read what each total covers the way an economist does (SPEC 1.4): the items since the previous total;
 * the totals above it not yet covered; the items sharing its qualifier; or every item. The first reading
 * that agrees within rounding is taken; when none does, the first non-empty one is, and the difference shows.
 */
export function coverTotals(rows: readonly TableRow[], stepKr: Decimal): TotalCoverage[] {
  const result: TotalCoverage[] = [];
  const open: TableRow[] = [];
  let sinceTotal: TableRow[] = [];
  const itemsSoFar: TableRow[] = [];
  for (const row of rows) {
    if (row.kind === 'item') {
      sinceTotal.push(row);
      itemsSoFar.push(row);
      continue;
    }
    if (row.kind !== 'total') continue;
    const q = qualifier(row.label);
    const shared = q
      ? itemsSoFar.filter((r) => {
          const label = normaliseLabel(r.label);
          return label.includes(q) || (r.section !== null && normaliseLabel(r.section) === q);
        })
      : [];
    const readings: [CoverageReading, TableRow[]][] = [
      ['items-since-previous-total', sinceTotal],
      ['totals-above', [...open]],
      ['shared-qualifier', shared],
      ['all-items', [...itemsSoFar]],
    ];
    const nonEmpty = readings.filter(([, covered]) => covered.length > 0);
    const agreeing = nonEmpty.find(([, covered]) => agreesWith(row, covered, stepKr));
    const chosen = agreeing ?? nonEmpty[0];
    const coverage: TotalCoverage = chosen
      ? { total: row, covered: chosen[1], reading: chosen[0], agrees: agreeing !== undefined }
      : { total: row, covered: [], reading: null, agrees: false };
    result.push(coverage);
    // Totals this one covers are closed; it stays open for a total further down.
    for (const c of coverage.covered) {
      const i = open.indexOf(c);
      if (i >= 0) open.splice(i, 1);
    }
    open.push(row);
    sinceTotal = [];
  }
  return result;
}
