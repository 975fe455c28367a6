/**
 * Member fees and invoices (SPEC 3, 4): the members table and the `Parameter | Värde` tables in, every
 * member's fee per charge and the invoice table out, exact to the krona. Pure, like the rest of the core.
 */
import { inputSheets } from '../read/sheets';
import { SheetData, cellAddress } from '../cells';
import { InputIssue } from '../issues';
import { isSettingsSheet } from '../marks';
import { Lang } from '../messages';
import { OutputSheet } from '../render/output';
import { computeCharges } from './charges';
import { isIsoDate } from './dates';
import { feesSheet } from './fees-sheet';
import { buildInvoices } from './invoices';
import { invoicesSheet } from './invoices-sheet';
import { findMembersTable } from './members';
import { FeeOutcome } from './outcome';
import { MODEL_KEYS, findParameterTables, isFeeParameterSheet, readParameters } from './parameters';
import { defaultChargeName } from './texts';

export type { FeeOutcome } from './outcome';
export type { Charge, InvoiceSettings } from './charges';
export type { Invoice } from './invoices';
export type { MemberFee, FeeModel, Basis } from './models';
export type { Member, MembersTable } from './members';
export { feesJson, invoicesJson } from './json';
export type { FeesJson } from './json';
export { invoicesCsv } from './csv';

/**
 * Compute the member fees and invoices of a workbook, or null when it has nothing about fees (no members
 * table and no fee parameters). `today` (`YYYY-MM-DD`) dates the invoices when no Fakturadatum is given;
 * the core never reads the clock itself.
 */
export function computeFees(sheets: readonly SheetData[], lang: Lang, today?: string): FeeOutcome | null {
  if (today !== undefined && !isIsoDate(today)) throw new Error(`computeFees: today must be YYYY-MM-DD, got ${today}`);
  const errors: InputIssue[] = [];
  const input = inputSheets(sheets);
  const settings = sheets.find(isSettingsSheet);
  // The settings sheet's table also holds thresholds and conventions; only its fee rows count here.
  const tables = [
    ...(settings ? findParameterTables(settings, errors).filter((t) => t.rows.length > 0) : []),
    ...input.filter(isFeeParameterSheet).flatMap((s) => findParameterTables(s, errors)),
  ];
  const members = findMembersTable(input, errors);
  if (!members) {
    const aboutFees = tables.some((t) => !t.onSettingsSheet || t.rows.some((r) => MODEL_KEYS.includes(r.key)));
    if (!aboutFees) return null;
    errors.push({ key: 'fees.noMembersTable', sheet: tables[0].sheet, cell: tables[0].cell });
    return { lang, members: null, charges: [], invoices: [], errors };
  }
  if (members.members.length === 0) {
    errors.push({ key: 'fees.noMembers', sheet: members.sheet, cell: cellAddress(members.headerRow, members.columns.member!) });
    return { lang, members, charges: [], invoices: [], errors };
  }
  const parameters = tables.map((t) => readParameters(t, errors));
  const charges = computeCharges(parameters, members, today, (year) => defaultChargeName(year, lang), errors);
  const invoices = buildInvoices(charges, errors);
  return { lang, members, charges, invoices, errors };
}

/** The `Medlemsavgifter` and `Fakturor` sheets (`Member fees`, `Invoices` in English). */
export function feeSheets(outcome: FeeOutcome, lang: Lang): OutputSheet[] {
  return [feesSheet(outcome, lang), invoicesSheet(outcome, lang)];
}
