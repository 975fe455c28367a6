import { Convention } from '../core/read/convention';
import { Decimal } from '../core/decimal';
import { Lang, MessageKey } from '../core/messages';
import { MappedRole, columnIndex, conventionOfWord, roleOfWord } from '../core/read/mapping';
import { parseNumberText } from '../core/read/numbers';
import { Unit } from '../core/read/units';

/** A per-sheet setting as given on the command line: the sheet as written, matched against the workbook later. */
export interface SheetSetting<T> {
  option: string;
  sheet: string;
  value: T;
}

export interface CliOptions {
  input: string;
  out?: string;
  /** A file, or `-` for standard output. */
  json?: string;
  /** A file, or `-` for standard output. */
  invoicesCsv?: string;
  lang: Lang;
  amountThreshold?: Decimal;
  percentThreshold?: Decimal;
  conventions: SheetSetting<Convention>[];
  /** `--map SHEET!COL=ROLE`: a column's role, by letter (`column` as written, `col` zero-based). */
  maps: SheetSetting<{ column: string; col: number; role: MappedRole }>[];
  /** `--header-row SHEET=N`, one-based as Excel shows it. */
  headerRows: SheetSetting<number>[];
  /** `--unit SHEET=kr|tkr|mnkr`. */
  units: SheetSetting<Unit>[];
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; lang: Lang }
  | { kind: 'version' }
  | { kind: 'usage-error'; lang: Lang; key: MessageKey; params: Record<string, string> };

function number(text: string): Decimal | null {
  const p = parseNumberText(text);
  return p.kind === 'number' && !p.value.isNegative() ? p.value : null;
}

const TAKES_VALUE = [
  '--out',
  '--json',
  '--invoices-csv',
  '--lang',
  '--amount-threshold',
  '--percent-threshold',
  '--convention',
  '--map',
  '--header-row',
  '--unit',
];
/** Options that name a sheet each and may be given once per sheet (`--map` once per column). */
const PER_SHEET = ['--convention', '--map', '--header-row', '--unit'];

/** `SHEET=VALUE`, split at the last `=` so that a sheet name may hold one; a sheet written `'Drift 2024'` loses its quotes. */
function sheetAndValue(text: string): { sheet: string; value: string } | null {
  const at = text.lastIndexOf('=');
  if (at < 0) return null;
  const sheet = unquote(text.slice(0, at).trim());
  const value = text.slice(at + 1).trim();
  return sheet === '' || value === '' ? null : { sheet, value };
}

/** A sheet name as Excel quotes it in a reference (`'Drift 2024'`, `'Anna''s'`). */
function unquote(name: string): string {
  return /^'.*'$/.test(name) && name.length > 1 ? name.slice(1, -1).replace(/''/g, "'") : name;
}

const UNITS: Record<string, Unit> = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' };

/** What each per-sheet option expects, said when its value cannot be read. */
const EXPECTED: Record<'--map' | '--header-row' | '--unit' | '--convention', Record<Lang, string>> = {
  '--map': {
    sv: 'Ange <blad>!<kolumn>=<roll>, t.ex. Drift!C=Utfall; roller: Budget, Utfall, Prognos, Avvikelse, Föregående år, Rad, Kod, Målområde, Dimension, Nyckel, Typ, Kommentar, Ignorera.',
    en: 'Give <sheet>!<column>=<role>, e.g. Drift!C=Actual; roles: Budget, Actual, Forecast, Deviation, Prior year, Line, Code, Goal area, Dimension, Key, Type, Comment, Ignore.',
  },
  '--header-row': { sv: 'Ange <blad>=<radnummer>, t.ex. Drift=4.', en: 'Give <sheet>=<row number>, e.g. Drift=4.' },
  '--unit': { sv: 'Ange <blad>=kr, tkr eller mnkr.', en: 'Give <sheet>=kr, tkr or mnkr.' },
  '--convention': { sv: 'Ange <blad>=signed, unsigned eller ledger.', en: 'Give <sheet>=signed, unsigned or ledger.' },
};

/** The language asked for anywhere on the line (`--lang en` or `--lang=en`), so every message can use it. */
function langOf(argv: readonly string[], fallback: Lang): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (value === 'sv' || value === 'en') return value;
  }
  return fallback;
}

/** Parse the command line (SPEC 7). Usage errors are values, not exceptions: the caller exits with 2. */
export function parseArgs(argv: readonly string[], defaultLang: Lang): ParsedArgs {
  const lang = langOf(argv, defaultLang);
  const error = (key: MessageKey, params: Record<string, string> = {}): ParsedArgs => ({ kind: 'usage-error', lang, key, params });
  const positional: string[] = [];
  const options: Omit<CliOptions, 'input'> = { lang, conventions: [], maps: [], headerRows: [], units: [] };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help', lang };
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!TAKES_VALUE.includes(name)) return error('cli.unknownOption', { option: arg });
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return error('cli.missingValue', { option: name });
    if (inline === undefined) i++;
    if (value.trim() === '') return error('cli.emptyValue', { option: name });
    if (seen.has(name) && !PER_SHEET.includes(name)) return error('cli.duplicateOption', { option: name });
    seen.add(name);
    switch (name) {
      case '--out':
        if (value === '-') return error('cli.outStdout');
        options.out = value;
        break;
      case '--json':
        options.json = value;
        break;
      case '--invoices-csv':
        options.invoicesCsv = value;
        break;
      case '--lang':
        if (value !== 'sv' && value !== 'en') return error('cli.badValue', { option: name, value, expected: 'sv | en' });
        break;
      case '--amount-threshold': {
        const n = number(value);
        if (!n) return error('cli.badValue', { option: name, value, expected: lang === 'sv' ? 'Ange kronor, t.ex. 100000.' : 'Give kronor, e.g. 100000.' });
        options.amountThreshold = n;
        break;
      }
      case '--percent-threshold': {
        const n = number(value.replace('%', ''));
        if (!n) return error('cli.badValue', { option: name, value, expected: lang === 'sv' ? 'Ange procent, t.ex. 5.' : 'Give a percentage, e.g. 5.' });
        options.percentThreshold = n;
        break;
      }
      case '--convention': {
        const given = sheetAndValue(value);
        const convention = given && conventionOfWord(given.value);
        if (!given || !convention) return error('cli.badValue', { option: name, value, expected: EXPECTED[name][lang] });
        options.conventions.push({ option: name, sheet: given.sheet, value: convention });
        break;
      }
      case '--map': {
        // SHEET!COL=ROLE: the role after the last `=`, the column after the last `!` before it.
        const given = sheetAndValue(value);
        const bang = given ? given.sheet.lastIndexOf('!') : -1;
        const sheet = given && bang > 0 ? unquote(given.sheet.slice(0, bang).trim()) : '';
        const column = given && bang > 0 ? given.sheet.slice(bang + 1).trim() : '';
        const col = columnIndex(column);
        const role = given && roleOfWord(given.value);
        if (!given || sheet === '' || col === null || !role) return error('cli.badValue', { option: name, value, expected: EXPECTED[name][lang] });
        options.maps.push({ option: name, sheet, value: { column: column.toUpperCase(), col, role } });
        break;
      }
      case '--header-row': {
        const given = sheetAndValue(value);
        const row = given && /^\d+$/.test(given.value) ? Number(given.value) : NaN;
        if (!given || !Number.isSafeInteger(row) || row < 1) return error('cli.badValue', { option: name, value, expected: EXPECTED[name][lang] });
        options.headerRows.push({ option: name, sheet: given.sheet, value: row });
        break;
      }
      case '--unit': {
        const given = sheetAndValue(value);
        const unit = given && UNITS[given.value.toLowerCase()];
        if (!given || !unit) return error('cli.badValue', { option: name, value, expected: EXPECTED[name][lang] });
        options.units.push({ option: name, sheet: given.sheet, value: unit });
        break;
      }
    }
  }
  if (options.json === '-' && options.invoicesCsv === '-') return error('cli.bothStdout');
  if (positional.length !== 1) return error('cli.usage');
  if (positional[0].trim() === '') return error('cli.emptyValue', { option: lang === 'sv' ? '<arbetsbok.xlsx>' : '<workbook.xlsx>' });
  return { kind: 'run', options: { ...options, input: positional[0] } };
}
