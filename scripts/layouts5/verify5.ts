/**
 * The second-way check of the fifth corpus: the second corpus's verifier (scripts/layouts2/verify.ts), after the
 * cells a fixture declares in `reread` are read the way their sheet writes them (English-locale text amounts
 * parsed here; a column in a unit of its own turned into the table's, exactly). Tertial columns count four months.
 */
import ExcelJS from 'exceljs';
import { Built } from '../layouts2/spec';
import { readValue, verifyWorkbook } from '../layouts2/verify';
import { cellNumber, numberText, toOre } from '../layouts2/money';
import { Declared5 } from './kit';

/** "1,234,567.89", "-12,500.00", "(3,400.50)" to a plain decimal string; null when it is not one. */
export function englishAmount(s: string): string | null {
  let t = s.trim();
  let neg = false;
  const p = /^\((.*)\)$/.exec(t);
  if (p) {
    neg = true;
    t = p[1];
  } else if (t.startsWith('-')) {
    neg = true;
    t = t.slice(1);
  }
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(t)) return null;
  const plain = t.replace(/,/g, '');
  return neg && !/^0+(\.0+)?$/.test(plain) ? `-${plain}` : plain;
}

export async function verify5(buf: Buffer, b: Built): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const d = b.declared as Declared5;
  const problems: string[] = [];
  const rows = (sheet: string) =>
    new Set(
      d.tables
        .filter((t) => t.sheet === sheet)
        .flatMap((t) => t.lines.map((l) => l.row))
        .concat((d.totals ?? []).filter((t) => t.sheet === sheet).map((t) => t.row)),
    );
  for (const e of d.reread?.english ?? []) {
    const ws = wb.getWorksheet(e.sheet)!;
    for (const r of rows(e.sheet))
      for (const c of e.cols) {
        const v = readValue(ws, `${c}${r}`);
        if (v === null) continue;
        const plain = typeof v === 'string' ? englishAmount(v) : null;
        if (plain === null) problems.push(`${e.sheet}!${c}${r}: not an English-locale amount: ${JSON.stringify(v)}`);
        else ws.getCell(`${c}${r}`).value = cellNumber(toOre(plain, 'kr'), 'kr');
      }
  }
  for (const s of d.reread?.scale ?? []) {
    const ws = wb.getWorksheet(s.sheet)!;
    const tableUnit = d.tables.find((t) => t.sheet === s.sheet)!.unit;
    for (const r of rows(s.sheet))
      for (const c of s.cols) {
        const v = readValue(ws, `${c}${r}`);
        if (typeof v === 'number') ws.getCell(`${c}${r}`).value = cellNumber(toOre(numberText(v), s.unit), tableUnit);
        else if (v !== null) problems.push(`${s.sheet}!${c}${r}: a column in ${s.unit} holds ${JSON.stringify(v)}`);
      }
  }
  const per = d.reread?.monthsPerColumn;
  for (const p of verifyWorkbook(wb, b)) {
    const m = /^(.*): (\d+) months declared, (\d+) month columns summed$/.exec(p);
    if (per && m && Number(m[2]) === Number(m[3]) * per) continue;
    problems.push(p);
  }
  return problems;
}
