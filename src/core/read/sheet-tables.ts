import { SheetData, cellAddress } from '../cells';
import { isGoalsHeader } from '../goals/goals-table';
import { InputIssue } from '../issues';
import { SheetMapping } from './mapping';
import { acrossView, blocksView, findAcross, findBlocks } from './shapes';
import { SheetView, TableLayout, findTables, hasRole } from './tables';

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

/** The one table a view of a sheet holds, with a budget and an outcome; null when it holds anything else. */
function viewTable(seen: { sheet: SheetData; view: SheetView } | null, errors: InputIssue[]): SheetTables | null {
  if (!seen) return null;
  const issues: InputIssue[] = [];
  const read = budgetTables(seen.sheet, issues);
  if (read.length !== 1 || !hasRole(read[0], 'budget') || !hasRole(read[0], 'outcome')) return null;
  errors.push(...issues);
  return { source: seen.sheet, layouts: [{ ...read[0], view: seen.view }] };
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
  const seen = blocks && layouts.length === 0 ? viewTable(blocksView(sheet, blocks), errors) : null;
  if (seen) return seen;
  errors.push(...issues);
  const across = layouts.length === 0 && !mapping ? findAcross(sheet) : null;
  const turned = across ? viewTable(acrossView(sheet, across), errors) : null;
  if (turned) return turned;
  if (across)
    errors.push({
      key: 'table.across',
      sheet: sheet.name,
      cell: cellAddress(across.row, across.col),
      params: { namesRow: across.namesRow + 1, names: across.names },
    });
  if (!blocks) return { source: sheet, layouts };
  errors.push({ key: 'table.blocks', sheet: sheet.name, cell: cellAddress(blocks.heads[0].row, blocks.heads[0].col), params: { count: blocks.heads.length } });
  // A table above the blocks ends where they begin: their Budget and Utfall rows are none of its lines.
  const start = blocks.heads[0].row;
  return { source: sheet, layouts: layouts.map((t) => (t.headerRow < start && t.lastRow >= start ? { ...t, lastRow: start - 1 } : t)) };
}
