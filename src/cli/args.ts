import { Convention } from '../core/read/convention';
import { Decimal } from '../core/decimal';
import { Lang } from '../core/messages';
import { parseNumberText } from '../core/read/numbers';

export interface CliOptions {
  input: string;
  out?: string;
  json?: string;
  invoicesCsv?: string;
  lang: Lang;
  amountThreshold?: Decimal;
  percentThreshold?: Decimal;
  conventions: Record<string, Convention>;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help'; lang: Lang } | { kind: 'version' } | { kind: 'usage-error'; lang: Lang; key: string; params: Record<string, string> };

function number(text: string): Decimal | null {
  const p = parseNumberText(text);
  return p.kind === 'number' && !p.value.isNegative() ? p.value : null;
}

/** Parse the command line (SPEC 7). Usage errors are values, not exceptions: the caller exits with 2. */
export function parseArgs(argv: readonly string[], defaultLang: Lang): ParsedArgs {
  const langIndex = argv.indexOf('--lang');
  const lang: Lang = langIndex >= 0 && argv[langIndex + 1] === 'en' ? 'en' : langIndex >= 0 && argv[langIndex + 1] === 'sv' ? 'sv' : defaultLang;
  const error = (key: string, params: Record<string, string> = {}): ParsedArgs => ({ kind: 'usage-error', lang, key, params });
  const positional: string[] = [];
  const options: Omit<CliOptions, 'input'> = { lang, conventions: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { kind: 'help', lang };
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[i + 1];
    const takesValue = ['--out', '--json', '--invoices-csv', '--lang', '--amount-threshold', '--percent-threshold', '--convention'];
    if (!takesValue.includes(name)) return error('cli.unknownOption', { option: arg });
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return error('cli.missingValue', { option: name });
    if (inline === undefined) i++;
    switch (name) {
      case '--out':
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
        const m = /^(.+)=(signed|unsigned)$/.exec(value);
        if (!m) return error('cli.badValue', { option: name, value, expected: lang === 'sv' ? 'Ange <blad>=signed eller <blad>=unsigned.' : 'Give <sheet>=signed or <sheet>=unsigned.' });
        options.conventions[m[1]] = m[2] as Convention;
        break;
      }
    }
  }
  if (positional.length !== 1) return error('cli.usage');
  return { kind: 'run', options: { ...options, input: positional[0] } };
}
