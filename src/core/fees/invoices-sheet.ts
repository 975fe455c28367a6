import { Decimal, sum } from '../decimal';
import { generatedMark } from '../marks';
import { Lang } from '../messages';
import { amountCell } from '../render/cells';
import { LABELS } from '../render/labels';
import { OutputCell, OutputSheet, RowStyle, fitToWidth, tidyTable } from '../render/output';
import { isoToSerial } from './dates';
import { Invoice } from './invoices';
import { FeeOutcome } from './outcome';
import { chargeName, invoicePeriodLabel, specificationText, vatText } from './texts';

/** Who sends the invoices: one line per distinct sender, as the notes under the title. */
function senderLines(invoices: readonly Invoice[], lang: Lang): string[] {
  const L = LABELS[lang];
  const lines = invoices.map(({ settings: s }) =>
    [
      [L.invoiceSender, s.sender],
      [L.invoiceSenderOrgNumber, s.senderOrgNumber],
      [L.invoiceBankgiro, s.bankgiro],
      [L.invoiceOurReference, s.ourReference],
    ]
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · '),
  );
  return [...new Set(lines)].filter((l) => l !== '');
}

/** The widest the period column grows (characters) before its text wraps. */
const PERIOD_WIDTH_MAX = 28;

/**
 * The `Fakturor` sheet (fakturaunderlag, SPEC 4): one row per member, charge and period, with a total row
 * that foots: Belopp is the fees exactly, Att betala the whole kronor invoiced, Öresavrundning the difference.
 */
export function invoicesSheet(outcome: FeeOutcome, lang: Lang): OutputSheet {
  const L = LABELS[lang];
  const invoices = outcome.invoices;
  const rows: OutputCell[][] = invoices.map((inv) => [
    inv.number,
    isoToSerial(inv.date),
    isoToSerial(inv.dueDate),
    chargeName(inv.charge, lang),
    inv.fee.member.name,
    inv.fee.member.orgNumber,
    inv.fee.member.buyerReference,
    invoicePeriodLabel(inv, lang),
    amountCell(inv.feePart),
    amountCell(inv.rounding),
    amountCell(inv.amount),
    specificationText(inv, lang),
    vatText(inv, lang),
    inv.ocr,
    inv.settings.bankgiro,
  ]);
  const rowStyles: RowStyle[] = rows.map(() => 'normal');
  if (invoices.length) {
    const total = (get: (i: Invoice) => Decimal) => amountCell(sum(invoices.map(get)));
    rows.push([
      L.invoiceTotal,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      total((i) => i.feePart),
      total((i) => i.rounding),
      total((i) => i.amount),
      null,
      null,
      null,
      null,
    ]);
    rowStyles.push('total');
  }
  // A period for part of the year (`april–december 2026`, `Kvartal 2 2026 (maj–juni)`) is longer than `Helår 2026`:
  // the column is as wide as its longest period, within reason, and wraps beyond that.
  const periodWidth = Math.min(PERIOD_WIDTH_MAX, Math.max(16, ...invoices.map((inv) => invoicePeriodLabel(inv, lang).length + 2)));
  // Columns no invoice has a value in (Er referens, Bankgiro …) are left out.
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Fakturor' : 'Avstamning_Invoices',
    columns: [
      { header: L.invoiceNumber, kind: 'text', width: 14 },
      { header: L.invoiceDate, kind: 'date', width: 12 },
      { header: L.invoiceDueDate, kind: 'date', width: 12 },
      { header: L.invoiceCharge, kind: 'text', width: 20, wrap: true },
      { header: L.invoiceMember, kind: 'text', width: 24, wrap: true },
      { header: L.invoiceOrgNumber, kind: 'text', width: 16 },
      { header: L.invoiceBuyerReference, kind: 'text', width: 16 },
      { header: L.invoicePeriod, kind: 'text', width: periodWidth, wrap: true },
      // The amounts before the long specification, so they print on the first page beside the member.
      { header: L.invoiceFee, kind: 'amount', width: 16 },
      { header: L.invoiceRounding, kind: 'amount', width: 15 },
      { header: L.invoiceToPay, kind: 'amount', width: 16 },
      { header: L.invoiceSpecification, kind: 'text', width: 50, wrap: true },
      { header: L.invoiceVat, kind: 'text', width: 24, wrap: true },
      { header: L.invoiceOcr, kind: 'text', width: 16 },
      { header: L.invoiceBankgiro, kind: 'text', width: 12 },
    ],
    rows,
    rowStyles,
    conditional: [],
  });
  return {
    key: 'invoices',
    name: L.invoiceSheet,
    title: L.invoiceTitle,
    notes: [generatedMark(lang, L.invoiceSheet), invoices.length ? L.invoiceNote : L.invoiceNoInvoices, ...senderLines(invoices, lang)],
    table,
    print: fitToWidth(table.columns, 1),
  };
}
