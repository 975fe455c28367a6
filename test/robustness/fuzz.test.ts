/**
 * Fuzzing the whole computation (issue 6, item 2): random cells in random workbook shapes go through
 * `reconcileSheets`, in Swedish and English, and a smaller number through the .xlsx adapter and back.
 *
 * The properties:
 * - it never throws and finishes quickly;
 * - it never changes its input (the sheets are deep-frozen, and compared with a copy afterwards);
 * - every error and every check names a sheet of the input and a valid A1 cell inside that sheet's used
 *   grid (the rows it has and the widest row), with two documented exceptions: a sheet with no cells at all
 *   is named at A1, and a value missing beside its label (`Flaggningsgräns belopp (kr)` with nothing
 *   after it) is named at the empty cell where it belongs, which may be one column past the used grid;
 * - every message key is in the catalogue and every `{placeholder}` of its text gets a parameter, in both
 *   languages;
 * - every output sheet carries the generated mark, and the name it gets never is a user sheet's name;
 * - through ExcelJS: the user's sheets read back cell for cell the same from the output file, and a second
 *   run replaces the first run's sheets instead of adding more.
 *
 * Fixed seeds keep CI reproducible; fast-check prints the seed and the shrunk counterexample on failure.
 * To explore, run with FUZZ_SEED=<n> FUZZ_RUNS=<n>.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { CellValue, SheetData, SheetVisibility, isCellError } from '../../src/core/cells';
import { Check } from '../../src/core/deviations/checks';
import { checkMessage } from '../../src/core/render/check-text';
import { InputIssue } from '../../src/core/issues';
import { SETTINGS_SHEET, chooseSheetName, generatedMark, isOwnSheet } from '../../src/core/marks';
import { Lang, MESSAGES, formatMessage, isMessageKey } from '../../src/core/messages';
import { reconcileSheets } from '../../src/core/reconcile';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { excelJsOf } from '../helpers/xlsx';
import { badPlace } from './corpus-checks';

const SEED = Number(process.env.FUZZ_SEED ?? 20240613);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const XLSX_RUNS = Number(process.env.FUZZ_XLSX_RUNS ?? 40);
const TODAY = '2018-03-15';

// ---------------------------------------------------------------------------------------------------------
// Cells

const HEADER_WORDS = [
  'Budget',
  'Budget helår',
  'Årsbudget',
  'Lagd budget',
  'Budget 2017',
  'Budget (tkr)',
  'Budget 2018 (i miljoner kronor)',
  'Utfall',
  'Utfall helår',
  'Bokfört',
  'Utfall 2017',
  'Utfall 2016',
  'Utfall t.o.m. augusti',
  'Actual',
  'Outcome',
  'Prognos',
  'Prognos i delårsbokslut',
  'Helårsprognos',
  'Forecast',
  'Avvikelse',
  'Budgetavvikelse',
  'Avvikelse budget-utfall',
  'Variance',
  'Deviation',
  'Utfall föregående år',
  'Prior year',
  'Utfall år-1',
  'Målområde',
  'Mål',
  'Fokusområde',
  'Verksamhetsområde',
  'Område',
  'Goal area',
  'Projekt',
  'Aktivitet',
  'Post',
  'Rad',
  'Konto',
  'Kontonamn',
  'Benämning',
  'Line',
  'Account',
  'Item',
  'Typ',
  'Intäkt/Kostnad',
  'Type',
  'Kommentar',
  'Förklaring',
  'Åtgärd',
  'Comment',
  'Medlem',
  'Kommun',
  'Region',
  'Member',
  'Invånare',
  'Folkmängd',
  'Antal invånare',
  'Population',
  'Kommunkod',
  'Organisationsnummer',
  'Org.nr',
  'Andel',
  'Fast andel',
  'Fast belopp',
  'Avgift',
  'Share',
  'Fee',
  'Parameter',
  'Värde',
  'Value',
  'Finansiellt mål',
  'Nyckeltal',
  'Villkor',
  'Gränsvärde',
  'Financial goal',
  'Metric',
  'Condition',
  'Threshold',
];
const TOTAL_WORDS = [
  'Summa',
  'Summa intäkter',
  'Summa kostnader',
  'Totalt',
  'Total',
  'Totalsumma',
  'Resultat',
  'RESULTAT',
  'Årets resultat',
  'Periodens resultat',
  'Netto',
  'Nettokostnad projekt',
  'Summa eget kapital och skulder',
  'Summa tillgångar',
];
const LABEL_WORDS = [
  'Mål 1: Goda förutsättningar',
  'Mål 2',
  'Mål 3',
  'Övrigt',
  'Intäkter',
  'Kostnader',
  'Intäkter, projekt',
  'Kostnader, projekt',
  'Medlemsavgifter',
  'Bidrag',
  'Ersättning',
  'Intäkt',
  'Kostnad',
  'Personal',
  'Lokaler',
  'Eget kapital',
  'Kassa och bank',
  'Kortfristiga skulder',
  'Kortfristiga fordringar',
  'Omsättningstillgångar',
  'Förråd',
  'Balanskravsresultat',
  'Stockholm',
  'Södertälje',
  'Region Sörmland',
  'Eskilstuna',
];
const FEE_WORDS = [
  'Avgift per invånare',
  'Belopp att fördela',
  'Fördelningsnyckel',
  'Fast del per medlem',
  'Uppräkning',
  'Avgiftsår',
  'Referensdatum',
  'Fakturadatum',
  'Betalningsvillkor',
  'Första fakturanummer',
  'Faktureringsperiod',
  'Bankgiro',
  'Avsändare',
  'Vår referens',
  'Momstext',
  'Avrundning',
  'Fee per inhabitant',
  'Amount to allocate',
  'Allocation key',
  'Invoicing period',
  'Invånare',
  'Lika delar',
  'Andel',
  'Hälften lika, hälften invånare',
  'År',
  'Halvår',
  'Kvartal',
  'Månad',
  'Hela kronor',
  'Öre',
  'Ja',
  'Nej',
  '5050-1055',
  '212000-2882',
  '2018-01-31',
  '30',
  '170001',
  '2,5 %',
];
const GOAL_WORDS = [
  'Kassalikviditet',
  'Balanslikviditet',
  'Soliditet',
  'Eget kapital',
  'Årets resultat',
  'Balanskravsresultat',
  'Budget i balans',
  '(Kortfristiga fordringar + Kassa och bank) / Kortfristiga skulder',
  '((',
  'Kassa och bank /',
  '"Kassa',
  '1/0',
  'Eget kapital › Summa',
  '>',
  '≥',
  '>=',
  '<',
  '≤',
  '<=',
  '=',
  '!',
  '1,0',
  '100 %',
  '12 mnkr',
  '0',
  'tolv',
];
const NUMBER_TEXTS = [
  '1 234,50',
  '1\u00a0234,50',
  '1\u202f234,50',
  '−1 234',
  '-1 234',
  '1 824 368 -',
  '- 456',
  '(1 234)',
  '1.234,50',
  '-1.91',
  '1.234',
  '12 %',
  '0,5 %',
  '-',
  '–',
  '—',
  '',
  '   ',
  '0',
  '-0',
  '1e308',
  '1e-320',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '١٢٣',
  '12 tkr',
  '3 mnkr',
  '99999999999999999999999999999999999,99',
  '0,000000000000000000001',
  '1 234 567 890 123 456 789',
  ',',
  '.',
  '1,2,3',
  '1..2',
];
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'];
const ODD_TEXTS = [
  '=SUM(A1:A3)',
  '=HYPERLINK("http://example.com","x")',
  '+46 8 123 45',
  '-cmd|calc',
  '@SUM(1)',
  '=1+1',
  'מרכז',
  'ميزانية',
  'Budget \u202eltfall',
  '💰 Utfall',
  '👩‍👩‍👧 Mål 1',
  'Mål\u00001',
  '\t',
  '\n',
  'Summa\u00a0',
  'x'.repeat(2000),
  'Summa '.repeat(300),
  '{line}',
  '{found} {expected}',
  'Skapat av Avstämning. Bladet ersätts vid nästa körning.',
];

const oneOfWords = (words: readonly string[]) => fc.constantFrom(...words);

/** Numbers as Excel could hold them: every finite double, the extremes and −0 on purpose. */
const excelNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((ore) => ore / 100),
  fc.constantFrom(-0, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324, -5e-324, 0.1 + 0.2, 1e-7, 43100),
);

const anyText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: oneOfWords(ODD_TEXTS), weight: 1 },
);

function cellArbitrary(textUnit: fc.Arbitrary<string>, oddNumbers: boolean): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: 6 },
    { arbitrary: excelNumber, weight: 6 },
    // Excel never delivers these, but a hand-made .xlsx can (`<v>NaN</v>` reads as NaN).
    { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity), weight: oddNumbers ? 1 : 0 },
    { arbitrary: oneOfWords(NUMBER_TEXTS), weight: 3 },
    { arbitrary: oneOfWords(ERRORS).map((error) => ({ error })), weight: 1 },
    { arbitrary: fc.boolean(), weight: 1 },
    { arbitrary: oneOfWords(HEADER_WORDS), weight: 3 },
    { arbitrary: oneOfWords(TOTAL_WORDS), weight: 2 },
    { arbitrary: oneOfWords(LABEL_WORDS), weight: 3 },
    { arbitrary: oneOfWords([...FEE_WORDS, ...GOAL_WORDS]), weight: 2 },
    { arbitrary: textUnit, weight: 2 },
  );
}

const coreCell = cellArbitrary(anyText, true);
/** For the .xlsx round trip: text XML can hold (no control characters; ExcelJS writes them raw). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
const XML_ILLEGAL = new RegExp('[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]', 'g');
const xlsxCell = cellArbitrary(
  anyText.map((s) => s.replace(XML_ILLEGAL, '')),
  false,
);

// ---------------------------------------------------------------------------------------------------------
// Workbook shapes

const ROLE_HEADERS = {
  label: ['Projekt', 'Konto', 'Post', 'Benämning', 'Line', 'Målområde', 'Mål'],
  goal: ['Målområde', 'Mål', 'Fokusområde', 'Goal area'],
  amount: [
    'Budget',
    'Budget 2017',
    'Budget (tkr)',
    'Utfall',
    'Utfall 2017',
    'Utfall 2016',
    'Actual',
    'Prognos',
    'Avvikelse',
    'Variance',
    'Utfall föregående år',
  ],
  other: ['Typ', 'Kommentar', 'Åtgärd', 'Budget', 'Utfall'],
};

/** Blank rows before a header, so header rows land anywhere in rows 1–32 (the search covers 30). */
const lead = (cell: fc.Arbitrary<CellValue>) =>
  fc
    .integer({ min: 0, max: 31 })
    .chain((n) => fc.array(fc.oneof(fc.constant<CellValue[]>([]), fc.array(cell, { maxLength: 3 })), { minLength: n, maxLength: n }));

/** A budget table: a label column, an optional goal-area column, amounts; items, totals, blank rows. */
function budgetTable(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[][]> {
  const header = fc.tuple(
    fc.constantFrom(...ROLE_HEADERS.label),
    fc.option(fc.constantFrom(...ROLE_HEADERS.goal), { nil: undefined }),
    // Mostly both sides of the comparison (a table needs a budget and an outcome to give deviations); sometimes
    // any mix, so tables with one side missing are reached too.
    fc.oneof(
      {
        arbitrary: fc
          .tuple(
            fc.constantFrom('Budget', 'Budget 2017', 'Budget (tkr)'),
            fc.constantFrom('Utfall', 'Utfall 2017', 'Actual'),
            fc.uniqueArray(fc.constantFrom('Prognos', 'Avvikelse', 'Variance', 'Utfall föregående år'), { maxLength: 3 }),
          )
          .map(([b, o, rest]) => [b, o, ...rest]),
        weight: 3,
      },
      { arbitrary: fc.uniqueArray(fc.constantFrom(...ROLE_HEADERS.amount), { minLength: 1, maxLength: 5 }), weight: 1 },
    ),
    fc.option(fc.constantFrom(...ROLE_HEADERS.other), { nil: undefined }),
    fc.nat({ max: 3 }),
  );
  return fc.tuple(lead(cell), header).chain(([before, [labelHeader, goalHeader, amounts, other, indent]]) => {
    const headerRow: CellValue[] = [
      ...Array<CellValue>(indent).fill(null),
      ...(goalHeader ? [goalHeader] : []),
      labelHeader,
      ...amounts,
      ...(other ? [other] : []),
    ];
    const width = headerRow.length;
    const amountCell = fc.oneof({ arbitrary: excelNumber, weight: 5 }, { arbitrary: cell, weight: 2 });
    const row = fc.oneof(
      // an item row
      {
        arbitrary: fc
          .tuple(
            fc.oneof(oneOfWords(LABEL_WORDS), cell),
            fc.oneof(oneOfWords(LABEL_WORDS), cell),
            fc.array(amountCell, { minLength: amounts.length, maxLength: amounts.length }),
            cell,
          )
          .map(([g, l, a, o]) => [...Array<CellValue>(indent).fill(null), ...(goalHeader ? [g] : []), l, ...a, ...(other ? [o] : [])]),
        weight: 6,
      },
      // a total row
      {
        arbitrary: fc
          .tuple(oneOfWords(TOTAL_WORDS), fc.array(amountCell, { minLength: amounts.length, maxLength: amounts.length }))
          .map(([t, a]) => [...Array<CellValue>(indent + (goalHeader ? 1 : 0)).fill(null), t, ...a]),
        weight: 2,
      },
      // a blank or ragged row of anything
      { arbitrary: fc.array(cell, { maxLength: width + 2 }), weight: 1 },
    );
    return fc.array(row, { maxLength: 25 }).map((rows) => [...before, headerRow, ...rows]);
  });
}

/** `Parameter | Värde` rows (SPEC 3.2). */
function parameterTable(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[][]> {
  const pair = fc.tuple(
    fc.oneof({ arbitrary: oneOfWords(FEE_WORDS), weight: 4 }, { arbitrary: cell, weight: 1 }),
    fc.oneof(oneOfWords(FEE_WORDS), excelNumber, cell),
  );
  return fc
    .tuple(lead(cell), fc.constantFrom<CellValue[]>(['Parameter', 'Värde'], ['Parameter', 'Value']), fc.array(pair, { maxLength: 12 }))
    .map(([before, head, rows]) => [...before, head, ...rows]);
}

/** A members table: Medlem with some of Invånare, Andel, Avgift, Kommunkod, Organisationsnummer. */
function membersTable(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[][]> {
  return fc
    .tuple(
      lead(cell),
      fc.constantFrom('Medlem', 'Kommun', 'Member'),
      fc.uniqueArray(fc.constantFrom('Invånare', 'Andel', 'Avgift', 'Kommunkod', 'Organisationsnummer', 'Föregående års avgift', 'Referensdatum'), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .chain(([before, member, others]) => {
      const row = fc
        .tuple(
          fc.oneof(oneOfWords(LABEL_WORDS), oneOfWords(TOTAL_WORDS), cell),
          fc.array(fc.oneof(excelNumber, cell), { minLength: others.length, maxLength: others.length }),
        )
        .map(([m, v]) => [m, ...v]);
      return fc.array(row, { maxLength: 12 }).map((rows) => [...before, [member, ...others], ...rows]);
    });
}

/** The goals table (SPEC 5) and statement-like rows with year columns for the metrics to find. */
function goalsTable(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[][]> {
  const goal = fc.tuple(
    fc.oneof(fc.constant('Likviditet'), cell),
    fc.oneof(oneOfWords(GOAL_WORDS), cell),
    fc.oneof(oneOfWords(GOAL_WORDS), cell),
    fc.oneof(oneOfWords(GOAL_WORDS), excelNumber, cell),
  );
  const statement = fc.tuple(fc.oneof(oneOfWords(LABEL_WORDS), oneOfWords(TOTAL_WORDS), cell), fc.oneof(excelNumber, cell), fc.oneof(excelNumber, cell));
  return fc
    .tuple(
      fc.array(goal, { maxLength: 6 }),
      fc.constantFrom<CellValue[]>(
        ['Post', '2017', '2016'],
        ['Balansräkning', '2017-12-31', '2016-12-31'],
        ['Resultaträkning', 'Utfall 2017', 'Utfall 2016'],
        ['Balanskravsutredning', 2017, 2016],
      ),
      fc.array(statement, { maxLength: 15 }),
    )
    .map(([goals, head, rows]): CellValue[][] => [['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'], ...goals, [], head, ...rows]);
}

const randomGrid = (cell: fc.Arbitrary<CellValue>) => fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 35 });

const SHEET_NAMES = [
  'Avvikelser',
  'Kontroller',
  'Deviations',
  'Checks',
  'Medlemsavgifter',
  'Fakturor',
  'Finansiella mål',
  'Member fees',
  'Invoices',
  'Financial goals',
  'Avvikelser (2)',
  'avvikelser',
  SETTINGS_SHEET.sv,
  SETTINGS_SHEET.en,
  'Avgifter',
  'Avgift 2018',
  'Projekt',
  'Målområden',
  'Drift',
  'Blad1',
  'Balansräkning',
  'Resultaträkning',
  'ميزانية',
  '💰',
  "O'Brien",
  'Sheet 1',
  'Budget (tkr)',
];

/** Parameters and members that mostly make sense, so fees are allocated and invoices written, with some noise. */
function feeSheet(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue[][]> {
  const noisy = <T extends CellValue>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: cell, weight: 1 });
  const params = fc.tuple(
    fc.oneof(
      fc.tuple(fc.constant('Avgift per invånare'), noisy(fc.integer({ min: 0, max: 50 }))),
      fc.tuple(fc.constant('Belopp att fördela'), noisy(fc.integer({ min: -5, max: 10_000_000 }))),
    ),
    fc.option(fc.tuple(fc.constant('Fördelningsnyckel'), noisy(fc.constantFrom('Invånare', 'Lika delar', 'Andel', 'Hälften lika, hälften invånare'))), {
      nil: undefined,
    }),
    fc.option(fc.tuple(fc.constant('Fast del per medlem'), noisy(fc.integer({ min: 0, max: 100_000 }))), { nil: undefined }),
    fc.tuple(fc.constant('Fakturadatum'), noisy(fc.constantFrom<CellValue>('2018-01-31', 43131, '2018-02-30'))),
    fc.tuple(fc.constant('Faktureringsperiod'), noisy(fc.constantFrom('År', 'Halvår', 'Kvartal', 'Månad'))),
    fc.option(fc.tuple(fc.constant('Bankgiro'), noisy(fc.constantFrom('5050-1055', '5050-1056'))), { nil: undefined }),
    fc.option(fc.tuple(fc.constant('Första fakturanummer'), noisy(fc.constantFrom<CellValue>(170001, '0001', '99999999999999999999'))), { nil: undefined }),
  );
  const member = fc.tuple(
    noisy(fc.constantFrom('Eskilstuna', 'Flen', 'Gnesta', 'Katrineholm', 'Nyköping', 'Region Sörmland')),
    noisy(fc.integer({ min: 0, max: 1_000_000 })),
    noisy(fc.integer({ min: 0, max: 100 })),
    noisy(fc.constantFrom<CellValue>('212000-2882', '0484', null)),
  );
  return fc
    .tuple(params, fc.array(member, { minLength: 1, maxLength: 8 }))
    .map(([p, members]): CellValue[][] => [
      ['Parameter', 'Värde'],
      ...p.filter((row) => row !== undefined).map((row): CellValue[] => [...row]),
      [],
      ['Medlem', 'Invånare', 'Andel', 'Organisationsnummer'],
      ...members,
    ]);
}

type Kind = 'grid' | 'budget' | 'parameters' | 'members' | 'fees' | 'goals' | 'settings' | 'generated';

interface Draft {
  name: string;
  kind: Kind;
  values: CellValue[][];
  visibility: SheetVisibility;
}

const OWN_SHEET = '\u0001own sheet\u0001';

function sheetDraft(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<Draft> {
  const byKind: Record<Kind, fc.Arbitrary<CellValue[][]>> = {
    grid: randomGrid(cell),
    budget: budgetTable(cell),
    parameters: parameterTable(cell),
    members: membersTable(cell),
    fees: feeSheet(cell),
    goals: goalsTable(cell),
    settings: fc.array(
      fc
        .tuple(
          fc.oneof(
            oneOfWords(['Flaggningsgräns belopp (kr)', 'Flaggningsgräns procent', 'Flag limit amount (kr)', 'Parameter', 'Projekt', ...FEE_WORDS]),
            cell,
          ),
          fc.oneof(oneOfWords(['med tecken', 'utan tecken', 'signed', ...FEE_WORDS]), excelNumber, cell),
        )
        .map(([k, v]): CellValue[] => (v === null ? [k] : [k, v])),
      { maxLength: 10 },
    ),
    // The sheet an earlier run wrote (its mark names it: OWN_SHEET is put in place once the name is known), or a user's copy of one.
    generated: fc
      .tuple(fc.constantFrom<Lang>('sv', 'en'), fc.boolean(), randomGrid(cell))
      .map(([lang, own, rows]) => [['Gammalt resultat'], [generatedMark(lang, own ? OWN_SHEET : 'Avvikelser')], ...rows]),
  };
  return fc
    .record({
      kind: fc.constantFrom<Kind>('grid', 'budget', 'budget', 'budget', 'parameters', 'members', 'fees', 'fees', 'goals', 'settings', 'generated'),
      name: fc.oneof(
        { arbitrary: fc.constantFrom(...SHEET_NAMES), weight: 3 },
        { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), weight: 1 },
      ),
      visibility: fc.constantFrom<SheetVisibility>('visible', 'visible', 'visible', 'hidden', 'veryHidden'),
    })
    .chain(({ kind, name, visibility }) =>
      byKind[kind].map((values) => ({
        kind,
        visibility,
        values,
        name:
          kind === 'settings'
            ? name.length % 2
              ? SETTINGS_SHEET.sv
              : SETTINGS_SHEET.en
            : (kind === 'parameters' || kind === 'fees') && name.length % 2
              ? `Avgift ${name}`
              : name,
      })),
    );
}

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, unique ignoring case. */
function legalName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  return [...(cleaned || 'Blad')].slice(0, 28).join('');
}

function workbook(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<SheetData[]> {
  return fc.array(sheetDraft(cell), { minLength: 1, maxLength: 6 }).map((drafts) => {
    const used = new Set<string>();
    return drafts.map((d, i) => {
      let name = legalName(d.name);
      while (used.has(name.toLocaleLowerCase('sv-SE'))) name = `${[...name].slice(0, 25).join('')} ${i}`;
      used.add(name.toLocaleLowerCase('sv-SE'));
      const values = d.kind === 'generated' ? d.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(OWN_SHEET, name) : v))) : d.values;
      return { name, values, visibility: d.visibility };
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// What is checked

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A copy that keeps −0 distinguishable from 0 (toStrictEqual uses Object.is for numbers). */
const copy = (sheets: readonly SheetData[]): SheetData[] =>
  sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (isCellError(v) ? { ...v } : v))) }));

const PLACEHOLDER = /\{(\w+)\}/g;

function missingParams(key: string, lang: Lang, params: Record<string, unknown>): string[] {
  if (!isMessageKey(key)) return [`unknown key ${key}`];
  return [...MESSAGES[key][lang].matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(p in params));
}

const CHECK_AMOUNTS = { expected: '', found: '', difference: '' };

/** Everything wrong with one run's result, as readable lines (an empty list when all holds). */
function problems(input: readonly SheetData[], lang: Lang): string[] {
  const out: string[] = [];
  const result = reconcileSheets(input, { lang, today: TODAY });
  const issues: InputIssue[] = result.analysis.errors;
  const checks: Check[] = result.analysis.checks;
  for (const e of issues) {
    const bad = badPlace(e, input);
    if (bad) out.push(`error ${e.key} at ${e.sheet}!${e.cell}: ${bad}`);
    for (const p of missingParams(e.key, lang, e.params ?? {})) out.push(`error ${e.key}: no value for {${p}}`);
    if (formatMessage(e.key, lang, e.params).trim() === '') out.push(`error ${e.key}: empty message`);
  }
  for (const c of checks) {
    const bad = badPlace(c, input);
    if (bad) out.push(`check ${c.messageKey} at ${c.sheet}!${c.cell}: ${bad}`);
    for (const p of missingParams(c.messageKey, lang, { ...c.params, ...CHECK_AMOUNTS })) out.push(`check ${c.messageKey}: no value for {${p}}`);
    if (checkMessage(c, lang).trim() === '') out.push(`check ${c.messageKey}: empty message`);
  }
  for (const e of result.json.errors) if (!input.some((s) => s.name === e.sheet)) out.push(`JSON error names no input sheet: ${e.sheet}`);
  // Output sheets: each carries the mark, and the name an adapter gives it is never a user sheet's.
  // Only the sheets an earlier run wrote may be overwritten; a user's copy of one is the user's.
  const existing = input.map((s) => ({ name: s.name, generated: isOwnSheet(s) }));
  const userNames = new Set(existing.filter((s) => !s.generated).map((s) => s.name.toLocaleLowerCase('sv-SE')));
  const taken = new Set<string>();
  for (const s of result.sheets) {
    if (s.notes[0] !== generatedMark(lang, s.name)) out.push(`output sheet ${s.name} has no generated mark in A2`);
    const name = chooseSheetName(s.name, existing, taken);
    if (userNames.has(name.toLocaleLowerCase('sv-SE'))) out.push(`output sheet ${s.name} would take the user sheet ${name}`);
    taken.add(name.toLocaleLowerCase('sv-SE'));
  }
  return out;
}

const report = (input: readonly SheetData[], found: string[]) => `${found.join('\n')}\nworkbook: ${JSON.stringify(input).slice(0, 4000)}`;

describe('fuzzing reconcileSheets with random workbooks', () => {
  const LANGS: Lang[] = ['sv', 'en'];

  test.each(LANGS)('never throws, never mutates its input, names real places and full messages (%s)', (lang) => {
    fc.assert(
      fc.property(workbook(coreCell), (sheets) => {
        const before = copy(sheets);
        const frozen = deepFreeze(copy(sheets));
        const found = problems(frozen, lang);
        if (found.length) throw new Error(report(frozen, found));
        expect(frozen).toStrictEqual(before);
      }),
      { seed: SEED + (lang === 'en' ? 1 : 0), numRuns: RUNS, verbose: 1 },
    );
  });

  test('the generator reaches the interesting shapes (else the properties above would hold vacuously)', () => {
    const samples = fc.sample(workbook(coreCell), { seed: SEED, numRuns: RUNS });
    const results = samples.map((s) => reconcileSheets(s, { lang: 'sv', today: TODAY }));
    const share = (p: (r: (typeof results)[number]) => boolean) => results.filter(p).length / results.length;
    const seen = {
      tables: share((r) => r.analysis.tables.length > 0),
      checks: share((r) => r.analysis.checks.length > 0),
      mismatches: share((r) => r.analysis.checks.some((c) => c.class === 'mismatch')),
      errors: share((r) => r.analysis.errors.length > 0),
      fees: share((r) => r.fees !== null),
      invoices: share((r) => (r.fees?.invoices.length ?? 0) > 0),
      goals: share((r) => r.goals !== null),
      settings: share((r) => r.analysis.errors.some((e) => e.key === 'settings.badNumber')),
      errorKeys: new Set(results.flatMap((r) => r.analysis.errors.map((e) => e.key))).size,
      checkKeys: new Set(results.flatMap((r) => r.analysis.checks.map((c) => c.messageKey))).size,
    };
    console.log(`fuzz coverage (share of ${RUNS} workbooks): ${JSON.stringify(seen)}`);
    expect(seen.tables).toBeGreaterThan(0.3);
    expect(seen.checks).toBeGreaterThan(0.2);
    expect(seen.mismatches).toBeGreaterThan(0.05);
    expect(seen.errors).toBeGreaterThan(0.3);
    expect(seen.fees).toBeGreaterThan(0.1);
    expect(seen.goals).toBeGreaterThan(0.1);
    expect(seen.invoices).toBeGreaterThan(0.03);
    expect(seen.errorKeys).toBeGreaterThan(15);
  });

  test('the place check itself rejects what it should', () => {
    const sheets: SheetData[] = [
      { name: 'X', values: [[1, 2], [3]] },
      { name: 'Tom', values: [] },
    ];
    expect(badPlace({ sheet: 'X', cell: 'B2' }, sheets)).toBeNull();
    expect(badPlace({ sheet: 'X', cell: 'C1' }, sheets)).toMatch(/outside/);
    expect(badPlace({ sheet: 'X', cell: 'A3' }, sheets)).toMatch(/outside/);
    expect(badPlace({ sheet: 'x', cell: 'A1' }, sheets)).toMatch(/no sheet/);
    expect(badPlace({ sheet: 'X', cell: 'A0' }, sheets)).toMatch(/no A1/);
    expect(badPlace({ sheet: 'X', cell: 'B1:B2' }, sheets)).toMatch(/no A1/);
    expect(badPlace({ sheet: 'Tom', cell: 'A1' }, sheets)).toBeNull();
    expect(badPlace({ sheet: 'Tom', cell: 'B1' }, sheets)).toMatch(/no cells/);
    expect(badPlace({ sheet: 'X', cell: 'B2', key: 'settings.badNumber' }, sheets)).toBeNull();
    expect(badPlace({ sheet: 'X', cell: 'C1', key: 'settings.badNumber' }, sheets)).toBeNull();
    expect(badPlace({ sheet: 'X', cell: 'D1', key: 'settings.badNumber' }, sheets)).toMatch(/outside/);
    expect(badPlace({ sheet: 'X', cell: 'C1', key: 'amount.notANumber' }, sheets)).toMatch(/outside/);
    expect(badPlace({ sheet: 'X', cell: 'C2', key: 'settings.badNumber' }, sheets)).toMatch(/outside/);
    expect(missingParams('check.noOutcome', 'sv', { expected: '' })).toEqual(['line']);
    expect(missingParams('no.such.key', 'en', {})).toEqual(['unknown key no.such.key']);
  });

  test('the edge cases on their own: an empty workbook, empty and hidden sheets, a lone header row', () => {
    const cases: SheetData[][] = [
      [],
      [{ name: 'Tom', values: [] }],
      [{ name: 'Tom', values: [[], [], []] }],
      [{ name: 'Dold', values: [['Projekt', 'Budget', 'Utfall']], visibility: 'hidden' }],
      [
        {
          name: 'Mycket dold',
          values: [
            ['Projekt', 'Budget', 'Utfall'],
            ['A', 1, 2],
          ],
          visibility: 'veryHidden',
        },
      ],
      [
        {
          name: 'Avvikelser',
          values: [
            ['Projekt', 'Budget', 'Utfall'],
            ['A', 1, 2],
          ],
        },
      ],
      [{ name: SETTINGS_SHEET.sv, values: [['Flaggningsgräns belopp (kr)'], ['Flaggningsgräns procent', { error: '#N/A' }]] }],
      // Found by the fuzzer: a members table with only `Fast belopp` and an empty amount reported an issue with no
      // message key (fees/models.ts had no "missing" key for fixedAmount), and formatMessage threw.
      [{ name: 'Member fees', values: [['Member', 'Fast belopp'], [{ error: '#N/A' }]] }],
      [
        {
          name: 'Medlemmar',
          values: [
            ['Medlem', 'Fast belopp'],
            ['Eskilstuna', null],
            ['Flen', 1000],
          ],
        },
      ],
    ];
    for (const lang of LANGS) for (const sheets of cases) expect(problems(deepFreeze(copy(sheets)), lang)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Through the .xlsx adapter

function toExcelJs(v: CellValue): ExcelJS.CellValue {
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

async function xlsxBuffer(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility ?? 'visible' });
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = toExcelJs(v);
      }),
    );
  }
  // Excel needs at least one visible sheet.
  if (sheets.every((s) => s.visibility && s.visibility !== 'visible')) wb.addWorksheet('Synligt');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('fuzzing the .xlsx round trip', () => {
  test("the user's sheets read back unchanged, output names never take a user sheet's, a second run replaces the first", async () => {
    await fc.assert(
      fc.asyncProperty(workbook(xlsxCell), fc.constantFrom<Lang>('sv', 'en'), async (sheets, lang) => {
        const input = await XlsxWorkbook.fromBuffer(await xlsxBuffer(sheets));
        const read = await input.readSheets();
        const userSheets = read.filter((s) => !isOwnSheet(s));
        const first = reconcileSheets(read, { lang, today: TODAY });
        const written = await input.writeSheets(first.sheets);
        const userNames = new Set(userSheets.map((s) => s.name.toLocaleLowerCase('sv-SE')));
        for (const n of written) expect(userNames.has(n.toLocaleLowerCase('sv-SE'))).toBe(false);

        const output = await XlsxWorkbook.fromBuffer(await input.toBuffer());
        const back = await output.readSheets();
        for (const s of userSheets) expect(back.find((b) => b.name === s.name)).toStrictEqual(s);
        for (const n of written) expect(isOwnSheet(back.find((b) => b.name === n)!)).toBe(true);
        // No text copied from the user's cells (labels such as `=HYPERLINK(…)`) becomes a formula.
        const outputBook = await excelJsOf(await input.toBuffer());
        for (const n of written) {
          outputBook.getWorksheet(n)!.eachRow((row) =>
            row.eachCell((cell) => {
              if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`${n}!${cell.address} is a formula: ${JSON.stringify(cell.value)}`);
            }),
          );
        }

        // The second run on the output: the same sheets come out under the same names.
        const second = reconcileSheets(back, { lang, today: TODAY });
        expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
        const rewritten = await output.writeSheets(second.sheets);
        expect(rewritten).toEqual(written);
        const names = (await output.readSheets()).map((s) => s.name);
        expect(names.length).toBe(new Set(names.map((n) => n.toLocaleLowerCase('sv-SE'))).size);
        expect(names.filter((n) => !written.includes(n)).sort()).toEqual(
          back
            .map((s) => s.name)
            .filter((n) => !written.includes(n))
            .sort(),
        );
      }),
      { seed: SEED + 2, numRuns: XLSX_RUNS, verbose: 1 },
    );
  }, 60_000);
});
