import { feeSheets, feesJson, invoicesCsv, invoicesJson } from '../../../src/core/fees';
import { isoToSerial } from '../../../src/core/fees/dates';
import { OutputSheet } from '../../../src/core/render/output';
import { SODERTORN, fees, membersSheet, parameterSheet } from './workbook';

const workbook = () => [
  membersSheet(
    ['Medlem', 'Kommunkod', 'Organisationsnummer', 'Invånare (SCB 2017-12-31)'],
    SODERTORN.map(([n, code, p], i) => [n, code, i === 0 ? '212000-2882' : null, p]),
  ),
  parameterSheet([
    ['Avgift per invånare', 4],
    ['Avgiftsår', 2018],
    ['Fakturadatum', '2018-02-01'],
    ['Första fakturanummer', 18001],
    ['Faktureringsperiod', 'Halvår'],
    ['Bankgiro', '5050-1055'],
    ['Avsändare', 'Södertörnskommunernas samarbetskommitté'],
  ]),
  parameterSheet(
    [
      ['Benämning', 'Södertörns Rådslag 2018'],
      ['Belopp att fördela', 106791],
      ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
      ['Faktureringsperiod', 'År'],
    ],
    'Avgift Rådslag',
  ),
];

const column = (sheet: OutputSheet, header: string) => sheet.table.columns.findIndex((c) => c.header === header);
const bodyRows = (sheet: OutputSheet) => sheet.table.rows.filter((_, i) => sheet.table.rowStyles[i] === 'normal');
const sumOf = (rows: (string | number | null)[][], col: number) => Math.round(rows.reduce((a, r) => a + ((r[col] as number) ?? 0), 0) * 100) / 100;

describe('the Medlemsavgifter sheet', () => {
  const [sheet] = feeSheets(fees(workbook()), 'sv');

  test('is named and marked as Avstämning’s, and says how each charge was computed', () => {
    expect(sheet).toMatchObject({ key: 'fees', name: 'Medlemsavgifter', table: { name: 'Avstamning_Medlemsavgifter' } });
    expect(sheet.notes[0]).toMatch(/^Skapat av Avstämning/);
    expect(sheet.notes).toContain('Medlemsavgift 2018: 4\u00a0kr per invånare.');
    expect(sheet.notes).toContain('Södertörns Rådslag 2018: 106\u00a0791\u00a0kr fördelas hälften lika, hälften efter invånare.');
  });

  test('each charge’s sum row is the sum of its members, and the total row foots: 1 954 940 + 106 791', () => {
    const fee = column(sheet, 'Avgift (kr)');
    const rows = sheet.table.rows;
    const styles = sheet.table.rowStyles;
    expect(styles.filter((s) => s === 'group')).toHaveLength(2);
    expect(rows[8]).toEqual(['Summa Medlemsavgift 2018', null, null, null, 488735, null, null, 1954940, null]);
    expect(sumOf(rows.slice(0, 8), fee)).toBe(1954940);
    expect(rows[17][fee]).toBe(106791);
    expect(sumOf(rows.slice(9, 17), fee)).toBe(106791);
    expect(rows[18]).toEqual(['Totalt', null, null, null, null, null, null, 2061731, null]);
    expect(styles[18]).toBe('total');
  });

  test('each member row shows the population with its date and source, and the basis in words', () => {
    const botkyrka = sheet.table.rows[0];
    expect(botkyrka).toEqual([
      'Medlemsavgift 2018',
      'Botkyrka kommun',
      '0127',
      '212000-2882',
      91930,
      isoToSerial('2017-12-31'),
      'SCB',
      367720,
      '4\u00a0kr × 91\u00a0930 invånare (SCB 2017-12-31)',
    ]);
    expect(sheet.table.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'integer', 'date', 'text', 'amount', 'text']);
  });

  test('in English', () => {
    const [english] = feeSheets(fees(workbook()), 'en');
    expect(english).toMatchObject({ name: 'Member fees', table: { name: 'Avstamning_MemberFees' } });
    expect(english.table.rows[0][8]).toBe('4 kr × 91,930 inhabitants (SCB 2017-12-31)');
    expect(english.table.rows.at(-1)![0]).toBe('Total');
  });

  test('a member without a fee is listed with where to look, and is in no sum', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Invånare'],
        [
          ['Botkyrka kommun', null],
          ['Salems kommun', 16664],
        ],
      ),
      parameterSheet([['Avgift per invånare', 4]]),
    ]);
    const [s] = feeSheets(outcome, 'sv');
    // No member has a municipality code, org. number, reference date or source: those columns are left out.
    expect(s.table.columns.map((c) => c.header)).toEqual(['Avgift', 'Medlem', 'Invånare', 'Avgift (kr)', 'Underlag']);
    expect(s.table.rows[0]).toEqual(['Medlemsavgift', 'Botkyrka kommun', null, null, '⚠ Ingen avgift: se Medlemmar!B4']);
    expect(s.table.rows[2][3]).toBe(66656);
  });
});

describe('the Fakturor sheet', () => {
  const [, sheet] = feeSheets(fees(workbook()), 'sv');

  test('one row per member and period, with a total row that foots', () => {
    const rows = bodyRows(sheet);
    expect(rows).toHaveLength(8 * 2 + 8);
    const total = sheet.table.rows.at(-1)!;
    expect(total[0]).toBe('Totalt');
    for (const header of ['Belopp', 'Öresavrundning', 'Att betala']) expect(total[column(sheet, header)]).toBe(sumOf(rows, column(sheet, header)));
    expect(total[column(sheet, 'Att betala')]).toBe(2061731);
  });

  test('the first row is an invoice as the finance system needs it', () => {
    const headers = sheet.table.columns.map((c) => c.header);
    expect(Object.fromEntries(headers.map((h, i) => [h, sheet.table.rows[0][i]]))).toEqual({
      Fakturanummer: '18001',
      Fakturadatum: isoToSerial('2018-02-01'),
      Förfallodatum: isoToSerial('2018-03-03'),
      Avgift: 'Medlemsavgift 2018',
      Medlem: 'Botkyrka kommun',
      Organisationsnummer: '212000-2882',
      Period: 'Halvår 1 2018',
      Specifikation: 'Medlemsavgift 2018, Halvår 1 2018: 4\u00a0kr × 91\u00a0930 invånare (SCB 2017-12-31) = 367\u00a0720\u00a0kr, varav 1/2',
      Belopp: 183860,
      Öresavrundning: 0,
      'Att betala': 183860,
      Moms: 'Ej momspliktig – medlemsavgift',
      OCR: '180018',
      Bankgiro: '5050-1055',
    });
    expect(sheet.notes).toContain('Avsändare: Södertörnskommunernas samarbetskommitté · Bankgiro: 5050-1055');
    // No invoice has a buyer reference: the column is left out rather than written empty.
    expect(headers).not.toContain('Er referens');
  });
});

describe('the CSV export of the invoice table', () => {
  const csv = invoicesCsv(fees(workbook()), 'sv');
  const lines = csv.split('\r\n');

  test('is semicolon-separated with a header, one line per invoice, CRLF line ends', () => {
    expect(lines[0].split(';')).toEqual([
      'Fakturanummer',
      'Fakturadatum',
      'Förfallodatum',
      'Avgift',
      'Medlem',
      'Organisationsnummer',
      'Er referens',
      'Period',
      'Specifikation',
      'Belopp',
      'Öresavrundning',
      'Att betala',
      'Moms',
      'OCR',
      'Bankgiro',
      'Avsändare',
      'Avsändarens organisationsnummer',
      'Vår referens',
    ]);
    expect(lines).toHaveLength(1 + 24 + 1); // header, invoices, and the empty string after the last CRLF
    expect(lines.at(-1)).toBe('');
  });

  test('amounts have a decimal comma and no grouping; dates are ISO', () => {
    const first = lines[1].split(';');
    expect(first.slice(0, 3)).toEqual(['18001', '2018-02-01', '2018-03-03']);
    expect(first.slice(9, 12)).toEqual(['183860,00', '0,00', '183860,00']);
  });

  test('quotes text with a semicolon, and never lets a spreadsheet run a member’s name as a formula', () => {
    const outcome = fees([
      membersSheet(
        ['Medlem', 'Avgift'],
        [
          ['=HYPERLINK("x")', 100],
          ['Kommun; förvaltning', 200],
        ],
      ),
      parameterSheet([['Fakturadatum', '2018-02-01']]),
    ]);
    const [, a, b] = invoicesCsv(outcome, 'sv').split('\r\n');
    expect(a.split(';')[4]).toBe('"\'=HYPERLINK(""x"")"');
    expect(b).toContain(';"Kommun; förvaltning";');
  });
});

describe('the JSON (SPEC 7)', () => {
  const outcome = fees(workbook());

  test('fees: every member with population and fee as a decimal string, and a total that is their sum', () => {
    const json = feesJson(outcome, 'sv');
    expect(json.members).toHaveLength(16);
    expect(json.members[0]).toMatchObject({
      member: 'Botkyrka kommun',
      population: 91930,
      fee: '367720',
      charge: 'Medlemsavgift 2018',
      referenceDate: '2017-12-31',
      source: 'SCB',
    });
    expect(json.total).toBe('2061731');
    expect(json.charges.map((c) => [c.name, c.model, c.key, c.total])).toEqual([
      ['Medlemsavgift 2018', 'per-capita', null, '1954940'],
      ['Södertörns Rådslag 2018', 'allocation', 'half-equal-half-population', '106791'],
    ]);
  });

  test('invoices: number, member, period, ISO dates, OCR and amount as SPEC 7 names them', () => {
    const [first] = invoicesJson(outcome, 'sv') as Record<string, unknown>[];
    expect(first).toMatchObject({
      number: '18001',
      member: 'Botkyrka kommun',
      period: '2018-H1',
      date: '2018-02-01',
      dueDate: '2018-03-03',
      ocr: '180018',
      amount: '183860',
    });
  });
});
