import { Lang } from '../messages';
import { LABELS } from './labels';
import { OutputCell, OutputSheet } from './output';

/** The most characters an Excel cell holds. */
export const EXCEL_MAX_CELL_CHARS = 32767;

/**
 * Text cut to what an Excel cell holds, ending in a visible mark that says how much was left out (a label
 * pasted from a document can be longer; Excel refuses a file with a longer cell).
 */
export function capCellText(text: string, lang: Lang): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text;
  const template = LABELS[lang].truncatedText;
  const mark = (count: number) => template.replace('{count}', String(count));
  // The mark's length depends on the count, which depends on where the cut falls: keep as much as fits.
  let keep = EXCEL_MAX_CELL_CHARS - mark(text.length).length;
  while (keep + 1 + mark(text.length - keep - 1).length <= EXCEL_MAX_CELL_CHARS) keep++;
  const last = text.charCodeAt(keep - 1);
  // Never half of a surrogate pair.
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return text.slice(0, keep) + mark(text.length - keep);
}

const tooLong = (v: OutputCell) => typeof v === 'string' && v.length > EXCEL_MAX_CELL_CHARS;

/** The sheet with every text that is too long for a cell capped; the same object when none is. */
export function capSheetText(sheet: OutputSheet, lang: Lang): OutputSheet {
  const { table } = sheet;
  const longRows = table.rows.some((row) => row.some(tooLong));
  if (!longRows && !tooLong(sheet.title) && !sheet.notes.some(tooLong) && !table.columns.some((c) => tooLong(c.header))) return sheet;
  const cap = <T extends OutputCell>(v: T): T => (tooLong(v) ? (capCellText(v as string, lang) as T) : v);
  return {
    ...sheet,
    title: cap(sheet.title),
    notes: sheet.notes.map(cap),
    table: {
      ...table,
      columns: table.columns.map((c) => ({ ...c, header: cap(c.header) })),
      rows: longRows ? table.rows.map((row) => (row.some(tooLong) ? row.map(cap) : row)) : table.rows,
    },
  };
}
