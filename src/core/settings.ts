import { SheetData, cellAddress, cellText } from './cells';
import { Convention } from './read/convention';
import { Decimal } from './decimal';
import { DEFAULT_THRESHOLDS, Thresholds } from './deviations/figures';
import { InputIssue } from './issues';
import { isSettingsSheet } from './marks';
import { Lang } from './messages';
import { parseNumber } from './read/numbers';
import { normaliseLabel } from './read/text';

/**
 * The user's choices, kept in the workbook on the sheet `Avstämning inställningar` as plain rows the user
 * can read and edit (SPEC 1.6): `Parameter | Värde` rows, and `Blad | Teckenkonvention` rows.
 */
export interface Settings {
  thresholds: Thresholds;
  conventions: Record<string, Convention>;
  /** Every other parameter row, kept as written (fee and invoice parameters live here too). */
  other: [string, string | number][];
}

export const SETTING_KEYS = {
  amount: { sv: 'Flaggningsgräns belopp (kr)', en: 'Flag limit amount (kr)' },
  percent: { sv: 'Flaggningsgräns procent', en: 'Flag limit percent' },
  convention: { sv: 'Teckenkonvention', en: 'Sign convention' },
} as const;

const CONVENTION_WORDS: Record<string, Convention> = {
  'med tecken': 'signed',
  signed: 'signed',
  'utan tecken': 'unsigned',
  unsigned: 'unsigned',
};

const is = (text: string, key: keyof typeof SETTING_KEYS) =>
  [SETTING_KEYS[key].sv, SETTING_KEYS[key].en].some((k) => normaliseLabel(k) === normaliseLabel(text));

export function defaultSettings(): Settings {
  return { thresholds: { ...DEFAULT_THRESHOLDS }, conventions: {}, other: [] };
}

/** Read the settings sheet if there is one; unreadable values are reported and the default kept. */
export function readSettings(sheets: readonly SheetData[], issues: InputIssue[] = []): Settings {
  const settings = defaultSettings();
  const sheet = sheets.find(isSettingsSheet);
  if (!sheet) return settings;
  sheet.values.forEach((row, r) => {
    const key = cellText(row?.[0] ?? null).trim();
    const value = row?.[1] ?? null;
    if (key === '' || /^(parameter|blad|sheet)$/i.test(key)) return;
    const number = (onValue: (d: Decimal) => void) => {
      const p = parseNumber(value);
      if (p.kind === 'number' && !p.value.isNegative()) onValue(p.value);
      else issues.push({ key: 'settings.badNumber', sheet: sheet.name, cell: cellAddress(r, 1), params: { key, text: cellText(value) } });
    };
    if (is(key, 'amount')) number((d) => (settings.thresholds.amountKr = d));
    // A percent cell holds 0.05 when formatted as %, or 5 when typed as a number.
    else if (is(key, 'percent')) number((d) => (settings.thresholds.percent = typeof value === 'number' && d.lt(1) ? d.times(100) : d));
    else if (CONVENTION_WORDS[normaliseLabel(cellText(value))] !== undefined) settings.conventions[key] = CONVENTION_WORDS[normaliseLabel(cellText(value))];
    // Numbers (dates are serials) stay numbers, so they read back as what they were.
    else settings.other.push([key, typeof value === 'number' ? value : cellText(value)]);
  });
  return settings;
}

/** The settings as rows for the settings sheet: parameters first, then one row per sheet with a chosen convention. */
export function settingsRows(settings: Settings, lang: Lang): (string | number)[][] {
  const word = (c: Convention) => (lang === 'sv' ? (c === 'signed' ? 'Med tecken' : 'Utan tecken') : c === 'signed' ? 'Signed' : 'Unsigned');
  return [
    [lang === 'sv' ? 'Parameter' : 'Parameter', lang === 'sv' ? 'Värde' : 'Value'],
    [SETTING_KEYS.amount[lang], settings.thresholds.amountKr.toNumber()],
    [SETTING_KEYS.percent[lang], settings.thresholds.percent.toNumber()],
    ...settings.other,
    ...Object.entries(settings.conventions).map(([sheet, c]) => [sheet, word(c)]),
  ];
}
