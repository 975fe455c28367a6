import { cellAddress } from '../cells';
import { Decimal, sum } from '../decimal';
import { InputIssue } from '../issues';
import { KRONA } from './allocate';
import { IsoDate, yearOf } from './dates';
import { MembersTable } from './members';
import { ChargeContext, FeeModel, MemberFee, computeCharge } from './models';
import { MODEL_KEYS, ParameterKey, ParameterValues, Parameters } from './parameters';
import { PeriodKind } from './periods';

/** Everything an invoice of a charge needs besides the fee (SPEC 4). */
export interface InvoiceSettings {
  feeYear: number;
  invoiceDate: IsoDate;
  paymentTerms: number;
  period: PeriodKind;
  /** Null: go on from the previous charge's last number. */
  firstNumber: string | null;
  bankgiro: string | null;
  sender: string | null;
  senderOrgNumber: string | null;
  ourReference: string | null;
  /** Null: the default text in the outcome's language. */
  vatText: string | null;
  ocrLengthDigit: boolean;
}

export const DEFAULT_PAYMENT_TERMS = 30;

/** One thing the members are charged for: the year's member fee, or a joint cost shared by a key. */
export interface Charge {
  /** As given by `Benämning`; else `Medlemsavgift 2018` for the main charge and the sheet's name for a later one. */
  name: string;
  feeYear: number | null;
  model: FeeModel | null;
  fees: MemberFee[];
  /** The sum of the fees that could be computed. */
  total: Decimal;
  /** Null when invoices cannot be written (the reason is reported). */
  invoicing: InvoiceSettings | null;
  at: { sheet: string; cell: string };
}

const has = (p: Parameters | null, key: ParameterKey) => p !== null && (p.values[key] !== undefined || p.invalid.has(key));
const labelOf = (p: Parameters, key: ParameterKey) => p.table.rows.find((r) => r.key === key)?.label ?? key;

/**
 * The model a parameter table asks for: a rate is per capita, a total is shared by a key, an uplift raises
 * last year's fees; with none of these, the members' own fee column holds fixed fees. Two of them at once
 * cannot both be meant, so neither is used.
 */
function modelOf(p: Parameters | null, members: MembersTable, at: { sheet: string; cell: string }, issues: InputIssue[]): FeeModel | null {
  const given = (['rate', 'total', 'uplift'] as const).filter((k) => has(p, k));
  if (p && given.length > 1) {
    issues.push({ key: 'fees.conflictingModels', sheet: p.table.sheet, cell: p.cells[given[1]]!, params: { first: labelOf(p, given[0]), second: labelOf(p, given[1]) } });
    return null;
  }
  if (p && MODEL_KEYS.some((k) => p.invalid.has(k))) return null;
  const v: Partial<ParameterValues> = p?.values ?? {};
  if (v.rate !== undefined) return { kind: 'perCapita', rate: v.rate, fixedPart: v.fixedPart ?? null };
  if (v.total !== undefined) {
    const key = v.key ?? (members.columns.population !== undefined ? 'population' : members.columns.share !== undefined ? 'share' : null);
    if (key === null) {
      issues.push({ key: 'fees.keyMissing', sheet: p!.table.sheet, cell: p!.cells.total!, params: {} });
      return null;
    }
    return { kind: 'allocation', total: v.total, key, fixedPart: v.fixedPart ?? null, unit: v.unit ?? KRONA };
  }
  if (v.uplift !== undefined) return { kind: 'uplift', percent: v.uplift };
  const orphan = (['key', 'fixedPart'] as const).find((k) => has(p, k));
  if (p && orphan) {
    issues.push({ key: 'fees.needsRateOrTotal', sheet: p.table.sheet, cell: p.cells[orphan]!, params: { key: labelOf(p, orphan) } });
    return null;
  }
  if (members.columns.fee !== undefined || members.columns.fixedAmount !== undefined) return { kind: 'fixed' };
  issues.push({ key: 'fees.noModel', sheet: at.sheet, cell: at.cell, params: {} });
  return null;
}

const INVALID = Symbol('invalid');

/** The first value the tables give for a key, in order; INVALID when the one that applies could not be read. */
function firstGiven<K extends ParameterKey>(tables: readonly (Parameters | null)[], key: K): ParameterValues[K] | undefined | typeof INVALID {
  for (const p of tables) {
    if (!p) continue;
    if (p.invalid.has(key)) return INVALID;
    if (p.values[key] !== undefined) return p.values[key];
  }
  return undefined;
}

/**
 * The invoice settings a charge takes from the first table when its own table does not give them. The model
 * keys, Benämning, Avrundning and Första fakturanummer are never taken over: they belong to one table only.
 */
const INVOICE_KEYS = ['feeYear', 'invoiceDate', 'paymentTerms', 'period', 'bankgiro', 'sender', 'senderOrgNumber', 'ourReference', 'vatText', 'ocrLengthDigit'] as const;

/** The invoice settings of a charge, or null (reported) when one cannot be read or no invoice date is known. */
function invoiceSettings(own: Parameters | null, base: Parameters | null, firstCharge: boolean, today: IsoDate | undefined, charge: string, at: { sheet: string; cell: string }, issues: InputIssue[]): InvoiceSettings | null {
  // The main charge may take its first number from the first table; a later one goes on from where the last stopped.
  const numberSources = firstCharge ? [own, base] : [own];
  if (INVOICE_KEYS.some((k) => firstGiven([own, base], k) === INVALID) || firstGiven(numberSources, 'firstNumber') === INVALID) {
    issues.push({ key: 'invoice.notWritten', sheet: at.sheet, cell: at.cell, params: { charge } });
    return null;
  }
  const get = <K extends ParameterKey>(key: K) => firstGiven([own, base], key) as ParameterValues[K] | undefined;
  const invoiceDate = get('invoiceDate') ?? today;
  if (invoiceDate === undefined) {
    issues.push({ key: 'invoice.noDate', sheet: at.sheet, cell: at.cell, params: { charge } });
    return null;
  }
  const firstNumber = firstGiven(numberSources, 'firstNumber') as string | undefined;
  return {
    feeYear: get('feeYear') ?? yearOf(invoiceDate),
    invoiceDate,
    paymentTerms: get('paymentTerms') ?? DEFAULT_PAYMENT_TERMS,
    period: get('period') ?? 'year',
    firstNumber: firstNumber ?? (firstCharge ? '1' : null),
    bankgiro: get('bankgiro') ?? null,
    sender: get('sender') ?? null,
    senderOrgNumber: get('senderOrgNumber') ?? null,
    ourReference: get('ourReference') ?? null,
    vatText: get('vatText') ?? null,
    ocrLengthDigit: get('ocrLengthDigit') ?? false,
  };
}

/** The fee year: as stated, else the year of the invoice date, else this year. */
function feeYearOf(own: Parameters | null, base: Parameters | null, today: IsoDate | undefined): number | null {
  const year = firstGiven([own, base], 'feeYear');
  if (typeof year === 'number') return year;
  const date = firstGiven([own, base], 'invoiceDate');
  if (typeof date === 'string') return yearOf(date);
  return today ? yearOf(today) : null;
}

/**
 * The charges of the workbook. Each parameter table that states a model (a rate, a total, an uplift) is one
 * charge; a table without one only holds invoice settings. With no model anywhere, there is one charge: the
 * fixed fees of the members table. A charge takes the invoice settings it does not state itself from the
 * first parameter table (the settings sheet's, when it has one), so a joint cost is invoiced like the fee.
 */
export function computeCharges(
  parameters: readonly Parameters[],
  members: MembersTable,
  today: IsoDate | undefined,
  defaultName: (feeYear: number | null) => string,
  issues: InputIssue[],
): Charge[] {
  const base = parameters[0] ?? null;
  const withModel = parameters.filter((p) => MODEL_KEYS.some((k) => has(p, k)));
  const own = withModel.length ? withModel : [parameters.find((p) => !p.table.onSettingsSheet) ?? base];
  const membersAt = { sheet: members.sheet, cell: cellAddress(members.headerRow, members.columns.member!) };
  return own.map((p, index) => {
    const at = p ? { sheet: p.table.sheet, cell: p.table.cell } : membersAt;
    const feeYear = feeYearOf(p, base, today);
    // An unnamed later charge is known by its sheet (`Avgift Rådslag`), the main one by its year.
    const name = p?.values.name ?? (index === 0 ? defaultName(feeYear) : at.sheet);
    const referenceDate = firstGiven([p, base], 'referenceDate');
    const source = firstGiven([p, base], 'populationSource');
    const context: ChargeContext = {
      name,
      main: index === 0,
      at,
      referenceDate: typeof referenceDate === 'string' ? referenceDate : null,
      source: typeof source === 'string' ? source : null,
    };
    const model = modelOf(p, members, membersAt, issues);
    const fees = model ? computeCharge(model, members, context, issues) : members.members.map((m) => ({ member: m, fee: null, basis: null, problemAt: `${at.sheet}!${at.cell}` }));
    const invoicing = fees.some((f) => f.fee !== null) ? invoiceSettings(p, base, index === 0, today, name, at, issues) : null;
    return {
      name,
      feeYear: invoicing?.feeYear ?? feeYear,
      model,
      fees,
      total: sum(fees.flatMap((f) => (f.fee === null ? [] : [f.fee]))),
      invoicing,
      at,
    };
  });
}
