/**
 * What the seventh corpus adds to the second corpus's declaration: cells the verifier must read by a rule of the
 * sheet before it computes the expectation again (a budget kept with income positive beside a ledger where income
 * is negative; formulas saved with no result, which nobody can read), and a few writing helpers of its own.
 */
import ExcelJS from 'exceljs';
import { built, Built, Declared } from '../layouts2/spec';
import { Ore } from '../layouts2/money';
import { put } from '../layouts2/sheet';

export interface Reread7 {
  /**
   * Amount cells the sheet keeps with the other sign: in `sheet`, each row whose key cell (`keyCol`) matches `when`
   * has its amount in `cols` negated before it is compared (income kept positive on a budget whose ledger books it
   * negative, as the sheet says in words).
   */
  negate?: { sheet: string; keyCol: string; cols: string[]; when: RegExp }[];
  /** Cells holding a formula saved without its result: no figure can be read from them (the verifier checks that). */
  noResult?: { sheet: string; cells: string[] }[];
  /** Tables stand side by side on one sheet, so one row holds a line of each. */
  sideBySide?: boolean;
}

export interface Declared7 extends Declared {
  reread?: Reread7;
}

export function built7(wb: ExcelJS.Workbook, d: Declared7): Built {
  return built(wb, d);
}

/** Kommun-Bas / BAS: the first digit of the code (after any letters) 3 is income, else a cost. */
export const sideOfCode = (code: string): 'income' | 'cost' => (/^\D*3/.test(code.trim()) ? 'income' : 'cost');

/** A formula saved without a result, as a script that writes formulas but never calculates leaves it. */
export function formulaNoResult(ws: ExcelJS.Worksheet, addr: string, f: string, numFmt = '#,##0'): void {
  put(ws, addr, { formula: f } as ExcelJS.CellFormulaValue, { numFmt });
}

/** Öre as a plain JS number of kronor with öre (exact for the amounts here: checked by cellNumber's round trip). */
export type { Ore };
