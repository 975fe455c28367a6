import { Decimal, roundHalfAway } from '../decimal';
import { InputIssue } from '../issues';
import { KRONA, allocate } from './allocate';
import { Charge, InvoiceSettings, chargeRef } from './charges';
import { IsoDate, addDays, addMonths, monthOf } from './dates';
import { MonthSpan, WHOLE_YEAR, monthCount, overlap } from './membership';
import { MemberFee } from './models';
import { ocrReference } from './ocr';
import { MONTHS_PER_PERIOD, Period, periodsOf } from './periods';

/** One row of the invoice table (fakturaunderlag): one member, one charge, one period. */
export interface Invoice {
  number: string;
  charge: Charge;
  fee: MemberFee;
  period: Period;
  /** The months of the period the member belongs, which this invoice is for: the whole period but for a part year. */
  months: MonthSpan;
  date: IsoDate;
  dueDate: IsoDate;
  /** The part of the member's fee this invoice carries, öre included. */
  feePart: Decimal;
  /** Öresavrundning: what makes the amount whole kronor (on the year's first invoice only). */
  rounding: Decimal;
  /** To pay: whole kronor. */
  amount: Decimal;
  ocr: string;
  settings: InvoiceSettings;
}

/**
 * Whole kronor split into `count` parts that sum exactly to it, as evenly as possible: the kronor left over
 * go to the earliest periods, so a member never pays more late in the year than early.
 */
export function splitEvenly(total: Decimal, count: number): Decimal[] {
  return splitByMonths(
    total,
    Array.from({ length: count }, () => 1),
  );
}

/**
 * Whole kronor split over the periods in proportion to the months the member belongs in each, summing exactly
 * to the total (largest remainder, allocate.ts). A member from 1 April pays nothing for the first quarter and a
 * third each for the other three; a member from 1 May pays 2/8 in the second quarter and 3/8 in each of the last
 * two: a month of membership costs the same in every period. Equal remainders go to the earliest period, so the
 * kronor left over never come late: an earlier period stands as the larger population, allocate's second tie-break
 * (which also spares it the Swedish collator it would load to compare names).
 */
export function splitByMonths(total: Decimal, months: readonly number[]): Decimal[] {
  const claimants = months.map((m, i) => ({ name: String(i), weight: new Decimal(m), population: new Decimal(months.length - i) }));
  return allocate(total, claimants, KRONA);
}

const spanOf = (p: Period): MonthSpan => ({ first: monthOf(p.start), last: monthOf(p.end) });

/** The next invoice number, keeping leading zeros (`000123` → `000124`). */
function nextNumber(number: string): string {
  return (BigInt(number) + 1n).toString().padStart(number.length, '0');
}

/**
 * The invoices of every charge (SPEC 4), numbered in one sequence: by charge, then period, then member in
 * the order of the members table. Each member's fee is rounded once to whole kronor (half away from zero);
 * the öresavrundning goes on the member's first invoice and the periods' parts sum exactly to the rounded fee.
 * A member for part of the year is invoiced only for the periods it belongs, each by its months (splitByMonths).
 * The first invoice of period k is dated k periods after the invoice date; due dates follow the payment terms.
 * Members without a fee, or with a fee of 0 kr, get no invoice.
 */
export function buildInvoices(charges: readonly Charge[], issues: InputIssue[]): Invoice[] {
  const invoices: Invoice[] = [];
  const used = new Set<bigint>();
  let next: string | null = null;
  for (const charge of charges) {
    const settings = charge.invoicing;
    if (!settings) continue;
    const billable = charge.fees.filter((f) => f.fee !== null && !f.fee.isZero());
    const periods = periodsOf(settings.feeYear, settings.period);
    // The months of each period each member belongs: none, and the period gets no invoice of that member.
    const covered = new Map(billable.map((f) => [f, periods.map((p) => overlap(spanOf(p), f.span ?? WHOLE_YEAR))]));
    const start: string = settings.firstNumber ?? next ?? '1';
    const count = billable.reduce((n, f) => n + covered.get(f)!.filter((c) => c !== null).length, 0);
    if (count === 0) continue;
    const first = BigInt(start);
    const clash = Array.from({ length: count }, (_, i) => first + BigInt(i)).find((n) => used.has(n));
    if (clash !== undefined) {
      issues.push({
        key: 'invoice.numberTwice',
        sheet: charge.at.sheet,
        cell: charge.at.cell,
        params: { charge: chargeRef(charge.name, charge.feeYear), number: clash.toString() },
      });
      continue;
    }
    const parts = new Map(
      billable.map((f) => {
        const amount = roundHalfAway(f.fee!, 0);
        const months = covered.get(f)!.map((c) => (c === null ? 0 : monthCount(c)));
        return [f, { rounding: amount.minus(f.fee!), parts: splitByMonths(amount, months), first: months.findIndex((m) => m > 0) }];
      }),
    );
    let number: string = start;
    periods.forEach((period, k) => {
      const date = addMonths(settings.invoiceDate, k * MONTHS_PER_PERIOD[settings.period]);
      for (const f of billable) {
        const months = covered.get(f)![k];
        if (months === null) continue;
        const { rounding, parts: split, first } = parts.get(f)!;
        const amount = split[k];
        const thisRounding = k === first ? rounding : new Decimal(0);
        invoices.push({
          number,
          charge,
          fee: f,
          period,
          months,
          date,
          dueDate: addDays(date, settings.paymentTerms),
          feePart: amount.minus(thisRounding),
          rounding: thisRounding,
          amount,
          ocr: ocrReference(number, settings.ocrLengthDigit),
          settings,
        });
        used.add(BigInt(number));
        number = nextNumber(number);
      }
    });
    next = number;
  }
  return invoices;
}
