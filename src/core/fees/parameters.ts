import { CellValue, SheetData, cellAddress, cellAt, cellText } from '../cells';
import { Decimal } from '../decimal';
import { InputIssue } from '../issues';
import { isSettingsSheet } from '../marks';
import { ColumnFormat, columnFormat } from '../read/format-units';
import { parseAmountCell, parseNumber } from '../read/numbers';
import { normaliseLabel } from '../read/text';
import { KRONOR_PER_UNIT, Unit, unitFromText } from '../read/units';
import { UnitStatement, conflictParams, readAmountIn, statement } from './amount-units';
import { isNoteRow } from '../read/not-lines';
import { IsoDate, readDateCell } from './dates';
import { normaliseBankgiro, normaliseOrgNumber } from './identifiers';
import { PeriodKind } from './periods';

/** How a total is shared between the members (SPEC 3.1); `mix` is a part equally and the rest by population. */
export type AllocationKey = 'population' | 'equal' | 'share' | 'halfEqualHalfPopulation' | 'mix';

/** A share a text gives a member by name (`Försäkringskassan 50 %`). */
export interface NamedShare {
  name: string;
  /** Percent: 50 means 50 %. */
  percent: Decimal;
}

/**
 * How a total is shared, as written: a key, and for a written split the parts it names. `Fördelning: 30 % lika,
 * 70 % efter invånare` is a mix; `Försäkringskassan 50 %, Region Dalarna 25 %, kommunerna 25 % efter invånare`
 * gives two members their shares first and the rest by population (FINSAM).
 */
export interface AllocationSpec {
  /** Null when the text leaves the rest to a group without saying how (`kommunerna 25 %`): the table decides. */
  key: AllocationKey | null;
  /** For `mix`: the percent shared in equal parts; the rest goes by population. */
  equalPercent: Decimal | null;
  /** Shares taken before the rest is shared by the key. */
  named: NamedShare[];
  /** The percent the text leaves to the key (`kommunerna 25 %`), to check that the parts make 100 %. */
  restPercent: Decimal | null;
}

/** The fee and invoice parameters (SPEC 3.2), each read into the type it means. */
export interface ParameterValues {
  rate: Decimal;
  total: Decimal;
  key: AllocationSpec;
  fixedPart: Decimal;
  /** The least a member pays (`Lägsta avgift per medlem`, `dock lägst 50 000 kr`): a floor under a rate. */
  floor: Decimal;
  /** The most a member pays (`Högsta avgift per kommun`): a cap over a rate. */
  cap: Decimal;
  /** Percent: 2.5 means +2,5 %. */
  uplift: Decimal;
  name: string;
  /** Allocate in whole kronor (1) or in öre (0.01). */
  unit: Decimal;
  feeYear: number;
  referenceDate: IsoDate;
  populationSource: string;
  invoiceDate: IsoDate;
  paymentTerms: number;
  /** Digits; leading zeros are kept when the sequence counts on. */
  firstNumber: string;
  period: PeriodKind;
  bankgiro: string;
  sender: string;
  senderOrgNumber: string;
  ourReference: string;
  vatText: string;
  ocrLengthDigit: boolean;
}
export type ParameterKey = keyof ParameterValues;

/** The keys that say how a charge is computed; the others are invoice settings. */
export const MODEL_KEYS: readonly ParameterKey[] = ['rate', 'total', 'key', 'fixedPart', 'floor', 'cap', 'uplift'];

/** Names a user may write in the Parameter column, case-insensitive; the first Swedish and English ones are shown in messages. */
export const PARAMETER_NAMES: Record<ParameterKey, { sv: readonly string[]; en: readonly string[] }> = {
  rate: {
    sv: [
      'Avgift per invånare',
      'Avgift kr per invånare',
      'Medlemsavgift per invånare',
      'Avgift per folkbokförd',
      'Kronor per invånare',
      'Kr per invånare',
      'Belopp per invånare',
      'Verksamhetsavgift per invånare',
      'Rörlig avgift per invånare',
      'Rörlig del per invånare',
    ],
    en: ['Fee per inhabitant', 'Rate per inhabitant', 'Fee per capita', 'Rate per capita', 'Amount per inhabitant'],
  },
  total: {
    sv: [
      'Belopp att fördela',
      'Att fördela',
      'Totalt att fördela',
      'Summa att fördela',
      'Totalt medlemsbidrag',
      'Totala medlemsbidrag',
      'Medlemsbidrag totalt',
      'Total medlemsavgift',
      'Totala medlemsavgifter',
      'Medlemsavgifter totalt',
      'Totalbelopp',
    ],
    en: ['Amount to allocate', 'Amount to share', 'Total to allocate', 'Total member contributions', 'Total contributions', 'Total member fees'],
  },
  key: { sv: ['Fördelningsnyckel', 'Fördelning', 'Fördelningsgrund', 'Fördelas'], en: ['Allocation key', 'Allocation', 'Split'] },
  fixedPart: {
    sv: [
      'Fast del per medlem',
      'Fast del',
      'Fast del per kommun',
      'Grundavgift',
      'Grundavgift per medlem',
      'Grundavgift per kommun',
      'Grundbelopp per medlem',
      'Grundbelopp per kommun',
      'Basavgift',
      'Basavgift per medlem',
      'Fast avgift per medlem',
      'Fast avgift per kommun',
    ],
    en: ['Fixed part per member', 'Fixed part', 'Base fee', 'Base fee per member', 'Fixed fee per member'],
  },
  floor: {
    sv: [
      'Lägsta avgift',
      'Lägsta avgift per medlem',
      'Lägsta avgift per kommun',
      'Lägsta årsavgift',
      'Minsta avgift',
      'Minsta avgift per medlem',
      'Minsta avgift per kommun',
      'Minimiavgift',
      'Golvavgift',
    ],
    en: ['Minimum fee', 'Minimum fee per member', 'Fee floor'],
  },
  cap: {
    sv: [
      'Högsta avgift',
      'Högsta avgift per medlem',
      'Högsta avgift per kommun',
      'Högsta årsavgift',
      'Maximal avgift',
      'Maxavgift',
      'Maxavgift per medlem',
      'Maxavgift per kommun',
      'Avgiftstak',
      'Takbelopp',
    ],
    en: ['Maximum fee', 'Maximum fee per member', 'Fee cap'],
  },
  uplift: { sv: ['Uppräkning'], en: ['Uplift'] },
  name: { sv: ['Benämning', 'Avgiftsnamn'], en: ['Name', 'Charge'] },
  unit: { sv: ['Avrundning'], en: ['Rounding'] },
  feeYear: { sv: ['Avgiftsår'], en: ['Fee year'] },
  referenceDate: { sv: ['Referensdatum'], en: ['Reference date'] },
  populationSource: { sv: ['Källa', 'Källa invånare'], en: ['Source', 'Population source'] },
  invoiceDate: { sv: ['Fakturadatum'], en: ['Invoice date'] },
  paymentTerms: { sv: ['Betalningsvillkor'], en: ['Payment terms'] },
  firstNumber: { sv: ['Första fakturanummer'], en: ['First invoice number'] },
  period: { sv: ['Faktureringsperiod'], en: ['Invoicing period', 'Billing period'] },
  bankgiro: { sv: ['Bankgiro'], en: ['Bankgiro'] },
  sender: { sv: ['Avsändare'], en: ['Sender'] },
  senderOrgNumber: { sv: ['Organisationsnummer'], en: ['Organisation number', 'Organization number'] },
  ourReference: { sv: ['Vår referens'], en: ['Our reference'] },
  vatText: { sv: ['Momstext'], en: ['VAT text'] },
  ocrLengthDigit: { sv: ['OCR med längdsiffra'], en: ['OCR length digit'] },
};

/** A parameter name compared without case, surrounding space, a unit in parentheses, a trailing year or colon. */
export function keyText(text: string): string {
  return normaliseLabel(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[:.]$/, '')
    .trim()
    .replace(/\s+(?:19|20)\d\d$/, '')
    .trim();
}

const KEY_LOOKUP = new Map<string, ParameterKey>();
for (const [key, names] of Object.entries(PARAMETER_NAMES) as [ParameterKey, (typeof PARAMETER_NAMES)[ParameterKey]][]) {
  for (const n of [...names.sv, ...names.en]) KEY_LOOKUP.set(keyText(n), key);
}

/**
 * Names finance officers give the rate and the total beyond the listed ones, as patterns. A rate: a fee, price or
 * amount (or kronor alone) per inhabitant (`Avgift kr/invånare`, `Kr per inv.`, `Avgift (kr/inv)`, `Pris per
 * invånare och år`, `Invånaravgift`), never a bare `Invånare` (the population) or a cost per inhabitant (a key
 * figure). A total: what is `att fördela` (`Nettokostnad att fördela mellan medlemmarna`, `Ram att fördela`,
 * `Gemensamma kostnader att fördela`), a
 * `Budgetram`, `Totalt belopp`, `Att finansiera`; never a `Summa` of fees, which may be the list's own total.
 */
const NAME_PATTERNS: [RegExp, ParameterKey][] = [
  [
    /^(?:(?:(?:medlems|års|verksamhets|rörlig\s)?avgift|pris|belopp|price|fee|amount)\s*\(?\s*(?:kr|kronor|sek)?|kr|kronor|sek)\s*(?:per|\/)\s*(?:kommun)?(?:invånare|inv)\.?(?:\s*\))?(?:\s*(?:och|per|\/)\s*år)?(?=$|[\s:=(])|^(?:invånaravgift|avgift per capita|per capita fee)(?=$|[\s:=(])/u,
    'rate',
  ],
  [
    /^(?:(?:totalt?|totala|netto|summa|gemensamma|gemensam)\s+)?(?:(?:belopp|kostnad(?:er)?|nettokostnad(?:er)?|ram|budgetram|medel)\s+)?att fördela(?:\s+(?:mellan|på)\s+(?:medlemmarna|kommunerna|medlemskommunerna|parterna|finansiärerna))?(?=$|[\s:=(])|^(?:(?:total\s+)?budgetram|total\s+ram|ram(?=\s+(?:för\s+)?medlemsavgift))(?:\s+(?:för\s+)?medlemsavgift(?:er|en)?)?(?=$|[\s:=(])|^totalt belopp(?=$|[\s:=(])|^att finansiera(?:\s+av\s+medlemmarna)?(?=$|[\s:=(])/u,
    'total',
  ],
];

/** The parameter a text starts with by one of the patterns, and where its name ends (`Avgift kr/inv 2026: 52` → rate, the length of `Avgift kr/inv`). */
export function patternedName(text: string): { key: ParameterKey; length: number } | null {
  const lower = text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
  // Positions in `lower` are positions in `text` only where lower-casing and spacing kept every length.
  if (lower.length !== text.length) return null;
  for (const [pattern, key] of NAME_PATTERNS) {
    const m = pattern.exec(lower);
    if (m) return { key, length: m[0].length };
  }
  return null;
}

export function parameterKey(text: string): ParameterKey | null {
  const known = KEY_LOOKUP.get(keyText(text));
  if (known) return known;
  const spaced = text.trim().replace(/\s+/g, ' ');
  const named = patternedName(spaced);
  // The whole name, bar a trailing year or colon (`Avgift kr/inv 2026:`).
  return named && /^\s*(?:(?:19|20)\d\d)?\s*:?\s*$/.test(spaced.slice(named.length)) ? named.key : null;
}

const words = <T>(entries: Record<string, T>) => new Map(Object.entries(entries).map(([w, v]) => [keyText(w), v]));

const ALLOCATION_WORDS = words<AllocationKey>({
  invånare: 'population',
  'efter invånare': 'population',
  befolkning: 'population',
  folkmängd: 'population',
  population: 'population',
  'by population': 'population',
  'lika delar': 'equal',
  lika: 'equal',
  'equal parts': 'equal',
  equal: 'equal',
  andel: 'share',
  andelar: 'share',
  'fast andel': 'share',
  share: 'share',
  shares: 'share',
  'hälften lika, hälften invånare': 'halfEqualHalfPopulation',
  'hälften lika och hälften invånare': 'halfEqualHalfPopulation',
  'hälften lika, hälften efter invånare': 'halfEqualHalfPopulation',
  'half equal, half population': 'halfEqualHalfPopulation',
  'half equally, half by population': 'halfEqualHalfPopulation',
  'efter invånarantal': 'population',
  'efter antal invånare': 'population',
  'efter folkmängd': 'population',
  'i förhållande till invånarantal': 'population',
  'i förhållande till antal invånare': 'population',
  'i lika delar': 'equal',
  'efter andel': 'share',
  'efter andelar': 'share',
  'by share': 'share',
  'by shares': 'share',
});

const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|procent(?!\p{L})|percent(?!\p{L}))/u;
/** Fractions written in words, as a förbundsordning states them: `hälften`, `en fjärdedel`. */
const FRACTIONS: [RegExp, number][] = [
  [/(?<!\p{L})(tre fjärdedelar|three quarters)(?!\p{L})/u, 75],
  [/(?<!\p{L})(hälften|halva|half)(?!\p{L})/u, 50],
  [/(?<!\p{L})(en fjärdedel|fjärdedelen|en kvart|one quarter|a quarter)(?!\p{L})/u, 25],
];
const EQUAL_WORDS = /(?<!\p{L})(lika|equal|equally)(?!\p{L})/u;
const POPULATION_WORDS = /(invånar|folkmängd|befolkning|folkbokförd|population|inhabitant|per capita)/u;
/** Members spoken of as a group: they share what the others leave, by the key the text or the table gives. */
const GROUP_WORDS =
  /(?<!\p{L})(kommunerna|medlemskommunerna|övriga medlemmar|övriga|resten|återstoden|the municipalities|the rest|the remainder|other members)(?!\p{L})/u;
/** Words around a named share that are not part of the name (`enligt`, `till`, `ska betala`). */
const SHARE_FILLER = /(?<!\p{L})(enligt|till|för|står för|betalar|ska betala|bidrar|med|andel|paid by|pays|contributes|for|to|by|with)(?!\p{L})/gu;

function simple(key: AllocationKey): AllocationSpec {
  return { key, equalPercent: null, named: [], restPercent: null };
}

/** The figure of one part of a split: `25 %`, `25 procent`, `hälften`, `en fjärdedel`; null when it has none. */
function figureOf(part: string): { percent: Decimal; pattern: RegExp } | null {
  const m = PERCENT.exec(part);
  if (m) return { percent: new Decimal(m[1].replace(',', '.')), pattern: PERCENT };
  for (const [pattern, percent] of FRACTIONS) if (pattern.test(part)) return { percent: new Decimal(percent), pattern };
  return null;
}

type SplitPart = { percent: Decimal; by: 'equal' | 'population' | 'rest' | 'named'; name: string };

/**
 * A written split: parts separated by commas, `och`/`and`, each a percentage (or `hälften`, `en fjärdedel`)
 * with what it goes by: equal parts (`50 % lika`), population (`50 % efter invånare`), a group that shares the
 * rest (`kommunerna 25 % efter antal invånare`; `kommunerna en fjärdedel, fördelat efter folkmängd`) or a named
 * member (`Försäkringskassan 50 %`). Null when a part is none of these; the parts are checked against 100 %
 * when the fees are allocated, where the members are known.
 */
function writtenSplit(text: string): AllocationSpec | null {
  // `enligt FINSAM: Försäkringskassan 50 %, …`: what stands before a colon only names the rule.
  const body = text.includes(':') ? text.slice(text.lastIndexOf(':') + 1) : text;
  const pieces = body
    .split(/[,;]|(?<!\p{L})(?:och|samt|and|plus)(?!\p{L})/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const parts: SplitPart[] = [];
  for (const piece of pieces) {
    const lower = normaliseLabel(piece);
    const figure = figureOf(lower);
    const last = parts[parts.length - 1];
    if (!figure) {
      // `…, fördelat efter folkmängd`: how the part before it is shared.
      const by = POPULATION_WORDS.test(lower) ? 'population' : EQUAL_WORDS.test(lower) ? 'equal' : null;
      if (!last || by === null || last.by === 'named') return null;
      last.by = by;
      continue;
    }
    if (POPULATION_WORDS.test(lower)) parts.push({ percent: figure.percent, by: 'population', name: '' });
    else if (EQUAL_WORDS.test(lower)) parts.push({ percent: figure.percent, by: 'equal', name: '' });
    else if (GROUP_WORDS.test(lower)) parts.push({ percent: figure.percent, by: 'rest', name: '' });
    else {
      const name = piece.replace(new RegExp(figure.pattern.source, 'giu'), ' ').replace(SHARE_FILLER, ' ').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
      if (!/\p{L}/u.test(name)) return null;
      parts.push({ percent: figure.percent, by: 'named', name });
    }
  }
  if (parts.length === 0) return null;
  const total = (by: SplitPart['by']) => sumOf(parts.filter((p) => p.by === by).map((p) => p.percent));
  const [equal, population, rest] = [total('equal'), total('population'), total('rest')];
  const named = parts.filter((p) => p.by === 'named').map((p) => ({ name: p.name, percent: p.percent }));
  if (named.length > 0 || !rest.isZero()) {
    if (!equal.isZero() && !population.isZero()) return null;
    // The rest goes by the key the text names; with none, by the one the members table suggests (charges.ts).
    const key: AllocationKey | null = !population.isZero() ? 'population' : !equal.isZero() ? 'equal' : !rest.isZero() ? null : 'share';
    const restPercent = equal.plus(population).plus(rest);
    return { key, equalPercent: null, named, restPercent: restPercent.isZero() ? null : restPercent };
  }
  if (!equal.plus(population).equals(100)) return null;
  if (population.isZero()) return simple('equal');
  if (equal.isZero()) return simple('population');
  if (equal.equals(50)) return simple('halfEqualHalfPopulation');
  return { key: 'mix', equalPercent: equal, named: [], restPercent: null };
}

const sumOf = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));

/** An allocation key as a word (`Invånare`, `Lika delar`) or as a written split (`50 % lika, 50 % efter invånare`). */
export function readAllocation(value: CellValue): AllocationSpec | null {
  const text = cellText(value).trim();
  const word = ALLOCATION_WORDS.get(keyText(text));
  if (word) return simple(word);
  return writtenSplit(text);
}

const PERIODS = words<PeriodKind>({
  år: 'year',
  helår: 'year',
  year: 'year',
  annual: 'year',
  halvår: 'halfYear',
  'half-year': 'halfYear',
  'half year': 'halfYear',
  kvartal: 'quarter',
  quarter: 'quarter',
  månad: 'month',
  month: 'month',
});

const UNITS = words<string>({ 'hela kronor': '1', kronor: '1', kr: '1', 'whole kronor': '1', öre: '0.01', ören: '0.01' });
const YES_NO = words<boolean>({ ja: true, nej: false, yes: true, no: false, sant: true, falskt: false, true: true, false: false });

/** Zero-based rows and columns a table covers, inclusive. */
export interface CellBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where a parameter table is, and what each row holds as written. */
export interface ParameterTable {
  sheet: string;
  /** The `Parameter` header cell; for loose rows, the first of them. */
  cell: string;
  onSettingsSheet: boolean;
  /** Read from loose rows of a fee or members sheet (`Avgift per invånare 52 kr`), not from a table. */
  loose: boolean;
  /** The cells the table covers, so that loose rows are not looked for inside it. */
  block: CellBlock;
  rows: ParameterRow[];
}

/** One parameter as written: its key, its label, its value and the value's cell. */
export interface ParameterRow {
  key: ParameterKey;
  label: string;
  value: CellValue;
  cell: string;
  /** What the value cell's number format shows, when it scales the number (`#,##0,`); else null or absent. */
  format?: ColumnFormat | null;
  /** The unit the sheet states around the row (a title, the sheet's name), for amounts whose label states none. */
  context?: UnitStatement | null;
  /** The zero-based sheet row of a loose row, where the sheet's titles above it are looked for. */
  sheetRow?: number;
  /** False for a rate found inside a sentence: the sentence's other words (`totalt 6 mnkr`) state no unit of it. */
  labelStatesUnit?: boolean;
  /**
   * A loose row whose name went on with words that are not understood (`Grundavgift enligt beslut | 100 000`):
   * named, its figure not used, and the charge it belongs to withheld, since that figure may well change it.
   * Holds the part of the name that is known (`Grundavgift`).
   */
  unclearName?: string;
}

/** What a scaling number format of a parameter's value cell shows (format-units.ts); null when it shows the number as stored. */
export function valueFormat(sheet: SheetData, r: number, c: number): ColumnFormat | null {
  return columnFormat(sheet, c, r, r);
}

/** An amount converted from the unit the workbook stated, for the note that says so. */
export interface AppliedUnit {
  sheet: string;
  cell: string;
  unit: Unit;
}

/** A parameter table read into typed values; a value that could not be read is reported and marked invalid. */
export interface Parameters {
  table: ParameterTable;
  values: Partial<ParameterValues>;
  invalid: Set<ParameterKey>;
  /** The value cell of each key, for messages. */
  cells: Partial<Record<ParameterKey, string>>;
  /** Amounts read in tkr or mnkr and converted to kronor. */
  applied: AppliedUnit[];
}

const isHeader = (v: CellValue, names: readonly string[]) => typeof v === 'string' && names.includes(normaliseLabel(v));

// `Fakturering` holds the invoice parameters (Faktureringsperiod, Första fakturanummer …) as often as an `Avgift…`
// sheet does (layouts10); `Fakturor` is not among them, being the name of the sheet Avstämning writes.
const FEE_SHEET_NAMES = ['avgift', 'medlemsavgift', 'medlemsbidrag', 'fees', 'fee ', 'member fee', 'member contribution', 'fakturering', 'invoicing'];

/**
 * Fee parameters live on the settings sheet, on sheets named for fees (`Avgift 2026`, `Medlemsavgifter 2025`,
 * `Medlemsbidrag`) or for invoicing (`Fakturering`), and on the members table's own sheet (SPEC 3.2).
 */
export function isFeeParameterSheet(sheet: SheetData): boolean {
  const name = normaliseLabel(sheet.name);
  return FEE_SHEET_NAMES.some((w) => name.startsWith(w));
}

/**
 * Every `Parameter | Värde` table of a sheet, read down to its first blank row. On the settings sheet, rows
 * that are not fee or invoice parameters belong to other settings and are passed over; on an `Avgift…` sheet,
 * an unknown parameter is reported, since a misspelt key would otherwise be silently ignored.
 */
export function findParameterTables(sheet: SheetData, issues: InputIssue[]): ParameterTable[] {
  const onSettingsSheet = isSettingsSheet(sheet);
  const tables: ParameterTable[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c + 1 < row.length; c++) {
      if (!isHeader(row[c], ['parameter']) || !isHeader(row[c + 1], ['värde', 'value'])) continue;
      const table: ParameterTable = {
        sheet: sheet.name,
        cell: cellAddress(r, c),
        onSettingsSheet,
        loose: false,
        block: { top: r, bottom: r, left: c, right: c + 1 },
        rows: [],
      };
      const seen = new Map<ParameterKey, string>();
      let end = r + 1;
      for (; end < sheet.values.length; end++) {
        const label = cellText(cellAt(sheet, end, c)).trim();
        if (label === '') break;
        const key = parameterKey(label);
        // A sentence under the table with nothing in the value column is a note on it, and the table ends there.
        if (key === null && isNoteRow(label) && cellText(cellAt(sheet, end, c + 1)).trim() === '') break;
        if (key === null) {
          if (!onSettingsSheet) issues.push({ key: 'fees.unknownParameter', sheet: sheet.name, cell: cellAddress(end, c), params: { key: label } });
          continue;
        }
        const first = seen.get(key);
        if (first !== undefined) {
          issues.push({ key: 'fees.parameterTwice', sheet: sheet.name, cell: cellAddress(end, c), params: { key: label, first } });
          continue;
        }
        seen.set(key, cellAddress(end, c));
        table.rows.push({ key, label, value: cellAt(sheet, end, c + 1), cell: cellAddress(end, c + 1), format: valueFormat(sheet, end, c + 1) });
      }
      table.block.bottom = end - 1;
      tables.push(table);
      r = end;
      break;
    }
  }
  return tables;
}

type Reader<T> = (value: CellValue) => T | null;

/** An amount in kronor: one that writes its unit (`6 000 tkr`) is converted from it. */
const amount: Reader<Decimal> = (v) => {
  const { parsed: p, unit } = parseAmountCell(v);
  return p.kind === 'number' && !p.value.isNegative() ? p.value.times(KRONOR_PER_UNIT[unit ?? 'kr']) : null;
};

/** A percentage: `2,5 %` as text, 2.5 typed as a number, or 0.025 from a cell formatted as percent (as in settings.ts). */
const percent: Reader<Decimal> = (v) => {
  const p = parseNumber(v);
  if (p.kind !== 'number') return null;
  const typedAsFraction = typeof v === 'string' ? v.includes('%') : p.value.abs().lt(1);
  const value = typedAsFraction ? p.value.times(100) : p.value;
  return value.gt(-100) ? value : null;
};

const wholeNumber = (v: CellValue, min: number, max: number): number | null => {
  const text = typeof v === 'string' ? v.replace(/\s*(dagar|dag|days|day)\.?$/i, '') : v;
  const p = parseNumber(text);
  if (p.kind !== 'number' || !p.value.isInteger() || p.value.lt(min) || p.value.gt(max)) return null;
  return p.value.toNumber();
};

const word =
  <T>(map: Map<string, T>) =>
  (v: CellValue): T | null =>
    map.get(keyText(cellText(v))) ?? null;

const text: Reader<string> = (v) => {
  const t = cellText(v).trim();
  return t === '' ? null : t;
};

const digits = (v: CellValue): string | null => {
  const t = typeof v === 'number' ? (Number.isSafeInteger(v) ? String(v) : '') : cellText(v).trim();
  return /^\d{1,20}$/.test(t) && /[1-9]/.test(t) ? t : null;
};

const date: Reader<IsoDate> = (v) => {
  const d = readDateCell(v);
  return d === 'empty' ? null : d;
};

/** An amount that is shared out or invoiced as it stands: kronor and öre, no finer. */
const money: Reader<Decimal> = (v) => {
  const value = amount(v);
  return value && value.decimalPlaces() <= 2 ? value : null;
};

const READERS: { [K in ParameterKey]: Reader<ParameterValues[K]> } = {
  rate: amount,
  total: money,
  key: readAllocation,
  fixedPart: money,
  floor: money,
  cap: money,
  uplift: percent,
  name: text,
  unit: (v) => {
    const u = word(UNITS)(v);
    return u === null ? null : new Decimal(u);
  },
  feeYear: (v) => wholeNumber(v, 1900, 2100),
  referenceDate: date,
  populationSource: text,
  invoiceDate: date,
  paymentTerms: (v) => wholeNumber(v, 0, 365),
  firstNumber: digits,
  period: word(PERIODS),
  bankgiro: (v) => normaliseBankgiro(cellText(v)),
  sender: text,
  senderOrgNumber: (v) => normaliseOrgNumber(cellText(v)),
  ourReference: text,
  vatText: text,
  ocrLengthDigit: word(YES_NO),
};

/** A value read as the key expects it, or null when it cannot be. */
export function parameterValue<K extends ParameterKey>(key: K, value: CellValue): ParameterValues[K] | null {
  return (READERS[key] as Reader<ParameterValues[K]>)(value);
}

/** What each key expects, as the message that explains a value that could not be read. */
const PROBLEM: Record<ParameterKey, string> = {
  rate: 'fees.parameterNotAmount',
  total: 'fees.parameterNotAmount',
  key: 'fees.parameterNotKey',
  fixedPart: 'fees.parameterNotAmount',
  floor: 'fees.parameterNotAmount',
  cap: 'fees.parameterNotAmount',
  uplift: 'fees.parameterNotPercent',
  name: 'fees.parameterEmpty',
  unit: 'fees.parameterNotRounding',
  feeYear: 'fees.parameterNotYear',
  referenceDate: 'fees.parameterNotDate',
  populationSource: 'fees.parameterEmpty',
  invoiceDate: 'fees.parameterNotDate',
  paymentTerms: 'fees.parameterNotDays',
  firstNumber: 'fees.parameterNotInvoiceNumber',
  period: 'fees.parameterNotPeriod',
  bankgiro: 'invoice.badBankgiro',
  sender: 'fees.parameterEmpty',
  senderOrgNumber: 'invoice.badSenderOrgNumber',
  ourReference: 'fees.parameterEmpty',
  vatText: 'fees.parameterEmpty',
  ocrLengthDigit: 'fees.parameterNotYesNo',
};

/** The message for a value that could not be read: empty, a negative total (SPEC 8), or not what the key expects. */
function problemOf(key: ParameterKey, value: CellValue): string {
  if (cellText(value).trim() === '') return 'fees.parameterEmpty';
  const p = parseNumber(value);
  if (key === 'total' && p.kind === 'number' && p.value.isNegative()) return 'fees.totalNegative';
  return PROBLEM[key];
}

/** The amounts among the parameters; a rate is kronor per inhabitant, whatever unit the sheet's other amounts are in. */
const AMOUNT_KEYS: ReadonlySet<ParameterKey> = new Set(['rate', 'total', 'fixedPart', 'floor', 'cap']);

/**
 * An amount parameter in the unit stated by its value, its own label (`Belopp att fördela (tkr)`) or, but for a
 * rate, the sheet around it (SPEC 1.2); a unit that cannot be told is reported and the value is not read.
 * Undefined: the value is no number, left to the key's reader to report.
 */
function amountInUnit(table: ParameterTable, row: ParameterRow, result: Parameters, issues: InputIssue[]): Decimal | null | undefined {
  const label = row.labelStatesUnit === false ? null : statement(unitFromText(row.label), 'fees.unitFrom.label', { text: row.label });
  const read = readAmountIn(row.value, label, row.key === 'rate' ? null : (row.context ?? null), row.format ?? null);
  if (read.kind === 'empty' || read.kind === 'error') return undefined;
  const at = { sheet: table.sheet, cell: row.cell };
  if (read.kind === 'conflict') {
    issues.push({ key: 'fees.unitConflict', ...at, params: conflictParams({ key: 'fees.unitWhatParameter', params: { key: row.label } }, read.statements) });
    return null;
  }
  if (read.kind === 'format') {
    issues.push({ key: 'fees.formatUnclear', ...at, params: { key: row.label, text: cellText(row.value), format: read.format, unit: read.unit } });
    return null;
  }
  if (read.value.isNegative() || (row.key !== 'rate' && read.value.decimalPlaces() > 2)) return undefined;
  if (read.unit !== 'kr') result.applied.push({ ...at, unit: read.unit });
  return read.value;
}

/** Read every row of a parameter table into its type; an empty or unreadable value is reported and marked invalid. */
export function readParameters(table: ParameterTable, issues: InputIssue[]): Parameters {
  const result: Parameters = { table, values: {}, invalid: new Set(), cells: {}, applied: [] };
  const set = <K extends ParameterKey>(key: K, value: ParameterValues[K]) => {
    result.values[key] = value;
  };
  for (const row of table.rows) {
    result.cells[row.key] = row.cell;
    if (row.unclearName) {
      result.invalid.add(row.key);
      issues.push({
        key: 'fees.parameterUnclear',
        sheet: table.sheet,
        cell: row.cell,
        params: { label: row.label, name: row.unclearName, value: cellText(row.value) },
      });
      continue;
    }
    if (AMOUNT_KEYS.has(row.key)) {
      const inUnit = amountInUnit(table, row, result, issues);
      if (inUnit === null) {
        result.invalid.add(row.key);
        continue;
      }
      if (inUnit !== undefined) {
        set(row.key, inUnit);
        continue;
      }
    }
    const value = (READERS[row.key] as Reader<ParameterValues[ParameterKey]>)(row.value);
    if (value !== null) {
      set(row.key, value);
      continue;
    }
    result.invalid.add(row.key);
    issues.push({ key: problemOf(row.key, row.value), sheet: table.sheet, cell: row.cell, params: { key: row.label, text: cellText(row.value).trim() } });
  }
  return result;
}
