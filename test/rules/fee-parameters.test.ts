/**
 * SPEC 3.2, Fee and invoice parameters: every key as written in Swedish and English, each value read into what
 * it means (amount, percentage, allocation key, period, date, days, invoice number, yes/no, bankgiro and
 * organisation number with their check digits), and the message when it cannot be.
 */
import { CellValue } from '../../src/core/cells';
import { normaliseBankgiro, normaliseMunicipalityCode, normaliseOrgNumber } from '../../src/core/fees/identifiers';
import { ParameterKey, ParameterTable, findParameterTables, parameterKey, readParameters } from '../../src/core/fees/parameters';
import { InputIssue } from '../../src/core/issues';
import { sheet } from '../helpers/sheets';

/** One parameter row read on its own: the value, or the message key when it could not be read. */
function read(key: ParameterKey, value: CellValue): unknown {
  const table: ParameterTable = {
    sheet: 'Avgift',
    cell: 'A1',
    onSettingsSheet: false,
    loose: false,
    block: { top: 0, bottom: 1, left: 0, right: 1 },
    rows: [{ key, label: key, value, cell: 'B2' }],
  };
  const issues: InputIssue[] = [];
  const { values } = readParameters(table, issues);
  if (issues.length) return issues.map((i) => `${i.key}@${i.cell}`).join(' ');
  const v = values[key];
  return v !== null && typeof v === 'object' && 'toFixed' in v ? v.toFixed() : v;
}

describe('SPEC 3.2 every parameter key, in Swedish and English, case and colon ignored', () => {
  it.each<[string, ParameterKey]>([
    ['Avgift per invånare', 'rate'],
    ['Fee per inhabitant', 'rate'],
    ['Rate per inhabitant', 'rate'],
    ['Belopp att fördela', 'total'],
    ['Amount to allocate', 'total'],
    ['Amount to share', 'total'],
    ['Fördelningsnyckel', 'key'],
    ['Allocation key', 'key'],
    ['Fast del per medlem', 'fixedPart'],
    ['Fixed part per member', 'fixedPart'],
    ['Uppräkning', 'uplift'],
    ['Uplift', 'uplift'],
    ['Benämning', 'name'],
    ['Avgiftsnamn', 'name'],
    ['Name', 'name'],
    ['Charge', 'name'],
    ['Avrundning', 'unit'],
    ['Rounding', 'unit'],
    ['Avgiftsår', 'feeYear'],
    ['Fee year', 'feeYear'],
    ['Referensdatum', 'referenceDate'],
    ['Reference date', 'referenceDate'],
    ['Källa', 'populationSource'],
    ['Källa invånare', 'populationSource'],
    ['Source', 'populationSource'],
    ['Population source', 'populationSource'],
    ['Fakturadatum', 'invoiceDate'],
    ['Invoice date', 'invoiceDate'],
    ['Betalningsvillkor', 'paymentTerms'],
    ['Payment terms', 'paymentTerms'],
    ['Första fakturanummer', 'firstNumber'],
    ['First invoice number', 'firstNumber'],
    ['Faktureringsperiod', 'period'],
    ['Invoicing period', 'period'],
    ['Billing period', 'period'],
    ['Bankgiro', 'bankgiro'],
    ['Avsändare', 'sender'],
    ['Sender', 'sender'],
    ['Organisationsnummer', 'senderOrgNumber'],
    ['Organisation number', 'senderOrgNumber'],
    ['Organization number', 'senderOrgNumber'],
    ['Vår referens', 'ourReference'],
    ['Our reference', 'ourReference'],
    ['Momstext', 'vatText'],
    ['VAT text', 'vatText'],
    ['OCR med längdsiffra', 'ocrLengthDigit'],
    ['OCR length digit', 'ocrLengthDigit'],
    ['AVGIFT PER INVÅNARE', 'rate'],
    ['  Avgift per invånare:  ', 'rate'],
    ['Avgift per invånare (kr)', 'rate'],
    ['Betalningsvillkor (dagar).', 'paymentTerms'],
  ])('%p is %p', (text, key) => {
    expect(parameterKey(text)).toBe(key);
  });

  it('an unknown word is no key', () => {
    expect([parameterKey('Avgift'), parameterKey('Momssats'), parameterKey('')]).toEqual([null, null, null]);
  });
});

describe('SPEC 3.2 each value read into what it means', () => {
  it('amounts: rate with öre and beyond (0,125 kr per invånare), a total and a fixed part in kronor and öre', () => {
    expect([read('rate', '52'), read('rate', '0,125'), read('rate', 4)]).toEqual(['52', '0.125', '4']);
    expect([read('total', '6 000 000'), read('total', '1 000,50'), read('fixedPart', 25000)]).toEqual(['6000000', '1000.5', '25000']);
  });

  it('an amount to share or invoice has no part smaller than an öre; a negative total says so', () => {
    expect(read('total', '1 000,505')).toBe('fees.parameterNotAmount@B2');
    expect(read('fixedPart', 0.001)).toBe('fees.parameterNotAmount@B2');
    expect(read('total', '-5')).toBe('fees.totalNegative@B2');
    expect(read('rate', '-5')).toBe('fees.parameterNotAmount@B2');
    expect(read('rate', 'fem')).toBe('fees.parameterNotAmount@B2');
  });

  it('an empty value is reported as empty, for any key', () => {
    expect([read('rate', null), read('name', '  '), read('key', '')]).toEqual(['fees.parameterEmpty@B2', 'fees.parameterEmpty@B2', 'fees.parameterEmpty@B2']);
  });

  it('uplift: `2,5 %` as text, 2,5 typed as a number and 0,025 from a percent-formatted cell are all 2,5 %', () => {
    expect([read('uplift', '2,5 %'), read('uplift', 2.5), read('uplift', 0.025), read('uplift', '-3 %')]).toEqual(['2.5', '2.5', '2.5', '-3']);
  });

  it('uplift: −100 % or less would make the fee nothing or negative and is not read', () => {
    expect([read('uplift', '-100 %'), read('uplift', '-99,9 %'), read('uplift', 'mycket')]).toEqual([
      'fees.parameterNotPercent@B2',
      '-99.9',
      'fees.parameterNotPercent@B2',
    ]);
  });

  it.each([
    ['Invånare', 'population'],
    ['efter invånare', 'population'],
    ['Befolkning', 'population'],
    ['Folkmängd', 'population'],
    ['Population', 'population'],
    ['by population', 'population'],
    ['Lika delar', 'equal'],
    ['lika', 'equal'],
    ['Equal parts', 'equal'],
    ['equal', 'equal'],
    ['Andel', 'share'],
    ['Andelar', 'share'],
    ['Fast andel', 'share'],
    ['Share', 'share'],
    ['Shares', 'share'],
    ['Hälften lika, hälften invånare', 'halfEqualHalfPopulation'],
    ['Hälften lika och hälften invånare', 'halfEqualHalfPopulation'],
    ['Hälften lika, hälften efter invånare', 'halfEqualHalfPopulation'],
    ['Half equal, half population', 'halfEqualHalfPopulation'],
    ['Half equally, half by population', 'halfEqualHalfPopulation'],
  ])('allocation key %p is %p', (text, key) => {
    expect(read('key', text)).toEqual({ key, equalPercent: null, named: [], restPercent: null });
  });

  it('an allocation key that is none of these says what is expected', () => {
    expect(read('key', 'slumpvis')).toBe('fees.parameterNotKey@B2');
  });

  it.each([
    ['År', 'year'],
    ['Helår', 'year'],
    ['Year', 'year'],
    ['Annual', 'year'],
    ['Halvår', 'halfYear'],
    ['Half-year', 'halfYear'],
    ['Half year', 'halfYear'],
    ['Kvartal', 'quarter'],
    ['Quarter', 'quarter'],
    ['Månad', 'month'],
    ['Month', 'month'],
  ])('invoicing period %p is %p', (text, period) => {
    expect(read('period', text)).toBe(period);
  });

  it('a period that is none of these says so', () => {
    expect(read('period', 'Vecka')).toBe('fees.parameterNotPeriod@B2');
  });

  it('rounding: whole kronor (`hela kronor`, `kronor`, `kr`, `whole kronor`) is 1, `öre` and `ören` 0,01', () => {
    expect(['Hela kronor', 'kronor', 'kr', 'Whole kronor', 'öre', 'Ören'].map((v) => read('unit', v))).toEqual(['1', '1', '1', '1', '0.01', '0.01']);
    expect(read('unit', 'tiokronor')).toBe('fees.parameterNotRounding@B2');
  });

  it('yes and no: ja, yes, sant, true; nej, no, falskt, false', () => {
    expect(['Ja', 'yes', 'SANT', 'true', 'nej', 'No', 'falskt', 'FALSE'].map((v) => read('ocrLengthDigit', v))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(read('ocrLengthDigit', 'kanske')).toBe('fees.parameterNotYesNo@B2');
  });

  it('the fee year is a whole year from 1900 to 2100', () => {
    expect([read('feeYear', 2018), read('feeYear', '2018'), read('feeYear', 1900), read('feeYear', 2100)]).toEqual([2018, 2018, 1900, 2100]);
    expect([read('feeYear', 1899), read('feeYear', 2101), read('feeYear', 2018.5)]).toEqual([
      'fees.parameterNotYear@B2',
      'fees.parameterNotYear@B2',
      'fees.parameterNotYear@B2',
    ]);
  });

  it('payment terms are 0 to 365 days, `30 dagar` and `30 days` included', () => {
    expect([
      read('paymentTerms', 30),
      read('paymentTerms', '30 dagar'),
      read('paymentTerms', '1 dag'),
      read('paymentTerms', '30 days'),
      read('paymentTerms', 0),
      read('paymentTerms', 365),
    ]).toEqual([30, 30, 1, 30, 0, 365]);
    expect([read('paymentTerms', 366), read('paymentTerms', -1), read('paymentTerms', '30 veckor')]).toEqual([
      'fees.parameterNotDays@B2',
      'fees.parameterNotDays@B2',
      'fees.parameterNotDays@B2',
    ]);
  });

  it('the first invoice number keeps its leading zeros; it has 1 to 20 digits, not all zero', () => {
    expect([read('firstNumber', '000123'), read('firstNumber', 18001), read('firstNumber', '9'.repeat(20))]).toEqual(['000123', '18001', '9'.repeat(20)]);
    expect([read('firstNumber', '000'), read('firstNumber', '1'.repeat(21)), read('firstNumber', 'A-12'), read('firstNumber', 12.5)]).toEqual([
      'fees.parameterNotInvoiceNumber@B2',
      'fees.parameterNotInvoiceNumber@B2',
      'fees.parameterNotInvoiceNumber@B2',
      'fees.parameterNotInvoiceNumber@B2',
    ]);
  });

  it('dates: an ISO date as text, or an Excel date serial', () => {
    // Serial 43132 is 2018-02-01 (43101 is 2018-01-01).
    expect([read('invoiceDate', '2018-02-01'), read('referenceDate', 43132)]).toEqual(['2018-02-01', '2018-02-01']);
    expect(read('invoiceDate', 'snart')).toBe('fees.parameterNotDate@B2');
  });

  it('text values are kept as written, trimmed', () => {
    expect([read('sender', '  Södertörns samarbetskommitté '), read('vatText', 'Ej moms'), read('name', 'Rådslag 2018')]).toEqual([
      'Södertörns samarbetskommitté',
      'Ej moms',
      'Rådslag 2018',
    ]);
  });

  it('a bankgiro and an organisation number are checked and written in their usual form', () => {
    expect([
      read('bankgiro', '50501055'),
      read('bankgiro', '5050 1055'),
      read('senderOrgNumber', '2120002882'),
      read('senderOrgNumber', '16212000-2882'),
    ]).toEqual(['5050-1055', '5050-1055', '212000-2882', '212000-2882']);
    expect([read('bankgiro', '5050-1056'), read('senderOrgNumber', '212000-2883')]).toEqual(['invoice.badBankgiro@B2', 'invoice.badSenderOrgNumber@B2']);
  });
});

describe('SPEC 3.2 identifiers', () => {
  it('an organisation number: ten digits with a Luhn check digit; 12 digits with the century 16 allowed', () => {
    expect([normaliseOrgNumber('212000–2882'), normaliseOrgNumber('212000 2882'), normaliseOrgNumber('162120002882')]).toEqual([
      '212000-2882',
      '212000-2882',
      '212000-2882',
    ]);
    expect([normaliseOrgNumber('19212000-2882'), normaliseOrgNumber('21200-2882'), normaliseOrgNumber('212000-2881')]).toEqual([null, null, null]);
  });

  it('a bankgiro: seven or eight digits with a Luhn check digit, hyphen before the last four', () => {
    // 123456 from the right: 6×2 = 12 → 3, 5, 4×2 = 8, 3, 2×2 = 4, 1: 24, so the check digit is 6.
    expect([normaliseBankgiro('5050-1055'), normaliseBankgiro('1234566')]).toEqual(['5050-1055', '123-4566']);
    expect([normaliseBankgiro('123456'), normaliseBankgiro('505010555')]).toEqual([null, null]);
  });

  it('a municipality code has four digits; a number cell that lost its leading zero gets it back', () => {
    expect([normaliseMunicipalityCode('127'), normaliseMunicipalityCode('0127'), normaliseMunicipalityCode(' 0480 ')]).toEqual(['0127', '0127', '0480']);
    expect([normaliseMunicipalityCode('01270'), normaliseMunicipalityCode('Botkyrka')]).toEqual([null, null]);
  });
});

describe('SPEC 3.2 the Parameter | Värde table', () => {
  it('is found in any column, read to its first blank row, with the cell of each value', () => {
    const s = sheet('Avgift 2018', [
      [null, 'Parameter', 'Värde'],
      [null, 'Avgift per invånare', 4],
      [null, 'Avgiftsår', 2018],
      [],
      [null, 'Fakturadatum', '2018-02-01'],
    ]);
    const [t] = findParameterTables(s, []);
    expect([t.cell, t.rows.map((r) => [r.key, r.cell])]).toEqual([
      'B1',
      [
        ['rate', 'C2'],
        ['feeYear', 'C3'],
      ],
    ]);
  });

  it('the English header `Parameter | Value` works too', () => {
    expect(
      findParameterTables(
        sheet('Avgift', [
          ['Parameter', 'Value'],
          ['Fee year', 2018],
        ]),
        [],
      )[0].rows.map((r) => r.key),
    ).toEqual(['feeYear']);
  });

  it('on a fee sheet an unknown parameter is reported; on the settings sheet it belongs to other settings', () => {
    const issues: InputIssue[] = [];
    findParameterTables(
      sheet('Avgift', [
        ['Parameter', 'Värde'],
        ['Momssats', 25],
      ]),
      issues,
    );
    expect(issues).toEqual([{ key: 'fees.unknownParameter', sheet: 'Avgift', cell: 'A2', params: { key: 'Momssats' } }]);
    const settings: InputIssue[] = [];
    findParameterTables(
      sheet('Avstämning inställningar', [
        ['Parameter', 'Värde'],
        ['Flaggningsgräns belopp (kr)', 100000],
      ]),
      settings,
    );
    expect(settings).toEqual([]);
  });

  it('a parameter given twice is reported, and the first one is used', () => {
    const issues: InputIssue[] = [];
    const [t] = findParameterTables(
      sheet('Avgift', [
        ['Parameter', 'Värde'],
        ['Avgiftsår', 2018],
        ['avgiftsår', 2019],
      ]),
      issues,
    );
    expect(issues).toEqual([{ key: 'fees.parameterTwice', sheet: 'Avgift', cell: 'A3', params: { key: 'avgiftsår', first: 'A2' } }]);
    expect(t.rows.map((r) => r.value)).toEqual([2018]);
  });
});
