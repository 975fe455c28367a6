import { Decimal, ZERO, roundHalfAway, sum } from '../decimal';
import { InputIssue } from '../issues';
import { cellAddress } from '../cells';
import { Claimant, ORE, allocate, exactShare } from './allocate';
import { IsoDate } from './dates';
import { Member, MemberColumn, MembersTable, memberCell } from './members';
import { AllocationKey } from './parameters';

/** How a charge is computed (SPEC 3.1). */
export type FeeModel =
  | { kind: 'perCapita'; rate: Decimal; fixedPart: Decimal | null }
  | { kind: 'allocation'; total: Decimal; key: AllocationKey; fixedPart: Decimal | null; unit: Decimal }
  | { kind: 'uplift'; percent: Decimal }
  | { kind: 'fixed' };

/** Where a population figure comes from, shown with it (`SCB 2017-12-31`). */
export interface PopulationBasis {
  population: Decimal;
  referenceDate: IsoDate | null;
  source: string | null;
}

/** What a member's fee rests on, kept as figures so that any language can state it. */
export type Basis =
  | ({ kind: 'perCapita'; rate: Decimal; fixedPart: Decimal | null } & PopulationBasis)
  | { kind: 'fixed' }
  | { kind: 'setAmount' }
  | { kind: 'uplift'; priorFee: Decimal; percent: Decimal }
  | {
      kind: 'allocation';
      key: AllocationKey;
      /** The amount shared by the key: the total less set amounts and fixed parts. */
      allocated: Decimal;
      claimants: number;
      population: PopulationBasis | null;
      populationSum: Decimal | null;
      /** The member's share as a fraction, for the share key. */
      share: Decimal | null;
      fixedPart: Decimal | null;
      /** The exact fee before the largest-remainder rounding. */
      exact: Decimal;
    };

export interface MemberFee {
  member: Member;
  /** Null when it could not be computed; the member then gets no invoice. */
  fee: Decimal | null;
  basis: Basis | null;
  /** `Sheet!A1` of the reported problem that kept the fee from being computed. */
  problemAt: string | null;
}

/** What a charge needs to know beyond its model. */
export interface ChargeContext {
  name: string;
  /** Set amounts (`Fast belopp`) belong to the workbook's main charge only; a later joint cost is shared by its own key. */
  main: boolean;
  /** The parameter table (or the members header) that messages about the whole charge point at. */
  at: { sheet: string; cell: string };
  referenceDate: IsoDate | null;
  source: string | null;
}

const MISSING: Partial<Record<MemberColumn, string>> = {
  population: 'fees.populationMissing',
  share: 'fees.shareMissing',
  fee: 'fees.feeMissing',
  fixedAmount: 'fees.feeMissing',
  priorFee: 'fees.priorFeeMissing',
};

const COLUMN_MISSING: Partial<Record<MemberColumn, string>> = {
  population: 'fees.populationColumnMissing',
  share: 'fees.shareColumnMissing',
  fee: 'fees.feeColumnMissing',
  fixedAmount: 'fees.feeColumnMissing',
  priorFee: 'fees.feeColumnMissing',
};

class ChargeComputation {
  readonly results = new Map<Member, MemberFee>();
  private readonly columnsReported = new Set<MemberColumn>();

  constructor(
    readonly table: MembersTable,
    readonly context: ChargeContext,
    readonly issues: InputIssue[],
  ) {}

  at(member: Member, column: MemberColumn): string {
    return `${this.table.sheet}!${memberCell(this.table, member, column)}`;
  }

  population(member: Member): PopulationBasis {
    return {
      population: member.population!,
      referenceDate: member.referenceDate ?? this.table.populationDate ?? this.context.referenceDate,
      source: member.source ?? this.table.populationSource ?? this.context.source,
    };
  }

  /**
   * A value the charge needs from a member's row, or null: the member is listed twice, the cell could not be
   * read (already reported), the column is missing (reported once) or the cell is empty (reported here).
   */
  need<T>(member: Member, column: MemberColumn, value: T | null): T | null {
    if (member.duplicateOf !== null) return this.fail(member, this.at(member, 'member'));
    if (this.table.columns[column] === undefined) {
      if (!this.columnsReported.has(column)) {
        this.columnsReported.add(column);
        this.issues.push({ key: COLUMN_MISSING[column]!, sheet: this.table.sheet, cell: cellAddress(this.table.headerRow, this.table.columns.member!), params: { charge: this.context.name } });
      }
      return this.fail(member, `${this.table.sheet}!${cellAddress(this.table.headerRow, this.table.columns.member!)}`);
    }
    if (member.invalid.has(column)) return this.fail(member, this.at(member, column));
    if (value === null) {
      this.issues.push({ key: MISSING[column]!, sheet: this.table.sheet, cell: memberCell(this.table, member, column), params: { member: member.name, charge: this.context.name } });
      return this.fail(member, this.at(member, column));
    }
    return value;
  }

  fail(member: Member, problemAt: string): null {
    if (!this.results.has(member)) this.results.set(member, { member, fee: null, basis: null, problemAt });
    return null;
  }

  set(member: Member, fee: Decimal, basis: Basis): void {
    this.results.set(member, { member, fee, basis, problemAt: null });
  }

  /**
   * Every member in table order. When the charge is withheld (an allocation, where each share depends on all),
   * no member gets a fee and each points at its own problem or at the one that stopped the charge.
   */
  fees(withheldAt: { sheet: string; cell: string } | null = null): MemberFee[] {
    const at = withheldAt ?? this.context.at;
    const fallback = `${at.sheet}!${at.cell}`;
    return this.table.members.map((m) => {
      const r = this.results.get(m);
      if (withheldAt) return { member: m, fee: null, basis: null, problemAt: r?.problemAt ?? fallback };
      return r ?? { member: m, fee: null, basis: null, problemAt: fallback };
    });
  }

  /** Report why a whole charge is not computed, and give no member a fee. */
  withhold(key: string, params: Record<string, string | number> = {}, at: { sheet: string; cell: string } = this.context.at): MemberFee[] {
    this.issues.push({ key, sheet: at.sheet, cell: at.cell, params: { charge: this.context.name, ...params } });
    return this.fees(at);
  }
}

const setAmountOf = (member: Member, context: ChargeContext) => (context.main ? member.fixedAmount : null);

/** Öre are the smallest amount an invoice can state; a fee computed with more decimals is rounded half away from zero. */
const toOre = (d: Decimal) => roundHalfAway(d, 2);

function perCapita(c: ChargeComputation, rate: Decimal, fixedPart: Decimal | null): MemberFee[] {
  for (const m of c.table.members) {
    const setAmount = setAmountOf(m, c.context);
    if (setAmount !== null && m.duplicateOf === null) {
      c.set(m, setAmount, { kind: 'setAmount' });
      continue;
    }
    if (c.need(m, 'population', m.population) === null) continue;
    c.set(m, toOre(rate.times(m.population!).plus(fixedPart ?? ZERO)), { kind: 'perCapita', rate, fixedPart, ...c.population(m) });
  }
  return c.fees();
}

function fixed(c: ChargeComputation): MemberFee[] {
  const column: MemberColumn = c.table.columns.fee === undefined && c.table.columns.fixedAmount !== undefined ? 'fixedAmount' : 'fee';
  for (const m of c.table.members) {
    const fee = c.need(m, column, column === 'fee' ? m.fee : m.fixedAmount);
    if (fee !== null) c.set(m, fee, { kind: 'fixed' });
  }
  return c.fees();
}

function uplift(c: ChargeComputation, percent: Decimal): MemberFee[] {
  // Last year's fee: its own column when there is one, else the fee column.
  const column: MemberColumn = c.table.columns.priorFee !== undefined ? 'priorFee' : 'fee';
  for (const m of c.table.members) {
    const prior = c.need(m, column, column === 'priorFee' ? m.priorFee : m.fee);
    if (prior !== null) c.set(m, toOre(prior.times(percent.plus(100)).dividedBy(100)), { kind: 'uplift', priorFee: prior, percent });
  }
  return c.fees();
}

/** The share key's numbers as fractions: typed as percentages (25) when any is above 1, else as fractions (0,25). */
function sharesAsFractions(members: readonly Member[]): Map<Member, Decimal> {
  const typedAsPercent = members.some((m) => !m.shareWrittenAsPercent && m.share !== null && m.share.gt(1));
  return new Map(members.map((m) => [m, m.share === null ? ZERO : m.shareWrittenAsPercent || !typedAsPercent ? m.share : m.share.dividedBy(100)]));
}

function allocation(c: ChargeComputation, model: Extract<FeeModel, { kind: 'allocation' }>): MemberFee[] {
  const members = c.table.members;
  const setMembers = members.filter((m) => setAmountOf(m, c.context) !== null);
  const claimants = members.filter((m) => !setMembers.includes(m));
  const needsPopulation = model.key === 'population' || model.key === 'halfEqualHalfPopulation';
  if (claimants.length === 0) return c.withhold('fees.noClaimants');
  let complete = true;
  for (const m of members) {
    if (m.duplicateOf !== null) {
      c.fail(m, c.at(m, 'member'));
      complete = false;
    } else if (setMembers.includes(m)) continue;
    else if (needsPopulation && c.need(m, 'population', m.population) === null) complete = false;
    else if (model.key === 'share' && c.need(m, 'share', m.share) === null) complete = false;
  }
  if (!complete) return c.withhold('fees.allocationWithheld');

  const fixedPart = model.fixedPart ?? ZERO;
  const setTotal = sum(setMembers.map((m) => m.fixedAmount!));
  const allocated = model.total.minus(setTotal).minus(fixedPart.times(claimants.length));
  if (allocated.isNegative()) return c.withhold('fees.fixedExceedsTotal', { total: model.total.toFixed(), fixed: setTotal.plus(fixedPart.times(claimants.length)).toFixed() });

  const shares = sharesAsFractions(claimants);
  if (model.key === 'share') {
    const shareSum = sum([...shares.values()]);
    if (!shareSum.equals(1)) {
      const header = { sheet: c.table.sheet, cell: cellAddress(c.table.headerRow, c.table.columns.share!) };
      return c.withhold('fees.sharesNot100', { sum: shareSum.times(100).toFixed() }, header);
    }
  }
  const populationSum = needsPopulation ? sum(claimants.map((m) => m.population!)) : null;
  const n = new Decimal(claimants.length);
  const weightOf = (m: Member): Decimal => {
    switch (model.key) {
      case 'population':
        return m.population!;
      case 'equal':
        return new Decimal(1);
      case 'share':
        return shares.get(m)!;
      case 'halfEqualHalfPopulation':
        // total × (½ × 1/n + ½ × p/P) = total × (P + n·p) / (2nP): one exact weight, so one rounding.
        return populationSum!.plus(n.times(m.population!));
    }
  };
  const weights: Claimant[] = claimants.map((m) => ({ name: m.name, weight: weightOf(m), population: m.population }));
  const weightSum = sum(weights.map((w) => w.weight));
  if (weightSum.isZero()) return c.withhold('fees.zeroWeights');

  // Whole kronor unless the amount itself has öre, which only öre can share out exactly.
  const unit = allocated.dividedBy(model.unit).isInteger() ? model.unit : ORE;
  const parts = allocate(allocated, weights, unit);
  for (const m of setMembers) c.set(m, m.fixedAmount!, { kind: 'setAmount' });
  claimants.forEach((m, i) => {
    c.set(m, fixedPart.plus(parts[i]), {
      kind: 'allocation',
      key: model.key,
      allocated,
      claimants: claimants.length,
      population: needsPopulation ? c.population(m) : null,
      populationSum,
      share: model.key === 'share' ? shares.get(m)! : null,
      fixedPart: model.fixedPart,
      exact: fixedPart.plus(exactShare(allocated, weights[i].weight, weightSum)),
    });
  });
  return c.fees();
}

/** Every member's fee under one charge, in table order; a member whose fee cannot be computed gets none, with the reason reported. */
export function computeCharge(model: FeeModel, table: MembersTable, context: ChargeContext, issues: InputIssue[]): MemberFee[] {
  const c = new ChargeComputation(table, context, issues);
  switch (model.kind) {
    case 'perCapita':
      return perCapita(c, model.rate, model.fixedPart);
    case 'fixed':
      return fixed(c);
    case 'uplift':
      return uplift(c, model.percent);
    case 'allocation':
      return allocation(c, model);
  }
}
