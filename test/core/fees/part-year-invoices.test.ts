/**
 * A member for part of the year is invoiced for the periods it belongs, each by its months, not over the whole
 * year: a member from 1 April pays nothing in the first quarter and a third of its fee in each of the others; a
 * member from 1 May pays 2/8 in the second quarter and 3/8 in each of the last two. The parts sum to the krona.
 */
import fc from 'fast-check';
import { Decimal, sum } from '../../../src/core/decimal';
import { Charge, InvoiceSettings } from '../../../src/core/fees/charges';
import { Invoice, buildInvoices, splitByMonths } from '../../../src/core/fees/invoices';
import { Member } from '../../../src/core/fees/members';
import { PeriodKind } from '../../../src/core/fees/periods';
import { specificationText } from '../../../src/core/fees/texts';
import { sheet } from '../../helpers/sheets';
import { fees, messages } from './workbook';

/** Rate 10 kr: Aby the whole year, Bby 9 months (a months cell), Cby from 1 May (a date), quarterly. */
const workbook = () =>
  sheet('Avgifter 2026', [
    ['Avgift per invånare', 10],
    ['Avgiftsår', 2026],
    ['Fakturadatum', '2026-01-15'],
    ['Faktureringsperiod', 'Kvartal'],
    [],
    ['Kommun', 'Invånare', 'Antal månader', 'Medlem från'],
    ['Aby', 1000, 12, null],
    ['Bby', 1200, 9, null],
    ['Cby', 1201, null, '2026-05-01'],
  ]);

const brief = (invoices: Invoice[], name: string) =>
  invoices.filter((i) => i.fee.member.name === name).map((i) => [i.number, i.period.code, i.feePart.toFixed(), i.rounding.toFixed(), i.amount.toFixed()]);

describe('quarterly invoices of members that join during the year', () => {
  const outcome = fees([workbook()]);

  test('the fees: 10 000 kr, 12 000 × 9/12 = 9 000 kr, 12 010 × 8/12 = 8 006,67 kr; nothing to report', () => {
    expect(outcome.charges[0].fees.map((f) => f.fee?.toFixed())).toEqual(['10000', '9000', '8006.67']);
    expect(messages(outcome)).toEqual([]);
  });

  test('a member from April (months cell 9) gets the second, third and fourth quarter, a third each', () => {
    expect(brief(outcome.invoices, 'Bby')).toEqual([
      ['3', '2026-Q2', '3000', '0', '3000'],
      ['6', '2026-Q3', '3000', '0', '3000'],
      ['9', '2026-Q4', '3000', '0', '3000'],
    ]);
  });

  test('a member from 1 May pays 2/8 in the second quarter and 3/8 in each after; the öresavrundning on its first invoice', () => {
    // 8 007 kr by 2 : 3 : 3 is 2 001,75 + 3 002,625 + 3 002,625: floors 8 005, the two kronor left to the largest
    // remainders (the second quarter, then the earlier of the two equal ones).
    expect(brief(outcome.invoices, 'Cby')).toEqual([
      ['4', '2026-Q2', '2001.67', '0.33', '2002'],
      ['7', '2026-Q3', '3003', '0', '3003'],
      ['10', '2026-Q4', '3002', '0', '3002'],
    ]);
    const cby = outcome.invoices.filter((i) => i.fee.member.name === 'Cby');
    expect(sum(cby.map((i) => i.feePart)).toFixed()).toBe('8006.67');
  });

  test('the whole-year member keeps its four quarters; the invoices are numbered by quarter, then member, with no gaps', () => {
    expect(brief(outcome.invoices, 'Aby').map((r) => r[1])).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(outcome.invoices.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  test('the specification says the part of the member’s fee: a third; 2/8 is written 1/4', () => {
    const [bbyQ2] = outcome.invoices.filter((i) => i.fee.member.name === 'Bby');
    expect(specificationText(bbyQ2, 'sv')).toMatch(/ = 9\u00a0000\u00a0kr, varav 1\/3$/);
    const [cbyQ2, cbyQ3] = outcome.invoices.filter((i) => i.fee.member.name === 'Cby');
    expect(specificationText(cbyQ2, 'en')).toMatch(/ = 8,006\.67 kr, of which 1\/4 \(rounding \+0\.33 kr\)$/);
    expect(specificationText(cbyQ3, 'sv')).toMatch(/ = 8\u00a0006,67\u00a0kr, varav 3\/8$/);
  });
});

describe('the split by months', () => {
  test('equal months share as evenly as the old split did: the odd krona early', () => {
    expect(splitByMonths(new Decimal(1001), [3, 3, 3, 3]).map((p) => p.toFixed())).toEqual(['251', '250', '250', '250']);
    expect(splitByMonths(new Decimal(1001), [0, 3, 3, 3]).map((p) => p.toFixed())).toEqual(['0', '334', '334', '333']);
  });

  const member = (name: string): Member => ({
    name,
    row: 3,
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
  });
  const charge = (fee: Decimal, first: number, last: number, period: PeriodKind): Charge => {
    const invoicing: InvoiceSettings = {
      feeYear: 2026,
      invoiceDate: '2026-01-15',
      paymentTerms: 30,
      period,
      firstNumber: '1',
      bankgiro: null,
      sender: null,
      senderOrgNumber: null,
      ourReference: null,
      vatText: null,
      ocrLengthDigit: false,
    };
    return {
      name: null,
      feeYear: 2026,
      model: null,
      fees: [{ member: member('Aby'), fee, basis: null, span: { first, last }, problemAt: null }],
      total: fee,
      invoicing,
      at: { sheet: 'A', cell: 'B2' },
    };
  };

  test('for any months and any period: invoices only where the member belongs, summing to the fee to the öre', () => {
    const months = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        months,
        fc.constantFrom<PeriodKind>('year', 'halfYear', 'quarter', 'month'),
        (ore, [first, last], period) => {
          const fee = new Decimal(ore).dividedBy(100);
          const invoices = buildInvoices([charge(fee, first, last, period)], []);
          expect(sum(invoices.map((i) => i.feePart)).equals(fee)).toBe(true);
          expect(sum(invoices.map((i) => i.amount)).equals(fee.toDecimalPlaces(0, Decimal.ROUND_HALF_UP))).toBe(true);
          for (const i of invoices) expect(i.months.first >= first && i.months.last <= last).toBe(true);
          // Every month the member belongs is on exactly one invoice.
          expect(invoices.reduce((n, i) => n + i.months.last - i.months.first + 1, 0)).toBe(last - first + 1);
        },
      ),
    );
  });
});
