import { SheetData, cellText } from '../cells';
import { isGeneratedSheet, isSettingsSheet } from '../marks';
import { HEADER_SEARCH_ROWS } from './tables';

/**
 * The top of a user's sheet, as a face needs it to let the user say what the columns hold (SPEC 1.6): the
 * first rows' cells as text, so the pane can name each column by its header on any row the user picks as the
 * header row, also on a sheet no reader used. Numbers are kept apart from text to guess the header row.
 */
export interface SheetHead {
  sheet: string;
  /** The first rows (row 1 is index 0), each cell as text, up to `HEAD_COLUMNS` columns. */
  rows: string[][];
  /** Which of those cells hold a number (a row's amounts lie under its header). */
  numeric: boolean[][];
  /** Columns with content anywhere on the sheet (not only in the first rows). */
  width: number;
}

/** More columns than this a pane cannot offer one by one; the settings sheet can still map any column. */
export const HEAD_COLUMNS = 52;
/** A header's text in a dropdown label: longer than this is cut (the sheet keeps it whole). */
const HEAD_TEXT = 80;

/** The heads of the user's own sheets: not the generated ones, not the settings sheet. */
export function sheetHeads(sheets: readonly SheetData[]): SheetHead[] {
  return sheets
    .filter((s) => !isGeneratedSheet(s) && !isSettingsSheet(s))
    .map((s) => {
      const top = s.values.slice(0, HEADER_SEARCH_ROWS).map((row) => (row ?? []).slice(0, HEAD_COLUMNS));
      return {
        sheet: s.name,
        rows: top.map((row) =>
          Array.from(row, (v) =>
            cellText(v ?? null)
              .trim()
              .slice(0, HEAD_TEXT),
          ),
        ),
        numeric: top.map((row) => Array.from(row, (v) => typeof v === 'number')),
        width: s.values.reduce((w, row) => Math.max(w, row?.length ?? 0), 0),
      };
    });
}

/**
 * The likely header row of a sheet no reader understood (one-based): the first row with text in two columns
 * or more whose next row with content has a number under one of those texts (a title row above a blank row
 * and the real header is passed over); else the first row with two texts; else 1.
 */
export function likelyHeaderRow(head: SheetHead): number {
  const texts = (r: number) => head.rows[r].map((t, c) => (t !== '' && !head.numeric[r][c] ? c : -1)).filter((c) => c >= 0);
  const hasContent = (r: number) => head.rows[r].some((t) => t !== '');
  let firstWithTwo: number | null = null;
  for (let r = 0; r < head.rows.length; r++) {
    const cols = texts(r);
    if (cols.length < 2) continue;
    firstWithTwo ??= r;
    let below = r + 1;
    while (below < head.rows.length && !hasContent(below)) below++;
    if (below < head.rows.length && cols.some((c) => head.numeric[below][c])) return r + 1;
  }
  return (firstWithTwo ?? 0) + 1;
}
