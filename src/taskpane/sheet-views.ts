import { columnLetter } from '../core/cells';
import { Convention } from '../core/read/convention';
import { HEAD_COLUMNS, SheetHead, likelyHeaderRow } from '../core/read/heads';
import { MappedRole, SheetMapping, columnIndex } from '../core/read/mapping';
import { ColumnReport, SheetReport, TableReport } from '../core/read/report';
import { Unit } from '../core/read/units';
import { Reconciliation } from '../core/reconcile';

/** One column as the Tables step offers it: its letter, its header on the header row, and the role it has now. */
export interface ColumnView {
  col: number;
  column: string;
  header: string;
  /** The role the column has: the user's (settings sheet or pane), else what its header was read as; null when not understood. */
  role: MappedRole | null;
  mapped: boolean;
  report: ColumnReport | null;
}

/** What the Tables step shows of one sheet: how it was read, and what the user can choose. */
export interface SheetView {
  sheet: string;
  reports: SheetReport[];
  /** The report of the table the choices apply to (the sheet's first budget or outcome table), or null. */
  table: TableReport | null;
  /** What is missing for deviations, said to the user. */
  missing: 'outcome' | 'budget' | 'both' | null;
  /** A budget or outcome table, or a sheet with content no reader used: its columns can be given roles. */
  mappable: boolean;
  headerRow: number;
  /** Rows the header can be on: the first rows with content, each with its first texts. */
  headerRows: { row: number; text: string }[];
  unit: Unit | null;
  convention: Convention | null;
  columns: ColumnView[];
  /** The sheet has columns with content past those offered. */
  moreColumns: boolean;
}

/** The pane's choices over the settings sheet's, for this session: column roles, header row, unit, convention per sheet. */
export interface Choices {
  mappings: SheetMapping[];
  conventions: Record<string, Convention>;
}

export const NO_CHOICES: Choices = { mappings: [], conventions: {} };

const TABLE_USES = new Set<SheetReport['as']>(['deviations', 'join', 'budget-only', 'outcome-only']);
const HIDDEN_USES = new Set<SheetReport['as']>(['generated', 'settings']);
/** Single roles: a sheet has one column of each (as on the settings sheet). */
const MANY_ALLOWED = new Set<MappedRole>(['key', 'dimension', 'ignore', 'comment']);
const sameSheet = (a: string, b: string) => a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');

/**
 * Every user sheet as the Tables step shows it (SPEC 1.6, 1.7): the reading report's verdict, the table's
 * header row, unit and convention, and each column with its role, the user's mapping (from the settings sheet
 * and the pane, as the run used them) over what was read. Sheets no reader used are offered too, with the
 * columns of their likely header row, so the user can say what they hold.
 */
export function sheetViews(result: Pick<Reconciliation, 'reading' | 'heads' | 'settings'>): SheetView[] {
  const views: SheetView[] = [];
  for (const head of result.heads) {
    const reports = result.reading.filter((r) => r.sheet === head.sheet && !HIDDEN_USES.has(r.as));
    if (reports.length === 0) continue;
    const tableReport = reports.find((r) => TABLE_USES.has(r.as) && r.table !== null) ?? null;
    const table = tableReport?.table ?? null;
    const unused = reports.every((r) => r.as === 'none');
    const hasContent = head.rows.some((row) => row.some((t) => t !== ''));
    const mapping = result.settings.mappings.find((m) => sameSheet(m.sheet, head.sheet)) ?? null;
    const headerRow = table?.headerRow ?? mapping?.headerRow ?? likelyHeaderRow(head);
    // A sheet some reader used (an income statement for the goals, say) lacks nothing worth a warning.
    const usedOtherwise = reports.some((r) => r.used);
    const missing = usedOtherwise
      ? null
      : tableReport?.as === 'budget-only'
        ? 'outcome'
        : tableReport?.as === 'outcome-only'
          ? 'budget'
          : unused && hasContent && reports.some((r) => r.why === 'reading.noHeader')
            ? 'both'
            : null;
    const mappable = table !== null || (unused && hasContent && head.width > 0);
    const offered = Math.min(head.width, HEAD_COLUMNS);
    views.push({
      sheet: head.sheet,
      reports,
      table,
      missing,
      mappable,
      headerRow,
      headerRows: headerRowChoices(head, headerRow),
      unit: mapping?.unit ?? table?.unit ?? null,
      convention: result.settings.conventions[head.sheet] ?? table?.convention ?? null,
      columns: mappable ? columnViews(head, headerRow, table, mapping) : [],
      moreColumns: mappable && head.width > offered,
    });
  }
  return views;
}

/** The columns offered: those with a header text, those read, those mapped; in sheet order. */
function columnViews(head: SheetHead, headerRow: number, table: TableReport | null, mapping: SheetMapping | null): ColumnView[] {
  const headerTexts = head.rows[headerRow - 1] ?? [];
  // A table read through a view (blocks, a table laid across) names header cells (`A4`), not columns: none to map.
  const reported = new Map(
    (table?.columns ?? []).flatMap((c) => {
      const col = columnIndex(c.column);
      return col === null ? [] : [[col, c] as const];
    }),
  );
  const mapped = new Map((mapping?.columns ?? []).map((c) => [c.col, c.role]));
  const cols = new Set<number>([...reported.keys(), ...mapped.keys()]);
  headerTexts.forEach((t, c) => t !== '' && cols.add(c));
  // A column with amounts but no header text is offered too (a header the user left blank).
  for (let r = headerRow; r < Math.min(head.rows.length, headerRow + 5); r++) head.numeric[r]?.forEach((n, c) => n && cols.add(c));
  return [...cols]
    .filter((c) => c < HEAD_COLUMNS)
    .sort((a, b) => a - b)
    .map((col) => {
      const report = reported.get(col) ?? null;
      const own = mapped.get(col);
      return {
        col,
        column: columnLetter(col),
        header: report?.header || headerTexts[col] || '',
        role: own ?? report?.role ?? null,
        mapped: own !== undefined,
        report,
      };
    });
}

function headerRowChoices(head: SheetHead, current: number): { row: number; text: string }[] {
  const rows = head.rows
    .map((cells, i) => ({
      row: i + 1,
      text: cells
        .filter((t) => t !== '')
        .slice(0, 4)
        .join(' · '),
    }))
    .filter((r) => r.text !== '' || r.row === current);
  if (!rows.some((r) => r.row === current)) rows.push({ row: current, text: '' });
  return rows.sort((a, b) => a.row - b.row);
}

/** The choices with one column given a role: the column's earlier choice goes, and a single role leaves any other column. */
export function withColumnRole(choices: Choices, sheet: string, col: number, role: MappedRole): Choices {
  return withSheet(choices, sheet, (m) => ({
    ...m,
    columns: [...m.columns.filter((c) => c.col !== col && (MANY_ALLOWED.has(role) || c.role !== role)), { col, role }],
  }));
}

export function withHeaderRow(choices: Choices, sheet: string, headerRow: number): Choices {
  return withSheet(choices, sheet, (m) => ({ ...m, headerRow }));
}

export function withUnit(choices: Choices, sheet: string, unit: Unit): Choices {
  return withSheet(choices, sheet, (m) => ({ ...m, unit }));
}

export function withConvention(choices: Choices, sheet: string, convention: Convention): Choices {
  return { ...choices, conventions: { ...choices.conventions, [sheet]: convention } };
}

function withSheet(choices: Choices, sheet: string, change: (m: SheetMapping) => SheetMapping): Choices {
  const prior = choices.mappings.find((m) => sameSheet(m.sheet, sheet)) ?? { sheet, columns: [] };
  return { ...choices, mappings: [...choices.mappings.filter((m) => m !== prior), change(prior)] };
}
