import { SheetData, cellAt, cellText } from './cells';
import { Lang } from './messages';
import { normaliseLabel } from './read/text';

/**
 * Every sheet Avstämning writes carries this text in A2. A run replaces only sheets with the mark, and
 * never reads them as input, so a user sheet is never overwritten or counted twice.
 */
export const GENERATED_MARK: Record<Lang, string> = {
  sv: 'Skapat av Avstämning. Bladet ersätts vid nästa körning.',
  en: 'Created by Avstämning. This sheet is replaced on the next run.',
};

export const MARK_ROW = 1;

export function isGeneratedSheet(sheet: SheetData): boolean {
  const text = normaliseLabel(cellText(cellAt(sheet, MARK_ROW, 0)));
  return text.startsWith('skapat av avstämning') || text.startsWith('created by avstämning');
}

export const SETTINGS_SHEET: Record<Lang, string> = { sv: 'Avstämning inställningar', en: 'Avstämning settings' };

export function isSettingsSheet(sheet: SheetData): boolean {
  const n = normaliseLabel(sheet.name);
  return n === normaliseLabel(SETTINGS_SHEET.sv) || n === normaliseLabel(SETTINGS_SHEET.en);
}

/** Sheet names compare as Excel compares them: without regard to case. */
export const sheetNameKey = (name: string): string => name.toLocaleLowerCase('sv-SE');

/**
 * The name a generated sheet gets: its own name when free or already Avstämning's, else with a suffix
 * (`Avvikelser (2)`), so a user's sheet of the same name is never touched.
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
