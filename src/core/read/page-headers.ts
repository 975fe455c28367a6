/**
 * A report printed page by page and pasted back into Excel repeats its page header on every page: the body's
 * name, the title, a print date, `Sida 2 av 3`, and the column headers again. Such a block is no new table and
 * none of its rows is a line; a page number is no amount that cannot be read.
 */
import { CellValue, SheetData } from '../cells';
import { normaliseLabel } from './text';

// `Sida 2 av 3`, `Sida 2 (3)`, `Sid. 2`, `s. 7`, `Page 2 of 3`, `p. 3`, `2 / 3` after a page word.
const PAGE_NUMBER = /^(sida|sid\.?|s\.|page|pg\.?|p\.)\s*\d+\s*((av|of|\/)\s*\d+|\(\s*\d+\s*\))?$/u;

/** A cell that says which page of a printout it is on. */
export function isPageNumber(text: string): boolean {
  const s = normaliseLabel(text);
  return (s.charCodeAt(0) === 0x73 || s.charCodeAt(0) === 0x70) && PAGE_NUMBER.test(s);
}

/**
 * A printout's page footer pasted with it (`Sida 14` under the amounts): a row whose only text is a page number,
 * never a line nor an amount that cannot be read.
 */
export function isPageFooterRow(cells: readonly CellValue[]): boolean {
  let seen = false;
  for (const v of cells) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !isPageNumber(v)) return false;
    seen = true;
  }
  return seen;
}

const textOf = (v: CellValue): string => (typeof v === 'string' ? normaliseLabel(v) : '');

/** The texts of a row, or null when it holds a number (a row of figures ends a page header block). */
function rowTexts(row: readonly CellValue[] | undefined): string[] | null {
  const out: string[] = [];
  for (const v of row ?? []) {
    if (typeof v === 'number') return null;
    const t = textOf(v);
    if (t !== '') out.push(t);
  }
  return out;
}

/** The same header cells, column by column. */
export function sameHeaderRow(a: readonly CellValue[] | undefined, b: readonly CellValue[] | undefined): boolean {
  const n = Math.max(a?.length ?? 0, b?.length ?? 0);
  let texts = 0;
  for (let c = 0; c < n; c++) {
    const x = textOf(a?.[c] ?? null);
    if (x !== textOf(b?.[c] ?? null)) return false;
    if (x !== '') texts++;
  }
  return texts >= 2;
}

/**
 * Is the header at `headerRow` the first table's header printed again on a new page? It must repeat `firstHeader`
 * cell by cell, and the text rows right above it (a page header block, at most six) must hold a page number or
 * repeat the title rows above the first header.
 */
export function isPageRepeat(sheet: SheetData, headerRow: number, firstHeader: number): boolean {
  if (headerRow <= firstHeader || !sameHeaderRow(sheet.values[headerRow], sheet.values[firstHeader])) return false;
  const titles = new Set<string>();
  for (let r = 0; r < firstHeader; r++) for (const t of rowTexts(sheet.values[r]) ?? []) titles.add(t);
  const block: string[] = [];
  for (let r = headerRow - 1; r > firstHeader && r >= headerRow - 6; r--) {
    const texts = rowTexts(sheet.values[r]);
    if (texts === null) break;
    block.push(...texts);
  }
  if (block.length === 0) return false;
  return block.some(isPageNumber) || block.every((t) => titles.has(t));
}
