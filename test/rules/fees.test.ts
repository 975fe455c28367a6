/**
 * SPEC 3.3 and 4, Member fees and invoices: largest-remainder allocation with its documented tie-break (larger
 * remainder, then larger population, then name), whole-krona invoices with the öresavrundning on the year's
 * first invoice, periods whose parts sum to the annual fee, OCR check digits, and the CSV guard.
 */
import { Decimal } from '../../src/core/decimal';
import { Claimant, KRONA, ORE, allocate, exactShare } from '../../src/core/fees/allocate';
import { Charge, InvoiceSettings } from '../../src/core/fees/charges';
import { csvText } from '../../src/core/fees/csv';
import { addDays, addMonths, daysInMonth } from '../../src/core/fees/dates';
import { Invoice, buildInvoices, splitEvenly } from '../../src/core/fees/invoices';
import { isLuhnValid, luhnCheckDigit } from '../../src/core/fees/luhn';
import { Member } from '../../src/core/fees/members';
import { MemberFee } from '../../src/core/fees/models';
import { ocrReference } from '../../src/core/fees/ocr';
import { PeriodKind, periodsOf } from '../../src/core/fees/periods';
import { InputIssue } from '../../src/core/issues';

const d = (v: number | string) => new Decimal(v);
const claimant = (name: string, weight: number, population: number | null = null): Claimant => ({
  name,
  weight: d(weight),
  population: population === null ? null : d(population),
});
const parts = (cs: Claimant[], total: number | string, unit = KRONA) =>
  Object.fromEntries(allocate(d(total), cs, unit).map((p, i) => [cs[i].name, p.toFixed()]));

describe('SPEC 3.3 largest remainder: the parts sum exactly, ties broken as documented', () => {
  it('equal remainders and no populations: the name decides; 10 kr by 1 : 1 : 2 is 3 + 2 + 5', () => {
    // Exact shares 2,5 + 2,5 + 5 = 10; floors 2 + 2 + 5 = 9; one krona left; A and B tie on remainder and
    // have no population: the name decides (A before B).
    expect(parts([claimant('B', 1), claimant('A', 1), claimant('C', 2)], 10)).toEqual({ A: '3', B: '2', C: '5' });
  });

  it('larger remainder first: 10 kr by 1 : 2 : 3 is 2 + 3 + 5 (exact 1,67 / 3,33 / 5)', () => {
    expect(parts([claimant('A', 1), claimant('B', 2), claimant('C', 3)], 10)).toEqual({ A: '2', B: '3', C: '5' });
  });

  it('equal remainders: the larger population gets the krona before the name is looked at', () => {
    expect(parts([claimant('Ab', 1, 500), claimant('Bc', 1, 900), claimant('Cd', 1, 700)], 100)).toEqual({ Ab: '33', Bc: '34', Cd: '33' });
  });

  it('a member without a population never wins a tie against one with a population, even one of 0', () => {
    expect(parts([claimant('Alfa', 1, null), claimant('Beta', 1, 0)], 1)).toEqual({ Alfa: '0', Beta: '1' });
    expect(parts([claimant('Beta', 1, 0), claimant('Alfa', 1, null)], 1)).toEqual({ Alfa: '0', Beta: '1' });
  });

  it('equal remainders and equal populations: Swedish alphabetical order (Å, Ä, Ö after Z)', () => {
    expect(parts([claimant('Örebro', 1, 5), claimant('Åre', 1, 5), claimant('Zeta', 1, 5)], 2)).toEqual({ Zeta: '1', Åre: '1', Örebro: '0' });
  });

  it('the order of the members does not change the result', () => {
    const cs = [claimant('A', 3, 10), claimant('B', 3, 20), claimant('C', 3, 20), claimant('D', 1, null)];
    expect(parts([...cs].reverse(), 101)).toEqual(parts(cs, 101));
  });

  it('in öre: 100 kr in three parts is 33,34 + 33,33 + 33,33', () => {
    expect(parts([claimant('A', 1), claimant('B', 1), claimant('C', 1)], 100, ORE)).toEqual({ A: '33.34', B: '33.33', C: '33.33' });
  });

  it('a weight of zero gets nothing; weights with decimals are exact: 0,5 : 0,25 : 0,25 of 4 kr', () => {
    expect(parts([claimant('A', 0), claimant('B', 1)], 7)).toEqual({ A: '0', B: '7' });
    expect(
      allocate(
        d(4),
        [
          { name: 'A', weight: d('0.5'), population: null },
          { name: 'B', weight: d('0.25'), population: null },
          { name: 'C', weight: d('0.25'), population: null },
        ],
        KRONA,
      ).map((p) => p.toFixed()),
    ).toEqual(['2', '1', '1']);
  });

  it('refuses what cannot be shared exactly: a negative total, öre in whole kronor, a negative weight, no weight', () => {
    expect(() => allocate(d(-1), [claimant('A', 1)], KRONA)).toThrow('negative total');
    expect(() => allocate(d('10.5'), [claimant('A', 1)], KRONA)).toThrow('not a whole number');
    expect(() => allocate(d(10), [claimant('A', -1), claimant('B', 2)], KRONA)).toThrow('negative weight');
    expect(() => allocate(d(10), [claimant('A', 0)], KRONA)).toThrow('sum to zero');
  });

  it('the exact share beside the rounded part: 100 kr × 1 / 3', () => {
    expect(exactShare(d(100), d(1), d(3)).toSignificantDigits(6).toFixed()).toBe('33.3333');
  });
});

describe('SPEC 4 parts of a year sum exactly to the annual fee', () => {
  it('1 001 kr in quarters is 251 + 250 + 250 + 250: the extra krona early, never late', () => {
    expect(splitEvenly(d(1001), 4).map((p) => p.toFixed())).toEqual(['251', '250', '250', '250']);
  });

  it('1 003 kr in quarters is 251 + 251 + 251 + 250; 3 kr in months is 1, 1, 1 and nine 0', () => {
    expect(splitEvenly(d(1003), 4).map((p) => p.toFixed())).toEqual(['251', '251', '251', '250']);
    expect(splitEvenly(d(3), 12).map((p) => p.toFixed())).toEqual(['1', '1', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it.each<[PeriodKind, string[]]>([
    ['year', ['2020:2020-01-01–2020-12-31']],
    ['halfYear', ['2020-H1:2020-01-01–2020-06-30', '2020-H2:2020-07-01–2020-12-31']],
    ['quarter', ['2020-Q1:2020-01-01–2020-03-31', '2020-Q2:2020-04-01–2020-06-30', '2020-Q3:2020-07-01–2020-09-30', '2020-Q4:2020-10-01–2020-12-31']],
  ])('%s periods of 2020 with their codes and dates', (kind, expected) => {
    expect(periodsOf(2020, kind).map((p) => `${p.code}:${p.start}–${p.end}`)).toEqual(expected);
  });

  it('months: February 2020 ends on the 29th, February 2019 on the 28th; codes 2020-01 … 2020-12', () => {
    const months = periodsOf(2020, 'month');
    expect(months.map((p) => p.code)).toEqual([
      '2020-01',
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
      '2020-09',
      '2020-10',
      '2020-11',
      '2020-12',
    ]);
    expect([months[1].end, periodsOf(2019, 'month')[1].end, months[11].end]).toEqual(['2020-02-29', '2019-02-28', '2020-12-31']);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([28, 29]);
  });

  it('dates: 1 February 2018 + 30 days is 3 March; 31 January + 1 month is 28 February', () => {
    expect([addDays('2018-02-01', 30), addMonths('2018-01-31', 1), addMonths('2018-11-15', 3)]).toEqual(['2018-03-03', '2018-02-28', '2019-02-15']);
  });
});

function member(name: string, row: number): Member {
  return {
    name,
    row,
    municipalityCode: null,
    orgNumber: null,
    population: null,
    referenceDate: null,
    source: null,
    share: null,
    shareWrittenAsPercent: false,
    fee: null,
    priorFee: null,
    fixedAmount: null,
    buyerReference: null,
    months: null,
    memberFrom: null,
    memberUntil: null,
    extra: null,
    invalid: new Set(),
    duplicateOf: null,
  };
}

function charge(fees: [string, string | null][], period: PeriodKind, firstNumber: string | null = '000123'): Charge {
  const memberFees: MemberFee[] = fees.map(([name, fee], i) => ({
    member: member(name, i + 3),
    fee: fee === null ? null : d(fee),
    basis: null,
    span: fee === null ? null : { first: 1, last: 12 },
    problemAt: null,
  }));
  const invoicing: InvoiceSettings = {
    feeYear: 2018,
    invoiceDate: '2018-02-01',
    paymentTerms: 30,
    period,
    firstNumber,
    bankgiro: null,
    sender: null,
    senderOrgNumber: null,
    ourReference: null,
    vatText: null,
    ocrLengthDigit: false,
  };
  return { name: 'Medlemsavgift 2018', feeYear: 2018, model: null, fees: memberFees, total: d(0), invoicing, at: { sheet: 'Avgift', cell: 'B2' } };
}
const brief = (invoices: Invoice[]) =>
  invoices.map((i) => [i.number, i.fee.member.name, i.period.code, i.date, i.dueDate, i.feePart.toFixed(), i.rounding.toFixed(), i.amount.toFixed()]);

describe('SPEC 3.3 and 4 invoices in whole kronor, the öresavrundning on the first invoice', () => {
  it('1 000,40 kr quarterly: 250 kr each; the first invoice shows 250,40 kr less 0,40 kr rounding', () => {
    const invoices = buildInvoices([charge([['Flen', '1000.40']], 'quarter')], []);
    expect(brief(invoices)).toEqual([
      ['000123', 'Flen', '2018-Q1', '2018-02-01', '2018-03-03', '250.4', '-0.4', '250'],
      ['000124', 'Flen', '2018-Q2', '2018-05-01', '2018-05-31', '250', '0', '250'],
      ['000125', 'Flen', '2018-Q3', '2018-08-01', '2018-08-31', '250', '0', '250'],
      ['000126', 'Flen', '2018-Q4', '2018-11-01', '2018-12-01', '250', '0', '250'],
    ]);
  });

  it('1 001,50 kr rounds half away from zero to 1 002 kr: 251 + 251 + 250 + 250, +0,50 kr on the first', () => {
    const invoices = buildInvoices([charge([['Flen', '1001.50']], 'quarter')], []);
    expect(invoices.map((i) => [i.feePart.toFixed(), i.rounding.toFixed(), i.amount.toFixed()])).toEqual([
      ['250.5', '0.5', '251'],
      ['251', '0', '251'],
      ['250', '0', '250'],
      ['250', '0', '250'],
    ]);
  });

  it('numbered by period, then member; members without a fee or with 0 kr get no invoice', () => {
    const invoices = buildInvoices(
      [
        charge(
          [
            ['Flen', '100'],
            ['Gnesta', null],
            ['Trosa', '0'],
            ['Vingåker', '200'],
          ],
          'halfYear',
          '9',
        ),
      ],
      [],
    );
    expect(invoices.map((i) => [i.number, i.fee.member.name, i.period.code, i.amount.toFixed()])).toEqual([
      ['9', 'Flen', '2018-H1', '50'],
      ['10', 'Vingåker', '2018-H1', '100'],
      ['11', 'Flen', '2018-H2', '50'],
      ['12', 'Vingåker', '2018-H2', '100'],
    ]);
  });

  it('a later charge without a first number goes on from the last number; a clash is reported and skipped', () => {
    const issues: InputIssue[] = [];
    const first = charge([['Flen', '100']], 'year', '5');
    const second = { ...charge([['Flen', '30']], 'year', null), name: 'Rådslag' };
    const clash = { ...charge([['Flen', '7']], 'year', '5'), name: 'Extra', at: { sheet: 'Extra', cell: 'B9' } };
    const invoices = buildInvoices([first, second, clash], issues);
    expect(invoices.map((i) => [i.number, i.charge.name])).toEqual([
      ['5', 'Medlemsavgift 2018'],
      ['6', 'Rådslag'],
    ]);
    expect(issues).toEqual([{ key: 'invoice.numberTwice', sheet: 'Extra', cell: 'B9', params: { charge: 'Extra', number: '5' } }]);
  });

  it('the OCR reference is the invoice number and its Luhn check digit', () => {
    const [inv] = buildInvoices([charge([['Flen', '100']], 'year', '18001')], []);
    expect(inv.ocr).toBe('180018');
  });
});

describe('SPEC 4 OCR references and the Luhn check digit', () => {
  it('18001 → check digit 8 (from the right: 1×2 + 0 + 0×2 + 8 + 1×2 = 12, 10 − 2 = 8)', () => {
    expect(luhnCheckDigit('18001')).toBe(8);
    expect(ocrReference('18001', false)).toBe('180018');
  });

  it('with a length digit: 18001, then 7 (seven digits in all), then the check digit 6', () => {
    // 180017 from the right: 7×2 = 14 → 5, 1, 0, 0, 8×2 = 16 → 7, 1: 5 + 1 + 0 + 0 + 7 + 1 = 14, 10 − 4 = 6.
    expect(ocrReference('18001', true)).toBe('1800176');
  });

  it('a doubled digit over 9 counts its digit sum: 5 → 10 → 1; 9 → 18 → 9', () => {
    // 5: 5 × 2 = 10 → 1; check 9. 9: 18 → 9; check 1.
    expect([luhnCheckDigit('5'), luhnCheckDigit('9'), luhnCheckDigit('0')]).toEqual([9, 1, 0]);
  });

  it('a valid number is valid, one digit changed is not; fewer than two digits never is', () => {
    expect([isLuhnValid('180018'), isLuhnValid('180019'), isLuhnValid('0'), isLuhnValid('18a018')]).toEqual([true, false, false, false]);
  });

  it('not digits, or more than 25 digits, is refused', () => {
    expect(() => ocrReference('12A', false)).toThrow();
    expect(() => ocrReference('1'.repeat(25), false)).toThrow('26 digits');
    expect(ocrReference('1'.repeat(24), false)).toHaveLength(25);
  });
});

describe('SPEC 6 and 4 the CSV guard: no formula runs, no record splits', () => {
  it.each([
    ['=', "'=1+1"],
    ['+', "'+1+1"],
    ['-', "'-1+1"],
    ['@', "'@1+1"],
    // A tab becomes a space; a carriage return a line feed, which quotes the field.
    ['\t', "' 1+1"],
    ['\r', '"\'\n1+1"'],
    // A control character is left out, and the field still gets the apostrophe.
    ['\u0007', "'1+1"],
  ])('a field starting with %p gets an apostrophe', (first, expected) => {
    expect(csvText(`${first}1+1`)).toBe(expected);
  });

  it('`=HYPERLINK("x")` is quoted, its quotes doubled, and prefixed: "\'=HYPERLINK(""x"")"', () => {
    expect(csvText('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('`-5` and `+5` become text, `@SUM(A1)` too', () => {
    expect([csvText('-5'), csvText('+5'), csvText('@SUM(A1)')]).toEqual(["'-5", "'+5", "'@SUM(A1)"]);
  });

  it('a semicolon, a comma, a quote or a line break inside a field quotes it, so the record stays one record', () => {
    expect(csvText('Flen, kommun')).toBe('"Flen, kommun"');
    expect(csvText('Kommun; förvaltning')).toBe('"Kommun; förvaltning"');
    expect(csvText('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvText('rad ett\nrad två')).toBe('"rad ett\nrad två"');
    // CR LF and a lone CR become LF.
    expect(csvText('rad ett\r\nrad två')).toBe('"rad ett\nrad två"');
    expect(csvText('rad ett\rrad två')).toBe('"rad ett\nrad två"');
  });

  it('a formula sign after leading spaces, or after a separator inside the field, gets an apostrophe too', () => {
    expect(csvText('  =1+1')).toBe("'  =1+1");
    expect(csvText('Flen,=1+1')).toBe('"Flen,\'=1+1"');
    expect(csvText('Flen; -5')).toBe('"Flen; \'-5"');
  });

  it('plain text is left as it is; no value is an empty field; a formula sign inside is harmless', () => {
    expect([csvText('Flens kommun'), csvText(null), csvText('a=b'), csvText('')]).toEqual(['Flens kommun', '', 'a=b', '']);
  });
});
