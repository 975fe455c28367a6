import { SheetData, cellAddress } from '../cells';
import { isGoalsHeader } from '../goals/goals-table';
import { InputIssue } from '../issues';
import { SheetMapping } from './mapping';
import { blocksView, findAcross, findBlocks } from './shapes';
import { TableLayout, findTables, hasRole } from './tables';

/** The budget tables of one sheet, and the sheet they are read from (the sheet itself, or a view of its blocks). */
export interface SheetTables {
  source: SheetData;
  layouts: TableLayout[];
}

function budgetTables(sheet: SheetData, issues: InputIssue[], mapping?: SheetMapping): TableLayout[] {
  return findTables(sheet, issues, mapping)
    .filter((t) => hasRole(t, 'budget') || hasRole(t, 'periodBudget') || hasRole(t, 'outcome'))
    .filter((t) => mapping || !isGoalsHeader(t.reading.map((c) => c.header)));
}

/**
 * The tables of a sheet with a budget or an outcome. Blocks written like a form (a name over `Budget` and
 * `Utfall` rows), alone on their sheet, are read as one table through a view, one line per block; beside other
 * tables they are named and not read, and a `Budget` or `Utfall` row inside a block is no header row. A table
 * laid across (the lines as columns) is named where no table was found.
 */
export function sheetTables(sheet: SheetData, errors: InputIssue[], mapping?: SheetMapping): SheetTables {
  const blocks = mapping ? null : findBlocks(sheet);
  const issues: InputIssue[] = [];
  const layouts = budgetTables(sheet, issues, mapping).filter((t) => !blocks?.roleRows.has(t.headerRow));
  if (blocks && layouts.length === 0) {
    const seen = blocksView(sheet, blocks);
    const viewIssues: InputIssue[] = [];
    const read = seen ? budgetTables(seen.sheet, viewIssues) : [];
    if (seen && read.length === 1 && hasRole(read[0], 'budget') && hasRole(read[0], 'outcome')) {
      errors.push(...viewIssues);
      return { source: seen.sheet, layouts: [{ ...read[0], view: seen.view }] };
    }
  }
  errors.push(...issues);
  const across = layouts.length === 0 && !mapping ? findAcross(sheet) : null;
  if (across) errors.push({ key: 'table.across', sheet: sheet.name, cell: cellAddress(across.row, across.col), params: { namesRow: across.namesRow + 1, names: across.names } });
  if (!blocks) return { source: sheet, layouts };
  errors.push({ key: 'table.blocks', sheet: sheet.name, cell: cellAddress(blocks.heads[0].row, blocks.heads[0].col), params: { count: blocks.heads.length } });
  // A table above the blocks ends where they begin: their Budget and Utfall rows are none of its lines.
  const start = blocks.heads[0].row;
  return { source: sheet, layouts: layouts.map((t) => (t.headerRow < start && t.lastRow >= start ? { ...t, lastRow: start - 1 } : t)) };
}
