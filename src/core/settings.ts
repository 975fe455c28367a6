import { SheetData, cellAddress, cellText, columnLetter } from './cells';
import { Convention } from './read/convention';
import { Decimal } from './decimal';
import { DEFAULT_THRESHOLDS, Thresholds } from './deviations/figures';
import { InputIssue } from './issues';
import { isSettingsSheet, sheetNameKey } from './marks';
import { Lang } from './messages';
import { parseNumber } from './read/numbers';
import { normaliseLabel } from './read/text';
import { SheetMapping, columnIndex, conventionOfWord, roleOfWord, roleWordFor, sheetSettingOf } from './read/mapping';
import { Unit, unitFromText } from './read/units';

/**
 * The user's choices, kept in the workbook on the sheet `Avstämning inställningar` as plain rows the user
 * can read and edit (SPEC 1.6): `Parameter | Värde` rows, and a `Blad | Kolumn | Roll` table saying what a
 * sheet's columns hold, its header row, unit and sign convention.
 */
export interface Settings {
  thresholds: Thresholds;
  /** Sign convention per sheet name. */
  conventions: Record<string, Convention>;
  /** What the user says each mapped sheet holds: columns by letter, header row, unit. */
  mappings: SheetMapping[];
  /**
   * Every other row, kept whole as written (fee and invoice parameters and goal tables live here too): each
   * cell up to the row's last one with content, blank rows between them kept, so a rewrite loses nothing.
   */
  other: (string | number)[][];
}

export const SETTING_KEYS = {
  amount: { sv: 'Flaggningsgräns belopp (kr)', en: 'Flag limit amount (kr)' },
  percent: { sv: 'Flaggningsgräns procent', en: 'Flag limit percent' },
  convention: { sv: 'Teckenkonvention', en: 'Sign convention' },
} as const;

/** The mapping table's header, in either language. */
export const MAPPING_HEADER = { sv: ['Blad', 'Kolumn', 'Roll'], en: ['Sheet', 'Column', 'Role'] } as const;

const SPECIAL_WORDS: Record<'headerRow' | 'unit' | 'convention', { sv: string; en: string }> = {
  headerRow: { sv: 'Rubrikrad', en: 'Header row' },
  unit: { sv: 'Enhet', en: 'Unit' },
  convention: { sv: 'Teckenkonvention', en: 'Sign convention' },
};

const CONVENTION_NAMES: Record<Convention, { sv: string; en: string }> = {
  signed: { sv: 'Med tecken', en: 'Signed' },
  unsigned: { sv: 'Utan tecken', en: 'Unsigned' },
  ledger: { sv: 'Huvudbok', en: 'Ledger' },
};

const is = (text: string, key: keyof typeof SETTING_KEYS) =>
  [SETTING_KEYS[key].sv, SETTING_KEYS[key].en].some((k) => normaliseLabel(k) === normaliseLabel(text));

export function defaultSettings(): Settings {
  return { thresholds: { ...DEFAULT_THRESHOLDS }, conventions: {}, mappings: [], other: [] };
}

const isMappingHeader = (row: readonly unknown[] | undefined) => {
  const words = [0, 1, 2].map((i) => normaliseLabel(cellText((row?.[i] ?? null) as never)));
  return (words[0] === 'blad' || words[0] === 'sheet') && (words[1] === 'kolumn' || words[1] === 'column') && (words[2] === 'roll' || words[2] === 'role');
};

/** Single roles: a sheet has one column of each. Keys, dimensions and ignored columns may be several. */
const MANY_ALLOWED = new Set(['key', 'dimension', 'ignore', 'comment']);

/**
 * The `Blad | Kolumn | Roll` table (SPEC 1.6) from `start` (its header) to the first blank row. A row naming a
 * sheet the workbook lacks, a column that is no column or that the sheet does not have, a role nobody knows,
 * or a role twice for one sheet is reported with its cell, and the rest is still read.
 */
function readMappingTable(settingsSheet: SheetData, start: number, sheets: readonly SheetData[], settings: Settings, issues: InputIssue[]): number {
  const byName = new Map(sheets.filter((s) => !isSettingsSheet(s)).map((s) => [sheetNameKey(s.name), s]));
  const mappings = new Map<string, SheetMapping>();
  let r = start + 1;
  for (; r < settingsSheet.values.length; r++) {
    const row = settingsSheet.values[r] ?? [];
    const [sheetText, columnText, roleText] = [0, 1, 2].map((i) => cellText(row[i] ?? null).trim());
    if (sheetText === '' && columnText === '' && roleText === '') break;
    const at = (col: number) => ({ sheet: settingsSheet.name, cell: cellAddress(r, col) });
    const target = byName.get(sheetNameKey(sheetText));
    if (!target) {
      issues.push({ key: 'settings.mapping.noSuchSheet', ...at(0), params: { sheet: sheetText } });
      continue;
    }
    const mapping = mappings.get(target.name) ?? { sheet: target.name, columns: [] };
    mappings.set(target.name, mapping);
    const special = sheetSettingOf(columnText);
    if (special === 'headerRow') {
      const n = Number(roleText);
      if (Number.isInteger(n) && n >= 1 && n <= Math.max(1, target.values.length)) mapping.headerRow = n;
      else issues.push({ key: 'settings.mapping.badHeaderRow', ...at(2), params: { sheet: target.name, text: roleText } });
      continue;
    }
    if (special === 'unit') {
      const unit: Unit | null = unitFromText(roleText) ?? unitFromText(`(${roleText})`);
      if (unit) mapping.unit = unit;
      else issues.push({ key: 'settings.mapping.badUnit', ...at(2), params: { sheet: target.name, text: roleText } });
      continue;
    }
    if (special === 'convention') {
      const convention = conventionOfWord(roleText);
      if (convention) settings.conventions[target.name] = convention;
      else issues.push({ key: 'settings.mapping.badConvention', ...at(2), params: { sheet: target.name, text: roleText } });
      continue;
    }
    const col = columnIndex(columnText);
    const width = target.values.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
    if (col === null || col >= width) {
      issues.push({ key: 'settings.mapping.noSuchColumn', ...at(1), params: { sheet: target.name, column: columnText } });
      continue;
    }
    const role = roleOfWord(roleText);
    if (!role) {
      issues.push({ key: 'settings.mapping.badRole', ...at(2), params: { sheet: target.name, column: columnLetter(col), text: roleText } });
      continue;
    }
    const twice = mapping.columns.find((c) => c.role === role && !MANY_ALLOWED.has(role));
    if (twice) {
      issues.push({
        key: 'settings.mapping.roleTwice',
        ...at(2),
        params: { sheet: target.name, role: roleText, first: columnLetter(twice.col), column: columnLetter(col) },
      });
      continue;
    }
    mapping.columns = [...mapping.columns.filter((c) => c.col !== col), { col, role }];
  }
  settings.mappings = [...mappings.values()].filter((m) => m.columns.length || m.headerRow !== undefined || m.unit !== undefined);
  return r;
}

/** Read the settings sheet if there is one; unreadable values are reported and the default kept. */
export function readSettings(sheets: readonly SheetData[], issues: InputIssue[] = []): Settings {
  const settings = defaultSettings();
  const sheet = sheets.find(isSettingsSheet);
  if (!sheet) return settings;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (isMappingHeader(row)) {
      r = readMappingTable(sheet, r, sheets, settings, issues);
      continue;
    }
    const key = cellText(row?.[0] ?? null).trim();
    const value = row?.[1] ?? null;
    const cells = keptCells(row);
    if (key === '') {
      // A row with content in later columns only is kept; of blank rows, one where several stood.
      const last = settings.other[settings.other.length - 1];
      if (cells.length || (last && last.length)) settings.other.push(cells);
      else if (!last) settings.other.push([]);
      continue;
    }
    if (/^(parameter|blad|sheet)$/i.test(key)) continue;
    const number = (onValue: (d: Decimal) => void) => {
      const p = parseNumber(value);
      if (p.kind === 'number' && !p.value.isNegative()) onValue(p.value);
      else issues.push({ key: 'settings.badNumber', sheet: sheet.name, cell: cellAddress(r, 1), params: { key, text: cellText(value) } });
    };
    const convention = conventionOfWord(cellText(value));
    if (is(key, 'amount')) number((d) => (settings.thresholds.amountKr = d));
    // A percent cell holds 0.05 when formatted as %, or 5 when typed as a number.
    else if (is(key, 'percent')) number((d) => (settings.thresholds.percent = typeof value === 'number' && d.lt(1) ? d.times(100) : d));
    // `Drift | Med tecken`: a sheet's convention, as earlier versions wrote it.
    else if (convention) settings.conventions[key] = convention;
    else settings.other.push(cells);
  }
  // Blank rows at the end would grow by one at each rewrite (the mapping table follows a blank row).
  while (settings.other.length && settings.other[settings.other.length - 1].length === 0) settings.other.pop();
  return settings;
}

/** A row's cells as written, up to its last with content: numbers (dates are serials) stay numbers, so they read back as what they were. */
function keptCells(row: readonly unknown[] | undefined): (string | number)[] {
  const cells = (row ?? []).map((v) => (typeof v === 'number' ? v : cellText((v ?? null) as never)));
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * The settings as rows for the settings sheet: parameters first, then, after a blank row, the
 * `Blad | Kolumn | Roll` table with each sheet's header row, unit, convention and mapped columns.
 */
export function settingsRows(settings: Settings, lang: Lang): (string | number)[][] {
  const mappingRows: (string | number)[][] = [];
  const sheets = [...new Set([...settings.mappings.map((m) => m.sheet), ...Object.keys(settings.conventions)])];
  for (const name of sheets) {
    const m = settings.mappings.find((x) => x.sheet === name);
    if (m?.headerRow !== undefined) mappingRows.push([name, SPECIAL_WORDS.headerRow[lang], m.headerRow]);
    if (m?.unit !== undefined) mappingRows.push([name, SPECIAL_WORDS.unit[lang], m.unit]);
    const convention = settings.conventions[name];
    if (convention) mappingRows.push([name, SPECIAL_WORDS.convention[lang], CONVENTION_NAMES[convention][lang]]);
    for (const c of [...(m?.columns ?? [])].sort((a, b) => a.col - b.col)) mappingRows.push([name, columnLetter(c.col), roleWordFor(c.role, lang)]);
  }
  return [
    [lang === 'sv' ? 'Parameter' : 'Parameter', lang === 'sv' ? 'Värde' : 'Value'],
    [SETTING_KEYS.amount[lang], settings.thresholds.amountKr.toNumber()],
    [SETTING_KEYS.percent[lang], settings.thresholds.percent.toNumber()],
    ...settings.other,
    ...(mappingRows.length ? [[], [...MAPPING_HEADER[lang]], ...mappingRows] : []),
  ];
}
