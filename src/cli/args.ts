import { Convention } from '../core/read/convention';
import { Decimal } from '../core/decimal';
import { Lang, MessageKey } from '../core/messages';
import { parseNumberText } from '../core/read/numbers';

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

const TAKES_VALUE = ['--out', '--json', '--invoices-csv', '--lang', '--amount-threshold', '--percent-threshold', '--convention'];
/** Options that name one sheet each and may be given once per sheet. */
const PER_SHEET = ['--convention'];

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
  const options: Omit<CliOptions, 'input'> = { lang, conventions: [] };
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
        // The last `=` splits, so a sheet name may hold one.
        const m = /^(.+)=(signed|unsigned|ledger)$/.exec(value);
        if (!m || m[1].trim() === '') return error('cli.badValue', { option: name, value, expected: lang === 'sv' ? 'Ange <blad>=signed, unsigned eller ledger.' : 'Give <sheet>=signed, unsigned or ledger.' });
        options.conventions.push({ option: name, sheet: m[1], value: m[2] as Convention });
        break;
      }
    }
  }
  if (options.json === '-' && options.invoicesCsv === '-') return error('cli.bothStdout');
  if (positional.length !== 1) return error('cli.usage');
  if (positional[0].trim() === '') return error('cli.emptyValue', { option: lang === 'sv' ? '<arbetsbok.xlsx>' : '<workbook.xlsx>' });
  return { kind: 'run', options: { ...options, input: positional[0] } };
}
