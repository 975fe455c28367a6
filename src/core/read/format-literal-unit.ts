import { SheetData, cellAt } from '../cells';
import { formatAt, formatKnown } from '../cell-formats';
import { formatScale } from './format-scale';
import { Unit, unitFromText } from './units';

/**
 * A unit written into a number format as a literal (`#,##0" tkr"`, `#,##0\ \t\k\r`): the cell shows `4 850 tkr`
 * and holds 4 850, so the unit shown is the unit held, as with a text `4 850 tkr`. Only where the format shows the
 * number unscaled: `#,##0," tkr"` shows kronor as tkr (format-scale.ts), and its cells hold kronor.
 */

/** The text a format writes around the number in its first section (quoted and escaped characters). */
function literalText(code: string): string {
  const section = code.split(';')[0];
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (c === '\\') out += section[++i] ?? '';
    else if (c === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
    } else if (c === '_' || c === '*') i++;
    else out += /[\p{L}]/u.test(c) ? '' : ' ';
  }
  return out;
}

/** The unit a number format writes after or before its number, unscaled; null when it writes none. */
export function formatLiteralUnit(code: string | null, value: number): Unit | null {
  if (!code || !/["\\]/.test(code)) return null;
  if (formatScale(code, value) !== 0) return null;
  return unitFromText(` ${literalText(code)} `);
}

/** The coarsest unit the number formats of the cells in `cols`, rows `firstRow`–`lastRow`, write beside their numbers. */
export function unitInFormats(sheet: SheetData, firstRow: number, lastRow: number, cols: number[]): Unit | null {
  const formats = sheet.formats;
  if (!formats) return null;
  const order: Unit[] = ['kr', 'tkr', 'mnkr'];
  let unit: Unit | null = null;
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + 200); r++) {
    for (const col of cols) {
      const v = cellAt(sheet, r, col);
      if (typeof v !== 'number' || !formatKnown(formats, r, col)) continue;
      const u = formatLiteralUnit(formatAt(formats, r, col), v);
      if (u && (unit === null || order.indexOf(u) > order.indexOf(unit))) unit = u;
    }
  }
  return unit;
}
