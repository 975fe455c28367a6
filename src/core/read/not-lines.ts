/**
 * Rows that stand among a table's lines and are none: a "varav" row (a part of the line above it, already in
 * it), a note written between the rows (prose, never a section header), and the key figures under a statement
 * (counts and ratios in the amount columns, after a `Nyckeltal` heading). Each is told by its label alone.
 */
import { memoByText } from '../memo';
import { normaliseLabel } from './text';

// `varav löner`, `  Varav leasing`, `- därav moms`, `of which salaries`: how much of the line above is one kind.
const PART_OF_ABOVE = /^[\s\-–—•]*(varav|därav|of which)(?![\p{L}])/iu;

/** A row that breaks down the line above it (`varav löner`): part of that line, never a line of its own. */
export function isPartOfLineAbove(label: string): boolean {
  // Most labels are settled by their first letter (after spaces and dashes): v, d or o.
  let i = 0;
  while (i < label.length && ' -–—•\u00a0'.includes(label[i])) i++;
  const c = label.charCodeAt(i) | 0x20;
  return (c === 0x76 || c === 0x64 || c === 0x6f) && PART_OF_ABOVE.test(label);
}

// `Obs!`, `Kommentar:`, `Anm.`, `Not:`, `NB`: a word that opens a note.
const NOTE_WORD = /^(obs|observera|kommentar|kommentarer|anm|anmärkning|not|notera|nb|förklaring|comment|note)\s*[:!.]/iu;

/**
 * A row of prose (`Obs! Ung framtid fick ett tillägg …`, `Kommentar: Målområdet ligger nära budget …`): a note
 * between the rows, never a header of the rows under it. A note opens with a note word, or is a sentence of
 * more than six words that ends in (or holds) a full stop after a word.
 */
export const isNoteRow = memoByText((label: string): boolean => {
  const t = label.trim();
  if (NOTE_WORD.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words > 6 && /\p{L}[.!?;](\s|$)/u.test(t);
});

const KEY_FIGURE_HEADINGS = new Set([
  'nyckeltal',
  'nyckeltal och volymer',
  'volymer och nyckeltal',
  'volymer',
  'volymmått',
  'verksamhetsmått',
  'statistik',
  'key figures',
  'key ratios',
  'kpi',
  'kpis',
]);

/** A heading over key figures (`Nyckeltal`): the rows under it are counts and ratios, not kronor of the budget. */
export function isKeyFigureHeading(label: string): boolean {
  return KEY_FIGURE_HEADINGS.has(normaliseLabel(label).replace(/[:.]$/, '').trim());
}

// `Sida 14`, `Sida 3 av 5`, `Sida 2 (4)`, `s. 7`, `Page 3 of 5`: a printed page's number.
const PAGE_NUMBER = /^(?:sida|sid\.|s\.|page|p\.)\s*\d+(?:\s*(?:av|of|\/)\s*\d+|\s*\(\d+\))?$/iu;

/**
 * A printout's page footer pasted with it (`Sida 14` under the amounts): a row whose only text is a page number,
 * never a line nor an amount that cannot be read.
 */
export function isPageFooterRow(cells: readonly unknown[]): boolean {
  let seen = false;
  for (const v of cells) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !PAGE_NUMBER.test(v.trim())) return false;
    seen = true;
  }
  return seen;
}
