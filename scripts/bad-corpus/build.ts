/** One case to the bytes of its .xlsx: ExcelJS with fixed document properties and zip timestamps. */
import ExcelJS from 'exceljs';
import { toChartSheetOnly } from './chart-sheet';
import { BadCase } from './types';
import { FIXED_DATE, fixZipTimestamps } from '../deterministic-zip';

export async function buildXlsx(c: BadCase): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Avstämning (testfall)';
  wb.lastModifiedBy = 'Avstämning (testfall)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of c.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((row, r) =>
      row.forEach((v, col) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, col + 1).value = v;
      }),
    );
    for (const [cell, value] of Object.entries(s.cells ?? {})) ws.getCell(cell).value = value;
    for (const range of s.merges ?? []) ws.mergeCells(range);
    for (const [cell, numFmt] of Object.entries(s.formats ?? {})) ws.getCell(cell).numFmt = numFmt;
  }
  let buf: Buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (c.chartSheetOnly) buf = await toChartSheetOnly(buf, ['Mål 1', 'Mål 2', 'Mål 3'], [2300000, 3840000, 19485000]);
  return fixZipTimestamps(buf);
}
