import { Convention, deviationSign } from '../read/convention';
import { AmountKey, TableRow } from '../read/rows';
import { TableLayout, addressIn } from '../read/tables';
import { DifferenceClass, classifyDifference } from '../tolerance';
import { RowSums, TotalCoverage, coverageTypes, coveredSum } from '../read/totals';
import { PRINTED_STEP_ORE } from '../read/units';
import { goalKey } from '../read/goal-key';
import { Money, isZero, negate, subtract, times } from '../money';
import { MessageKey } from '../messages';

export type CheckKind = 'reported-deviation' | 'control-total' | 'cross-sheet' | 'unmapped';

/** One reconciliation finding, naming the sheet and cell an economist should look at (SPEC 2.4). */
export interface Check {
  kind: CheckKind;
  class: DifferenceClass | 'info';
  sheet: string;
  cell: string;
  /** Amounts in öre. */
  expected: Money | null;
  found: Money | null;
  difference: Money | null;
  messageKey: MessageKey;
  /** Parameters that do not depend on the language; amounts are added when the message is written. */
  params: Record<string, string | number>;
}

/** A table with what was read from it, as the checks need it. */
export interface ReadTable {
  layout: TableLayout;
  rows: TableRow[];
  convention: Convention;
  coverage: TotalCoverage[];
}

function label(row: TableRow): string {
  return row.label === '' ? `#${row.row + 1}` : row.label;
}

function finding(
  kind: CheckKind,
  expected: Money,
  found: Money,
  addends: number,
  stepOre: Money,
  where: { sheet: string; cell: string },
  messageKey: MessageKey,
  params: Check['params'],
): Check | null {
  const difference = subtract(found, expected);
  if (isZero(difference)) return null;
  return { kind, class: classifyDifference(difference, addends, stepOre), ...where, expected, found, difference, messageKey, params };
}

/**
 * The sign a total's deviation has: fixed in signed and ledger tables; in an unsigned table that of what it adds
 * up, or null when it adds up income and costs together (then its printed deviation is left to the control total).
 */
function totalSign(row: TableRow, t: ReadTable, coverage: Map<TableRow, TableRow[]>): 1 | -1 | null {
  if (t.convention !== 'unsigned') return t.convention === 'signed' ? 1 : -1;
  const signs = new Set(leafItems(row, coverage).map((r) => deviationSign(r, t.convention)));
  return signs.size === 1 ? [...signs][0] : null;
}

/**
 * Whether some item under a total has a budget and no outcome, or the reverse: its printed deviation is then the
 * sum of the lines compared (the months booked so far), not its budget against its outcome, which would set the
 * budget of lines not yet booked against nothing (SPEC 2.1: nothing invented). Checked as a sum instead.
 */
function partlyCompared(total: TableRow, coverage: Map<TableRow, TableRow[]>): boolean {
  return leafItems(total, coverage).some((r) => ((r.periodBudget ?? r.budget) === null) !== (r.outcome === null));
}

/** Items under a total, following totals of totals down to their items. */
function leafItems(total: TableRow, coverage: Map<TableRow, TableRow[]>): TableRow[] {
  return (coverage.get(total) ?? []).flatMap((r) => (r.kind === 'total' ? leafItems(r, coverage) : [r]));
}

/**
 * The reported deviation columns against the deviation recomputed from budget and outcome, row by row; and a
 * reported forecast deviation against forecast and budget. The formula follows the convention (SPEC 1.5).
 */
export function reportedDeviationChecks(t: ReadTable): Check[] {
  const step = PRINTED_STEP_ORE[t.layout.unit];
  const coverage = new Map(t.coverage.map((c) => [c.total, c.covered]));
  const checks: Check[] = [];
  const columns: { key: 'deviation' | 'forecastDeviation'; col: number | undefined; from: (r: TableRow) => Money | null }[] = [
    { key: 'deviation', col: t.layout.columns.deviation, from: (r) => r.outcome },
    { key: 'forecastDeviation', col: t.layout.columns.forecastDeviation, from: (r) => r.forecast },
  ];
  for (const { key, col, from } of columns) {
    if (col === undefined) continue;
    const formula = columnFormula(t, key, from, step);
    for (let i = 0; i < t.rows.length; i++) {
      const row = t.rows[i];
      const reported = row[key];
      // The year so far is compared with the period budget where the table has one; a forecast always with the year's.
      const budget = key === 'deviation' ? (row.periodBudget ?? row.budget) : row.budget;
      const value = from(row);
      if (row.kind === 'section' || reported === null || budget === null || value === null) continue;
      if (row.kind === 'total' && key === 'deviation' && partlyCompared(row, coverage)) continue;
      let sign = row.kind === 'item' ? deviationSign(row, t.convention) : totalSign(row, t, coverage);
      // A mix of income and cost in an unsigned table is left to the control total.
      if (sign === null) continue;
      sign = formulaSign(formula, sign);
      const expected = times(subtract(value, budget), sign);
      const messageKey: MessageKey =
        key === 'forecastDeviation'
          ? sign === 1
            ? 'check.reportedForecastDeviation.plain'
            : 'check.reportedForecastDeviation.turned'
          : sign === 1
            ? 'check.reportedDeviation.plain'
            : 'check.reportedDeviation.turned';
      const f = finding('reported-deviation', expected, reported, 2, step, { sheet: t.layout.sheet, cell: addressIn(t.layout, row.row, col) }, messageKey, {
        line: label(row),
      });
      if (f) checks.push(f);
    }
  }
  return checks;
}

/** How a reported deviation column is written: by the convention, the other way round, or one formula on every row. */
type ColumnFormula = 'convention' | 'turned' | 'plain' | 'reversed';

/**
 * The formula a reported deviation column follows on most rows that tell: the convention's (preferred), the
 * opposite of it, outcome − budget on every row or budget − outcome on every row (Visma's Diff in a ledger).
 * The column's own formula is the workbook's convention, not an error; only rows that follow none of it are.
 */
function columnFormula(t: ReadTable, key: 'deviation' | 'forecastDeviation', from: (r: TableRow) => Money | null, step: Money): ColumnFormula {
  const votes: Record<ColumnFormula, number> = { convention: 0, turned: 0, plain: 0, reversed: 0 };
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    if (row.kind !== 'item') continue;
    const reported = row[key];
    const budget = key === 'deviation' ? (row.periodBudget ?? row.budget) : row.budget;
    const value = from(row);
    if (reported === null || budget === null || value === null) continue;
    const plain = subtract(value, budget);
    if (isZero(plain)) continue;
    const sign = deviationSign(row, t.convention);
    const near = (expected: Money) => classifyDifference(subtract(reported, expected), 2, step) === 'rounding';
    if (near(times(plain, sign))) votes.convention++;
    if (near(times(plain, -sign))) votes.turned++;
    if (near(plain)) votes.plain++;
    if (near(negate(plain))) votes.reversed++;
  }
  const best = (Object.keys(votes) as ColumnFormula[]).reduce((a, b) => (votes[b] > votes[a] ? b : a), 'convention');
  return best;
}

function formulaSign(formula: ColumnFormula, conventionSign: 1 | -1): 1 | -1 {
  switch (formula) {
    case 'convention':
      return conventionSign;
    case 'turned':
      return conventionSign === 1 ? -1 : 1;
    case 'plain':
      return 1;
    case 'reversed':
      return -1;
  }
}

const CHECKED_COLUMNS: readonly AmountKey[] = ['budget', 'periodBudget', 'outcome', 'forecast', 'deviation', 'forecastDeviation', 'priorYear'];

/** Each total row against the sum of the rows it covers, column by column (income − costs for a result). */
export function controlTotalChecks(t: ReadTable): Check[] {
  const step = PRINTED_STEP_ORE[t.layout.unit];
  const checks: Check[] = [];
  const types = coverageTypes(t.convention);
  const coverageMap = new Map(t.coverage.map((x) => [x.total, x.covered]));
  for (const c of t.coverage) {
    const where = (col: number) => ({ sheet: t.layout.sheet, cell: addressIn(t.layout, c.total.row, col) });
    if (c.covered.length === 0) {
      checks.push({
        kind: 'control-total',
        class: 'info',
        ...where(t.layout.labelCol),
        expected: null,
        found: null,
        difference: null,
        messageKey: 'check.totalCoversNothing',
        params: { line: label(c.total) },
      });
      types.record(c);
      continue;
    }
    for (const key of CHECKED_COLUMNS) {
      const printed = c.total[key];
      const col = t.layout.columns[key];
      if (printed === null || col === undefined) continue;
      // A total's printed deviation is checked against its own budget and outcome (reportedDeviationChecks);
      // adding up the lines' printed deviations would report a wrong line a second time on every total above it.
      if (
        key === 'deviation' &&
        c.total.outcome !== null &&
        (c.total.budget !== null || c.total.periodBudget !== null) &&
        totalSign(c.total, t, coverageMap) !== null &&
        !partlyCompared(c.total, coverageMap)
      )
        continue;
      if (key === 'forecastDeviation' && c.total.forecast !== null && c.total.budget !== null) continue;
      // Deviations add up as plain sums: each is already favourable-positive.
      const s = coveredSum(c, key, types.typeOf, t.convention) ?? { value: 0, count: 0 };
      const messageKey: MessageKey =
        c.sum === 'income-minus-cost' ? 'check.controlTotal.result' : c.sum === 'cost-minus-income' ? 'check.controlTotal.netCost' : 'check.controlTotal';
      const f = finding('control-total', s.value, printed, s.count, step, where(col), messageKey, {
        line: label(c.total),
        column: t.layout.headers[key] ?? key,
        count: s.count,
      });
      if (f) checks.push(f);
    }
    types.record(c);
  }
  return checks;
}

/** Lines with outcome but no budget, and budget but no outcome: nothing is dropped without a word. */
export function unmappedChecks(t: ReadTable): Check[] {
  const checks: Check[] = [];
  const { columns, sheet } = t.layout;
  const budgetCol = columns.periodBudget ?? columns.budget ?? t.layout.labelCol;
  const outcomeCol = columns.outcome ?? t.layout.labelCol;
  const base = { kind: 'unmapped' as const, class: 'info' as const, difference: null };
  // Made only for a row that has a finding: a ledger's million rows mostly have none.
  const at = (row: TableRow, col: number) => ({ sheet, cell: addressIn(t.layout, row.row, col) });
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    if (row.kind !== 'item' || row.unreadable) continue;
    const budget = row.periodBudget ?? row.budget;
    const { outcome } = row;
    if (budget === null && outcome !== null) {
      checks.push({ ...base, ...at(row, budgetCol), expected: null, found: outcome, messageKey: 'check.notBudgeted', params: { line: label(row) } });
    } else if (budget !== null && isZero(budget) && outcome !== null && !isZero(outcome)) {
      checks.push({ ...base, ...at(row, budgetCol), expected: budget, found: outcome, messageKey: 'check.zeroBudget', params: { line: label(row) } });
    } else if (outcome === null && budget !== null) {
      checks.push({ ...base, ...at(row, outcomeCol), expected: budget, found: null, messageKey: 'check.noOutcome', params: { line: label(row) } });
    }
  }
  return checks;
}

/**
 * A detail table with a goal-area column against a summary table whose rows are goal areas, per goal area
 * and per column (SPEC 2.4), e.g. the project list against the goal-area table.
 */
export function crossSheetChecks(tables: readonly ReadTable[]): Check[] {
  const checks: Check[] = [];
  // Grouping a detail table is the costly part: only worth it when there is another table to compare with.
  if (tables.length < 2) return checks;
  const details = tables.filter((t) => t.layout.labelRole === 'line' && t.layout.columns.goalArea !== undefined);
  for (const detail of details) {
    const groups = new Map<string, DetailGroup>();
    // A ledger's rows come grouped: the goal-area text of the row before is most often this one's.
    let lastArea: string | null = null;
    let last: DetailGroup | undefined;
    for (let i = 0; i < detail.rows.length; i++) {
      const row = detail.rows[i];
      if (row.kind !== 'item' || row.goalArea === null) continue;
      if (row.goalArea !== lastArea) {
        const key = goalKey(row.goalArea);
        last = groups.get(key);
        if (!last) groups.set(key, (last = { name: row.goalArea, first: row, sums: new RowSums() }));
        lastArea = row.goalArea;
      }
      last!.sums.add(row);
    }
    for (const summary of tables) {
      if (summary === detail) continue;
      const summaryRows = new Map<string, TableRow>();
      for (const row of summary.rows) if (row.kind === 'item') summaryRows.set(goalKey(row.label), row);
      const shared = [...groups.keys()].filter((k) => summaryRows.has(k));
      // Only a table keyed by the same goal areas is a summary of this one.
      if (shared.length < Math.max(2, Math.ceil(groups.size / 2))) continue;
      checks.push(...compareDetailToSummary(detail, summary, groups, summaryRows));
    }
  }
  return checks;
}

/** A goal area's items in a detail table: its name as first written, its first row and its sums. */
interface DetailGroup {
  name: string;
  first: TableRow;
  sums: RowSums;
}

function compareDetailToSummary(detail: ReadTable, summary: ReadTable, groups: Map<string, DetailGroup>, summaryRows: Map<string, TableRow>): Check[] {
  const checks: Check[] = [];
  const step = Math.max(PRINTED_STEP_ORE[detail.layout.unit], PRINTED_STEP_ORE[summary.layout.unit]);
  const keys: AmountKey[] = (['budget', 'outcome', 'forecast'] as const).filter(
    (k) => detail.layout.columns[k] !== undefined && summary.layout.columns[k] !== undefined,
  );
  const names = { detailSheet: detail.layout.sheet, summarySheet: summary.layout.sheet };
  for (const [key, group] of groups) {
    const summaryRow = summaryRows.get(key);
    for (const column of keys) {
      const s = group.sums.of(column);
      const detailSum = s?.value ?? 0;
      const header = summary.layout.headers[column] ?? column;
      if (!summaryRow) {
        if (isZero(detailSum)) continue;
        checks.push({
          kind: 'cross-sheet',
          class: 'mismatch',
          sheet: detail.layout.sheet,
          cell: addressIn(detail.layout, group.first.row, detail.layout.columns[column]!),
          expected: null,
          found: detailSum,
          difference: detailSum,
          messageKey: 'check.crossSheetMissingInSummary',
          params: { goal: group.name, column: header, count: group.sums.rows, ...names },
        });
        continue;
      }
      const printed = summaryRow[column];
      if (printed === null) continue;
      const f = finding(
        'cross-sheet',
        printed,
        detailSum,
        s?.count ?? 0,
        step,
        { sheet: summary.layout.sheet, cell: addressIn(summary.layout, summaryRow.row, summary.layout.columns[column]!) },
        'check.crossSheet',
        { goal: summaryRow.label, column: header, count: s?.count ?? 0, ...names },
      );
      if (f) checks.push(f);
    }
  }
  for (const [key, row] of summaryRows) {
    if (groups.has(key)) continue;
    for (const column of keys) {
      const printed = row[column];
      if (printed === null || isZero(printed)) continue;
      checks.push({
        kind: 'cross-sheet',
        class: 'mismatch',
        sheet: summary.layout.sheet,
        cell: addressIn(summary.layout, row.row, summary.layout.columns[column]!),
        expected: printed,
        found: null,
        difference: negate(printed),
        messageKey: 'check.crossSheetMissingInDetail',
        params: { goal: row.label, column: summary.layout.headers[column] ?? column, ...names },
      });
    }
  }
  return checks;
}
