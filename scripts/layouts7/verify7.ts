/**
 * The second-way check of the seventh corpus: the second corpus's verifier (scripts/layouts2/verify.ts), after
 * the cells a fixture declares in `reread` are read by the rule their sheet states: amounts kept with the other
 * sign are negated, and formulas saved without a result are checked to be exactly that (a formula, no value),
 * which the verifier then counts as the unreadable cells they are.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Built } from '../layouts2/spec';
import { keyOf, readValue, verifyWorkbook } from '../layouts2/verify';
import { Declared7 } from './kit';

export async function verify7(buf: Buffer, b: Built): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const d = b.declared as Declared7;
  const problems: string[] = [];
  for (const n of d.reread?.negate ?? []) {
    const ws = wb.getWorksheet(n.sheet)!;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (!n.when.test(keyOf(readValue(ws, `${n.keyCol}${r}`)))) continue;
      for (const c of n.cols) {
        const v = readValue(ws, `${c}${r}`);
        if (typeof v === 'number') ws.getCell(`${c}${r}`).value = -v;
        else if (v !== null) problems.push(`${n.sheet}!${c}${r}: a cell to negate holds ${JSON.stringify(v)}`);
      }
    }
  }
  // ExcelJS drops a saved result of 0 (its formula values keep only truthy results): which formula cells really
  // have none is read from the XML, and a saved 0 is put back as the value it is.
  const saved = await savedResults(buf, wb);
  const noResult = new Set<string>();
  for (const n of d.reread?.noResult ?? []) {
    for (const addr of n.cells) {
      if (saved.get(`${n.sheet}!${addr}`) !== false)
        problems.push(`${n.sheet}!${addr}: declared a formula without a result, the file has ${saved.has(`${n.sheet}!${addr}`) ? 'a result' : 'no formula'}`);
      noResult.add(`${n.sheet}!${addr}`);
    }
  }
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === 'object' && 'formula' in v && v.result === undefined && saved.get(`${ws.name}!${cell.address}`)) cell.value = 0;
      }),
    );
  for (const p of verifyWorkbook(wb, b)) {
    // A formula without a result holds no value: the layouts2 verifier asks error cells for an error value.
    const m = /^(.*?!\w+) should be an error or unreadable, holds null$/.exec(p);
    if (m && noResult.has(m[1])) continue;
    // Tables side by side share their rows: a row is declared once per table, in columns of its own.
    if (d.reread?.sideBySide && /^row .* declared twice$/.test(p)) continue;
    problems.push(p);
  }
  return problems;
}

/** For every formula cell of the file ("Sheet!A1"): whether a result is saved beside the formula. */
async function savedResults(buf: Buffer, wb: ExcelJS.Workbook): Promise<Map<string, boolean>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, boolean>();
  for (const [i, ws] of wb.worksheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string');
    for (const m of (xml ?? '').matchAll(/<c r="([A-Z]+\d+)"[^>/]*>(.*?)<\/c>/g)) if (m[2].includes('<f')) out.set(`${ws.name}!${m[1]}`, /<v>/.test(m[2]));
  }
  return out;
}
