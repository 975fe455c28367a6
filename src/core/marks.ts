import { CellValue, SheetData, cellAt, cellText } from './cells';
import { Lang } from './messages';
import { normaliseLabel } from './read/text';

/**
 * Every sheet Avstämning writes carries a mark in A2 that names the sheet it was written as:
 * `Skapat av Avstämning som bladet ”Avvikelser”. …`. Two questions are asked of it:
 * - is the sheet Avstämning's at all (`isGeneratedSheet`)? Then it is never read as input, so a user's copy
 *   (`Avvikelser (2)`, made with Move or Copy, carrying the same A2) is not counted twice;
 * - is it the one sheet a run wrote (`isOwnSheet`)? Only then may a run overwrite it: the mark must name the
 *   sheet it stands on, and a copy has another name. Both adapters (Office.js and .xlsx) ask the same.
 * A mark from before names were added (`Skapat av Avstämning. Bladet ersätts …`) still keeps its sheet out of
 * the input, but names no sheet, so no run overwrites it: a copy could not be told from the original.
 */
const MARK: Record<Lang, { prefix: string; open: string; close: string; rest: string }> = {
  sv: { prefix: 'Skapat av Avstämning', open: ' som bladet ”', close: '”', rest: '. Bladet ersätts vid nästa körning.' },
  en: { prefix: 'Created by Avstämning', open: ' as the sheet “', close: '”', rest: '. This sheet is replaced on the next run.' },
};

/** The A2 mark of a generated sheet named `sheetName`. */
export function generatedMark(lang: Lang, sheetName: string): string {
  const m = MARK[lang];
  return `${m.prefix}${m.open}${sheetName}${m.close}${m.rest}`;
}

export const MARK_ROW = 1;

/** Whether a cell's text is an Avstämning mark, in either language, with or without a sheet name. */
export function isMarkText(value: CellValue): boolean {
  const text = normaliseLabel(cellText(value));
  return text.startsWith('skapat av avstämning') || text.startsWith('created by avstämning');
}

/**
 * The sheet name a mark names and the language it is in; `name` null for a mark without one (written before
 * marks named their sheet), and null for text that is no mark.
 */
export function readMark(value: CellValue): { lang: Lang; name: string | null } | null {
  if (typeof value !== 'string' || !isMarkText(value)) return null;
  const text = value.trim();
  const lang: Lang = normaliseLabel(text).startsWith('skapat') ? 'sv' : 'en';
  const { prefix, open, close } = MARK[lang];
  const rest = text.slice(prefix.length);
  // The name runs to the last closing quote before the full stop: a sheet name may itself hold quotes.
  const end = rest.lastIndexOf(`${close}.`);
  const named = text.startsWith(prefix) && rest.startsWith(open) && end >= open.length;
  return { lang, name: named ? rest.slice(open.length, end) : null };
}

/** Any Avstämning mark in A2: the sheet is never input (a user's copy of a generated sheet included). */
export function isGeneratedSheet(sheet: SheetData): boolean {
  return isMarkText(cellAt(sheet, MARK_ROW, 0));
}

/** Whether a sheet named `name` with `a2` in A2 is the one a run wrote: its mark names this very sheet. */
export function marksOwnSheet(name: string, a2: CellValue): boolean {
  const mark = readMark(a2);
  return mark !== null && mark.name !== null && sheetNameKey(mark.name) === sheetNameKey(name);
}

/** The sheet a run wrote and may overwrite; a copy made with Move or Copy (another name) is not. */
export function isOwnSheet(sheet: SheetData): boolean {
  return marksOwnSheet(sheet.name, cellAt(sheet, MARK_ROW, 0));
}

export const SETTINGS_SHEET: Record<Lang, string> = { sv: 'Avstämning inställningar', en: 'Avstämning settings' };

export function isSettingsSheet(sheet: SheetData): boolean {
  const n = normaliseLabel(sheet.name);
  return n === normaliseLabel(SETTINGS_SHEET.sv) || n === normaliseLabel(SETTINGS_SHEET.en);
}

/** Sheet names compare as Excel compares them: without regard to case. */
export const sheetNameKey = (name: string): string => name.toLocaleLowerCase('sv-SE');

/**
 * The name a generated sheet gets: its own name when free or a sheet this run may overwrite (`generated`:
 * `isOwnSheet`), else with a suffix (`Avvikelser (2)`), so a user's sheet of the same name is never touched.
 */
export function chooseSheetName(wanted: string, existing: readonly { name: string; generated: boolean }[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Map(existing.map((s) => [sheetNameKey(s.name), s.generated]));
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted} (${i})`;
    if (taken.has(sheetNameKey(name))) continue;
    const owner = used.get(sheetNameKey(name));
    if (owner === undefined || owner) return name;
  }
}
