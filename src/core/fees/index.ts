/**
 * Member fees and invoices (SPEC 3, 4): the members table, the `Parameter | Värde` tables and the loose
 * parameter rows of the fee sheets in, every member's fee per charge, the invoice table and the checks of the
 * user's own fee column out, exact to the krona. Pure and in no language, like the rest of the core: the
 * faces choose the language when they render (fees-sheet.ts, invoices-sheet.ts, json.ts, csv.ts).
 */
import { applyLooseSetAmounts } from './set-amounts';
import { inputSheets } from '../read/sheets';
import { findTables } from '../read/tables';
import { SheetData, cellAddress, cellText } from '../cells';
import { InputIssue } from '../issues';
import { isSettingsSheet } from '../marks';
import { Lang } from '../messages';
import { OutputSheet } from '../render/output';
import { computeCharges } from './charges';
import { isIsoDate } from './dates';
import { feesSheet } from './fees-sheet';
import { buildInvoices } from './invoices';
import { invoicesSheet } from './invoices-sheet';
import { feeYearOfSheet, findLooseParameters } from './loose';
import { MembersTable, findMembersTable, membersBlock } from './members';
import { FeeOutcome } from './outcome';
import { CellBlock, MODEL_KEYS, ParameterTable, findParameterTables, isFeeParameterSheet, readParameters } from './parameters';
import { contextUnit } from './title-unit';

export type { FeeOutcome } from './outcome';
export type { Charge, InvoiceSettings } from './charges';
export type { Invoice } from './invoices';
export type { MemberFee, FeeModel, Basis } from './models';
export type { Member, MembersTable } from './members';
export { feesJson, invoicesJson } from './json';
export type { FeesJson } from './json';
export { invoicesCsv } from './csv';
export { chargeName } from './texts';

/**
 * Loose rows join the sheet's parameter table when it has one (a key the table gives too is reported unless
 * the two agree); else they are a table of their own.
 */
function withLooseRows(tables: ParameterTable[], loose: ParameterTable | null, issues: InputIssue[]): ParameterTable[] {
  if (!loose) return tables;
  if (tables.length === 0) return [loose];
  const [first, ...rest] = tables;
  const rows = [...first.rows];
  for (const row of loose.rows) {
    const given = rows.find((r) => r.key === row.key);
    if (!given) rows.push(row);
    else if (cellText(given.value).trim() !== cellText(row.value).trim())
      issues.push({ key: 'fees.parameterTwice', sheet: loose.sheet, cell: row.cell, params: { key: row.label, first: given.cell } });
  }
  return [{ ...first, rows }, ...rest];
}

/**
 * The budget tables of a sheet: a sheet named `Medlemsavgifter` may hold the budget of the fees, whose lines
 * (`Medlemsavgift 52 kr/invånare`) are not fee parameters, and which is no members table left unfound.
 */
function budgetBlocks(sheet: SheetData): CellBlock[] {
  return findTables(sheet)
    .filter((t) => t.columns.budget !== undefined || t.columns.outcome !== undefined)
    .map((t) => ({ top: Math.min(t.headerRow, ...t.headerRows), bottom: t.lastRow, left: t.firstCol, right: t.lastCol }));
}

/** A sheet named for fees that speaks of population and holds no budget table: the user meant a members table there. */
function looksLikeFeeSheet(sheet: SheetData): boolean {
  return (
    isFeeParameterSheet(sheet) &&
    sheet.values.some((row) => (row ?? []).some((v) => typeof v === 'string' && /invånar|folkmängd|folkbokförd|population|inhabitant/i.test(v))) &&
    budgetBlocks(sheet).length === 0
  );
}

function noFees(members: MembersTable | null, errors: InputIssue[]): FeeOutcome {
  return { members, charges: [], invoices: [], checks: [], errors, unitsApplied: members?.applied ?? [] };
}

/**
 * Each row of a fee sheet's parameter tables with the unit the sheet states around it (a title above, the sheet's
 * name): amounts whose own label states none are in it (SPEC 1.2). The settings sheet is Avstämning's own, in kronor.
 */
function withSheetUnits(sheet: SheetData, tables: ParameterTable[], blocks: readonly CellBlock[]): ParameterTable[] {
  return tables.map((t) => ({ ...t, rows: t.rows.map((row) => ({ ...row, context: contextUnit(sheet, row.sheetRow ?? t.block.top, blocks) })) }));
}

/**
 * Compute the member fees and invoices of a workbook, or null when it has nothing about fees (no members
 * table, no fee parameters, no sheet named for fees). `today` (`YYYY-MM-DD`) dates the invoices when no
 * Fakturadatum is given; it never gives the fee year, and the core never reads the clock itself.
 */
export function computeFees(sheets: readonly SheetData[], today?: string): FeeOutcome | null {
  if (today !== undefined && !isIsoDate(today)) throw new Error(`computeFees: today must be YYYY-MM-DD, got ${today}`);
  const errors: InputIssue[] = [];
  const input = inputSheets(sheets);
  const settings = sheets.find(isSettingsSheet);
  const members = findMembersTable(input, errors, (sheet) => [...findParameterTables(sheet, []).map((t) => t.block), ...budgetBlocks(sheet)]);
  // The settings sheet's table also holds thresholds and conventions; only its fee rows count here.
  const tables: ParameterTable[] = settings ? findParameterTables(settings, errors).filter((t) => t.rows.length > 0) : [];
  const sheetYears = new Map<string, number | null>();
  for (const sheet of input.filter((s) => isFeeParameterSheet(s) || s.name === members?.sheet)) {
    const own = findParameterTables(sheet, errors);
    const blocks: CellBlock[] = [...own.map((t) => t.block), ...(members?.sheet === sheet.name ? [membersBlock(members)] : []), ...budgetBlocks(sheet)];
    tables.push(...withSheetUnits(sheet, withLooseRows(own, findLooseParameters(sheet, blocks, errors), errors), blocks));
    if (members) applyLooseSetAmounts(sheet, members, blocks, errors);
    sheetYears.set(sheet.name, feeYearOfSheet(sheet, blocks));
  }
  if (!members) {
    const aboutFees = tables.some((t) => !t.onSettingsSheet || t.rows.some((r) => MODEL_KEYS.includes(r.key)));
    if (aboutFees) return noFees(null, [...errors, { key: 'fees.noMembersTable', sheet: tables[0].sheet, cell: tables[0].cell }]);
    // A sheet named for fees that speaks of invånare: say that its members table was not found, not nothing.
    const feeSheet = input.find(looksLikeFeeSheet);
    return feeSheet ? noFees(null, [...errors, { key: 'fees.noMembersTableOnSheet', sheet: feeSheet.name, cell: 'A1' }]) : null;
  }
  if (members.members.length === 0) {
    errors.push({ key: 'fees.noMembers', sheet: members.sheet, cell: cellAddress(members.headerRow, members.columns.member!) });
    return noFees(members, errors);
  }
  const parameters = tables.map((t) => readParameters(t, errors));
  const computed = computeCharges(parameters, members, today, { ofSheet: (name) => sheetYears.get(name) ?? null }, errors);
  const invoices = buildInvoices(computed.charges, errors);
  const unitsApplied = [...parameters.flatMap((p) => p.applied), ...members.applied];
  return { members: computed.members, charges: computed.charges, invoices, checks: computed.checks, errors, unitsApplied };
}

/** The `Medlemsavgifter` and `Fakturor` sheets (`Member fees`, `Invoices` in English). */
export function feeSheets(outcome: FeeOutcome, lang: Lang): OutputSheet[] {
  return [feesSheet(outcome, lang), invoicesSheet(outcome, lang)];
}
