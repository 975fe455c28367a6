import { Convention } from './convention';
import { ColumnRole } from './vocabulary';
import { Unit } from './units';
import { normaliseLabel } from './text';

/**
 * What the user says a sheet holds, over what was detected (SPEC 1.6): a column's role by its letter, the
 * header row, the unit and the sign convention. Kept on the settings sheet as `Blad | Kolumn | Roll`
 * (`Sheet | Column | Role`) rows, given on the command line with `--map`, `--header-row`, `--unit`,
 * `--convention`, or chosen in the task pane.
 */
export interface SheetMapping {
  sheet: string;
  /** One-based, as Excel shows it. */
  headerRow?: number;
  unit?: Unit;
  convention?: Convention;
  /** Zero-based columns; `ignore` takes a column out of the reading. */
  columns: { col: number; role: MappedRole }[];
}

/** Roles a user can give a column: those of the reading, and `ignore`. */
export type MappedRole = ColumnRole | 'ignore';

/** Role words as a user writes them, Swedish and English, lower case; the first of each is what is written back. */
export const ROLE_WORDS: Record<MappedRole, { sv: readonly string[]; en: readonly string[] }> = {
  budget: { sv: ['budget', 'årsbudget', 'budget helår'], en: ['budget', 'annual budget'] },
  periodBudget: { sv: ['periodiserad budget', 'budget ack', 'budget hittills'], en: ['period budget', 'budget ytd'] },
  outcome: { sv: ['utfall', 'bokfört', 'redovisat'], en: ['outcome', 'actual', 'actuals'] },
  forecast: { sv: ['prognos', 'helårsprognos'], en: ['forecast'] },
  deviation: { sv: ['avvikelse', 'budgetavvikelse'], en: ['deviation', 'variance'] },
  forecastDeviation: { sv: ['prognosavvikelse', 'avvikelse prognos'], en: ['forecast deviation', 'forecast variance'] },
  priorYear: { sv: ['föregående år', 'utfall föregående år', 'fg år'], en: ['prior year', 'previous year'] },
  percent: { sv: ['procent', 'avvikelse %'], en: ['percent', 'percentage'] },
  goalArea: { sv: ['målområde', 'mål'], en: ['goal area', 'goal'] },
  line: { sv: ['rad', 'benämning', 'radnamn', 'namn'], en: ['line', 'name', 'label'] },
  code: { sv: ['kod', 'konto', 'kontonummer'], en: ['code', 'account'] },
  dimension: { sv: ['dimension', 'verksamhet', 'ansvar', 'kostnadsställe'], en: ['dimension', 'cost centre', 'department'] },
  type: { sv: ['typ', 'intäkt/kostnad'], en: ['type'] },
  comment: { sv: ['kommentar', 'förklaring'], en: ['comment'] },
  key: { sv: ['nyckel'], en: ['key'] },
  period: { sv: ['period', 'månad'], en: ['period', 'month'] },
  date: { sv: ['datum'], en: ['date'] },
  voucher: { sv: ['verifikation', 'text'], en: ['voucher', 'text'] },
  member: { sv: ['medlem', 'kommun'], en: ['member', 'municipality'] },
  population: { sv: ['invånare', 'folkmängd'], en: ['population', 'inhabitants'] },
  municipalityCode: { sv: ['kommunkod'], en: ['municipality code'] },
  orgNumber: { sv: ['organisationsnummer', 'org.nr'], en: ['org. number', 'organisation number'] },
  share: { sv: ['andel', 'fast belopp', 'avgift'], en: ['share', 'fixed amount', 'fee'] },
  entrySide: { sv: ['debet eller kredit', 'd/k'], en: ['debit or credit', 'd/c'] },
  ignore: { sv: ['ignorera', 'används inte', 'hoppa över'], en: ['ignore', 'not used', 'skip'] },
};

const ROLE_BY_WORD = new Map<string, MappedRole>();
for (const [role, words] of Object.entries(ROLE_WORDS) as [MappedRole, (typeof ROLE_WORDS)[MappedRole]][]) {
  for (const w of [...words.sv, ...words.en]) if (!ROLE_BY_WORD.has(w)) ROLE_BY_WORD.set(w, role);
}
// The role names of the JSON (`periodBudget`, `priorYear` …) are understood too.
for (const role of Object.keys(ROLE_WORDS) as MappedRole[]) ROLE_BY_WORD.set(role.toLowerCase(), role);

/** A role as the user wrote it (`Utfall`, `Actual`, `utfall`), or null. */
export function roleOfWord(word: string): MappedRole | null {
  return ROLE_BY_WORD.get(normaliseLabel(word).replace(/[:.]$/, '')) ?? null;
}

/** The word a role is written back with, in the workbook's language. */
export function roleWordFor(role: MappedRole, lang: 'sv' | 'en'): string {
  const w = ROLE_WORDS[role][lang][0];
  return w[0].toLocaleUpperCase('sv-SE') + w.slice(1);
}

/** `C` → 2, `AA` → 26; null for anything that is no column letter. */
export function columnIndex(letters: string): number | null {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return null;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= 16383 ? n - 1 : null;
}

/** Special rows of the mapping table: the word in the Kolumn cell, the setting it names. */
export const SHEET_SETTING_WORDS: Record<'headerRow' | 'unit' | 'convention', readonly string[]> = {
  headerRow: ['rubrikrad', 'header row', 'rubrik'],
  unit: ['enhet', 'unit'],
  convention: ['teckenkonvention', 'sign convention', 'konvention', 'convention'],
};

export function sheetSettingOf(word: string): 'headerRow' | 'unit' | 'convention' | null {
  const s = normaliseLabel(word);
  for (const [k, words] of Object.entries(SHEET_SETTING_WORDS) as ['headerRow' | 'unit' | 'convention', readonly string[]][]) if (words.includes(s)) return k;
  return null;
}

/** Conventions as a user writes them. */
export const CONVENTION_WORDS: Record<string, Convention> = {
  'med tecken': 'signed',
  'kostnader negativa': 'signed',
  signed: 'signed',
  'utan tecken': 'unsigned',
  'alla positiva': 'unsigned',
  unsigned: 'unsigned',
  huvudbok: 'ledger',
  'som huvudboken': 'ledger',
  'intäkter negativa': 'ledger',
  ledger: 'ledger',
};

export function conventionOfWord(word: string): Convention | null {
  return CONVENTION_WORDS[normaliseLabel(word)] ?? null;
}

/** Merge mappings: later ones (the command line, the pane) win over earlier ones (the settings sheet), per sheet and column. */
export function mergeMappings(...lists: readonly (readonly SheetMapping[])[]): SheetMapping[] {
  const bySheet = new Map<string, SheetMapping>();
  const key = (sheet: string) => sheet.toLocaleLowerCase('sv-SE');
  for (const list of lists) {
    for (const m of list) {
      const prior = bySheet.get(key(m.sheet));
      if (!prior) {
        bySheet.set(key(m.sheet), { ...m, columns: [...m.columns] });
        continue;
      }
      const columns = [...prior.columns.filter((c) => !m.columns.some((x) => x.col === c.col || (x.role === c.role && x.role !== 'ignore'))), ...m.columns];
      bySheet.set(key(m.sheet), {
        sheet: prior.sheet,
        headerRow: m.headerRow ?? prior.headerRow,
        unit: m.unit ?? prior.unit,
        convention: m.convention ?? prior.convention,
        columns,
      });
    }
  }
  return [...bySheet.values()];
}
