import { CellValue, SheetFormats, cellText } from '../cells';
import { formatAt } from '../cell-formats';

/** A format of zeros alone (`00000`): it shows a whole number padded to that many digits. */
const ZEROS = /^0+$/;

/**
 * A code cell's text as the sheet shows it. A code is compared as text (SPEC 1.8: `0210` is not `210`), and a
 * ledger export keeps ansvar `01100` as the number 1100 with the format `00000`: the text the user sees, and
 * the one the budget typed, is `01100`. Any other number is its digits.
 */
export function codeText(v: CellValue | undefined, formats?: SheetFormats, row = 0, col = 0): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const text = String(v);
    if (!formats || !Number.isInteger(v) || v < 0) return text;
    const format = formatAt(formats, row, col);
    return format !== null && ZEROS.test(format) ? text.padStart(format.length, '0') : text;
  }
  return cellText(v).trim();
}
