/**
 * Amounts in another currency than kronor (`Belopp i EUR`, `Budget (TEUR)`, `€`): an EU project reports in euro.
 * Avstämning computes in kronor (SPEC 1.2) and the workbook gives no rate, so such a table is named at the cell
 * that states the currency and nothing is computed from it; read as kronor, every figure would be off by the rate.
 */
import { SheetData } from '../cells';
import { normaliseLabel } from './text';
import { unitFromText } from './units';

const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const FOREIGN = new RegExp(`${B}(t|k|m|tusen |tusentals |thousand |million )?(eur|euro|euros|usd|nok|dkk|gbp|chf)${E}|€`, 'u');

/** The foreign currency a short text states (`EUR`, `TEUR`, `tusen euro`, `€`), or null. Prose states none. */
export function foreignCurrency(text: string): string | null {
  const s = normaliseLabel(text);
  if (s.split(/\s+/).length > 8) return null;
  const m = FOREIGN.exec(s);
  return m ? m[0].trim() : null;
}

export interface CurrencyCell {
  row: number;
  col: number;
  text: string;
}

/**
 * Where the amounts are said to be in another currency, in the order SPEC 1.2 reads the unit: the amount headers
 * first (each that says so), else the first title cell above that states any unit (a kronor unit there wins).
 * `headers`: the amount columns' header texts; `titleRows`: the rows above the header in the order they are read.
 */
export function currencyCells(sheet: SheetData, headerRow: number, headers: { col: number; text: string }[], titleRows: number[]): CurrencyCell[] {
  const inHeaders = headers.filter((h) => foreignCurrency(h.text) !== null);
  if (inHeaders.length) return inHeaders.map((h) => ({ row: headerRow, col: h.col, text: h.text }));
  for (const r of titleRows) {
    const values = sheet.values[r] ?? [];
    for (let col = 0; col < values.length; col++) {
      const v = values[col];
      if (typeof v !== 'string') continue;
      if (foreignCurrency(v)) return [{ row: r, col, text: v }];
      if (unitFromText(v)) return [];
    }
  }
  return [];
}
