import { SheetData, cellAddress } from '../cells';
import { Check, ReadTable, controlTotalChecks, crossSheetChecks, reportedDeviationChecks, unmappedChecks } from './checks';
import { Convention, ConventionReason, detectConvention } from '../read/convention';
import { Grouping, chooseGrouping, groupKey, withTypeGroups } from './grouping';
export type { Grouping } from './grouping';
import { DEFAULT_THRESHOLDS, GroupDeviation, LineDeviation, Thresholds, TotalDeviation, flagRule, groupLines, lineDeviation } from './figures';
import { InputIssue } from '../issues';
import { inputSheets } from '../read/sheets';
import { TableRow, itemsOf, readRows } from '../read/rows';
import { LeftOutRows } from '../read/not-lines';
import { TableLayout, addressIn, hasRole, tableRange } from '../read/tables';
import { matchHeader } from '../read/headers';
import { GroupMap, findGroupMaps } from '../read/group-map';
import { Join } from '../model/join';
import { SheetMapping } from '../read/mapping';
import { sheetNameKey } from '../marks';
import { joinTables } from './joined';
import { outcomeWithoutSign } from './unsigned-outcome';
import { splitByType } from './long-form';
import { besideGroups, groupTotalChecks, groupTotals } from './beside-totals';
import { sheetTables } from '../read/sheet-tables';
import { CoverageSum, TotalCoverage, coverTotals } from '../read/totals';
import { leadingSubtotals, withOutline } from '../read/outline';
import { indentedSubtotals } from '../read/indent';
import { PRINTED_STEP_ORE, Unit } from '../read/units';
import { columnLetter } from '../cells';
import { typesFromDeviation } from './type-from-deviation';

export interface AnalyseOptions {
  thresholds?: Thresholds;
  /** Sign convention chosen by the user per sheet name, over what was detected. */
  conventions?: Record<string, Convention>;
  /** What the user says sheets hold: columns, header row, unit (SPEC 1.6). */
  mappings?: readonly SheetMapping[];
}

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
  /** For a budget and an outcome on two sheets: how they were joined (SPEC 1.8). */
  join?: Join;
  /** How a rollup of income and costs together is shown: as the table's own total adds them (a result by default). */
  mixedAs?: CoverageSum;
  /** Rows among the lines that are none (key figures, `varav` rows, notes), by why; absent when there are none. */
  leftOut?: LeftOutRows[];
}

/** A table with only one side of the comparison (a budget and no outcome, or the reverse): read, but no deviations. */
export interface OneSidedTable {
  layout: TableLayout;
  rows: TableRow[];
  has: 'budget' | 'outcome';
  leftOut?: LeftOutRows[];
}

export interface Analysis {
  tables: TableResult[];
  /** Grouping tables in the workbook (`Konto | Målområde`) that a join used or could use. */
  groupMaps: GroupMap[];
  /** Tables that lack budget or outcome: reported, never given invented deviations; the join may pair them. */
  oneSided: OneSidedTable[];
  checks: Check[];
  /** Bad input: each names its sheet and cell. */
  errors: InputIssue[];
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
  const besideChecks: Check[] = [];
  const typeChecks: Check[] = [];
  for (const sheet of inputSheets(sheets)) {
    const mapping = options.mappings?.find((m) => sheetNameKey(m.sheet) === sheetNameKey(sheet.name));
    const { source, layouts } = sheetTables(sheet, errors, mapping);
    if (layouts.length > 0 && sheet.visibility === 'hidden') errors.push({ key: 'sheet.hidden', sheet: sheet.name, cell: 'A1' });
    const readFirst = layouts.map((layout) => {
      const leftOut: LeftOutRows[] = [];
      return { layout, rows: readRows(source, layout, errors, leftOut), leftOut: leftOut.length ? { leftOut } : {} };
    });
    // Totals under tables side by side that add up all of them are checked across the group, not in one table.
    const groups = besideGroups(readFirst).map((g) => ({ g, groupTotal: groupTotals(g) }));
    for (const { groupTotal } of groups)
      for (const m of readFirst) if (m.rows.some((r) => groupTotal.has(r))) m.rows = m.rows.filter((r) => !groupTotal.has(r));
    for (const { layout, rows: readRowsOfLayout, leftOut } of readFirst) {
      let rows = readRowsOfLayout;
      // Levels by leading spaces with each parent's sum on its own row, above its children: those rows are totals,
      // nested as the spaces say (before the pivot's outline below, which knows one level only).
      const nested = layout.labelRole === 'line' && !layout.view ? indentedSubtotals(rows, source, layout.labelCol) : null;
      // A pivot in compact form prints each group's sum on its header row: those rows are totals, not lines.
      const outline = !nested && layout.labelRole === 'line' && layout.columns.goalArea === undefined ? leadingSubtotals(itemsOf(rows)) : [];
      let leading = new Map<TableRow, TableRow[]>();
      if (nested) ({ rows, covers: leading } = nested);
      else if (outline.length) ({ rows, covers: leading } = withOutline(rows, outline));
      const items = itemsOf(rows);
      if (items.length === 0) {
        errors.push({ key: 'table.noItems', sheet: sheet.name, cell: addressIn(layout, layout.headerRow, layout.labelCol) });
        continue;
      }
      const hasBudget = hasRole(layout, 'budget') || hasRole(layout, 'periodBudget');
      const hasOutcome = hasRole(layout, 'outcome');
      if (!hasBudget || !hasOutcome) {
        const one: OneSidedTable = { layout, rows, has: hasBudget ? 'budget' : 'outcome', ...leftOut };
        oneSided.push(...(splitByType(one, source) ?? [one]));
        continue;
      }
      const step = PRINTED_STEP_ORE[layout.unit];
      const detected = detectConvention(items, step);
      const override = options.conventions?.[sheet.name];
      const convention = override ?? detected.convention;
      // `Behandlingsavgifter` a cost where the table's own Avvikelse says so (named at the cell, never silent).
      if (convention === 'unsigned') typeChecks.push(...typesFromDeviation(layout, items, step));
      const coverage = coverTotals(rows, step, convention, leading);
      read.push({ layout, rows, convention, coverage });
      // The year so far: a period budget column or month columns say it; else the year's budget × months / 12.
      const periodColumn = layout.columns.periodBudget !== undefined;
      const monthBudget = (layout.months.budget ?? []).some((c) => c >= 0) && layout.through !== null;
      const prorate = !periodColumn && !monthBudget && layout.through !== null && hasRole(layout, 'budget') ? layout.through : null;
      const comparison = { convention, prorateThrough: prorate };
      // The year so far (`Utfall ack`, `Hittills`, `Year to date`) with no month told anywhere, beside the year's budget only.
      const outcomeCell = layout.columns.outcome;
      if (
        !periodColumn &&
        !monthBudget &&
        prorate === null &&
        layout.throughSource === null &&
        outcomeCell !== undefined &&
        matchHeader((layout.headers.outcome ?? '').replace(' / ', ' '))?.cumulative
      ) {
        errors.push({
          key: 'table.partYearUnknown',
          sheet: sheet.name,
          cell: addressIn(layout, layout.headerRow, outcomeCell),
          params: { header: layout.headers.outcome ?? '' },
        });
      }
      const lines = outcomeWithoutSign(layout, items, convention, errors).map((r) => lineDeviation(r, comparison, rule));
      const grouping = withTypeGroups(chooseGrouping(layout, items), lines);
      const lastRow = rows[rows.length - 1].row;
      const mixed = mixedAs(coverage, items.length);
      tables.push({
        sheet: sheet.name,
        range: tableRange(layout, lastRow),
        unit: layout.unit,
        convention,
        conventionReason: override ? 'override' : detected.reason,
        layout,
        grouping,
        lines,
        ...groupLines(lines, groupKey(grouping), sheet.name, rule, convention, mixed),
        mixedAs: mixed,
        ...leftOut,
        period:
          periodColumn || monthBudget || prorate !== null
            ? { through: layout.through, budget: periodColumn ? 'column' : monthBudget ? 'months' : 'prorated' }
            : null,
      });
    }
    for (const { g, groupTotal } of groups) {
      if (groupTotal.size === 0) continue;
      const members = g.members.map((m) => read.find((t) => t.layout === m.layout));
      // A table of the group that could not be compared leaves nothing to add the total up from: named, not checked.
      if (members.some((t) => t === undefined)) {
        for (const [r, layout] of groupTotal)
          besideChecks.push({
            kind: 'control-total',
            class: 'info',
            sheet: sheet.name,
            cell: cellAddress(r.row, layout.labelCol),
            expected: null,
            found: null,
            difference: null,
            messageKey: 'check.besideNotAdded',
            params: { line: r.label },
          });
      } else besideChecks.push(...groupTotalChecks(members as ReadTable[], groupTotal));
    }
  }
  // A budget on one sheet and the ledger on another: joined on the key they share (SPEC 1.8).
  const groupMaps = findGroupMaps(
    inputSheets(sheets).filter((s) => !tables.some((t) => t.sheet === s.name) && !oneSided.some((t) => t.layout.sheet === s.name)),
  );
  const joined = joinTables(oneSided, inputSheets(sheets), groupMaps, rule, errors);
  const paired = new Set(joined.flatMap((j) => j.sides));
  for (const j of joined) tables.push(j.result);
  // Printed totals on a budget or a ledger sheet still have to foot (a statement's year columns are the goals' to check).
  for (const t of oneSided.filter((x) => !x.layout.bareYears)) {
    const step = PRINTED_STEP_ORE[t.layout.unit];
    const convention = detectConvention(itemsOf(t.rows), step).convention;
    read.push({ layout: t.layout, rows: t.rows, convention, coverage: coverTotals(t.rows, step, convention) });
  }
  const unpaired = oneSided.filter((t) => !paired.has(t));
  // A statement headed by bare years (`2024 | 2023`) has no budget to expect: the reading report says so, quietly.
  // So does a side sheet (the ledger a LETARAD column reads from) in a workbook that reconciles elsewhere.
  const reconcilesElsewhere = tables.length > 0;
  // A table whose outcome is two columns that cannot be told apart has been named at its header already.
  const said = (t: OneSidedTable) => t.layout.reading.some((c) => c.unused === 'column.outcomeUnsettled');
  for (const t of unpaired.filter((x) => !x.layout.bareYears && !reconcilesElsewhere && !said(x))) {
    const missing = t.has === 'budget' ? 'outcome' : 'budget';
    const unknown = t.layout.reading.filter((c) => c.role === null && c.header !== '' && !c.unused).map((c) => `${columnLetter(c.col)} ”${c.header}”`);
    errors.push({
      key: missing === 'outcome' ? 'table.noOutcome' : 'table.noBudget',
      sheet: t.layout.sheet,
      cell: addressIn(t.layout, t.layout.headerRow, t.layout.firstCol),
      params: { row: t.layout.headerRow + 1, unknown: unknown.length ? unknown.join(', ') : '–' },
    });
  }
  const sideTables = new Set<TableLayout>(oneSided.map((t) => t.layout));
  const twoSided = read.filter((t) => !sideTables.has(t.layout));
  const checks = [
    ...read.flatMap((t) => [...reportedDeviationChecks(t), ...controlTotalChecks(t)]),
    ...crossSheetChecks(twoSided),
    ...twoSided.flatMap(unmappedChecks),
    ...joined.flatMap((j) => j.checks),
    ...besideChecks,
    ...typeChecks,
  ];
  return { tables, oneSided: unpaired, groupMaps, checks, errors };
}
