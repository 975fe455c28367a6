import { Decimal } from '../decimal';
import { Lang } from '../messages';
import { LABELS } from '../render/labels';
import { FeeOutcome } from './outcome';
import { periodLabel, specificationText, vatText } from './texts';

/** Kronor for a finance system: two decimals, decimal comma, no grouping, hyphen-minus (`-0,15`). */
function csvAmount(value: Decimal): string {
  return value.toFixed(2).replace('.', ',');
}

/**
 * A text field: quoted when it holds the separator, a quote or a line break (RFC 4180); a leading `=`, `+`,
 * `-` or `@` gets an apostrophe so that a spreadsheet opening the file never runs it as a formula.
 */
export function csvText(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The invoice table as CSV for the finance system: semicolon-separated, decimal comma, ISO dates, CRLF line
 * ends, a header row in the workbook's language. The caller writes it as UTF-8 with a byte-order mark.
 */
export function invoicesCsv(outcome: FeeOutcome, lang: Lang): string {
  const L = LABELS[lang];
  const header = [
    L.invoiceNumber,
    L.invoiceDate,
    L.invoiceDueDate,
    L.invoiceCharge,
    L.invoiceMember,
    L.invoiceOrgNumber,
    L.invoiceBuyerReference,
    L.invoicePeriod,
    L.invoiceSpecification,
    L.invoiceFee,
    L.invoiceRounding,
    L.invoiceToPay,
    L.invoiceVat,
    L.invoiceOcr,
    L.invoiceBankgiro,
    L.invoiceSender,
    L.invoiceSenderOrgNumber,
    L.invoiceOurReference,
  ].map(csvText);
  const lines = outcome.invoices.map((inv) =>
    [
      csvText(inv.number),
      inv.date,
      inv.dueDate,
      csvText(inv.charge.name),
      csvText(inv.fee.member.name),
      csvText(inv.fee.member.orgNumber),
      csvText(inv.fee.member.buyerReference),
      csvText(periodLabel(inv.period, lang)),
      csvText(specificationText(inv, lang)),
      csvAmount(inv.feePart),
      csvAmount(inv.rounding),
      csvAmount(inv.amount),
      csvText(vatText(inv, lang)),
      inv.ocr,
      csvText(inv.settings.bankgiro),
      csvText(inv.settings.sender),
      csvText(inv.settings.senderOrgNumber),
      csvText(inv.settings.ourReference),
    ].join(';'),
  );
  return [header.join(';'), ...lines].map((l) => `${l}\r\n`).join('');
}
