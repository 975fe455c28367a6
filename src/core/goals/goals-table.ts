import { SheetData, cellAddress, cellAt, cellText } from '../cells';
import { InputIssue } from '../issues';
import { HEADER_SEARCH_ROWS } from '../read/tables';
import { normaliseLabel } from '../read/text';
import { Unit, unitFromText } from '../read/units';
import { Operator, Threshold, parseOperator, parseThreshold } from './condition';

/**
 * The goals table (SPEC 5): `Finansiellt mål | Nyckeltal | Villkor | Gränsvärde`, in English
 * `Financial goal | Metric | Condition | Threshold`, on any sheet. The name column may be left out; the
 * other three make the table. It ends at the first blank row after its goals.
 */
export interface GoalRow {
  sheet: string;
  /** Zero-based sheet row. */
  row: number;
  name: string;
  metric: string;
  /** A1 addresses of the metric, condition and threshold cells, for messages. */
  cells: { metric: string; condition: string; threshold: string };
  /** The condition as written, shown as it is when it cannot be read. */
  condition: string;
  /** Null when unreadable (reported). */
  operator: Operator | null;
  threshold: Threshold | null;
  thresholdText: string;
  /** The unit the threshold header names (`Gränsvärde (mnkr)`), for plain numbers. */
  thresholdUnit: Unit | null;
  /** A row of a goals table, or a goal written as a sentence (see sentences.ts). */
  from: 'table' | 'sentence';
}

type GoalColumn = 'name' | 'metric' | 'condition' | 'threshold';

const HEADERS: Record<GoalColumn, readonly string[]> = {
  name: ['finansiellt mål', 'finansiella mål', 'mål', 'målformulering', 'financial goal', 'financial goals', 'financial target', 'goal'],
  metric: ['nyckeltal', 'mått', 'formel', 'metric', 'measure', 'key ratio', 'indicator', 'formula'],
  condition: ['villkor', 'jämförelse', 'operator', 'condition', 'comparison'],
  threshold: ['gränsvärde', 'målvärde', 'målnivå', 'nivå', 'threshold', 'target', 'target value', 'limit'],
};

/**
 * A goals table's header row as the budget reader sees it (`Finansiellt mål | Målvärde | Utfall 2024 | Utfall
 * 2023`): a goal column and a target column. Its outcome column holds the author's text (`11,2 mnkr`, `96 %`),
 * not a ledger's amounts: it is the goals' to read, not a budget table without a budget.
 */
export function isGoalsHeader(headers: readonly string[]): boolean {
  const columns = headers.map(goalColumn);
  return columns.includes('name') && columns.includes('threshold');
}

function goalColumn(text: string): GoalColumn | null {
  const s = normaliseLabel(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+(19|20)\d\d$/, '')
    .replace(/\s+/g, ' ')
    .replace(/:$/, '')
    .trim();
  for (const [column, words] of Object.entries(HEADERS) as [GoalColumn, readonly string[]][]) if (words.includes(s)) return column;
  return null;
}

interface GoalHeader {
  row: number;
  columns: Partial<Record<GoalColumn, number>>;
  thresholdUnit: Unit | null;
}

function goalHeader(sheet: SheetData, row: number): GoalHeader | null {
  const columns: Partial<Record<GoalColumn, number>> = {};
  let thresholdUnit: Unit | null = null;
  (sheet.values[row] ?? []).forEach((v, col) => {
    if (typeof v !== 'string') return;
    const column = goalColumn(v);
    if (column === null || columns[column] !== undefined) return;
    columns[column] = col;
    if (column === 'threshold') thresholdUnit = unitFromText(v);
  });
  const complete = columns.metric !== undefined && columns.condition !== undefined && columns.threshold !== undefined;
  return complete ? { row, columns, thresholdUnit } : null;
}

function readGoals(sheet: SheetData, header: GoalHeader, lastRow: number, issues: InputIssue[]): GoalRow[] {
  const { metric: metricCol, condition: conditionCol, threshold: thresholdCol, name: nameCol } = header.columns as Record<GoalColumn, number>;
  const goals: GoalRow[] = [];
  for (let r = header.row + 1; r <= lastRow; r++) {
    const text = (col: number | undefined) => (col === undefined ? '' : cellText(cellAt(sheet, r, col)).trim());
    const [name, metric, condition, thresholdText] = [text(nameCol), text(metricCol), text(conditionCol), text(thresholdCol)];
    // The table is contiguous, as an Excel table is: a blank row after its goals ends it. A row with only
    // a name is a note under the table (`Beslutade av direktionen …`), not a goal.
    if (metric === '' && condition === '' && thresholdText === '') {
      if (name === '' && goals.length > 0) break;
      continue;
    }
    const cells = { metric: cellAddress(r, metricCol), condition: cellAddress(r, conditionCol), threshold: cellAddress(r, thresholdCol) };
    const at = (cell: string) => ({ sheet: sheet.name, cell });
    const goalName = name || metric;
    if (metric === '') {
      issues.push({ key: 'goals.missingMetric', ...at(cells.metric), params: { goal: goalName || `#${r + 1}` } });
      continue;
    }
    const operator = parseOperator(cellAt(sheet, r, conditionCol));
    if (operator === null)
      issues.push({
        key: condition === '' ? 'goals.missingCondition' : 'goals.badCondition',
        ...at(cells.condition),
        params: { goal: goalName, text: condition },
      });
    const threshold = parseThreshold(cellAt(sheet, r, thresholdCol));
    if (threshold === null)
      issues.push({
        key: thresholdText === '' ? 'goals.missingThreshold' : 'goals.badThreshold',
        ...at(cells.threshold),
        params: { goal: goalName, text: thresholdText },
      });
    goals.push({
      sheet: sheet.name,
      row: r,
      name: goalName,
      metric,
      cells,
      condition,
      operator,
      threshold,
      thresholdText,
      thresholdUnit: header.thresholdUnit,
      from: 'table',
    });
  }
  return goals;
}

export interface GoalTables {
  /** How many goals tables were found (one may have no readable goal). */
  tables: number;
  goals: GoalRow[];
  /** The rows each table takes up, header included, by sheet: no sentence is looked for there. */
  rows: Map<string, { from: number; to: number }[]>;
}

/** Every goal of every goals table on the given sheets, in workbook order; unreadable cells are reported. */
export function readGoalTables(sheets: readonly SheetData[], issues: InputIssue[]): GoalTables {
  const goals: GoalRow[] = [];
  const rows = new Map<string, { from: number; to: number }[]>();
  let tables = 0;
  for (const sheet of sheets) {
    const headers: GoalHeader[] = [];
    for (let row = 0; row < Math.min(sheet.values.length, HEADER_SEARCH_ROWS); row++) {
      const header = goalHeader(sheet, row);
      if (header) headers.push(header);
    }
    headers.forEach((header, i) => {
      const lastRow = i + 1 < headers.length ? headers[i + 1].row - 1 : sheet.values.length - 1;
      const read = readGoals(sheet, header, lastRow, issues);
      goals.push(...read);
      const to = read.length ? read[read.length - 1].row : header.row;
      rows.set(sheet.name, [...(rows.get(sheet.name) ?? []), { from: header.row, to }]);
    });
    tables += headers.length;
  }
  return { tables, goals, rows };
}
