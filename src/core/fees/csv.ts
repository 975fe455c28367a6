import { Decimal } from '../decimal';
import { Lang } from '../messages';
import { LABELS } from '../render/labels';
import { FeeOutcome } from './outcome';
import { chargeName, invoicePeriodLabel, specificationText, vatText } from './texts';

/** Kronor for a finance system: two decimals, decimal comma, no grouping, hyphen-minus (`-0,15`). */
function csvAmount(value: Decimal): string {
  return value.toFixed(2).replace('.', ',');
}

/** Separators a spreadsheet may split on when it opens the file: ours, the comma, and the tab. */
const NEEDS_QUOTES = /[;,"\r\n\t]/;

function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Control characters a field never keeps: C0 (but tab and line breaks), DEL and C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** White space and control characters at the start of a field. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LEADING_BLANKS = /^[\s\u0000-\u001F\u007F-\u009F]+/;

/** A first character that needs the apostrophe by itself: a tab, a carriage return, a control character. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const GUARDED_FIRST = /^[\t\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What a spreadsheet may take for the start of a formula. */
const FORMULA_START = /^[=+\-@]/;

/**
 * Where a spreadsheet may start a new field inside this one when it opens the file with another separator
 * (a comma or a tab where we wrote semicolons) or does not honour quoted line breaks: a formula character
 * there, after white space or quotes, gets an apostrophe too.
 */
const INNER_FORMULA = /([,;\t\r\n][\s"']*)(?=[=+\-@])/g;

/**
 * A text field, safe to open in a spreadsheet (CSV injection), whichever separator it is opened with:
 * - a field that starts with a tab, a carriage return or a control character, or whose first character after
 *   leading white space and control characters is `=`, `+`, `-` or `@`, gets an apostrophe in front, so no
 *   spreadsheet runs it as a formula; so does such a character after a comma, semicolon or line break inside
 *   the field, where a spreadsheet splitting on commas would start a field;
 * - control characters (NUL, BEL, …) are left out, tabs become spaces, line breaks become LF;
 * - the field is quoted (RFC 4180) when it holds a semicolon, a comma, a quote or a line break.
 */
export function csvText(value: string | null): string {
  if (value === null) return '';
  const rest = value.replace(LEADING_BLANKS, '');
  const guard = GUARDED_FIRST.test(value) || FORMULA_START.test(rest);
  const clean = value.replace(CONTROLS, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INNER_FORMULA, "$1'");
  return quoteField(guard ? `'${clean}` : clean);
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
      csvText(chargeName(inv.charge, lang)),
      csvText(inv.fee.member.name),
      csvText(inv.fee.member.orgNumber),
      csvText(inv.fee.member.buyerReference),
      csvText(invoicePeriodLabel(inv, lang)),
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
