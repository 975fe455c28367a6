import { SheetData, columnLetter } from '../cells';
import { MessageKey } from '../messages';
import { Convention, ConventionReason } from './convention';
import { LeftOutRows } from './not-lines';
import { ColumnRole } from './vocabulary';
import { TableLayout, UnitSource, addressIn, tableRange } from './tables';
import { Unit } from './units';

/**
 * What was read, and why (SPEC 1.7): for every sheet, used as which table or not used and why; for every
 * table, its header row, each column's role and the header it came from, the unit and the convention with
 * their reasons. Message keys, not sentences: the render layer words it in the reader's language.
 */
export type SheetUse =
  'deviations' | 'budget-only' | 'outcome-only' | 'join' | 'members' | 'fee-parameters' | 'goals' | 'statement' | 'settings' | 'generated' | 'mapping' | 'none';

export interface ColumnReport {
  /** The column's letter (`C`). */
  column: string;
  /** The header as written (two header rows joined with ` / `); empty when the column has none. */
  header: string;
  /** The role it was read as; null when its header was not understood. */
  role: ColumnRole | null;
  from: 'header' | 'mapping' | 'position';
  /** False when another column has the role, or the column is a percentage: read but not used. */
  used: boolean;
  note?: MessageKey;
}

export interface TableReport {
  range: string;
  /** One-based, as Excel shows it: the header row right above the data. */
  headerRow: number;
  unit: Unit;
  unitFrom: UnitSource;
  /** With `unitFrom` format: the unit stated, which the cells are shown in, and the format that shows them so. */
  unitShown?: { unit: Unit; format: string };
  convention: Convention | null;
  conventionWhy: ConventionReason | null;
  /** What the summary groups by, as a message key with the column's header where there is one. */
  groupBy: { key: MessageKey; header?: string; sheet?: string } | null;
  /** The months the comparison covers, when it is for the year so far. */
  through: number | null;
  periodBudget: 'column' | 'months' | 'prorated' | null;
  columns: ColumnReport[];
  /** An unsigned table with income: how many lines say neither income nor cost and are read as costs, and the first. */
  untypedAsCost?: { count: number; cell: string; line: string };
  /** Rows among the lines that are none (key figures, `varav` rows, notes), by why, so that none vanishes unsaid. */
  leftOut?: LeftOutRows[];
}

export interface SheetReport {
  sheet: string;
  used: boolean;
  as: SheetUse;
  why: MessageKey;
  params: Record<string, string | number>;
  /** Where to look: the header row's first cell, or A1. */
  cell: string;
  table: TableReport | null;
}

/** A table's reading report: columns in sheet order, each with its role and where the role came from. */
export function tableReport(
  layout: TableLayout,
  convention: Convention | null,
  conventionWhy: ConventionReason | null,
  extra: Partial<TableReport> = {},
): TableReport {
  return {
    range: tableRange(layout),
    headerRow: (layout.view ? layout.view.origin(layout.headerRow, layout.labelCol).row : layout.headerRow) + 1,
    unit: layout.unit,
    unitFrom: layout.unitSource,
    ...(layout.unitShown ? { unitShown: layout.unitShown } : {}),
    convention,
    conventionWhy,
    groupBy: null,
    through: layout.through,
    periodBudget: null,
    columns: layout.reading.map((c) => ({
      // A table read through a view names the cell its header stands in (`A4` for a Budget row label).
      column: layout.view ? addressIn(layout, layout.headerRow, c.col) : columnLetter(c.col),
      header: c.header,
      role: c.role,
      from: c.from,
      used: c.role !== null && c.unused === undefined,
      ...(c.unused ? { note: c.unused } : c.held ? { note: c.held === 'kr' ? 'column.heldKronor' : 'column.heldTkr' } : {}),
    })),
    ...extra,
  };
}

/** Where a table's report points: its header row's first cell. */
export function tableCell(layout: TableLayout): string {
  return addressIn(layout, layout.headerRow, layout.firstCol);
}

/** A sheet that no reader used, and why: empty, or no header row with an amount in the first 30 rows. */
export function unusedSheet(sheet: SheetData): SheetReport {
  const empty = sheet.values.every((row) => !row || row.every((v) => v === null || v === undefined || v === ''));
  const hidden = sheet.visibility === 'veryHidden';
  return {
    sheet: sheet.name,
    used: false,
    as: 'none',
    why: hidden ? 'reading.veryHidden' : empty ? 'reading.empty' : 'reading.noHeader',
    params: {},
    cell: 'A1',
    table: null,
  };
}
