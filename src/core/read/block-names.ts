import { SheetData, cellAt } from '../cells';
import { normaliseLabel } from './text';

/**
 * A driftredovisning in blocks: each verksamhet is the same few rows (`Intäkter`, `Kostnader`, `Netto`), and
 * its name stands only once, in a cell merged down over the block (or written on its first row) in the column to
 * the left, with no header over either column. The name column is then the group of the rows beside it and the
 * column of the repeated words names the lines; read the other way round, every line would be called by its
 * block and the block's rows by words that say nothing of whose they are.
 */

/** The words a block's rows are named by: its side and its net. */
const BLOCK_WORD =
  /^(?:intäkter|övriga intäkter|kostnader|övriga kostnader|netto|nettokostnad(?:er)?|nettointäkt(?:er)?|resultat|income|revenue|costs|expenses|expenditure|net|net cost)$/u;

function textOf(sheet: SheetData, r: number, c: number): string {
  const v = cellAt(sheet, r, c);
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * The name and line columns of a table in blocks, among unheaded columns `from` … `before − 1`, or null. The
 * line column holds block words only, at least two kinds and each at least twice; the name column holds at least
 * two names, fewer than the lines (each names a block, not a row), and a name only where a block word stands beside it.
 */
export function blockColumns(
  sheet: SheetData,
  firstRow: number,
  lastRow: number,
  from: number,
  before: number,
  taken: ReadonlySet<number>,
): { nameCol: number; lineCol: number } | null {
  for (let nameCol = Math.max(0, from); nameCol + 1 < before; nameCol++) {
    const lineCol = nameCol + 1;
    if (taken.has(nameCol) || taken.has(lineCol)) continue;
    const words = new Map<string, number>();
    const names = new Set<string>();
    let lines = 0;
    let fits = true;
    for (let r = firstRow; r <= lastRow && fits; r++) {
      const word = textOf(sheet, r, lineCol);
      const name = textOf(sheet, r, nameCol);
      if (word === '') {
        // A name with no word beside it is a heading or a note: no block table of this kind.
        if (name !== '' && r !== lastRow) fits = false;
        continue;
      }
      const w = normaliseLabel(word);
      if (!BLOCK_WORD.test(w)) {
        // A closing `Summa nettokostnad` under the blocks is the table's total, not a row of a block.
        if (!/^(?:summa|totalt?)\b/u.test(w) || name !== '') fits = false;
        continue;
      }
      words.set(w, (words.get(w) ?? 0) + 1);
      lines++;
      if (name !== '') names.add(name);
    }
    if (!fits || words.size < 2 || [...words.values()].some((n) => n < 2)) continue;
    if (names.size >= 2 && names.size < lines) return { nameCol, lineCol };
  }
  return null;
}
