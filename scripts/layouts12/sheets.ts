/** The budget sheet most fixtures of the twelfth corpus share, and the chart of accounts they draw on. */
import ExcelJS from 'exceljs';
import { Unit } from '../layouts/expected';
import { JoinRowSpec } from '../layouts2/spec';
import { num, put, putRow, widths, Look } from '../layouts2/sheet';
import { Ore } from '../layouts2/money';

/** Account names of a kommunalförbund's chart (Kommun-Bas classes: 3 income, 4–7 costs, 8 financial). */
export const NAMES: Record<string, string> = {
  '1510': 'Kundfordringar',
  '1930': 'Bank',
  '2440': 'Leverantörsskulder',
  '2710': 'Personalens källskatt',
  '2730': 'Upplupna sociala avgifter',
  '2081': 'Eget kapital',
  '3110': 'Medlemsavgifter',
  '3410': 'Statsbidrag',
  '3510': 'Försäljning av tjänster',
  '3990': 'Övriga intäkter',
  '4010': 'Inköp material',
  '4610': 'Köp av verksamhet',
  '5010': 'Löner månadsavlönade',
  '5410': 'Sociala avgifter enligt lag',
  '5810': 'Utbildning',
  '6110': 'Lokalhyra',
  '6420': 'Resekostnader',
  '6550': 'Konsulttjänster',
  '6990': 'Övriga kostnader',
  '7010': 'Bidrag till föreningar',
  '8410': 'Räntekostnader',
};

export const nameOf = (account: string): string => {
  const n = NAMES[account];
  if (!n) throw new Error(`no name for ${account}`);
  return n;
};

export interface BudgetLine {
  /** The key as the join reads it. */
  key: string[];
  /** The cells from column A (undefined: empty). */
  cells: (string | number | undefined)[];
  amount: Ore;
}

/**
 * A budget sheet: title lines from A1, a header row, one row per line with its amount in `amountCol` in `unit`.
 * Returns the join rows and the last row written.
 */
export function budgetSheet(
  ws: ExcelJS.Worksheet,
  o: { title: string[]; headerRow: number; headers: string[]; amountCol: string; unit?: Unit; numFmt?: string; lines: BudgetLine[]; look?: Look },
): { rows: JoinRowSpec[]; last: number } {
  o.title.forEach((t, i) => put(ws, `A${i + 1}`, t, i === 0 ? { bold: true, size: 13 } : { italic: true }));
  putRow(ws, o.headerRow, 'A', o.headers, { bold: true, border: true, fill: 'FFDDEBF7' });
  const rows: JoinRowSpec[] = [];
  let r = o.headerRow + 1;
  for (const l of o.lines) {
    putRow(ws, r, 'A', l.cells, o.look);
    num(ws, `${o.amountCol}${r}`, l.amount, o.unit ?? 'kr', o.numFmt ?? '#,##0', o.look);
    rows.push({ row: r, key: l.key, amount: l.amount });
    r++;
  }
  widths(ws, { A: 10, B: 28, C: 14, D: 16, E: 16 });
  return { rows, last: r - 1 };
}

/** Budget lines for plain accounts: `[account, amount]` → Konto | Benämning | amount. */
export const accountLines = (data: [string, Ore][], asNumber = true): BudgetLine[] =>
  data.map(([a, amount]) => ({ key: [a], cells: [asNumber ? Number(a) : a, nameOf(a)], amount }));
