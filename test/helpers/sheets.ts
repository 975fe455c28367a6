import { CellValue, SheetData } from '../../src/core/cells';

/** A sheet from rows of cells, as a test writes it by hand. */
export function sheet(name: string, rows: CellValue[][]): SheetData {
  return { name, values: rows, visibility: 'visible' };
}
