import { SheetData, cellAddress } from '../cells';
import { Money, add } from '../money';
import { Join, JoinSide, KeyPart, joinKey, joinSides, keyCell } from '../model/join';
import { dimensionWord } from '../model/dimension-word';
import { detectConvention } from '../read/convention';
import { GroupMap, groupOfCode } from '../read/group-map';
import { TableRow, plainRow } from '../read/rows';
import { TableLayout, addressIn } from '../read/tables';
import { InputIssue } from '../issues';
import { PRINTED_STEP_ORE } from '../read/units';
import type { OneSidedTable, TableResult } from './analyze';
import { Check } from './checks';
import { FlagRule, groupLines, lineDeviation } from './figures';
import { Grouping, groupKey, withTypeGroups } from './grouping';

/** A join as the deviation summary shows it: the joined table, and what the join found on the way. */
export interface JoinedTable {
  join: Join;
  result: TableResult;
  checks: Check[];
  /** The two one-sided tables it joined: no longer one-sided. */
  sides: [OneSidedTable, OneSidedTable];
}

const sideOf = (t: OneSidedTable, sheets: readonly SheetData[]): JoinSide => ({
  sheet: sheets.find((s) => s.name === t.layout.sheet)!,
  layout: t.layout,
  rows: t.rows,
});

/**
 * Pair the tables that have only a budget with those that have only an outcome, on the key they share
 * (SPEC 1.8), best overlap first; each table takes part in one join at most. What is left unpaired stays
 * one-sided and is reported as such.
 */
function pairSides(
  oneSided: readonly OneSidedTable[],
  sheets: readonly SheetData[],
  issues: InputIssue[],
): { budget: OneSidedTable; outcome: OneSidedTable; parts: KeyPart[] }[] {
  const candidates: { budget: OneSidedTable; outcome: OneSidedTable; parts: KeyPart[]; overlap: number }[] = [];
  const otherYear = new Set<OneSidedTable>();
  for (const b of oneSided.filter((t) => t.has === 'budget')) {
    for (const o of oneSided.filter((t) => t.has === 'outcome' && !t.layout.bareYears)) {
      const found = joinKey(sideOf(b, sheets), sideOf(o, sheets));
      if (!found) continue;
      // `Budget 2025` on one sheet and `Utfall 2024` on another: last year's accounts are no outcome of this budget.
      const years = { budget: yearOf(b.layout, 'budget'), outcome: yearOf(o.layout, 'outcome') };
      if (years.budget !== undefined && years.outcome !== undefined && years.budget !== years.outcome) {
        if (!otherYear.has(o)) {
          otherYear.add(o);
          const col = o.layout.columns.outcome!;
          issues.push({
            key: 'join.otherYear',
            sheet: o.layout.sheet,
            cell: addressIn(o.layout, o.layout.headerRow, col),
            params: { outcomeYear: years.outcome, budgetYear: years.budget, budgetSheet: b.layout.sheet },
          });
        }
        continue;
      }
      candidates.push({ budget: b, outcome: o, ...found });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap || y.parts.length - x.parts.length);
  const taken = new Set<OneSidedTable>();
  const pairs: typeof candidates = [];
  for (const c of candidates) {
    if (taken.has(c.budget) || taken.has(c.outcome)) continue;
    taken.add(c.budget);
    taken.add(c.outcome);
    pairs.push(c);
  }
  return pairs;
}

/** The year a side's budget or outcome header names (`Budget 2025`, `Utfall 2024`), when its column names one. */
function yearOf(layout: TableLayout, role: 'budget' | 'outcome'): number | undefined {
  const col = layout.columns[role];
  return col === undefined ? undefined : layout.reading.find((c) => c.col === col)?.year;
}

/**
 * What a joined summary groups by: a grouping table in the workbook for the account or a key dimension, the
 * budget's goal areas, the key's dimension, else account classes. The group of each key, where it is not
 * the account class, is put on its line.
 */
function joinGrouping(
  join: Join,
  maps: readonly GroupMap[],
): { grouping: Grouping; groupOf: ((key: readonly string[], row: TableRow) => string | null) | null; map: GroupMap | null } {
  const accountAt = join.key.findIndex((p) => p.kind === 'account');
  const accountMap = accountAt >= 0 ? maps.find((m) => m.keyOf === 'account') : undefined;
  if (accountMap)
    return {
      grouping: { by: 'map', sheet: accountMap.sheet, header: accountMap.groupHeader },
      groupOf: (key) => groupOfCode(accountMap, key[accountAt]),
      map: accountMap,
    };
  for (const [i, p] of join.key.entries()) {
    if (p.kind !== 'dimension') continue;
    const m = maps.find((x) => typeof x.keyOf === 'object' && dimensionWord(x.keyOf.dimension) === p.word);
    if (m) return { grouping: { by: 'map', sheet: m.sheet, header: m.groupHeader }, groupOf: (key) => groupOfCode(m, key[i]), map: m };
  }
  if (join.budget.layout.columns.goalArea !== undefined) return { grouping: { by: 'goalArea' }, groupOf: (_key, row) => row.goalArea, map: null };
  const dim = join.key.findIndex((p) => p.kind === 'dimension');
  if (dim >= 0) return { grouping: { by: 'keyDimension', header: join.keyHeaders[dim] }, groupOf: (key) => key[dim], map: null };
  if (accountAt >= 0) return { grouping: { by: 'accountClass' }, groupOf: null, map: null };
  return { grouping: { by: 'table' }, groupOf: null, map: null };
}

/** The deviation summary of one join: lines per key, the budget for the months compared, groups, and its findings. */
function joinedTable(join: Join, maps: readonly GroupMap[], rule: FlagRule, sides: [OneSidedTable, OneSidedTable]): JoinedTable {
  const { budget, outcome } = join;
  const { grouping: chosen, groupOf, map } = joinGrouping(join, maps);
  const unplaced: { key: string[]; row: TableRow }[] = [];
  const rows = join.rows.map((row, i) => {
    if (!groupOf) return row;
    const key = join.keyRows[i].key;
    const group = groupOf(key, row);
    if (group === null && map) unplaced.push({ key, row });
    return { ...plainRow(row), goalArea: group, section: null, known: undefined };
  });
  const { convention, reason } = detectConvention(rows, PRINTED_STEP_ORE[budget.layout.unit]);
  const prorate = join.periodBudget === 'prorated' ? join.through : null;
  const lines = rows.map((r) => lineDeviation(r, { convention, prorateThrough: prorate }, rule));
  const grouping = withTypeGroups(chosen, lines);
  const result: TableResult = {
    sheet: budget.layout.sheet,
    range: `${budget.layout.sheet} × ${outcome.layout.sheet}`,
    unit: budget.layout.unit,
    convention,
    conventionReason: reason,
    layout: budget.layout,
    grouping,
    lines,
    // Keys a grouping table does not place are grouped apart, never dropped (SPEC 1.8).
    ...groupLines(lines, groupKey(grouping), grouping.by === 'map' ? 'group.notPlaced' : budget.layout.sheet, rule, convention),
    period: join.through === null ? null : { through: join.through, budget: join.periodBudget ?? 'prorated' },
    join,
  };
  return { join, result, checks: joinChecks(join, unplaced, map), sides };
}

/** Join every budget-only table with the outcome-only table it shares a key with. */
export function joinTables(
  oneSided: readonly OneSidedTable[],
  sheets: readonly SheetData[],
  maps: readonly GroupMap[],
  rule: FlagRule,
  issues: InputIssue[] = [],
): JoinedTable[] {
  return pairSides(oneSided, sheets, issues).map(({ budget, outcome, parts }) =>
    joinedTable(joinSides(sideOf(budget, sheets), sideOf(outcome, sheets), parts), maps, rule, [budget, outcome]),
  );
}

const keyText = (key: readonly string[]) => key.join(' / ');

function sumOf(rows: readonly TableRow[], role: 'budget' | 'outcome'): Money | null {
  let s: Money | null = null;
  for (const r of rows) if (r[role] !== null) s = s === null ? r[role] : add(s, r[role]!);
  return s;
}

/** Findings of a join: keys on one side only, a key twice in the budget, codes a grouping table does not place. */
function joinChecks(join: Join, unplaced: readonly { key: string[]; row: TableRow }[], map: GroupMap | null): Check[] {
  const checks: Check[] = [];
  const { budget, outcome } = join;
  const rowsText = (rows: readonly TableRow[]) =>
    rows
      .slice(0, 10)
      .map((r) => r.row + 1)
      .join(', ') + (rows.length > 10 ? ' …' : '');
  const base = { kind: 'unmapped' as const, class: 'info' as const, difference: null };
  for (const e of join.keyRows) {
    const b = e.budgetRows[0];
    const o = e.outcomeRows[0];
    const line = (b ?? o).label;
    if (b && !o) {
      checks.push({
        ...base,
        sheet: budget.layout.sheet,
        cell: keyCell(budget, b, 'budget'),
        expected: sumOf(e.budgetRows, 'budget'),
        found: null,
        messageKey: 'check.join.noOutcome',
        params: { key: keyText(e.key), line, outcomeSheet: outcome.layout.sheet },
      });
    } else if (o && !b) {
      checks.push({
        ...base,
        sheet: outcome.layout.sheet,
        cell: keyCell(outcome, o, 'outcome'),
        expected: null,
        found: sumOf(e.outcomeRows, 'outcome'),
        messageKey: 'check.join.notBudgeted',
        params: { key: keyText(e.key), line, budgetSheet: budget.layout.sheet, rows: rowsText(e.outcomeRows), count: e.outcomeRows.length },
      });
    }
    if (e.budgetRows.length > 1) {
      checks.push({
        ...base,
        sheet: budget.layout.sheet,
        cell: keyCell(budget, e.budgetRows[1], 'budget'),
        expected: null,
        found: sumOf(e.budgetRows, 'budget'),
        messageKey: 'check.join.twiceInBudget',
        params: { key: keyText(e.key), line, rows: rowsText(e.budgetRows) },
      });
    }
  }
  if (join.budgetTurned) {
    const t = join.budgetTurned;
    const messageKey = t.income && t.cost ? 'check.join.budgetTurned.all' : t.income ? 'check.join.budgetTurned.income' : 'check.join.budgetTurned.cost';
    const col = budget.layout.columns.budget ?? budget.layout.columns.periodBudget ?? budget.layout.labelCol;
    checks.push({
      ...base,
      sheet: budget.layout.sheet,
      cell: cellAddress(budget.layout.headerRow, col),
      expected: null,
      found: null,
      messageKey,
      params: { budgetSheet: budget.layout.sheet, outcomeSheet: outcome.layout.sheet },
    });
  }
  if (join.outcomeTurned) {
    const t = join.outcomeTurned;
    const messageKey = t.income && t.cost ? 'check.join.outcomeTurned.all' : t.income ? 'check.join.outcomeTurned.income' : 'check.join.outcomeTurned.cost';
    const col = outcome.layout.columns.outcome ?? outcome.layout.labelCol;
    checks.push({
      ...base,
      sheet: outcome.layout.sheet,
      cell: cellAddress(outcome.layout.headerRow, col),
      expected: null,
      found: null,
      messageKey,
      params: { budgetSheet: budget.layout.sheet, outcomeSheet: outcome.layout.sheet },
    });
  }
  // Outcome rows that are no part of the join (another year's, balance accounts'): how many, at the first of them.
  const leftOut = (rows: readonly TableRow[], messageKey: 'check.join.otherYearRows' | 'check.join.balanceAccounts', more: Record<string, string> = {}) =>
    rows.length &&
    checks.push({
      ...base,
      sheet: outcome.layout.sheet,
      cell: keyCell(outcome, rows[0], 'outcome'),
      expected: null,
      found: null,
      messageKey,
      params: { count: rows.length, rows: rowsText(rows), outcomeSheet: outcome.layout.sheet, budgetSheet: budget.layout.sheet, ...more },
    });
  leftOut(join.otherYearRows, 'check.join.otherYearRows', { years: [...new Set(join.otherYearRows.map((r) => r.year))].sort().join(', ') });
  leftOut(join.balanceRows, 'check.join.balanceAccounts');
  for (const u of unplaced) {
    checks.push({
      ...base,
      sheet: map!.sheet,
      cell: map!.cell,
      expected: null,
      found: null,
      messageKey: 'check.join.notPlaced',
      params: { key: keyText(u.key), line: u.row.label, mapSheet: map!.sheet, group: map!.groupHeader },
    });
  }
  return checks;
}
