/** One case to the bytes of its file: ExcelJS with fixed document properties and zip timestamps, then reshaped. */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { toChartSheetOnly } from './chart-sheet';
import { applyVariants, withOpenpyxlExtras } from './package-variants';
import { rawFile } from './raw-files';
import { BadCase } from './types';
import { FIXED_DATE, fixZipTimestamps } from '../deterministic-zip';

const ICON = path.resolve(__dirname, '..', '..', 'assets', 'icon-32.png');

export async function buildXlsx(c: BadCase): Promise<Buffer> {
  if (c.raw) return rawFile(c.raw);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Avstämning (testfall)';
  wb.lastModifiedBy = 'Avstämning (testfall)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  if (c.date1904) wb.properties.date1904 = true;
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
  for (const [name, formula] of Object.entries(c.definedNames ?? {})) wb.definedNames.add(formula, name);
  if (c.variants?.includes('openpyxl-parts')) withOpenpyxlExtras(wb, fs.readFileSync(ICON));
  let buf: Buffer = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (c.chartSheetOnly) buf = await toChartSheetOnly(buf, ['Mål 1', 'Mål 2', 'Mål 3'], [2300000, 3840000, 19485000]);
  if (c.variants?.length) buf = await applyVariants(buf, c.variants);
  buf = fixZipTimestamps(buf);
  // Cut short last: a file that ends in the middle of its zip.
  return c.variants?.includes('truncated') ? buf.subarray(0, Math.floor(buf.length * 0.6)) : buf;
}
