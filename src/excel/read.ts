import { CellValue, SheetData, SheetVisibility, rangeAddress } from '../core/cells';
import { ExcelContext, XlRange, XlWorksheet } from './api';
import { PayloadLimits, SyncPlan } from './blocks';

/**
 * One cell of `range.values` with its `range.valueTypes` entry, as the core sees it: an error value is kept
 * apart from text that merely looks like one, and an empty cell is null (Excel gives '' for it).
 */
export function toCellValue(value: unknown, type: string): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface UsedArea {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

interface PendingBlock {
  sheet: number;
  /** Rows from the top of the used area. */
  first: number;
  range: XlRange;
}

/** Rows as the ExcelJS adapter gives them: no trailing empty cells in a row, no trailing empty rows. */
function trimmed(values: CellValue[][]): CellValue[][] {
  for (const row of values) while (row.length && row[row.length - 1] === null) row.pop();
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return values;
}

/**
 * Every worksheet as plain values. Sync 1: names and visibility. Sync 2: each sheet's used range (its
 * sheets are only known after sync 1, so the two cannot share a sync). Then the values in row blocks, all
 * blocks of all sheets queued into as few syncs as the payload limit allows: a small workbook is read in
 * three syncs in all, however many sheets it has.
 */
export async function readWorkbookSheets(context: ExcelContext, limits: PayloadLimits): Promise<SheetData[]> {
  const collection = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  const worksheets: XlWorksheet[] = collection.items;
  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount'));
  await context.sync();

  const areas: (UsedArea | null)[] = used.map((r) => (r.isNullObject ? null : { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount }));
  const plan = new SyncPlan(limits.maxBytes);
  const pending: PendingBlock[] = [];
  areas.forEach((area, sheet) => {
    if (!area) return;
    const rowBytes = area.columns * limits.readBytesPerCell;
    const maxRows = Math.max(1, Math.floor(limits.maxCells / area.columns));
    plan.addRows(area.rows, () => rowBytes, maxRows, (first, count) => {
      const top = area.top + first;
      const address = rangeAddress(top, area.left, top + count - 1, area.left + area.columns - 1);
      pending.push({ sheet, first, range: worksheets[sheet].getRange(address).load('values,valueTypes') });
    });
  });
  await plan.run(context);

  const sheets: SheetData[] = worksheets.map((ws) => ({ name: ws.name, values: [], visibility: VISIBILITY[ws.visibility] ?? 'visible' }));
  for (const p of pending) {
    const values = sheets[p.sheet].values;
    const { top, left } = areas[p.sheet]!;
    const cells = p.range.values;
    const types = p.range.valueTypes;
    for (let r = 0; r < cells.length; r++) {
      const row: CellValue[] = new Array<CellValue>(left).fill(null);
      for (let c = 0; c < cells[r].length; c++) row.push(toCellValue(cells[r][c], types[r][c]));
      values[top + p.first + r] = row;
    }
  }
  for (const sheet of sheets) {
    for (let i = 0; i < sheet.values.length; i++) if (sheet.values[i] === undefined) sheet.values[i] = [];
    trimmed(sheet.values);
  }
  return sheets;
}
