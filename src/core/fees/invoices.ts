import { Decimal, roundHalfAway } from '../decimal';
import { InputIssue } from '../issues';
import { Charge, InvoiceSettings, chargeRef } from './charges';
import { IsoDate, addDays, addMonths } from './dates';
import { MemberFee } from './models';
import { ocrReference } from './ocr';
import { MONTHS_PER_PERIOD, Period, periodsOf } from './periods';

/** One row of the invoice table (fakturaunderlag): one member, one charge, one period. */
export interface Invoice {
  number: string;
  charge: Charge;
  fee: MemberFee;
  period: Period;
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
  const base = total.dividedToIntegerBy(count);
  const extra = total.minus(base.times(count)).toNumber();
  return Array.from({ length: count }, (_, i) => (i < extra ? base.plus(1) : base));
}

/** The next invoice number, keeping leading zeros (`000123` → `000124`). */
function nextNumber(number: string): string {
  return (BigInt(number) + 1n).toString().padStart(number.length, '0');
}

/**
 * The invoices of every charge (SPEC 4), numbered in one sequence: by charge, then period, then member in
 * the order of the members table. Each member's fee is rounded once to whole kronor (half away from zero);
 * the öresavrundning goes on the year's first invoice and the periods' parts sum exactly to the rounded fee.
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
    const start: string = settings.firstNumber ?? next ?? '1';
    const count = billable.length * periods.length;
    if (count === 0) continue;
    const first = BigInt(start);
    const clash = Array.from({ length: count }, (_, i) => first + BigInt(i)).find((n) => used.has(n));
    if (clash !== undefined) {
      issues.push({ key: 'invoice.numberTwice', sheet: charge.at.sheet, cell: charge.at.cell, params: { charge: chargeRef(charge.name, charge.feeYear), number: clash.toString() } });
      continue;
    }
    const parts = new Map(
      billable.map((f) => {
        const amount = roundHalfAway(f.fee!, 0);
        return [f, { rounding: amount.minus(f.fee!), parts: splitEvenly(amount, periods.length) }];
      }),
    );
    let number: string = start;
    periods.forEach((period, k) => {
      const date = addMonths(settings.invoiceDate, k * MONTHS_PER_PERIOD[settings.period]);
      for (const f of billable) {
        const { rounding, parts: split } = parts.get(f)!;
        const amount = split[k];
        const thisRounding = k === 0 ? rounding : new Decimal(0);
        invoices.push({
          number,
          charge,
          fee: f,
          period,
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
