import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for a test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'avstamning-'));
}

/** Write an .xlsx with the given sheets of raw ExcelJS cell values. */
export async function writeXlsx(path: string, sheets: Record<string, ExcelJS.CellValue[][]>, prepare?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  prepare?.(wb);
  await wb.xlsx.writeFile(path);
}

/** Every cell of every sheet as `Sheet!A1 → value` (values, formulas and number formats), to compare workbooks. */
export async function cellDump(path: string, only?: readonly string[]): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const dump = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (only && !only.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        dump.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null }));
      }),
    );
  }
  return dump;
}

export async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => ws.name);
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A workbook's bytes as ExcelJS reads them: the independent reader tests check the output with. */
export async function excelJsOf(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((bytes instanceof Uint8Array ? bytes.slice().buffer : bytes) as ArrayBuffer);
  return wb;
}

/** An .xlsx with one empty user sheet, as bytes. */
export async function blankWorkbook(sheet = 'Blad1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
