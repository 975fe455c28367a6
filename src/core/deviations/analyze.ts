import { SheetData, cellAddress } from '../cells';
import { Check, ReadTable, controlTotalChecks, crossSheetChecks, reportedDeviationChecks, unmappedChecks } from './checks';
import { Convention, ConventionReason, accountClass, accountOf, detectConvention } from '../read/convention';
import { DEFAULT_THRESHOLDS, GroupDeviation, LineDeviation, Thresholds, TotalDeviation, flagRule, groupLines, lineDeviation } from './figures';
import { InputIssue } from '../issues';
import { inputSheets } from '../read/sheets';
import { TableRow, readRows } from '../read/rows';
import { TableLayout, findTables, hasRole, tableRange } from '../read/tables';
import { CoverageSum, TotalCoverage, coverTotals } from '../read/totals';
import { leadingSubtotals, withOutline } from '../read/outline';
import { PRINTED_STEP_ORE, Unit } from '../read/units';
import { columnLetter } from '../cells';
import { MessageKey } from '../messages';

export interface AnalyseOptions {
  thresholds?: Thresholds;
  /** Sign convention chosen by the user per sheet name, over what was detected. */
  conventions?: Record<string, Convention>;
}

/** What the summary of a table is grouped by: its goal areas, its sections, a dimension column, or account classes. */
export type Grouping =
  | { by: 'goalArea' }
  | { by: 'rows' }
  | { by: 'section' }
  | { by: 'dimension'; header: string; index: number }
  | { by: 'accountClass' }
  | { by: 'table' };

/** The deviation summary of one table. */
export interface TableResult {
  sheet: string;
  range: string;
  unit: Unit;
  convention: Convention;
  conventionReason: ConventionReason;
  layout: TableLayout;
  grouping: Grouping;
  lines: LineDeviation[];
  groups: GroupDeviation[];
  total: TotalDeviation;
  /** How the year so far is compared: null for a whole year; else through which month, and the source of the period budget. */
  period: { through: number | null; budget: 'column' | 'months' | 'prorated' } | null;
}

/** A table with only one side of the comparison (a budget and no outcome, or the reverse): read, but no deviations. */
export interface OneSidedTable {
  layout: TableLayout;
  rows: TableRow[];
  has: 'budget' | 'outcome';
}

export interface Analysis {
  tables: TableResult[];
  /** Tables that lack budget or outcome: reported, never given invented deviations; the join may pair them. */
  oneSided: OneSidedTable[];
  checks: Check[];
  /** Bad input: each names its sheet and cell. */
  errors: InputIssue[];
}

/** Kommun-Bas account classes as an economist groups a plain account list (SPEC 1.8). */
export type AccountGroup = 'income' | 'staff' | 'otherCosts' | 'financial' | 'balance' | 'other';

export function accountGroup(code: string | null): AccountGroup {
  if (code === null) return 'other';
  const cls = accountClass(code);
  if (cls === 'income') return 'income';
  if (cls === 'financial') return 'financial';
  if (cls === 'balance') return 'balance';
  if (cls === 'cost') return code.trim().startsWith('5') ? 'staff' : 'otherCosts';
  return 'other';
}

/** Group names for account classes: message keys, which the render layer words in the workbook's language. */
export const ACCOUNT_GROUP_KEYS: Record<AccountGroup, MessageKey> = {
  income: 'accountGroup.income',
  staff: 'accountGroup.staff',
  otherCosts: 'accountGroup.otherCosts',
  financial: 'accountGroup.financial',
  balance: 'accountGroup.balance',
  other: 'accountGroup.other',
};

/** Choose what the summary groups by, as an economist would (SPEC 1.4, 1.8, 14.5). */
export function chooseGrouping(layout: TableLayout, items: readonly TableRow[]): Grouping {
  if (layout.labelRole === 'goalArea') return { by: 'rows' };
  if (layout.columns.goalArea !== undefined) return { by: 'goalArea' };
  if (items.some((r) => r.section !== null)) return { by: 'section' };
  if (layout.dimensions.length) return { by: 'dimension', header: layout.dimensions[0].header, index: 0 };
  const withAccount = items.filter((r) => accountOf(r) !== null).length;
  if (items.length >= 4 && withAccount * 2 > items.length) return { by: 'accountClass' };
  return { by: 'table' };
}

/** The group a line falls in under a grouping; null for the table's fallback group. */
export function groupKey(grouping: Grouping): (l: LineDeviation) => string | null {
  switch (grouping.by) {
    case 'rows':
    case 'goalArea':
    case 'section':
      return (l) => l.goalArea;
    case 'dimension':
      return (l) => l.source.dimensions[grouping.index] ?? null;
    case 'accountClass':
      return (l) => ACCOUNT_GROUP_KEYS[accountGroup(accountOf(l.source))];
    case 'table':
      return () => null;
  }
}

/**
 * How the table's own last total adds up income and costs together (a plain sum, a result, a net cost), so
 * that the summary's total reads as the table's does; a result (income − costs) when the table does not say.
 */
function mixedAs(coverage: readonly TotalCoverage[], itemCount: number): CoverageSum {
  for (let i = coverage.length - 1; i >= 0; i--) {
    const c = coverage[i];
    if (c.agrees && c.sum !== 'sum') return c.sum;
    if (c.agrees && c.covered.length === itemCount && c.covered.every((r) => r.kind === 'item')) return 'sum';
  }
  return 'income-minus-cost';
}

/**
 * Read every budget table of the workbook and reconcile it: deviations per line, group and table, and
 * every check (SPEC 2). Pure: the same sheets and options always give the same result.
 */
export function analyseWorkbook(sheets: readonly SheetData[], options: AnalyseOptions = {}): Analysis {
  const rule = flagRule(options.thresholds ?? DEFAULT_THRESHOLDS);
  const errors: InputIssue[] = [];
  const read: ReadTable[] = [];
  const tables: TableResult[] = [];
  const oneSided: OneSidedTable[] = [];
  for (const sheet of inputSheets(sheets)) {
    const layouts = findTables(sheet, errors).filter((t) => hasRole(t, 'budget') || hasRole(t, 'periodBudget') || hasRole(t, 'outcome'));
    if (layouts.length > 0 && sheet.visibility === 'hidden') errors.push({ key: 'sheet.hidden', sheet: sheet.name, cell: 'A1' });
    for (const layout of layouts) {
      let rows = readRows(sheet, layout, errors);
      // A pivot in compact form prints each group's sum on its header row: those rows are totals, not lines.
      const outline = layout.labelRole === 'line' && layout.columns.goalArea === undefined ? leadingSubtotals(rows.filter((r) => r.kind === 'item')) : [];
      let leading = new Map<TableRow, TableRow[]>();
      if (outline.length) ({ rows, covers: leading } = withOutline(rows, outline));
      const items = rows.filter((r) => r.kind === 'item');
      if (items.length === 0) {
        errors.push({ key: 'table.noItems', sheet: sheet.name, cell: cellAddress(layout.headerRow, layout.labelCol) });
        continue;
      }
      const hasBudget = hasRole(layout, 'budget') || hasRole(layout, 'periodBudget');
      const hasOutcome = hasRole(layout, 'outcome');
      if (!hasBudget || !hasOutcome) {
        oneSided.push({ layout, rows, has: hasBudget ? 'budget' : 'outcome' });
        continue;
      }
      const step = PRINTED_STEP_ORE[layout.unit];
      const detected = detectConvention(items, step);
      const override = options.conventions?.[sheet.name];
      const convention = override ?? detected.convention;
      const coverage = coverTotals(rows, step, convention, leading);
      read.push({ layout, rows, convention, coverage });
      // The year so far: a period budget column or month columns say it; else the year's budget × months / 12.
      const periodColumn = layout.columns.periodBudget !== undefined;
      const monthBudget = (layout.months.budget ?? []).some((c) => c >= 0) && layout.through !== null;
      const prorate = !periodColumn && !monthBudget && layout.through !== null && hasRole(layout, 'budget') ? layout.through : null;
      const lines = items.map((r) => lineDeviation(r, { convention, prorateThrough: prorate }, rule));
      const grouping = chooseGrouping(layout, items);
      const lastRow = rows[rows.length - 1].row;
      tables.push({
        sheet: sheet.name,
        range: tableRange(layout, lastRow),
        unit: layout.unit,
        convention,
        conventionReason: override ? 'override' : detected.reason,
        layout,
        grouping,
        lines,
        ...groupLines(lines, groupKey(grouping), sheet.name, rule, convention, mixedAs(coverage, items.length)),
        period: periodColumn || monthBudget || prorate !== null ? { through: layout.through, budget: periodColumn ? 'column' : monthBudget ? 'months' : 'prorated' } : null,
      });
    }
  }
  // A statement headed by bare years (`2024 | 2023`) has no budget to expect: the reading report says so, quietly.
  for (const t of oneSided.filter((x) => !x.layout.bareYears)) {
    const missing = t.has === 'budget' ? 'outcome' : 'budget';
    const unknown = t.layout.reading.filter((c) => c.role === null && c.header !== '').map((c) => `${columnLetter(c.col)} ”${c.header}”`);
    errors.push({
      key: missing === 'outcome' ? 'table.noOutcome' : 'table.noBudget',
      sheet: t.layout.sheet,
      cell: cellAddress(t.layout.headerRow, t.layout.firstCol),
      params: { row: t.layout.headerRow + 1, unknown: unknown.length ? unknown.join(', ') : '–' },
    });
  }
  const checks = [
    ...read.flatMap((t) => [...reportedDeviationChecks(t), ...controlTotalChecks(t)]),
    ...crossSheetChecks(read),
    ...read.flatMap(unmappedChecks),
  ];
  return { tables, oneSided, checks, errors };
}
