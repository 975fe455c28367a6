import { cellAddress } from '../cells';
import { Convention, deviationSign, rowType } from '../read/convention';
import { formatMoney } from '../render/format';
import { Lang, formatMessage } from '../messages';
import { AmountKey, TableRow } from '../read/rows';
import { TableLayout } from '../read/tables';
import { DifferenceClass, classifyDifference } from './tolerance';
import { TotalCoverage } from '../read/totals';
import { PRINTED_STEP_ORE } from '../read/units';
import { goalKey } from './goal-key';
import { Money, isZero, negate, subtract, times } from '../money';
import { columnSum } from '../read/totals';

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
  messageKey: string;
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

export function checkMessage(check: Check, lang: Lang): string {
  const amount = (m: Money | null) => (m === null ? '–' : formatMoney(m, lang));
  return formatMessage(check.messageKey, lang, { ...check.params, expected: amount(check.expected), found: amount(check.found), difference: amount(check.difference) });
}

function label(row: TableRow): string {
  return row.label === '' ? `#${row.row + 1}` : row.label;
}

function finding(kind: CheckKind, expected: Money, found: Money, addends: number, stepOre: Money, where: { sheet: string; cell: string }, messageKey: string, params: Check['params']): Check | null {
  const difference = subtract(found, expected);
  if (isZero(difference)) return null;
  return { kind, class: classifyDifference(difference, addends, stepOre), ...where, expected, found, difference, messageKey, params };
}

/** Items under a total, following totals of totals down to their items. */
function leafItems(total: TableRow, coverage: Map<TableRow, TableRow[]>): TableRow[] {
  return (coverage.get(total) ?? []).flatMap((r) => (r.kind === 'total' ? leafItems(r, coverage) : [r]));
}

/** The reported deviation column against the deviation recomputed from budget and outcome, row by row. */
export function reportedDeviationChecks(t: ReadTable): Check[] {
  const col = t.layout.columns.deviation;
  if (col === undefined) return [];
  const step = PRINTED_STEP_ORE[t.layout.unit];
  const coverage = new Map(t.coverage.map((c) => [c.total, c.covered]));
  const checks: Check[] = [];
  for (const row of t.rows) {
    const { budget, outcome, deviation } = row;
    if (row.kind === 'section' || deviation === null || budget === null || outcome === null) continue;
    let sign: 1 | -1;
    if (row.kind === 'item') sign = deviationSign(row, t.convention);
    else {
      // A total's sign follows what it adds up; a mix of income and cost in an unsigned table is left to the control total.
      const types = new Set(leafItems(row, coverage).map((r) => rowType(r, t.convention)));
      if (t.convention === 'signed') sign = 1;
      else if (types.size === 1) sign = types.has('income') ? 1 : -1;
      else continue;
    }
    const expected = times(subtract(outcome, budget), sign);
    const formula = sign === 1 ? 'utfall − budget' : 'budget − utfall';
    const f = finding('reported-deviation', expected, deviation, 2, step, { sheet: t.layout.sheet, cell: cellAddress(row.row, col) }, 'check.reportedDeviation', { line: label(row), formula });
    if (f) checks.push(f);
  }
  return checks;
}

const CHECKED_COLUMNS: readonly AmountKey[] = ['budget', 'outcome', 'forecast', 'deviation', 'priorYear'];

/** Each total row against the sum of the rows it covers, column by column. */
export function controlTotalChecks(t: ReadTable): Check[] {
  const step = PRINTED_STEP_ORE[t.layout.unit];
  const checks: Check[] = [];
  for (const c of t.coverage) {
    const where = (col: number) => ({ sheet: t.layout.sheet, cell: cellAddress(c.total.row, col) });
    if (c.covered.length === 0) {
      checks.push({ kind: 'control-total', class: 'info', ...where(t.layout.labelCol), expected: null, found: null, difference: null, messageKey: 'check.totalCoversNothing', params: { line: label(c.total) } });
      continue;
    }
    for (const key of CHECKED_COLUMNS) {
      const printed = c.total[key];
      const col = t.layout.columns[key];
      if (printed === null || col === undefined) continue;
      const s = columnSum(c.covered, key) ?? { value: 0, count: 0 };
      const f = finding('control-total', s.value, printed, s.count, step, where(col), 'check.controlTotal', { line: label(c.total), column: t.layout.headers[key] ?? key, count: s.count });
      if (f) checks.push(f);
    }
  }
  return checks;
}

/** Lines with outcome but no budget, and budget but no outcome: nothing is dropped without a word. */
export function unmappedChecks(t: ReadTable): Check[] {
  const checks: Check[] = [];
  const { columns, sheet } = t.layout;
  for (const row of t.rows) {
    if (row.kind !== 'item') continue;
    const { budget, outcome } = row;
    const at = (col: number | undefined) => ({ sheet, cell: cellAddress(row.row, col ?? t.layout.labelCol) });
    const base = { kind: 'unmapped' as const, class: 'info' as const, difference: null };
    if (budget === null && outcome !== null && columns.budget !== undefined) {
      checks.push({ ...base, ...at(columns.budget), expected: null, found: outcome, messageKey: 'check.notBudgeted', params: { line: label(row) } });
    } else if (budget !== null && isZero(budget) && outcome !== null && !isZero(outcome)) {
      checks.push({ ...base, ...at(columns.budget), expected: budget, found: outcome, messageKey: 'check.zeroBudget', params: { line: label(row) } });
    } else if (outcome === null && budget !== null && columns.outcome !== undefined) {
      checks.push({ ...base, ...at(columns.outcome), expected: budget, found: null, messageKey: 'check.noOutcome', params: { line: label(row) } });
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
    const groups = new Map<string, { name: string; rows: TableRow[] }>();
    for (const row of detail.rows) {
      if (row.kind !== 'item' || row.goalArea === null) continue;
      const key = goalKey(row.goalArea);
      const g = groups.get(key) ?? { name: row.goalArea, rows: [] };
      g.rows.push(row);
      groups.set(key, g);
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

function compareDetailToSummary(detail: ReadTable, summary: ReadTable, groups: Map<string, { name: string; rows: TableRow[] }>, summaryRows: Map<string, TableRow>): Check[] {
  const checks: Check[] = [];
  const step = Math.max(PRINTED_STEP_ORE[detail.layout.unit], PRINTED_STEP_ORE[summary.layout.unit]);
  const keys: AmountKey[] = (['budget', 'outcome', 'forecast'] as const).filter((k) => detail.layout.columns[k] !== undefined && summary.layout.columns[k] !== undefined);
  const names = { detailSheet: detail.layout.sheet, summarySheet: summary.layout.sheet };
  for (const [key, group] of groups) {
    const summaryRow = summaryRows.get(key);
    for (const column of keys) {
      const s = columnSum(group.rows, column);
      const detailSum = s?.value ?? 0;
      const header = summary.layout.headers[column] ?? column;
      if (!summaryRow) {
        if (isZero(detailSum)) continue;
        const firstRow = group.rows[0];
        checks.push({ kind: 'cross-sheet', class: 'mismatch', sheet: detail.layout.sheet, cell: cellAddress(firstRow.row, detail.layout.columns[column]!), expected: null, found: detailSum, difference: detailSum, messageKey: 'check.crossSheetMissingInSummary', params: { goal: group.name, column: header, count: group.rows.length, ...names } });
        continue;
      }
      const printed = summaryRow[column];
      if (printed === null) continue;
      const f = finding('cross-sheet', printed, detailSum, s?.count ?? 0, step, { sheet: summary.layout.sheet, cell: cellAddress(summaryRow.row, summary.layout.columns[column]!) }, 'check.crossSheet', { goal: summaryRow.label, column: header, count: s?.count ?? 0, ...names });
      if (f) checks.push(f);
    }
  }
  for (const [key, row] of summaryRows) {
    if (groups.has(key)) continue;
    for (const column of keys) {
      const printed = row[column];
      if (printed === null || isZero(printed)) continue;
      checks.push({ kind: 'cross-sheet', class: 'mismatch', sheet: summary.layout.sheet, cell: cellAddress(row.row, summary.layout.columns[column]!), expected: printed, found: null, difference: negate(printed), messageKey: 'check.crossSheetMissingInDetail', params: { goal: row.label, column: summary.layout.headers[column] ?? column, ...names } });
    }
  }
  return checks;
}

