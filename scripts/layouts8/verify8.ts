/**
 * The second-way check of the eighth corpus: the second corpus's verifier (scripts/layouts2/verify.ts), after the
 * cells this corpus writes in forms of its own are put right. A cell the expectation reports as an error and
 * leaves out (a note, a formula saved without its value, an amount whose separators read two ways) must hold no
 * plain number, and is then read as no value; a cell in an English locale is read by the fifth corpus's parser.
 */
import ExcelJS from 'exceljs';
import { Built } from '../layouts2/spec';
import { readValue, verifyWorkbook } from '../layouts2/verify';
import { cellNumber, toOre } from '../layouts2/money';
import { englishAmount } from '../layouts5/verify5';
import { Declared8 } from './kit';

/** Where each declared line's figures stand: `Sheet!C7` for every amount cell of a line or a join row. */
function amountCells(d: Declared8): Set<string> {
  const out = new Set<string>();
  for (const t of d.tables) {
    const cols = Object.values(t.cells).flat();
    for (const l of t.lines) for (const c of cols) out.add(`${t.sheet}!${c}${l.row}`);
  }
  const j = d.join;
  if (j) {
    for (const r of j.budgetRows) for (const c of [...j.budgetCols.amount, ...(j.budgetCols.period ?? [])]) out.add(`${j.budgetSheet}!${c}${r.row}`);
    for (const r of j.outcomeRows) for (const c of j.outcomeCols.amount) out.add(`${j.outcomeSheet}!${c}${r.row}`);
  }
  return out;
}

export async function verify8(buf: Buffer, b: Built): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const d = b.declared as Declared8;
  const problems: string[] = [];
  for (const e of d.english ?? []) {
    const ws = wb.getWorksheet(e.sheet)!;
    for (const addr of e.cells) {
      const v = readValue(ws, addr);
      const plain = typeof v === 'string' ? englishAmount(v) : null;
      if (plain === null) problems.push(`${e.sheet}!${addr}: not an English-locale amount: ${JSON.stringify(v)}`);
      else ws.getCell(addr).value = cellNumber(toOre(plain, 'kr'), 'kr');
    }
  }
  const amounts = amountCells(d);
  const blanked = new Set<string>();
  for (const x of d.errors ?? []) {
    const at = `${x.sheet}!${x.cell}`;
    const ws = wb.getWorksheet(x.sheet)!;
    const raw = ws.getCell(x.cell).value;
    // A formula saved without its value: an error wherever it stands.
    const noCache = raw !== null && typeof raw === 'object' && 'formula' in raw && (raw as ExcelJS.CellFormulaValue).result === undefined;
    if (!noCache && !amounts.has(at)) continue;
    const v = readValue(ws, x.cell);
    if (typeof v === 'number' || (v === null && !noCache)) problems.push(`${at} is reported as an error but holds ${JSON.stringify(v)}`);
    ws.getCell(x.cell).value = null;
    blanked.add(at);
  }
  for (const x of d.leftOut ?? []) {
    const ws = wb.getWorksheet(x.sheet)!;
    for (const addr of x.cells) {
      if (typeof readValue(ws, addr) !== 'number') problems.push(`${x.sheet}!${addr} is left out but holds no number`);
      ws.getCell(addr).value = null;
    }
  }
  const rest: Built = { ...b, declared: { ...d, errors: (d.errors ?? []).filter((x) => !blanked.has(`${x.sheet}!${x.cell}`)) } };
  problems.push(...verifyWorkbook(wb, rest));
  return problems;
}
