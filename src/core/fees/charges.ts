import { cellAddress } from '../cells';
import { Decimal, ZERO, sum } from '../decimal';
import type { Check } from '../deviations/checks';
import { InputIssue } from '../issues';
import { MessageParam } from '../messages';
import { moneyFromKronor } from '../money';
import { KRONA } from './allocate';
import { IsoDate, yearOf } from './dates';
import { Member, MembersTable } from './members';
import { Membership, memberships } from './membership';
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
  /**
   * As given by `Benämning`, or the sheet's name for a later charge; null for the main charge without a name,
   * which is written `Medlemsavgift 2018` (`Member fee 2018`) in the reader's language (see texts.ts).
   */
  name: string | null;
  /** As the workbook states it (see feeYearOf); null when it does not. */
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
/**
 * The key when none is named: the shares when every member has one and they make exactly 100 % (the officer
 * wrote each member's share, a population beside them only shown, as in layouts10), else the population, else
 * the shares (whose sum is checked where they are used).
 */
function defaultKey(members: MembersTable): 'population' | 'share' | null {
  const shares = members.members.map((m) => m.share);
  const whole = (x: Decimal) => x.eq(100) || x.eq(1);
  if (members.columns.share !== undefined && shares.length > 0 && shares.every((x) => x !== null) && whole(sum(shares as Decimal[]))) return 'share';
  if (members.columns.population !== undefined) return 'population';
  return members.columns.share !== undefined ? 'share' : null;
}

function modelOf(p: Parameters | null, members: MembersTable, at: { sheet: string; cell: string }, issues: InputIssue[]): FeeModel | null {
  const given = (['rate', 'total', 'uplift'] as const).filter((k) => has(p, k));
  if (p && given.length > 1) {
    issues.push({
      key: 'fees.conflictingModels',
      sheet: p.table.sheet,
      cell: p.cells[given[1]]!,
      params: { first: labelOf(p, given[0]), second: labelOf(p, given[1]) },
    });
    return null;
  }
  if (p && MODEL_KEYS.some((k) => p.invalid.has(k))) return null;
  const v: Partial<ParameterValues> = p?.values ?? {};
  // A floor and a cap only where stated: a rate without them is the model it always was.
  if (v.rate !== undefined)
    return { kind: 'perCapita', rate: v.rate, fixedPart: v.fixedPart ?? null, ...(v.floor ? { floor: v.floor } : {}), ...(v.cap ? { cap: v.cap } : {}) };
  // A floor or cap under a shared total or last year's fees: who bears the difference is a decision the sheet does not state.
  const limit = (['floor', 'cap'] as const).find((k) => has(p, k));
  if (p && limit && (v.total !== undefined || v.uplift !== undefined)) {
    issues.push({ key: 'fees.limitNeedsRate', sheet: p.table.sheet, cell: p.cells[limit]!, params: { key: labelOf(p, limit) } });
    return null;
  }
  if (v.total !== undefined) {
    const key = v.key?.key ?? defaultKey(members);
    if (key === null) {
      issues.push({ key: 'fees.keyMissing', sheet: p!.table.sheet, cell: p!.cells.total!, params: {} });
      return null;
    }
    return {
      kind: 'allocation',
      total: v.total,
      key,
      equalPercent: v.key?.equalPercent ?? null,
      named: v.key?.named ?? [],
      restPercent: v.key?.restPercent ?? null,
      fixedPart: v.fixedPart ?? null,
      unit: v.unit ?? KRONA,
    };
  }
  if (v.uplift !== undefined) return { kind: 'uplift', percent: v.uplift };
  const orphan = (['key', 'fixedPart', 'floor', 'cap'] as const).find((k) => has(p, k));
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
 * The invoice settings a charge takes from the other tables (the first, then those that state no model) when
 * its own table does not give them. The model keys, Benämning, Avrundning and Första fakturanummer are never
 * taken over: they belong to one table only.
 */
const INVOICE_KEYS = [
  'feeYear',
  'invoiceDate',
  'paymentTerms',
  'period',
  'bankgiro',
  'sender',
  'senderOrgNumber',
  'ourReference',
  'vatText',
  'ocrLengthDigit',
] as const;

/** The invoice settings of a charge, or null (reported) when one cannot be read or no invoice date is known. */
function invoiceSettings(
  own: Parameters | null,
  shared: readonly (Parameters | null)[],
  firstCharge: boolean,
  today: IsoDate | undefined,
  feeYear: number | null,
  charge: MessageParam,
  at: { sheet: string; cell: string },
  issues: InputIssue[],
): InvoiceSettings | null {
  // The main charge may take its first number from the first table; a later one goes on from where the last stopped.
  const numberSources = firstCharge ? [own, ...shared] : [own];
  if (INVOICE_KEYS.some((k) => firstGiven([own, ...shared], k) === INVALID) || firstGiven(numberSources, 'firstNumber') === INVALID) {
    issues.push({ key: 'invoice.notWritten', sheet: at.sheet, cell: at.cell, params: { charge } });
    return null;
  }
  const get = <K extends ParameterKey>(key: K) => firstGiven([own, ...shared], key) as ParameterValues[K] | undefined;
  const invoiceDate = get('invoiceDate') ?? today;
  if (invoiceDate === undefined) {
    issues.push({ key: 'invoice.noDate', sheet: at.sheet, cell: at.cell, params: { charge } });
    return null;
  }
  const firstNumber = firstGiven(numberSources, 'firstNumber') as string | undefined;
  return {
    // The year invoiced: the charge's fee year; with none stated anywhere, the year of the invoice date.
    feeYear: feeYear ?? yearOf(invoiceDate),
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

/** Where a charge's fee year may be read: what the sheets state, as the caller found it. */
export interface FeeYearSources {
  /** The year a sheet states in a title or loose row (`Medlemsavgifter 2025`), or in its name; null when none. */
  ofSheet: (sheet: string) => number | null;
}

/**
 * The fee year as the workbook states it, never from the clock (SPEC 3.2): `Avgiftsår`; else a title or
 * loose row of the charge's sheet or of the members sheet; else the fee column's header (`Avgift 2025`);
 * else the year of a stated invoice date. `beforeColumn` is the year stated before the fee column is asked.
 */
function feeYearOf(
  own: Parameters | null,
  shared: readonly (Parameters | null)[],
  members: MembersTable,
  sources: FeeYearSources,
): { year: number | null; beforeColumn: number | null } {
  const stated = firstGiven([own, ...shared], 'feeYear');
  const beforeColumn = typeof stated === 'number' ? stated : ((own ? sources.ofSheet(own.table.sheet) : null) ?? sources.ofSheet(members.sheet));
  if (beforeColumn !== null) return { year: beforeColumn, beforeColumn };
  if (members.feeYear !== null) return { year: members.feeYear, beforeColumn };
  const date = firstGiven([own, ...shared], 'invoiceDate');
  return { year: typeof date === 'string' ? yearOf(date) : null, beforeColumn };
}

/**
 * The fee column read as last year's fee when the sheet names a later fee year (`Avgift 2024` beside
 * `Medlemsavgifter 2025`): the uplift takes it as the prior fee, and it is not checked against this year's.
 */
function feeColumnAsPriorYear(members: MembersTable): MembersTable {
  const { fee, ...columns } = members.columns;
  const { fee: header, ...headers } = members.headers;
  return {
    ...members,
    columns: { ...columns, priorFee: fee },
    headers: { ...headers, priorFee: header },
    feeYear: null,
    members: members.members.map((m): Member => ({ ...m, priorFee: m.fee, fee: null })),
  };
}

/**
 * The user's own fee column, recomputed and checked (SPEC 3.2): a fee cell that differs from the fee the
 * parameters give is a control-total finding naming the cell. It is rounding when the cell is the fee rounded
 * to whole kronor (or, for an allocation, to within a krona of the exact share), else a mismatch: a cell
 * typed over the formula and not updated, or last year's figure.
 */
function feeColumnChecks(charge: Charge, members: MembersTable): Check[] {
  const col = members.columns.fee;
  const model = charge.model;
  if (col === undefined || model === null || model.kind === 'fixed') return [];
  // A fee column right of a `Särskild insats` column is the member's total (`Summa avgift`): the amount is in it.
  const extraCol = members.columns.extra;
  const withExtra = extraCol !== undefined && col > extraCol;
  // An uplift without a column of its own for last year's fee reads the fee column as last year's.
  if (model.kind === 'uplift' && members.columns.priorFee === undefined) return [];
  const checks: Check[] = [];
  for (const f of charge.fees) {
    const found = f.member.fee;
    const extra = withExtra ? (f.member.extra ?? ZERO) : ZERO;
    if (f.fee === null || found === null || found.equals(f.fee.plus(extra))) continue;
    const due = f.fee.plus(extra);
    const exact = (f.basis?.kind === 'allocation' ? f.basis.exact : f.fee).plus(extra);
    const rounding = found.minus(exact).abs().lt(1);
    const difference = moneyFromKronor(found.minus(due));
    checks.push({
      kind: 'control-total',
      class: rounding ? 'rounding' : 'mismatch',
      sheet: members.sheet,
      cell: cellAddress(f.member.row, col),
      expected: moneyFromKronor(due),
      found: moneyFromKronor(found),
      difference,
      messageKey: 'fees.feeCellDiffers',
      params: { member: f.member.name, column: members.headers.fee ?? '' },
    });
  }
  return checks;
}

/**
 * The charges of the workbook. Each parameter table that states a model (a rate, a total, an uplift) is one
 * charge; a table without one only holds invoice settings. With no model anywhere, there is one charge: the
 * fixed fees of the members table. A charge takes the invoice settings it does not state itself from the
 * first parameter table (the settings sheet's, when it has one), so a joint cost is invoiced like the fee.
 * The members' own fee column is checked against the main charge.
 */
export function computeCharges(
  parameters: readonly Parameters[],
  table: MembersTable,
  today: IsoDate | undefined,
  sources: FeeYearSources,
  issues: InputIssue[],
): { charges: Charge[]; checks: Check[]; members: MembersTable } {
  const base = parameters[0] ?? null;
  const withModel = parameters.filter((p) => MODEL_KEYS.some((k) => has(p, k)));
  const own = withModel.length ? withModel : [parameters.find((p) => !p.table.onSettingsSheet) ?? base];
  // What a charge does not state it takes from the first table, then from the tables that state no model.
  const shared = [...new Set([base, ...parameters.filter((p) => !withModel.includes(p))])];
  // The fee column is last year's when the sheet states a later fee year for the main charge.
  const main = feeYearOf(own[0], shared, table, sources);
  const members =
    table.feeYear !== null && main.beforeColumn !== null && table.feeYear < main.beforeColumn && table.columns.priorFee === undefined
      ? feeColumnAsPriorYear(table)
      : table;
  const membersAt = { sheet: members.sheet, cell: cellAddress(members.headerRow, members.columns.member!) };
  // Each member's months in a fee year, read once for every charge of that year (so a bad date is said once).
  const byYear = new Map<number | null, Map<Member, Membership>>();
  const membershipIn = (year: number | null) => byYear.get(year) ?? byYear.set(year, memberships(members, year, issues)).get(year)!;
  const charges = own.map((p, index): Charge => {
    const at = p ? { sheet: p.table.sheet, cell: p.table.cell } : membersAt;
    const feeYear = feeYearOf(p, shared, members, sources).year;
    // An unnamed later charge is known by its sheet (`Avgift Rådslag`), the main one by its year.
    const name = p?.values.name ?? (index === 0 ? null : at.sheet);
    const referenceDate = firstGiven([p, ...shared], 'referenceDate');
    const source = firstGiven([p, ...shared], 'populationSource');
    const context: ChargeContext = {
      name: chargeRef(name, feeYear),
      main: index === 0,
      at,
      referenceDate: typeof referenceDate === 'string' ? referenceDate : null,
      source: typeof source === 'string' ? source : null,
      membership: membershipIn(feeYear),
    };
    const model = modelOf(p, members, membersAt, issues);
    const fees = model
      ? computeCharge(model, members, context, issues)
      : members.members.map((m) => ({ member: m, fee: null, basis: null, span: null, problemAt: `${at.sheet}!${at.cell}` }));
    const invoicing = fees.some((f) => f.fee !== null) ? invoiceSettings(p, shared, index === 0, today, feeYear, context.name, at, issues) : null;
    return {
      name,
      feeYear,
      model,
      fees,
      total: sum(fees.flatMap((f) => (f.fee === null ? [] : [f.fee]))),
      invoicing,
      at,
    };
  });
  const extra = extraCharge(members, charges, shared, today, membershipIn(charges[0]?.feeYear ?? null), issues);
  return { charges: extra ? [...charges, extra] : charges, checks: charges.length ? feeColumnChecks(charges[0], members) : [], members };
}

/**
 * A `Särskild insats` column: amounts some members pay on top of the fee, for what they alone ordered. They are a
 * charge of their own, named by the column's header and invoiced like the fee, for the members with an amount,
 * over the months they belong (not prorated: the amount is what the member ordered).
 */
function extraCharge(
  members: MembersTable,
  charges: readonly Charge[],
  shared: readonly (Parameters | null)[],
  today: IsoDate | undefined,
  membership: ReadonlyMap<Member, Membership>,
  issues: InputIssue[],
): Charge | null {
  const col = members.columns.extra;
  if (col === undefined) return null;
  const fees: MemberFee[] = members.members
    .filter((m) => m.extra !== null && !m.extra.isZero() && m.duplicateOf === null)
    .map((m) => {
      const known = membership.get(m)!;
      return 'problemAt' in known
        ? { member: m, fee: null, basis: null, span: null, problemAt: known.problemAt }
        : { member: m, fee: m.extra, basis: { kind: 'fixed' }, span: known.span, problemAt: null };
    });
  if (fees.length === 0) return null;
  const name = members.headers.extra ?? null;
  const feeYear = charges[0]?.feeYear ?? null;
  const at = { sheet: members.sheet, cell: cellAddress(members.headerRow, col) };
  return {
    name,
    feeYear,
    model: { kind: 'fixed' },
    fees,
    total: sum(fees.flatMap((f) => (f.fee === null ? [] : [f.fee]))),
    invoicing: fees.some((f) => f.fee !== null) ? invoiceSettings(null, shared, false, today, feeYear, chargeRef(name, feeYear), at, issues) : null,
    at,
  };
}

/** A charge as messages name it: its own name, else `Medlemsavgift 2018` in the reader's language. */
export function chargeRef(name: string | null, feeYear: number | null): MessageParam {
  if (name !== null) return name;
  return feeYear === null ? { key: 'fees.chargeNameNoYear' } : { key: 'fees.chargeName', params: { year: feeYear } };
}
