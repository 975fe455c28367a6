import { MessageKey } from '../messages';
import { accountClass, accountOf } from '../read/convention';
import { TableRow } from '../read/rows';
import { TableLayout } from '../read/tables';
import { LineDeviation } from './figures';

/** What the summary of a table is grouped by: its goal areas, its sections, a dimension column, or account classes. */
export type Grouping =
  | { by: 'goalArea' }
  | { by: 'rows' }
  | { by: 'section' }
  | { by: 'dimension'; header: string; index: number }
  | { by: 'accountClass' }
  | { by: 'table' }
  /** A table with no groups of its own that holds both income and costs: Intäkter and Kostnader, as a result statement groups. */
  | { by: 'type' }
  /** A grouping table in the workbook (`Konto | Målområde`), or a dimension of a join's key: the group is on each line. */
  | { by: 'map'; sheet: string; header: string }
  | { by: 'keyDimension'; header: string };

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

/** Whether a table's groups are goal areas (its rows, or a goal-area column): then they are headed Målområde, else Område. */
export const byGoalArea = (grouping: Grouping): boolean => grouping.by === 'rows' || grouping.by === 'goalArea';

/**
 * A table with nothing to group by whose lines are both income and costs is grouped as Intäkter and Kostnader:
 * its summary then shows what came in and what went out, not only a net total that may well be zero.
 */
export function withTypeGroups(grouping: Grouping, lines: readonly LineDeviation[]): Grouping {
  if (grouping.by !== 'table') return grouping;
  let income = false;
  let cost = false;
  for (const l of lines) {
    if (l.type === 'income') income = true;
    else cost = true;
    if (income && cost) return { by: 'type' };
  }
  return grouping;
}

/** The group a line falls in under a grouping; null for the table's fallback group. */
export function groupKey(grouping: Grouping): (l: LineDeviation) => string | null {
  switch (grouping.by) {
    case 'rows':
    case 'goalArea':
    case 'section':
    case 'map':
    case 'keyDimension':
      return (l) => l.goalArea;
    case 'dimension':
      return (l) => l.source.dimensions[grouping.index] ?? null;
    case 'accountClass':
      return (l) => ACCOUNT_GROUP_KEYS[accountGroup(accountOf(l.source))];
    case 'type':
      return (l) => (l.type === 'income' ? 'group.income' : 'group.cost');
    case 'table':
      return () => null;
  }
}
