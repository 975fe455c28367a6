import { SheetData, cellAddress } from '../cells';
import { Check, ReadTable, controlTotalChecks, crossSheetChecks, reportedDeviationChecks, unmappedChecks } from './checks';
import { Convention, ConventionReason, detectConvention } from '../read/convention';
import { DEFAULT_THRESHOLDS, Figures, GroupDeviation, LineDeviation, Thresholds, flagRule, groupByGoalArea, lineDeviation } from './figures';
import { InputIssue } from '../issues';
import { inputSheets } from '../read/sheets';
import { readRows } from '../read/rows';
import { TableLayout, findTables, tableRange } from '../read/tables';
import { coverTotals } from '../read/totals';
import { PRINTED_STEP_ORE, Unit } from '../read/units';

export interface AnalyseOptions {
  thresholds?: Thresholds;
  /** Sign convention chosen by the user per sheet name, over what was detected. */
  conventions?: Record<string, Convention>;
}

/** The deviation summary of one table. */
export interface TableResult {
  sheet: string;
  range: string;
  unit: Unit;
  convention: Convention;
  conventionReason: ConventionReason;
  layout: TableLayout;
  lines: LineDeviation[];
  groups: GroupDeviation[];
  total: Figures;
}

export interface Analysis {
  tables: TableResult[];
  checks: Check[];
  /** Bad input: each names its sheet and cell. */
  errors: InputIssue[];
}

/**
 * Read every budget table of the workbook and reconcile it: deviations per line, goal area and table, and
 * every check (SPEC 2). Pure: the same sheets and options always give the same result.
 */
export function analyseWorkbook(sheets: readonly SheetData[], options: AnalyseOptions = {}): Analysis {
  const rule = flagRule(options.thresholds ?? DEFAULT_THRESHOLDS);
  const errors: InputIssue[] = [];
  const read: ReadTable[] = [];
  const tables: TableResult[] = [];
  for (const sheet of inputSheets(sheets)) {
    const layouts = findTables(sheet, errors).filter((t) => t.columns.budget !== undefined || t.columns.outcome !== undefined);
    if (layouts.length > 0 && sheet.visibility === 'hidden') errors.push({ key: 'sheet.hidden', sheet: sheet.name, cell: 'A1' });
    for (const layout of layouts) {
      const rows = readRows(sheet, layout, errors);
      const items = rows.filter((r) => r.kind === 'item');
      if (items.length === 0) {
        errors.push({ key: 'table.noItems', sheet: sheet.name, cell: cellAddress(layout.headerRow, layout.labelCol) });
        continue;
      }
      const step = PRINTED_STEP_ORE[layout.unit];
      const detected = detectConvention(items, step);
      const override = options.conventions?.[sheet.name];
      const convention = override ?? detected.convention;
      const coverage = coverTotals(rows, step);
      read.push({ layout, rows, convention, coverage });
      const lines = items.map((r) => lineDeviation(r, convention, rule));
      const lastRow = rows[rows.length - 1].row;
      tables.push({
        sheet: sheet.name,
        range: tableRange(layout, lastRow),
        unit: layout.unit,
        convention,
        conventionReason: override ? 'override' : detected.reason,
        layout,
        lines,
        ...groupByGoalArea(lines, sheet.name, rule),
      });
    }
  }
  const checks = [
    ...read.flatMap((t) => [...reportedDeviationChecks(t), ...controlTotalChecks(t)]),
    ...crossSheetChecks(read),
    ...read.flatMap(unmappedChecks),
  ];
  return { tables, checks, errors };
}
